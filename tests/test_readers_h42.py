"""The raw reader on a defence and foreign-affairs editor's week in English and a real
estate and cities editor's week in Korean, from the first halves of the blind batches h42a
and h42b (files 01-08 read; 09-15 stay blind) (issue 20, stop 52). Every name, outlet and
sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import datetime as dt

from digest.content.readers.rawtext.bylines import split_names
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h39 import _ko_release
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


# --- government sites: a consent banner, 'From:', a crest's lockup, an embassy's page ---------


def test_a_government_pages_cookie_banner_and_its_from_line() -> None:
    caption = (
        "An engineer from the Royal Signals sets up a portable radar during an exercise on Salisbury Plain."
    )
    page = _story(
        "Cookies on GOV.UK",
        "We use a small number of essential cookies so that this website can work.",
        "We would also like to set analytics cookies to see how you use GOV.UK and make services better.",
        "Some cookies are set by other sites so that we can show you content from their services.",
        "Accept additional cookies",
        "Reject additional cookies",
        "View cookies",
        "Skip to main content",
        "GOV.UK",
        "News story",
        _TITLE,
        "From:",
        "Department for Energy Security and Rowan Hale MP",
        "Published",
        "1 December 2025",
        "",
        caption,
        tail=("© Crown copyright",),
    )
    reading = inspect(page)
    assert reading.headline == _TITLE
    assert reading.body[0] == STORY[0] and caption not in reading.body
    assert reading.fields.outlet == "Department for Energy Security"
    banner = "Some cookies are set by other sites so that we can show you content from their services."
    assert verdicts(page)[banner][0] == "chrome"


def test_a_services_writer_by_rank_under_a_crests_lockup() -> None:
    page = _story(
        "Westland Government - Department of Defence",
        "Defence News",
        _TITLE,
        "Published",
        "28 November 2025",
        "Author",
        "Lieutenant Ashleigh Morrow",
        "",
        "Soldiers from the Coastal Regiment move along a tidal creek during Operation Resolute patrols.",
        tail=("© Commonwealth of Westland",),
    )
    reading = inspect(page)
    assert reading.fields.authors == ("Ashleigh Morrow",)
    assert reading.fields.outlet == "Department of Defence"
    assert reading.body[0] == STORY[0]
    assert split_names("Corporal Jaxon Reid") == ("Jaxon Reid",)
    assert split_names("Major Tom") is None  # a rank and nothing more is no writer


def test_a_wires_writer_and_the_wire_after_a_comma() -> None:
    page = _story(
        "NORDWIRE", "News agency of the Baltic states", _TITLE, "2025-12-01 14:32", "Edita Mockute, NORDWIRE"
    )
    assert inspect(page).fields.authors == ("Edita Mockute",)


def test_an_embassys_page_names_itself_in_its_note_at_the_foot() -> None:
    caption = (
        "The ambassador and the navy's commander unveil the station's marker in Rizal. (U.S. Embassy photo)"
    )
    page = _story(
        "An official website of the United States government",
        "U.S. Embassy in Westland",
        "Home | News & Events | Press Releases",
        _TITLE,
        "By U.S. Embassy Port Alder | 1 December, 2025 | Topics: Defense, Press Releases",
        tail=(
            "Related Articles",
            "",
            "This is the official website of the U.S. Embassy in Westland. Links to outside sites are not an "
            "endorsement of their views.",
        ),
    ).replace(f"{STORY[2]}\n", f"{STORY[2]}\n\n{caption}\n")
    reading = inspect(page)
    assert reading.fields.authors == ()
    assert reading.fields.outlet == "U.S. Embassy in Westland"
    assert reading.body[-1] == LAST and caption not in reading.body


# --- Korean: a statistics release from its PDF, a trade paper's motto, a document's cover ----


def test_a_korean_statistics_releases_fields_stay_apart_in_its_pdfs_copy() -> None:
    page = _ko_release(
        "보도자료",
        "HRB 한빛부동산원",
        "보도시점 2025. 11. 27.(목) 14:00 배포 2025. 11. 27.(목) 13:30",
        "담당부서 부동산통계처 시장동향분석부 책임자 부장 권도율 (053-663-8521)",
        "2025년 12월 고병원성 조류인플루엔자 특별 방역 추진",
        "- 산란계·육용오리 농장 일제 정밀검사 : 12월 한 달간, 전국",
        "가금농장 대상",
    )
    reading = inspect(page)
    assert reading.headline == "2025년 12월 고병원성 조류인플루엔자 특별 방역 추진"
    assert reading.fields.published == dt.datetime(2025, 11, 27, 14, 0, tzinfo=SEOUL)
    assert reading.fields.outlet == "한빛부동산원"


def test_a_korean_trade_papers_motto_is_no_headline_and_a_covers_caption() -> None:
    headline = "한파 앞둔 가금농장 \u2018특별 방역\u2019 비상\u2026방역 당국, 특별점검 착수"
    page = _ko_release(
        "현장건설신문 SITE CONSTRUCTION NEWS",
        "건설현장의 목소리를 듣는 전문지",
        "2025년 12월 04일 목요일",
        "[현장리포트]",
        headline,
        "영하 기온서 타설·양생 부실 땐 붕괴 위험 커져",
        "신채윤 기자",
        "입력 2025.12.04 06:00",
        tail=("", "세움건설이 지난달 조합에 제출한 사업 제안서 표지.", ""),
    )
    reading = inspect(page)
    assert reading.headline == headline
    assert verdicts(page)["세움건설이 지난달 조합에 제출한 사업 제안서 표지."][0] == "caption"
