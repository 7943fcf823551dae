"""The raw reader on local news sites' pages (issue 20): writers' cards without 'By' (names
over the stamp, a name and role on one line, 'By' on a line of its own, the outlet and a
bar before the byline), writers' biographies above and below the story, a picture's
credit line under its caption, an audio edition's credit, a study's citation, and stamps
with an hour and no minutes. Every name and sentence is made up.
"""

from __future__ import annotations

import datetime as dt

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
