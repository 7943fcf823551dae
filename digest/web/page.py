"""A fetched web page made into the file `digest add` keeps: `content/articles/<id>.html`.

The page is kept as the server sent it, with three changes, all in its head:

- It is re-encoded to UTF-8, and its charset declaration says so. The charset a server
  names in its Content-Type header is lost when the page is saved, and digest's reader
  would then have to guess a legacy encoding (EUC-KR, say) from the bytes; a guess can
  be wrong on a short page. Decoding here, with the header in hand, and saving UTF-8
  makes the file read the same way by digest, a browser or an editor.
- An XML declaration is dropped: lxml refuses an already-decoded page that declares
  an encoding, and an HTML reader ignores it.
- A `<link rel="canonical">` with the page's address is added when it has none, so the
  file says where it came from, and digest's reader finds its source link and (from
  the address) an outlet name.
"""

from __future__ import annotations

import codecs
import html
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from digest.content.hygiene import strip_tracking
from digest.content.readers.encoding import decode
from digest.errors import DigestError
from digest.web.http import is_fetchable

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Types a server sends when it does not know; the bytes decide then.
_UNKNOWN_TYPES = frozenset({"", "application/octet-stream", "text/plain"})
# The WHATWG encoding standard's names for what Python calls otherwise: browsers read
# "euc-kr" as Windows-949 (a superset) and "iso-8859-1" as Windows-1252, and pages
# labelled so are written for browsers.
_LABELS = {
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "windows-949": "cp949",
    "x-windows-949": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Where a page declares its charset: in the first 1024 bytes, by the HTML standard; a
# few more are allowed, as pages with long comments first exist.
_PRESCAN = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
# A charset declaration in the page: <meta charset=...> or <meta http-equiv=Content-Type ...>.
_DECLARATION = re.compile(
    r"""<meta\s[^>]*(?:charset\s*=|http-equiv\s*=\s*["']?content-type)[^>]*>\s*""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*", re.IGNORECASE)
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
_HTML_START = re.compile(r"<html(?:\s[^>]*)?>", re.IGNORECASE)
_CANONICAL = re.compile(r"""<link\s[^>]*rel\s*=\s*["']?[^"'>]*\bcanonical\b""", re.IGNORECASE)


def is_html(media_type: str, body: bytes) -> bool:
    """Whether an answer is an HTML page: by its type, or, when the server names none
    that says, by how it starts."""
    if media_type in HTML_TYPES:
        return True
    if media_type not in _UNKNOWN_TYPES:
        return False
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:_PRESCAN].lower()
    return start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith((b"<?xml", b"<!--", b"<head")) and b"<html" in start
    )


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    name = _LABELS.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def page_charset(content_type: str, body: bytes) -> str | None:
    """The page's encoding as Python names it: a byte-order mark, else the server's
    Content-Type header, else the page's own <meta>; None when nothing usable is named."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return encoding
    if (match := _CHARSET_PARAM.search(content_type)) and (codec := _codec(match[1])):
        return codec
    if match := _META_CHARSET.search(body[:_PRESCAN]):
        return _codec(match[1].decode("ascii", "replace"))
    return None


def page_text(content_type: str, body: bytes, url: str) -> str:
    """The page's text, decoded by the charset it is served with, or, without one (or
    when the bytes are not in it), as digest reads any file: UTF-8, then the legacy
    encodings it detects."""
    charset = page_charset(content_type, body)
    if charset is not None:
        try:
            return body.decode(charset)
        except UnicodeDecodeError:
            pass  # a page mislabelled: the bytes decide
    try:
        return decode(body, Path(urlsplit(url).path or "/"))
    except DigestError as error:
        raise DigestError(error.problem.message) from None


def canonical_url(text: str, final_url: str) -> str:
    """Where the page says it lives (`<link rel="canonical">`, resolved against the URL
    it was fetched from), else that URL; without tracking parameters or fragment.

    A canonical link to the site's front page, from a page that is not the front page,
    is ignored: paywalls and broken templates say that of every article."""
    found = _canonical_href(text)
    url = final_url
    if found:
        candidate = urljoin(final_url, found)
        front = urlsplit(candidate).path in ("", "/") and urlsplit(final_url).path not in ("", "/")
        if is_fetchable(candidate) and not front:
            url = candidate
    return strip_tracking(url.split("#", 1)[0])


def _canonical_href(text: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(text)
    except Exception:  # untrusted markup: no canonical link then
        return ""
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and (href := (link.get("href") or "").strip()):
            return href
    return ""


def saved_page(text: str, canonical: str) -> bytes:
    """The file to keep: the page in UTF-8, declaring it, with a canonical link."""
    text = _XML_DECLARATION.sub("", text, count=1)
    head_end = text.lower().find("</head>")
    limit = head_end if head_end >= 0 else min(len(text), 8192)
    head = _DECLARATION.sub("", text[:limit])
    added = '<meta charset="utf-8">\n'
    if not _CANONICAL.search(head):
        added += f'<link rel="canonical" href="{html.escape(canonical, quote=True)}">\n'
    text = head + text[limit:]
    if match := _HEAD.search(text):
        at = match.end()
        text = text[:at] + "\n" + added + text[at:]
    elif match := _HTML_START.search(text):
        text = text[: match.end()] + "\n<head>\n" + added + "</head>" + text[match.end() :]
    else:
        text = added + text
    return text.encode("utf-8")
