"""Finding the same story saved twice: identical or near-identical article text.

Comparing every pair of articles is quadratic, so this works in three passes that stay
close to linear for thousands of articles:
1. identical normalized text is grouped by a hash;
2. every article is cut into 5-word shingles; a deterministic sample of them (crc32
   modulo 4) goes into an inverted index, and only articles sharing many sampled
   shingles become candidate pairs (very common shingles, boilerplate, are skipped);
3. each candidate pair is confirmed by the exact Jaccard similarity of all shingles.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from digest.model import Article

SHINGLE_WORDS = 5
SAMPLE_MODULUS = 4
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


def _shingles(words: list[str]) -> frozenset[int]:
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )


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

    shingles = [_shingles(w) if i not in exact_copy else frozenset() for i, w in enumerate(words)]
    sampled = [frozenset(s for s in shingle_set if s % SAMPLE_MODULUS == 0) for shingle_set in shingles]
    postings: dict[int, list[int]] = defaultdict(list)
    for index, sample in enumerate(sampled):
        for shingle in sample:
            postings[shingle].append(index)

    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in postings.values():
        if len(holders) < 2 or len(holders) > MAX_POSTINGS:
            continue
        for i, first in enumerate(holders):
            for second in holders[i + 1 :]:
                shared[(first, second)] += 1

    for (first, second), count in sorted(shared.items()):
        # Jaccard >= 0.8 means most sampled shingles of the smaller text are shared;
        # half is a generous bound that keeps the exact comparison for real candidates.
        if count < 0.5 * min(len(sampled[first]), len(sampled[second])):
            continue
        a, b = shingles[first], shingles[second]
        similarity = len(a & b) / len(a | b)
        if similarity >= THRESHOLD:
            found.append(Duplicate(ordered[first], ordered[second], similarity))
    return sorted(found, key=lambda d: (_order(d.copy), _order(d.original)))
