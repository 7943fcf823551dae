"""Resized pictures, kept between builds in `.digest-cache/images/`.

Each picture's files are kept under its job's key (`render.images.ImageJob.key`: the
bytes' hash, the sizes and formats, the quality, Pillow's version), in a folder with a
listing of their digests and stats, exactly as the search index's shards are: the same
store (`searchstore.SearchStore`), in another folder. The output tree hard-links the
stored files, so each is written once; keys the build no longer uses are deleted.
"""

from __future__ import annotations

from pathlib import Path

from digest.incremental.searchstore import SearchStore


def image_store(cache: Path | None) -> SearchStore | None:
    """The store of a cache folder; None (pictures are kept in memory) without one."""
    return SearchStore(cache / "images") if cache is not None else None
