"""Short hashes of text and bytes: the ids of file contents, cache entries and outputs."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any


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


def fields_digest(value: Any) -> str:
    """A hash of every field of a dataclass, for fingerprints: each field's text (a string
    as it is, any other value by its repr), tagged and length-prefixed so no two values
    run together. An article's body is most of it: encoding it as it is costs half of
    repr'ing the whole article (20 against 37 microseconds an article)."""
    h = hashlib.blake2b(digest_size=16)
    for name in field_names(type(value)):
        field = getattr(value, name)
        if type(field) is str:
            tag, data = b"s", field.encode("utf-8", "surrogatepass")
        else:
            tag, data = b"r", repr(field).encode("utf-8", "surrogatepass")
        h.update(tag + len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@functools.cache
def field_names(kind: type) -> tuple[str, ...]:
    """A dataclass's field names, in order (also the fingerprints' walk of a value)."""
    return tuple(field.name for field in dataclasses.fields(kind))
