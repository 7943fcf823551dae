"""Compiled templates kept between builds: Jinja's own bytecode cache, in the cache folder.

Compiling the default theme's fifteen templates takes about 0.1 s, which a rebuild that
renders fifty pages would otherwise pay every time; loading them compiled takes 5 ms.
Jinja checks each entry against its template's source (a changed template compiles
again) and ignores an entry it cannot read. The entries sit in a folder named by
digest's code key (digest's sources and the versions of Python, Jinja and the rest), as
the environment's settings and Jinja's code generator shape what is compiled; folders of
other keys are deleted.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import jinja2

from digest.cachekey import code_key

FOLDER = "templates"


def bytecode_cache(cache: Path | None) -> jinja2.BytecodeCache | None:
    """A bytecode cache under `cache`, or None without a cache folder (or if it cannot be
    made: compiling is always possible)."""
    if cache is None:
        return None
    root = cache / FOLDER
    folder = root / code_key()[:24]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for entry in root.iterdir():
            if entry != folder:
                with contextlib.suppress(OSError):
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
