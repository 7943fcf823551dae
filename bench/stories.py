"""How well digest groups reports of one event into stories, on a labelled set.

Reads the labelled articles (`tests/data/stories/*.yaml`: each entry an outlet's report,
with the event it reports as `story:`), clusters them as a build does
(`digest.content.stories`), and prints pairwise precision and recall of "same story":
of the pairs digest puts in one story, how many the labels put in one (precision), and of
the labelled pairs, how many digest found (recall); for all pairs, pairs in one language
and pairs across English and Korean. `--list` adds every wrong pair. `--korean kiwi`
tokenizes Korean with kiwipiepy's morphological analyser (nouns, foreign words and
numbers) instead of character bigrams, for comparison; kiwipiepy must be installed.

Usage: python bench/stories.py [--set DIR] [--list] [--korean bigrams|kiwi]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from digest.content import storytext
from digest.content.language import detect_language
from digest.content.model import Article
from digest.content.stories import Grouping, assemble, clusters, link_articles, same_story_pairs

SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"
TZ = ZoneInfo("Asia/Seoul")


@dataclass(frozen=True)
class Labelled:
    articles: tuple[Article, ...]
    stories: dict[str, str]  # article id -> its story's label (its own id when it has none)


def load_set(folder: Path = SET) -> Labelled:
    articles: list[Article] = []
    stories: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            text = " ".join(str(entry["text"]).split())
            headline = str(entry["headline"])
            date = entry["date"]
            if not isinstance(date, dt.date):
                date = dt.date.fromisoformat(str(date))
            articles.append(
                Article(
                    id=entry["id"],
                    path=path,
                    headline=headline,
                    date=date,
                    published=None,
                    updated=None,
                    authors=(),
                    outlet=str(entry["outlet"]),
                    body_html="",
                    text=text,
                    language=detect_language(headline + "\n" + text),
                )
            )
            stories[entry["id"]] = str(entry.get("story") or entry["id"])
    return Labelled(tuple(articles), stories)


def labelled_pairs(labelled: Labelled) -> set[tuple[str, str]]:
    by_story: dict[str, list[str]] = {}
    for key, story in labelled.stories.items():
        by_story.setdefault(story, []).append(key)
    grouping = Grouping(tuple(("", tuple(keys)) for keys in by_story.values() if len(keys) > 1))
    return same_story_pairs(grouping)


def found_pairs(articles: Iterable[Article]) -> set[tuple[str, str]]:
    articles = list(articles)
    links = link_articles(articles, TZ)
    days = {key: record[1] for key, record in links.records.items()}
    return same_story_pairs(assemble(clusters(links), {}, days))


@dataclass(frozen=True)
class Score:
    found: int
    expected: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name:<22} {self.precision:9.3f} {self.recall:7.3f}"
            f" {self.right:6d} {self.found:6d} {self.expected:9d}"
        )


def score(found: set[tuple[str, str]], expected: set[tuple[str, str]]) -> Score:
    return Score(len(found), len(expected), len(found & expected))


def kiwi_terms() -> None:
    """Korean as kiwipiepy's nouns and roots, each also romanized as digest's bigram
    reader does (for `--korean kiwi`)."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    kept = {"NNG", "NNP", "NR", "SL", "XR"}

    def hangul_terms(text: str, counts: Counter[str], weight: float) -> None:
        if not storytext._HANGUL_RUN.search(text):
            return
        for token in kiwi.tokenize(text):
            if token.tag in kept and len(token.form) > 1 and storytext._HANGUL_RUN.fullmatch(token.form):
                counts[token.form] += weight
                counts["~" + storytext.romanized(token.form[:2])] += weight * storytext.ROMAN_WEIGHT

    storytext._hangul_terms = hangul_terms  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=SET)
    parser.add_argument("--list", action="store_true", help="print every wrong pair")
    parser.add_argument("--korean", choices=("bigrams", "kiwi"), default="bigrams")
    options = parser.parse_args()
    if options.korean == "kiwi":
        kiwi_terms()
    labelled = load_set(options.set)
    expected = labelled_pairs(labelled)
    started = time.perf_counter()
    found = found_pairs(labelled.articles)
    seconds = time.perf_counter() - started
    language = {a.id: a.language or "en" for a in labelled.articles}

    def kind(pairs: set[tuple[str, str]], across: bool) -> set[tuple[str, str]]:
        return {p for p in pairs if (language[p[0]] != language[p[1]]) == across}

    stories = Counter(labelled.stories.values())
    print(
        f"Labelled set {options.set}: {len(labelled.articles)} articles, "
        f"{sum(1 for n in stories.values() if n > 1)} stories of 2 or more, "
        f"{len(expected)} same-story pairs; Korean as {options.korean}; clustered in {seconds:.2f} s"
    )
    print(f"{'pairs':<22} {'precision':>9} {'recall':>7} {'right':>6} {'found':>6} {'labelled':>9}")
    print(score(found, expected).line("all"))
    print(score(kind(found, False), kind(expected, False)).line("same language"))
    print(score(kind(found, True), kind(expected, True)).line("English-Korean"))
    if options.list:
        headline = {a.id: a.headline for a in labelled.articles}
        wrong = (("found, not labelled", found - expected), ("labelled, not found", expected - found))
        for title, pairs in wrong:
            print(f"\n{title}:")
            for a, b in sorted(pairs):
                print(f"  {a} ~ {b}\n      {headline[a]}\n      {headline[b]}")


if __name__ == "__main__":
    sys.exit(main())
