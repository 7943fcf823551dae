"""digest.similarity: the same story saved twice is found, different stories are not."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from digest.model import Article
from digest.similarity import fingerprint, near_duplicates, normalize

STORY = (
    "The city council approved three new night bus routes on Wednesday, linking Gangnam "
    "with Hongdae and Jamsil. Officials said the routes would start running in January "
    "and that buses would leave every 20 minutes between midnight and 4 a.m. The council "
    "expects about 9,000 riders a night once all three routes are running."
)
KOREAN = (
    "서울시의회는 수요일 강남과 홍대, 잠실을 잇는 심야버스 노선 세 개를 새로 승인했다. "
    "시 관계자는 노선이 1월부터 운행을 시작하며 자정부터 새벽 4시까지 20분 간격으로 "
    "버스가 출발한다고 밝혔다."
)


def article(article_id: str, text: str) -> Article:
    return Article(
        id=article_id,
        path=Path(f"content/articles/{article_id}.txt"),
        headline=article_id,
        date=dt.date(2025, 11, 19),
        published=None,
        updated=None,
        authors=(),
        outlet="",
        body_html="",
        text=text,
    )


def unrelated(seed: int) -> str:
    """Random prose-like text: words of a 3,000-word made-up vocabulary."""
    rng = random.Random(seed)
    return " ".join(VOCABULARY[rng.randrange(len(VOCABULARY))] for _ in range(120))


_letters = random.Random(0)
VOCABULARY = [
    "".join(_letters.choice("abcdefghijklmnoprstuw") for _ in range(_letters.randrange(2, 9)))
    for _ in range(3000)
]


def test_identical_text_is_a_duplicate_even_with_other_spacing_and_case() -> None:
    found = near_duplicates([article("a", STORY), article("b", STORY.upper().replace(" ", "  "))])
    assert [(d.first.id, d.second.id, d.identical) for d in found] == [("a", "b", True)]


def test_near_identical_text_is_a_duplicate() -> None:
    edited = STORY.replace("Wednesday", "Tuesday") + " Fares stay the same."
    found = near_duplicates([article("x-copy", edited), article("x", STORY)])
    assert len(found) == 1
    assert (found[0].first.id, found[0].second.id) == ("x", "x-copy")
    assert 0.8 <= found[0].similarity < 1.0
    assert not found[0].identical


def test_korean_near_duplicate() -> None:
    edited = KOREAN.replace("수요일", "화요일")
    found = near_duplicates([article("ko-1", KOREAN), article("ko-2", edited)])
    assert [(d.first.id, d.second.id) for d in found] == [("ko-1", "ko-2")]


def test_different_stories_are_not_duplicates() -> None:
    texts = [STORY, KOREAN, *(unrelated(seed) for seed in range(30))]
    assert near_duplicates([article(f"a{n}", t) for n, t in enumerate(texts)]) == []


def test_same_topic_different_story_is_not_a_duplicate() -> None:
    other = (
        "The city council rejected a plan for new night bus routes on Wednesday, saying "
        "Gangnam already has enough service. Officials will study demand again next year."
    )
    assert near_duplicates([article("a", STORY), article("b", other)]) == []


def test_threshold_is_adjustable_and_result_is_deterministic() -> None:
    half = STORY[: len(STORY) // 2]
    items = [article("a", STORY), article("b", half)]
    assert near_duplicates(items) == []
    loose = near_duplicates(items, threshold=0.3)
    assert len(loose) == 1
    assert near_duplicates(list(reversed(items)), threshold=0.3) == loose


def test_empty_and_tiny_texts() -> None:
    assert fingerprint("") == frozenset()
    assert normalize("A, b!  C") == "abc"
    found = near_duplicates([article("a", "Hi!"), article("b", "hi"), article("c", "")])
    assert [(d.first.id, d.second.id) for d in found] == [("a", "b")]


def test_many_articles_with_one_duplicate() -> None:
    items = [article(f"s{n:04d}", unrelated(n)) for n in range(1500)]
    items.append(article("s-dup", unrelated(700) + " extra words at the end"))
    found = near_duplicates(items)
    assert [(d.first.id, d.second.id) for d in found] == [("s-dup", "s0700")]
