"""The raw reader on a video games, esports, film and television editor's week in English,
from the first half of the blind batch h55a (files 01-08 read; 09-15 stay blind; h55b's
first half needed nothing) (issue 20, stop 56). Every name, outlet and sentence here is
made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


def test_a_listed_companys_note_that_the_law_made_it_disclose_ends_the_release() -> None:
    note = (
        "This information is information that Harbour Wind AB is required to disclose under the EU Market "
        "Abuse Regulation. It was submitted for publication, through the contact person below, at 08:00 "
        "CET on 11 December 2025."
    )
    page = _story(_TITLE, "Harbour Wind AB", tail=(note, "", "For further information, please contact:"))
    assert inspect(page).body[-1] == LAST
    assert verdicts(page)[note][0] != "body"


def test_a_comment_boxs_sign_in_prompt_under_its_heading_ends_the_story() -> None:
    page = _story(
        _TITLE,
        "By Ama Boateng",
        tail=(
            "4 comments",
            "Log in to comment",
            "MarcusK \u00b7 3h",
            "Nineteen per cent is very healthy for a wind farm. Curious what the margins look like.",
        ),
    )
    assert inspect(page).body[-1] == LAST


def _trade_page(copyright: str) -> str:
    return _story(
        "Tapline.biz",
        "The business of offshore energy",
        _TITLE,
        "By Ama Boateng",
        "Tue 9th Dec 2025 - 14:20 GMT",
        tail=("About Tapline.biz", copyright),
    )


def test_a_brand_a_company_trades_under_is_the_outlet_with_its_domain() -> None:
    page = _trade_page(
        "Copyright \u00a9 2025 Tidewater Media Ltd. Tapline.biz is a trading name of Tidewater Media Ltd."
    )
    assert inspect(page).fields.outlet == "Tapline.biz"


def test_a_pictures_source_beside_its_caption_and_a_tables_source_are_no_outlet() -> None:
    page = _story(
        "Harbour Energy Review",
        "News",
        _TITLE,
        "By Ama Boateng",
        "15 December 2025 17:05 GMT",
        "Source: Brightwell Pictures",
        "'Frostbound'",
        tail=(
            "Rank\tFarm\tDeveloper\tCapacity",
            "1\tCape Ledge\tBrightwell\t800 MW",
            "Source: Boxline",
            "",
            "\u00a9 2025 Marlowe Trade Media Ltd. All rights reserved.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.outlet not in ("Brightwell Pictures", "Boxline")
    assert reading.body[0] == STORY[0]


def _carried_release(*tail: str) -> str:
    return _story(
        "THE HARBOUR REPORT",
        "Home | News | Ratings | Listings",
        "Press Release",
        _TITLE.upper(),
        "Tuesday, December 9, 2025 - 11:00 AM ET",
        "Source: Cape Ledge Wind",
        lede=f"BURBANK, Calif. - {STORY[0]}",
        tail=(
            "###",
            "",
            "Press contacts:",
            "Alana Ruiz, Cape Ledge Wind Communications, alana.ruiz@capeledge.example",
            "",
            "The Harbour Report is not responsible for the content of press releases.",
            "More Cape Ledge Wind press releases:",
            *tail,
            "Copyright \u00a9 2001-2025 The Harbour Report. All rights reserved.",
        ),
    )


def test_a_datelines_place_with_its_state_before_a_hyphen_is_a_dateline() -> None:
    reading = inspect(_carried_release())
    assert reading.fields.dateline == "BURBANK, Calif."
    assert reading.body[0] == STORY[0]


def test_the_people_under_a_releases_press_contacts_heading_are_no_authors() -> None:
    assert inspect(_carried_release()).fields.authors == ()


def test_a_news_sites_board_of_releases_names_the_issuer_its_source_line_names() -> None:
    assert inspect(_carried_release()).fields.outlet == "Cape Ledge Wind"


def _wiki_page() -> str:
    return "\n".join(
        (
            "Fanhall",
            "GAMES",
            "WIKIS",
            "Harbour Wiki",
            "Harbour Wiki:News",
            "in: News, 2025 news",
            f"Harbour Wiki:News/{_TITLE}",
            "Edit",
            "History",
            "",
            _TITLE,
            "",
            *STORY,
            LAST,
            "\u2014 Mira Castell (talk) 14:36, 11 December 2025 (UTC)",
            "References",
        )
    )


def test_a_wiki_pages_full_name_is_no_headline_and_the_title_below_it_is() -> None:
    assert inspect(_wiki_page()).headline == _TITLE


def test_a_wiki_editors_signature_names_the_writer_and_the_time() -> None:
    fields = inspect(_wiki_page()).fields
    assert fields.authors == ("Mira Castell",)
    assert fields.published is not None
    assert fields.published.isoformat() == "2025-12-11T14:36:00+00:00"
