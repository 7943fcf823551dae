"""Related reading's candidates and scores as array operations (numpy), for
`content.related`, which says what they are: one call finds the candidates of many items
and scores every pair, where a loop in Python took about 3 microseconds a pair (at
10,000 items, 395,000 pairs a build from scratch).

A pair's score is the same float whichever call computes it, and whatever other pairs
that call scores: the cosine of two topics is summed over the second item's terms in
ascending order (`term_id`), a term the first item lacks adding 0.0, which changes no
sum; so the sum is, to the last bit, that of the shared terms in ascending order. A build
from scratch and a rebuild choosing again for a few items therefore rank alike.

numpy is imported only with this module, which `related` imports when it first scores a
pair: a build without stories, or a rebuild whose topics did not change, loads none.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from digest.content.arrays import distinct, places, ragged, run_starts
from digest.content.stories import Vector

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]

_DENSE = 1 << 21  # entries of the dense rows a scoring step fills (16 MB of floats)


class _Postings:
    """Rows listed by column: `rows[starts[c] : starts[c] + counts[c]]` for column c."""

    def __init__(self, rows: Ints, counts: Ints) -> None:
        self.rows = rows
        self.counts = counts
        self.starts = np.cumsum(counts) - counts


class _Rows:
    """A sparse matrix as padded slots: `columns[k, i]` and `values[k, i]` are row i's
    k-th column (ascending) and value, `width` (one past the last column) and 0.0 where
    the row is shorter than the longest. Slot-major, so that each step of a sum over
    slots reads one contiguous array."""

    def __init__(self, columns: Ints, values: Floats, lengths: Ints, width: int) -> None:
        rows = np.repeat(np.arange(len(lengths)), lengths)
        slot = np.arange(len(columns)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        longest = int(lengths.max(initial=0))
        self.width = width
        self.columns = np.full((longest, len(lengths)), width, dtype=np.int64)
        self.columns[slot, rows] = columns
        self.values = np.zeros((longest, len(lengths)))
        self.values[slot, rows] = values
        # Column -> its rows (ascending), end to end.
        self.postings = _Postings(
            rows[np.argsort(columns, kind="stable")], np.bincount(columns, minlength=width + 1)
        )

    def expand(self, rows: Ints, postings: _Postings, most: int) -> tuple[Ints, Ints]:
        """Pairs (row, other row) of each of `rows` and the rows `postings` lists for its
        columns, for the columns listing at most `most` (in no particular order)."""
        columns = self.columns[:, rows].ravel()
        held = postings.counts[columns]
        held[(columns == self.width) | (held > most)] = 0
        first = np.repeat(np.tile(rows, len(self.columns)), held)
        return first, postings.rows[ragged(postings.starts[columns], held)]

    def dots(self, first: Ints, second: Ints) -> Floats:
        """Each pair's dot product, summed over the second row's slots in order (see
        the module's docstring): the same float in any call."""
        out = np.zeros(len(first))
        if not len(first) or not len(self.columns):
            return out
        order = np.argsort(first, kind="stable")
        starts = run_starts(first[order])
        rows = first[order][starts]
        span = self.width + 1
        step = max(1, _DENSE // span)
        dense = np.zeros(step * span)
        for block in range(0, len(rows), step):
            chosen = rows[block : block + step]
            low = starts[block]
            high = starts[block + step] if block + step < len(rows) else len(first)
            at = order[low:high]
            # The block's rows laid out dense, one after the other; padding writes 0.0
            # into the spare column `width`.
            filled = np.arange(len(chosen)) * span + self.columns[:, chosen]
            dense[filled] = self.values[:, chosen]
            local = np.searchsorted(chosen, first[at]) * span
            others = second[at]
            total = dense[local + self.columns[0][others]] * self.values[0][others]
            for slot in range(1, len(self.columns)):
                total += dense[local + self.columns[slot][others]] * self.values[slot][others]
            out[at] = total
            dense[filled] = 0.0
        return out


def _flat(rows: Sequence[Sequence[int]] | Sequence[Sequence[float]], kind: str) -> npt.NDArray[np.generic]:
    made = array(kind)
    for row in rows:
        made.extend(row)  # type: ignore[arg-type]
    return np.frombuffer(made, dtype=np.int64 if kind == "q" else np.float64)


def _lengths(rows: Sequence[Sequence[object]]) -> Ints:
    return np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))


class Scorer:
    """The items' topics and tags as arrays, to find and score related reading's
    candidates (`content.related`: `MAX_POSTINGS`, `TAG_WEIGHT`, `MIN_SCORE`)."""

    def __init__(
        self,
        topics: Sequence[Vector],
        tags: Sequence[Sequence[str]],
        tagged: Mapping[str, Sequence[int]],
        rank: Sequence[int],
        story: Sequence[str],
    ) -> None:
        # Topic terms numbered in ascending order (`term_id`), so a row's stay ascending.
        terms = [t.topic for t in topics]
        flat = _flat(terms, "q")
        found = distinct(flat)
        columns = np.searchsorted(found, flat)
        weights = _flat([t.topic_weights for t in topics], "d")
        self.topics = _Rows(columns.astype(np.int64), weights, _lengths(terms), len(found))  # type: ignore[arg-type]
        names = {name: number for number, name in enumerate(sorted(tagged))}
        numbered = [sorted(names[tag] for tag in held) for held in tags]
        flat = _flat(numbered, "q")
        self.tags = _Rows(flat, np.ones(len(flat)), _lengths(numbered), len(names))  # type: ignore[arg-type]
        # Each tag's newest items, by the tag's column.
        lists = [tagged[name] for name in sorted(tagged)]
        self.tagged = _Postings(_flat(lists, "q"), np.array([*map(len, lists), 0], dtype=np.int64))  # type: ignore[arg-type]
        self.rank = np.array(rank, dtype=np.int64)
        numbers: dict[str, int] = {}
        self.story = np.array(
            [numbers.setdefault(s, len(numbers)) if s else -1 for s in story], dtype=np.int64
        )
        self.size = len(topics)

    def candidates(self, rows: Iterable[int], most: int) -> tuple[Ints, Ints]:
        """The pairs (item, candidate) of `rows`, without repeats, sorted: the items sharing
        a topic term held by at most `most` items, and the newest items of each tag."""
        chosen = np.fromiter(rows, dtype=np.int64)
        by_term = self.topics.expand(chosen, self.topics.postings, most)
        by_tag = self.tags.expand(chosen, self.tagged, len(self.tagged.rows))
        keys = distinct(
            np.concatenate([by_term[0], by_tag[0]]) * self.size + np.concatenate([by_term[1], by_tag[1]])
        )
        first, second = keys // self.size, keys % self.size
        keep = first != second
        return first[keep], second[keep]

    def scores(self, first: Ints, second: Ints, tag_weight: float, least: float) -> Floats:
        """Each pair's score: its topics' cosine, and `tag_weight` for each shared tag;
        rounded to 6 places (equal scores tie, and rank by date); NaN below `least`."""
        found = self.topics.dots(first, second) + tag_weight * self.tags.dots(first, second)
        return np.where(found >= least, np.round(found, 6), np.nan)

    def listed(self, pairs: Sequence[tuple[int, int]], tag_weight: float, least: float) -> list[float | None]:
        """`scores` of pairs (item, other) as Python floats, None below `least`."""
        first, second = np.array(pairs, dtype=np.int64).reshape(-1, 2).T
        found = self.scores(first, second, tag_weight, least).tolist()
        return [None if score != score else score for score in found]  # NaN != NaN

    def chosen(
        self, rows: Iterable[int], most: int, tag_weight: float, least: float, limit: int
    ) -> tuple[list[int], list[int], list[float]]:
        """For each of `rows`, its first `limit` candidates scoring `least` at least, best
        first and newest first among equals (`rank`), one per story, none of its own:
        (item, candidate, score) end to end, each item's in its order."""
        first, second = self.candidates(rows, most)
        scores = self.scores(first, second, tag_weight, least)
        kept = ~np.isnan(scores)
        first, second, scores = first[kept], second[kept], scores[kept]
        # Each item's candidates by (-score, rank): the scores are rounded to 6 places,
        # so as whole millionths they sort as the floats do.
        millionths = np.rint(scores * 1e6).astype(np.int64)
        key = (int(millionths.max(initial=0)) - millionths) * self.size + self.rank[second]
        order = np.argsort(key, kind="stable")
        order = order[np.argsort(first[order], kind="stable")]
        first, second, scores = first[order], second[order], scores[order]
        # Not the item's own story, and each story once: its first candidate of it.
        story = self.story
        theirs = story[second]
        kept = (theirs < 0) | (theirs != story[first])
        first, second, scores, theirs = first[kept], second[kept], scores[kept], theirs[kept]
        storied = np.flatnonzero(theirs >= 0)
        pairs = first[storied] * (int(story.max(initial=0)) + 1) + theirs[storied]
        by_pair = np.argsort(pairs, kind="stable")
        kept = np.ones(len(first), dtype=bool)
        kept[storied] = False
        kept[storied[by_pair[run_starts(pairs[by_pair])]]] = True
        first, second, scores = first[kept], second[kept], scores[kept]
        # The first `limit` of each item.
        kept = places(first) < limit
        return first[kept].tolist(), second[kept].tolist(), scores[kept].tolist()
