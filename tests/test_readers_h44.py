"""The raw reader on a media, retail and consumer editor's week in English and a health,
medicine and bio-pharma editor's week in Korean, from the first halves of the blind batches
h44a and h44b (files 01-08 read; 09-15 stay blind) (issue 20, stop 53). Every name, outlet
and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import datetime as dt

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_h39 import _KO_STORY, _ko_release
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_KETTLES = "Riverbend brand electric kettles recalled due to burn hazard"


# --- h44a: a recall notice on a government's common site, a broadcaster's press office ---------


def _recall_notice(*, summary: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    """A recall notice as a government's common site prints it: its wordmark, a trail of
    breadcrumbs one a line, the headline, the notice's dates, and the story."""
    return _story(
        "Skip to main content",
        "Language selection",
        "Search Westland.example",
        "Menu",
        "You are here:",
        "Westland.example",
        "Health",
        "Recalls and safety alerts",
        _KETTLES,
        "Posting date:\tNovember 28, 2025",
        *summary,
        lede=f"This recall involves Riverbend brand electric kettles. {STORY[0]}",
        tail=tail,
    )


def test_the_last_crumb_of_a_trail_is_the_section_not_the_headline() -> None:
    reading = inspect(_recall_notice())
    assert reading.headline == _KETTLES
    assert verdicts(_recall_notice())["Recalls and safety alerts"][0] != "headline"


def test_a_summary_box_of_fields_closed_by_a_heading_is_not_the_story() -> None:
    summary = (
        "Summary",
        "Product: Riverbend brand electric kettles",
        "Issue: The lid can open during boiling, posing a burn hazard.",
        "What to do: Immediately stop using the kettles and contact Riverbend for a replacement.",
        "Affected products",
    )
    reading = inspect(_recall_notice(summary=summary))
    assert reading.body[0].startswith("This recall involves Riverbend")
    assert not any(paragraph.startswith(("Issue:", "What to do:")) for paragraph in reading.body)


def test_a_table_row_under_the_story_is_not_its_last_paragraph() -> None:
    tail = ("Companies", "Importer\tRiverbend Housewares Inc.", "Distributor\tNorthgate Retail Ltd.")
    reading = inspect(_recall_notice(tail=tail))
    assert reading.body[-1] == LAST
    assert verdicts(_recall_notice(tail=tail))["Importer\tRiverbend Housewares Inc."][0] == "chrome"


def test_the_department_the_footer_says_to_contact_is_the_outlet_over_the_common_site() -> None:
    tail = ("About this site", "Health Westland", "Contact Health Westland", "Departments and agencies")
    assert inspect(_recall_notice(tail=tail)).fields.outlet == "Health Westland"


def test_a_host_of_three_letters_is_the_name_the_page_spells_with_its_accent() -> None:
    page = _story(
        "press.lir.example",
        "Lír and a streaming service agree a five-year drama partnership",
        "Lír Communications",
        "25 November 2025",
        lede=f"Lír and a streaming service have agreed a drama partnership. {STORY[0]}",
        tail=("Notes to Editors", "Lír will announce its drama slate in January."),
    )
    assert inspect(page).fields.outlet == "Lír"


# --- h44b: a ministry's board, an insurer's release, a filing's summary, a trade daily ---------


def test_a_korean_name_over_its_latin_name_whole_is_the_outlet() -> None:
    tail = ("개인정보처리방침", "COPYRIGHT\u00a9 MINISTRY OF RURAL HEALTH. ALL RIGHTS RESERVED.")
    page = _ko_release(
        "본문 바로가기",
        "주메뉴 바로가기",
        "정부 누리집 확인하기",
        "농촌보건부",
        "Ministry of Rural Health",
        "로그인",
        "회원가입",
        "홈 > 알림 > 보도자료",
        "보도자료",
        "가금농장 일제 정밀검사",
        "등록일 2025-12-02",
        f"농촌보건부는 {_KO_STORY[0]}",
        tail=tail,
    )
    assert inspect(page).fields.outlet == "농촌보건부"


def test_the_body_the_footers_address_names_is_the_outlet_over_a_latin_copyright() -> None:
    tail = (
        "목록",
        "원주본부 : (26464) 강원특별자치도 원주시 건강로 32 국민방역공단",
        "COPYRIGHT \u24d2 NATIONAL QUARANTINE SERVICE. ALL RIGHTS RESERVED.",
    )
    page = _ko_release(
        "주요 콘텐츠 바로가기",
        "로그인 회원가입 사이트맵",
        "보도자료",
        "가금농장 일제 정밀검사",
        "작성일 2025.11.28",
        f"국민방역공단은 {_KO_STORY[0]}",
        tail=tail,
    )
    assert inspect(page).fields.outlet == "국민방역공단"


def test_a_companys_korean_name_before_its_legal_form_is_the_outlet() -> None:
    tail = (
        "서울특별시 강서구 마곡중앙8로 71 다온파마(주)",
        "COPYRIGHT \u00a9 DAON PHARMACEUTICAL CO., LTD. ALL RIGHTS RESERVED.",
    )
    page = _ko_release(
        "DAON PHARMA",
        "투자정보",
        "HER3 표적 ADC 기술이전 계약 체결",
        "공시일 2025-12-01 17:42:36  |  제출인 다온파마(주)",
        f"다온파마는 {_KO_STORY[0]}",
        tail=tail,
    )
    assert inspect(page).fields.outlet == "다온파마"


_FILING = (
    "다온파마는 미국 바이오 기업 노스브리지와 HER3 표적 항체-약물 접합체 후보물질의 기술이전 계약을 맺었다고 1일 공시했습니다.",
    "계약에 따라 다온파마는 선급금 5천만 달러를 받고, 개발과 허가 단계에 따라 최대 12억 달러의 마일스톤을 받게 됩니다.",
    "노스브리지는 한국과 중국, 일본을 뺀 전 세계에서 후보물질을 개발하고 판매할 권리를 갖습니다.",
    "후보물질은 다온파마가 자체 개발한 링커 플랫폼을 적용한 것으로, 현재 국내에서 임상 1상을 진행하고 있습니다.",
    "노스브리지는 2026년 하반기 미국에서 임상 1b/2상을 시작할 계획입니다.",
    "이번 계약 금액은 다온파마의 지난해 매출액의 약 4배에 해당하며, 선급금은 4분기 실적에 반영될 예정입니다.",
)


def test_a_korean_forward_looking_caution_ends_the_story() -> None:
    caution = (
        "이 페이지에는 회사의 향후 사업과 실적에 관한 전망이 포함되어 있으며, 실제 결과와 다를 수 있습니다."
    )
    page = "\n".join(
        (
            "DAON PHARMA",
            "투자정보",
            "HOME  >  투자정보  >  공시정보",
            "HER3 표적 ADC 기술이전 계약 체결",
            "공시일 2025-12-01 17:42:36  |  공시구분 수시공시",
            "",
            *(f"{paragraph}\n" for paragraph in _FILING),
            "※ 본 요약은 투자자의 이해를 돕기 위해 작성되었으며, 정확한 내용은 공시 원문을 기준으로 합니다.",
            "※ 마일스톤 수령 여부와 시기는 임상 결과와 허가 일정 등에 따라 달라질 수 있습니다.",
            "",
            "미래예측정보에 관한 안내",
            "",
            caution,
            "",
            "목록",
            "COPYRIGHT \u00a9 DAON PHARMACEUTICAL CO., LTD. ALL RIGHTS RESERVED.",
        )
    )
    reading = inspect(page)
    assert reading.body[-1] == _FILING[-1]
    assert caution not in reading.body


def test_a_boards_writer_and_date_between_bars_are_a_stamp() -> None:
    page = _ko_release(
        "대한임상의학협의회",
        "성명서·보도자료",
        "비급여 진료비 가격 통제 정책 즉각 철회하라",
        "작성자 : 관리자 | 등록일 : 2025-12-03 16:40 | 조회 : 3,412",
    )
    published = inspect(page).fields.published
    assert published == dt.datetime(2025, 12, 3, 16, 40, tzinfo=SEOUL)


def test_a_headline_with_a_quoted_name_printed_again_in_the_most_read_is_no_sites_name() -> None:
    headline = "라온바이오, 비만 치료제 'RC-2201' 美 임상 1상 승인"
    page = "\n".join(
        (
            "메뉴",
            "셀라뉴스",
            "바이오",
            "제약",
            headline,
            "내년 1분기 첫 투약… '근육은 지키고 지방만 줄인다' 차별점 내세워",
            "기자명 표하준 기자",
            "입력 2025.11.25 15:42",
            "",
            "라온바이오가 개발 중인 비만 치료 후보물질 'RC-2201'이 미국에서 첫 임상시험에 들어간다.\n",
            "라온바이오는 미국 식품의약국으로부터 RC-2201의 임상 1상 시험계획을 승인받았다고 25일 밝혔다. "
            "회사는 내년 1분기 첫 환자 투약을 시작한다.\n",
            "RC-2201은 식욕을 조절하는 수용체와 근육 성장을 억제하는 경로를 함께 겨냥하는 펩타이드다. "
            "체중을 줄이는 과정에서 근육은 지키고 지방만 줄이는 것이 차별점이다.\n",
            "라온바이오는 2026년 하반기 1상 중간 결과를 확보한 뒤 기술이전 논의에 나설 방침이다.\n",
            "표하준 기자 hajun@sella.example",
            "저작권자 \u00a9 셀라뉴스 무단전재 및 재배포 금지",
            "많이 본 기사",
            "1",
            "송도 바이오 클러스터 증설 경쟁",
            "2",
            headline,
        )
    )
    assert inspect(page).headline == headline
