"""The raw reader on the shapes the h22a batch showed (issue 20, stop 44): the bylines,
credits, decks and boxes of the most-read English sites' layouts. Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import pytest

from tests.test_readers_h21 import BODY, HEADLINE, LAST, STORY, _body, _page
from tests.test_readers_unseen import inspect


def test_a_bare_contributed_and_a_staff_writers_city_are_credits() -> None:
    for credit, name in (
        ("Lucia Park contributed.", "Lucia Park"),
        ("Times staff writer Ian Delacroix in Sacramento contributed to this report.", "Ian Delacroix"),
    ):
        reading = inspect(_page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n{credit}"))
        assert reading.fields.authors == ("Jane Roe", name)
        assert _body(_page("By Jane Roe", body=f"{BODY}\n\n{credit}"))[-1] == LAST


def test_a_byline_with_a_space_before_its_comma_and_the_outlet_glued_on() -> None:
    reading = inspect(_page("By Megan Hartwell , Colby Reyes Frontier News", "March 4, 2025"))
    assert reading.fields.authors == ("Megan Hartwell", "Colby Reyes")


def test_by_and_a_dash_over_each_writers_name() -> None:
    reading = inspect(
        _page("By \u2014", "Lydia Marsh", "By \u2014", "Rafael Dominguez", "Leave your feedback")
    )
    assert reading.fields.authors == ("Lydia Marsh", "Rafael Dominguez")


def test_names_over_a_reader_views_reading_time_over_the_stamp() -> None:
    text = "\n".join(
        (
            "hourglass.example",
            HEADLINE,
            "Jordan Whitfield, Maya Lindgren",
            "5\u20136 minutes",
            "Updated: Oct 14, 2025 9:12 AM EDT | Originally published: Oct 14, 2025 7:00 AM EDT",
            "",
            BODY,
        )
    )
    assert inspect(text + "\n").fields.authors == ("Jordan Whitfield", "Maya Lindgren")


def test_writers_parted_by_bars_with_the_wires_they_drew_on() -> None:
    reading = inspect(_page("Jana Vollmer | Tobias Reu\u00df with Atlas Press, Interwire", "10/14/2025"))
    assert reading.fields.authors == ("Jana Vollmer", "Tobias Reu\u00df")


def test_a_donation_appeal_and_a_tip_boxs_advice_after_the_story_are_the_pages() -> None:
    appeal = "A free press is a cornerstone of a healthy democracy.\nSupport trusted journalism.\nDonate now"
    tip = (
        "Have a tip? Contact this reporter via email at jroe@lantern.example or Signal at jroe.07. "
        "Use a personal email address, a nonwork WiFi network, and a nonwork device."
    )
    for after in (appeal, tip):
        assert _body(_page("By Jane Roe", body=f"{BODY}\n\n{after}"))[-1] == LAST


@pytest.mark.parametrize("credit", ["(Gabriel Ocampo / Los Robles Times)", "(Gabriel Ocampo for The Times)"])
def test_a_long_deck_over_a_caption_the_byline_and_the_stamp_is_no_lede(credit: str) -> None:
    deck = (
        "A state board will begin charging growers in the subbasin for every acre-foot they pump, "
        "a first under the groundwater law, after local agencies failed to fix their plan."
    )
    text = "\n".join(
        (
            "Los Robles Times",
            "Climate & Environment",
            HEADLINE,
            deck,
            "A dry irrigation canal runs past almond orchards near Corcoran, Calif., on Oct. 8.",
            credit,
            "By Hannah Seto",
            "Staff Writer",
            "Oct. 14, 2025 5 AM PT",
            "Share via",
            "Copy Link URL",
            "Copied!",
            "Listen to this article",
            "6 min",
            "This is read by an automated voice. Please report any issues or inconsistencies here.",
            f"FRESNO \u2014 {STORY[0]}",
            *STORY[1:],
            LAST,
        )
    )
    reading = inspect(text + "\n")
    assert reading.fields.dateline == "FRESNO"
    assert [line.text for line in reading.lines if line.verdict == "body"] == [*STORY, LAST]


# --- h22c-01..08 ---------------------------------------------------------------------------


def test_an_update_added_at_the_end_under_its_label_is_the_storys_and_dates_the_update() -> None:
    added = "The developer told The Rivet its board had approved the amended power contract on Monday. \u00ae"
    body = "\n".join(
        [*STORY, LAST, "Updated at 11:20 UTC on November 11 to add:", added]
    )  # a copy without blank lines
    page = _page(
        "By Jane Roe", "Mon 10 Nov 2025 // 08:41 UTC", body=body, footer=("Get our Tech Resources", "Share")
    )
    reading = inspect(page)
    assert _body(page)[-1] == added[:-2]  # the site's end mark off
    assert reading.fields.updated is not None
    assert (reading.fields.updated.month, reading.fields.updated.day, reading.fields.updated.hour) == (
        11,
        11,
        11,
    )


def test_a_brand_that_is_part_of_a_company_is_the_outlet_over_the_companys_copyright() -> None:
    text = "\n".join(
        (
            "Skip to main content",
            "PC Forge",
            "Search",
            "CPUs",
            "GPUs",
            "",
            HEADLINE,
            "By Keir Vassallo",
            "published 2 December 2025",
            "",
            BODY,
            "",
            "PC Forge is part of Tenfold Media US Inc, an international media group.",
            "\u00a9 Tenfold Media US, Inc. 200 Harbor Street, New York, NY 10036.",
        )
    )
    assert inspect(text + "\n").fields.outlet == "PC Forge"


# --- datelines ----------------------------------------------------------------------------


def test_a_dateline_set_with_a_horizontal_bar_or_with_its_country_and_an_en_dash() -> None:
    for opening, place in (
        ("WASHINGTON \u2015 ", "WASHINGTON"),
        ("Maiduguri, Nigeria \u2013 ", "Maiduguri, Nigeria"),
    ):
        reading = inspect(
            _page("By Jane Roe", "March 4, 2025", body="\n\n".join([opening + STORY[0], *STORY[1:], LAST]))
        )
        assert reading.fields.dateline == place
        assert (
            _body(_page("By Jane Roe", body="\n\n".join([opening + STORY[0], *STORY[1:], LAST])))[0]
            == STORY[0]
        )


def test_a_caption_with_a_members_title_and_party_before_the_dateline_is_no_paragraph() -> None:
    caption = "Rep. Carla Benning (D-N.M.) speaks during a House committee hearing on Capitol Hill on Oct. 9."
    story = (
        "A House committee on Tuesday advanced a bipartisan bill that would cap the price of insulin at $35 a "
        "month for Americans without health insurance, the furthest such a measure has gotten.",
        "The committee voted 38-12 to send the bill to the full House, with 11 Republicans joining Democrats.",
        "The legislation, written by Reps. Carla Benning (D-N.M.) and Wade Pruitt (R-Okla.), would require "
        "manufacturers to offer insulin at the capped price to uninsured patients.",
        "It is not clear when the full House will vote on the bill, the committee's chair said on Tuesday.",
    )
    body = "\n".join([caption, "Tom Winslow via Lumen Images", "WASHINGTON \u2014 " + story[0], *story[1:]])
    assert _body(_page("By Jane Roe", "Oct 14, 2025, 05:00 AM EDT", body=body))[0] == story[0]


def test_a_note_on_where_the_writers_reported_from_is_no_first_paragraph() -> None:
    note = "Elena Varga reported from Alzira, Spain, and Tom\u00e1s Ruiz-Almeida from Madrid."
    body = f"{note}\n\n{BODY}"
    assert (
        _body(_page("By Elena Varga and Tom\u00e1s Ruiz-Almeida", "Published Oct. 14, 2025", body=body))[0]
        == STORY[0]
    )


def test_a_papers_name_without_its_companys_word_is_the_outlet() -> None:
    footer = (
        "Elena Varga is the Madrid bureau chief for The Hudson Ledger, covering Spain and Portugal.",
        "\u00a9 2025 The Hudson Ledger Company",
    )
    assert (
        inspect(_page("By Elena Varga", "Oct. 14, 2025", footer=footer)).fields.outlet == "The Hudson Ledger"
    )


# --- the site's own words at the story's edges (stop 45) --------------------------------


def test_the_sites_announcements_over_a_player_above_the_story_are_the_pages() -> None:
    announcements = (
        "Harbor Wire top headlines are here. Check out what's clicking on HarborWire.example.\n"
        "NEW You can now listen to Harbor Wire articles!\n"
        "Listen to this article\n"
        "0:00 / 4:12\n"
    )
    body = _body(_page("By Jane Roe", "March 4, 2025", body=announcements + BODY))
    assert body[0] == STORY[0]
    assert body[-1] == LAST


def test_a_paragraph_that_reports_glued_under_an_app_prompt_is_the_storys() -> None:
    glued = "The National Weather Service said parts of the county received more than 3 inches of rain."
    body = (
        f"{STORY[0]}\n\n{STORY[1]}\n\nCLICK HERE TO GET THE HARBOR WIRE APP\n{glued}\n\n{STORY[2]}\n\n{LAST}"
    )
    assert glued in _body(_page("By Jane Roe", "March 4, 2025", body=body))


def test_a_sentence_under_an_update_note_that_tells_the_site_is_the_storys() -> None:
    told = 'A spokesperson told Harbor Wire the line had returned to "normal operation" by Monday morning.'
    body = f"{BODY}\n\nUpdated at 11:20 UTC on November 11 to add:\n{told}"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[-1] == told


def test_a_related_heading_and_its_item_that_reads_like_sentences_are_the_pages() -> None:
    for heading, item in (
        ("Related", "Flu shots are already arriving. Here\u2019s when to get yours this year."),
        ("Skip next section Explore more", "Germany's railways are falling apart. Can they be fixed?"),
    ):
        body = f"{STORY[0]}\n\n{STORY[1]}\n{heading}\n{item}\n{STORY[2]}\n\n{LAST}"
        assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY[:3], LAST]


def test_a_sign_up_forms_lines_between_the_paragraphs_are_the_pages() -> None:
    form = (
        "Sign up for Harbor Wire\n"
        "Energy in Focus\n"
        "Catch up on the stories shaping the grid, all in one place.\n"
        "E.g., janedoe@email.com\n"
        "Subscribe\n"
        "By signing up, you agree to our Privacy Policy\n"
        "protected by reCAPTCHA\n"
    )
    body = f"{STORY[0]}\n\n{STORY[1]}\n\n{form}{STORY[2]}\n\n{LAST}"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY[:3], LAST]
    small_print = "You may occasionally receive promotional content from the Harbor Wire."
    body = f"{STORY[0]}\n\n{STORY[1]}\n\nNewsletter\nEnter email address\nSign Me Up\n{small_print}\n{STORY[2]}\n\n{LAST}"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY[:3], LAST]
