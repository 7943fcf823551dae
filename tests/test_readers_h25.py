"""The raw reader on the shapes the h25a batch showed (issue 20, stop 46): English pages
weighted like an editor's week (wires on their own sites and on their customers', dailies,
broadcasters, tech sites, a column in a reader view, an explainer). Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import BODY, HEADLINE, LAST, STORY, _body, _page
from tests.test_readers_unseen import inspect


def _site(top: tuple[str, ...], header: tuple[str, ...], footer: tuple[str, ...]) -> str:
    """A page of a site not named at the top as `_page`'s is: its top lines, the headline,
    the header's lines, the story and the footer's lines."""
    return "\n".join((*top, HEADLINE, *header, "", BODY, "", *footer)) + "\n"


# --- stamps -----------------------------------------------------------------------------


def test_a_day_first_date_whose_two_readings_share_the_weekday_is_read_as_the_site_writes() -> None:
    # 12 March and 3 December 2025 are both Wednesdays: the weekday decides nothing, GMT does
    reading = inspect(_page("Published Wed 12/03/2025 - 06:14 GMT"))
    published = reading.fields.published
    assert published is not None and (published.month, published.day, published.hour) == (3, 12, 6)


def test_a_time_before_its_date_across_a_slash() -> None:
    reading = inspect(_page("By Jane Roe", "UPDATED 14:21 EDT / MARCH 12 2025"))
    updated = reading.fields.updated
    assert updated is not None and (updated.month, updated.day, updated.hour) == (3, 12, 14)


def test_the_outlet_after_the_stamp_and_a_comma() -> None:
    reading = inspect(_page("By Jane Roe", "Wednesday March 12 2025, 3.00pm GMT, The Albion Times"))
    assert reading.fields.outlet == "The Albion Times"
    assert reading.fields.published is not None


# --- writers ----------------------------------------------------------------------------


def test_a_writer_with_another_in_a_city_without_by() -> None:
    reading = inspect(_page("March 12, 2025 06:14 GMT", "Kang Ji-won, with Tom Ferrers in Tokyo"))
    assert reading.fields.authors == ("Kang Ji-won", "Tom Ferrers")


def test_a_second_writer_and_role_under_the_byline() -> None:
    reading = inspect(_page("By Ann Loring Staff writer", "Ha Jae-eun Special contributor", "March 13, 2025"))
    assert reading.fields.authors == ("Ann Loring", "Ha Jae-eun")


def test_a_boxs_title_beside_the_stamp_is_no_writer() -> None:
    assert inspect(_page("Why We Wrote This", "March 13, 2025 9:41 AM")).fields.authors == ()


def test_writers_parted_by_bars_each_with_a_role_or_a_city() -> None:
    reading = inspect(_page("Hugo Mallory, Asia Editor | Yoon Seo-hee, Seoul", "March 12, 2025 3:00 PM GMT"))
    assert reading.fields.authors == ("Hugo Mallory", "Yoon Seo-hee")


def test_a_contributors_credit_with_the_wires_it_drew_on_after_the_story() -> None:
    credit = "Lee Yu-na contributed to this report. Some information for this report came from AGI."
    page = _page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n{credit}")
    assert inspect(page).fields.authors == ("Jane Roe", "Lee Yu-na")
    assert _body(page)[-1] == LAST


def test_a_biography_that_describes_the_writer_between_commas_ends_the_story() -> None:
    bio = "Jane Roe, a former deputy minister of energy, is a professor of economics at Harbor University."
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n{bio}"))[-1] == LAST


# --- outlets and datelines ----------------------------------------------------------------


def test_a_wires_credit_where_the_place_would_be_on_a_customers_page() -> None:
    body = "\n\n".join((f"(Halden) -- {STORY[0]}", *STORY[1:], LAST))
    footer = ("\u00a92025 Halden L.P.", "", "\u00a92025 Back Bay Herald Media Partners, LLC")
    reading = inspect(_page("By Jane Roe", "Updated March 13, 2025, 5:52 p.m.", body=body, footer=footer))
    assert reading.fields.outlet == "Halden"
    assert _body(_page("By Jane Roe", "March 13, 2025", body=body))[0] == STORY[0]


def test_a_datelines_country_in_capitals() -> None:
    body = "\n\n".join((f"SEOUL, SOUTH KOREA \u2014 {STORY[0]}", *STORY[1:], LAST))
    reading = inspect(_page("By Jane Roe", "March 14, 2025 08:06 UTC", body=body))
    assert reading.fields.dateline == "SEOUL, SOUTH KOREA"


def test_the_name_the_page_goes_by_beside_the_stamp_over_the_agency_in_the_copyright() -> None:
    page = _site(
        ("Skip to main content", "Menu", ""),
        ("HARBOR WIRE - Mar 13, 2025 - 18:22  |  Japan, World, Business",),
        ("Copyright (C) Harbor Wire Agency. All rights reserved. No reproduction without permission.",),
    )
    assert inspect(page).fields.outlet == "Harbor Wire"


def test_a_public_companys_form_comes_off_the_copyright_holder() -> None:
    page = _site(
        ("Subscribe", "THE CHAO RIVER POST", "Thailand's independent English daily since 1952"),
        ("By Jane Roe", "March 4, 2025"),
        ("\u00a9 Chao River Post Public Company Limited. All rights reserved.",),
    )
    assert inspect(page).fields.outlet == "The Chao River Post"


def test_a_coined_brand_at_the_top_named_again_below_beats_its_owners_copyright() -> None:
    promo = "Catch all the Corporate news and Updates on Ledgerline. Download The Ledgerline App today."
    page = _site(
        ("Ledgerline", "Markets", "Companies", ""),
        ("By Jane Roe", "March 4, 2025"),
        (promo, "", "Copyright \u00a9 2025 Saraswati Media Ltd. All Rights Reserved."),
    )
    assert inspect(page).fields.outlet == "Ledgerline"
    assert _body(page)[-1] == LAST


# --- headlines and boxes ------------------------------------------------------------------


def test_a_reader_views_short_title_over_the_writer_and_the_reading_time() -> None:
    page = "\n".join(
        (
            "agora.example",
            "Korea\u2019s Tariff Trap",
            "Park Hae-jin",
            "7\u20139 minutes",
            "South Korea built its prosperity on open markets and an American security guarantee.",
            "",
            "Mar 11, 2025",
            "",
            BODY,
        )
    )
    assert inspect(page + "\n").headline == "Korea\u2019s Tariff Trap"


def test_a_message_box_under_its_label_after_the_story() -> None:
    box = (
        "A message from Ellis Marr, co-founder of Harbor Wire:",
        "Your support keeps our reporting, our video interviews and our research free to read, with no paywall"
        " and no pop-ups.",
        "One click below tells our sponsors that an independent tech newsroom is worth backing.",
        "Join the Harbor Wire community of more than 15,000 engineers, founders and IT leaders.",
        "Support our mission",
    )
    body = f"{BODY}\n\nImage: Harbor Wire"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body, footer=box))[-1] == LAST


def test_a_reactions_question_and_a_gift_ask_between_the_paragraphs_are_chrome() -> None:
    body = "\n\n".join(
        (
            STORY[0],
            "Do you like the content of this article?",
            STORY[1],
            "Harbor Wire\u2019s explanatory journalism is free for everyone. Support our work with a gift today.",
            *STORY[2:],
            LAST,
        )
    )
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY, LAST]


# --- the shapes on other outlets (h25c) ---------------------------------------------


def test_a_wires_sign_off_alone_under_the_story_ends_it_and_names_the_wire() -> None:
    footer = (
        "-- SENA",
        "",
        "SENA provides up-to-date, verified news and information delivered through SENA TV and SENA Radio.",
    )
    page = _site(("SENA TV", "SENA Radio", "Menu", ""), ("12/08/2025 05:41 PM",), footer)
    body = "\n\n".join((f"BAYAN LEPAS, Aug 12 (SENA) -- {STORY[0]}", *STORY[1:], LAST))
    page = page.replace(BODY, body)
    reading = inspect(page)
    assert reading.fields.outlet == "SENA"
    assert _body(page)[-1] == LAST


def test_breadcrumbs_ending_in_the_title_printed_again_below() -> None:
    page = _site(
        ("Menu", "", f"Home \u203a Business \u203a {HEADLINE}", "Business"), ("12/08/2025 05:41 PM",), ()
    )
    page = page.replace(f"Business\n{HEADLINE}", f"Business\n\n{HEADLINE}", 1)
    assert inspect(page).headline == HEADLINE


def test_writers_listed_under_a_heading_after_the_story() -> None:
    footer = ("Reporters", "- Deniz Arslan", "- Kaan Y\u00fccel", "21.10.2025 - 14:21 (GMT+3)")
    assert inspect(_page(footer=footer)).fields.authors == ("Deniz Arslan", "Kaan Y\u00fccel")


def test_captions_with_their_credits_in_the_agencies_dress() -> None:
    captions = (
        "Workers check a packaging line at a test facility in Gebze. ( Emre Tun\u00e7 - Meltem Agency )",
        "Workers arrive at a railway station in Khasan, in a photo taken in 2019. (CCA via Harbor Press)",
        "Trade Secretary Ana Cruz tours a test floor in Clark on Wednesday. (KNA photo by Jerome Salazar)",
    )
    for caption in captions:
        body = "\n\n".join((STORY[0], caption, *STORY[1:], LAST))
        assert caption not in _body(_page("By Jane Roe", "March 4, 2025", body=body))


def test_a_broadcast_intro_with_the_outlets_possessive() -> None:
    body = "\n\n".join((STORY[0], "JPB World's Harada Mio reports.", *STORY[1:], LAST))
    assert inspect(_page("June 18, 2025 9:41 PM", body=body)).fields.authors == ("Harada Mio",)


def test_the_wires_credit_after_the_last_sentence_that_reports() -> None:
    last = "Villanueva said the department would also propose a training program for technicians."
    body = "\n\n".join((*STORY, f"{last} (KNA)"))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[-1] == last


def test_a_forum_posts_intro_over_a_pasted_wire_story_with_a_tagged_headline() -> None:
    # the thread's tags, the poster's name, the post's intro, then the wire story in its tags
    headline = "Hanul Semiconductor pushes Gunsan 2-nanometer ramp into 2026"
    page = "\n".join(
        (
            "2nm gunsan hanul quake",
            "etch_pilot",
            "Wire story from this morning, pasting it since the link wants a login. Sorry about the tags, "
            "their copy button does this.",
            f"<p><b>(2nd LD) {headline}</b></p>",
            "<p>By Lin Pei-shan and Tseng Wen-hao</p>",
            "<p>Hanul shares fell 1.8% in Seoul, against a 0.6% drop in the broader market.</p>",
        )
    )
    assert inspect(page + "\n").headline == headline


def test_an_aggregators_article_by_a_writer_for_the_papers_name() -> None:
    page = "\n".join(
        (
            BODY,
            "Article by Meera Pillai for The Malabar Ledger \u203a",
            "28 Jan 2025, 05:41 pm IST",
            "",
            "\u00a9 2025 Khabarly Technologies Pvt Ltd",
        )
    )
    reading = inspect(page + "\n")
    assert reading.fields.authors == ("Meera Pillai",)
    assert reading.fields.outlet == "The Malabar Ledger"


def test_the_editors_credit_and_the_tip_line_after_the_story() -> None:
    tail = "Edited by Marcus Bell.\n\nHave a news tip? Contact our newsroom securely."
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n{tail}"))[-1] == LAST


def test_a_language_services_initials_in_the_byline_spell_the_outlet() -> None:
    footer = ("\u00a9 2025 Open Sky Radio. Republishing requires written permission.",)
    reading = inspect(
        _page("By Han Ji-woo and Yoon Se-ri for OSR Korean", "2025.12.09 17:41 EST", footer=footer)
    )
    assert reading.fields.outlet == "Open Sky Radio"


def test_a_lede_that_says_who_told_what_over_the_picture_and_the_byline() -> None:
    lede = (
        "Laborers sent to shipyards in the Far East have been ordered to double the money they remit"
        " before the end of the year, two sources with knowledge of the matter told Harbor Wire."
    )
    page = "\n".join(
        (
            "Harbor Wire",
            "",
            HEADLINE,
            "Sources say earnings targets were raised in October",
            lede,
            "Workers arrive at a railway station, in a photo taken in 2019. (CCA via Harbor Press)",
            "By Han Ji-woo",
            "2025.12.09 17:41 EST",
            "Share",
            "",
            BODY,
        )
    )
    assert _body(page + "\n")[0] == lede
