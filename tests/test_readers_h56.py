"""The raw reader on a consumer technology and reviews editor's week in English and an
entertainment editor's week in Korean, from the first halves of the blind batches h56a and
h56b (files 01-08 read; 09-15 stay blind) (issue 20, stop 56). Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_unseen import inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


def _blog_post(*tail: str) -> str:
    return "\n".join(
        (
            "More",
            "Create Blog",
            "Sign In",
            "The Slow Reader",
            "E-readers, e-ink gadgets and the books I read on them.",
            "Home",
            "About",
            "Wednesday, December 10, 2025",
            _TITLE,
            *STORY,
            LAST,
            *tail,
            "Posted by Marjorie Tolland at 9:42 PM",
            "Labels: e-ink, reviews",
            "3 comments:",
            "Dennis H. said...",
            "Thank you for the honest take on the battery. Mine lasts about the same.",
            "December 11, 2025 at 7:15 AM",
            "Leave a comment",
            "About Me",
            "Marjorie Tolland",
        )
    )


def test_a_blog_platforms_posted_by_at_the_time_names_the_writer_and_ends_the_post() -> None:
    reading = inspect(_blog_post())
    assert reading.fields.authors == ("Marjorie Tolland",)
    assert reading.body[-1] == LAST


def test_a_reviewers_disclosure_under_the_review_is_not_the_story() -> None:
    disclosure = "Folio sent me the Scribe to review and let me keep it. They have not paid me anything."
    reading = inspect(_blog_post(disclosure))
    assert reading.body[-1] == LAST
    assert verdicts(_blog_post(disclosure))[disclosure][0] != "body"


def test_a_menus_about_named_again_by_the_footers_about_me_is_no_outlet() -> None:
    assert inspect(_blog_post()).fields.outlet != "About"


def test_a_deal_pages_feedback_question_is_chrome() -> None:
    page = "\n".join((_TITLE, "By Ama Boateng", "", *STORY, LAST, "", "Was this deal helpful?", "Yes", "No"))
    assert inspect(page).body[-1] == LAST


_KO_STORY = (
    "12월 20일(토) 밤 9시 10분 방송 예정이던 '겨울 정원' 13회는 가요제 생중계로 인해 결방됩니다.",
    "13회는 다음 날인 12월 21일(일) 밤 9시 10분에 방송되며, 14회는 12월 27일(토)에 이어서 방송됩니다.",
    "시청자 여러분의 너른 양해를 부탁드리며, 남은 이야기도 끝까지 정성껏 만들겠습니다.",
)


def test_a_programme_boards_description_opening_with_its_title_in_quotes_is_the_boards() -> None:
    title = "12월 20일(토) 결방 및 13회 방송일 변경 안내"
    page = "\n".join(
        (
            "HNB 하늬방송",
            "드라마 > 주말드라마 > 겨울 정원",
            "겨울 정원",
            "매주 토·일 밤 9시 10분 방송",
            "홈",
            "공지사항",
            "",
            "'겨울 정원' 제작진이 시청자 여러분께 알려드립니다.",
            "",
            title,
            "작성자 : '겨울 정원' 제작진 | 등록일 : 2025.12.15 14:02 | 조회수 : 5,316",
            "",
            *_KO_STORY,
            "목록",
        )
    )
    reading = inspect(page)
    assert reading.headline == title
    assert reading.body == list(_KO_STORY)


def test_a_posters_words_ending_in_an_emoticon_are_no_headline() -> None:
    """A fan community's repost: the poster's words over the pasted article share its
    words, and end in an emoticon no headline ends in."""
    headline = "블루아워, 정규 2집 초동 112만장 돌파…데뷔 후 최고 기록"
    page = "\n".join(
        (
            "새벽별 ★ BLUE HOUR 공식 팬카페",
            "블루아워 기사모음",
            "블루아워 초동 112만장 자체 최고!! (엔터뷰)",
            "새벽별3호차 ★정회원",
            "2025.12.15. 09:40 조회 1,204",
            "댓글 37 URL 복사",
            "",
            "기사 떴어요!! 초동 자체 최고 기록이에요ㅠㅠ 다들 진짜 고생 많으셨어요",
            "밤새 스밍 돌린 새벽별 여러분 최고 ><",
            headline,
            "입력 2025.12.15 09:12 | 수정 2025.12.15 09:31",
            "그룹 블루아워가 정규 2집으로 데뷔 이후 가장 높은 첫 주 판매량을 기록했다.",
            "15일 음악 차트 온차트에 따르면 블루아워의 정규 2집은 발매 첫 주 112만 장이 팔렸다.",
            "팬덤 새벽별 여러분은 발매 첫날 밤새 스밍으로 힘을 보탰다고 소속사는 전했다.",
        )
    )
    assert inspect(page).headline == headline


def test_a_newsrooms_stamp_line_opening_with_the_items_kind_is_read() -> None:
    page = "\n".join(
        ("Newsroom", "Press release \u00b7 9 December 2025 \u00b7 10:00 GMT", _TITLE, "", *STORY, LAST)
    )
    published = inspect(page).fields.published
    assert published is not None
    assert published.isoformat() == "2025-12-09T10:00:00+00:00"


def test_a_headline_with_the_writers_i_and_a_holiday_is_no_run_of_glued_sub_heads() -> None:
    title = "The Cape Ledge turbines just dropped in price, and it's the deal I'd take this Christmas"
    page = "\n".join(
        (
            "Bargain Beacon",
            "Today's Deals",
            "",
            title,
            "",
            "By Marcus Oyelaran, Deals Editor",
            "Dec 16, 2025 \u00b7 8:14 AM ET",
            "",
            "Cape Ledge Wind (800 MW)",
            "$179.99 $279.99",
            "",
            "The Cape Ledge turbines have fallen in price at the auction this morning, the lowest since it opened.",
            "",
            *STORY,
        )
    )
    assert inspect(page).headline == title


def test_a_firms_update_is_written_by_its_founders_who_sign_it_not_by_the_firm() -> None:
    page = "\n".join(
        (
            "Backerfield",
            "Cape Ledge Deck: a pocket turbine for the garden",
            "by Nimbus Labs",
            "",
            "Update #14",
            _TITLE,
            "December 17, 2025",
            "",
            *STORY,
            LAST,
            "",
            "Priya Nandakumar and Jonas Ekholm, co-founders of Nimbus Labs",
            "Like 412",
        )
    )
    assert inspect(page).fields.authors == ("Priya Nandakumar", "Jonas Ekholm")


def test_a_paywalls_offer_to_unlock_the_rest_is_not_the_story() -> None:
    offer = (
        "Unlock all 14 results with a Harbour Test membership. Members can also compare farms side by side."
    )
    page = _blog_post()
    page = page.replace(STORY[1], f"{STORY[1]}\n{offer}")
    assert offer not in inspect(page).body


def test_a_newsletter_boxs_line_on_what_it_sends_is_the_boxs() -> None:
    line = "Consumer news, recalls and test results, every Thursday."
    page = "\n".join(
        (
            _TITLE,
            "By Ama Boateng",
            "",
            *STORY,
            LAST,
            "",
            "Get our free newsletter",
            line,
            "Email address",
            "Subscribe",
        )
    )
    assert line not in inspect(page).body
