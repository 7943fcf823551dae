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
from pathlib import Path
from typing import Any

from digest.config import Config
from digest.content.related import RelatedMemo
from digest.content.stories import StoryLinks, Vector
from digest.content.storygroups import StoryMemory
from digest.incremental import storage
from digest.incremental.codekey import code_key

FILE = "stories.pickle"
_FORMAT = 3  # bump when the layout below changes


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


def _vector_row(vector: Vector) -> tuple[object, ...]:
    return (
        vector.terms.tobytes(),
        vector.weights.tobytes(),
        vector.bridge.tobytes(),
        vector.bridge_weights.tobytes(),
        vector.korean,
        vector.topic.tobytes(),
        vector.topic_weights.tobytes(),
    )


def _rows(memory: StoryMemory) -> tuple[object, ...]:
    links, related = memory.links, memory.related
    vectors = {key: _vector_row(vector) for key, vector in links.vectors.items()}
    return (links.records, vectors, links.links, related.inputs, related.tagged, related.chosen)


def _arrays(kind: str, data: object) -> array[Any]:
    if type(data) is not bytes:
        raise TypeError("a vector's arrays are bytes")
    made = array(kind)
    made.frombytes(data)  # ValueError: not a whole number of items
    return made


def _vector(row: object) -> Vector:
    match row:
        case (bytes(), bytes(), bytes(), bytes(), bool(korean), bytes(), bytes()):
            terms, weights, bridge, bridge_weights, topic, topic_weights = (
                _arrays(kind, data) for kind, data in zip("qdqdqd", (*row[:4], *row[5:]), strict=True)
            )
            if (
                len(terms) != len(weights)
                or len(bridge) != len(bridge_weights)
                or len(topic) != len(topic_weights)
            ):
                raise ValueError("a vector's terms and weights differ in number")
            return Vector(terms, weights, bridge, bridge_weights, korean, topic, topic_weights)
    raise TypeError("a vector of another shape")


def _from_rows(rows: object) -> StoryMemory:
    match rows:
        case (dict(records), dict(vectors), dict(links), dict(inputs), dict(tagged), dict(chosen)):
            pass
        case _:
            raise TypeError("not the stories' tables")
    for key, record in records.items():
        match (key, record):
            case (str(), (str(), int())):
                pass
            case _:
                raise TypeError("a record of another shape")
    made = {key: _vector(row) for key, row in vectors.items()}
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
