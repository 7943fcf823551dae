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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

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
