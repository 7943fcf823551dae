"""A copy of the spare tree, made on the other core while the build reads and renders.

When `output/` is missing but the cache holds a spare tree (a fresh checkout with a
restored cache, or an output someone deleted), the build renames the spare tree into
place and then needs a new spare tree for the next build: 13,000 folders of hard links,
which is disk work and costs seconds on a slow disk. That copy does not depend on the
new site: it can start at once, as a copy of the spare tree as it is, in a forked
process, while this one reads and fingerprints the content (CPU work). When the swap
comes, the copy only catches up with the few files the build changed
(`TreeSync.finish`).

The spare tree may change under the copy (the build writes changed files into it): a
file linked before its change is caught up like any other changed file, and one that
vanished is skipped. If the copy fails, the build makes one the usual way.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import shutil
from collections.abc import Collection
from pathlib import Path

from digest.parallel import can_fork, die_with_parent
from digest.treeprune import Folders, clone


class SpareCopy:
    """A copy under way into `folder` of the routes the spare tree held when it started."""

    def __init__(
        self,
        folder: Path,
        process: multiprocessing.process.BaseProcess,
        result: multiprocessing.connection.Connection,
    ) -> None:
        self.folder = folder
        self.process = process
        self.result = result
        self.finished = False

    def wait(self) -> Folders | None:
        """The copy's folder mtimes once it is complete; None (and no folder) if it failed.
        The folder is then the caller's."""
        self.finished = True
        try:
            stamps: Folders | None = self.result.recv()
        except (EOFError, OSError):  # the process died without a word
            stamps = None
        self.process.join()
        self.result.close()
        if stamps is None:
            shutil.rmtree(self.folder, ignore_errors=True)
        return stamps

    def cancel(self) -> None:
        """Stop the copy and remove what it made, unless `wait` handed it over already."""
        if self.finished:
            return
        self.finished = True
        self.process.kill()
        self.process.join()
        self.result.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def copy_folder(cache: Path, output: Path) -> Path:
    return cache / f"copy-{output.name}"


def start(spare: Path, routes: Collection[str], folder: Path) -> SpareCopy | None:
    """Begin copying the tree at `spare`, which holds `routes`, into `folder` (replacing
    what a killed build left there). None where a process cannot be forked."""
    if not routes or not spare.is_dir() or not can_fork():
        return None
    shutil.rmtree(folder, ignore_errors=True)
    receive, send = multiprocessing.Pipe(duplex=False)
    context = multiprocessing.get_context("fork")
    process = context.Process(
        target=_copy, args=(str(spare), str(folder), sorted(routes), send, os.getpid()), daemon=True
    )
    try:
        process.start()
    except OSError:  # no process to be had: the build copies the usual way
        receive.close()
        send.close()
        return None
    send.close()
    return SpareCopy(folder, process, receive)


def _copy(
    spare: str, folder: str, routes: list[str], result: multiprocessing.connection.Connection, parent: int
) -> None:
    die_with_parent(parent)
    try:
        stamps: Folders | None = clone(spare, folder, routes, skip_missing=True)
    except OSError:
        stamps = None
    result.send(stamps)
    result.close()
