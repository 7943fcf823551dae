"""Story vectors weighed as array operations (numpy), for `content.stories`, which says
what they are: every article's terms weighed by their rarity in its window, its
heaviest terms, bridge and topic chosen, all articles in one step, where a loop in
Python over each article's terms took about 60 microseconds an article.

An article's vector is the same in any call, whatever other articles it weighs: each
weight is the product and quotient of the same numbers as in a loop, logarithms are
taken by `math.log` (numpy's may differ in the last bit), ties are broken by the term
(its text, then its `term_id`), and a vector's length is summed heaviest term first, one
term at a time. So a build from scratch and a rebuild weighing a few days again give
the same vectors to the last bit.

numpy is imported only with this module, which `stories` imports when it weighs a
vector: a build without stories, or a rebuild whose terms did not change, loads none.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from digest.content.arrays import distinct, places, run_starts
from digest.content.stories import (
    BRIDGE_TERMS,
    MAX_SHARE,
    MIN_RARITY_WINDOW,
    MIN_WINDOW,
    TOP_TERMS,
    TOPIC_TERMS,
    WINDOW_DAYS,
    TermLists,
    VectorColumns,
    term_id,
)

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]


def weigh(
    counts: Mapping[str, TermLists],
    day: Mapping[str, int],
    affected: Iterable[str],
    korean: Mapping[str, bool],
) -> VectorColumns:
    """The vectors of the `affected` articles (`korean`: whether each is a Korean
    article), from the terms of `counts`' articles, which hold every article within
    WINDOW_DAYS of an affected one (`day`: each one's day).

    tf-idf over the article's window, the TOP_TERMS heaviest, normalized, a term in more
    than MAX_SHARE of the window's articles left out. A Korean term's rarity is counted
    among the window's articles with Korean words, or every Korean ending would look
    rare. The bridge: numbers and names ('#', '~' terms), the heaviest by mentions and
    rarity (a Korean report romanizes every word, and the names it shares with an
    English one are the ones it repeats and puts in its headline, not its rarest words),
    each weighted by its rarity alone; a small plain number (a count, a day) at half
    weight, a digit not at all. The topic: the TOPIC_TERMS heaviest words ('#' and '~'
    terms left out), the common ones kept too."""
    keys = list(counts)
    lengths = np.fromiter((len(counts[key][0]) for key in keys), dtype=np.int64, count=len(keys))
    names = [name for key in keys for name in counts[key][0]]
    tfs = array("d")
    for key in keys:
        tfs.extend(counts[key][1])
    vocabulary = sorted(set(names))  # numbered in the order of their text: ties break by it
    number = {term: index for index, term in enumerate(vocabulary)}
    codes = np.fromiter(map(number.__getitem__, names), dtype=np.int64, count=len(names))
    kind = _Kinds(vocabulary)
    article = np.repeat(np.arange(len(keys)), lengths)
    days = np.fromiter((day[key] for key in keys), dtype=np.int64, count=len(keys))
    df, sizes, sizes_korean = _windows(codes, article, days, kind.korean)

    # The affected articles' entries (in the order of `keys`), the digits left out.
    wanted = np.zeros(len(keys), dtype=bool)
    position = {key: index for index, key in enumerate(keys)}
    wanted[[position[key] for key in affected]] = True
    rows = np.flatnonzero(wanted)
    entries = np.flatnonzero(wanted[article] & ~kind.digit[codes])
    code, owner, found = codes[entries], article[entries], df[entries]
    tf = np.frombuffer(tfs, dtype=np.float64)[entries]
    size = sizes[owner]
    own_size = np.where(kind.korean[code], sizes_korean[owner], size)
    weight = tf * _log_ratio(np.maximum(own_size, MIN_RARITY_WINDOW) + 1, found)
    rarity = _log_ratio(np.maximum(size, MIN_RARITY_WINDOW) + 1, found)
    rarity = np.where(kind.small[code], rarity / 2, rarity)

    # Vector: the TOP_TERMS heaviest, a term in too many of the window's articles left
    # out; topic: the TOPIC_TERMS heaviest words, common ones kept (heaviest first, then
    # by text); bridge: numbers and names, heaviest by mentions and rarity, weighted by
    # rarity alone.
    words = np.flatnonzero(~kind.tilde[code])
    order = words[_ranked(owner[words], -weight[words], code[words])]
    common = (own_size >= MIN_WINDOW) & (found > MAX_SHARE * own_size)
    top = _first(order[~common[order]], owner, TOP_TERMS)
    top = top[weight[top] > 0]
    topic = _first(order[~kind.hash[code[order]] & (weight[order] > 0)], owner, TOPIC_TERMS)
    named = np.flatnonzero(kind.bridge[code])
    mentions = -(tf[named] * rarity[named])
    bridge = _first(named[_ranked(owner[named], mentions, code[named])], owner, BRIDGE_TERMS)
    bridge = bridge[rarity[bridge] > 0]

    # Each article's terms by term_id, as `stories.Vector` holds them (an article holds a
    # term once: no ties).
    ids = np.fromiter(map(term_id, vocabulary), dtype=np.int64, count=len(vocabulary))
    by_id = np.empty(len(ids), dtype=np.int64)
    by_id[np.argsort(ids, kind="stable")] = np.arange(len(ids))
    columns: list[bytes] = []
    held = []
    for part, values in (
        (top, _normed(weight, top, owner)),
        (bridge, rarity[bridge]),
        (topic, _normed(weight, topic, owner)),
    ):
        ordered = np.argsort(owner[part] * len(ids) + by_id[code[part]])
        columns += [ids[code[part]][ordered].tobytes(), values[ordered].tobytes()]
        held.append(np.bincount(owner[part], minlength=len(keys))[rows])
    chosen = [keys[row] for row in rows.tolist()]
    return VectorColumns(
        chosen,
        array("q", np.stack(held, axis=1).astype(np.int64).tobytes()),
        bytes(korean[key] for key in chosen),
        *(_array(kind, data) for kind, data in zip("qdqdqd", columns, strict=True)),
    )


def _array(kind: str, data: bytes) -> array[Any]:
    made = array(kind)
    made.frombytes(data)
    return made


class _Kinds:
    """What each term of the vocabulary is, by its text (as `stories` reads it)."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        def flags(test: Callable[[str], bool]) -> Flags:
            return np.fromiter(map(test, vocabulary), dtype=bool, count=len(vocabulary))

        self.korean = flags(lambda term: term[0] >= "\uac00")
        self.hash = flags(lambda term: term[0] == "#")
        self.tilde = flags(lambda term: term[0] == "~")
        self.bridge = self.hash | self.tilde
        number = flags(lambda term: term[0] == "#" and term[1:].isdigit())
        length = np.fromiter(map(len, vocabulary), dtype=np.int64, count=len(vocabulary))
        self.digit = number & (length < 3)  # a score, a count of anything: no term at all
        self.small = number & (length == 3)  # a small plain number (a count, a day): half


def _windows(codes: Ints, article: Ints, days: Ints, korean: Flags) -> tuple[Ints, Ints, Ints]:
    """For each entry (an article's term), how many of the articles within WINDOW_DAYS
    of its article's day hold its term; for each article, how many articles, and
    articles with Korean words, its window has."""
    first = int(days.min(initial=0))
    span = int(days.max(initial=0)) - first + 1 + 2 * WINDOW_DAYS
    day = days - first + WINDOW_DAYS  # from WINDOW_DAYS on: a window never starts below 0
    with_korean = np.bincount(article, weights=korean[codes], minlength=len(days)) > 0

    def windowed(per_day: Ints) -> Ints:
        total = np.concatenate([[0], np.cumsum(per_day)])
        return (total[day + WINDOW_DAYS + 1] - total[day - WINDOW_DAYS]).astype(np.int64)

    sizes = windowed(np.bincount(day, minlength=span))
    sizes_korean = windowed(np.bincount(day[with_korean], minlength=span))
    # Each (term, day) counted once in sorted order, each entry's count looked up by its run.
    keys = codes * span + day[article]
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = run_starts(ordered)
    heads = ordered[starts]
    within = np.searchsorted(ordered, heads + WINDOW_DAYS, "right") - np.searchsorted(
        ordered, heads - WINDOW_DAYS, "left"
    )
    df = np.empty(len(keys), dtype=np.int64)
    df[order] = np.repeat(within, np.diff(np.append(starts, len(keys))))
    return df, sizes, sizes_korean


def _log_ratio(numerator: Ints, denominator: Ints) -> Floats:
    """`math.log(n / d)` of each pair of positive integers (numpy's own logarithm may
    differ in the last bit), taken once for each distinct pair: window sizes and
    document frequencies repeat."""
    top = int(denominator.max(initial=0)) + 1
    sizes = distinct(numerator)
    pairs = np.searchsorted(sizes, numerator) * top + denominator
    used = np.zeros(len(sizes) * top, dtype=bool)
    used[pairs] = True
    table = np.zeros(len(used))
    found = np.flatnonzero(used).tolist()
    table[found] = [math.log(int(sizes[pair // top]) / (pair % top)) for pair in found]
    return table[pairs]


_SORTED = 1 << 20  # cells of the padded rows `_ranked` sorts at a time


def _ranked(owner: Ints, key: Floats, code: Ints) -> Ints:
    """The order of entries (grouped by article, ascending) by article, then `key`,
    then term (its text): each article's sorted alone, as the rows of a padded matrix
    (where one sort of every entry by three keys took three times as long)."""
    starts = run_starts(owner)
    counts = np.diff(np.append(starts, len(owner)))
    width = int(counts.max(initial=0))
    found = []
    step = max(1, _SORTED // max(width, 1))
    for first in range(0, len(starts), step):
        rows = counts[first : first + step]
        row = np.repeat(np.arange(len(rows)), rows)
        place = places(owner[starts[first] : starts[first] + int(rows.sum())])
        keys = np.full((len(rows), width), np.inf)  # padding sorts last
        keys[row, place] = key[starts[first] : starts[first] + len(row)]
        codes = np.zeros((len(rows), width), dtype=np.int64)
        codes[row, place] = code[starts[first] : starts[first] + len(row)]
        order = np.lexsort((codes, keys), axis=-1) + starts[first : first + step, None]
        found.append(order[np.arange(width) < rows[:, None]])
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _first(entries: Ints, owner: Ints, limit: int) -> Ints:
    """The first `limit` of each article's entries (`entries` grouped by article)."""
    return entries[places(owner[entries]) < limit]


def _normed(weight: Floats, part: Ints, owner: Ints) -> Floats:
    """The weights of `part` (each article's heaviest first) over the length of their
    article's, summed heaviest first, one at a time; a length of 0 as 1."""
    place = places(owner[part])
    rows = run_starts(owner[part])
    squares = np.zeros((int(place.max(initial=-1)) + 1, len(rows)))
    squares[place, np.repeat(np.arange(len(rows)), np.diff(np.append(rows, len(part))))] = (
        weight[part] * weight[part]
    )
    total = squares[0].copy() if len(squares) else np.zeros(len(rows))
    for column in squares[1:]:
        total += column
    norm = np.sqrt(total)
    norm[norm == 0] = 1.0
    return weight[part] / np.repeat(norm, np.diff(np.append(rows, len(part))))
