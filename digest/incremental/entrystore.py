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

The same file keeps each entry as it was written into RSS, Atom and JSON Feed
(`render.feedmodel.Fragments`), for the entries the feeds carry: the feeds made again
after one edit then write one entry each, and splice in the others' bytes
(`render.feedformats.rss_or_atom`).

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
_FORMAT = 2  # bump when the layout below changes; 2: entries as written
_TYPES = (FeedEntry, FeedImage)

# An entry kept: the entry, the site's fields its making read, a hash of their values.
_Kept = tuple[FeedEntry, tuple[str, ...], str]
# An entry as written, by its key (`feedformats.fragment_key`): the entry's id, its bytes.
_Written = tuple[str, bytes]
# How an entry as written begins and ends (an RSS <item>, an Atom <entry>, a JSON Feed item).
_FRAGMENT_STARTS = (b"    <item>\n", b"  <entry>\n", b"  <entry ", b'{\n      "id": ')
_FRAGMENT_ENDS = (b"    </item>\n", b"  </entry>\n", b"\n    }")


class EntryStore:
    """The `EntryMemo` of builds with a cache folder. The file is read at the first
    entry asked for, so a build that makes no feed does not read it."""

    def __init__(self, cache: Path, prints: Fingerprints) -> None:
        self.file = cache / FILE
        self.prints = prints
        self._stored: tuple[dict[str, _Kept], dict[str, _Written]] | None = None
        self.used: dict[str, _Kept] = {}  # this build's entries, recalled or made, by key
        self.written: dict[str, _Written] = {}  # this build's entries as written, by key
        self.written_anew: set[str] = set()  # the ids of entries written by this build
        self.made = False  # whether an entry was made or written (the file then needs writing)

    def recall(self, inputs: tuple[object, ...]) -> tuple[FeedEntry, tuple[str, ...]] | None:
        key = self.prints.key(inputs)
        kept = self._read()[0].get(key)
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

    def fragment(self, key: str) -> bytes | None:
        found = self.written.get(key) or self._read()[1].get(key)
        if found is None:
            return None
        self.written[key] = found
        return found[1]

    def keep_fragment(self, entry_id: str, key: str, data: bytes) -> None:
        self.written[key] = (entry_id, data)
        self.written_anew.add(entry_id)
        self.made = True

    def close(self, carried: Collection[str]) -> None:
        """Write the entries of `carried` (entry ids): this build's, and the last build's
        of entries this build did not make again; the same for entries as written.
        Nothing is written when no entry was made or written: the file holds what was
        recalled already."""
        if not self.made:
            return
        stored, stored_written = self._read()
        renewed = {entry.id for entry, _, _ in self.used.values()}
        kept = {
            key: value
            for key, value in stored.items()
            if value[0].id in carried and value[0].id not in renewed
        }
        kept.update((key, value) for key, value in self.used.items() if value[0].id in carried)
        rows = sorted((key, entry, fields, fields_key) for key, (entry, fields, fields_key) in kept.items())
        # An entry written anew leaves its older forms behind (another content, another
        # feed's language or pictures): those go with them.
        written = {
            key: value
            for key, value in stored_written.items()
            if value[0] in carried and value[0] not in self.written_anew
        }
        written.update((key, value) for key, value in self.written.items() if value[0] in carried)
        fragments = sorted((key, entry_id, data) for key, (entry_id, data) in written.items())
        with contextlib.suppress(OSError):  # a read-only project only loses the shortcut
            storage.write(self.file, _FORMAT, (rows, fragments), types=_TYPES)

    def _read(self) -> tuple[dict[str, _Kept], dict[str, _Written]]:
        if self._stored is None:
            self._stored = storage.read_all(self.file, 2, _TYPES, _parse) or ({}, {})
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


def _parse(values: list[Any]) -> tuple[dict[str, _Kept], dict[str, _Written]] | None:
    version, tables = values
    if version != _FORMAT:
        return None  # written by another version of digest
    match tables:
        case (list(rows), list(fragments)):
            return _entries(rows), _fragments(fragments)
        case _:
            raise storage.WrongShape("not a list of entries and one of entries as written")


def _entries(rows: list[Any]) -> dict[str, _Kept]:
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


def _fragments(rows: list[Any]) -> dict[str, _Written]:
    """Entries as written: each an RSS item, an Atom entry or a JSON Feed item, whole (the
    feeds splice them in as they are)."""
    written: dict[str, _Written] = {}
    for row in rows:
        match row:
            case (str(key), str(entry_id), bytes(data)) if _is_fragment(data):
                written[key] = (entry_id, data)
            case _:
                raise storage.WrongShape("an entry as written of another shape")
    return written


def _is_fragment(data: bytes) -> bool:
    return data.startswith(_FRAGMENT_STARTS) and data.endswith(_FRAGMENT_ENDS)
