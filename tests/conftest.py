"""Shared fixtures: the sample project, and small sites written into tmp_path."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import textwrap
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from digest.build import BuildResult, build
from digest.config import Config, load_config

# The fixtures `web` (a server on 127.0.0.1) and `local_only` (no other address resolves).
pytest_plugins = ["tests.webserver"]

ROOT = Path(__file__).resolve().parent.parent
# Every group of outputs a build keeps whole is planned again and compared with what it
# holds (`digest.incremental.sinks.VERIFY`): a group made from a value missing from its
# inputs fails the test that kept it. Builds the tests start as processes inherit it.
os.environ["DIGEST_VERIFY_GROUPS"] = "1"
SAMPLE_TODAY = dt.date(2025, 11, 25)

BASE_CONFIG = """\
title: "Test Digest"
description: "A digest for tests."
base_url: "https://example.org/digest/"
language: "en"
timezone: "Asia/Seoul"
author: "Test Desk"
sections:
  - id: policy
    title: "Policy"
  - id: tech
    title: "Tech"
"""


# The one folder digest may leave beside config.yaml besides output/ (README: "The build
# cache"), and what it may hold.
CACHE_DIR = ".digest-cache"
CACHE_FILE = re.compile(r"(articles|notes|images)\.\d\d(\.stamps)?\.pickle")  # parsed content, newer stamps
# Duplicates found, resized pictures, what the last build was made from, links checked, the search shards
# (serve: its own), the spare output tree and its manifest, compiled templates, story links and related reading,
# feed entries.
OTHER_CACHE_FILES = {
    "duplicates.pickle",
    "feed-entries.pickle",
    "images",
    "last-build.pickle",
    "links.json",
    "lock",
    "search",
    "serve",
    "spare-output",
    "stories.pickle",
    "templates",
    "trees-output.pickle",
}


def project_files(root: Path) -> list[str]:
    """The names in a project folder, leaving out the cache folder as long as it holds
    nothing but cache files (no temporary files left behind)."""
    names = sorted(p.name for p in root.iterdir())
    cache = root / CACHE_DIR
    if cache.is_dir() and all(
        CACHE_FILE.fullmatch(p.name) or p.name in OTHER_CACHE_FILES for p in cache.iterdir()
    ):
        names.remove(CACHE_DIR)
    return names


def tree_differences(left: Mapping[str, object], right: Mapping[str, object]) -> list[str]:
    """The files two trees do not share, or hold with other content: what a failed
    comparison names, rather than every file's bytes (a failure's report is read from
    the end of CI's log, where a dump of a whole site leaves no room for the names)."""
    return [
        f"{'only left' if route not in right else 'only right' if route not in left else 'differs'}: {route}"
        for route in sorted(set(left) | set(right))
        if left.get(route) != right.get(route)
    ]


@pytest.fixture(scope="session", autouse=True)
def _no_cache_in_the_repository() -> Iterator[None]:
    """Tests build into tmp_path; one that reads the repository's own sample site must
    point `cache_dir` elsewhere too."""
    existed = (ROOT / CACHE_DIR).exists()
    yield
    assert existed or not (ROOT / CACHE_DIR).exists(), f"a test wrote {ROOT / CACHE_DIR}"


@pytest.fixture(scope="session", autouse=True)
def _machine_key_of_the_tests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled templates are signed with a key kept in $XDG_STATE_HOME
    (digest/machinekey.py): the tests make their own, not the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
        yield


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from the current output"
    )


def require_tools() -> bool:
    """In CI (DIGEST_REQUIRE_TOOLS=1) a missing external checker fails instead of skipping."""
    return os.environ.get("DIGEST_REQUIRE_TOOLS") == "1"


def skip_or_fail(reason: str) -> None:
    if require_tools():
        pytest.fail(f"required tool missing: {reason}")
    pytest.skip(reason)


@dataclass
class Project:
    """A small digest project in a temporary folder."""

    root: Path

    @property
    def config_path(self) -> Path:
        return self.root / "config.yaml"

    @property
    def output(self) -> Path:
        return self.root / "output"

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def article(self, article_id: str, text: str) -> Path:
        return self.write(f"content/articles/{article_id}", text)

    def note(self, name: str, text: str) -> Path:
        return self.write(f"content/notes/{name}", text)

    def config(self, base_url: str | None = None) -> Config:
        config = load_config(self.config_path)
        return config.with_base_url(base_url) if base_url else config

    def build(self, base_url: str | None = None, out: Path | None = None) -> BuildResult:
        return build(self.config(base_url), out, today=SAMPLE_TODAY)

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text(encoding="utf-8")


RAW_ARTICLE = """\
 date 2025-11-19 City council approves night buses for Gangnam
Published: 19 Nov. 2025, 15:15
The city council approved three new night bus routes on Wednesday.
Officials said the routes would start running in January.
BY KIM JI-HO [[email protected]]
with the Test Ledger
To write comments, please log in to one of the accounts.
"""

EDITION_NOTES = """\
edition: "2025-11-19"
title: "Night buses"
intro: "Today's edition."
notes:
  - article: "night-buses"
    section: policy
    rank: 1
    summary: "Three new routes."
    commentary: |
      Long overdue. See [the archive](/archive/).
    tags: ["transport", "seoul"]
"""


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A minimal valid project: one raw article and one edition file."""
    proj = Project(tmp_path / "site")
    proj.write("config.yaml", BASE_CONFIG)
    proj.article("night-buses.txt", RAW_ARTICLE)
    proj.note("2025-11-19.yaml", EDITION_NOTES)
    return proj


@pytest.fixture
def sample_copy(tmp_path: Path) -> Callable[[], Project]:
    """A copy of the repository's sample site (config, content, themes) to modify freely."""

    def make() -> Project:
        root = tmp_path / "sample"
        for name in ("content", "themes"):
            shutil.copytree(ROOT / name, root / name)
        shutil.copy(ROOT / "config.yaml", root / "config.yaml")
        return Project(root)

    return make
