"""Related reading: for each published item, up to `LIMIT` other items of the digest a
reader of it may want next (`Item.related`).

Two items are related by what their texts say (the cosine of their heaviest terms,
`content.storytext`, weighted by rarity across the whole digest) and by the tags they
share. Candidates are the items sharing a rare term (one held by at most `MAX_POSTINGS`
items: a word every tenth article uses relates nothing) and the newest items of each of
the item's tags, so the cost grows with the digest, not with its square. Among equal
scores the newest comes first; the item's own story is left out (its reports are under
"Also covered by"), and no story is listed twice.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from digest.content.model import Item, Related
from digest.content.stories import MIN_RARITY_WINDOW
from digest.content.storytext import damped, term_counts

LIMIT = 5
TOP_TERMS = 25  # an item's heaviest terms, for similarity
MAX_POSTINGS = 40  # a term held by more items than this finds no candidates
TAG_CANDIDATES = 10  # the newest items of each tag are candidates too
TAG_WEIGHT = 0.15  # what one shared tag adds to the similarity
MIN_SCORE = 0.05  # below it, nothing is related


def attach_related(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items, each with its related reading (`Item.related`)."""
    if len(items) < 2:
        return items
    vectors = _vectors(items)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term in vector:
            postings[term].append(index)
    tagged: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):  # items are newest edition first
        for tag in dict.fromkeys(t.slug for t in item.tags):
            if len(tagged[tag]) < TAG_CANDIDATES:
                tagged[tag].append(index)
    tags = [frozenset(t.slug for t in item.tags) for item in items]
    order = [(-item.edition.toordinal(), item.id) for item in items]  # newest first among equals
    out = []
    for index, item in enumerate(items):
        candidates: set[int] = set()
        for term in vectors[index]:
            held = postings[term]
            if len(held) <= MAX_POSTINGS:
                candidates.update(held)
        for tag in tags[index]:
            candidates.update(tagged[tag])
        candidates.discard(index)
        scored = []
        for other in candidates:
            score = _cosine(vectors[index], vectors[other]) + TAG_WEIGHT * len(tags[index] & tags[other])
            if score >= MIN_SCORE:
                scored.append((round(score, 6), other))
        scored.sort(key=lambda pair: (-pair[0], order[pair[1]]))
        out.append(dataclasses.replace(item, related=_chosen(item, items, scored)))
    return tuple(out)


def _chosen(item: Item, items: Sequence[Item], scored: list[tuple[float, int]]) -> tuple[Related, ...]:
    """The first `LIMIT` of `scored` (best first, newest first among equals), one per
    story, none of the item's own."""
    own = item.story.slug if item.story else None
    seen: set[str] = set()
    chosen = []
    for _, other in scored:
        candidate = items[other]
        story = candidate.story.slug if candidate.story else None
        if story is not None and (story == own or story in seen):
            continue
        if story is not None:
            seen.add(story)
        chosen.append(
            Related(
                candidate.id,
                candidate.headline,
                candidate.outlet,
                candidate.edition,
                candidate.headline_language,
            )
        )
        if len(chosen) == LIMIT:
            break
    return tuple(chosen)


def _vectors(items: Sequence[Item]) -> list[dict[str, float]]:
    """Each item's TOP_TERMS heaviest terms by tf-idf over the digest, of unit length.
    Numbers and romanized names (`#`, `~` terms) are left out: '2025' or a month relates
    every report of it."""
    counts = [
        {
            t: n
            for t, n in damped(term_counts(i.headline, i.article.text, i.outlet)).items()
            if t[0] not in "#~"
        }
        for i in items
    ]
    df: Counter[str] = Counter()
    for terms in counts:
        df.update(terms.keys())
    size = max(len(items), MIN_RARITY_WINDOW)  # as story clusters count it, for a small digest
    vectors = []
    for terms in counts:
        weighted = [(n * math.log((size + 1) / df[t]), t) for t, n in terms.items()]
        weighted = [(w, t) for w, t in weighted if w > 0]
        weighted.sort(key=lambda pair: (-pair[0], pair[1]))
        top = weighted[:TOP_TERMS]
        norm = math.sqrt(sum(w * w for w, _ in top)) or 1.0
        vectors.append({t: w / norm for w, t in top})
    return vectors


def _cosine(first: dict[str, float], second: dict[str, float]) -> float:
    shared = first.keys() & second.keys()
    return sum([first[term] * second[term] for term in shared]) if shared else 0.0
