"""Browser fixtures: the sample site built in both themes under a sub-path, served on
127.0.0.1, and Debian's Chromium driven by Playwright (never `playwright install`).

The sample's editions all fall in November 2025; the served copy moves the first edition
into October, so search is tested across three shards: October whole, and the newest
month's two parts, 2025-11-15 and 2025-11-22 (OLD_SHARD_ARTICLE lives in October)."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.build import build
from digest.config import load_config
from tests.browser.server import SiteServer, free_port
from tests.conftest import ROOT, SAMPLE_TODAY, skip_or_fail

THEMES = ("default", "briefing")
PREFIX = "/my-digest/"
MOVED_EDITION = ("2025-11-19", "2025-10-31")
OLD_SHARD_ARTICLE = "ledger-chip-export-rebound"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def failed_for_real(request: object) -> bool:
    """A request that failed, except one the browser cancelled itself (a favicon still
    loading when the test closes the page): a missing file is a 404, not a cancel."""
    return getattr(request, "failure", None) != "net::ERR_ABORTED"


def chromium_path() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and Path(candidate).is_file():
            return candidate
    skip_or_fail("Debian's chromium is not installed (apt-get install chromium fonts-nanum)")
    raise AssertionError("unreachable")


def sample_in_two_months(root: Path) -> Path:
    """A copy of the sample content with MOVED_EDITION's edition (and links to it) moved."""
    old, new = MOVED_EDITION
    shutil.copytree(ROOT / "content", root / "content")
    notes = root / "content" / "notes"
    (notes / f"{old}.yaml").rename(notes / f"{new}.yaml")
    for note in notes.glob("*.yaml"):
        note.write_text(note.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """{theme: base URL} for the sample site built once per theme and served under PREFIX,
    and "ko": the Korean sample (config.ko.yaml)."""
    chromium_path()
    content = sample_in_two_months(tmp_path_factory.mktemp("sample"))
    base = dataclasses.replace(load_config(ROOT / "config.yaml"), root=content)
    korean = dataclasses.replace(load_config(ROOT / "config.ko.yaml"), root=content)
    urls: dict[str, str] = {}
    servers = []
    # Each theme, and the Korean sample ("ko", the default theme with `language: ko`).
    for name, config in [
        *((theme, dataclasses.replace(base, theme=theme)) for theme in THEMES),
        ("ko", korean),
    ]:
        port = free_port()
        url = f"http://127.0.0.1:{port}{PREFIX}"
        out = tmp_path_factory.mktemp(f"site-{name}")
        build(config.with_base_url(url), out / "site", today=SAMPLE_TODAY)
        server = SiteServer(out / "site", PREFIX, port)
        servers.append(server.__enter__())
        urls[name] = url
    yield urls
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
