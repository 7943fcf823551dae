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
