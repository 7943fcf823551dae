"""The raw reader on Korean outlets and their English services, the kinds of h29b (issue
20, stop 49). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from digest.content.readers.rawtext import read_stamps
from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h29 import _KO_STORY
from tests.test_readers_unseen import inspect


def test_a_graphics_credit_names_no_writer() -> None:
    byline = parse_byline("그래픽=이지원 기자")
    assert byline is not None and byline.authors == ()


def test_a_reporters_name_and_e_mail_in_brackets_after_the_story() -> None:
    byline = parse_byline("[최다온 기자 daon@hanmadang.example]")
    assert byline is not None and byline.authors == ("최다온",)


def test_an_english_services_article_data_as_list_items() -> None:
    byline = parse_byline("* Reporter name Ha Ji-won")
    assert byline is not None and byline.authors == ("Ha Ji-won",)
    found = read_stamps("* Approved 2025.11.21 09:12", ZoneInfo("Asia/Seoul"))
    assert found is not None and found[0][0] == "published"


def test_a_korean_releases_profile_of_its_issuer_after_the_story() -> None:
    profile = (
        "그린메이트는 2019년 설립된 스마트팜 솔루션 기업으로, 수직농장 설계와 생육관리 소프트웨어를 제공한다."
    )
    page = "\n\n".join(("보도와이어\n그린메이트, 수직농장 AI 출시\n2025.11.12 10:00", *_KO_STORY, profile))
    assert inspect(page).body == list(_KO_STORY)
