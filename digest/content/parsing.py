"""Reading content files: each file's bytes parsed into a value and its problems.

Readers (`readers`, `notes`) hand their files to a `FileStore`: the plain one parses every
file; the content store of the incremental layer (`digest.incremental.contentstore`) parses
only files that changed since the last run and keeps the rest. Either way, files are
parsed in a fork-based process pool when there are many of them, and outcomes come back
in file order, so output and error reports do not depend on it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from digest.errors import DigestError, Problem
from digest.parallel import can_fork, chunk_size, fork_pool, workers

T = TypeVar("T")

# Below this many files to parse a pool costs more (fork, pickling results back) than it saves.
PARALLEL_THRESHOLD = 64


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What reading one file gave: a value (None when it could not be read at all) and
    the problems found, in the order the reader reported them."""

    value: T | None
    problems: tuple[Problem, ...] = ()


# Parses a file's bytes; raises DigestError or returns the problems with a partial value.
Parse = Callable[[Path, bytes], Outcome[T]]
# Reads a file's bytes, raising DigestError (too big, unreadable).
Load = Callable[[Path], bytes]


class FileStore(Protocol):
    def read(self, kind: str, paths: Sequence[Path], load: Load, parse: Parse[T]) -> list[Outcome[T]]:
        """The outcome of every path, in order. `kind` names the content ('articles')."""
        ...


class Uncached:
    """Parses every file, every time."""

    def __init__(self, threshold: int = PARALLEL_THRESHOLD) -> None:
        self.threshold = threshold

    def read(self, kind: str, paths: Sequence[Path], load: Load, parse: Parse[T]) -> list[Outcome[T]]:
        return [outcome for _, _, outcome in parse_files(load, parse, paths, self.threshold)]


_Parsed = tuple[int, bytes | None, Outcome[T]]


def _parse_file(load: Load, parse: Parse[T], path: Path) -> _Parsed[T]:
    """(size and sha256 of the bytes parsed, None if unreadable; outcome). Runs in workers."""
    try:
        data = load(path)
    except DigestError as exc:
        return 0, None, Outcome(None, tuple(exc.problems))
    try:
        outcome = parse(path, data)
    except DigestError as exc:
        outcome = Outcome(None, tuple(exc.problems))
    return len(data), hashlib.sha256(data).digest(), outcome


# The parser a forked worker runs: set just before the pool forks, so workers inherit it
# (with the config, compiled patterns and Markdown converter) instead of unpickling it.
_worker: tuple[Load, Parse[Any]] | None = None


def _work(path: Path) -> _Parsed[Any]:
    assert _worker is not None
    return _parse_file(*_worker, path)


def parse_files(load: Load, parse: Parse[T], paths: Sequence[Path], threshold: int) -> list[_Parsed[T]]:
    """(size and sha256 of the bytes, outcome) of every path, in order; in a pool of
    processes when more than `threshold`."""
    count = workers()
    if len(paths) > threshold and count > 1 and can_fork():
        global _worker
        _worker = (load, parse)
        try:
            with fork_pool(count) as pool:
                return pool.map(_work, paths, chunksize=chunk_size(len(paths), count))
        except OSError:  # no processes to be had: read serially
            pass
        finally:
            _worker = None
    return [_parse_file(load, parse, path) for path in paths]
