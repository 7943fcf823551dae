"""Fingerprints: short hashes of everything an output file is made from.

A page's fingerprint covers the code, the configuration, the theme's files and the
values handed to its template (items, editions, pagers...). Two builds that compute the
same fingerprint for a route produce the same bytes, which is what lets a rebuild skip
the pages whose inputs did not change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from digest.config import Config
from digest.content.model import Edition, Item, Site, Tag


def hash_text(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def hash_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def hash_files(paths: Iterable[Path], root: Path | None = None) -> str:
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(paths):
        h.update(str(path.relative_to(root) if root else path).encode())
        h.update(b"\x00")
        h.update(path.read_bytes())
        h.update(b"\x00")
    return h.hexdigest()


def theme_key(layers: Iterable[Path]) -> str:
    """Every file of every theme layer, templates and static files alike."""
    parts = []
    for layer in layers:
        parts.append(hash_files((p for p in layer.rglob("*") if p.is_file()), layer))
    return hash_text(*parts)


def config_key(config: Config) -> str:
    return hash_text(repr(config))


class Fingerprints:
    """Memoized fingerprints of the site's values, computed once per build."""

    def __init__(self, site: Site, base: str) -> None:
        self.site = site
        self.base = base
        self._items: dict[int, str] = {}
        self._editions: dict[dt.date, str] = {}
        self._site_key: str | None = None

    def item(self, item: Item) -> str:
        key = id(item)
        found = self._items.get(key)
        if found is None:
            article = item.article
            # An article read from a file is decided by its bytes (code and config are in the
            # base key); one made some other way is described in full.
            made_of = f"{article.source_hash}:{article.path}" if article.source_hash else repr(article)
            found = self._items[key] = hash_text(item.note.digest, made_of, repr(item.tags))
        return found

    def edition(self, edition: Edition) -> str:
        found = self._editions.get(edition.date)
        if found is None:
            groups = [(repr(g.section), *(self.item(i) for i in g.items)) for g in edition.groups]
            found = self._editions[edition.date] = hash_text(
                edition.date.isoformat(), edition.title, edition.intro_html, repr(groups)
            )
        return found

    def site_key(self) -> str:
        """Everything published: for pages whose templates read the whole `site`."""
        if self._site_key is None:
            site = self.site
            self._site_key = hash_text(
                *(self.edition(e) for e in site.editions),
                repr(site.tags),
                repr([(a.id, a.path) for a in site.unnoted]),
                repr([(h.note, h.reason) for h in site.held_back]),
            )
        return self._site_key

    def describe(self, value: Any) -> str:
        """A template context value as text for a fingerprint, walking containers and
        dataclasses (items and editions by their own fingerprints)."""
        kind = type(value)
        if kind in _PLAIN:
            return repr(value)
        if kind is Item:
            return "item:" + self.item(value)
        # Strings are most of what is described (a page's title, description and
        # language): repr'ing them inline spares 100,000 calls a build.
        describe = self.describe
        if kind is dict:
            pairs = [
                (repr(k) if type(k) is str else describe(k))
                + ":"
                + (repr(v) if type(v) is str else describe(v))
                for k, v in value.items()
            ]
            return "{" + ",".join(pairs) + "}"
        if kind is list or kind is tuple:
            return "[" + ",".join([repr(v) if type(v) is str else describe(v) for v in value]) + "]"
        if kind is Edition:
            return "edition:" + self.edition(value)
        if isinstance(value, Mapping):
            return "{" + ",".join([f"{describe(k)}:{describe(v)}" for k, v in value.items()]) + "}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            names = _field_names(kind)
            return kind.__name__ + "(" + ",".join([describe(getattr(value, n)) for n in names]) + ")"
        return repr(value)


_PLAIN = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime, Tag})


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(kind))
