"""An output file before it exists: its route, what it is made from, and how to make it.

The plan of a site is a list of these. Nothing is rendered until a sink asks for it, and
a sink that already holds a file made from the same inputs keeps it instead; what counts
as "the same" is decided beside the pipeline (`digest.incremental.fingerprint`), from
`inputs` and from what producing the file read of the whole site.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """A file that holds an output's bytes already (a stored search shard's) and that
    digest never changes in place: a tree may hard-link it instead of writing a copy, as
    long as it still has the stat it was left with."""

    path: str
    size: int
    mtime_ns: int
    inode: int
    digest: str  # `hashing.hash_bytes` of its bytes


@dataclass(frozen=True)
class Page:
    """What the sitemap and the search index need to know of an output that is a page."""

    url: str  # its route as a URL path: '' for the front page, 'editions/2025-11-19/'
    lastmod: dt.date | None  # the last day its content changed
    listed: bool  # in the sitemap (the 404 page is not)
    shard: str  # an article's: its edition's part of a month (its search shard: `search_shards`)


@dataclass(frozen=True)
class Output:
    route: str
    # Everything the bytes are made from, as given to `produce`: a page's template, route
    # and template values; a feed's scope and entries; a file's hash. Never a hash of a
    # hand-picked part of them.
    inputs: tuple[object, ...]
    produce: Callable[[], bytes]
    source: Source | None = None
    page: Page | None = None
