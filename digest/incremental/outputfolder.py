"""Which folder a build may replace with the site.

A build swaps its staging tree with the output folder and deletes what was there, so a
wrong `--out` or `output_dir` would delete someone's files: `--out .` the project,
`--out content` the articles. A folder is accepted only when it is absent, empty, or
digest's own: it holds the marker file every build writes (`MARKER`), or the cache's
manifest records it as the output of an earlier build (a site built before the marker
existed). The project folder, its content, themes and cache folders, anything inside
them and any folder that contains them are refused whatever they hold.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from digest.config import Config
from digest.errors import DigestError
from digest.routes import MARKER


def check_output_folder(target: Path, config: Config, known: Callable[[], bool] = lambda: False) -> None:
    """Raise a DigestError naming `target` unless a build may replace it. `known()`: the
    cache's manifest records `target` as the output of an earlier build (asked only for a
    folder with files and no marker: reading the manifest costs time at 10,000 articles)."""
    folder = target.resolve()
    protected = {
        "the project folder": config.root,
        "the content folder": config.root / config.content_dir,
        "the themes folder": config.root / "themes",
        "the cache folder": config.cache_path,
    }
    for name, path in protected.items():
        path = path.resolve()
        if folder == path or path.is_relative_to(folder):
            raise DigestError(f"refusing to write the site here: it is or holds {name} ({path})", target)
        if folder.is_relative_to(path) and name != "the project folder":
            raise DigestError(f"refusing to write the site inside {name} ({path})", target)
    if not os.path.lexists(folder):
        return
    if not folder.is_dir():
        raise DigestError("the output must be a folder, and this is a file", target)
    if (folder / MARKER).is_file():
        return
    with os.scandir(folder) as entries:
        if next(entries, None) is None:
            return
    if known():
        return
    raise DigestError(
        f"refusing to replace a folder that digest did not write (it has files and no {MARKER}):"
        " choose an empty or new folder, or empty this one yourself",
        target,
    )
