"""The raw reader's outlet, authors and published time on the shapes a sixth blind batch
missed (issue 20): one test per class of shape, each failing without its rule. Every name
and sentence is made up; the corpus files `r8-*` in tests/data/extraction carry the same
shapes in whole files.
"""

from __future__ import annotations

import pytest

from digest.content.readers.rawtext.bylines import read_byline
from tests.test_readers_outlet_authors_times import HEADLINE, K1, K2, K_HEADLINE, P1, P2, P3, story
from tests.test_readers_unseen import inspect

# --- 1. a person is never the outlet ---------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "bottom", "outlet"),
    [
        # the poster's name, named again as a contact: the post's host
        (
            "Luis Ortega",
            "https://workfeed.example/posts/luis-ortega-771\nContact Luis Ortega at lo@x.example",
            "workfeed.example",
        ),
        # a reporter's byline line at the top is no masthead, though it closes the story too
        ("윤지호 특파원", "윤지호 특파원 jhyoon@x.example", ""),
    ],
)
def test_a_persons_name_at_the_top_is_no_masthead(top: str, bottom: str, outlet: str) -> None:
    assert inspect(story(top, bottom)).fields.outlet == outlet


def test_a_paper_named_again_with_two_words_is_still_a_masthead() -> None:
    # 'Gulf Lantern' looks like a name, but nothing on the page shows it as a person's
    assert inspect(story("Gulf Lantern", "Follow Gulf Lantern on WhatsApp")).fields.outlet == "Gulf Lantern"


# --- 2. a photo credit is never the masthead ------------------------------------------------


@pytest.mark.parametrize("top", ["Credit: Ilse Marchand/Fieldnotes", "Photo: Ilse Marchand/Fieldnotes"])
def test_a_photo_credit_on_the_first_line_gives_its_agency_not_itself(top: str) -> None:
    text = story(top, "Subscribe to Fieldnotes for more.")
    assert inspect(text).fields.outlet == "Fieldnotes"


def test_a_photo_agency_not_named_again_is_no_outlet() -> None:
    assert inspect(story("Photo: Ilse Marchand/Pixwire")).fields.outlet == ""


# --- 3. an outlet is a name, without a forum's aside -----------------------------------------


def test_a_forum_posters_aside_comes_off_the_masthead() -> None:
    text = story("The Fenwick Gazette (paywalled so pasted here)", "Subscribe to The Fenwick Gazette today.")
    assert inspect(text).fields.outlet == "The Fenwick Gazette"


@pytest.mark.parametrize(
    ("top", "bottom"), [('""', ""), ("", 'Source: ""'), ("", "© “” All rights reserved.")]
)
def test_empty_quotes_are_no_outlet(top: str, bottom: str) -> None:
    assert inspect(story(top, bottom)).fields.outlet == ""


# --- 4. a newsroom's label is no outlet ------------------------------------------------------


@pytest.mark.parametrize("label", ["Newsroom", "Press Office", "Media Centre", "Press releases"])
def test_a_newsroom_label_gives_way_to_the_issuing_body(label: str) -> None:
    text = story(f"{label}\nMinistry of Inland Waterways")
    assert inspect(text).fields.outlet == "Ministry of Inland Waterways"


def test_a_korean_release_label_over_a_slogan_gives_the_department_lines_body() -> None:
    text = "\n".join(
        (
            "보도자료",
            "바다와 함께 여는 더 큰 내일",
            "섬 여객선 겨울철 하루 세 번 운항",
            "배포일시 2025. 3. 4.(화) 10:00",
            "여객선 운영사는 12월부터 2월까지 섬 항로를 하루 세 차례로 늘린다고 4일 밝혔다.",
            "담당 부서 해양수산부 연안해운과 과장 한지훈 (044-200-5710)",
        )
    )
    assert inspect(text).fields.outlet == "해양수산부"


# --- 8. a reader-mode export's host on a line of its own near the top -----------------------


@pytest.mark.parametrize(
    "top_lines",
    [(HEADLINE, "hilltopreview.example", "6-7 minutes"), (HEADLINE, "6-7 minutes", "hilltopreview.example")],
)
def test_a_host_alone_near_the_top_is_the_outlet_when_nothing_else_names_one(
    top_lines: tuple[str, ...],
) -> None:
    assert inspect("\n".join((*top_lines, P1, P2, P3))).fields.outlet == "hilltopreview.example"


# --- 5. the full masthead over a short form or a broadcast variant ----------------------------


@pytest.mark.parametrize(
    ("top", "bottom", "outlet"),
    [
        ("Meridian Press Wire", "Source: Meridian", "Meridian Press Wire"),
        ("K-Bridge TV", "© K-Bridge News. All rights reserved.", "K-Bridge TV"),
        # a brand over its news product keeps the brand ('새벽방송' of '새벽방송 뉴스')
        ("Dawnline News", "© Dawnline. All rights reserved.", "Dawnline"),
    ],
)
def test_the_full_masthead_wins_over_a_short_form_or_variant(top: str, bottom: str, outlet: str) -> None:
    assert inspect(story(top, bottom)).fields.outlet == outlet


# --- 6. a Korean page's Korean masthead over its Latin name ---------------------------------


@pytest.mark.parametrize(
    ("top", "bottom"), [("테크온 TECHON", "ⓒ TECHON. All rights reserved."), ("테크온", "Copyright © TECHON")]
)
def test_a_korean_page_keeps_its_korean_masthead(top: str, bottom: str) -> None:
    text = "\n".join((top, K_HEADLINE, "입력 2025.03.04 10:12", K1, K2, bottom))
    assert inspect(text).fields.outlet == "테크온"


def test_an_english_page_keeps_the_latin_name() -> None:
    assert inspect(story("테크온 TECHON", "ⓒ TECHON. All rights reserved.")).fields.outlet == "TECHON"


# --- 7. a podcast's show over its production company -----------------------------------------


@pytest.mark.parametrize(
    "title", ["The Long Haul, Episode 42: Why truck stops are closing", "Why truck stops are closing"]
)
def test_a_podcasts_show_beats_its_production_company(title: str) -> None:
    bottom = "Listen to The Long Haul on your favourite podcast app.\n© 2025 Long Haul Audio LLC"
    assert inspect(story("", bottom, headline=title)).fields.outlet == "The Long Haul"


# --- 9-11. hosts, Korean bylines in more positions, trade-press bylines ------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Hosted by Carla Benning and Mike Oduya", ("Carla Benning", "Mike Oduya")),
        ("Hosts: Carla Benning, Mike Oduya", ("Carla Benning", "Mike Oduya")),
        ("진행 권나래", ("권나래",)),
        ("[인터넷팀] 봉수아 기자", ("봉수아",)),
        ("워싱턴 / 윤지호 특파원", ("윤지호",)),
        ("/ 윤지호 특파원", ("윤지호",)),
    ],
)
def test_hosts_and_korean_bylines_in_more_positions(line: str, authors: tuple[str, ...]) -> None:
    assert read_byline(line) == authors


@pytest.mark.parametrize("line", ["Hosted by the newsroom", "Hosts: to be announced"])
def test_hosts_must_be_names(line: str) -> None:
    assert not read_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tom Brannigan | Mar 4, 2025",
        "Tom Brannigan · 5 min read · Mar 4, 2025",
        "Tom Brannigan | Mar 4, 2025 10:12 AM",
    ],
)
def test_a_name_set_apart_from_its_stamp_is_the_byline(line: str) -> None:
    text = "\n".join((HEADLINE, line, P1, P2, P3))
    assert inspect(text).fields.authors == ("Tom Brannigan",)


def test_a_publications_name_beside_its_stamp_is_no_author() -> None:
    text = "\n".join((HEADLINE, "Harbour Daily | Mar 4, 2025 10:12 AM", P1, P2, P3))
    assert inspect(text).fields.authors == ()


# --- 12. Korean stamp labels -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("게재일 2025-12-03 10:00", "2025-12-03T10:00:00+09:00"),
        ("등록 2025-12-02 09:05", "2025-12-02T09:05:00+09:00"),
        ("기사입력 2025.12.02. 오전 9:05", "2025-12-02T09:05:00+09:00"),
        ("보도시점 2025. 12. 3.(수) 11:00", "2025-12-03T11:00:00+09:00"),
        ("입력 : 2025년 12월 2일 09:05", "2025-12-02T09:05:00+09:00"),
    ],
)
def test_a_labelled_korean_stamp_beats_the_sites_clock(stamp: str, published: str) -> None:
    text = "\n".join(("2025.12.05 (금) 08:12", K_HEADLINE, stamp, K1, K2))
    found = inspect(text).fields.published
    assert found is not None and found.isoformat() == published


# --- 13. a slash date on a day-first site --------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "published"),
    [
        ("Mr Hughes said fewer than 8 per cent of drivers paid with cash.", "2025-12-04T10:12:00+09:00"),
        ("Read more at www.fenbridgecourier.co.uk", "2025-12-04T10:12:00+09:00"),
        ("The works start at 9am BST.", "2025-12-04T10:12:00+09:00"),
        # one weak cue is not enough, and a U.S. page keeps the month first
        ("The car park costs £4 a day.", "2025-04-12T10:12:00+09:00"),
        ("The car park costs $4 a day.", "2025-04-12T10:12:00+09:00"),
    ],
)
def test_a_slash_date_is_read_day_first_on_a_day_first_site(cue: str, published: str) -> None:
    text = "\n".join((HEADLINE, "04/12/2025 10:12", P1, P2, cue))
    found = inspect(text).fields.published
    assert found is not None and found.isoformat() == published


def test_a_date_in_words_still_beats_the_region() -> None:
    text = "\n".join(
        (HEADLINE, "04/12/2025 10:12", "LONDON, April 12 - " + P1, P2, "Mr Hughes said 8 per cent.")
    )
    found = inspect(text).fields.published
    assert found is not None and (found.month, found.day) == (4, 12)


def test_a_writer_holding_the_copyright_is_no_outlet_beside_a_masthead_named_again() -> None:
    text = story("The Kestrel Letter", "Thanks for reading The Kestrel Letter!\n© 2025 Nadia Ferro")
    assert inspect(text).fields.outlet == "The Kestrel Letter"
