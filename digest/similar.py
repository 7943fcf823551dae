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

import gc
import hashlib
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector. This pass builds hundreds of thousands of
    containers that live until it returns and form no cycles, and each time they pile
    up the collector walks the whole heap (every article of the site): that was half
    the time of this pass at 10,000 articles. Reference counting still frees memory."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def find_duplicates(articles: Sequence[Article]) -> list[Duplicate]:
    """Pairs of articles with the same story; the copy is the later (by date, then id)."""
    with _collector_paused():
        return _find_duplicates(articles)


def _find_duplicates(articles: Sequence[Article]) -> list[Duplicate]:
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
    # The same list as heapq.nsmallest, in about half the time for sets this small.
    sketches = [sorted(shingle_set)[:SKETCH_SIZE] for shingle_set in shingles]
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
