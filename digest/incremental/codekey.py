"""What a cache entry was made by: digest's code, the Python and the libraries it runs on.

Anything read from `.digest-cache/` is trusted only if it was written under the same key,
so an edit to digest, a new version of Python-Markdown or a Python upgrade (whose pickles
and regular expressions may differ) invalidates every cached result at once.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from pathlib import Path

import digest

_SITE_FOLDERS = ("site-packages", "dist-packages")


def _source_files() -> list[Path]:
    package = Path(digest.__file__).resolve().parent
    return sorted(package.rglob("*.py"))


def _installed() -> list[str]:
    """Every distribution installed where this Python imports packages from, as its metadata
    folder is named (`jinja2-3.1.6.dist-info`): an install, upgrade or removal changes
    the list. Wider than digest's own requirements (installing anything else costs one
    cold build), and a listing per folder of the import path is a millisecond, where
    importlib.metadata took 40 ms to import and ask: a tenth of a build with nothing
    to do."""
    names: list[str] = []
    # Not the script's folder or the working directory, which sys.path may also hold:
    # where digest is run from must not change the key.
    for folder in [path for path in sys.path if os.path.basename(path) in _SITE_FOLDERS]:
        try:
            listing = os.listdir(folder)
        except OSError:  # a zip file, a folder gone
            continue
        names.extend(name for name in listing if name.endswith((".dist-info", ".egg-info")))
    return sorted(names)


@functools.cache
def code_key() -> str:
    """sha256 (hex) over digest's .py sources, its version, Python's version and the
    installed distributions (`_installed`), and the machine's byte order and hash width
    (the articles' duplicate sketches hold native 64-bit integer hashes). Computed once
    per process."""
    package = Path(digest.__file__).resolve().parent
    h = hashlib.sha256()
    machine = f"{sys.byteorder} {sys.hash_info.width} {sys.hash_info.algorithm}"
    for part in (digest.__version__, sys.version, machine, *_installed()):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    for path in _source_files():
        h.update(path.relative_to(package).as_posix().encode("utf-8"))
        h.update(b"\x00")
        h.update(path.read_bytes())
        h.update(b"\x00")
    return h.hexdigest()
