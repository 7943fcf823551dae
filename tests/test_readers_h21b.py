"""The raw reader on Korean pages of the kinds of h21b (issue 20, stop 49): a portal holding
a wire's flash over its updated version, regional and sports dailies, a startup site, a
broadcaster's appeal, a chat app's forwarded story. Every name, outlet and sentence here is
made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext.bylines import parse_byline
from digest.content.readers.rawtext.wire import lede_dateline
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_unseen import inspect

_UPDATED = (
    "(세종=한터통신) 남궁현 기자 = 문화여가부가 공공도서관 야간 개방을 전국 200곳으로 늘린다고 27일 밝혔다.",
    "야간 개방 도서관은 평일 밤 10시까지 열람실과 자료실을 연다. 지난해 시범 운영한 40곳에서 이용자 만족도가 높았다.",
    "문화여가부는 사서 인력 300명을 추가로 채용하고, 야간 운영비의 절반을 국비로 지원하기로 했다.",
    "도서관 관계자는 \u201c퇴근 뒤 책을 빌리러 오는 직장인이 크게 늘었다\u201d고 말했다.",
)


def test_a_flash_above_the_storys_updated_version_on_one_page() -> None:
    page = "\n".join(
        (
            "공공도서관 야간 개방 200곳으로 확대",
            "한터통신",
            "입력 2025. 5. 27. 09:12",
            "문화여가부가 공공도서관 야간 개방을 늘린다고 27일 밝혔다. (끝)",
            "Daum",
            "뉴스",
            "한터통신",
            "공공도서관 야간 개방 200곳으로 확대…평일 밤 10시까지(종합)",
            "남궁현 기자",
            "입력 2025. 5. 27. 11:02",
            *_UPDATED,
            "hyun@hanter.example",
            "<저작권자(c) 한터통신, 무단 전재-재배포 금지>",
        )
    )
    reading = inspect(page)
    assert reading.headline == "공공도서관 야간 개방 200곳으로 확대…평일 밤 10시까지"
    assert reading.fields.published is not None and reading.fields.published.hour == 11
    assert reading.body[0] == _UPDATED[0].split(" = ", 1)[1]
    assert reading.body[-1] == _UPDATED[-1]


def test_a_reporters_signature_after_a_slash() -> None:
    byline = parse_byline("/순천=정가을 기자 gaeul@namdo.example")
    assert byline is not None and byline.authors == ("정가을",)


def test_a_sports_dailys_paper_and_reporter_inside_the_datelines_brackets() -> None:
    found = lede_dateline(f"[상암=스포츠나래 권하람 기자] {_KO_STORY[0]}")
    assert found is not None
    assert (found.place, found.wire, found.authors, found.rest) == (
        "상암",
        "스포츠나래",
        ("권하람",),
        _KO_STORY[0],
    )


def test_a_chat_apps_forwarded_story_with_the_outlet_in_brackets_before_the_headline() -> None:
    assert ChromeFilter().is_chrome("동해바다신문 속보 에서 전달됨")
    page = "\n".join(
        (
            "저장한 메시지",
            "동해바다신문 속보 에서 전달됨",
            "\U0001f4e2 [동해바다신문] 동네 도서관이 밤 10시까지 문을 연다",
            "기사입력 : 2025년 7월 28일(월) 14:05",
            *_KO_STORY,
            "\u24d2 동해바다신문",
        )
    )
    assert inspect(page).headline == "동네 도서관이 밤 10시까지 문을 연다"


def test_a_korean_page_asking_its_reader_between_plain_paragraphs() -> None:
    asking = "투자 라운드 데이터가 궁금하다면? 딜 트래커에서 이번 주 라운드 전체를 확인하세요."
    plain = (
        "문화여가부가 공공도서관 야간 개방을 늘렸다.",
        "은솔도서관은 지난 4월부터 평일 밤 10시까지 열람실을 연다.",
        "도서관 관계자는 이용자가 크게 늘었다고 밝혔다.",
        "시는 내년에 야간 개방 도서관을 두 곳 더 늘릴 계획이다.",
    )
    page = "\n\n".join(
        ("한빛일보\n도서관 야간 개방 늘린다\n입력 2025.06.03 10:15", plain[0], plain[1], asking, *plain[2:])
    )
    assert inspect(page).body == list(plain)
