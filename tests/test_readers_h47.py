"""The raw reader on an AI, chips, cloud and software-industry editor's week in English and
a science, IT, telecoms and semiconductors editor's week in Korean, from the first halves
of the blind batches h47a and h47b (files 01-08 read; 09-15 stay blind) (issue 20, stop
54). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext import bounds, zones
from digest.content.readers.rawtext.source import BODY, TEASER, Line
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

# --- h47a: a project's blog, a standards body, a status page, a conference, an aggregator ---


def test_a_tab_title_over_the_headline_gives_the_headline_and_the_site() -> None:
    page = _story(
        "Announcing Quill 2.4.0 | Quill Blog",
        "",
        "  * Quill Blog",
        "  * Quill Forum",
        "",
        "Announcing Quill 2.4.0",
        "",
        "Dec. 4, 2025 \u00b7 The Quill Release Team",
    )
    reading = inspect(page)
    assert reading.headline == "Announcing Quill 2.4.0"
    assert reading.fields.outlet == "Quill Blog"
    assert reading.fields.authors == ()
    assert verdicts(page)["Dec. 4, 2025 \u00b7 The Quill Release Team"][0] == "stamp"


def test_a_writer_after_the_date_and_a_dot_is_the_byline() -> None:
    page = _story("Harbor Dev Notes", "Why our build got faster", "Mar 4, 2025 \u00b7 Jane Okafor")
    assert inspect(page).fields.authors == ("Jane Okafor",)


def test_a_print_page_after_a_korean_stamp_is_no_writer() -> None:
    page = _story("새벽경제", "반도체 수출 석 달째 늘어", "입력 2025.11.30 06:00 | 지면 A14")
    assert inspect(page).fields.authors == ()


def test_a_project_sites_footer_notes_are_small_print() -> None:
    for sentence in (
        "Quill is maintained by the Quill Project on a community basis.",
        "Quill and the Quill logo are trademarks of the Quill Foundation.",
        "Maintained by the Quill Team.",
        "See a typo?",
        "Send a fix here!",
        "You can rate this PIR and provide any feedback using our quick 3-question survey.",
        "Stay informed about service issues by creating custom alerts in Harbor Service Health.",
        "ISO/WSF 51002 can be purchased from the WSF Store or from WSF national members.",
    ):
        assert bounds.small_print(sentence), sentence
    for sentence in ("The road is maintained by the state.", "Tickets can be bought at the door."):
        assert not bounds.small_print(sentence), sentence


def test_a_short_call_between_link_labels_after_the_story_is_a_label_too() -> None:
    lines = [
        Line(1, STORY[0], STORY[0], verdict=BODY),
        Line(2, LAST, LAST, verdict=BODY),
        Line(3, "Quill Blog RSS feed", "  * Quill Blog RSS feed", verdict=TEASER),
        Line(4, "Get help!", "  * Get help!", verdict=BODY),
        Line(5, "Quill Documentation", "  * Quill Documentation", verdict=TEASER),
    ]
    body = [lines[0], lines[1], lines[3]]
    zones._link_among_links(lines, body)
    assert [line.text for line in body] == [STORY[0], LAST]
    assert lines[3].verdict == TEASER


def test_an_acronym_and_the_name_it_stands_for_is_the_masthead_not_the_headline() -> None:
    page = _story(
        "Skip to main content",
        "WSF - World Standards Federation",
        "Standards",
        "Store",
        "Regulators approve repriced offshore wind contract under new standard",
        "By Solène Marchetti on 1 December 2025",
        tail=(
            "ISO/WSF 51002 can be purchased from the WSF Store or from WSF national members.",
            "",
            "\u00a9 World Standards Federation 2025. All Rights Reserved.",
        ),
    )
    reading = inspect(page)
    assert reading.headline == "Regulators approve repriced offshore wind contract under new standard"
    assert reading.fields.outlet == "World Standards Federation"
    assert reading.body[-1] == LAST


def test_a_report_laid_out_under_questions_starts_at_its_first_answer() -> None:
    page = "\n".join(
        (
            "Harbor Cloud status history",
            "Post Incident Review (PIR) \u2013 Harbor Gate \u2013 Elevated errors in Europe",
            "What happened?",
            STORY[0],
            "What went wrong and why?",
            STORY[1],
            "How did we respond?",
            STORY[2],
            LAST,
            "How can we make our incident communications more useful?",
            "You can rate this PIR and provide any feedback using our quick 3-question survey.",
            "Stay informed about service issues by creating custom alerts in Harbor Service Health.",
        )
    )
    reading = inspect(page)
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST


def test_chairs_sharing_a_post_are_the_writers() -> None:
    page = _story(
        "CLS 2025",
        "CLS 2025 in numbers: record submissions and a tighter acceptance rate",
        "Posted: Wednesday, 26 November 2025, 09:30 PT",
        "Hannah Okoro, Mateo Lindahl and Yuki Tanabe, CLS 2025 Program Chairs",
    )
    assert inspect(page).fields.authors == ("Hannah Okoro", "Mateo Lindahl", "Yuki Tanabe")


def test_an_aggregators_title_with_the_host_names_the_outlet() -> None:
    page = _story(
        "Lantern News new | past | comments | ask | show | jobs | submit",
        "",
        "Tidewater cuts 1,900 jobs to fund offshore wind contracts (gridwire.example)",
        "412 points by quillfeather 5 hours ago | hide | past | favorite | 287 comments",
    )
    reading = inspect(page)
    assert reading.fields.outlet == "gridwire.example"
    assert reading.headline == "Tidewater cuts 1,900 jobs to fund offshore wind contracts"
