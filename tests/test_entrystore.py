"""The feed entries kept between builds (`digest/incremental/entrystore.py`); the
builds that use them are in test_incremental.py and test_cache_safety.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any, cast

import pytest

from digest.incremental import storage
from digest.incremental.entrystore import FILE, EntryStore
from digest.incremental.fingerprint import Fingerprints
from digest.render.feedmodel import FeedEntry, FeedImage

SEOUL = dt.timezone(dt.timedelta(hours=9))


def entry(article: str, content: str = "<p>Text.</p>") -> FeedEntry:
    moment = dt.datetime(2025, 11, 20, 7, 0, tzinfo=SEOUL)
    return FeedEntry(
        id=f"urn:uuid:{article}",
        title="Harbour cranes return",
        link=f"https://example.org/articles/{article}/",
        published=moment,
        updated=moment,
        authors=("Mara Quill",),
        categories=("ports",),
        summary="Cranes are back.",
        content_html=content,
        image=FeedImage("https://example.org/crane.webp", 1200, "image/webp", 800, 600, "A crane"),
    )


def store(cache: Path, base: str = "base") -> EntryStore:
    # Inputs of plain values need no site; the site's fields are read only for `fields`.
    return EntryStore(cache, Fingerprints(cast(Any, None), base))


def test_an_entry_kept_by_one_build_is_recalled_by_the_next(tmp_path: Path) -> None:
    first = store(tmp_path)
    assert first.recall(("feed-entry", "a", 0)) is None
    first.keep(("feed-entry", "a", 0), entry("a"), ())
    first.close({"urn:uuid:a"})
    second = store(tmp_path)
    assert second.recall(("feed-entry", "a", 0)) == (entry("a"), ())
    # Other inputs (its place in the edition), or another configuration, theme or code:
    # another entry.
    assert second.recall(("feed-entry", "a", 1)) is None
    assert store(tmp_path, base="other").recall(("feed-entry", "a", 0)) is None


def test_only_the_entries_the_feeds_carry_are_written(tmp_path: Path) -> None:
    first = store(tmp_path)
    for article in ("a", "b"):
        first.keep(("feed-entry", article, 0), entry(article), ())
    first.close({"urn:uuid:a"})
    second = store(tmp_path)
    assert second.recall(("feed-entry", "b", 0)) is None
    # An edited entry replaces the last build's of the same article; an entry not made
    # again is kept while the feeds carry it.
    second.keep(("feed-entry", "a", 1), entry("a", "<p>Edited.</p>"), ())
    second.keep(("feed-entry", "c", 0), entry("c"), ())
    second.close({"urn:uuid:a", "urn:uuid:c"})
    third = store(tmp_path)
    assert third.recall(("feed-entry", "a", 0)) is None
    assert third.recall(("feed-entry", "a", 1)) == (entry("a", "<p>Edited.</p>"), ())
    assert third.recall(("feed-entry", "c", 0)) is not None


def test_nothing_is_written_when_every_entry_was_recalled(tmp_path: Path) -> None:
    first = store(tmp_path)
    first.keep(("feed-entry", "a", 0), entry("a"), ())
    first.close({"urn:uuid:a"})
    stamp = (tmp_path / FILE).stat().st_mtime_ns
    second = store(tmp_path)
    assert second.recall(("feed-entry", "a", 0)) is not None
    second.close({"urn:uuid:a"})
    assert (tmp_path / FILE).stat().st_mtime_ns == stamp


@pytest.mark.parametrize(
    "change",
    [{"content_html": ["<script>"]}, {"authors": "Mara Quill"}, {"published": "2025-11-20"}, {"image": "x"}],
)
def test_an_entry_of_another_shape_is_reported_and_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, object]
) -> None:
    """The feeds write an entry's values as they are: a file whose entries hold other
    types is not used (the entries are made again), and says so."""
    first = store(tmp_path)
    first.keep(("feed-entry", "a", 0), entry("a"), ())
    first.close({"urn:uuid:a"})
    version, (rows, written) = storage.read_all(tmp_path / FILE, 2, (FeedEntry, FeedImage)) or (None, None)
    key, kept, fields, fields_key = rows[0]
    broken = object.__new__(FeedEntry)
    broken.__dict__.update({**{f.name: getattr(kept, f.name) for f in dataclasses.fields(kept)}, **change})
    storage.write(
        tmp_path / FILE, version, ([(key, broken, fields, fields_key)], written), types=(FeedEntry, FeedImage)
    )
    assert store(tmp_path).recall(("feed-entry", "a", 0)) is None
    assert f"{FILE}: " in capsys.readouterr().err


ITEM = b"    <item>\n      <title>Cranes</title>\n    </item>\n"


def test_entries_as_written_are_kept_while_the_feeds_carry_them(tmp_path: Path) -> None:
    first = store(tmp_path)
    first.keep_fragment("urn:uuid:a", "k1", ITEM)
    first.keep_fragment("urn:uuid:b", "k2", ITEM.replace(b"Cranes", b"Ships"))
    first.close({"urn:uuid:a", "urn:uuid:b"})
    second = store(tmp_path)
    assert second.fragment("k1") == ITEM
    # b's entry written anew (edited): its older form goes; a's, recalled, stays; an
    # entry the feeds no longer carry goes.
    second.keep_fragment("urn:uuid:b", "k3", ITEM.replace(b"Cranes", b"Boats"))
    second.keep_fragment("urn:uuid:c", "k4", ITEM)
    second.close({"urn:uuid:a", "urn:uuid:b"})
    third = store(tmp_path)
    assert third.fragment("k1") == ITEM
    assert third.fragment("k2") is None
    assert third.fragment("k3") == ITEM.replace(b"Cranes", b"Boats")
    assert third.fragment("k4") is None


@pytest.mark.parametrize(
    "row",
    [
        ("k1", "urn:uuid:a", b"<script>alert(1)</script>"),
        ("k1", "urn:uuid:a", "    <item>\n    </item>\n"),
        ("k1", b"urn:uuid:a", ITEM),
    ],
)
def test_an_entry_as_written_of_another_shape_is_reported_and_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: tuple[object, ...]
) -> None:
    """The feeds splice an entry as written into the feed as it is: a file holding
    anything but whole RSS items, Atom entries and JSON Feed items is not used."""
    first = store(tmp_path)
    first.keep_fragment("urn:uuid:a", "k1", ITEM)
    first.close({"urn:uuid:a"})
    version, (rows, _) = storage.read_all(tmp_path / FILE, 2, (FeedEntry, FeedImage)) or (None, None)
    storage.write(tmp_path / FILE, version, (rows, [row]), types=(FeedEntry, FeedImage))
    assert store(tmp_path).fragment("k1") is None
    assert f"{FILE}: " in capsys.readouterr().err
