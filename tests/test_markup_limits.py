"""Input whose processing time grew faster than its size (issue 19, item 5): Markdown in
article bodies and notes, and time stamps in raw text. Each test asserts on work
counted or on the error, never on seconds; the sizes are ones the code before took
from seconds to many minutes on (noted with each case), and now refuses at once.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.content import markup
from digest.content.markdown_cost import MAX_MARKDOWN_CHARS, check_markdown
from digest.content.markup import MarkupError, render_markdown
from digest.content.readers import dates
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.markdown_file import read_markdown
from digest.content.readers.rawtext import CHARACTERS_PER_SLOW_STAMP, SLOW_STAMPS, read_raw_text
from digest.errors import DigestError
from tests.conftest import ROOT, Project
from tests.test_markup_gate import plain

SEOUL = ZoneInfo("Asia/Seoul")


def _spread(unit: str, count: int, size: int = MAX_MARKDOWN_CHARS) -> str:
    """`count` copies of `unit` in `size` characters of one block of plain text."""
    gap = (size - count * len(unit)) // count
    return ("x" * (gap - 1) + " " + unit) * count


COSTLY = [
    # (text, what the message names); seconds before, on the development machine
    # (measured, or from 50 and 100 KB by the square of the size).
    pytest.param("\"'" * 200_000, "400,000 quote and markup characters", id="quotes"),  # 264 s
    pytest.param("&amp; " * 80_000, "quote and markup characters", id="entities"),  # 20 s
    pytest.param("*a* " * 125_000, "quote and markup characters", id="emphasis"),  # ~170 s
    pytest.param(_spread("![", 999), "998 '[' or '(' closed far away", id="open-brackets"),  # 51 s
    pytest.param(_spread("[a](", 999), "'[' or '(' closed far away", id="open-links"),  # 25 s
    pytest.param("# a\n" * 125_000, "125,000 heading and rule lines", id="headings"),  # ~500 s
    pytest.param("***\n" * 125_000, "heading and rule lines", id="rules"),  # ~1,000 s
    pytest.param("a\n-\n" * 125_000, "heading and rule lines", id="setext"),  # ~2,300 s
    pytest.param("a\n\n" * 166_000, "166,000 paragraphs and other blocks", id="paragraphs"),  # ~340 s
    pytest.param("```\nx\n```\n\n" * 41_000, "82,000 code fences", id="fences"),  # 4 s, quadratic
    pytest.param(_spread("<b", 1999), "1,999 '<'", id="tags"),  # 3.5 s
    pytest.param(("x" * 245 + " <b\n\n") * 1999, "1,999 '<' that no '>' closes", id="open-tags"),  # 6.7 s
]


@pytest.mark.parametrize(("text", "named"), COSTLY)
def test_costly_markdown_is_refused_before_it_runs(text: str, named: str) -> None:
    with pytest.raises(MarkupError, match=re.escape(named)):
        check_markdown(text)
    with pytest.raises(MarkupError):
        render_markdown(text)


def test_what_real_writing_has_stays_within_the_limits() -> None:
    """The sample content, the docs, and a long article of real structure at the size
    limit: paragraphs with quotes, links, emphasis and entities, a heading every few
    paragraphs, a table, a list and code; and 150,000 characters of the same prose
    without a blank line (at 500,000 it is refused: 2 s, estimated at more)."""
    texts = [
        path.read_text(encoding="utf-8")
        for folder in ("articles", "notes")
        for path in sorted((ROOT / "content" / folder).rglob("*.*"))
    ]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").rglob("*.md"))]
    linked = (
        'The council "approved" three [night bus](https://example.org/a) routes on Wednesday -- '
        "officials said the *first* would run in January... It's the city's `N10` line & more.\n\n"
    )
    unlinked = linked.replace("[night bus](https://example.org/a)", "night bus")
    section = "## A heading\n\n" + linked + unlinked * 5 + "| a | b |\n|---|---|\n" + "| 'x' | *y* |\n" * 20
    section += "\n- one [link](/a/)\n- two\n\n```\ncode 'here'\n```\n\n"
    long = (section * (MAX_MARKDOWN_CHARS // len(section)))[: MAX_MARKDOWN_CHARS - 1]
    one_block = ((linked + unlinked * 3).replace("\n\n", "\n") * 1000)[:150_000]
    assert long.count("[") <= 1000 and one_block.count("[") <= 1000
    for text in [*texts, long, one_block]:
        check_markdown(text)


def test_a_markdown_article_names_the_line_of_the_costly_paragraph(tmp_path: Path) -> None:
    text = "---\ntitle: T\ndate: 2025-11-19\n---\nFine.\n\nAlso fine.\n\n" + "# h\n" * 60_000
    with pytest.raises(DigestError) as caught:
        read_markdown(tmp_path / "a.md", text, SEOUL)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'a.md'}:9: too much markup for its length")
    assert "60,000 heading and rule lines" in message
    assert "(line" not in message  # the file's line, not the text's


def test_a_note_names_the_field_and_the_place_in_it(project: Project) -> None:
    notes = project.root / "content/notes/2025-11-19.yaml"
    costly = '"Fine.\\n\\n' + "\\\"'" * 60_000 + '"'
    original = "commentary: |\n      Long overdue. See [the archive](/archive/).\n"
    text = notes.read_text(encoding="utf-8")
    assert original in text
    notes.write_text(text.replace(original, f"commentary: {costly}\n"), encoding="utf-8")
    with pytest.raises(DigestError) as caught:
        project.build()
    (problem,) = caught.value.problems
    assert (problem.path, problem.field) == (notes, "commentary")
    assert "120,000 quote and markup characters" in problem.message
    assert problem.message.endswith("(line 3 of the text)")
    assert not project.output.exists()


def test_sibling_positions_are_counted_not_searched() -> None:
    """Work counted. Python-Markdown found each child's place among its siblings with
    `list(parent).index(child)`: one scan of the siblings per child, quadratic in the
    paragraphs of a text, the items of a list or the cells of a row (62,000 list items:
    35 s). `markup` counts the position instead, with the same output."""
    index_calls = 0

    def profile(_frame: object, event: str, function: object) -> None:
        nonlocal index_calls
        if event == "c_call" and getattr(function, "__name__", "") == "index":
            index_calls += isinstance(getattr(function, "__self__", None), list)

    texts = ["- item *a*\n" * 2000, "para\n\n" * 2000, "|a|b|\n|-|-|\n" + "|x|*y*|\n" * 1000]
    sys.setprofile(profile)
    try:
        rendered = [markup._convert(text) for text in texts]
    finally:
        sys.setprofile(None)
    assert index_calls == 0
    assert rendered == [plain(text) for text in texts]
    assert rendered[0].count("<li>") == 2000 and rendered[2].count("<tr>") == 1001


def test_raw_text_hands_few_dates_to_the_slow_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Work counted: dateparser takes about 1.5 ms a date (27 s for a megabyte of stamp
    lines in a format only it reads). A file may use it SLOW_STAMPS times and once more
    for every CHARACTERS_PER_SLOW_STAMP characters; the next such line is read as text,
    with one warning at its line."""
    calls = 0
    slow = dates._parse_slow

    def counted(text: str, tz: ZoneInfo) -> object:
        nonlocal calls
        calls += 1
        return slow(text, tz)

    monkeypatch.setattr(dates, "_parse_slow", counted)
    head = "date 2025-11-19 Headline\n"
    chrome = ChromeFilter()
    for stamp in ("Published", "Updated"):
        line = f"{stamp}: November the 18th, 2025 at 10.05am\n"
        text = head + "A first paragraph that reads like a sentence.\n" + line * 5000
        calls = 0
        article = read_raw_text(Path("b.txt"), text, SEOUL, chrome)
        budget = SLOW_STAMPS + len(text) // CHARACTERS_PER_SLOW_STAMP
        assert calls == budget
        assert article.text.startswith("A first paragraph")
        assert [problem.format() for problem in article.warnings] == [
            f"b.txt:{budget + 3}: more time stamps in formats only the slow date parser reads than a file "
            "of this length may have; the rest are read as text"
        ]


def test_a_file_whose_slow_dates_run_out_in_a_bar_is_read_not_refused() -> None:
    """The budget may run out wherever a date is read, in a bar's parts too ('사건번호
    2023헌마1457 | 선고 2025년 말', a court's release saved as text): the file is read,
    those lines as text, with the one warning."""
    head = (
        "date 2025-11-19 Headline of a court's release\n\nA first paragraph that reads like a sentence.\n\n"
    )
    bars = "".join(f"사건번호 2023헌마{1400 + n} | 선고 2025년 말\n" for n in range(30))
    text = head + bars + "\nThe last paragraph of the story, which reads like one too.\n"
    article = read_raw_text(Path("b.txt"), text, SEOUL, ChromeFilter())
    assert article.text.startswith("A first paragraph")
    assert [problem.format() for problem in article.warnings] == [
        "b.txt:7: more time stamps in formats only the slow date parser reads than a file "
        "of this length may have; the rest are read as text"
    ]


# --- nesting: digest's own limit, the same under every Python-Markdown version ---------


@pytest.mark.parametrize(
    "nested",
    [
        "> " * 80 + "x",  # quotes in quotes
        ">" * 80 + " x",
        "1. " * 80 + "x",  # a list in a list on one line
        "".join("    " * depth + "- x\n" for depth in range(80)),  # a list indented level by level
        "".join("\t" * depth + "* x\n" for depth in range(80)),
    ],
)
def test_lists_and_quotes_nested_past_the_limit_are_refused_before_conversion(nested: str) -> None:
    with pytest.raises(MarkupError, match="nested too deeply"):
        check_markdown(nested)


@pytest.mark.parametrize(
    "text",
    [
        "- " * 200 + "\n\nA rule of spaced dashes is no list.",
        "-" * 300 + "\n\n" + "*" * 300,
        "".join("    " * depth + "- x\n" for depth in range(12)),  # deep, as real notes never are
        " " * 400 + "indented code, no marker\n",
        "> > > a quote in a quote in a quote",
    ],
)
def test_rules_code_and_ordinary_nesting_are_not_refused(text: str) -> None:
    check_markdown(text)
    assert render_markdown(text)
