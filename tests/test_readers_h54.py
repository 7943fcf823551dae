"""The raw reader on a religion, faith and philanthropy editor's week in English and a
provinces and regions editor's week in Korean, from the first halves of the blind batches
h54a and h54b (files 01-08 read; 09-15 stay blind) (issue 20, stop 56). Every name, outlet
and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_TITLE = "Regulators let offshore wind developer reprice its power contract"


def test_a_caption_with_its_photo_credit_before_the_datelines_paragraph_is_a_caption() -> None:
    caption = (
        "Crews replace the turbine blades at the Cape Ledge test site in October. The site has 12 "
        "turbines. Photo by Lena Marsh, Harbour News."
    )
    page = _story(_TITLE, "By Ama Boateng", lede=f"{caption}\n\nBOSTON (Harbour News) \u2014 {STORY[0]}")
    reading = inspect(page)
    assert reading.body[0] == STORY[0]
    assert reading.fields.dateline == "BOSTON"


def test_story_and_photos_by_names_the_writer() -> None:
    page = _story(_TITLE, "Story and photos by Teresa Valdovinos", "Dec 11, 2025 \u00b7 5:48 PM MST")
    assert inspect(page).fields.authors == ("Teresa Valdovinos",)


def test_the_storys_player_between_headline_and_deck_leaves_the_headline_its_place() -> None:
    deck = "Developers of a planned offshore wind farm will charge about a fifth more for its power"
    page = _story(
        "The Harbour Messenger",
        "Subscribe",
        "Local",
        _TITLE,
        "",
        "Listen to this article \u00b7 4 min",
        "",
        deck,
        "",
        "By Ama Boateng",
        "Dec 11, 2025 \u00b7 5:48 PM MST",
    )
    assert inspect(page).headline == _TITLE


def test_a_sentence_over_an_illustrations_credit_above_the_lede_is_a_caption() -> None:
    page = "\n".join(
        (
            _TITLE,
            "By Ama Boateng",
            "DECEMBER 16, 2025",
            "Pressed by higher costs, developers say 2026 will be a year to build less.",
            "Illustration by Noor Castellanos for The Harbour Ledger",
            *STORY,
            LAST,
        )
    )
    assert inspect(page).body[0] == STORY[0]


def _newsletter(*lines: str) -> str:
    return "\n".join(
        (
            "Subject: Harbour Bulletin | Issue 214",
            "From: Harbour Chapel <bulletin@harbourchapel.example>",
            "Date: Fri, 12 Dec 2025 13:40:22 +0000",
            "To: Yasmin Rahman <y.rahman@mailbox.example>",
            "",
            "HARBOUR BULLETIN",
            "The weekly newsletter of Harbour Chapel & Community Centre",
            "",
            _TITLE,
            *lines,
            "",
            *STORY,
            LAST,
            "",
            "You are receiving the Harbour Bulletin because you joined our mailing list.",
            "Unsubscribe",
        )
    )


def test_a_newsletter_a_body_sends_is_named_by_its_masthead_and_its_note_to_the_subscriber() -> None:
    assert inspect(_newsletter("by Hafsa Mirza")).fields.outlet == "Harbour Bulletin"


def test_a_communitys_post_after_the_name_is_no_author() -> None:
    assert inspect(_newsletter("by Hafsa Mirza, Community Services Lead")).fields.authors == ("Hafsa Mirza",)


_KO_STORY = (
    "남강군의회는 17일 제287회 정례회 제4차 본회의를 열어 2026년도 남강군 예산안을 5천832억 원 규모로 의결했다.",
    "의결된 예산은 일반회계 5천291억 원과 특별회계 541억 원으로, 집행부가 제출한 원안보다 18억 원 줄었다.",
    '하윤재 의장은 폐회사에서 "군민 생활과 직결되는 예산을 지키는 데 힘을 모았다"고 말했다.',
)


def _board_post(*top: str) -> str:
    return "\n".join(
        (
            *top,
            "홈 > 의회소식 > 보도자료",
            "남강군의회, 2026년도 예산 5천832억 원 의결…제287회 정례회 폐회",
            "작성자 : 의회사무과   작성일 : 2025.12.17   조회수 : 96",
            "첨부파일 : 제287회 정례회 제4차 본회의.jpg (2.1MB)",
            "남강군의회가 17일 제287회 정례회 제4차 본회의를 열고 있다.",
            *_KO_STORY,
            "목록",
        )
    )


def test_the_sentence_under_a_posts_attached_picture_saying_what_goes_on_is_its_caption() -> None:
    assert inspect(_board_post("남강군의회")).body == list(_KO_STORY)


def test_a_county_named_with_its_province_atop_its_page_is_the_county() -> None:
    page = _board_post("충청북도 해솔군", "열린군정", "알림마당")
    assert inspect(page + "\nCopyright ⓒ 충청북도 해솔군. All rights reserved.").fields.outlet == "해솔군"
