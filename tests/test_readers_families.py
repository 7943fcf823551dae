"""The raw reader on families of page shapes (issue 20, stop 39), each rule written for the
shape as every outlet prints it, not for one page's words: a page copied from a phone's
screen (every line broken at its width), a headline over its deck, a publication's
tagline or a banner above the story's own header, a headline printed twice, a chat's
export, a wire's version tag after the headline, a republished story's note, the
writer's other articles, a writer's profile card, a box of short lines after the story,
a sign-up box inside a post, readers' comments, a correction, a live blog's first entry.
Every outlet, person, place and sentence here is made up; domains end in `.example`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_readers_unseen import SEOUL, inspect, verdicts

STORY = (
    "The county board decided at its Tuesday meeting to shut the old ferry landing at Marrow Point after engineers "
    "found the pilings had rotted through.",
    "About 300 commuters used the landing each weekday, most of them bound for the mill on Teal Island, "
    "according to the board's own count.",
    "Board chair Imelda Sorrentino said the county will put on a shuttle bus to the north dock until a new "
    "landing is built.",
    "Engineers expect the new landing to cost about $6 million, two thirds of it from a state grant.",
    "Riders who park at the landing may leave their cars in the church lot on Harbor Road, the county said.",
)
LAST = "The shuttle will start running on Monday morning."
BODY = "\n\n".join([*STORY, LAST])
HEADLINE = "Marrow Point ferry landing to close after pilings found rotted"


def _story(*tail: str) -> str:
    """The story under its headline and byline, then what the page prints after it."""
    return "\n".join([HEADLINE, "By Tamsin Okafor", "", BODY, "", *tail])


# --- a page copied from a phone's screen: every line broken at its width ------------------


PHONE_PAGE = """Open in app
Get the KVLT 4 app for storm alerts
and the morning forecast
OPEN
KVLT 4
Local News

Marrow Point ferry landing to close
after pilings found rotted

Tamsin Okafor
Published: 5:10 PM CDT Apr 2, 2025
Share
Commuters wait for the last ferry at
Marrow Point on Tuesday evening.
KVLT 4

The county board decided at its
Tuesday meeting to shut the old
ferry landing at Marrow Point after
engineers found the pilings had
rotted through.

About 300 commuters used the
landing each weekday, most of them
bound for the mill on Teal Island,
according to the board's own count.

RELATED: County fair moves to the
west fairground this summer

Board chair Imelda Sorrentino said
the county will put on a shuttle
bus to the north dock until a new
landing is built.

The shuttle will start running on
Monday morning.

Copyright 2025 by KVLT 4. All rights
reserved.
"""


def test_a_page_copied_at_a_phones_width_is_joined_again() -> None:
    reading = inspect(PHONE_PAGE)
    assert reading.headline == HEADLINE
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST
    assert not any("Commuters wait" in paragraph for paragraph in reading.body)  # the caption
    assert not any("County fair" in paragraph for paragraph in reading.body)  # the teaser
    assert reading.fields.outlet == "KVLT 4"  # 'Copyright 2025 by KVLT 4': the holder after 'by'
    assert reading.fields.published == dt.datetime(
        2025, 4, 2, 17, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


KO_PHONE_PAGE = """≡  바다일보                 🔍
앱으로 보기 \u203a

해안도로 낙석 방지망 공사
한 달 앞당겨 끝내기로

윤서하 기자
입력 2025.04.02 10:15

해안시는 해안도로 낙석 방지망
공사를 예정보다 한 달 앞당겨
다음 달 말까지 끝내기로 했다고
2일 밝혔다.

시는 지난겨울 낙석 사고가 잇따르자
공사 구간을 두 곳으로 나눠 동시에
진행하기로 했다.

공사 기간에는 해안도로 일부
구간의 통행이 오후 시간대에
제한된다.

윤서하 기자 seoha@bada.example
Copyright © 바다일보. All rights reserved.
"""


def test_a_korean_page_copied_at_a_phones_width_is_joined_again() -> None:
    reading = inspect(KO_PHONE_PAGE)
    assert reading.headline == "해안도로 낙석 방지망 공사 한 달 앞당겨 끝내기로"
    assert (
        reading.body[0]
        == "해안시는 해안도로 낙석 방지망 공사를 예정보다 한 달 앞당겨 다음 달 말까지 끝내기로 했다고 2일 밝혔다."
    )
    assert reading.body[-1] == "공사 기간에는 해안도로 일부 구간의 통행이 오후 시간대에 제한된다."


def test_a_copyright_line_names_its_holder_after_by() -> None:
    page = _story(
        "Copyright 2025 by Fenmarsh Lantern. All rights reserved.",
    )
    assert inspect(page + "\n").fields.outlet == "Fenmarsh Lantern"


# --- the headline: over its deck, under a tagline or a banner, printed twice -------------


def test_a_headline_sharing_a_word_with_the_story_stands_over_its_deck() -> None:
    page = "\n".join(
        [
            "Harbor Ledger",
            "",
            "An island town says goodbye to its last crossing",
            "",
            "The county board will close the old ferry landing after engineers found its pilings rotted "
            "through, sending commuters to a shuttle bus",
            "",
            "By Tamsin Okafor",
            "2h ago",
            "",
            BODY,
        ]
    )
    reading = inspect(page + "\n")
    assert reading.headline == "An island town says goodbye to its last crossing"
    assert reading.body[0] == STORY[0]


def test_a_newsletters_tagline_under_its_name_is_not_the_headline() -> None:
    page = "\n".join(
        [
            "Linkbase",
            "Home",
            "Jobs",
            "Tideway Notes",
            "Field notes on ferries, landings and the commuters who ride them",
            "By Tamsin Okafor",
            "Subscribe",
            HEADLINE,
            "Tamsin Okafor",
            "Transport reporter at the Harbor Ledger",
            "Published Apr 2, 2025",
            "",
            BODY,
        ]
    )
    reading = inspect(page + "\n")
    assert reading.headline == HEADLINE
    assert reading.body[0] == STORY[0]


def test_a_banner_above_the_breadcrumbs_is_not_the_headline() -> None:
    page = "\n".join(
        [
            "Coastwatch",
            "Forecasts",
            "Warnings",
            "Flood watch: Marrow Point",
            "Valid from 06:00 Wed 2 Apr to 18:00 Thu 3 Apr",
            "Home > Media > Statements",
            "News release",
            HEADLINE,
            "Press Office",
            "2 April 2025 at 09:30 BST",
            "",
            BODY,
        ]
    )
    reading = inspect(page + "\n")
    assert reading.headline == HEADLINE


KO_CHAT = """부두마을 학부모 모임 님과 카카오톡 대화
저장한 날짜 : 2025-04-03 오후 8:15

--------------- 2025년 4월 3일 목요일 ---------------
[솔이엄마] [오전 8:02] 이 기사 보셨어요?
[솔이엄마] [오전 8:02] https://www.badailbo.example/news/view.html?id=4411
바다일보
해안시, 통학버스 2개 노선 폐지…학부모 “아이들 어떻게 다니나”
이용 학생 적은 노선부터 정리
badailbo.example
[준호아빠] [오전 8:05] 링크가 안 열려요
[솔이엄마] [오전 8:06] 전문 붙일게요
해안시, 통학버스 2개 노선 폐지…학부모 “아이들 어떻게 다니나”
승인 2025.05.13 17:40:12
윤서하 기자

해안시가 다음 학기부터 통학버스 노선 5개 가운데 이용 학생이 적은 2개를 폐지하기로 했다.

학부모들은 통학 시간이 30분 넘게 늘어날 것이라며 노선 유지를 요구하고 있다.

시는 이달 중 학부모 설명회를 열어 대체 교통편을 안내할 계획이다.

윤서하 기자 seoha@bada.example
저작권자 © 바다일보 무단 복제 금지
[준호아빠] [오전 8:20] 설명회 날짜 나오면 알려주세요
[솔이엄마] [오전 8:21] 네 그럴게요
"""


def test_a_chats_export_gives_the_headline_the_page_prints_twice() -> None:
    reading = inspect(KO_CHAT)
    assert reading.headline == "해안시, 통학버스 2개 노선 폐지…학부모 “아이들 어떻게 다니나”"
    assert reading.body[0].startswith("해안시가 다음 학기부터")
    assert reading.body[-1].startswith("시는 이달 중")
    assert reading.fields.published == dt.datetime(2025, 5, 13, 17, 40, 12, tzinfo=SEOUL)


def test_a_headline_printed_twice_wins_over_a_title_above_it() -> None:
    page = "\n".join(
        [
            "Chat with Marrow Point ferry riders",
            "Saved Apr 3",
            HEADLINE,
            "harborledger.example",
            "Shared by a friend",
            HEADLINE,
            "By Tamsin Okafor",
            "",
            BODY,
        ]
    )
    assert inspect(page + "\n").headline == HEADLINE


def test_a_chats_messages_are_the_members_not_the_story() -> None:
    found = verdicts(
        "\n".join(
            [
                "4/2/25, 3:05 PM - Dana Whitlow: did everyone see this about the landing",
                "[02.04.25, 15:06:41] Rui Castellano: yes, my sister takes that ferry every morning",
                "[하늘맘] [오후 3:07] 저도 봤어요",
                HEADLINE,
                "",
                BODY,
            ]
        )
        + "\n"
    )
    chat = [text for text, (verdict, _) in found.items() if verdict == "forum"]
    assert len(chat) == 3


# --- a wire's version tag, a republished story ---------------------------------------------


def test_a_financial_wires_version_tag_comes_off_the_headline() -> None:
    page = "\n".join(
        [
            "MERIDIAN WIRES",
            "Earnings",
            "Tarnwell Mills Beats Forecasts as Flour Demand Rises -- 2nd Update",
            "By Tamsin Okafor",
            "Apr. 2, 2025 3:47 pm ET",
            "",
            BODY,
        ]
    )
    assert inspect(page + "\n").headline == "Tarnwell Mills Beats Forecasts as Flour Demand Rises"


def test_a_republished_storys_note_names_its_outlet_and_its_byline_one_writer() -> None:
    page = "\n".join(
        [
            "Teal County Courier",
            HEADLINE,
            "By Tamsin Okafor, Fenmarsh Lantern",
            "Published 9:05 am CDT, Wed April 2, 2025",
            "",
            BODY,
            "",
            "This story originally appeared in Fenmarsh Lantern and is shared with permission.",
            "",
            "© 2025 Teal County Courier. All rights reserved.",
        ]
    )
    reading = inspect(page + "\n")
    assert reading.fields.outlet == "Fenmarsh Lantern"
    assert reading.fields.authors == ("Tamsin Okafor",)
    assert reading.body[-1] == LAST


# --- after the story: a writer's card, a box, readers' comments, a correction ---------------


def test_a_writers_profile_card_after_the_story_is_not_the_story() -> None:
    page = "\n".join(
        [
            HEADLINE,
            "Tamsin Okafor",
            "Published in Tideway Notes · 6 min read · Apr 2, 2025",
            "",
            BODY,
            "",
            "Written by Tamsin Okafor",
            "4.7K Followers · Writer for Tideway Notes",
            "Transport reporter. Former ferry deckhand. Writes about the county's ferries and their landings.",
            "Follow",
        ]
    )
    reading = inspect(page + "\n")
    assert reading.body[-1] == LAST


def test_a_sign_up_box_inside_a_post_does_not_end_it() -> None:
    page = "\n".join(
        [
            "Tideway Notes",
            HEADLINE,
            "Tamsin Okafor",
            "Apr 2, 2025",
            "",
            STORY[0],
            "",
            STORY[1],
            "",
            "Thanks for reading Tideway Notes! Pass this issue along to a neighbour who rides the ferry.",
            "",
            STORY[2],
            "",
            "Engineers expect the new landing to cost about $6 million, two thirds of it from a state grant that "
            "the county won last spring.",
            "",
            LAST,
            "",
            "Discussion about this article",
            "Ready for more?",
        ]
    )
    reading = inspect(page + "\n")
    assert reading.body[-1] == LAST
    assert not any("Thanks for reading" in paragraph for paragraph in reading.body)

    ko = "\n".join(
        [
            "해안시, 통학버스 2개 노선 폐지",
            "윤서하 기자",
            "",
            "해안시가 다음 학기부터 통학버스 노선 5개 가운데 이용 학생이 적은 2개를 폐지하기로 했다.",
            "",
            "시는 이달 중 학부모 설명회를 열어 대체 교통편을 안내할 계획이다.",
            "",
            "[바로잡습니다]",
            "4월 1일 자 기사에서 폐지 노선 수를 \u20183개\u2019로 잘못 적었습니다. 2개가 맞기에 바로잡습니다.",
        ]
    )
    assert inspect(ko + "\n").body[-1] == "시는 이달 중 학부모 설명회를 열어 대체 교통편을 안내할 계획이다."


# --- a live blog whose first entry has a title --------------------------------------------


def test_a_live_blogs_first_entry_title_opens_the_story_not_the_headline() -> None:
    page = "\n".join(
        [
            "Harbor Ledger",
            "● LIVE",
            "Storm live: updates from the coast",
            "Started 2025.04.02 05:30 | Last updated 2025.04.02 11:42",
            "",
            "11:42",
            "Ferries to resume on Thursday",
            "The port authority said ferries to the islands would resume on Thursday afternoon.",
            "Share",
            "",
            "10:15",
            "Coastal road closed at Marrow Point",
            "Police closed the coastal road at Marrow Point after waves washed gravel onto it.",
            "Share",
            "",
            "08:05",
            "Storm makes landfall",
            "The storm came ashore by the old lighthouse shortly after 7 a.m., forecasters said.",
            "Share",
        ]
    )
    reading = inspect(page + "\n")
    assert reading.headline == "Storm live: updates from the coast"
    assert reading.body[0] == "Ferries to resume on Thursday"
    assert (
        reading.body[-1]
        == "The storm came ashore by the old lighthouse shortly after 7 a.m., forecasters said."
    )


# --- a platform carrying a publication: the publication's card names the outlet ------------


def test_a_news_apps_channel_with_its_follow_button_is_the_outlet() -> None:
    page = "\n".join(
        [
            "Newsstand",
            "Today",
            "Following",
            "Search Newsstand",
            "THE TEAL COUNTY COURIER",
            "Follow",
            "",
            HEADLINE,
            "",
            "By Tamsin Okafor",
            "3h ago",
            "",
            BODY,
            "",
            "Go to The Teal County Courier",
            "Get Newsstand Plus free for a month",
            "© 2025 Newsstand Labs",
        ]
    )
    assert inspect(page + "\n").fields.outlet == "The Teal County Courier"


def test_a_newsletters_card_on_a_network_is_the_outlet() -> None:
    page = "\n".join(
        [
            "Linkbase",
            "Home",
            "Jobs",
            "Tideway Notes",
            "Field notes on ferries, landings and the commuters who ride them",
            "By Tamsin Okafor",
            "Subscribe",
            HEADLINE,
            "Tamsin Okafor",
            "Published Apr 2, 2025",
            "",
            BODY,
            "",
            "Linkbase © 2025",
        ]
    )
    assert inspect(page + "\n").fields.outlet == "Tideway Notes"


# What a page prints after the story ends it: none of it is the story's.
AFTER_THE_STORY = {
    "the_writers_other_articles_end_the_story": (
        "Like",
        "Comment",
        "More articles by Tamsin Okafor",
        "The ferry fleet is aging faster than anyone planned. Here is why.",
        "Mar 24, 2025",
    ),
    "questions_under_a_related_heading_are_other_stories": (
        "Related",
        "Why do pilings rot faster in brackish water?",
    ),
    "a_boxs_short_lines_after_the_story_are_the_boxs": (
        "Sign up now to keep reading every story.",
        "Free",
        "Quiet pages. No pop-ups.",
        "Keep bookmarks in folders and share them.",
        "Membership",
    ),
    "readers_comments_under_the_story_are_not_the_story": (
        "Share",
        "Leave a comment",
        "Orla Fennimore",
        "Apr 3",
        "I took that ferry every day for twenty years. Sad to see it go.",
        "Reply",
    ),
    "a_correction_after_the_story_is_the_papers_note": (
        "Correction: The board met on Tuesday, not on Monday as first reported.",
    ),
}


@pytest.mark.parametrize("tail", AFTER_THE_STORY.values(), ids=AFTER_THE_STORY.keys())
def test_what_a_page_prints_after_the_story_is_not_the_story(tail: tuple[str, ...]) -> None:
    assert inspect(_story(*tail) + "\n").body[-1] == LAST
