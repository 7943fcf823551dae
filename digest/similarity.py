"""Near-duplicate articles: the same story saved twice, from one outlet or two.

Pure functions over `Article`s, no I/O; `digest check` reports what they find.
Each text is normalized (NFKC, case-folded, punctuation and spacing removed) and cut
into overlapping character 6-grams, which works for Korean as well as English without a
tokenizer. A fixed 1-in-4 sample of the 6-grams (chosen by hash, so the same in every
text) stands for the text; an inverted index over the samples finds the pairs worth
comparing, so thousands of articles cost seconds, not the square of their number.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from digest.model import Article

SHINGLE = 6
SAMPLE_MODULUS = 4
DEFAULT_THRESHOLD = 0.8
# A shingle shared by this many articles is boilerplate ("the government said"), not evidence.
_COMMON = 50
_NOISE = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Duplicate:
    """Two articles whose texts are at least `threshold` alike (1.0: identical text)."""

    first: Article
    second: Article
    similarity: float

    @property
    def identical(self) -> bool:
        return self.similarity >= 1.0


def normalize(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def fingerprint(text: str) -> frozenset[int]:
    """The sampled shingle hashes of a text (the whole text when it is very short)."""
    norm = normalize(text)
    if len(norm) < SHINGLE:
        return frozenset({_hash(norm)}) if norm else frozenset()
    hashes = {_hash(norm[i : i + SHINGLE]) for i in range(len(norm) - SHINGLE + 1)}
    sampled = frozenset(h for h in hashes if h % SAMPLE_MODULUS == 0)
    return sampled or frozenset(hashes)


def _hash(text: str) -> int:
    # crc32, not hash(): Python salts str hashes per process, and reports must be stable.
    return zlib.crc32(text.encode("utf-8"))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def near_duplicates(articles: Iterable[Article], threshold: float = DEFAULT_THRESHOLD) -> list[Duplicate]:
    """Every pair of articles whose body texts are at least `threshold` alike, sorted by
    the articles' ids. Identical normalized texts always pair, however short."""
    items: Sequence[Article] = sorted(articles, key=lambda a: a.id)
    prints = [fingerprint(article.text) for article in items]
    exact: dict[str, list[int]] = defaultdict(list)
    index: dict[int, list[int]] = defaultdict(list)
    for number, (article, shingles) in enumerate(zip(items, prints, strict=True)):
        norm = normalize(article.text)
        if norm:
            exact[norm].append(number)
        for shingle in shingles:
            index[shingle].append(number)

    pairs: dict[tuple[int, int], float] = {}
    for group in exact.values():
        for a, b in combinations(group, 2):
            pairs[(a, b)] = 1.0
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) <= _COMMON:
            for pair in combinations(members, 2):
                shared[pair] += 1
    for (a, b), count in shared.items():
        if (a, b) in pairs:
            continue
        # Jaccard is at most shared / size of the larger set: skip pairs that cannot reach it.
        if count < threshold * max(len(prints[a]), len(prints[b])):
            continue
        score = similarity(prints[a], prints[b])
        if score >= threshold:
            pairs[(a, b)] = min(score, 0.999)  # 1.0 is kept for identical text
    return [Duplicate(items[a], items[b], round(score, 3)) for (a, b), score in sorted(pairs.items())]
