"""Knowing, without reading any content, that a build would change nothing.

Like make, a build notes what it was made from: digest's code, the configuration, the
date it was built for, and the size, modification time and inode of every file under
content/ and the themes. When all of that is the same and output/ still holds exactly
what the last build wrote, `digest build` says so and stops; anything else (an edited,
added, removed or touched file, a file changed in output/) means a real build, which
itself only redoes what changed.

What output/ held is noted with the rest: each file's route and stamp, as plain lists.
Reading the output trees' manifest instead made 24,000 records at 10,000 articles, a
third of a build with nothing to do.

A file modified within two seconds of the moment its stamp is taken could be written
again within the same timestamp tick, and its stamp would not show it. As git does with
its index's "racily clean" entries, such a file is trusted by its content instead: its
hash is taken with the stamps, before the build reads it, and the next check hashes it
again (so the build right after an edit can be up to date). When more than a few files
are that new (a fresh clone, a corpus just written), hashing them all would cost more
than it saves, and the next build is a real one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import time
from pathlib import Path

from digest.config import Config
from digest.incremental import storage as picklefile
from digest.incremental.codekey import code_key
from digest.incremental.stamps import RACY_NS, Stamp, stamp
from digest.render.shipped import shipped_themes_dir

_FILE = "last-build.pickle"
_FORMAT = 3
# Files this new, at most, are trusted by their content's hash; more mean a real build.
RACY_FILES = 64
RACY_BYTES = 8 << 20

Racy = dict[str, str]  # path -> sha256 of its content, taken with the stamps


def _walk(
    folder: str, into: list[tuple[str, int, int, int]], recent: list[tuple[str, int]], since: int
) -> None:
    """Every file under `folder` (following links, as a build reads them), in name order.
    `scandir` rather than `os.walk`: its entries carry their paths and kinds, which cost
    a path join per file (0.1 s over 10,700 files)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=_name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir():
                if not entry.is_symlink():  # as os.walk: a linked folder is not entered
                    _walk(entry.path, into, recent, since)
                continue
            stat = entry.stat()
        except OSError:
            continue
        into.append((entry.path, *stamp(stat)))
        if stat.st_mtime_ns >= since:
            recent.append((entry.path, stat.st_size))


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _hashes(recent: list[tuple[str, int]]) -> Racy | None:
    """The content hashes of files whose stamps cannot be trusted, or None when they are
    too many or too large to hash (or one vanished): nothing can then be trusted."""
    if len(recent) > RACY_FILES or sum(size for _, size in recent) > RACY_BYTES:
        return None
    hashes: Racy = {}
    for path, _ in recent:
        try:
            hashes[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            return None
    return hashes


def signature(config: Config, config_path: Path, today: dt.date, output: Path) -> tuple[str, Racy | None]:
    """(a hash of everything a build reads, the content hashes of its files modified too
    recently for their stamps to be trusted; None if there are too many of those).
    Taken before the build reads anything: a file written after its hash was taken
    either moves its stamp or no longer has that hash."""
    entries: list[tuple[str, int, int, int]] = []
    recent: list[tuple[str, int]] = []
    # Any file modified less than RACY_NS before its stat could change again unseen;
    # measured from before the walk, which only takes in more files.
    since = time.time_ns() - RACY_NS
    for folder in (config.root / config.content_dir, config.root / "themes", shipped_themes_dir()):
        _walk(str(folder), entries, recent, since)
    h = hashlib.sha256()
    for part in (code_key(), repr(config), config_path.read_bytes().hex(), today.isoformat(), str(output)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    h.update(repr(entries).encode("utf-8", "surrogatepass"))
    return h.hexdigest(), _hashes(recent)


# What output/ held after the build: its folder, and each file's route and stamp.
Snapshot = tuple[str, list[str], list[Stamp]]
Stored = tuple[int, str, Racy, dict[bool, list[str]], Snapshot]


def _parse(value: object) -> Stored:
    """(format, key, content hashes of the files too new to trust, the report's lines
    by verbosity, what output/ held)."""
    match value:
        case (
            int(),
            str(),
            dict() as racy,
            {False: [*quiet], True: [*verbose]},
            (str(), list(routes), list(stamps)),
        ) if (
            all(isinstance(item, str) for item in [*racy, *racy.values(), *quiet, *verbose])
            and set(map(type, routes)) <= {str}
            and set(map(type, stamps)) <= {tuple}
        ):
            return value  # type: ignore[return-value]
    raise picklefile.WrongShape


def _snapshot(output: Path, cache: Path) -> Snapshot:
    """What the build just made left in `output` (its trees' manifest, which the build
    holds in memory). Imported here: the check before a build does without the trees."""
    from digest.incremental.tree import live_records

    live = live_records(output, cache)
    return (
        str(output.resolve()),
        list(live),
        [(record.size, record.mtime_ns, record.inode) for record in live.values()],
    )


def _intact(output: Path, snapshot: Snapshot) -> bool:
    """Whether `output` still holds the files of `snapshot`, each with its stamp."""
    root, routes, stamps = snapshot
    if not routes or root != str(output.resolve()):
        return False
    try:
        return [stamp(os.stat(f"{root}/{route}")) for route in routes] == stamps
    except OSError:  # a file gone
        return False


def remembered(cache: Path, key: str, output: Path) -> dict[bool, list[str]] | None:
    """The last build's report lines (by verbosity) if it was made from `key`, the files
    too new to trust by their stamps still have the content they had then, and `output`
    still holds exactly what that build left there, untouched."""
    stored = picklefile.read(cache / _FILE, parse=_parse)
    if stored is None:  # missing, damaged or of another shape: build
        return None
    version, stored_key, racy, reports, snapshot = stored
    if version != _FORMAT or stored_key != key or _hashes([(path, 0) for path in racy]) != racy:
        return None
    return reports if _intact(output, snapshot) else None


def remember(cache: Path, key: str, racy: Racy | None, reports: dict[bool, list[str]], output: Path) -> None:
    """Note what a successful build was made from and left in `output`; failing to note
    it costs a build, and so does a build whose new files were too many to hash (`racy`
    None)."""
    if racy is None:
        forget(cache)
        return
    with contextlib.suppress(OSError):
        picklefile.write(cache / _FILE, (_FORMAT, key, racy, reports, _snapshot(output, cache)))


def forget(cache: Path) -> None:
    """After a failed build nothing may be assumed about the output."""
    with contextlib.suppress(OSError):
        (cache / _FILE).unlink(missing_ok=True)
