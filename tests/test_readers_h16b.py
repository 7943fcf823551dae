"""The raw reader on Korean pages of the kinds of h16b (issue 20, stop 49): a daily's column,
a district's newsletter, a translated foreign story, a weekly, a culture portal's English
reports. Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from digest.content.readers.rawtext import read_stamps
from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_unseen import inspect

_SEOUL = ZoneInfo("Asia/Seoul")


def _ko_page(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join(("\n".join(top), *_KO_STORY, *tail))


def test_a_stamp_bar_with_the_print_editions_day_and_page() -> None:
    found = read_stamps("입력 2025.03.04 18:30  수정 2025.03.04 20:05  지면게재일 2025.03.05 31면", _SEOUL)
    assert found is not None
    assert [(field, when.hour if when else None) for field, when, _ in found[:2]] == [
        ("published", 18),
        ("updated", 20),
    ]
    page = _ko_page(
        "한빛일보",
        "폐교 운동장에 다시 불이 켜지려면",
        "입력 2025.03.04 18:30  수정 2025.03.04 20:05  지면게재일 2025.03.05 31면",
    )
    published = inspect(page).fields.published
    assert published is not None and (published.day, published.hour) == (4, 18)


def test_a_weeklys_stamp_with_its_issue_and_the_approval_time() -> None:
    page = _ko_page(
        "주간한빛",
        "동네 도서관이 밤 10시까지…'야간 열람실' 직접 가 봤습니다",
        "강여름 기자 발행일 2025.10.22 [제1731호] 기사승인 2025.10.20 14:05",
    )
    published = inspect(page).fields.published
    assert published is not None and (published.day, published.hour, published.minute) == (20, 14, 5)


def test_an_editorial_writers_signature_after_the_column() -> None:
    byline = parse_byline("송재우 논설위원 jwsong@hanbit.example")
    assert byline is not None and byline.authors == ("송재우",)


def test_a_citizen_reporters_title_before_the_name() -> None:
    byline = parse_byline("글·사진 구민기자 한소망")
    assert byline is not None and byline.authors == ("한소망",)


def test_a_foreign_writers_name_in_hangul_and_the_translator_who_is_no_author() -> None:
    byline = parse_byline("글=마리 뒤랑(할시언프레스) / 번역=정다인 기자")
    assert byline is not None and byline.authors == ("마리 뒤랑",)


def test_an_english_bylines_title_before_the_name_and_the_country_after() -> None:
    byline = parse_byline("By Honorary Reporter Sofia Mendes from Portugal")
    assert byline is not None and byline.authors == ("Sofia Mendes",)
