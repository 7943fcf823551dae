"""Errors that point at the input that caused them.

Every problem in a user's files becomes a `DigestError` carrying the file, the line and
the field, so the CLI can print `content/notes/x.yaml:3: rank: expected an integer`.
Stages collect errors instead of stopping at the first, then raise `DigestErrors`.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    message: str
    path: Path | None = None
    line: int | None = None
    field: str | None = None

    def format(self, root: Path | None = None) -> str:
        location = ""
        if self.path is not None:
            shown = self.path
            if root is not None:
                try:
                    # The folder resolved, not the file: a link is named where it is.
                    shown = (self.path.parent.resolve() / self.path.name).relative_to(root.resolve())
                except ValueError:
                    shown = self.path
            location = f"{shown.as_posix()}:{self.line}: " if self.line else f"{shown.as_posix()}: "
        field = f"{self.field}: " if self.field else ""
        return f"{location}{field}{self.message}"


def shown_path(path: Path, root: Path) -> str:
    """A path as messages show it: relative to the project folder when it is inside."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


class DigestError(Exception):
    """One problem with the user's input or setup."""

    def __init__(
        self,
        message: str,
        path: Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.problem = Problem(message, path, line, field)
        super().__init__(self.problem.format())

    @property
    def problems(self) -> list[Problem]:
        return [self.problem]


class DigestErrors(DigestError):
    """Several problems found in one pass, reported together."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self._problems = sorted(
            problems, key=lambda p: (str(p.path or ""), p.line or 0, p.field or "", p.message)
        )
        Exception.__init__(self, "\n".join(p.format() for p in self._problems))

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)


def naming(error: OSError, path: str | Path) -> None:
    """Make `error` name `path` if it names no file. A write that fails for lack of
    space (ENOSPC) or on a file system gone read-only names none, and the CLI reports a
    failed write by the file it names (`disk_problem`)."""
    if error.filename is None:
        error.filename = str(path)


def disk_problem(error: OSError) -> Problem | None:
    """A failed read or write of a file named by the error, as a problem to report on one
    line (`output/index.html: No space left on device`); None for an OSError that names
    no file, which is a fault of digest's, not of the disk: it keeps its traceback."""
    if not isinstance(error.filename, (str, bytes, os.PathLike)):
        return None  # none, or a file descriptor
    reason = error.strerror or str(error)
    name = errno.errorcode.get(error.errno or 0)
    return Problem(f"{reason} ({name})" if name else reason, Path(os.fsdecode(error.filename)))


class Collector:
    """Gathers problems across files so a build reports all of them at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, error: DigestError) -> None:
        self.problems.extend(error.problems)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    def report(
        self,
        message: str,
        path: Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.problems.append(Problem(message, path, line, field))

    def raise_if_any(self) -> None:
        if self.problems:
            raise DigestErrors(self.problems)
