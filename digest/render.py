"""HTML pages as bytes: a pure function of the site model, the theme and the routes."""

from __future__ import annotations

import datetime as dt
import math
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from digest.errors import DigestError
from digest.formatting import Formatter
from digest.htmlsafe import sanitize_again
from digest.metadata import StructuredData, jsonld
from digest.model import Edition, Item, Site, Tag
from digest.routes import Router
from digest.theme import Theme


@dataclass(frozen=True)
class FeedLink:
    title: str
    url: str
    type: str


@dataclass(frozen=True)
class PagePlan:
    """A page before rendering: its template, route and the values handed to the template."""

    template: str
    route: str
    context: dict[str, Any]


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


class SiteReads:
    """Whether the template being rendered has read the whole site (the `site` or `schema`
    globals) rather than only the values handed to it: such a page must be rendered again
    whenever anything published changes."""

    def __init__(self) -> None:
        self.read = False

    def reset(self) -> None:
        self.read = False

    def __call__(self) -> bool:
        return self.read


class SiteView:
    """The site as templates see it: every attribute read is noted in `reads`."""

    __slots__ = ("_reads", "_site")

    def __init__(self, site: Site, reads: SiteReads) -> None:
        self._site = site
        self._reads = reads

    def __getattr__(self, name: str) -> Any:
        self._reads.read = True
        return getattr(self._site, name)


def fragment_cache(reads: SiteReads) -> Callable[..., Markup]:
    """The `once` template function, for markup that does not change from page to page:

        {% call once("site-nav") %}<nav>...</nav>{% endcall %}

    renders its body the first time a key is seen in a build and repeats that text after.
    The header, navigation and footer are the same on all 10,000 pages of a big site, and
    an item's entry in a list the same on its section's and each of its tags' pages, so
    this saves most of the template calls of a build. The key must name everything the
    body depends on besides the site (for an item's entry: the item's id)."""
    fragments: dict[str, tuple[Markup, bool]] = {}

    def once(key: str, caller: Callable[[], str]) -> Markup:
        found = fragments.get(key)
        if found is None:
            # Whether the body read the whole site is part of the fragment: a page that
            # repeats it depends on the site just as the first page did.
            before, reads.read = reads.read, False
            found = fragments[key] = (Markup(caller()), reads.read)
            reads.read = before
        fragment, read = found
        reads.read = reads.read or read
        return fragment

    return once


def bind_theme(theme: Theme, site: Site, router: Router) -> SiteReads:
    """Give every template (pages and feed entries) the site, routes and formatters.
    Returns the tracker that tells whether a rendering read the whole site."""
    reads = SiteReads()
    view: Any = SiteView(site, reads)
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
        schema=StructuredData(view, router),
        once=fragment_cache(reads),
    )
    # Content fragments go into pages through these two: both sanitize again.
    env.filters["rebase"] = router.rebase_html
    env.filters["sanitize"] = sanitize_again
    env.filters["jsonld"] = jsonld
    reads.reset()
    return reads


class Renderer:
    """Renders every HTML page; `bind_theme` must have been called on the theme."""

    def __init__(self, site: Site, theme: Theme, router: Router) -> None:
        self.site = site
        self.config = site.config
        self.router = router
        self.theme = theme
        self.format = Formatter(self.config.language, self.config.tz)
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

    def render(self, template: str, route: str, **context: Any) -> PagePlan:
        context.setdefault("feeds", [])
        context.setdefault("title", "")
        context.setdefault("language", "")
        context.setdefault("description", self.config.description)
        return PagePlan(template, route, context)

    def output_path(self, plan: PagePlan) -> str:
        return self.router.output_path(plan.route)

    def html(self, plan: PagePlan) -> bytes:
        return self.theme.template(plan.template).render(route=plan.route, **plan.context).encode("utf-8")

    def pages(self) -> Iterator[tuple[str, bytes]]:
        """Every page rendered, as (output path, bytes)."""
        for plan in self.plans():
            yield self.output_path(plan), self.html(plan)

    def plans(self) -> Iterator[PagePlan]:
        site = self.site
        yield self.render(
            "index.html",
            self.router.home(),
            edition=site.editions[0] if site.editions else None,
            recent=site.editions[1:8],
        )
        for index, edition in enumerate(site.editions):
            yield self.edition(edition, index)
        yield self.archive()
        for item in site.items:
            yield self.render(
                "article.html",
                self.router.article(item.article),
                item=item,
                title=item.headline,
                description=item.note.summary or self.config.description,
                language=item.article.language,
            )
        yield from self.sections()
        yield from self.tags()
        yield self.render("search.html", self.router.search(), title="Search")
        yield self.render("404.html", self.router.not_found(), title="Page not found")

    def edition(self, edition: Edition, index: int) -> PagePlan:
        editions = self.site.editions
        return self.render(
            "edition.html",
            self.router.edition(edition.date),
            edition=edition,
            title=edition.title or self.format.date(edition.date),
            newer=editions[index - 1] if index > 0 else None,
            older=editions[index + 1] if index + 1 < len(editions) else None,
        )

    def archive(self) -> PagePlan:
        months: dict[dt.date, list[Edition]] = defaultdict(list)
        for edition in self.site.editions:
            months[edition.date.replace(day=1)].append(edition)
        return self.render(
            "archive.html",
            self.router.archive(),
            title="Archive",
            months=sorted(months.items(), reverse=True),
        )

    def sections(self) -> Iterator[PagePlan]:
        for section in self.config.sections:
            items = self.site.items_in_section(section.id)
            prefix = self.router.section(section.id)
            for pager in paginate(
                items, self.config.per_page, lambda n, s=section.id: self.router.section(s, n)
            ):
                yield self.render(
                    "list.html",
                    pager.route,
                    pager=pager,
                    kind="section",
                    title=section.title,
                    intro=section.description,
                    feeds=self.feed_links(prefix, section.title),
                )

    def tags(self) -> Iterator[PagePlan]:
        counts: dict[Tag, int] = {tag: len(self.site.items_tagged(tag.slug)) for tag in self.site.tags}
        yield self.render("tags.html", self.router.tags(), title="Tags", counts=counts)
        for tag in self.site.tags:
            items = self.site.items_tagged(tag.slug)
            prefix = self.router.tag(tag.slug)
            for pager in paginate(items, self.config.per_page, lambda n, s=tag.slug: self.router.tag(s, n)):
                yield self.render(
                    "list.html",
                    pager.route,
                    pager=pager,
                    kind="tag",
                    title=f"#{tag.name}",
                    intro="",
                    feeds=self.feed_links(prefix, f"#{tag.name}"),
                )
