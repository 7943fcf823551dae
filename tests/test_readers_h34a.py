"""The raw reader on an editor's ordinary week in English, from the first half of the blind
batch h34a (files 01-08; its second half stays blind) (issue 20, stop 49). Every name,
outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def test_a_writer_with_the_agencys_code_in_parentheses() -> None:
    byline = parse_byline("Nadia Brennan (TAP)")
    assert byline is not None and (byline.authors, byline.outlet) == (("Nadia Brennan",), "TAP")
    for other in ("Sora Semiconductor (SRSMF)", "Artificial Intelligence (AI)", "Seoul City (SMG)"):
        found = parse_byline(other)
        assert found is None or not found.authors


def test_an_investing_sites_disclosure_over_the_story() -> None:
    disclosure = (
        "This is not investment advice. The author has no position in any of the stocks mentioned. "
        "Gigacores.example has a disclosure and ethics policy."
    )
    assert inspect(_story(_HEADLINE, "Dec 3, 2025", lede=f"{disclosure}\n\n{STORY[0]}")).body[0] == STORY[0]


def test_the_sites_own_sign_in_button_is_no_publications_card() -> None:
    # the trade site's bulleted buttons over its menu, its name again in the menu and the
    # copyright line: 'Sign In' is a button, not a publication carried on a platform
    page = _story(
        "We use cookies to give you the best experience on our website.",
        "",
        "Accept all cookies",
        "",
        "Skip to main content",
        "",
        "DataHall",
        "",
        "  * Sign In",
        "  * Subscribe",
        "",
        "  * News",
        "  * Analysis",
        "  * DataHall Academy",
        "  * Jobs",
        "",
        _HEADLINE,
        "",
        "Sebastian Kerr",
        "",
        "November 25, 2025",
        tail=(
            # ('design in' holds 'sign in': the button seemed named again lower down)
            "How liquid cooling is reshaping data center design in Asia",
            "",
            "Subscribe to the DataHall newsletter",
            "",
            "\u00a9 2025 DataHall Media Ltd. DataHall Media Ltd is registered in England and Wales.",
        ),
    )
    assert inspect(page).fields.outlet == "DataHall"


def test_a_wires_caption_between_the_paragraphs_with_its_editors_code() -> None:
    """(stop 52, h34a-02) '(KALA PHOTO/Name/abc)': the wire's photo, its photographer and
    the code of the editor who filed it, under a long caption among the paragraphs."""
    caption = (
        "Deputy Minister Hendra Wirawan (third left) and plant director Kwon Min-ho (second left) press a button "
        "to mark the start of construction in Batang, Central Java, on Friday (November 28, 2025). "
        "(KALA PHOTO/Bayu Pratama/nym)"
    )
    page = _story(_HEADLINE, "Friday, 28 November 2025 17:46 WIB").replace(
        STORY[2], f"{caption}\n\n{STORY[2]}"
    )
    reading = inspect(page)
    assert caption not in reading.body and STORY[2] in reading.body


def test_a_review_sites_disclosure_platform_prompt_and_top_comment_under_the_story() -> None:
    """(stop 52, h34a-06) 'FTC: ...' and 'Add X to your Google News feed.' under the story,
    then one reader's comment, which is not its last paragraph."""
    comment = "Finally. They have the factories and the know-how, they just needed someone to tell them."
    tail = (
        "FTC: We use income earning auto affiliate links. More.",
        "Add Gridline to your Google News feed.",
        "Top comment by voltfan_99",
        "Liked by 41 people",
        comment,
        "View all comments",
    )
    page = _story(_HEADLINE, "Nov 28 2025 - 9:42 am PT", tail=tail)
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert comment not in reading.body
