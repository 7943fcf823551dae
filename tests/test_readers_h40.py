"""The raw reader on a travel and transport editor's week, in English and in Korean, from
the first halves of the blind batches h40a and h40b (files 01-08 read; 09-15 stay blind)
(issue 20, stop 51). Every name, outlet and sentence here is made up; the shapes are the
sites'.
"""

from __future__ import annotations

import datetime as dt

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"
_KO_STORY = (
    "청해고속은 12월 1일(월)부터 서울경부터미널과 강릉·속초를 잇는 심야 고속버스 노선을 새로 운행한다고 밝혔다.",
    "신설되는 심야 노선은 서울경부~강릉 노선 하루 2회와 서울경부~속초 노선 하루 1회이며, 우등 좌석으로 운행한다.",
    "앞으로도 청해고속은 고객 여러분이 더 편하게 이동하실 수 있도록 노선과 서비스를 꾸준히 개선하겠습니다.",
)


def _notice(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join((*top, "", *(f"{paragraph}\n" for paragraph in _KO_STORY), *tail))


# --- h40b: notice boards of a bus company, a ferry, the railway ------------------------------


def _bus_notice() -> str:
    greeting = "항상 청해고속을 이용해 주시는 고객 여러분께 감사드립니다."
    page = _notice(
        "* 본문 바로가기",
        "* 로그인",
        "마이페이지",
        "고객센터",
        "",
        "청해고속",
        "믿음으로 달리는 50년, 청해고속",
        "* 고객센터",
        "* 공지사항",
        "홈 > 고객센터 > 공지사항",
        "제목 : [노선신설] 서울경부~강릉·속초 심야 노선 신설 안내",
        "작성자 : 운송영업팀    등록일 : 2025-11-24 09:12    조회 : 3,906",
        tail=(
            "노선 관련 문의는 고객센터(1577-1234)로 해 주시면 자세히 안내해 드리겠습니다.",
            "",
            "고객 여러분의 너른 양해를 부탁드립니다.",
            "",
            "감사합니다.",
            "",
            "* 목록",
        ),
    )
    return page.replace(_KO_STORY[0], f"{greeting}\n\n{_KO_STORY[0]}")


def test_a_bus_companys_notice_its_title_field_writer_row_and_masthead() -> None:
    reading = inspect(_bus_notice())
    assert reading.headline == "서울경부~강릉·속초 심야 노선 신설 안내"
    assert reading.fields.published == dt.datetime(2025, 11, 24, 9, 12, tzinfo=SEOUL)
    assert reading.fields.outlet == "청해고속"


def test_a_notices_greeting_pointer_apology_and_thanks_are_not_the_story() -> None:
    reading = inspect(_bus_notice())
    assert reading.body[0] == _KO_STORY[0]
    assert reading.body[-1] == _KO_STORY[-1]


def test_a_posts_title_over_the_boards_row_of_fields_under_a_widget() -> None:
    title = "서울경부~강릉·속초 심야 고속버스 노선 신설 및 시간표 변경 안내"
    page = _notice(
        "한솔훼리",
        "오늘의 운항 정보",
        "서울경부 → 강릉 23:10 심야 고속버스 정상 운행",
        "강릉 → 서울경부 06:00 심야 고속버스 정상 운행",
        "운항 공지",
        title,
        "작성자 운항관리팀 | 작성일 2025-11-29 11:20 | 조회 1,532",
    )
    assert inspect(page).headline == title


def test_a_phones_status_bar_and_buttons_over_a_korean_masthead() -> None:
    page = _notice(
        "오전 9:12",
        "m.railgo.example",
        "닫기",
        "국가철도회사",
        "로그인",
        "공지사항",
        "철도노조 파업 예고에 따른 열차 운행 조정 안내",
        "2025.12.02",
        tail=("\u24d2 NATIONAL RAIL COMPANY. All rights reserved.",),
    ).replace("청해고속은", "국가철도회사는")
    assert inspect(page).fields.outlet == "국가철도회사"


# --- h40a: an airline, an airport, a railway, a regulator, a transit alert -----------------


def test_a_routes_ends_in_a_headline_are_no_glued_sub_heads() -> None:
    headline = "Aotea Air to fly Christchurch\u2013Rarotonga year-round from June 2026"
    page = _story(
        "Aotea Air",
        "Newsroom",
        headline,
        "27 November 2025",
        lede="Aotea Air will fly to the Cook Islands all year round from next winter, the airline said on Thursday.",
    )
    assert inspect(page).headline == headline


def test_an_airports_name_beside_the_stamp_is_no_writer_and_its_lede_no_biography() -> None:
    lede = (
        "Liffey Airport is preparing for its busiest Christmas on record, with more than 1.2 million "
        "passengers expected between 12 December and 5 January."
    )
    page = _story(_HEADLINE, "Published: 1 December 2025, 14:30", "Liffey Airport", "Share:", lede=lede)
    reading = inspect(page)
    assert reading.fields.authors == ()
    assert reading.body[0] == lede


def test_a_travel_tip_between_the_paragraphs() -> None:
    tip = (
        "Travel tip: Check your airline's website for the latest information on your flight before you leave."
    )
    page = _story(_HEADLINE, "1 December 2025").replace(STORY[1], f"{tip}\n\n{STORY[1]}")
    assert tip not in inspect(page).body


def test_a_dateline_whose_place_is_accented() -> None:
    lede = "Trillium Rail will run 42 additional trains in the corridor between December 19 and January 5."
    page = _story(_HEADLINE, lede=f"Montr\u00e9al, December 2, 2025 \u2013 {lede}")
    reading = inspect(page)
    assert reading.fields.dateline == "Montr\u00e9al, December 2, 2025"
    assert reading.body[0] == lede


def test_an_agencys_masthead_over_the_states_copyright() -> None:
    paragraphs = (
        "1. The Civil Aviation Authority of Eastland (CAAE) has imposed a financial penalty of $180,000 on "
        "Tembu Ground Services for airside safety lapses at Eastland Airport.",
        "2. Between January and July 2025, the ground handler was involved in 14 airside incidents, including "
        "three collisions between its vehicles and parked aircraft.",
        "3. The CAAE investigation found that the ground handler had not ensured that its drivers were "
        "adequately supervised on the airside.",
    )
    page = "\n".join(
        (
            "An official website of the Eastland Government",
            "Skip to main content",
            "Civil Aviation Authority of Eastland",
            "About CAAE",
            "Newsroom",
            "Media Releases",
            "CAAE Imposes $180,000 Financial Penalty on Ground Handler for Airside Safety Lapses",
            "03 Dec 2025",
            "",
            *(f"{paragraph}\n" for paragraph in paragraphs),
            "Contact Us",
            "Civil Aviation Authority of Eastland",
            "\u00a9 2025, Government of Eastland",
        )
    )
    assert inspect(page).fields.outlet == "Civil Aviation Authority of Eastland"


def _transit_alert(*box: str) -> str:
    return _story(
        "LTA",
        "Customer Alerts",
        "Red Line",
        "Planned Work",
        "Red Line: No trains between Howard and Loyola, Sat.\u2013Sun., Nov. 29\u201330",
        "Effective: Fri, Nov 28, 2025 10:00 PM \u2013 Mon, Dec 1, 2025 4:00 AM",
        "Posted: Nov 28, 2025 5:42 AM",
        "Alert ID: 84213",
        lede="Red Line trains will not run between Howard and Loyola from 10 p.m. Friday, Nov. 28, until 4 a.m. "
        "Monday, Dec. 1, while crews replace signals.",
    ).replace(STORY[1], "\n".join((*box, "", STORY[1])))


def test_a_transit_alerts_title_over_its_stamps_is_the_headline() -> None:
    assert inspect(_transit_alert()).headline.startswith("Red Line: No trains between Howard and Loyola")


def test_a_box_of_labelled_details_under_its_heading() -> None:
    stops = (
        "Howard: Howard St. at Paulina St. (north side)",
        "Jarvis: Greenview Ave. at Jarvis Ave.",
        "Morse: Glenwood Ave. at Morse Ave.",
        "Loyola: Sheridan Rd. at Loyola Ave.",
    )
    found = verdicts(_transit_alert("Shuttle bus boarding locations", *stops))
    assert all(found[stop][0] == "chrome" for stop in stops)
    assert LAST in inspect(_transit_alert("Shuttle bus boarding locations", *stops)).body
