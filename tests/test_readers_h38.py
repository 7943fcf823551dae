"""The raw reader on a law and politics editor's week, in English and in Korean, from the
first halves of the blind batches h38a and h38b (files 01-08 read; 09-15 stay blind)
(issue 20, stop 51). Every name, outlet, case and sentence here is made up; the shapes are
the sites'.
"""

from __future__ import annotations

import datetime as dt

from digest.content.readers.rawtext.bylines import parse_byline
from digest.content.readers.rawtext.lines import copyright_outlet
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"
_KO_STORY = (
    "국회 정무위원회는 3일 전체회의를 열고 가상자산 이용자 보호법 개정안을 의결했다고 밝혔다.",
    "개정안은 거래소가 이용자 예치금을 은행에 맡기도록 하고 이를 어기면 과태료를 물리도록 했다.",
    "위원회는 다음 주 법제사법위원회 심사를 거쳐 본회의에 개정안을 올릴 계획이다.",
)


def _ko_page(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join((*top, "", *(f"{paragraph}\n" for paragraph in _KO_STORY), *tail))


# --- h38a: courts, parliaments, regulators, newsletters ------------------------------------


def test_a_letters_thanks_and_its_prompt_to_sign_up_end_the_post() -> None:
    thanks = "Thanks for reading. If a colleague forwarded this to you, you can sign up here. It takes ten seconds."
    page = _story(_HEADLINE, "Marguerite Roy", "Dec 3, 2025")
    assert inspect(f"{page}\n\n{thanks}\n").body[-1] == LAST


def test_a_members_pitch_after_its_question_between_the_paragraphs() -> None:
    pitch = (
        "Enjoying this post? The Rideau Letter is reader-supported. Become a member to get every post and "
        "the Thursday podcast."
    )
    page = _story(_HEADLINE, "Marguerite Roy", "Dec 3, 2025").replace(STORY[1], f"{pitch}\n\n{STORY[1]}")
    assert pitch not in inspect(page).body


def test_a_releases_pointer_to_more_information_is_not_its_last_sentence() -> None:
    pointer = "Further information is available on the NCCA\u2019s greenwashing enforcement page."
    page = _story(_HEADLINE, "2 December 2025")
    assert inspect(f"{page}\n\n{pointer}\n").body[-1] == LAST


def test_a_menus_item_named_again_only_in_lowercase_is_no_masthead() -> None:
    page = _story(
        "Menu",
        "Search",
        "Committees",
        "Finance Committee",
        _HEADLINE,
        "Published date: 2 Dec 2025",
        lede="The Finance Committee said select committees would hear the developer next week.",
    )
    assert inspect(page).fields.outlet != "Committees"


def _court_page(*tail: str) -> str:
    return _story(
        "Courts of Eirlan",
        "Judgments & Rulings",
        _HEADLINE,
        "Published: 28/11/2025 14:30",
        "Information Note",
        "Harbourview Energy v Minister for Energy and the Attorney General",
        "Neutral citation: [2025] EASC 51",
        "Court: Supreme Court",
        "Composition of Court: Fennessy J., Keogh J., Tierney J.",
        "Date of judgment: 28 November 2025",
        "Result: Appeal allowed; contract price order quashed",
        tail=tail,
    )


def test_a_courts_summary_its_case_name_bench_and_record_are_no_headline() -> None:
    found = verdicts(_court_page())
    assert inspect(_court_page()).headline == _HEADLINE
    assert found["Composition of Court: Fennessy J., Keogh J., Tierney J."][0] == "chrome"
    assert found["Result: Appeal allowed; contract price order quashed"][0] == "label"
    assert found["Harbourview Energy v Minister for Energy and the Attorney General"][1].startswith(
        "a case's name"
    )


def test_a_courts_note_that_its_summary_is_not_the_judgment_ends_the_story() -> None:
    note = (
        "This information note is not part of the Court\u2019s judgment. It has been prepared by the Office of "
        "the Registrar to help the public understand the decision. The judgment is the only authoritative document."
    )
    assert inspect(_court_page(note)).body[-1] == LAST


def test_a_terminals_headline_field_stays_the_headline_among_its_fields() -> None:
    # a guard (it passes without the record rule): the record rule leaves a 'Headline:' field
    page = _story(
        "Headline: Regulators let offshore wind developer reprice its power contract",
        "Story ID: SKY-NWS-20251203-004217",
        "Date: 2025-12-03T16:42:10Z",
        "Word count: 598",
    )
    assert inspect(page).headline == _HEADLINE


def test_a_copyright_line_with_a_comma_after_its_year_names_its_holder() -> None:
    text = "\u00a9 2025, Centre for Coastal Governance. All rights reserved. Reproduction is allowed."
    assert copyright_outlet(text) == "Centre for Coastal Governance"


def test_two_writers_over_a_reader_views_reading_time() -> None:
    page = _story(
        "cgs-coast.example",
        _HEADLINE,
        "Nomvula Dube, Tendai Marufu",
        "7\u20139 minutes",
        "Without a clear contract, coastal councils may again see their choices undone by one vote.",
        "Analysis",
        "02 Dec 2025",
    )
    assert inspect(page).fields.authors == ("Nomvula Dube", "Tendai Marufu")


def test_a_statements_signatory_under_signed_is_its_writer() -> None:
    signature = (
        "Signed:",
        "Barr. Chidinma Okeke-Bello",
        "National Commissioner, Voter Education",
        "2nd December 2025",
    )
    page = _story("IECA", "PRESS RELEASE", _HEADLINE, "December 2, 2025  |  IECA Media", tail=signature)
    assert inspect(page).fields.authors == ("Chidinma Okeke-Bello",)


def test_a_firms_masthead_without_its_legal_form() -> None:
    page = _story(
        "Tan Harrow LLP",
        "Insights",
        "LEGAL UPDATE",
        _HEADLINE,
        "1 December 2025",
        "Authors: Rachel Lim, Daniel Arasu",
        tail=("\u00a9 2025 Tan Harrow LLP. All rights reserved.",),
    )
    assert inspect(page).fields.outlet == "Tan Harrow"


# --- h38b: the Assembly, the courts, parties, the commission, a legal platform ------------


def test_korean_text_hard_wrapped_at_a_word_processors_width_is_joined() -> None:
    wrapped = (
        "헌법재판소는 2025년 11월 27일 재판관 6:3의 의견으로, 재외선거인이 재외공관에 설치된 투표소에 직접 나가서만",
        "투표할 수 있도록 한 공직선거법 조항이 청구인들의 선거권을 침해한다며 헌법에 합치되지 아니한다는 결정을",
        "선고하였다.",
    )
    paragraphs = [
        "다만 위 조항의 적용을 즉시 중지할 경우 재외선거 자체를 실시할 근거가 사라지는 법적 공백이 생기므로, 2027년",
        "12월 31일을 시한으로 입법자가 개선할 때까지 계속 적용하도록 하였다.",
    ]
    page = "\n".join(
        (
            "헌법재판소",
            "보도자료",
            "재외선거인 우편투표 제도 헌법불합치 결정",
            "작성일 2025-11-27 15:40",
            "",
            *wrapped,
            "",
            *(paragraphs * 4),
        )
    )
    assert inspect(page).body[0] == " ".join(wrapped)


def test_a_boards_title_field_without_its_colon_leaves_the_headline() -> None:
    page = _ko_page(
        "국회 보도자료", "제목 정무위, 가상자산 이용자 보호법 개정안 의결", "작성일 2025-12-03 15:40"
    )
    assert inspect(page).headline == "정무위, 가상자산 이용자 보호법 개정안 의결"


def test_a_korean_writers_post_before_the_name_beside_the_stamp() -> None:
    page = _ko_page(
        "새물결당",
        "예산안 처리 지연, 책임은 누구에게 있습니까",
        "수석대변인 오하진 | 등록일 2025.12.03 09:40 | 조회 2,047",
    )
    reading = inspect(page)
    assert reading.fields.authors == ("오하진",)
    assert reading.fields.published == dt.datetime(2025, 12, 3, 9, 40, tzinfo=SEOUL)


def test_a_boards_previous_and_next_posts_end_the_post() -> None:
    tail = (
        "2025년 12월 3일",
        "새물결당 수석대변인 오하진",
        "",
        "목록",
        "이전글",
        "[브리핑] 12월 3일 최고위원회의 결과 브리핑",
        "다음글",
        "[논평] 국방부 장관의 답변 번복, 해명이 필요합니다",
        "새물결당을 응원해 주세요. 당비와 후원금은 정책 연구와 당원 교육에 쓰입니다.",
        "후원 바로가기",
    )
    page = _ko_page("새물결당", "예산안 처리 지연, 책임은 누구에게 있습니까", "2025.12.03 09:40", tail=tail)
    assert inspect(page).body[-1] == _KO_STORY[-1]
    assert verdicts(page)["이전글"] == ("navigation", "a board's link to the previous or next post")


def test_an_attached_files_name_is_no_headline() -> None:
    page = _ko_page(
        "국회",
        "보도자료",
        "정무위, 가상자산 이용자 보호법 개정안 의결",
        "2025.12.04",
        "첨부파일 (2)",
        "정무위 보도자료(1204).hwpx",
        "가상자산 이용자 보호법 개정안 주요 내용.pdf",
        "보도일시 : 2025. 12. 4.(목) 12:00",
    )
    assert inspect(page).headline == "정무위, 가상자산 이용자 보호법 개정안 의결"


def test_a_korean_desk_before_its_reporters_name_is_no_name() -> None:
    assert parse_byline("다올일보 팩트체크팀 윤서진 기자").authors == ("윤서진",)  # type: ignore[union-attr]
    assert parse_byline("정치부 윤서진 기자").authors == ("윤서진",)  # type: ignore[union-attr]
    assert parse_byline("김민국 기자").authors == ("김민국",)  # type: ignore[union-attr]


def test_a_legal_platforms_pitch_feedback_and_cards_are_not_the_story() -> None:
    pitch = "지금 로앤길에서 선거법 전문 변호사에게 무료로 질문해 보세요. 평균 답변 시간 2시간."
    tail = (
        "이 기사에 답변한 변호사",
        "강도윤 변호사",
        "상담하기",
        "관련 상담사례",
        "Q. 구청 공무원인데 친구의 출마 소식을 SNS에 공유해도 되나요?",
        "Q. 선거 공보물을 단톡방에 올렸는데 선거법 위반인가요?",
        "",
        "이 기사가 도움이 되었나요?",
    )
    page = _ko_page(
        "로앤길", "공무원 \u2018좋아요\u2019 한 번도 선거법 위반일까", "입력 2025.11.28 17:42", tail=tail
    )
    page = page.replace(_KO_STORY[1], f"{pitch}\n\n{_KO_STORY[1]}")
    reading = inspect(page)
    assert pitch not in reading.body
    assert reading.body[-1] == _KO_STORY[-1]


def test_a_box_about_the_storys_subject_under_its_links_ends_it() -> None:
    """(stop 52, h38a-02) 'About utility regulators' and its paragraph under the story and
    its links; a menu's 'About the journal' above a story ends nothing."""
    box = (
        "Utility regulators are panels of members who look closely at the power contracts and prices "
        "referred to them by the state."
    )
    links = ("Read the full report (PDF, 1.2 MB)", "Read the submissions", "Watch the hearings")
    tail = (*links, "About utility regulators", box, "Find out more about utility regulators")
    spaced = tuple(part for line in tail for part in (line, ""))  # a blank line under each, as copied
    page = _story(_HEADLINE, "Published date: 2 Dec 2025", tail=spaced)
    assert inspect(page).body[-1] == LAST
    menu = _story("Explore content", "About the journal", "Publish with us", "", _HEADLINE, "2 December 2025")
    reading = inspect(menu)
    assert reading.body[0] == STORY[0] and reading.body[-1] == LAST
