"""A copy of the spare tree, made by another process while the build goes on.

When `output/` is missing but the cache holds a spare tree (a fresh checkout with a
restored cache, or an output someone deleted), the build renames the spare tree into
place and then needs a new spare tree for the next build: 13,000 folders of hard links,
which is disk work and costs seconds on a slow disk. That copy does not depend on the
new site: it can start at once, as a copy of the spare tree as it is, while this process
reads and fingerprints the content (CPU work). A cold build, with no spare tree, starts
the copy of its staging tree once only the search index is left to write. When the swap
comes, the copy only catches up with the files the build changed since
(`TreeSync.finish`).

The copy runs in a new, small Python process (`python -m digest.incremental.sparecopy REQUEST`), not
a fork: a fork of a build that holds 10,000 articles would count their 700 MB again in
every measure of resident memory, and a fresh process is safe to start from a process
with threads (`digest serve`).

The spare tree may change under the copy (the build writes changed files into it): a
file linked before its change is caught up like any other changed file, and one that
vanished is skipped. If the copy fails, the build makes one the usual way.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection
from pathlib import Path

import digest
from digest.incremental.prune import Folders, clone
from digest.parallel import die_with_parent


class SpareCopy:
    """A copy under way into `folder` of the routes the spare tree held when it started."""

    def __init__(self, folder: Path, process: subprocess.Popen[bytes], request: Path) -> None:
        self.folder = folder
        self.process = process
        self.request = request
        self.finished = False

    def wait(self) -> Folders | None:
        """The copy's folder mtimes once it is complete; None (and no folder) if it failed.
        The folder is then the caller's."""
        self.finished = True
        report, _ = self.process.communicate()
        self.request.unlink(missing_ok=True)
        stamps: Folders | None = None
        if self.process.returncode == 0:
            with contextlib.suppress(ValueError):
                found = json.loads(report)
                if isinstance(found, dict):
                    stamps = found
        if stamps is None:
            shutil.rmtree(self.folder, ignore_errors=True)
        return stamps

    def cancel(self) -> None:
        """Stop the copy and remove what it made, unless `wait` handed it over already."""
        if self.finished:
            return
        self.finished = True
        self.process.kill()
        self.process.communicate()
        self.request.unlink(missing_ok=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def copy_folder(cache: Path, output: Path) -> Path:
    return cache / f"copy-{output.name}"


def clear_leftovers(folder: Path) -> None:
    """Remove what a killed build's copy left: the copy folder, and its request file if
    the build died before the copying process read it. Builds hold the cache's lock, so
    nothing here belongs to a copy under way."""
    shutil.rmtree(folder, ignore_errors=True)
    for stale in folder.parent.glob(f".{folder.name}-*.json"):
        stale.unlink(missing_ok=True)


def _command(request: Path) -> list[str]:
    return [sys.executable, "-m", "digest.incremental.sparecopy", str(request)]


def start(spare: Path, routes: Collection[str], folder: Path) -> SpareCopy | None:
    """Begin copying the tree at `spare`, which holds `routes`, into `folder` (replacing
    what a killed build left there). None where no process can be started."""
    if not routes or not spare.is_dir():
        return None
    clear_leftovers(folder)
    # The routes go through a file: through the child's stdin, a megabyte of them would
    # keep this process waiting until the child has started and read them.
    try:
        handle, name = tempfile.mkstemp(prefix=f".{folder.name}-", suffix=".json", dir=folder.parent)
    except OSError:  # a full disk or a read-only cache: the build reports it when it writes
        return None
    request = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(
                {"spare": str(spare), "folder": str(folder), "routes": sorted(routes), "parent": os.getpid()},
                out,
            )
    except OSError:
        request.unlink(missing_ok=True)
        return None
    # The child imports this package from where this process found it, installed or not.
    source = str(Path(digest.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))}
    try:
        process = subprocess.Popen(
            _command(request), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
    except OSError:  # no process to be had: the build copies the usual way
        request.unlink(missing_ok=True)
        return None
    return SpareCopy(folder, process, request)


def main(request_file: str) -> int:
    """In the copying process: read the request, copy, print the folder mtimes as JSON."""
    path = Path(request_file)
    request = json.loads(path.read_text(encoding="utf-8"))
    path.unlink(missing_ok=True)
    die_with_parent(request["parent"])
    try:
        stamps = clone(request["spare"], request["folder"], request["routes"], skip_missing=True)
    except OSError:
        return 1
    sys.stdout.write(json.dumps(stamps))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
