"""Every file of the site as an `Output`: its route, the fingerprint of its inputs, and a
callable that renders it. Nothing is rendered here until the writer asks for it.

A fingerprint starts from a base key (digest's code, the configuration, every file of the
theme) and adds what the file is made of: a page's template, route and the values handed
to its template; an e-mail edition's edition; a feed's scope and entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import jinja2

from digest.content.model import Edition, Item, Site
from digest.incremental.codekey import code_key
from digest.incremental.fingerprint import Fingerprints, config_key, hash_bytes, hash_text, theme_key
from digest.incremental.templates import bytecode_cache
from digest.render.email import email_html
from digest.render.feedmodel import Feed
from digest.render.feeds import FeedBuilder, Scope
from digest.render.hosts import host_file, host_routes
from digest.render.outputs import Output
from digest.render.pages import PagePlan, Renderer, SiteReads, bind_theme, template_error
from digest.render.theme import Theme
from digest.routes import Router
from digest.search.index import OTHER_SHARD, edition_shard


@dataclass(frozen=True)
class PageOutput:
    output: Output
    shard: str  # which part of the search index the page belongs to


class SiteOutputs:
    def __init__(self, site: Site, cache: Path | None = None) -> None:
        """With `cache`, compiled templates are kept there between builds."""
        self.site = site
        self.config = site.config
        self.router = Router(site.config)
        self.theme = Theme(site.config, bytecode_cache(cache))
        self.reads: SiteReads = bind_theme(self.theme, site, self.router)
        self.renderer = Renderer(site, self.theme, self.router)
        try:
            self.feed_builder = FeedBuilder(site, self.theme, self.router)
        except jinja2.TemplateError as error:
            raise template_error(error, "the feeds") from None
        self.base = hash_text(code_key(), config_key(site.config), theme_key(self.theme.layers))
        self.prints = Fingerprints(site, self.base)
        self._page_plans: list[PagePlan] | None = None

    @property
    def site_key(self) -> str:
        return self.prints.site_key()

    # Pages.
    def pages(self) -> list[PageOutput]:
        return [self._page(plan) for plan in self._plans()]

    def article_pages(self) -> list[PageOutput]:
        """The pages of one item each, whose search shards are their editions' months."""
        return [self._page(plan) for plan in self._plans() if _item_of(plan) is not None]

    def other_pages(self) -> list[PageOutput]:
        """Every page `article_pages` leaves out. A build fingerprints them apart: while
        Pagefind indexes the shard of an edited article, on the other core."""
        return [self._page(plan) for plan in self._plans() if _item_of(plan) is None]

    def _plans(self) -> list[PagePlan]:
        if self._page_plans is None:
            self._page_plans = list(self.renderer.plans())
        return self._page_plans

    def _page(self, plan: PagePlan) -> PageOutput:
        context = self.prints.describe(plan.context)
        fingerprint = hash_text(self.base, "page", plan.template, plan.route, context)
        output = Output(
            route=self.renderer.output_path(plan),
            fingerprint=fingerprint,
            produce=partial(self._render_page, plan),
        )
        item = _item_of(plan)
        shard = edition_shard(item.edition) if item is not None else OTHER_SHARD
        return PageOutput(output, shard)

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
            Output(
                route=self.router.email(edition.date),
                fingerprint=hash_text(self.base, "email", self.prints.edition(edition)),
                produce=partial(self._render_email, edition),
            )
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
        by_edition = self.config.feeds.unit == "edition"
        outputs: list[Output] = []
        for scope in builder.scopes():
            parts = [self.base, "feed", scope.key, scope.prefix, scope.title, scope.description, scope.anchor]
            parts.append(site_updated.isoformat())
            parts.extend(self.prints.item(item) for item in scope.items)
            if by_edition:
                editions = {item.edition: None for item in scope.items}
                parts.extend(self.prints.edition(builder.editions[date]) for date in editions)
            fingerprint = hash_text(*parts)
            files = _FeedFiles(builder, scope, site_updated, self.reads)
            outputs.extend(Output(route, fingerprint, partial(files.data, route)) for route in files.routes())
        return outputs

    # Static files of the theme and the host's files (sitemaps, robots.txt...).
    def assets(self) -> list[Output]:
        return [_ready(asset.route, asset.data) for asset in self.theme.assets()]

    def host_files(self) -> list[Output]:
        """Sitemaps, robots.txt and the like: made from everything published, so they are
        fingerprinted by the site key."""
        fingerprint = hash_text(self.base, "host", self.site_key)
        return [
            Output(route, fingerprint, partial(host_file, route, self.site, self.router))
            for route in host_routes(self.config)
        ]


def _item_of(plan: PagePlan) -> Item | None:
    item = plan.context.get("item")
    return item if isinstance(item, Item) else None


def _ready(route: str, data: bytes) -> Output:
    return Output(route, hash_bytes(data), lambda: data)


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
        self._read = False

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
            self._read = self.reads()
        self.reads.read = self._read  # the tracker answers for this file, whoever rendered last
        return self._files[route]
