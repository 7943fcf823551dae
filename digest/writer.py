"""The only module that writes to disk: a staging folder, then a swap into output/.

A build writes every file into `.digest-staging-<name>` beside the output folder and
only then exchanges the two, so a failed or killed build leaves the previous output
intact. On Linux the exchange is one atomic `renameat2(RENAME_EXCHANGE)` call.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from digest.errors import DigestError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
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


def safe_relative(route: str) -> PurePosixPath:
    """A route as a relative path that cannot leave the output folder."""
    path = PurePosixPath(route)
    if path.is_absolute() or not path.parts or any(p in ("", ".", "..") for p in path.parts):
        raise DigestError(f"refusing to write outside the output folder: {route!r}")
    if any(ord(ch) < 32 for ch in route) or "\\" in route:
        raise DigestError(f"refusing an output path with control characters: {route!r}")
    return path


class Writer:
    def __init__(self, output: Path) -> None:
        self.output = output.resolve()
        self.staging = self.output.parent / f".digest-staging-{self.output.name}"
        self.retired = self.output.parent / f".digest-old-{self.output.name}"

    def write_site(self, files: Iterable[tuple[str, bytes]]) -> int:
        """Write all files into staging, then swap staging into place. Returns the count."""
        for leftover in (self.staging, self.retired):
            if leftover.exists():
                shutil.rmtree(leftover)
        self.staging.mkdir(parents=True)
        count = 0
        seen: set[PurePosixPath] = set()
        try:
            for route, data in files:
                relative = safe_relative(route)
                if relative in seen:
                    raise DigestError(f"two outputs want the same file {route!r}")
                seen.add(relative)
                target = self.staging.joinpath(*relative.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                count += 1
        except BaseException:
            shutil.rmtree(self.staging, ignore_errors=True)
            raise
        self._swap()
        return count

    def _swap(self) -> None:
        if self.output.exists() and _exchange(self.staging, self.output):
            shutil.rmtree(self.staging)  # it now holds the previous output
            return
        if self.output.exists():
            self.output.rename(self.retired)
            self.staging.rename(self.output)
            shutil.rmtree(self.retired)
        else:
            self.staging.rename(self.output)
