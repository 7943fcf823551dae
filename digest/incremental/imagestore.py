"""Resized pictures, kept between builds in `.digest-cache/images/`.

Each picture's files are kept under its job's key (`render.images.ImageJob.key`: the
bytes' hash, the sizes and formats, the quality, Pillow's version), in a folder with a
listing of their digests and stats, as the search index's shards are: the same store
(`searchstore.SearchStore`), in another folder, except that no key lends its files to
another, so only the listings of the keys asked for are read. The output tree hard-links the
stored files, so each is written once; keys the build no longer uses are deleted.
"""

from __future__ import annotations

from pathlib import Path

from digest.incremental.searchstore import SearchStore


def image_store(cache: Path | None) -> SearchStore | None:
    """The store of a cache folder; None (pictures are kept in memory) without one."""
    # Nothing to lend: a picture's files are made from its bytes, and the same bytes are
    # one key. Lending would read all 5,000 listings of a site to store one new picture
    # (5 s of a one-picture rebuild at 10,000 articles).
    return SearchStore(cache / "images", lend=False) if cache is not None else None
