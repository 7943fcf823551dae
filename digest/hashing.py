"""Short hashes of text and bytes: the ids of file contents, cache entries and outputs."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def hash_text(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def hash_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def hash_files(paths: Iterable[Path], root: Path | None = None) -> str:
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(paths):
        h.update(str(path.relative_to(root) if root else path).encode())
        h.update(b"\x00")
        h.update(path.read_bytes())
        h.update(b"\x00")
    return h.hexdigest()
