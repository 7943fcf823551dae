"""Feeds: RSS 2.0 and Atom (feedgen) and JSON Feed 1.1, all from one feed model.

Entry ids are permanent: a UUID derived from the article id alone, so a headline edit,
a slug change or a new base URL never makes readers see old items as new. Dates come
from content (the edition's date at `edition_time`), so builds are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from digest import __version__
from digest.model import Item, Site
from digest.routes import Router
from digest.theme import Theme

_ID_NAMESPACE = uuid.UUID("6f1f3f4e-5d1c-4b5e-9a53-2d3f0f6e8a11")
# XML 1.0 forbids these even when escaped.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def entry_id(article_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'article:' + article_id)}"


def xml_safe(text: str) -> str:
    return _XML_FORBIDDEN.sub("", text)


def rss_text(text: str) -> str:
    """Plain text for RSS <title> and <description>, which readers render as HTML:
    angle brackets become entities, so a headline can never open a tag there."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    link: str
    published: dt.datetime
    updated: dt.datetime
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    summary: str
    content_html: str


@dataclass(frozen=True)
class Feed:
    prefix: str  # '' for the site feed, 'sections/x/' or 'tags/y/' for the others
    title: str
    description: str
    home: str  # absolute URL of the page the feed belongs to
    entries: tuple[FeedEntry, ...]

    @property
    def updated(self) -> dt.datetime | None:
        return max((entry.updated for entry in self.entries), default=None)


class FeedBuilder:
    def __init__(self, site: Site, theme: Theme, router: Router) -> None:
        self.site = site
        self.config = site.config
        self.router = router
        self.template = theme.template("feed_entry.html")

    def edition_time(self, date: dt.date) -> dt.datetime:
        return dt.datetime.combine(date, self.config.edition_time, tzinfo=self.config.tz)

    def entry(self, item: Item) -> FeedEntry:
        published = self.edition_time(item.edition)
        content = self.template.render(item=item, full=self.config.feeds.full_content)
        return FeedEntry(
            id=entry_id(item.id),
            title=xml_safe(item.headline),
            link=self.router.absolute(self.router.article(item.article)),
            published=published,
            updated=max(published, item.article.updated or published),
            authors=tuple(xml_safe(a) for a in item.article.authors),
            categories=tuple(xml_safe(tag.name) for tag in item.tags),
            summary=xml_safe(item.note.summary),
            content_html=xml_safe(self.router.absolutize_html(content)),
        )

    def feeds(self) -> Iterator[Feed]:
        limit = self.config.feeds.limit
        cache: dict[str, FeedEntry] = {}

        def entries(items: tuple[Item, ...]) -> tuple[FeedEntry, ...]:
            return tuple(cache.setdefault(i.id, self.entry(i)) for i in items[:limit])

        site = self.site
        yield Feed(
            "",
            self.config.title,
            self.config.description,
            self.router.absolute(self.router.home()),
            entries(site.items),
        )
        for section in self.config.sections:
            route = self.router.section(section.id)
            yield Feed(
                route,
                f"{self.config.title} — {section.title}",
                section.description or self.config.description,
                self.router.absolute(route),
                entries(site.items_in_section(section.id)),
            )
        for tag in site.tags:
            route = self.router.tag(tag.slug)
            yield Feed(
                route,
                f"{self.config.title} — #{tag.name}",
                self.config.description,
                self.router.absolute(route),
                entries(site.items_tagged(tag.slug)),
            )

    def files(self) -> Iterator[tuple[str, bytes]]:
        for feed in self.feeds():
            yield self.router.feed("rss", feed.prefix), self.rss_or_atom(feed, "rss")
            yield self.router.feed("atom", feed.prefix), self.rss_or_atom(feed, "atom")
            yield self.router.feed("json", feed.prefix), self.json_feed(feed)

    def rss_or_atom(self, feed: Feed, kind: str) -> bytes:
        generator = FeedGenerator()
        generator.load_extension("dc")
        self_url = self.router.absolute(self.router.feed(kind, feed.prefix))
        generator.id(feed.home)
        plain = rss_text if kind == "rss" else str
        generator.title(plain(xml_safe(feed.title)))
        generator.description(plain(xml_safe(feed.description or feed.title)))
        generator.language(self.config.language)
        generator.generator("digest", version=__version__, uri="https://pypi.org/project/digest/")
        if self.config.author:
            generator.author({"name": self.config.author})
        # feedgen's RSS <link> is the last link added: 'self' first, 'alternate' last.
        generator.link(href=self_url, rel="self")
        generator.link(href=feed.home, rel="alternate")
        updated = feed.updated or self.edition_time(dt.date(1970, 1, 1))
        generator.lastBuildDate(updated)
        generator.updated(updated)
        for entry in feed.entries:
            item = generator.add_entry(order="append")
            item.id(entry.id)
            item.guid(entry.id, permalink=False)
            item.title(plain(entry.title))
            item.link(href=entry.link)
            item.published(entry.published)
            item.updated(entry.updated)
            for author in entry.authors:
                item.author({"name": author})
                item.dc.dc_creator(author)
            for category in entry.categories:
                item.category(term=category)
            item.description(plain(entry.summary or entry.title))
            item.content(entry.content_html, type="html")
        if kind == "rss":
            return generator.rss_str(pretty=True)
        return generator.atom_str(pretty=True)

    def json_feed(self, feed: Feed) -> bytes:
        document: dict[str, object] = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed.title,
            "home_page_url": feed.home,
            "feed_url": self.router.absolute(self.router.feed("json", feed.prefix)),
            "description": feed.description or feed.title,
            "language": self.config.language,
            "items": [
                {
                    "id": entry.id,
                    "url": entry.link,
                    "title": entry.title,
                    "summary": entry.summary,
                    "content_html": entry.content_html,
                    "date_published": entry.published.isoformat(),
                    "date_modified": entry.updated.isoformat(),
                    "authors": [{"name": name} for name in entry.authors],
                    "tags": list(entry.categories),
                }
                for entry in feed.entries
            ],
        }
        if self.config.author:
            document["authors"] = [{"name": self.config.author}]
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
