"""The whole pipeline: read everything, check it, render to bytes, then write once."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from digest.config import Config
from digest.editions import build_site
from digest.email_edition import email_files
from digest.errors import Collector
from digest.extras import host_files
from digest.feeds import FeedBuilder
from digest.hygiene import Finding, hygiene
from digest.model import Site
from digest.notes import read_notes
from digest.readers import read_articles
from digest.render import Renderer, bind_theme
from digest.routes import Router, check_routes
from digest.search import article_shards, search_files
from digest.theme import Theme
from digest.writer import Writer


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


def _counted(
    files: Iterable[tuple[str, bytes]], total: int, progress: Progress
) -> Iterator[tuple[str, bytes]]:
    for done, file in enumerate(files, start=1):
        yield file
        progress("write", done, total)


def load_site(config: Config, today: dt.date, include_drafts: bool = False) -> Site:
    """Read and validate all content; raises DigestErrors listing every problem."""
    errors = Collector()
    articles = read_articles(config, errors)
    notes = read_notes(config, {a.id for a in articles}, errors)
    errors.raise_if_any()
    site = build_site(config, articles, notes, today, errors, include_drafts)
    check_routes(site, errors)
    errors.raise_if_any()
    return site


def render_site(site: Site) -> list[tuple[str, bytes]]:
    """Every output file as (route, bytes), in a stable order. No disk writes."""
    router = Router(site.config)
    theme = Theme(site.config)
    bind_theme(theme, site, router)
    files = list(Renderer(site, theme, router).pages())
    files.extend(search_files(files, router, article_shards(site, router)))
    files.extend(email_files(site, theme, router))
    files.extend(FeedBuilder(site, theme, router).files())
    files.extend((asset.route, asset.data) for asset in theme.assets())
    files.extend(host_files(site, router))
    return files


def build(
    config: Config,
    output: Path | None = None,
    today: dt.date | None = None,
    progress: Progress = _quiet,
) -> BuildResult:
    started = time.perf_counter()
    today = today or dt.datetime.now(config.tz).date()
    progress("read", 0, 1)
    site = load_site(config, today)
    progress("read", 1, 1)
    progress("render", 0, 1)
    files = render_site(site)
    progress("render", 1, 1)
    target = output or (config.root / config.output_dir)
    count = Writer(target).write_site(_counted(files, len(files), progress))
    warnings = tuple(hygiene(site))
    return BuildResult(
        site=site,
        output=target,
        files=count,
        pages=sum(1 for route, _ in files if route.endswith(".html") and not route.startswith("email/")),
        feeds=sum(1 for route, _ in files if route.endswith(("feed.xml", "atom.xml", "feed.json"))),
        seconds=time.perf_counter() - started,
        warnings=warnings,
    )
