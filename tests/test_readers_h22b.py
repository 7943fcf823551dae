"""The raw reader on Korean pages of the kinds of h22b (issue 20, stop 49): national and
regional dailies with their reporters' buttons, an economic daily's bureau dateline, a
masthead under a menu's symbol. Every name, outlet and sentence here is made up; the shapes
are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline
from digest.content.readers.rawtext.wire import lede_dateline
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_unseen import inspect


def test_a_reporters_buttons_name_no_reporter() -> None:
    assert parse_byline("기자 정보") is None
    for button in ("대양일보 기자 구독", "미르경제 기자 구독하고 새 기사 알림 받기"):
        byline = parse_byline(button)
        assert byline is None or byline.authors == ()
    byline = parse_byline("박지후 기자 jihoo@daeyang.example")
    assert byline is not None and byline.authors == ("박지후",)


def test_a_papers_bureau_city_in_parentheses_inside_the_datelines_brackets() -> None:
    found = lede_dateline(f"[미르경제(부산)=배하진 기자] {_KO_STORY[0]}")
    assert found is not None
    assert (found.place, found.wire, found.authors, found.rest) == (
        "부산",
        "미르경제",
        ("배하진",),
        _KO_STORY[0],
    )


def test_a_korean_masthead_under_a_menus_symbol_over_a_latin_copyright() -> None:
    page = "\n\n".join(
        (
            "\u2261\n태평일보\n\U0001f50d\n정치\n경제\n도서관 야간 개방 늘린다\n입력 2025-04-22 19:05\n정다온 기자",
            *_KO_STORY,
            "Copyright by Taepyeong Ilbo Co., Ltd. All Rights Reserved",
        )
    )
    assert inspect(page).fields.outlet == "태평일보"
