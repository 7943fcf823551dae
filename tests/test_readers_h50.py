"""The raw reader on a space, astronomy, physics and earth-science editor's week in English
and a retail, food-service and consumer-goods editor's week in Korean, from the first
halves of the blind batches h50a and h50b (files 01-08 read; 09-15 stay blind) (issue 20,
stop 55). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


def test_a_name_and_a_scientists_post_under_the_stamp_is_the_byline() -> None:
    page = _story(
        "QuakeWatch",
        "Earthquake",
        "Volcano",
        "News",
        _TITLE,
        "Posted 3 Dec 2025, 4:12 pm NZDT",
        "Aroha Tane, Duty Seismologist",
    )
    assert inspect(page).fields.authors == ("Aroha Tane",)


def _release_service_page(*tail: str) -> str:
    return _story(
        "ReleaseHub",
        "News Releases",
        "Multimedia",
        _TITLE,
        "Peer-Reviewed Publication",
        "MARLOW UNIVERSITY",
        "2-Dec-2025 10:00 AM ET",
        tail=(
            *tail,
            "Media Contact",
            "Dana Whitlow",
            "Marlow University",
            "ReleaseHub is a service of the Council for Research News.",
            "Copyright \u00a9 2025 by the Council for Research News.",
        ),
    )


def test_a_release_services_issuer_over_the_stamp_is_the_outlet_and_its_kind_no_writer() -> None:
    reading = inspect(_release_service_page())
    assert reading.fields.outlet == "Marlow University"
    assert reading.fields.authors == ()


def test_a_papers_record_under_the_story_ends_it() -> None:
    record = (
        "JOURNAL",
        "Journal of Coastal Energy",
        "DOI",
        "10.5555/jce.2025.0101",
        "METHOD OF RESEARCH",
        "Experimental study",
        "ARTICLE PUBLICATION DATE",
        "2-Dec-2025",
        "COI STATEMENT",
        "The authors declare no competing interests.",
        "",
    )
    page = _release_service_page(*record)
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert reading.fields.authors == ()
    assert verdicts(page)["The authors declare no competing interests."][0] == "footer"
    # Capitals over values only once or twice are the story's sub-heads.
    heads = ("WHAT THEY FOUND", STORY[1], "", "WHAT COMES NEXT", LAST)
    assert inspect("\n".join((_TITLE, "", STORY[0], "", *heads))).body[-1] == LAST


def test_a_copyright_credit_without_year_between_paragraphs_is_a_pictures_and_the_line_over_it_a_caption() -> (
    None
):
    caption = "Dr Ama Reyes examines a slice of the meteorite in the Museum's clean laboratory."
    credit = "\u00a9 The Trustees of the Harbour Science Museum"
    page = "\n".join(
        (
            "Harbour Science Museum",
            _TITLE,
            "By Priya Castell",
            "First published 3 December 2025",
            "",
            f"{STORY[0]}\n",
            f"{STORY[1]}\n",
            caption,
            credit,
            "",
            f"{STORY[2]}\n",
            f"{STORY[3]}\n",
            LAST,
            "",
            "\u00a9 The Trustees of the Harbour Science Museum, London",
        )
    )
    reading = inspect(page)
    assert caption not in reading.body
    assert reading.body[-1] == LAST
    assert verdicts(page)[credit][0] == "caption"
