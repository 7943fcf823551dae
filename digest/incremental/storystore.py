"""Story links and related reading, kept between builds in `.digest-cache/stories.pickle`
(`content.storygroups.Memory`): with the last build's answer, a build computes only the
story vectors, links and related reading its changes touch (`stories.link_articles`,
`related.relate`) and finds what a build from scratch finds.

The file is a safepickle of plain data only (strings, numbers, dates, tuples, dicts and
bytes; a vector's arrays as their bytes), checked for shape as it is read: a file of
another shape is ignored with a warning, and the stories are found from scratch. It is
trusted only under the same code and time zone (`code_key`): a story's days are its
articles' days in the site's time zone.
"""

from __future__ import annotations

import contextlib
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from digest.config import Config
from digest.content.related import RelatedMemo
from digest.content.stories import StoryLinks, Vector, VectorColumns
from digest.content.storygroups import StoryMemory
from digest.incremental import storage
from digest.incremental.codekey import code_key

FILE = "stories.pickle"
_FORMAT = 4  # bump when the layout below changes


class StoryStore:
    """The `Memory` of builds with a cache folder."""

    def __init__(self, cache: Path, config: Config) -> None:
        self.file = cache / FILE
        self.key = f"{_FORMAT} {code_key()} {config.tz}"
        self.recalled: StoryMemory | None = None

    def recall(self) -> StoryMemory | None:
        self.recalled = storage.read_all(self.file, 2, parse=self._parse)
        return self.recalled

    def keep(self, memory: StoryMemory) -> None:
        if self.recalled is not None and _same(memory, self.recalled):
            return  # nothing changed: the file holds it already
        with contextlib.suppress(OSError):  # a read-only project only loses the shortcut
            storage.write(self.file, self.key, _rows(memory))

    def _parse(self, values: list[Any]) -> StoryMemory | None:
        key, rows = values
        if key != self.key:
            return None  # another version of digest, or another time zone
        try:
            return _from_rows(rows)
        except (TypeError, ValueError, KeyError) as error:
            raise storage.WrongShape(str(error)) from error


def _same(new: StoryMemory, old: StoryMemory) -> bool:
    return (
        new.links.records == old.links.records
        and new.links.vectors is old.links.vectors
        and new.links.links is old.links.links
        and new.related.chosen == old.related.chosen
        and new.related.inputs == old.related.inputs
        and new.related.tagged == old.related.tagged
    )


# A vector's six arrays, by attribute and array type code.
_ARRAYS = (
    ("terms", "q"),
    ("weights", "d"),
    ("bridge", "q"),
    ("bridge_weights", "d"),
    ("topic", "q"),
    ("topic_weights", "d"),
)


def _vector_columns(vectors: Mapping[str, Vector]) -> tuple[object, ...]:
    """The vectors as columns: their ids, each one's three lengths (terms, bridge,
    topic) and Korean flag, and each of the six arrays of all of them end to end: a
    handful of long bytes values, which pickle and load in a fraction of the time that
    60,000 short ones (six for each of 10,000 articles) took."""
    lengths = array("q")
    columns: list[array[Any]] = [array(kind) for _, kind in _ARRAYS]
    for vector in vectors.values():
        lengths.extend((len(vector.terms), len(vector.bridge), len(vector.topic)))
        for column, (name, _) in zip(columns, _ARRAYS, strict=True):
            column.extend(getattr(vector, name))
    korean = bytes(vector.korean for vector in vectors.values())
    return (tuple(vectors), lengths.tobytes(), korean, *(column.tobytes() for column in columns))


def _rows(memory: StoryMemory) -> tuple[object, ...]:
    links, related = memory.links, memory.related
    vectors = _vector_columns(links.vectors)
    return (links.records, vectors, links.links, related.inputs, related.tagged, related.chosen)


def _arrays(kind: str, data: object) -> array[Any]:
    if type(data) is not bytes:
        raise TypeError("a vector's arrays are bytes")
    made = array(kind)
    made.frombytes(data)  # ValueError: not a whole number of items
    return made


def _vectors(columns: object) -> VectorColumns:
    match columns:
        case (tuple(keys), bytes(), bytes(korean), bytes(), bytes(), bytes(), bytes(), bytes(), bytes()):
            pass
        case _:
            raise TypeError("the vectors' columns of another shape")
    if not all(type(key) is str for key in keys):
        raise TypeError("a vector's id is not a string")
    lengths = _arrays("q", columns[1])
    terms, weights, bridge, bridge_weights, topic, topic_weights = (
        _arrays(kind, data) for (_, kind), data in zip(_ARRAYS, columns[3:], strict=True)
    )
    if (
        len(lengths) != 3 * len(keys)
        or len(korean) != len(keys)
        or korean.strip(b"\0\1")
        or min(lengths, default=0) < 0
        or not len(terms) == len(weights) == sum(lengths[0::3])
        or not len(bridge) == len(bridge_weights) == sum(lengths[1::3])
        or not len(topic) == len(topic_weights) == sum(lengths[2::3])
    ):
        raise ValueError("the vectors' columns differ in length")
    return VectorColumns(keys, lengths, korean, terms, weights, bridge, bridge_weights, topic, topic_weights)


def _from_rows(rows: object) -> StoryMemory:
    match rows:
        case (dict(records), tuple(vectors), dict(links), dict(inputs), dict(tagged), dict(chosen)):
            pass
        case _:
            raise TypeError("not the stories' tables")
    for key, record in records.items():
        match (key, record):
            case (str(), (str(), int())):
                pass
            case _:
                raise TypeError("a record of another shape")
    made = _vectors(vectors)
    for pair, score in links.items():
        match (pair, score):
            case ((str(), str()), float()):
                pass
            case _:
                raise TypeError("a link of another shape")
    if not (made.keys() <= records.keys() and inputs.keys() == chosen.keys()):
        raise KeyError("the tables name different articles")
    for key, entry in inputs.items():
        if type(key) is not str or type(entry) is not tuple or len(entry) != 3:
            raise TypeError("an item's inputs of another shape")
    for key, held in tagged.items():
        if type(key) is not str or type(held) is not tuple or not all(type(k) is str for k in held):
            raise TypeError("a tag's newest items of another shape")
    for choice in chosen.values():
        match choice:
            case tuple() if all(_is_choice(entry) and entry[0] in inputs for entry in choice):
                pass
            case _:
                raise TypeError("a related reading of another shape")
    return StoryMemory(StoryLinks(records, made, links), RelatedMemo(inputs, tagged, chosen, made))


def _is_choice(entry: object) -> bool:
    match entry:
        case (str(), float()):
            return True
    return False
