"""The raw reader on an automotive editor's week and a personal-finance editor's week in
English, and a civil-society and a lifestyle editor's week in Korean, from the first halves
of the blind batches h57a, h57b, h58a and h58b (files 01-08 read; 09-15 stay blind) (issue
20, stop 57). Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_unseen import inspect, verdicts

_TITLE = "Regulators let offshore wind developer reprice its power contract"


def _notice(*tail: str) -> str:
    return "\n".join(
        (
            "Harbourline Credit Union",
            "Personal",
            "Business",
            "",
            _TITLE,
            "Posted March 2, 2026",
            "",
            "\n\n".join((*STORY, LAST)),
            "",
            *tail,
        )
    )


def test_a_public_pages_feedback_question_ends_its_content() -> None:
    commitment = (
        "We aim to give you accurate and consistent information so you can understand your rights and meet "
        "your obligations."
    )
    fair = (
        "If our information turns out to be wrong, or misleading, and you make a mistake as a result, we will "
        "take that into account when deciding what happens next."
    )
    text = _notice(
        "Related links",
        "Verify or report a scam",
        "Payday Super for employers",
        "Was this page helpful?",
        "Yes",
        "No",
        "Our commitment to you",
        commitment,
        fair,
        "About us",
    )
    assert inspect(text).body[-1] == LAST
    assert verdicts(text)[commitment][0] != "body"


def test_a_link_back_to_the_list_and_the_other_notices_end_the_post() -> None:
    legal = (
        "Eligible deposits are protected by the Credit Union Deposit Insurance Corporation of Nova Scotia."
    )
    text = _notice(
        "Back to all notices",
        "Other recent notices",
        "Updated rates on term deposits (February 17, 2026)",
        legal,
    )
    assert inspect(text).body[-1] == LAST
    assert verdicts(text)["Other recent notices"][0] == "chrome"
    assert verdicts(text)[legal][0] != "body"


def test_back_to_top_does_not_end_the_story() -> None:
    more = (
        "The developer also asked regulators to extend the contract's term by five years, which the "
        "department said it would consider in the spring."
    )
    text = "\n".join(("Harbor Wire", "", _TITLE, "Posted March 2, 2026", "", *STORY, "Back to top", more))
    assert inspect(text).body[-1] == more


def test_a_short_question_opening_a_contact_prompt_goes_with_it() -> None:
    prompt = "Have a question? Call our Member Contact Centre at 1-800-555-0148, or chat with us online."
    reading = inspect(_notice(prompt, "Back to all notices"))
    assert reading.body[-1] == LAST


def _printed(title_lines: tuple[str, ...], byline: str) -> str:
    return "\n".join(
        (
            "3/4/26, 9:18 AM Offshore wind developer may reprice its power. Utilities will pay more | Northmere Bank",
            "Personal Business Wealth Management",
            "Insights \u203a Money basics \u203a Taxes",
            *title_lines,
            byline,
            "March 4, 2026 \u00b7 6 min read",
            *STORY,
            LAST,
            "https://www.northmerebank.example/insights/money-basics/tax-refund-plan 1/3",
        )
    )


def test_a_print_header_joined_by_one_space_is_chrome_and_carries_the_broken_title_whole() -> None:
    text = _printed(
        ("Offshore wind developer may reprice its power. Utilities will", "pay more"),
        "Written by Dana Whitfield",
    )
    reading = inspect(text)
    assert reading.headline == "Offshore wind developer may reprice its power. Utilities will pay more"
    found = verdicts(text)
    assert found["https://www.northmerebank.example/insights/money-basics/tax-refund-plan 1/3"][0] == "chrome"
    assert reading.body[-1] == LAST


def test_a_credential_with_its_registered_mark_after_the_writers_name() -> None:
    reading = inspect(
        _printed(("Offshore wind developer may reprice its power",), "Written by Dana Whitfield, CFP\u00ae")
    )
    assert reading.fields.authors == ("Dana Whitfield",)


def test_a_blog_builders_card_of_name_and_letters_day_and_reading_time() -> None:
    bio = "Declan Farrow is a Qualified Financial Adviser and the founder of Fernhill Mortgages."
    text = "\n".join(
        (
            "Fernhill Mortgages",
            "All Posts",
            "Market Updates",
            "Declan Farrow QFA",
            "3 Mar",
            "5 min read",
            _TITLE,
            *STORY,
            LAST,
            bio,
            "Facebook",
            "Recent Posts",
            "See All",
        )
    )
    reading = inspect(text)
    assert reading.fields.authors == ("Declan Farrow",)
    assert reading.body[-1] == LAST


def _tax_article(bar: str) -> str:
    return "\n".join(
        (
            "TaxSetu",
            "Home",
            "Home \u00bb Articles \u00bb Income Tax",
            _TITLE,
            "CA Rohan Malhotra",
            bar,
            "Summary: The regulators' vote lets the developer charge a fifth more for its power. Utilities "
            "pay the difference, and their customers will see it on their bills from next year.",
            "Print This Article   Download PDF   Share on X",
            *STORY,
            LAST,
            "Disclaimer: The views expressed are the author's own and are for general information only.",
            "Author Bio",
            "Rohan Malhotra is a chartered accountant and partner at Malhotra Iyer & Co, Pune, advising "
            "salaried professionals on direct tax.",
            "More Under Income Tax",
        )
    )


def test_a_bar_with_the_time_apart_from_its_day_and_a_category_gives_the_instant() -> None:
    reading = inspect(_tax_article("Posted on 05 Mar 2026 | 11:20 IST | Income Tax | Reading Time: 6 mins"))
    assert reading.fields.published is not None
    assert reading.fields.published.isoformat() == "2026-03-05T11:20:00+05:30"
    assert reading.fields.authors == ("Rohan Malhotra",)


def test_a_labelled_summary_over_the_story_and_an_author_bio_under_it_are_not_the_story() -> None:
    reading = inspect(_tax_article("Posted on 05 Mar 2026 | 11:20 IST"))
    assert reading.body[0] == STORY[0]
    assert reading.body[-1] == LAST


_KO_RELEASE = (
    "해솔시 교육청은 겨울방학 동안 시내 초등학생 1,200명에게 돌봄교실을 열고, 맞벌이 가정과 한부모 가정의 "
    "아이를 먼저 받는다고 9일 밝혔다.",
    "돌봄교실은 시내 34개 학교에서 오전 8시부터 오후 6시까지 운영하며, 점심 급식과 오후 간식을 함께 "
    "제공하고 방학 숙제를 돕는 대학생 멘토도 교실마다 한 명씩 배치한다.",
    "교육청은 맞벌이 가정의 신청이 지난해보다 20% 늘어 교실 수를 여섯 곳 늘렸으며, 남는 자리는 추첨으로 "
    "정한다고 설명했다.",
    "신청은 오는 19일까지 각 학교 행정실에서 받으며, 결과는 23일 학교 누리집과 문자로 알린다.",
)


def _wrapped(paragraph: str, width: int = 36) -> str:
    """A mail client's hard wrap: a line breaks at the last space before the width."""
    rows, row = [], ""
    for word in paragraph.split():
        if row and len(row) + 1 + len(word) > width:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}" if row else word
    return "\n".join([*rows, row])


def _mailed_release() -> str:
    return "\n".join(
        (
            "제목: [보도자료] 해솔시 교육청, 겨울방학 돌봄교실 34곳 운영",
            "날짜: Tue, 9 Dec 2025 10:12:40 +0900",
            "보낸 사람: 해솔교육청 홍보실 <press@haesol-edu.example>",
            "받는 사람: desk@digest.example",
            "참조: press-list@haesol-edu.example",
            "",
            "기자님, 안녕하세요.",
            "해솔교육청 홍보실 주무관입니다.",
            "겨울방학 돌봄교실 관련 보도자료를 보내 드립니다.",
            "",
            "==============================",
            "",
            "경상남도 해솔교육청",
            "보 도 자 료",
            "보도일시 : 2025. 12. 9.(화) 11:00",
            "",
            "해솔시 교육청, 겨울방학 돌봄교실 34곳 운영",
            "",
            "\n\n".join(_wrapped(paragraph) for paragraph in _KO_RELEASE),
        )
    )


def test_a_mails_cover_note_over_a_rule_and_the_release_it_carries_is_not_the_story() -> None:
    reading = inspect(_mailed_release())
    assert reading.body[0] == _KO_RELEASE[0]
    assert reading.headline == "해솔시 교육청, 겨울방학 돌봄교실 34곳 운영"
    assert verdicts(_mailed_release())["받는 사람: desk@digest.example"][0] != "headline"


def test_a_press_office_sending_its_release_names_its_body_as_the_release_prints_it() -> None:
    assert inspect(_mailed_release()).fields.outlet == "경상남도 해솔교육청"


_RELEASE_PARAGRAPHS = (
    "JOHANNESBURG, 10 December 2025 \u2013 The Highveld Drivers' Union has called on provincial traffic "
    "departments to put more officers on the national roads over the festive season, after its members "
    "reported fewer visible patrols on both routes in the first week of the holidays.",
    "In a survey of 2,140 members carried out between 1 and 7 December, 61 per cent of those who had driven "
    "on a national road said they had not seen a single marked patrol car in more than 200 kilometres of "
    "driving, and only 12 per cent said they had passed a roadblock on the way.",
    '"Visible policing changes behaviour, and drivers slow down when they know officers are on the road, '
    "but they do not when they think nobody is watching,\" said the union's chief executive, Riaan Botha, "
    "at a briefing in Midrand on Wednesday morning.",
    "The union said the busiest periods were expected between 19 and 23 December and again from 2 January "
    "as families return home, with toll plazas on both routes likely to see the longest queues of the year.",
    "Its roadside teams will be on standby at 14 points along the routes from 15 December to 12 January, "
    "and members can call the union's help line for assistance at any time of the day or night.",
)


def _pdf_release() -> str:
    return "\n".join(
        (
            "HIGHVELD DRIVERS' UNION",
            "Union House, 14 Kyalami Boulevard",
            "Tel: 011 555 0300 | www.hdu.example",
            "",
            "MEDIA RELEASE",
            "For immediate release",
            "",
            "Union calls for more visible traffic policing on",
            "N1 and N3 over the festive season",
            "",
            "\n\n".join(_wrapped(paragraph, 102) for paragraph in _RELEASE_PARAGRAPHS),
            "",
            "ENDS",
        )
    )


def test_a_pdf_copy_wrapped_near_a_hundred_columns_is_joined_into_its_paragraphs() -> None:
    reading = inspect(_pdf_release())
    assert reading.fields.dateline == "JOHANNESBURG, 10 December 2025"
    assert reading.body[-1] == _RELEASE_PARAGRAPHS[-1]


def test_a_title_ending_on_a_small_word_goes_on_in_the_next_line_whatever_its_first_letter() -> None:
    assert (
        inspect(_pdf_release()).headline
        == "Union calls for more visible traffic policing on N1 and N3 over the festive season"
    )


def test_a_contact_bar_is_no_sites_name_and_the_masthead_in_capitals_is_the_outlet() -> None:
    assert inspect(_pdf_release()).fields.outlet == "Highveld Drivers' Union"


_KO_COLUMN = (
    "기온이 영하로 떨어지는 날이면 응급실에는 가슴 통증을 호소하는 환자가 눈에 띄게 늘어납니다. 새벽 운동이 특히 "
    "위험합니다.",
    "추위에 노출되면 우리 몸은 체온을 지키기 위해 혈관을 수축시킵니다. 혈관이 좁아지면 심장은 더 힘들게 일해야 "
    "합니다.",
    "겨울에 운동을 멈출 필요는 없습니다. 다만 해가 뜬 뒤로 시간을 옮기고, 실내에서 몸을 충분히 풀어 주십시오.",
)


def _column(byline: str, *tail: str) -> str:
    return "\n".join(
        ("건강칼럼", "", "한파 속 새벽 운동, 심장이 먼저 놀란다", byline, "", *_KO_COLUMN, "", *tail)
    )


def test_a_columns_writer_by_their_trade_after_the_word_for_writing_and_their_department() -> None:
    assert inspect(_column("글 순환기내과 이재원 교수")).fields.authors == ("이재원",)


def test_a_writer_by_a_trade_that_says_they_write() -> None:
    assert inspect(_column("박한솔 푸드칼럼니스트")).fields.authors == ("박한솔",)
    assert inspect(_column("문채린 여행 에세이스트")).fields.authors == ("문채린",)


def test_a_platforms_note_that_its_writers_hold_their_rights_names_no_outlet() -> None:
    reading = inspect(_column("by 문채린", "글마루에 게재된 모든 글의 저작권은 작가에게 있습니다."))
    assert reading.fields.outlet != "작가"


def test_a_card_storys_cards_are_the_story_and_its_note_on_the_text_is_not() -> None:
    note = "이미지가 보이지 않는 분들을 위해 카드 내용을 글로 제공합니다."
    cards = [
        "첫째, 보일러 온도는 20도 안팎으로 맞추세요. 설정 온도를 1도 낮추면 난방비를 7%가량 아낄 수 있습니다.",
        "둘째, 외출할 때 보일러를 끄지 마세요. 완전히 식은 집을 다시 데우는 데 더 많은 가스가 듭니다.",
        "셋째, 창문 틈부터 막으세요. 오래된 집은 창틀 틈으로 새는 열이 생각보다 많습니다.",
        "넷째, 바닥에 러그를 까세요. 바닥 냉기를 막으면 같은 온도에서도 훨씬 따뜻하게 느껴집니다.",
    ]
    lines = [
        "꿀팁상자",
        "카드뉴스 > 살림",
        "난방비 고지서가 무섭다면…오늘 바로 할 수 있는 4가지",
        "2025-12-09 11:00:00",
        note,
    ]
    for number, card in enumerate(cards, start=1):
        lines += ["", f"카드 {number}", card]
    text = "\n".join([*lines, "", "카드 5", "더 많은 생활 꿀팁은 꿀팁상자 채널에서 만나보세요"])
    reading = inspect(text)
    assert reading.body[0] == cards[0]
    assert reading.body[-1] == cards[-1]
    assert verdicts(text)[note][0] == "chrome"


def test_a_writer_by_their_post_before_their_team() -> None:
    assert inspect(_column("글 김나래 간사(나눔사업팀)")).fields.authors == ("김나래",)


def test_a_korean_writers_note_after_the_story_name_trade_and_what_they_do() -> None:
    bio = "박한솔 푸드칼럼니스트. 전국 산지를 다니며 제철 식재료와 밥상 이야기를 쓴다. 저서로 『바다가 차린 밥상』이 있다."
    reading = inspect(_column("박한솔 푸드칼럼니스트", bio))
    assert reading.body[-1] == _KO_COLUMN[-1]


def _forum_repost(byline: str) -> str:
    return "\n".join(
        (
            "Ridgeline EV Forum",
            "Forums",
            "What's new",
            "voltwrangler",
            "Dec 9, 2025",
            "#1",
            "Saw this in the local paper tonight. Posting the whole thing since the link will be paywalled soon.",
            "",
            _TITLE,
            byline,
            "Published Dec. 9, 2025 at 5:02 p.m. ET",
            "",
            "\n\n".join((*STORY, LAST)),
        )
    )


def test_a_reposted_storys_byline_names_its_paper_after_a_bar() -> None:
    assert (
        inspect(_forum_repost("By Anjali Brenner | Huron Valley Ledger")).fields.outlet
        == "Huron Valley Ledger"
    )


def test_a_staff_label_after_the_bar_is_no_paper() -> None:
    assert inspect(_forum_repost("By J.R. Santos | Tribune Staff")).fields.outlet != "Tribune Staff"


def _foundation_page(masthead: str, named: str) -> str:
    return "\n".join(
        (
            f"{masthead} 앱 설치하고 후원 내역을 한눈에 보세요 [열기]",
            "",
            masthead,
            "후원하기   소식   재단소개",
            "",
            "겨울 연탄 후원 38% 줄어…재단 긴급 모금 나서",
            "2025-12-16",
            "",
            f"{named} 온기연탄은행의 올겨울 연탄 후원이 지난해 같은 기간보다 38% 줄어든 것으로 나타났다.",
            "",
            "재단은 다음 달 말까지 연탄 10만 장을 더 모으기로 하고 긴급 모금에 나섰다고 밝혔다.",
            "",
            "후원은 재단 누리집과 앱, 지역 주민센터에서 할 수 있다.",
            "",
            f"사회복지법인 {named} | 대표이사 서문경",
            "ⓒ 2025 HAESOL WELFARE FOUNDATION",
        )
    )


def test_a_korean_masthead_under_an_apps_banner_named_again_wins_over_a_latin_copyright() -> None:
    assert inspect(_foundation_page("해솔복지재단", "해솔복지재단")).fields.outlet == "해솔복지재단"


def test_a_masthead_the_page_names_only_in_a_longer_form_is_not_named_again() -> None:
    assert inspect(_foundation_page("해솔복지", "해솔복지재단")).fields.outlet != "해솔복지"


def test_a_footnote_under_the_story_and_the_offer_whose_asterisk_it_answers_are_not_the_story() -> None:
    offer = "Earn 3.85% APY* on balances of $1,000 or more. Open online in about 10 minutes."
    footnote = "*Annual Percentage Yield (APY) is accurate as of 03/01/2026. Rates may change after opening."
    text = "\n".join(
        (
            "Northmere Bank",
            "Insights \u203a Money basics",
            _TITLE,
            "Written by Dana Whitfield",
            "March 4, 2026",
            *STORY,
            LAST,
            "Open a high-yield savings account",
            offer,
            "Open an account",
            "Related insights",
            "How to build an emergency fund on a tight budget",
            "Should you adjust your W-4 after a big refund?",
            footnote,
        )
    )
    reading = inspect(text)
    assert reading.body[-1] == LAST
    assert verdicts(text)["Related insights"][0] == "chrome"
