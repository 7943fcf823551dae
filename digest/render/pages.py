"""HTML pages as bytes: a pure function of the site model, the theme and the routes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import traceback
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from digest import __version__
from digest.content.htmlsafe import sanitize_again
from digest.content.model import Edition, Item, Site, Story, Tag
from digest.errors import DigestError
from digest.render.formatting import Formatter
from digest.render.images import Pictures
from digest.render.metadata import StructuredData, jsonld
from digest.render.reads import SiteReads
from digest.render.subscriptions import FeedInfo
from digest.render.theme import Theme
from digest.routes import Router


@dataclass(frozen=True)
class FeedLink:
    title: str
    url: str
    type: str


@dataclass(frozen=True)
class PagePlan:
    """A page before rendering: its template, route and the values handed to the template,
    and for the sitemap whether it is listed there and the last day its content changed."""

    template: str
    route: str
    context: dict[str, Any]
    lastmod: dt.date | None = None
    listed: bool = True


def item_date(item: Item, tz: dt.tzinfo) -> dt.date:
    """The last day an item's page changed: its edition, or a later update of the article."""
    updated = item.article.updated
    updated_day = updated.astimezone(tz).date() if updated else item.edition
    return max(item.edition, updated_day)


@dataclass(frozen=True)
class Pager:
    """One page of a paginated list."""

    items: Sequence[Item]
    number: int
    count: int
    route: str
    previous_route: str | None
    next_route: str | None


def paginate(items: Sequence[Item], per_page: int, route_of: Any) -> list[Pager]:
    count = max(1, math.ceil(len(items) / per_page))
    return [
        Pager(
            items=items[(n - 1) * per_page : n * per_page],
            number=n,
            count=count,
            route=route_of(n),
            previous_route=route_of(n - 1) if n > 1 else None,
            next_route=route_of(n + 1) if n < count else None,
        )
        for n in range(1, count + 1)
    ]


def template_error(error: jinja2.TemplateError, what: str) -> DigestError:
    """A theme's failure as a problem at the template's file and line: Jinja rewrites its
    tracebacks so that template code appears under the template's path and line."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = Path(error.filename or error.name or "template")
        return DigestError(f"{error.message} (rendering {what})", where, error.lineno, "template")
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if not frame.filename.endswith(".py") and Path(frame.filename).is_file():
            return DigestError(f"{error} (rendering {what})", Path(frame.filename), frame.lineno, "template")
    return DigestError(f"{error} (rendering {what})", None, None, "template")


# What each method of the site that templates may call reads; any other method counts as
# reading every field (a new one is never read too little).
_METHOD_READS = {"items_in_section": ("items",), "items_tagged": ("items",), "items_from": ("items",)}


class SiteView:
    """The site as templates see it: every field read is noted in `reads`."""

    __slots__ = ("_fields", "_reads", "_site")

    def __init__(self, site: Site, reads: SiteReads) -> None:
        self._site = site
        self._reads = reads
        # The configuration is part of every output's identity already.
        self._fields = frozenset(f.name for f in dataclasses.fields(site) if f.name != "config")

    def __getattr__(self, name: str) -> Any:
        if name in self._fields:
            self._reads.fields.add(name)
        elif name != "config":
            self._reads.fields.update(_METHOD_READS.get(name, self._fields))
        return getattr(self._site, name)


def fragment_cache(reads: SiteReads) -> Callable[..., Markup]:
    """The `once` template function, for markup that does not change from page to page:

        {% call once("site-nav") %}<nav>...</nav>{% endcall %}

    renders its body the first time a key is seen in a build and repeats that text after.
    The header, navigation and footer are the same on all 10,000 pages of a big site, and
    an item's entry in a list the same on its section's and each of its tags' pages, so
    this saves most of the template calls of a build. The key must name everything the
    body depends on besides the site (for an item's entry: the item's id)."""
    fragments: dict[str, tuple[Markup, frozenset[str]]] = {}

    def once(key: str, caller: Callable[[], str]) -> Markup:
        found = fragments.get(key)
        if found is None:
            # The site's fields the body read are part of the fragment: a page that
            # repeats it depends on them just as the first page did.
            before, reads.fields = reads.fields, set()
            found = fragments[key] = (Markup(caller()), frozenset(reads.fields))
            reads.fields = before | reads.fields
        fragment, read = found
        reads.fields |= read
        return fragment

    return once


def bind_theme(theme: Theme, view: SiteView, router: Router, pictures: Pictures) -> None:
    """Give every template (pages and feed entries) the site, seen through `view` (which
    notes what a rendering reads of it), the routes, formatters and pictures."""
    site = view._site
    reads = view._reads
    asset_routes = {asset.name: asset.route for asset in theme.assets()}

    def asset_url(name: str) -> str:
        return router.url(asset_routes[name])

    env = theme.environment
    env.globals.update(
        site=view,
        config=site.config,
        routes=router,
        url=router.url,
        absolute=router.absolute,
        asset=asset_url,
        has_asset=asset_routes.__contains__,
        fmt=Formatter(site.config.language, site.config.tz),
        schema=StructuredData(view, router, pictures),
        picture=pictures.view,
        first_picture=pictures.first_view,
        once=fragment_cache(reads),
        # <meta name="generator">; the version is part of every output's identity (code_key).
        generator=f"digest {__version__}",
    )
    # Content fragments go into pages through these two: both sanitize again.
    env.filters["rebase"] = router.rebase_html
    env.filters["sanitize"] = sanitize_again
    env.filters["jsonld"] = jsonld
    reads.reset()


class Renderer:
    """Renders every HTML page; `bind_theme` must have been called on the theme."""

    def __init__(self, site: Site, theme: Theme, router: Router) -> None:
        self.site = site
        self.config = site.config
        self.router = router
        self.theme = theme
        self.format = Formatter(self.config.language, self.config.tz)
        self._ = theme.gettext  # the titles the renderer gives pages, in the site's language
        theme.environment.globals["site_feeds"] = self.feed_links("")

    def feed_links(self, prefix: str, title: str = "") -> list[FeedLink]:
        label = f"{self.config.title}{' — ' + title if title else ''}"
        return [
            FeedLink(
                f"{label} (RSS)", self.router.absolute(self.router.feed("rss", prefix)), "application/rss+xml"
            ),
            FeedLink(
                f"{label} (Atom)",
                self.router.absolute(self.router.feed("atom", prefix)),
                "application/atom+xml",
            ),
            FeedLink(
                f"{label} (JSON Feed)",
                self.router.absolute(self.router.feed("json", prefix)),
                "application/feed+json",
            ),
        ]

    def render(
        self, template: str, route: str, lastmod: dt.date | None, listed: bool = True, **context: Any
    ) -> PagePlan:
        context.setdefault("feeds", [])
        context.setdefault("title", "")
        context.setdefault("language", "")
        context.setdefault("description", self.config.description)
        return PagePlan(template, route, context, lastmod, listed)

    def output_path(self, plan: PagePlan) -> str:
        return self.router.output_path(plan.route)

    def html(self, plan: PagePlan) -> bytes:
        return self.theme.template(plan.template).render(route=plan.route, **plan.context).encode("utf-8")

    # The pages, each made from the values it is given and nothing else: the plan groups
    # them by those values (`render.plan.Group`), and a group whose values did not change
    # is kept whole by the next build.
    def latest(self, items: Sequence[Item]) -> dt.date | None:
        """The newest day any of these items' pages changed."""
        return max((item_date(item, self.config.tz) for item in items), default=None)

    def home(self, first: Edition | None, recent: tuple[Edition, ...], newest: dt.date | None) -> PagePlan:
        return self.render("index.html", self.router.home(), newest, edition=first, recent=recent)

    def edition(self, edition: Edition, newer: Edition | None, older: Edition | None) -> PagePlan:
        return self.render(
            "edition.html",
            self.router.edition(edition.date),
            self.latest(edition.items),
            edition=edition,
            title=edition.title or self.format.date(edition.date),
            newer=newer,
            older=older,
        )

    def archive(self, editions: tuple[Edition, ...], newest: dt.date | None) -> PagePlan:
        months: dict[dt.date, list[Edition]] = defaultdict(list)
        for edition in editions:
            months[edition.date.replace(day=1)].append(edition)
        return self.render(
            "archive.html",
            self.router.archive(),
            newest,
            title=self._("Archive"),
            months=sorted(months.items(), reverse=True),
        )

    def article(self, item: Item) -> PagePlan:
        return self.render(
            "article.html",
            self.router.article(item.article),
            item_date(item, self.config.tz),
            item=item,
            title=item.headline,
            description=item.note.summary or self.config.description,
            language=item.article.language,
        )

    def story(self, story: Story, items: tuple[Item, ...]) -> PagePlan:
        """A story's page: its reports, oldest first; `items`: those published here."""
        return self.render(
            "story.html",
            self.router.story(story.ref.slug),
            self.latest(items),
            story=story,
            items={item.article.id: item for item in items},
            title=story.ref.title,
            description=story.ref.title
            + ": "
            + self.theme.ngettext(
                "%(num)d report from %(outlets)s.",
                "%(num)d reports from %(outlets)s.",
                len(story.reports),
                outlets=self.theme.ngettext("%(num)d outlet", "%(num)d outlets", story.ref.outlets),
            ),
        )

    def item_list(
        self, kind: str, key: str, title: str, intro: str, items: tuple[Item, ...]
    ) -> list[PagePlan]:
        """A section's, a tag's or an outlet's pages of items."""
        route = {"section": self.router.section, "tag": self.router.tag, "outlet": self.router.outlet}[kind]
        feeds = self.feed_links(route(key), title)
        return [
            self.render(
                "list.html",
                pager.route,
                self.latest(pager.items),
                pager=pager,
                kind=kind,
                title=title,
                intro=intro,
                feeds=feeds,
            )
            for pager in paginate(items, self.config.per_page, lambda n: route(key, n))
        ]

    def tags_index(self, counts: tuple[tuple[Tag, int], ...], newest: dt.date | None) -> PagePlan:
        return self.render("tags.html", self.router.tags(), newest, title=self._("Tags"), counts=dict(counts))

    def search(self, newest: dt.date | None) -> PagePlan:
        # The search page's index holds every item: it changes with the newest of them.
        return self.render("search.html", self.router.search(), newest, title=self._("Search"))

    def subscriptions(self, feeds: tuple[FeedInfo, ...], newest: dt.date | None) -> PagePlan:
        """The "Feeds" page: every feed with its purpose. Its date for the sitemap is the
        newest item's, the last day a feed it lists changed."""
        return self.render(
            "feeds.html",
            self.router.feeds_page(),
            newest,
            title=self._("Feeds"),
            description=self._(
                "Every feed of %(site)s: the whole digest, each section and each tag, in RSS, Atom and "
                "JSON Feed, and all of them in one OPML file.",
                site=self.config.title,
            ),
            subscriptions=feeds,
        )

    def not_found(self) -> PagePlan:
        return self.render(
            "404.html", self.router.not_found(), None, listed=False, title=self._("Page not found")
        )
