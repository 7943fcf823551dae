"""The cache's small pickle files: read whole or not at all, written whole or not at all.

A file may hold several values, one after the other: `read` gives the first, so a reader
that needs only a small header-like part does not unpickle the rest (`read_all` gives
them all).

A reader gets None for a file that is missing, truncated, damaged or written by another
version (whatever unpickling raises): the caller then does the work again. A writer
writes a temporary file beside the target and renames it over, so a killed build never
leaves half a file; it raises OSError, and the caller decides whether that matters.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


def read(path: Path) -> Any | None:
    """The file's first value."""
    found = read_all(path, 1)
    return found[0] if found else None


def read_all(path: Path, count: int) -> list[Any] | None:
    """The file's first `count` values."""
    try:
        with path.open("rb") as file:
            return [pickle.load(file) for _ in range(count)]
    except Exception:  # missing, truncated, damaged, or classes that moved
        return None


def write(path: Path, *values: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        with temporary.open("wb") as file:
            for value in values:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
