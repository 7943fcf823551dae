"""A `Feed` written as RSS 2.0 or Atom (with feedgen) or as JSON Feed 1.1, as bytes.

feedgen (through lxml) escapes `&`, `<` and `]]>` and writes emoji and Hangul as UTF-8;
it raises on control characters, which `feedmodel` has already removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from digest import __version__
from digest.hashing import hash_text
from digest.render.feedmodel import Feed, FeedEntry, Fragments
from digest.render.jsontext import indented_json

ATOM_NS = "http://www.w3.org/2005/Atom"
MEDIA_NS = "http://search.yahoo.com/mrss/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MEDIA_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def rss_text(text: str) -> str:
    """Plain text for RSS <title>, <description>, <category> and <dc:creator>, which
    readers render as HTML: angle brackets become entities, so a headline or a tag can
    never open a tag there. (Atom says its titles are text, and JSON Feed's are plain
    strings; they need nothing.)"""
    return text.replace("<", "&lt;").replace(">", "&gt;")


class WebSubHub(BaseExtension):
    """`<atom:link rel="hub">` in an RSS channel, as WebSub asks of RSS feeds: feedgen
    writes only the 'self' link there (Atom gets every link it is given)."""

    def __init__(self) -> None:
        self.hub = ""

    def extend_ns(self) -> dict[str, str]:
        return {"atom": ATOM_NS}

    def extend_rss(self, feed: etree._Element) -> etree._Element:
        channel = feed[0]
        # Beside the 'self' link, which WebSub subscribers read with it.
        self_link = channel.find(f"{{{ATOM_NS}}}link")
        hub = etree.Element(f"{{{ATOM_NS}}}link", href=self.hub, rel="hub")
        if self_link is not None:
            self_link.addnext(hub)
        else:
            channel.append(hub)
        return feed


class MediaNamespace(BaseExtension):
    """Declares Media RSS's namespace on a feed whose entries carry <media:content>."""

    def extend_ns(self) -> dict[str, str]:
        return {"media": MEDIA_NS}


class EntryExtras(BaseEntryExtension):
    """What feedgen does not write for an entry: the languages of its parts (Atom's
    xml:lang on the entry, its title and its content), Atom's <link rel="enclosure">,
    and in RSS the picture as Media RSS <media:content> with its alt text and credit,
    beside the <enclosure>."""

    def __init__(self) -> None:
        self.entry: FeedEntry | None = None
        self.feed_language = ""

    def extend_atom(self, element: etree._Element) -> etree._Element:
        """xml:lang where a part's language differs from what it inherits."""
        entry = self.entry
        if entry is None:
            return element
        own = entry.language or self.feed_language
        if own != self.feed_language:
            element.set(XML_LANG, own)
        # feedgen names Atom's elements without their namespace (the root declares it).
        for tag, language in (("title", entry.title_language), ("content", entry.content_language)):
            child = element.find(tag)
            if child is not None and language and language != own:
                child.set(XML_LANG, language)
        image = entry.image
        if image is not None and image.length:
            # Written here: feedgen writes an entry's links without their rel (which then
            # reads "alternate", a second one), so its enclosure() serves RSS only.
            etree.SubElement(
                element, "link", rel="enclosure", href=image.url, type=image.type, length=str(image.length)
            )
        return element

    def extend_rss(self, element: etree._Element) -> etree._Element:
        image = self.entry.image if self.entry is not None else None
        if image is None:
            return element
        media = etree.SubElement(element, f"{{{MEDIA_NS}}}content", url=image.url, medium="image")
        if image.type:
            media.set("type", image.type)
            media.set("fileSize", str(image.length))
            media.set("width", str(image.width))
            media.set("height", str(image.height))
        if image.alt:
            etree.SubElement(media, f"{{{MEDIA_NS}}}description", type="plain").text = image.alt
        if image.credit:
            etree.SubElement(media, f"{{{MEDIA_NS}}}credit").text = image.credit
        return element


def write_feed(feed: Feed, kind: str, self_url: str, fragments: Fragments | None = None) -> bytes:
    if kind == "json":
        return json_feed(feed, self_url, fragments)
    return rss_or_atom(feed, kind, self_url, fragments)


# Where a feed's entries go in the pretty-printed document, and how each begins: feedgen
# appends them after every other element of the channel (RSS) or feed (Atom), each on a
# line of its own at one depth. Text and attributes never hold a raw `<` (lxml escapes
# it), so a line that begins this way begins an entry.
_CLOSE = {"rss": b"  </channel>\n</rss>\n", "atom": b"</feed>\n"}
_OPENS = {"rss": re.compile(rb"^    <item>$", re.M), "atom": re.compile(rb"^  <entry[ >]", re.M)}


def fragment_key(kind: str, language: str, media: bool, entry: FeedEntry) -> str:
    """What an entry's written form depends on: the kind of feed, the feed's language
    (Atom and JSON Feed state an entry's only where it differs) and whether the feed
    carries Media RSS (`media`), and every field of the entry (`FeedEntry.digest`)."""
    return hash_text(kind, language, str(media), entry.digest)


def rss_or_atom(feed: Feed, kind: str, self_url: str, fragments: Fragments | None = None) -> bytes:
    """The feed written by feedgen. With `fragments`, feedgen writes the feed with only the
    entries not written before, which is cut apart at the lines that open an entry; the
    others are spliced in as feedgen wrote them, each in its place: the bytes are the
    same either way (tests/test_feed_fragments.py)."""
    if fragments is None or not feed.entries:
        return _feedgen(feed, kind, self_url, feed.entries)
    media = kind == "rss" and _with_images(feed)
    keys = [fragment_key(kind, feed.language, media, entry) for entry in feed.entries]
    found = [fragments.fragment(key) for key in keys]
    missing = [index for index, data in enumerate(found) if data is None]
    # The head comes with the missing entries (a cold build writes each feed once, as
    # before), or alone when every entry was written before.
    written = _feedgen(feed, kind, self_url, [feed.entries[index] for index in missing])
    cut = _cut(written, kind, len(missing))
    if cut is None:  # not the layout this module knows: written whole
        return _feedgen(feed, kind, self_url, feed.entries)
    opening, parts = cut
    for index, data in zip(missing, parts, strict=True):
        found[index] = data
        fragments.keep_fragment(feed.entries[index].id, keys[index], data)
    return b"".join([opening, *(data for data in found if data is not None), _CLOSE[kind]])


def _cut(written: bytes, kind: str, count: int) -> tuple[bytes, list[bytes]] | None:
    """A feed written by feedgen with `count` entries, as its head and its entries, each
    as its lines; None unless it ends as feedgen ends a feed and has that many."""
    close = _CLOSE[kind]
    if not written.endswith(close):
        return None
    body = written[: len(written) - len(close)]
    starts = [found.start() for found in _OPENS[kind].finditer(body)]
    if len(starts) != count:
        return None
    if not starts:
        return body, []
    ends = [*starts[1:], len(body)]
    return body[: starts[0]], [body[start:end] for start, end in zip(starts, ends, strict=True)]


def _with_images(feed: Feed) -> bool:
    return any(entry.image is not None for entry in feed.entries)


def _feedgen(feed: Feed, kind: str, self_url: str, entries: Sequence[FeedEntry]) -> bytes:
    """The feed with these of its entries, written by feedgen."""
    plain = rss_text if kind == "rss" else str
    generator = FeedGenerator()
    # dc:creator carries item authors in RSS, whose <author> demands an e-mail address;
    # Atom has real <author> elements, so the extension would only duplicate them there.
    generator.load_extension("dc", atom=False, rss=True)
    # By the whole feed, not by `entries`: the namespace is declared in the feed's head.
    if _with_images(feed) and kind == "rss":
        generator.register_extension("media", MediaNamespace, EntryExtras, atom=False, rss=True)
    elif kind == "atom":
        generator.register_extension("extras", BaseExtension, EntryExtras, atom=True, rss=False)
    generator.id(feed.id)
    generator.title(plain(feed.title))
    generator.description(plain(feed.description or feed.title))
    generator.language(feed.language)
    # Atom has a version attribute; RSS's <generator> is one string, so it says both.
    if kind == "rss":
        generator.generator(f"digest {__version__}")
    else:
        generator.generator("digest", version=__version__)
    generator.author({"name": feed.author})
    generator.dc.dc_creator(plain(feed.author))
    # feedgen's RSS <link> is the last link added: 'self' first, 'alternate' last.
    generator.link(href=self_url, rel="self", type=MEDIA_TYPES[kind])
    if feed.hub:
        if kind == "rss":
            generator.register_extension("websub", WebSubHub, atom=False, rss=True)
            generator.websub.hub = feed.hub  # type: ignore[attr-defined]
        else:
            generator.link(href=feed.hub, rel="hub")
    generator.link(href=feed.home, rel="alternate", type="text/html")
    generator.lastBuildDate(feed.updated)
    generator.updated(feed.updated)
    for entry in entries:
        item = generator.add_entry(order="append")
        item.id(entry.id)
        item.guid(entry.id, permalink=False)
        item.title(plain(entry.title))
        item.link(href=entry.link, rel="alternate", type="text/html")
        item.published(entry.published)
        item.updated(entry.updated)
        for author in entry.authors:
            item.author({"name": author})
            item.dc.dc_creator(plain(author))
        if entry.categories:
            # One call for all: feedgen validates each call's dicts and rebuilds the entry's
            # RSS categories from scratch (a call per tag: about 5 % more for RSS and Atom).
            item.category([{"term": plain(category)} for category in entry.categories])
        if entry.summary:
            item.summary(plain(entry.summary))
        item.content(entry.content_html, type="html")
        if entry.image is not None and entry.image.length and kind == "rss":
            item.enclosure(entry.image.url, entry.image.length, entry.image.type)
        extras = getattr(item, "media", None) or getattr(item, "extras", None)
        if extras is not None:
            extras.entry = entry
            extras.feed_language = feed.language
    if kind == "rss":
        return generator.rss_str(pretty=True)
    return generator.atom_str(pretty=True)


def json_feed(feed: Feed, self_url: str, fragments: Fragments | None = None) -> bytes:
    """The feed as JSON Feed 1.1. With `fragments`, each entry's JSON is kept, and written
    once."""
    document: dict[str, object] = {
        "version": JSON_FEED_VERSION,
        "title": feed.title,
        "home_page_url": feed.home,
        "feed_url": self_url,
        "description": feed.description or feed.title,
        "language": feed.language,
        "authors": [{"name": feed.author}],
        "items": [],
    }
    if feed.hub:
        document["hubs"] = [{"type": "WebSub", "url": feed.hub}]
    if fragments is None:
        document["items"] = [_json_item(feed, entry) for entry in feed.entries]
        return (indented_json(document) + "\n").encode("utf-8")
    texts = []
    for entry in feed.entries:
        key = fragment_key("json", feed.language, False, entry)
        text = fragments.fragment(key)
        if text is None:
            text = indented_json(_json_item(feed, entry), _ITEM_INDENT).encode("utf-8")
            fragments.keep_fragment(entry.id, key, text)
        texts.append(text)
    # The items' list as indented_json writes it, each item's text as kept: the head's
    # empty list is the one line, at the top level's indent, that opens with the key.
    head = indented_json(document).encode("utf-8")
    empty = b'\n  "items": []'
    cut = head.index(empty) + len(empty) - 2
    items = b"[" + _ITEM_START + (b"," + _ITEM_START).join(texts) + b"\n  ]" if texts else b"[]"
    return head[:cut] + items + head[cut + 2 :] + b"\n"


# Where an item of a JSON Feed starts: a newline and two levels of indent.
_ITEM_INDENT = "\n    "
_ITEM_START = _ITEM_INDENT.encode()


def _json_item(feed: Feed, entry: FeedEntry) -> dict[str, object]:
    item: dict[str, object] = {
        "id": entry.id,
        "url": entry.link,
        "title": entry.title,
    }
    if entry.summary:
        item["summary"] = entry.summary
    item["content_html"] = entry.content_html
    if entry.image is not None:
        item["image"] = entry.image.url
    if entry.content_language and entry.content_language != feed.language:
        item["language"] = entry.content_language
    item["date_published"] = entry.published.isoformat(timespec="seconds")
    item["date_modified"] = entry.updated.isoformat(timespec="seconds")
    if entry.authors:
        item["authors"] = [{"name": name} for name in entry.authors]
    if entry.categories:
        item["tags"] = list(entry.categories)
    return item
