"""How many processes a build may fork, and whether forking is safe right now."""

from __future__ import annotations

import ctypes
import gc
import os
import signal
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import multiprocessing.pool

MAX_WORKERS = 4
_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


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
    # `os.fork` is what multiprocessing's "fork" start method needs; asking multiprocessing
    # would import it (15 ms) in every build, most of which fork no pool.
    return hasattr(os, "fork") and threading.active_count() == 1


def chunk_size(tasks: int, count: int) -> int:
    """Tasks handed to a worker at a time: about eight rounds per worker balance the load,
    at most 64 so one slow chunk cannot hold up the end."""
    return max(1, min(64, tasks // (count * 8)))


def fork_pool(count: int) -> multiprocessing.pool.Pool:
    """A pool of forked workers that die with the build: killed outright (SIGKILL, or
    SIGTERM, which skips the pool's cleanup), it would otherwise leave them waiting on
    their task queue forever, holding the build lock."""
    import multiprocessing  # here: a small build forks no pool (see `can_fork`)

    context = multiprocessing.get_context("fork")
    return context.Pool(count, initializer=_worker_start, initargs=(os.getpid(),))


def _worker_start(parent: int) -> None:
    gc.enable()  # the parent may have forked while reading, its collector paused
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """In a child of `parent` (a forked worker, or the spare-tree copy's process): be
    killed when `parent` dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: no such call
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def process_alive(pid: int) -> bool:
    """Whether process `pid` exists: a folder named after a dead one is a leftover."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True
