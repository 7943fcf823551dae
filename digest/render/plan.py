"""The plan of a site: every output file as an `Output` (its route, what it is made from,
and a callable that renders it). Nothing is rendered here until a sink asks for it.

One list of pages serves every use: the sinks render it, the search index takes the
pages marked for it, and the sitemap lists it. Each output's `inputs` are the values it
is produced from, as given (a page's template, route and template values; an e-mail
edition's edition; a feed's scope and the items of its entries); what producing it
reads of the whole site is tracked while it renders (`SiteReads`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

import jinja2

from digest.content.model import Edition, Item, Site
from digest.hashing import hash_bytes
from digest.render.email import email_html
from digest.render.feedmodel import Feed
from digest.render.feeds import FeedBuilder, Scope
from digest.render.hosts import SITEMAP, host_file, host_routes, sitemap
from digest.render.outputs import Output
from digest.render.pages import PagePlan, Renderer, SiteReads, SiteView, bind_theme, template_error
from digest.render.theme import Theme
from digest.routes import Router

# The search index's shard of pages that are not an item's (the default theme marks none).
OTHER_SHARD = "pages"


def edition_shard(edition: dt.date) -> str:
    """The search shard of an article in this edition: the edition's month. A month of a
    daily digest is a few hundred articles: quick to reindex, and few enough shards for
    the browser."""
    return f"{edition:%Y-%m}"


@dataclass(frozen=True)
class PageOutput:
    output: Output
    plan: PagePlan
    shard: str  # which part of the search index the page belongs to


class Plan:
    """Every output of one site, rendered with one theme (bound here to the site)."""

    def __init__(self, site: Site, theme: Theme) -> None:
        self.site = site
        self.config = site.config
        self.router = Router(site.config)
        self.theme = theme
        self.reads = SiteReads()
        self.view = SiteView(site, self.reads)  # what templates and host files see of the site
        bind_theme(theme, self.view, self.router)
        self.renderer = Renderer(site, theme, self.router)
        try:
            self.feed_builder = FeedBuilder(site, theme, self.router)
        except jinja2.TemplateError as error:
            raise template_error(error, "the feeds") from None
        self._pages: list[PageOutput] | None = None

    # Pages.
    def pages(self) -> list[PageOutput]:
        if self._pages is None:
            self._pages = [self._page(plan) for plan in self.renderer.plans()]
        return self._pages

    def article_pages(self) -> list[PageOutput]:
        """The pages of one item each, whose search shards are their editions' months."""
        return [page for page in self.pages() if page.shard != OTHER_SHARD]

    def other_pages(self) -> list[PageOutput]:
        """Every page `article_pages` leaves out."""
        return [page for page in self.pages() if page.shard == OTHER_SHARD]

    def _page(self, plan: PagePlan) -> PageOutput:
        output = Output(
            route=self.renderer.output_path(plan),
            inputs=("page", plan.template, plan.route, plan.context),
            produce=partial(self._render_page, plan),
        )
        item = _item_of(plan)
        return PageOutput(output, plan, edition_shard(item.edition) if item is not None else OTHER_SHARD)

    def _render_page(self, plan: PagePlan) -> bytes:
        self.reads.reset()
        try:
            return self.renderer.html(plan)
        except jinja2.TemplateError as error:
            raise template_error(error, plan.route or "the front page") from None

    def files(self) -> list[Output]:
        """Every output but the pages and the search index."""
        return [*self.emails(), *self.feeds(), *self.assets(), *self.host_files()]

    # E-mail editions.
    def emails(self) -> list[Output]:
        return [
            Output(self.router.email(edition.date), ("email", edition), partial(self._render_email, edition))
            for edition in self.site.editions
        ]

    def _render_email(self, edition: Edition) -> bytes:
        self.reads.reset()
        try:
            return email_html(edition, self.theme, self.router)
        except jinja2.TemplateError as error:
            raise template_error(error, self.router.email(edition.date)) from None

    # Feeds: the three formats of one scope are made from one `Feed`, built once.
    def feeds(self) -> list[Output]:
        builder = self.feed_builder
        site_updated = builder.site_updated()
        outputs: list[Output] = []
        for scope in builder.scopes():
            # The scope as the feed uses it: its entries' items, not every item it has.
            inputs = ("feed", scope.key, scope.prefix, scope.title, scope.description, scope.anchor)
            inputs += (site_updated, builder.entry_items(scope))
            files = _FeedFiles(builder, scope, site_updated, self.reads)
            outputs.extend(Output(route, inputs, partial(files.data, route)) for route in files.routes())
        return outputs

    # Static files of the theme and the host's files (sitemaps, robots.txt...).
    def assets(self) -> list[Output]:
        return [_ready(asset.route, asset.data) for asset in self.theme.assets()]

    def host_files(self) -> list[Output]:
        """The sitemap lists the plan's own pages; the other host files are made from the
        site, and what they read of it is tracked as they are made."""
        outputs = []
        for route in host_routes(self.config):
            if route == SITEMAP:
                entries = tuple(
                    (page.plan.route, page.plan.lastmod) for page in self.pages() if page.plan.listed
                )
                outputs.append(Output(route, ("sitemap", entries), partial(sitemap, entries, self.router)))
            else:
                outputs.append(Output(route, ("host", route), partial(self._host_file, route)))
        return outputs

    def _host_file(self, route: str) -> bytes:
        self.reads.reset()
        return host_file(route, self.view, self.router)


def _item_of(plan: PagePlan) -> Item | None:
    item = plan.context.get("item")
    return item if isinstance(item, Item) else None


def _ready(route: str, data: bytes) -> Output:
    return Output(route, ("bytes", hash_bytes(data)), lambda: data)


class _FeedFiles:
    """A feed's three files, made together on the first request for any of them."""

    def __init__(
        self, builder: FeedBuilder, scope: Scope, site_updated: dt.datetime, reads: SiteReads
    ) -> None:
        self.builder = builder
        self.scope = scope
        self.site_updated = site_updated
        self.reads = reads
        self._files: dict[str, bytes] | None = None
        self._read: set[str] = set()

    def routes(self) -> list[str]:
        return [route for _, route in self.builder.routes(self.scope.prefix)]

    def data(self, route: str) -> bytes:
        if self._files is None:
            self.reads.reset()
            try:
                feed: Feed = self.builder.feed(self.scope, self.site_updated)
            except jinja2.TemplateError as error:
                raise template_error(error, f"the feeds of {self.scope.prefix or 'the site'}") from None
            self._files = dict(self.builder.feed_files(feed))
            self._read = set(self.reads.fields)
        self.reads.fields = set(self._read)  # the tracker answers for this file, whoever rendered last
        return self._files[route]
