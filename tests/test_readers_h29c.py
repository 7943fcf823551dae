"""The raw reader on the shapes of h29c (issue 20, stop 49): Indian, Japanese and Chinese
outlets' English sites, a public broadcaster's show, a price reporter, a maritime site, Korean
economic dailies, a brokerage app, a company newsroom, a forum repost. Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline, signoff
from digest.content.readers.rawtext.wire import lede_dateline
from tests.test_readers_h21 import STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"

# --- datelines ------------------------------------------------------------------------------


def test_an_indian_agencys_dateline_with_the_state_and_the_country() -> None:
    found = lede_dateline(f"Ahmedabad (Gujarat) [India], January 13 (KWS): {STORY[0]}")
    assert found is not None
    assert (found.place, found.wire, found.rest) == (
        "Ahmedabad (Gujarat) [India], January 13",
        "KWS",
        STORY[0],
    )


def test_the_outlets_credit_then_the_day_before_the_lede() -> None:
    found = lede_dateline(f"(Jinling Global) Jan. 13 -- {STORY[0]}")
    assert found is not None
    assert (found.place, found.wire, found.rest) == ("Jan. 13", "Jinling Global", STORY[0])


def test_a_korean_papers_name_in_lenticular_brackets_is_no_place() -> None:
    page = "\n\n".join(
        (
            "이음경제\n반도체 수출 석 달 연속 증가\n입력 2026.01.14 09:12",
            f"【이음경제】 {_KO_STORY[0]}",
            *_KO_STORY[1:],
        )
    )
    reading = inspect(page)
    assert reading.fields.dateline == ""
    assert reading.body[0] == _KO_STORY[0]


# --- headlines ------------------------------------------------------------------------------


def test_breadcrumbs_with_slashes_ending_in_the_title_printed_below() -> None:
    page = _story("Kathiawar Wire", "Business", f"Home / Business / {_HEADLINE}", _HEADLINE, "By Ravi Shah")
    assert inspect(page).headline == _HEADLINE


def test_a_sections_heading_over_the_headline() -> None:
    page = _story(
        "Tidewell",
        "Battery materials",
        "Latest power market news",
        _HEADLINE,
        "Published date: 13 January 2026",
    )
    assert inspect(page).headline == _HEADLINE


# --- writers --------------------------------------------------------------------------------


def test_a_translations_note_on_who_wrote_the_original() -> None:
    byline = parse_byline("(Japanese original by Mori Haruka and Ishida Ken, Kumamoto Bureau)")
    assert byline is not None and byline.authors == ("Mori Haruka", "Ishida Ken")


def test_a_writer_and_the_outlet_in_a_bar_with_the_stamp() -> None:
    page = _story(_HEADLINE, "Zhou Wen  |  Jinling Global  |  2026-01-13 17:41:09 (Beijing Time)")
    assert inspect(page).fields.authors == ("Zhou Wen",)


def test_a_lists_heading_over_a_stamp_is_no_writer() -> None:
    tail = (
        "Korean battery maker eyes a cell plant",
        "Jan 11, 2026",
        "Trending Topics",
        "#Semiconductor #Gujarat",
    )
    page = _story("Kathiawar Wire", _HEADLINE, "KWS | Updated: Jan 13, 2026 17:41 IST", tail=tail)
    assert inspect(page).fields.authors == ()


def test_a_writer_and_the_date_as_list_items_over_the_story() -> None:
    page = _story(
        "Harbour Asia",
        "* Home",
        "* Shipping",
        _HEADLINE,
        "* Ruairi Doyle",
        "* January 13, 2026",
        "* Share on X",
    )
    assert inspect(page).fields.authors == ("Ruairi Doyle",)


def test_a_reporters_sign_off_for_a_show() -> None:
    found = signoff("In Seoul, I'm Cho Hyun-jin for Countinghouse.")
    assert found is not None
    assert (found.authors, found.outlet) == (("Cho Hyun-jin",), "Countinghouse")


def test_a_shows_senior_producer_on_the_team_card_is_no_writer() -> None:
    team = (
        "The Team",
        "Cho Min",
        "Contributing Reporter",
        "Nora Bell",
        "Host",
        "Dominic Reyes",
        "Senior Producer",
    )
    page = _story(_HEADLINE, "Jan 13, 2026", tail=team)
    assert inspect(page).fields.authors == ("Cho Min",)


def test_a_broadcasts_crew_parted_by_spaces_names_no_writer() -> None:
    byline = parse_byline("촬영기자 : 김민재  영상편집 : 정하린")
    assert byline is not None and byline.authors == ()


# --- outlets and stamps ---------------------------------------------------------------------


def test_a_companys_newsroom_is_the_companys() -> None:
    page = "\n\n".join(("태백메모리 뉴스룸\n보도자료\n태백메모리, 321단 낸드 양산\n2026.01.14", *_KO_STORY))
    assert inspect(page).fields.outlet == "태백메모리"


def test_a_forum_repost_takes_the_pasted_storys_stamp_and_outlet() -> None:
    top = "\n".join(
        (
            "로그인 | 회원가입 | 쪽지함 | 마이페이지",
            "알뜰포럼",
            "증권포럼",
            "자유게시판",
            "증권포럼",
            "도서관 야간 개방 늘린다네요",
            "책벌레",
            "등록일 2026-01-14 08:37:12   조회 1,284   추천 17",
            "https://www.seohae.example/news/articleView.html?idxno=482130",
            "오늘 아침 기사 퍼왔습니다. 유료기사 아니라서 전문 올려요",
            "공공도서관 야간 개방 확대…평일 밤 10시까지 열람실 연다",
            "입력 2026.01.14 06:00 | 지면 A14",
            "정유나 기자",
        )
    )
    tail = "정유나 기자 yuna@seohae.example\n\u24d2 서해경제 무단전재 및 재배포 금지"
    reading = inspect("\n\n".join((top, *_KO_STORY, tail)))
    assert reading.fields.published is not None and reading.fields.published.hour == 6
    assert reading.fields.outlet == "서해경제"
