"""One build at a time per cache folder.

Its own module, apart from the output trees it protects: `digest build` takes the lock
before the up-to-date check, which must not pay for importing the trees' machinery (a
tenth of a build with nothing to do at 10,000 articles).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from digest.errors import DigestError

try:
    import fcntl
except ImportError:  # not POSIX: builds are not serialized
    fcntl = None  # type: ignore[assignment]


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
    if os.path.lexists(cache) and not cache.is_dir():
        raise DigestError("the cache must be a folder, and this is a file: move it away or delete it", cache)
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
