"""The raw reader on the shapes of dailies in English around the world (issue 20, stop 49):
regional U.S. and Canadian papers, Australian, Singaporean, Malaysian, Philippine, Indian,
Pakistani, Nigerian and South African sites. Every name, outlet and sentence here is made
up; the shapes are the sites'.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import read_stamps
from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"

# --- writers ------------------------------------------------------------------------------


def test_writers_each_with_their_e_mail_and_paper_between_bars() -> None:
    byline = parse_byline(
        "By Mara Quill | mquill@harbourpost.example | The Harbour Post and Dev Ostrowski | "
        "dostrowski@harbourpost.example | The Harbour Post"
    )
    assert byline is not None
    assert byline.authors == ("Mara Quill", "Dev Ostrowski")
    assert byline.outlet == "The Harbour Post"


def test_the_paper_of_a_writers_e_mail_byline_is_the_outlet_over_its_owners_copyright() -> None:
    page = _story(
        "Home Page",
        "News",
        "Business",
        _HEADLINE,
        "By Mara Quill | mquill@harbourpost.example | The Harbour Post",
        "PUBLISHED: March 4, 2025 at 5:30 AM MST",
        tail=("Copyright \u00a9 2025 Coastal News Group",),
    )
    assert inspect(page).fields.outlet == "The Harbour Post"


def test_writers_with_their_paper_after_a_dash_and_no_by() -> None:
    byline = parse_byline("Ana Reyes, Tomas Dela Cruz, Liza Manalo - The Visayas Ledger")
    assert byline is not None
    assert byline.authors == ("Ana Reyes", "Tomas Dela Cruz", "Liza Manalo")
    assert byline.outlet == "The Visayas Ledger"
    assert parse_byline("Markets slide - The Visayas Ledger") is None


def test_writers_each_with_the_city_they_filed_from() -> None:
    byline = parse_byline("by Emeka Obi, Kaduna and Halima Sani Bello, Abuja")
    assert byline is not None
    assert byline.authors == ("Emeka Obi", "Halima Sani Bello")
    one = parse_byline("By Jane Roe, Bloomberg")  # one writer's one word after a comma: her outlet
    assert one is not None and one.outlet == "Bloomberg"


def test_a_wire_that_shared_the_story_in_capitals_is_no_outlet() -> None:
    byline = parse_byline("By Faiz Rahman and NEWSWIRA")
    assert byline is not None
    assert byline.authors == ("Faiz Rahman",)
    assert byline.outlet == ""


def test_a_second_writer_with_a_particle_in_the_name() -> None:
    byline = parse_byline("By Naledi Khumalo with Johan van Rooyen")
    assert byline is not None
    assert byline.authors == ("Naledi Khumalo", "Johan van Rooyen")


def test_additional_reporting_by_a_wire_names_no_writer() -> None:
    byline = parse_byline("\u2013 With additional reporting by Straits Wire")
    assert byline is not None
    assert byline.authors == ()


def test_writer_cards_each_a_name_over_the_paper() -> None:
    # (a phone's copy: a blank line after every line)
    top = (
        "Open in app",
        "The Swan Ledger",
        "Subscribe",
        "WA News",
        "Business",
        _HEADLINE,
        "The port authority says the repairs will take until March",
        "Renata Kowal",
        "The Swan Ledger",
        "Nikolai Barros",
        "Southern Cross Press",
        "Thu, 13 November 2025 5:41PM AWST",
    )
    page = _story(*(part for line in top for part in (line, "")))
    assert inspect(page).fields.authors == ("Renata Kowal", "Nikolai Barros")


def test_a_sites_name_over_its_section_is_no_writers_card() -> None:
    page = _story("Eskford Water", "Media Centre", "Press Office News", _HEADLINE, "4 March 2025")
    assert inspect(page).fields.authors == ()


def test_a_second_card_without_a_role_under_one_with_a_role() -> None:
    page = _story(
        "The Bayfront Business Times",
        "Companies & Markets",
        _HEADLINE,
        "Tessa Ong",
        "Correspondent",
        "Joel Kwek",
        "Published Tue, Sep 2, 2025 \u00b7 06:12 PM SGT",
    )
    assert inspect(page).fields.authors == ("Tessa Ong", "Joel Kwek")


def test_a_boxs_label_in_capitals_over_a_stamp_is_no_writer() -> None:
    page = _story(
        "The Visayas Ledger",
        _HEADLINE,
        "By Ana Reyes",
        "November 14, 2025 | 9:12am",
        lede=STORY[0],
        tail=(),
    ).replace(
        f"{STORY[2]}\n",
        f"{STORY[2]}\n\nAS IT HAPPENS\nLATEST NEWS\nNovember 14, 2025 - 9:41am\n"
        "Senate approves bill extending rice tariff cuts until 2027\n",
    )
    assert inspect(page).fields.authors == ("Ana Reyes",)


# --- outlets ------------------------------------------------------------------------------


def test_a_logos_alt_text_in_brackets_is_the_outlet() -> None:
    page = _story(
        "[Skip to main content]",
        "Subscribe",
        "Sign In",
        "[The Fundy Herald]",
        "News",
        _HEADLINE,
        "By Tara Boudreau",
        "Published: Jun. 19, 2025, 6:12 p.m. ADT",
        tail=("\u00a9 2025 Atlantic Shore Media Inc. All rights reserved.",),
    )
    assert inspect(page).fields.outlet == "The Fundy Herald"


def test_a_transcripts_marker_in_brackets_is_no_logo() -> None:
    page = _story(
        "[Report]",
        _HEADLINE,
        "By Tara Boudreau",
        "Published: Jun. 19, 2025, 6:12 p.m. ADT",
        tail=("\u00a9 2025 Atlantic Shore Media Inc. All rights reserved.",),
    )
    assert inspect(page).fields.outlet != "Report"


def test_a_host_atop_spelled_out_by_the_pages_note_on_its_print_edition() -> None:
    page = _story(
        "www.kowhaitimes.example",
        _HEADLINE,
        "By Hemi Tane",
        tail=("This article appeared in the Kowhai Daily Times print edition on Wednesday, 8 October 2025.",),
    )
    assert inspect(page).fields.outlet == "Kowhai Daily Times"


def test_the_masthead_over_a_holding_company_when_a_promo_calls_it_by_its_initials() -> None:
    page = _story(
        "Skip to main content",
        "The Bayfront Business Times",
        "Subscribe",
        _HEADLINE,
        "By Tessa Ong",
        "Published Tue, Sep 2, 2025 \u00b7 06:12 PM SGT",
        tail=(
            "Bayfront BT is now on Telegram! Join our channel for daily updates.",
            "",
            "Copyright \u00a9 2025 Harbourline Press Holdings Ltd. Co. Regn. No. 198402868E.",
        ),
    )
    assert inspect(page).fields.outlet == "The Bayfront Business Times"


def test_a_section_named_in_the_owners_name_is_no_outlet() -> None:
    page = _story(
        "All Sections",
        "News",
        "Politics",
        _HEADLINE,
        "By Mara Quill",
        "PUBLISHED: March 4, 2025 at 5:30 AM MST",
        tail=("Copyright \u00a9 2025 Alpine News Group",),
    )
    assert inspect(page).fields.outlet != "News"


# --- datelines and stamps -----------------------------------------------------------------


def test_a_business_dailys_dateline_in_brackets() -> None:
    reading = inspect(_story(_HEADLINE, "By Tessa Ong", lede=f"[SINGAPORE] {STORY[0]}"))
    assert reading.fields.dateline == "SINGAPORE"
    assert reading.body[0] == STORY[0]


def test_a_broadcasts_marker_in_capitals_is_no_dateline() -> None:
    reading = inspect(_story(_HEADLINE, "By Tessa Ong", lede=f"[ANCHOR LEAD] {STORY[0]}"))
    assert reading.fields.dateline == ""


def test_a_dateline_with_the_agencys_credit_before_the_colon() -> None:
    reading = inspect(_story(_HEADLINE, "November 05, 2025", lede=f"KARACHI (NPA): {STORY[0]}"))
    assert reading.fields.dateline == "KARACHI"
    assert reading.fields.outlet == "NPA"
    assert reading.body[0] == STORY[0]


def test_a_place_and_day_on_their_own_line_over_a_blank_line_above_the_lede() -> None:
    reading = inspect(_story(_HEADLINE, "By Ravi Sandhu", "", "Ludhiana, November 4"))
    assert reading.fields.dateline == "Ludhiana, November 4"


def test_a_stamp_with_an_at_sign_between_date_and_time() -> None:
    found = read_stamps("By Faiz Rahman - October 22, 2025 @ 6:12pm", ZoneInfo("Asia/Kuala_Lumpur"))
    assert found is not None
    assert found[0][1] is not None and (found[0][1].hour, found[0][1].minute) == (18, 12)


def test_a_zone_after_the_date_of_a_time_printed_first() -> None:
    found = read_stamps("Updated At : 08:41 PM Nov 04, 2025 IST", ZoneInfo("Asia/Seoul"))
    assert found is not None
    when = found[0][1]
    assert when is not None and when.utcoffset() is not None
    assert when.utcoffset().total_seconds() == 5.5 * 3600  # type: ignore[union-attr]


def test_a_weather_widgets_time_is_not_the_storys_update() -> None:
    page = _story(
        "47\u00b0",
        "Sunny early, then clouds moving in. High 52F.",
        "Updated: November 5, 2025 @ 6:12 am",
        "Full Forecast",
        _HEADLINE,
        "Posted: Tuesday, November 4, 2025 5:42 pm",
        "By Ruth Calder",
    )
    reading = inspect(page)
    assert reading.fields.updated is None
    assert reading.fields.authors == ("Ruth Calder",)


def test_the_articles_note_on_its_update_gives_the_updated_time() -> None:
    note = (
        "This article was updated on 22 August 2025 at 9:30 AM SAST to include comment from the department."
    )
    page = _story(_HEADLINE, "By Naledi Khumalo", "21 Aug 2025 \u00b7 6:12 PM SAST", tail=(note,))
    updated = inspect(page).fields.updated
    assert updated is not None and (updated.day, updated.hour, updated.minute) == (22, 9, 30)


# --- headlines ----------------------------------------------------------------------------


def test_the_headline_under_a_trending_bar_of_topics() -> None:
    page = _story(
        "The Doaba Tribune",
        "Trending:",
        "Punjab Floods",
        "Stubble Burning",
        "Ranji Trophy",
        "",
        _HEADLINE,
        "",
        "Consumer groups say the higher price will land on bills by the spring",
        "By Ravi Sandhu",
    )
    assert inspect(page).headline == _HEADLINE


# --- the site's lines in the story ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Sorry, there seem to be some issues. Please try again later.", "Submitting...", "Loading\u2026"],
)
def test_a_forms_own_messages_are_chrome(line: str) -> None:
    assert ChromeFilter().is_chrome(line)


def test_a_report_of_an_error_is_no_forms_message() -> None:
    assert not ChromeFilter().is_chrome("There was an error in the report, the agency said.")


def test_a_donation_appeals_box_between_paragraphs() -> None:
    appeal = (
        "Reporting from farms and courts takes time and travel. If you value independent journalism, "
        "please consider a donation of any size."
    )
    page = _story(_HEADLINE, "By Emeka Obi").replace(
        f"{STORY[1]}\n", f"{STORY[1]}\n\nOur journalism needs you\n{appeal}\nMake a donation\n"
    )
    body = "\n".join(inspect(page).body)
    assert appeal not in body
    assert STORY[2] in body


def test_a_desks_funder_note_after_the_story() -> None:
    note = "Verity Post's farming reporting is supported by the Sahel Fields Fund. The funder has no say over our content."
    reading = inspect(_story(_HEADLINE, "By Emeka Obi", tail=(note,)))
    assert reading.body[-1] == LAST


def test_a_pull_quote_in_single_quotes_in_a_story_quoting_in_double() -> None:
    pulled = "\u2018We are a water utility, not a lender of last resort.\u2019"
    quoted = "\u201cThis is the last thing we want to do,\u201d the chief executive said."
    page = _story(_HEADLINE, "By Naledi Khumalo").replace(
        f"{STORY[1]}\n", f"{STORY[1]}\n\n{quoted}\n\n{pulled}\n"
    )
    body = inspect(page).body
    assert quoted in body
    assert pulled not in body
