"""Feeds: the site model turned into feeds, one for the site, one per section, one per tag,
each written as RSS 2.0, Atom and JSON Feed 1.1 from the same `feedmodel.Feed`.

An item is one article (`feeds.unit: article`) or one edition (`feeds.unit: edition`).
Entry ids are permanent UUIDs derived from the article id or the edition's date alone, so
a headline edit, a slug change or a new base URL never makes readers see old items as new.
Dates come from content (an edition goes out on its date at `edition_time`), so two builds
of the same content are byte-identical. Only published items reach a feed: drafts and
future editions are held back by `editions.build_site` before anything is rendered.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import itertools
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import nh3

from digest.content.htmlsafe import absolutize
from digest.content.model import Edition, Item, Site
from digest.render.feedmodel import (
    Feed,
    FeedEntry,
    FeedImage,
    Fragments,
    WrittenEntries,
    language_tag,
    one_line,
)
from digest.render.formatting import Formatter
from digest.render.images import Pictures
from digest.render.reads import SiteReads
from digest.render.theme import Theme
from digest.routes import Router

FEED_KINDS = ("rss", "atom", "json")
_ID_NAMESPACE = uuid.UUID("6f1f3f4e-5d1c-4b5e-9a53-2d3f0f6e8a11")


@functools.lru_cache(maxsize=1 << 16)
def entry_id(article_id: str) -> str:
    # Asked for every entry the feeds carry at the end of every build (`carried`): a
    # name-based UUID costs 10 µs, 30 ms a build at 1,000 articles.
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'article:' + article_id)}"


def feed_id(scope: str) -> str:
    """A feed's own id (Atom's <id>): from its scope alone ('' for the site's feed), like
    entry ids, so moving the site to another address leaves every feed the same feed."""
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'feed:' + scope)}"


def edition_entry_id(date: dt.date, scope: str = "") -> str:
    """An edition item's id. A section or tag feed carries a different selection of the
    edition than the site feed, so it is a different entry with its own id."""
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, f'edition:{date.isoformat()}:{scope}')}"


@dataclass(frozen=True)
class Scope:
    """Which items a feed carries: the whole site, one section or one tag."""

    key: str  # '' for the site, 'section:<id>' or 'tag:<slug>'; part of edition item ids
    prefix: str  # route folder of the feed files: '', 'sections/<id>/', 'tags/<slug>/'
    title: str
    description: str
    items: tuple[Item, ...]
    anchor: str = ""  # where a section's part of an edition page starts


def plain_text(fragment: str) -> str:
    """Sanitized HTML (an edition's intro) as one line of text, for a summary."""
    return one_line(html.unescape(nh3.clean(fragment, tags=set())))


def feed_scopes(site: Site, router: Router) -> Iterator[Scope]:
    """Every feed of the site: the whole site's, each section's, each tag's, each
    outlet's."""
    config = site.config
    yield Scope("", "", config.title, config.description, site.items)
    for section in config.sections:
        yield Scope(
            f"section:{section.id}",
            router.section(section.id),
            f"{config.title} — {section.title}",
            section.description or config.description,
            site.items_in_section(section.id),
            anchor=f"#s-{section.id}",
        )
    for tag in site.tags:
        yield Scope(
            f"tag:{tag.slug}",
            router.tag(tag.slug),
            f"{config.title} — #{tag.name}",
            config.description,
            site.items_tagged(tag.slug),
        )
    for outlet in site.outlets:
        yield Scope(
            f"outlet:{outlet.slug}",
            router.outlet(outlet.slug),
            f"{config.title} — {outlet.name}",
            config.description,
            site.items_from(outlet.slug),
        )


def story_category(item: Item, _: Callable[..., str]) -> tuple[str, ...]:
    """A feed keeps one entry per article; the story it belongs to is a category (named
    in the site's language: `_` is the theme's gettext)."""
    return (_("Story: %(story)s", story=item.story.title),) if item.story else ()


class EntryMemo(Fragments, Protocol):
    """Article entries kept from one build to the next (`digest.incremental.entrystore`),
    by what they are made from: a rebuild after one edit renders the entry of the edited
    item, not every entry of the feeds that carry it (at 1,000 articles, the template and
    the sanitizer took half of the feeds' time, and the feeds 40 % of a one-note build).
    And the entries as feedgen wrote them (`Fragments`)."""

    def recall(self, inputs: tuple[object, ...]) -> tuple[FeedEntry, tuple[str, ...]] | None:
        """The entry made from these inputs, with the site's fields making it read, if
        those fields still have the values they had then."""

    def keep(self, inputs: tuple[object, ...], entry: FeedEntry, fields: tuple[str, ...]) -> None:
        """Remember an entry made from these inputs, and the site's fields it read."""

    def close(self, carried: Collection[str]) -> None:
        """The build is done: keep, for the next, the entries of these ids alone (those
        the site's feeds carry now)."""


class FeedBuilder:
    def __init__(
        self,
        site: Site,
        theme: Theme,
        router: Router,
        pictures: Pictures,
        reads: SiteReads | None = None,
        memo: EntryMemo | None = None,
    ) -> None:
        self.site = site
        self.config = site.config
        self.router = router
        self.pictures = pictures
        self.gettext = theme.gettext
        self.format = Formatter(self.config.language, self.config.tz)
        self.item_template = theme.template("feed_entry.html")
        self.edition_template = theme.template("feed_edition.html")
        self.editions = {edition.date: edition for edition in site.editions}
        # Seconds an article's entry is dated after its edition goes out: the edition's
        # last item 0, its first the most. Atom readers and validators want every entry's
        # <updated> to differ, and readers that sort by it then keep the edition's order.
        self.seconds_after: dict[str, int] = {
            item.id: len(edition.items) - 1 - position
            for edition in site.editions
            for position, item in enumerate(edition.items)
        }
        # Entries made in this build, by item id, with the site's fields their making read.
        self._entries: dict[str, tuple[FeedEntry, tuple[str, ...]]] = {}
        self.reads = reads if reads is not None else SiteReads()  # what templates read of `site`
        self.memo = memo
        self.fragments: Fragments = memo if memo is not None else WrittenEntries()

    # Dates: aware, in the site's time zone; the round trip through UTC settles times that
    # a daylight-saving change skips or repeats.
    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(dt.UTC).astimezone(self.config.tz)

    def updated(self, item: Item) -> dt.datetime:
        """When the item last changed: its edition, or a later update of its article."""
        published = self.config.edition_datetime(item.edition)
        return max(published, self.local(item.article.updated)) if item.article.updated else published

    def entry_updated(self, item: Item) -> dt.datetime:
        """An article entry's update time: a few seconds after its edition went out, by its
        place in the edition (`seconds_after`), or a later update of its article."""
        moment = self.config.edition_datetime(item.edition) + dt.timedelta(
            seconds=self.seconds_after.get(item.id, 0)
        )
        return max(moment, self.local(item.article.updated)) if item.article.updated else moment

    # Entries.
    def entry(self, item: Item) -> FeedEntry:
        """One article's entry; the same in every feed that carries it. Made from the item
        and its place in its edition (`entry_updated`) alone, besides the configuration and
        the theme, and whatever of the whole site its template reads (`reads`)."""
        made = self._entries.get(item.id)
        if made is not None:
            # A second feed that carries it read what its template read, too.
            self.reads.fields.update(made[1])
            return made[0]
        inputs: tuple[object, ...] = ("feed-entry", item, self.seconds_after.get(item.id, 0))
        recalled = self.memo.recall(inputs) if self.memo is not None else None
        if recalled is not None:
            found, fields = recalled
            self.reads.fields.update(fields)
        else:
            # This entry's own reads, for the memo; the feed's reads take them too.
            before, self.reads.fields = self.reads.fields, set()
            found = self._entry(item)
            fields = self.reads()
            self.reads.fields = before | self.reads.fields
            if self.memo is not None:
                self.memo.keep(inputs, found, fields)
        self._entries[item.id] = (found, fields)
        return found

    def _entry(self, item: Item) -> FeedEntry:
        link = self.router.absolute(self.router.article(item.article))
        content = self.item_template.render(item=item, full=self.config.feeds.full_content)
        return FeedEntry(
            id=entry_id(item.id),
            title=item.headline,
            link=link,
            published=self.config.edition_datetime(item.edition),
            updated=self.entry_updated(item),
            authors=item.authors,
            categories=tuple(tag.name for tag in item.tags) + story_category(item, self.gettext),
            summary=item.note.summary,
            content_html=absolutize(content, link).strip(),
            image=self.image(item),
            language=self.language(item.note.language),
            title_language=self.language(item.headline_language),
            content_language=self.language(
                item.article.language if self.config.feeds.full_content else item.note.language
            ),
        )

    def language(self, tag: str) -> str:
        """A part's language: its own ('ko'), or else the site's, as a BCP 47 tag."""
        return language_tag(tag or self.config.language)

    def image(self, item: Item) -> FeedImage | None:
        image = item.image
        if image is None:
            return None
        enclosure = self.pictures.enclosure(image)
        if enclosure is None:
            return FeedImage(image.src, alt=image.alt, credit=image.credit)
        url, length, kind, width, height = enclosure
        return FeedImage(url, length, kind, width, height, image.alt, image.credit)

    def edition_entry(self, edition: Edition, items: tuple[Item, ...], scope: Scope) -> FeedEntry:
        """One edition's entry: its items (of this scope) in section and rank order."""
        link = self.router.absolute(self.router.edition(edition.date)) + scope.anchor
        published = self.config.edition_datetime(edition.date)
        whole_site = scope.key == ""
        groups = [
            (section, [(item, self.entry(item)) for item in items if item.note.section == section.id])
            for section in self.config.sections
        ]
        content = self.edition_template.render(
            edition=edition,
            intro=whole_site,
            headings=not scope.key.startswith("section:"),
            groups=[(section, pairs) for section, pairs in groups if pairs],
        )
        headlines = " · ".join(item.headline for item in items)
        tags = dict.fromkeys(tag.name for item in items for tag in item.tags)
        return FeedEntry(
            id=edition_entry_id(edition.date, scope.key),
            title=(edition.title if whole_site else "") or self.format.date(edition.date),
            link=link,
            published=published,
            updated=max(published, *(self.updated(item) for item in items)),
            authors=(self.config.author,) if self.config.author else (),
            categories=tuple(tags),
            summary=(plain_text(edition.intro_html) if whole_site else "") or headlines,
            content_html=absolutize(content, link).strip(),
        )

    def entries(self, scope: Scope) -> tuple[FeedEntry, ...]:
        if self.config.feeds.unit == "edition":
            runs = self._edition_runs(scope)
            return tuple(self.edition_entry(self.editions[date], items, scope) for date, items in runs)
        return tuple(self.entry(item) for item in scope.items[: self.config.feeds.limit])

    def _edition_runs(self, scope: Scope) -> list[tuple[dt.date, tuple[Item, ...]]]:
        """The editions a feed of editions carries, newest first, each with its items of
        the scope (scope.items is ordered newest edition first: each edition is one run)."""
        runs = itertools.groupby(scope.items, key=lambda item: item.edition)
        return [(date, tuple(items)) for date, items in itertools.islice(runs, self.config.feeds.limit)]

    def carried(self) -> set[str]:
        """The ids of every article entry the site's feeds carry (`entry_id`)."""
        carried = set()
        for scope in self.scopes():
            if self.config.feeds.unit == "edition":
                items: Iterable[Item] = (item for _, run in self._edition_runs(scope) for item in run)
            else:
                items = scope.items[: self.config.feeds.limit]
            carried.update(entry_id(item.id) for item in items)
        return carried

    def entry_items(self, scope: Scope) -> tuple[object, ...]:
        """What `entries(scope)` is made from: the items of its entries (with their
        editions, when an entry is an edition; with their place in their edition, which
        dates an article's entry), not every item of the scope."""
        if self.config.feeds.unit == "edition":
            return tuple((self.editions[date], items) for date, items in self._edition_runs(scope))
        limit = self.config.feeds.limit
        return tuple((item, self.seconds_after.get(item.id, 0)) for item in scope.items[:limit])

    # Feeds.
    def scopes(self) -> Iterator[Scope]:
        return feed_scopes(self.site, self.router)

    def site_updated(self) -> dt.datetime:
        """The newest item's date: a feed with no items yet (a quiet section) is dated by it,
        so its date still comes from content and not from the clock."""
        per_article = self.config.feeds.unit == "article"
        return max(
            (self.entry_updated(item) if per_article else self.updated(item) for item in self.site.items),
            default=self.config.edition_datetime(dt.date(1970, 1, 1)),
        )

    def feed(self, scope: Scope, site_updated: dt.datetime) -> Feed:
        entries = self.entries(scope)
        return Feed(
            id=feed_id(scope.key),
            prefix=scope.prefix,
            title=scope.title,
            description=scope.description or scope.title,
            language=language_tag(self.config.language),
            author=self.config.author or self.config.title,
            home=self.router.absolute(scope.prefix),
            updated=max((entry.updated for entry in entries), default=site_updated),
            entries=entries,
            hub=self.config.websub_hub,
        )

    def feeds(self) -> Iterator[Feed]:
        site_updated = self.site_updated()
        for scope in self.scopes():
            yield self.feed(scope, site_updated)

    def routes(self, prefix: str) -> list[tuple[str, str]]:
        """(kind, route) of a feed's file in each format."""
        return [(kind, self.router.feed(kind, prefix)) for kind in FEED_KINDS]

    def feed_files(self, feed: Feed) -> list[tuple[str, bytes]]:
        """The feed in each format, as (route, bytes)."""
        # Imported at the first feed written, not at start-up: feedgen, dateutil and
        # xml.sax (20 ms) are then loaded while Pagefind indexes, not before it starts.
        from digest.render.feedformats import write_feed

        return [
            (route, write_feed(feed, kind, self.router.absolute(route), self.fragments))
            for kind, route in self.routes(feed.prefix)
        ]

    def files(self) -> Iterator[tuple[str, bytes]]:
        for feed in self.feeds():
            yield from self.feed_files(feed)
