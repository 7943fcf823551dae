"""The raw reader's outlet, authors and published time on the shapes a blind batch of
unseen outlets missed (issue 20): one test per class of shape, each failing without its
rule. Every name and sentence is made up; the corpus files `r6-*` in
tests/data/extraction carry the same shapes in whole files.
"""

from __future__ import annotations

import datetime as dt

import pytest

from digest.content.readers.dates import parse_datetime
from digest.content.readers.rawtext.bylines import read_byline
from digest.content.readers.rawtext.lines import copyright_outlet
from tests.test_readers_unseen import SEOUL, inspect

HEADLINE = "Ferry operator adds a winter crossing to the islands"
STAMP = "March 4, 2025 10:12 AM"
P1 = (
    "The island ferry operator said on Tuesday it would run a third daily crossing from December to February."
)
P2 = "Residents have asked for the extra sailing since the bridge to the mainland closed for repairs last year."
P3 = "The operator said it would hire six crew members and lease a second vessel for the winter months."
K_HEADLINE = "섬 여객선 겨울철 하루 세 번 운항"
K1 = "여객선 운영사는 12월부터 2월까지 섬 항로를 하루 세 차례로 늘린다고 4일 밝혔다."
K2 = "다리 보수 공사로 육로가 막힌 뒤 주민들은 증편을 꾸준히 요구해 왔다."


def story(top: str = "", bottom: str = "", headline: str = HEADLINE) -> str:
    return "\n".join(part for part in (top, headline, STAMP, P1, P2, P3, bottom) if part)


# --- 1. a masthead on the first line, named again lower down ------------------------------


@pytest.mark.parametrize(
    ("top", "bottom", "outlet"),
    [
        # capitals at the top take the spelling of a mixed-case mention
        ("SALTMARSH HERALD", "Published in Saltmarsh Herald, March 4th", "Saltmarsh Herald"),
        ("PINEHOLT GAZETTE", "Follow Pineholt Gazette on WhatsApp", "Pineholt Gazette"),
    ],
)
def test_a_masthead_named_again_is_the_outlet_in_its_spelling(top: str, bottom: str, outlet: str) -> None:
    assert inspect(story(top, bottom)).fields.outlet == outlet


# --- 2. a copyright line naming the company ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2025 Tarn Valley Echo DAC", "Tarn Valley Echo"),
        ("Copyright © 2025 Saltmarsh Herald Publishers Ltd", "Saltmarsh Herald"),
        ("© Quillon Media (Pty) Ltd", "Quillon"),
        ("Copyright ⓒ (주)바다소리 All rights reserved.", "바다소리"),
    ],
)
def test_legal_forms_come_off_the_copyright_holder(line: str, outlet: str) -> None:
    assert copyright_outlet(line) == outlet


@pytest.mark.parametrize(
    ("masthead", "company"),
    [
        ("Quillon Daily", "© 2025 Quillon Media (Pty) Ltd"),
        ("Daily Marrow", "Copyright 2025 Marrow Media Group Ltd"),
    ],
)
def test_the_masthead_wins_over_its_company(masthead: str, company: str) -> None:
    text = story(masthead, f"Contact the {masthead} newsroom\n{company}")
    assert inspect(text).fields.outlet == masthead


def test_a_portal_masthead_never_beats_the_copyright_of_another_outlet() -> None:
    text = story("Gathernews", "More on Gathernews\n© 2025 The Fenwick Tribune")
    assert inspect(text).fields.outlet == "The Fenwick Tribune"


# --- 3. UI, navigation and edition labels are no outlet ----------------------------------------


@pytest.mark.parametrize("label", ["Main Menu", "Menu", "Home", "New Zealand", "US edition", "International"])
def test_a_ui_or_edition_label_above_the_masthead_is_no_outlet(label: str) -> None:
    text = story(f"{label}\nThe Kestrel Record", "About The Kestrel Record")
    assert inspect(text).fields.outlet == "The Kestrel Record"


# --- 4. a wire's code and its full name ---------------------------------------------------------


def test_a_wire_code_is_spelled_out_by_the_masthead() -> None:
    text = "\n".join(
        [
            "GALEWATCH SPORTS WIRE",
            HEADLINE,
            f"HOBART, March 5 (GSW) - {P1}",
            P2,
            P3,
            "Our Standards: The Galewatch Trust Principles",
        ]
    )
    assert inspect(text).fields.outlet == "GALEWATCH SPORTS WIRE"


# --- 5. a shortened or product name never beats the masthead; a brand in sentences wins --------


@pytest.mark.parametrize(
    "shorter", ["Thanks for reading Marrow Morning.", "By Jane Okoro for Marrow Morning"]
)
def test_a_newsletter_name_does_not_beat_the_masthead(shorter: str) -> None:
    text = story("Daily Marrow", f"{shorter}\nContact the Daily Marrow newsroom")
    assert inspect(text).fields.outlet == "Daily Marrow"


def test_the_name_a_site_uses_in_its_sentences_wins_over_its_header() -> None:
    text = story(
        "Ledgerfox Reviews", "Ledgerfox may earn a commission when you buy through links on this page."
    )
    assert inspect(text).fields.outlet == "Ledgerfox"


# --- 6. clipper footers, forwarded letters, reader-mode hosts -----------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            f"{HEADLINE}\n{P1}\n{P2}\n{P3}\nThis story first appeared in The Moorcroft Bugle.\n"
            "Clipped from: https://www.moorcroft.example/news/4411",
            "The Moorcroft Bugle",
        ),
        (f"보낸사람: 바다소리 <letter@badasori.example>\n{K_HEADLINE}\n{K1}\n{K2}", "바다소리"),
        (f"fernbank-post.example\n{HEADLINE}\n{STAMP}\n{P1}\n{P2}\n{P3}", "fernbank-post.example"),
    ],
)
def test_the_outlet_of_a_clipping_a_letter_or_a_reader_view(text: str, outlet: str) -> None:
    assert inspect(text).fields.outlet == outlet


# --- 7-9. authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (f"{HEADLINE}\nTamsin Achebe\n{P1}\n{P2}\n{P3}", ("Tamsin Achebe",)),
        (f"{HEADLINE}\nOrla Brennan @orlabrennan\n{STAMP}\n{P1}\n{P2}\n{P3}", ("Orla Brennan",)),
        (f"{K_HEADLINE}\n{K1}\n{K2}\n- 선우진 기자", ("선우진",)),
        (f"{K_HEADLINE}\n에디터 한가람\n{K1}\n{K2}", ("한가람",)),
    ],
)
def test_bylines_without_by(text: str, authors: tuple[str, ...]) -> None:
    assert inspect(text).fields.authors == authors


def test_a_wire_credit_with_the_reporters_city_names_the_reporter_not_the_editor() -> None:
    assert read_byline("(Reporting by Ewan Gallagher in Hobart; Editing by Priya Mehta)") == (
        "Ewan Gallagher",
    )
    reading = inspect(story(bottom="(Reporting by Ewan Gallagher in Hobart; Editing by Priya Mehta)"))
    assert reading.fields.authors == ("Ewan Gallagher",)


def test_an_outlet_and_reporter_in_brackets_open_the_lede() -> None:
    reading = inspect(f"{K_HEADLINE}\n[바다소리=윤채원 기자] {K1}\n{K2}")
    assert reading.fields.authors == ("윤채원",)
    assert reading.fields.outlet == "바다소리"
    assert reading.body[0] == K1


# --- 10. time zones ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("PKT", "+05:00"),
        ("NPT", "+05:45"),
        ("BDT", "+06:00"),
        ("SLST", "+05:30"),
        ("WIB", "+07:00"),
        ("WITA", "+08:00"),
        ("WIT", "+09:00"),
        ("ICT", "+07:00"),
        ("MYT", "+08:00"),
        ("GST", "+04:00"),
        ("AST", "-04:00"),
        ("ADT", "-03:00"),
        ("TRT", "+03:00"),
        ("MSK", "+03:00"),
        ("EET", "+02:00"),
        ("EEST", "+03:00"),
        ("BRT", "-03:00"),
        ("ART", "-03:00"),
        ("CLT", "-04:00"),
        ("CLST", "-03:00"),
        ("COT", "-05:00"),
        ("PET", "-05:00"),
    ],
)
def test_time_zone_abbreviations(zone: str, offset: str) -> None:
    when = parse_datetime(f"March 4, 2025 10:20am {zone}", SEOUL)
    assert when is not None and when.isoformat() == f"2025-03-04T10:20:00{offset}"


# --- 11. stamps in other orders -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "outlet"),
    [
        ("All News 11:52 March 05, 2025", "2025-03-05T11:52:00+09:00", ""),
        ("GALEWATCH WIRE - Mar 5, 2025 - 14:22 | Japan, All", "2025-03-05T14:22:00+09:00", "GALEWATCH WIRE"),
        ("Issued at 05:30 UTC on Wednesday 5 March 2025", "2025-03-05T05:30:00+00:00", ""),
    ],
)
def test_stamps_in_other_orders(line: str, published: str, outlet: str) -> None:
    reading = inspect(f"{HEADLINE}\n{line}\n{P1}\n{P2}\n{P3}")
    assert reading.fields.published is not None
    assert reading.fields.published.isoformat() == published
    assert reading.fields.outlet == outlet


# --- 12. day and month of a numeric date from the file's evidence -------------------------------


@pytest.mark.parametrize(
    ("stamp", "evidence", "day"),
    [
        ("03/05/2025 02:31 PM", "", dt.date(2025, 3, 5)),  # no evidence: slashes put the month first
        ("05/03/2025 02:31 PM", "HOBART, March 5 (GSW) - ", dt.date(2025, 3, 5)),  # the dateline says
        ("03/05/2025 02:31 PM", "HOBART, 3 May (GSW) - ", dt.date(2025, 5, 3)),
        ("Sat 03/05/2025 02:31 PM", "", dt.date(2025, 5, 3)),  # May 3, 2025 was a Saturday
        ("05.03.2025 14:31", "", dt.date(2025, 3, 5)),  # dots put the day first
    ],
)
def test_an_ambiguous_numeric_date_is_read_as_the_file_dates_it(
    stamp: str, evidence: str, day: dt.date
) -> None:
    reading = inspect(f"{HEADLINE}\n{stamp}\n{evidence}{P1}\n{P2}\n{P3}")
    assert reading.fields.published is not None
    assert reading.fields.published.date() == day
