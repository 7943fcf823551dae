"""Markdown that would take Python-Markdown too long, refused before it runs.

Python-Markdown's time is not linear in its input. Inside one block of lines (the text
between two blank lines):

- every inline match (a quote, `*`, `_`, a backtick, `&`, `\\`, `--`, `...`, a hard line
  break, and `<` about fifteen times as dear) rebuilds the text node it is in: the time
  grows with the number of such characters times the block's length (400,000 characters
  of `"'` took 264 s);
- every `[` is followed, character by character in Python, to its closing `]` (and a
  link's `(` to its `)`), or to the end of the block when there is none (1,000 open `[`
  in 500,000 characters: 51 s);
- every heading or rule line (`#`, `---`, `***`, `===`) splits the block, and the rest is
  searched again by each block processor (25,000 `***` lines in one block: 30 s).

(The fourth superlinear path, a sibling's position found by a scan of all its siblings,
is fixed in `markup`: its time is now linear.) `check_markdown` estimates that work in
one linear pass, as a count of "units" of about 0.25 ns (the weights below were measured
on the worst input of each kind), and refuses a text whose work exceeds
`UNITS_PER_CHARACTER` per character of the text plus a small allowance, so a text's
time is bounded by its length, for one 500,000-character article as for 10,000 short
commentaries in one notes file. Text that real writing produces is far below: a
paragraph would need thousands of quotes, or hundreds of open brackets, to come close.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_MARKDOWN_CHARS = 500_000
# Whole-text caps kept from before the estimate (Python-Markdown's raw-HTML and link
# handling have other costs per '<' and '[' as well).
MAX_COUNTS = {"[": 1000, "<": 2000}
# About 5 µs per character on top of Python-Markdown's ordinary 8 s per MB of prose, and
# 2.5 ms for any text however short.
UNITS_PER_CHARACTER = 20_000
ALLOWANCE = 10_000_000

# Quotes and entities weigh two: their patterns leave more placeholders than the others.
_CHEAP = {"`": 1, "\\": 1, "&": 2, "*": 1, "_": 1, "'": 2, '"': 2, "--": 1, "...": 1, "  \n": 1}
_WEIGHT_LT = 15
_WEIGHT_SCAN = 500
_WEIGHT_SPLIT = 120
# Each block costs about 50 µs whatever its length (every block processor is tried on it).
_WEIGHT_BLOCK = 200_000
# A '<' left open: the raw-HTML preprocessor looks for its end through the rest of the
# whole text (1,999 unclosed '<b' in 500,000 characters: 6.7 s).
_WEIGHT_OPEN_TAG = 27
_OPEN_TAG = re.compile(r"<[^<>]*(?=<|\Z)")
# A code fence: the fenced-code preprocessor searches the whole text again from its start
# for every fenced block and rebuilds it around the block's placeholder.
_FENCE = re.compile(r"^[ \t>]*(?:```|~~~)", re.MULTILINE)
# A line that may become an ATX heading, a rule or a setext underline, also inside a
# quote or a list item (over-counting is safe: it only makes the estimate higher).
_SPLITTER = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)*(?:#|[-*_=][-*_= \t]*$)", re.MULTILINE)
_BRACKETS = re.compile(r"[\[\]()]")
_SEPARATOR = re.compile(r"\n(?:[ \t]*\n)+")
# A block this short costs at most its length times its weighted counts; all of them
# together are bounded from the whole text's counts (`_weighted_counts`) without a look
# at each.
_SHORT_BLOCK = 100


class MarkupError(ValueError):
    """Markdown refused (too big, too costly, too nested). `line` is where in the text
    the problem is (1-based) when one place is to blame; the message then says so, and
    a caller that knows where the text starts in its file can use `detail` and `line`."""

    def __init__(self, detail: str, line: int | None = None) -> None:
        super().__init__(f"{detail} (line {line} of the text)" if line else detail)
        self.detail = detail
        self.line = line


@dataclass(frozen=True)
class _Block:
    start: int  # offset of the block in the text
    text: str

    def costs(self) -> dict[str, tuple[int, str]]:
        """{kind: (units, what the user sees)} for each kind of work in this block."""
        text, length = self.text, len(self.text)
        cheap, count = _cheap(text), sum(map(text.count, _CHEAP))
        lt = text.count("<")
        splitters = len(_SPLITTER.findall(text))
        scanned, open_brackets = _bracket_scans(text)
        return {
            "markup": (cheap * length, f"{count:,} quote and markup characters (\" ' * _ ` & \\ -- ...)"),
            "<": (_WEIGHT_LT * lt * length, f"{lt:,} '<'"),
            "lines": (
                _WEIGHT_SPLIT * splitters * length,
                f"{splitters:,} heading and rule lines (# --- *** ===)",
            ),
            "[": (_WEIGHT_SCAN * scanned, f"{open_brackets:,} '[' or '(' closed far away or not at all"),
        }


def _blocks(text: str) -> Iterator[_Block]:
    """The runs of lines without a blank line between them, as the block parser sees
    them (a line of spaces and tabs is blank)."""
    start = 0
    for separator in _SEPARATOR.finditer(text):
        yield _Block(start, text[start : separator.start()])
        start = separator.end()
    yield _Block(start, text[start:])


def _bracket_scans(text: str) -> tuple[int, int]:
    """How far Python-Markdown's link parser walks, character by character: from each
    '[' to its closing ']', from each '(' that follows a ']' to its ')', or to the end
    of the block. Returns that total and the number of brackets walked more than 200
    characters (for the message)."""
    total = far = 0
    squares: list[int] = []
    rounds: list[int] = []
    after_square = -2
    for match in _BRACKETS.finditer(text):
        char, at = match.group(), match.start()
        if char == "[":
            squares.append(at)
        elif char == "]" and squares:
            distance = at - squares.pop()
            total, far = total + distance, far + (distance > 200)
            after_square = at
        elif char == "(" and (rounds or at == after_square + 1):
            rounds.append(at)
        elif char == ")" and rounds:
            distance = at - rounds.pop()
            total, far = total + distance, far + (distance > 200)
    for at in squares + rounds:  # never closed: walked to the end
        distance = len(text) - at
        total, far = total + distance, far + (distance > 200)
    return total, far


def _weighted_counts(text: str) -> int:
    """The text's markup characters, heading and rule lines and brackets, weighted."""
    cheap = _cheap(text)
    splitters = len(_SPLITTER.findall(text))
    brackets = text.count("[") + text.count("(")
    return cheap + _WEIGHT_LT * text.count("<") + _WEIGHT_SPLIT * splitters + _WEIGHT_SCAN * brackets


def _block_count(text: str) -> int:
    return len(_SEPARATOR.findall(text.strip())) + 1


def _cheap(text: str) -> int:
    return sum(weight * text.count(markup) for markup, weight in _CHEAP.items())


def _fences(text: str) -> int:
    return len(_FENCE.findall(text))


# Lists and quotes nested deeper than this are refused. Python-Markdown parses each level by
# recursion: up to 3.11.3 a few hundred levels raised RecursionError, and 3.11.4 stops
# nesting short of the interpreter's limit and keeps the deeper markers as text. The limit
# is digest's own, so every version refuses the same texts; no writing nests this deep.
MAX_NESTING = 64
NESTED_TOO_DEEPLY = "Markdown nested too deeply (lists or quotes)"
# A line's opening markers: its indentation, then list markers ('- ', '1. ') and quote marks.
_OPENING_MARKERS = re.compile(r"^[ \t]*(?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])[ \t]+)+", re.M)
_MARKER = re.compile(r">|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])")
_INDENT = 4  # spaces of a list level (Python-Markdown's tab length)


def nesting(text: str) -> int:
    """The deepest nesting of lists and quotes a line opens (its indentation in levels of
    four spaces, and the markers after it), at least `MAX_NESTING` deep, else 0: one
    pass over the text, and a closer look only at a line that opens with that many
    characters of markers and spaces."""
    deepest = 0
    for found in _OPENING_MARKERS.finditer(text):
        opening = found.group()
        if len(opening) < MAX_NESTING:
            continue  # (speed) too short to open that many levels
        if found.end() == len(text) or text[found.end()] == "\n":
            continue  # markers alone: a rule of spaced dashes or stars ('- - - -'), no list
        spaces = len(opening) - len(opening.lstrip(" \t"))
        deepest = max(
            deepest,
            opening.count("\t", 0, spaces)
            + (spaces - opening.count("\t", 0, spaces)) // _INDENT
            + len(_MARKER.findall(opening)),
        )
    return deepest if deepest > MAX_NESTING else 0


def check_markdown(text: str) -> None:
    """Raise MarkupError for a text Python-Markdown would take too long on, or that nests
    deeper than `MAX_NESTING`."""
    if len(text) > MAX_MARKDOWN_CHARS:
        raise MarkupError(f"Markdown text of {len(text):,} characters; the limit is {MAX_MARKDOWN_CHARS:,}")
    if nesting(text):
        raise MarkupError(NESTED_TOO_DEEPLY)
    for char, limit in MAX_COUNTS.items():
        count = text.count(char)
        if count > limit:
            raise MarkupError(f"Markdown text with {count:,} '{char}' characters; the limit is {limit:,}")
    budget = UNITS_PER_CHARACTER * len(text) + ALLOWANCE
    length, lines, lt = len(text), text.count("\n") + 1, text.count("<")
    # First from counts alone: one block holding the whole text costs the most, every
    # '<' may be an open tag, and every line a heading, a fence and a block of its own.
    brackets = text.count("[") + text.count("(")
    per_character = _cheap(text) + (_WEIGHT_LT + _WEIGHT_OPEN_TAG) * lt + _WEIGHT_SCAN * brackets
    if length * (per_character + (_WEIGHT_SPLIT + 1) * lines) + _WEIGHT_BLOCK * lines <= budget:
        return
    # Then the work over the whole text, and the blocks' work bounded as if one.
    totals = {"fences": length * _fences(text), "open tags": length * _WEIGHT_OPEN_TAG * _open_tags(text)}
    counts = _weighted_counts(text)
    if sum(totals.values()) + length * counts + _WEIGHT_BLOCK * lines <= budget:
        return
    # Then block by block.
    totals["blocks"] = _WEIGHT_BLOCK * _block_count(text)
    if sum(totals.values()) > budget:
        _refuse(text, totals, {})
    totals["short blocks"] = _SHORT_BLOCK * counts
    worst: dict[str, tuple[int, _Block, str]] = {}
    for block in _blocks(text):
        if len(block.text) <= _SHORT_BLOCK:
            continue
        for kind, (units, what) in block.costs().items():
            totals[kind] = totals.get(kind, 0) + units
            if kind not in worst or units > worst[kind][0]:
                worst[kind] = (units, block, what)
    if sum(totals.values()) > budget:
        _refuse(text, totals, worst)


def _open_tags(text: str) -> int:
    return len(_OPEN_TAG.findall(text))


def _refuse(text: str, totals: dict[str, int], worst: dict[str, tuple[int, _Block, str]]) -> None:
    """Raise the MarkupError that names the largest part of the work."""
    kind = max(totals, key=lambda k: totals[k])
    if kind in ("blocks", "short blocks"):
        raise MarkupError(
            f"{_block_count(text):,} paragraphs and other blocks of lines in {len(text):,} "
            "characters; Markdown spends about as long on a short block as on a paragraph"
        )
    if kind == "open tags":
        raise MarkupError(
            f"{_open_tags(text):,} '<' that no '>' closes before the next '<', in {len(text):,} "
            "characters; Markdown's HTML reader searches the rest of the text for each"
        )
    if kind == "fences":
        raise MarkupError(
            f"{_fences(text):,} code fences (``` or ~~~) in {len(text):,} characters; Markdown's "
            "time grows with their number times the length of the text"
        )
    _, block, what = worst[kind]
    raise MarkupError(
        f"too much markup for its length: the {len(block.text):,} characters from here to the "
        f"next blank line hold {what}, and Markdown's time grows with their number times that "
        "length; put blank lines between paragraphs, or use fewer",
        text.count("\n", 0, block.start) + 1,
    )
