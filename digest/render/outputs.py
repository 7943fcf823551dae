"""An output file before it exists: its route, a fingerprint of its inputs, and how to make it.

The writer calls `produce` only when no tree it can reuse already holds a file made from
the same fingerprint, so unchanged pages are neither rendered nor written again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from digest.incremental.stamps import has_stamp


@dataclass(frozen=True)
class Source:
    """A file that holds an output's bytes already (a cached search shard's) and that
    digest never changes in place: a tree may hard-link it instead of writing a copy, as
    long as it still has the stat it was left with (an edit in place through a tree that
    links it moves its modification time; its reader then checks the bytes' hash)."""

    path: str
    size: int
    mtime_ns: int
    inode: int
    digest: str  # `fingerprint.hash_bytes` of its bytes

    def unchanged(self) -> bool:
        return has_stamp(self.path, (self.size, self.mtime_ns, self.inode))


@dataclass(frozen=True)
class Output:
    route: str
    fingerprint: str  # same fingerprint => same bytes
    produce: Callable[[], bytes]
    source: Source | None = None


@dataclass(frozen=True)
class Made:
    """What a produced file was made from: its output's fingerprint, and the site key when
    its template read the whole site ('' otherwise: then the fingerprint says it all)."""

    fingerprint: str
    site_key: str

    def matches(self, output: Output, site_key: str) -> bool:
        """Whether `output` would be made from the same inputs today."""
        return self.fingerprint == output.fingerprint and (not self.site_key or self.site_key == site_key)

    @property
    def identity(self) -> str:
        """One string for both, for the search index's shard keys."""
        return f"{self.fingerprint}:{self.site_key}"
