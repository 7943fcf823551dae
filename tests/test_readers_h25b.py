"""The raw reader on Korean broadcasters' pages, the kinds of h25b and h22b (issue 20, stop
49). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_unseen import inspect


def test_a_broadcasters_news_site_is_the_broadcasters() -> None:
    page = "\n\n".join(
        (
            "가람방송 뉴스\n정치\n경제\n도서관 야간 개방 늘린다\n입력 2025.06.03 10:15\n강하늘 기자",
            *_KO_STORY,
            "가람방송뉴스 강하늘입니다.",
            "Copyright(c) Since 2001, 가람방송&G-Net All rights reserved.",
        )
    )
    assert inspect(page).fields.outlet == "가람방송"


def test_a_programmes_name_is_no_correspondents_name() -> None:
    byline = parse_byline("특파원 리포트")
    assert byline is None or byline.authors == ()


def test_a_channel_with_a_number_signing_off_and_the_players_ad_notice() -> None:
    byline = parse_byline("온에어24 정민호입니다.")
    assert byline is not None and (byline.authors, byline.outlet) == (("정민호",), "온에어24")
    assert ChromeFilter().is_chrome("동영상 시청 전 광고가 재생될 수 있습니다.")
