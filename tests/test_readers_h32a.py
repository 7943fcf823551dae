"""The raw reader on newspaper chains' and financial sites' pages, from the first half of
the blind batch h32a (files 01-08; its second half stays blind) (issue 20, stop 49). Every
name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h30a import _between
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def test_a_photographers_credit_under_a_caption_is_no_byline_and_the_story_goes_on() -> None:
    assert parse_byline("Jon Pruett/Staff photographer") is None
    caption = "A crew change at the main gate of the plant in Pasadena on Monday."
    page = _between(_story(_HEADLINE, "By Dana Whitford"), caption, "Jon Pruett/Staff photographer", after=3)
    reading = inspect(page)
    assert reading.fields.authors == ("Dana Whitford",)
    assert reading.body == [*STORY, LAST]


def test_a_research_desk_beside_the_stamp_is_no_person() -> None:
    page = _story("Quillfield", _HEADLINE, "Quillfield Equity Research", "December 02, 2025")
    assert inspect(page).fields.authors == ()


def test_a_syndicated_copys_pointer_home_and_a_newsrooms_call_for_tips() -> None:
    tail = (
        "To read this article on quillfield.example click here.",
        "",
        "Have you got a story? Tell us by emailing newsdesk@fens.example or by messaging us on social media.",
    )
    assert inspect(_story(_HEADLINE, "By Dana Whitford", tail=tail)).body[-1] == LAST


def test_the_sites_maker_in_the_footer() -> None:
    assert ChromeFilter().is_chrome("Website by Boyne Digital")
