"""The raw reader on a telecoms, internet and cybersecurity editor's week in English and a
games, entertainment and sports-business editor's week in Korean, from the first halves
of the blind batches h46a and h46b (files 01-08 read; 09-15 stay blind) (issue 20, stop
53). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import datetime as dt

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_TITLE = "Regulator sets March date for 600MHz spectrum auction"

# --- h46a: an advisory, a regulator's decision, a trade site, a newsletter, a vendor's blog ---


def test_the_body_atop_its_governments_name_is_the_outlet() -> None:
    page = _story(
        "Westland Computer Emergency Response Team",
        "Government of Westland",
        "Advisory WCERT-2025-0051",
        "Multiple vulnerabilities in broadband routers",
        "Original Issue Date: November 28, 2025",
        tail=(
            "Westland Computer Emergency Response Team | www.wcert.example",
            "",
            "Westland Computer Emergency Response Team (WCERT)",
            "Government of Westland",
        ),
    )
    assert inspect(page).fields.outlet == "Westland Computer Emergency Response Team"


def test_a_three_letter_host_goes_by_the_name_its_initials_are_introduced_with() -> None:
    page = _story(
        "wdo.example",
        "WDO fines mobile provider after fraudsters took over customers' numbers",
        "1 December 2025",
        tail=("The Westland Data Office (WDO) is the independent body that upholds information rights.",),
    )
    assert inspect(page).fields.outlet == "Westland Data Office"


def test_posted_by_a_writer_in_a_bar_of_stamps_is_a_byline_and_a_stamp() -> None:
    page = _story(
        "CommsLog",
        _TITLE,
        "Posted by Marisol Estrada, Latin America Editor | 2 December 2025 | 13:40 GMT",
    )
    reading = inspect(page)
    assert reading.fields.authors == ("Marisol Estrada",)
    assert reading.fields.published == dt.datetime(2025, 12, 2, 13, 40, tzinfo=dt.UTC)


def test_a_newsletters_sponsor_other_reads_sign_off_and_writer() -> None:
    sponsor = (
        "This issue is supported by Fieldstone Legal, a boutique firm that helps start-ups with "
        "privacy rules. Book a free 20-minute call at fieldstone.example."
    )
    page = "\n".join(
        (
            "The Northern Wire",
            "Archives",
            "",
            _TITLE,
            "December 3, 2025",
            "",
            f"{STORY[0]}\n",
            f"{STORY[1]}\n",
            f"{sponsor}\n",
            f"{STORY[2]}\n",
            f"{STORY[3]}\n",
            f"{LAST}\n",
            "Elsewhere",
            "",
            "The Competition Bureau published its market study on cloud services.",
            "Ontario's privacy commissioner released guidance on transcription tools.",
            "",
            "Thanks for reading, and forward this to a colleague.",
            "",
            "The Northern Wire is written by Mireille Dufresne in Ottawa. It goes out on Wednesdays.",
        )
    )
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert sponsor not in reading.body
    assert reading.fields.authors == ("Mireille Dufresne",)


def test_a_research_posts_roadmap_is_the_story_and_its_protections_end_it() -> None:
    roadmap = (
        "This article describes how the group gets in, how it moves through provider networks "
        "and how it deploys its encryptor, and what regulators said about it."
    )
    page = _story(
        "Kestrelwatch",
        _TITLE,
        "By Ana Moura",
        "December 1, 2025",
        lede=f"{STORY[0]}\n\n{roadmap}",
        tail=(
            "Protections and Mitigations",
            "",
            "Kestrelwatch Firewall customers are protected against the vulnerabilities exploited.",
        ),
    )
    reading = inspect(page)
    assert roadmap in reading.body
    assert reading.body[-1] == LAST


# --- h46b: an IR release, a game portal, a fan platform, the film council, a ministry ------------


def _ir_release() -> str:
    """A game company's release copied from its PDF: fields one a line, the text wrapped at
    about 37 syllables, as the page holds them."""
    wrapped = (
        "청람게임즈(대표 한도겸)는 지난 11월 17일 한국, 대만, 일본에",
        "동시 출시한 MMORPG '아스트라 크로니클'이 출시 14일 만에",
        "누적 매출 1,200억원을 넘어섰다고 1일 밝혔다.",
        "아스트라 크로니클은 출시 첫날 한국 양대 앱마켓 매출 1위에 오른 뒤",
        "현재까지 순위를 유지하고 있으며, 대만과 일본에서도 출시 사흘째 매출",
        "1위를 기록했다. 같은 기간 3개 지역 누적 가입자는 410만 명으로",
        "집계됐다고 회사는 설명했다. 회사는 서버를 두 차례 증설했으며 접속",
        "대기 시간은 이틀 만에 정상 수준으로 돌아왔다고 밝혔다. 업계에서는",
        "올해 출시작 가운데 가장 빠른 흥행 속도라는 평가가 나온다.",
    )
    return "\n".join(
        (
            "CHEONGRAM GAMES",
            "보도자료",
            "배포일시: 2025. 12. 1.(월) 08:30",
            "보도시점: 2025. 12. 1.(월) 09:00 이후 보도 가능",
            "담당: IR실 정유빈 팀장 (02-6912-4410,",
            "ir@cheongram.example)",
            "청람게임즈, 신작 '아스트라 크로니클' 출시 2주 만에 누적 매출",
            "1,200억원 돌파",
            *wrapped,
        )
    )


def test_a_releases_time_with_its_terms_and_its_contact_label_are_not_joined() -> None:
    page = _ir_release()
    assert inspect(page).fields.published == dt.datetime(2025, 12, 1, 9, 0, tzinfo=SEOUL)
    assert verdicts(page)["보도시점: 2025. 12. 1.(월) 09:00 이후 보도 가능"][0] == "stamp"


_KO_STORY = (
    "소닉웨이브가 수집형 RPG '루멘 아카이브'의 정식 출시일을 12월 18일로 확정했다.",
    "사전예약 참여자는 쇼케이스 당일 기준 200만 명을 넘어섰다.",
    "회사는 출시 첫 달 동안 매주 새 캐릭터를 공개할 계획이라고 밝혔다.",
)


def _ko_page(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join((*top, "", *(f"{paragraph}\n" for paragraph in _KO_STORY), *tail))


def test_a_menu_of_items_ending_alike_holds_no_headline() -> None:
    headline = "소닉웨이브 '루멘 아카이브' 12월 18일 정식 출시…사전예약 200만 돌파"
    page = _ko_page(
        "게임포털 GAMEPORTAL",
        "전체 게임 사이트",
        "아스트라 크로니클 포털",
        "루멘 아카이브 포털",
        "발키리 택틱스 포털",
        "넥서스 워즈 포털",
        headline,
        "정하람 기자 (haram@gameportal.example)   |   2025-11-27 18:42:17",
    )
    assert inspect(page).headline == headline
    assert verdicts(page)["루멘 아카이브 포털"][0] == "navigation"


def test_an_attached_file_with_its_viewer_button_is_no_headline() -> None:
    headline = "2025년 11월 다섯째 주 주간 박스오피스 동향"
    story = (
        "영화진흥원은 11월 다섯째 주 전체 영화 관객이 212만 명으로 전주보다 9.3% 늘었다고 2일 밝혔다.",
        "주간 박스오피스 1위는 한국영화 '윈터 로드'로 개봉 2주 차에 61만 명을 모았다.",
        "11월 한 달 전체 관객 수는 876만 명으로 지난해 같은 기간보다 14.1% 증가했다.",
    )
    page = "\n".join(
        (
            "KOFIX 영화진흥원",
            "보도자료",
            f"제목\t[보도자료] {headline}",
            "작성자\t홍보팀\t등록일\t2025-12-02\t조회수\t428",
            "첨부파일\t[보도자료] 11월 다섯째 주 주간 박스오피스 동향.hwp (96KB) 바로보기",
            "11월 다섯째 주 주간 박스오피스 동향.pdf (312KB) 바로보기",
            "보도시점\t2025. 12. 2.(화) 11:00\t배포\t2025. 12. 2.(화) 10:00",
            "- 주간 전체 관객 212만 명…전주 대비 9.3% 증가",
            "",
            *(f"{paragraph}\n" for paragraph in story),
        )
    )
    reading = inspect(page)
    assert reading.headline == headline
    assert verdicts(page)["11월 다섯째 주 주간 박스오피스 동향.pdf (312KB) 바로보기"][0] == "contact"


def test_the_official_account_over_its_badge_is_the_outlet_on_a_fan_platform() -> None:
    page = _ko_page(
        "LUMIERA",
        "루미에라",
        "Notice",
        "루미에라 전속계약 재계약 체결 안내",
        "스텔라하우스엔터테인먼트",
        "Official",
        "11. 28. 18:00",
    )
    assert inspect(page).fields.outlet == "스텔라하우스엔터테인먼트"


def test_a_governments_slogan_atop_its_release_is_no_headline() -> None:
    headline = "온라인 암표 신고 4만 건 넘어…K팝 공연 매크로 예매 집중 단속"
    page = _ko_page(
        "문화로 잇고, 함께 누리는 대한민국",
        "",
        "보도자료",
        "",
        "문화체육부",
        "보도시점\t2025. 12. 3.(수) 12:00",
        headline,
    )
    reading = inspect(page)
    assert reading.headline == headline
    assert verdicts(page)["문화로 잇고, 함께 누리는 대한민국"][0] == "chrome"
