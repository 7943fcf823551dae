"""The whole pipeline: read everything, check it, render to bytes, then write once."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from digest.config import Config
from digest.editions import build_site
from digest.email_edition import email_files
from digest.errors import Collector
from digest.extras import host_files
from digest.feeds import FeedBuilder
from digest.model import Site
from digest.notes import read_notes
from digest.readers import read_articles
from digest.render import Renderer, bind_theme
from digest.routes import Router, check_routes
from digest.search import search_files
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
    warnings: tuple[str, ...] = field(default_factory=tuple)


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
    files.extend(search_files(files, router))
    files.extend(email_files(site, theme, router))
    files.extend(FeedBuilder(site, theme, router).files())
    files.extend((asset.route, asset.data) for asset in theme.assets())
    files.extend(host_files(site, router))
    return files


def build(config: Config, output: Path | None = None, today: dt.date | None = None) -> BuildResult:
    started = time.perf_counter()
    today = today or dt.datetime.now(config.tz).date()
    site = load_site(config, today)
    files = render_site(site)
    target = output or (config.root / config.output_dir)
    count = Writer(target).write_site(files)
    return BuildResult(
        site=site,
        output=target,
        files=count,
        pages=sum(1 for route, _ in files if route.endswith(".html")),
        feeds=sum(1 for route, _ in files if route.endswith(("feed.xml", "atom.xml", "feed.json"))),
        seconds=time.perf_counter() - started,
    )
