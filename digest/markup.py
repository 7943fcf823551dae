"""Markdown to safe HTML, and escaping of plain article text.

Everything an editor or a scraper wrote is untrusted: Markdown is rendered, then
sanitized against an allow-list with nh3 (the Ammonia sanitizer), which also normalizes
the HTML so later URL rewriting can rely on `href="..."` with double quotes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

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


def sanitize_html(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_markdown(text: str) -> str:
    """Markdown -> sanitized HTML. Root-relative links stay root-relative here;
    `routes.Router.rebase_html` points them at the site's base path when rendering."""
    if not text.strip():
        return ""
    _converter.reset()
    # Python-Markdown passes raw HTML through; the allow-list is what makes it safe.
    return sanitize_html(_converter.convert(text))


def paragraphs_html(paragraphs: Iterable[str]) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
