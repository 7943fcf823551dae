"""The two guarantees of every write: routes stay inside the output, and the swap is atomic.

A build writes into a staging folder (see `treesync`) and only then exchanges it with
the output folder, so a failed or killed build leaves the previous output intact. On
Linux the exchange is one atomic `renameat2(RENAME_EXCHANGE)` call.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
from pathlib import Path, PurePosixPath

from digest.errors import DigestError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


_CONTROL = re.compile(r"[\x00-\x1f\\\\]")


def checked_route(route: str) -> str:
    """The route itself, once it is known to be a relative path that stays inside the
    output folder: no empty, '.' or '..' segment, no control character or backslash."""
    if not route or route.startswith("/") or any(p in ("", ".", "..") for p in route.split("/")):
        raise DigestError(f"refusing to write outside the output folder: {route!r}")
    if _CONTROL.search(route):
        raise DigestError(f"refusing an output path with control characters: {route!r}")
    return route


def safe_relative(route: str) -> PurePosixPath:
    """A route as a relative path that cannot leave the output folder."""
    return PurePosixPath(checked_route(route))
