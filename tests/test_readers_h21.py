"""The raw reader on the shapes the h21a and h21c batches showed (issue 20, stop 44):
credits under a wire's or a terminal's story, a second writer in capitals over a bureau,
portals that carry a partner's story, a glued zone, a deck that reports, a pull quote over
its attribution, a page that declares the zone of its times, and mastheads over their
companies. Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import datetime as dt

from tests.test_readers_unseen import inspect

HEADLINE = "Regulators let offshore wind developer reprice its power contract"
STORY = (
    "State utility regulators on Tuesday allowed the developer of a planned offshore wind farm to raise "
    "the price it charges for power by about a fifth.",
    "The Department of Public Utilities voted 2-1 to approve the amended contract after a four-month review.",
    "Under the new terms, the three largest utilities will pay $96 a megawatt-hour for the farm's output.",
    "Consumer advocates opposed the change, arguing it rewards a developer for its own bidding mistakes.",
)
LAST = "The developer said it expected to sign a turbine supply contract by the end of the year."
BODY = "\n\n".join([*STORY, LAST])


def _page(*header: str, body: str = BODY, footer: tuple[str, ...] = (), top: tuple[str, ...] = ()) -> str:
    return (
        "\n".join(
            [*top, "Harbor Wire", "News | Business | Energy", "", HEADLINE, *header, "", body, "", *footer]
        )
        + "\n"
    )


def _body(text: str) -> list[str]:
    return [line.text for line in inspect(text).lines if line.verdict == "body"]


# --- credits under the story ----------------------------------------------------------


def test_a_wires_writers_with_their_cities_are_authors_and_not_the_last_sentence() -> None:
    credit = (
        "Harbor Wire writers Sofia Lind in Providence, Rhode Island, and Martin Krol in Washington "
        "contributed to this report."
    )
    reading = inspect(
        _page("By Harlan Briggs", "Updated 3:41 PM EDT, October 14, 2025", body=f"{BODY}\n\n{credit}")
    )
    assert reading.fields.authors == ("Harlan Briggs", "Sofia Lind", "Martin Krol")
    assert _body(_page("By Harlan Briggs", body=f"{BODY}\n\n{credit}"))[-1] == LAST


def test_a_terminals_line_to_contact_the_reporters_names_the_authors_and_not_its_editors() -> None:
    footer = (
        "To contact the reporters on this story: Nadia Ferreira in Washington at nferreira@wire.example; "
        "Eli Brandt in New York at ebrandt@wire.example",
        "To contact the editors responsible for this story: Loren Duque at lduque@wire.example",
    )
    reading = inspect(_page("By Nadia Ferreira", "March 4, 2025 6:12 PM EST", footer=footer))
    assert reading.fields.authors == ("Nadia Ferreira", "Eli Brandt")


def test_a_contributors_paper_after_her_name_is_no_author() -> None:
    footer = ("Contributing: Rosa Delgado, Nation Today Network",)
    reading = inspect(_page("By Dana Whitcomb", "Published 6:02 a.m. ET Oct. 14, 2025", footer=footer))
    assert reading.fields.authors == ("Dana Whitcomb", "Rosa Delgado")


def test_a_name_alone_over_the_stamp_stays_an_author_beside_a_helpers_credit() -> None:
    body = f"{BODY}\n\nStaff writer Ken Ishikawa contributed to this report."
    reading = inspect(_page("Lucia Fernandes", "Tue, Mar 4, 2025, 6:12 PM EST", body=body))
    assert reading.fields.authors == ("Lucia Fernandes", "Ken Ishikawa")


def test_compiled_by_names_the_writer() -> None:
    reading = inspect(_page("Compiled by Lwazi Dube", "Published 4 March 2025, 17:14"))
    assert reading.fields.authors == ("Lwazi Dube",)


def test_a_second_writer_in_capitals_over_her_bureau_is_an_author() -> None:
    reading = inspect(
        _page("By JENNA HALVORSEN Courier staff writer", "MARCUS OBI Lincoln Bureau", "Mar 4, 2025")
    )
    assert reading.fields.authors == ("Jenna Halvorsen", "Marcus Obi")


# --- what sits between the paragraphs and over the story ------------------------------


def test_a_note_that_the_story_continues_below_an_ad_is_the_pages() -> None:
    body = "\n\n".join(
        [STORY[0], STORY[1], "Story continues below.", STORY[2], "Continue reading below", LAST]
    )
    assert _body(_page("By Jane Roe", body=body)) == [STORY[0], STORY[1], STORY[2], LAST]


def test_a_topics_follow_prompt_over_the_story_is_the_pages() -> None:
    prompt = (
        "Don't miss out on the headlines from Melbourne crime. Followed categories will be added to My News."
    )
    assert _body(_page("By Jane Roe", "March 4, 2025 - 5:14PM", body=f"{prompt}\n\n{BODY}"))[0] == STORY[0]


def test_a_pull_quote_over_its_attribution_is_not_the_first_paragraph() -> None:
    quote = "\u201cWe are asking every household to store only what it needs for two days.\u201d"
    body = f"{quote}\n\u2014 Mayoral committee member for utilities\n\n{BODY}"
    assert _body(_page("By Jane Roe", "Published: 04 March 2025, 17:14 (SAST)", body=body))[0] == STORY[0]


def test_a_deck_that_reports_is_a_deck_when_the_byline_and_stamp_stand_under_it() -> None:
    deck = "Buses will stay off the routes until police can escort them, the operator said."
    text = "\n".join(
        [
            "Newsfront24",
            "News",
            HEADLINE,
            deck,
            "Compiled by Lwazi Dube",
            "Published 4 March 2025, 17:14",
            "0:00 / 3:41",
            "Listen to this article",
            "Share",
            *STORY,
            LAST,
            "Read next",
            "Terms & Conditions",
        ]
    )
    reading = inspect(text + "\n")
    body = [line.text for line in reading.lines if line.verdict == "body"]
    assert body[0] == STORY[0] and body[-1] == LAST
    assert reading.fields.authors == ("Lwazi Dube",)


# --- times ----------------------------------------------------------------------------


def test_a_zone_glued_to_the_next_label_is_read() -> None:
    reading = inspect(_page("By Jane Roe", "October 14, 20256:12 AM UTCUpdated 2 hours ago"))
    assert reading.fields.published == dt.datetime(2025, 10, 14, 6, 12, tzinfo=dt.UTC)


def test_the_zone_a_page_declares_for_all_its_times_dates_a_zoneless_stamp() -> None:
    footer = ("\u00a9 Southbank Newspapers Pty Ltd 2025. All times AEDT (GMT +11).",)
    reading = inspect(_page("By Jane Roe", "March 4, 2025 - 5:14PM", footer=footer))
    assert reading.fields.published is not None
    assert reading.fields.published.utcoffset() == dt.timedelta(hours=11)
    assert (reading.fields.published.hour, reading.fields.published.minute) == (17, 14)


# --- outlets --------------------------------------------------------------------------


def test_a_portals_partner_named_over_the_headline_and_under_the_story_is_the_outlet() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "Yodel Finance",
            "Search query",
            "Sign in",
            "Markets",
            "Research",
            "Bayline Business Journal",
            HEADLINE,
            "Lucia Fernandes",
            "Tue, Mar 4, 2025, 6:12 PM EST",
            "",
            BODY,
            "",
            "Read more from the Bayline Business Journal:",
            "Port lease sets a floor for automation",
            "Recommended Stories",
            "Copyright © 2025 Yodel Inc. All rights reserved.",
        ]
    )
    assert inspect(text + "\n").fields.outlet == "Bayline Business Journal"


def test_a_portals_partner_card_with_its_follow_button_is_the_outlet_over_the_copyright() -> None:
    text = "\n".join(
        [
            "Skip to content",
            "Beacon Start",
            "Search the web",
            "Sign in",
            "Discover",
            "News",
            "Money",
            "The Tidewater Ledger logo",
            "The Tidewater Ledger",
            "Follow",
            HEADLINE,
            "Story by Marisa Quillen, Tom Abernathy",
            "",
            BODY,
            "",
            "Continue reading",
            "© 2025 Beacon",
        ]
    )
    assert inspect(text + "\n").fields.outlet == "The Tidewater Ledger"


def test_a_wire_joined_to_the_byline_by_and_is_not_the_outlet() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "Subscribe",
            "The Edo Times",
            "News",
            "Business",
            "",
            HEADLINE,
            "by Takeshi Oda and Kyodo",
            "Mar 4, 2025",
            "",
            BODY,
            "",
            "THE EDO TIMES, LTD. ALL RIGHTS RESERVED.",
        ]
    )
    reading = inspect(text + "\n")
    assert reading.fields.outlet == "The Edo Times"
    assert reading.fields.authors == ("Takeshi Oda",)  # the copyright in capitals is no sign-off


def test_a_masthead_in_capitals_the_story_calls_by_its_word_stands_over_the_company() -> None:
    body = f"{BODY}\n\nConfidential files seen by the Herald show the warning came in October."
    text = "\n".join(
        [
            "Skip to content",
            "Subscribe",
            "THE YARRA HERALD",
            "Today's Paper",
            "News",
            "Sport",
            "",
            HEADLINE,
            "By Jane Roe",
            "March 4, 2025 - 5:14PM",
            "",
            body,
            "",
            "© Southbank Newspapers Pty Ltd 2025. All times AEDT (GMT +11).",
        ]
    )
    assert inspect(text + "\n").fields.outlet == "The Yarra Herald"


def test_a_broadcasters_news_service_keeps_its_news_word() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "ACB News",
            "Menu",
            "Search ACB News",
            "ACB News",
            "Western Australia",
            "ACB Pilbara",
            HEADLINE,
            "By Eliza Trang",
            "Posted Tue 4 Mar 2025 at 5:14pm",
            "",
            BODY,
            "",
            "ACB acknowledges the Traditional Custodians of the lands where we live and work.",
            "Contact ACB News",
            "© 2025 Australian Commonwealth Broadcaster",
        ]
    )
    assert inspect(text + "\n").fields.outlet == "ACB News"


# --- the second halves of h21a and h21c --------------------------------------------------


def test_a_wires_share_after_the_byline_adds_no_author() -> None:
    assert inspect(_page("By \u00c9lise Marchand with AP", "March 4, 2025")).fields.authors == (
        "\u00c9lise Marchand",
    )


def test_a_portals_source_line_with_a_writer_and_role_is_the_byline() -> None:
    reading = inspect(_page("Source: Kwabena Asante-Darko, Contributor", "Tuesday, March 4, 2025"))
    assert reading.fields.authors == ("Kwabena Asante-Darko",)


def test_a_zone_printed_once_on_a_stamp_line_dates_its_other_time() -> None:
    stamp = "Published on 04/03/2025 - 17:14 GMT+1\u2022Updated 04/03/2025 - 19:02"
    reading = inspect(_page("By Jane Roe", stamp))
    assert reading.fields.updated == dt.datetime(2025, 3, 4, 19, 2, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_syndicated_storys_note_is_not_its_last_sentence() -> None:
    note = (
        "(Except for the headline, this story has not been edited by Narmada TV staff "
        "and is published from a syndicated feed.)"
    )
    assert _body(_page("By Jane Roe", body=f"{BODY}\n\n{note}"))[-1] == LAST


def test_a_television_companys_short_brand_is_the_outlet() -> None:
    text = "\n".join(
        (
            "Get the Narmada TV app",
            "NarmadaTV",
            HEADLINE,
            "By Jane Roe",
            "March 4, 2025",
            "",
            BODY,
            "",
            "Track Latest News Live on Narmada TV and get news updates",
            "Copyright \u00a9 Narmada Television Network Limited 2025. All rights reserved.",
        )
    )
    assert inspect(text + "\n").fields.outlet == "Narmada TV"


def test_a_mastheads_company_with_a_malaysian_legal_form_is_no_person() -> None:
    # 'Klang Mail' is a paper's name ('Mail'), not a person's holding the copyright
    text = "\n\n".join(
        (
            "Skip to main content",
            "THE KLANG MAIL",
            "Malaysia",
            "Money",
            "World",
            "Malaysia",
            HEADLINE,
            "Tuesday, 04 Mar 2025 5:14 PM MYT",
            "BY ZARINA ABDUL RAHMAN",
            *STORY,
            LAST,
            "Follow us on Instagram and get the latest news on Malaysia and the world.",
            "Klang Mail",
            "About Us",
            "Copyright \u00a9 2025 Klang Mail Sdn Bhd. All rights reserved.",
        )
    )
    assert inspect(text + "\n").fields.outlet == "The Klang Mail"


def test_a_reader_views_host_gives_way_to_the_name_it_spells() -> None:
    text = "\n".join(
        ("english.haboker.example", HEADLINE, "Noa Ben-Ami", "Ha'Boker \u00b7 Israel News", BODY)
    )
    assert inspect(text + "\n").fields.outlet == "Ha'Boker"


def test_a_logos_alt_text_at_the_top_is_no_headline_and_names_the_site() -> None:
    text = "\n".join(
        (
            "Skip to main content",
            "The homepage",
            "The Circuitry logo",
            "Menu Expand",
            "Tech",
            "Science",
            "",
            HEADLINE,
            "by Tessa Marlow",
            "Oct 14, 2025, 2:13 PM UTC",
            "",
            BODY,
            "",
            "© 2025 Orbit Media, LLC. All Rights Reserved",
        )
    )
    reading = inspect(text + "\n")
    assert reading.headline == HEADLINE
    assert reading.fields.outlet == "The Circuitry"


def test_an_update_notes_time_is_the_updated_time() -> None:
    note = "Update, October 14th, 3:10PM ET: Cobaltline has published a preliminary incident report."
    reading = inspect(_page("by Tessa Marlow", "Oct 14, 2025, 2:13 PM UTC", body=f"{note}\n\n{BODY}"))
    assert reading.fields.updated == dt.datetime(
        2025, 10, 14, 15, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4))
    )


def test_a_web_mails_sender_names_the_letter_and_its_writer() -> None:
    deck = "The new cluster rules are clearing projects faster than almost anyone expected."
    text = "\n".join(
        (
            "Compose",
            "Inbox",
            "Starred",
            "Sent",
            HEADLINE,
            "Inbox",
            "Ivy Castellan from Gridlock Weekly <gridlockweekly@inkpot.example>",
            "Unsubscribe",
            "Tue, Oct 14, 7:02 AM (3 hours ago)",
            "to me",
            HEADLINE,
            deck,
            "Ivy Castellan",
            "Oct 14",
            "READ IN APP",
            *STORY,
            LAST,
            "Talk next week,",
            "— Ivy",
            "© 2025 Ivy Castellan",
        )
    )
    reading = inspect(text + "\n")
    assert reading.fields.outlet == "Gridlock Weekly"
    assert reading.fields.authors == ("Ivy Castellan",)
    assert next(line.text for line in reading.lines if line.verdict == "body") == STORY[0]


def test_the_papers_offer_of_its_digital_edition_is_the_pages() -> None:
    offer = (
        "Now you can read the Blue Mountain Observer ePaper anytime, anywhere. The ePaper is available "
        "to you at home or at work, and is the same edition as the printed copy."
    )
    body = "\n\n".join([*STORY, offer, LAST])
    assert offer not in _body(_page("By Jane Roe", body=body))
