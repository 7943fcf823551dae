"""The distribution's name and version: `digest --version`, the metadata the cache key
reads, and the generator named in pages and feeds."""

from __future__ import annotations

import tomllib

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


def test_the_cache_key_reads_the_distribution_s_requirements() -> None:
    """The cache key names the installed versions of digest's dependencies; with a wrong
    distribution name it found none and said nothing."""
    names = {entry.partition("==")[0].lower() for entry in codekey._dependency_versions()}
    assert {"jinja2", "markdown", "pyyaml", "feedgen"} <= names


def test_pages_and_feeds_name_the_generator_and_its_version(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    version = digest.__version__
    for page in ("index.html", "articles/ledger-chip-export-rebound/index.html", "404.html"):
        assert f'<meta name="generator" content="digest {version}">' in project.read(page)
    assert f"<generator>digest {version}</generator>" in project.read("feed.xml")
    assert f'<generator version="{version}">digest</generator>' in project.read("atom.xml")
