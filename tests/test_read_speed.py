"""Fast paths of reading (issue 20: reading 10,000 raw articles stays within 10 % of the
reader before it). Each must give what the plain path gives: a sketch's words and its
smallest shingles, and a chrome pattern with a lookahead before it."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import digest.content.similar as similar
from digest.content.readers.chrome import DEFAULT_CHROME_PATTERNS
from digest.content.similar import SKETCH_SIZE
from tests.test_reader_gates import _CHARS, CORPUS_LINES, GATE_EXAMPLES


def test_the_fast_paths_of_a_sketch_give_what_the_plain_ones_give(monkeypatch: pytest.MonkeyPatch) -> None:
    """An ASCII text's words split as bytes, and the smallest shingles taken from those
    below a bound (all of them when too few fall under it), are the plain reading's."""
    rng = random.Random(7)
    words = ["Port", "ferry", "said", "3,400", "late-night", "Korea's", "under_score", "x", "\t-\x0b"]
    vocabulary = [*words, "(AP)\x1f", "!!"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 900))) for _ in range(60)]
    for text in texts:
        normalized = similar._normalized(text)
        assert normalized == " ".join(similar._words(text)).encode("utf-8")
        word_ids = similar._word_ids(normalized)
        assert similar._smallest(word_ids) == sorted(similar._shingles(word_ids))[:SKETCH_SIZE]
    long_ids = similar._word_ids(similar._normalized(max(texts, key=len)))
    assert len(long_ids) > 4 * SKETCH_SIZE
    monkeypatch.setattr(similar, "_HASH_SPAN", 1)  # the bound at the lowest hash: none under it
    assert similar._smallest(long_ids) == sorted(similar._shingles(long_ids))[:SKETCH_SIZE]


# The cookie prompt's chrome pattern as it was written before its lookahead.
_COOKIES_PLAIN = r".*\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.*"
_COOKIE_WORDS = st.sampled_from(["we", "We", "use", "uses", "cookies", "COOKIES", "this", "site", "Our"])
_COOKIE_LINES = (
    "We use cookies.",
    "Our site uses cookies to ...",
    "this \u017fite uses cookies",  # the long s folds to s
    "We use cookiesx",
)


def _cookie_lookahead(line: str) -> None:
    fast = next(p for p in DEFAULT_CHROME_PATTERNS if p.startswith("(?=.*cookies)"))
    assert fast == "(?=.*cookies)" + _COOKIES_PLAIN
    plain = re.fullmatch(_COOKIES_PLAIN, line, re.I)
    assert (re.fullmatch(fast, line, re.I) is None) == (plain is None), line


@GATE_EXAMPLES
@given(st.lists(st.one_of(_COOKIE_WORDS, st.text(alphabet=_CHARS, max_size=6)), max_size=10).map(" ".join))
def test_the_cookie_prompts_lookahead_keeps_the_patterns_answer(text: str) -> None:
    _cookie_lookahead(text)


def test_the_cookie_prompts_lookahead_keeps_the_patterns_answer_on_every_corpus_line() -> None:
    for line in (*_COOKIE_LINES, *CORPUS_LINES):
        _cookie_lookahead(line)
    assert [re.fullmatch(_COOKIES_PLAIN, line, re.I) is not None for line in _COOKIE_LINES] == [1, 1, 1, 0]


# The control bytes `decode` counted with a pattern before it counted them by deleting them.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def test_the_binary_bytes_counted_by_deleting_them_are_the_patterns() -> None:
    """`decode` counts a file's control bytes by deleting them: the bytes the pattern
    matches, and as many of them."""
    from digest.content.readers import encoding

    matched = {code for code in range(256) if _BINARY_BYTES.fullmatch(bytes([code]))}
    assert matched == set(encoding._BINARY_SET)
    rng = random.Random(3)
    for _ in range(300):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))
        deleted = len(data) - len(data.translate(None, encoding._BINARY_SET))
        assert deleted == len(_BINARY_BYTES.findall(data))


@given(st.text(max_size=300))
def test_an_ascii_sample_is_not_searched_for_hangul(text: str) -> None:
    """`detect_language` takes an ASCII sample for one without Hangul, unsearched."""
    from digest.content.language import detect_language
    from digest.text import HANGUL

    if text.isascii():
        assert HANGUL.search(text) is None
    plain = "" if HANGUL.search(text[:2000]) is None else None
    if plain == "":
        assert detect_language(text) == ""
