"""The frozen site model: what was read, joined and ordered. No I/O here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from digest.config import Config, Section
from digest.errors import Problem
from digest.hashing import fields_digest
from digest.text import outlet_slug


def opening_words(text: str, limit: int = 90) -> str:
    """The start of a story's first sentence, cut at a word: what a page shows in place
    of a headline the file did not have."""
    first = text.split("\n", 1)[0].strip()
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026"


def source_host(url: str) -> str:
    """'https://www.pacific-wire.example/news/1' -> 'pacific-wire.example'."""
    host = urlsplit(url).hostname or "" if url else ""
    return host.removeprefix("www.")


@dataclass(frozen=True)
class ImageFile:
    """A picture file under `content/images/`, as read: what the pages need to know of it
    before it is resized (`render.images`), and whether it could be read at all."""

    path: str  # relative to content/images/, with '/': 'hbm-line.png'
    digest: str = ""  # of its bytes: the resized files are kept and named by it
    width: int = 0  # in pixels, upright (as its EXIF orientation shows it)
    height: int = 0
    format: str = ""  # as Pillow names it: 'PNG', 'JPEG', 'WEBP', 'GIF'
    alpha: bool = False  # has transparency: its fallback is PNG, not JPEG
    problem: str = ""  # why it cannot be used ('' when it can): `digest check` warns


@dataclass(frozen=True)
class Image:
    """An item's picture, as a note, a Markdown article's front matter or a saved page
    gives it: a file under `content/images/` or an http(s) URL, which digest never
    fetches. `file` is the local file as read, set when the site is
    joined (`editions.build_site`); a URL has none."""

    src: str
    alt: str
    credit: str = ""
    caption: str = ""
    line: int = 0  # of `image:` in the file that gives it; 0 for a saved page's lead image
    file: ImageFile | None = None

    @property
    def remote(self) -> bool:
        return self.src.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Article:
    id: str
    path: Path
    headline: str  # '' when the file has none (a first line that is not a headline)
    date: dt.date | None  # None when the file prints no date at all
    published: dt.datetime | None
    updated: dt.datetime | None
    authors: tuple[str, ...]
    outlet: str
    body_html: str
    text: str
    source_url: str = ""
    tags: tuple[str, ...] = ()
    ai_translated: bool = False
    disclaimer: str = ""
    language: str = ""  # '' when it is the site's language; 'ko' for Korean text
    dateline: str = ""  # a wire's dateline taken off the first paragraph: 'BUSAN, March 4'
    # What the reader could not read (an unreadable stamp, mojibake it dropped): warnings,
    # never errors, in `digest check` and the build report.
    warnings: tuple[Problem, ...] = ()
    source_hash: str = ""  # of the file's bytes: with the code and config, it decides everything above
    # `digest.content.similar.sketch(text)`, made by the reader (in its worker processes, and kept
    # by the content cache) so that finding duplicate stories does not read every text again;
    # empty for an article made some other way, whose sketch is made when needed. Nothing
    # ties it to `text`: whoever replaces `text` must pass `sketch=b""` too.
    sketch: bytes = b""
    image: Image | None = None  # front matter's `image:`, or a saved page's lead image
    # With `stories: true`, `digest.content.storytext.packed_terms(headline, text, outlet)`:
    # what story clusters read of the text, made by the reader as `sketch` is, so that a
    # build counts the terms of the files it reads again and no others. Empty for an
    # article made some other way (counted when needed); whoever replaces `headline` or
    # `text` must pass `terms=b""` too. (`outlets:` renaming the outlet keeps them: they
    # leave out the name the file gives, the one its text uses.)
    terms: bytes = b""

    @cached_property
    def digest(self) -> str:
        """A hash of every field, for the identities of the outputs that show the article.
        The reader asks for it in its worker processes, so the cached article carries it;
        an article changed after reading (`dataclasses.replace`) is a new object, without it."""
        return fields_digest(self)


@dataclass(frozen=True)
class Note:
    article_id: str
    path: Path
    line: int
    edition: dt.date
    section: str
    rank: int
    summary: str
    commentary_html: str
    headline: str = ""
    tags: tuple[str, ...] = ()
    source_url: str = ""
    draft: bool = False
    # What the editor knows better than the scraped file; each wins over the article's.
    published: dt.datetime | None = None
    outlet: str = ""
    authors: tuple[str, ...] = ()
    story: str = ""  # the editor's choice: a story's name, 'none', or '' (`content.stories`)
    image: Image | None = None
    language: str = ""  # of the summary and commentary when it is not the site's ('en', 'ko')

    @cached_property
    def digest(self) -> str:
        """A hash of every field, for fingerprints. The notes reader asks for it before
        the note is cached, so the pickled note carries it and a build does not repr
        10,000 notes again. `dataclasses.replace` makes a new note, without it."""
        return fields_digest(self)


@dataclass(frozen=True)
class EditionInfo:
    """What an edition file says about the edition itself (title, intro)."""

    date: dt.date
    path: Path
    title: str = ""
    intro_html: str = ""
    language: str = ""  # of the title and intro when it is not the site's


@dataclass(frozen=True)
class Tag:
    slug: str
    name: str


@dataclass(frozen=True)
class OutletName:
    """An outlet with a page: its slug and name (`content.outlets`)."""

    slug: str
    name: str


@dataclass(frozen=True)
class Coverage:
    """One report of a story, as other pages list it: an item's page when the article is
    published in the digest (`noted`), else its source, if known."""

    article_id: str
    outlet: str
    headline: str
    source_url: str
    noted: bool
    language: str = ""


@dataclass(frozen=True)
class StoryRef:
    """The story an item belongs to: its title and slug; `page` when it has a page of its
    own (three reports or more)."""

    slug: str
    title: str
    outlets: int
    page: bool


@dataclass(frozen=True)
class Story:
    """A story with a page: its reports, oldest first."""

    ref: StoryRef
    reports: tuple[Coverage, ...]


@dataclass(frozen=True)
class Related:
    """An item listed under another's "Related reading" (`content.related`)."""

    article_id: str
    headline: str
    outlet: str
    edition: dt.date
    language: str = ""


@dataclass(frozen=True)
class Item:
    """A published note joined with its article: one entry of the digest."""

    note: Note
    article: Article
    tags: tuple[Tag, ...]
    story: StoryRef | None = None
    coverage: tuple[Coverage, ...] = ()  # the story's other reports, oldest first
    related: tuple[Related, ...] = ()  # related reading, best first
    # The note's picture, or else the article's; a local one with its file as read, and
    # None when that file cannot be used (`digest check` says why).
    image: Image | None = None

    def but(self, **changes: object) -> Item:
        """This item with some fields changed: `dataclasses.replace` without its call of
        `__init__`, at a fifth of the cost (a build with stories changes all 10,000 items,
        for their related reading). The same value, since an item keeps nothing in its
        `__dict__` but its fields (a test compares the two); a subclass that computes a
        field in `__post_init__` goes through `dataclasses.replace`."""
        kind = type(self)
        if hasattr(kind, "__post_init__"):
            return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
        unknown = changes.keys() - self.__dict__.keys()
        if unknown:
            raise TypeError(f"{kind.__name__} has no field {sorted(unknown)[0]!r}")
        made = object.__new__(kind)
        made.__dict__.update(self.__dict__, **changes)
        return made

    @property
    def id(self) -> str:
        return self.article.id

    # The note and the article joined here, once, so that pages, feeds, JSON-LD and the
    # search index all show the same values: the note's where it gives one, else the file's.

    @property
    def headline(self) -> str:
        """The headline to show: the note's, the file's, or, when neither has one, the
        opening words of the story (what is known; never a made-up title)."""
        return self.note.headline or self.article.headline or opening_words(self.article.text)

    @property
    def headline_language(self) -> str:
        """The headline's language where it is not the site's: the editor's headline is
        in the note's, the outlet's in the article's."""
        return self.note.language if self.note.headline else self.article.language

    @property
    def source_url(self) -> str:
        return self.note.source_url or self.article.source_url

    @property
    def published(self) -> dt.datetime | None:
        return self.note.published or self.article.published

    @property
    def updated(self) -> dt.datetime | None:
        return self.article.updated

    @property
    def authors(self) -> tuple[str, ...]:
        return self.note.authors or self.article.authors

    @property
    def outlet(self) -> str:
        """The note's outlet, the file's, or the host of the source link without 'www.'."""
        return self.note.outlet or self.article.outlet or source_host(self.source_url)

    @property
    def dateline(self) -> str:
        return self.article.dateline

    @property
    def date(self) -> dt.date | None:
        """The day the article is of: the note's published day when it gives one, else
        the file's date (None when neither says)."""
        return self.article.date if self.note.published is None else self.note.published.date()

    @property
    def edition(self) -> dt.date:
        return self.note.edition


@dataclass(frozen=True)
class SectionGroup:
    section: Section
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Edition:
    date: dt.date
    title: str
    intro_html: str
    groups: tuple[SectionGroup, ...]
    language: str = ""  # of the title and intro when it is not the site's

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for group in self.groups for item in group.items)


@dataclass(frozen=True)
class HeldBack:
    """A note that exists but is not published, and why."""

    note: Note
    reason: str


@dataclass(frozen=True)
class Site:
    config: Config
    editions: tuple[Edition, ...]  # newest first
    items: tuple[Item, ...]  # newest edition first, then section order, then rank
    tags: tuple[Tag, ...]  # by slug
    articles: tuple[Article, ...]
    unnoted: tuple[Article, ...]
    held_back: tuple[HeldBack, ...]
    # Problems of files the reader could not read at all that no note publishes now:
    # warnings, not errors (`digest check` and the build report list them).
    unread: tuple[Problem, ...] = ()
    stories: tuple[Story, ...] = ()  # those with a page, by slug
    outlets: tuple[OutletName, ...] = ()  # those with published items, by slug
    images: tuple[ImageFile, ...] = ()  # every local picture named, by path, readable or not

    def items_in_section(self, section_id: str) -> tuple[Item, ...]:
        return self._index()[0].get(section_id, ())

    def items_tagged(self, slug: str) -> tuple[Item, ...]:
        return self._index()[1].get(slug, ())

    def items_from(self, outlet_slug: str) -> tuple[Item, ...]:
        """The items of one outlet's articles (`OutletName.slug`)."""
        return self._index()[2].get(outlet_slug, ())

    def _index(self) -> tuple[dict[str, tuple[Item, ...]], ...]:
        """Items by section, by tag slug and by outlet slug, built once on first use: a
        scan per call made tag pages and feeds quadratic in the number of items."""
        index = self.__dict__.get("_by_section_and_tag")
        if index is None:
            sections: dict[str, list[Item]] = {}
            tags: dict[str, list[Item]] = {}
            outlets: dict[str, list[Item]] = {}
            for item in self.items:
                sections.setdefault(item.note.section, []).append(item)
                for slug in dict.fromkeys(t.slug for t in item.tags):
                    tags.setdefault(slug, []).append(item)
                if outlet := outlet_slug(item.outlet):
                    outlets.setdefault(outlet, []).append(item)
            index = (
                {key: tuple(value) for key, value in sections.items()},
                {key: tuple(value) for key, value in tags.items()},
                {key: tuple(value) for key, value in outlets.items()},
            )
            object.__setattr__(self, "_by_section_and_tag", index)  # a cache, not state
        return index
