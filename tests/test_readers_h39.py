"""The raw reader on a farming and food editor's week, in English and in Korean, from the
first halves of the blind batches h39a and h39b (files 01-08 read; 09-15 stay blind)
(issue 20, stop 51). Every name, outlet and sentence here is made up; the shapes are the
sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"
_KO_STORY = (
    "농림축산식품부는 최근 2주 사이 가금농장에서 고병원성 조류인플루엔자가 잇따라 확인됨에 따라 특별 방역에 들어간다고 밝혔다.",
    "농식품부는 12월 한 달간 전국 산란계와 육용오리 농장을 대상으로 일제 정밀검사를 실시할 계획이다.",
    "농식품부 관계자는 가금농가는 축사 출입 전 손 소독 등 기본 방역수칙을 철저히 지켜 달라고 당부했다.",
)


def _ko_release(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join((*top, "", *(f"{paragraph}\n" for paragraph in _KO_STORY), *tail))


# --- h39b: ministries, a co-op, a weather agency -------------------------------------------


def test_a_footers_policy_links_parted_by_spaces_name_no_copyright_holder() -> None:
    tail = (
        "목록",
        "개인정보처리방침  저작권정책  이메일무단수집거부  찾아오시는 길",
        "Copyright \u00a9 Ministry of Rural Affairs. All Rights Reserved.",
    )
    page = _ko_release("농촌부", "보도자료", "가금농장 일제 정밀검사", "등록일 2025-12-02", tail=tail)
    found = verdicts(page)
    assert found["개인정보처리방침  저작권정책  이메일무단수집거부  찾아오시는 길"][0] != "outlet"
    assert "저작권정책" not in inspect(page).fields.outlet


def test_a_releases_attachments_under_its_marker_end_it() -> None:
    page = _ko_release(
        "농촌부",
        "보도자료",
        "가금농장 일제 정밀검사",
        "등록일 2025-12-02",
        tail=("[붙임] 가금농장 차단방역 수칙 1부.",),
    )
    assert inspect(page).body[-1] == _KO_STORY[-1]


def test_a_pdf_releases_sub_title_between_dashes_is_not_joined_to_its_lede() -> None:
    lede = (
        "식품안전처는 경북 의성군 소재 식품제조가공업체 (주)들빛식품이",
        "제조·판매한 \u2018들빛 참고소 들기름\u2019 제품에서 벤조피렌이 기준치를 초과해",
        "검출됨에 따라 해당 제품을 판매 중단하고 회수 조치한다고 밝혔습니다.",
    )
    more = (
        "이번 조치는 식품안전처가 김장철을 앞두고 유통 중인 참기름·들기름 등 기름류",
        "제품을 수거해 검사한 결과, 해당 제품에서 벤조피렌이 기준(2.0㎍/㎏",
        "이하)보다 높은 4.8㎍/㎏ 검출된 데 따른 것입니다.",
        "벤조피렌은 원료인 들깨를 높은 온도에서 볶거나 기름을 짜는 과정에서 생길",
        "수 있는 물질로, 국제암연구소(IARC)가 인체 발암물질(1군)로 분류하고",
        "있습니다.",
    )
    page = "\n".join(
        (
            "건강한 먹거리, 안심하는 일상 \u2013 식품안전처",
            "보도자료",
            "2025. 11. 27.(목) 14:00",
            "들기름 제품서 벤조피렌 기준 초과 검출… 판매 중단·회수",
            "- 해당 제품 보관 소비자는 섭취 중단하고 구입처에 반품 당부 -",
            *lede,
            *more,
            *more,
        )
    )
    reading = inspect(page)
    assert reading.body[0] == " ".join(lede)
    assert " ".join(more[3:]) in reading.body  # (the line with 'IARC' in capitals is joined too)
    assert reading.fields.outlet == "식품안전처"


def test_a_boards_writer_field_naming_its_own_account_names_no_writer() -> None:
    page = _ko_release(
        "해솔농협",
        "농협소식",
        "제목\t절임배추 완판… 수매대금 전액 지급",
        "작성자\t관리자",
        "작성일\t2025-11-28",
    )
    assert inspect(page).fields.authors == ()


def test_a_member_co_ops_korean_masthead_under_its_groups_bar() -> None:
    page = _ko_release(
        "NH농협   농협중앙회   농협은행   하나로마트",
        "본문 바로가기",
        "NH 해솔농협",
        "조합원과 함께 땀 흘리는 우리 농협",
        "농협소식",
        "해솔농협, 절임배추 1만2천 상자 완판",
        "작성일 2025-11-28",
        tail=("COPYRIGHT(C) NH HAESOL NONGHYUP. ALL RIGHTS RESERVED.",),
    )
    assert inspect(page).fields.outlet == "해솔농협"


# --- h39a: a government bureau, a rural programme, a co-op's letter ------------------------


def _bureau_release() -> str:
    return _story(
        "Press Information Bureau",
        "Government of Eastland",
        "All Releases",
        "Ministry of Agriculture & Farmers Welfare",
        _HEADLINE,
        "Posted On: 01 DEC 2025 5:42PM by PIB Delhi",
    )


def test_a_bureaus_release_the_ministry_over_its_headline() -> None:
    reading = inspect(_bureau_release())
    assert reading.headline == _HEADLINE
    assert reading.fields.outlet == "Ministry of Agriculture & Farmers Welfare"
    assert reading.fields.authors == ()  # 'by PIB Delhi': the bureau's office, no writer


def test_a_name_beside_a_listed_storys_date_is_no_writer() -> None:
    tail = (
        "Related News",
        "Fall pulse survey: growers report record faba bean yields",
        "November 20, 2025",
        "Board of directors election results announced",
        "November 13, 2025",
        "Pulse Points",
        "Sign up for our monthly e-newsletter for market updates, research results and event news.",
    )
    page = _story("Prairie Pulse Commission", "News Releases", _HEADLINE, "November 27, 2025", tail=tail)
    assert inspect(page).fields.authors == ()


def test_a_programmes_presenter_is_no_writer_of_its_reporters_story() -> None:
    tail = ("Credits", "Presenter: Georgia Penrose", "Reporter: Tess Mulhall", "Producer: Liam Okoro")
    page = _story(
        "Austral Radio", "Country Midday", _HEADLINE, "Broadcast Tue 2 Dec 2025 at 12:20pm", tail=tail
    )
    assert inspect(page).fields.authors == ("Tess Mulhall",)


def test_a_transcripts_speaker_with_the_time_into_the_recording() -> None:
    page = _story(_HEADLINE, "Broadcast Tue 2 Dec 2025 at 12:20pm", "Show transcript", "Tess Mulhall  0:21")
    assert verdicts(page)["Tess Mulhall  0:21"] == (
        "transcript",
        "a transcript's speaker and the time into the recording",
    )


def test_a_co_ops_short_name_atop_over_its_registered_name() -> None:
    page = _story(
        "Milk Supplier Portal",
        "Store Locator",
        "Careers",
        "Suirbank Co-op",
        "Farmer owned since 1964",
        "News",
        _HEADLINE,
        "Posted 2 December 2025",
        lede="The Board of Suirbank Co-op has decided to hold the base price for milk supplied in November.",
        tail=("\u00a9 2025 Suirbank Co-operative Society Limited. All rights reserved.",),
    )
    assert inspect(page).fields.outlet == "Suirbank Co-op"


def test_a_newsletters_description_between_its_sign_up_prompts() -> None:
    box = "Sign up for the Farmstead Ledger Daily newsletter\nMarkets, weather and policy news every weekday morning.\nSubscribe"
    page = "\n".join((_HEADLINE, "By Dana Witte", "Dec 1, 2025", STORY[0], STORY[1], box, *STORY[2:], LAST))
    assert "Markets, weather and policy news every weekday morning." not in inspect(page).body


def test_a_shops_offer_between_the_paragraphs() -> None:
    offer = "Agri Stores Christmas Offers \u2013 10% off all animal health products until 24 December. Show your card."
    page = _story(_HEADLINE, "Posted 2 December 2025").replace(STORY[1], f"{offer}\n\n{STORY[1]}")
    assert offer not in inspect(page).body


def test_a_transcripts_last_turn_after_its_speaker_stays_the_story() -> None:
    turns = (
        "Tess Mulhall  1:41",
        STORY[2],
        "",
        "Bill Tindale  2:02",
        "We've been here before. It always rains eventually, you just have to still be standing when it does.",
        "Hide transcript",
        "Credits",
        "Reporter: Tess Mulhall",
    )
    page = _story(
        "Austral Radio",
        _HEADLINE,
        "Broadcast Tue 2 Dec 2025 at 12:20pm",
        "Show transcript",
        "Georgia Penrose  0:00",
        lede=STORY[0],
    )
    page = page.split(STORY[2])[0] + "\n".join(turns) + "\n"
    assert inspect(page).body[-1].startswith("We've been here before.")
