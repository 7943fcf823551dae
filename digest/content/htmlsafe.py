"""HTML fragments from content (Markdown bodies, commentary, intros), kept safe on the way out.

A fragment is sanitized against an allow-list with nh3 (the Ammonia sanitizer, on
html5ever, the same HTML parser rules a browser follows) when its Markdown is rendered,
and again at every output boundary: a page (the `rebase` and `sanitize` template
filters), a feed entry's content and the e-mail edition's fragments. Whatever a later
step did to the text, what leaves is what the allow-list lets through.

URLs are rewritten inside that same pass: nh3 parses the fragment and hands each
attribute's decoded value to a callback, so a rewrite sees `href` and `src` values and
nothing else. (A regex over the serialized HTML also matched `src=x` inside an `alt`
text and turned it into live attributes.) A rewritten URL is checked again: only
http, https and mailto, or a relative URL, survive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from urllib.parse import urljoin

import nh3
from markupsafe import Markup

from digest.text import drop_controls

# What Markdown may produce and what a fragment may hold.
CONTENT_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "strong", "sub",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "figure", "figcaption",
    }
)  # fmt: skip
CONTENT_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener noreferrer"

# At a boundary the fragment was sanitized once already: its links carry LINK_REL, which
# is kept as it is (nh3 would otherwise strip and re-add it, and add it to a theme's own
# links in a feed entry).
_AGAIN_ATTRIBUTES = {**CONTENT_ATTRIBUTES, "a": {"href", "title", "rel"}}
# A feed entry is the theme's feed_entry.html around fragments: the same allow-list,
# plus the URL attributes a theme may use there, and `lang` on paragraphs and quotes.
_FEED_ATTRIBUTES = {
    **_AGAIN_ATTRIBUTES,
    "img": {*CONTENT_ATTRIBUTES["img"], "srcset"},
    "p": {"lang"},  # the editor's words, where their language is not the content's
    "blockquote": {"cite", "lang"},
    "q": {"cite"},
    "del": {"cite"},
    "ins": {"cite"},
}
_URL_ATTRIBUTES = frozenset({"href", "src", "cite", "srcset"})
# What a browser ignores in a URL before reading its scheme: leading and trailing C0
# controls and spaces, and tabs and newlines anywhere.
_URL_NOISE_ENDS = "".join(map(chr, range(0x21)))
_URL_NOISE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")

_FIRST = nh3.Cleaner(
    tags=set(CONTENT_TAGS), attributes=CONTENT_ATTRIBUTES, url_schemes=set(URL_SCHEMES), link_rel=LINK_REL
)

Resolver = Callable[[str], str]


def sanitize_html(fragment: str) -> str:
    """The first sanitizing, of freshly rendered Markdown (or any untrusted HTML).
    Control characters go first: Python-Markdown's own placeholders (U+0002 ... U+0003)
    are made of them when one leaks into an attribute (a link title ending in a
    backslash), and lxml refuses such a value where the e-mail edition is checked."""
    return _FIRST.clean(drop_controls(fragment))


def allowed_url(url: str) -> bool:
    """Whether a URL is relative or uses an allowed scheme, read as a browser reads it."""
    scheme = _SCHEME.match(_URL_NOISE.sub("", url.strip(_URL_NOISE_ENDS)))
    return scheme is None or scheme.group(1).lower() in URL_SCHEMES


def allowed_srcset(value: str) -> bool:
    return all(allowed_url(c.strip().partition(" ")[0]) for c in value.split(",") if c.strip())


def _url_filter(resolve: Resolver) -> Callable[[str, str, str], str | None]:
    def attribute(_tag: str, name: str, value: str) -> str | None:
        if name not in _URL_ATTRIBUTES:
            return value
        if name == "srcset":
            candidates = [_candidate(c, resolve) for c in value.split(",") if c.strip()]
            return None if None in candidates else ", ".join(c for c in candidates if c)
        resolved = _resolved(value, resolve)
        return resolved if resolved is not None and allowed_url(resolved) else None

    return attribute


def _resolved(url: str, resolve: Resolver) -> str | None:
    """The URL resolved, or None where it cannot be ('//6x]y' is an IPv6 host left open,
    which `urljoin` refuses): no browser follows it, so the attribute goes. (Raised inside
    the cleaner's callback, the error would be swallowed there and only reported.)"""
    try:
        return resolve(url)
    except ValueError:
        return None


def _candidate(candidate: str, resolve: Resolver) -> str | None:
    url, _, descriptor = candidate.strip().partition(" ")
    resolved = _resolved(url, resolve)
    if resolved is None or not allowed_url(resolved):
        return None
    return f"{resolved} {descriptor.strip()}".strip()


def boundary_cleaner(resolve: Resolver | None = None) -> nh3.Cleaner:
    """A sanitizer for fragments at an output boundary, rewriting URLs with `resolve`."""
    return nh3.Cleaner(
        tags=set(CONTENT_TAGS),
        attributes=_AGAIN_ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        attribute_filter=_url_filter(resolve) if resolve else None,
    )


_AGAIN = boundary_cleaner()


def sanitize_again(fragment: str) -> Markup:
    """A fragment sanitized again, as it goes into a page (the `sanitize` filter)."""
    return Markup(_AGAIN.clean(fragment))


# The page a feed entry's URLs are resolved against, read by the feed cleaner's callback:
# one Cleaner serves every entry (making one per entry costs a tenth more).
_PAGE_URL: ContextVar[str] = ContextVar("page_url")


def _resolve_on_page(value: str) -> str:
    return urljoin(_PAGE_URL.get(), value.strip()) if value.strip() else value


_FEED = nh3.Cleaner(
    tags=set(CONTENT_TAGS),
    attributes=_FEED_ATTRIBUTES,
    url_schemes=set(URL_SCHEMES),
    link_rel=None,
    attribute_filter=_url_filter(_resolve_on_page),
)


def absolutize(fragment: str, page_url: str) -> str:
    """A feed entry's HTML, sanitized, with every URL attribute resolved against the
    absolute URL of the page it appears on, exactly as a browser would there:
    root-relative (`/x`), relative (`../x`, `x.png`), fragment-only (`#s`) and
    scheme-relative (`//host/x`) alike."""
    token = _PAGE_URL.set(page_url)
    try:
        return _FEED.clean(fragment)
    finally:
        _PAGE_URL.reset(token)
