"""`digest serve`'s memory of the content it read: each folder's listing and each file's
outcome, kept between rebuilds and trusted until the watcher names a path.

A rebuild from the content store lists and stats every content file and looks each up
(0.6 s of CPU at 10,000 articles) to find the one note an editor saved. The server's
watcher already knows which paths changed: a rebuild lists a folder again only when a
file may have come or gone there, and reads again only the files named since the last
read (parsing them as the store would, `parsing.parse_files`). Anything the memory
cannot vouch for falls back to the full read: the first rebuild, a change outside the
content folder (config.yaml, a folder appearing), a rebuild that failed midway.

Files read again here are not put into the content store: the store keeps the files of
one read whole (`ContentCache.save` drops entries it was not asked for), so it catches up
at the next full read, parsing the few files edited since.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from digest.content.parsing import PARALLEL_THRESHOLD, FileStore, Load, Outcome, Parse, T, parse_files
from digest.content.readers import content_files
from digest.errors import Collector, Problem

# The kinds kept: pictures are few and go through the content store's stat check.
KEPT_KINDS = ("articles", "notes")


class KeptContent:
    """Listings and outcomes of the last read, and the paths changed since.

    `changed` is called by the watcher's thread, the rest by the rebuild's: `begin`
    takes the paths changed so far, so a save during the read is read by the next one."""

    def __init__(self, content: Path) -> None:
        self.content = content  # the project's content folder, as the watcher names it
        self.lock = threading.Lock()
        self.pending: set[str] = set()  # changed since the last `begin`
        self.reading: set[str] = set()  # changed before this read began
        self.whole = True  # the next read is a full one
        self.listings: dict[tuple[Path, tuple[str, ...]], tuple[list[Path], tuple[Problem, ...]]] = {}
        # Each listing's paths and their folders, as text (`_moved`), made when first needed.
        self.names: dict[tuple[Path, tuple[str, ...]], tuple[frozenset[str], frozenset[str]]] = {}
        self.outcomes: dict[str, dict[Path, Outcome[Any]]] = {}
        self.inner: FileStore | None = None  # the store of a full read
        self.relisted = 0  # folders listed again, for tests
        self.parsed = 0  # files read again, for tests

    def changed(self, paths: Iterable[Path]) -> None:
        """The watcher saw these paths change. One outside the content folder (the
        configuration, themes, the folder itself) makes the next read a full one."""
        prefix = str(self.content) + os.sep
        with self.lock:
            for path in paths:
                name = str(path)
                if name.startswith(prefix):
                    self.pending.add(name)
                else:
                    self.whole = True

    def unchanged(self) -> bool:
        """Whether no path has changed since the last read began (a rebuild may then
        reuse what that read made)."""
        with self.lock:
            return not self.whole and not self.pending

    def forget(self) -> None:
        """Trust nothing kept: the next read is a full one."""
        with self.lock:
            self.whole = True

    def begin(self, inner: FileStore) -> bool:
        """Start a read, with `inner` for a full one; whether it is a full one."""
        with self.lock:
            whole = self.whole
            self.reading, self.pending = self.pending, set()
            self.whole = False
        if whole:
            self.listings.clear()
            self.names.clear()
            self.outcomes.clear()
        self.inner = inner
        return whole

    def files(self, folder: Path, suffixes: tuple[str, ...], errors: Collector) -> list[Path]:
        """`content_files`, listed again only when a changed path may have come, gone or
        turned into something else, or when the last listing found problems."""
        key = (folder, suffixes)
        kept = self.listings.get(key)
        if kept is None or kept[1] or self._moved(key, kept[0]):
            found = Collector()
            kept = (content_files(folder, suffixes, found), tuple(found.problems))
            self.listings[key] = kept
            self.names.pop(key, None)
            self.relisted += 1
        errors.extend(kept[1])
        return list(kept[0])

    def _moved(self, key: tuple[Path, tuple[str, ...]], listed: list[Path]) -> bool:
        prefix = str(key[0]) + os.sep
        changed = [name for name in self.reading if name.startswith(prefix)]
        if not changed:
            return False
        found = self.names.get(key)
        if found is None:
            # Once per listing, not per save: at 10,000 articles, making these sets at
            # every article saved cost `digest serve` 0.15 s before its page was shown.
            found = self.names[key] = (
                frozenset(str(path) for path in listed),
                frozenset(str(parent) for path in listed for parent in path.parents),
            )
        names, folders = found
        for name in changed:
            if name in names:
                path = Path(name)
                if path.is_symlink() or not path.is_file():  # gone, or no longer a plain file
                    return True
            elif name in folders or os.path.lexists(name):  # a folder went, or a file came
                return True
        return False

    def read(self, kind: str, paths: Sequence[Path], load: Load, parse: Parse[T]) -> list[Outcome[T]]:
        """The outcome of every path: kept, unless the path changed since it was read."""
        assert self.inner is not None, "begin() first"
        kept = self.outcomes.get(kind)
        if kind not in KEPT_KINDS:
            return self.inner.read(kind, paths, load, parse)
        if kept is None:
            outcomes = self.inner.read(kind, paths, load, parse)
        else:
            missed = [path for path in paths if path not in kept or str(path) in self.reading]
            parsed = parse_files(load, parse, missed, PARALLEL_THRESHOLD)
            fresh = {path: outcome for path, (_, _, outcome) in zip(missed, parsed, strict=True)}
            self.parsed += len(missed)
            outcomes = [fresh[path] if path in fresh else kept[path] for path in paths]
        # Only this read's paths: a deleted file leaves nothing behind.
        self.outcomes[kind] = dict(zip(paths, outcomes, strict=True))
        return outcomes
