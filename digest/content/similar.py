"""Finding the same story saved twice: identical or near-identical article text.

Comparing every pair of articles is quadratic, so this works in three passes that stay
close to linear for thousands of articles:
1. identical normalized text is grouped by a hash;
2. every article is cut into 5-word shingles; its 32 smallest shingle hashes (a
   bottom-k sketch, which near-identical texts mostly share) go into an inverted
   index, and only articles sharing a good part of their sketches become candidate
   pairs (shingles in very many articles, boilerplate, are skipped);
3. each candidate pair is confirmed by the exact Jaccard similarity of all shingles.
The first two need each text's `sketch` only, which the article reader makes and the
content cache keeps: a build sketches only the texts it parsed, and cuts only the
candidates' texts into all their shingles.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from digest.content.model import Article

SHINGLE_WORDS = 5
SKETCH_SIZE = 32  # the smallest shingle hashes kept per article (a bottom-k sketch)
MIN_SHARED = 0.25  # share of the sketch two articles need in common to be compared
MAX_POSTINGS = 50  # a shingle in more articles than this is boilerplate, not a story
THRESHOLD = 0.8  # Jaccard similarity from which two texts count as the same story
IDENTITY_SIZE = 16  # bytes of a sketch that identify the text's words
_WORD = re.compile(r"\w+")
# On ASCII text, _WORD's words are the runs of [a-zA-Z0-9_] (str's \w on ASCII), and
# lower() is casefold(): every other byte made a space, a split finds them at C speed.
_ASCII_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ASCII_NOT_WORD = bytes(code if code in _ASCII_WORD_BYTES else 0x20 for code in range(256))


@dataclass(frozen=True)
class Duplicate:
    original: Article
    copy: Article
    similarity: float  # Jaccard similarity of the shingles
    identical: bool = False  # the same words in the same order


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _normalized(text: str) -> bytes:
    """The text's words, casefolded, one space apart: equal for identical stories."""
    if text.isascii():  # (speed) most texts: no pattern, no Unicode classes
        return b" ".join(text.lower().encode("ascii").translate(_ASCII_NOT_WORD).split())
    return " ".join(_words(text)).encode("utf-8", "surrogatepass")


def _word_ids(normalized: bytes) -> list[int]:
    """A number for each word, from its bytes alone (CRC-32), so that texts read in
    different processes, or in different builds, number their words alike."""
    return list(map(zlib.crc32, normalized.split(b" "))) if normalized else []


def _shingles(word_ids: list[int]) -> frozenset[int]:
    """Hashes of every run of SHINGLE_WORDS word ids. Hashes of int tuples do not depend
    on PYTHONHASHSEED, so the sample below, and the result, are the same on every run."""
    if len(word_ids) < SHINGLE_WORDS:
        return frozenset([hash(tuple(word_ids))]) if word_ids else frozenset()
    runs = zip(*(word_ids[i:] for i in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(hash, runs))


# Shingle hashes (of int tuples) spread evenly over the 64-bit range.
_LOWEST_HASH = -(1 << 63)
_HASH_SPAN = 1 << 64


def _smallest(word_ids: list[int]) -> list[int]:
    """The SKETCH_SIZE smallest of `_shingles(word_ids)`, in order. Only the hashes below a
    bound that about twice SKETCH_SIZE of them fall under are sorted, not all of them:
    Python compares integers this large the slow way, and sorting a long text's hashes
    was half of `sketch`'s time. Should fewer than SKETCH_SIZE fall under the bound, all
    are sorted: the same list either way."""
    runs = len(word_ids) - SHINGLE_WORDS + 1
    if runs > 4 * SKETCH_SIZE:
        bound = _LOWEST_HASH + _HASH_SPAN // runs * 2 * SKETCH_SIZE
        shingles = zip(*(word_ids[i:] for i in range(SHINGLE_WORDS)), strict=False)
        below = {shingle for shingle in map(hash, shingles) if shingle < bound}
        if len(below) >= SKETCH_SIZE:
            return sorted(below)[:SKETCH_SIZE]
    return sorted(_shingles(word_ids))[:SKETCH_SIZE]


def sketch(text: str) -> bytes:
    """What `find_duplicates` needs of one text: IDENTITY_SIZE bytes that are equal for
    texts with the same words in the same order, then the SKETCH_SIZE smallest shingle
    hashes (a bottom-k sketch, which near-identical texts mostly share) as signed 64-bit
    integers. It depends on the text alone, so the article reader makes it, once per
    file: a build after one article is edited does not cut 10,000 texts into shingles
    again (2 s)."""
    normalized = _normalized(text)
    identity = hashlib.blake2b(normalized, digest_size=IDENTITY_SIZE).digest()
    return identity + array("q", _smallest(_word_ids(normalized))).tobytes()


def _order(article: Article) -> tuple[str, str]:
    return (article.date.isoformat() if article.date else "", article.id)  # undated first


def find_duplicates(articles: Sequence[Article]) -> list[Duplicate]:
    """Pairs of articles with the same story; the copy is the later (by date, then id)."""
    # A text without a word (empty, or only symbols) is no story to compare: all such
    # texts would otherwise be "identical" to one another.
    ordered = sorted((a for a in articles if _WORD.search(a.text)), key=_order)
    found: list[Duplicate] = []

    by_text: dict[bytes, int] = {}
    sketches: list[array[int]] = []
    for index, article in enumerate(ordered):
        packed = article.sketch or sketch(article.text)
        identity = packed[:IDENTITY_SIZE]
        if identity in by_text:
            found.append(Duplicate(ordered[by_text[identity]], article, 1.0, identical=True))
            sketches.append(array("q"))
            continue
        by_text[identity] = index
        sketches.append(array("q", packed[IDENTITY_SIZE:]))

    # Almost every sketch shingle belongs to one article only, so the first holder is kept
    # in a plain dict and a list is made only for shingles that have a second holder.
    first_holder: dict[int, int] = {}
    postings: dict[int, list[int]] = {}
    for index, smallest in enumerate(sketches):
        for shingle in smallest:
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

    # Only candidates are cut into all their shingles, one article at a time: the shingle
    # sets of 10,000 articles held together took 700 MB.
    shingle_sets = functools.cache(lambda index: _shingles(_word_ids(_normalized(ordered[index].text))))
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
