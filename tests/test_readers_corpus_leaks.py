"""The raw reader on the last furniture the labelled corpus showed leaking (issue 20): a
wire's end mark glued to its only paragraph, a blogging platform's membership pitch and
its writer card, a related list's headline ending in an abbreviation, a Korean caption
that opens with a noun phrase, a newsletter's subscribe prompt alone between paragraphs.
Every name, outlet and sentence here is made up; the shapes are the outlets'.
"""

from __future__ import annotations

from tests.test_readers_unseen import inspect, verdicts

# --- a wire's end mark glued to the paragraph, and a link label after it ---------------------


def test_a_glued_end_mark_ends_the_story_and_the_feedback_link_is_the_footers() -> None:
    text = "\n".join(
        [
            "(URGENT) Tollan central bank cuts policy rate to 2.75 pct",
            "2025.02.25 10:04 KST",
            "VELMORA, Feb. 25 (Corvid) -- The Bank of Tollan on Tuesday cut its policy rate by a quarter "
            "point to 2.75 percent, its first move in eleven months. (END)",
            "Report an error",
            "(C) Corvid News Service. All rights reserved.",
        ]
    )
    reading = inspect(text)
    assert reading.headline == "Tollan central bank cuts policy rate to 2.75 pct"
    assert reading.fields.dateline == "VELMORA, Feb. 25"
    assert reading.body == [
        "The Bank of Tollan on Tuesday cut its policy rate by a quarter point to 2.75 percent, "
        "its first move in eleven months."
    ]


def test_a_korean_end_mark_glued_to_the_paragraph_ends_the_story() -> None:
    text = "\n".join(
        [
            "[속보] 한결시, 시내버스 심야 노선 3개 신설",
            "2025.03.10 09:12",
            "한결시는 다음 달부터 심야 시내버스 노선 3개를 새로 운행한다고 10일 밝혔다. (끝)",
            "기사 제보하기 바로가기",
        ]
    )
    reading = inspect(text)
    assert reading.body == ["한결시는 다음 달부터 심야 시내버스 노선 3개를 새로 운행한다고 10일 밝혔다."]


# --- a blogging platform's membership pitch and the writer's card ----------------------------

POST = (
    "Two winters ago I started walking to the library instead of driving.",
    "The route is only two miles, but it crosses the river twice and climbs the old quarry hill, "
    "so it feels longer than it is.",
    "I began to notice the small things the car had hidden from me: the bakery that opens at five, "
    "the heron that fishes below the weir, the mural that changes every spring.",
    "Walking is slow. That is the whole appeal.",
)


def _platform_post(*tail: str) -> str:
    return "\n".join(
        [
            "Open in app",
            "Sign in",
            "Lantern Walks",
            "What two winters of walking taught me about my town",
            "Odile Varga",
            "Follow",
            "Published in Lantern Walks \u00b7 5 min read \u00b7 Jan 9, 2025",
            *POST,
            *tail,
        ]
    )


PITCH = (
    "Sign up to find stories that change how you see the places you live.",
    "Free",
    "Read three stories a month. No clutter.",
    "Keep your favourite passages in one place.",
    "Membership",
    "Read every story on the platform",
    "Back the writers you follow",
)
CARD = (
    "Written by Odile Varga",
    "2.4K Followers \u00b7 Writer for Lantern Walks",
    "Librarian and walker. Notes on rivers, small towns and the joy of slow routes.",
    "More from Odile Varga and Lantern Walks",
)


def test_a_platforms_membership_pitch_is_not_the_story() -> None:
    reading = inspect(_platform_post(*PITCH, *CARD))
    assert reading.body[-1] == POST[-1]
    assert not any(
        "No clutter" in paragraph or "favourite passages" in paragraph for paragraph in reading.body
    )
    found = verdicts(_platform_post(*PITCH, *CARD))
    assert found["Keep your favourite passages in one place."][0] == "promo"


def test_a_writer_cards_bio_after_its_follower_count_is_not_the_story() -> None:
    reading = inspect(_platform_post("Written by Odile Varga", *CARD[1:]))
    assert reading.body[-1] == POST[-1]
    assert not any("Librarian and walker" in paragraph for paragraph in reading.body)
    assert verdicts(_platform_post(*CARD))[CARD[1]][0] in ("byline", "chrome")  # the card's, not the story's


def test_a_short_line_after_a_prompt_is_the_story_without_a_plans_name() -> None:
    # no plan's name opens the run of short lines: the story's last words stay
    post = _platform_post(
        "Sign up for the ferry timetable letter.",
        "Then again, maybe not.",
        "We went anyway, and the weir was frozen solid.",
    )
    assert "We went anyway, and the weir was frozen solid." in inspect(post).body


# --- a related list's headline ending in an abbreviation ------------------------------------


def test_a_related_headline_ending_in_an_abbreviation_is_a_teaser() -> None:
    story = (
        "KESSLER, Ore. (KVX) \u2014 City councillors voted 5-2 on Monday night to turn the old rail yard "
        "into a park with a skate plaza and community gardens.",
        "The plan had been debated for three years, and the vote came after nearly four hours of comment.",
        "Councillor Mabel Quint said the yard had been empty since the freight line closed in 2011.",
    )
    text = "\n".join(
        [
            "Kessler council approves rail yard park",
            "KVX 12",
            "by: Dorian Hale",
            "Posted: Mar 3, 2025 / 10:15 PM PST",
            *story,
            "Trending stories:",
            "Deputies name driver in crash on Orchard Blvd.",
            "Rain totals: Where the storm hit hardest",
            "Work on the park could begin next spring. The city will seek bids in the fall.",
        ]
    )
    reading = inspect(text)
    assert not any("Orchard Blvd" in paragraph for paragraph in reading.body)
    assert (
        reading.body[-1] == "Work on the park could begin next spring. The city will seek bids in the fall."
    )


# --- a Korean caption opening with a noun phrase ---------------------------------------------

KO_STORY = (
    "강원 정선군 여량면의 옛 기차역 대합실이 지난달 작은 도서관으로 문을 열었다.",
    "2015년 여객 열차가 끊긴 뒤 비어 있던 역사는 군이 3억원을 들여 고쳤다. 매표소는 대출 창구가 됐다.",
    '도서관은 주민 자원봉사자 14명이 돌아가며 지킨다. 봉사자 한상옥(71)씨는 "다시 사람이 모이니 좋다"고 말했다.',
    "개관 한 달 동안 다녀간 이용자는 900여명이다. 주말에는 관광객도 찾는다.",
    "군은 올해 안에 역 앞 광장에 작은 공연장을 만들 계획이다.",
)


def _ko_page(caption: str, credit: str) -> str:
    return "\n".join(
        [
            "월간나들",
            "기차가 떠난 역, 도서관으로 돌아오다",
            "입력 2025-03-02 10:00",
            *KO_STORY[:3],
            caption,
            *KO_STORY[3:],
            credit,
            "ⓒ 월간나들 무단전재 및 재배포 금지",
        ]
    )


def test_a_korean_caption_opening_with_a_noun_phrase_is_not_the_story() -> None:
    caption = "대합실을 고친 열람실. 나무 의자를 그대로 두었다."
    reading = inspect(_ko_page(caption, "글·사진=변서하 기자 seoha@nadeul.example"))
    assert caption not in reading.body
    assert reading.body[0] == KO_STORY[0]
    assert reading.body[-1] == KO_STORY[-1]


def test_a_korean_short_sentence_stays_when_the_page_has_no_pictures() -> None:
    line = "대합실을 고친 열람실. 나무 의자를 그대로 두었다."
    reading = inspect(_ko_page(line, "변서하 기자 seoha@nadeul.example"))
    assert line in reading.body


def test_a_korean_paragraph_ending_on_a_verb_stays_beside_pictures() -> None:
    line = "역은 다시 살아났다. 나무 의자를 그대로 두었다."
    reading = inspect(_ko_page(line, "글·사진=변서하 기자 seoha@nadeul.example"))
    assert line in reading.body


# --- a newsletter's subscribe prompt alone between paragraphs -------------------------------


def test_a_subscribe_prompt_alone_between_paragraphs_does_not_end_the_post() -> None:
    last = "So keep an eye on the harbour, and do not trust the first warm week."
    text = "\n".join(
        [
            "The Quay Notes",
            "Subscribe",
            "Why the herring came back early this year",
            "Lorcan Pike",
            "Mar 3, 2025",
            "If you walked the sea wall last week, you saw the gulls before you saw the boats.",
            "The herring arrived nine days earlier than the average of the last twenty years, "
            "according to the harbour's own counts.",
            "Thanks for reading The Quay Notes! Subscribe for free to get each new post by e-mail.",
            "Fishers say the water warmed faster in February than anyone can remember, "
            "and the shoals followed the warmth north.",
            "Biologists are more cautious: one early year is not a trend, and the counts have gaps. " + last,
            "Discussion about this post",
            "\u00a9 2025 Lorcan Pike",
        ]
    )
    reading = inspect(text)
    assert reading.body[-1].endswith(last)
