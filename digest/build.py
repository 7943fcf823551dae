"""The whole pipeline: read everything, check it, render to bytes, then write once."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from digest.config import Config
from digest.content.editions import build_site, unread_errors
from digest.content.hygiene import Finding, hygiene
from digest.content.images import local_images, read_images
from digest.content.model import Site
from digest.content.notes import read_notes
from digest.content.parsing import FileStore, Uncached
from digest.content.readers import ListFiles, content_files, read_articles
from digest.content.storygroups import FORGET
from digest.errors import Collector, Problem
from digest.incremental.contentstore import ContentStore
from digest.incremental.duplicates import cached_duplicates
from digest.incremental.entrystore import EntryStore
from digest.incremental.fingerprint import Fingerprints, KeptItems, base_key
from digest.incremental.imagestore import image_store
from digest.incremental.kept import KeptContent
from digest.incremental.lock import exclusive
from digest.incremental.outputfolder import check_output_folder
from digest.incremental.searchstore import SearchStore, search_store
from digest.incremental.sinks import DryRunSink, GroupRecord, MemorySink, Sink, never
from digest.incremental.sparecopy import SpareCopy
from digest.incremental.storystore import StoryStore
from digest.incremental.templates import bytecode_cache
from digest.incremental.tree import TreeSync, live_records, live_tree, start_spare_copy
from digest.parallel import workers
from digest.render.plan import Group, Plan, search_shards
from digest.render.theme import Theme
from digest.routes import check_routes
from digest.search.index import MARKER as SEARCH_MARKER
from digest.search.index import Background, SearchIndex, SearchPage


@dataclass(frozen=True)
class BuildResult:
    site: Site
    output: Path
    files: int
    pages: int
    feeds: int
    seconds: float
    warnings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def held_back(self) -> dict[str, int]:
        """Notes kept out of every page and feed, counted by reason ('draft', 'scheduled for ...')."""
        return dict(Counter(held.reason for held in self.site.held_back))

    @property
    def held_back_summary(self) -> str:
        """'2 notes held back from pages and feeds: 1 draft, 1 scheduled for 2025-12-01', or ''."""
        count = len(self.site.held_back)
        if not count:
            return ""
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.held_back.items()))
        return f"{count} {'note' if count == 1 else 'notes'} held back from pages and feeds: {reasons}"


class Hurried(Exception):
    """Raised by `materialize` once its `hurry()` is true: `digest serve` has another
    edit waiting, and the build stops where it is, for the next build to go on from
    (`Sink.pause`)."""


# Called as progress(stage, done, total) so the CLI can draw a bar or print lines.
Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def load_site(
    config: Config,
    today: dt.date,
    include_drafts: bool = False,
    cache: bool = True,
    kept: KeptContent | None = None,
) -> Site:
    """Read and validate all content; raises DigestErrors listing every problem.

    With `cache`, files unchanged since the last read are not parsed again: their parsed
    form is kept in `config.cache_path` (`digest.incremental.contentstore`), and stories
    and related reading are found again only where they can change
    (`digest.incremental.storystore`). With `kept` (`digest serve`), the listings and
    files of its last read are kept but for the paths its watcher saw change. Problems
    are found and reported the same way either way."""
    errors = Collector()
    store: FileStore | None = ContentStore(config.cache_path, config) if cache else None
    files: ListFiles = content_files
    if kept is not None:
        kept.begin(store or Uncached())
        store, files = kept, kept.files
    # A file that cannot be read stops the build only if a note publishes it (build_site).
    unread: dict[str, tuple[Problem, ...]] = {}
    articles = read_articles(config, errors, store, unread, files)
    notes = read_notes(config, {a.id for a in articles} | set(unread), errors, store, files)
    unread_errors(notes, unread, today, errors, include_drafts)
    errors.raise_if_any()
    named = local_images([*(a.image for a in articles), *(n.image for n in notes.notes)])
    images = read_images(config, named, store)
    memory = StoryStore(config.cache_path, config) if cache else FORGET
    site = build_site(config, articles, notes, today, errors, include_drafts, unread, images, memory)
    check_routes(site, errors)
    errors.raise_if_any()
    return site


def editorial_checks(site: Site, cache: Path | None = None) -> list[Finding]:
    """The warnings of `digest check` and the build report (`content.hygiene`); with
    `cache`, the duplicate stories found are remembered while no article changes."""
    if cache is None:
        return hygiene(site)
    return hygiene(site, partial(cached_duplicates, cache=cache))


def plan_site(site: Site, cache: Path | None = None) -> Plan:
    """The plan of every output of the site. With `cache`, compiled templates, resized
    pictures and feed entries are kept there between builds."""
    theme = Theme(site.config, bytecode_cache(cache))
    entries = None
    if cache is not None:
        entries = EntryStore(cache, Fingerprints(site, base_key(site.config, theme.layers)))
    return Plan(site, theme, image_store(cache), entries)


def materialize(
    plan: Plan,
    sink: Sink,
    search: SearchIndex | None = None,
    also: Callable[[], object] = lambda: None,
    first: Collection[str] = (),
    then: Callable[[], object] = lambda: None,
    hurry: Callable[[], bool] | None = None,
    kept: KeptItems | None = None,
) -> None:
    """The one render path of `build`, `serve` and `check`: bring `sink` to hold every
    output of the plan, and the search index's files with them when `search` is given.

    The groups that made the routes in `first` last time come first of all, then `then`
    is called (`digest serve` makes the pages its browsers show, and shows them at once).
    Article pages come next (the search index is made from them, and their months can
    be indexed while the rest renders), then the other pages and files, the sitemap of
    every page, then the search index. `also` is other work of the build: done while
    Pagefind indexes a month started early, or else at the end, when it cannot slow
    Pagefind's processes down.

    Once `hurry()` is true (after `then`: `digest serve` has another edit waiting), the
    build raises `Hurried` at the next step: the caller pauses the sink (`Sink.pause`),
    and the next build, which comes at once, goes on from what this one made.
    `kept` holds the descriptions of the last build's items (`digest serve`)."""
    prints = Fingerprints(plan.site, base_key(plan.config, plan.theme.layers), kept)
    reads = plan.reads
    searchable = _is_searchable if search is not None else never
    made: dict[str, GroupRecord] = {}
    if first:
        # Before any work over the whole site (its plan, every group's key, the pictures
        # of every group to make): only these groups' plan, keys and outputs (a picture
        # they show and the store lacks is made as they render).
        wanted = set(first)
        names = {name for name, old in sink.previous_groups.items() if not wanted.isdisjoint(old.routes)}
        for group in plan.named(names):
            made[group.name] = sink.make(group, prints, reads, searchable)
        then()

    def stop_if_hurried() -> None:
        if hurry is not None and hurry():
            raise Hurried

    stop_if_hurried()
    groups = plan.groups()
    # Pictures the sink will not keep are resized first, several at a time. (Whether a
    # group is kept takes its key: at 10,000 articles, a third of a second for all.)
    to_make = []
    for group in groups:
        stop_if_hurried()
        if group.name not in made and not sink.unchanged(group, prints):
            to_make.append(group.name)
    plan.prepare_images(to_make)

    def make(group: Group) -> GroupRecord:
        found = made.get(group.name)
        if found is None:
            stop_if_hurried()
            found = made[group.name] = sink.make(group, prints, reads, searchable)
        return found

    def make_all(batch: list[Group]) -> list[GroupRecord]:
        """`make` for each group; those not made yet in one batch (`Sink.make_many`: a cold
        build's article pages are rendered by a pool of workers, where one group's page
        or two never are). A build that may be hurried makes a batch in parts, so that it
        stops soon."""
        todo = [group for group in batch if group.name not in made]
        size = _HURRY_BATCH if hurry is not None else max(len(todo), 1)
        for start in range(0, len(todo), size):
            stop_if_hurried()
            part = todo[start : start + size]
            records = sink.make_many(part, prints, reads, searchable)
            made.update(zip((group.name for group in part), records, strict=True))
        return [made[group.name] for group in batch]

    # The articles of the search shards that changed come first: Pagefind can start on a
    # shard once its pages are made, while the other shards' are kept and the rest renders.
    articles = [group for group in groups if group.shard is not None]
    shard_of = search_shards(group.shard for group in articles if group.shard is not None)
    changed = {shard_of[group.shard] for group in articles if not sink.unchanged(group, prints)}
    for batch in (
        [group for group in articles if shard_of[group.shard] in changed],
        [group for group in articles if shard_of[group.shard] not in changed],
    ):
        records = make_all(batch)
        if search is not None:
            search.add(_search_pages(sink, records, shard_of), early=True)
    make_all([group for group in groups if group.shard is None])
    stop_if_hurried()
    # Every page, in the plan's order, for the sitemap.
    pages = [page for group in groups for _, page in made[group.name].pages]
    sink.make(plan.sitemap_group(pages), prints, reads)
    if search is None:
        also()
        return
    search.add(_search_pages(sink, (made[group.name] for group in groups if group.shard is None), shard_of))
    stop_if_hurried()
    # A cold build's next spare tree is copied while Pagefind indexes (disk work beside
    # CPU work), not after the swap.
    sink.copy_ahead()
    meanwhile = search.indexing
    if meanwhile:
        also()
    index = search.groups()  # and no thread of it is left once this returns
    stop_if_hurried()
    sink.make_many(index, prints, rendered=False)
    if not meanwhile:
        also()
    # The last look: what is left (the sink's finish: a swap, and its records written)
    # takes a few tenths of a second at 10,000 articles, which an edit waiting would wait.
    stop_if_hurried()


# Groups made in one batch between two looks at `hurry`. A build that may be hurried is
# `digest serve`'s, which never forks workers (it has threads): the batch does not feed a
# pool, and a few groups are made in a few milliseconds, even where every page is made
# again (a first start, a template edited: an e-mail edition takes 20 ms).
_HURRY_BATCH = 8


def _is_searchable(data: bytes) -> bool:
    return SEARCH_MARKER in data


def _search_pages(sink: Sink, groups: Iterable[GroupRecord], shard_of: Mapping[str, str]) -> list[SearchPage]:
    """The groups' pages marked for search, each in its search shard (`shard_of` maps an
    article page's part of a month to it; other pages' shard is their own)."""
    search = []
    for group in groups:
        for route, page in group.pages:
            record = sink.records[route]
            if record.searchable:
                # Read only if the page's shard is indexed again: most come from the store.
                shard = shard_of.get(page.shard, page.shard)
                search.append(SearchPage(route, shard, record.key, partial(sink.read, route)))
    return search


def render_in_memory(
    site: Site,
    previous: MemorySink | None = None,
    cache: Path | None = None,
    first: Collection[str] = (),
    then: Callable[[MemorySink], object] = lambda sink: None,
) -> MemorySink:
    """Every output file in memory (`digest serve`), by the same path as a build: the
    files of `previous` made from the same inputs are kept. With `cache`, compiled
    templates and the search index's months are kept there between builds. The groups
    of the routes in `first` are made before the others, then `then(sink)` is called."""
    plan = plan_site(site, cache)
    sink = MemorySink(previous)
    with SearchIndex(plan.router, search_store(cache)) as search:
        materialize(plan, sink, search, first=first, then=lambda: then(sink))
    plan.keep_feed_entries()
    return sink


def render_site(site: Site) -> dict[str, bytes]:
    """Every output file as route -> bytes, without any cache."""
    return {route: data for route, (_, data) in sorted(render_in_memory(site).files.items())}


def render_without_search(site: Site) -> dict[str, bytes]:
    """Every output file but the search index's, as route -> bytes, without any cache:
    the site `digest check --links` follows links through (the index is Pagefind's
    bundle, which digest's pages do not link file by file)."""
    sink = MemorySink()
    materialize(plan_site(site), sink)
    return {route: data for route, (_, data) in sorted(sink.files.items())}


def render_changed(site: Site, output: Path | None = None) -> int:
    """Render, in memory, every page, feed and file a build would produce, except those
    the last cached build into `output` made from the same inputs (they rendered then, so
    they render now). For `digest check`: template problems surface as in a build. The
    search index is left out: it is made from pages, not from the editor's files.
    Returns how many files were rendered."""
    config = site.config
    sink = DryRunSink(*live_tree(output or config.output_path, config.cache_path))
    materialize(plan_site(site), sink)
    return sink.produced


def build(
    config: Config,
    output: Path | None = None,
    today: dt.date | None = None,
    progress: Progress = _quiet,
    cache: bool = True,
    spare_copy: SpareCopy | None = None,
) -> BuildResult:
    """Build the site into `output` (default: the config's output folder).

    With `cache`, files whose inputs did not change since the last build are neither
    rendered nor written again, and `.digest-cache/` keeps a spare output tree so that a
    rebuild only touches what changed; without it every file is produced. `spare_copy`
    is a copy the caller started already, holding the cache's lock (`digest build` starts
    it before importing this module)."""
    started = time.perf_counter()
    today = today or dt.datetime.now(config.tz).date()
    cache_path = config.cache_path if cache else None
    target = output or config.output_path
    with exclusive(cache_path):
        check_output_folder(
            target, config, lambda: cache_path is not None and bool(live_records(target, cache_path))
        )
        # When output/ is missing, the next spare tree is copied on the other core while
        # this process reads: disk work alongside CPU work (`digest.incremental.sparecopy`).
        spare_copy = spare_copy or start_spare_copy(target, cache_path)
        try:
            progress("read", 0, 1)
            # Reading makes a million objects that live until the build ends, few of them
            # in cycles. The collector is off while they are made (it would walk them
            # again and again), and they are then moved out of its sight: that spares every
            # later collection a walk over 10,000 articles, and forked workers copy fewer
            # pages (a collection writes to every object it visits).
            with collector_off():
                site = load_site(config, today, cache=cache)
                gc.freeze()
            progress("read", 1, 1)
            try:
                progress("render", 0, 1)
                findings: list[Finding] = []

                def checks() -> None:
                    findings.extend(editorial_checks(site, cache_path))

                outputs, pages, count = _write(site, target, cache_path, spare_copy, checks)
                progress("write", count, count)
                warnings = tuple(findings)
            finally:
                gc.unfreeze()
        finally:
            if spare_copy is not None:
                spare_copy.cancel()  # unless the swap used it: then there is nothing left
    return BuildResult(
        site=site,
        output=target,
        files=count,
        pages=pages,
        feeds=sum(1 for route in outputs if route.endswith(("feed.xml", "atom.xml", "feed.json"))),
        seconds=time.perf_counter() - started,
        warnings=warnings,
    )


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic collector paused (if it ran) while the block makes many objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_tree(
    site: Site,
    target: Path,
    cache: Path | None,
    spare_copy: SpareCopy | None = None,
    also: Callable[[], object] = lambda: None,
    first: Collection[str] = (),
    then: Callable[[TreeSync], object] = lambda sink: None,
    background: Background | None = None,
    hurry: Callable[[], bool] | None = None,
    kept: KeptItems | None = None,
    store: SearchStore | None = None,
) -> TreeSync:
    """Materialize the site's plan into the output tree at `target`, then swap it in
    (`build`, and `digest serve` into its own tree). The groups of the routes in `first`
    are made before the others, then `then(sink)` is called. With `background`, search
    shards to index again are indexed there, and the tree keeps their last bundles
    meanwhile (`search.index.Background`); `hurry` and `kept` are `materialize`'s (a build
    in a hurry pauses the tree and raises `Hurried`).
    `store` is the search store to use instead of a new one of the cache's (`digest
    serve` keeps one). Returns the tree's sink."""
    plan = plan_site(site, cache)
    sink = TreeSync(target, cache, workers(), spare_copy)
    try:
        shards = store if store is not None else search_store(cache)
        with SearchIndex(plan.router, shards, background) as search:
            materialize(plan, sink, search, also, first, lambda: then(sink), hurry, kept)
    except Hurried:
        sink.pause()  # the next build goes on from staging as it is
        raise
    except BaseException:
        sink.abandon()  # staging, and a copy started ahead, go (again, if the sink did it)
        raise
    sink.finish()
    plan.keep_feed_entries()
    plan.forget_other_images()
    return sink


def _write(
    site: Site,
    target: Path,
    cache: Path | None,
    spare_copy: SpareCopy | None = None,
    also: Callable[[], object] = lambda: None,
) -> tuple[list[str], int, int]:
    """`write_tree` for `build`: the routes, the number of pages and the number of files."""
    sink = write_tree(site, target, cache, spare_copy, also)
    pages = sum(1 for group in sink.groups.values() for route, _ in group.pages if route.endswith(".html"))
    return list(sink.records), pages, len(sink.records)
