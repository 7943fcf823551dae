"""The raw reader on a space, astronomy, physics and earth-science editor's week in English
and a retail, food-service and consumer-goods editor's week in Korean, from the first
halves of the blind batches h50a and h50b (files 01-08 read; 09-15 stay blind) (issue 20,
stop 55). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


def test_a_name_and_a_scientists_post_under_the_stamp_is_the_byline() -> None:
    page = _story(
        "QuakeWatch",
        "Earthquake",
        "Volcano",
        "News",
        _TITLE,
        "Posted 3 Dec 2025, 4:12 pm NZDT",
        "Aroha Tane, Duty Seismologist",
    )
    assert inspect(page).fields.authors == ("Aroha Tane",)


def _release_service_page(*tail: str) -> str:
    return _story(
        "ReleaseHub",
        "News Releases",
        "Multimedia",
        _TITLE,
        "Peer-Reviewed Publication",
        "MARLOW UNIVERSITY",
        "2-Dec-2025 10:00 AM ET",
        tail=(
            *tail,
            "Media Contact",
            "Dana Whitlow",
            "Marlow University",
            "ReleaseHub is a service of the Council for Research News.",
            "Copyright \u00a9 2025 by the Council for Research News.",
        ),
    )


def test_a_release_services_issuer_over_the_stamp_is_the_outlet_and_its_kind_no_writer() -> None:
    reading = inspect(_release_service_page())
    assert reading.fields.outlet == "Marlow University"
    assert reading.fields.authors == ()


def test_a_papers_record_under_the_story_ends_it() -> None:
    record = (
        "JOURNAL",
        "Journal of Coastal Energy",
        "DOI",
        "10.5555/jce.2025.0101",
        "METHOD OF RESEARCH",
        "Experimental study",
        "ARTICLE PUBLICATION DATE",
        "2-Dec-2025",
        "COI STATEMENT",
        "The authors declare no competing interests.",
        "",
    )
    page = _release_service_page(*record)
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert reading.fields.authors == ()
    assert verdicts(page)["The authors declare no competing interests."][0] == "footer"
    # Capitals over values only once or twice are the story's sub-heads.
    heads = ("WHAT THEY FOUND", STORY[1], "", "WHAT COMES NEXT", LAST)
    assert inspect("\n".join((_TITLE, "", STORY[0], "", *heads))).body[-1] == LAST


def test_a_copyright_credit_without_year_between_paragraphs_is_a_pictures_and_the_line_over_it_a_caption() -> (
    None
):
    caption = "Dr Ama Reyes examines a slice of the meteorite in the Museum's clean laboratory."
    credit = "\u00a9 The Trustees of the Harbour Science Museum"
    page = "\n".join(
        (
            "Harbour Science Museum",
            _TITLE,
            "By Priya Castell",
            "First published 3 December 2025",
            "",
            f"{STORY[0]}\n",
            f"{STORY[1]}\n",
            caption,
            credit,
            "",
            f"{STORY[2]}\n",
            f"{STORY[3]}\n",
            LAST,
            "",
            "\u00a9 The Trustees of the Harbour Science Museum, London",
        )
    )
    reading = inspect(page)
    assert caption not in reading.body
    assert reading.body[-1] == LAST
    assert verdicts(page)[credit][0] == "caption"


# --- h51a: a government's release, a listed builder, an appeals body, a portal, a PDF ------


def test_a_government_release_from_its_department_gives_the_headline_and_the_outlet() -> None:
    page = _story(
        "Government of Ireland",
        "Services",
        "News",
        "Department of Homes, Planning and Heritage",
        "Press releases",
        "",
        "Press release",
        _TITLE,
        "From: Department of Homes, Planning and Heritage",
        "Published on: 2 December 2025",
    )
    reading = inspect(page)
    assert reading.headline == _TITLE
    assert reading.fields.outlet == "Department of Homes, Planning and Heritage"


def test_a_listed_companys_name_over_its_announcements_title_is_no_headline() -> None:
    page = _story(
        "Harbour Homes plc",
        "Half-year trading update",
        "Released: 07:00 GMT 10 December 2025",
        lede="Harbour Homes plc today issues a trading update for the six months to 30 November 2025.",
    )
    assert inspect(page).headline == "Half-year trading update"


def test_a_menus_first_item_over_the_breadcrumbs_is_no_headline_and_a_table_row_no_byline() -> None:
    page = _story(
        "Appeals Directorate",
        "Appeals and applications",
        "Decisions",
        "Guidance",
        "You are here: Home > Decisions > Decision summaries",
        "",
        "Decision summary",
        "",
        _TITLE,
        "",
        "Case reference\tPPA-400-2291",
        "Appellant\tStrathbrock Land Ltd",
        "Reporter\tCatriona Elphick",
        "Procedure\tWritten submissions",
        "Date of decision\t4 December 2025",
    )
    reading = inspect(page)
    assert reading.headline == _TITLE
    assert reading.fields.authors == ()


def test_a_name_over_a_post_over_the_stamp_is_the_byline() -> None:
    page = _story(
        "Hearthside",
        _TITLE,
        "Nadia Kovac",
        "Chief of Research and Economics",
        "Published 5 December 2025, 6:00am AEDT",
    )
    assert inspect(page).fields.authors == ("Nadia Kovac",)


def test_a_title_a_viewer_broke_at_the_column_and_an_authors_block_with_e_mails() -> None:
    page = _story(
        "Calloway Pryce",
        "RESEARCH",
        "Offshore wind developer may reprice its power contract as",
        "regulators weigh the appeal",
        "Authors",
        "Harriet Okoye",
        "Head of UK Residential Research",
        "harriet.okoye@callowaypryce.example",
        "Samir Bhandal",
        "Associate Director, Residential Research",
        "samir.bhandal@callowaypryce.example",
    )
    reading = inspect(page)
    assert (
        reading.headline
        == "Offshore wind developer may reprice its power contract as regulators weigh the appeal"
    )
    assert reading.fields.authors == ("Harriet Okoye", "Samir Bhandal")


def test_a_menu_item_a_post_is_filed_in_is_not_the_outlet() -> None:
    page = _story(
        "Skip to content",
        "Eastside Renters Union",
        "Organizing tenants since 2017",
        "Home",
        "About",
        "Campaigns",
        "News",
        _TITLE,
        "December 8, 2025",
        "Posted in Statements, Campaigns",
    )
    assert inspect(page).fields.outlet == "Eastside Renters Union"


def test_a_sentence_over_a_photographers_name_in_parentheses_is_a_caption() -> None:
    caption = "The exposed ceilings were left unfinished to save on paint."
    page = "\n".join(
        (_TITLE, "", f"{STORY[0]}\n", f"{STORY[1]}\n", caption, "(Jun Okafor)", "", f"{STORY[2]}\n", LAST)
    )
    assert caption not in inspect(page).body


# --- h51b: a gas corporation's release, a federation's HWP release, a maker's IR board -----

_KO_STORY = (
    "가온가스공사는 3일 중동 국영 에너지기업과 2028년부터 10년간 LNG를 들여오는 장기 계약을 맺었다고 밝혔다.",
    "이번 계약 물량은 국내 연간 LNG 수요의 약 3.5%에 해당한다.",
    "계약 가격은 국제유가에 연동되며, 유가 연동 기울기는 11%대로 책정됐다.",
)


def _ko_page(*top: str, middle: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    first, *rest = _KO_STORY
    return "\n".join((*top, "", f"{first}\n", *middle, *(f"{line}\n" for line in rest), *tail))


def test_a_korean_sentence_saying_where_its_people_stand_is_a_caption() -> None:
    caption = "한지웅 가온가스공사 사장(오른쪽)이 3일 서울 중구 한 호텔에서 계약서에 서명한 뒤 악수하고 있다."
    page = _ko_page("가온가스공사", "가온가스공사, 중동서 LNG 10년 장기계약", middle=(f"{caption}\n",))
    assert inspect(page).body == list(_KO_STORY)


def test_a_releases_title_over_sub_titles_with_a_leading_dash_is_the_headline() -> None:
    title = "가온가스공사, 중동서 LNG 10년 장기계약…연간 수요 3.5% 확보"
    page = _ko_page(
        "에너지로 여는 내일, 함께 갑니다",
        "",
        "보 도 자 료",
        "보도 일시",
        "2025년 12월 4일(목) 14:00 이후",
        "",
        title,
        "- 2028년부터 10년간 도입…도착지 제한 없애",
        "- 유가 연동 기울기 11%대로 낮춰",
    )
    assert inspect(page).headline == title


def test_a_korean_companys_legal_name_before_its_form_names_the_latin_brand() -> None:
    page = _ko_page(
        "GAON GAS",
        "회사소개",
        "미디어센터",
        "가온가스공사, 중동서 LNG 10년 장기계약",
        "등록일\t2025-12-05",
        tail=(
            "",
            "가온가스 주식회사  서울특별시 중구 세종대로 000",
            "© GAON GAS Co., Ltd. All Rights Reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "가온가스"


# --- h52a and h52b: a recall notice, a guide's PDF release, an auction, a publisher's blog --


def test_a_footer_row_with_copyright_among_its_links_names_no_outlet() -> None:
    page = _story(
        "FoodSafe Harbour",
        _TITLE,
        "Published 3 December 2025",
        tail=(
            "Accessibility  Copyright  Disclaimer  Privacy  Freedom of information",
            "\u00a9 Harbour State 2025",
        ),
    )
    assert inspect(page).fields.outlet == "Harbour State"
    assert (
        verdicts(page)["Accessibility  Copyright  Disclaimer  Privacy  Freedom of information"][0] != "outlet"
    )


def test_a_korean_note_that_the_site_is_under_copyright_names_no_outlet() -> None:
    page = _ko_page(
        "국가유산청",
        "가온가스공사, 중동서 LNG 10년 장기계약",
        tail=("", "이 누리집의 모든 콘텐츠는 저작권법의 보호를 받습니다."),
    )
    reading = inspect(page)
    assert reading.fields.outlet != "이 누리집의 모든 콘텐츠는 저작권법의 보호를 받습니다"
    assert verdicts(page)["이 누리집의 모든 콘텐츠는 저작권법의 보호를 받습니다."][0] == "chrome"


def test_a_release_copied_from_its_pdf_is_its_issuers_by_the_about_heading() -> None:
    lede = "The Larder Guide tonight awarded three stars to two restaurants in the region."
    page = "\n".join(
        (
            "PRESS RELEASE",
            "EMBARGOED UNTIL 2 December 2025",
            _TITLE,
            "",
            f"{lede}\n",
            f"{STORY[1]}\n",
            LAST,
            "",
            "ENDS",
            "",
            "About The Larder Guide",
            "The Larder Guide has recommended restaurants since 1962.",
        )
    )
    assert inspect(page).fields.outlet == "The Larder Guide"


def test_an_auctions_note_on_the_buyers_premium_is_no_paragraph() -> None:
    note = "Prices realised include buyer\u2019s premium. Estimates do not include buyer\u2019s premium."
    page = "\n".join(
        (_TITLE, "", f"{STORY[0]}\n", f"{STORY[1]}\n", f"{LAST}\n", note, "", "Press Office, Asia")
    )
    assert inspect(page).body[-1] == LAST


def test_a_publishers_blog_its_staff_writer_and_its_other_posts() -> None:
    page = _ko_page(
        "블로그",
        "봄날서재 출판사 공식 블로그",
        "봄날서재",
        "가온가스공사, 중동서 LNG 10년 장기계약 뒷이야기",
        "봄날서재",
        "2025. 12. 6. 14:20",
        "URL 복사  이웃추가",
        tail=(
            "",
            "글·사진 편집2팀 윤다은",
            "",
            "\u2018출간 소식\u2019 카테고리의 다른 글",
            "『작은 섬의 도서관』 3쇄 찍었습니다  2025. 11. 27.",
            "12월 독자 엽서 이벤트 당첨자 발표  2025. 11. 20.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.authors == ("윤다은",)
    assert reading.fields.outlet == "봄날서재"
    assert reading.body[-1] == _KO_STORY[-1]
