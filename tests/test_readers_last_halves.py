"""The raw reader on shapes of stop 37's read halves (issue 20): Korean newsrooms,
blogs, broadcasters and wires, magazines, English broadcasters' services, central-bank
releases, forum threads and newsletters. Every name and sentence is made up; the shapes
are those the batches showed.
"""

from __future__ import annotations

import datetime as dt

from tests.test_readers_unseen import inspect

KO_HEADLINE = "바다시, 여름철 해수욕장 개장 2주 앞당겨"
KO_STORY = (
    "바다시가 올해 해수욕장 개장일을 예년보다 2주 앞당긴 6월 15일로 정했다고 4일 밝혔다.",
    "시는 지난해 6월 기온이 평년보다 높아 개장 전부터 피서객이 몰렸던 점을 고려했다고 설명했다.",
    "개장 기간에는 안전요원 120명이 배치되며 야간 개장은 7월부터 주말에만 운영된다.",
    '시 관계자는 "조기 개장에 맞춰 샤워장과 주차장 정비를 이달 안에 마치겠다"고 말했다.',
)
KO_LAST = "해수욕장 운영 시간과 교통 안내는 시 누리집에서 확인할 수 있다."
KO_BODY = "\n\n".join([*KO_STORY, KO_LAST])
KO_STAMP = "입력 2024.11.20 16:05"


def ko_page(*header: str, body: str = KO_BODY, footer: tuple[str, ...] = (), top: str = "바다뉴스") -> str:
    """A Korean daily's page (also `test_readers_new_kinds`'): masthead `top`, a menu,
    `header`, the story and `footer`."""
    return "\n".join([top, "정치 경제 사회", *header, "", body, "", *footer]) + "\n"


# --- a footer's row of links ------------------------------------------------------------


def test_a_row_of_policy_links_is_not_the_copyright_line() -> None:
    footer = (
        "개인정보 보호정책 | 이용약관 | 저작권정책",
        "COPYRIGHT \u24d2 BADA NEWS. ALL RIGHTS RESERVED",
    )
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, footer=footer))
    assert reading.fields.outlet == "바다뉴스"


def test_an_english_row_of_policy_links_is_not_the_copyright_line() -> None:
    text = "\n".join(
        [
            "Harbour News",
            "Ferry operator adds winter sailings to island route",
            "November 20, 2024 04:05 PM",
            "",
            "Harbour Lines will run three more crossings a week to Kestrel Island, the company said on Monday.",
            "",
            "The first of the extra boats leaves the mainland pier on the first Friday of February.",
            "",
            "Copyright Notice | Cookie Settings | Accessibility",
            "\u00a9 2024 Harbour News Ltd",
        ]
    )
    assert inspect(text + "\n").fields.outlet == "Harbour News"


# --- bylines and sign-offs under the story ----------------------------------------------


def test_a_reporters_e_mail_before_the_name_and_role_is_a_byline() -> None:
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, footer=("sora@badanews.example 한소라 기자",)))
    assert reading.fields.authors == ("한소라",)


def test_a_channels_call_sign_signing_off_ends_the_report() -> None:
    body = "\n\n".join([*KO_STORY, KO_LAST, "HBN 한소라입니다."])
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, body=body))
    assert reading.body[-1] == KO_LAST
    assert reading.fields.authors == ("한소라",)


# --- the polite register under a story in the plain one ---------------------------------


def test_a_reporters_line_about_the_beat_under_the_byline_is_not_the_story() -> None:
    body = "\n\n".join(
        [
            *KO_STORY,
            KO_LAST,
            "한소라 기자",
            "사회부에서 해수욕장과 바다시 행정을 취재합니다. 피서객과 주민의 이야기를 꼼꼼히 담겠습니다.",
        ]
    )
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, body=body))
    assert reading.body[-1] == KO_LAST
    assert reading.fields.authors == ("한소라",)


def test_a_tip_lines_call_in_the_polite_register_is_not_the_story() -> None:
    body = "\n\n".join([*KO_STORY, KO_LAST, "바다뉴스는 여러분의 제보로 만들어집니다."])
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, body=body))
    assert reading.body[-1] == KO_LAST


def test_a_broadcast_report_in_the_polite_register_keeps_its_last_paragraph() -> None:
    spoken = (
        "바다시가 올해 해수욕장 개장일을 2주 앞당깁니다.",
        "지난해 6월 기온이 평년보다 높아 개장 전부터 피서객이 몰렸기 때문입니다.",
        "개장 기간에는 안전요원 120명이 배치됩니다.",
        "야간 개장은 7월부터 주말에만 운영됩니다.",
    )
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, body="\n\n".join(spoken)))
    assert reading.body[-1] == spoken[-1]


# --- a scene caption wherever the picture stands -----------------------------------------

SCENE = "한소라 교사가 바다초등학교 도서실에서 학생들과 함께 책을 고르고 있다."
MID_SCENE = "바다초등학교 학생들이 운동장 옆 텃밭에서 상추 모종을 심고 있다."


def test_a_scene_caption_above_the_lede_is_not_the_story() -> None:
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, body="\n\n".join([SCENE, *KO_STORY, KO_LAST])))
    assert reading.body[0] == KO_STORY[0]
    assert SCENE not in reading.body


def test_a_scene_caption_between_paragraphs_is_not_the_story() -> None:
    body = "\n\n".join([*KO_STORY[:3], MID_SCENE, KO_STORY[3], KO_LAST])
    reading = inspect(ko_page(KO_HEADLINE, KO_STAMP, body=body))
    assert MID_SCENE not in reading.body
    assert reading.body[-1] == KO_LAST


def test_a_story_sentence_in_the_progressive_with_a_topic_stays_the_story() -> None:
    sentence = "시는 현재 해수욕장 주변에서 주차장 확장 공사를 하고 있다."
    body = "\n\n".join([*KO_STORY[:3], sentence, KO_STORY[3], KO_LAST])
    assert sentence in inspect(ko_page(KO_HEADLINE, KO_STAMP, body=body)).body


# --- a wire's update and its picture desk --------------------------------------------------

WIRE_LEDE = "[바다=바다통신] 한소라 기자 = " + KO_STORY[0]
DATED_CAPTION = (
    "[바다=바다통신] 최동훈 기자 = 20일 오후 바다시 백사장에서 주민들이 모래 울타리를 세우고 있다. "
    "(사진=바다시 제공) 2024.11.20. desk@badanews.example"
)


def _wire_page(*header: str, body: tuple[str, ...] = (WIRE_LEDE, *KO_STORY[1:], KO_LAST)) -> str:
    return "\n".join(["바다통신", "정치 경제 사회", *header, "", "\n\n".join(body), ""]) + "\n"


def test_an_updates_tag_keeps_the_headline_over_the_summary_box() -> None:
    header = (
        KO_HEADLINE + "(종합2보)",
        "등록 2024.11.20 16:05:41수정 2024.11.20 18:30:02",
        "한소라 기자",
        "기사내용 요약",
        "바다시 해수욕장 개장일 앞당겨…안전요원도 늘려",
        "야간 개장은 주말에만…샤워장·주차장 정비",
    )
    reading = inspect(_wire_page(*header))
    assert reading.headline == KO_HEADLINE
    assert reading.body[0] == KO_STORY[0]


def test_a_caption_with_its_day_and_the_photographers_e_mail_names_no_author() -> None:
    body = (WIRE_LEDE, *KO_STORY[1:3], DATED_CAPTION, KO_STORY[3], KO_LAST)
    reading = inspect(_wire_page(KO_HEADLINE, KO_STAMP, "한소라 기자", DATED_CAPTION, body=body))
    assert reading.fields.authors == ("한소라",)
    assert DATED_CAPTION not in " ".join(reading.body)
    assert reading.body[-1] == KO_LAST


# --- a release's issue time and its trail of sections -------------------------------------

EN_HEADLINE = "Discount Window Rate Left Unchanged"
EN_STORY = (
    "The Port Alder Reserve Office (PARO) said today that it would keep the discount window rate at 3.1 per cent.",
    "The office reviews the rate every six weeks against the cost of overnight lending between banks.",
    "Its governor, Ms Mara Quill, said lending to households had slowed since the summer.",
)
EN_LAST = "The next review of the rate falls in the second week of July."


def _release(*footer: str) -> str:
    top = ["Skip to main content", "Port Alder Reserve Office", "Policy & Markets > Statements", EN_HEADLINE]
    return "\n".join([*top, "", "\n\n".join([*EN_STORY, EN_LAST]), "", *footer]) + "\n"


def test_a_releases_issue_time_with_its_zone_first_completes_the_date_above() -> None:
    reading = inspect(_release("Ends/Monday, June 2, 2025", "Released at SGT 09:15"))
    published = reading.fields.published
    assert published is not None and published.isoformat() == "2025-06-02T09:15:00+08:00"


def test_a_trail_of_sections_under_the_masthead_is_not_the_site() -> None:
    assert inspect(_release()).fields.outlet == "Port Alder Reserve Office"


# --- a deck over the template's date and picture -----------------------------------------

FERRY_HEADLINE = "Port Alder to borrow for new ferry piers"
FERRY_DECK = (
    "The council has found the money to rebuild the town's ageing ferry piers. "
    "Its harbour board says a third of them need repairs before the end of the decade."
)
FERRY_STORY = (
    "Port Alder's council voted on Wednesday to borrow $45 million to rebuild the ferry piers on the town's "
    "waterfront, after storms closed two of them for weeks last winter and stranded island commuters.",
    "Harbour board chair Tobias Wren said the worst piers would be rebuilt first, starting with the north pier.",
    "Regional ministers must still sign off on the loan before work can begin in the spring.",
)


def test_a_deck_over_the_date_and_the_picture_is_not_the_lede() -> None:
    text = "\n".join(
        [
            "Harbour News",
            FERRY_HEADLINE,
            FERRY_DECK,
            "06/02/2025June 2, 2025",
            "Image: Mara Quill/Harbour News",
            "Gulls circle over the closed north pier in a winter storm",
            "",
            "\n\n".join(FERRY_STORY),
        ]
    )
    reading = inspect(text + "\n")
    assert reading.body[0] == FERRY_STORY[0]
    assert reading.fields.published is None  # a date alone
    assert not any("06/02/2025" in paragraph for paragraph in reading.body)


# --- a letter pasted from a mail client ---------------------------------------------------


def _letter(*tail: str) -> str:
    top = [
        "From: Harbour Notes <notes@harbournotes.example>",
        "Subject: " + FERRY_HEADLINE + " | Harbour Notes",
        "Date: 12 June 2025 at 07:05:44 GMT+2",
        "",
        "Email looking odd? Open it in your browser.",
        "",
        "HARBOUR NOTES",
        "No. 41 \u00b7 Thursday, 12 June 2025",
        "",
        "Good morning. Today: pier repairs, a toll on the causeway and a lighthouse for sale. It's a 3-minute read.",
        "",
        FERRY_HEADLINE,
        "By Mara Quill",
        "",
    ]
    return "\n".join([*top, "\n\n".join(FERRY_STORY), "", *tail]) + "\n"


def test_a_letters_browser_link_and_greeting_with_its_contents_are_not_the_story() -> None:
    reading = inspect(_letter())
    assert reading.headline == FERRY_HEADLINE
    assert reading.body[0] == FERRY_STORY[0]
    assert reading.fields.authors == ("Mara Quill",)


def test_a_letters_sign_off_naming_the_next_issues_day_is_not_the_story() -> None:
    reading = inspect(
        _letter(
            "AROUND THE ISLAND",
            "Kestrel Island opens its new library",
            "",
            "That's all for this week. See you on Monday.",
        )
    )
    assert reading.body[-1] == FERRY_STORY[-1]


# --- a forum thread pasting a paper's story -----------------------------------------------


def _thread(*story_top: str) -> str:
    top = [
        "pierboard",
        "r/portalder",
        "6 hr. ago",
        "tobias_wren",
        "Harbour News: " + FERRY_HEADLINE,
        "Copied from Harbour News because their paywall hides it. Link below.",
        "",
        *story_top,
        "",
    ]
    tail = [
        "",
        "Source: https://harbournews.example/2025/06/piers-loan",
        "",
        "Edit: typo",
        "",
        "214",
        "Top comments",
        "mara_q",
        "5h ago",
        "Good news if the ferry actually runs on time for once.",
        "Reply",
    ]
    return "\n".join([*top, "\n\n".join(FERRY_STORY), *tail]) + "\n"


def test_a_repost_title_gives_the_source_and_the_headline_printed_below_it() -> None:
    reading = inspect(_thread(FERRY_HEADLINE, "Mara Quill | Jun - 12 - 2025 , 08:20 GMT"))
    assert reading.headline == FERRY_HEADLINE
    assert reading.fields.outlet == "Harbour News"
    assert reading.fields.authors == ("Mara Quill",)
    published = reading.fields.published
    assert published is not None and published == dt.datetime(2025, 6, 12, 8, 20, tzinfo=dt.UTC)


def test_a_source_line_under_the_pasted_story_ends_it_before_the_thread() -> None:
    reading = inspect(_thread(FERRY_HEADLINE))
    assert reading.body[-1] == FERRY_STORY[-1]


# --- a blog post pasting a story under its own title ---------------------------------------


def test_a_blog_posts_own_title_gives_way_to_the_pasted_storys_headline() -> None:
    header = (
        "바다 블로그",
        "해수욕장 일찍 연다네요",
        "한소라",
        "2024. 11. 20. 22:40",
        "공유하기 이웃추가",
        "",
        KO_HEADLINE,
        "입력 2024.11.20 16:05  수정 2024.11.20 17:48",
        "바다뉴스 최동훈 기자",
    )
    reading = inspect("\n".join([*header, "", KO_BODY, ""]) + "\n")
    assert reading.headline == KO_HEADLINE
    published = reading.fields.published
    assert published is not None and published.isoformat() == "2024-11-20T16:05:00+09:00"


# --- a magazine's frequency before its name ------------------------------------------------


def _magazine(story_first: str) -> str:
    header = [
        "주간 바다",
        "이번 호 | 구독 신청 | 로그인",
        KO_HEADLINE,
        "한소라 기자 | 승인 " + KO_STAMP[3:],
    ]
    body = "\n\n".join([story_first, *KO_STORY[1:], KO_LAST])
    footer = ["이 기사는 주간 바다 제120호에 실렸습니다.", "<저작권자 © 바다, 무단전재 및 재배포 금지>"]
    return "\n".join([*header, "", body, "", *footer]) + "\n"


def test_a_magazine_the_story_calls_by_its_name_alone_is_that_name() -> None:
    first = "바다가 최근 5년 치 해수욕장 방문객 수를 살펴보니, 6월 초 방문객이 해마다 늘고 있었다."
    assert inspect(_magazine(first)).fields.outlet == "바다"


def test_a_magazine_keeps_its_frequency_when_the_story_never_drops_it() -> None:
    assert inspect(_magazine(KO_STORY[0])).fields.outlet == "주간 바다"
