"""The cache's small pickle files: read whole or not at all, written whole or not at all.

Every file is a `safepickle` of plain data (and of the dataclasses its caller allows), so
reading one never runs code. A reader gets None for a file that is missing, and also,
with a warning naming the file (`cachewarnings`), for one that is damaged, refused
(it names anything but plain data) or not of the shape its caller expects (`valid`):
the caller then does the work again. A writer writes a temporary file beside the target
and renames it over, so a killed build never leaves half a file; it raises OSError, and
the caller decides whether that matters.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from digest import safepickle
from digest.cachewarnings import NOT_OURS, describe, warn


def read(
    path: Path, types: Iterable[type] = (), valid: Callable[[Any], bool] = lambda value: True
) -> Any | None:
    try:
        with path.open("rb") as file:
            value = safepickle.load(file, types)
    except FileNotFoundError:
        return None
    except Exception as error:  # refused, truncated, damaged, or not a pickle at all
        warn(path, describe(error))
        return None
    if not valid(value):
        warn(path, NOT_OURS)
        return None
    return value


def write(path: Path, value: Any, types: Iterable[type] = ()) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        with temporary.open("wb") as file:
            safepickle.dump(value, file, types)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
