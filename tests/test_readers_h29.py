"""The raw reader on the shapes of this stop's batches (issue 20, stop 48). Every name,
outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

import pytest

from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

# --- a company's own pages: newsroom, exchange, mail ---------------------------------------

_RELEASE_LEDE = (
    "Harbor Power, Inc. (Nasdaq: HRBP), a developer of offshore wind farms, said on Tuesday that "
    "regulators allowed it to raise the price it charges for power by about a fifth."
)


def test_a_release_headline_opening_with_its_issuers_name_is_the_headline() -> None:
    headline = "Harbor Power and Delmont Grid win approval to raise offshore wind power price"
    page = _story(
        "Harbor Power",
        "Products",
        "Investors",
        "Newsroom / Press releases / 2025",
        "PRESS RELEASE",
        headline,
        "Mar 4, 2025 | 6:00 AM PT",
        "Share on LinkedIn",
        "Regulators allow the developer to raise the price it charges for power by about a fifth",
        lede=_RELEASE_LEDE,
        tail=("About Harbor Power", "", "\u00a9 2025 Harbor Power, Inc. All rights reserved."),
    )
    assert inspect(page).headline == headline


def _exchange_page(*tail: str) -> str:
    """A listed company's announcement on an exchange's platform: the exchange's masthead and
    copyright, the company's name in capitals over the stamp, its 'About' under the story."""
    lede = (
        "Tidewell Minerals Limited (TXE: TWM) said regulators allowed it to raise its power price by a fifth."
    )
    return _story(
        "Tidegate Exchange",
        "Markets",
        "Company announcements",
        "Tidewell Minerals agrees US$60 million prepayment for its spodumene",
        "Released 14 May 2025 9:32am AEST",
        "TIDEWELL MINERALS LIMITED",
        "14 May 2025",
        lede=lede,
        tail=(
            *tail,
            "About Tidewell Minerals",
            "",
            "(c) 2025 Tidegate Exchange Limited. All rights reserved.",
        ),
    )


def test_a_company_announcement_on_an_exchange_is_the_companys_and_nobody_wrote_it() -> None:
    reading = inspect(_exchange_page())
    assert reading.fields.outlet == "Tidewell Minerals"
    assert reading.fields.authors == ()


def test_a_listed_companys_release_note_ends_the_story() -> None:
    note = "This announcement has been authorised for release by the Board of Tidewell Minerals Limited."
    reading = inspect(_exchange_page(note, ""))
    assert reading.body[-1] == LAST
    assert note not in "\n".join(reading.body)


@pytest.mark.parametrize(
    "byline",
    ["By Marlow Keane LLP", "By KESTREL MINERALS LIMITED", "By Ferncliff Holdings Inc."],
)
def test_a_firm_by_its_legal_form_is_no_writer(byline: str) -> None:
    found = parse_byline(byline)
    assert found is None or found.authors == ()


def test_a_mails_subject_with_a_label_over_the_letters_own_title() -> None:
    title = "Westbrook's offshore wind law: what utilities must do before January 1"
    page = _story(
        "Inbox",
        "Sent Items",
        f"Client Alert | {title}",
        "Marlow Keane LLP <insights@marlowkeane.example>",
        "To:",
        "Rivera, Elena",
        "Tue 3/4/2025 9:12 AM",
        "Reply",
        "View this alert in your browser | Forward to a colleague",
        "MARLOW KEANE",
        "Client Alert",
        "March 4, 2025",
        title,
        "Authors: Jonah Feld and Sarah Osei",
        tail=("\u00a9 2025 Marlow Keane LLP. All rights reserved.",),
    )
    reading = inspect(page)
    assert reading.headline == title
    assert reading.fields.outlet == "Marlow Keane"  # not the sender's line with its address
    assert reading.fields.authors == ("Jonah Feld", "Sarah Osei")


# --- the story's end ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "I would like to thank Tobias Renn, Amira Desai and Olusegun Hart for their help in preparing these remarks.",
        "Please direct questions to the Office of Public Information at news@court.example or 555-014-2291.",
        'Halden clients can read more in "Forecast: Offshore Wind, Worldwide, 2024-2030."',
        'Learn how to plan offshore projects in the complimentary Halden webinar "Wind Without Regret."',
    ],
)
def test_a_closing_note_after_the_last_paragraph_is_not_the_story(note: str) -> None:
    page = _story(
        "Halden Research",
        "Newsroom",
        "Regulators let offshore wind developer reprice its power contract",
        "March 4, 2025",
    )
    # (glued to the last paragraph, as a page without its paragraphs' breaks prints it)
    reading = inspect(page.replace(LAST, f"{LAST} {note}"))
    assert reading.body == [*STORY, LAST]


# --- writers with their letters -----------------------------------------------------------


def test_a_writers_letters_after_the_name_are_neither_a_writer_nor_an_agency() -> None:
    found = parse_byline(
        "By Naomi Adeyemi, CFA, Chief Market Strategist, and Luis Cardenal, Senior Investment Strategist"
    )
    assert found is not None
    assert found.authors == ("Naomi Adeyemi", "Luis Cardenal")
    assert not found.outlet


def test_a_biography_with_the_writers_letters_after_the_story_is_not_the_story() -> None:
    bio = (
        "Naomi Adeyemi, CFA, is Chief Market Strategist at Greyfield Investments, where she leads "
        "the firm's market outlook."
    )
    page = _story(
        "Greyfield Investments",
        "Insights",
        "Regulators let offshore wind developer reprice its power contract",
        "March 7, 2025 | 4:30 PM ET",
        "By Naomi Adeyemi, CFA, Chief Market Strategist",
        tail=(bio,),
    )
    reading = inspect(page)
    assert reading.body == [*STORY, LAST]
    assert reading.fields.authors == ("Naomi Adeyemi",)


# --- captions over their credits, and a dateline alone --------------------------------------

_CAPTION = "A worker checks turbine blades at a port in Esbjerg, in this undated file photo."


def _captioned(*credit: str) -> str:
    """A page whose story opens with a picture's caption, the credit's lines under it."""
    return _story(
        "Harbor Daily",
        "Business",
        "Regulators let offshore wind developer reprice its power contract",
        "Nov. 14, 2025 | 03:12 pm JST",
        lede=f"{_CAPTION}\n" + "\n".join(credit) + f"\n\n{STORY[0]}",
    )


@pytest.mark.parametrize(
    "credit",
    ["Photo courtesy of the Esbjerg City Government", "Alpimage / Anne-Laure Vuilleumier"],
)
def test_a_caption_over_a_credit_lent_or_an_agencys_first(credit: str) -> None:
    reading = inspect(_captioned(credit))
    assert reading.body == [*STORY, LAST]


def test_a_dateline_in_capitals_on_its_own_line_above_the_lede() -> None:
    page = _story(
        "Harbor Daily",
        "Regulators let offshore wind developer reprice its power contract",
        "Nov. 14, 2025 | 03:12 pm JST",
        lede=f"{_CAPTION}\nImage: HARBOR WIRE\n\nTOKYO\n{STORY[0]}",
    )
    reading = inspect(page)
    assert reading.fields.dateline == "TOKYO"
    assert reading.body == [*STORY, LAST]


def test_a_label_in_capitals_above_the_lede_is_no_dateline() -> None:
    page = _story(
        "Harbor Daily",
        "Regulators let offshore wind developer reprice its power contract",
        "Nov. 14, 2025 | 03:12 pm JST",
        "READ IN APP",
    )
    assert inspect(page.replace("READ IN APP\n\n", "READ IN APP\n")).fields.dateline == ""


def test_a_review_sites_note_over_every_story_is_not_the_lede() -> None:
    note = (
        "Voltline has been testing and reviewing consumer tech since 2009. Our stories may include "
        "affiliate links; if you buy something through a link, we may earn a commission. Read more "
        "about how we evaluate products."
    )
    page = _story(
        "Voltline",
        "Regulators let offshore wind developer reprice its power contract",
        "Marisa Delgado",
        "Contributing Reporter",
        "Thu, November 13, 2025 at 9:14 PM UTC",
        lede=f"{note}\n\n{STORY[0]}",
    )
    assert inspect(page).body == [*STORY, LAST]


# --- boxes and notes between and under the paragraphs --------------------------------------


# A daily's page: its name, the headline, a byline and a date over the story.
_DAILY_TOP = (
    "Harbor Daily",
    "Regulators let offshore wind developer reprice its power contract",
    "By Jane Roe",
    "March 4, 2025",
)


def _ending(*tail: str) -> str:
    """A daily's page whose story is followed, after a blank line each, by `tail`'s paragraphs."""
    return _story(*_DAILY_TOP).replace(LAST, "\n\n".join((LAST, *tail)))


def _with_box(*box: str) -> str:
    """A daily's page with a box (its lines glued together) between the story's second and
    third paragraphs."""
    return _ending().replace(f"{STORY[1]}\n", f"{STORY[1]}\n\n" + "\n".join(box) + "\n")


@pytest.mark.parametrize(
    "pitch",
    [
        "Harbor business news and the day's market moves, every weekday morning.",
        "The Wind Brief: your weekly update on energy policy, every Friday.",
        "The port's lunchtime briefing on shipping, deals and the people behind them, straight to your inbox.",
    ],
)
def test_a_newsletters_description_between_its_prompts(pitch: str) -> None:
    reading = inspect(_with_box("Get the Business Minute newsletter", pitch, "Sign up"))
    assert reading.body == [*STORY, LAST]


def test_a_sign_up_forms_tick_box_under_its_button() -> None:
    consent = "I would like to be emailed about offers, events and updates from Harbor Daily. Read our privacy notice."
    page = _with_box(
        "Sign up for the Business Edit newsletter", "Enter your email address", "Sign up", consent
    )
    assert inspect(page).body == [*STORY, LAST]


def test_a_business_sites_line_under_every_story() -> None:
    note = (
        "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights "
        "on Harbor Daily or download the Harbor Daily App to stay updated!"
    )
    assert inspect(_ending(note)).body == [*STORY, LAST]


def test_a_writers_name_over_the_stamp_and_on_the_card_over_a_first_name_biography() -> None:
    bio = "Lukas covers business and the economy for Harbor Daily. He previously reported on banking."
    page = _story(
        "Harbor Daily",
        "Regulators let offshore wind developer reprice its power contract",
        "November 14, 2025 - 10:12",
        "Lukas Imhof",
        tail=("Lukas Imhof", "", bio, "", "Most Read", "Why the ferry timetable changed"),
    )
    reading = inspect(page)
    assert reading.fields.authors == ("Lukas Imhof",)
    assert reading.body == [*STORY, LAST]


def test_a_guest_authors_label_is_no_writer() -> None:
    alone = parse_byline("By Guest Author")
    assert alone is None or alone.authors == ()
    found = parse_byline("By Arif Hakimi, Guest Columnist")
    assert found is not None and found.authors == ("Arif Hakimi",)


# --- captions run into the story, and a place in the stamp's bar ----------------------------


def test_a_caption_and_its_credit_glued_before_a_paragraph() -> None:
    caption = "Turbine blades wait on the quay in New Bedford on Thursday. (Harbor Photo by Abhinav Saha)"
    assert inspect(_ending().replace(STORY[2], caption + STORY[2])).body == [*STORY, LAST]


def test_a_caption_without_its_full_stop_its_credit_a_name_in_parentheses() -> None:
    caption = "Harbor Power's founders Maya Lindqvist and Tom Adeyemi at the company's office last year (Harbor Power)"
    page = _story(*_DAILY_TOP, lede=f"{caption}\n\n{STORY[0]}")
    assert inspect(page).body == [*STORY, LAST]


def test_a_place_in_the_stamps_bar_under_a_byline_is_no_writer_and_first_uploaded_is_published() -> None:
    page = _story(
        "The Vindhya Express",
        "Regulators let offshore wind developer reprice its power contract",
        "Written by Ritika Sharma",
        "New Delhi | Updated: November 13, 2025 18:42 IST",
        tail=("First uploaded on: 13-11-2025 at 16:05 IST",),
    )
    fields = inspect(page).fields
    assert fields.authors == ("Ritika Sharma",)
    assert fields.published is not None and (fields.published.hour, fields.published.minute) == (16, 5)


# --- from h16a: notes under the story, comments, and the page's own forms -----------------


@pytest.mark.parametrize(
    "tail",
    [
        ("Reach Jane Roe at jroe@harbordaily.example or follow her on X @janeroe_news.",),
        (
            "How we did this: We compared each turbine's measured output with its contracted output.",
            "Our code and data are available on request.",
        ),
        ("Notes", "[1] Harbor Daily reviewed 3,118 output readings.", "[2] Averages exclude idle turbines."),
        ("Kevin Otieno and Amina Wafula are correspondents based in Nakuru.",),
    ],
)
def test_what_the_page_prints_under_the_story_is_not_the_story(tail: tuple[str, ...]) -> None:
    page = _ending(*tail)
    if tail[0].startswith("Kevin"):
        page = page.replace("By Jane Roe", "By Kevin Otieno and Amina Wafula")
    assert inspect(page).body == [*STORY, LAST]


def test_a_nonprofits_appeal_between_the_paragraphs() -> None:
    appeal = "Harbor Daily is a nonprofit newsroom that relies on readers like you. Donate today to support our reporting."
    page = _ending().replace(f"{STORY[1]}\n", f"{STORY[1]}\n\n{appeal}\n")
    assert inspect(page).body == [*STORY, LAST]


def test_readers_comments_under_the_comments_heading() -> None:
    page = _ending(
        "Comments (2)\nLalith P. \u00b7 16 March 2025 08:14\nDrones are fine, but who will pay the workers?\n"
        "Ruwani S. \u00b7 16 March 2025 10:02\nGood article. The ferry issue is the real story here."
    )
    assert inspect(page).body == [*STORY, LAST]


def test_a_guest_writers_byline_and_an_html_time_tag() -> None:
    page = _story(
        "The Harwick Sentinel",
        "Regulators let offshore wind developer reprice its power contract",
        "By Lena Okafor, Special to The Harwick Sentinel",
        '<time datetime="2025-06-12T05:00:00-04:00">June 12, 2025 at 5:00 a.m.</time>',
    )
    fields = inspect(page).fields
    assert fields.authors == ("Lena Okafor",)
    assert fields.published is not None and fields.published.isoformat() == "2025-06-12T05:00:00-04:00"


def test_a_stamp_with_the_hour_written_14h20() -> None:
    page = _story(
        "Cerrado Journal",
        "Regulators let offshore wind developer reprice its power contract",
        "By Camila Rezende",
        "Published 15.04.2025 - 14h20 BRT \u00b7 Updated 15.04.2025 - 17h05 BRT",
    )
    fields = inspect(page).fields
    assert fields.published is not None and fields.published.isoformat() == "2025-04-15T14:20:00-03:00"
    assert fields.updated is not None and fields.updated.isoformat() == "2025-04-15T17:05:00-03:00"


def test_a_caption_with_pic_by_and_a_masthead_over_a_private_companys_newspapers() -> None:
    caption = (
        "A drone sprays fertiliser over a tea field on the Glenmire Estate last week. Pic by Nirosha Perera"
    )
    page = _story(
        "THE SUNDAY PALMYRA",
        "Business",
        "Regulators let offshore wind developer reprice its power contract",
        "By Nirosha Perera",
        "Published on 16 March 2025 at 12:05 AM",
        lede=f"{caption}\n\n{STORY[0]}",
        tail=("\u00a9 2025 Palmyra Newspapers (Pvt) Ltd. All rights reserved.",),
    )
    reading = inspect(page)
    assert reading.headline == "Regulators let offshore wind developer reprice its power contract"
    assert reading.body == [*STORY, LAST]
    assert reading.fields.outlet == "The Sunday Palmyra"


# --- from h18a: the reader's prompts and a contributors' network ---------------------------


def test_a_prompt_for_stories_and_questions_under_the_story() -> None:
    prompt = (
        "Do you have a story that Harbor Daily should be covering? Do you have a question about the "
        "weather? Let us know via science@harbordaily.example."
    )
    assert inspect(_ending(prompt)).body == [*STORY, LAST]


def test_a_contributors_note_on_themself_and_the_networks_disclaimer_over_the_story() -> None:
    notes = "I cover offshore energy and the ports.\n\nOpinions expressed by Bellwether contributors are their own."
    page = _story(
        "Bellwether",
        "Regulators let offshore wind developer reprice its power contract",
        "Jane Roe",
        "Contributor",
        "Mar 4, 2025, 06:00am EST",
        lede=f"{notes}\n\n{STORY[0]}",
    )
    assert inspect(page).body == [*STORY, LAST]


def test_an_appeal_to_support_independent_journalism_between_the_paragraphs() -> None:
    appeal = "Support independent journalism in Ukraine. Become a member of The Dnipro Dispatch today."
    page = _ending().replace(f"{STORY[1]}\n", f"{STORY[1]}\n\n{appeal}\n")
    assert inspect(page).body == [*STORY, LAST]


# --- from h15b: writers with their cities or their paper ----------------------------------


def test_writers_each_with_their_city_parted_by_semicolons() -> None:
    found = parse_byline("Lin Pei-shan, Hsinchu; Kao Yu-ting, Taipei")
    assert found is not None and found.authors == ("Lin Pei-shan", "Kao Yu-ting")


def test_a_writer_with_their_paper_in_parentheses() -> None:
    found = parse_byline("Ayu Kartika Sari (The Archipelago Post)")
    assert found is not None and found.authors == ("Ayu Kartika Sari",)
    assert found.outlet == "The Archipelago Post"


@pytest.mark.parametrize("line", ["Samsung Electronics (Korea Exchange)", "New Delhi (PTI)"])
def test_a_company_or_a_city_with_a_name_in_parentheses_is_no_writer(line: str) -> None:
    found = parse_byline(line)
    assert found is None or found.authors == ()


@pytest.mark.parametrize(
    "caption",
    [
        "Campers at a country park campsite. Photo: Kenji Lau/Lantern Post.",
        "Pak Shing Country Park. File photo: Lantern Post.",
        "The proposed unit at Sanand will package memory chips for carmakers. (Representative image)",
    ],
)
def test_a_caption_with_its_credit_or_its_note_between_the_paragraphs(caption: str) -> None:
    page = _ending().replace(f"{STORY[1]}\n", f"{STORY[1]}\n\n{caption}\n")
    assert inspect(page).body == [*STORY, LAST]


def test_a_membership_appeal_with_its_price_between_the_paragraphs() -> None:
    appeal = "Support Harbor Daily from HK$50 a month: independent journalism, free for everyone, funded by readers."
    told = f"{STORY[2]} A spokesperson said so in a reply to Harbor Daily on Tuesday."
    page = _ending().replace(f"{STORY[1]}\n", f"{STORY[1]}\n\n{appeal}\n").replace(STORY[2], told)
    assert inspect(page).body == [STORY[0], STORY[1], told, *STORY[3:], LAST]


_KO_STORY = (
    "퇴근 시간이 저녁 7시를 넘기는 직장인에게 동네 도서관은 주말에나 갈 수 있는 곳이었습니다.",
    "그런데 올해부터 사정이 조금 달라졌습니다. 문화여가부가 공공도서관 야간 개방을 늘렸기 때문입니다.",
    "기자가 사는 하늘시에서도 은솔도서관이 지난 4월부터 평일 밤 10시까지 열람실을 엽니다.",
    "퇴근길에 들른 도서관에서 책 한 권을 빌려 나오는 길, 불 켜진 창문이 오래 눈에 남았습니다.",
)


def test_a_policy_reporters_credits_and_the_note_that_it_is_their_own_view() -> None:
    page = "\n\n".join(
        (
            "정책마당\n동네 도서관이 밤 10시까지…'야간 열람실' 직접 가 봤습니다\n정책기자단 강여름 사진 강여름\n2025.06.10",
            *_KO_STORY,
            "정책기자단이 작성한 기사는 개인의 의견으로, 정부의 공식 입장과 다를 수 있습니다.",
            "Copyright \u24d2 정책마당. All rights reserved.",
        )
    )
    reading = inspect(page)
    assert reading.fields.authors == ("강여름",)
    assert reading.body == list(_KO_STORY)


def test_a_korean_caption_saying_its_picture_is_not_of_the_story() -> None:
    caption = "공복 혈당만 확인해서는 식후 혈당 급상승을 놓치기 쉽다. 사진은 기사 내용과 직접 관련 없음."
    page = "\n\n".join(
        (
            "정책마당\n동네 도서관이 밤 10시까지…'야간 열람실' 직접 가 봤습니다\n강여름 기자\n2025.06.10",
            _KO_STORY[0],
            f"[사진=게티이미지뱅크]\n{caption}",
            *_KO_STORY[1:],
        )
    )
    assert inspect(page).body == list(_KO_STORY)


@pytest.mark.parametrize(
    "credit",
    [
        ("Image Credits: Harbor Power",),
        ("view more", "CREDIT: Northfield Institute of Technology / Hana Okoro"),
    ],
)
def test_a_caption_over_an_image_credits_label_or_a_viewers_button_and_its_credit(
    credit: tuple[str, ...],
) -> None:
    assert inspect(_captioned(*credit)).body == [*STORY, LAST]


def test_a_trust_project_label_and_its_definition_in_the_story() -> None:
    label = (
        "Content-Type: News Based on facts, either observed and verified directly "
        "by the reporter, or reported and verified from knowledgeable sources."
    )
    page = _story(
        "Schuman Post",
        "Regulators let offshore wind developer reprice its power contract",
        "By Maria Ionescu | Schuman Post",
        "14 Nov 2025 10:02 CET",
    )
    # (between the paragraphs, as a page that sets its deck apart above the byline has it)
    assert inspect(page.replace(f"{STORY[0]}\n", f"{STORY[0]}\n\n{label}\n")).body == [*STORY, LAST]
