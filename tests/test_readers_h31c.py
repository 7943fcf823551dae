"""The raw reader on article kinds (issue 20, stop 49): an opinion column, an interview, a
long investigation, an explainer, a photo story, a syndicated story, a nonprofit's report.
Written from the first half of the blind batch h31c (files 01-08); its second half stays
blind. Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_h30a import _between
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


# --- writers ------------------------------------------------------------------------------


def test_a_columnists_name_twice_over_the_column_and_the_biography_under_it() -> None:
    page = _story(
        "Gulf Ledger",
        "Saudi Arabia",
        "Business",
        "Gulf Ledger Japan",
        "Opinion",
        _HEADLINE,
        "Tariq Al-Haddad",
        "Tariq Al-Haddad",
        "Follow",
        "Short Url",
        "https://glg.example/v9k2m",
        "Updated 01 December 2025",
        tail=(
            "Tariq Al-Haddad is a Riyadh-based writer on technology policy and energy markets.",
            "",
            "Copyright 2025 Gulf Ledger. All rights reserved.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.authors == ("Tariq Al-Haddad",)
    assert reading.fields.outlet == "Gulf Ledger"


def test_an_interviewees_credit_over_the_reporters_byline() -> None:
    page = "\n\n".join(
        (
            "시사울림\n“반도체 클러스터, 물 없이는 못 돌린다”\n윤채린 한국수자원정책연구소 연구위원\n"
            "물 정책을 15년 연구해 온 전문가에게 물었다.\n문하람 기자",
            *_KO_STORY,
        )
    )
    assert inspect(page).fields.authors == ("문하람",)


def test_a_bylines_picture_credit_and_the_paper_after_it() -> None:
    byline = parse_byline("by Dana Whitlow, photography by Luis Arce for Lamplight")
    assert byline is not None
    assert byline.authors == ("Dana Whitlow",)
    assert byline.outlet == "Lamplight"


def test_writers_under_a_multiple_authors_heading_over_the_stamp() -> None:
    page = _story(
        "Carbonwise", _HEADLINE, "MULTIPLE AUTHORS", "Hana Yoon", "Rory Fenn", "26.11.2025 | 3:15pm"
    )
    assert inspect(page.replace("Carbonwise\n", "Carbonwise\n", 1)).fields.authors == (
        "Hana Yoon",
        "Rory Fenn",
    )


def test_a_writer_over_her_paper_and_its_network_over_the_stamp() -> None:
    page = _story(
        "Chao Daily",
        "World",
        _HEADLINE,
        "Kwon Ha-eun",
        "The Seoul Ledger",
        "Asia Press Alliance",
        "PUBLISHED : 02 Dec 2025, 14:22",
    )
    assert inspect(page).fields.authors == ("Kwon Ha-eun",)


# --- the site's lines among the story's ----------------------------------------------------


def test_a_reporters_call_for_sources_between_paragraphs() -> None:
    call = "Do you work at a data center or a water utility in Arizona? We want to hear from you."
    contact = "Contact Dana Whitlow at dana@lamplight.example or on Signal at 520-555-0117."
    body = inspect(_between(_story(_HEADLINE, "By Dana Whitlow"), call, "", contact)).body
    assert call not in body and contact not in body
    assert STORY[2] in body


def test_a_sites_motto_under_its_masthead_is_not_the_lede() -> None:
    headline = "Regulators let the offshore wind developer raise its price. Consumer advocates say it rewards bad bids."
    # (a copy with no blank lines: the motto, the menu and the headline run into the story)
    page = "\n".join(
        (
            "Skip to main content",
            "Schoolyard",
            "Essential education reporting in Dayton, Chicago, Colorado, Indiana, New York, Newark, Philadelphia "
            "and Tennessee.",
            "Donate",
            "Newsletters",
            "Search",
            "Schoolyard Detroit",
            "Local Schools",
            "State Policy",
            "Transportation",
            headline,
            "The utilities will pay $96 a megawatt-hour for the farm's output under the amended contract.",
            "A wind turbine blade waits at the port in New Bedford. (Tamika Rowe / Schoolyard)",
            "By Marcus Bell",
            "Dec 1, 2025, 6:00am EST",
            "Updated Dec 2, 2025, 10:14am EST",
            "Share",
            *STORY,
            LAST,
        )
    )
    reading = inspect(page)
    assert reading.headline == headline
    assert reading.body[0] == STORY[0]
    motto = next(line for line in reading.lines if line.text.startswith("Essential"))
    assert motto.verdict == "masthead"


# --- pictures and charts --------------------------------------------------------------------


def test_a_caption_with_its_credit_after_the_full_stop() -> None:
    caption = (
        "Turbines being installed off the coast of South Jeolla. Credit: Seo Min-jae / Tidemark Stock Photo."
    )
    assert caption not in inspect(_between(_story(_HEADLINE, "By Hana Yoon"), caption)).body


def test_a_charts_title_with_its_years_its_source_and_its_maker() -> None:
    chart = (
        "Electricity generation in South Korea by source, 2010-2024, TWh. Source: Carbonwise analysis of "
        "national statistics. Chart by Carbonwise."
    )
    assert chart not in inspect(_between(_story(_HEADLINE, "By Hana Yoon"), chart)).body


def test_a_photo_storys_long_captions_each_over_the_same_credit_and_its_deck_over_the_credits() -> None:
    deck = (
        "Every late November, the families of the village gather for the communal making of kimchi. Fewer "
        "young people come home for it each year, but the ones who do carry most of the work."
    )
    captions = [
        (
            f"Women salt halved cabbages in the courtyard of the village hall on the morning of day {day}. "
            "The village prepares about three thousand heads over three days, most of them by hand."
        )
        for day in (1, 2, 3)
    ]
    credit = "Photograph by Bae Jun-ho"
    top = (
        "Wide Earth",
        _HEADLINE,
        deck,
        captions[0],
        credit,
        "TEXT BY Clara White",
        "Published December 1, 2025",
    )
    story = (STORY[0], captions[1], credit, STORY[1], captions[2], credit, *STORY[2:], LAST)
    reading = inspect("\n".join((*top, *story)))
    assert reading.body == [*STORY, LAST]
