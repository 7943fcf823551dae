"""Where the story starts and ends, and its headline, decided from the page's structure
(issue 20, unseen kinds): one test per mechanism of `zones.py`, each failing without it.

Every sentence here is made up; what is real is the shape of the page around it.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import Reading, inspect_raw_text

SEOUL = ZoneInfo("Asia/Seoul")

E1 = (
    "The harbour commission voted on Tuesday to close the old ferry pier for repairs until the end of summer."
)
E2 = (
    "Engineers found last month that several wooden piles under the pier had rotted well below the waterline."
)
E3 = "Commuters will use a temporary floating dock about 300 metres to the south while the work goes on."
E4 = "The commission said the repairs would cost about 4 million dollars and be paid from its reserve fund."
E5 = "A second inspection of the northern breakwater is planned for the autumn, the commission added."
K1 = "동해시는 오는 7월부터 시내버스 첫차 시간을 30분 앞당긴다고 3일 밝혔다."
K2 = "새벽에 출근하는 시민들이 첫차를 기다리다 택시를 타야 한다는 민원이 잇따랐기 때문이다."
K3 = "시는 이를 위해 버스 기사 12명을 새로 뽑고 차고지 운영 시간도 늘리기로 했다."
K4 = "시 관계자는 이용객이 늘면 막차 시간을 늦추는 방안도 검토하겠다고 말했다."
K5 = "동해시는 시범 운행 결과를 바탕으로 하반기에 노선 전체의 배차 간격도 다시 짤 계획이다."
HEADLINE = "Old ferry pier to close for repairs until end of summer"
KO_HEADLINE = "동해시, 7월부터 시내버스 첫차 30분 앞당긴다"


def inspect(text: str) -> Reading:
    return inspect_raw_text(Path("story.txt"), text, SEOUL, ChromeFilter())


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def english(*tail: str) -> str:
    return page(
        "The Bayside Record",
        HEADLINE,
        "By Tomas Reyl",
        "June 3, 2025 10:15 AM",
        E1,
        E2,
        E3,
        E4,
        *tail,
    )


def korean(*tail: str) -> str:
    return page(KO_HEADLINE, "입력 2025.06.03 10:15", K1, K2, K3, K4, *tail)


# --- the end: a short run of prose under the story's signature is another item's -------------


def test_prose_under_the_signature_is_not_the_story() -> None:
    reading = inspect(
        korean(
            "한지후 기자 jihoo@donghae.example",
            "동해시 공공 자전거 대여소 10곳 늘린다",
            "동해시가 다음 달부터 공공 자전거 대여소를 시내 10곳에 새로 만든다. 대여 요금은 지금과 같다.",
            "ⓒ 동해매일 무단전재 및 재배포 금지",
        )
    )
    assert reading.body[-1] == K4
    # a mid-story byline, the story's bulk below it: the story goes on
    reading = inspect(korean("한지후 기자 jihoo@donghae.example", K5, K1[:-1] + " 예정이다.", K2))
    assert reading.body[-1] == K2


# --- the end: prose after the story that speaks to the reader of the site --------------------


def test_a_note_to_the_reader_about_the_site_is_not_the_story() -> None:
    note = "You can read every harbour notice on our website and app, and follow us for the latest updates."
    reading = inspect(english(note, "© 2025 The Bayside Record"))
    assert reading.body[-1] == E4


def test_a_note_about_this_story_to_the_reader_is_not_the_story() -> None:
    note = "If this story has affected you, free counselling is available from Harbour Help on 0800 000 000."
    reading = inspect(english(note, "© 2025 The Bayside Record"))
    assert reading.body[-1] == E4


def test_a_korean_request_to_the_reader_after_the_story_is_not_the_story() -> None:
    reading = inspect(
        korean(
            "▶ 관련기사: 동해시 심야버스 노선 두 개 새로 생긴다",
            "첫차 시간이 궁금하신가요? 동해시 버스 앱에서 시내버스 시간표를 찾아보세요.",
            "ⓒ 동해매일 무단전재 및 재배포 금지",
        )
    )
    assert reading.body[-1] == K4


def test_a_request_in_a_story_told_politely_throughout_is_the_storys() -> None:
    """Card news and a public office's pages speak politely from the first card to the
    last: there a closing request ('…확인하세요.') set apart by the card's number is the
    story's last paragraph, not the site addressing its reader."""
    cards = (
        "동해시가 7월부터 시내버스 첫차 시간을 30분 앞당겨요.",
        "새벽에 출근하는 시민들의 민원이 많았기 때문이에요.",
        "시는 버스 기사 12명을 새로 뽑고 차고지 운영 시간도 늘렸어요.",
        "첫차 시간표는 동해시 버스 앱에서 미리 확인하세요.",
    )
    text = page(
        KO_HEADLINE, "입력 2025.06.03 10:15", *[f"[{n}/4]\n{card}" for n, card in enumerate(cards, 1)]
    )
    text += "ⓒ 동해매일 무단전재 및 재배포 금지\n"
    assert inspect(text).body[-1] == cards[-1]


# --- the end: a biography closing the page, its subject named by no byline -----------------------


def test_a_newsroom_biography_closing_the_page_is_not_the_story() -> None:
    bio = "Lena Marsh is a transport reporter with the Bayside Record. Her work is funded by a local trust."
    reading = inspect(page(HEADLINE, "June 3, 2025 10:15 AM", E1, E2, E3, E4, bio, "Comments (4)"))
    assert reading.body[-1] == E4


def test_a_korean_writers_birthplace_biography_is_not_the_story() -> None:
    bio = "강원 동해 출생. 시내버스 기사로 일하며 쓴 시집 『첫차의 문장』으로 2010년 등단했다."
    reading = inspect(korean("■ 윤하린", bio, "ⓒ 동해매일 무단전재 및 재배포 금지"))
    assert reading.body[-1] == K4


# --- the end: the story goes on under a mark of the end that was a picture's credit ------------


def test_the_story_resumes_under_a_pictures_copyright_credit() -> None:
    more = (
        "시에 따르면 첫차 시간을 앞당기는 노선은 모두 14개로, 시내버스 노선의 절반이 넘는다. "
        "이 가운데 9개 노선은 산업단지를 지난다."
    )
    last = (
        "시는 첫차 시간표를 버스 정류장과 시 누리집에 이달 말까지 게시할 예정이라고 밝혔다. "
        "시내버스 안내 전화도 새벽 5시부터 받는다."
    )
    reading = inspect(
        page(
            KO_HEADLINE,
            "입력 2025.06.03 10:15",
            K1,
            K2,
            "ⓒ동해매일 한지후 기자",
            more,
            last,
            "한지후 기자 jihoo@donghae.example",
            "저작권자 © 동해매일 무단전재 및 재배포 금지",
        )
    )
    assert reading.body[-1] == last
    # one paragraph under the copyright line is the footer's, however it reads
    other = "시에 따르면 동해시 시민의 날 행사는 올해 10월 3일 망상해변에서 열린다."
    reading = inspect(page(KO_HEADLINE, K1, K2, K3, "ⓒ 동해매일 무단전재 및 재배포 금지", other))
    assert reading.body[-1] == K3


def test_a_results_tables_abbreviated_heading_is_no_sentence() -> None:
    reading = inspect(english("Ward | Votes | Pct.", "North | 1,204 | 51.2%", E5))
    assert "Ward | Votes | Pct." not in reading.body


# --- the start: what stands over the page's whole header block is the header's --------------------


def test_a_long_deck_over_the_whole_header_block_is_not_the_lede() -> None:
    deck = (
        "The city's oldest pier, where ferries have tied up since 1911 and where generations of islanders "
        "have waited for the morning boat, is to close for most of the summer as engineers replace its piles."
    )
    reading = inspect(
        page(
            HEADLINE,
            deck,
            "By Tomas Reyl",
            "June 3, 2025 10:15 AM",
            "Share",
            "Time to read 3 min.",
            E1,
            E2,
            E3,
        )
    )
    assert reading.body[0] == E1


def test_a_sentence_headline_and_its_deck_over_the_byline_block() -> None:
    title = "The ferry pier is rotting. The repairs start next week."
    deck = "Commuters will walk to a floating dock for the whole summer."
    reading = inspect(
        page(
            "The Bayside Record",
            title,
            deck,
            "By Tomas Reyl",
            "June 3, 2025 10:15 AM",
            "Updated June 3, 2025 2:40 PM",
            "Share",
            E1,
            E2,
            E3,
            E4,
        )
    )
    assert reading.body[0] == E1
    assert reading.headline == title


# --- the start: a summary box under a label of any words -------------------------------------------


def test_a_summary_box_under_an_unknown_label_is_not_the_story() -> None:
    lede = f"{E1} {E5}"
    reading = inspect(
        page(
            HEADLINE,
            "By Tomas Reyl",
            "June 3, 2025 10:15 AM",
            "Quick take:",
            "The old pier closes next week.",
            "Ferries move to a floating dock.",
            "Work should end in September.",
            lede,
            E2,
            E3,
            E4,
            K1,
        )
    )
    assert reading.body[0] == lede
    # short paragraphs with no label over them: the story's
    short = ("The old pier closes next week.", "Ferries move to a floating dock.")
    reading = inspect(page(HEADLINE, "By Tomas Reyl", "June 3, 2025 10:15 AM", *short, lede, E2, E3, E4, E5))
    assert reading.body[0] == short[0]
