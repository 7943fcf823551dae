"""A headline is about the story (issue 20, the fourth batch): `rawtext/relevance.py`
measures how much a line shares the words of the story's opening, and `zones._headline`
takes the first headline-like line that is about the story. Every text is made up; the
corpus files `ticker-en-01` to `clip-ko-04` carry the same shapes in whole files."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import inspect_raw_text, read_raw_text
from digest.content.readers.rawtext.relevance import Opening, terms

SEOUL = ZoneInfo("Asia/Seoul")
NO_WORDS = "a line before the story that shares no words with it (not the headline)"

LEDE = (
    "The Pune Municipal Corporation will supply water at night to three wards from next week, "
    "testing whether overnight pumping can ease the shortages residents face every summer."
)
SECOND = (
    "Officials said the trial would cover about 40,000 households in Kothrud, Warje and Karve Nagar, "
    "and that tankers would stand by if pressure dropped."
)
HEADLINE = "Pune civic body to test night water supply"
KO_LEDE = "부산시는 다음 달부터 심야버스 노선을 4개 늘려 새벽 시간대 도심과 공단을 잇는다고 3일 밝혔다."
KO_SECOND = (
    "시는 야간 근무자가 많은 녹산·신평 공단 노동자들의 출퇴근 불편을 덜기 위해 노선을 새로 짰다고 설명했다."
)
KO_HEADLINE = "부산 심야버스 4개 노선 늘린다…공단 출퇴근 숨통"


def read(text: str):
    return read_raw_text(Path("story.txt"), text, SEOUL, ChromeFilter())


def rules(text: str) -> dict[str, str]:
    return {
        line.text: line.rule for line in inspect_raw_text(Path("s.txt"), text, SEOUL, ChromeFilter()).lines
    }


# --- the measure ---------------------------------------------------------------------------


def test_terms_are_content_words_lightly_stemmed_with_numbers_and_korean_bigrams() -> None:
    assert terms("The supplies of Korea's ports are holding") == {"supply", "korea", "port", "hold"}
    assert "40" in terms("about 40,000 households") and "000" in terms("about 40,000 households")
    assert terms("3 new") == frozenset()  # a single digit and a stop word say nothing
    assert {"심야", "야버", "버스", "심야버스"} <= terms("심야버스를")  # the word's stem and its bigrams


def test_a_headline_in_another_register_is_about_the_story() -> None:
    story = Opening([LEDE, SECOND])
    found = story.relevance(HEADLINE)
    assert found.about and found.shared >= 3  # pune, supply (supplies), water, night
    assert story.relevance(KO_HEADLINE).shared == 0  # another language, another story
    korean = Opening([KO_LEDE, KO_SECOND]).relevance(KO_HEADLINE)
    assert korean.about and korean.share >= 0.5  # a telegraphic Korean headline meets the lede by bigrams


@pytest.mark.parametrize(
    "chrome",
    [
        "Trending: Metro Line 3 | Board exams | IPL auction",
        "DES MOINES, IA 41° Partly Cloudy",
        "Clipped from: https://www.pune-courier.example/city/pune-night-water-supply-trial",
        "From: The Ledger Line <desk@ledgerline.example>",
        "Courier Premium: first month for $0.99",
    ],
)
def test_furniture_shares_no_words_with_the_story(chrome: str) -> None:
    assert Opening([LEDE, SECOND]).relevance(chrome).shared == 0


def test_a_short_opening_cannot_judge() -> None:
    assert not Opening(["Water cuts today."]).judgeable
    assert Opening([LEDE]).judgeable


# --- the headline ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    [
        "Bengaluru FC 2-1 Kerala Blasters",
        "DES MOINES, IA 41° Partly Cloudy",
        "From: The Ledger Line <desk@ledgerline.example>",
        "Courier Premium: first month for $0.99",
        "Together we build a cleaner tomorrow",
    ],
)
def test_a_line_above_the_headline_that_shares_no_words_with_the_story_is_not_the_headline(
    chrome: str,
) -> None:
    text = f"{chrome}\n{HEADLINE}\nBy Asha Kulkarni\n{LEDE}\n{SECOND}\n"
    assert read(text).headline == HEADLINE
    # A forwarded letter's header is recognised before relevance is asked (its sender names
    # the outlet); every other line here is set aside by relevance alone.
    expected = "a mail's sender" if chrome.startswith("From:") else NO_WORDS
    assert rules(text)[chrome] == expected


def test_a_korean_player_label_above_the_headline_is_not_the_headline() -> None:
    text = f"재생 시간 01:58\n{KO_HEADLINE}\n{KO_LEDE}\n{KO_SECOND}\n"
    assert read(text).headline == KO_HEADLINE


def test_no_line_about_the_story_means_no_headline() -> None:
    text = f"Together we build a cleaner tomorrow\n{LEDE}\n{SECOND}\n"
    assert read(text).headline == ""


def test_a_line_sharing_a_word_gives_way_to_the_first_line_about_the_story() -> None:
    bar = "Trending now: Pune Metro Line 3 and board exams"
    text = f"{bar}\n{HEADLINE}\n{LEDE}\n{SECOND}\n"
    assert read(text).headline == HEADLINE
    assert "shares few words" in rules(text)[bar]


def test_the_first_line_about_the_story_wins_over_its_deck() -> None:
    deck = "Overnight pumping to three Pune wards will test whether the city can ease summer water shortages"
    assert read(f"{HEADLINE}\n{deck}\nBy Asha Kulkarni\n{LEDE}\n{SECOND}\n").headline == HEADLINE


def test_a_feature_headline_sharing_one_word_stays_when_no_line_is_about_the_story() -> None:
    headline = "The night shift at the pumping station"
    assert read(f"{headline}\nBy Asha Kulkarni\n{LEDE}\n{SECOND}\n").headline == headline


def test_a_story_too_short_to_judge_keeps_the_first_headline_like_line() -> None:
    headline = "Harbour bridge reopens"
    assert read(f"{headline}\nTraffic is moving again on the bridge.\n").headline == headline


def test_the_headline_is_looked_for_above_where_the_story_really_starts() -> None:
    text = (
        "Watch the full report in the video player above.\n"
        f"{HEADLINE}\n"
        "Asha Kulkarni, Reporter\n"
        "Posted at 5:12 PM IST, Mar 21, 2025\n"
        f"{LEDE}\n{SECOND}\n"
    )
    assert read(text).headline == HEADLINE


def test_the_datelines_place_is_no_evidence() -> None:
    widget = "DES MOINES, IA 41° Partly Cloudy"
    headline = "School board votes to close two elementary buildings"
    lede = (
        "DES MOINES, Iowa — The Des Moines school board voted 5-2 on Tuesday to close two elementary "
        "schools at the end of the year, as enrollment in the district keeps falling."
    )
    second = (
        "The district has lost about 2,600 students since 2019, and both buildings are less than half full."
    )
    text = f"{widget}\n{headline}\nBy Megan Lindqvist\n{lede}\n{second}\n"
    assert read(text).headline == headline
    assert rules(text)[widget] == NO_WORDS


def test_a_line_naming_the_site_gives_way_to_the_headline() -> None:
    masthead = "Pune Courier — Water, roads and wards of the city"
    text = f"{masthead}\n{HEADLINE}\nBy Asha Kulkarni\n{LEDE}\n{SECOND}\n© 2025 Pune Courier. All rights reserved.\n"
    assert read(text).headline == HEADLINE
