"""Raw-format and Markdown readers: every extracted field, exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.content.readers import read_text_file
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.markdown_file import read_markdown
from digest.content.readers.rawtext import read_raw_text
from digest.errors import DigestError

SEOUL = ZoneInfo("Asia/Seoul")

ENGLISH = """\
 date 2025-11-21 'Every week counts': Ministry fast-tracks grid links for chip clusters
Published: 21 Nov. 2025, 10:05
Updated: 21 Nov. 2025, 16:40
The industry ministry said Friday it will shorten approval times for power lines feeding two chip clusters.
Officials said permits that took 18 months would now take nine.
공유하기
“We cannot let a transformer hold up a fab,” a ministry official said.
This article was originally written in Korean and translated by a staff reporter with the help of generative AI tools. It was then edited by an English-language editor.
BY SEO YUN-A, MOON TAE-HO [[email protected]]
with the Seoul Ledger
To write comments, please log in to one of the accounts.
Standards Board Policy (0/250자)
"""

KOREAN = """\
date 2025-11-22 반도체 장비 수출 석 달째 증가
입력 2025.11.22 08:10
반도체 장비 수출이 석 달 연속 늘었다.
업계는 내년 상반기까지 증가세가 이어질 것으로 본다.
기사 스크랩
김하늘·박준서 기자 [email protected]
ⓒ 새벽일보, 무단 전재 및 재배포 금지
좋아요
댓글 0
"""


def read(text: str, name: str = "sample-article.txt", extra: tuple[str, ...] = ()):
    return read_raw_text(Path(name), text, SEOUL, ChromeFilter(extra))


def test_english_raw_article_fields() -> None:
    article = read(ENGLISH, "ledger-grid-links.txt")
    assert article.id == "ledger-grid-links"
    assert article.headline == "'Every week counts': Ministry fast-tracks grid links for chip clusters"
    assert article.date == dt.date(2025, 11, 21)
    assert article.published == dt.datetime(2025, 11, 21, 10, 5, tzinfo=SEOUL)
    assert article.published.utcoffset() == dt.timedelta(hours=9)
    assert article.updated == dt.datetime(2025, 11, 21, 16, 40, tzinfo=SEOUL)
    assert article.authors == ("Seo Yun-a", "Moon Tae-ho")
    assert article.outlet == "Seoul Ledger"
    assert article.ai_translated is True
    assert article.disclaimer.startswith("This article was originally written in Korean")
    assert article.text.split("\n\n") == [
        "The industry ministry said Friday it will shorten approval times for power lines "
        "feeding two chip clusters.",
        "Officials said permits that took 18 months would now take nine.",
        "“We cannot let a transformer hold up a fab,” a ministry official said.",
    ]
    assert article.body_html == (
        "<p>The industry ministry said Friday it will shorten approval times for power lines "
        "feeding two chip clusters.</p>\n"
        "<p>Officials said permits that took 18 months would now take nine.</p>\n"
        "<p>“We cannot let a transformer hold up a fab,” a ministry official said.</p>\n"
    )


@pytest.mark.parametrize(
    "chrome",
    ["공유하기", "To write comments", "Standards Board Policy", "email protected", "BY SEO", "with the"],
)
def test_english_chrome_and_footer_not_in_body(chrome: str) -> None:
    article = read(ENGLISH)
    assert chrome not in article.body_html
    assert chrome not in article.text


def test_korean_raw_article_fields() -> None:
    article = read(KOREAN, "saebyeok-equipment.txt")
    assert article.headline == "반도체 장비 수출 석 달째 증가"
    assert article.date == dt.date(2025, 11, 22)
    assert article.published == dt.datetime(2025, 11, 22, 8, 10, tzinfo=SEOUL)
    assert article.updated is None
    assert article.authors == ("김하늘", "박준서")
    assert article.outlet == "새벽일보"
    assert article.ai_translated is False
    assert (
        article.text
        == "반도체 장비 수출이 석 달 연속 늘었다.\n\n업계는 내년 상반기까지 증가세가 이어질 것으로 본다."
    )
    for chrome in ("기사 스크랩", "좋아요", "댓글", "무단 전재", "기자"):
        assert chrome not in article.text


def test_body_text_is_escaped() -> None:
    text = " date 2025-11-21 Tags <b>here</b> and there\nPublished: 21 Nov. 2025, 10:05\nA <script>x</script> & more.\n"
    article = read(text)
    assert article.body_html == "<p>A &lt;script&gt;x&lt;/script&gt; &amp; more.</p>\n"
    # A forum repost's tags are dropped (never markup); text that only looks like a tag
    # ('<script>' written as text) is text, escaped on output.
    assert article.headline == "Tags here and there"


def test_config_chrome_patterns_extend_the_list() -> None:
    text = (
        " date 2025-11-21 Headline\nPublished: 21 Nov. 2025, 10:05\nBody one.\n"
        "From our partners: five things to know about the plan.\nBody two.\n"
    )
    assert "partners" in read(text).text
    assert "partners" not in read(text, extra=("From our partners:.*",)).text


def test_seed_format_example_reads(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parents[2] / "shared" / "seed-format"
    files = sorted(seed.glob("*.txt")) if seed.is_dir() else []
    if not files:
        pytest.skip("shared/seed-format is not beside this checkout")
    article = read_raw_text(files[0], read_text_file(files[0]), SEOUL, ChromeFilter())
    assert article.date == dt.date(2025, 11, 19)
    assert article.published == dt.datetime(2025, 11, 19, 15, 15, tzinfo=SEOUL)
    assert article.outlet == "Korea JoongAng Daily"
    assert article.authors == ("Han Yeong-ik", "Jo Su-bin")
    assert article.ai_translated is True
    assert "To write comments" not in article.text
    assert "(0/250자)" not in article.text


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("\n\n", 1, "no text at all"),
        (
            " date 2025-11-21 Headline\nPublished: 21 Nov. 2025, 10:05\n",
            1,
            "no body text: no line reads as a paragraph of the story",
        ),
    ],
)
def test_raw_reader_errors(text: str, line: int, message: str) -> None:
    """Only a file without any body is refused; the error names the file and the line."""
    with pytest.raises(DigestError) as caught:
        read(text, "bad.txt")
    assert str(caught.value) == f"bad.txt:{line}: {message}"


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        (
            " date 2025-13-40 Headline\nBody.\n",
            "bad.txt:1: date: expected a date YYYY-MM-DD, got '2025-13-40'",
        ),
        (
            " date 2025-11-21 Headline\nPublished: sometime soon\nBody.\n",
            "bad.txt:2: published: cannot read the date and time 'sometime soon'",
        ),
    ],
)
def test_raw_reader_warnings(text: str, warning: str) -> None:
    """What cannot be read is a warning with its line, and the article is read without it."""
    article = read(text, "bad.txt")
    assert [problem.format() for problem in article.warnings] == [warning]
    assert article.text == "Body."


def test_a_file_without_a_date_line_is_read() -> None:
    """Once refused ('expected the first line to be date YYYY-MM-DD <headline>')."""
    article = read("Port of Busan extends night shifts\nThe port will keep its cranes running at night.\n")
    assert article.headline == "Port of Busan extends night shifts"
    assert article.date is None
    assert article.text == "The port will keep its cranes running at night."


MARKDOWN = """\
---
title: "Founders welcome a faster visa"
date: 2025-11-20
published: 2025-11-20T08:00:00+09:00
source_url: "https://example.org/visa"
outlet: "Pangyo Tech Wire"
authors: ["Choi Ha-eun", "Jang Min-seo"]
tags: ["startups", "immigration"]
---
Founders said the **new visa** helps.

- faster
- simpler
"""


def test_markdown_article_fields() -> None:
    article = read_markdown(Path("visa.md"), MARKDOWN, SEOUL)
    assert article.id == "visa"
    assert article.headline == "Founders welcome a faster visa"
    assert article.date == dt.date(2025, 11, 20)
    assert article.published == dt.datetime(2025, 11, 20, 8, 0, tzinfo=SEOUL)
    assert article.source_url == "https://example.org/visa"
    assert article.outlet == "Pangyo Tech Wire"
    assert article.authors == ("Choi Ha-eun", "Jang Min-seo")
    assert article.tags == ("startups", "immigration")
    assert article.body_html == (
        "<p>Founders said the <strong>new visa</strong> helps.</p>\n<ul>\n<li>faster</li>\n<li>simpler</li>\n</ul>"
    )
    assert article.text.startswith("Founders said the new visa helps.")


def test_markdown_front_matter_errors_name_the_line() -> None:
    text = MARKDOWN.replace('outlet: "Pangyo Tech Wire"', 'outlett: "Pangyo Tech Wire"')
    with pytest.raises(DigestError) as caught:
        read_markdown(Path("visa.md"), text, SEOUL)
    assert str(caught.value).startswith("visa.md:6: outlett: unknown key; did you mean 'outlet'?")


def test_markdown_script_is_sanitized() -> None:
    text = MARKDOWN.replace(
        "Founders said", "<script>alert(1)</script><a href='javascript:x' onclick='y'>Founders</a> said"
    )
    article = read_markdown(Path("visa.md"), text, SEOUL)
    assert "<script" not in article.body_html
    assert "javascript:" not in article.body_html
    assert "onclick" not in article.body_html
