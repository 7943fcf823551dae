"""The raw reader on a shipping, ports, logistics and trade editor's week in English and
an autos, shipbuilding and manufacturing editor's week in Korean, from the first halves of
the blind batches h45a and h45b (files 01-08 read; 09-15 stay blind) (issue 20, stop 53).
Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

_TITLE = "Port of Westhaven handles record 4.1 million boxes in November"

# --- a port authority's release on a government's site ----------------------------------------


def _port_release(*tail: str) -> str:
    return _story(
        "Skip to main content",
        "A Westland Government Agency Website",
        "How to identify",
        "Official government websites in this network end with .gov.example",
        "Secure pages use HTTPS: look for a lock or https:// before you share sensitive information.",
        "Maritime and Port Authority of Westland",
        "Media Releases",
        _TITLE,
        "Published on 03 Dec 2025",
        lede=f"The Port of Westhaven handled a record 4.1 million boxes in November. {STORY[0]}",
        tail=tail,
    )


def test_another_governments_banner_is_chrome_and_the_story_follows_it() -> None:
    page = _port_release("\u00a9 2025, Government of Westland")
    reading = inspect(page)
    assert reading.headline == _TITLE
    assert reading.body[0].startswith("The Port of Westhaven") and reading.body[-1] == LAST
    found = verdicts(page)
    for banner in ("A Westland Government Agency Website", "How to identify"):
        assert found[banner][0] == "chrome"


def test_the_body_a_release_says_issued_it_is_the_outlet_over_the_governments_copyright() -> None:
    page = _port_release(
        "Issued by: Maritime and Port Authority of Westland",
        "",
        "About the Maritime and Port Authority of Westland (MPAW)",
        "MPAW oversees the port waters of Westland and regulates its marine services.",
        "",
        "\u00a9 2025, Government of Westland",
    )
    reading = inspect(page)
    assert reading.fields.outlet == "Maritime and Port Authority of Westland"
    assert reading.body[-1] == LAST


def test_a_related_links_heading_ends_the_story() -> None:
    page = _port_release("Related Links", "Port Statistics", "Westhaven Port development")
    assert inspect(page).body[-1] == LAST
    assert verdicts(page)["Related Links"][0] == "chrome"


# --- a shipping line's advisory: a letter to its customers -----------------------------------


def test_a_letters_salutation_is_not_joined_to_the_title_and_its_closing_formula_is_no_story() -> None:
    title = "Industrial action at San Antonio and Valparaiso - contingency for December sailings"
    wrapped = (
        "We would like to inform you that port workers' unions at San Antonio and Valparaiso, Chile,",
        "began an indefinite strike at 07:00 local time on Saturday, 29 November, after talks with the",
        "terminal operators and the port companies on pension contributions and shift allowances broke",
        "down.",
        "",
        "Since the start of the action, gate operations at both ports have been limited to reefer cargo",
        "under existing appointments, and vessel operations at the container terminals have stopped.",
        "",
        "The Chilean authorities have called the parties to a mediation meeting in Santiago on",
        "Wednesday, 3 December. A further update on the contingency plan will follow after the talks.",
        "",
        "Export bookings from San Antonio for the affected voyages will be rolled to the next available",
        "sailing. Customers with cargo on the affected voyages will be contacted by their local office.",
        "",
        "We will keep you informed of developments through further advisories and through the service",
        "updates on our website, and we will review the contingency plan for each voyage as needed.",
        "",
        "We apologise for any inconvenience this may cause and thank you for your understanding.",
        "",
        "Kind regards,",
        "Nordvale Container Line",
    )
    page = "\n".join(
        (
            "NORDVALE CONTAINER LINE",
            "Customer Advisory",
            "Date: 1 December 2025",
            title,
            "Dear Valued Customer,",
            *wrapped,
        )
    )
    reading = inspect(page)
    assert reading.headline == title
    assert reading.body[0].startswith("We would like to inform you")
    assert reading.body[-1].startswith("We will keep you informed of developments")


# --- a trade daily, a forwarder's update, a customs notice, a tracking blog ------------------


def test_the_writers_contact_line_over_a_newsletter_box_is_not_the_last_paragraph() -> None:
    page = _story(
        "Lading Weekly",
        _TITLE,
        "By Gareth Lindvall",
        "Nov 26, 2025, 5:31 PM EST",
        tail=(
            "Contact Gareth Lindvall at gareth.lindvall@lading.example and follow him on X: @glindvall.",
            "",
            "Get Lading Weekly's morning briefing",
            "The maritime, trade and logistics news you need, delivered before the markets open.",
            "Email address",
            "Sign up",
        ),
    )
    assert inspect(page).body[-1] == LAST


def test_a_market_updates_small_print_and_its_schedule_are_not_the_story() -> None:
    page = _story(
        "tallybrook.example",
        "Freight Market Update: Carriers blank more sailings as Colombo delays lengthen",
        "Anjali Weerasena",
        "8-10 minutes",
        tail=(
            "Tallybrook's Freight Market Update is published every Monday. Subscribe to receive it by email.",
            "",
            "The information in this update is based on market intelligence available to Tallybrook "
            "Forwarding at the time of writing. It is provided for general information and does not "
            "constitute a rate offer. Contact your Tallybrook representative for quotations.",
        ),
    )
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert reading.fields.outlet == "Tallybrook Forwarding"


def test_the_pages_kind_under_its_section_is_no_headline() -> None:
    headline = "Sea cargo reports to be lodged 72 hours before arrival from 2 March 2026"
    page = _story(
        "Westland Customs Service",
        "Home",
        "Business",
        "Notices to industry",
        "Notice to industry",
        headline,
        "Published: 27 November 2025",
        lede=f"Customs is changing the deadline for lodging sea cargo reports for industry. {STORY[0]}",
        tail=(
            "If you have questions about this notice, email cargo.reporting@customs.example or call "
            "0800 000 412 (Monday to Friday, 8am to 5pm).",
        ),
    )
    reading = inspect(page)
    assert reading.headline == headline
    assert reading.body[-1] == LAST


def test_a_readers_time_under_comment_on_this_article_is_not_the_published_time() -> None:
    page = _story(
        "The Consignee",
        _TITLE,
        "By Hattie Fenwright",
        "28/11/2025",
        tail=(
            "Comment on this article",
            "Pieter V.",
            "28 November 2025 at 14:07",
            "We saw the same at our pharma lane last week, two consignments held overnight.",
            "Reply",
        ),
    )
    assert inspect(page).fields.published is None


def test_a_figures_source_between_a_data_storys_paragraphs_does_not_end_it() -> None:
    finding = (
        "Waiting times at the southern anchorage have remained short, averaging under ten hours, "
        "which suggests that the canal has spare capacity for the utilities' returning ships."
    )
    page = _story(
        "Wakefleet",
        _TITLE,
        "Omar Haddad",
        "December 1, 2025",
        tail=(
            "Figure 2: Container ship waiting times at the southern anchorage, daily average (hours)",
            "Source: Wakefleet port congestion data",
            "",
            finding,
            "",
            "About the author",
            "Omar Haddad is a senior analyst at Wakefleet, where he covers container shipping.",
        ),
    )
    assert inspect(page).body[-1] == finding


# --- a community's post is no board's record --------------------------------------------------


def test_a_communitys_post_with_its_votes_keeps_its_writer_a_poster() -> None:
    found = verdicts(
        _story(
            "자유게시판",
            "버스 노선 개편 기사 퍼왔습니다",
            "작성자: 버스타는곰 | 작성일: 2025-01-09 08:47 | 조회 1,204 | 추천 15",
        )
    )
    assert found["작성자: 버스타는곰 | 작성일: 2025-01-09 08:47 | 조회 1,204 | 추천 15"][0] == "forum"


# --- h45b: a carmaker's newsroom, customs, an association's PDF release, a reader view --------

_KO_LEDE = "태성자동차가 2025년 11월 국내외 시장에서 모두 37만 4,812대를 판매했다고 1일 밝혔다."
_KO_REST = (
    "하이브리드 차량이 내수 판매를 이끌었고 전기차 수출도 늘었다.",
    "회사는 12월 한 달간 전 차종 구매 고객에게 할인과 저금리 할부를 제공할 계획이다.",
)


def _ko_page(*top: str, lede: str = _KO_LEDE, tail: tuple[str, ...] = ()) -> str:
    return "\n".join((*top, "", *(f"{paragraph}\n" for paragraph in (lede, *_KO_REST)), *tail))


def test_a_companys_name_before_the_legal_form_glyph_is_the_outlet_over_its_latin_name() -> None:
    page = _ko_page(
        "본문 바로가기",
        "TAESEONG MOTOR",
        "보도자료",
        "11월 글로벌 판매 37만 4,812대",
        "2025.12.01",
        tail=(
            "서울특별시 서초구 바우뫼로 201 태성자동차㈜",
            "\u00a9 TAESEONG MOTOR COMPANY. All Rights Reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "태성자동차"


def test_a_bodys_korean_and_english_names_on_one_line_give_the_korean_one() -> None:
    page = _ko_page(
        "본문 바로가기 메뉴 바로가기",
        "관세국  Westland Customs Service",
        "알림·소식",
        "보도자료",
        "11월 수출 7.1% 증가",
        "등록일 2025-12-01",
        lede=f"관세국은 {_KO_LEDE}",
        tail=("목록", "Copyright(C) Westland Customs Service. All Rights Reserved."),
    )
    assert inspect(page).fields.outlet == "관세국"


def test_a_pdf_releases_logo_sub_titles_and_table_source_are_read_as_such() -> None:
    page = "\n".join(
        (
            "보 도 자 료",
            "KIMO 한국수입차모빌리티협회",
            "배포일시\t2025. 12. 3.(수)",
            "11월 수입 승용차 2만 8,914대 신규 등록",
            "- 전년 동월 대비 12.4% 증가, 1~11월 누적 27만 3,410대",
            "- 전기차 9,627대로 비중 33.3%…친환경차 78% 넘어",
            "한국수입차모빌리티협회(KIMO, 회장 서태준)는 2025년 11월 수입",
            "승용차 신규 등록 대수가 2만 8,914대로 전년 동월보다 12.4%",
            "증가했다고 3일 밝혔다. 전월과 비교해도 9.9% 늘어난",
            "수치다.",
            "올해 1월부터 11월까지 누적 등록 대수는 27만 3,410대로",
            "지난해 같은 기간보다 8.1% 많았다. 협회는 이 추세라면 연간",
            "등록 대수가 처음으로 30만 대를 넘어설 것으로 내다봤다.",
            "브랜드별로는 하르트만이 7,412대로 가장 많았고",
            "볼렌과 레오니, 노르트, 세라빈이 뒤를 이었다. 상위 5개",
            "브랜드의 점유율은 71.4%로 전월보다 1.2%포인트 낮아졌다.",
            "자료: 한국수입차모빌리티협회(KIMO), 자동차 등록 자료 기준",
            "모델별로는 하르트만의 중형 하이브리드 세단이 2,013대로",
            "1위에 올랐고, 볼렌의 전기 SUV가 2위를 차지했다.",
        )
    )
    reading = inspect(page)
    assert reading.fields.outlet == "한국수입차모빌리티협회"
    assert reading.body[0].startswith("한국수입차모빌리티협회(KIMO")
    assert reading.body[-1].startswith("모델별로는")


def test_a_releases_embargo_time_with_the_medias_own_time_is_the_published_time() -> None:
    page = _ko_page(
        "산업연구소", "보도자료", "2026년 산업 전망", "보도시점 2025. 11. 25.(화) 11:00 (온라인 11:00)"
    )
    published = inspect(page).fields.published
    assert published is not None and (published.day, published.hour) == (25, 11)


def test_a_korean_bodys_name_in_the_header_is_the_outlet_over_a_reader_views_host() -> None:
    page = _ko_page(
        "www.kiot.example",
        '2026년 경제·산업 전망 "수출 증가율 0.7%로 둔화"',
        "6~8분",
        "보도자료",
        "산업정책연구원",
        "등록일 : 2025.11.24",
        lede=f"산업정책연구원은 25일 발표한 보고서에서 내년 수출이 0.7% 늘 것으로 내다봤다. {_KO_LEDE}",
    )
    assert inspect(page).fields.outlet == "산업정책연구원"
