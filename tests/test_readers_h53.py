"""The raw reader on a fashion, beauty, luxury and design editor's week in English and a
sports editor's week in Korean, from the first halves of the blind batches h53a and h53b
(files 01-08 read; 09-15 stay blind) (issue 20, stop 56). Every name, outlet and sentence
here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


def _transcript(*turns: str) -> str:
    return "\n".join(
        (
            "HBN News",
            "Transcripts",
            "Morning Watch",
            _TITLE,
            "Aired December 12, 2025 - 07:32 ET",
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
            "[07:32:06]",
            *turns,
            "(COMMERCIAL BREAK)",
            "Terms of Use",
            "\u00a9 2025 HBN News. All Rights Reserved.",
        )
    )


_TURNS = (
    f"ANA RUIZ, MORNING WATCH CO-HOST: {STORY[0]}",
    "(BEGIN VIDEOTAPE)",
    f"OWEN PARK, HBN ENERGY CORRESPONDENT (voice-over): {STORY[1]}",
    "DR. LENA VOSS, GRID ANALYST: Prices like these used to be unthinkable for offshore wind.",
    "PARK: The vote came after a four-month review of the amended contract.",
    f"(on camera): {LAST}",
    "For HBN News, I'm Owen Park, in Boston.",
    "(END VIDEOTAPE)",
    "RUIZ: Coming up, the one day next week when flights home are cheapest. Stay with us.",
)


def test_a_rush_transcripts_speaker_labels_come_off_their_turns() -> None:
    reading = inspect(_transcript(*_TURNS))
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST
    assert not any(":" in paragraph[:40] and paragraph[:4].isupper() for paragraph in reading.body)


def test_a_correspondents_sign_off_is_the_byline_that_ends_the_report() -> None:
    reading = inspect(_transcript(*_TURNS))
    assert reading.fields.authors == ("Owen Park",)
    # the anchor's tease of the next segment is not the story
    assert not any("Coming up" in paragraph for paragraph in reading.body)


def test_one_labelled_paragraph_is_no_transcript() -> None:
    """A paragraph opening with a place in capitals and a colon is a dateline's, not a turn."""
    page = _story(_TITLE, "By Ama Boateng", lede=f"NEW DELHI: {STORY[0]}")
    assert "NEW DELHI" in " ".join(inspect(page).body) + inspect(page).fields.dateline


def test_a_bar_of_byline_outlet_and_stamp_ending_in_its_zone_is_no_paragraph() -> None:
    bar = "By LIN XIAOYU in Guangzhou | The Harbour Daily | Publish time: 2025-12-16 09:12:37 (UTC+08:00)"
    reading = inspect(_story("The Harbour Daily", "Home / Business", _TITLE, bar))
    assert reading.fields.authors == ("Lin Xiaoyu",)
    assert reading.fields.published is not None
    assert reading.fields.published.isoformat() == "2025-12-16T09:12:37+08:00"
    assert reading.body[0] == STORY[0]


def test_a_title_a_pdf_viewer_broke_after_a_comma_is_one_headline() -> None:
    page = _story(
        "PRESS RELEASE",
        "Paris, 17 December 2025",
        "",
        "Texela Paris 2026: 1,140 exhibitors confirmed,",
        "with a new hall for traceable fibres",
        lede="Texela Paris has confirmed 1,140 exhibitors for its February 2026 edition and will open a hall "
        "for fibres whose origin can be traced.",
    )
    assert (
        inspect(page).headline
        == "Texela Paris 2026: 1,140 exhibitors confirmed, with a new hall for traceable fibres"
    )


def test_a_design_magazines_photography_credit_after_the_story_is_not_the_story() -> None:
    page = _story(_TITLE, "By Ama Boateng", tail=("The photography is by Kenji Harada.",))
    assert verdicts(page)["The photography is by Kenji Harada."][0] != "body"
    assert inspect(page).body[-1] == LAST


_KO_STORY = (
    "창원 웨일스가 올겨울 자유계약선수(FA) 시장의 최대어로 꼽힌 우완 투수 배성민(29)을 붙잡았다.",
    "창원 구단은 11일 배성민과 계약 기간 4년, 최대 68억 원에 FA 계약을 맺었다고 발표했다.",
    "배성민은 올해 정규시즌 29경기에 선발 등판해 13승 7패, 평균자책점 2.87을 기록했다.",
)


def _ko_page(*top: str, middle: tuple[str, ...] = ()) -> str:
    first, *rest = _KO_STORY
    return "\n".join((*top, *middle, first, *rest, "강태오 기자 kto@dongbu.example"))


def test_a_posed_caption_over_its_credit_above_a_shorter_lede_is_a_caption() -> None:
    caption = (
        "창원 웨일스와 4년 계약을 맺은 투수 배성민(왼쪽)이 11일 창원 구단 사무실에서 단장과 악수하고 있다."
    )
    page = _ko_page(
        "동부매일",
        "창원 웨일스, FA 최대어 배성민 잡았다…4년 최대 68억 원",
        "입력2025.12.11. 오후 3:12",
        "강태오 기자",
        middle=(caption, "창원 웨일스 구단 제공"),
    )
    assert inspect(page).body == list(_KO_STORY)


def test_a_sports_bodys_name_in_capitals_over_the_stamp_is_no_writer() -> None:
    page = _ko_page(
        "함께 뛰는 코트, 공정한 V-리그",
        "보 도 자 료",
        "프로배구연맹",
        "KOREA PRO VOLLEYBALL LEAGUE",
        "보도일시\t2025. 12. 17.(수) 14:00 이후",
        "",
        "프로배구연맹 상벌위, 판정 항의로 퇴장당한 감독에 2경기 출장정지",
        "",
    )
    assert "Korea Pro Volleyball League" not in inspect(page).fields.authors


def test_a_blog_platforms_category_button_is_no_headline_and_the_title_naming_the_blog_is() -> None:
    title = "블루웨일 게이밍, 2026 시즌 선수단 확정…정글러 '하늘' 영입"
    page = "\n".join(
        (
            "블로그온",
            "블루웨일 게이밍 공식 블로그",
            "카테고리 이동 블루웨일 게이밍 공식 블로그",
            "검색 MY메뉴 열기",
            "",
            "공지사항",
            "",
            title,
            "",
            "블루웨일 게이밍 공식 계정",
            "2025. 12. 10. 18:00",
            "",
            "블루웨일 게이밍이 2026 시즌 코리아 챔피언스 리그에 나설 선수단 구성을 모두 마쳤다고 10일 밝혔다.",
            "",
            "가장 큰 변화는 정글 포지션으로, 지난 시즌 2부 리그 MVP를 차지한 선수를 영입했다.",
            "",
            "ⓒ 블루웨일 게이밍. 본 게시물의 이미지와 글을 무단으로 사용할 수 없습니다.",
        )
    )
    assert inspect(page).headline == title


def test_a_community_posts_title_and_time_are_the_posters_not_the_articles() -> None:
    """A gallery board's post over a pasted article with no headline or stamp of its own:
    the thread's title and the post's time (under the poster's nickname and half address)
    are the poster's."""
    page = "\n".join(
        (
            "국내야구 갤러리",
            "전체글 개념글 공지 뉴스",
            "[펌] 창원 배성민 잡았다 ㄷㄷ",
            "ㅇㅇ(118.235)",
            "2025.12.12 09:41:17",
            "조회 2311 추천 45 댓글 38",
            *_KO_STORY,
            "강태오 기자 kto@dongbu.example",
            "추천 45",
            "ㅇㅇ(223.38) 12.12 09:44 완전 혜자 계약",
        )
    )
    reading = inspect(page)
    assert reading.headline == ""
    assert reading.fields.published is None
    assert reading.body == list(_KO_STORY)
