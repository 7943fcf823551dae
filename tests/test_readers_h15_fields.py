"""The raw reader's authors, outlet and times on pages of outlets from new regions (the
h15a batch's shapes): a byline card whose stamps carry a Newfoundland zone and whose
outlet part is no writer, a `Name | Outlet` card, a story-and-photos credit parted by a
bullet, a text browser's link number inside a byline, a reporter credited with
'contributed reporting', a wire desk's code after a source line's outlet, and the brand
over the company of a copyright line (a lowercase masthead, a masthead in capitals, a
broadcaster's news label). One test per mechanism, each failing without it.

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
HEADLINE = "Snow crews in Wexburn run short of road salt as the cold snap deepens"
L1 = (
    "Road crews in Wexburn have used nearly two thirds of the winter's salt in the first three weeks "
    "of the season, the town's works department said on Monday."
)
L2 = "The department has asked two neighbouring towns to lend it part of their own supply until a barge arrives."
L3 = "Residents have been told to expect slower ploughing on side streets until the new salt is unloaded."


def read(text: str) -> Article:
    return read_raw_text(Path("story.txt"), text, TZ, ChromeFilter())


def page(*header: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join((*header, L1, L2, L3, *tail)) + "\n"


def offset(when: dt.datetime | None) -> dt.timedelta | None:
    return when.utcoffset() if when is not None else None


# -- a card of name, outlet and two stamps in a zone of half hours -------------------------

COPYRIGHT = "\u00a9 2025 Tidemark Broadcasting Corporation. All rights reserved."


@pytest.mark.parametrize(
    ("zone", "hours"),
    [("NST", dt.timedelta(hours=-3, minutes=-30)), ("NDT", dt.timedelta(hours=-2, minutes=-30))],
)
def test_a_card_with_newfoundland_stamps_names_writer_outlet_and_times(
    zone: str, hours: dt.timedelta
) -> None:
    card = (
        f"Orla Penhallow \u00b7 Tidemark News \u00b7 Posted: Mar 3, 2025 7:20 AM {zone}"
        f" | Last Updated: Mar 3, 2025 10:05 AM {zone}"
    )
    # (the corporation's copyright line names the outlet only where the card names none)
    article = read(page("Menu", "Local", HEADLINE, card, tail=(COPYRIGHT,)))
    assert article.authors == ("Orla Penhallow",)
    assert article.outlet == "Tidemark News"
    assert article.published is not None and offset(article.published) == hours
    assert (article.published.hour, article.published.minute) == (7, 20)
    assert article.updated is not None and (article.updated.hour, article.updated.minute) == (10, 5)


# -- a name beside the page's own name ------------------------------------------------------


def test_a_name_and_the_masthead_parted_by_a_bar_name_the_writer() -> None:
    article = read(
        page(
            "QUILLBY TRADE",
            "Markets",
            "Retail",
            HEADLINE,
            "Tomasz Ferreira-Lund | Quillby Trade",
            "11 February 2025 | 09:40 SAST",
            tail=("Copyright 2025 Quillby Trade (Pty) Ltd",),
        )
    )
    assert article.authors == ("Tomasz Ferreira-Lund",)
    assert article.outlet == "Quillby Trade"


# -- a story's writer and photographer parted by a bullet -----------------------------------


def test_the_photographer_of_a_story_and_photos_credit_is_no_author() -> None:
    article = read(
        page(
            "Tidemark News",
            HEADLINE,
            "Story by Ines Korhonen \u2022 Photos by Bram Ostrowe",
            "Mar 3, 2025 8:00 AM AWST",
        )
    )
    assert article.authors == ("Ines Korhonen",)


# -- a text browser's link number in a byline -----------------------------------------------


def test_a_link_number_glued_to_the_writer_is_no_part_of_the_name() -> None:
    article = read(page("Tidemark News", HEADLINE, "   By [21]Ruairi Castellane | March 3, 2025 4:40 PM PST"))
    assert article.authors == ("Ruairi Castellane",)
    assert article.published is not None and offset(article.published) == dt.timedelta(hours=-8)


# -- a reporter credited under the story ----------------------------------------------------


def test_a_reporter_who_contributed_reporting_is_an_author() -> None:
    article = read(
        page(
            "Tidemark News",
            HEADLINE,
            "By Orla Penhallow",
            "March 3, 2025 5:10 PM ET",
            tail=("Wendell Achterberg of The Pellham Gazette contributed reporting.",),
        )
    )
    assert article.authors == ("Orla Penhallow", "Wendell Achterberg")


def test_a_wire_that_contributed_to_the_report_is_no_author() -> None:
    article = read(
        page(
            "Tidemark News",
            HEADLINE,
            "By Orla Penhallow",
            "March 3, 2025 5:10 PM ET",
            tail=("Pellham Wire contributed to this report.",),
        )
    )
    assert article.authors == ("Orla Penhallow",)


# -- a wire desk's code after the source line's outlet --------------------------------------


def test_a_desk_code_after_the_source_lines_outlet_is_no_part_of_it() -> None:
    article = read(
        page(
            "Watch Live",
            HEADLINE,
            "Halvard Moe",
            "03 Mar 2025 09:41PM (GMT+8)",
            tail=("Source: Brightwater/tm(ok)",),
        )
    )
    assert article.outlet == "Brightwater"


# -- the brand over the company of the copyright line ---------------------------------------


def test_a_lowercase_masthead_named_again_wins_over_the_company() -> None:
    article = read(
        page(
            "ledgerline daily",
            "Markets",
            "Companies",
            HEADLINE,
            "By Orla Penhallow",
            "Updated 3 Mar 2025, 02:15 PM IST",
            tail=(
                "Follow every market move on Ledgerline Daily, wherever you are.",
                "Copyright \u00a9 2025 Marrowgate Media Pvt Ltd. All Rights Reserved.",
            ),
        )
    )
    assert article.outlet == "Ledgerline Daily"


def test_a_masthead_in_capitals_spells_the_short_company_name_in_full() -> None:
    article = read(
        page(
            "Subscribe",
            "THE WEXBURN BEACON",
            "News",
            "Sport",
            HEADLINE,
            "By Orla Penhallow",
            "March 3, 2025 - 4:45PM ACDT",
            tail=("THE WEXBURN BEACON", "Copyright \u00a9 2025 Beacon Media Pty Ltd. All rights reserved."),
        )
    )
    assert article.outlet == "The Wexburn Beacon"
    assert article.published is not None and offset(article.published) == dt.timedelta(hours=10, minutes=30)


def test_a_broadcasters_news_label_wins_over_its_bare_brand() -> None:
    article = read(
        page(
            "Skip to content",
            "Corvane",
            "Home",
            "Sport",
            "Corvane Play",
            "Corvane News",
            "Home",
            "Regions",
            HEADLINE,
            "Published",
            "3 March 2025",
            "Ines Korhonen",
            tail=(
                "About Corvane",
                "Copyright \u00a9 2025 Corvane Broadcasting Corporation. Corvane is not responsible for external sites.",
            ),
        )
    )
    assert article.outlet == "Corvane News"


# -- a writer's card naming a publication beside the writer ---------------------------------


def test_a_cards_publication_part_is_no_writer() -> None:
    # (a syndicated story: the page's own masthead, named again below, is the outlet)
    article = read(
        page(
            "Wexburn Today",
            HEADLINE,
            "Ines Korhonen \u00b7 Pellham Herald \u00b7 4 min read",
            "Published 3 March 2025, 09:15",
            tail=("\u00a9 2025 Wexburn Today",),
        )
    )
    assert article.authors == ("Ines Korhonen",)


def test_a_cards_publication_part_is_the_outlet_when_nothing_else_names_one() -> None:
    # (the card's parts read as a menu's items: its first item is the writer, no masthead)
    article = read(
        page(
            "Menu",
            HEADLINE,
            "Ines Korhonen \u00b7 Pellham Herald \u00b7 4 min read",
            "Published 3 March 2025, 09:15",
        )
    )
    assert article.authors == ("Ines Korhonen",)
    assert article.outlet == "Pellham Herald"


def test_a_masthead_on_its_own_line_stays_the_outlet_when_the_byline_names_it_too() -> None:
    """'한빛경제' alone at the top and '한빛경제 홍길동 기자' as the byline: the masthead is the
    outlet and the byline's writer the one author (a masthead is skipped only when it is a
    card's first part, its parts taken for a menu)."""
    article = read(
        "\n\n".join(
            (
                "한빛경제",
                "코스피 외국인 매수에 1% 상승 마감",
                "한빛경제 홍길동 기자",
                "입력 2025.03.04 15:12",
                "코스피가 외국인 매수에 힘입어 1% 넘게 올라 2,700선을 회복했다.",
                "4일 한국거래소에 따르면 코스피는 전 거래일보다 28.5포인트 오른 2,712.3에 장을 마쳤다.",
                "시장에서는 반도체 업종의 실적 기대가 매수세를 이끌었다고 분석했다.",
                "ⓒ 한빛경제, 무단전재 및 재배포 금지",
                "(주)한빛경제신문사 | 서울특별시 중구 세종대로 1 | 발행·편집인 김철수",
            )
        )
        + "\n"
    )
    assert article.authors == ("홍길동",)
    assert article.outlet == "한빛경제"
