"""Page metadata for search engines and link previews: schema.org JSON-LD and descriptions.

Templates (`_meta.html`) ask `schema` for one JSON-LD object per page and embed it with
the `jsonld` filter. Every URL here is absolute (from the router), and every date comes
from content, so the metadata is as deterministic as the pages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup

from digest.content.model import Edition, Item, Site, Tag
from digest.render.images import Pictures
from digest.render.jsontext import indented_json
from digest.routes import Router

# Inside <script> the HTML parser ends the element at the first "</script" and treats
# "<!--" specially, whatever JSON thinks. Escaping '<', '>' and '&' as JSON \u escapes
# keeps the bytes inert for HTML and the value identical for a JSON parser. U+2028/2029
# are escaped because older JavaScript engines reject them in string literals.
# (Chained str.replace, not str.translate with a table: it is ten times faster, and no
# replacement contains a character another one replaces.)
_SCRIPT_SAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
_SPACES = re.compile(r"\s+")
DESCRIPTION_LENGTH = 200

JsonObject = dict[str, Any]


def jsonld(data: Mapping[str, Any]) -> Markup:
    """JSON that is safe as the text of a <script type="application/ld+json"> element."""
    text = indented_json(data)
    for char, escaped in _SCRIPT_SAFE:
        text = text.replace(char, escaped)
    return Markup(text)


def plain_text(html: str) -> str:
    """Visible text of an HTML fragment on one line (for descriptions)."""
    return _SPACES.sub(" ", Markup(html).striptags()).strip()


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """Cut at a word boundary so search result snippets do not end mid-word."""
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.—-")
    return cut + "…"


class StructuredData:
    """schema.org objects for each kind of page."""

    def __init__(self, site: Site, router: Router, pictures: Pictures) -> None:
        self.site = site
        self.config = site.config
        self.router = router
        self.pictures = pictures

    def _page(self, kind: str, route: str, name: str, description: str) -> JsonObject:
        return {
            "@context": "https://schema.org",
            "@type": kind,
            "@id": self.router.absolute(route),
            "url": self.router.absolute(route),
            "name": name,
            "description": description,
            "inLanguage": self.config.language,
            "isPartOf": self.website(),
        }

    def website(self) -> JsonObject:
        return {
            "@type": "WebSite",
            "@id": self.router.base_url + "#website",
            "name": self.config.title,
            "url": self.router.base_url,
        }

    def publisher(self) -> JsonObject:
        return {"@type": "Organization", "name": self.config.title, "url": self.router.base_url}

    def _item_list(self, entries: Iterable[tuple[str, str]]) -> JsonObject:
        elements = [
            {"@type": "ListItem", "position": position, "url": url, "name": name}
            for position, (url, name) in enumerate(entries, start=1)
        ]
        return {"@type": "ItemList", "numberOfItems": len(elements), "itemListElement": elements}

    def _article_entries(self, items: Iterable[Item]) -> list[tuple[str, str]]:
        return [(self.router.absolute(self.router.article(item.article)), item.headline) for item in items]

    def published(self, item: Item) -> dt.datetime:
        """The digest publishes an item when its edition goes out (as the feeds date it)."""
        return self.config.edition_datetime(item.edition)

    def modified(self, item: Item) -> dt.datetime:
        updated = item.article.updated
        published = self.published(item)
        return updated.astimezone(self.config.tz) if updated and updated > published else published

    def article(self, item: Item) -> JsonObject:
        article = item.article
        section = self.config.section(item.note.section)
        route = self.router.article(article)
        data: JsonObject = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "@id": self.router.absolute(route),
            "url": self.router.absolute(route),
            "mainEntityOfPage": self.router.absolute(route),
            "headline": item.headline,
            "description": item.note.summary or self.config.description,
            "datePublished": self.published(item).isoformat(),
            "dateModified": self.modified(item).isoformat(),
            "inLanguage": article.language or self.config.language,
            "author": [{"@type": "Person", "name": name} for name in item.authors]
            or [{"@type": "Organization", "name": item.outlet or self.config.title}],
            "publisher": self.publisher(),
            "articleSection": section.title if section else item.note.section,
            "keywords": [tag.name for tag in item.tags],
            "isPartOf": {
                "@type": "CollectionPage",
                "@id": self.router.absolute(self.router.edition(item.edition)),
            },
        }
        if item.outlet:
            data["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": item.outlet}
        if item.source_url:
            data["isBasedOn"] = item.source_url
        if (image := self.image(item)) is not None:
            data["image"] = image
        return data

    def image(self, item: Item) -> JsonObject | None:
        """The item's picture as an ImageObject: its largest fallback file (or its URL)."""
        view = self.pictures.view(item.image)
        if view is None:
            return None
        url, width, height, _type = view.share
        data: JsonObject = {"@type": "ImageObject", "url": url, "contentUrl": url}
        if width and height:
            data.update(width=width, height=height)
        if view.image.caption:
            data["caption"] = view.image.caption
        if view.image.credit:
            data["creditText"] = view.image.credit
        if view.alt:
            data["description"] = view.alt
        return data

    def edition(self, edition: Edition, route: str, name: str, description: str) -> JsonObject:
        data = self._page("CollectionPage", route, name, description)
        data["datePublished"] = self.config.edition_datetime(edition.date).isoformat()
        data["mainEntity"] = self._item_list(self._article_entries(edition.items))
        return data

    def item_list(self, route: str, name: str, description: str, items: Iterable[Item]) -> JsonObject:
        data = self._page("CollectionPage", route, name, description)
        data["mainEntity"] = self._item_list(self._article_entries(items))
        return data

    def edition_list(self, route: str, name: str, description: str) -> JsonObject:
        data = self._page("CollectionPage", route, name, description)
        entries = [
            (self.router.absolute(self.router.edition(e.date)), e.title or e.date.isoformat())
            for e in self.site.editions
        ]
        data["mainEntity"] = self._item_list(entries)
        return data

    def tag_list(self, route: str, name: str, description: str, tags: Iterable[Tag]) -> JsonObject:
        data = self._page("CollectionPage", route, name, description)
        entries = [(self.router.absolute(self.router.tag(tag.slug)), f"#{tag.name}") for tag in tags]
        data["mainEntity"] = self._item_list(entries)
        return data

    def webpage(self, route: str, name: str, description: str) -> JsonObject:
        return self._page("WebPage", route, name, description)

    # Descriptions for pages that have no summary of their own.
    def edition_description(self, edition: Edition) -> str:
        intro = plain_text(edition.intro_html)
        if intro:
            return shorten(intro)
        return shorten("; ".join(item.headline for item in edition.items) or self.config.description)
