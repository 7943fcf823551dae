"""The raw reader on an education, labour and jobs editor's week, in English and in Korean,
from the first halves of the blind batches h41a and h41b (files 01-08 read; 09-15 stay
blind) (issue 20, stop 52). Every name, outlet and sentence here is made up; the shapes are
the sites'.
"""

from __future__ import annotations

import datetime as dt

from digest.content.readers.rawtext.romanize import romanized, spellings
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h39 import _ko_release
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


# --- the site's name: a logo's link, initials, a letterhead, a search box, a hub's label ------


def test_a_logos_home_link_names_the_site_and_a_trail_ends_in_the_title() -> None:
    page = _story(
        "Skip to main content",
        "Students",
        "Teachers",
        "Marlow Examinations home",
        "Subjects",
        "About us",
        "",
        "Home / About us / News and insights / Regulators let offshore wind developer reprice",
        "",
        "News",
        _TITLE,
        "2 December 2025",
        tail=("© 2025 Marlow Examinations Board",),
    )
    reading = inspect(page)
    assert reading.headline == _TITLE
    assert reading.fields.outlet == "Marlow Examinations"
    seen = verdicts(page)
    assert seen["Marlow Examinations home"][0] == "masthead"
    assert seen["Home / About us / News and insights / Regulators let offshore wind developer reprice"][
        0
    ] == ("navigation")


def test_a_headlines_home_is_no_logo() -> None:
    for headline in ("Offshore wind developer heads home", "Offshore Wind Developer Heads Home"):
        assert inspect(_story(headline, "2 December 2025")).headline == headline


def test_a_copyrights_initials_stand_for_the_name_the_letterhead_prints() -> None:
    lede = (
        "The Coastal Federation of Ferry Workers (CFFW) said on Tuesday it would ballot members on a strike."
    )
    page = _story(
        "Join the CFFW",
        "Coastal Federation of Ferry Workers",
        "Representing crews since 1921",
        "",
        _TITLE,
        "Posted: 2 December 2025 at 10:15",
        lede=lede,
        tail=(
            "Notes to editors:",
            "The CFFW represents 9,000 crew members.",
            "",
            "© 2025 CFFW. All rights reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "Coastal Federation of Ferry Workers"


def test_a_letterheads_name_in_capitals_comes_without_its_initials() -> None:
    lede = "The executive of the Lakeside National Dockworkers' Union met on Monday to review the pay talks."
    page = _story(
        "LAKESIDE NATIONAL DOCKWORKERS' UNION (LANDU)",
        "PRESS STATEMENT",
        "3rd December 2025",
        "DOCKWORKERS TO DOWN TOOLS OVER STALLED PAY TALKS",
        lede=lede,
    )
    assert inspect(page).fields.outlet == "Lakeside National Dockworkers' Union"


def test_a_statistics_bulletins_charts_sources_and_notes_are_not_the_story() -> None:
    page = _story(
        "Skip to main content",
        "Search Statistics Westland",
        "Menu",
        "Subjects",
        "Data",
        "Analysis",
        "The Daily",
        "Released: 2025-12-05",
        "Labour Force Survey, November 2025",
        tail=(),
    ).replace(
        STORY[1] + "\n",
        STORY[1] + "\n\nChart 1  Employment holds steady in November\n\n"
        "Source(s): Labour Force Survey (3701), table 14-10-0287-01.\n",
    )
    page += "\n\nNote to readers\n\nThe survey estimates are for the week of November 9 to 15.\n\nData for December will be released on January 9."
    reading = inspect(page)
    assert reading.fields.outlet == "Statistics Westland"
    assert reading.body[-1] == LAST
    seen = verdicts(page)
    assert seen["Chart 1  Employment holds steady in November"][0] == "caption"
    assert seen["Source(s): Labour Force Survey (3701), table 14-10-0287-01."][0] == "caption"


def test_a_search_box_for_jobs_names_no_site() -> None:
    page = _story(
        "Search Jobs", "Westland Gazette", _TITLE, "2 December 2025", tail=("© 2025 Westland Gazette",)
    )
    assert inspect(page).fields.outlet == "Westland Gazette"


def test_a_tribunals_summary_is_titled_by_its_case_and_its_download_link_is_no_headline() -> None:
    page = _story(
        "Harbour Employment Tribunal",
        "Decision summary",
        "Okoro v Tidewell Freight Pty Ltd [2025] HET 2210",
        "",
        "Matter type: Unfair dismissal",
        "Published: 1 December 2025",
        "",
        "Download the decision [2025] HET 2210 (PDF, 388 KB)",
    )
    reading = inspect(page)
    assert reading.headline == "Okoro v Tidewell Freight Pty Ltd [2025] HET 2210"
    assert verdicts(page)["Download the decision [2025] HET 2210 (PDF, 388 KB)"][0] == "contact"


def test_a_press_release_hub_labels_whose_release_it_is() -> None:
    page = _story(
        "PressPier",
        "Independent News Since 2003",
        "Business Headlines",
        _TITLE,
        "Tuesday, 25 November 2025, 9:12 am",
        "Press Release: Ruru Recruitment",
        tail=("About Ruru Recruitment", "Ruru Recruitment is a hiring consultancy.", "", "© PressPier Media"),
    )
    assert inspect(page).fields.outlet == "Ruru Recruitment"


def test_a_brand_in_camel_case_under_a_utility_menu_over_its_companys_copyright() -> None:
    page = _story(
        "Events",
        "Webinars",
        "Advertise",
        "Subscribe",
        "Sign in",
        "",
        "PayrollPulse",
        "The business of people at work",
        "",
        _TITLE,
        "By Meera Kapoor",
        "Senior Correspondent, PayrollPulse",
        tail=(
            "Get the weekly PayrollPulse briefing",
            "",
            "© 2025 Pulse Media & Events Pvt Ltd. All rights reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "PayrollPulse"


def test_a_writers_card_calls_the_writer_by_the_first_name() -> None:
    page = _story(
        "Menu",
        "Find Jobs",
        "Post a Job",
        _TITLE,
        "Adaeze Okonkwo-Bell · Research Lead",
        "November 26, 2025",
        tail=(
            "Adaeze Okonkwo-Bell",
            "",
            "Adaeze leads research at Jobwell, where she studies hiring across West Africa.",
            "",
            "Related articles",
        ),
    )
    assert inspect(page).fields.authors == ("Adaeze Okonkwo-Bell",)


# --- a Korean body's release and its newsletter; a university's news in a reader view --------


def test_a_korean_release_copied_from_its_pdf_with_its_table_of_times() -> None:
    page = _ko_release(
        "HBPE 한빛평가원",
        "보 도 자 료",
        "바른 평가, 내일을 여는 교육",
        "보도 일시\t2025. 12. 4.(목) 12:00 이후 (인터넷, 방송, 통신)",
        "\t2025. 12. 5.(금) 조간",
        "배포 일시\t2025. 12. 4.(목) 10:00",
        "담당 부서\t시험본부\t책임자\t본부장 허정민 (043-931-0512)",
        "2026학년도 시험 채점 결과 발표",
        "- 국어 표준점수 최고점 146점, 수학 139점 -",
        "- 성적통지표는 12월 5일(금) 배부 -",
    )
    reading = inspect(page)
    assert reading.headline == "2026학년도 시험 채점 결과 발표"
    assert reading.fields.published == dt.datetime(2025, 12, 4, 12, 0, tzinfo=SEOUL)
    assert reading.fields.outlet == "한빛평가원"


def test_a_korean_universitys_news_in_a_reader_view_is_named_for_its_host() -> None:
    page = _ko_release(
        "news.hanbit.example",
        "한빛대, 2026학년도 학부 등록금 동결",
        "대외협력처 홍보팀",
        "3-4분",
        tail=(
            "",
            "지난 27일 본관 대회의실에서 열린 제4차 등록금심의위원회 모습.",
            "",
            "한빛대학교 대외협력처 | news@hanbit.example",
        ),
    )
    reading = inspect(page)
    assert reading.fields.outlet == "한빛대학교"
    assert verdicts(page)["지난 27일 본관 대회의실에서 열린 제4차 등록금심의위원회 모습."][0] == "caption"


def test_a_korean_bodys_newsletter_its_logo_and_its_researchers_credit() -> None:
    page = _ko_release(
        "한빛고용정보원 HBEIS",
        "일자리 브리프",
        "제146호 | 2025. 12. 3.",
        "",
        "청년 쉬었음 인구, 일 경험 있으면 노동시장 복귀 빨라",
        "글 · 조하람 부연구위원 (고용동향분석팀)",
        tail=("", "Copyright(c) Hanbit Employment Information Service. All Rights Reserved."),
    )
    reading = inspect(page)
    assert reading.fields.authors == ("조하람",)
    assert reading.fields.outlet == "한빛고용정보원"


def test_hangul_in_latin_letters_as_an_address_spells_it() -> None:
    assert romanized("가온") == "gaon"
    assert romanized("한국고용정보원") == "hangukgoyongjeongbowon"
    assert "yonse" in spellings("연세")
    assert romanized("Seoul 서울") == "Seoul seoul"


def test_a_caption_among_the_paragraphs_over_the_stations_own_name() -> None:
    """(stop 52, h33a-07) A station's picture between two paragraphs, credited to itself
    on the line under its caption."""
    caption = "Water bottles stacked outside a supermarket in Harbourtown on Tuesday afternoon."
    page = _story(
        "Skip to content",
        "Harbour 8 News",
        "Local News",
        "Business",
        _TITLE,
        "Posted: Dec. 02, 2025 at 6:10 PM AST",
        tail=("© 2025 Harbour Media Ltd.",),
    )
    page = page.replace(f"{STORY[2]}\n", f"{STORY[2]}\n\n{caption}\nHarbour 8 News\n")
    reading = inspect(page)
    assert caption not in reading.body and STORY[3] in reading.body
