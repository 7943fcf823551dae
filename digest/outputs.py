"""An output file described before it is produced: the writer asks for the bytes only
when no existing tree already holds a file with the same fingerprint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    route: str
    fingerprint: str  # same fingerprint => same bytes
    produce: Callable[[], bytes]
