"""One line for every cache file a run discards because it is damaged or refused.

A file of `.digest-cache/` that cannot be read, that another program wrote, or that
holds anything but plain data is never fatal: the run goes on as if it were absent (and
rewrites it when it can). It is not silent either: `warn` reports
`.digest-cache/articles.03.pickle: refused: holds a reference to os.system`, through
whatever the command line (`build`, `check`, `serve`) set with `listen`, or on stderr.
The stores call it from deep inside a run, also in forked workers (a compiled template
loaded while pages render), which is why it is one process-wide hook rather than a
parameter threaded through every reader.

A file found stale (written for other content, settings or another version of digest
under a header that says so) is not reported: that is the cache doing its job.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from digest.errors import Problem
from digest.incremental import safepickle

# The reasons, as they follow the file's name.
NOT_OURS = "ignored: not written by this version of digest"


def damaged(error: BaseException) -> str:
    """For a file that could not be read or made sense of."""
    if isinstance(error, OSError):
        return f"ignored: cannot be read ({error.strerror or error})"
    if isinstance(error, EOFError):
        return "ignored: damaged (truncated)"
    detail = str(error) or type(error).__name__
    return f"ignored: damaged ({detail})"


def refused(what: str) -> str:
    return f"refused: {what}"


def describe(error: Exception) -> str:
    """The reason for a file that `safepickle.load` (or reading it) failed on."""
    if isinstance(error, safepickle.Refused):
        return refused(error.reason) if error.foreign else NOT_OURS
    return damaged(error)


def _to_stderr(problem: Problem) -> None:
    print(problem.format(), file=sys.stderr)


_listener: Callable[[Problem], None] = _to_stderr
# (path, reason, the file's stat) already reported by this process: a file read twice in
# one run (the output trees' manifest) is reported once, one planted again is reported anew.
_reported: set[tuple[str, str, tuple[int, int, int] | None]] = set()
_lock = threading.Lock()


def listen(listener: Callable[[Problem], None]) -> None:
    """Send every later warning to `listener` (the CLI prints it relative to the project)."""
    global _listener
    _listener = listener


def warn(path: Path, reason: str) -> None:
    try:
        stat = os.stat(path)
        seen: tuple[int, int, int] | None = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
    except OSError:
        seen = None
    key = (str(path), reason, seen)
    with _lock:
        if key in _reported:
            return
        _reported.add(key)
    _listener(Problem(reason, path))
