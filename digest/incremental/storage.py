"""The cache's small pickle files: read whole or not at all, written whole or not at all.

A file may hold several values, one after the other: `read` gives the first, so a reader
that needs only a small header-like part does not unpickle the rest (`read_all` gives
them all).

Every value is a `safepickle` of plain data (and of the dataclasses its caller allows), so
reading one never runs code. A reader gets None for a file that is missing, and also,
with a warning naming the file (`cachewarnings`), for one that is damaged, refused (it
names anything but plain data) or not of the shape its caller expects (`parse`): the
caller then does the work again. A writer writes a temporary file beside the target and
renames it over, so a killed build never leaves half a file; it raises OSError, and the
caller decides whether that matters.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from digest.incremental import safepickle
from digest.incremental.cachewarnings import NOT_OURS, describe, warn

T = TypeVar("T")


class WrongShape(ValueError):
    """Raised by a reader's `parse`: the data is not what this version of digest writes."""


def _as_is(value: Any) -> Any:
    return value


def read(path: Path, types: Iterable[type] = (), parse: Callable[[Any], T] = _as_is) -> T | None:
    """What `parse` makes of the file's first value."""
    return read_all(path, 1, types, lambda values: parse(values[0]))


def read_all(
    path: Path, count: int, types: Iterable[type] = (), parse: Callable[[list[Any]], T] = _as_is
) -> T | None:
    """What `parse` makes of the file's first `count` values; None for a missing file.
    `parse` raises WrongShape for data of another shape (the file is then reported); it
    may return None for data written for something else (another output, another format
    version), which is no reason to report it."""
    try:
        with path.open("rb") as file:
            values = [safepickle.load(file, types) for _ in range(count)]
        return parse(values)
    except FileNotFoundError:
        return None
    except WrongShape:
        warn(path, NOT_OURS)
        return None
    except Exception as error:  # refused, truncated, damaged, or not a pickle at all
        warn(path, describe(error))
        return None


class Memo(Generic[T]):
    """What this process read from cache files, each value kept with the stat its file
    had: a file with the same stat again is not read again. `digest serve` reads the
    same cache files at every rebuild, and an edit changes one or two of them (at 1,000
    articles the content shards took 28 ms to unpickle, the trees' manifest 9 ms; ten
    times that at 10,000). A file replaced since has another inode and change time."""

    def __init__(self) -> None:
        self._values: dict[Hashable, tuple[tuple[int, ...], T]] = {}

    def get(self, key: Hashable, stat: os.stat_result) -> T | None:
        found = self._values.get(key)
        return found[1] if found is not None and found[0] == _identity(stat) else None

    def put(self, key: Hashable, stat: os.stat_result, value: T) -> None:
        """`value` is what the file had when it had `stat` (taken before it was read)."""
        self._values[key] = (_identity(stat), value)


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def write(path: Path, *values: Any, types: Iterable[type] = ()) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        with temporary.open("wb") as file:
            for value in values:
                safepickle.dump(value, file, types)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
