"""The raw reader on an AI, chips, cloud and software-industry editor's week in English and
a science, IT, telecoms and semiconductors editor's week in Korean, from the first halves
of the blind batches h47a and h47b (files 01-08 read; 09-15 stay blind) (issue 20, stop
54). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import datetime as dt

import pytest

from digest.content.readers.rawtext import bounds, zones
from digest.content.readers.rawtext.lines import LOGO_RULE
from digest.content.readers.rawtext.source import BODY, TEASER, Line
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import SEOUL, inspect, verdicts

_TITLE_EN = "Regulators let offshore wind developer reprice its power contract"

# --- h47a: a project's blog, a standards body, a status page, a conference, an aggregator ---


def test_a_tab_title_over_the_headline_gives_the_headline_and_the_site() -> None:
    page = _story(
        "Announcing Quill 2.4.0 | Quill Blog",
        "",
        "  * Quill Blog",
        "  * Quill Forum",
        "",
        "Announcing Quill 2.4.0",
        "",
        "Dec. 4, 2025 \u00b7 The Quill Release Team",
    )
    reading = inspect(page)
    assert reading.headline == "Announcing Quill 2.4.0"
    assert reading.fields.outlet == "Quill Blog"
    assert reading.fields.authors == ()
    assert verdicts(page)["Dec. 4, 2025 \u00b7 The Quill Release Team"][0] == "stamp"


def test_a_writer_after_the_date_and_a_dot_is_the_byline() -> None:
    page = _story("Harbor Dev Notes", "Why our build got faster", "Mar 4, 2025 \u00b7 Jane Okafor")
    assert inspect(page).fields.authors == ("Jane Okafor",)


def test_a_place_or_a_section_after_the_date_is_no_writer() -> None:
    for line in (
        "March 4, 2025 | New York",
        "March 4, 2025 \u00b7 Hong Kong",
        "March 4, 2025 | Opinion Columns",
    ):
        assert inspect(_story("Harbor Dev Notes", "Why our build got faster", line)).fields.authors == (), (
            line
        )


def test_a_print_page_after_a_korean_stamp_is_no_writer() -> None:
    page = _story("새벽경제", "반도체 수출 석 달째 늘어", "입력 2025.11.30 06:00 | 지면 A14")
    assert inspect(page).fields.authors == ()


def test_a_project_sites_footer_notes_are_small_print() -> None:
    for sentence in (
        "Quill is maintained by the Quill Project on a community basis.",
        "Quill and the Quill logo are trademarks of the Quill Foundation.",
        "Maintained by the Quill Team.",
        "See a typo?",
        "Send a fix here!",
        "You can rate this PIR and provide any feedback using our quick 3-question survey.",
        "Stay informed about service issues by creating custom alerts in Harbor Service Health.",
        "ISO/WSF 51002 can be purchased from the WSF Store or from WSF national members.",
    ):
        assert bounds.small_print(sentence), sentence
    for sentence in ("The road is maintained by the state.", "Tickets can be bought at the door."):
        assert not bounds.small_print(sentence), sentence


def test_a_short_call_between_link_labels_after_the_story_is_a_label_too() -> None:
    lines = [
        Line(1, STORY[0], STORY[0], verdict=BODY),
        Line(2, LAST, LAST, verdict=BODY),
        Line(3, "Quill Blog RSS feed", "  * Quill Blog RSS feed", verdict=TEASER),
        Line(4, "Get help!", "  * Get help!", verdict=BODY),
        Line(5, "Quill Documentation", "  * Quill Documentation", verdict=TEASER),
    ]
    body = [lines[0], lines[1], lines[3]]
    zones._link_among_links(lines, body)
    assert [line.text for line in body] == [STORY[0], LAST]
    assert lines[3].verdict == TEASER


def test_an_acronym_and_the_name_it_stands_for_is_the_masthead_not_the_headline() -> None:
    page = _story(
        "Skip to main content",
        "WSF - World Standards Federation",
        "Standards",
        "Store",
        "Regulators approve repriced offshore wind contract under new standard",
        "By Solène Marchetti on 1 December 2025",
        tail=(
            "ISO/WSF 51002 can be purchased from the WSF Store or from WSF national members.",
            "",
            "\u00a9 World Standards Federation 2025. All Rights Reserved.",
        ),
    )
    reading = inspect(page)
    assert reading.headline == "Regulators approve repriced offshore wind contract under new standard"
    assert reading.fields.outlet == "World Standards Federation"
    assert reading.body[-1] == LAST


def test_a_report_laid_out_under_questions_starts_at_its_first_answer() -> None:
    page = "\n".join(
        (
            "Harbor Cloud status history",
            "Post Incident Review (PIR) \u2013 Harbor Gate \u2013 Elevated errors in Europe",
            "What happened?",
            STORY[0],
            "What went wrong and why?",
            STORY[1],
            "How did we respond?",
            STORY[2],
            LAST,
            "How can we make our incident communications more useful?",
            "You can rate this PIR and provide any feedback using our quick 3-question survey.",
            "Stay informed about service issues by creating custom alerts in Harbor Service Health.",
        )
    )
    reading = inspect(page)
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST


def test_chairs_sharing_a_post_are_the_writers() -> None:
    page = _story(
        "CLS 2025",
        "CLS 2025 in numbers: record submissions and a tighter acceptance rate",
        "Posted: Wednesday, 26 November 2025, 09:30 PT",
        "Hannah Okoro, Mateo Lindahl and Yuki Tanabe, CLS 2025 Program Chairs",
    )
    assert inspect(page).fields.authors == ("Hannah Okoro", "Mateo Lindahl", "Yuki Tanabe")


def test_an_aggregators_title_with_the_host_names_the_outlet() -> None:
    page = _story(
        "Lantern News new | past | comments | ask | show | jobs | submit",
        "",
        "Tidewater cuts 1,900 jobs to fund offshore wind contracts (gridwire.example)",
        "412 points by quillfeather 5 hours ago | hide | past | favorite | 287 comments",
    )
    reading = inspect(page)
    assert reading.fields.outlet == "gridwire.example"
    assert reading.headline == "Tidewater cuts 1,900 jobs to fund offshore wind contracts"


# --- h47b: a research institute's release, a reader view, a company blog, an agency ---

_KO_STORY = (
    "한결연구원은 스마트폰 안에서 거대언어모델을 직접 돌릴 수 있는 저전력 반도체를 개발했다고 27일 밝혔다.",
    "연구진은 메모리 안에서 연산하는 구조를 적용해 전력 소모를 기존보다 70% 줄였다.",
    "연구원은 내년까지 가전 업체와 함께 시제품을 검증할 계획이다.",
)


def _ko_page(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join((*top, "", *(f"{paragraph}\n" for paragraph in _KO_STORY), *tail))


def test_a_releases_embargo_for_the_morning_papers_is_its_time() -> None:
    page = _ko_page(
        "보도자료",
        "한결연구원, 온디바이스 거대언어모델 돌리는 저전력 AI 반도체 개발",
        "보도시점 : 2025. 11. 27.(목) 06:00 (11. 27.(목) 조간)",
        "- 메모리 안에서 연산하는 구조로 전력 소모 70% 줄여 -",
    )
    reading = inspect(page)
    assert reading.fields.published == dt.datetime(2025, 11, 27, 6, 0, tzinfo=SEOUL)
    assert reading.headline == "한결연구원, 온디바이스 거대언어모델 돌리는 저전력 AI 반도체 개발"


def test_a_hosts_initials_go_by_the_korean_name_the_story_introduces_them_with() -> None:
    page = "\n".join(
        (
            "news.hbist.example",
            "가볍게 구부려도 성능 그대로…AI 칩용 초저전력 메모리 개발",
            "연구성과  |  2025.11.25  |  조회 842",
            "",
            "한결과학기술원(HBIST) 전기전자공학과 연구팀이 초저전력 메모리를 개발했다고 25일 밝혔다.",
            "",
            *(f"{paragraph}\n" for paragraph in _KO_STORY[1:]),
        )
    )
    assert inspect(page).fields.outlet == "한결과학기술원"


@pytest.mark.parametrize(
    ("top", "name", "bio"),
    [
        (
            (
                "누리플러스 기술블로그",
                "'누리-2' 서빙 비용을 40% 줄인 이야기",
                "서지호 ML플랫폼팀",
                "2025. 12. 2",
                "안녕하세요. 누리플러스 ML플랫폼팀 서지호입니다.",
            ),
            "서지호",
            "검색과 추천에 쓰이는 언어모델을 빠르고 싸게 서빙하는 일을 합니다.",
        ),
        # (h49b: a brand blog's writer with the firm and the post after a dot)
        (
            (
                "모아페이 블로그",
                "모아페이는 왜 해외결제 수수료를 0원으로 만들었을까",
                "글 정세린 · 모아페이 콘텐츠 매니저",
                "2025년 11월 27일",
            ),
            "정세린",
            "모아페이 콘텐츠 매니저. 어려운 금융 이야기를 쉬운 문장으로 바꾸는 일을 합니다.",
        ),
    ],
)
def test_a_company_blogs_writer_is_the_byline_and_the_box_under_the_name_no_story(
    top: tuple[str, ...], name: str, bio: str
) -> None:
    reading = inspect(_ko_page(*top, tail=("", name, bio)))
    assert reading.fields.authors == (name,)
    assert reading.body[-1] == _KO_STORY[-1]


def test_a_korean_name_and_its_english_one_a_space_apart_name_the_outlet() -> None:
    page = _ko_page(
        "우주항공청 Korea AeroSpace Administration",
        "알림·소식 > 보도자료",
        "누리호 4차 발사 성공…차세대중형위성 3호 정상 교신 확인",
        "작성자 : 우주수송부문  |  작성일 : 2025.11.27 09:40",
        tail=(
            "",
            "대표전화 055-856-1000",
            "Copyright © Korea AeroSpace Administration. All Rights Reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "우주항공청"


def test_a_word_and_its_particle_over_a_word_ending_like_a_team_is_no_writer() -> None:
    page = _ko_page(
        "새울신문 팩트체크",
        "정 의원 '반도체 예산 두 배' 발언, 사실일까",
        "절반의 사실",
        "글 새울신문 팩트체크팀 배서윤 기자",
        tail=("", "새울신문 팩트체크팀은 정 의원의 발언을 '절반의 사실'로 판정한다."),
    )
    assert "절반의" not in inspect(page).fields.authors


# --- h48a: a city's site, a county's notice, a councils' bulletin, a school district, a library ---


def test_a_footer_boxs_title_under_a_list_of_stamped_stories_is_no_writer() -> None:
    page = _story(
        "Eau Claire, WI",
        "News Flash",
        "Council adopts 2026 operating budget after late amendments",
        "Post Date:11/26/2025 8:15 AM",
        tail=(
            "Other News in City Council",
            "Council to hold budget public hearing November 25",
            "Posted on: November 19, 2025",
            "",
            "Quick Links",
            "Agendas & Minutes",
            "Pay a Utility Bill",
            "",
            "City of Eau Claire",
            "City Hall",
            "200 Main Street",
        ),
    )
    reading = inspect(page)
    assert reading.fields.authors == ()
    assert reading.fields.outlet == "City of Eau Claire"


def test_a_paragraph_under_a_pictures_placeholder_word_is_its_caption() -> None:
    caption = "Residents line up at the public comment microphone during the budget hearing."
    page = _story(
        "City News", _TITLE_EN, "Post Date:11/26/2025 8:15 AM", lede=f"{STORY[0]}\n\nImage\n{caption}"
    )
    reading = inspect(page)
    assert caption not in reading.body
    assert verdicts(page)[caption][0] == "caption"


def test_a_logos_alt_text_in_brackets_as_a_list_item_is_no_headline() -> None:
    page = _story(
        "Skip to main content",
        "  * [Larimer County logo]",
        "  * Departments",
        "Notice of Public Hearing: Proposed Short-Term Rental Licensing Rules",
        "Published on: 11/25/2025",
    )
    assert inspect(page).headline == "Notice of Public Hearing: Proposed Short-Term Rental Licensing Rules"
    assert verdicts(page)["* [Larimer County logo]"] == ("masthead", LOGO_RULE)


def test_a_notices_accessibility_note_and_an_offices_hours_are_not_the_story() -> None:
    page = _story(
        "Larimer County",
        "Notice of Public Hearing: Proposed Short-Term Rental Licensing Rules",
        "Published on: 11/25/2025",
        tail=(
            "Accommodations: Larimer County complies with the Americans with Disabilities Act. For "
            "assistance, call 970-555-0107 at least 48 hours before the hearing.",
            "",
            "Larimer County",
            "200 W. Oak Street, Fort Collins, CO 80521",
            "Hours: Monday-Friday, 8:00 a.m. - 4:30 p.m.",
        ),
    )
    assert inspect(page).body[-1] == LAST


def test_a_bulletins_next_item_listed_in_this_issue_ends_the_story() -> None:
    page = _story(
        "Local Matters | Issue 41 | Thursday 27 November 2025",
        "",
        "In this issue",
        "Regulator reprices offshore wind contract",
        "Rates rebate changes take effect 1 January",
        "",
        "Regulator reprices offshore wind contract",
        "",
        "Words by Ana Tuilagi, Principal Policy Advisor",
        tail=(
            "Back to top",
            "",
            "Rates rebate changes take effect 1 January",
            "The income threshold for the rates rebate scheme rises on 1 January. Read our guide for "
            "council customer service teams.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.authors == ("Ana Tuilagi",)
    assert reading.body[-1] == LAST


def test_a_name_and_post_beside_the_stamp_is_the_byline() -> None:
    page = _story(
        "District News",
        "School board votes to merge two elementary schools",
        "December 03, 2025",
        "Kendra Oyelaran, Communications Specialist",
        "Print",
    )
    assert inspect(page).fields.authors == ("Kendra Oyelaran",)


def test_captions_in_english_dress_between_paragraphs() -> None:
    scene = "A family reads together in the children's area at the Highlands branch."
    impression = "An artist's impression of the central square, looking north towards the parade."
    marked = "(Photo) Parents hold signs outside the district office before the board meeting."
    page = _story(
        "Library News",
        _TITLE_EN,
        "Posted November 28, 2025",
        lede=f"{STORY[0]}\n\n{scene}\n\n{STORY[1]}\n\n{impression}\n\n{marked}",
    )
    body = inspect(page).body
    assert not {scene, impression, marked} & set(body)
    assert STORY[1] in body


# --- h48b: a ministry's briefing board, a defence company's newsroom, a paper's stamps ---


def test_a_sites_welcome_is_chrome_and_a_board_title_with_its_day_the_headline() -> None:
    briefing = (
        "국방부는 오늘 정례브리핑에서 연합훈련 일정과 장병 복지 개선 방안을 설명했습니다.",
        "부대변인은 정례브리핑 말미에 다음 주 일정도 함께 안내했습니다.",
    )
    page = "\n".join(
        (
            "국방부",
            "국방부 누리집에 오신 것을 환영합니다",
            "보도자료",
            "정례브리핑",
            "국방부 정례브리핑(2025. 12. 2.)",
            "작성자\t대변인실",
            "등록일\t2025-12-02",
            "",
            *(f"{paragraph}\n" for paragraph in briefing),
            "본 누리집에 게시된 보도자료는 출처를 밝히고 자유롭게 이용할 수 있습니다.",
        )
    )
    reading = inspect(page)
    assert reading.headline == "국방부 정례브리핑(2025. 12. 2.)"
    assert verdicts(page)["국방부 누리집에 오신 것을 환영합니다"][0] == "chrome"
    assert reading.body[-1] == briefing[-1]


def test_a_korean_newsrooms_latin_name_spells_the_name_its_release_opens_with() -> None:
    page = "\n".join(
        (
            "HANSEO AEROSPACE",
            "NEWSROOM",
            "한서에어로스페이스, 루마니아와 자주포 2차 실행계약",
            "2025.12.02",
            "",
            "한서에어로스페이스가 루마니아 국방부와 자주포 36문을 공급하는 2차 실행계약을 체결했다고 3일 밝혔다.",
            "",
            "서명식은 2일 루마니아 부쿠레슈티 국방부 청사에서 열렸으며 양측 관계자들이 참석했다.",
            "",
            "한서에어로스페이스는 내년부터 현지 생산 비중을 단계적으로 높일 계획이다.",
            "",
            "© 2025 Hanseo Aerospace Co., Ltd. All rights reserved.",
        )
    )
    assert inspect(page).fields.outlet == "한서에어로스페이스"


def test_a_reporters_title_after_the_name_is_no_part_of_it_and_a_correction_is_an_update() -> None:
    page = _ko_page(
        "한반도브리핑",
        "정부, 대북 인도지원 재개 검토",
        "By 정태오 기자 - 2025년 12월 1일 오후 2:14",
        "발행 2025-11-30 21:05 | 고침 2025-12-01 08:40",
    )
    fields = inspect(page).fields
    assert fields.authors == ("정태오",)
    assert fields.updated == dt.datetime(2025, 12, 1, 8, 40, tzinfo=SEOUL)


# --- h49a: an NGO's field update, an aggregator's report page, an agency's briefing notes ---


def test_a_photographers_copyright_under_a_caption_is_no_end_of_the_page() -> None:
    caption = "A nurse measures a child's upper arm at the clinic in Kalobeyei settlement."
    page = _story(
        "Frontline Medical Relief",
        _TITLE_EN,
        "By Wanjiru Kamau, Communications Officer, Nairobi",
        "27 November 2025",
        "",
        caption,
        "\u00a9 Amos Lekuton/FMR",
    )
    reading = inspect(page)
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST


def test_an_aggregators_report_page_its_source_dateline_and_notes() -> None:
    lede = f"Cox's Bazar, 1 December 2025 \u2013 {STORY[0]}"
    page = _story(
        "CrisisBoard",
        _TITLE_EN,
        "Format",
        "News and Press Release",
        "Source",
        "Shapla Relief Network",
        "Posted",
        "1 Dec 2025",
        "Attachments",
        "Download Press Release (PDF | 412.6 KB)",
        lede=lede,
        tail=(
            "CrisisBoard is a service of the Humanitarian Information Exchange.",
            "The content on this page is published as received from the source organization. "
            "CrisisBoard does not edit or endorse it.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.outlet == "Shapla Relief Network"
    assert reading.fields.dateline == "Cox's Bazar, 1 December 2025"
    assert reading.body[-1] == LAST
    assert verdicts(page)["Download Press Release (PDF | 412.6 KB)"][0] == "contact"


def test_briefing_notes_preamble_and_the_host_spelled_out_by_the_story() -> None:
    page = "\n".join(
        (
            "irpa.example",
            _TITLE_EN,
            "4\u20135 minutes",
            "",
            "This is a summary of what was said by IRPA spokesperson Mireille Santacroce at today's "
            "press briefing at the Palais des Nations in Geneva.",
            "",
            f"{STORY[0]}\n",
            "The International Refugee Protection Agency is working with the authorities on the contract.\n",
            f"{LAST}",
        )
    )
    reading = inspect(page)
    assert reading.body[0] == STORY[0]
    assert reading.fields.outlet == "International Refugee Protection Agency"


# --- h49b: an insurer's release, a fintech's brand blog -----------------------------------


def test_the_line_under_a_releases_count_of_its_pictures_is_their_caption() -> None:
    caption = "한결화재 모델들이 새 간병보험 출시를 알리고 있다."
    page = _ko_page(
        "한결화재",
        "한결화재, 치매 간병까지 보장하는 간병보험 출시",
        "보도일시: 2025년 12월 2일(화) 14:00",
        tail=("첨부: 사진 1매", caption, "", "Copyright ⓒ HANGYEOL FIRE. All rights reserved."),
    )
    reading = inspect(page)
    assert reading.body[-1] == _KO_STORY[-1]
    assert verdicts(page)[caption][0] == "caption"
    # Without the count above it, the same line is the story's.
    assert inspect(page.replace("첨부: 사진 1매\n", "")).body[-1] == caption


def test_a_companys_legal_name_glued_to_its_form_is_not_its_teams_name() -> None:
    page = _ko_page(
        "본문 바로가기",
        "개인 기업 설계사 | 고객센터 | 로그인 | 회원가입",
        "한결화재",
        "자동차보험",
        "일반보험",
        "보험금청구",
        "홍보센터",
        "보도자료",
        "홈 > 회사소개 > 보도자료",
        "한결화재해상보험주식회사 커뮤니케이션팀",
        "한결화재, 치매 간병까지 보장하는 간병보험 출시",
        "보도일시: 2025년 12월 2일(화) 14:00",
        "담당: 커뮤니케이션팀 홍보파트 서지유 파트장(02-6050-3127)",
        tail=("", "Copyright ⓒ HANGYEOL FIRE & MARINE INSURANCE CO., LTD. All rights reserved."),
    ).replace(_KO_STORY[0], "한결화재는 " + _KO_STORY[0].split("은 ", 1)[1])
    assert inspect(page).fields.outlet == "한결화재"


def test_a_sentence_over_a_bracketed_photo_credit_above_the_lede_is_its_caption() -> None:
    caption = "서울의 한 휴대폰 판매점 앞을 시민들이 지나가고 있다."
    lede = (
        "알뜰폰 가입자가 1000만명을 앞두고 시장이 커지고 있다. 정부는 통신사 자회사의 점유율을 묶기로 했다."
    )
    top = ("새창경제", "알뜰폰 가입자 1000만 눈앞", "입력2025.09.15 06:01", "남궁율기자", "공유", "글자크기")
    page = "\n".join((*top, caption, "[이미지출처=새창경제 DB]", lede, "", _KO_STORY[1], "", _KO_STORY[2]))
    assert inspect(page).body[0] == lede
    assert verdicts(page)[caption][0] == "caption"
