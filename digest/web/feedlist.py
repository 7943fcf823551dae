"""`digest add --feed`: the entries of an RSS, Atom or JSON feed, or of every feed an OPML
subscription list names, read from a URL or a file, newest first.

RSS and Atom are read by feedparser (every RSS version, Atom 0.3 and 1.0, their date
formats and relative links), JSON Feed with the json module (feedparser 6 does not read
it), OPML with ElementTree (its expat refuses external entities and entity bombs).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from digest.content.hygiene import link_key
from digest.content.readers.encoding import MAX_FILE_BYTES
from digest.text import single_line
from digest.web.http import Client, FetchError, is_fetchable

ACCEPT_FEED = (
    "application/rss+xml, application/atom+xml, application/feed+json, text/x-opml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, */*;q=0.1"
)
JSON_FEED_VERSION = "https://jsonfeed.org/version/"


class FeedError(Exception):
    """A feed or list that cannot be read, with a one-line reason."""


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    published: dt.datetime | None  # aware (UTC); None when the feed gives no date
    feed: str  # the feed it is listed in


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def _load(source: str, client: Client) -> bytes:
    if is_url(source):
        try:
            response = client.get(source, accept=ACCEPT_FEED)
        except FetchError as error:
            raise FeedError(error.message) from None
        if not response.ok:
            raise FeedError(response.status_line)
        return response.body
    path = Path(source)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FeedError(f"larger than {MAX_FILE_BYTES // 1024 // 1024} MB")
        return path.read_bytes()
    except OSError as error:
        raise FeedError(f"cannot read the file: {error.strerror or error}") from None


def read_feeds(sources: list[str], client: Client) -> tuple[list[Entry], list[tuple[str, str]]]:
    """The entries of every source (a feed, or an OPML list of feeds), newest first,
    each link once; and (source, reason) for each source that could not be read."""
    entries: list[Entry] = []
    problems: list[tuple[str, str]] = []
    pending = list(sources)
    while pending:
        source = pending.pop(0)
        try:
            data = _load(source, client)
            listed = opml_feeds(data, source)
            if listed is not None:
                pending[:0] = listed
                continue
            entries.extend(feed_entries(data, source))
        except FeedError as error:
            problems.append((source, str(error)))
    return newest_first(entries), problems


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Dated entries newest first, then undated ones in the order they were listed;
    each link (as `link_key` compares them) once."""
    ordered = sorted(
        entries, key=lambda e: (e.published is None, -e.published.timestamp() if e.published else 0)
    )
    seen: set[str] = set()
    unique = []
    for entry in ordered:
        key = link_key(entry.url)
        if key not in seen:
            seen.add(key)
            unique.append(entry)
    return unique


def opml_feeds(data: bytes, source: str) -> list[str] | None:
    """The feed URLs of an OPML list (every outline's xmlUrl, nested folders too), or
    None when the data is not OPML."""
    if b"<opml" not in data[:4096].lower():
        return None
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise FeedError(f"not well-formed OPML: {error}") from None
    if root.tag.lower() != "opml":
        return None
    feeds: list[str] = []
    for outline in root.iter("outline"):
        url = next((value for name, value in outline.attrib.items() if name.lower() == "xmlurl"), "")
        url = urljoin(source, url.strip()) if is_url(source) else url.strip()
        if is_fetchable(url) and url not in feeds:
            feeds.append(url)
    if not feeds:
        raise FeedError("the OPML list names no feed (no outline with an xmlUrl)")
    return feeds


def feed_entries(data: bytes, source: str) -> list[Entry]:
    """The entries of an RSS, Atom or JSON feed, in the feed's order."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _json_entries(data, source)
    import feedparser  # only `add --feed` needs it

    # A stream, never bytes or str: feedparser opens a str that looks like a URL or path.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FeedError("not an RSS, Atom or JSON feed" + (f" ({reason})" if reason else ""))
    entries = []
    for item in parsed.entries:
        link = (item.get("link") or "").strip()
        link = urljoin(source, link) if is_url(source) else link
        if not is_fetchable(link):
            continue
        when = item.get("published_parsed") or item.get("updated_parsed")
        published = dt.datetime(*when[:6], tzinfo=dt.UTC) if when else None
        entries.append(Entry(link, single_line(item.get("title") or ""), published, source))
    return entries


def _json_entries(data: bytes, source: str) -> list[Entry]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise FeedError(f"not valid JSON: {error}") from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(JSON_FEED_VERSION):
        raise FeedError(f"not a JSON Feed (its version must start with {JSON_FEED_VERSION})")
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedError("a JSON Feed needs a list of items")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = next((v for v in (item.get("url"), item.get("external_url")) if isinstance(v, str)), "")
        link = urljoin(source, link.strip()) if is_url(source) else link.strip()
        if not is_fetchable(link):
            continue
        published = _rfc3339(item.get("date_published") or item.get("date_modified"))
        title = item.get("title") if isinstance(item.get("title"), str) else ""
        entries.append(Entry(link, single_line(title), published, source))
    return entries


def _rfc3339(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
