"""The raw reader on the English pages of stop 35's blind batches (issue 20): local
dailies, broadcasters, trade and market news, student, civic and government pages, and
English editions abroad. Writers' cards without 'By', biographies above and below the
story, captions and their credit lines, page furniture (banners, polls, tags, error
boxes, notes on the article), stamps in more dress, and outlets. Every name and sentence
is made up; the shapes are those the batches showed.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tests.test_readers_small_print import HEADLINE, LAST, STORY
from tests.test_readers_unseen import inspect, verdicts

STAMP = "Published 7:05 a.m. ET Jan. 14, 2025"
BODY = "\n\n".join([*STORY, LAST])


def _page(*header: str, body: str = BODY, footer: tuple[str, ...] = ()) -> str:
    return (
        "\n".join(["Skip to main content", "Port Alder Gazette", HEADLINE, *header, "", body, "", *footer])
        + "\n"
    )


@pytest.mark.parametrize(
    ("card", "authors"),
    [
        (("Mara Quill and Tobias Wren", "Port Alder Gazette", STAMP), ("Mara Quill", "Tobias Wren")),
        (("Mara Quill, Tobias Wren", STAMP), ("Mara Quill", "Tobias Wren")),
        (("Mara Quill Senior Reporter", STAMP), ("Mara Quill",)),
        (("Mara Quill", "Reporter", "Tobias Wren", "Digital Producer", STAMP), ("Mara Quill", "Tobias Wren")),
        (("By", "Mara Quill", STAMP), ("Mara Quill",)),
        (("Harbour Public Radio | By Mara Quill", STAMP), ("Mara Quill",)),
    ],
)
def test_a_writers_card_without_a_plain_byline_names_the_authors(
    card: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    reading = inspect(_page(*card))
    assert reading.fields.authors == authors
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST


def test_an_outlet_before_the_bar_of_a_byline_is_the_outlet() -> None:
    text = "\n".join([HEADLINE, "Harbour Public Radio | By Mara Quill", STAMP, "", BODY]) + "\n"
    assert inspect(text).fields.outlet == "Harbour Public Radio"


@pytest.mark.parametrize(
    "line",
    [
        "Johnson & Johnson",  # one word each: a company, not two writers
        "Bank of Alder and Kestrel Trust",  # a title's words
        "Market Report Editor",  # a role with no name
    ],
)
def test_a_line_above_the_stamp_that_names_no_person_is_no_byline(line: str) -> None:
    assert inspect(_page(line, STAMP)).fields.authors == ()


def test_the_writers_biographies_after_the_story_are_not_its_last_paragraph() -> None:
    bios = (
        "Mara Quill covers the islands for the Port Alder Gazette. Reach her at mquill@gazette.example or follow "
        "her on X @MaraQuill.",
        "",
        "Tobias Wren is a reporter for the Port Alder Gazette.",
    )
    reading = inspect(_page("Mara Quill and Tobias Wren", STAMP, footer=bios))
    assert reading.body[-1] == LAST
    assert not any("Gazette" in paragraph for paragraph in reading.body)


def test_writers_biographies_above_the_story_neither_open_nor_end_it() -> None:
    cards = (
        "Mara Quill covers the islands for the Gazette. She previously covered the port for the Alder Courier.",
        "Follow on X @MaraQuill",
        "Tobias Wren is a transport reporter. He joined the Gazette in 2021.",
        "Share",
    )
    reading = inspect(_page("Mara Quill and Tobias Wren", STAMP, *cards))
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST


def test_a_caption_over_its_photographers_credit_is_not_the_first_paragraph() -> None:
    picture = (
        "Show Caption",
        "Hide Caption",
        "The evening ferry leaves the Kestrel Island pier in a file photo.",
        "Tobias Wren, Port Alder Gazette",
    )
    found = verdicts(_page("By Mara Quill", STAMP, *picture))
    assert found["Tobias Wren, Port Alder Gazette"][0] == "caption"
    assert found["The evening ferry leaves the Kestrel Island pier in a file photo."][0] == "caption"
    assert inspect(_page("By Mara Quill", STAMP, *picture)).body[0] == STORY[0]


def test_a_closing_sign_off_under_the_last_paragraph_leaves_that_paragraph_to_the_story() -> None:
    # a credit-shaped line with no story below it is no picture's credit
    reading = inspect(_page("By Mara Quill", STAMP, footer=("Tobias Wren, Port Alder Gazette",)))
    assert reading.body[-1] == LAST


def test_an_audio_editions_credit_and_a_newsletter_note_above_the_story_leave_it_whole() -> None:
    above = (
        "Produced by Tidevoice using AI narration. Listen to more stories on the Tidevoice app.",
        "This article was featured in the Morning Tide newsletter. Sign up for it here.",
    )
    reading = inspect(_page("By Mara Quill", STAMP, *above))
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST


def test_a_studys_citation_after_the_story_is_not_its_last_paragraph() -> None:
    citation = (
        'Reference: Quill, M. et al. "Winter crossings and island labour markets." Coastal Studies (2025).'
    )
    assert inspect(_page("By Mara Quill", STAMP, footer=(citation,))).body[-1] == LAST


@pytest.mark.parametrize(
    ("stamp", "hour"),
    [
        ("March 3, 2025, 6 AM ET", 6),
        ("March 3, 2025, 6 p.m. ET", 18),
        ("March 04, 2025 16:05 ET | Source: Tidevoice Systems, Inc.", 16),
    ],
)
def test_stamps_with_an_hour_alone_or_a_release_wires_source_are_read(stamp: str, hour: int) -> None:
    published = inspect(_page("By Mara Quill", stamp)).fields.published
    assert published is not None
    assert (published.hour, published.utcoffset()) == (hour, dt.timedelta(hours=-5))


def test_an_hour_needs_am_or_pm_to_stand_alone() -> None:
    found = verdicts(_page("By Mara Quill", "March 3, 2025 6 amendments passed"))
    assert found["March 3, 2025 6 amendments passed"][0] != "stamp"


# --- trade, student, civic and public-radio pages ---------------------------------------


def test_a_players_label_after_the_byline_is_no_part_of_it() -> None:
    assert inspect(_page("By Mara Quill \u00b7 Listen to article", STAMP)).fields.authors == ("Mara Quill",)


def test_an_editors_credit_after_two_dashes_closes_the_story() -> None:
    reading = inspect(_page("By Mara Quill", STAMP, footer=("--Editing by Sam Roe.",)))
    assert reading.body[-1] == LAST
    assert reading.fields.authors == ("Mara Quill",)


def test_a_trade_services_name_and_stamp_in_the_dateline_give_outlet_and_time() -> None:
    lede = f"Court Desk (March 4, 2025, 4:41 PM EST) -- {STORY[0]}"
    body = "\n\n".join([lede, *STORY[1:], LAST])
    reading = inspect("\n".join([HEADLINE, "By Mara Quill", "", body]) + "\n")
    assert reading.fields.outlet == "Court Desk"
    assert reading.fields.dateline == ""
    assert reading.fields.published == dt.datetime(
        2025, 3, 4, 16, 41, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert reading.body[0] == STORY[0]


def test_a_records_label_over_its_date_names_nobody() -> None:
    record = ("Case Title", "Alder Ferry Co. v. Kestrel Council", "Date Filed", "February 9, 2024")
    assert inspect(_page("By Mara Quill", STAMP, footer=record)).fields.authors == ("Mara Quill",)


def test_a_papers_motto_under_its_name_is_no_headline() -> None:
    text = "\n".join(
        [
            "The Alder Lantern",
            "The student newspaper of Port Alder College since 1921",
            "News",
            HEADLINE,
            "By Mara Quill",
            STAMP,
            "",
            BODY,
        ]
    )
    assert inspect(text + "\n").headline == HEADLINE


def test_a_photo_credit_with_a_bar_is_the_pictures_not_a_menu() -> None:
    picture = (
        "The evening ferry leaves the Kestrel Island pier in a file photo.",
        "Tobias Wren | Port Alder Gazette",
    )
    found = verdicts(_page("By Mara Quill", STAMP, *picture))
    assert found["Tobias Wren | Port Alder Gazette"][0] == "caption"


def test_a_civic_sites_banner_and_its_account_prompt_are_not_the_story() -> None:
    top = (
        "Create a Website Account - Manage notification subscriptions, save form progress and more.",
        "Website Sign In",
        "City of Port Alder, WA",
        "Government",
        "Departments",
        "News Flash",
        "Posted on: January 14, 2025",
    )
    footer = (
        "",
        "For more information, contact the Harbour Office at 360-555-0142 or harbour@portalder.example.",
        "City of Port Alder",
        "12 Quay Road",
        "Port Alder, WA 98368",
        "Copyright Notices",
    )
    text = "\n".join([*top, HEADLINE, "", BODY, *footer]) + "\n"
    reading = inspect(text)
    assert reading.headline == HEADLINE
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST
    assert reading.fields.outlet == "City of Port Alder"


def test_a_sign_up_boxs_sentences_above_the_story_are_the_headers() -> None:
    modal = (
        "Get email notifications on this topic daily!",
        "Email notifications are only sent once a day, and only if there are new matching items.",
        "Save",
        "Please log in to use this feature",
        "You are the owner of this article.",
        "Edit Article",
        "Port Alder Gazette",
        "News",
    )
    text = "\n".join([*modal, HEADLINE, "By Mara Quill", STAMP, "Facebook", "Print", "", BODY]) + "\n"
    assert inspect(text).body[0] == STORY[0]


def test_a_role_under_the_byline_and_a_publishers_address_are_no_story() -> None:
    footer = (
        "Comments",
        "Cookie settings",
        "Harbour Media Ltd, Unit 4, Mill Works, Port Alder PA3 2TX. Registered in England & Wales | 0441772 |",
    )
    reading = inspect(_page("By Mara Quill", "Local Democracy Reporter", STAMP, footer=footer))
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.body[-1] == LAST


def test_the_masthead_under_a_consent_banner_is_the_outlet_not_a_repeated_section() -> None:
    banner = ("We value your privacy", "I Accept", "Show Purposes")
    text = "\n".join(
        [
            *banner,
            "The Alder Echo",
            "Sign In",
            "News",
            "Sport",
            "News",
            "Local News",
            HEADLINE,
            "By Mara Quill",
            STAMP,
            "",
            BODY,
        ]
    )
    assert inspect(text + "\n").fields.outlet == "The Alder Echo"


def test_a_disclosures_link_and_a_teaser_to_the_reader_are_not_the_story() -> None:
    disclosure = "If you buy something from a Gazette link, Harbour Media may earn a commission. See our ethics statement."
    teaser = ("Related", "Ferries keep getting cancelled. Here's what you can do about it.")
    body = "\n\n".join([disclosure, *STORY[:2], "\n".join(teaser), *STORY[2:], LAST])
    reading = inspect("\n".join([HEADLINE, "By Mara Quill", STAMP, "", body]) + "\n")
    assert reading.body[0] == STORY[0]
    assert not any("what you can do" in paragraph for paragraph in reading.body)


def test_an_update_note_with_its_time_after_the_story_is_not_its_last_paragraph() -> None:
    note = "Update, January 14th, 1:40PM ET: Added details on how islanders can book the new sailings."
    assert inspect(_page("By Mara Quill", STAMP, footer=(note,))).body[-1] == LAST


def test_a_broadcasters_stamp_with_the_year_glued_to_the_time_and_its_programme() -> None:
    header = ("January 14, 20255:00 AM ET", "Heard on Morning Tide", "Mara Quill", "Enlarge this image")
    picture = ("The evening ferry leaves the Kestrel Island pier in a file photo.", "Mara Quill/HPR")
    reading = inspect(_page(*header, *picture, footer=("\u00a9 2025 hpr", "HPR logo")))
    assert reading.fields.published == dt.datetime(
        2025, 1, 14, 5, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.fields.outlet == "HPR"


# --- English pages of Asia and Africa ---------------------------------------------------


def test_a_dateline_glued_to_its_dash_is_taken_off_the_lede() -> None:
    body = "\n\n".join([f"KESTREL--{STORY[0]}", *STORY[1:], LAST])
    reading = inspect(_page("By Mara Quill", STAMP, body=body))
    assert (reading.fields.dateline, reading.body[0]) == ("KESTREL", STORY[0])


def test_a_broadcasters_posted_and_updated_as_of_stamps_and_its_reporters_credits() -> None:
    header = (
        "Mara Quill, Harbour News",
        "Posted at Jan 14 2025 11:08 AM PHT | Updated as of Jan 14 2025 02:47 PM PHT",
    )
    footer = ("\u2014 With a report from Tobias Wren, Harbour News",)
    body = "\n\n".join(
        [*STORY, "Harbour News is now on WhatsApp. Follow our channel for breaking news and updates.", LAST]
    )
    reading = inspect(_page(*header, body=body, footer=footer))
    eight = dt.timezone(dt.timedelta(hours=8))
    assert reading.fields.published == dt.datetime(2025, 1, 14, 11, 8, tzinfo=eight)
    assert reading.fields.updated == dt.datetime(2025, 1, 14, 14, 47, tzinfo=eight)
    assert reading.fields.authors == ("Mara Quill", "Tobias Wren")
    assert reading.body[-1] == LAST


def test_reports_from_other_papers_name_no_author() -> None:
    footer = ("With reports from El Faro and Diario del Puerto",)
    assert inspect(_page("By Mara Quill", STAMP, footer=footer)).fields.authors == ("Mara Quill",)


def test_a_time_alone_under_the_date_and_a_poll_tags_and_error_box_around_the_story() -> None:
    header = ("Tuesday, 14 Jan 2025", "7:42 PM MYT", "by MARA QUILL")
    poll = "POLL: Will you take the new evening sailing?\nYes\nNo\nNot sure"
    body = "\n\n".join([*STORY[:2], poll, *STORY[2:], LAST])
    footer = (
        "Tags / Keywords: Ferries , Kestrel Island",
        "Found a mistake in this article?",
        "Report it to us.",
        "Thank you for your report!",
    )
    reading = inspect(_page(*header, body=body, footer=footer))
    assert reading.fields.published == dt.datetime(
        2025, 1, 14, 19, 42, tzinfo=dt.timezone(dt.timedelta(hours=8))
    )
    assert not any("POLL" in paragraph for paragraph in reading.body)
    assert reading.body[-1] == LAST


def test_an_ordinal_date_alone_gives_no_published_time_and_a_rights_sentence_no_outlet() -> None:
    footer = ("All rights reserved. No part of this material may be reproduced without permission.",)
    reading = inspect(_page("14th January 2025", "By Mara Quill", footer=footer))
    assert reading.fields.published is None
    assert reading.fields.date == dt.date(2025, 1, 14)
    assert "reproduced" not in reading.fields.outlet


# --- English pages of Australia, Canada, Ireland, government and market news ------------


def _flat(*lines: str) -> str:
    """A page pasted without blank lines, as some browsers copy it."""
    return "\n".join(lines) + "\n"


def test_a_summary_box_with_its_whats_next_heading_on_a_page_without_blank_lines() -> None:
    text = _flat(
        HEADLINE,
        "By Mara Quill",
        "In short:",
        "Three winter sailings a week will be added between Port Alder and Kestrel Island.",
        "Islanders had asked for a later boat home.",
        "What's next?",
        "Tickets go on sale next Monday.",
        *STORY,
        LAST,
    )
    assert inspect(text).body[0] == STORY[0]


def test_a_pictures_alt_text_and_a_sign_up_forms_data_note_and_a_land_acknowledgement() -> None:
    text = _flat(
        HEADLINE,
        "By Mara Quill",
        "A man in an orange vest stands on the ferry ramp beside a row of waiting cars.",
        "Deckhand Ari Tamm says the later sailing will fill quickly. (Harbour News: Tobias Wren)",
        *STORY[:2],
        "Your information is being handled in accordance with the Harbour News Privacy Collection Statement.",
        *STORY[2:],
        LAST,
        "Related stories",
        "Harbour News pays respect to the Traditional Custodians of the lands and waters where we live and work.",
    )
    reading = inspect(text)
    assert (reading.body[0], reading.body[-1]) == (STORY[0], LAST)
    assert not any("Privacy Collection" in paragraph for paragraph in reading.body)


def test_accented_names_under_an_authors_label_and_over_a_beat_and_role() -> None:
    label = inspect(_page("Author of the article:", "Élise Brouillette", STAMP))
    assert label.fields.authors == ("Élise Brouillette",)
    role = inspect(
        _page("Ciarán Ó Donnabháin", "Social Affairs Correspondent", STAMP, "Video Player is loading.")
    )
    assert role.fields.authors == ("Ciarán Ó Donnabháin",)
    assert role.body[0] == STORY[0]
    beat = inspect(_page("Mara Quill", "Senior Editor, Shipping", "London", STAMP))
    assert beat.fields.authors == ("Mara Quill",)


def test_a_caption_over_a_photo_credit_line_is_not_the_lede() -> None:
    caption = "The Kestrel Island pier was closed by storms last winter."
    body = "\n".join([caption, "Photo: Harbour News / Tobias Wren", *STORY, LAST])
    assert inspect(_page("By Mara Quill", STAMP, body=body)).body[0] == STORY[0]


def test_a_government_release_gives_its_headline_time_and_issuing_office() -> None:
    text = _flat(
        "An official website of the State of Alderland",
        "Here's how you know",
        "Official websites use .gov",
        "Office of Governor Ana Ruiz",
        "Home / Newsroom / Press Releases",
        "Governor Ruiz Announces Three Winter Sailings to Kestrel Island",
        "For Release: Tuesday, January 14, 2025 10:00 a.m. EST",
        *STORY,
        LAST,
        "###",
    )
    reading = inspect(text)
    assert reading.headline == "Governor Ruiz Announces Three Winter Sailings to Kestrel Island"
    assert reading.fields.outlet == "Office of Governor Ana Ruiz"
    assert reading.fields.published == dt.datetime(
        2025, 1, 14, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert reading.body[0] == STORY[0]


def test_a_stock_quote_card_in_the_story_is_not_a_paragraph() -> None:
    body = "\n\n".join([*STORY[:2], "HRBR Harbour Lines Inc.", *STORY[2:], LAST])
    reading = inspect(_page("By Mara Quill", STAMP, body=body))
    assert "HRBR Harbour Lines Inc." not in reading.body


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Mara Quill / Tobias Wren", ("Mara Quill", "Tobias Wren")),
        ("By Mara Quill / Harbour Times Staff Writer", ("Mara Quill",)),
        ("By Mara Quill / New York", ("Mara Quill",)),
    ],
)
def test_names_after_a_bylines_slash_are_writers_and_a_role_or_place_is_not(
    byline: str, authors: tuple[str, ...]
) -> None:
    assert inspect(_page(byline, STAMP)).fields.authors == authors


def test_an_english_editions_stamp_in_a_citys_time_its_text_credit_and_its_translation_note() -> None:
    header = (
        "Text: Mara Quill",
        "Published on January 14, 2025, at 9:41 am (Paris), updated at 11:02 am",
        "Time to read 4 min.",
    )
    note = "Translation of an original article published in French on harbour.example; the publisher is liable for the French version only."
    reading = inspect(_page(*header, footer=(note,)))
    paris = ZoneInfo("Europe/Paris")
    assert reading.fields.published == dt.datetime(2025, 1, 14, 9, 41, tzinfo=paris)
    assert reading.fields.updated == dt.datetime(2025, 1, 14, 11, 2, tzinfo=paris)
    assert reading.fields.authors == ("Mara Quill",)
    assert (reading.body[0], reading.body[-1]) == (STORY[0], LAST)


def test_a_mottos_service_of_the_copyright_company_names_the_brand() -> None:
    text = "\n".join(
        [
            "KVX News \u2013 the international service of Kestrel Broadcasting",
            HEADLINE,
            "By Mara Quill",
            STAMP,
            "",
            BODY,
        ]
    )
    reading = inspect(text + "\n\nCopyright 2025 Kestrel Broadcasting. All rights reserved.\n")
    assert reading.fields.outlet == "KVX News"
