"""Compiled templates kept between builds: Jinja's own bytecode cache, in the cache folder.

Compiling the default theme's fifteen templates takes about 0.1 s, which a rebuild that
renders fifty pages would otherwise pay every time; loading them compiled takes 5 ms.
Jinja checks each entry against its template's source (a changed template compiles
again); an entry that cannot be read is compiled again too. The entries sit in a folder
named by digest's code key (digest's sources, the versions of Python and of the
libraries) and Jinja's version, as the environment's settings and Jinja's code generator
shape what is compiled; folders of other names are deleted.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from digest.incremental.codekey import code_key

FOLDER = "templates"


def folder_name() -> str:
    return f"{code_key()[:20]}-jinja-{jinja2.__version__}"


class _Tolerant(jinja2.FileSystemBytecodeCache):
    """Jinja skips an entry with a wrong header or code, but a damaged checksum after a
    right header fails the load: such an entry is compiled again here instead."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # damaged in any way: not worth a failed build
            bucket.reset()


def bytecode_cache(cache: Path | None) -> jinja2.BytecodeCache | None:
    """A bytecode cache under `cache`, or None without a cache folder (or if it cannot be
    made: compiling is always possible)."""
    if cache is None:
        return None
    root = cache / FOLDER
    folder = root / folder_name()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for entry in root.iterdir():
            if entry != folder:
                with contextlib.suppress(OSError):
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    except OSError:
        return None
    return _Tolerant(str(folder))
