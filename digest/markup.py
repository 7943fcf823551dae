"""Markdown to safe HTML, and escaping of plain article text.

Everything an editor or a scraper wrote is untrusted: Markdown is rendered, then
sanitized against an allow-list with nh3 (the Ammonia sanitizer), which also normalizes
the HTML so later URL rewriting can rely on `href="..."` with double quotes.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

import markdown
import nh3

_ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
    "figure",
    "figcaption",
}
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
}
_URL_SCHEMES = {"http", "https", "mailto"}
_EXTENSIONS = ["tables", "fenced_code", "sane_lists", "smarty"]

_converter = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")

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


def sanitize_html(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_markdown(text: str, on_error: Callable[[str], None] | None = None) -> str:
    """Markdown -> sanitized HTML. Root-relative links stay root-relative here;
    `routes.Router.rebase_html` points them at the site's base path when rendering.

    Raises MarkupError for text it refuses; with `on_error`, reports the message there
    instead and returns ''."""
    if not text.strip():
        return ""
    try:
        _check_markdown(text)
        _converter.reset()
        try:
            converted = _converter.convert(text)
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
