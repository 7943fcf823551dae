"""Property tests: whatever text arrives, readers and the note parser return a result or
raise DigestError. Any other exception is a crash the editor cannot act on."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.config import load_config
from digest.content.model import Article, EditionInfo, Note
from digest.content.notes import NOTE_KEYS, _NoteParser
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.dates import parse_datetime
from digest.content.readers.encoding import decode
from digest.content.readers.html_page import read_html
from digest.content.readers.markdown_file import read_markdown
from digest.content.readers.rawtext import read_raw_text
from digest.errors import DigestError
from tests.conftest import BASE_CONFIG

SEOUL = ZoneInfo("Asia/Seoul")
CHROME = ChromeFilter(["Related articles?"])
WORK = Path(tempfile.mkdtemp(prefix="digest-properties-"))
(WORK / "config.yaml").write_text(BASE_CONFIG, encoding="utf-8")
CONFIG = load_config(WORK / "config.yaml")

# Pieces of real articles, so generated files reach past the first-line check.
FRAGMENTS = [
    "date 2025-11-19 ",
    " date 2025-02-30 ",
    "Published: ",
    "Updated: 19 Nov. 2025, 15:15",
    "입력 2025.11.19 오후 3:15 | 수정 ",
    "기사입력 ",
    "2025년 11월 19일",
    "BY HAN YEONG-IK, JO SU-BIN [[email protected]]",
    "By ",
    "홍길동 기자 ",
    "Reporter ",
    "(서울=연합뉴스) 홍길동 기자 = ",
    "with the ",
    "ⓒ 연합뉴스, 무단 전재 ",
    "Related articles",
    "관련기사",
    "Source: https://x.example/",
    "translated with the help of generative AI",
    "[YONHAP]",
    "<script>alert(1)</script>",
    "\r\n",
    "\x00",
    "\ufeff",
    "---",
]
lines = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), max_size=6).map("".join)
documents = st.lists(lines, max_size=12).map("\n".join)
dated = st.builds(lambda head, body: f"date 2025-11-19 Headline {head}\n{body}", lines, documents)
# Weighted towards files with a valid first line, which reach the rest of the reader.
raw_articles = st.one_of(
    dated,
    dated,
    dated,
    st.text(),
    documents,
    st.builds(lambda a, b: a + b, st.sampled_from(FRAGMENTS), documents),
)

FRONT_KEYS = ["title", "date", "published", "updated", "source_url", "outlet", "authors", "tags", "x"]
printable = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
yaml_values = st.one_of(
    st.text(max_size=30),
    printable,
    printable,
    st.sampled_from(
        ['"2025-11-19"', "2025-11-19", "2025-11-19T15:15:00+09:00", "[a, b]", "{a: 1}", "&a x", "*a"]
    ),
    st.sampled_from(["", "null", "true", "1e999", "0x1F", "'unclosed", '"\\x00"', "!!binary AAAA"]),
)
yaml_mappings = st.lists(
    st.tuples(st.sampled_from(FRONT_KEYS), yaml_values).map(lambda kv: f"{kv[0]}: {kv[1]}"), max_size=8
).map("\n".join)


def _outcome(call, *args: object) -> object:
    try:
        return call(*args)
    except DigestError as error:
        assert error.problems and all(p.message for p in error.problems)
        return error


@settings(max_examples=400, deadline=None)
@given(raw_articles)
def test_raw_reader_returns_an_article_or_a_digest_error(text: str) -> None:
    result = _outcome(read_raw_text, WORK / "a.txt", text, SEOUL, CHROME)
    if isinstance(result, Article):
        assert result.text.strip() and "<" not in result.body_html.replace("<p>", "").replace("</p>", "")


@settings(max_examples=300, deadline=None)
@given(yaml_mappings, documents)
def test_markdown_reader_returns_an_article_or_a_digest_error(front: str, body: str) -> None:
    result = _outcome(read_markdown, WORK / "a.md", f"---\n{front}\n---\n{body}", SEOUL)
    if isinstance(result, Article):
        assert "<script" not in result.body_html.lower()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_markdown_reader_on_any_text(text: str) -> None:
    _outcome(read_markdown, WORK / "a.md", text, SEOUL)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(),
        st.lists(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<title>",
                    "</title>",
                    "<html>",
                    "<meta property='article:published_time' content='2025-11-19'>",
                    "<script>",
                    "Text words here. ",
                    "<!--",
                    "<![CDATA[",
                    "&amp;",
                    "&#0;",
                    "<article>",
                ]
            )
        ).map("".join),
    )
)
def test_html_reader_returns_an_article_or_a_digest_error(text: str) -> None:
    _outcome(read_html, WORK / "a.html", text, SEOUL, CHROME)


NOTE_FIELDS = [*NOTE_KEYS, "notes", "x"]
note_values = st.one_of(
    yaml_values,
    st.sampled_from(
        ['"night-buses"', "policy", "1", "-3", "high", "[x, 1, [2]]", "|\n  *a* [b](javascript:x)"]
    ),
)
VALID_NOTE = {"article": '"night-buses"', "edition": '"2025-11-19"', "section": "policy", "rank": "1"}


def _yaml(mapping: dict[str, str]) -> str:
    return "\n".join(f"{key}: {value}" for key, value in mapping.items())


# A valid note with one to three keys changed or added, or any mapping of note keys.
note_mappings = st.one_of(
    st.dictionaries(st.sampled_from(NOTE_FIELDS), note_values, max_size=3).map(
        lambda d: _yaml({**VALID_NOTE, **d})
    ),
    st.dictionaries(st.sampled_from(NOTE_FIELDS), note_values, max_size=9).map(_yaml),
)
note_lists = st.lists(note_mappings.map(lambda m: "  - " + m.replace("\n", "\n    ")), max_size=4).map(
    lambda entries: 'edition: "2025-11-19"\nnotes:\n' + "\n".join(entries)
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), note_mappings, note_lists))
def test_note_parser_returns_notes_or_digest_errors(text: str) -> None:
    path = WORK / "note.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    parser = _NoteParser(CONFIG)
    result = _outcome(parser.parse, path, path.read_bytes())
    if isinstance(result, DigestError):
        problems = result.problems
    else:
        assert result.value is not None
        assert all(parsed.note is None or isinstance(parsed.note, Note) for parsed in result.value.notes)
        assert result.value.edition is None or isinstance(result.value.edition, EditionInfo)
        problems = list(result.problems)
    assert all(problem.path == path and problem.message for problem in problems)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_any_bytes_gives_clean_text_or_a_digest_error(data: bytes) -> None:
    result = _outcome(decode, data, Path("x.txt"))
    if isinstance(result, str):
        assert "\ufffd" not in result or "\ufffd".encode() in data


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), lines))
def test_dates_parse_to_aware_datetimes_or_none(text: str) -> None:
    result = parse_datetime(text, SEOUL)
    assert result is None or (isinstance(result, dt.datetime) and result.tzinfo is not None)
