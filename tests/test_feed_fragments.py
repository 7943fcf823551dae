"""Feeds spliced from entries written before (`render/feedformats.py`): byte for byte what
feedgen and the JSON writer write for the whole feed, whatever the feed's shape and
however many of its entries were kept."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from digest.render.feedformats import rss_or_atom, write_feed
from digest.render.feedmodel import Feed, FeedEntry, FeedImage, WrittenEntries

SEOUL = dt.timezone(dt.timedelta(hours=9))
KINDS = ("rss", "atom", "json")


def entry(number: int, **changes: object) -> FeedEntry:
    moment = dt.datetime(2025, 11, 20, 7, 0, number, tzinfo=SEOUL)
    values: dict[str, object] = {
        "id": f"urn:uuid:{number}",
        "title": f"Harbour cranes return <{number}> & more",
        "link": f"https://example.org/articles/{number}/",
        "published": moment,
        "updated": moment,
        "authors": ("Mara Quill", "Kim Ji-ho"),
        "categories": ("ports", "Story: cranes"),
        "summary": "Cranes are back ]]> and <b>busy</b>.",
        "content_html": f"<p>Text {number}.</p>\n<p>More <em>text</em>.</p>",
    }
    values.update(changes)
    return FeedEntry(**values)  # type: ignore[arg-type]


PICTURE = FeedImage("https://example.org/crane.webp", 1200, "image/webp", 800, 600, "A crane", "Wire")


def feed(*entries: FeedEntry, language: str = "en", hub: str = "") -> Feed:
    return Feed(
        id="urn:uuid:feed",
        prefix="",
        title="Harbour & Ports",
        description="Ships <and> cranes",
        language=language,
        author="The desk",
        home="https://example.org/",
        updated=dt.datetime(2025, 11, 20, 7, 0, 9, tzinfo=SEOUL),
        entries=entries,
        hub=hub,
    )


FEEDS = {
    "plain": feed(entry(1), entry(2), entry(3)),
    "one entry": feed(entry(1)),
    "no entries": feed(),
    "pictures in some": feed(
        entry(1, image=PICTURE), entry(2), entry(3, image=FeedImage("https://example.org/x.jpg"))
    ),
    "other languages": feed(
        entry(1, language="ko", title_language="ko", content_language="ko"),
        entry(2, content_language="ko"),
        language="ko",
    ),
    "a hub": feed(entry(1), entry(2), hub="https://hub.example.org/"),
    "no authors, no summary": feed(entry(1, authors=(), summary="", categories=())),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(FEEDS))
def test_a_spliced_feed_is_the_feed_written_whole(name: str, kind: str) -> None:
    whole = write_feed(FEEDS[name], kind, "https://example.org/feed")
    kept = WrittenEntries()
    # The first time every entry is written, the second time every entry is kept.
    assert write_feed(FEEDS[name], kind, "https://example.org/feed", kept) == whole
    assert write_feed(FEEDS[name], kind, "https://example.org/feed", kept) == whole
    assert len(kept.kept) == len(FEEDS[name].entries)


@pytest.mark.parametrize("kind", KINDS)
def test_an_edited_entry_is_written_again_and_the_others_are_kept(kind: str) -> None:
    kept = WrittenEntries()
    before = feed(entry(1), entry(2), entry(3, image=PICTURE))
    write_feed(before, kind, "https://example.org/feed", kept)
    written: list[str] = []
    real = kept.keep_fragment

    def watched(entry_id: str, key: str, data: bytes) -> None:
        written.append(entry_id)
        real(entry_id, key, data)

    kept.keep_fragment = watched  # type: ignore[method-assign]
    edited = entry(2, summary="Cranes are back, and a new one arrives.")
    after = feed(entry(1), edited, entry(3, image=PICTURE))
    assert write_feed(after, kind, "https://example.org/feed", kept) == write_feed(
        after, kind, "https://example.org/feed"
    )
    assert written == ["urn:uuid:2"]
    assert b"a new one arrives" in write_feed(after, kind, "https://example.org/feed", kept)


@pytest.mark.parametrize("kind", KINDS)
def test_an_entry_is_kept_apart_for_each_feed_it_is_written_differently_in(kind: str) -> None:
    """The same entry in a feed of another language (Atom and JSON Feed state its
    language only where it differs), or, in RSS, beside pictures (Media RSS), is written
    differently: each is kept apart, and each feed is what it is written whole."""
    kept = WrittenEntries()
    korean = entry(1, content_language="ko")
    feeds = [
        feed(korean),
        feed(korean, language="ko"),
        feed(korean, entry(2, image=PICTURE)),
    ]
    for shown in feeds:
        assert write_feed(shown, kind, "https://example.org/feed", kept) == write_feed(
            shown, kind, "https://example.org/feed"
        )


def test_times_of_one_instant_in_other_offsets_are_not_one_entry() -> None:
    """`==` takes them for one; the feeds write each as it is."""
    first = entry(1)
    utc = dataclasses.replace(first, updated=first.updated.astimezone(dt.UTC))
    assert first == utc
    kept = WrittenEntries()
    assert b"+09:00" in rss_or_atom(feed(first), "atom", "https://example.org/atom", kept)
    assert rss_or_atom(feed(utc), "atom", "https://example.org/atom", kept) == rss_or_atom(
        feed(utc), "atom", "https://example.org/atom"
    )
