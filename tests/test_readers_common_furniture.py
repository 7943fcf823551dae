"""The raw reader on furniture the largest English news sites put around a story, which a
select-all copy keeps: a broadcaster's picture labels ('Image source, ...', 'Image caption,
...'), a caption run into its credit ('...on Monday.Credit...Name for The Paper'), a
writer's name over the newsroom and place ('Harbour News, Kent'), and the logo's link
text after the site's name ('The Harbour Ledger - Back to home'). One test per shape, each
failing without its rule.

Every outlet, name and sentence here is made up; what is real is the shape.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import Reading, inspect_raw_text

LONDON = ZoneInfo("Europe/London")
HEADLINE = "Late frost threatens a third of the valley's apple harvest, growers say"
STORY = [
    "Fruit growers in the valley say a late frost over the weekend could cut this year's apple harvest by a third.",
    "Temperatures fell to minus four degrees early on Monday, damaging blossom that had opened during a warm February.",
    '"We have never seen frost this late after such a mild winter," said grower Tom Hale, whose family has farmed '
    "there for four generations.",
    "The growers' association said it was gathering reports from members and would ask the government for support.",
]


def inspect(*lines: str) -> Reading:
    return inspect_raw_text(Path("story.txt"), "\n".join(lines) + "\n", LONDON, ChromeFilter())


def test_a_broadcasters_picture_labels_are_no_headline_and_no_story() -> None:
    # a headline that shares few of the story's words: the caption, which shares more, was taken for it
    headline = "Farmers warn of losses as late frost hits orchards"
    reading = inspect(
        headline,
        "4 March 2025",
        "Jane Porter",
        "Harbour News, Kent",
        "Image source, Pictura Agency",
        "Image caption, Apple blossom was damaged by frost on Sunday night",
        *STORY,
    )
    assert reading.headline == headline
    assert reading.body == STORY


def test_a_writers_name_over_the_newsroom_and_place_is_the_byline() -> None:
    reading = inspect(HEADLINE, "4 March 2025", "Share", "Jane Porter", "Harbour News, Kent", *STORY)
    assert reading.fields.authors == ("Jane Porter",)


def test_a_caption_run_into_its_credit_is_no_headline() -> None:
    reading = inspect(
        "Farming",
        HEADLINE,
        "Listen to this article · 4:12 min Learn more",
        "Share full article",
        "Blossom on an apple tree in the valley on Monday.Credit...Ana Ruiz for The Harbour Ledger",
        "By Jane Porter",
        "March 4, 2025, 9:41 a.m. ET",
        *STORY,
    )
    assert reading.headline == HEADLINE
    assert reading.body == STORY


def test_the_logo_link_text_after_the_sites_name_leaves_the_outlet() -> None:
    reading = inspect(
        "The Harbour Ledger - Back to home",
        "Support the Harbour Ledger",
        "News",
        "Opinion",
        HEADLINE,
        "Jane Porter",
        "Tue 4 Mar 2025 09.41 GMT",
        *STORY,
    )
    assert reading.fields.outlet == "The Harbour Ledger"
