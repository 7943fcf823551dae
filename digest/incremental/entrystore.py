"""Feed entries kept between builds in `.digest-cache/feed-entries.pickle`
(`render.feeds.EntryMemo`).

An article's entry is the same in every feed that carries it, and made from its item and
its place in its edition, the configuration and the theme, and whatever its template
reads of the whole site. After one edit, the feeds that carry the edited item are made
again (at 1,000 articles, eight of them: 400 entries), and all but one of their entries
are what the last build made. They are kept here by the identity of their inputs
(`Fingerprints.key`, which holds the code, the configuration and the theme), with the
names of the site's fields their template read and a hash of those fields' values then.

Only the entries the feeds carry when a build ends are kept (fifty a feed at most), so
the file stays the size of the feeds, not of the site. Entries made in a pool's workers
(a cold build of many files) are not seen here: the first rebuild keeps them.

The file is a safepickle of plain data and `FeedEntry`/`FeedImage` values; a file that
is damaged, planted or of another shape is reported and ignored (`storage`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import Any

from digest.incremental import storage
from digest.incremental.fingerprint import Fingerprints
from digest.render.feedmodel import FeedEntry, FeedImage

FILE = "feed-entries.pickle"
_FORMAT = 1  # bump when the layout below changes
_TYPES = (FeedEntry, FeedImage)

# An entry kept: the entry, the site's fields its making read, a hash of their values.
_Kept = tuple[FeedEntry, tuple[str, ...], str]


class EntryStore:
    """The `EntryMemo` of builds with a cache folder. The file is read at the first
    entry asked for, so a build that makes no feed does not read it."""

    def __init__(self, cache: Path, prints: Fingerprints) -> None:
        self.file = cache / FILE
        self.prints = prints
        self._stored: dict[str, _Kept] | None = None
        self.used: dict[str, _Kept] = {}  # this build's entries, recalled or made, by key
        self.made = False  # whether an entry was made (the file then needs writing)

    def recall(self, inputs: tuple[object, ...]) -> tuple[FeedEntry, tuple[str, ...]] | None:
        key = self.prints.key(inputs)
        kept = self._read().get(key)
        if kept is None:
            return None
        entry, fields, fields_key = kept
        if fields and self.prints.fields(fields) != fields_key:
            return None  # the site's fields it read have changed
        self.used[key] = kept
        return entry, fields

    def keep(self, inputs: tuple[object, ...], entry: FeedEntry, fields: tuple[str, ...]) -> None:
        key = self.prints.key(inputs)
        self.used[key] = (entry, fields, self.prints.fields(fields) if fields else "")
        self.made = True

    def close(self, carried: Collection[str]) -> None:
        """Write the entries of `carried` (entry ids): this build's, and the last build's
        of entries this build did not make again. Nothing is written when no entry was
        made: the file holds what was recalled already."""
        if not self.made:
            return
        renewed = {entry.id for entry, _, _ in self.used.values()}
        kept = {
            key: value
            for key, value in self._read().items()
            if value[0].id in carried and value[0].id not in renewed
        }
        kept.update((key, value) for key, value in self.used.items() if value[0].id in carried)
        rows = sorted((key, entry, fields, fields_key) for key, (entry, fields, fields_key) in kept.items())
        with contextlib.suppress(OSError):  # a read-only project only loses the shortcut
            storage.write(self.file, _FORMAT, rows, types=_TYPES)

    def _read(self) -> dict[str, _Kept]:
        if self._stored is None:
            self._stored = storage.read_all(self.file, 2, _TYPES, _parse) or {}
        return self._stored


def _plain(values: tuple[object, ...], kind: type) -> bool:
    return all(type(value) is kind for value in values)


def _is_entry(entry: FeedEntry) -> bool:
    """Whether every field has its type: the feeds write them as they are."""
    texts = (entry.id, entry.title, entry.link, entry.summary, entry.content_html, entry.language)
    return (
        _plain(texts, str)
        and _plain((entry.title_language, entry.content_language), str)
        and _plain((entry.published, entry.updated), dt.datetime)
        and type(entry.authors) is tuple
        and _plain(entry.authors, str)
        and type(entry.categories) is tuple
        and _plain(entry.categories, str)
        and (entry.image is None or _is_image(entry.image))
    )


def _is_image(image: object) -> bool:
    if type(image) is not FeedImage:
        return False
    texts = (image.url, image.type, image.alt, image.credit)
    return _plain(texts, str) and _plain((image.length, image.width, image.height), int)


def _parse(values: list[Any]) -> dict[str, _Kept] | None:
    version, rows = values
    if version != _FORMAT:
        return None  # written by another version of digest
    if type(rows) is not list:
        raise storage.WrongShape("not a list of entries")
    kept: dict[str, _Kept] = {}
    for row in rows:
        match row:
            case (str(key), FeedEntry() as entry, tuple(fields), str(fields_key)) if _plain(
                fields, str
            ) and _is_entry(entry):
                kept[key] = (entry, fields, fields_key)
            case _:
                raise storage.WrongShape("an entry of another shape")
    return kept
