"""The distribution's name and version: `digest --version`, the metadata the cache key
reads, and the generator named in pages and feeds."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import digest
from digest.cli import main
from digest.incremental import codekey
from tests.conftest import ROOT, Project


def test_version_is_the_package_s_and_the_metadata_s() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"digest {digest.__version__} ({digest.DISTRIBUTION})\n"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == digest.DISTRIBUTION
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "digest/__init__.py"


def test_the_cache_key_names_the_installed_distributions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """The cache key changes when a library is upgraded, and not with the folder digest
    runs from."""
    request.addfinalizer(codekey.code_key.cache_clear)  # not the fake key for later tests
    names = {entry.partition("-")[0].lower() for entry in codekey._installed()}
    assert {"jinja2", "markdown", "pyyaml", "feedgen"} <= names
    site = tmp_path / "site-packages"
    (site / "markdown-3.7.dist-info").mkdir(parents=True)
    (tmp_path / "project" / "notes-1.0.dist-info").mkdir(parents=True)
    monkeypatch.setattr(sys, "path", [str(tmp_path / "project"), str(site)])
    before = _key()
    (site / "markdown-3.7.dist-info").rename(site / "markdown-3.8.dist-info")
    after = _key()
    assert before != after
    (tmp_path / "project" / "notes-1.0.dist-info").rename(tmp_path / "project" / "notes-2.0.dist-info")
    assert _key() == after


def _key() -> str:
    codekey.code_key.cache_clear()
    return codekey.code_key()


def test_pages_and_feeds_name_the_generator_and_its_version(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    version = digest.__version__
    for page in ("index.html", "articles/ledger-chip-export-rebound/index.html", "404.html"):
        assert f'<meta name="generator" content="digest {version}">' in project.read(page)
    assert f"<generator>digest {version}</generator>" in project.read("feed.xml")
    assert f'<generator version="{version}">digest</generator>' in project.read("atom.xml")
