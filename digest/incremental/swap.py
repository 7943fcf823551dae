"""The atomic swap of the staging tree with the output folder.

A build writes into a staging folder (`digest.incremental.tree`) and only then exchanges
it with the output folder, so a failed or killed build leaves the previous output
intact. On Linux the exchange is one atomic `renameat2(RENAME_EXCHANGE)` call.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False where the system cannot."""
    try:
        # The symbols the process has loaded, libc's among them: `find_library("c")`
        # would run `ldconfig -p` in a child process at every build.
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0
