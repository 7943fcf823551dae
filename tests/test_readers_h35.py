"""The raw reader on an energy and a markets editor's week, from the first halves of the
blind batches h35a and h35b (files 01-08; their second halves stay blind) (issue 20, stop
50). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


# --- writers -----------------------------------------------------------------------------


def test_a_wires_writer_alone_between_the_headline_and_the_stamp() -> None:
    page = _story(
        "Fjordline News",
        "Power | Nordic | Prices",
        _HEADLINE,
        "Ingrid Solvang",
        "02 Dec 2025 10:41 CET",
        "Share on LinkedIn",
        tail=("Ingrid Solvang", "ingrid.solvang@fjordline.example", "", "\u00a9 2025 Fjordline AS."),
    )
    assert inspect(page).fields.authors == ("Ingrid Solvang",)


def test_a_bodys_communications_unit_posting_its_release_is_no_writer() -> None:
    page = _story(
        "Home / Media Centre / Press Releases",
        _HEADLINE,
        "Posted on December 1, 2025 by EPRC Communications",
    )
    assert inspect(page).fields.authors == ()


def test_an_authors_block_each_name_over_its_role() -> None:
    page = _story(
        "Home \u203a Research \u203a Reports",
        "Report",
        _HEADLINE,
        "December 2, 2025",
        "Authors",
        "Celia Dumaran",
        "Energy Finance Analyst, Philippines",
        "Hartwig Vogt",
        "Lead Analyst, Asia Power Markets",
        "Download the full report (PDF, 3.4 MB)",
    )
    assert inspect(page).fields.authors == ("Celia Dumaran", "Hartwig Vogt")


def test_a_date_and_a_writer_in_capitals_in_one_bar() -> None:
    page = _story("MARKETS & POLICY", "CHILE", _HEADLINE, "DECEMBER 1, 2025 RAFAEL ORT\u00daZAR", "Share")
    reading = inspect(page)
    assert reading.fields.authors == ("Rafael Ort\u00fazar",)
    assert reading.body[0] == STORY[0]
    # (a print edition's page after a Korean stamp is no name in capitals)
    korean = _story(
        _HEADLINE, "\uc785\ub825 2026.01.14 06:00 | \uc9c0\uba74 A14", "\uc815\uc720\ub098 \uae30\uc790"
    )
    assert "\uc9c0\uba74 A14" not in inspect(korean).fields.authors


def test_a_research_pages_writer_field_glued_to_its_label() -> None:
    assert parse_byline("\uc791\uc131\uc790\ubb38\uc11c\ud604").authors == ("\ubb38\uc11c\ud604",)  # type: ignore[union-attr]
    assert parse_byline("\uc791\uc131\uc790 : \ubb38\uc11c\ud604 \uc5f0\uad6c\uc6d0").authors == (
        "\ubb38\uc11c\ud604",
    )  # type: ignore[union-attr]
    assert parse_byline("\uc791\uc131\uc790 \ub300\ubcc0\uc778\uc2e4") is None  # the spokesperson's office


# --- outlets -----------------------------------------------------------------------------


def test_a_company_newsroom_by_the_name_its_release_spells_its_initials_with() -> None:
    # a print preview of the utility's newsroom: the page title with the newsroom's name in
    # its initials, the company's name in the menu, the release spelling the initials out
    title = "LP&K proposes battery at retired coal site | LP&K Newsroom"
    page = _story(
        "12/3/25, 9:02 AM",
        title,
        "Skip to main content",
        "Lakeside Power & Kinetics",
        "Residential",
        "Business",
        "Outages",
        "Newsroom",
        "News Releases",
        "LP&K proposes battery at retired coal site",
        "December 3, 2025",
        "Crews remove the last conveyor sections at the former plant in October. (Photo: LP&K)",
        lede=f"DULUTH, Minn., Dec. 3, 2025 \u2013 Lakeside Power & Kinetics (LP&K) today asked regulators to "
        f"approve a battery. LP&K said it would cost $600 million. {STORY[0]}",
        tail=(
            title,
            "About Lakeside Power & Kinetics",
            "Lakeside Power & Kinetics provides electricity to about 154,000 customers.",
            "LP&K files 2026 rate request",
            "\u00a9 2025 Lakeside Power & Kinetics. All rights reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "Lakeside Power & Kinetics"


def test_a_brand_in_lower_case_over_its_publishers_partnership() -> None:
    page = _story(
        "Skip to content",
        "luminance magazine",
        "Photovoltaics Markets and Technology",
        _HEADLINE,
        "DECEMBER 1, 2025 RAFAEL ORT\u00daZAR",
        tail=("\u00a9 luminance Verlag GmbH & Co. KG 2025",),
    )
    assert inspect(page).fields.outlet == "luminance magazine"


def test_the_governments_banner_over_a_ministrys_korean_name() -> None:
    page = "\n".join(
        (
            "본문 바로가기",
            "대한민국 정부 공식 누리집임을 확인하세요",
            "기획재정부",
            "Ministry of Economy and Finance",
            "12월 국고채 10조 5천억원 발행",
            "등록일 2025-11-28",
            "",
            "기획재정부는 12월 국고채를 경쟁입찰 방식으로 10조 5천억원 발행할 계획이다.",
            "",
            "이는 11월 발행량보다 적은 규모로, 연말 자금 수요를 고려한 것이다.",
            "",
            "Copyright \u00a9 Ministry of Economy and Finance. All Rights Reserved.",
        )
    )
    assert inspect(page).fields.outlet == "기획재정부"


# --- headlines and datelines ---------------------------------------------------------------


def test_a_releases_kind_before_its_title_is_no_part_of_the_headline() -> None:
    page = _story(f"PRESS RELEASE: {_HEADLINE.upper()}", "Posted on December 1, 2025")
    assert inspect(page).headline == _HEADLINE.upper()


def test_a_releases_place_and_day_after_a_comma_before_its_colon() -> None:
    page = _story(_HEADLINE, lede=f"NAIROBI, Monday 1st December 2025: {STORY[0]}")
    reading = inspect(page)
    assert reading.fields.dateline == "NAIROBI, Monday 1st December 2025"
    assert reading.body[0] == STORY[0]


def test_an_attachments_file_is_no_headline() -> None:
    # a securities firm's report page: the board's fields glued to their labels, then the
    # report's file under '첨부파일', then the summary
    title = "4분기 눈높이는 낮추고, 내년 회복의 초입을 본다"
    attachment = "첨부파일 동진전자_20251125_가람투자증권.pdf (842KB)"
    page = "\n".join(
        (
            "본문 바로가기",
            "가람투자증권",
            "GARAM SECURITIES",
            "HOME > 리서치 > 기업분석",
            "기업분석",
            "종목명 또는 제목을 입력하세요",
            "동진전자(091480)",
            title,
            "작성일2025.11.25",
            "작성자문서현",
            "조회수1,284",
            "투자의견BUY(유지)",
            "목표주가38,000원(하향)",
            "현재주가(11/24)27,650원",
            attachment,
            "PDF 다운로드",
            "목록",
            "인쇄",
            "동진전자의 3분기 매출액은 2,184억원, 영업이익은 97억원으로 시장 기대치를 밑돌았다.",
            "",
            "영업이익 부진의 주된 원인은 베트남 2공장 라인 전환에 따른 일회성 비용 약 45억원이다.",
            "",
            "4분기 매출액은 2,010억원, 영업이익은 88억원으로 기존 추정치를 각각 7%, 15% 낮춘다.",
        )
    )
    reading = inspect(page)
    assert reading.headline == title
    assert reading.fields.authors == ("문서현",)


def test_the_headline_printed_again_in_a_list_of_the_most_read_stays_the_headline() -> None:
    headline = "\uae30\uc900\uae08\ub9ac \ub3d9\uacb0\uc5d0\ub3c4 \uc608\uae08\uae08\ub9ac 2%\ub300 \uc911\ubc18 \u2018\ub69d\u2019\u2026\ub300\ucd9c\uae08\ub9ac\ub294 \uc81c\uc790\ub9ac"
    page = _story(
        "\ub2e4\uc194\uae08\uc735\uc2e0\ubb38",
        "\uae08\uc735 > \uc740\ud589",
        headline,
        "5\ub300 \uc740\ud589 1\ub144 \ub9cc\uae30 \uc815\uae30\uc608\uae08 \ucd5c\uace0\uae08\ub9ac \ud3c9\uade0 2.58%",
        "\uae30\uc0ac\uc785\ub825 : 2025-11-28 14:05",
        "\uc815\ud558\ub9b0 \uae30\uc790",
        lede="\ud55c\uad6d\uc740\ud589\uc774 \uae30\uc900\uae08\ub9ac\ub97c \ub3d9\uacb0\ud55c \ub2e4\uc74c \ub0a0\uc5d0\ub3c4 \uc740\ud589\ub4e4\uc774 \uc608\uae08\uae08\ub9ac\ub97c \ub0b4\ub9ac\uace0 \uc788\ub2e4. "
        "\ub300\ucd9c\uae08\ub9ac\ub294 \uac70\uc758 \uc6c0\uc9c1\uc774\uc9c0 \uc54a\ub294\ub2e4. 5\ub300 \uc740\ud589\uc758 \uc608\uae08\uae08\ub9ac\ub294 \ud3c9\uade0 2.58%\ub85c \uc9d1\uacc4\ub410\ub2e4.",
        tail=(
            "\ub9ce\uc774 \ubcf8 \ub274\uc2a4",
            "1",
            "\ubcf4\ud5d8\uc0ac \uc9c0\uae09\uc5ec\ub825\ube44\uc728 \uc77c\uc81c\ud788 \ud558\ub77d",
            "2",
            headline,
        ),
    )
    assert inspect(page).headline == headline


# --- the story's edges -------------------------------------------------------------------


def test_a_reports_own_findings_are_the_story_not_a_note_on_it() -> None:
    finding = "This report examines 27 power contracts filed with the regulator. It finds that most ran at half capacity."
    page = _story(_HEADLINE, "December 2, 2025", lede=f"{STORY[0]}\n\n{finding}")
    assert finding in inspect(page).body


def test_a_research_pages_chart_and_source_between_its_findings() -> None:
    findings = (
        "The gap is paid by consumers. We estimate that fixed capacity payments to idle plants added "
        "PHP 21.6 billion to the generation charges of consumers in 2024, about PHP 0.31 a kilowatt-hour.",
        "Several of the contracts run well into the 2040s, and at least 3.1 GW of capacity is covered by "
        "agreements that expire after 2040, which makes falling renewable costs hard to use.",
    )
    page = "\n".join(
        (
            _HEADLINE,
            "December 2, 2025",
            STORY[0],
            STORY[1],
            "Figure 3: Average capacity factor of coal plants, 2019-2024",
            "Source: Energy Regulatory Commission filings; Windward Watch analysis",
            *findings,
            "Media contact",
            "Andrea Salvo, Communications Manager",
        )
    )
    assert inspect(page).body[-1] == findings[1]


def test_a_key_findings_box_closed_by_a_share_label_over_the_story() -> None:
    points = (
        "Coal plants under take-or-pay contracts ran at 54% of capacity in 2024.",
        "Fixed payments to idle plants cost consumers PHP 21.6 billion in 2024.",
        "At least 3.1 GW of coal capacity is locked into contracts beyond 2040.",
    )
    page = "\n".join(
        (_HEADLINE, "December 2, 2025", "Key Findings", *points, "Share this report", "Facebook")
    )
    page += "\nOverview\n" + "\n".join((*STORY, LAST)) + "\n"
    reading = inspect(page)
    assert reading.body[0] == STORY[0]
    assert not any(point in reading.body for point in points)


def test_a_facts_box_between_the_paragraphs() -> None:
    facts = (
        "Cement production accounts for about 8 per cent of global emissions.",
        "Refineries could produce more than 2 million tonnes of residue a year by 2030.",
        "Concrete with 30 per cent replacement matched standard mixes at 56 days.",
    )
    box = "Quick facts\n" + "\n".join(facts)
    page = _story(_HEADLINE, "2 December 2025", lede=f"{STORY[0]}\n\n{box}")
    reading = inspect(page)
    assert not any(fact in reading.body for fact in facts)
    assert reading.body[-1] == LAST


# --- captions over their credits (from the batches read before) ----------------------------


def test_a_scene_over_its_pictures_copyright_and_credit_is_a_caption() -> None:
    scene = "Fishermen unload their catch at the beach of Kayar, north of Dakar."
    page = _story(
        _HEADLINE,
        "Copyright \u00a9 tidewave",
        lede=f"{scene}\nCopyright \u00a9 tidewave\nMoussa Sarr/Orbis Press\n\n{STORY[0]}",
    )
    assert inspect(page).body[0] == STORY[0]


def test_a_scene_over_an_agency_alone_is_a_caption() -> None:
    # (this short page read right before the rule too, the scene taken for a deck; it guards
    # the bench's page, h18a-12, where the scene was the lede)
    scene = "Shoppers in the produce aisle of a regional supermarket in Dayton, Ohio."
    page = _story(
        _HEADLINE,
        "Dana Whitlow",
        "Contributor",
        "Nov 18, 2025, 09:14am EST",
        "",
        "Opinions expressed by Bellwether contributors are their own.",
        "",
        "![Shoppers walk down a produce aisle](https://images.bellwether.example/imageserve/5f0c.jpg)",
        lede=f"{scene}\n\ngetty\n\n{STORY[0]}",
    )
    assert inspect(page).body[0] == STORY[0]


def test_a_caption_printed_twice_in_a_row_is_no_lede() -> None:
    caption = (
        "Provincial officials hold up the signed agreements at the provincial office in Muan on Thursday."
    )
    page = _story(_HEADLINE, "Date : 2025-11-28 14:22:07", lede=f"{caption}\n{caption}\n{STORY[0]}")
    assert inspect(page).body[0] == STORY[0]
