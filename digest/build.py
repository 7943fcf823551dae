"""The whole pipeline: read everything, check it, render to bytes, then write once."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from digest.config import Config
from digest.content.editions import build_site
from digest.content.hygiene import Finding, hygiene
from digest.content.model import Site
from digest.content.notes import read_notes
from digest.content.readers import read_articles
from digest.errors import Collector
from digest.incremental.outputfolder import check_output_folder
from digest.incremental.sparecopy import SpareCopy
from digest.incremental.tree import TreeSync, exclusive, live_records, start_spare_copy
from digest.parallel import workers
from digest.render.outputs import Made, Output
from digest.render.plan import PageOutput, SiteOutputs
from digest.routes import check_routes
from digest.search.index import MARKER as SEARCH_MARKER
from digest.search.index import SearchIndex, SearchPage, search_files, search_outputs


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


# Called as progress(stage, done, total) so the CLI can draw a bar or print lines.
Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def load_site(config: Config, today: dt.date, include_drafts: bool = False, cache: bool = True) -> Site:
    """Read and validate all content; raises DigestErrors listing every problem.

    With `cache`, files unchanged since the last read are not parsed again: their parsed
    form is kept in `config.cache_path` (see digest/incremental/contentstore.py). Problems are found
    and reported the same way either way."""
    errors = Collector()
    articles = read_articles(config, errors, cache)
    notes = read_notes(config, {a.id for a in articles}, errors, cache)
    errors.raise_if_any()
    site = build_site(config, articles, notes, today, errors, include_drafts)
    check_routes(site, errors)
    errors.raise_if_any()
    return site


def site_outputs(site: Site, cache: Path | None = None) -> tuple[SiteOutputs, list[PageOutput], list[Output]]:
    """The pages (with their search shards) and every other file but the search index.
    With `cache`, compiled templates are kept there between builds."""
    outputs = SiteOutputs(site, cache)
    return outputs, outputs.pages(), outputs.files()


def render_site(site: Site) -> list[tuple[str, bytes]]:
    """Every output file as (route, bytes), in a stable order. No disk writes."""
    outputs, pages, others = site_outputs(site)
    files = [(page.output.route, page.output.produce()) for page in pages]
    files.extend(search_files(files, outputs.router, {page.output.route: page.shard for page in pages}))
    files.extend((output.route, output.produce()) for output in others)
    return files


class MemoryRenderer:
    """`render_site` for `digest serve`: everything in memory, and from one rebuild to the
    next only the files whose fingerprint changed are rendered again (the same rule as a
    cached build's; search shards and compiled templates are kept under `cache`)."""

    def __init__(self, cache: Path | None = None) -> None:
        self.cache = cache
        self.files: dict[str, tuple[Made, bytes]] = {}
        self.rendered = 0  # files produced by the last `render`

    def render(self, site: Site) -> dict[str, bytes]:
        outputs, pages, others = site_outputs(site, self.cache)
        site_key = outputs.site_key
        kept: dict[str, tuple[Made, bytes]] = {}
        self.rendered = 0

        def data(output: Output) -> bytes:
            old = self.files.get(output.route)
            if old and old[0].matches(output, site_key):
                kept[output.route] = old
                return old[1]
            made = output.produce()
            kept[output.route] = (Made(output.fingerprint, site_key if outputs.reads() else ""), made)
            self.rendered += 1
            return made

        files = {page.output.route: data(page.output) for page in pages}
        search = [
            SearchPage(
                page.output.route, page.shard, kept[page.output.route][0].identity, partial(bytes, html)
            )
            for page in pages
            if _is_searchable(html := files[page.output.route])
        ]
        search_files_ = search_outputs(search, outputs.router, self.cache)
        files.update((output.route, data(output)) for output in [*others, *search_files_])
        self.files = kept
        return files


def render_changed(site: Site, output: Path | None = None) -> int:
    """Render, in memory, every page, feed and file a build would produce, except those
    the last cached build into `output` made from the same inputs (they rendered then, so
    they render now). For `digest check`: template problems surface as in a build. The
    search index is left out: it is made from pages, not from the editor's files.
    Returns how many files were rendered."""
    config = site.config
    target = output or config.output_path
    live = live_records(target, config.cache_path)
    outputs, pages, others = site_outputs(site)
    site_key = outputs.site_key
    rendered = 0
    for item in [*(page.output for page in pages), *others]:
        record = live.get(item.route)
        if record is None or not record.matches(item, site_key):
            item.produce()
            rendered += 1
    return rendered


def _is_searchable(data: bytes) -> bool:
    return SEARCH_MARKER in data


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
            with _collector_off():
                site = load_site(config, today, cache=cache)
                gc.freeze()
            progress("read", 1, 1)
            try:
                progress("render", 0, 1)
                findings: list[Finding] = []
                outputs, pages, count = _write(
                    site, target, cache_path, spare_copy, lambda: findings.extend(hygiene(site, cache_path))
                )
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
        pages=sum(1 for page in pages if page.output.route.endswith(".html")),
        feeds=sum(1 for route in outputs if route.endswith(("feed.xml", "atom.xml", "feed.json"))),
        seconds=time.perf_counter() - started,
        warnings=warnings,
    )


@contextlib.contextmanager
def _collector_off() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write(
    site: Site,
    target: Path,
    cache: Path | None,
    spare_copy: SpareCopy | None = None,
    also: Callable[[], object] = lambda: None,
) -> tuple[list[str], list[PageOutput], int]:
    """Sync every output into staging, then swap: article pages first (the search index
    is made from them, and their shards can be indexed while the rest renders), then the
    other pages and files, then the search index. `also` is other work of the build: it
    is done while Pagefind indexes a shard started early (otherwise at the end, when it
    cannot slow Pagefind's two processes down). Returns the routes, the pages and the
    number of files."""
    outputs = SiteOutputs(site, cache)
    sync = TreeSync(target, cache, workers(), spare_copy)
    site_key = outputs.site_key
    articles = outputs.article_pages()
    try:
        with SearchIndex(outputs.router, cache) as index:
            sync.sync([page.output for page in articles], site_key, outputs.reads, _is_searchable)
            index.add(_search_pages(sync, articles), early=True)
            # Fingerprinted only now: while a shard started early is indexed.
            rest = outputs.other_pages()
            sync.sync([page.output for page in rest], site_key, outputs.reads, _is_searchable)
            sync.sync(outputs.files(), site_key, outputs.reads)
            index.add(_search_pages(sync, rest))
            # A cold build's next spare tree is copied while Pagefind indexes (disk work
            # beside CPU work), not after the swap.
            sync.copy_ahead()
            meanwhile = index.indexing
            if meanwhile:
                also()
            search = index.outputs()  # and no thread of it is left once the block ends
        sync.sync(search, rendered=False)
    except BaseException:
        sync.abandon()  # staging, and a copy started ahead, go (again, if sync did it)
        raise
    count = sync.finish()
    if not meanwhile:
        also()
    return list(sync.records), [*articles, *rest], count


def _search_pages(sync: TreeSync, pages: list[PageOutput]) -> list[SearchPage]:
    search = []
    for page in pages:
        record = sync.records[page.output.route]
        if record.searchable:
            # Read only if the page's shard is indexed again: most are served from the cache.
            html = partial(sync.read, page.output.route)
            search.append(SearchPage(page.output.route, page.shard, record.identity, html))
    return search
