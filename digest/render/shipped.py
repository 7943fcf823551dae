"""Where the shipped themes are, installed or in a source tree. A module of its own so
that the up-to-date check can find them without importing Jinja."""

from __future__ import annotations

from pathlib import Path


def shipped_themes_dir() -> Path:
    package = Path(__file__).parents[1]
    installed = package / "_themes"  # where the wheel puts the repository's themes/
    return installed if installed.is_dir() else package.parent / "themes"
