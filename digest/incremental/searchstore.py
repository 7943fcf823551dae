"""The search index's built shards, kept between builds in `.digest-cache/search/`.

A shard's key is a hash of its pages' identities and the Pagefind version (`search.index`);
a shard whose key is stored is never indexed again. Each stored shard's folder holds the
bundle's files and a listing of them with their digests and stats, so a build links
them into the output tree without reading them; a shard indexed again after one edit
links the files it shares with the shard stored before instead of writing them.
Keys the build no longer uses are deleted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from digest.errors import DigestError, naming
from digest.hashing import hash_bytes
from digest.incremental.cachewarnings import damaged, refused, warn
from digest.incremental.stamps import has_stamp, stamp
from digest.parallel import process_alive
from digest.render.outputs import Source
from digest.search.index import Bundle, StoredFile

# What each store's folder holds, for messages (the picture store is this store too).
_WHAT = {"search": "search index", "images": "resized pictures"}
# Inside each stored shard: {file name: [digest of its bytes, size, mtime_ns, inode]}, so
# a build lists a shard's files without walking or reading them, and links them into the
# output tree while they are as stored.
_MANIFEST = ".digest-files.json"


def search_store(cache: Path | None) -> SearchStore | None:
    """The store of a cache folder; None (the index keeps shards in memory) without one."""
    return SearchStore(cache / "search") if cache is not None else None


class SearchStore:
    """Built search shards by key, on disk under `folder`, reused across builds."""

    def __init__(self, folder: Path, lend: bool = True) -> None:
        """With `lend`, a file stored under one key is linked into another key's shard
        instead of written again when its bytes are the same (a month indexed again
        shares most of its files with the month before); that needs every listing read.
        Without, each key's listing is read only when that key is asked for."""
        self.folder = folder
        self.lend = lend
        # Every stored shard's files, and every stored file by the digest of its bytes:
        # read from the listings once a build needs either, and kept up to date by each
        # `put` (two threads store at a time, while the build lists the others).
        self._listed: dict[str, dict[str, Source]] | None = None
        self._by_digest: dict[str, list[Source]] = {}
        self._own: dict[str, dict[str, Source]] = {}  # without `lend`: the listings read
        self._lock = threading.Lock()

    def has(self, key: str) -> bool:
        return (self.folder / key).is_dir()

    def put(self, key: str, files: dict[str, bytes]) -> None:
        # Written beside its final place and renamed into it, so a build stopped halfway
        # never leaves a shard that looks complete.
        temporary = self.folder / f".{key}.{os.getpid()}"
        shutil.rmtree(temporary, ignore_errors=True)
        try:
            listing = self._write(temporary, files)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        try:
            temporary.rename(self.folder / key)
        except OSError:  # another build stored the same key first: same bytes
            shutil.rmtree(temporary, ignore_errors=True)
            return
        with self._lock:
            if not self.lend:
                self._own[key] = _parse(self.folder / key, listing)
            elif self._listed is not None:
                # What was just stored, whatever a listing read before said (a key pruned
                # by another process, then stored again by this one).
                self._forget(key)
                self._add(key, _parse(self.folder / key, listing))

    def _write(self, folder: Path, files: dict[str, bytes]) -> dict[str, list[str | int]]:
        """Put a shard's files into `folder`; return its listing. A month indexed again
        after one edit has a few new files among hundreds it had: those are linked from
        the shard stored before, not written (so is Pagefind's runtime, the same in every
        shard, unless two shards are stored at the same moment: each then writes it)."""
        listing: dict[str, list[str | int]] = {}
        path = folder
        try:
            for name, data in sorted(files.items()):
                path = folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                digest = hash_bytes(data)
                lenders = self._holding(digest) if self.lend else ()
                if not any(_unchanged(source) and _linked(source.path, path) for source in lenders):
                    path.write_bytes(data)
                stat = path.stat()  # a rename of the folder leaves it as it is
                listing[name] = [digest, *stamp(stat)]
            folder.mkdir(parents=True, exist_ok=True)  # an empty shard is cached too
            path = folder / _MANIFEST
            path.write_text(json.dumps(listing), encoding="utf-8")
        except OSError as error:
            naming(error, path)  # a full disk fails the write, which names no file
            raise
        return listing

    def _holding(self, digest: str) -> list[Source]:
        """The stored files with this digest of their bytes."""
        with self._lock:
            self._list()
            return list(self._by_digest.get(digest, ()))

    def _stored(self, key: str) -> dict[str, Source] | None:
        """A stored shard's files, None when its listing is missing or damaged."""
        with self._lock:
            found = self._list().get(key) if self.lend else self._own.get(key)
            if found is None:  # stored since the listings were read (by another build), or not read yet
                try:
                    found = _listing(self.folder / key)
                except FileNotFoundError:
                    return None
                except (OSError, ValueError, TypeError) as error:
                    _warn(self.folder / key, error)
                    return None
                if self.lend:
                    self._add(key, found)
                else:
                    self._own[key] = found
            return found

    def _list(self) -> dict[str, dict[str, Source]]:
        """Every stored shard's files (the lock held): read once a build needs them."""
        if self._listed is None:
            listings = list(_listings(self.folder))
            self._listed = {}
            for shard, sources in listings:
                self._add(shard.name, sources)
        return self._listed

    def _add(self, key: str, sources: dict[str, Source]) -> None:
        assert self._listed is not None
        if key in self._listed:  # stored by `put` just as the listings were read
            return
        self._listed[key] = sources
        for source in sources.values():
            self._by_digest.setdefault(source.digest, []).append(source)

    def _forget(self, key: str) -> None:
        """Drop a shard's listing from what this store read (the lock held)."""
        self._own.pop(key, None)
        gone = self._listed.pop(key, None) if self._listed is not None else None
        for source in (gone or {}).values():
            holding = self._by_digest.get(source.digest, [])
            if source in holding:
                holding.remove(source)
            if not holding:
                self._by_digest.pop(source.digest, None)

    def prune(self, keep: set[str]) -> None:
        """Delete the stored shards not in `keep` (this build's): every edit of a note
        stores a new key for its month, and the old ones would pile up. What the store
        read of them goes too: `digest serve` keeps one store from build to build."""
        if not self.folder.is_dir():
            return
        with self._lock:
            for key in [*(self._listed or ()), *self._own]:
                if key not in keep:
                    self._forget(key)
        for entry in self.folder.iterdir():
            if entry.name.startswith("."):
                # A shard being stored (`put`): left by a process killed or stopped in the
                # middle, it goes once that process is gone.
                pid = entry.name.rpartition(".")[2]
                if pid.isdigit() and not process_alive(int(pid)):
                    shutil.rmtree(entry, ignore_errors=True)
            elif entry.name not in keep:
                shutil.rmtree(entry, ignore_errors=True)

    def get(self, key: str) -> Bundle:
        root = self.folder / key
        sources = self._stored(key)
        if sources is None:  # damaged, or stored by an older digest
            # Never through a link: that could publish any file of the machine.
            paths = sorted(
                p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and p.name != _MANIFEST
            )
            return {
                path.relative_to(root).as_posix(): StoredFile(hash_bytes(path.read_bytes()), path.read_bytes)
                for path in paths
            }
        return {
            name: StoredFile(source.digest, partial(_read_stored, root, source), source)
            for name, source in sources.items()
        }


def _listings(folder: Path) -> Iterator[tuple[Path, dict[str, Source]]]:
    """(shard folder, its files) of every shard stored in `folder` with a readable listing."""
    try:
        shards = sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))
    except OSError:  # no store yet
        return
    for shard in shards:
        try:
            sources = _listing(shard)
        except FileNotFoundError:  # being pruned, or not a shard: nothing to lend
            continue
        except (OSError, ValueError, TypeError) as error:  # damaged: nothing to lend
            _warn(shard, error)
            continue
        yield shard, sources


def _listing(shard: Path) -> dict[str, Source]:
    """A stored shard's files, from its listing. OSError, ValueError or TypeError when the
    listing is missing, damaged, written by an older digest or refused (`_Outside`)."""
    return _parse(shard, json.loads((shard / _MANIFEST).read_text(encoding="utf-8")))


class _Outside(ValueError):
    """A listing that names a file outside its shard's folder (or reached through a link):
    the build would read it, or link it into the site."""


# A file of a shard: folders and a name, none of them empty, `.` or `..`.
_PART = r"(?!\.\.?(?:/|$))[^/\\\x00]+"
_STORED_NAME = re.compile(rf"{_PART}(?:/{_PART})*")


def _parse(shard: Path, listing: object) -> dict[str, Source]:
    if not isinstance(listing, dict):
        raise TypeError(f"{shard}: not a shard's listing")
    folders: set[str] = set()
    for name in listing:
        if not _STORED_NAME.fullmatch(name):
            raise _Outside(f"names a file outside its folder: {name!r}")
        folder = name.rpartition("/")[0]
        while folder and folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    for folder in sorted(folders):  # a few: fragment/, index/, filter/
        if os.path.islink(shard / folder):
            raise _Outside(f"reaches its files through a link: {folder!r}")
    return {name: _source(shard, name, listed) for name, listed in listing.items()}


def _warn(shard: Path, error: Exception) -> None:
    listing = shard / _MANIFEST
    warn(listing, refused(str(error)) if isinstance(error, _Outside) else damaged(error))


def _source(root: Path, name: str, listed: object) -> Source:
    """A stored file from its shard's listing: [digest, size, mtime_ns, inode]."""
    match listed:
        case [str(digest), int(size), int(mtime_ns), int(inode)]:
            return Source(f"{root}/{name}", size, mtime_ns, inode, digest)
    raise TypeError(f"{name}: not a stored file's record")


def _unchanged(source: Source) -> bool:
    return has_stamp(source.path, (source.size, source.mtime_ns, source.inode))


def _linked(source: str, path: Path) -> bool:
    try:
        os.link(source, path)
    except OSError:  # gone since listed, too many links already, or no hard links here
        return False
    return True


def _read_stored(shard: Path, source: Source) -> bytes:
    """A stored file's bytes, checked. The output tree links these files (`Source`), so a
    file of output/ edited in place changes the stored one too: every shard that holds
    that file (Pagefind's runtime is in most of them) is discarded."""
    path = Path(source.path)
    data = path.read_bytes()
    if hash_bytes(data) != source.digest:
        inode = path.stat().st_ino
        for other, sources in _listings(shard.parent):
            if any(held.inode == inode for held in sources.values()):
                shutil.rmtree(other, ignore_errors=True)
        shutil.rmtree(shard, ignore_errors=True)
        raise DigestError(
            f"{_WHAT.get(shard.parent.name, 'cache')}: {path} changed after it was stored "
            "(was a file of output/ edited in place?);"
            " the cached shard is discarded: build again to make it anew"
        )
    return data
