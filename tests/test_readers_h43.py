"""The raw reader on a banking and fintech editor's week in English and an environment,
weather and disaster-safety editor's week in Korean, from the first halves of the blind
batches h43a and h43b (files 01-08 read; 09-15 stay blind) (issue 20, stop 52). Every name,
outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import datetime as dt

from digest.content.readers.rawtext import wire
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h39 import _KO_STORY, _ko_release
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


# --- a central bank's speech, a bank's results, an exchange's announcement --------------------


def test_a_speech_page_its_title_speaker_summary_and_greeting() -> None:
    greeting = "Good afternoon, and thank you for inviting me to speak about the offshore wind developer's power contract."
    summary = (
        "The deputy governor discusses how regulators will review the offshore wind developer's contract."
    )
    page = _story(
        "Bank of Westland",
        "Speeches and appearances",
        "Speech",
        _TITLE,
        "Claire Roy-Mercer",
        "Deputy Governor",
        "Atlantic Payments and Fintech Forum",
        "Halifax, Nova Scotia",
        "December 2, 2025",
        "Speech summary",
        summary,
        lede=f"{greeting}\n\n{STORY[0]}",
    )
    reading = inspect(page)
    assert reading.headline == _TITLE
    assert reading.fields.authors == ("Claire Roy-Mercer",)
    assert reading.body[0] == greeting and summary not in reading.body


def test_a_banks_results_release_starts_at_its_dateline_and_ends_at_its_boilerplate() -> None:
    lede = "TORONTO, December 4, 2025 - Tidewell Financial Group today reported net income of $2.41 billion."
    page = _story(
        "Tidewell",
        "About Tidewell",
        "Investor Relations",
        "Tidewell Financial Group reports fourth quarter results",
        "December 4, 2025 6:00 AM ET",
        "",
        "Tidewell's fourth quarter 2025 Report to Shareholders and its statements are available at "
        "tidewell.example/investors.",
        "",
        "Fourth quarter 2025 highlights",
        lede=lede,
        tail=(
            "Conference call and webcast",
            "",
            "Tidewell will host a conference call for analysts and investors at 8:00 a.m. ET today.",
            "",
            "Caution regarding forward-looking statements",
            "",
            "From time to time, Tidewell makes written or oral forward-looking statements under the law.",
            "",
            "About Tidewell Financial Group",
            "Tidewell Financial Group is one of the country's largest banks.",
            "",
            "© 2025 Mara Quill",
        ),
    )
    reading = inspect(page)
    assert reading.fields.dateline == "TORONTO, December 4, 2025"
    assert reading.body[0].startswith("Tidewell Financial Group today reported")
    assert reading.body[-1] == LAST
    assert reading.fields.outlet == "Tidewell Financial Group"


def test_an_exchanges_announcement_by_its_issuer_signed_off_by_its_sponsor() -> None:
    page = _story(
        "Westland Securities Exchange",
        "Company announcements",
        _TITLE,
        "Release Date: 2025/12/01 07:05",
        "Issuer: Harbour Rand Bank Holdings Limited",
        "Category: Trading Statement",
        tail=(
            "Sponsor",
            "Brandt Kessel Capital (Pty) Ltd",
            "",
            "Produced by the WSX News Service (WNS)",
            "",
            "The WSX does not, whether expressly, tacitly or implicitly, represent or warrant the information.",
            "",
            "© Westland Securities Exchange",
        ),
    )
    reading = inspect(page)
    assert reading.fields.outlet == "Harbour Rand Bank Holdings"
    assert reading.body[-1] == LAST


def test_a_release_dateline_with_its_year_before_a_colon() -> None:
    found = wire.lede_dateline("Bengaluru, November 25, 2025: KasPay today launched a free acceptance kit.")
    assert found is not None and found.place == "Bengaluru, November 25, 2025"
    assert wire.lede_dateline("Update, December 2, 2025: The board met again on Tuesday.") is None


def test_comments_under_their_count_end_the_story_and_their_times_are_no_stamp() -> None:
    comment = "Interesting that the range leads in Indonesia. Curious how they will handle the screening."
    page = _story(
        _TITLE,
        "By Rohan Pillai-Everett",
        tail=(
            "Related News",
            "",
            "Comments: (1)",
            "Guido Mertens-Vaal",
            "03 December, 2025, 09:14",
            comment,
            "Reply",
        ),
    )
    reading = inspect(page)
    assert reading.body[-1] == LAST and comment not in reading.body
    assert reading.fields.published is None


def test_a_masthead_set_on_two_lines_over_its_companys_copyright() -> None:
    page = _story(
        "\u2630",
        "UNDERWRITER",
        "AUSTRALIA",
        "Subscribe",
        _TITLE,
        "by Jacinta Moreau",
        "27 Nov 2025",
        tail=(
            "Get the Underwriter Australia daily bulletin, free",
            "",
            "Copyright © 2025 Bluewattle Media Pty Ltd",
        ),
    )
    assert inspect(page).fields.outlet == "Underwriter Australia"


# --- Korean: a forecast's board, a release wrapped at a screen's width, portals' boards -------


def test_a_korean_forecast_boards_note_title_and_writer() -> None:
    page = _ko_release(
        "기상청",
        "홈 > 날씨 > 예보 > 예보해설",
        "예보해설",
        "예보해설은 총괄예보관이 작성한 날씨 분석과 전망입니다. 최신 예보와 기상특보를 함께 확인하시기 바랍니다.",
        "인쇄",
        "공유하기",
        "고병원성 조류인플루엔자 특별 방역, 가금농장 일제 점검",
        "발표일시 : 2025년 12월 02일(화) 10:30",
        "작성 : 총괄예보관 윤서하",
    )
    reading = inspect(page)
    assert reading.headline == "고병원성 조류인플루엔자 특별 방역, 가금농장 일제 점검"
    assert reading.fields.authors == ("윤서하",)
    assert reading.body[0] == _KO_STORY[0]


def test_a_korean_portals_board_its_record_set_one_cell_a_line() -> None:
    page = _ko_release(
        "국민안전누리",
        "재난안전 정보를 한곳에서, 국민안전누리",
        "최근 재난문자",
        "12.4. 17시 현재 충남·전북 서해안 대설경보. 외출 자제, 대중교통 이용에 협조 바랍니다.",
        "2025-12-04 17:05:22",
        "홈 > 알림마당 > 보도자료",
        "제목",
        "고병원성 조류인플루엔자 특별 방역, 가금농장 일제 점검",
        "작성자",
        "농림축산식품부 방역정책과",
        "등록일시",
        "2025.12.04 17:40",
        "조회수",
        "3,105",
        "첨부",
        "사진1_점검 현장 전경.jpg",
    )
    reading = inspect(page)
    assert reading.headline == "고병원성 조류인플루엔자 특별 방역, 가금농장 일제 점검"
    assert reading.fields.published == dt.datetime(2025, 12, 4, 17, 40, tzinfo=SEOUL)
    assert reading.fields.outlet == "농림축산식품부"
    assert reading.body[0] == _KO_STORY[0]


def test_a_korean_provinces_board_its_footer_and_its_captions() -> None:
    page = _ko_release(
        "* 본문 바로가기",
        "강원특별자치도 누리집",
        "도청소식",
        "고병원성 조류인플루엔자 특별 방역, 가금농장 일제 점검",
        "작성자 재난안전실 자연재난과 | 등록일 2025-11-28 16:40 | 조회 2,317",
        tail=(
            "",
            "[사진 1] 28일 오후 한 가금농장에서 방역 차량이 소독약을 뿌리고 있다.",
            "",
            "붙임  1. 가금농장 방역수칙 주요 내용.",
            "",
            "개인정보처리방침",
            "* 저작권정책",
            "Copyright(c) Gangwon State. All rights reserved.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.outlet == "강원특별자치도"
    assert reading.body[-1] == _KO_STORY[-1]
    assert verdicts(page)["[사진 1] 28일 오후 한 가금농장에서 방역 차량이 소독약을 뿌리고 있다."][0] in (
        "caption",
        "footer",
    )


def test_a_readings_time_is_no_stamp() -> None:
    page = _ko_release(
        "맑은공기24",
        "서울 초미세먼지 41㎍/㎥ 나쁨 · 미세먼지 58㎍/㎥ 보통 (2025-12-04 17:00 기준)",
        "고병원성 조류인플루엔자 특별 방역, 가금농장 일제 점검",
        "2025-12-04 17:20",
    )
    assert inspect(page).fields.published == dt.datetime(2025, 12, 4, 17, 20, tzinfo=SEOUL)
