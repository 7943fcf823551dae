"""Text normalization shared by readers, notes and routes."""

from __future__ import annotations

import functools
import re
import unicodedata

# XML 1.0 forbids these; they also have no business in a web page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# One Hangul syllable (precomposed, U+AC00-U+D7A3): the mark of Korean text for the
# reader, the language guess and the page's reading-time count.
HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SLUG_DROP = re.compile(r"[^\w\s-]", re.UNICODE)
_SLUG_SPACE = re.compile(r"[\s_-]+", re.UNICODE)


def drop_controls(text: str) -> str:
    """The text without the characters XML refuses (tabs and line ends are kept)."""
    return _CONTROL.sub("", text)


def clean_text(text: str) -> str:
    """NFC-normalize and drop control characters (tabs and newlines are kept)."""
    return drop_controls(unicodedata.normalize("NFC", text))


def single_line(text: str) -> str:
    """Text from outside (a page's outlet name, a feed's title) for a comment line or a
    terminal: no control character (no escape sequence), runs of white space, line
    breaks included, as one space."""
    return " ".join(clean_text(text).split())


# An absolute http(s) URL without whitespace, '<', '"' or '`': in a link those are a
# paste error or an attack (HTML re-serializers such as the e-mail CSS inliner unescape
# them inside attributes), never a real page.
_HTTP_URL = re.compile(r"https?://[^\s<\"`]+")


def is_http_url(text: str) -> bool:
    return _HTTP_URL.fullmatch(text) is not None


# A slug names a folder of output/. Most file systems stop at 255 bytes a name, and a
# longer one failed the build with "File name too long". 200 bytes (66 Hangul syllables)
# leaves a margin, and is far beyond any real tag or file name.
MAX_SLUG_BYTES = 200


def slug_too_long(slug: str) -> str:
    """What is wrong with a slug too long for a folder name, or '' when it fits. Too long
    is an error, not a slug cut short with a hash: a URL is permanent, and its reader and
    its author should both be able to tell it from the name it was made of."""
    size = len(slug.encode("utf-8"))
    if size <= MAX_SLUG_BYTES:
        return ""
    return f"its URL slug is {size} bytes of UTF-8, over the limit of {MAX_SLUG_BYTES}"


# Tags repeat on every item and each article's slug is asked for by several pages:
# 40,000 calls for 10,000 articles, of a few thousand distinct texts.
@functools.lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """A URL segment: lowercase, words joined by '-', Hangul and other letters kept.

    Never contains '/', '.', or control characters, so a slug can't climb out of output/.
    Returns '' for text with no letters or digits; callers treat that as an error.
    """
    text = clean_text(text).lower()
    text = _SLUG_DROP.sub(" ", text)
    return _SLUG_SPACE.sub("-", text).strip("-")


def outlet_slug(name: str) -> str:
    """The slug of an outlet's page (`content.outlets`), or '' when it has none: a name
    without letters or digits, or one too long for a folder."""
    slug = slugify(name) if name else ""
    return slug if slug and not slug_too_long(slug) else ""


def plural(count: int, noun: str) -> str:
    """'1 article', '2 articles'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
