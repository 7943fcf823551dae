"""Checks shared by the feed tests: strict parsing, the JSON Feed 1.1 rules, absolute URLs."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser

FEED_FILES = ("feed.xml", "atom.xml", "feed.json")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
# What XML 1.0 forbids or discourages; none of it may reach a feed.
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


def feed_files(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*") if path.name in FEED_FILES)


def parse_xml_feed(path: Path) -> Any:
    """feedparser on the file's bytes: `parse("x.xml")` on a missing file would parse the
    string, and feedparser falls back to a lenient parser, so well-formedness is also
    checked strictly with ElementTree. Relative URIs are NOT resolved and HTML is not
    sanitized, so the tests see exactly what the feed says."""
    assert path.is_file(), f"{path} was not written"
    data = path.read_bytes()
    ET.fromstring(data)
    assert not XML_UNSAFE.search(data.decode("utf-8")), f"{path}: a character XML forbids"
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
    return parsed


def load_json_feed(path: Path) -> dict[str, Any]:
    assert path.is_file(), f"{path} was not written"
    text = path.read_bytes().decode("utf-8")
    assert not XML_UNSAFE.search(text), f"{path}: a control character"
    document = json.loads(text)
    check_json_feed(document)
    return document


# JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the keys it defines; any other key
# must start with '_' (an extension).
_TOP_KEYS = {
    "version",
    "title",
    "home_page_url",
    "feed_url",
    "description",
    "user_comment",
    "next_url",
    "icon",
    "favicon",
    "authors",
    "author",
    "language",
    "expired",
    "hubs",
    "items",
}
_ITEM_KEYS = {
    "id",
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "date_published",
    "date_modified",
    "authors",
    "author",
    "tags",
    "language",
    "attachments",
}


def _is_absolute_url(value: object) -> bool:
    return isinstance(value, str) and re.match(r"^https?://[^/\s]+/\S*$", value) is not None


def _check_authors(authors: object, where: str) -> None:
    assert isinstance(authors, list) and authors, f"{where}: authors must be a non-empty array"
    for author in authors:
        assert isinstance(author, dict), f"{where}: an author must be an object"
        assert set(author) & {"name", "url", "avatar"}, f"{where}: an author needs name, url or avatar"
        assert all(isinstance(v, str) and v for v in author.values()), f"{where}: author fields are strings"


def check_json_feed(document: dict[str, Any]) -> None:
    """The spec's required fields and types, and what we promise on top (absolute
    home_page_url and feed_url, RFC 3339 dates with an offset, unique ids)."""
    assert document.get("version") == "https://jsonfeed.org/version/1.1"
    assert isinstance(document.get("title"), str) and document["title"], "title is required"
    assert isinstance(document.get("items"), list), "items is required"
    unknown = {key for key in document if key not in _TOP_KEYS and not key.startswith("_")}
    assert not unknown, f"keys the spec does not define: {unknown}"
    assert _is_absolute_url(document.get("home_page_url")), "home_page_url should be an absolute URL"
    assert _is_absolute_url(document.get("feed_url")), "feed_url should be an absolute URL"
    assert "author" not in document, "1.1 replaces author with authors"
    if "authors" in document:
        _check_authors(document["authors"], "feed")
    for key in ("description", "language"):
        if key in document:
            assert isinstance(document[key], str) and document[key], f"{key} must be a string"
    ids = []
    for item in document["items"]:
        assert isinstance(item, dict)
        where = f"item {item.get('id')!r}"
        unknown = {key for key in item if key not in _ITEM_KEYS and not key.startswith("_")}
        assert not unknown, f"{where}: keys the spec does not define: {unknown}"
        # The spec: id is required and is a string; content_html or content_text is required.
        assert isinstance(item.get("id"), str) and item["id"], f"{where}: id is required"
        assert "content_html" in item or "content_text" in item, f"{where}: content_html or content_text"
        for key in ("content_html", "content_text", "title", "summary"):
            if key in item:
                assert isinstance(item[key], str), f"{where}: {key} must be a string"
        if "url" in item:
            assert _is_absolute_url(item["url"]), f"{where}: url should be absolute"
        for key in ("date_published", "date_modified"):
            if key in item:
                assert RFC3339.match(item[key]), f"{where}: {key} {item[key]!r} is not RFC 3339"
        if "tags" in item:
            assert all(isinstance(tag, str) and tag for tag in item["tags"]), f"{where}: tags are strings"
        if "authors" in item:
            _check_authors(item["authors"], where)
        assert "author" not in item, f"{where}: 1.1 replaces author with authors"
        ids.append(item["id"])
    assert len(ids) == len(set(ids)), "item ids must be unique within a feed"


class _UrlCollector(HTMLParser):
    ATTRIBUTES = ("href", "src", "poster", "cite", "srcset")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in self.ATTRIBUTES and value is not None:
                self.urls.append(value)


def urls_in(html: str) -> list[str]:
    collector = _UrlCollector()
    collector.feed(html)
    collector.close()
    return collector.urls


def relative_urls(html: str) -> list[str]:
    return [url for url in urls_in(html) if not re.match(r"^(?:https?://[^/]|mailto:)", url)]


def per_item(site: Path, from_json: Callable[[dict], Any], from_xml: Callable[[Any], Any]) -> dict[str, list]:
    """One value per item of every feed under `site`, by file, read from all three formats."""
    values: dict[str, list] = {}
    for path in feed_files(site):
        key = path.relative_to(site).as_posix()
        if path.suffix == ".json":
            values[key] = [from_json(item) for item in load_json_feed(path)["items"]]
        else:
            values[key] = [from_xml(entry) for entry in parse_xml_feed(path).entries]
    return values


def all_contents(site: Path) -> dict[str, list[str]]:
    """Every item's HTML content (RSS content:encoded, Atom content, JSON content_html)."""
    return per_item(site, lambda item: item["content_html"], lambda entry: entry.content[0].value)


def all_ids(site: Path) -> dict[str, list[str]]:
    return per_item(site, lambda item: item["id"], lambda entry: entry.id)
