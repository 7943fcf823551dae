"""Story clusters (`digest.content.stories`, `digest.content.storytext`): the labelled set's
precision and recall, the terms a text gives, incremental links equal to cold ones, and
the editor's `story:` choices."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench.stories import found_pairs, labelled_pairs, load_set, score
from digest.content.model import Article
from digest.content.stories import assemble, clusters, link_articles
from digest.content.storytext import numbers, term_counts
from tests.conftest import ROOT, SAMPLE_TODAY, Project

TZ = ZoneInfo("Asia/Seoul")


def article(
    key: str, day: int, headline: str, text: str, outlet: str = "Wire", language: str = ""
) -> Article:
    return Article(
        id=key,
        path=Path(f"{key}.md"),
        headline=headline,
        date=dt.date(2025, 11, day),
        published=None,
        updated=None,
        authors=(),
        outlet=outlet,
        body_html="",
        text=text,
        language=language,
    )


def test_labelled_set_is_clustered_with_precision_and_recall_of_090() -> None:
    labelled = load_set()
    stories = [s for s in set(labelled.stories.values()) if list(labelled.stories.values()).count(s) > 1]
    assert len(labelled.articles) >= 300 and len(stories) >= 40
    result = score(found_pairs(labelled.articles), labelled_pairs(labelled))
    assert result.precision >= 0.90, result
    assert result.recall >= 0.90, result


def test_bench_script_prints_precision_and_recall() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "stories.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split() for line in done.stdout.splitlines()[2:]}
    assert float(rows["all"][1]) >= 0.90 and float(rows["all"][2]) >= 0.90, done.stdout


def test_numbers_have_one_spelling_in_both_languages() -> None:
    assert "#1.2e12" in numbers("1.2 trillion won") and "#1.2e12" in numbers("1조2000억원을")
    assert "#3.2%" in numbers("3.2 percent") and "#3.2%" in numbers("3.2% 늘었다")
    assert numbers("19일 오전") == ["#d19"]


def test_a_day_followed_by_a_comma_is_a_day() -> None:
    # 'Dec. 1,' once read as the number '1,' and stopped the clustering with a ValueError.
    assert "#d1" in numbers("On Dec. 1, the board met")
    assert "#1200" in numbers("It has 1,200, not more")


def test_korean_particles_do_not_change_the_terms() -> None:
    with_ga = term_counts("", "한결테크가 공장을 짓는다")
    with_neun = term_counts("", "한결테크는 공장을 짓는다")
    assert "한결테크" in with_ga and "한결테크" in with_neun
    assert "~hangyeol" in with_ga  # what an English report of it spells


def test_one_shared_number_does_not_join_an_english_and_a_korean_report() -> None:
    # Poetry sales up 40 percent, and the pension fund's foreign stocks at 40%: a day apart,
    # nothing else in common.
    labelled = load_set()
    assert labelled.stories["cul-solo-11"] != labelled.stories["pol-solo-21"]
    pairs = found_pairs(labelled.articles)
    assert ("cul-solo-11", "pol-solo-21") not in pairs
    assert ("cul-solo-11", "pol-solo-09") not in pairs


def test_incremental_links_equal_cold_ones() -> None:
    articles = list(load_set().articles)
    before = link_articles(articles, TZ)
    edited = dataclasses.replace(articles[5], text=articles[5].text + " Hanbit Semiconductor said so.")
    after = [*articles[:5], edited, *articles[6:-1]]  # one edited, the last one deleted
    incremental = link_articles(after, TZ, before)
    cold = link_articles(after, TZ)
    assert incremental == cold
    assert incremental.links != before.links


def test_clusters_are_the_same_whatever_the_order_of_the_articles() -> None:
    articles = list(load_set().articles)
    assert clusters(link_articles(articles, TZ)) == clusters(link_articles(articles[::-1], TZ))


def test_a_note_joins_a_story_by_name_and_leaves_it_with_none() -> None:
    day = {"a": 1, "b": 1, "c": 2, "d": 9, "e": 2}
    automatic = [("a", "b", "c")]
    joined = assemble(automatic, {"d": "Port strike", "a": "port  STRIKE"}, day)
    assert joined.stories == (("port  STRIKE", ("a", "b", "c", "d")),)
    left = assemble(automatic, {"b": "none"}, day)
    assert left.stories == (("", ("a", "c")),)
    alone = assemble(automatic, {"a": "none", "b": "None"}, day)
    assert alone.stories == ()


def test_an_item_changed_by_but_equals_one_made_by_dataclasses_replace(project: Project) -> None:
    from digest.build import load_site
    from digest.content.model import Coverage, Related, StoryRef

    (item,) = load_site(project.config(), SAMPLE_TODAY, cache=False).items
    story = StoryRef(slug="night-buses", title="Night buses", outlets=2, page=False)
    coverage = (Coverage("other", "Harbour News", "Buses", "https://harbour.example/buses", noted=False),)
    related = (Related("other", "Buses", "Harbour News", item.edition, "en"),)
    changes = {"story": story, "coverage": coverage, "related": related}
    made = item.but(**changes)
    assert made == dataclasses.replace(item, **changes)  # type: ignore[arg-type]
    assert made.__dict__ == dataclasses.replace(item, **changes).__dict__  # type: ignore[arg-type]
    assert item.related == () and item.story is None  # the item itself is left as it was
    # Only what `__init__` would have set: no `__post_init__` to skip, nothing else kept.
    assert not hasattr(type(item), "__post_init__")
    assert set(item.__dict__) == {field.name for field in dataclasses.fields(item)}
    with pytest.raises(TypeError, match="no field 'relate'"):
        item.but(relate=related)
