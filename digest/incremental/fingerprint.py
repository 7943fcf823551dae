"""The identity of an output: a short hash of everything it is made from, derived.

An output (`render.outputs.Output`) carries its `inputs` as given to whatever produces
it: a page's template, route and template values, a feed's scope and entries, a file's
hash. Its identity is a hash of a base key (digest's code, the configuration, every file
of the theme) and a description of those inputs that walks every field of every value,
so a field added to the model, or a value added to a template's context, is part of the
identity without anyone listing it. What producing the output read of the whole site
(the `site` global: `render.reads.SiteReads`) is recorded with it as field names; those
fields' values are part of its identity too (`Made.matches`).

Two builds that find the same identity for a route produce the same bytes, which is what
lets a rebuild keep the outputs whose inputs did not change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digest.config import Config
from digest.content.model import Article, Coverage, Edition, Item, Note, Related, Site, StoryRef, Tag
from digest.hashing import field_names, hash_files, hash_text
from digest.incremental.codekey import code_key
from digest.render.outputs import Output

if TYPE_CHECKING:  # the plan imports Jinja, which the command line loads late
    from digest.render.plan import Group


def theme_key(layers: Iterable[Path]) -> str:
    """Every file of every theme layer, templates and static files alike."""
    parts = []
    for layer in layers:
        parts.append(hash_files((p for p in layer.rglob("*") if p.is_file()), layer))
    return hash_text(*parts)


def config_key(config: Config) -> str:
    return hash_text(repr(config))


def base_key(config: Config, theme_layers: Iterable[Path]) -> str:
    """What every output is made by: digest's code, the configuration, the theme."""
    return hash_text(code_key(), config_key(config), theme_key(theme_layers))


@dataclass(frozen=True)
class Made:
    """What a produced file was made from: its output's identity, and the site's fields
    producing it read, with a hash of their values then; and whether the file (a page)
    asks to be in the search index."""

    identity: str
    fields: tuple[str, ...] = ()
    fields_key: str = ""
    searchable: bool = False

    def matches(self, identity: str, prints: Fingerprints) -> bool:
        """Whether an output of this identity would be made from the same inputs today."""
        return self.identity == identity and (
            not self.fields or prints.fields(self.fields) == self.fields_key
        )

    @property
    def key(self) -> str:
        """One string for both, for the search index's shard keys."""
        return f"{self.identity}:{self.fields_key}"


class KeptItems:
    """Items' descriptions kept from one build to the next in one process (`digest
    serve`). Every build joins new `Item`s; one joined from the same note and article
    (the same digests: a hash of every field) and equal in every other field is
    described as before, instead of walking its fields again (coverage, related reading,
    tags and picture: at 10,000 articles, every item at every rebuild). Holds the items
    of the last build only."""

    def __init__(self) -> None:
        self.items: dict[str, tuple[Item, str]] = {}  # by article id: the item, its description


def _same_item(old: Item, new: Item) -> bool:
    for name in field_names(Item):
        before, now = getattr(old, name), getattr(new, name)
        if before is now:
            continue
        if type(before) is not type(now):
            return False
        if isinstance(now, Note | Article):
            # A hash of every field's repr: `==` would take two notes whose times differ
            # only in their offset for the same.
            if before.digest != now.digest:
                return False
        elif before != now:  # plain values (tags, story, coverage, related, picture)
            return False
    return True


class Fingerprints:
    """Identities of one build's outputs, with the descriptions of the site's values
    memoized: an item is on its article page, its edition's, its section's and tags'
    pages and their feeds, and is described once (with `kept`, once in the process)."""

    def __init__(self, site: Site, base: str, kept: KeptItems | None = None) -> None:
        self.site = site
        self.base = base
        self.kept = kept
        self._recalled = kept.items if kept is not None else {}
        if kept is not None:
            kept.items = {}  # this build's items only
        self._items: dict[int, str] = {}
        self._editions: dict[int, str] = {}
        self._fields: dict[str, str] = {}
        # By id, with the value itself, so that no id is reused while this lives.
        self._represented: dict[int, tuple[object, str]] = {}
        self._groups: dict[str, str] = {}  # by name: a plan's group names are unique

    def of(self, output: Output) -> str:
        return self.key(output.inputs)

    def key(self, inputs: object) -> str:
        """The identity of what is made from these inputs (an output, a feed entry)."""
        return hash_text(self.base, self.describe(inputs))

    def group_key(self, group: Group) -> str:
        found = self._groups.get(group.name)
        if found is None:
            found = self._groups[group.name] = hash_text(self.base, group.name, self.describe(group.inputs))
        return found

    def made(self, identity: str, fields: tuple[str, ...], searchable: bool = False) -> Made:
        return Made(identity, fields, self.fields(fields) if fields else "", searchable)

    def fields(self, names: Iterable[str]) -> str:
        """A hash of the values of these fields of the site."""
        parts = []
        for name in names:
            found = self._fields.get(name)
            if found is None:
                value = getattr(self.site, name, _MISSING)  # a field a newer digest recorded
                found = self._fields[name] = hash_text(name, self.describe(value))
            parts.append(found)
        return hash_text(*parts)

    def item(self, item: Item) -> str:
        key = id(item)
        found = self._items.get(key)
        if found is None:
            old = self._recalled.get(item.id)  # never anything without `kept`
            if old is not None and _same_item(old[0], item):
                found = old[1]
            else:
                found = hash_text(self._fields_of(item))
            self._items[key] = found
            if self.kept is not None:
                self.kept.items[item.id] = (item, found)
        return found

    def edition(self, edition: Edition) -> str:
        key = id(edition)
        found = self._editions.get(key)
        if found is None:
            found = self._editions[key] = hash_text(self._fields_of(edition))
        return found

    def _fields_of(self, value: Any) -> str:
        kind = type(value)
        return (
            kind.__name__
            + "("
            + ",".join([self.describe(getattr(value, n)) for n in field_names(kind)])
            + ")"
        )

    def describe(self, value: Any) -> str:
        """A value as text for an identity, walking containers and every field of a
        dataclass (items and editions by their memoized identities)."""
        kind = type(value)
        if kind in _PLAIN:
            return repr(value)
        if kind is Item:
            return "item:" + self.item(value)
        if kind is Note:
            return "note:" + value.digest  # a hash of every field
        if kind is Article:
            return "article:" + value.digest  # a hash of every field
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
        if kind in _REPRESENTED:
            # One entry is shared by the many items that list it (a story's reports, a
            # related item under five others): at 10,000 items, 50,000 reprs became 10,000.
            found = self._represented.get(id(value))
            if found is None:
                found = self._represented[id(value)] = (value, repr(value))
            return found[1]
        if isinstance(value, Mapping):
            return "{" + ",".join([f"{describe(k)}:{describe(v)}" for k, v in value.items()]) + "}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._fields_of(value)
        return repr(value)


_MISSING = object()
_PLAIN = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime})
# Dataclasses of plain fields only, which their own repr describes whole: an item's tags,
# story, coverage and related reading (at 10,000 items, half a million fields walked one
# by one). A site's few dozen tags are shared by its items: 28,000 reprs became 52.
_REPRESENTED = frozenset({Tag, StoryRef, Coverage, Related})
