"""The raw reader on the shapes the h26b batch showed (issue 20, stop 46): the business,
markets and technology press (magazines, wire columns, a markets app, a read-later clip).
Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import BODY, HEADLINE, LAST, STORY, _body, _page
from tests.test_readers_unseen import inspect


def _between(*inserted: str) -> str:
    """The story with these lines set between its second and third paragraphs, glued."""
    return "\n\n".join((STORY[0], STORY[1], "\n".join(inserted), *STORY[2:], LAST))


# --- under the story ----------------------------------------------------------------------


def test_the_writers_address_under_the_story_ends_it() -> None:
    footer = (
        "Write to Dana Whitcombe at dana.whitcombe@harbor.example",
        "",
        "Corrections & Amplifications",
        "Harbor Power is based in Boise, Idaho. An earlier version of this article said it was based in Ohio.",
    )
    assert _body(_page("By Dana Whitcombe", "March 11, 2025 11:30 am ET", footer=footer))[-1] == LAST


def test_an_updates_note_with_its_date_in_figures_gives_the_updated_time() -> None:
    note = "Updated 3/6/2025, 2:40 pm ET: Added a statement from the developer."
    footer = ("You Might Also Like \u2026", "Harbor Wire's best reads of the week")
    page = _page("By Jane Roe", "Mar 6, 2025 6:00 AM EST", body=f"{BODY}\n\n{note}", footer=footer)
    reading = inspect(page)
    assert _body(page)[-1] == LAST
    updated = reading.fields.updated
    assert updated is not None and (updated.day, updated.hour, updated.minute) == (6, 14, 40)


def test_a_tip_box_with_the_way_to_reach_the_writer_safely() -> None:
    tip = (
        "Do you have information about this contract? From a nonwork phone or computer, contact Jane Roe "
        "securely on Signal at janeroe.07."
    )
    body = "\n\n".join((STORY[0], STORY[1], tip, *STORY[2:], LAST))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY, LAST]


def test_a_magazines_end_mark_glued_to_its_last_sentence() -> None:
    last = LAST[:-1] + ", and then it will start building the farm's first turbines offshore.\u25a0"
    body = "\n\n".join((*STORY, last))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[-1] == last[:-1]


def test_a_column_services_context_box_ends_the_column() -> None:
    box = (
        "CONTEXT NEWS",
        "",
        "Harbor Power on March 11 filed for a listing of new shares worth about $800 million, it said.",
        "",
        "The company said it would use the proceeds to fund plants in Ohio and to repay debt, it added.",
        "",
        "Harbor Power's shares closed down 2.1% on March 11, the exchange said in a statement.",
    )
    assert _body(_page("By Jane Roe", "March 4, 2025", footer=box))[-1] == LAST


def test_an_events_promo_and_a_newsletters_description_after_the_story() -> None:
    footer = (
        "Join us at the Harbor Energy Summit in Boston on Nov. 11\u201312, where leaders will discuss how "
        "utilities are navigating a new era of power. Register here.",
        "",
        "Harbor Energy: a weekly look at business in the region's power markets. Sign up.",
    )
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n" + "\n\n".join(footer)))[-1] == LAST


def test_a_column_services_trial_pitch_is_chrome() -> None:
    pitch = "For more insights like these, click here, opens new tab to try Viewfinder for free."
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n{pitch}"))[-1] == LAST


def test_a_listed_storys_byline_under_the_story_is_no_second_writer() -> None:
    footer = (
        "Latest in Energy",
        "Grid operators brace for a hot summer",
        "BY ISLA FERREIRA",
        "March 10, 2025",
    )
    assert inspect(
        _page("BY PRIYA VENKATARAMAN", "March 12, 2025 at 5:41 AM EDT", footer=footer)
    ).fields.authors == ("Priya Venkataraman",)


# --- charts and pictures between the paragraphs ---------------------------------------------


def test_a_charts_title_and_note_around_its_source_line() -> None:
    chart = (
        "Harbor Power's shares have outpaced the utilities index this year.",
        "Source: Quantora",
        "Note: Data as of March 11 close.",
    )
    body = _between(*chart)
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY, LAST]


def test_a_caption_over_a_magazines_dashed_credit_above_the_lede() -> None:
    # a phone's copy: no blank line anywhere
    caption = "A wind turbine blade under repair at the marine terminal in Boston, Massachusetts."
    page = "\n".join(
        (
            "HARBOR WIRE",
            "ENERGY \u00b7 WIND",
            HEADLINE,
            "BY JANE ROE",
            "Energy Editor",
            "March 12, 2025 at 5:41 AM EDT",
            caption,
            "Park Ji-ho\u2014Orbis Photo/Stillframe Images",
            *STORY,
            LAST,
        )
    )
    assert _body(page + "\n")[0] == STORY[0]


def test_a_player_fallback_and_a_saved_story_toast_are_chrome() -> None:
    lines = (
        "To revisit this article, visit My Profile, then View saved stories.",
        "Your browser does not support the <audio> element.",
        "Enjoy more audio and podcasts on iOS or Android.",
    )
    body = "\n\n".join((*lines, BODY))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY, LAST]


# --- headlines ----------------------------------------------------------------------------


def test_a_headline_that_asks_over_a_shorter_deck_and_the_date() -> None:
    question = "Can the second wind developer ever catch the first?"
    page = "\n".join(
        (
            "The Cartographer",
            "Business | Power games",
            question,
            "Harbor Wind is spending as if it can",
            "Mar 13th 2025|Boston",
            "",
            BODY,
        )
    )
    assert inspect(page + "\n").headline == question


# --- h26b, files 06-10 ----------------------------------------------------------------------


def test_a_caption_over_a_photographers_label_above_the_lede() -> None:
    caption = "A trader monitors offshore wind power contract prices at a utility's trading room in Boston."
    body = "\n".join((caption, "Photographer: Yoon Seo-jun/Harbor Wire", "", BODY))
    header = (
        "By Jane Roe",
        "March 13, 2025 at 2:05 AM UTC",
        "Gift this article",
        "Listen",
        "4:12",
        "Translate",
    )
    assert _body(_page(*header, body=body))[0] == STORY[0]


def test_a_reader_views_deck_and_its_host_spelled_by_a_credit() -> None:
    page = "\n".join(
        (
            "kestrelreview.example",
            "Regulators let a wind developer reprice. Its rivals say the hard part is the grid.",
            "Elena Marsh",
            "7\u20139 minutes",
            "",
            "A government push has produced a crop of wind contracts. Getting them built is another matter.",
            "",
            "This story originally appeared in The Circuit, our weekly newsletter on power.",
            "",
            "Sarah Quint/Kestrel Review | Stillframe Images",
            "",
            BODY,
        )
    )
    reading = inspect(page + "\n")
    assert reading.fields.outlet == "Kestrel Review"
    assert _body(page + "\n")[0] == STORY[0]


def test_an_investor_sites_header_line_with_its_parts_run_together() -> None:
    line = "Mar. 13, 2025 9:41 AM ETHarbor Power Co., Ltd. (HBPWF)By: Marisa Coelho, Harbor Wire News Editor3 Comments"
    reading = inspect(_page(line))
    assert reading.fields.authors == ("Marisa Coelho",)
    published = reading.fields.published
    assert published is not None and (published.hour, published.minute) == (9, 41)


def test_an_additional_reporters_credit_under_a_byline_is_one_more_writer() -> None:
    credit = "Additional reporting by Yuri Sato in Tokyo."
    reading = inspect(_page("By Jane Roe", "March 14, 2025 14:02 JST", body=f"{BODY}\n\n{credit}"))
    assert reading.fields.authors == ("Jane Roe", "Yuri Sato")
    agency = inspect(
        _page("By Jane Roe", "March 14, 2025", body=f"{BODY}\n\nAdditional reporting by Albion Press")
    )
    assert agency.fields.authors == ("Jane Roe",)


def test_the_companys_edition_named_atop_and_below_over_its_copyright() -> None:
    page = "\n".join(
        (
            "Open in app",
            "Nihonbashi Asia",
            "Log in",
            HEADLINE,
            "By Jane Roe",
            "March 14, 2025 14:02 JST",
            "",
            BODY,
            "",
            "Nihonbashi Asia",
            "Copyright \u00a9 2025 Nihonbashi Keizai Shimbun Inc. No reproduction without permission.",
        )
    )
    assert inspect(page + "\n").fields.outlet == "Nihonbashi Asia"


def test_a_writers_name_alone_between_the_deck_and_the_stamp() -> None:
    deck = "The \u201cants\u201d who piled into offshore wind funds are heading home, at least for now."
    # (the name printed again below, over a listed story's date: no site's name over the stamp)
    footer = ("More Tech", "Grid operators brace for a hot summer", "Owen Achterberg", "3/13/25")
    page = _page(deck, "Owen Achterberg", "Mar 14, 2025, 7:15 AM EDT", footer=footer)
    assert inspect(page).fields.authors == ("Owen Achterberg",)


def test_the_publishers_ownership_note_and_a_listed_story_after_the_story() -> None:
    footer = (
        "Harbor Media, LLC produces fresh perspectives on topical energy news and is a fully owned subsidiary "
        "of Pennant Markets, Inc., and any views expressed here do not necessarily reflect those of Pennant.",
        "",
        "More Tech",
        "Grid operators' next chip is late. Investors don't seem to care.",
        "Owen Achterberg",
        "3/13/25",
    )
    assert (
        _body(
            _page(
                "By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n" + "\n".join(footer[:1]), footer=footer[2:]
            )
        )[-1]
        == LAST
    )


# --- h26b, files 11-15 ----------------------------------------------------------------------


def test_the_sites_own_name_where_a_wires_dateline_would_stand() -> None:
    body = "\n\n".join((f"Quotient -- {STORY[0]}", *STORY[1:], LAST))
    page = "\n".join(
        (
            "Quotient",
            "Markets",
            "News",
            "",
            HEADLINE,
            "By Jane Roe",
            "Published 03/17/2025, 04:05 PM",
            "",
            body,
        )
    )
    reading = inspect(page + "\n")
    assert reading.fields.outlet == "Quotient"
    assert _body(page + "\n")[0] == STORY[0]


def test_an_events_box_with_its_place_and_date_between_the_paragraphs() -> None:
    box = (
        "Harbor Wire Event",
        "Join us at Harbor Wire Sessions: Offshore Wind",
        "Secure your spot for our leading wind power event with speakers from the fastest-growing developers.",
        "Boston, MA | June 12",
        "REGISTER NOW",
    )
    body = _between(*box)
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY, LAST]


def test_a_menus_word_second_from_the_top_is_no_coined_brand() -> None:
    page = "\n".join(
        (
            "Latest",
            "Startups",
            "Venture",
            "",
            HEADLINE,
            "By Jane Roe",
            "March 4, 2025",
            "",
            BODY,
            "",
            "More from Startups",
            "Startups to watch this year",
            "",
            "\u00a9 2025 TechHarbor Media, LLC.",
        )
    )
    assert inspect(page + "\n").fields.outlet != "Startups"


# --- h26a, files 01-08 (wires and broadcasters of other regions) ---------------------------------


def test_a_national_agencys_signature_names_each_versions_author() -> None:
    signature = "/CARPATPRES (RO - author: Ioana Dobre, editor: Mihai Stan; EN - author: Radu Popescu, editor: Elena Tudor)"
    reading = inspect(_page("May 13, 2025 17:41", body=f"{BODY}\n\n{signature}"))
    assert reading.fields.authors == ("Ioana Dobre", "Radu Popescu")
    assert _body(_page("May 13, 2025 17:41", body=f"{BODY}\n\n{signature}"))[-1] == LAST


def test_a_byline_with_an_agency_that_shared_the_story() -> None:
    assert inspect(_page("By Amara Diallo  with Orbis Press", "March 4, 2025")).fields.authors == (
        "Amara Diallo",
    )


def test_writers_apart_by_a_slash_with_the_agencys_code() -> None:
    reading = inspect(_page("By Efua Mensah/Kofi Boateng, SNA", "August 19, 2025"))
    assert reading.fields.authors == ("Efua Mensah", "Kofi Boateng")


def test_a_stamp_with_a_colon_between_the_date_and_the_time() -> None:
    reading = inspect(_page("By Jane Roe", "Published: 20 October ,2025: 05:41 PM GST"))
    published = reading.fields.published
    assert published is not None and (published.day, published.hour, published.minute) == (20, 17, 41)


def test_a_writer_and_the_sites_name_as_its_top_prints_it_over_the_stamp() -> None:
    page = _page("Rania Haddad, Al Maraya English", "October 20, 2025 5:41 PM", top=("Al Maraya English",))
    assert inspect(page).fields.authors == ("Rania Haddad",)


def test_a_writer_and_their_town_apart_by_a_bar_over_the_stamp() -> None:
    reading = inspect(_page("Thandeka Mokoena  |  Tzaneen", "24 July 2025, 5:41 PM SAST"))
    assert reading.fields.authors == ("Thandeka Mokoena",)


def test_datelines_with_an_ordinal_day_and_with_the_agencys_code_after_a_comma() -> None:
    for dateline, place in (
        ("ABU DHABI, 11th June, 2025 (KHOR) --", "ABU DHABI, 11th June, 2025"),
        ("Tamale, Aug. 19, SNA -", "Tamale, Aug. 19"),
    ):
        body = "\n\n".join((f"{dateline} {STORY[0]}", *STORY[1:], LAST))
        reading = inspect(_page("By Jane Roe", "March 4, 2025", body=body))
        assert reading.fields.dateline == place
        assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[0] == STORY[0]
