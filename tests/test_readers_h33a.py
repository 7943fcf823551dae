"""The raw reader on the issue's hardest shapes, from the first half of the blind batch h33a
(files 01-08; its second half stays blind) (issue 20, stop 49). Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline
from digest.content.readers.rawtext.wire import lede_dateline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h30a import _between
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def test_a_headline_with_its_stamp_and_an_e_mail_run_together() -> None:
    page = "\n".join((f"{_HEADLINE}December 2, 2025 9:41 amdesk@lafaek.example", "Share", "", *STORY, LAST))
    reading = inspect(page)
    assert reading.headline == _HEADLINE
    assert reading.fields.published is not None and (
        reading.fields.published.hour,
        reading.fields.published.minute,
    ) == (9, 41)


def test_a_journalists_label_names_the_writer() -> None:
    byline = parse_byline("Journalist: Zelia da Costa")
    assert byline is not None and byline.authors == ("Zelia da Costa",)


def test_a_caption_over_an_agencys_credit_with_the_photographer_after_a_slash() -> None:
    caption = "Trucks from the port head east towards the capital along the coastal road."
    body = inspect(_between(_story(_HEADLINE, "By Zelia Costa"), caption, "Image LAFAEK/Jacinto Soares")).body
    assert caption not in body


def test_a_national_agencys_place_and_day_with_its_name_between_slashes() -> None:
    found = lede_dateline(f"Ulaanbaatar, December 2, 2025 /ALTAI/. {STORY[0]}")
    assert found is not None
    assert (found.place, found.wire, found.rest) == ("Ulaanbaatar, December 2, 2025", "ALTAI", STORY[0])


def test_a_sites_disclosure_under_its_label_however_long() -> None:
    disclosure = (
        "Disclosure & Policies: Hashpoint is an independent media outlet covering digital assets and the "
        "people who build them, and follows a published set of editorial policies. Hashpoint is part of "
        "Meridale Holdings, which has investments in several digital asset companies and in the firms "
        "that serve them across Asia and Europe."
    )
    assert inspect(_story(_HEADLINE, "Dec 3, 2025", tail=(disclosure,))).body[-1] == LAST


def test_a_writers_card_at_the_foot_when_nothing_else_names_a_writer() -> None:
    card = ("Hana Lorimer", "Hana Lorimer is Hashpoint's Seoul correspondent, covering regulation in Korea.")
    assert inspect(_story(_HEADLINE, "Dec 3, 2025", tail=card)).fields.authors == ("Hana Lorimer",)
