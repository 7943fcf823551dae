"""The raw reader's speed gates (issue 20: reading stays within 10 % of the reader before it).

A gate is a cheap test put before an expensive pattern: a character the pattern needs, a
full stop it ends with, the ASCII case of a case-insensitive search, a cache of a pure
function. Each must give the pattern's answer on the lines it skips: checked here with
generated text (over the characters the patterns care about) and with every line of the
labelled corpus and the test data. A pattern edited so that the gate no longer holds
(a caption credit without '/', a menu split at a new mark) fails here.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.content.readers import dates
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.dates import DateReader
from digest.content.readers.rawtext import (
    bylines,
    cues,
    inspect_raw_text,
    lines,
    outlet,
    source,
    stamps,
    wire,
    zones,
)
from digest.content.readers.rawtext.lines import Context, classify
from digest.content.readers.rawtext.source import Line

ROOT = Path(__file__).resolve().parent
# Every raw line the tests keep: the labelled corpus and the other test files.
CORPUS_LINES = sorted(
    {
        line.strip()
        for path in ROOT.rglob("*.txt")
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines()
        if line.strip()
    }
)
# What the gated patterns look at: letters of both cases, Hangul, digits, the marks of
# credits, tags, menus and stamps, and spaces of several kinds.
_CHARS = (
    "aAbByYzZsSkKiIeEnNdDoOpPrRtTwW가다사진기자끝 \t\u00a0\u3000"
    "0123456789.,;:!?'\"()[]{}<>/|\\-\u2013\u2014\u00b7\u2022\u00bb\u203a\u3009\u2192\u2630@#&*_=+~"
    "\u201c\u201d\u2018\u2019\u017f\u212a\u0131\u0130"
)
_WORDS = st.sampled_from(
    [
        "By",
        "Jane",
        "Doe",
        "KBX",
        "News",
        "reports",
        "has",
        "the",
        "story",
        "Reporter",
        "photo",
        "(Yonhap)",
        "/ Yonhap",
        "(LEAD)",
        "(EPA)",
        "[Photo]",
        "Home",
        ">",
        "|",
        "·",
        "/",
        "Reuters/Jane",
        "다.",
        "기자",
        "staff",
        "EDITOR",
        "Wire",
        "This",
        "article",
        "the",
        "views",
        "expressed",
        "this",
        "is",
        "an",
        "(END)",
        "ENDS",
        "###",
        "-30-",
        "이",
        "기사입니다.",
        "Photo",
        "by",
        "Images:",
    ]
)
TEXTS = st.one_of(
    st.text(alphabet=_CHARS, max_size=80),
    st.lists(st.one_of(_WORDS, st.text(alphabet=_CHARS, max_size=8)), max_size=12).map(" ".join),
)
GATE_EXAMPLES = settings(max_examples=400, deadline=None)


def _caption_gates(text: str) -> None:
    tail = text[-120:]
    if ")" not in tail:
        assert lines._CREDIT_PARENS.search(tail) is None
    if "/" not in tail:
        assert lines._CREDIT_SLASH.search(tail) is None
        assert lines._CREDIT_ORG_NAME.search(tail) is None
    if text[:1] != "[":
        assert lines._CAPTION_PREFIX.match(text) is None
    if tail[-1:] == ".":
        assert lines._CREDIT_PHOTO.search(tail) is None
    if "]" not in tail[-2:]:
        assert lines._CREDIT_BRACKETS.search(tail) is None


def _line_gates(text: str) -> None:
    assert lines.about_itself(text) == (lines._SELF.fullmatch(text) is not None)
    if len(text) > 6 and "끝" not in text:
        assert wire.END_MARK.fullmatch(text) is None
    if "+" not in text and ("-" not in text or "0" not in text):
        assert lines._PHONE.search(text) is None
    if len(text.split()) > 7:
        assert lines._NAME_TWICE.fullmatch(text) is None


def _byline_gates(text: str) -> None:
    assert bylines._role_hint(text) == (bylines._ROLE_HINT.search(text) is not None)
    if text[-1:] != ".":
        assert bylines._BROADCAST_INTRO.fullmatch(text) is None
        assert bylines._SIGNOFF_EN.fullmatch(text) is None


def _wire_gates(text: str) -> None:
    if "/" not in text:
        assert wire._WRITER_TAIL.search(text) is None
    if ")" not in text:
        assert wire._TAIL_TAGS.search(text) is None


def _handle_gate(text: str) -> None:
    if "@" not in text:
        assert zones._HANDLE.sub("", text) == text


def _menu_gate(text: str) -> None:
    if not lines._may_be_menu(text):
        for separator, _, _ in lines._MENUS:
            assert len([part for part in separator.split(text) if part.strip()]) <= 1, separator


def _shape_by_findall(text: str) -> cues.Shape:
    """`cues.shape` as it counted before the gate: a list of matches for each class."""
    sample = text[: cues._SAMPLE]
    size = len(sample) or 1
    latin = len(cues._LATIN.findall(sample))
    hangul = len(cues.HANGUL.findall(sample)) if not latin or latin < size // 2 else 0
    fast = cues.shape(text)
    return cues.Shape(
        chars=fast.chars,
        words=fast.words,
        hangul=hangul > latin,
        terminal=fast.terminal,
        starts_lower=fast.starts_lower,
        caps=len(cues._UPPER.findall(sample)) / latin if latin else 0.0,
        titled=fast.titled,
        symbols=len(cues._SYMBOL.findall(sample)) / size if text else 1.0,
        digits=len(cues._DIGIT.findall(sample)) / size,
    )


def _tail_note_gate(text: str) -> None:
    for sentence in (text, *zones._LAST_SENTENCE.split(text)):
        if not zones._may_be_tail_note(sentence):
            assert zones._TAIL_NOTE.fullmatch(sentence) is None


def _small_print_gates(text: str) -> None:
    """The words the sentence about the page needs, and the separators a glued date needs."""
    for sentence in (text, *zones._LAST_SENTENCE.split(text)):
        if not zones._may_refer_to_itself(sentence):
            assert zones._SELF_REFERENCE.search(sentence) is None
    if "." not in text and "-" not in text:
        assert source._GLUED_DATE.search(text) is None


def _marks_gate(text: str) -> None:
    """The marks looked for in one scan are the marks looked for one by one."""
    assert (lines._MENU_MARK.search(text) is not None) == any(mark in text for mark in lines._MENU_MARKS)
    low = text[:30].lower()
    copyright_marks = ("ⓒ", "©", "(c)", "copyright", "저작권", "all rights reserved")
    assert (lines._COPYRIGHT_MARK.search(low) is not None) == any(mark in low for mark in copyright_marks)


def _date_gate(text: str) -> None:
    for start in (0, len(text) // 2):
        if dates._YEAR.search(text, start) is None:
            for pattern in dates._PATTERNS:
                assert pattern.search(text, start) is None, pattern


GATES = (
    _caption_gates,
    _line_gates,
    _byline_gates,
    _wire_gates,
    _handle_gate,
    _menu_gate,
    _date_gate,
    _tail_note_gate,
    _small_print_gates,
    _marks_gate,
)


@GATE_EXAMPLES
@given(TEXTS)
def test_gates_give_the_patterns_answer_on_generated_text(text: str) -> None:
    for gate in GATES:
        gate(text)
    assert cues.shape(text) == _shape_by_findall(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_gates_give_the_patterns_answer_on_any_text(text: str) -> None:
    for gate in GATES:
        gate(text)
    assert cues.shape(text) == _shape_by_findall(text)


@pytest.mark.parametrize("gate", GATES, ids=lambda gate: gate.__name__)
def test_gates_give_the_patterns_answer_on_every_corpus_line(gate) -> None:
    assert len(CORPUS_LINES) > 1000
    for text in CORPUS_LINES:
        gate(text)


def test_counts_of_shape_are_the_patterns_on_every_corpus_line() -> None:
    for text in CORPUS_LINES:
        assert cues.shape(text) == _shape_by_findall(text), text


def test_role_hint_words_are_the_patterns_literals() -> None:
    """`_role_hint` splits the pattern at '|': it must stay a list of lowercase literals."""
    for word in bylines._ROLE_HINT_WORDS:
        assert word == re.escape(word) or word == "@", word
        assert word == word.lower(), word


def test_the_cached_byline_is_the_byline_read_afresh() -> None:
    read_afresh = bylines.parse_byline.__wrapped__
    for text in CORPUS_LINES:
        assert bylines.parse_byline(text) == read_afresh(text), text


@pytest.mark.parametrize("kept", [cues.shape, wire.strip_tags, wire.dateline], ids=lambda f: f.__name__)
def test_the_kept_answer_is_the_answer_read_afresh(kept) -> None:
    """Shapes, headlines without their tags and datelines are kept per text: each is the
    answer read afresh, and a text asked again is answered from what was kept."""
    kept.cache_clear()
    for text in CORPUS_LINES:
        assert kept(text) == kept.__wrapped__(text), text
    assert kept(CORPUS_LINES[-1]) is kept(CORPUS_LINES[-1])
    assert kept.cache_info().hits >= 1


def test_in_range_is_the_comparison_with_the_ends() -> None:
    from digest import moments

    for year in (1, 2, 9998, 9999):
        for month, day in ((1, 1), (1, 2), (12, 30), (12, 31)):
            for hours in (-12, 0, 14):
                zone = dt.timezone(dt.timedelta(hours=hours))
                for clock in (dt.time(0, 0), dt.time(23, 59, 59, 999999)):
                    moment = dt.datetime.combine(dt.date(year, month, day), clock, tzinfo=zone)
                    assert moments.in_range(moment) == (moments.EARLIEST <= moment <= moments.LATEST), moment


class _Counted:
    """A pattern that counts the calls it gets."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def __getattr__(self, name: str):
        method = getattr(self.pattern, name)

        def counted(*args, **kwargs):
            self.calls += 1
            return method(*args, **kwargs)

        return counted


PROSE = (
    "The regional water board said on Monday it would double the capacity of its desalination plant "
    "by 2027, after two summers in which reservoirs across the province fell below a third of their "
    "volume and farmers were told to cut their use."
)
HEADLINE = "Water board to double desalination capacity after two dry summers"


@pytest.mark.parametrize(
    ("module", "name", "text"),
    [
        (lines, "_CREDIT_SLASH", PROSE),
        (lines, "_CREDIT_PARENS", PROSE),
        (lines, "_CREDIT_SLASH", HEADLINE),
        (lines, "_CRUMBS", HEADLINE),
        (bylines, "_ROLE_HINT", HEADLINE),
        (bylines, "_BROADCAST_INTRO", HEADLINE),
        (lines, "_SELF", "Officials s" + PROSE[5:]),
        (lines, "_CREDIT_PHOTO", PROSE),
        (lines, "_CREDIT_BRACKETS", PROSE),
        (lines, "_PHONE", HEADLINE),
        (lines, "_NAME_TWICE", HEADLINE),
    ],
)
def test_the_expensive_pattern_is_not_run_on_lines_the_gate_skips(
    monkeypatch: pytest.MonkeyPatch, module, name: str, text: str
) -> None:
    """The gates are there: prose and a headline (most lines of a page) reach none of the
    patterns that try every position of a line, and get the same verdict."""
    counted = _Counted(getattr(module, name))
    monkeypatch.setattr(module, name, counted)
    if name == "_CRUMBS":
        monkeypatch.setattr(lines, "_MENUS", ((counted, "breadcrumbs", 2), *lines._MENUS[1:]))
    bylines.parse_byline.cache_clear()
    line = Line(1, text, text)
    classify(line, Context(DateReader(ZoneInfo("Asia/Seoul")), ChromeFilter()))
    assert counted.calls == 0
    assert line.verdict == ""


def test_a_stamp_line_is_searched_for_dates_once() -> None:
    """After the line's last date, no year is left: the date patterns are not tried again."""
    counted = [_Counted(pattern) for pattern in dates._PATTERNS]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_PATTERNS", tuple(counted))
        found = stamps.read_stamp_line("Published: 19 Nov. 2025, 15:15", DateReader(ZoneInfo("Asia/Seoul")))
    assert found is not None and [stamp.text for stamp in found.stamps] == ["19 Nov. 2025, 15:15"]
    assert [pattern.calls for pattern in counted] == [1] * len(counted)


ARTICLE = f"""date 2025-11-24 {HEADLINE}
Published: 24 Nov. 2025, 10:45
{PROSE}
{PROSE}
BY OH YE-JIN
with the Han River Times
"""


def test_the_page_naming_itself_is_looked_for_only_without_an_outlet_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(outlet, "_mentions", lambda found: calls.append(1) or [])
    reading = inspect_raw_text(Path("a.txt"), ARTICLE, ZoneInfo("Asia/Seoul"), ChromeFilter())
    assert reading.fields.outlet == "Han River Times"
    assert calls == []


class _Splits:
    """`_LAST_SENTENCE`, noting the maxsplit of each split."""

    def __init__(self) -> None:
        self.pattern = zones._LAST_SENTENCE
        self.maxsplits: list[int] = []

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        self.maxsplits.append(maxsplit)
        return self.pattern.split(text, maxsplit=maxsplit)


def test_a_first_paragraph_that_opens_the_story_is_not_split_into_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    splits = _Splits()
    monkeypatch.setattr(zones, "_LAST_SENTENCE", splits)
    body = [Line(3, PROSE + " " + PROSE, ""), Line(4, PROSE, "")]
    zones._glued_lead(body)
    assert len(body) == 2 and body[0].text == PROSE + " " + PROSE
    assert splits.maxsplits == [1]


def test_the_last_sentence_of_a_story_is_not_matched_against_the_small_print(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = _Counted(zones._TAIL_NOTE)
    monkeypatch.setattr(zones, "_TAIL_NOTE", counted)
    assert not zones._glued(PROSE)
    assert counted.calls == 0
    assert zones._glued("This article is not intended as financial advice.")
    assert counted.calls == 1


# The gates of the speed pass after the capture-tool rules (issue 20): each is checked as
# the ones above are, with words that reach the patterns they stand before.
_SPEED_WORDS = st.sampled_from(
    [
        *("An", "an", "A", "official", "Official", "OFFICIAL", "official,", "OFFICIAL,", "off\u0131cial,"),
        *("secure", "SECURE", "\u017fecure", "websites", ".gov", "website", "belongs", "use", "belong"),
        *("Here's", "here\u2019s", "HERE", "how", "you", "know", "of", "the", "State", "officials"),
        *("2025-03-04", "2025.3.4", "1999-12-31", "\uff12\uff1025-1-2", "news2025.04.15", "20.25", "2025-"),
    ]
)
SPEED_TEXTS = st.one_of(
    st.text(alphabet=_CHARS + "fcuhlg,.-", max_size=80),
    st.lists(st.one_of(_SPEED_WORDS, st.text(alphabet=_CHARS, max_size=6)), max_size=10).map(
        lambda words: " ".join(words)
    ),
    st.lists(_SPEED_WORDS, max_size=8).map("".join),
)


def _speed_pass_gates(text: str) -> None:
    if not lines._may_be_gov_banner(text):
        assert lines._GOV_BANNER.search(text) is None
    if source._GLUED_YEAR.search(text) is None:
        assert source._GLUED_DATE.search(text) is None


@GATE_EXAMPLES
@given(SPEED_TEXTS)
def test_the_speed_pass_gates_give_the_patterns_answer_on_generated_text(text: str) -> None:
    _speed_pass_gates(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_the_speed_pass_gates_give_the_patterns_answer_on_any_text(text: str) -> None:
    _speed_pass_gates(text)


def test_the_speed_pass_gates_give_the_patterns_answer_on_every_corpus_line() -> None:
    banners = (
        "An official website of the State of Oregon",
        "Official websites use .gov",
        "Share sensitive information only on official, secure websites.",
        "Secure .gov websites use HTTPS",
        "A .gov website belongs to an official government organization",
        "Here\u2019s how you know",
        "OFFICIAL, SECURE WEBSITES only, officials said",
    )
    for text in (*banners, *CORPUS_LINES):
        _speed_pass_gates(text)
    assert all(lines._may_be_gov_banner(text) and lines._GOV_BANNER.search(text) for text in banners)
    assert source._GLUED_DATE.search("Harbour News2025.04.15 20:14") is not None


def test_a_line_with_officials_in_it_is_not_searched_for_the_government_banner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = _Counted(lines._GOV_BANNER)
    monkeypatch.setattr(lines, "_GOV_BANNER", counted)
    text = "Officials s" + PROSE[5:] + " City officials, who asked not to be named, agreed."
    line = Line(1, text, text)
    classify(line, Context(DateReader(ZoneInfo("Asia/Seoul")), ChromeFilter()))
    assert counted.calls == 0
    assert line.verdict == ""
