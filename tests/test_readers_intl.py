"""The raw reader on shapes from outlets of other countries and kinds (issue 20, the fourth
batch: India, Singapore, Australia, Canada, Kenya, Latin America, government and
central-bank releases, Korean regional, internet and government sites): one test per
rule, each failing without it.

Every text here is made up; what is real is the shape. The corpus files `intl-en-01` to
`intl-ko-05` in tests/data/extraction carry the same shapes in whole files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.content.model import Article
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.dates import parse_datetime
from digest.content.readers.rawtext import read_raw_text
from digest.content.readers.rawtext.bylines import parse_byline, read_byline
from digest.content.readers.rawtext.lines import copyright_outlet
from digest.content.readers.rawtext.wire import dateline, strip_tags
from tests.test_readers_unseen import HEADLINE, K1, K2, P1, P2, SEOUL


def read(text: str) -> Article:
    return read_raw_text(Path("story.txt"), text, SEOUL, ChromeFilter())


def offset(hours: int, minutes: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes if hours >= 0 else -minutes))


# --- 1. zones and labels ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("March 04, 2025 06:12 pm IST", dt.datetime(2025, 3, 4, 18, 12, tzinfo=offset(5, 30))),
        ("4 March 2025 - 09:41 EAT", dt.datetime(2025, 3, 4, 9, 41, tzinfo=offset(3))),
        ("Tue 4 Mar 2025 at 5:12am AEDT", dt.datetime(2025, 3, 4, 5, 12, tzinfo=offset(11))),
        ("4 Jul 2025 at 5:12am AEST", dt.datetime(2025, 7, 4, 5, 12, tzinfo=offset(10))),
        ("4 Mar 2025 10:00 ACST", dt.datetime(2025, 3, 4, 10, 0, tzinfo=offset(9, 30))),
        ("4 Mar 2025 10:00 NZDT", dt.datetime(2025, 3, 4, 10, 0, tzinfo=offset(13))),
        ("4 Mar 2025 10:00 SAST", dt.datetime(2025, 3, 4, 10, 0, tzinfo=offset(2))),
        ("4 Mar 2025 10:00 WAT", dt.datetime(2025, 3, 4, 10, 0, tzinfo=offset(1))),
        ("4 Mar 2025 10:00 WIB", dt.datetime(2025, 3, 4, 10, 0, tzinfo=offset(7))),
        ("4 Mar 2025 10:00 PHT", dt.datetime(2025, 3, 4, 10, 0, tzinfo=offset(8))),
        ("2025/03/04 [17:20]", dt.datetime(2025, 3, 4, 17, 20, tzinfo=SEOUL)),
        ("Jan 14, 2025 / 09:32 PM MST", dt.datetime(2025, 1, 14, 21, 32, tzinfo=offset(-7))),
    ],
)
def test_zone_abbreviations_and_dress_of_the_time(printed: str, expected: dt.datetime) -> None:
    assert parse_datetime(printed, SEOUL) == expected


@pytest.mark.parametrize(
    ("stamps", "published", "updated"),
    [
        (
            "Published - March 04, 2025 06:12 pm IST\nUpdated - March 04, 2025 09:40 pm IST",
            dt.datetime(2025, 3, 4, 18, 12, tzinfo=offset(5, 30)),
            dt.datetime(2025, 3, 4, 21, 40, tzinfo=offset(5, 30)),
        ),
        (
            "Posted Tue 4 Mar 2025 at 5:12am AEDT, updated Tue 4 Mar 2025 at 9:40am AEDT",
            dt.datetime(2025, 3, 4, 5, 12, tzinfo=offset(11)),
            dt.datetime(2025, 3, 4, 9, 40, tzinfo=offset(11)),
        ),
        (
            "Written: 4 March 2025 - 09:41 EAT Updated: 4 March 2025 - 12:10 EAT",
            dt.datetime(2025, 3, 4, 9, 41, tzinfo=offset(3)),
            dt.datetime(2025, 3, 4, 12, 10, tzinfo=offset(3)),
        ),
        (
            "Tue., March 4, 2025, 5:02 p.m. ET timer 4 min. read",
            dt.datetime(2025, 3, 4, 17, 2, tzinfo=offset(-5)),
            None,
        ),
        (
            "최초 게시 2025.04.02 06:10 | 최종 업데이트 2025.04.02 16:40",
            dt.datetime(2025, 4, 2, 6, 10, tzinfo=SEOUL),
            dt.datetime(2025, 4, 2, 16, 40, tzinfo=SEOUL),
        ),
        (
            "기사입력: 2025/03/04 [17:20]  최종편집: 2025/03/04 [18:05]",
            dt.datetime(2025, 3, 4, 17, 20, tzinfo=SEOUL),
            dt.datetime(2025, 3, 4, 18, 5, tzinfo=SEOUL),
        ),
        # A release that prints only its distribution time was published then.
        ("배포 일시 2025. 3. 4.(화) 11:00", dt.datetime(2025, 3, 4, 11, 0, tzinfo=SEOUL), None),
        # A date and, on the next line, its time.
        (
            "Date 4 March 2025\nTime 2.30 pm (UTC+10:00)",
            dt.datetime(2025, 3, 4, 14, 30, tzinfo=offset(10)),
            None,
        ),
    ],
)
def test_labelled_stamps_in_other_dress(
    stamps: str, published: dt.datetime, updated: dt.datetime | None
) -> None:
    article = read(f"date 2025-03-04 {HEADLINE}\n{stamps}\n{P1}\n{P2}\n")
    assert (article.published, article.updated) == (published, updated)
    assert article.text == f"{P1}\n\n{P2}"


def test_a_print_views_printed_on_stamp_is_not_the_articles_time() -> None:
    article = read(
        f"date 2025-03-04 {HEADLINE}\nPrinted: March 6, 2025 10:14 AM\nMarch 4, 2025, 5:02 p.m. ET\n{P1}\n{P2}\n"
    )
    assert article.published == dt.datetime(2025, 3, 4, 17, 2, tzinfo=offset(-5))
    assert article.text == f"{P1}\n\n{P2}"


def test_a_release_distribution_time_gives_way_to_its_publication_time() -> None:
    article = read(
        f"date 2025-03-04 {HEADLINE}\n보도시점 2025. 3. 4.(화) 12:00 배포 2025. 3. 4.(화) 09:00\n{K1}\n{K2}\n"
    )
    assert article.published == dt.datetime(2025, 3, 4, 12, 0, tzinfo=SEOUL)


def test_a_stamp_card_with_author_and_outlet_wins_over_a_mail_header() -> None:
    article = read(
        f"date 2025-03-04 {HEADLINE}\nFrom: The Tide Letter <news@tide.example>\n"
        "Date: Tue, Mar 4, 2025 at 9:45 PM\n"
        "Wong Mei Ling · The Tide Letter · Tue, 04 Mar 2025 13:30:12 GMT\n"
        f"{P1}\n{P2}\n"
    )
    assert article.published == dt.datetime(2025, 3, 4, 13, 30, 12, tzinfo=dt.UTC)
    assert article.authors == ("Wong Mei Ling",)
    assert article.outlet == "The Tide Letter"


def test_a_headline_with_a_stamp_glued_on_without_a_date_line() -> None:
    article = read(f"{HEADLINE} 2025.04.18 11:20 desk@tide.example\nTIDE NEWS\n{P1}\n{P2}\n")
    assert article.headline == HEADLINE
    assert article.published == dt.datetime(2025, 4, 18, 11, 20, tzinfo=SEOUL)


# --- 2. datelines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (f"PUNE: {P1}", "PUNE"),
        (f"NEW DELHI: {P1}", "NEW DELHI"),
        (f"\u3010진주\u3011 {K1}", "진주"),
    ],
)
def test_datelines_in_other_dress(paragraph: str, place: str) -> None:
    found = dateline(paragraph)
    assert found is not None and found.place == place
    assert found.rest in (P1, K1)


@pytest.mark.parametrize("label", ["UPDATE", "WATCH", "EDITOR'S NOTE", "BREAKING"])
def test_a_label_in_capitals_and_a_colon_is_no_dateline(label: str) -> None:
    assert dateline(f"{label}: {P1}") is None


# --- 3. outlets -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2025 Kaveri Chronicle Media Pvt Ltd. All rights reserved.", "Kaveri Chronicle"),
        ("Copyright © 2025 Lakeside Standard Group Ltd", "Lakeside Standard"),
        ("© 2025 Diario del Norte S.A. Todos los derechos reservados.", "Diario del Norte"),
        ("© 2025 Straits Ledger Publishing Pte Ltd", "Straits Ledger"),
        ("© 2025 Bergstadt Medien GmbH", "Bergstadt Medien"),
    ],
)
def test_corporate_suffixes_come_off_a_copyright_name(line: str, outlet: str) -> None:
    assert copyright_outlet(line) == outlet


@pytest.mark.parametrize(
    ("masthead", "copyright", "outlet"),
    [
        ("SBC News", "© 2025 Southland Broadcasting Corporation", "SBC News"),
        ("WKRV 9 News", "Copyright 2025 WKRV-TV. All rights reserved.", "WKRV 9 News"),
    ],
)
def test_the_brand_the_page_shows_wins_over_the_company(masthead: str, copyright: str, outlet: str) -> None:
    article = read(f"date 2025-03-04 {HEADLINE}\n{masthead}\n{P1}\n{P2}\n{copyright}\n")
    assert article.outlet == outlet


def test_a_forwarded_letters_sender_names_the_outlet_unless_it_is_the_author() -> None:
    header = "---------- Forwarded message ---------\nFrom: {sender} <letter@tide.example>\n"
    letter = read(f"date 2025-03-04 {HEADLINE}\n{header.format(sender='Tide Notes')}{P1}\n{P2}\n")
    assert letter.outlet == "Tide Notes"
    signed = read(
        f"date 2025-03-04 {HEADLINE}\n{header.format(sender='Priya Raman')}By Priya Raman\n{P1}\n{P2}\n"
    )
    assert signed.outlet == ""


def test_a_korean_releases_issuer_is_in_its_department_line() -> None:
    article = read(
        f"date 2025-03-04 연안 여객선 야간 운항 시범 도입\n보도자료\n담당 부서 해양수산부 연안해운과\n{K1}\n{K2}\n"
    )
    assert article.outlet == "해양수산부"


# --- 4. bylines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Words: Achieng Otieno Photos: Brian Mwangi", ("Achieng Otieno",)),
        ("Words by Jane Doe, pictures by John Roe", ("Jane Doe",)),
        ("글 강유진·서민호 기자", ("강유진", "서민호")),
        ("글 한소라 기자 · 사진 최동훈 기자", ("한소라",)),
        ("글 남궁현", ("남궁현",)),
    ],
)
def test_bylines_in_other_dress(line: str, authors: tuple[str, ...]) -> None:
    assert read_byline(line) == authors


def test_a_word_after_gul_is_no_writer() -> None:
    assert parse_byline("글로벌") is None


def test_a_name_alone_above_the_stamp_under_the_headline_is_the_byline() -> None:
    text = f"date 2025-03-04 {HEADLINE}\n{HEADLINE}\nAnjali Deshmukh\nPublished - March 04, 2025 06:12 pm IST\n{P1}\n{P2}\n"
    assert read(text).authors == ("Anjali Deshmukh",)
    release = f"date 2025-03-04 {HEADLINE}\n{HEADLINE}\nFor Immediate Release\nDate: 4 March 2025 10:00\n{P1}\n{P2}\n"
    assert read(release).authors == ()


def test_a_korean_columns_writer_after_the_headlines_slash() -> None:
    article = read(
        f"date 2025-03-04 [칼럼] 신항 야간 하역, 인력만 늘려선 안 된다 / 남궁현 경남연구원 연구위원\n{K1}\n{K2}\n"
    )
    assert article.headline == "신항 야간 하역, 인력만 늘려선 안 된다"
    assert article.authors == ("남궁현",)


# --- 5. wire tags ---------------------------------------------------------------------------


def test_a_korean_wires_revision_tag_glued_to_the_headline() -> None:
    assert (
        strip_tags('정부, 한파 피해 농가 지원…"이달 중 집행"(종합2보)')
        == '정부, 한파 피해 농가 지원…"이달 중 집행"'
    )
