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
import itertools
import operator
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.errors import naming
from digest.hashing import hash_bytes
from digest.incremental import safepickle
from digest.incremental import storage as picklefile
from digest.incremental.fingerprint import Fingerprints, Made
from digest.incremental.prune import Folders, clone, hard_link, prune
from digest.incremental.sinks import GroupRecord, Reads, Searchable, Sink, never
from digest.incremental.sparecopy import SpareCopy, clear_leftovers, copy_folder
from digest.incremental.sparecopy import start as start_copy
from digest.incremental.stamps import Stamp, has_stamp, is_restored_copy, stamp
from digest.incremental.swap import exchange
from digest.parallel import can_fork, chunk_size, fork_pool, process_alive
from digest.render.outputs import Output, Page
from digest.routes import checked_route

MANIFEST_VERSION = 7  # 7: plain data (safepickle), records as tables
# Below this many files to produce, forking workers costs more than it saves.
POOL_THRESHOLD = 400
# A paused build (`TreeSync.pause`) records the files it wrote when there are more than
# this: recording them costs a manifest's write (0.1-0.2 s at 10,000 articles), leaving
# them unrecorded costs making them again.
_WORTH_RECORDING = 200


@dataclass(frozen=True)
class Record(Made):
    """A file of a tree: what it was made from, and the stat it was left with."""

    size: int = -1
    mtime_ns: int = -1
    inode: int = -1
    digest: str = ""  # `hashing.hash_bytes` of the file's bytes

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
    try:
        with open(path, "xb") as file:
            file.write(data)
            file.flush()  # the stat must see the last write's mtime
            return os.fstat(file.fileno())
    except OSError as error:
        naming(error, path)  # a full disk fails the write, which names no file
        raise


def _link_file(source: str, path: str) -> None:
    """Put a hard link to `source` at `path` in staging, replacing what is there."""
    _free_name(path)
    hard_link(source, path)


@dataclass(frozen=True)
class _Work:
    staging: str
    outputs: Sequence[Output]
    reads: Reads
    searchable: Searchable


# Set in the parent just before forking, so workers inherit it without pickling closures.
_WORK: _Work | None = None


# What producing one output gave: its index, the written file's stat and digest, the
# site's fields producing it read, and whether it belongs in the search index.
_Produced = tuple[int, os.stat_result, str, tuple[str, ...], bool]


def _produce_one(index: int) -> _Produced:
    assert _WORK is not None
    output = _WORK.outputs[index]
    path = f"{_WORK.staging}/{checked_route(output.route)}"
    source = output.source
    if source is not None and has_stamp(source.path, (source.size, source.mtime_ns, source.inode)):
        # A link costs one system call; a copy, reading and writing the bytes.
        _link_file(source.path, path)
        searchable = _WORK.searchable is not never and _WORK.searchable(Path(path).read_bytes())
        return index, os.stat(path), source.digest, (), searchable
    data = output.produce()
    fields = _WORK.reads()
    stat = _write_file(path, data)
    return index, stat, hash_bytes(data), fields, _WORK.searchable(data)


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


def _beside(output: Path, kind: str, pid: int | None = None) -> Path:
    """A work folder of this process beside the output: `.digest-staging-output.PID`."""
    return output.parent / f".digest-{kind}-{output.name}.{os.getpid() if pid is None else pid}"


def _clear_leftovers(output: Path) -> None:
    """Remove what killed builds without a cache (or an older digest, which named them
    without a process id) left beside the output; a running build's folders stay."""
    try:
        entries = list(os.scandir(output.parent))
    except OSError:
        return
    for entry in entries:
        for kind in ("staging", "old"):
            stem = f".digest-{kind}-{output.name}"
            pid = entry.name.removeprefix(stem + ".")
            if entry.name == stem or (pid != entry.name and pid.isdigit() and not process_alive(int(pid))):
                shutil.rmtree(entry.path, ignore_errors=True)


def _manifest_path(cache: Path, output: Path) -> Path:
    return cache / f"trees-{output.name}.pickle"


def _spare_path(cache: Path, output: Path) -> Path:
    return cache / f"spare-{output.name}"


@dataclass(frozen=True)
class _Trees:
    """Both trees as the last build left them: each file's record, each folder's mtime;
    and the groups of outputs the last build made (`sinks.GroupRecord`), whose files
    either tree may hold. The groups are stored after the rest, in the same file, so a
    reader that needs the trees alone (the spare tree's copy) does not read them."""

    live: Manifest
    spare: Manifest
    live_folders: Folders
    spare_folders: Folders
    groups: dict[str, GroupRecord]


_NO_TREES = _Trees({}, {}, {}, {}, {})


# The groups' records hold these dataclasses; the trees' records are stored as tables.
# A group's record ends with its pages, stored apart as a table of all the groups' pages.
assert safepickle.field_names(GroupRecord)[-1] == "pages"


def _table(manifest: Manifest) -> tuple[list[str], list[tuple[object, ...]]]:
    """A manifest as plain data: its routes and its records' fields (`safepickle.rows`):
    24,000 records at 10,000 articles, made again with no Python call each."""
    return list(manifest), safepickle.rows(manifest.values(), Record)


def _manifest(table: object) -> Manifest:
    match table:
        case (list(routes), list(rows)) if len(routes) == len(rows) and set(map(type, routes)) <= {str}:
            return dict(zip(routes, safepickle.from_rows(Record, rows), strict=True))
    raise picklefile.WrongShape


def _group_table(groups: dict[str, GroupRecord]) -> tuple[object, ...]:
    """The groups as plain data (11,000 records and 12,600 pages at 10,000 articles): their
    names, their fields but the pages, how many pages each has, and one table of every
    page's route and fields, so that `_groups` makes them again with no Python call each
    (a reconstructor call per object cost 50 ms, 2 % of a rebuild)."""
    records = list(groups.values())
    heads = [row[:-1] for row in safepickle.rows(records, GroupRecord)]
    pages = [pair for record in records for pair in record.pages]
    counts = [len(record.pages) for record in records]
    routes = [route for route, _ in pages]
    return list(groups), heads, counts, routes, safepickle.rows((page for _, page in pages), Page)


def _groups(table: object) -> dict[str, GroupRecord]:
    match table:
        case (list(names), list(heads), list(counts), list(routes), list(page_rows)) if (
            len(names) == len(heads) == len(counts)
            and set(map(type, heads)) <= {tuple}
            and set(map(type, counts)) <= {int}
            and min(counts, default=0) >= 0
            and sum(counts) == len(routes)
        ):
            pages = list(zip(routes, safepickle.from_rows(Page, page_rows), strict=True))
            ends = list(itertools.accumulate(counts))
            starts = itertools.chain((0,), ends)
            per_group = map(tuple, map(pages.__getitem__, map(slice, starts, ends)))
            rows = list(map(operator.add, heads, zip(per_group)))  # each head + (its pages,)
            return dict(zip(names, safepickle.from_rows(GroupRecord, rows), strict=True))
    raise picklefile.WrongShape


def _from_plain(output: Path) -> Callable[[list[object]], _Trees | None]:
    """What `_save` stored, as the trees; None for another format or another output."""

    def parse(values: list[object]) -> _Trees | None:
        match values:
            case [(int(version), str(written), live, spare, dict(live_folders), dict(spare_folders)), *more]:
                if version != MANIFEST_VERSION or written != str(output):
                    return None
                groups = _groups(more[0]) if more else {}
                live_manifest = _manifest(live)
                spare_manifest = live_manifest if spare is live else _manifest(spare)
                return _Trees(live_manifest, spare_manifest, live_folders, spare_folders, groups)
        raise picklefile.WrongShape

    return parse


# The trees as this process last read or wrote them, by manifest and output, while the
# manifest is as it was then: `digest serve` builds into its tree at every edit.
_READ: picklefile.Memo[_Trees] = picklefile.Memo()


def _read_manifests(path: Path, output: Path, groups: bool = True) -> _Trees:
    """The trees as the last build left them; empty when unknown (missing, damaged, of
    another shape, or for another output). Without `groups`, the groups are left unread
    (and empty)."""
    try:
        stat = path.stat()  # before reading: a manifest replaced meanwhile has another
    except FileNotFoundError:
        return _NO_TREES
    # A build's own trees, held with their groups, serve a read without them too.
    found = _READ.get((path, output, groups), stat)
    if found is None and not groups:
        found = _READ.get((path, output, True), stat)
    if found is not None:
        return found
    trees = picklefile.read_all(path, 2 if groups else 1, parse=_from_plain(output))
    if trees is None:
        return _NO_TREES
    _READ.put((path, output, groups), stat, trees)
    return trees


def live_records(output: Path, cache: Path) -> Manifest:
    """What the last cached build wrote into `output`: route -> record."""
    output = output.resolve()
    return _read_manifests(_manifest_path(cache.resolve(), output), output, groups=False).live


def live_tree(output: Path, cache: Path) -> tuple[Manifest, dict[str, GroupRecord]]:
    """What the last cached build wrote into `output`, by route and by group."""
    output = output.resolve()
    trees = _read_manifests(_manifest_path(cache.resolve(), output), output)
    return trees.live, trees.groups if trees.live else {}


def start_spare_copy(output: Path, cache: Path | None) -> SpareCopy | None:
    """When `output` is missing and `cache` holds a spare tree for it, start copying that
    tree for the build's next spare (`sparecopy`); None when there is nothing to copy."""
    if cache is None or output.exists():
        return None
    output, cache = output.resolve(), cache.resolve()
    trees = _read_manifests(_manifest_path(cache, output), output, groups=False)
    return start_copy(_spare_path(cache, output), trees.spare.keys(), copy_folder(cache, output))


def _anything(_: Record) -> bool:
    return True


class TreeSync(Sink):
    """The output tree on disk: one build's writes, groups of outputs made into
    staging, then `finish` swaps."""

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
                trees = _Trees(trees.live, {}, trees.live_folders, {}, trees.groups)
            if not self.output.is_dir():
                trees = _Trees({}, trees.spare, {}, trees.spare_folders, trees.groups)
        else:
            # Named after this process: builds without a cache take no lock, and two at
            # once must not share a staging folder (each would delete the other's).
            self.staging = _beside(self.output, "staging")
        _clear_leftovers(self.output)
        if not trees.spare and self.staging.exists():
            shutil.rmtree(self.staging)
        if self.cache is not None and spare_copy is None:  # what a killed build's copy left
            clear_leftovers(copy_folder(self.cache, self.output))
        super().__init__(trees.groups)
        self.live, self.spare = trees.live, trees.spare
        self.trees = trees
        self.staging.mkdir(parents=True, exist_ok=True)
        _FOLDERS.clear()  # trees were moved and pruned since the last build in this process
        self.records: Manifest = {}  # type: ignore[assignment]  # a tree's records have stats
        # Files the live tree already holds, linked into staging only if a swap is needed.
        self.pending: dict[str, tuple[str, str]] = {}
        self.differs = False  # whether anything differs from the live tree
        self.from_spare: set[str] = set()  # routes whose file staging already held
        self.written: set[str] = set()  # routes this build wrote anew into staging
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
        """Remember the trees, if the disk lets us. This is bookkeeping for the next build,
        done after a swap or a failure, so it never fails the build: a manifest that
        cannot be replaced (a full disk) is removed instead, and the next build trusts
        no file of either tree and writes them again."""
        if self.manifest_path is None:
            return
        try:
            live = _table(trees.live)
            spare = live if trees.spare is trees.live else _table(trees.spare)
            head = (MANIFEST_VERSION, str(self.output), live, spare, trees.live_folders, trees.spare_folders)
            picklefile.write(self.manifest_path, head, _group_table(trees.groups))
            # What the next build in this process reads (under the same lock: no other
            # process writes the manifest before it).
            _READ.put((self.manifest_path, self.output, True), self.manifest_path.stat(), trees)
        except OSError:
            with contextlib.suppress(OSError):
                self.manifest_path.unlink(missing_ok=True)

    def path(self, route: str) -> Path:
        """Where a route's current bytes are: in staging, or in the live tree."""
        pending = self.pending.get(route)
        return Path(pending[0] if pending else f"{self.staging}/{checked_route(route)}")

    def read(self, route: str) -> bytes:
        """The current bytes of a route made or kept."""
        return self.path(route).read_bytes()

    def produce(
        self,
        missing: Sequence[tuple[Output, str]],
        prints: Fingerprints,
        reads: Reads,
        searchable: Searchable,
        rendered: bool,
    ) -> None:
        """Write the missing outputs into staging: in a fork pool when there are many.
        Outputs that are not `rendered` but only read (the search index's files) are
        written, or linked from their `Source`, by this process: workers would not do it
        faster and would add their memory."""
        work = _Work(str(self.staging), [output for output, _ in missing], reads, searchable)
        workers = self.workers if rendered else 1
        for index, stat, digest, fields, is_searchable in _produce_all(work, workers):
            output, identity = missing[index]
            self.written.add(output.route)
            made = prints.made(identity, fields, is_searchable)
            self.records[output.route] = Record(
                made.identity,
                made.fields,
                made.fields_key,
                made.searchable,
                size=stat.st_size,
                mtime_ns=stat.st_mtime_ns,
                inode=stat.st_ino,
                digest=digest,
            )

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

    def take(self, output: Output, identity: str, prints: Fingerprints) -> bool:
        """Keep the file staging (the spare tree) or the live tree holds for the output,
        if it was made from the same inputs and is as it was left."""
        found = self._look(output.route, lambda record: record.matches(identity, prints))
        return self._hold(output.route, *found)

    def keep(self, routes: Iterable[str]) -> bool:
        found = [(route, *self._look(route, _anything)) for route in routes]
        if any(spare is None and live is None for _, spare, _, live in found):
            return False
        for route, spare, recorded, live in found:
            self._hold(route, spare, recorded, live)
        return True

    def _look(
        self, route: str, wanted: Callable[[Record], bool]
    ) -> tuple[Record | None, Record | None, Record | None]:
        """(the spare tree's file, the live tree's record, its file) for a route, each
        only if wanted and as it was left."""
        spare = self.spare.get(route)
        if spare is not None:
            spare = spare.found_at(f"{self.staging}/{route}") if wanted(spare) else None
        if spare is not None:
            # Staging has the file. Where the live tree stands matters only if no swap
            # comes: `finish` looks then (a small rebuild spares a stat per kept file).
            return spare, None, None
        recorded = self.live.get(route)
        live = recorded.found_at(f"{self.output}/{route}") if recorded and wanted(recorded) else None
        return spare, recorded, live

    def _hold(self, route: str, spare: Record | None, recorded: Record | None, live: Record | None) -> bool:
        if spare is not None:
            self.from_spare.add(route)
            self.records[route] = spare
            return True
        # A file found by its hash has a new stat to record: that takes a swap too.
        self.differs = self.differs or live is None or live is not recorded
        if live is not None:
            self.records[route] = live  # a hard link shares the inode, hence the stat
            self.pending[route] = (f"{self.output}/{route}", f"{self.staging}/{route}")
        else:
            return False
        return True

    def abandon(self) -> None:
        """After a failure: the staging tree is in an unknown state, so it goes."""
        self._drop_copy()
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.output.is_dir():
            self._save(_Trees(self.live, {}, self.trees.live_folders, {}, self.trees.groups))
        else:
            self._save(_NO_TREES)

    def pause(self) -> None:
        """Stop here for the next build (`digest serve` has another edit waiting): the live
        tree stays as it is, and staging, the spare tree, with the files this build wrote
        into it, which the next build finds and keeps where their inputs are the same. A
        few are recorded by no manifest (writing the manifest costs more at 10,000
        articles than making them again); their stat then matches no record, so they are
        taken for no file. Many, as a start-up build writes, are recorded."""
        self._drop_copy()
        if self.cache is None:
            self.abandon()
            return
        if len(self.written) > _WORTH_RECORDING:
            trees = self.trees
            spare = {**trees.spare, **{route: self.records[route] for route in self.written}}
            self._save(_Trees(trees.live, spare, trees.live_folders, trees.spare_folders, trees.groups))

    def finish(self) -> int:
        """Delete what the new site no longer has, swap staging in, remember both trees.
        When the live tree already is the new site, nothing is written at all."""
        if not self.differs and self.records.keys() == self.live.keys() and self._live_holds(self.from_spare):
            if self.cache is None:
                shutil.rmtree(self.staging)
            return len(self.records)
        try:
            for source, target in self.pending.values():
                _link_file(source, target)
            self.pending.clear()
            # The spare tree was the live output before: strays put there by hand go.
            folders = prune(str(self.staging), self.records, self.trees.spare_folders, self.spare)
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
                self._save(_Trees(self.records, {}, folders, {}, self.groups))
                return len(self.records)
            self._save(_Trees(self.records, self.records, folders, self.trees.live_folders, self.groups))
            return len(self.records)
        # The copy reads the spare tree by its path: it must be complete before that tree
        # moves, or the files it has not linked yet are gone for it and left out.
        copy, stamps = self.spare_copy, self.spare_copy.wait() if self.spare_copy else None
        self.spare_copy = None
        try:
            self._rename_into_place()
        except BaseException:
            if copy is not None:  # handed over by `wait`: ours to remove
                shutil.rmtree(copy.folder, ignore_errors=True)
            self.abandon()  # the output is as it was
            raise
        if self.cache is None:
            return len(self.records)
        self._save(_Trees(self.records, {}, folders, {}, self.groups))
        # The next build needs a spare tree to update: a copy made of hard links costs a
        # folder per page and no file data. One made while this build ran only catches up.
        if copy is not None and stamps is not None:
            held = self.copy_holds
            if held is None:
                # The copy holds what staging held when the build began: the files this
                # build kept, as found (a restored cache's have new inodes), and the older
                # ones; not those it wrote anew. A file is rewritten by unlinking the old
                # name first, so the copy may have found no file there and linked nothing,
                # and the new file may have been given the old one's freed inode: by its
                # records the copy would seem to hold it.
                held = {
                    route: record
                    for route, record in {
                        **self.spare,
                        **{r: self.records[r] for r in self.from_spare},
                    }.items()
                    if route not in self.written
                }
            try:
                copy.folder.rename(self.staging)
                self._catch_up(held)
            except OSError:
                shutil.rmtree(copy.folder, ignore_errors=True)
                shutil.rmtree(self.staging, ignore_errors=True)
            else:
                self._save(_Trees(self.records, self.records, folders, stamps, self.groups))
                return len(self.records)
        try:
            spare_folders = clone(str(self.output), str(self.staging), self.records)
        except OSError:  # the output is in place; the next build starts a spare tree anew
            shutil.rmtree(self.staging, ignore_errors=True)
            self._save(_Trees(self.records, {}, folders, {}, self.groups))
        else:
            self._save(_Trees(self.records, self.records, folders, spare_folders, self.groups))
        return len(self.records)

    def _live_holds(self, routes: Iterable[str]) -> bool:
        """Whether the live tree holds, as it was left, the file of each of these routes
        that this build took from staging (the same record: made from the same inputs)."""
        for route in routes:
            taken, recorded = self.records[route], self.live.get(route)
            if recorded is None or (recorded.identity, recorded.fields, recorded.fields_key) != (
                taken.identity,
                taken.fields,
                taken.fields_key,
            ):
                return False
            if recorded.found_at(f"{self.output}/{route}") is not recorded:
                return False  # gone, changed, or found by its hash (a new stat to record)
        return True

    def _rename_into_place(self) -> None:
        """Where the atomic exchange is not to be had: the output steps aside, staging
        takes its name, and if that fails the output takes its name back."""
        if not self.output.exists():
            try:
                self.staging.rename(self.output)
                return
            except OSError:
                # Another build without a cache put its output there first (builds with a
                # cache hold its lock): take its place as a rebuild would.
                if self.cache is not None or not exchange(self.staging, self.output):
                    raise
                shutil.rmtree(self.staging)
                return
        retired = _beside(self.output, "old")
        shutil.rmtree(retired, ignore_errors=True)
        self.output.rename(retired)
        try:
            self.staging.rename(self.output)
        except BaseException:
            retired.rename(self.output)
            raise
        shutil.rmtree(retired)

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
