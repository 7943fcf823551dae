"""The raw reader on the h17a batch's shapes: Pacific zones (TOT, FJT, ChST), a byline whose role
names the outlet before the writer's post, a broadcaster's masthead the story quotes
whole, a writer's name over the site's own name over the stamp, a terminal's title-case
dateline glued by '--', a wire credit closing with an e-mail, an embargo advisory over the
headline, a wire writer's 'contributed' line with outlet and place, a show's credits on
one line, and an episode's length beside its stamp. One test per mechanism.

Every name, outlet, host and sentence here is made up; what is real is the shape.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.content.model import Article
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import read_raw_text

TZ = ZoneInfo("Asia/Seoul")
HEADLINE = "Harbour council delays vote on new breakwater after storm damage survey"
L1 = (
    "The harbour council postponed its vote on a new breakwater on Monday after engineers asked for "
    "another month to finish surveying last winter's storm damage."
)
L2 = "Fishing crews have asked the council to repair the old wall first, before the autumn gales arrive."
L3 = "The council said it would publish the engineers' report before the vote is held in late May."


def read(text: str) -> Article:
    return read_raw_text(Path("story.txt"), text, TZ, ChromeFilter())


def page(*header: str, tail: tuple[str, ...] = (), lede: str = L1) -> str:
    return "\n\n".join((*header, lede, L2, L3, *tail)) + "\n"


@pytest.mark.parametrize(("zone", "hours"), [("TOT", 13), ("FJT", 12), ("ChST", 10)])
def test_a_pacific_stamp_keeps_its_zone(zone: str, hours: int) -> None:
    article = read(page(HEADLINE, "By Mele Tupou", f"Monday 5 May 2025, 9:15 am {zone}"))
    assert article.published == dt.datetime(2025, 5, 5, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=hours)))


def test_the_outlet_before_the_role_not_the_post_after_it() -> None:
    article = read(
        page(
            HEADLINE,
            "By Mele Tupou, Reef Radio News correspondent, Nukuvai",
            "Monday 5 May 2025, 9:15 am TOT",
        )
    )
    assert article.authors == ("Mele Tupou",)
    assert article.outlet == "Reef Radio News"


def test_a_post_after_a_plain_role_is_no_outlet() -> None:
    article = read(
        page(HEADLINE, "By Mele Tupou, senior correspondent, Nukuvai", "Monday 5 May 2025, 9:15 am TOT")
    )
    assert article.outlet != "Nukuvai"


def test_a_masthead_the_story_quotes_whole_keeps_its_news_word() -> None:
    lede = 'The harbour master told Reef News on Monday that "the old wall will not survive another winter".'
    text = page(
        "Reef News",
        "Reef Islands Broadcasting",
        HEADLINE,
        "By Mele Tupou, Reef News reporter",
        "Monday 5 May 2025, 9:15 am TOT",
        lede=lede,
        tail=("Send the Reef newsroom your tips.", "\u00a9 2025 Reef Islands Broadcasting Corporation."),
    )
    assert read(text).outlet == "Reef News"


def test_a_name_over_the_sites_own_name_over_the_stamp_is_the_writer() -> None:
    text = page(
        "THE LANTERN COURIER",
        HEADLINE,
        "Odile Marchand",
        "The Lantern Courier",
        "Published May 5, 2025 at 9:15 a.m. ET",
        tail=("\u00a9 2025 The Lantern Courier. All rights reserved.",),
    )
    assert read(text).authors == ("Odile Marchand",)


def test_a_name_over_the_sites_host_over_the_stamp_is_the_writer() -> None:
    text = page(
        "Coastal Rowing League", HEADLINE, "Odile Marchand", "CRL.example", "May 5, 2025 | 9:15 PM MT"
    )
    assert read(text).authors == ("Odile Marchand",)


def test_a_title_case_dateline_glued_by_double_hyphen_gives_place_and_credit() -> None:
    article = read(page(HEADLINE, "Date: 2025-05-05T09:15:00Z", lede="Tarvik (Quaymark)--" + L1))
    assert article.dateline == "Tarvik"
    assert article.outlet == "Quaymark"
    assert article.text.startswith("The harbour council postponed")


def test_a_dash_credit_with_the_writers_email_names_the_writer() -> None:
    article = read(
        page(
            HEADLINE,
            "Date: 2025-05-05T09:15:00Z",
            tail=(
                "--Reporting by Ines Okafor, ines.okafor@quaymark.example",
                "--Edited by Paul Venn, paul.venn@quaymark.example",
            ),
        )
    )
    assert article.authors == ("Ines Okafor",)


def test_an_embargo_advisory_over_the_headline_is_no_headline() -> None:
    text = page(
        "Quaymark Wire",
        "ADVISORY",
        "Embargoed story: for release at 0600 GMT on Monday, May 5, 2025",
        "Eds: Sent to members under embargo at 1800 GMT on Sunday. With photos.",
        "SCIENCE",
        HEADLINE,
        "By INES OKAFOR",
        "May 5, 2025 06:00 GMT",
    )
    assert read(text).headline == HEADLINE


def test_a_paragraph_that_opens_on_the_word_embargo_stays_in_the_story() -> None:
    """Only an embargo given as the line's label ('Embargoed story:', 'EMBARGOED UNTIL')
    is the wire's note; the word opening a sentence of the story is the story's."""
    sentence = "Embargo talks between the two ports stalled in 2024 over the cost of new cranes."
    article = read(page(HEADLINE, "By Ines Okafor", "May 5, 2025 06:00 GMT", tail=(sentence,)))
    assert article.text.rstrip().endswith(sentence)


def test_a_wire_writer_in_a_place_contributed_is_an_author() -> None:
    text = page(
        HEADLINE,
        "By Ines Okafor",
        "May 5, 2025 06:00 GMT",
        tail=("Quaymark Wire writer Paul Venn in Old Tarvik contributed to this report.",),
    )
    assert read(text).authors == ("Ines Okafor", "Paul Venn")


def test_a_shows_credits_on_one_line_and_its_length_beside_the_stamp() -> None:
    article = read(
        page(
            HEADLINE,
            "Hosted by Ines Okafor \u00b7 Reported by Paul Venn",
            "May 5, 2025 \u00b7 5:00 AM PT \u00b7 6 min",
        )
    )
    assert article.authors == ("Ines Okafor", "Paul Venn")
    assert article.published == dt.datetime(2025, 5, 5, 5, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
