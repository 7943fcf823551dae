"""The raw reader on Korean pages (issue 20): a citizen-news site (a two-digit year's
stamp, a writer's id, the writer's own photo copyright, an addendum and a profile card
after the story), a broadcaster's interview bites and its eight o'clock news beside its
name, a scene caption under the picture's credit, and a sports daily's outlet and place
before the reporter's '='. Every name and sentence is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.test_readers_unseen import SEOUL, inspect

HEADLINE = "바다시, 여름철 해수욕장 개장 2주 앞당겨"
STORY = (
    "바다시가 올해 해수욕장 개장일을 예년보다 2주 앞당긴 6월 15일로 정했다고 4일 밝혔다.",
    "시는 지난해 6월 기온이 평년보다 높아 개장 전부터 피서객이 몰렸던 점을 고려했다고 설명했다.",
    "개장 기간에는 안전요원 120명이 배치되며 야간 개장은 7월부터 주말에만 운영된다.",
    '시 관계자는 "조기 개장에 맞춰 샤워장과 주차장 정비를 이달 안에 마치겠다"고 말했다.',
)
LAST = "해수욕장 운영 시간과 교통 안내는 시 누리집에서 확인할 수 있다."
BODY = "\n\n".join([*STORY, LAST])


def _page(*header: str, body: str = BODY, footer: tuple[str, ...] = ()) -> str:
    return "\n".join(["바다뉴스", "정치 경제 사회", HEADLINE, *header, "", body, "", *footer]) + "\n"


def test_a_citizen_news_page_gives_its_writer_times_and_outlet_and_ends_at_the_story() -> None:
    header = (
        "25.03.04 14:21l최종 업데이트 25.03.04 15:00l",
        "글: 한소라(sora22)",
        "ⓒ 한소라",
        "관련사진보기",
    )
    footer = (
        "덧붙이는 글 | 이 기사는 필자의 개인 블로그에도 실립니다.",
        "",
        "이 기사가 좋으셨나요?",
        "한소라 (sora22) 내방",
        "구독하기",
        "바닷가 마을의 이야기를 기록하는 시민기자입니다. 동네 소식을 씁니다.",
        "저작권자(c) 바다뉴스(시민기자), 무단 전재 및 재배포 금지",
    )
    reading = inspect(_page(*header, footer=footer))
    assert reading.fields.published == dt.datetime(2025, 3, 4, 14, 21, tzinfo=SEOUL)
    assert reading.fields.updated == dt.datetime(2025, 3, 4, 15, 0, tzinfo=SEOUL)
    assert reading.fields.authors == ("한소라",)
    assert reading.fields.outlet == "바다뉴스"
    assert reading.body[-1] == LAST


def test_a_broadcasters_interview_bite_keeps_the_words_without_the_speakers_tag() -> None:
    bite = "[김도윤/해수욕장 상인 : 개장이 빨라지면 준비할 것도 많아집니다. 그래도 손님이 반갑죠.]"
    body = "\n\n".join([*STORY[:2], bite, *STORY[2:], LAST])
    reading = inspect(_page("정유진 기자", "작성 2025.03.04 20:14", body=body))
    assert "개장이 빨라지면 준비할 것도 많아집니다. 그래도 손님이 반갑죠." in reading.body
    assert not any("해수욕장 상인 :" in paragraph for paragraph in reading.body)


def test_a_broadcasters_hour_of_news_is_not_its_name() -> None:
    text = "\n".join(
        [
            "HBC 뉴스",
            "정치 경제 사회",
            "HBC 8 뉴스",
            HEADLINE,
            "정유진 기자",
            "작성 2025.03.04 20:14",
            "",
            BODY,
        ]
    )
    reading = inspect(text + "\n\n저작권자 ⓒ HBC 무단 전재, 재배포 금지\n")
    assert reading.fields.outlet == "HBC"


def test_a_scene_under_the_pictures_credit_is_its_caption() -> None:
    scene = "바다시 해변 입구에서 시민들이 개장 안내문을 살펴보고 있다."
    reading = inspect(
        _page("정유진 기자", "입력 2025.03.04 14:21", "[사진 = 한빛통신]", body="\n\n".join([scene, BODY]))
    )
    assert reading.body[0] == STORY[0]


def test_a_sports_dailys_outlet_and_place_before_the_reporters_mark() -> None:
    lede = f"[스포츠누리 수원=홍길동 기자] {STORY[0]}"
    reading = inspect(_page("입력 2025.03.04 21:47", body="\n\n".join([lede, *STORY[1:], LAST])))
    assert (reading.fields.outlet, reading.fields.dateline) == ("스포츠누리", "수원")
    assert reading.fields.authors == ("홍길동",)
    assert reading.body[0] == STORY[0]


def test_a_release_board_page_gives_its_title_and_leaves_its_greeting_and_survey_out() -> None:
    text = "\n".join(
        [
            "HOME > 알림마당 > 보도자료",
            "바다생태원의 새로운 소식을 전해드립니다.",
            f"제목\t{HEADLINE}",
            "작성자 : 홍보팀 | 등록일 : 2025.03.04",
            "",
            BODY,
            "",
            "이 보도자료와 관련하여 보다 자세한 내용을 원하시면 담당자에게 연락 주시기 바랍니다.",
            "현재 페이지의 내용에 만족하십니까?",
        ]
    )
    reading = inspect(text + "\n")
    assert reading.headline == HEADLINE
    assert (reading.body[0], reading.body[-1]) == (STORY[0], LAST)


def test_an_ai_summarys_note_a_correspondents_city_and_a_two_digit_years_dashes() -> None:
    header = (
        "입력 : 25-07-15 17:40 | 수정 : 25-07-16 09:05",
        "AI 요약",
        "이 요약은 AI가 작성했으며, 정확한 내용은 기사 본문을 확인해 주세요.",
    )
    lede = f"[워싱턴=윤지호 특파원] {STORY[0]}"
    reading = inspect(_page(*header, body="\n\n".join([lede, *STORY[1:], LAST])))
    assert reading.fields.published == dt.datetime(2025, 7, 15, 17, 40, tzinfo=SEOUL)
    assert reading.fields.updated == dt.datetime(2025, 7, 16, 9, 5, tzinfo=SEOUL)
    assert (reading.fields.dateline, reading.fields.outlet) == ("워싱턴", "바다뉴스")
    assert reading.fields.authors == ("윤지호",)
    assert reading.body[0] == STORY[0]


def test_a_byline_with_its_place_after_the_story_and_a_related_stocks_box_inside_it() -> None:
    body = "\n\n".join(
        [*STORY[:2], "이 기사와 관련된 종목\n한결전자 (104830) 12,450 ▲560 +4.71%", *STORY[2:], LAST]
    )
    reading = inspect(
        _page("입력 2025.03.04 14:21", body=body, footer=("영암=서민재 기자 moon@badanews.example",))
    )
    assert reading.fields.authors == ("서민재",)
    assert reading.body[-1] == LAST


def test_a_wires_bar_of_credit_reporter_and_times_labelled_after_them() -> None:
    reading = inspect(
        "\n".join(
            [
                HEADLINE,
                "(해안=바다1) 김바다 기자 | 2025-03-04 09:41 송고 | 2025-03-04 10:12 최종수정",
                "",
                BODY,
            ]
        )
        + "\n"
    )
    assert reading.fields.published == dt.datetime(2025, 3, 4, 9, 41, tzinfo=SEOUL)
    assert reading.fields.updated == dt.datetime(2025, 3, 4, 10, 12, tzinfo=SEOUL)
    assert reading.fields.authors == ("김바다",)
    assert reading.fields.outlet == "바다1"


def test_a_wires_credit_before_a_reporter_and_an_address_is_no_byline() -> None:
    # '(서울=X통신) 이름 기자 = address' under a graphic credits the graphic, not the story
    graphic = "(서울=바다통신) 이수민 기자 = sumin@bada.example"
    reading = inspect(
        _page(
            "김바다 기자", "입력 2025-03-04 09:41", body="\n\n".join([*STORY[:2], graphic, *STORY[2:], LAST])
        )
    )
    assert reading.fields.authors == ("김바다",)
