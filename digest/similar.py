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

import hashlib
import heapq
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
    words = [_words(article.text) for article in ordered]
    found: list[Duplicate] = []

    by_text: dict[str, int] = {}
    exact_copy: set[int] = set()
    for index, article_words in enumerate(words):
        key = hashlib.sha256(" ".join(article_words).encode()).hexdigest()
        if key in by_text:
            found.append(Duplicate(ordered[by_text[key]], ordered[index], 1.0, identical=True))
            exact_copy.add(index)
        else:
            by_text[key] = index

    # Words become small integers (numbered in order of first appearance) so shingles are
    # built and hashed in C, not word by word in Python.
    vocabulary: dict[str, int] = {}
    numbers = itertools.count()
    shingles = [
        frozenset() if i in exact_copy else _shingles(list(map(vocabulary.setdefault, w, numbers)))
        for i, w in enumerate(words)
    ]
    sketches = [heapq.nsmallest(SKETCH_SIZE, shingle_set) for shingle_set in shingles]
    postings: dict[int, list[int]] = defaultdict(list)
    for index, sketch in enumerate(sketches):
        for shingle in sketch:
            postings[shingle].append(index)

    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in postings.values():
        if len(holders) < 2 or len(holders) > MAX_POSTINGS:
            continue
        for i, first in enumerate(holders):
            for second in holders[i + 1 :]:
                shared[(first, second)] += 1

    for (first, second), count in sorted(shared.items()):
        # Texts with Jaccard similarity J share about J of their sketches; a quarter is a
        # generous bound that leaves the exact comparison to real candidates only.
        if count < MIN_SHARED * min(len(sketches[first]), len(sketches[second])):
            continue
        a, b = shingles[first], shingles[second]
        similarity = len(a & b) / len(a | b)
        if similarity >= THRESHOLD:
            found.append(Duplicate(ordered[first], ordered[second], similarity))
    return sorted(found, key=lambda d: (_order(d.copy), _order(d.original)))
