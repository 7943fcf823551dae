"""Markdown to safe HTML, and escaping of plain article text.

Everything an editor or a scraper wrote is untrusted: Markdown is rendered, then
sanitized against an allow-list with nh3 (`digest.htmlsafe`), and sanitized again
wherever the fragment goes into a page, a feed or an e-mail.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterable

import markdown
from markdown.treeprocessors import InlineProcessor

from digest.htmlsafe import sanitize_html

_EXTENSIONS = ["tables", "fenced_code", "sane_lists", "smarty"]


# Python-Markdown tries every inline pattern on every text node (a Python call each), in
# two passes: its own (13 patterns) and smarty's (18). Most article text contains none of
# the characters any of them needs, so one regex search over the node settles it, and the
# node comes back unchanged, exactly as the patterns would have left it. About 60 % of the
# time of a convert on plain prose; the output is byte-identical.
#
# Each trigger holds for one exact pattern set, identified by a hash of the patterns'
# names and regex sources (`_patterns_hash`); a Markdown version that changes the set
# leaves that pass ungated (slower, never wrong), and tests/test_markup_gate.py says so.
#   inline: backtick '`', escape '\\', links, images and references '[', autolink,
#           automail and raw HTML '<', entity '&', emphasis '*' or '_', line break '  \n'.
#   smarty: ellipses '...', dashes '--', and fifteen quote patterns that each need ' or ".
_GATES = {
    "inline": (r"[`\\\[<&*_]|  \n", "0656434c5f3e9175fbc984ffeb1bba17"),
    "smarty": (r"['\"]|--|\.\.\.", "386cfcf161272cfb1b75a80bb2522b66"),
}


class _GatedInlineProcessor(InlineProcessor):
    """Skips a text in which no pattern of this pass can match. Overrides the private
    per-text method, which Python-Markdown calls for every text and tail, recursively."""

    gate: re.Pattern[str]

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if self.gate.search(data) is None:
            return data
        return InlineProcessor._InlineProcessor__handleInline(self, data, patternIndex)  # type: ignore[attr-defined]


def _patterns_hash(processor: InlineProcessor) -> str:
    h = hashlib.sha256()
    for name, pattern in sorted(processor.inlinePatterns._data.items()):  # no public view of names
        h.update(f"{name}\0{pattern.compiled_re.pattern}\0".encode())
    return h.hexdigest()[:32]


def _gate(converter: markdown.Markdown) -> markdown.Markdown:
    """Gate the converter's inline passes whose pattern sets are the ones `_GATES` knows."""
    for name, (trigger, expected) in _GATES.items():
        if name not in converter.treeprocessors:
            continue
        processor = converter.treeprocessors[name]
        if type(processor) is InlineProcessor and _patterns_hash(processor) == expected:
            processor.__class__ = _GatedInlineProcessor
            processor.gate = re.compile(trigger)
    return converter


def _new_converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=_EXTENSIONS, output_format="html")


_converter = _gate(_new_converter())


def _convert(text: str) -> str:
    """One conversion with the shared converter. A conversion that raises leaves it
    broken (a RecursionError deep in a nested list leaves the block parser's state
    stack full, and every later text then renders without paragraphs), so it is
    replaced by a new one."""
    global _converter
    _converter.reset()
    try:
        return _converter.convert(text)
    except BaseException:
        _converter = _gate(_new_converter())
        raise


# Python-Markdown's time grows with the square of the number of '[' and '<' in a text
# (4,000 '![' take 12 s), and it takes about 8 s per MB of ordinary prose. Real notes and
# articles stay far below these limits; above them we refuse rather than hang.
MAX_MARKDOWN_CHARS = 500_000
_MAX_COUNTS = {"[": 1000, "<": 2000}


class MarkupError(ValueError):
    """Markdown this module refuses to render (too big, too nested)."""


def _check_markdown(text: str) -> None:
    if len(text) > MAX_MARKDOWN_CHARS:
        raise MarkupError(f"Markdown text of {len(text):,} characters; the limit is {MAX_MARKDOWN_CHARS:,}")
    for char, limit in _MAX_COUNTS.items():
        count = text.count(char)
        if count > limit:
            raise MarkupError(f"Markdown text with {count:,} '{char}' characters; the limit is {limit:,}")


def render_markdown(text: str, on_error: Callable[[str], None] | None = None) -> str:
    """Markdown -> sanitized HTML. Root-relative links stay root-relative here;
    `routes.Router.rebase_html` points them at the site's base path when rendering.

    Raises MarkupError for text it refuses; with `on_error`, reports the message there
    instead and returns ''."""
    if not text.strip():
        return ""
    try:
        _check_markdown(text)
        try:
            converted = _convert(text)
        except RecursionError:
            raise MarkupError("Markdown nested too deeply (lists or quotes)") from None
    except MarkupError as exc:
        if on_error is None:
            raise
        on_error(str(exc))
        return ""
    # Python-Markdown passes raw HTML through; the allow-list is what makes it safe.
    return sanitize_html(converted)


def paragraphs_html(paragraphs: Iterable[str]) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
