"""How long `digest check` spends looking for the same story saved twice.

Makes N synthetic articles of about 400 words from a shared vocabulary (so shingles
collide as they do in real news), plants a few exact and near copies, and times
`find_duplicates`. The articles carry no sketch (no reader made them), so every text is
sketched here, as in a build with an empty content cache; a build with the sketches
cached skips that and does the rest (grouping identical texts, the index of sketches,
the exact comparison of candidates). Usage: python bench/duplicates.py [N]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

from digest.content.model import Article
from digest.content.similar import find_duplicates


def make_articles(count: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(3000)]
    texts = [" ".join(rng.choices(vocabulary, k=400)) for _ in range(count)]
    for n in range(0, count - 1, max(1, count // 20)):
        words = texts[n].split()
        words[rng.randrange(len(words))] = "changed"
        texts[n + 1] = " ".join(words)  # a near copy of its neighbour
    return [
        Article(
            id=f"a{n:05d}",
            path=Path(f"content/articles/a{n:05d}.txt"),
            headline=f"Article {n}",
            date=dt.date(2025, 11, 1) + dt.timedelta(days=n % 28),
            published=None,
            updated=None,
            authors=(),
            outlet="Bench",
            body_html="",
            text=text,
        )
        for n, text in enumerate(texts)
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    articles = make_articles(count)
    started = time.perf_counter()
    found = find_duplicates(articles)
    seconds = time.perf_counter() - started
    print(f"{count} articles, {len(found)} duplicates found in {seconds:.2f} s")


if __name__ == "__main__":
    main()
