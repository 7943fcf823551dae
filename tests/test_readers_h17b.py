"""The raw reader on the h17b batch's shapes (Korean pages, most of them): a text
browser's dump hard-wrapped at the screen's 78 columns, where a Hangul syllable takes two;
a caption over a longer lede that opens with a noun phrase, or under a gallery's counter;
a magazine's credits, each role before its name; a learning page's quiz after the story;
a glossary line in two scripts; a public body's board over one post; skip links over the
masthead; a regional reporter's town before the '='; a video's title with the channel's
name glued on, and its timed transcript under the description. One test per mechanism,
each failing without it.

Every name, outlet and sentence here is made up; what is real is the shape.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import Reading, inspect_raw_text

TZ = ZoneInfo("Asia/Seoul")

HEADLINE = "한빛시 도서관 다섯 곳, 다음 달부터 밤 10시까지 문 연다"
PARAGRAPHS = (
    "한빛시가 다음 달부터 시립도서관 다섯 곳의 운영 시간을 밤 10시까지 늘린다. 퇴근한 직장인과 시험을 "
    "준비하는 학생들이 도서관을 더 오래 쓸 수 있도록 하겠다는 것이다.",
    "시에 따르면 지금은 평일 오후 6시에 문을 닫는 도서관 다섯 곳이 다음 달 1일부터 밤 10시까지 열람실과 "
    "자료실을 운영한다. 주말 운영 시간은 지금과 같다.",
    "늘어나는 운영 시간에 필요한 인력은 시간제 사서 12명을 새로 뽑아 채운다. 시는 이를 위해 추가경정예산에 "
    "인건비 3억 원을 반영했다.",
    '시민들의 반응은 대체로 반갑다는 쪽이다. 중앙도서관에서 만난 한 대학생은 "저녁에 자리를 찾아 카페를 '
    '전전하지 않아도 돼 다행"이라고 말했다.',
    "시는 석 달 동안 이용자 수를 지켜본 뒤 다른 도서관으로 야간 운영을 넓힐지 정하기로 했다.",
)


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrapped(paragraph: str, width: int = 78) -> str:
    """A paragraph as a text browser lays it out: broken at spaces, no line over `width`."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        if line and columns(f"{line} {word}") > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def inspect(text: str) -> Reading:
    return inspect_raw_text(Path("story.txt"), text, TZ, ChromeFilter())


def test_a_korean_text_browser_dump_wrapped_at_78_columns_is_read_as_paragraphs() -> None:
    assert all(columns(p) > 78 for p in PARAGRAPHS[:4])  # each is wrapped
    text = "\n\n".join(
        (
            "[한빛일보 로고]",
            "홈 > 사회 > 교육",
            HEADLINE,
            "기자명 문소라 기자  입력 2025.07.21 13:05:41  수정 2025.07.21 16:20:09",
            *(wrapped(p) for p in PARAGRAPHS),
            "문소라 기자 sora@hanbit.example",
            "저작권자 © 한빛일보 무단전재 및 재배포 금지",
        )
    )
    reading = inspect(text + "\n")
    assert reading.headline == HEADLINE
    assert list(reading.body) == list(PARAGRAPHS)


def story(*header: str, middle: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    """A magazine's page: masthead, headline, byline and stamp, then `header`'s lines right
    over the lede (no blank line, as a page's copy has them), `middle` after the second
    paragraph."""
    top = "\n".join(
        ("한빛 매거진", HEADLINE, "에디터 문소라 · 포토그래퍼 윤재하", "2025.09.03", *header, PARAGRAPHS[0])
    )
    return "\n\n".join((top, PARAGRAPHS[1], *middle, *PARAGRAPHS[2:], *tail)) + "\n"


def test_a_noun_phrase_caption_over_a_longer_lede_is_no_paragraph() -> None:
    caption = "새 단장을 마친 중앙도서관 열람실 내부. 책상마다 개인 조명이 달렸다."
    reading = inspect(story(caption))
    assert list(reading.body) == list(PARAGRAPHS)
    assert any(line.text == caption and line.verdict == "caption" for line in reading.lines)


def test_the_line_under_a_gallery_counter_is_its_caption() -> None:
    above = "시민들이 새로 문을 연 야간 열람실을 둘러보고 있다."
    between = "도서관 직원이 늦은 밤 서가를 정리하고 있다."
    reading = inspect(story("사진 1 / 8", above, middle=("사진 2 / 8", between)))
    assert list(reading.body) == list(PARAGRAPHS)
    assert "사진 1 / 8" not in "\n".join(reading.body)


def test_an_english_gallery_counter_takes_the_line_under_it_but_not_a_datelined_lede() -> None:
    lede = (
        "HARTWELL, Maine — The town's ferry will run twice as often this summer after the state agreed "
        "to pay for a second crew, officials said on Tuesday."
    )
    second = "The ferry now makes four crossings a day, which islanders say leaves them stranded after dark."
    third = "The new timetable starts on June 1 and runs until the end of September, the ferry office said."
    caption = "The ferry leaves the town landing on a foggy morning."
    captioned = inspect(
        "\n\n".join(
            ("Ferry to run twice as often", "By Ada Quint", "Photo 1 of 5", caption, lede, second, third)
        )
        + "\n"
    )
    assert captioned.body[0].startswith("The town's ferry")
    assert caption not in captioned.body
    uncaptioned = inspect(
        "\n\n".join(("Ferry to run twice as often", "By Ada Quint", "1 of 5", lede, second, third)) + "\n"
    )
    assert uncaptioned.body[0].startswith("The town's ferry")
    assert uncaptioned.fields.dateline == "HARTWELL, Maine"


@pytest.mark.parametrize("credits", ["에디터 문소라 · 포토그래퍼 윤재하", "글 문소라 | 사진 윤재하"])
def test_a_magazines_credits_name_the_writer_not_the_photographer(credits: str) -> None:
    reading = inspect(story().replace("에디터 문소라 · 포토그래퍼 윤재하", credits))
    assert reading.fields.authors == ("문소라",)


def test_a_foreign_writer_credited_before_the_translator() -> None:
    text = story().replace(
        "에디터 문소라 · 포토그래퍼 윤재하", "글 Ada Quint (Staff Writer) · 번역·해설 정은서 기자"
    )
    assert inspect(text).fields.authors == ("Ada Quint",)


@pytest.mark.parametrize("label", ["글자크기", "글로벌 | 영상뉴스"])
def test_a_word_that_opens_with_a_role_is_no_credit(label: str) -> None:
    text = story().replace("에디터 문소라 · 포토그래퍼 윤재하", label)
    assert inspect(text).fields.authors == ()


def test_numbered_questions_for_the_reader_after_the_story_are_not_its_end() -> None:
    quiz = (
        "1. 도서관이 밤늦게까지 문을 열면 누가 가장 반길까요?",
        "2. 우리 동네 도서관의 운영 시간을 찾아 적어 보세요.",
    )
    reading = inspect(story(tail=quiz))
    assert list(reading.body) == list(PARAGRAPHS)


@pytest.mark.parametrize(
    "steps",
    [
        ("1. 열람실은 밤 9시 30분에 입장을 마감한다.", "2. 자료실 대출은 밤 9시까지만 가능하다."),
        ("1. 왜 밤 10시인가?", "2. 시는 퇴근 시간대 이용 수요를 조사해 시간을 정했다."),
    ],
)
def test_a_numbered_list_not_all_for_the_reader_stays_in_the_story(steps: tuple[str, str]) -> None:
    reading = inspect(story(tail=steps))
    assert list(reading.body) == [*PARAGRAPHS, *steps]


def test_a_glossary_line_in_two_scripts_is_no_outlet_the_host_agrees_on() -> None:
    # the English word ends a sentence of the story ('... the atmosphere.'); squashed to its
    # Latin letters the glossary line would pass for the host of that 'atmosphere.'
    lede = "A probe launched last spring has finished measuring the upper atmosphere."
    text = "\n\n".join(
        (
            "한빛영어신문 The Hanbit English Times",
            "Probe Finishes Its Survey of the Sky",
            "입력 2025.09.15 07:00",
            lede,
            "The probe sent back more data than the team had planned for, its engineers said.",
            "The team will publish the first results in a journal next month.",
            "■ Words & Expressions",
            "atmosphere 대기",
            "ⓒ 한빛영어신문, 무단 전재 및 재배포 금지",
        )
    )
    assert inspect(text + "\n").fields.outlet == "한빛영어신문"


def test_wrapped_paragraphs_without_blank_lines_between_them_stay_apart() -> None:
    # A mail's text wrapped at 72 columns, its paragraphs parted by line breaks alone: a
    # paragraph's last line that ends a sentence near the width is still its last.
    paragraphs = [
        "The ferry company said on Tuesday that it would add a second evening crossing to the island from "
        "June, once it has hired the new crew.",
        "Islanders have asked for a later sailing for years, and a petition signed by more than 800 of them "
        "was handed to the county council.",
        "Harbour staff said the second crossing would also carry freight for the island's two shops and its "
        "primary school, which now wait a whole day.",
        "Councillors agreed to pay for the extra crew until the end of the year, when the crossing will be "
        "reviewed at the council's autumn meeting.",
        "Fishermen who moor their boats at the island's pier said the later sailing would let them sell their "
        "catch at the mainland's fish market.",
        "Passengers will be able to book the new crossing online from the first week of May, the company said.",
    ]
    wrapped_text = "\n".join(wrapped(p, 72) for p in paragraphs)
    last_lines = [wrapped(p, 72).split("\n")[-1] for p in paragraphs]
    # each paragraph's last line leaves no room for the next one's first word
    assert all(
        columns(line) + 1 + columns(after.split(" ")[0]) > 72
        for line, after in zip(last_lines, paragraphs[1:], strict=False)
    )
    reading = inspect("Ferry adds a later crossing\n\nBy Ada Quint\n\n" + wrapped_text + "\n")
    assert list(reading.body) == paragraphs


BOARD_POST = "한빛시, 시립도서관 다섯 곳 야간 운영 시작"


def board(*top: str, description: str = "시정 소식과 보도자료를 신속하게 알려드립니다.") -> str:
    """A city's board page: skip links, the city's name and slogan, menus, the board's
    name and description, then one post: its title, its record and its text."""
    return (
        "\n".join(
            (
                *top,
                "한빛시",
                "시민과 함께 여는 한빛",
                "분야별정보 | 시정소식 | 정보공개 | 시민참여",
                "HOME > 시정소식 > 보도자료",
                "보도자료",
                description,
                BOARD_POST,
                "작성자 공보담당관실 | 등록일 2025-06-24 15:02 | 조회수 1,087",
                "첨부 보도자료(도서관 야간 운영).hwp [내려받기]",
                "",
                *(f"{p}\n" for p in PARAGRAPHS),
                "담당부서 공보담당관실 | 연락처 052-000-2020",
                "COPYRIGHT ⓒ HANBIT CITY. ALL RIGHTS RESERVED.",
            )
        )
        + "\n"
    )


def test_a_boards_description_is_not_the_story_and_the_post_title_is_the_headline() -> None:
    reading = inspect(board())
    assert reading.headline == BOARD_POST
    assert list(reading.body) == list(PARAGRAPHS)


def test_a_quoted_claim_over_a_record_is_no_boards_description() -> None:
    # a fact check's claim card: the quotation is the story's, not a board's note
    reading = inspect(board(description='"한빛시 도서관은 모두 오후 6시에 문을 닫습니다."'))
    assert reading.body[0].startswith('"한빛시 도서관은')


def test_a_korean_page_under_skip_links_keeps_its_korean_masthead_over_a_latin_copyright() -> None:
    assert inspect(board()).fields.outlet == "한빛시"
    assert inspect(board("본문 바로가기", "주메뉴 바로가기")).fields.outlet == "한빛시"


def test_a_regional_reporters_town_before_the_equals_sign_is_the_dateline() -> None:
    lede = f"[한빛=문소라 기자] {PARAGRAPHS[0]}"
    text = "\n\n".join(("한빛일보", HEADLINE, "입력 2025.07.21 13:05", lede, *PARAGRAPHS[1:])) + "\n"
    reading = inspect(text)
    assert reading.fields.dateline == "한빛"
    assert reading.fields.outlet == "한빛일보"
    assert reading.fields.authors == ("문소라",)
    assert reading.body[0] == PARAGRAPHS[0]


@pytest.mark.parametrize(
    "byline", ["한빛=문소라 기자", "[한빛일보 한빛=문소라 기자]", "(한빛=문소라 특파원)"]
)
def test_a_regional_reporters_town_on_the_byline_line_is_the_dateline(byline: str) -> None:
    text = "\n\n".join(("한빛일보", HEADLINE, "입력 2025.07.21 13:05", byline, *PARAGRAPHS)) + "\n"
    reading = inspect(text)
    assert reading.fields.dateline == "한빛"
    assert reading.fields.authors == ("문소라",)
    assert reading.body[0] == PARAGRAPHS[0]


@pytest.mark.parametrize("byline", ["연예누리=문소라 기자", "정리=문소라 기자"])
def test_an_outlet_or_a_role_before_the_equals_sign_on_the_byline_line_is_no_dateline(byline: str) -> None:
    text = "\n\n".join((HEADLINE, "입력 2025.07.21 13:05", byline, *PARAGRAPHS)) + "\n"
    reading = inspect(text)
    assert reading.fields.authors == ("문소라",)
    assert not reading.fields.dateline


def test_an_outlet_before_the_equals_sign_stays_the_outlet() -> None:
    lede = f"[연예누리=문소라 기자] {PARAGRAPHS[0]}"
    text = "\n\n".join((HEADLINE, "입력 2025.07.21 13:05", lede, *PARAGRAPHS[1:])) + "\n"
    reading = inspect(text)
    assert reading.fields.outlet == "연예누리"
    assert not reading.fields.dateline


@pytest.mark.parametrize(("outlet", "separator"), [("한빛바다방송", " / "), ("Hanbit Sea Radio", " | ")])
def test_the_outlets_name_glued_to_the_headline_after_a_separator_comes_off(
    outlet: str, separator: str
) -> None:
    # (a video's title, the channel's name under it)
    text = "\n\n".join(
        (f"{HEADLINE}{separator}{outlet}", outlet, "입력 2025.07.21 13:05", *PARAGRAPHS, f"ⓒ {outlet}")
    )
    reading = inspect(text + "\n")
    assert reading.fields.outlet == outlet
    assert reading.headline == HEADLINE


def test_a_video_pages_timed_transcript_is_the_story_not_its_description() -> None:
    summary = "한빛시 도서관 다섯 곳이 밤 10시까지 문을 엽니다. 시민들은 대체로 반기고 있습니다."
    said = [f"{sentence}." for p in PARAGRAPHS for sentence in p.rstrip(".").split(". ")]  # a line each
    assert len(said) >= 8
    timed = [line for n, sentence in enumerate(said) for line in (f"0:{n * 5:02d}", sentence)]
    text = "\n".join(
        (
            "건너뛰기",
            f"{HEADLINE} / 한빛방송",
            "한빛방송",
            "구독자 12.5만명",
            "조회수 3,214회  최초 공개: 2025. 7. 21.",
            summary,
            "ⓒ 한빛방송 (무단 전재 및 재배포 금지)",
            "스크립트",
            *timed,
            "댓글 12개",
        )
    )
    reading = inspect(text + "\n")
    assert list(reading.body) == said
    assert reading.headline == HEADLINE
