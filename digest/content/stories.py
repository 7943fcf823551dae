"""Story clusters: the articles, across outlets, that report one event.

Two reports of one event are published within a few days of each other and share what
the event is made of: names, numbers, places and the words that describe it
(`content.storytext`). So every article is compared with the articles of the days
around it (`WINDOW_DAYS` either side), as a vector of its terms weighted by how rare
each term is among those days' articles (tf-idf, with the document frequencies of its
own window: "Samsung" says little in a week of chip news, a lot in a week of politics).
Pairs whose cosine similarity, a little less for each day between them, reaches
`LINK_MIN` are links; clusters are grown from the strongest link down, two clusters
joining only when their articles are alike on average (`JOIN_AVERAGE`) and together span
at most `SPAN_DAYS` days (so a chain of follow-ups never becomes one story).

**Incremental.** Everything a link depends on lies within `WINDOW_DAYS` of its two
articles: their vectors depend on their windows' articles only. So `link_articles`
given the previous answer (`StoryLinks`, which the build keeps in its cache) recomputes
only the vectors of the articles within `WINDOW_DAYS` of a changed article and the
links that touch them, and gives exactly the answer a cold computation gives. At
10,000 articles a cold computation takes about half a second, an edited article a few
hundredths (bench/README.md).

**The editor decides in the end**: a note's `story: NAME` puts its article, and the
articles clustered with it, into the story NAME (notes naming the same story merge their
clusters); `story: none` takes its article out of any story (`assemble`).
"""

from __future__ import annotations

import datetime as dt
import functools
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from digest.content.model import Article
from digest.content.storytext import damped, term_counts, term_lists, terms_key

WINDOW_DAYS = 3  # two articles further apart than this are never linked
SPAN_DAYS = 4  # nor is a story ever longer than this
TOP_TERMS = 40  # the heaviest terms of an article make its vector
BRIDGE_TERMS = 40  # and its heaviest numbers and names, its bridge to the other language
MAX_SHARE = 0.4  # a term in more of a window's articles than this is no story's
MIN_WINDOW = 8  # ... once the window has this many articles
# Rarity is counted as if a window held this many articles at least: in a small digest's
# few days, the terms of the one story told five times would otherwise be the common ones.
MIN_RARITY_WINDOW = 40
LINK_MIN = 0.06  # similarity from which a pair is kept as a link
JOIN_LINK = 0.25  # a story grows along links this strong, at least
JOIN_AVERAGE = 0.15  # average similarity two clusters need to become one story
DAY_PENALTY = 0.04  # similarity taken off for each day between two articles
CROSS_SCALE = 10.0  # the shared rarity of an English and a Korean report worth a similarity of 1
CROSS_SHARED = 2  # an English and a Korean report share this many numbers and names, at least
MAX_STORY = 40  # articles in an automatic story, at most
TOPIC_TERMS = 25  # the heaviest words of an article make its topic, for related reading

NONE = "none"  # `story: none` in a note


def has_day(article: Article) -> bool:
    """Whether `article_day` can place the article: a file that gives no date at all
    (read with a warning) has no place in a story's few days."""
    return article.published is not None or article.date is not None


def article_day(article: Article, tz: dt.tzinfo) -> int:
    """The day an article is of, as an ordinal: its published time's date in the site's
    time zone, else its date line's. Only for an article that `has_day`."""
    if article.published is not None:
        return article.published.astimezone(tz).date().toordinal()
    assert article.date is not None, article.id
    return article.date.toordinal()


TermLists = tuple[list[str], "array[float]"]  # terms and their damped counts, in one order


def article_terms(article: Article) -> TermLists:
    """The terms of an article's headline and lead and their damped counts: as its reader
    packed them (`Article.terms`), else counted now."""
    if article.terms:
        return term_lists(article.terms)
    counts = damped(term_counts(article.headline, article.text, article.outlet))
    return list(counts), array("d", counts.values())


def _made_of(article: Article) -> str:
    """What an article's vector is made of, besides its window's articles: its terms and
    its language (an edit past the lead changes neither, and nothing of the stories is
    computed or written again); for an article without packed terms, every field."""
    if article.terms:
        return terms_key(article.terms) + article.language
    return article.digest


@functools.lru_cache(maxsize=1 << 17)  # a digest's words recur: most are hashed once a build
def term_id(term: str) -> int:
    """A term as a 64-bit number, the same in every process and every build (Python's
    own `hash` of a string changes with each process): vectors kept in the cache are
    arrays of these, which load in a fraction of the time strings take."""
    data = term.encode("utf-8", "surrogatepass")
    return zlib.crc32(data) << 31 ^ zlib.crc32(data, 0x5EED)  # under 2**63: a signed 64-bit int


@dataclass(frozen=True)
class Vector:
    """An article's heaviest terms (`term_id`s, ascending) and their weights, of unit
    length; its bridge: the numbers and names (`~hanbit`) an article in the other
    language can share with it, each weighted by its rarity in the window; and its
    topic, for related reading (`content.related`): its heaviest words, numbers and names
    left out ('2025' or a month relates every report of it), of unit length."""

    terms: array[int]
    weights: array[float]
    bridge: array[int]
    bridge_weights: array[float]
    korean: bool = False
    topic: array[int] = field(default_factory=lambda: array("q"))
    topic_weights: array[float] = field(default_factory=lambda: array("d"))

    def as_dict(self) -> dict[int, float]:
        return dict(zip(self.terms, self.weights, strict=True))


EMPTY = Vector(array("q"), array("d"), array("q"), array("d"))


@dataclass(frozen=True)
class StoryLinks:
    """What the story finder knows of a set of articles: what each article's vector is
    made of (`_made_of`) and its day (to tell what changed), its vector, and the links
    between similar articles. A pure value: the build keeps it between builds
    (`digest.incremental.storystore`)."""

    records: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (`_made_of`, day)
    vectors: Mapping[str, Vector] = field(default_factory=dict)
    links: dict[tuple[str, str], float] = field(default_factory=dict)  # (a, b), a < b


class VectorColumns(Mapping[str, Vector]):
    """Vectors kept as columns (how the weighing makes them and the cache keeps them):
    each article's three lengths (terms, bridge, topic) end to end, its Korean flag, and
    each of `Vector`'s six arrays of all of them end to end. A vector is made when first
    looked up: a rebuild whose terms did not change reads none of 10,000."""

    def __init__(self, keys: Sequence[str], lengths: array[int], korean: bytes, *columns: array[Any]) -> None:
        self._keys = keys
        self._columns = columns
        self._korean = korean
        self._at: dict[str, tuple[int, int, int, int]] = {}
        at = [0, 0, 0]
        for index, key in enumerate(keys):
            self._at[key] = (index, *at)  # type: ignore[assignment]
            at = [at[part] + lengths[3 * index + part] for part in range(3)]
        self._lengths = lengths
        self._made: dict[str, Vector] = {}

    def __getitem__(self, key: str) -> Vector:
        found = self._made.get(key)
        if found is None:
            index, *starts = self._at[key]
            ends = [start + self._lengths[3 * index + part] for part, start in enumerate(starts)]
            terms, weights, bridge, bridge_weights, topic, topic_weights = self._columns
            found = self._made[key] = Vector(
                terms[starts[0] : ends[0]],
                weights[starts[0] : ends[0]],
                bridge[starts[1] : ends[1]],
                bridge_weights[starts[1] : ends[1]],
                self._korean[index] == 1,
                topic[starts[2] : ends[2]],
                topic_weights[starts[2] : ends[2]],
            )
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class _Days:
    """Articles by day, for windows: which articles lie within n days of a day."""

    def __init__(self, days: Mapping[str, int]) -> None:
        self.day = days
        self.order = sorted(days, key=lambda key: (days[key], key))
        self.keys = [days[key] for key in self.order]

    def within(self, first: int, last: int) -> list[str]:
        return self.order[bisect_left(self.keys, first) : bisect_right(self.keys, last)]


def _spread(days: Iterable[int], by: int) -> list[tuple[int, int]]:
    """The days within `by` of any of `days`, as merged (first, last) ranges."""
    ranges: list[tuple[int, int]] = []
    for day in sorted(set(days)):
        if ranges and day - by <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], day + by)
        else:
            ranges.append((day - by, day + by))
    return ranges


def link_articles(
    articles: Sequence[Article], tz: dt.tzinfo, previous: StoryLinks | None = None
) -> StoryLinks:
    """The vectors and links of `articles`; with `previous` (this function's answer for an
    earlier set of articles, in the same time zone), only what the changes touch is
    computed again, and the answer is the one a computation from scratch gives."""
    by_id = {article.id: article for article in articles}
    records = {article.id: (_made_of(article), article_day(article, tz)) for article in articles}
    days = _Days({key: day for key, (_, day) in records.items()})
    if previous is None:
        changed_days = set(days.keys)
    else:
        changed_days = set()
        for key in records.keys() | previous.records.keys():
            old, new = previous.records.get(key), records.get(key)
            if old != new:
                changed_days.update(record[1] for record in (old, new) if record is not None)
        if not changed_days:
            return StoryLinks(records, previous.vectors, previous.links)

    # Vectors change within WINDOW_DAYS of a change (their windows' frequencies do);
    # computing them needs the terms of the articles within WINDOW_DAYS of those.
    affected = {key for first, last in _spread(changed_days, WINDOW_DAYS) for key in days.within(first, last)}
    counted = {
        key for first, last in _spread(changed_days, 2 * WINDOW_DAYS) for key in days.within(first, last)
    }
    counts = {key: article_terms(by_id[key]) for key in sorted(counted)}
    # As array operations (numpy, imported only here: a rebuild that changed no terms
    # weighs nothing).
    from digest.content.storyweights import weigh

    vectors = {} if previous is None else {k: v for k, v in previous.vectors.items() if k in records}
    korean = {key: by_id[key].language == "ko" for key in affected}
    vectors.update(weigh(counts, days.day, affected, korean))

    links = (
        {}
        if previous is None
        else {
            pair: score
            for pair, score in previous.links.items()
            if pair[0] not in affected
            and pair[1] not in affected
            and pair[0] in records
            and pair[1] in records
        }
    )
    links.update(_links(affected, vectors, days))
    return StoryLinks(records, vectors, dict(sorted(links.items())))


def _links(affected: set[str], vectors: Mapping[str, Vector], days: _Days) -> dict[tuple[str, str], float]:
    """Links of every pair with an affected article, within WINDOW_DAYS. Candidates are
    the pairs that share a term, found through an inverted index over the window: two
    articles in one language are as similar as the cosine of their vectors; an English
    and a Korean one by the rarity of the numbers and names they share (`CROSS_SCALE`)."""
    found: dict[tuple[str, str], float] = {}
    for first, last in _spread((days.day[key] for key in affected), WINDOW_DAYS):
        # Articles are taken in day order; each meets the earlier ones within the window,
        # found through the postings of its terms, whose older entries are skipped for good.
        # By language (Korean or not): one language's vectors meet those of the same
        # language; bridges meet the other language's.
        same = {False: _Postings(), True: _Postings()}
        across = {False: _Postings(), True: _Postings()}
        for key in days.within(first, last):
            day = days.day[key]
            vector = vectors.get(key, EMPTY)
            dots = same[vector.korean].meet(key, day, vector.terms, vector.weights, _product)
            shared = across[not vector.korean].meet(
                key, day, vector.bridge, vector.bridge_weights, min, add=False
            )
            across[vector.korean].add(key, day, vector.bridge, vector.bridge_weights)
            crossed = ((o, s / CROSS_SCALE) for o, s in shared.items() if shared.count[o] >= CROSS_SHARED)
            for other, dot in (*dots.items(), *crossed):
                if key not in affected and other not in affected:
                    continue
                score = dot - DAY_PENALTY * (day - days.day[other])
                if score >= LINK_MIN:
                    found[(other, key) if other < key else (key, other)] = round(score, 6)
    return found


def _product(weight: float, other: float) -> float:
    return weight * other


class _Met(defaultdict[str, float]):
    """Articles met, with their summed scores, and how many terms each shares."""

    def __init__(self, factory: Callable[[], float]) -> None:
        super().__init__(factory)
        self.count: Counter[str] = Counter()


class _Postings:
    """Term -> the articles that hold it (day, id, weight), in day order, for `_links`."""

    def __init__(self) -> None:
        self.held: dict[int, list[tuple[int, str, float]]] = defaultdict(list)
        self.starts: dict[int, int] = defaultdict(int)

    def add(self, key: str, day: int, terms: array[int], weights: array[float]) -> None:
        for term, weight in zip(terms, weights, strict=True):
            self.held[term].append((day, key, weight))

    def meet(
        self,
        key: str,
        day: int,
        terms: array[int],
        weights: array[float],
        combine: Callable[[float, float], float],
        add: bool = True,
    ) -> _Met:
        """The articles within WINDOW_DAYS before `day` sharing a term with these, each
        with the sum of `combine(weight, its weight)` over the shared terms; then these
        terms are added (unless `add` is false)."""
        met = _Met(float)
        for term, weight in zip(terms, weights, strict=True):
            held = self.held.get(term)
            if held:
                start = self.starts[term]
                while start < len(held) and day - held[start][0] > WINDOW_DAYS:
                    start += 1
                self.starts[term] = start
                for index in range(start, len(held)):
                    _, other, other_weight = held[index]
                    met[other] += combine(weight, other_weight)
                    met.count[other] += 1
            if add:
                self.held[term].append((day, key, weight))
        return met


def clusters(links: StoryLinks) -> list[tuple[str, ...]]:
    """Automatic stories: groups of two or more linked articles, grown from the strongest
    link down (average linkage, bounded by SPAN_DAYS and MAX_STORY); each group's ids
    sorted by day then id, the groups by their first article."""
    day = {key: record[1] for key, record in links.records.items()}
    owner = {key: key for key in day}
    members: dict[str, list[str]] = {key: [key] for key in day}
    span = {key: (day[key], day[key]) for key in day}
    for (a, b), score in sorted(links.links.items(), key=lambda pair: (-pair[1], pair[0])):
        if score < JOIN_LINK:
            break  # weaker links count in averages only
        first, second = owner[a], owner[b]
        if first == second:
            continue
        low = min(span[first][0], span[second][0])
        high = max(span[first][1], span[second][1])
        joined = len(members[first]) + len(members[second])
        if high - low > SPAN_DAYS or joined > MAX_STORY:
            continue
        total = 0.0
        for x in members[first]:
            for y in members[second]:
                total += links.links.get((x, y) if x < y else (y, x), 0.0)
        if total / (len(members[first]) * len(members[second])) < JOIN_AVERAGE:
            continue
        # The smaller cluster joins the larger one (ties: the one named first).
        if (len(members[first]), second) < (len(members[second]), first):
            first, second = second, first
        for key in members[second]:
            owner[key] = first
        members[first].extend(members.pop(second))
        span[first] = (low, high)
    groups = [tuple(sorted(keys, key=lambda k: (day[k], k))) for keys in members.values() if len(keys) > 1]
    return sorted(groups, key=lambda keys: (day[keys[0]], keys[0]))


@dataclass(frozen=True)
class Grouping:
    """Articles grouped into stories: each story's name ('' for an automatic one) and its
    articles' ids (sorted by day, then id)."""

    stories: tuple[tuple[str, tuple[str, ...]], ...]


def assemble(
    automatic: Sequence[tuple[str, ...]],
    choices: Mapping[str, str],
    day: Mapping[str, int],
) -> Grouping:
    """The stories after the editor's choices (`choices`: article id -> a note's `story`,
    a name or 'none'). An article marked 'none' is in no story. Articles naming a story
    are in it, with the unmarked articles of their automatic clusters when the cluster's
    marked articles name that story alone; notes naming one story merge their clusters."""
    named: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}
    unnamed: list[set[str]] = []
    placed: set[str] = set()
    for cluster in automatic:
        names = {_story_key(choices[k]) for k in cluster if k in choices and choices[k].lower() != NONE}
        for key in cluster:
            if key in choices:
                choice = choices[key]
                if choice.lower() != NONE:
                    spelled.setdefault(_story_key(choice), choice)
                    named[_story_key(choice)].add(key)
                placed.add(key)
        rest = {key for key in cluster if key not in choices}
        if len(names) == 1:
            named[next(iter(names))].update(rest)
        elif len(rest) > 1:
            unnamed.append(rest)
        placed.update(rest)
    for key, choice in choices.items():
        if key not in placed and choice.lower() != NONE and key in day:
            spelled.setdefault(_story_key(choice), choice)
            named[_story_key(choice)].add(key)

    def ordered(keys: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(keys, key=lambda k: (day[k], k)))

    stories = [(spelled[name], ordered(keys)) for name, keys in named.items() if keys]
    stories += [("", ordered(keys)) for keys in unnamed]
    return Grouping(tuple(sorted(stories, key=lambda story: (day[story[1][0]], story[1][0], story[0]))))


def _story_key(name: str) -> str:
    """Names that differ in case and spacing name one story."""
    return " ".join(name.casefold().split())


def same_story_pairs(grouping: Grouping) -> set[tuple[str, str]]:
    """Every pair of articles (a < b) in one story: what precision and recall count."""
    pairs = set()
    for _, keys in grouping.stories:
        ordered = sorted(keys)
        for index, first in enumerate(ordered):
            for second in ordered[index + 1 :]:
                pairs.add((first, second))
    return pairs


def find_stories(articles: Sequence[Article], tz: dt.tzinfo) -> StoryLinks:
    """`link_articles` from scratch: what a build without a cache uses."""
    return link_articles(articles, tz)
