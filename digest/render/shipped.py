"""Where the files digest ships are, installed or in a source tree. A module of its own
so that the up-to-date check can find the themes without importing Jinja."""

from __future__ import annotations

from pathlib import Path


def shipped(installed: str, source: str) -> Path:
    """A file or folder of the repository that the wheel copies into the package
    (pyproject.toml: `force-include`): at `digest/<installed>` once installed, at
    `<source>` of the repository in a source checkout (an editable install included)."""
    package = Path(__file__).parents[1]
    path = package / installed
    return path if path.exists() else package.parent / source


def shipped_themes_dir() -> Path:
    return shipped("_themes", "themes")
