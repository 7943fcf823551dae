"""Knowing, without reading any content, that a build would change nothing.

Like make, a build notes what it was made from: digest's code, the configuration, the
date it was built for, and the size, modification time and inode of every file under
content/ and the themes. When all of that is the same and output/ still holds exactly
what the last build wrote, `digest build` says so and stops; anything else (an edited,
added, removed or touched file, a file changed in output/) means a real build, which
itself only redoes what changed. Files modified within two seconds of the last build are
never trusted to be unchanged (a second write within one timestamp tick would look the
same), as git does with its index.
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
from digest.incremental.stamps import RACY_NS, stamp
from digest.render.shipped import shipped_themes_dir

_FILE = "last-build.pickle"
_FORMAT = 1


def _walk(folder: Path, into: list[tuple[str, int, int, int]], newest: list[int]) -> None:
    for current, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            path = os.path.join(current, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            into.append((path, *stamp(stat)))
            newest[0] = max(newest[0], stat.st_mtime_ns)


def signature(config: Config, config_path: Path, today: dt.date, output: Path) -> tuple[str, int]:
    """(a hash of everything a build reads, the newest modification time among its files)."""
    entries: list[tuple[str, int, int, int]] = []
    newest = [0]
    for folder in (config.root / config.content_dir, config.root / "themes", shipped_themes_dir()):
        _walk(folder, entries, newest)
    h = hashlib.sha256()
    for part in (code_key(), repr(config), config_path.read_bytes().hex(), today.isoformat(), str(output)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    h.update(repr(entries).encode("utf-8", "surrogatepass"))
    return h.hexdigest(), newest[0]


Stored = tuple[int, str, int, int, dict[bool, list[str]]]


def _parse(value: object) -> Stored:
    """(format, key, newest mtime, when written, the report's lines by verbosity)."""
    match value:
        case (int(), str(), int(), int(), {False: [*quiet], True: [*verbose]}) if all(
            isinstance(line, str) for line in [*quiet, *verbose]
        ):
            return value  # type: ignore[return-value]
    raise picklefile.WrongShape


def remembered(cache: Path, key: str) -> dict[bool, list[str]] | None:
    """The last build's report lines (by verbosity) if it was made from `key`."""
    stored = picklefile.read(cache / _FILE, parse=_parse)
    if stored is None:  # missing, damaged or of another shape: build
        return None
    version, stored_key, newest, written_at, reports = stored
    if version != _FORMAT or stored_key != key or written_at - newest < RACY_NS:
        return None
    return reports


def remember(cache: Path, key: str, newest: int, reports: dict[bool, list[str]]) -> None:
    """Note what a successful build was made from; failing to note it costs a build."""
    with contextlib.suppress(OSError):
        picklefile.write(cache / _FILE, (_FORMAT, key, newest, time.time_ns(), reports))


def forget(cache: Path) -> None:
    """After a failed build nothing may be assumed about the output."""
    with contextlib.suppress(OSError):
        (cache / _FILE).unlink(missing_ok=True)
