"""The raw reader on furniture the largest English news sites put around a story, which a
select-all copy keeps: a broadcaster's picture labels ('Image source, ...', 'Image caption,
...'), a caption run into its credit ('...on Monday.Credit...Name for The Paper'), a
writer's name over the newsroom and place ('Harbour News, Kent') or over where she files
from ('in Seoul'), the logo's link text after the site's name ('The Harbour Ledger - Back
to home'), the paper a writer's biography names (over a motto alone at the top), an
outlet's possessive before a contributor's name or its name after the writer's, a 'Link
Copied!' toast, a deck under the headline (no board's description), a source line's 'and
news agencies', a bar of desk, host and stamp parted by slashes, a video player's title
and description above the story, and a writer's name over the masthead printed again
('USA TODAY' under the name). One test per shape, each failing without its rule.

Every outlet, name and sentence here is made up; what is real is the shape.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

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


def test_the_paper_a_biography_names_is_the_outlet_over_a_motto_at_the_top() -> None:
    reading = inspect(
        "Light Through Every Window",  # the paper's motto, alone at the top
        HEADLINE,
        "By Jane Porter",
        "March 4, 2025 at 9:41 a.m. EST",
        *STORY,
        "Jane Porter is a London-based correspondent for The Harbour Post.",
    )
    assert reading.fields.outlet == "The Harbour Post"
    assert reading.body == STORY


def test_a_contributors_outlet_before_the_name_is_no_part_of_it() -> None:
    reading = inspect(
        "Harbour News",
        HEADLINE,
        "By Jane Porter, Harbour News",
        "Updated 10:14 AM EST, Tue March 4, 2025",
        "Link Copied!",
        *STORY,
        "Harbour News' Ana Ruiz contributed to this report.",
    )
    assert reading.fields.authors == ("Jane Porter", "Ana Ruiz")
    assert reading.body == STORY


def test_an_archive_pictures_bracketed_credit_and_a_source_with_agencies() -> None:
    reading = inspect(
        HEADLINE,
        "Growers say blossom was badly damaged after temperatures fell below freezing.",
        "Listen to this article",
        "Apple blossom damaged by frost in the valley on March 3, 2025 [File: Ana Ruiz/Harbour Wire]",
        "By Jane Porter",
        "Published On 4 Mar 2025",
        *STORY[:2],
        "Growers inspect frost-damaged blossom in the valley on March 3, 2025 [File: Ana Ruiz/Harbour Wire]",
        *STORY[2:],
        "Source: Harbour Network and news agencies",
    )
    assert reading.headline == HEADLINE
    assert reading.body == STORY
    assert reading.fields.outlet == "Harbour Network"


def test_a_writers_name_over_where_she_files_from_is_the_byline() -> None:
    reading = inspect(
        "The Harbour Post", HEADLINE, "Jane Porter", "in Seoul", "Published: 9:41am, 4 Mar 2025", *STORY
    )
    assert reading.fields.authors == ("Jane Porter",)
    assert reading.body == STORY


def test_a_bar_of_desk_host_and_stamp_parted_by_slashes_gives_the_time() -> None:
    reading = inspect(
        HEADLINE, "Harbour News Desk / HARBOURTIMES.EXAMPLE / Updated: Mar 4, 2025, 09:41 GMT", *STORY
    )
    assert reading.fields.updated is not None
    assert reading.fields.updated.isoformat() == "2025-03-04T09:41:00+00:00"


def test_the_outlet_set_after_the_writers_name_without_a_comma_is_no_part_of_it() -> None:
    reading = inspect(
        "Harbour News", HEADLINE, "By Jane Porter Harbour News", "March 4, 2025 9:41am EST", *STORY
    )
    assert reading.fields.authors == ("Jane Porter",)


def test_a_video_players_title_and_description_above_the_story_are_not_its_lede() -> None:
    reading = inspect(
        HEADLINE,
        "By Jane Porter",
        "March 4, 2025 9:41am EST",
        "Video",
        "Growers count the frost damage",
        "Ana Ruiz reports on the damage from the valley.",
        *STORY,
    )
    assert reading.body == STORY


def test_a_search_engines_preferred_source_prompt_is_no_paragraph() -> None:
    reading = inspect(
        HEADLINE,
        "Jane Porter",
        "Add The Harbour Post as a preferred source on Google.",
        *STORY,
        "Harbour Post",
    )
    assert reading.body == STORY


def test_a_writers_name_over_the_masthead_printed_again_is_the_byline_not_the_masthead() -> None:
    reading = inspect(
        "HARBOUR DAILY",
        "NEWS",
        HEADLINE,
        "Jane Porter",
        "HARBOUR DAILY",
        "Published 9:41 a.m. ET March 4, 2025",
        *STORY,
    )
    assert reading.fields.authors == ("Jane Porter",)


# -- a caption over its photographer's credit, above the lede (from h19a, read) -----------


@pytest.mark.parametrize(
    "credit",
    [
        "Hollis Grant for the Valley Courier",  # 'for the' and the site's own name
        "Hollis Grant The Valley Courier",  # the name and the site's, no mark between
        "Hollis Grant",  # the photographer alone
    ],
)
def test_a_caption_over_its_photographers_credit_is_not_the_lede(credit: str) -> None:
    caption = "Blossom damaged by the frost on an orchard near Eastby on Monday."
    reading = inspect(
        "The Valley Courier Logo",
        HEADLINE,
        "By Jane Porter",
        "4 March 2025, 18:05 GMT",
        caption,
        credit,
        *STORY,
        "© 2025 The Valley Courier",
    )
    assert reading.body == STORY
    assert reading.fields.authors == ("Jane Porter",)
    assert reading.fields.outlet == "The Valley Courier"  # a logo's alt text, 'Logo' off


# -- what closes a story on the largest English sites (from h19a, read) ------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Appeared in the March 5, 2025, print edition as 'Frost Threatens Apple Harvest'.",
        "A version of this article appears in print on March 5, 2025, Section B, Page 3 of the Valley edition.",
        "Updated at 8:05 p.m.",
        "Track Latest News Live on Valley TV and get news updates from the region and around the world.",
        "Before it's here, it's on the Valley Terminal.",
    ],
)
def test_a_note_or_a_promo_after_the_story_is_not_its_last_sentence(tail: str) -> None:
    reading = inspect(
        HEADLINE, "By Jane Porter", "4 March 2025, 18:05 GMT", *STORY, tail, "© 2025 Valley Courier"
    )
    assert reading.body == STORY


def test_a_business_wires_assistance_credit_names_a_writer() -> None:
    reading = inspect(
        HEADLINE, "By Jane Porter", "4 March 2025, 18:05 GMT", *STORY, "\u2014 With assistance from Tom Hale"
    )
    assert reading.fields.authors == ("Jane Porter", "Tom Hale")
    assert reading.body == STORY


def test_an_update_time_under_a_date_alone_is_the_update_of_that_day() -> None:
    # a large U.S. daily: 'By A' / 'Reporting from X' / the date / 'Updated 9:14 a.m. ET'
    reading = inspect(
        HEADLINE, "By Jane Porter", "Reporting from Eastby", "March 4, 2025", "Updated 9:14 a.m. ET", *STORY
    )
    assert reading.fields.published is None  # a date alone is no instant
    assert reading.fields.updated is not None
    assert reading.fields.updated.isoformat() == "2025-03-04T09:14:00-05:00"
    assert reading.body == STORY


def test_a_pages_title_names_the_outlet_after_its_bar_when_no_line_does() -> None:
    reading = inspect(f"{HEADLINE} | The Valley Courier", "Jane Porter", "4 March 2025, 18:05 GMT", *STORY)
    assert reading.headline == HEADLINE
    assert reading.fields.outlet == "The Valley Courier"
    # a headline with a bar of its own ('... | Analysis') keeps it: no publication's name
    reading = inspect(f"{HEADLINE} | Analysis", "Jane Porter", "4 March 2025, 18:05 GMT", *STORY)
    assert reading.headline == f"{HEADLINE} | Analysis"


def test_a_copys_read_more_at_line_names_the_site() -> None:
    # what a site appends to text copied from it: its name and the address
    tail = "Read more at The Valley Courier: https://www.valleycourier.example/frost-apples-2025"
    reading = inspect(HEADLINE, "Jane Porter", "4 March 2025, 18:05 GMT", *STORY, tail)
    assert reading.fields.outlet == "The Valley Courier"
    assert reading.body == STORY


def test_a_headline_naming_teams_of_two_words_is_no_run_of_sub_heads() -> None:
    # 'Peaks' and 'Wardens' are capitalized after lowercase words, as glued sub-heads are;
    # the story names them ('the Colorado Peaks'), so they are names
    headline = "Vasko's late goal lifts Peaks past Wardens, ends 0-for-11 skid"
    story = [
        "Nikolai Vasko scored twice in the third period as the Colorado Peaks beat the Cascade Wardens 4-3 on Tuesday.",
        "The winner came on a power play after the Wardens were called for holding, ending a long scoring drought.",
        "Goaltender Pavel Hruska made 31 saves for the Peaks, who had lost three straight games at home.",
    ]
    reading = inspect(headline, "By Dana Whitlock", "Oct 14, 2025, 11:42 PM ET", *story)
    assert reading.headline == headline


def test_a_sign_up_box_between_the_byline_and_the_story_is_not_the_story() -> None:
    box = (
        "Our free email newsletter brings you the biggest stories of the day - sign up now",
        "Enter your email",
        "Sign up",
        "We use your sign-up to send you the content you asked for and to show you ads based on our "
        "understanding of you. Privacy notice.",
        "Thank you for subscribing!",
        "Something went wrong, please try again later.",
    )
    reading = inspect(HEADLINE, "By Jane Porter", "Published 14:05 GMT, 4 Mar 2025", *box, *STORY)
    assert reading.headline == HEADLINE
    assert reading.body == STORY


def test_a_nonprofits_appeal_between_the_paragraphs_is_not_the_story() -> None:
    appeal = (
        "The Valley Courier is a nonprofit newsroom. Our reporting is free to read because readers "
        "like you chip in. Donate today."
    )
    reading = inspect(HEADLINE, "By Jane Porter", "4 March 2025, 18:05 GMT", *STORY[:2], appeal, *STORY[2:])
    assert reading.body == STORY
    # a story's own sentence about giving is the story's
    said = "Officials urged residents who could spare blood to donate today."
    reading = inspect(HEADLINE, "By Jane Porter", "4 March 2025, 18:05 GMT", *STORY, said)
    assert reading.body[-1] == said
