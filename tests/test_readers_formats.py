"""Reader building blocks one by one: dates, stamp lines, bylines, chrome, encodings,
saved HTML and the `outlets:` config."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.config import load_config
from digest.content.readers import ArticleReader, read_text_file
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.dates import parse_datetime
from digest.content.readers.encoding import decode
from digest.content.readers.html_page import read_html
from digest.content.readers.rawtext import read_byline, read_raw_text, read_stamps
from digest.errors import DigestError, DigestErrors
from tests.conftest import BASE_CONFIG, Project

SEOUL = ZoneInfo("Asia/Seoul")


def seoul(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 Nov. 2025, 15:15", seoul(2025, 11, 19, 15, 15)),
        ("2025-11-19 15:15", seoul(2025, 11, 19, 15, 15)),
        ("Nov 19, 2025 3:15 PM KST", seoul(2025, 11, 19, 15, 15)),
        ("November 19th, 2025 3:15 p.m.", seoul(2025, 11, 19, 15, 15)),
        ("Wednesday, November 19, 2025, 3:15 p.m.", seoul(2025, 11, 19, 15, 15)),
        ("2025.11.19 15:15", seoul(2025, 11, 19, 15, 15)),
        ("2025.11.19(수) 15:15", seoul(2025, 11, 19, 15, 15)),
        ("2025. 11. 19. 오후 3:15", seoul(2025, 11, 19, 15, 15)),
        ("2025-11-19 오전 12:05:09", seoul(2025, 11, 19, 0, 5, 9)),  # seconds count when printed
        ("2025년 11월 19일", seoul(2025, 11, 19, 0, 0)),
        ("2025년 11월 19일 오후 3:15", seoul(2025, 11, 19, 15, 15)),
        ("2025년 11월 19일 15시 15분", seoul(2025, 11, 19, 15, 15)),
        ("2025-11-19T15:15:00+09:00", seoul(2025, 11, 19, 15, 15)),
        ("2025-11-19T06:15:00Z", dt.datetime(2025, 11, 19, 6, 15, tzinfo=dt.UTC)),
        ("2025-11-19 15:15 (GMT+9)", seoul(2025, 11, 19, 15, 15)),
        (
            "Nov. 19, 2025 at 3:15 pm EST",
            dt.datetime(2025, 11, 19, 15, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        # A dash, an em dash or a dot between date and time (once read as midnight).
        ("Aug. 12, 2024 - 15:02", seoul(2024, 8, 12, 15, 2)),
        ("March 3, 2025 - 09:41", seoul(2025, 3, 3, 9, 41)),
        (
            "August 2, 2024 — 4:05 pm EDT",
            dt.datetime(2024, 8, 2, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        ("Jun 11, 2025 · 6:48 AM", seoul(2025, 6, 11, 6, 48)),
        ("입력 2025.02.10 (21:17)", seoul(2025, 2, 10, 21, 17)),
        ("2023-05-21 08:12:44", seoul(2023, 5, 21, 8, 12, 44)),
        ("Sept. 14, 2021 18:20.", seoul(2021, 9, 14, 18, 20)),
        # "ET" follows daylight saving time: EST in December, EDT in July.
        (
            "Dec 14, 2024, 11:40 p.m. ET",
            dt.datetime(2024, 12, 14, 23, 40, tzinfo=ZoneInfo("America/New_York")),
        ),
        ("Thu 9 Jan 2025 14:20 GMT", dt.datetime(2025, 1, 9, 14, 20, tzinfo=dt.UTC)),
        # a U.S. site's two-digit year after month and day, with its time
        ("10/14/25 6:12 PM ET", dt.datetime(2025, 10, 14, 18, 12, tzinfo=ZoneInfo("America/New_York"))),
        ("3/4/25 9:14 AM", seoul(2025, 3, 4, 9, 14)),
        # Only dateparser reads these.
        ("Wednesday 19th of November 2025 at 3.15pm", seoul(2025, 11, 19, 15, 15)),
        ("19/11/2025 15:15", seoul(2025, 11, 19, 15, 15)),
        ("2025년 11월 19일 수요일 오후 3시 15분", seoul(2025, 11, 19, 15, 15)),
    ],
)
def test_dates(text: str, expected: dt.datetime) -> None:
    parsed = parse_datetime(text, SEOUL)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text", ["", "3 hours ago", "yesterday", "November 2025", "2025-13-45 10:00", "hello", "9" * 500]
)
def test_unreadable_or_relative_dates_are_none(text: str) -> None:
    """Relative or partial dates would depend on the day of the build: refused."""
    assert parse_datetime(text, SEOUL) is None


def test_fast_formats_do_not_import_dateparser() -> None:
    sys.modules.pop("dateparser", None)
    assert parse_datetime("19 Nov. 2025, 15:15", SEOUL)
    assert parse_datetime("2025년 11월 19일 오후 3:15", SEOUL)
    assert "dateparser" not in sys.modules


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 19 Nov. 2025, 15:15", [("published", seoul(2025, 11, 19, 15, 15))]),
        ("Updated : Nov 19, 2025 6:40 PM", [("updated", seoul(2025, 11, 19, 18, 40))]),
        ("Posted on 2025-11-19 15:15", [("published", seoul(2025, 11, 19, 15, 15))]),
        ("Last updated 2025.11.19 18:40", [("updated", seoul(2025, 11, 19, 18, 40))]),
        ("입력 2025.11.19 15:15", [("published", seoul(2025, 11, 19, 15, 15))]),
        ("수정 2025.11.19 18:40", [("updated", seoul(2025, 11, 19, 18, 40))]),
        (
            "기사입력 2025.11.19 오후 3:15 | 최종수정 2025.11.19 18:40",
            [("published", seoul(2025, 11, 19, 15, 15)), ("updated", seoul(2025, 11, 19, 18, 40))],
        ),
        (
            "[입력 2025-11-19 15:15] [수정 2025-11-19 18:40]",
            [("published", seoul(2025, 11, 19, 15, 15)), ("updated", seoul(2025, 11, 19, 18, 40))],
        ),
        ("승인 2025.11.19 15:15", [("published", seoul(2025, 11, 19, 15, 15))]),
        ("송고시간 2025-11-19 15:15", [("published", seoul(2025, 11, 19, 15, 15))]),
    ],
)
def test_stamp_lines(line: str, expected: list) -> None:
    stamps = read_stamps(line, SEOUL)
    assert stamps is not None
    assert [(field, when) for field, when, _ in stamps] == expected


@pytest.mark.parametrize("line", ["Published data show exports rose.", "수정할 내용이 없다.", "Updated"])
def test_not_stamp_lines(line: str) -> None:
    assert read_stamps(line, SEOUL) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("by Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, Staff Reporter", ("Jane Doe",)),
        ("BY HAN YEONG-IK, JO SU-BIN [[email protected]]", ("Han Yeong-ik", "Jo Su-bin")),
        ("BY KIM JI-HO [kim.jiho@ledger.example]", ("Kim Ji-ho",)),
        ("Written by Lee Min-ho", ("Lee Min-ho",)),
        ("Reporter Kim Ji-ho", ("Kim Ji-ho",)),
        ("Reporter: Park Soo-jin", ("Park Soo-jin",)),
        ("Correspondent Ann van der Berg", ("Ann van der Berg",)),
        ("홍길동 기자", ("홍길동",)),
        ("홍길동·김철수 기자 hong@yna.example", ("홍길동", "김철수")),
        ("홍길동 김철수 기자", ("홍길동", "김철수")),
        ("박철수 특파원", ("박철수",)),
        ("[email protected]", ()),
        ("kim.jiho@ledger.example", ()),
        ("<hong@yna.example>", ()),
        # the joining word in capitals, an editor's credit after the writer's, writers with
        # their cities and no 'By'
        ("BY JANE DOE AND JOHN ROE", ("Jane Doe", "John Roe")),
        ("Reported by Jane Doe, Edited by John Roe", ("Jane Doe",)),
        ("Reported by Jane Doe | Produced by John Roe", ("Jane Doe",)),
        ("Jane Doe in London and John Roe in Stockholm", ("Jane Doe", "John Roe")),
        ("Jane Doe in Seoul, John Roe in Tokyo and Ann Lee in Beijing", ("Jane Doe", "John Roe", "Ann Lee")),
        ("ByJane Doe and John Roe", ("Jane Doe", "John Roe")),  # the label and the link run together
        ("By Jane Doe @JaneDoeHBN", ("Jane Doe",)),  # a social handle after the name
        ("By: Jane Doe, John Roe - Reporters / @harbournews", ("Jane Doe", "John Roe")),
        ("\u2014 With reporting by John Roe in Busan", ("John Roe",)),
        ("Contributing: John Roe", ("John Roe",)),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...]) -> None:
    assert read_byline(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, the company will double its output.",
        "by 2030 the plan aims to cut emissions",
        "김철수 기자 역시 그 자리에 있었다.",
        "Reporters were not allowed into the room.",
        "The reporter asked about the plan.",
        "Protests in Paris and riots in London",
        "Harriet Crane in London",  # a single 'Name in Place' may be a headline
    ],
)
def test_not_bylines(line: str) -> None:
    assert read_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "To write comments, please log in to one of the accounts.",
        "Standards Board Policy (0/250자)",
        "공유하기",
        "기사 스크랩",
        "글자크기",
        "가 가 가",
        "URL 복사",
        "Share on Facebook",
        "Share this article",
        "Copy link",
        "Print",
        "5 min read",
        "A worker inspects wafers at a plant in Icheon. [YONHAP]",
        "Lee speaks at the forum. [JOONGANG PHOTO]",
        "사진=연합뉴스",
        "(사진=뉴스1)",
        "부산항 전경 [연합뉴스 자료사진]",
        "▲ 부산항 전경",
        "Photo by Lee Min-ho",
        "Photo: Yonhap",
        "AFP/Getty Images",
        "Sign up for our newsletter",
        "Get the morning newsletter delivered to your inbox",
        "We use cookies to improve your experience.",
        "This website uses cookies.",
        "Accept all cookies",
        "Cookie settings",
        "뉴스레터 구독하기",
        "Copyright © 2025 Seoul Ledger. All rights reserved.",
        "ⓒ 연합뉴스, 무단 전재 및 재배포 금지",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "무단전재 및 재배포 금지",
        "댓글 12",
        "로그인",
        "이전 기사",
        "카카오톡 제보하기",
        "Advertisement",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert ChromeFilter().is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said it uses cookies as an example of bad consent design, not as a policy.",
        "Officials said the newsletter had 40,000 readers before it closed in 2023.",
        "시는 20일 이런 내용의 청년 주거 지원 계획을 발표했다.",
        "Korea\u2019s exports rose 6.1 percent to $31.6 billion [preliminary].",
        "Share prices fell 3 percent on Wednesday.",
    ],
)
def test_body_lines_are_not_chrome(line: str) -> None:
    assert not ChromeFilter().is_chrome(line)


def test_related_block_headings() -> None:
    chrome = ChromeFilter()
    for heading in (
        "Related articles",
        "Related Stories:",
        "관련기사",
        "관련 뉴스",
        "많이 본 뉴스",
        "Most read",
    ):
        assert chrome.starts_block(heading)
    assert not chrome.starts_block("Related companies also reported losses this quarter.")


def test_related_block_ends_at_the_next_paragraph(tmp_path: Path) -> None:
    text = (
        "date 2025-11-19 Headline\n"
        "First paragraph of the story, long enough to read as prose.\n"
        "Related articles\n"
        "Seoul to extend subway hours\n"
        "Taxi fares rise for the first time in four years\n"
        "The story goes on after the list, as a full sentence.\n"
    )
    article = read_raw_text(tmp_path / "a.txt", text, SEOUL, ChromeFilter())
    assert article.text.split("\n\n") == [
        "First paragraph of the story, long enough to read as prose.",
        "The story goes on after the list, as a full sentence.",
    ]


def test_unreadable_stamp_is_a_warning_with_line(tmp_path: Path) -> None:
    text = "date 2025-11-19 Headline\nPublished: 2025-99-99 99:99\nBody.\n"
    article = read_raw_text(tmp_path / "a.txt", text, SEOUL, ChromeFilter())
    assert [(problem.line, problem.field) for problem in article.warnings] == [(2, "published")]
    assert article.published is None


# --- encodings -------------------------------------------------------------------------

KOREAN = "date 2025-11-20 청년 월세 지원 확대\n서울시가 청년 월세 지원 대상을 늘린다.\n"


@pytest.mark.parametrize(
    "data",
    [
        KOREAN.encode("utf-8"),
        b"\xef\xbb\xbf" + KOREAN.encode("utf-8"),
        KOREAN.replace("\n", "\r\n").encode("utf-8"),
        KOREAN.encode("euc_kr"),
        KOREAN.replace("\n", "\r\n").encode("cp949"),
        KOREAN.encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "crlf", "euc-kr", "cp949-crlf", "utf16-bom"],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert read_text_file(path) == KOREAN


def test_cp949_only_syllables(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("똠양꿈과 뷁, 햏. 서울 시민들이 좋아하는 음식이다.\n".encode("cp949"))
    assert read_text_file(path) == "똠양꿈과 뷁, 햏. 서울 시민들이 좋아하는 음식이다.\n"


def test_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Café naïve résumé, “quoted” \u2013 with a dash.\n".encode("cp1252"))
    assert read_text_file(path) == "Café naïve résumé, “quoted” \u2013 with a dash.\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        (b"date 2025-11-19 x\n\x00\x00\x00", "binary file"),
        (b"date 2025-11-19 x\n" + bytes(range(0x80, 0x100)) * 4, "cannot decode"),
        (b"\xef\xbb\xbfdate \xff\xfe broken after a BOM", "not valid UTF-8"),
    ],
    ids=["png", "nul", "undecodable", "bad-after-bom"],
)
def test_undecodable_files_are_errors_naming_the_file(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    with pytest.raises(DigestError) as info:
        read_text_file(path)
    assert message in str(info.value)
    assert info.value.problem.path == path


def test_decode_never_returns_replacement_characters() -> None:
    for data in (
        bytes(range(0x80, 0x100)),
        b"\x81\x82\x83\x84" * 50,
        "한국어".encode("euc_kr") + b"\xff\xff",
    ):
        try:
            text = decode(data, Path("x.txt"))
        except DigestError:
            continue
        assert "\ufffd" not in text


# --- saved HTML ------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>{title}</title>{meta}</head><body><article><h1>{title}</h1>
<p>{body} This paragraph is long enough for the extractor to keep it as main text.</p>
<p>A second paragraph follows so that the article has some substance to it at all.</p>
</article></body></html>"""


def test_html_euc_kr_page_with_meta_charset(tmp_path: Path) -> None:
    page = PAGE.format(
        title="청년 월세 지원 확대",
        meta='<meta property="article:published_time" content="2025-11-20T09:30:00+09:00">',
        body="서울시가 청년 월세 지원 대상을 연 2만 명으로 늘린다.",
    ).replace('charset="utf-8"', 'charset="euc-kr"')
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("euc_kr"))
    article = read_html(path, read_text_file(path), SEOUL, ChromeFilter())
    assert article.headline == "청년 월세 지원 확대"
    assert article.published == seoul(2025, 11, 20, 9, 30)
    assert article.text.startswith("서울시가 청년 월세 지원 대상을")


def test_html_date_from_json_ld(tmp_path: Path) -> None:
    meta = '<script type="application/ld+json">{"datePublished": "2025-11-19T15:15:00+09:00"}</script>'
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(title="A headline", meta=meta, body="Body text."), encoding="utf-8")
    article = read_html(path, read_text_file(path), SEOUL, ChromeFilter())
    assert article.published == seoul(2025, 11, 19, 15, 15)
    assert "datePublished" not in article.text


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("", "no article text"),
        ("<html><body></body></html>", "no article text"),
        ("<<<>>><html><p>x", "no title"),
        (PAGE.format(title="A headline", meta="", body="No date anywhere."), "no publication date"),
    ],
)
def test_html_problems_are_errors(tmp_path: Path, html: str, message: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(DigestError) as info:
        read_html(path, read_text_file(path), SEOUL, ChromeFilter())
    assert message in str(info.value)


# --- outlets in config.yaml ------------------------------------------------------------

OUTLETS = """\
outlets:
  - name: "Pacific Wire"
    match: "pacific-wire\\\\.example"
    timezone: "America/Los_Angeles"
    chrome_patterns: ["PW Insider:.*"]
"""


def test_outlet_rules_apply_without_code(project: Project) -> None:
    project.write("config.yaml", BASE_CONFIG + OUTLETS)
    path = project.article(
        "wire.txt",
        """\
        date 2025-11-19 Port posts record volume
        Published: 19 Nov. 2025, 10:00
        Source: https://pacific-wire.example/port
        The port handled a record number of containers.
        PW Insider: unlock more stories
        """,
    )
    reader = ArticleReader(project.config())
    article = reader.read(path)
    assert article.outlet == "Pacific Wire"
    assert article.published == dt.datetime(2025, 11, 19, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert article.text == "The port handled a record number of containers."
    # Another outlet's article keeps the site's zone and does not drop that line.
    other = project.article(
        "other.txt", "date 2025-11-19 X\nPublished: 19 Nov. 2025, 10:00\nPW Insider: kept\n"
    )
    assert reader.read(other).published == seoul(2025, 11, 19, 10, 0)
    assert reader.read(other).text == "PW Insider: kept"


@pytest.mark.parametrize(
    ("outlet", "message"),
    [
        ('  - name: "X"\n    match: "("\n', "outlets.match: invalid regular expression"),
        ('  - name: "X"\n    match: "x"\n    timezone: "Mars/Base"\n', "outlets.timezone: unknown time zone"),
        ('  - name: "X"\n    match: "x"\n    colour: red\n', "outlets.colour: unknown key"),
        ('  - match: "x"\n', "outlets.name: required"),
        ("  - just text\n", "outlets: each outlet needs 'name' and 'match'"),
    ],
)
def test_outlet_config_errors(project: Project, outlet: str, message: str) -> None:
    project.write("config.yaml", BASE_CONFIG + "outlets:\n" + outlet)
    with pytest.raises(DigestErrors) as info:
        load_config(project.config_path)
    assert message in str(info.value)


CLIPPED = """\
---
title: "Council approves new ferry terminal after two-year delay"
source: "https://www.harbourledger.example/news/council-approves-ferry-terminal/"
author:
  - "[[Jane Roe]]"
published: 2025-03-04
created: 2025-03-05
description: "The council voted 9-2 to approve a new ferry terminal on the east waterfront."
tags:
  - "clippings"
---
The city council voted 9-2 on Tuesday to approve a new ferry terminal on the east waterfront, ending a \
two-year dispute over the site's contaminated soil.

![Ferry dock](https://www.harbourledger.example/img/dock.jpg)

The terminal will replace a 1960s dock that the port authority closed last spring after inspectors found \
its pilings had rotted below the waterline.
"""


def test_a_page_a_clipper_saved_as_markdown_is_read_as_scraped_text(project: Project) -> None:
    # Obsidian's clipper writes its own properties and no 'date': not digest's front matter
    path = project.article("ferry.md", CLIPPED)
    article = ArticleReader(project.config()).read(path)
    assert article.headline == "Council approves new ferry terminal after two-year delay"
    assert article.authors == ("Jane Roe",)
    assert article.date == dt.date(2025, 3, 4)
    assert article.text.startswith("The city council voted 9-2 on Tuesday")
    assert "clippings" not in article.text and "Ferry dock" not in article.text


def test_digest_front_matter_with_a_mistyped_key_is_still_an_error(project: Project) -> None:
    path = project.article(
        "typo.md", '---\ntitle: "A headline"\ndate: 2025-11-19\nsorce_url: x\n---\nBody.\n'
    )
    with pytest.raises((DigestError, DigestErrors), match="sorce_url"):
        ArticleReader(project.config()).read(path)


def test_a_byline_before_its_stamp_after_a_dash_gives_both() -> None:
    # 'BY A AND B - 10/14/25 6:12 PM ET': the politics site's header line
    from digest.content.readers.dates import DateReader
    from digest.content.readers.rawtext.stamps import read_stamp_line

    found = read_stamp_line("BY JANE DOE AND JOHN ROE - 10/14/25 6:12 PM ET", DateReader(SEOUL))
    assert found is not None and found.byline is not None
    assert found.byline.authors == ("Jane Doe", "John Roe")
    assert found.stamps[0].when == dt.datetime(2025, 10, 14, 18, 12, tzinfo=ZoneInfo("America/New_York"))


def test_an_update_with_the_time_it_was_first_published_gives_both() -> None:
    # 'Updated March 4, 2025 — 7.12pm AEDT, first published at 5.45pm AEDT': the same day's
    from digest.content.readers.dates import DateReader
    from digest.content.readers.rawtext.stamps import read_stamp_line

    found = read_stamp_line(
        "Updated March 4, 2025 \u2014 7.12pm AEDT, first published at 5.45pm AEDT", DateReader(SEOUL)
    )
    assert found is not None
    aedt = dt.timezone(dt.timedelta(hours=11))
    assert [(stamp.field, stamp.when) for stamp in found.stamps] == [
        ("updated", dt.datetime(2025, 3, 4, 19, 12, tzinfo=aedt)),
        ("published", dt.datetime(2025, 3, 4, 17, 45, tzinfo=aedt)),
    ]


def test_a_name_an_agencys_code_and_a_stamp_in_a_bar_give_the_writer() -> None:
    from digest.content.readers.dates import DateReader
    from digest.content.readers.rawtext.stamps import stamps_in_bar

    found = stamps_in_bar("Jane Doe / STN / Mar 4, 2025, 21:41 IST", DateReader(SEOUL))
    assert found is not None and found.byline is not None
    assert found.byline.authors == ("Jane Doe",)
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert found.stamps[0].when == dt.datetime(2025, 3, 4, 21, 41, tzinfo=ist)


def test_a_bylines_credit_in_capitals_is_the_outlet_as_printed() -> None:
    article = read_raw_text(
        Path("story.txt"),
        "Harbour closes for repairs\nBy Jane Doe, HBN\nMarch 4, 2025 9:14 AM EST\n"
        "The harbour will close for six weeks while crews replace its pilings, the port said on Tuesday.\n"
        "Ferries will dock at the old quay until the work is done in April, officials said.\n"
        "\u00a9 2025 Harbour Broadcasting Network\n",
        SEOUL,
        ChromeFilter(),
    )
    assert article.authors == ("Jane Doe",)
    assert article.outlet == "HBN"  # not 'Hbn', nor spelled out as a dateline's code is


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Updated on: March 4, 2025 / 9:14 AM EST / Harbour News", "Harbour News"),
        ("March 4, 2025 9:14 AM EST | The Harbour Post", "The Harbour Post"),
        ("March 4, 2025 9:14 AM EST | Politics", ""),  # a section's name
    ],
)
def test_a_publications_name_after_the_stamp_and_a_bar(line: str, outlet: str) -> None:
    from digest.content.readers.dates import DateReader
    from digest.content.readers.rawtext.stamps import read_stamp_line

    found = read_stamp_line(line, DateReader(SEOUL))
    named = found.byline.outlet if found is not None and found.byline is not None else ""
    assert named == outlet
    if outlet:
        assert found is not None and found.stamps[0].when is not None


@pytest.mark.parametrize(
    "stamp", ["Published on 04/03/2025 - 09:14 GMT+1", "Issued on: 04/03/2025 - 09:14 CET"]
)
def test_a_continental_european_sites_slashed_date_is_day_first(stamp: str) -> None:
    article = read_raw_text(
        Path("story.txt"),
        f"Harbour closes for repairs\nBy Jane Doe\n{stamp}\n"
        "The harbour will close for six weeks while crews replace its pilings, the port said on Tuesday.\n"
        "Ferries will dock at the old quay until the work is done in April, officials said.\n",
        SEOUL,
        ChromeFilter(),
    )
    assert article.published is not None
    assert (article.published.month, article.published.day) == (3, 4)
