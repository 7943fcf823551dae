"""How many processes a build may fork, and whether forking is safe right now."""

from __future__ import annotations

import multiprocessing
import os
import threading

MAX_WORKERS = 4


def workers() -> int:
    """The cores this process may use, at most four."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cores))


def can_fork() -> bool:
    """Forking a process with other threads (`digest serve`'s watchers and server) can
    leave a lock held forever in the child; such builds work serially."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
