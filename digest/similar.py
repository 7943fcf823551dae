"""Finding the same story saved twice: identical or near-identical article text.

Comparing every pair of articles is quadratic, so this works in three passes that stay
close to linear for thousands of articles:
1. identical normalized text is grouped by a hash;
2. every article is cut into 5-word shingles; its 32 smallest shingle hashes (a
   bottom-k sketch, which near-identical texts mostly share) go into an inverted
   index, and only articles sharing a good part of their sketches become candidate
   pairs (shingles in very many articles, boilerplate, are skipped);
3. each candidate pair is confirmed by the exact Jaccard similarity of all shingles.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from digest.model import Article

SHINGLE_WORDS = 5
SKETCH_SIZE = 32  # the smallest shingle hashes kept per article (a bottom-k sketch)
MIN_SHARED = 0.25  # share of the sketch two articles need in common to be compared
MAX_POSTINGS = 50  # a shingle in more articles than this is boilerplate, not a story
THRESHOLD = 0.8  # Jaccard similarity from which two texts count as the same story
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Duplicate:
    original: Article
    copy: Article
    similarity: float  # Jaccard similarity of the shingles
    identical: bool = False  # the same words in the same order


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _shingles(word_ids: list[int]) -> frozenset[int]:
    """Hashes of every run of SHINGLE_WORDS word ids. Hashes of int tuples do not depend
    on PYTHONHASHSEED, so the sample below, and the result, are the same on every run."""
    if len(word_ids) < SHINGLE_WORDS:
        return frozenset([hash(tuple(word_ids))]) if word_ids else frozenset()
    runs = zip(*(word_ids[i:] for i in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(hash, runs))


def _order(article: Article) -> tuple[str, str]:
    return (article.date.isoformat(), article.id)


def find_duplicates(articles: Sequence[Article]) -> list[Duplicate]:
    """Pairs of articles with the same story; the copy is the later (by date, then id)."""
    ordered = sorted((a for a in articles if a.text.strip()), key=_order)
    found: list[Duplicate] = []

    # One article at a time, keeping only its word ids and its sketch: the words and the
    # shingle sets of 10,000 articles held together took 700 MB more. Words become small
    # integers (numbered in order of first appearance) so shingles are built and hashed
    # in C, not word by word in Python.
    by_text: dict[str, int] = {}
    vocabulary: dict[str, int] = {}
    numbers = itertools.count()
    word_ids: list[list[int]] = []
    sketches: list[list[int]] = []
    for index, article in enumerate(ordered):
        words = _words(article.text)
        key = hashlib.sha256(" ".join(words).encode()).hexdigest()
        if key in by_text:
            found.append(Duplicate(ordered[by_text[key]], article, 1.0, identical=True))
            word_ids.append([])
            sketches.append([])
            continue
        by_text[key] = index
        ids = list(map(vocabulary.setdefault, words, numbers))
        word_ids.append(ids)
        # The same list as heapq.nsmallest, in about half the time for sets this small.
        sketches.append(sorted(_shingles(ids))[:SKETCH_SIZE])

    # Almost every sketch shingle belongs to one article only, so the first holder is kept
    # in a plain dict and a list is made only for shingles that have a second holder.
    first_holder: dict[int, int] = {}
    postings: dict[int, list[int]] = {}
    for index, sketch in enumerate(sketches):
        for shingle in sketch:
            first = first_holder.setdefault(shingle, index)
            if first != index:
                postings.setdefault(shingle, [first]).append(index)

    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in postings.values():
        if len(holders) > MAX_POSTINGS:
            continue
        for i, first in enumerate(holders):
            for second in holders[i + 1 :]:
                shared[(first, second)] += 1

    shingle_sets = functools.cache(lambda index: _shingles(word_ids[index]))
    for (first, second), count in sorted(shared.items()):
        # Texts with Jaccard similarity J share about J of their sketches; a quarter is a
        # generous bound that leaves the exact comparison to real candidates only.
        if count < MIN_SHARED * min(len(sketches[first]), len(sketches[second])):
            continue
        a, b = shingle_sets(first), shingle_sets(second)
        similarity = len(a & b) / len(a | b)
        if similarity >= THRESHOLD:
            found.append(Duplicate(ordered[first], ordered[second], similarity))
    return sorted(found, key=lambda d: (_order(d.copy), _order(d.original)))
