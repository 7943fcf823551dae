"""The raw reader on the shapes the second halves of the h24a and h24c batches showed
(issue 20, stop 46): phone copies of local TV, tech and entertainment sites, and the
trade press (writers' cards, bars of labels, a series' name over its writers, a site's
product after the lists). Every name, outlet and sentence here is made up; the shapes are
the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import BODY, HEADLINE, LAST, STORY, _body, _page
from tests.test_readers_unseen import inspect

# --- headlines --------------------------------------------------------------------------


def test_a_writers_latest_stories_each_over_its_age_are_not_the_headline() -> None:
    # the second of them shares the story's words, and stands right over the stamp
    page = (
        "Harbor Wire",
        "Menu",
        "Energy",
        HEADLINE,
        "By Rhea Castellano",
        "Rhea Castellano",
        "Senior Energy Reporter",
        "Latest",
        "Tidal Array Developer Signs Supply Deal With Northgate Cables",
        "2 days ago",
        "Wind Watch: 10 Offshore Power Contracts Regulators Could Reprice",
        "4 days ago",
        "See All",
        "Mar 4, 2025 9:41am PT",
        "",
        BODY,
    )
    reading = inspect("\n".join(page) + "\n")
    assert reading.headline == HEADLINE
    assert reading.fields.authors == ("Rhea Castellano",)


def test_the_title_printed_twice_beats_a_video_players_title_under_the_stamp() -> None:
    # The tab's title and the header's share one word with the lede; the player's title
    # under the stamp shares more.
    headline = "Harbor board grants utility a pricier contract after long fight"
    page = "\n".join(
        (
            headline,
            "kzqt.example",
            "Skip to content",
            "KZQT",
            "Local News",
            headline,
            "by: Shelby Crane",
            "Posted: Oct 21, 2025 / 05:42 PM CDT",
            "SHARE",
            "Video Now: Regulators let offshore wind developer reprice its deal",
            "",
            BODY,
        )
    )
    reading = inspect(page + "\n")
    assert reading.headline == headline
    assert "Video Now" not in " ".join(_body(page + "\n"))


# --- writers ----------------------------------------------------------------------------


def test_a_byline_that_describes_its_writer_in_a_sentence() -> None:
    byline = "By Nadia Farrell, a senior reviewer covering laptops, tablets and the right-to-repair fight."
    reading = inspect(_page(byline, "Mar 4, 2025, 2:00 PM UTC"))
    assert reading.fields.authors == ("Nadia Farrell",)
    assert byline not in _body(_page(byline, "Mar 4, 2025, 2:00 PM UTC"))


def test_a_series_name_over_its_writers_is_the_byline_when_the_page_labels_the_series() -> None:
    page = _page(
        "Essential Questions by Hana Sutrisno and Marcus Ebright",
        "Published October 9, 2025",
        top=("Essential Questions",),
    )
    assert inspect(page).fields.authors == ("Hana Sutrisno", "Marcus Ebright")


def test_a_headline_hit_by_something_names_no_writers() -> None:
    # no line of the page is 'Coastal Towns' alone: no series, no byline
    page = _page("Coastal Towns Hit by Heavy Snow", "By Jane Roe", "March 4, 2025")
    assert inspect(page).fields.authors == ("Jane Roe",)


def test_a_day_alone_in_a_bar_beside_the_writers_name_and_outlet() -> None:
    reading = inspect(_page("September 23, 2025 | Darnell Ogletree, Harbor Wire Atlanta"))
    assert reading.fields.authors == ("Darnell Ogletree",)
    assert [line.verdict for line in reading.lines if line.text.startswith("September")] == ["stamp"]


def test_a_writers_card_with_the_handle_between_the_name_and_the_role() -> None:
    card = ("Priya Venkatesan", "@PriyaV_Wire", "Deputy editor, Asia", "14 Jan 2025 \u00b7 07:30 GMT")
    assert inspect(_page(*card)).fields.authors == ("Priya Venkatesan",)


def test_a_filings_label_beside_the_stamp_is_no_writer() -> None:
    reading = inspect(_page("Released: 22 Jul 2025 07:00:03 BST", "Regulatory Story"))
    assert reading.fields.authors == ()


# --- outlets ----------------------------------------------------------------------------


def test_the_outlet_in_a_bar_with_the_writer_and_the_stamp_beats_a_region_label() -> None:
    page = "\n".join(
        (
            "\u2039 Back",
            "Manitoba",
            HEADLINE,
            "Social Sharing",
            "Marguerite Doucet \u00b7 DBC News \u00b7 Posted: Mar 04, 2025 6:00 AM CST | Last Updated: 2 hours ago",
            "",
            BODY,
        )
    )
    reading = inspect(page + "\n")
    assert reading.fields.outlet == "DBC News"
    assert reading.fields.authors == ("Marguerite Doucet",)


# --- the story's edges ------------------------------------------------------------------


def test_a_caption_over_photo_by_a_name_and_the_site() -> None:
    caption = "A crane lifts a turbine blade at the marine terminal."
    body = "\n\n".join(
        (STORY[0], STORY[1], f"{caption}\nPhoto by Nadia Farrell / Harbor Wire", *STORY[2:], LAST)
    )
    assert caption not in _body(_page("By Jane Roe", "March 4, 2025", body=body))


def test_the_sites_product_and_its_pitch_after_the_lists_are_not_the_last_sentence() -> None:
    footer = (
        "Related content",
        "Port authority offers new rebates to lure back container lines",
        "Transpacific contract season opens with shippers holding the cards",
        "",
        "Harbor Wire Intelligence",
        "",
        "Vessel tracking, wind farm data and market analytics for the utility professionals.",
        "",
        "Request a demo",
        "About us",
    )
    assert _body(_page("By Jane Roe", "March 4, 2025", footer=footer))[-1] == LAST


# --- boxes glued between the paragraphs (h24c, read again in stop 46) ----------------------


def test_a_sign_up_form_glued_between_the_paragraphs() -> None:
    form = "\n".join(
        (
            STORY[1],
            "Sign up for Capitol Check",
            "Your weekly guide to how Washington shapes health care.",
            "Please enter a valid email address.",
            "Privacy Policy",
            STORY[2],
        )
    )
    body = "\n\n".join((STORY[0], form, STORY[3], LAST))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY, LAST]


def test_a_key_takeaways_box_closed_by_a_charts_alt_text() -> None:
    box = (
        "Key Takeaways",
        "Regulators let the developer raise its price by a fifth.",
        "Three utilities will pay $96 a megawatt-hour.",
        "Consumer advocates opposed the change.",
        "A bar chart ranking the ten largest offshore wind contracts by their price per megawatt-hour.",
    )
    body = "\n".join((*box, BODY))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[0] == STORY[0]


def test_a_tables_note_under_its_last_row() -> None:
    table = "Rank\tUtility\tPrice\n1\tHarbor Power\t96\n2\tCoastal Electric\t91\nNote: Prices in dollars a megawatt-hour."
    body = "\n\n".join((STORY[0], STORY[1], table, *STORY[2:], LAST))
    assert "Note: Prices in dollars a megawatt-hour." not in _body(
        _page("By Jane Roe", "March 4, 2025", body=body)
    )


def test_a_sponsors_message_without_a_colon_between_the_paragraphs() -> None:
    box = "\n".join(
        (
            "A message from Halden Grid Systems",
            "Utilities are adding storage faster than they can model it.",
            "Halden's planning platform lets grid operators simulate a decade of dispatch in an afternoon.",
            "See how Halden models a drier grid \u2192",
        )
    )
    body = "\n\n".join((STORY[0], STORY[1], box, *STORY[2:], LAST))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY, LAST]


def test_the_edition_beside_the_writer_is_the_mastheads() -> None:
    page = _page("September 23, 2025 | Darnell Ogletree, Harbor Wire Atlanta", top=("Harbor Wire",))
    assert inspect(page).fields.outlet == "Harbor Wire"


# --- an aggregator's page over the story it carries (h23c-06) -------------------------------


def test_an_aggregators_summary_over_the_story_it_carries_under_its_own_header() -> None:
    summary = (
        "State regulators let an offshore wind developer raise its power price by a fifth.",
        "Left-leaning outlets focused on consumer advocates who called it a reward for bad bidding.",
    )
    carried = "Regulators approve a pricier wind contract after a four-month review"
    page = "\n".join(
        (
            "Parallax",
            "For You",
            "Local News",
            "",
            HEADLINE,
            "Published 9 hours ago \u2022 Updated 3 hours ago",
            "Summary by Parallax",
            *summary,
            "Local coverage noted that the contract still needs a turbine supply deal.",
            "Bias Distribution",
            "Left 22%",
            "Center 48%",
            "Right 30%",
            "Coverage Details",
            "Total News Sources",
            "23",
            "Last Updated",
            "3 hours ago",
            "Reading: Harbor Wire",
            "Harbor Wire",
            carried,
            "By Landon Pectol",
            "April 22, 2025 at 7:05 a.m. MDT",
            *STORY,
            LAST,
            "Read the full article at Harbor Wire",
            "Other Coverage",
            "Salt Lake Daily Report",
            "Groundwater caps are a start, but scientists say the lake needs far more water.",
            "",
            "\u00a9 2025 Parallax Media, Inc.",
        )
    )
    reading = inspect(page + "\n")
    assert reading.headline == carried
    assert reading.fields.authors == ("Landon Pectol",)
    assert reading.fields.outlet == "Harbor Wire"
    assert _body(page + "\n") == [*STORY, LAST]


def test_an_excerpts_pointer_to_the_whole_story_ends_it_and_names_its_home() -> None:
    footer = (
        "Read the full article at The Harbour Post",
        "",
        "Groundwater caps are a start, but scientists say the lake needs far more water than this.",
        "",
        "\u00a9 2025 Parallax Media, Inc.",
    )
    page = _page("By Jane Roe", "March 4, 2025", footer=footer)
    assert inspect(page).fields.outlet == "The Harbour Post"
    assert _body(page)[-1] == LAST
