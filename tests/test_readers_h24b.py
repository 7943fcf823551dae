"""The raw reader on Korean pages of the kinds of h23b and h24b (issue 20, stop 49):
broadcasters' intros and sign-offs, an AI summary's note, a chat app's shared card, a
paragraph's preview. Every name, outlet and sentence here is made up; the shapes are the
sites'.
"""

from __future__ import annotations

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_unseen import inspect


def test_a_broadcasts_intro_and_a_channels_sign_off() -> None:
    intro = parse_byline("보도에 김하람 기자입니다.")
    assert intro is not None and intro.authors == ("김하람",)
    signed = parse_byline("TV하랑 송지호입니다.")
    assert signed is not None and (signed.authors, signed.outlet) == (("송지호",), "TV하랑")


def test_an_ai_summarys_note_to_read_the_whole_article() -> None:
    assert ChromeFilter().is_chrome("전체 맥락을 이해하려면 기사 본문을 함께 읽어 주세요.")


def test_a_shared_cards_description_over_its_address() -> None:
    card = "한시 특별지원으로 운영되던 도서관 야간 개방이 내년부터 상시 사업이 된다."
    page = "\n".join(
        (
            "[정책뉴스] 도서관 야간 개방, 내년부터 상시 사업으로",
            card,
            "자세히 보기 https://m.policy.example/news/view.do?newsId=148902131",
            "",
            "정책누리",
            "도서관 야간 개방 늘린다",
            "2025.06.10",
            "",
            *_KO_STORY,
        )
    )
    assert inspect(page).body[0] == _KO_STORY[0]


def test_a_paragraphs_preview_cut_short_with_an_ellipsis() -> None:
    preview = _KO_STORY[0][:30] + "\u2026"
    page = "\n\n".join(("한빛일보\n도서관 야간 개방 늘린다\n입력 2025.06.03 10:15", preview, *_KO_STORY))
    assert inspect(page).body == list(_KO_STORY)
