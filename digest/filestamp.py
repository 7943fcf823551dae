"""A file's stamp: the part of its stat that says it is still the file last seen there.

An edit in place moves its modification time; a replacement changes its inode. Content
files are recognised by their stamps between builds (the content cache, the up-to-date
check), and so are the files of the output trees and of the search store.
"""

from __future__ import annotations

import os

Stamp = tuple[int, int, int]  # size, mtime_ns, inode


def stamp(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def has_stamp(path: str, expected: Stamp) -> bool:
    """Whether the file at `path` exists and still has the stamp `expected`."""
    try:
        return stamp(os.stat(path)) == expected
    except OSError:
        return False
