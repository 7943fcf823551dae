"""Parse each content file once: later builds reuse the result while the file is unchanged.

Reading 10,000 articles costs seconds (Markdown, YAML, sanitizing), and between two
builds an editor changes a handful. Each kind of content (articles, notes) keeps
pickles in `.digest-cache/` (`articles.00.pickle` ... `articles.15.pickle`) mapping a
file's path to what parsing its bytes produced.

A file counts as unchanged, as in git's index, when its (size, mtime_ns, inode) are those
recorded, or else when the sha256 of its bytes is: touching a file costs a hash, not a
parse. A stamp taken within `RACY_NS` of the file's mtime is not trusted (a second
write in the same timestamp tick would look unchanged), so such a file is hashed next time.
When only stamps changed (files touched or checked out again with the same bytes, as in
every CI job), the new stamps go into a small `articles.00.stamps.pickle` beside the
shard instead of the shard being written again.

Only results that depend on nothing but the file's bytes and the reader key (digest's
code and the configuration) are stored, and only for files without problems: a broken
file is parsed, and its problems reported, on every build. Checks across files (duplicate
ids, notes naming a missing article) run on every build, outside this module.

Misses are parsed in a fork-based process pool when there are many of them; results come
back in file order either way, so output and error reports do not depend on it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import operator
import os
import tempfile
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from digest.config import Config
from digest.content.model import Article, EditionInfo, Image, ImageFile, Note
from digest.content.notes import NoteFile, ParsedNote
from digest.content.parsing import PARALLEL_THRESHOLD, Load, Outcome, Parse, parse_files
from digest.errors import Problem
from digest.incremental import safepickle
from digest.incremental.cachewarnings import NOT_OURS, describe, warn
from digest.incremental.codekey import code_key
from digest.incremental.stamps import RACY_NS, Stamp
from digest.incremental.stamps import stamp as file_stamp

T = TypeVar("T")

_FORMAT = 4  # bump when the pickle's layout changes
SHARDS = 16


@dataclass(frozen=True)
class _Entry:
    size: int
    stamp: Stamp | None  # None: stamped too close to the file's mtime to be trusted
    sha256: bytes
    value: Any


def reader_key(config: Config) -> str:
    """Digest's code plus every configuration value. `base_url` is left out because
    `digest serve` and `--base-url` override it and no reader sees it (links are rebased
    when rendering); everything else is kept, since the readers use the time zone,
    outlets, chrome patterns and sections, and a stale parse is worse than a reparse."""
    h = hashlib.sha256()
    h.update(code_key().encode("ascii"))
    h.update(repr(dataclasses.replace(config, base_url="")).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _trusted(stamp: Stamp) -> Stamp | None:
    """The stamp, unless the file changed so shortly before now that a second change in
    the same timestamp tick could leave it as it is (git's "racily clean" files)."""
    return stamp if time.time_ns() - stamp[1] > RACY_NS else None


_value = operator.attrgetter("value")


class _Shard:
    """One cache file: loaded whole, written whole (atomically) when an entry changed.
    When only stamps changed, they are written to a stamps file beside it, which names
    the version of the shard it amends: after a CI job restores the cache and checks out
    the content, every file has a new stamp, and writing the 70 MB of 10,000 parsed
    articles again for that took 0.47 s.

    Both files are `safepickle`s: a header of plain data, then the entries (`_Entry`s of
    the reader's `value` dataclass, which may hold those `inside`), which are only loaded
    (megabytes of them) when the header's key is this build's. A file that is damaged or
    names anything else is reported (`cachewarnings`) and rewritten."""

    def __init__(
        self, file: Path, key: str, known: dict[str, Path], value: type, inside: tuple[type, ...]
    ) -> None:
        self.file = file
        self.stamps_file = file.with_name(file.name.removesuffix(".pickle") + ".stamps.pickle")
        self.key = key
        self.known = known
        self.value = value
        self.types = (_Entry, value, *inside)
        self.dirty = False  # an entry was added, changed or found damaged
        self.restamped = False  # a file kept its bytes under a new stamp
        self.version = ""  # of the shard as written, named by its stamps file
        self.entries: dict[str, _Entry] = self._load()
        self.stamps: dict[str, Stamp | None] = self._load_stamps() if self.entries else {}
        self.kept: dict[str, _Entry] = {}  # entries for this build's files: what gets saved

    def _header(self, version: str) -> dict[str, object]:
        return {"format": _FORMAT, "key": self.key, "version": version}

    def _current(self, header: object) -> bool | None:
        """True for this build's header, False for another build's (stale: rebuilt
        silently), None for something that is not a header of this version's."""
        match header:
            case {"format": int(), "key": str(), "version": str(version)} if len(header) == 3:
                return header == self._header(version)
        return None

    def _load(self) -> dict[str, _Entry]:
        try:
            with self.file.open("rb") as handle:
                header = safepickle.load(handle)
                current = self._current(header)
                if not current:
                    self.dirty = True
                    if current is None:
                        warn(self.file, NOT_OURS)
                    return {}
                entries = safepickle.load(handle, self.types, self.known)
        except FileNotFoundError:
            return {}
        except Exception as error:  # damaged, truncated or refused: rebuilt, never fatal
            self.dirty = True
            warn(self.file, describe(error))
            return {}
        if not self._valid(entries):
            self.dirty = True
            warn(self.file, NOT_OURS)
            return {}
        self.version = header["version"]
        return entries

    def _valid(self, entries: object) -> bool:
        """{path: _Entry of a value of the reader's}: checked by type, which costs about a
        millisecond at 10,000 articles."""
        if not isinstance(entries, dict):
            return False
        values = entries.values()
        return (
            set(map(type, entries)) <= {str}
            and set(map(type, values)) <= {_Entry}
            and set(map(type, map(_value, values))) <= {self.value}
        )

    def _load_stamps(self) -> dict[str, Stamp | None]:
        """Newer stamps of the entries, if the stamps file amends this version of the shard.
        A missing, damaged or stale one only costs a hash per file."""
        try:
            with self.stamps_file.open("rb") as handle:
                header = safepickle.load(handle)
                current = self._current(header)
                if current is None:
                    warn(self.stamps_file, NOT_OURS)
                if not current or header["version"] != self.version:
                    return {}
                stamps = safepickle.load(handle)
        except FileNotFoundError:
            return {}
        except Exception as error:
            warn(self.stamps_file, describe(error))
            return {}
        if not isinstance(stamps, dict):
            warn(self.stamps_file, NOT_OURS)
            return {}
        return stamps

    def stamp(self, name: str, entry: _Entry) -> Stamp | None:
        """The stamp the file had when last found unchanged."""
        return self.stamps.get(name, entry.stamp)

    def save(self) -> None:
        if self.dirty or self.kept.keys() != self.entries.keys():
            self._save_entries()
        elif self.restamped:
            stamps = {name: self._latest_stamp(name, entry) for name, entry in self.kept.items()}
            self._write(self.stamps_file, self._header(self.version), stamps, ())

    def _latest_stamp(self, name: str, entry: _Entry) -> Stamp | None:
        """The newest stamp of a kept entry: its own when this build made or restamped it,
        else the one the stamps file gave the loaded entry."""
        return self.stamp(name, entry) if entry is self.entries.get(name) else entry.stamp

    def _latest(self, name: str, entry: _Entry) -> _Entry:
        """A kept entry with the newest stamp it is known by."""
        latest = self._latest_stamp(name, entry)
        return entry if latest == entry.stamp else dataclasses.replace(entry, stamp=latest)

    def _save_entries(self) -> None:
        if self.kept:
            entries = {name: self._latest(name, entry) for name, entry in self.kept.items()}
            self._write(self.file, self._header(os.urandom(8).hex()), entries, self.types)
        else:
            self.file.unlink(missing_ok=True)
        self.stamps_file.unlink(missing_ok=True)  # it amended the shard just replaced

    @staticmethod
    def _write(file: Path, header: dict[str, object], body: object, types: tuple[type, ...]) -> None:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=file.name + ".", dir=file.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                safepickle.dump(header, out)
                safepickle.dump(body, out, types)
            os.replace(temporary, file)
        except BaseException:
            os.unlink(temporary)
            raise


class ContentCache:
    """One kind's cache (`articles`, `notes`), in `SHARDS` files chosen by a hash of the
    path: an edit rewrites one sixteenth of it, not all 70 MB of 10,000 articles."""

    def __init__(
        self,
        folder: Path | None,
        kind: str,
        key: str,
        paths: Sequence[Path] = (),
        *,
        value: type,
        inside: tuple[type, ...] = (),
    ) -> None:
        """`paths`: the files about to be looked up; cached values reuse these Path objects.
        `value`: the dataclass a file is parsed into, `inside`: those its values hold (the
        only classes a cache file may make; `digest.safepickle`)."""
        known = {str(path): path for path in paths}
        self.shards = (
            []
            if folder is None
            else [_Shard(folder / f"{kind}.{n:02d}.pickle", key, known, value, inside) for n in range(SHARDS)]
        )

    def _shard(self, name: str) -> _Shard:
        return self.shards[zlib.crc32(name.encode("utf-8", "surrogatepass")) % SHARDS]

    def lookup(self, path: Path) -> tuple[bool, Any, Stamp | None]:
        """(hit, value, stamp). The stamp is the file's stat taken before any read of it,
        or None when it is too recent to be trusted (or the file cannot be stat'ed)."""
        if not self.shards:
            return False, None, None
        name = str(path)
        try:
            stat = path.stat()
        except OSError:
            return False, None, None
        stamp = _trusted(file_stamp(stat))
        shard = self._shard(name)
        entry = shard.entries.get(name)
        if entry is None or entry.size != stat.st_size:
            return False, None, stamp
        if stamp is not None and shard.stamp(name, entry) == stamp:
            shard.kept[name] = entry
            return True, entry.value, stamp
        try:
            data = path.read_bytes()
        except OSError:
            return False, None, stamp
        if hashlib.sha256(data).digest() != entry.sha256:
            return False, None, stamp
        # The same bytes under a new stat (touched, copied, checked out again): a hit.
        shard.kept[name] = dataclasses.replace(entry, stamp=stamp)
        shard.restamped = shard.restamped or stamp != shard.stamp(name, entry)
        return True, entry.value, stamp

    def store(self, path: Path, stamp: Stamp | None, size: int, sha256: bytes, value: Any) -> None:
        if self.shards:
            shard = self._shard(str(path))
            shard.kept[str(path)] = _Entry(size, stamp, sha256, value)
            shard.dirty = True

    def save(self) -> None:
        """Write the shards that changed. Failing to write (a read-only project, a full
        disk) only costs the next build a reparse."""
        try:
            for shard in self.shards:
                shard.save()
        except OSError:
            pass


# What each kind of content parses into: the only classes its cache files may make.
_KINDS: dict[str, tuple[type, tuple[type, ...]]] = {
    # An article's warnings (what its reader could not read) and its picture.
    "articles": (Article, (Problem, Image)),
    "notes": (NoteFile, (ParsedNote, Note, EditionInfo, Image)),
    "images": (ImageFile, ()),  # what a picture's header says, not its pixels
}


class ContentStore:
    """The content store of a cache folder, handed to the readers (`content.parsing.FileStore`):
    each kind of content (articles, notes) in its own shards, keyed by digest's code and
    the configuration (`reader_key`)."""

    def __init__(self, folder: Path, config: Config, threshold: int = PARALLEL_THRESHOLD) -> None:
        self.folder = folder
        self.key = reader_key(config)
        self.threshold = threshold

    def read(self, kind: str, paths: Sequence[Path], load: Load, parse: Parse[T]) -> list[Outcome[T]]:
        """The outcome of every path, in order: from the cache when the file is unchanged,
        otherwise parsed (in parallel when more than `threshold` files miss). Outcomes
        without problems are stored in the cache."""
        value, inside = _KINDS[kind]
        cache = ContentCache(self.folder, kind, self.key, paths, value=value, inside=inside)
        outcomes: list[Outcome[T] | None] = []
        missed: list[int] = []
        stamps: list[Stamp | None] = []
        for path in paths:
            hit, value, stamp = cache.lookup(path)
            if hit:
                outcomes.append(Outcome(value))
            else:
                outcomes.append(None)
                missed.append(len(outcomes) - 1)
                stamps.append(stamp)
        parsed = parse_files(load, parse, [paths[i] for i in missed], self.threshold)
        for index, stamp, (size, sha256, outcome) in zip(missed, stamps, parsed, strict=True):
            outcomes[index] = outcome
            if sha256 is not None and not outcome.problems:
                cache.store(paths[index], stamp, size, sha256, outcome.value)
        cache.save()
        return [outcome for outcome in outcomes if outcome is not None]
