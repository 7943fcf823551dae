"""The raw reader on a health and a local-news editor's week, from the first halves of the
blind batches h36a and h36b (files 01-08; their second halves stay blind) (issue 20, stop
50). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"
_KO_STORY = (
    "서울시가 올겨울 한파에 대비해 동행 한파쉼터 500곳을 운영한다고 3일 밝혔다.",
    "쉼터는 주민센터와 복지관, 경로당 등에 마련되며 오전 9시부터 오후 6시까지 문을 연다.",
    "시는 이와 별도로 저소득 가구 1만8천 곳에 전기요와 내복 등 방한용품을 전달한다.",
)


def test_a_journals_tabs_then_the_writer_over_the_journals_short_name() -> None:
    page = _story(
        "News",
        _HEADLINE,
        "TMR 2025; 391 doi: https://doi.org/10.99999/tmr.r2514 (Published 02 December 2025)",
        "Cite this as: TMR 2025;391:r2514",
        "Article",
        "Related content",
        "Metrics",
        "Responses",
        "Helena Marsh",
        "TMR",
        tail=("\u00a9 2025 Thamesview Medical Review",),
    )
    assert inspect(page).fields.authors == ("Helena Marsh",)


def test_a_pdf_releases_headline_over_its_wrapped_dateline() -> None:
    # (a PDF's text copied out of a viewer: lines hard-wrapped at a fixed width)
    body = (
        "PETERBOROUGH, ON \u2013 Kawartha Lakes Public Health (KLPH) has confirmed a case of measles in an\n"
        "adult resident of the City of Peterborough. The individual had not been vaccinated and had\n"
        "recently travelled outside the country, and is now recovering at home in isolation.\n"
        "KLPH is contacting known close contacts directly, including household members and people who\n"
        "were seated near the individual on a regional bus route earlier in the week, to offer advice.\n"
        "People who were exposed and were born in 1970 or later should check that they have had two\n"
        "doses of a measles-containing vaccine, and call the health unit if they are not sure of it.\n"
        "Symptoms usually begin seven to 21 days after exposure and include fever, cough, runny nose\n"
        "and red, watery eyes, followed a few days later by a rash that starts on the face and spreads.\n"
        "Free vaccine clinics for children and adults will run at the health unit's office on Tuesday\n"
        "and Thursday afternoons throughout December, and no appointment is needed for either of them.\n"
    )
    page = (
        "Kawartha Lakes Public Health\nMEDIA RELEASE\nFOR IMMEDIATE RELEASE\nDecember 3, 2025\n"
        "Measles case confirmed in Peterborough; public exposure sites identified\n" + body
    )
    reading = inspect(page)
    assert reading.headline == "Measles case confirmed in Peterborough; public exposure sites identified"
    assert reading.fields.dateline == "PETERBOROUGH, ON"


def test_a_drug_makers_pointer_to_the_label_is_no_last_sentence() -> None:
    # (this short page read right before the rule too, the pointer taken for a prompt after
    # the story; it guards the bench's release, h36a-04, where it was the last sentence)
    pointer = (
        "Please see the full Prescribing Information and Medication Guide for LUMERA at veridan.example/pi."
    )
    about = (
        "Generalized myasthenia gravis is a chronic autoimmune disease in which antibodies disrupt nerves."
    )
    page = _story(
        _HEADLINE,
        "Dec. 1, 2025",
        tail=(pointer, "", "About Generalized Myasthenia Gravis", about, "", "About Veridan Therapeutics"),
    )
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert pointer not in reading.body


def test_a_service_named_after_the_agencys_initials_is_no_brand_of_its_own() -> None:
    page = _story(
        "Japanese",
        "Site Map",
        "Contact Us",
        "Japan Orbital Survey Agency",
        "About JOSA",
        "Projects",
        "Press Releases",
        _HEADLINE,
        "December 2, 2025",
        tail=(
            "Related links",
            "JOSA Planetary Data Archive",
            "",
            "Contact",
            "Public Affairs Department, Japan Orbital Survey Agency",
            "",
            "Copyright \u00a9 Japan Orbital Survey Agency. All rights reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "Japan Orbital Survey Agency"


def test_a_stations_segment_and_its_app_are_no_brand_of_its_own() -> None:
    page = _story(
        "MC9 Explains",
        _HEADLINE,
        "By Rafael Montes",
        "December 2, 2025",
        tail=(
            "Kayla Benn is a digital journalist who writes for missioncity9.example and the MC9 News app.",
            "",
            "Copyright 2025 by Mission City 9 - All rights reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "Mission City 9"


def test_an_explainer_box_defining_a_term_is_not_the_story() -> None:
    box = (
        "What is a preprint? A preprint is a version of a research paper that is shared publicly before "
        "independent experts have checked it through peer review."
    )
    reading = inspect(_story(_HEADLINE, "December 2, 2025", lede=f"{STORY[0]}\n\n{box}"))
    assert box not in reading.body
    assert reading.body[-1] == LAST


def _city_release(*tail: str, last: str = _KO_STORY[-1]) -> str:
    return "\n".join(
        (
            "본문 바로가기",
            "주메뉴 바로가기",
            "이 누리집은 서울특별시가 운영하는 공식 누리집입니다.",
            "누리집 확인방법",
            "서울특별시",
            "Seoul Metropolitan Government",
            "서울시, 올겨울 동행 한파쉼터 500곳 운영",
            "등록일 2025-12-03",
            "",
            *(f"{paragraph}\n" for paragraph in _KO_STORY[:-1]),
            last,
            "",
            *tail,
            "Copyright \u00a9 Seoul Metropolitan Government. All rights reserved.",
        )
    )


def test_the_governments_banner_and_its_button_over_the_citys_korean_name() -> None:
    assert inspect(_city_release()).fields.outlet == "서울특별시"


def test_a_korean_releases_attachments_end_it() -> None:
    reading = inspect(
        _city_release("붙임", "1. 동행 한파쉼터 운영 개요 1부.", "2. 자치구별 현황 1부. 끝.", "")
    )
    assert reading.body[-1] == _KO_STORY[-1]


def test_a_korean_storys_sentence_with_a_number_to_call_is_the_story() -> None:
    call = "제설함이 비었거나 눈이 쌓여 위험한 곳을 발견하면 구청 도로과 제설상황실(02-351-7740)이나 안전신고 채널로 알리면 된다."
    reading = inspect(_city_release("콘텐츠 만족도 조사", "", last=f"{_KO_STORY[-1]}\n\n{call}"))
    assert reading.body[-1] == call


def test_a_boards_title_field_is_the_headline() -> None:
    page = "\n".join(
        (
            "본문 바로가기",
            "서울경찰청",
            "시민과 함께, 안전한 서울",
            "홈 > 알림마당 > 보도자료",
            "보도자료",
            "제목 : 해외 콜센터 거점 사기 조직원 22명 검거",
            "작성자 : 형사기동대",
            "등록일 : 2025-12-01",
            "",
            "서울경찰청은 해외 콜센터를 거점으로 사기 범행을 벌인 조직원 22명을 검거했다고 1일 밝혔다.",
            "",
            "경찰은 이들이 지난해부터 피해자 140여 명에게서 모두 38억원을 가로챈 것으로 보고 있다.",
        )
    )
    assert inspect(page).headline == "해외 콜센터 거점 사기 조직원 22명 검거"


def test_an_appeals_box_between_its_heading_and_its_button() -> None:
    appeal = "광고 없이, 권력과 자본에 기대지 않고 현장을 기록합니다. 독자 여러분의 후원이 다음 현장 취재로 이어집니다."
    story = "\n\n".join(_KO_STORY)
    page = "\n".join(
        (
            "주간 다름",
            "창신동 쪽방촌의 네 번째 겨울",
            "2025.11.29 07:00",
            "",
            _KO_STORY[0],
            "",
            "\u25a0 주간 다름을 지켜주세요",
            appeal,
            "후원하기 \u203a",
            "",
            story,
        )
    )
    assert appeal not in inspect(page).body


# --- from the batches read before ---------------------------------------------------------


def test_three_writers_one_a_line_over_the_stamp() -> None:
    page = _story(
        "newsletter.quillmath.example",
        _HEADLINE,
        "Why the developer's second contract matters more than its first, and what it means for bills",
        "",
        "Marcus Hale",
        "Min-seo Kang",
        "Ishaan Rao",
        "Dec 09, 2025",
        "\u2219 Paid",
    )
    assert inspect(page).fields.authors == ("Marcus Hale", "Min-seo Kang", "Ishaan Rao")


def test_writers_each_over_their_company_title_under_the_stamp() -> None:
    page = _story(
        "Policy",
        _HEADLINE,
        "Mar 04, 2025 \u00b7 5 min read",
        "Ingrid Falkner",
        "VP, Trust and Compliance",
        "Tomasz Wierzbicki",
        "Director of Infrastructure, EMEA",
        "Share",
    )
    assert inspect(page).fields.authors == ("Ingrid Falkner", "Tomasz Wierzbicki")
