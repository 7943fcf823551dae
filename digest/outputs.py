"""An output file before it exists: its route, a fingerprint of its inputs, and how to make it.

The writer calls `produce` only when no tree it can reuse already holds a file made from
the same fingerprint, so unchanged pages are neither rendered nor written again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    route: str
    fingerprint: str  # same fingerprint => same bytes
    produce: Callable[[], bytes]
