"""Related reading: for each published item, up to `LIMIT` other items of the digest a
reader of it may want next (`Item.related`).

Two items are related by what their texts say (the cosine of their topics: each
article's heaviest words, weighted by their rarity in the days around it, as story
clusters weigh them, `content.stories`) and by the tags they share. Candidates are the
items sharing a rare term (one in the topics of at most `MAX_POSTINGS` items: a word
every tenth article uses relates nothing) and the newest items of each of the item's
tags, so the cost grows with the digest, not with its square. Among equal scores the
newest comes first; the item's own story is left out (its reports are under "Also
covered by"), and no story is listed twice.

**Incremental.** A topic depends on the articles of its own few days only, so an edit
changes few of them (`stories.link_articles`). Given the last answer (`RelatedMemo`,
kept by the build's cache), `relate` chooses again only for the items whose choice can
differ: those whose ranking changed (topic, tags, story, edition), those whose chosen
items' ranking changed, whose tags' newest items changed or whose terms became common or
rare, and those for which a changed item now ranks above their last choice (or that have
room for it). The answer is the one `relate` gives without it.
"""

from __future__ import annotations

import functools
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from digest.content.model import Item, Related
from digest.content.stories import EMPTY, Vector

if TYPE_CHECKING:
    from digest.content.relatedscore import Scorer

LIMIT = 5
MAX_POSTINGS = 40  # a term held by more items than this finds no candidates
TAG_CANDIDATES = 10  # the newest items of each tag are candidates too
TAG_WEIGHT = 0.15  # what one shared tag adds to the similarity
MIN_SCORE = 0.05  # below it, nothing is related

Chosen = tuple[tuple[str, float], ...]  # (item id, score), best first


@dataclass(frozen=True)
class RelatedMemo:
    """What `relate` answered, and from what: each item's inputs (`_inputs`), the
    newest items of each tag, each item's choice with its scores, and the story
    vectors whose topics it compared (`StoryLinks.vectors`). A pure value."""

    inputs: dict[str, tuple[object, ...]] = field(default_factory=dict)
    tagged: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chosen: dict[str, Chosen] = field(default_factory=dict)
    vectors: Mapping[str, Vector] = field(default_factory=dict)


def attach_related(items: tuple[Item, ...], vectors: Mapping[str, Vector]) -> tuple[Item, ...]:
    """The items, each with its related reading (`Item.related`); `vectors`: the story
    vectors of their articles (`StoryLinks.vectors`; an article missing has no topic)."""
    return relate(items, vectors)[0]


def _inputs(item: Item) -> tuple[object, ...]:
    """What ranks an item, besides its topic: its tags, its story and its edition (with
    its id, the order among equals). What `Related` shows of a chosen item (headline,
    outlet) is taken from the items of each build, so an edit of a note or of the end of
    an article makes no item choose again."""
    tags = tuple(dict.fromkeys(t.slug for t in item.tags))
    story = item.story.slug if item.story else ""
    return (tags, story, item.note.edition)


def _topic(vector: Vector) -> tuple[array[int], array[float]]:
    return vector.topic, vector.topic_weights


class _Digest:
    """The items as `relate` compares them: topics, postings of their terms, tags."""

    def __init__(self, items: Sequence[Item], vectors: Mapping[str, Vector]) -> None:
        self.items = items
        self.ids = [item.article.id for item in items]
        self.index = {key: i for i, key in enumerate(self.ids)}
        self.vectors = vectors
        self.inputs = [_inputs(item) for item in items]
        self.tags = [frozenset(entry[0]) for entry in self.inputs]  # type: ignore[arg-type]
        self.tagged: dict[str, list[int]] = defaultdict(list)
        self.with_tag: dict[str, list[int]] = defaultdict(list)
        for index, entry in enumerate(self.inputs):  # items are newest edition first
            for tag in entry[0]:  # type: ignore[attr-defined]
                self.with_tag[tag].append(index)
                if len(self.tagged[tag]) < TAG_CANDIDATES:
                    self.tagged[tag].append(index)
        # Newest first among equals.
        self.order = [(-item.note.edition.toordinal(), item.article.id) for item in items]
        self.story = [entry[1] for entry in self.inputs]
        self._related: dict[str, Related] = {}

    @functools.cached_property
    def topics(self) -> list[Vector]:
        """Each item's vector, for its topic: looked up only when a topic is compared (the
        cache's vectors are made when first looked up)."""
        return [self.vectors.get(key, EMPTY) for key in self.ids]

    @functools.cached_property
    def postings(self) -> dict[int, list[int]]:
        """Term -> the items whose topic holds it."""
        postings: dict[int, list[int]] = defaultdict(list)
        for index, vector in enumerate(self.topics):
            for term in vector.topic:
                postings[term].append(index)
        return postings

    @functools.cached_property
    def scorer(self) -> Scorer:
        """The topics and tags as arrays (`content.relatedscore`): made, and numpy
        imported, only when a pair is scored."""
        from digest.content.relatedscore import Scorer

        rank = [0] * len(self.ids)
        for place, index in enumerate(sorted(range(len(self.ids)), key=self.order.__getitem__)):
            rank[index] = place
        tags = [entry[0] for entry in self.inputs]
        return Scorer(self.topics, tags, self.tagged, rank, self.story)  # type: ignore[arg-type]

    def scores(self, pairs: Sequence[tuple[int, int]]) -> list[float | None]:
        """The score of each pair (item, other), None below `MIN_SCORE`: the same float
        as `choose` ranks it by."""
        return self.scorer.listed(pairs, TAG_WEIGHT, MIN_SCORE) if pairs else []

    def choose(self, rows: Iterable[int]) -> dict[int, Chosen]:
        """For each of `rows`, its first `LIMIT` candidates (best first, newest first
        among equals), one per story, none of its own."""
        first, second, scores = self.scorer.chosen(rows, MAX_POSTINGS, TAG_WEIGHT, MIN_SCORE, LIMIT)
        found: dict[int, list[tuple[str, float]]] = defaultdict(list)
        for index, other, score in zip(first, second, scores, strict=True):
            found[index].append((self.ids[other], score))
        return {index: tuple(chosen) for index, chosen in found.items()}

    def related(self, chosen: Chosen) -> tuple[Related, ...]:
        """What the item's page lists of its chosen items: one `Related` for each
        item however many list it (the fingerprints describe it once), made in one loop
        (at 10,000 items, 50,000 entries a rebuild)."""
        made = self._related
        entries = []
        for key, _ in chosen:
            entry = made.get(key)
            if entry is None:
                item = self.items[self.index[key]]
                entry = Related(item.id, item.headline, item.outlet, item.edition, item.headline_language)
                made[key] = entry
            entries.append(entry)
        return tuple(entries)


def relate(
    items: tuple[Item, ...], vectors: Mapping[str, Vector], previous: RelatedMemo | None = None
) -> tuple[tuple[Item, ...], RelatedMemo]:
    """The items with their related reading, and what the next call needs as `previous`
    to choose again only where a choice can differ (the answer is the same)."""
    digest = _Digest(items, vectors)
    again = range(len(items)) if previous is None else sorted(_to_choose(digest, previous))
    chosen = {} if previous is None else previous.chosen
    made = digest.choose(again) if again else {}
    fresh = {digest.ids[index]: made.get(index, ()) for index in again}
    answer = {key: fresh[key] if key in fresh else chosen[key] for key in digest.ids}
    out = tuple(
        item.but(related=digest.related(answer[key])) if answer[key] else item
        for key, item in zip(digest.ids, items, strict=True)
    )
    tagged = {tag: tuple(digest.ids[i] for i in held) for tag, held in digest.tagged.items()}
    memo = RelatedMemo(dict(zip(digest.ids, digest.inputs, strict=True)), tagged, answer, vectors)
    return out, memo


def _to_choose(digest: _Digest, previous: RelatedMemo) -> set[int]:
    """The items whose choice may differ from `previous`'s (see the module's docstring)."""
    ids = digest.ids
    again: set[int] = set()
    touched: set[str] = {key for key in previous.inputs if key not in digest.index}  # removed
    old_topics: dict[str, array[int]] = {}
    same_vectors = previous.vectors is digest.vectors  # no story vector changed: no topic either
    for index, key in enumerate(ids):
        if key not in previous.inputs:
            old_topic = array("q")
        elif previous.inputs[key] != digest.inputs[index]:
            old_topic = previous.vectors.get(key, EMPTY).topic
        elif same_vectors:
            continue
        else:
            old = previous.vectors.get(key, EMPTY)
            if _topic(old) == _topic(digest.topics[index]):
                continue
            old_topic = old.topic
        again.add(index)
        touched.add(key)
        old_topics[key] = old_topic
    for key in touched - digest.index.keys():
        old_topics[key] = previous.vectors.get(key, EMPTY).topic
    # Tags whose newest items changed: every item with the tag may choose otherwise.
    for tag, held in digest.tagged.items():
        if previous.tagged.get(tag) != tuple(ids[i] for i in held):
            again.update(digest.with_tag[tag])
    # Terms that became common or rare: the candidates they give come or go.
    delta: dict[int, int] = defaultdict(int)
    for key, old_terms in old_topics.items():
        index = digest.index.get(key)
        new_terms = set(digest.topics[index].topic) if index is not None else set()
        for term in new_terms.symmetric_difference(old_terms):
            delta[term] += 1 if term in new_terms else -1
    for term, change in delta.items():
        now = len(digest.postings.get(term, ()))
        if (now <= MAX_POSTINGS) != (now - change <= MAX_POSTINGS):
            again.update(digest.postings.get(term, ()))
    # Items that chose a changed item.
    for key, chosen in previous.chosen.items():
        index = digest.index.get(key)
        if index is not None and index not in again and any(other in touched for other, _ in chosen):
            again.add(index)
    # Items for which a changed item is a candidate that may now rank above their last
    # choice, its score computed for all of them in one step.
    pairs = [
        (index, other)
        for other in sorted(digest.index[key] for key in touched if key in digest.index)
        for index in _candidate_of(digest, other)
        if index not in again and index != other
    ]
    for (index, other), score in zip(pairs, digest.scores(pairs), strict=True):
        if score is not None and _ranks_in(digest, other, score, previous.chosen[ids[index]]):
            again.add(index)
    return again


def _candidate_of(digest: _Digest, other: int) -> Iterable[int]:
    """The items that have `other` among their candidates."""
    for term in digest.topics[other].topic:
        held = digest.postings[term]
        if len(held) <= MAX_POSTINGS:
            yield from held
    for tag in digest.tags[other]:
        if other in digest.tagged[tag]:
            yield from digest.with_tag[tag]


def _ranks_in(digest: _Digest, other: int, score: float, chosen: Chosen) -> bool:
    """Whether `other`, scoring `score`, would come before the last of `chosen` in an
    item's ranking (or the choice has room for it)."""
    if len(chosen) < LIMIT:
        return True
    last, last_score = chosen[-1]
    return (-score, digest.order[other]) < (-last_score, digest.order[digest.index[last]])
