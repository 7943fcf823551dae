"""What a cache entry was made by: digest's code, the Python and the libraries it runs on.

Anything read from `.digest-cache/` is trusted only if it was written under the same key,
so an edit to digest, a new version of Python-Markdown or a Python upgrade (whose pickles
and regular expressions may differ) invalidates every cached result at once.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import re
import sys
from pathlib import Path

import digest

_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _source_files() -> list[Path]:
    package = Path(digest.__file__).resolve().parent
    return sorted(package.rglob("*.py"))


def _dependency_versions() -> list[str]:
    """'name==version' for every runtime requirement of digest, as installed."""
    try:
        requirements = importlib.metadata.requires(digest.DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError:  # running from a source tree
        return []
    versions = []
    for requirement in requirements:
        if "extra ==" in requirement:  # test tools do not shape the output
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match is None:
            continue
        try:
            versions.append(f"{match.group()}=={importlib.metadata.version(match.group())}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{match.group()}==missing")
    return sorted(versions)


@functools.cache
def code_key() -> str:
    """sha256 (hex) over digest's .py sources, its version, Python's version and the
    installed versions of its dependencies, and the machine's byte order and hash width
    (the articles' duplicate sketches hold native 64-bit integer hashes). Computed once
    per process."""
    package = Path(digest.__file__).resolve().parent
    h = hashlib.sha256()
    machine = f"{sys.byteorder} {sys.hash_info.width} {sys.hash_info.algorithm}"
    for part in (digest.__version__, sys.version, machine, *_dependency_versions()):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    for path in _source_files():
        h.update(path.relative_to(package).as_posix().encode("utf-8"))
        h.update(b"\x00")
        h.update(path.read_bytes())
        h.update(b"\x00")
    return h.hexdigest()
