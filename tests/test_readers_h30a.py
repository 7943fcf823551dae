"""The raw reader on broadcasters' and wires' own pages (issue 20, stop 49): TV and radio
stations, public radio, a business network, a morning show's site. Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import pytest

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext.bylines import parse_byline, signoff
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def _between(page: str, *inserted: str, after: int = 1) -> str:
    """The page with `inserted` lines between the story's paragraphs after STORY[after]."""
    return page.replace(f"{STORY[after]}\n", "\n".join((STORY[after], "", *inserted, "")), 1)


# --- the station's name -----------------------------------------------------------------------


def test_a_stations_brand_with_its_channels_number_over_the_companys_copyright() -> None:
    page = _story(
        "Skip to content",
        "Cedar Valley 7",
        "News",
        "Weather",
        _HEADLINE,
        "By Rosa Tillman",
        "Published: Nov. 13, 2025 at 5:40 PM MST",
        tail=("Cedar Valley 7 Boise", "", "Copyright 2025 Larchmont Media, Inc. All rights reserved."),
    )
    assert inspect(page).fields.outlet == "Cedar Valley 7"


def test_a_news_word_glued_to_the_number_is_the_brand_over_the_networks_company() -> None:
    page = _story(
        "12News",
        "Menu",
        "Search",
        "Watch the latest news and stream for free on 12Now",
        "National",
        "Queensland",
        _HEADLINE,
        "By Rosa Tillman",
        "Published: Nov. 13, 2025 at 5:40 PM AEST",
        "A car window shattered by hail in Rosewood this afternoon. (12News)",
        tail=("Download the 12News app", "", "\u00a9 2025 Twelve Network Pty Ltd"),
    )
    assert inspect(page).fields.outlet == "12News"


def test_a_radios_frequency_is_no_part_of_its_name_nor_a_menus_about_link() -> None:
    page = _story(
        "Live Radio",
        "WKRB 88.3 FM",
        "* News",
        "* About WKRB",
        _HEADLINE,
        "By Colm Farrelly",
        "Published November 13, 2025 at 3:12 PM EST",
        tail=("More from WKRB", "", "(c) 2025 WKRB"),
    )
    assert inspect(page).fields.outlet == "WKRB"


# --- the reporter -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Video report by Albion News East correspondent Tomasz Nowak", "Tomasz Nowak"),
        ("By the Courier's health reporter Jane Roe", "Jane Roe"),
    ],
)
def test_the_newsroom_and_the_writers_role_before_the_name(line: str, name: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == (name,)


def test_a_reporters_sign_off_with_the_place_and_the_channels_number() -> None:
    found = signoff("Reporting from Kahului, I'm Keoni Kahale, KHNL 4 News.")
    assert found is not None
    assert found.authors == ("Keoni Kahale",)
    assert found.outlet == "KHNL 4 News"


def test_a_reporters_sign_off_after_the_last_paragraph_is_not_the_story() -> None:
    page = _story(
        _HEADLINE, "By Keoni Kahale", tail=("Reporting from Kahului, I'm Keoni Kahale, KHNL 4 News.",)
    )
    assert inspect(page).body[-1] == LAST


def test_a_broadcast_intro_from_a_town_and_its_state_beside_the_pages_own_writer() -> None:
    top = (
        "sunrisemorning.example",
        _HEADLINE,
        "Jenna Hall",
        "5\u20136 minutes",
        "Nov. 13, 2025, 9:12 AM EST",
    )
    page = _between(_story(*top), "Sunrise Morning's Devon Marsh reports from Rocky Mount, North Carolina.")
    reading = inspect(page)
    assert reading.fields.authors == ("Jenna Hall", "Devon Marsh")
    assert "Devon Marsh reports" not in "\n".join(reading.body)


# --- the player, the show, the station's notes ------------------------------------------------


def test_a_players_label_and_length_leave_the_lede_to_the_story() -> None:
    lede = (
        "Part of the town's sea wall will be rebuilt at a cost of 14 million pounds after storms left a gap."
    )
    # (a copy with no blank lines: the player's lines run into the story's)
    page = "\n".join(
        (
            "Norwich",
            _HEADLINE,
            "Thursday 13 November 2025, 6:14pm",
            "Share",
            "Video report by Albion News East correspondent Tomasz Nowak",
            "Play video",
            "2:37",
            lede,
            *STORY,
            LAST,
        )
    )
    reading = inspect(page)
    assert reading.body[0] == lede
    assert reading.fields.authors == ("Tomasz Nowak",)


def test_a_videos_description_ending_with_the_shows_name_in_quotes() -> None:
    about = "A retail analyst discusses holiday spending trends on 'The Closing Bell Report.'"
    page = _story(_HEADLINE, "By Caroline Mercer", "video", "Analyst: Shoppers are trading down", about)
    reading = inspect(page)
    assert reading.body[0] == STORY[0]
    assert about not in reading.body


def test_a_segments_note_on_when_it_aired_is_not_the_lede() -> None:
    reading = inspect(_story(_HEADLINE, "By Colm Farrelly", "This segment aired on November 13, 2025."))
    assert reading.body[0] == STORY[0]


def test_a_stations_appeal_under_its_label_between_paragraphs() -> None:
    appeal = "Support WKRB: Your gift keeps independent local reporting on the air."
    body = inspect(_between(_story(_HEADLINE, "By Colm Farrelly"), appeal)).body
    assert appeal not in body
    assert STORY[2] in body


def test_an_emergency_services_box_after_the_story() -> None:
    box = "If you need emergency help with storm damage, call the SES on 132 500. In a life-threatening emergency, call 000."
    assert inspect(_story(_HEADLINE, "By Rosa Tillman", tail=(box,))).body[-1] == LAST


def test_the_captcha_notice_of_a_sign_up_form() -> None:
    notice = "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
    assert ChromeFilter().is_chrome(notice)


# --- pictures ---------------------------------------------------------------------------------


def test_a_caption_that_says_the_picture_is_in_this_file_photo() -> None:
    caption = "The ferry is seen docked in Yarmouth, N.S., in this undated file photo."
    body = inspect(_between(_story(_HEADLINE, "By Rosa Tillman"), caption)).body
    assert caption not in body


def test_a_caption_over_a_credit_lent_by_a_person_above_the_first_paragraph() -> None:
    headline = "A school bus driver noticed a boy skipping breakfast. Now her route feeds 40 kids a day"
    caption = (
        "Bus driver Wanda Pike hands out breakfast bags at the first stop of her route in Rocky Mount, "
        "North Carolina."
    )
    lede = (
        "Wanda Pike has driven the same school bus route in Rocky Mount, North Carolina, for 19 years, "
        "and she knows which children are quiet because they are shy."
    )
    # (a reader view's copy: no blank lines)
    page = "\n".join(
        (
            "sunrisemorning.example",
            headline,
            "Jenna Hall",
            "5\u20136 minutes",
            "Nov. 13, 2025, 9:12 AM EST / Updated Nov. 13, 2025, 11:40 AM EST",
            caption,
            "Courtesy Wanda Pike",
            "Watch: Bus driver starts breakfast program on her route",
            "Sunrise Morning's Devon Marsh reports from Rocky Mount, North Carolina.",
            lede,
            *STORY,
            LAST,
        )
    )
    assert inspect(page).body[0] == lede


# --- a markets page ---------------------------------------------------------------------------


def test_a_summary_box_of_points_without_full_stops_over_the_byline() -> None:
    page = _story(
        "Indus Daily",
        _HEADLINE,
        "Listen to Story",
        "In Short",
        "The contract covers the farm's output for twenty years",
        "Consumer groups opposed the change at every hearing",
        "The developer expects to sign a turbine deal this year",
        "Reported By: Ananya Rao",
        "Published On: Nov 13, 2025 16:02 IST",
    )
    reading = inspect(page)
    assert reading.headline == _HEADLINE
    assert reading.body[0] == STORY[0]


def test_a_market_pages_notes_a_wires_credit_and_a_quote_tables_company() -> None:
    notes = (
        "Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Quantex. "
        "Legal Statement. Mutual Fund and ETF data provided by Prism Data."
    )
    page = _between(
        _story(_HEADLINE, "By Caroline Mercer", tail=("Lodestar contributed to this report.", "", notes)),
        "Ticker",
        "Security",
        "HRBR",
        "HARBORLINE STORES INC.",
        "41.12",
    )
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert "HARBORLINE STORES INC." not in reading.body
    assert reading.fields.authors == ("Caroline Mercer",)


def test_a_wire_that_contributed_names_no_writer() -> None:
    byline = parse_byline("Lodestar contributed to this report.")
    assert byline is not None and byline.authors == ()
