"""Bringing a staging tree up to date with only the files that changed, then swapping it in.

A build keeps two trees: `output/` (live) and a spare one inside the cache folder. Both
have a manifest: for each route, the fingerprint it was made from and the file's size,
modification time and inode. A rebuild updates the spare tree: a file whose fingerprint
it already holds stays; one that the live tree holds is hard-linked from there; only the
rest is produced and written. Then the spare and live trees are exchanged in one atomic
rename, and the old output, now the spare tree, catches up by hard links to the files
that changed, so both trees hold the same site again. Files are never written in place
(a new file always replaces the old name), so a file shared by hard link between the two
trees never changes under either of them. When every file already matches the live
tree, nothing is written at all; after a build that renamed staging into place (there
was no output yet), the next spare tree is made at once as a copy of hard links.
Strays (files put into output/ by hand) are pruned when that tree is next staged, looking
only into folders whose mtime moved (`treeprune`).

Without a cache folder (or when it sits on another file system) the staging folder
starts empty beside the output and is deleted after the swap, as a plain build does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest import picklefile, safepickle
from digest.errors import DigestError
from digest.filestamp import Stamp, has_stamp, is_restored_copy, stamp
from digest.fingerprint import hash_bytes
from digest.outputs import Made, Output
from digest.parallel import can_fork, chunk_size, fork_pool
from digest.sparecopy import SpareCopy, clear_leftovers, copy_folder
from digest.sparecopy import start as start_copy
from digest.treeprune import Folders, clone, hard_link, prune
from digest.writer import checked_route, exchange

try:
    import fcntl
except ImportError:  # not POSIX: builds are not serialized
    fcntl = None  # type: ignore[assignment]

MANIFEST_VERSION = 6  # 6: plain data, records as tables
# Below this many files to produce, forking workers costs more than it saves.
POOL_THRESHOLD = 400


@dataclass(frozen=True)
class Record(Made):
    """A file of a tree: what it was made from, and the stat it was left with."""

    size: int
    mtime_ns: int
    inode: int
    searchable: bool = False  # the page asks to be in the search index
    digest: str = ""  # `fingerprint.hash_bytes` of the file's bytes

    def describes(self, path: str) -> bool:
        return has_stamp(path, self._stamp)

    def found_at(self, path: str) -> Record | None:
        """This record, if the file at `path` is the one it describes: by its stat, or else
        with the new stat, as a restored copy of it or by the hash of its bytes. A tree
        unpacked from a cache archive (a CI job restoring `.digest-cache`) has new inodes
        and the same bytes and modification times: 23,871 files are not read again."""
        try:
            stat = os.stat(path)
        except OSError:
            return None
        if stamp(stat) == self._stamp:
            return self
        if is_restored_copy(stat, self._stamp):
            return dataclasses.replace(self, inode=stat.st_ino)
        if not self.digest or stat.st_size != self.size:
            return None
        try:
            with open(path, "rb") as file:
                same = hash_bytes(file.read()) == self.digest
        except OSError:
            return None
        return dataclasses.replace(self, mtime_ns=stat.st_mtime_ns, inode=stat.st_ino) if same else None

    @property
    def _stamp(self) -> Stamp:
        return (self.size, self.mtime_ns, self.inode)


Manifest = dict[str, Record]


# Folders known to exist in this process: a mkdir per file is a failing syscall per file.
_FOLDERS: set[str] = set()


def _make_folder(path: str) -> None:
    folder = os.path.dirname(path)
    if folder not in _FOLDERS:
        os.makedirs(folder, exist_ok=True)
        _FOLDERS.add(folder)


def _free_name(path: str) -> None:
    """Make way for a new file at `path` in staging. Staging is not served, so the old name,
    perhaps a hard link shared with the live tree, may simply go first: the live copy never
    changes, and it costs two system calls fewer than a temporary renamed into place."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        _make_folder(path)


def _write_file(path: str, data: bytes) -> os.stat_result:
    """Write `data` as a new file at `path` in staging (nobody reads it half-written; a
    killed build's fails its stat check next time)."""
    _free_name(path)
    with open(path, "xb") as file:
        file.write(data)
        file.flush()  # the stat must see the last write's mtime
        return os.fstat(file.fileno())


def _link_file(source: str, path: str) -> None:
    """Put a hard link to `source` at `path` in staging, replacing what is there."""
    _free_name(path)
    hard_link(source, path)


@dataclass(frozen=True)
class _Work:
    staging: str
    outputs: Sequence[Output]
    reads_site: Callable[[], bool]
    searchable: Callable[[bytes], bool]


# Set in the parent just before forking, so workers inherit it without pickling closures.
_WORK: _Work | None = None


# What producing one output gave: its index, the written file's stat and digest, whether
# its template read the whole site, and whether it belongs in the search index.
_Produced = tuple[int, os.stat_result, str, bool, bool]


def _produce_one(index: int) -> _Produced:
    assert _WORK is not None
    output = _WORK.outputs[index]
    path = f"{_WORK.staging}/{checked_route(output.route)}"
    source = output.source
    if source is not None and source.unchanged():
        # A link costs one system call; a copy, reading and writing the bytes.
        _link_file(source.path, path)
        searchable = _WORK.searchable is not _never_reads and _WORK.searchable(Path(path).read_bytes())
        return index, os.stat(path), source.digest, False, searchable
    data = output.produce()
    read = _WORK.reads_site()
    stat = _write_file(path, data)
    return index, stat, hash_bytes(data), read, _WORK.searchable(data)


def _produce_all(work: _Work, workers: int) -> Iterator[_Produced]:
    global _WORK
    _WORK = work
    try:
        count = len(work.outputs)
        if workers > 1 and count >= POOL_THRESHOLD and can_fork():
            with fork_pool(workers) as pool:
                chunk = chunk_size(count, workers)
                yield from pool.imap_unordered(_produce_one, range(count), chunksize=chunk)
        else:
            for index in range(count):
                yield _produce_one(index)
    finally:
        _WORK = None


def _manifest_path(cache: Path, output: Path) -> Path:
    return cache / f"trees-{output.name}.pickle"


def _spare_path(cache: Path, output: Path) -> Path:
    return cache / f"spare-{output.name}"


@dataclass(frozen=True)
class _Trees:
    """Both trees as the last build left them: each file's record, each folder's mtime."""

    live: Manifest
    spare: Manifest
    live_folders: Folders
    spare_folders: Folders


_NO_TREES = _Trees({}, {}, {}, {})


def _plain(trees: _Trees) -> tuple[object, ...]:
    """The trees as plain data: each manifest as its routes and a table of its records
    (`safepickle.rows`); the spare manifest is often the live one, stored once."""
    live = _table(trees.live)
    spare = live if trees.spare is trees.live else _table(trees.spare)
    return (live, spare, trees.live_folders, trees.spare_folders)


def _table(manifest: Manifest) -> tuple[list[str], list[tuple[object, ...]]]:
    return list(manifest), safepickle.rows(manifest.values(), Record)


def _manifest(table: object) -> Manifest:
    match table:
        case (list(routes), list(rows)) if len(routes) == len(rows) and set(map(type, routes)) <= {str}:
            return dict(zip(routes, safepickle.from_rows(Record, rows), strict=True))
    raise picklefile.WrongShape


def _from_plain(output: Path) -> Callable[[object], _Trees | None]:
    """What `_plain` stored, as the trees; None for another format or another output."""

    def parse(value: object) -> _Trees | None:
        match value:
            case (int(version), str(written_for), (live, spare, dict(live_folders), dict(spare_folders))):
                if version != MANIFEST_VERSION or written_for != str(output):
                    return None
                live_manifest = _manifest(live)
                spare_manifest = live_manifest if spare is live else _manifest(spare)
                return _Trees(live_manifest, spare_manifest, live_folders, spare_folders)
        raise picklefile.WrongShape

    return parse


def _read_manifests(path: Path, output: Path) -> _Trees:
    """The trees as the last build left them; empty when unknown (missing, damaged, of
    another shape, or for another output)."""
    return picklefile.read(path, parse=_from_plain(output)) or _NO_TREES


def live_records(output: Path, cache: Path) -> Manifest:
    """What the last cached build wrote into `output`: route -> record."""
    output = output.resolve()
    return _read_manifests(_manifest_path(cache.resolve(), output), output).live


def live_tree_intact(output: Path, cache: Path) -> bool:
    """Whether `output` holds exactly the files the last build wrote there, untouched."""
    live = live_records(output, cache)
    root = str(output.resolve())
    return bool(live) and all(record.describes(f"{root}/{route}") for route, record in live.items())


def start_spare_copy(output: Path, cache: Path | None) -> SpareCopy | None:
    """When `output` is missing and `cache` holds a spare tree for it, start copying that
    tree for the build's next spare (`sparecopy`); None when there is nothing to copy."""
    if cache is None or output.exists():
        return None
    output, cache = output.resolve(), cache.resolve()
    trees = _read_manifests(_manifest_path(cache, output), output)
    return start_copy(_spare_path(cache, output), trees.spare.keys(), copy_folder(cache, output))


# Cache folders whose lock a thread of this process holds, with how many `exclusive`
# blocks hold it. Another thread takes the lock anew, and so waits like another process.
_HELD: dict[tuple[Path, int], int] = {}


@contextlib.contextmanager
def exclusive(cache: Path | None) -> Iterator[None]:
    """One build at a time per cache folder: two would update the same spare tree.
    A second build waits for the first (an advisory lock, released when a build ends or
    its process dies). Blocks nest within a process: `digest build` takes the lock before
    the up-to-date check, and the build inside takes it again."""
    if cache is None or fcntl is None:
        yield
        return
    cache.mkdir(parents=True, exist_ok=True)
    key = (cache.resolve(), threading.get_ident())
    if key in _HELD:
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    with (cache / "lock").open("a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        _HELD[key] = 1
        try:
            yield
        finally:
            del _HELD[key]
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _never_reads(*_: object) -> bool:
    return False


class TreeSync:
    """One build's writes: `sync` batches of outputs into staging, then `finish` swaps."""

    def __init__(
        self, output: Path, cache: Path | None, workers: int = 1, spare_copy: SpareCopy | None = None
    ) -> None:
        self.output = output.resolve()
        # Started before this build read anything (`start_spare_copy`): used only if the
        # build ends by renaming staging into place.
        self.spare_copy = spare_copy
        self.workers = workers
        self.cache = cache.resolve() if cache is not None and self._same_device(cache, output) else None
        self.manifest_path = _manifest_path(self.cache, self.output) if self.cache else None
        trees = _NO_TREES
        if self.cache is not None:
            self.staging = _spare_path(self.cache, self.output)
            trees = self._load()
            if not self.staging.is_dir():
                trees = _Trees(trees.live, {}, trees.live_folders, {})
            if not self.output.is_dir():
                trees = _Trees({}, trees.spare, {}, trees.spare_folders)
        else:
            self.staging = self.output.parent / f".digest-staging-{self.output.name}"
        # What a killed build without a cache, or an older digest, left beside the output.
        for leftover in (f".digest-staging-{self.output.name}", f".digest-old-{self.output.name}"):
            if (self.output.parent / leftover).exists():
                shutil.rmtree(self.output.parent / leftover)
        if not trees.spare and self.staging.exists():
            shutil.rmtree(self.staging)
        if self.cache is not None and spare_copy is None:  # what a killed build's copy left
            clear_leftovers(copy_folder(self.cache, self.output))
        self.live, self.spare = trees.live, trees.spare
        self.trees = trees
        self.staging.mkdir(parents=True, exist_ok=True)
        _FOLDERS.clear()  # trees were moved and pruned since the last build in this process
        self.records: Manifest = {}
        # Files the live tree already holds, linked into staging only if a swap is needed.
        self.pending: dict[str, tuple[str, str]] = {}
        self.differs = False  # whether anything differs from the live tree
        self.from_spare: set[str] = set()  # routes whose file staging already held
        # What a copy started by `copy_ahead` holds; None for the copy of the spare tree
        # started before reading (it holds the spare tree, as `finish` works out).
        self.copy_holds: Manifest | None = None

    @staticmethod
    def _same_device(cache: Path, output: Path) -> bool:
        """The spare tree must be renamed into output's place: same file system only."""
        cache.mkdir(parents=True, exist_ok=True)
        parent = output.resolve().parent
        parent.mkdir(parents=True, exist_ok=True)
        return cache.stat().st_dev == parent.stat().st_dev

    def _load(self) -> _Trees:
        assert self.manifest_path is not None
        return _read_manifests(self.manifest_path, self.output)

    def _save(self, trees: _Trees) -> None:
        if self.manifest_path is not None:
            picklefile.write(self.manifest_path, (MANIFEST_VERSION, str(self.output), _plain(trees)))

    def path(self, route: str) -> Path:
        """Where a synced route's current bytes are: in staging, or in the live tree."""
        pending = self.pending.get(route)
        return Path(pending[0] if pending else f"{self.staging}/{checked_route(route)}")

    def read(self, route: str) -> bytes:
        """The current bytes of a synced route."""
        return self.path(route).read_bytes()

    def sync(
        self,
        outputs: Sequence[Output],
        site_key: str = "",
        reads_site: Callable[[], bool] = _never_reads,
        searchable: Callable[[bytes], bool] = _never_reads,
        rendered: bool = True,
    ) -> None:
        """Make staging hold these outputs. `reads_site()`, asked right after an output was
        produced, tells whether it depended on the whole site (then `site_key` is recorded);
        `searchable(data)` whether it belongs in the search index. Outputs that are not
        `rendered` but only read (the search index's files) are written, or linked from
        their `Source`, by this process: workers would not do it faster and would add
        their memory."""
        try:
            missing = self._claim(outputs, site_key)
            work = _Work(str(self.staging), missing, reads_site, searchable)
            workers = self.workers if rendered else 1
            for index, stat, digest, read, is_searchable in _produce_all(work, workers):
                output = missing[index]
                self.records[output.route] = Record(
                    output.fingerprint,
                    site_key if read else "",
                    stat.st_size,
                    stat.st_mtime_ns,
                    stat.st_ino,
                    is_searchable,
                    digest,
                )
        except BaseException:
            self.abandon()
            raise

    def copy_ahead(self) -> None:
        """Call when staging holds all but the last few outputs. If the build will end by
        renaming staging into place with no copy of it under way (a cold build: no
        output/, no spare tree), start copying it now, on the other core, for the next
        build's spare tree: its 13,000 folders are disk work that then overlaps the search
        index instead of following the swap. `finish` catches the copy up."""
        if self.cache is None or self.spare_copy is not None or self.output.exists() or self.pending:
            return
        self.spare_copy = start_copy(self.staging, self.records.keys(), copy_folder(self.cache, self.output))
        if self.spare_copy is not None:
            self.copy_holds = dict(self.records)

    def _claim(self, outputs: Sequence[Output], site_key: str) -> list[Output]:
        """Take the outputs that staging or the live tree already holds; return the others."""
        missing: list[Output] = []
        staging, live_root = str(self.staging), str(self.output)
        for output in outputs:
            route = checked_route(output.route)
            if route in self.records:
                raise DigestError(f"two outputs want the same file {route!r}")
            target = f"{staging}/{route}"
            source = f"{live_root}/{route}"
            spare = self.spare.get(output.route)
            if spare is not None:
                spare = spare.found_at(target) if spare.matches(output, site_key) else None
            if spare is not None:
                self.from_spare.add(output.route)
            if spare is not None and self.differs:
                # A swap is coming and staging has the file: where the live tree stands
                # does not matter (this spares a stat per file of a small rebuild).
                self.records[output.route] = spare
                continue
            recorded = self.live.get(output.route)
            live = recorded.found_at(source) if recorded and recorded.matches(output, site_key) else None
            # A file found by its hash has a new stat to record: that takes a swap too.
            self.differs = self.differs or live is None or live is not recorded
            if spare is not None:
                self.records[output.route] = spare
            elif live is not None:
                self.records[output.route] = live  # a hard link shares the inode, hence the stat
                self.pending[output.route] = (source, target)
            else:
                self.records[output.route] = Record("", "", -1, -1, -1)  # claimed; filled in below
                missing.append(output)
        return missing

    def abandon(self) -> None:
        """After a failure: the staging tree is in an unknown state, so it goes."""
        self._drop_copy()
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.output.is_dir():
            self._save(_Trees(self.live, {}, self.trees.live_folders, {}))
        else:
            self._save(_NO_TREES)

    def finish(self) -> int:
        """Delete what the new site no longer has, swap staging in, remember both trees.
        When the live tree already is the new site, nothing is written at all."""
        if not self.differs and self.records.keys() == self.live.keys():
            if self.cache is None:
                shutil.rmtree(self.staging)
            return len(self.records)
        try:
            for source, target in self.pending.values():
                _link_file(source, target)
            self.pending.clear()
            # The spare tree was the live output before: strays put there by hand go.
            folders = prune(str(self.staging), self.records, self.trees.spare_folders)
        except BaseException:
            self.abandon()
            raise
        if self.output.exists() and exchange(self.staging, self.output):
            self._drop_copy()
            if self.cache is None:
                shutil.rmtree(self.staging)
                return len(self.records)
            try:
                self._catch_up(self.live)
            except OSError:  # the output is in place; the next build starts a spare tree anew
                self._save(_Trees(self.records, {}, folders, {}))
                return len(self.records)
            self._save(_Trees(self.records, self.records, folders, self.trees.live_folders))
            return len(self.records)
        # The copy reads the spare tree by its path: it must be complete before that tree
        # moves, or the files it has not linked yet are gone for it and left out.
        copy, stamps = self.spare_copy, self.spare_copy.wait() if self.spare_copy else None
        self.spare_copy = None
        if self.output.exists():
            retired = self.output.parent / f".digest-old-{self.output.name}"
            shutil.rmtree(retired, ignore_errors=True)
            self.output.rename(retired)
            self.staging.rename(self.output)
            shutil.rmtree(retired)
        else:
            self.staging.rename(self.output)
        if self.cache is None:
            return len(self.records)
        self._save(_Trees(self.records, {}, folders, {}))
        # The next build needs a spare tree to update: a copy made of hard links costs a
        # folder per page and no file data. One made while this build ran only catches up.
        if copy is not None and stamps is not None:
            held = self.copy_holds
            if held is None:
                # The copy holds what staging held when the build began: the files this
                # build kept, as found (a restored cache's have new inodes), and the older ones.
                held = {**self.spare, **{route: self.records[route] for route in self.from_spare}}
            try:
                copy.folder.rename(self.staging)
                self._catch_up(held)
            except OSError:
                shutil.rmtree(copy.folder, ignore_errors=True)
                shutil.rmtree(self.staging, ignore_errors=True)
            else:
                self._save(_Trees(self.records, self.records, folders, stamps))
                return len(self.records)
        spare_folders = clone(str(self.output), str(self.staging), self.records)
        self._save(_Trees(self.records, self.records, folders, spare_folders))
        return len(self.records)

    def _drop_copy(self) -> None:
        if self.spare_copy is not None:
            self.spare_copy.cancel()
            self.spare_copy = None

    def _catch_up(self, previous: Manifest) -> None:
        """Make the spare tree, which holds the files `previous` describes (the output
        before the swap, or a copy of the spare tree made during the build), hold the new
        site too, by hard links to the files that changed: a deleted output/ is then
        restored from it as it is, and the next build starts from a tree that is one edit
        behind, not two. Folders no longer needed are left to the next prune."""
        _FOLDERS.clear()  # the names now lead into the other tree
        live_root, spare_root = str(self.output), str(self.staging)
        for route, record in self.records.items():
            old = previous.get(route)
            if old is None or old.inode != record.inode:
                _link_file(f"{live_root}/{route}", f"{spare_root}/{route}")
        for route in previous.keys() - self.records.keys():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{spare_root}/{route}")
