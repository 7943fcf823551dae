"""Keeping a tree of output files exactly as the manifest says, without walking all of it.

A tree holds one file per route and the folders those routes need. Someone may have put
files into `output/` by hand, and a killed build may have left temporary files; when that
tree later becomes the spare one, those strays must go. Walking 13,000 folders to find
them costs most of a small rebuild, so, like git's untracked cache, each folder's
modification time is recorded when the tree is known to be clean: adding, removing or
renaming anything in a folder changes its mtime, so only folders whose mtime moved since
are listed. Editing a file in place does not move its folder's mtime; that is caught by
the file's own stat in the manifest (see `treesync.Record.describes`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Collection, Iterable

# A folder's mtime, by relative path ('' is the tree's root); UNKNOWN means "list it".
Folders = dict[str, int]
UNKNOWN = -1
# Folder mtimes come from the kernel's coarse clock, which ticks every few milliseconds:
# a folder changed this shortly before its mtime was read could change again unseen.
RACY_NS = 100_000_000


def folders_of(routes: Iterable[str]) -> set[str]:
    """Every folder the routes need, ancestors included, with '' for the root."""
    folders = {""}
    for route in routes:
        folder = route.rpartition("/")[0]
        while folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    return folders


def _stamp(path: str, now: int) -> int:
    mtime = os.stat(path).st_mtime_ns
    return mtime if now - mtime > RACY_NS else UNKNOWN


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def prune(root: str, routes: Collection[str], recorded: Folders, held: Iterable[str] = ()) -> Folders:
    """Remove from the tree at `root` every file and folder that is not one of `routes` or
    a folder they need, listing only the folders whose mtime differs from `recorded`.
    `held` are the routes the tree's manifest says it holds: those the new site no longer
    has go by name, as their folder's mtime has not moved since they were recorded there
    (a search index fragment of a withdrawn article, in a folder nothing else changed in).
    Returns the folders' mtimes afterwards, for the next prune of this tree."""
    wanted = folders_of(routes)
    for route in held:
        if route not in routes and route.rpartition("/")[0] in wanted:
            with contextlib.suppress(FileNotFoundError):
                _remove(f"{root}/{route}")
    now = time.time_ns()
    stamps: Folders = {}
    # Deepest first, so that a folder's mtime is read after its subfolders were pruned.
    for folder in sorted(wanted | recorded.keys(), key=lambda f: f.count("/") + (f != ""), reverse=True):
        path = f"{root}/{folder}" if folder else root
        if folder not in wanted:
            shutil.rmtree(path, ignore_errors=True)
            continue
        try:
            mtime = os.stat(path).st_mtime_ns
        except FileNotFoundError:
            continue
        # A recorded mtime was not racy when read, so a change since has moved it. The
        # root is always listed: swapping the trees may leave its mtime as it was.
        if folder and mtime == recorded.get(folder, UNKNOWN):
            stamps[folder] = mtime
            continue
        prefix = f"{folder}/" if folder else ""
        with os.scandir(path) as entries:
            names = [prefix + entry.name for entry in entries]
        strays = [name for name in names if name not in routes and name not in wanted]
        for stray in strays:
            _remove(f"{root}/{stray}")
        stamps[folder] = _stamp(path, now)
    return stamps


def hard_link(source: str, path: str) -> None:
    try:
        os.link(source, path)
    except OSError:  # a file system without hard links
        shutil.copy2(source, path)


def clone(source: str, target: str, routes: Iterable[str], skip_missing: bool = False) -> Folders:
    """Make `target` a copy of the tree `source` holding `routes`, its files hard links
    (a copy where the file system has none); with `skip_missing`, a route whose file is
    gone is left out. Returns the new tree's folder mtimes."""
    routes = sorted(routes)
    folders = sorted(folders_of(routes))
    os.makedirs(target, exist_ok=True)
    for folder in folders[1:]:  # sorted, so parents come first; [0] is the root
        os.mkdir(f"{target}/{folder}")
    for route in routes:
        try:
            hard_link(f"{source}/{route}", f"{target}/{route}")
        except FileNotFoundError:
            if not skip_missing:
                raise
    now = time.time_ns()
    return {folder: _stamp(f"{target}/{folder}" if folder else target, now) for folder in folders}
