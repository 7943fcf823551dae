"""The raw reader on the shapes of h28a (issue 20, stop 49): a London markets wire, a
broadcaster's English service, a chip trade site, a Malaysian business daily, an investors'
board, a newsletter in a mail client, a Korean regional daily. Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline, signoff
from digest.content.readers.rawtext.lines import copyright_outlet
from digest.content.readers.rawtext.wire import lede_dateline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h30a import _between
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def test_a_wires_rubric_before_the_headline() -> None:
    page = _story("Thames Wire", "Asia-Pacific", f"TOP NEWS: {_HEADLINE}", "Wed 3rd Dec 2025 07:41 GMT")
    assert inspect(page).headline == _HEADLINE


def test_a_byline_with_the_writers_e_mail_after_a_semicolon() -> None:
    byline = parse_byline("By Harriet Cole; harrietcole@thameswire.example")
    assert byline is not None and byline.authors == ("Harriet Cole",)


def test_a_reporters_sign_off_with_the_brand_and_the_place_over_a_foundations_copyright() -> None:
    found = signoff("Lin Yu-chen, Taivision, Kaohsiung.")
    assert found is not None and (found.authors, found.outlet) == (("Lin Yu-chen",), "Taivision")
    tail = (
        "Lin Yu-chen, Taivision, Kaohsiung.",
        "",
        "\u00a9 2025 Taiwan Global Broadcasting Foundation. All rights reserved.",
    )
    reading = inspect(_story("News", "Business", _HEADLINE, "Dec 3, 2025 18:20", tail=tail))
    assert reading.fields.outlet == "Taivision"
    assert reading.body[-1] == LAST


def test_a_pictures_copyright_is_no_outlet() -> None:
    page = _story(
        "boardline.example", _HEADLINE, "\u00a9 Haneul Memory (illustration purposes only)", "By Dana Kim"
    )
    assert inspect(page).fields.outlet == "boardline.example"


def test_a_posts_writer_and_day_with_an_ordinal() -> None:
    page = _story("Sensor Notes", _HEADLINE, "Posted by Rowan Pritchett on December 3rd, 2025")
    assert inspect(page).fields.authors == ("Rowan Pritchett",)


def test_a_dateline_with_the_day_in_parentheses() -> None:
    found = lede_dateline(f"IPOH (Dec 4): {STORY[0]}")
    assert found is not None and (found.place, found.rest) == ("IPOH (Dec 4)", STORY[0])


def test_a_malaysian_companys_registration_number_is_no_part_of_its_name() -> None:
    text = "Copyright \u00a9 1999-2025 The Bayan Ledger Media Sdn Bhd (266980-X). All rights reserved."
    assert copyright_outlet(text) == "The Bayan Ledger"


def test_a_boards_repost_takes_the_pasted_storys_stamp_under_the_posters_lead_in() -> None:
    top = (
        "TickerHall",
        "Boards",
        "Post# 41887 of 41902",
        "Posted by: memcycle_mike",
        "Date: 12/03/2025 9:48:13 PM",
        "",
        "Posting this from the terminal since the link is paywalled for most of you. Big if true:",
        _HEADLINE,
        "By Alex Moreno",
        "Dec 3, 2025 5:41 AM ET",
    )
    reply = ("Posted by: waferwatch", "Date: 12/03/2025 10:02:51 PM", "Thanks for posting this.")
    published = inspect(_story(*top, tail=reply)).fields.published
    assert published is not None and (published.hour, published.minute) == (5, 41)


def test_korean_reporters_each_after_their_town() -> None:
    byline = parse_byline("용인/조하은·여주/문태식기자 hae@hannae.example")
    assert byline is not None and byline.authors == ("조하은", "문태식")


def test_a_newsletters_sponsor_notes_and_sign_off_around_its_lead() -> None:
    top = (
        "Han River Brief",
        _HEADLINE,
        "Thu, Dec 4, 2025, 7:02 AM",
        "",
        "This week: why the price rose, and why the consumers still object. About a six-minute read.",
        "",
        "Presented by Gangnam Quant Desk: market data for people who read footnotes. Try it free for 30 days.",
        "",
        "This week's lead is by our markets contributor Yoon Seo-a.",
    )
    tail = (
        "That's all for this week. Hit reply and tell us what you'd like us to dig into next.",
        "",
        "See you next Thursday.",
    )
    reading = inspect(_story(*top, tail=tail))
    assert reading.body == [*STORY, LAST]
    assert reading.fields.authors == ("Yoon Seo-a",)


def test_a_sponsors_line_between_paragraphs() -> None:
    sponsor = "Presented by Harbor Data: market data for people who read footnotes. Try it free for 30 days."
    body = inspect(_between(_story(_HEADLINE, "By Yoon Seo-a"), sponsor)).body
    assert sponsor not in body and STORY[2] in body
