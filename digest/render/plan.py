"""The plan of a site: every output file as an `Output` (its route, what it is made from,
and a callable that renders it), in groups made from the same values. Nothing is
rendered here until a sink asks for it.

A `Group` is the outputs one set of values makes: an article's page; an edition's page;
all pages of a section or a tag; a feed's three files. Its `make` is a function of its
`inputs` alone (and of the configuration and theme, which every output depends on), so
a group whose inputs are what they were when a sink last made it is kept whole by that
sink without being planned (`digest.incremental.sinks`), and a rebuild after one edit
plans only the groups that show what changed. Within a group, each output's own
`inputs` say what it is made from (a page's template, route and template values), and
what producing it reads of the whole site is tracked while it renders (`SiteReads`).

One list of pages serves every use: the sinks render it, the search index takes the
pages marked for it, and the sitemap lists it (`sitemap_group`, made last).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Generic, TypeVar

import jinja2

from digest.content.model import Edition, Item, Site
from digest.hashing import hash_bytes
from digest.render.email import email_html, email_message
from digest.render.feedmodel import Feed
from digest.render.feeds import EntryMemo, FeedBuilder, Scope
from digest.render.hosts import SITEMAP, host_file, host_routes, sitemap
from digest.render.images import ImageJob, ImageStore, Pictures
from digest.render.outputs import Output, Page
from digest.render.pages import PagePlan, Renderer, SiteView, bind_theme, template_error
from digest.render.reads import SiteReads
from digest.render.subscriptions import FeedInfo, opml, subscriptions
from digest.render.theme import Theme
from digest.routes import Router

T = TypeVar("T")

# The search index's shard of pages that are not an item's (the default theme marks none).
OTHER_SHARD = "pages"


# A part of a month: its first day, the 1st, 8th, 15th or 22nd (the last part runs to the
# month's end).
_PART = re.compile(r"(\d{4}-\d{2})-(01|08|15|22)")


@cache
def edition_part(edition: dt.date) -> str:
    """The part of its month an edition falls in, named by the part's first day
    ('2025-11-22': the 22nd to the 30th): where its articles go in the search index
    (`search_shards`). Asked for every article page of every build, of a few hundred
    dates: remembered (formatted anew, 10,000 times took 0.1 s of a rebuild)."""
    return f"{edition.year:04d}-{edition.month:02d}-{min((edition.day - 1) // 7, 3) * 7 + 1:02d}"


def search_shards(parts: Iterable[str]) -> dict[str, str]:
    """The search shard (one Pagefind bundle) of each of a site's month parts: the
    newest month's parts are a shard each ('2025-11-22'), an older month's parts make one
    ('2025-10'). A Pagefind bundle cannot take one page more: an edited page's whole
    shard is indexed again, at about 1.5 ms a page, and the newest editions are those an
    editor edits (a daily digest's month: 360 pages, 0.55 s; a part: 50 to 150). But the
    browser merges every shard at the first search (10,000 articles: 23 month shards,
    0.98 s; every month in parts, 89 shards, 1.76 s), so older months stay whole. When a
    new month's first edition comes, the last month's parts are indexed again as one
    shard, once. Other names (OTHER_SHARD) are their own shard."""
    parts = set(parts)
    newest = max((found[1] for part in parts if (found := _PART.fullmatch(part))), default=None)
    return {
        part: found[1] if (found := _PART.fullmatch(part)) and found[1] != newest else part for part in parts
    }


# The name of an article page's group is this and the article's id.
ARTICLE = "article:"


@dataclass(frozen=True)
class Group:
    """Outputs made together from the same values."""

    name: str  # unique in the plan and stable from build to build: 'article:<id>', 'tag:<slug>'
    inputs: tuple[object, ...]  # every value `make` uses
    make: Callable[[], list[Output]]
    # An article's page: its edition's part of a month (`edition_part`); made first, for
    # the search index.
    shard: str | None = None


class Plan:
    """Every output of one site, rendered with one theme (bound here to the site)."""

    def __init__(
        self, site: Site, theme: Theme, images: ImageStore | None = None, entries: EntryMemo | None = None
    ) -> None:
        self.site = site
        self.config = site.config
        self.router = Router(site.config)
        self.theme = theme
        self.reads = SiteReads()
        self.view = SiteView(site, self.reads)  # what templates and host files see of the site
        self.pictures = Pictures(site.config, self.router, images)
        bind_theme(theme, self.view, self.router, self.pictures)
        self.renderer = Renderer(site, theme, self.router)
        try:
            self.feed_builder = FeedBuilder(site, theme, self.router, self.pictures, self.reads, entries)
        except jinja2.TemplateError as error:
            raise template_error(error, "the feeds") from None

    def groups(self) -> list[Group]:
        """Every group but the sitemap's: the pages in the sitemap's order, then the
        e-mail editions, feeds, theme files and the other host files."""
        site, render = self.site, self.renderer
        newest = render.latest(site.items)
        editions = site.editions
        first = editions[0] if editions else None
        groups = [self._pages("home", (first, editions[1:8], newest), render.home)]
        for index, edition in enumerate(editions):
            newer = editions[index - 1] if index > 0 else None
            older = editions[index + 1] if index + 1 < len(editions) else None
            groups.append(self._pages(f"edition:{edition.date}", (edition, newer, older), render.edition))
        groups.append(self._pages("archive", (editions, newest), render.archive))
        groups.extend(self._article(item) for item in site.items)
        item_of = {item.article.id: item for item in site.items}
        for story in site.stories:
            items = tuple(item_of[r.article_id] for r in story.reports if r.article_id in item_of)
            groups.append(self._pages(f"story:{story.ref.slug}", (story, items), render.story))
        for section in self.config.sections:
            inputs = (
                "section",
                section.id,
                section.title,
                section.description,
                site.items_in_section(section.id),
            )
            groups.append(self._pages(f"section:{section.id}", inputs, render.item_list))
        counts = tuple((tag, len(site.items_tagged(tag.slug))) for tag in site.tags)
        groups.append(self._pages("tags", (counts, newest), render.tags_index))
        groups.append(self._pages("search", (newest,), render.search))
        feeds = subscriptions(site, self.router, self.theme.gettext)
        groups.append(self._pages("feeds", (feeds, newest), render.subscriptions))
        groups.append(Group("opml", (feeds,), partial(self._opml, feeds)))
        for tag in site.tags:
            inputs = ("tag", tag.slug, f"#{tag.name}", "", site.items_tagged(tag.slug))
            groups.append(self._pages(f"tag:{tag.slug}", inputs, render.item_list))
        for outlet in site.outlets:
            inputs = ("outlet", outlet.slug, outlet.name, "", site.items_from(outlet.slug))
            groups.append(self._pages(f"outlet:{outlet.slug}", inputs, render.item_list))
        groups.append(self._pages("404", (), render.not_found))
        # Pictures before what links them: a feed's enclosure needs the file's length. A
        # picture's routes are made from its path and hash, its files' bytes from its key
        # (which holds the hash): those two describe the group, its key made in 3 µs
        # where the job's every field took 17 (5,000 pictures: 0.07 s of every build).
        groups.extend(
            Group(self.image_group(job), (job.path, job.key), partial(self.pictures.outputs, job))
            for job in self.image_jobs()
        )
        groups.extend(Group(f"email:{e.date}", (e,), partial(self._email, e)) for e in editions)
        groups.extend(self._feeds())
        groups.append(Group("assets", (), self._assets))
        groups.extend(
            Group(f"host:{route}", (route,), partial(self._host_file, route))
            for route in host_routes(self.config)
            if route != SITEMAP
        )
        return groups

    def named(self, names: Collection[str]) -> list[Group]:
        """The groups of these names, in the plan's order. Article pages alone are planned
        without the rest of the plan (`digest serve` makes the page a browser shows
        before anything else)."""
        if all(name.startswith(ARTICLE) for name in names):
            return [self._article(item) for item in self.site.items if ARTICLE + item.id in names]
        return [group for group in self.groups() if group.name in names]

    def _article(self, item: Item) -> Group:
        return self._pages(ARTICLE + item.id, (item,), self.renderer.article, edition_part(item.edition))

    # Pictures: one group per local picture shown, named by its file.
    def image_jobs(self) -> list[ImageJob]:
        return self.pictures.jobs(self.site.items)

    @staticmethod
    def image_group(job: ImageJob) -> str:
        return f"image:{job.path}"

    def prepare_images(self, groups: Sequence[str]) -> None:
        """Resize, several at a time, the pictures of these groups the store lacks (the
        groups a sink will make, not keep): each is made once, before the pages and
        feeds that would otherwise make them one by one."""
        wanted = set(groups)
        self.pictures.prepare(job for job in self.image_jobs() if self.image_group(job) in wanted)

    def keep_feed_entries(self) -> None:
        """Keep the entries the feeds carry now for the next build (with an `EntryMemo`)."""
        builder = self.feed_builder
        if builder.memo is not None:
            builder.memo.close(builder.carried())

    def forget_other_images(self) -> None:
        """Delete the stored pictures no page of this site shows any more."""
        self.pictures.prune(self.image_jobs())

    def sitemap_group(self, pages: Sequence[Page]) -> Group:
        """The sitemap, listing these pages (those of every group, in order)."""
        entries = tuple((page.url, page.lastmod) for page in pages if page.listed)
        return Group(
            f"host:{SITEMAP}",
            (entries,),
            lambda: [Output(SITEMAP, ("sitemap", entries), partial(sitemap, entries, self.router))],
        )

    def outputs(self) -> list[Output]:
        """Every output, made now (for a look at the whole plan, as the tests take)."""
        outputs = [output for group in self.groups() for output in group.make()]
        pages = [output.page for output in outputs if output.page is not None]
        return outputs + self.sitemap_group(pages).make()

    # Pages.
    def _pages(
        self,
        name: str,
        inputs: tuple[object, ...],
        make: Callable[..., PagePlan | list[PagePlan]],
        shard: str | None = None,
    ) -> Group:
        return Group(name, inputs, partial(self._page_outputs, make, inputs), shard)

    def _page_outputs(
        self, make: Callable[..., PagePlan | list[PagePlan]], inputs: tuple[object, ...]
    ) -> list[Output]:
        made = make(*inputs)
        return [self._page(plan) for plan in (made if isinstance(made, list) else [made])]

    def _page(self, plan: PagePlan) -> Output:
        item = plan.context.get("item")
        shard = edition_part(item.edition) if isinstance(item, Item) else OTHER_SHARD
        return Output(
            route=self.renderer.output_path(plan),
            inputs=("page", plan.template, plan.route, plan.context),
            produce=partial(self._render_page, plan),
            page=Page(plan.route, plan.lastmod, plan.listed, shard),
        )

    def _render_page(self, plan: PagePlan) -> bytes:
        self.reads.reset()
        try:
            return self.renderer.html(plan)
        except jinja2.TemplateError as error:
            raise template_error(error, plan.route or "the front page") from None

    # E-mail editions: the HTML file, and the message made from it and the edition.
    def _email(self, edition: Edition) -> list[Output]:
        html = _Once(partial(self._render_email, edition), self.reads)
        message = partial(self._email_message, edition, html)
        return [
            Output(self.router.email(edition.date), ("email", edition), html.get),
            Output(self.router.email_message(edition.date), ("email-message", edition), message),
        ]

    def _render_email(self, edition: Edition) -> bytes:
        try:
            return email_html(edition, self.theme, self.router)
        except jinja2.TemplateError as error:
            raise template_error(error, self.router.email(edition.date)) from None

    def _email_message(self, edition: Edition, html: _Once[bytes]) -> bytes:
        return email_message(edition, html.get(), self.config, self.router, self.theme.gettext)

    # Feeds: the three formats of one scope are made from one `Feed`, built once.
    def _feeds(self) -> list[Group]:
        builder = self.feed_builder
        site_updated = builder.site_updated()
        groups = []
        for scope in builder.scopes():
            # The scope as the feed uses it: its entries' items, not every item it has.
            inputs = (scope.key, scope.prefix, scope.title, scope.description, scope.anchor)
            inputs += (site_updated, builder.entry_items(scope))
            groups.append(
                Group(f"feed:{scope.key}", inputs, partial(self._feed, scope, site_updated, inputs))
            )
        return groups

    def _feed(self, scope: Scope, site_updated: dt.datetime, inputs: tuple[object, ...]) -> list[Output]:
        files = _FeedFiles(self.feed_builder, scope, site_updated, self.reads)
        return [Output(route, ("feed", *inputs), partial(files.data, route)) for route in files.routes()]

    # Every feed, for a reader's import.
    def _opml(self, feeds: tuple[FeedInfo, ...]) -> list[Output]:
        route = self.router.opml()
        config = self.config
        return [
            Output(
                route,
                ("opml", feeds),
                partial(opml, feeds, config.title, config.author, self.router, self.theme.gettext),
            )
        ]

    # Static files of the theme and the host's files (sitemaps, robots.txt...).
    def _assets(self) -> list[Output]:
        return [_ready(asset.route, asset.data) for asset in self.theme.assets()]

    def _host_file(self, route: str) -> list[Output]:
        return [Output(route, ("host", route), partial(self._render_host_file, route))]

    def _render_host_file(self, route: str) -> bytes:
        self.reads.reset()
        return host_file(route, self.view, self.router)


def _ready(route: str, data: bytes) -> Output:
    return Output(route, ("bytes", hash_bytes(data)), lambda: data)


class _Once(Generic[T]):
    """A value several outputs are made from (a feed's three files, an e-mail edition's
    HTML and message), made on the first request for any of them. Each request then
    answers for the site's fields the making read, whoever rendered last."""

    def __init__(self, make: Callable[[], T], reads: SiteReads) -> None:
        self.make = make
        self.reads = reads
        self._made: tuple[T, set[str]] | None = None

    def get(self) -> T:
        if self._made is None:
            self.reads.reset()
            value = self.make()
            self._made = (value, set(self.reads.fields))
        self.reads.fields = set(self._made[1])
        return self._made[0]


class _FeedFiles:
    """A feed's three files, made together on the first request for any of them."""

    def __init__(
        self, builder: FeedBuilder, scope: Scope, site_updated: dt.datetime, reads: SiteReads
    ) -> None:
        self.builder = builder
        self.scope = scope
        self.site_updated = site_updated
        self._files = _Once(self._make, reads)

    def routes(self) -> list[str]:
        return [route for _, route in self.builder.routes(self.scope.prefix)]

    def _make(self) -> dict[str, bytes]:
        try:
            feed: Feed = self.builder.feed(self.scope, self.site_updated)
        except jinja2.TemplateError as error:
            raise template_error(error, f"the feeds of {self.scope.prefix or 'the site'}") from None
        return dict(self.builder.feed_files(feed))

    def data(self, route: str) -> bytes:
        return self._files.get()[route]
