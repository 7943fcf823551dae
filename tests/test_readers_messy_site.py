"""A folder of messy real-world files (tests/data/messy_site/) builds into a clean site.

The folder has raw text from several outlets (Korean wire copy with a dateline, an
English page with the byline on top, an e-mail-only byline), a saved HTML page, files in
EUC-KR and CP949, a UTF-8 file with BOM and CRLF line ends, and file names with spaces
and Hangul. Each article's fields are checked, and no chrome line reaches any page.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import BASE_CONFIG, EDITION_NOTES, RAW_ARTICLE, SAMPLE_TODAY, Project
from tests.hostile_checks import site_findings

MESSY = Path(__file__).parent / "data" / "messy_site"
SEOUL = ZoneInfo("Asia/Seoul")

# Lines of the input files that are site furniture and must appear in no page or feed.
CHROME = [
    "공유하기",
    "글자크기",
    "연합뉴스 자료사진",
    "사진=연합뉴스",
    "부산항 전경",
    "관련기사",
    "반도체 업계, 내년 투자 늘린다",
    "HBM 수요 폭증에 공장 증설",
    "hong@yna.example",
    "무단 전재",
    "많이 본 뉴스",
    "카카오톡 제보하기",
    "Share on Facebook",
    "Copy link",
    "Passengers wait at a bus stop",
    "We use cookies",
    "Accept all",
    "Related Articles",
    "Seoul to extend subway hours",
    "Taxi fares rise",
    "Sign up for our newsletter",
    "HANRIVER PLUS",
    "Download our app",
    "All rights reserved",
    "Most Read",
    "Another headline after the copyright line",
    "Photo by Lee Min-ho",
    "busan.desk@pacific-wire.example",
    "window.tracker",
    "color: red",
    "Log in",
    "A worker inspects wafers",
    "Won weakens past",
    "Exporters brace",
    "Subscribe to our newsletter",
    "alert(",
    "Photo: Yonhap",
    "younghee@seoul.example",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("messy") / "site"
    shutil.copytree(MESSY, root)
    project = Project(root)
    project.build()
    return project


def test_every_file_is_published_under_a_safe_slug(built: Project) -> None:
    slugs = sorted(p.name for p in (built.output / "articles").iterdir())
    assert slugs == [
        "bom-crlf",
        "cp949-article",
        "email-only",
        "saved-page",
        "top-byline",
        "yonhap-style",
        "청년-월세-euc-kr",
    ]


@pytest.mark.parametrize("phrase", CHROME)
def test_no_chrome_in_any_page_or_feed(built: Project, phrase: str) -> None:
    for path in built.output.rglob("*"):
        if path.suffix in (".html", ".xml", ".json"):
            assert phrase not in path.read_text(encoding="utf-8"), path


def test_nothing_dangerous_from_the_saved_page(built: Project, tmp_path: Path) -> None:
    """Only what the theme itself puts in every site (compared with a small clean site)
    may look dangerous: a script element from the saved page would be new."""
    clean = Project(tmp_path / "clean")
    clean.write("config.yaml", BASE_CONFIG.replace("/digest/", "/messy/"))  # same base path
    clean.article("night-buses.txt", RAW_ARTICLE)
    clean.note("2025-11-19.yaml", EDITION_NOTES)
    clean.build()
    allowed = set().union(*site_findings(clean.output).values())
    findings = set().union(*site_findings(built.output).values())
    assert sorted(f for f in findings - allowed if not f.startswith(("tag <link ", "tag <meta "))) == []


@pytest.fixture(scope="module")
def articles(built: Project) -> dict:
    return {a.id: a for a in built.build(out=built.root / "again").site.articles}


def test_korean_wire_copy(articles: dict) -> None:
    article = articles["yonhap style"]
    assert article.headline == "반도체 수출 석 달 만에 반등…HBM 수요가 견인"
    assert article.published == dt.datetime(2025, 11, 19, 15, 15, tzinfo=SEOUL)
    assert article.updated == dt.datetime(2025, 11, 19, 18, 40, tzinfo=SEOUL)
    assert article.authors == ("홍길동", "김철수")
    assert article.outlet == "연합뉴스"
    assert article.language == "ko"
    assert article.text.split("\n\n") == [
        "반도체 수출이 석 달 만에 반등했다.",
        "산업통상자원부가 19일 발표한 자료에 따르면 이달 1\u223c15일 반도체 수출은 19.4% 늘었다.",
        '업계 관계자는 "내년에도 고대역폭메모리 수요가 이어질 것"이라고 말했다.',
    ]


def test_english_page_with_byline_on_top_and_outlet_rule(articles: dict) -> None:
    article = articles["top byline"]
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.updated == dt.datetime(2025, 11, 19, 15, 15, tzinfo=SEOUL)
    assert article.source_url == "https://hanriver-daily.example/2025/11/19/night-buses"
    assert article.outlet == "Hanriver Daily"  # from the copyright line
    assert len(article.text.split("\n\n")) == 3
    assert article.text.endswith("once all three routes are running.")


def test_email_only_byline_and_outlet_time_zone(articles: dict) -> None:
    article = articles["email-only"]
    assert article.authors == ()
    assert article.outlet == "Pacific Wire"  # from config.yaml's outlets: rule
    # "Tuesday 18th of November 2025 at 10.05am": the outlet's zone applies.
    assert article.published == dt.datetime(2025, 11, 18, 10, 5, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert (
        article.text.split("\n\n")[-1]
        == "Transshipment cargo bound for North America drove most of the gain."
    )


def test_saved_html_page(articles: dict) -> None:
    article = articles["saved-page"]
    assert article.headline == "Chip exports climb 19% as memory prices firm"
    assert article.authors == ("Kang Min-jae",)
    assert article.outlet == "Seoul Ledger"
    assert article.published == dt.datetime(2025, 11, 18, 10, 42, tzinfo=SEOUL)
    assert article.updated == dt.datetime(2025, 11, 18, 16, 5, tzinfo=SEOUL)
    assert article.source_url == "https://seoul-ledger.example/2025/11/18/chips"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Korea\u2019s semiconductor shipments rose 19.4 percent")


def test_legacy_encodings_and_bom_crlf(articles: dict) -> None:
    euc = articles["청년 월세 euc-kr"]
    assert euc.headline == "서울시, 청년 월세 지원 대상 확대"
    assert euc.authors == ("김영희",)
    assert euc.outlet == "서울신문"
    assert euc.published == dt.datetime(2025, 11, 20, 9, 30, tzinfo=SEOUL)
    cp949 = articles["cp949-article"]
    assert "똠양꿈" in cp949.headline and "뷁" in cp949.text  # not in EUC-KR: CP949 detected
    assert cp949.authors == ("박철수",)
    bom = articles["bom-crlf"]
    assert bom.headline == "Library extends night hours"  # no BOM, no \r
    assert "\r" not in bom.text
    assert bom.authors == ("Kim Ji-ho",)
    assert bom.outlet == "Hanriver Daily"
    assert bom.ai_translated
    assert bom.text.split("\n\n") == [
        "The National Library will stay open until 11 p.m. on weekdays from December.",
        "The trial runs for six months.",
    ]


def test_pages_show_the_korean_text_not_mojibake(built: Project) -> None:
    page = built.read("articles/청년-월세-euc-kr/index.html")
    assert "서울시가 청년 월세 지원 대상을 연 2만 명으로 늘린다." in page
    assert "\ufffd" not in page
    assert SAMPLE_TODAY


def test_digest_check_is_clean(built: Project) -> None:
    """`digest check` reads the same files (EUC-KR included) and finds no error, only the
    two fields that neither file nor note gives (the page leaves them out)."""
    from click.testing import CliRunner

    from digest.cli import main

    result = CliRunner().invoke(main, ["check", "--config", str(built.config_path)])
    assert result.exit_code == 0, result.output
    assert "0 errors, 2 warnings" in result.output
    assert (
        "content/notes/2025-11-19.yaml:9: published: top byline.txt gives no publication time, nor does "
        "this note; add 'published:' to the note" in result.output
    )
    assert "content/notes/2025-11-20.yaml:7: outlet: cp949-article.txt gives no outlet" in result.output
