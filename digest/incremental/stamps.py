"""A file's stamp: the part of its stat that says it is still the file last seen there.

An edit in place moves its modification time; a replacement changes its inode. Content
files are recognised by their stamps between builds (the content cache, the up-to-date
check), and so are the files of the output trees and of the search store. A file of an
output tree with a new inode may still be taken as a restored copy (`is_restored_copy`).
"""

from __future__ import annotations

import os

Stamp = tuple[int, int, int]  # size, mtime_ns, inode

# A file changed this recently may change again within the same timestamp tick unseen.
RACY_NS = 2_000_000_000


def stamp(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def has_stamp(path: str, expected: Stamp) -> bool:
    """Whether the file at `path` exists and still has the stamp `expected`."""
    try:
        return stamp(os.stat(path)) == expected
    except OSError:
        return False


def is_restored_copy(stat: os.stat_result, expected: Stamp) -> bool:
    """Whether a file with another inode looks like a copy of the one stamped `expected`
    that was given its modification time back, as an archive unpacker does (a CI job's
    restored cache): the same size and mtime, and an inode change well after that mtime.
    rsync's quick check, guarded against a file written anew in the same timestamp tick
    (its ctime is in that tick, unless it was linked or renamed since). A file replaced by
    one of the same size with its mtime copied (`cp -p`, `touch -r`) passes."""
    size, mtime_ns, _ = expected
    return (
        stat.st_size == size
        and stat.st_mtime_ns == mtime_ns
        and stat.st_ctime_ns - stat.st_mtime_ns > RACY_NS
    )
