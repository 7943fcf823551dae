"""The feed model that RSS, Atom and JSON Feed are all written from, and its text hygiene.

Every string that enters a `Feed` or `FeedEntry` (titles, descriptions, config text,
authors, categories, content) is cleaned when the object is built, so no writer can emit
a character XML forbids and all three formats carry the same text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from digest.hashing import fields_digest

# XML 1.0 forbids C0 controls other than tab/LF/CR, lone surrogates and U+FFFE/U+FFFF even
# when escaped; it "discourages" C1 controls (except NEL) and the other noncharacters, which
# feed validators flag. None of them carries meaning in a news text, so all are dropped.
_NONCHARACTERS = "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
_BMP_UNSAFE = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
_XML_UNSAFE = re.compile(f"[{_BMP_UNSAFE}{_NONCHARACTERS}]")
# The astral noncharacters make that class ten times slower to scan with (re tests them
# one by one), and only text with an astral character (an emoji, say) can hold one, so
# other text is cleaned with the class without them.
_XML_UNSAFE_BMP = re.compile(f"[{_BMP_UNSAFE}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SPACES = re.compile(r"\s+")


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 forbids or discourages; everything else is kept
    (escaping `&`, `<` and `]]>` is the XML writer's job)."""
    if _ASTRAL.search(text):
        return _XML_UNSAFE.sub("", text)
    return _XML_UNSAFE_BMP.sub("", text)


def one_line(text: str) -> str:
    """Titles, names and categories: XML-safe, on one line, without outer spaces."""
    return _SPACES.sub(" ", xml_safe(text)).strip()


def language_tag(tag: str) -> str:
    """A BCP 47 tag in its conventional case: 'EN-us' -> 'en-US', 'zh-hant-tw' -> 'zh-Hant-TW'."""
    parts = tag.strip().replace("_", "-").split("-")
    out = [parts[0].lower()]
    extension = False  # after a singleton ('x', 'u', ...) subtags keep no case convention
    for part in parts[1:]:
        if len(part) == 1:
            extension = True
        if not extension and len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif not extension and len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def _clean(obj: object, single_line: tuple[str, ...]) -> None:
    """Clean every str and tuple-of-str field of a frozen dataclass in place."""
    for field in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, field.name)
        clean = one_line if field.name in single_line else xml_safe
        if isinstance(value, str):
            object.__setattr__(obj, field.name, clean(value))
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            object.__setattr__(obj, field.name, tuple(c for c in map(clean, value) if c))
        elif isinstance(value, dt.datetime) and value.utcoffset() is None:
            raise ValueError(f"feed date {field.name} needs a time zone: {value!r}")


@dataclass(frozen=True)
class FeedImage:
    """An entry's picture: a resized local file, whose length and type are known (RSS
    <enclosure>, Atom <link rel="enclosure">, <media:content>), or a URL (no length)."""

    url: str  # absolute
    length: int = 0  # bytes; 0 for a URL digest did not fetch
    type: str = ""  # media type; '' for a URL
    width: int = 0
    height: int = 0
    alt: str = ""
    credit: str = ""

    def __post_init__(self) -> None:
        _clean(self, ("url", "type", "alt", "credit"))


@dataclass(frozen=True)
class FeedEntry:
    id: str  # permanent: from the article id or the edition date, never from a URL
    title: str
    link: str  # absolute
    published: dt.datetime  # aware, in the site's time zone
    updated: dt.datetime
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    summary: str  # plain text
    content_html: str  # sanitized (`htmlsafe.absolutize`); every URL inside is absolute
    image: FeedImage | None = None
    # The BCP 47 tags of the entry's parts ('' for the feed's language): the editor's
    # words (summary, categories), the headline, the content.
    language: str = ""
    title_language: str = ""
    content_language: str = ""

    def __post_init__(self) -> None:
        _clean(self, ("id", "title", "link", "authors", "categories", "language"))

    @cached_property
    def digest(self) -> str:
        """A hash of every field (`hashing.fields_digest`, which tells apart two times of
        one instant in different offsets, as `==` does not): what the entry's written
        forms are kept by (`Fragments`). An entry is in several feeds: hashed once."""
        return fields_digest(self)


@dataclass(frozen=True)
class Feed:
    id: str  # permanent: from the feed's scope, never from the site's address
    prefix: str  # '' for the site feed, 'sections/x/' or 'tags/y/' for the others
    title: str
    description: str
    language: str  # BCP 47
    author: str  # never empty: Atom needs an author for every entry
    home: str  # absolute URL of the page the feed belongs to
    updated: dt.datetime  # from the newest item, never the build time
    entries: tuple[FeedEntry, ...]
    hub: str = ""  # a WebSub hub's URL (`websub_hub`), or ''

    def __post_init__(self) -> None:
        _clean(self, ("id", "prefix", "title", "language", "author", "home", "hub"))


class Fragments(Protocol):
    """Entries as feedgen wrote them, kept by a key of everything they were written from
    (`feedformats.fragment_key`): an article's entry is in the site's feed, its section's, its
    tags' and its outlet's, and after one edit a rebuild writes those feeds again with
    one entry changed (at 1,000 articles, 8 feeds in RSS and Atom: 800 entries written
    for one). `incremental.entrystore` keeps them from build to build."""

    def fragment(self, key: str) -> bytes | None:
        """The entry written under this key, if kept."""

    def keep_fragment(self, entry_id: str, key: str, data: bytes) -> None:
        """Remember an entry (of this id) as written under this key."""


class WrittenEntries:
    """`Fragments` for one build, without a cache folder: each entry is written once per
    kind of feed, not once per feed."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def fragment(self, key: str) -> bytes | None:
        return self.kept.get(key)

    def keep_fragment(self, entry_id: str, key: str, data: bytes) -> None:
        self.kept[key] = data
