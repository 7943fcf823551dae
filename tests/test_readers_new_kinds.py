"""The raw reader on shapes of stop 37's h13 halves (issue 20): Korean company newsrooms,
science magazines, letters and English editions; English dailies of other regions, a
public broadcaster's service in English, a journal's news, a university's and an agency's releases.
Every name and sentence is made up; the shapes are those the batches showed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from digest.content.readers.dates import parse_datetime
from digest.content.readers.rawtext import wire
from digest.content.readers.rawtext.lines import copyright_outlet
from tests.test_readers_last_halves import KO_HEADLINE, KO_LAST, KO_STAMP, KO_STORY, ko_page
from tests.test_readers_unseen import SEOUL, inspect

EN_STORY = (
    "The harbour board voted on Monday to dredge the north channel before the winter storms.",
    "Work will start in October and is expected to take about six weeks, the board said in a statement.",
    "Boat owners had complained for two years that silt made the channel unsafe at low tide.",
    "The board said the dredged sand would be used to rebuild the dunes south of the old lighthouse.",
)
EN_LAST = "A second phase, covering the inner basin, is planned for next spring."
EN_BODY = "\n\n".join([*EN_STORY, EN_LAST])


def _en_page(*header: str, body: str = EN_BODY, footer: tuple[str, ...] = ()) -> str:
    top = ["Port Alder Gazette", "News | Business | Sport", "Harbour board orders dredging of north channel"]
    return "\n".join([*top, *header, "", body, "", *footer]) + "\n"


# --- time stamps ----------------------------------------------------------------------------


def test_ast_is_the_atlantic_zone() -> None:
    when = parse_datetime("July 2, 2025 6:30 AM AST", SEOUL)
    assert when is not None and when.utcoffset() == dt.timedelta(hours=-4)


def test_an_offset_of_hours_alone_in_parentheses_is_the_zone() -> None:
    reading = inspect(_en_page("By Mara Quill", "Published: 22/08/2025 - 09:35 (-03)"))
    assert reading.fields.published == dt.datetime(
        2025, 8, 22, 9, 35, tzinfo=dt.timezone(dt.timedelta(hours=-3))
    )


def test_update_without_its_d_labels_the_updated_time() -> None:
    stamps = ("Publish : 17 Jan 2025, 11:05 AM (GMT+6)", "Update : 17 Jan 2025, 03:25 PM (GMT+6)")
    reading = inspect(_en_page(*stamps))
    assert reading.fields.updated == dt.datetime(
        2025, 1, 17, 15, 25, tzinfo=dt.timezone(dt.timedelta(hours=6))
    )


def test_a_weekday_set_apart_by_a_bar_after_the_label() -> None:
    stamps = (
        "Published:Thursday | May 1, 2025 | 8:10 PM EDT",
        "Updated:Friday | May 2, 2025 | 6:45 AM EDT",
    )
    reading = inspect(_en_page(*stamps))
    assert reading.fields.updated == dt.datetime(
        2025, 5, 2, 6, 45, tzinfo=dt.timezone(dt.timedelta(hours=-4))
    )


# --- datelines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("WRENFORD, North Kestrel Province — The ferry ran late again.", "WRENFORD, North Kestrel Province"),
        ("LAS TORRES, Valdemoña — The first train in years arrived.", "LAS TORRES, Valdemoña"),
        (
            "MARAVI/KESSO, 3 August 2025 \u2013 Some 2,000 families lost their homes.",
            "MARAVI/KESSO, 3 August 2025",
        ),
    ],
)
def test_datelines_with_a_longer_region_or_two_cities(paragraph: str, place: str) -> None:
    found = wire.dateline(paragraph)
    assert found is not None and found.place == place


def test_a_dateline_with_a_province_comes_off_the_lede() -> None:
    body = "\n\n".join(["WRENFORD, North Kestrel Province \u2014 " + EN_STORY[0], *EN_STORY[1:], EN_LAST])
    reading = inspect(_en_page("By Mara Quill", body=body))
    assert reading.fields.dateline == "WRENFORD, North Kestrel Province"
    assert reading.body[0] == EN_STORY[0]


# --- the story's edges --------------------------------------------------------------------------


def test_a_closed_comment_box_is_not_the_story() -> None:
    body = "\n\n".join([*EN_STORY, EN_LAST, "Comments (9)", "Comments are now closed for this article."])
    assert inspect(_en_page("By Mara Quill", body=body)).body[-1] == EN_LAST


def test_a_reference_list_ends_the_story() -> None:
    citations = (
        "References",
        "Quill, M. et al. Harbour Sci. 12, 40\u201348 (2025).",
        "Wren, T. Coast. Res. 9, 1\u20139 (2024).",
    )
    body = "\n\n".join([*EN_STORY, EN_LAST, *citations])
    assert inspect(_en_page("By Mara Quill", body=body)).body[-1] == EN_LAST


def test_a_korean_releases_about_the_company_heading_ends_the_story() -> None:
    about = (
        "\u25a0 바다제약 소개",
        "바다제약은 부산에 본사를 둔 제약회사로 바다 생물에서 얻은 물질로 신약을 개발한다.",
    )
    body = "\n\n".join([*KO_STORY, KO_LAST, *about])
    assert inspect(ko_page(KO_HEADLINE, KO_STAMP, body=body)).body[-1] == KO_LAST


def test_the_publishers_responsibility_and_press_code_are_small_print() -> None:
    note = "Harbour News is accountable for what appears on its websites. Our journalism is bound by the code of ethics."
    more = (
        "Skippers said the silt had grounded three trawlers since January, one of them twice in a week.",
        "The dredger will work only in daylight, and the channel will stay open to smaller boats at high tide.",
        "Tobias Wren, who chairs the fishermen's association, welcomed the vote but asked for a firm timetable.",
        "Engineers estimate the project will cost 4.2 million dollars, paid from the port's maintenance reserve.",
    )
    body = "\n\n".join([*EN_STORY, *more, EN_LAST, note])  # (a story long enough to say what it is about)
    assert inspect(_en_page("By Mara Quill", body=body)).body[-1] == EN_LAST


def test_a_letters_friendly_sign_off_is_not_the_story() -> None:
    body = "\n\n".join([*KO_STORY, KO_LAST, "이번 호는 여기서 마칠게요. 주말 잘 보내세요!"])
    assert inspect(ko_page(KO_HEADLINE, KO_STAMP, body=body)).body[-1] == KO_LAST


def test_a_scene_under_a_credit_between_the_paragraphs_is_a_caption() -> None:
    # (the page prints each credit over its caption, the first above the lede)
    top = ("Photo: Port Alder Gazette/Mara Quill", "Boats wait at the mouth of the north channel on Monday.")
    scene = "A crane lifts silt from the north channel near the old lighthouse."
    body = "\n\n".join(
        [*EN_STORY[:2], "Photo: Port Alder Gazette/Tobias Wren", scene, *EN_STORY[2:], EN_LAST]
    )
    reading = inspect(_en_page("By Mara Quill", *top, body=body))
    assert reading.body[0] == EN_STORY[0]
    assert scene not in reading.body


def test_a_sentence_under_a_lone_credit_is_the_story() -> None:
    # (no caption under a credit anywhere on the page: the credit closes a picture alone)
    line = "The work runs for six weeks."
    body = "\n\n".join([*EN_STORY[:2], "Photo: Port Alder Gazette/Tobias Wren", line, *EN_STORY[2:], EN_LAST])
    assert line in inspect(_en_page("By Mara Quill", body=body)).body


def test_a_paragraph_under_a_caption_and_its_credit_is_the_story() -> None:
    # (the caption above its credit: the paragraph under the credit is the story's again)
    caption = "A crane lifts silt from the north channel near the old lighthouse."
    line = "The work is paid for by the port's own reserves."
    body = "\n\n".join(
        [*EN_STORY[:2], caption, "Photo: Port Alder Gazette/Tobias Wren", line, *EN_STORY[2:], EN_LAST]
    )
    assert line in inspect(_en_page("By Mara Quill", body=body)).body


# --- the header ---------------------------------------------------------------------------------


def test_a_headline_naming_the_issuer_at_its_end_stays_the_headline() -> None:
    headline = "Dry wells leave 40,000 people without water along the coast, HARWA warns"
    text = "\n".join(
        [
            "HARWA",
            "Clean water for every town",
            headline,
            "Agency asks for $12 million to drill new wells and repair pumps before the dry season",
            "PRESS RELEASE",
            "",
            "Dry wells have left 40,000 people without running water along the coast, the Harbour Water"
            " Agency (HARWA) said today.",
            "",
            "The agency said 30 wells had failed since March, most of them in villages far from the main road.",
            "",
            "HARWA is asking donors for $12 million to drill new wells and repair pumps before the dry season.",
            "",
            "\u00a9 HARWA 2025 | Privacy | Contact us",
        ]
    )
    assert inspect(text + "\n").headline == headline


def test_a_writer_with_a_universitys_unit_is_a_byline() -> None:
    reading = inspect(_en_page("February 3, 2025 | 2:30 PM EST", "By Mara Quill, College of Marine Science"))
    assert reading.fields.authors == ("Mara Quill",)


# --- the outlet ---------------------------------------------------------------------------------


def test_the_part_of_a_footer_row_bearing_the_mark_names_the_holder() -> None:
    line = "(주)바다뉴스 부산광역시 해운대구 바다로 12 | \u24d2 바다뉴스. All rights reserved."
    assert copyright_outlet(line) == "바다뉴스"


def test_a_bilingual_masthead_is_the_name_in_the_pages_language() -> None:
    footer = ("\u24d2 바다과학 All rights reserved",)
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, footer=footer, top="바다과학 SEA SCIENCE"))
    assert reading.fields.outlet == "바다과학"


def test_a_korean_newsroom_in_latin_letters_takes_the_companys_korean_name() -> None:
    footer = ("(주)바다제약 부산광역시 해운대구 바다로 12 | 대표 한소라", "\u00a9 2025 BADA PHARM Co., Ltd.")
    reading = inspect(ko_page("바다제약 뉴스룸", KO_HEADLINE, KO_STAMP, footer=footer, top="BADA PHARM"))
    assert reading.fields.outlet == "바다제약"
