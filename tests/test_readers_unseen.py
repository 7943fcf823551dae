"""The raw reader on shapes from outlets it had never seen (issue 20, the third batch):
one test per rule, each failing without it.

Every text here is made up; what is real is the shape of the furniture. The corpus files
`mobile-ko-04` to `wire-ko-04` in tests/data/extraction carry the same shapes in whole
files, in English and Korean.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import Reading, inspect_raw_text, read_raw_text
from digest.content.readers.rawtext.bylines import read_byline
from digest.content.readers.rawtext.source import BLANK

SEOUL = ZoneInfo("Asia/Seoul")

P1 = "The regional water board said on Monday it would double the capacity of its desalination plant by 2027."
P2 = "Officials said the expansion would cost about 300 billion won and create some 400 construction jobs."
P3 = "Farmers in the area have complained for years that summer droughts leave their fields without water."
K1 = "해양수산부는 부산 신항의 야간 하역 인력을 다음 달부터 두 배로 늘린다고 12일 밝혔다."
K2 = "최근 항로 불안으로 선박 도착 일정이 한꺼번에 몰리면서 하역 대기 시간이 길어졌다."
HEADLINE = "Water board to double desalination capacity"
KO_HEADLINE = "부산 신항 야간 하역 두 배로 늘린다"


def inspect(text: str) -> Reading:
    return inspect_raw_text(Path("story.txt"), text, SEOUL, ChromeFilter())


def verdicts(text: str) -> dict[str, tuple[str, str]]:
    """Each line's text: (verdict, rule)."""
    return {
        line.text or line.raw: (line.verdict, line.rule)
        for line in inspect(text).lines
        if line.verdict != BLANK
    }


def read(text: str):
    return read_raw_text(Path("story.txt"), text, SEOUL, ChromeFilter())


# --- 1. a chrome line at the top is no headline -----------------------------------------


@pytest.mark.parametrize(
    ("top", "rule"),
    [
        ("Open the app for the full experience", "prompt to open the app"),
        ("앱에서 더 빠르게 보기 >", "user-interface label"),
        ("아침뉴스 다시보기 전체 목록", "user-interface label"),
        (
            "기사 공유하기 글자 크기 변경 인쇄하기",
            "a toolbar's labels run together (share, print, text size)",
        ),
        ("공유하기 글자크기 인쇄하기 스크랩", "a toolbar's labels run together (share, print, text size)"),
        ("The Harbor Sentinel \u2013 Home", "link to the site's front page"),
        ("Harbor Sentinel | Home", "link to the site's front page"),
        (
            "Explore more news releases in Energy, Utilities, Environment",
            "browsing link (more stories in categories)",
        ),
        ("Browse all stories in Society, Health", "browsing link (more stories in categories)"),
    ],
)
def test_a_chrome_line_at_the_top_is_not_the_headline(top: str, rule: str) -> None:
    headline = KO_HEADLINE if not top.isascii() else HEADLINE
    body = f"{K1}\n{K2}" if not top.isascii() else f"{P1}\n{P2}"
    text = f"{top}\n{headline}\n{body}\n"
    reading = inspect(text)
    assert reading.headline == headline
    assert verdicts(text)[top][1] == rule
    assert all(top not in paragraph for paragraph in reading.body)


def test_a_photo_credit_above_the_headline_is_chrome() -> None:
    text = f"Photographs by Lee Jae-won for Tidewater Quarterly\n{HEADLINE}\n{P1}\n{P2}\n"
    assert read(text).headline == HEADLINE
    assert verdicts(text)["Photographs by Lee Jae-won for Tidewater Quarterly"][0] == "chrome"


def test_a_line_ending_with_a_colon_is_no_headline() -> None:
    text = f"What the board decided on Monday, in short:\n{HEADLINE}\n{P1}\n{P2}\n"
    assert read(text).headline == HEADLINE


@pytest.mark.parametrize(
    "lead_in",
    [
        "Saw this in the paper this morning, pasting it since it's paywalled",
        "Pasting the whole thing since the site is down",
        "오늘 아침 신문에 난 기사인데 유료라서 전문 퍼왔습니다",
    ],
)
def test_a_posters_lead_in_is_neither_headline_nor_body(lead_in: str) -> None:
    headline, body = (HEADLINE, f"{P1}\n{P2}") if lead_in.isascii() else (KO_HEADLINE, f"{K1}\n{K2}")
    reading = inspect(f"{lead_in}\n{headline}\n{body}\n")
    assert reading.headline == headline
    assert verdicts(f"{lead_in}\n{headline}\n{body}\n")[lead_in][0] == "forum"
    assert all(lead_in not in paragraph for paragraph in reading.body)


def test_a_posters_lead_in_naming_the_paper_gives_the_outlet() -> None:
    text = f"Saw this in the Busan Tribune today, pasting it since it's paywalled:\n{HEADLINE}\n{P1}\n{P2}\n"
    assert read(text).outlet == "Busan Tribune"


def test_a_flash_marked_with_a_star_is_the_headline_and_bullets_under_a_headline_are_not() -> None:
    recall = "Hanbit Motors said on Tuesday it would recall 48,000 electric cars over a battery fault."
    flash = read(f"*HANBIT MOTORS TO RECALL 48,000 ELECTRIC CARS OVER BATTERY FAULT\n{recall}\n{P2}\n")
    assert flash.headline == "HANBIT MOTORS TO RECALL 48,000 ELECTRIC CARS OVER BATTERY FAULT"
    bullets = read(f"UPDATE 2-{HEADLINE}\n* Spot rates fall for a sixth week\n* Shares down 6%\n{P1}\n{P2}\n")
    assert bullets.headline == HEADLINE


def test_a_quotation_standing_alone_above_the_headline_is_not_the_headline() -> None:
    text = f"\u201c수주 절벽 끝났다\u201d\n{KO_HEADLINE}\n{K1}\n{K2}\n"
    assert read(text).headline == KO_HEADLINE
    alone = read(f"\u201c야간 하역 두 배로\u201d\n{K1}\n{K2}\n")  # the only candidate: still the headline
    assert alone.headline == "\u201c야간 하역 두 배로\u201d"


# --- 2. captions and pull quotes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "place"),
    [("POHANG, South Korea \u2014", "POHANG, South Korea"), ("SEOUL, June 3 (Tideline) --", "SEOUL, June 3")],
)
def test_a_sentence_before_the_dateline_paragraph_is_a_caption(dateline: str, place: str) -> None:
    caption = "Passengers board the morning ferry at the Pohang terminal as the crew loads cargo."
    text = f"{HEADLINE}\nBy DANIEL REYES\n{caption}\n{dateline} {P1}\n{P2}\n"
    article = read(text)
    assert article.dateline == place
    assert article.text.startswith(P1) and caption not in article.text
    assert article.authors == ("Daniel Reyes",)
    rule = "a sentence before the dateline's paragraph (a photo caption)"
    assert verdicts(text)[caption] == ("caption", rule)


def test_a_pull_quote_repeating_the_storys_words_is_not_body() -> None:
    quoted = "\u201cThe river does not forgive a tired man,\u201d Park says, coiling a rope on the deck."
    pull = "\u201cThe river does not forgive a tired man.\u201d"
    article = read(f"{HEADLINE}\n{P1}\n{quoted}\n{pull}\n{P2}\n")
    assert pull not in article.text and quoted in article.text
    other = "\u201cWe will not wait for another drought to act.\u201d"  # a quotation the story prints once
    assert other in read(f"{HEADLINE}\n{P1}\n{other}\n{P2}\n").text


# --- 3. tail furniture ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Distributed by Harborwire. The issuer is solely responsible for the content of this release.",
        "이 보도자료는 해온에너지가 작성해 파도와이어를 통해 배포한 것으로, 내용에 대한 책임은 발표 기관에 있습니다.",
    ],
)
def test_a_distributors_disclaimer_glued_to_the_last_paragraph_is_cut_off(tail: str) -> None:
    article = read(f"{HEADLINE}\n{P1}\n{P2} {tail}\n")
    assert article.text.endswith(P2)
    reading = inspect(f"{HEADLINE}\n{P1}\n{P2} {tail}\n")
    assert [line.rule for line in reading.lines if line.found.get("tail")] == [
        "last paragraph, a disclaimer or a prompt cut off its end"
    ]


def test_a_live_blogs_entries_keep_their_order_and_a_greeting_entry() -> None:
    entries = [
        ("15:47 KST", P1),
        ("14:58 KST", P2),
        ("06:10 KST", "Good afternoon. We are following the storm as it nears the coast. " + P3),
    ]
    text = (
        f"{HEADLINE}\nLast updated 2 June 2025 15:47 KST\n"
        "Please turn on JavaScript in your browser to receive live updates.\n"
        + "".join(f"{label}\n{entry}\nShare\n" for label, entry in entries)
    )
    article = read(text)
    assert article.text.startswith(P1) and article.text.endswith(P3)
    assert "JavaScript" not in article.text and "15:47" not in article.text
    assert verdicts(text)["15:47 KST"] == ("chrome", "a live blog entry's time label")


def test_the_views_expressed_disclaimer_ends_the_story() -> None:
    text = f"{HEADLINE}\n{P1}\n{P2}\nThe views expressed in this column are the author's own.\n"
    assert read(text).text.endswith(P2)


# --- 4. outlets -----------------------------------------------------------------------------


def test_the_outlet_of_a_korean_copyright_sentence_is_its_holder() -> None:
    text = f"{KO_HEADLINE}\n{K1}\n{K2}\n※ 이 기사의 저작권은 DBC에 있으며, 무단으로 이용할 경우 법적 책임을 질 수 있습니다.\n"
    assert read(text).outlet == "DBC"


@pytest.mark.parametrize(
    ("line", "where"),
    [("CircuitLine \u2014 Semiconductors", "top"), ("Tidewater Quarterly \u2014 Features", "bottom")],
)
def test_a_sites_name_with_its_section_gives_the_name(line: str, where: str) -> None:
    text = (
        f"{line}\n{HEADLINE}\n{P1}\n{P2}\n"
        if where == "top"
        else f"THE LONG READ\n{HEADLINE}\n{P1}\n{P2}\n{line}\n"
    )
    assert read(text).outlet == line.split(" \u2014 ")[0]


@pytest.mark.parametrize("label", ["Premium", "LIVE", "GUEST COLUMN", "프리미엄"])
def test_a_paywall_status_or_rubric_label_is_never_the_outlet(label: str) -> None:
    article = read(f"{label}\n{HEADLINE}\n{P1}\n{P2}\n")
    assert article.outlet == "" and article.headline == HEADLINE


def test_a_newsletters_sign_off_names_the_outlet_and_ends_the_letter() -> None:
    text = (
        f"{HEADLINE}\n{P1}\n{P2}\nYou're reading The Coastal Brief, a weekly letter on ports and shipping.\n"
    )
    article = read(text)
    assert article.outlet == "Coastal Brief" and article.text.endswith(P2)


def test_a_corporate_suffix_is_no_part_of_the_outlet() -> None:
    assert read(
        f"{HEADLINE}\n{P1}\n{P2}\n\u00a9 2025 Capital Courier Media. All rights reserved.\n"
    ).outlet == ("Capital Courier")


def test_a_site_and_its_section_in_a_bar_gives_the_site() -> None:
    assert read(f"The Eastern Ledger | Opinion\n{HEADLINE}\n{P1}\n{P2}\n").outlet == "The Eastern Ledger"


# --- 5. bylines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (
            "Rachel Okafor (now), Tom Baker and Ji-woo Han (earlier)",
            ("Rachel Okafor", "Tom Baker", "Ji-woo Han"),
        ),
        ("김도윤 반도체 전문기자 dykim@hangyeol.example", ("김도윤",)),
        ("이수아 IT 담당 기자", ("이수아",)),
        ("By Dr. Samuel Okafor", ("Samuel Okafor",)),
        ("(Reporting by Park Seo-yeon; Editing by Martin Ash)", ("Park Seo-yeon",)),
    ],
)
def test_bylines_in_other_dress(line: str, authors: tuple[str, ...]) -> None:
    assert read_byline(line) == authors


def test_a_romanized_name_alone_beside_the_stamp_is_the_byline() -> None:
    text = f"{HEADLINE}\nChoi Min-jung\nPosted: Jul 21, 2025 8:31:05 PM KST\n{P1}\n{P2}\n"
    assert read(text).authors == ("Choi Min-jung",)
    site = f"{HEADLINE}\nCapital Courier\nPosted: Jul 21, 2025 8:31:05 PM KST\n{P1}\n{P2}\n"
    assert read(site).authors == ()  # two capitalized words: a site's name as much as a person's


def test_a_name_beside_the_stamp_that_the_bio_opens_with_is_the_byline() -> None:
    bio = "Grace Lindqvist is a transport economist in Seoul."
    article = read(f"{HEADLINE}\nGrace Lindqvist\nPublished Jun 03, 2025 at 6:00 AM\n{P1}\n{P2}\n{bio}\n")
    assert article.authors == ("Grace Lindqvist",) and bio not in article.text


# --- 6. stamps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("MERIDIAN TERMINAL | NEWS | 04-Jun-2025 06:15:40 GMT", "2025-06-04T06:15:40+00:00", None),
        (
            "2025.01.14 10:22 KST | Last update: 2025.01.14 11:05 KST",
            "2025-01-14T10:22:00+09:00",
            "2025-01-14T11:05:00+09:00",
        ),
        (
            "Source: Huaxia | 2025-01-06 18:32:17 (GMT+8) | Editor: Zhou Min",
            "2025-01-06T18:32:17+08:00",
            None,
        ),
    ],
)
def test_stamps_in_a_bar_of_labels(line: str, published: str, updated: str | None) -> None:
    import datetime as dt

    article = read(f"{HEADLINE}\n{line}\n{P1}\n{P2}\n")
    assert article.published == dt.datetime.fromisoformat(published)
    assert article.updated == (dt.datetime.fromisoformat(updated) if updated else None)


def test_a_korean_release_distributors_dateline() -> None:
    text = f"{KO_HEADLINE}\n군산--(파도와이어) 2025년 06월 03일 -- {K1}\n{K2}\n"
    article = read(text)
    assert article.dateline == "군산" and article.text.startswith(K1)


# --- the rules stop where the shape stops ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The views expressed by residents at the hearing were mixed, officials said on Tuesday.",
        "The company said it was fully responsible for the content of the advertisements it ran.",
        "정부는 이번 조사 결과를 지방자치단체와 공유합니다.",
        "The vaccine will be distributed by the health ministry from next month, officials said.",
    ],
)
def test_sentences_that_only_resemble_furniture_stay_in_the_story(sentence: str) -> None:
    first, second = (P1, P2) if sentence.isascii() else (K1, K2)
    headline = HEADLINE if sentence.isascii() else KO_HEADLINE
    assert read(f"{headline}\n{first}\n{sentence}\n{second}\n").text.split("\n\n") == [
        first,
        sentence,
        second,
    ]
    assert read(f"{headline}\n{first}\n{second} {sentence}\n").text.endswith(sentence)


def test_a_headline_that_starts_like_a_browsing_link_is_the_headline() -> None:
    headline = "See more rain this week as the monsoon stalls over the south"
    rain = "The monsoon stalled over the south on Monday, and forecasters said more rain would fall."
    assert read(f"{headline}\n{rain}\n{P2}\n").headline == headline


def test_a_rubric_with_a_section_names_no_outlet() -> None:
    assert read(f"OPINION \u2014 Columns\n{HEADLINE}\n{P1}\n{P2}\n").outlet == ""


def test_a_terminals_hyphenated_date_is_read_without_the_slow_parser() -> None:
    import datetime as dt

    from digest.content.readers.dates import DateReader

    no_slow_parser = DateReader(SEOUL, slow=0)  # one call to dateparser would raise
    assert no_slow_parser("04-Jun-2025 06:15:40 GMT") == dt.datetime(2025, 6, 4, 6, 15, 40, tzinfo=dt.UTC)


def test_inspect_shows_what_was_cut_off_the_last_paragraph(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from digest.cli import main
    from tests.conftest import BASE_CONFIG, Project

    site = Project(tmp_path / "site")
    site.write("config.yaml", BASE_CONFIG)
    tail = "Distributed by Harborwire. The issuer is solely responsible for the content of this release."
    site.article("release.txt", f"{HEADLINE}\n{P1}\n{P2} {tail}\n")
    result = CliRunner().invoke(main, ["inspect", "release", "--config", str(site.config_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if "a disclaimer or a prompt cut off its end" in line)
    assert lines[at + 1].split()[:4] == ["3", "body", "cut", "Distributed"]
    assert lines[at + 1].endswith("[not the story's]")


# --- the same shapes in other dress ----------------------------------------------------------


@pytest.mark.parametrize(
    "top",
    [
        "Read this story in our app",
        "Follow Harbor Sentinel on Google News",
        "앱 열기",
        "Photograph by Lee Jae-won",
        "Picture by Kim Min-su/Harbor Sentinel",
        "Here's the full text since it's paywalled",
    ],
)
def test_other_dress_of_chrome_at_the_top(top: str) -> None:
    reading = inspect(f"{top}\n{HEADLINE}\n{P1}\n{P2}\n")
    assert reading.headline == HEADLINE and reading.fields.outlet == ""
    assert all(top not in paragraph for paragraph in reading.body)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Thanks for reading The Coastal Brief!", "Coastal Brief"),
        ("You are reading Tideline Notes.", "Tideline Notes"),
    ],
)
def test_other_dress_of_a_newsletters_sign_off(line: str, outlet: str) -> None:
    article = read(f"{HEADLINE}\n{P1}\n{P2}\n{line}\n")
    assert article.outlet == outlet and article.text.endswith(P2)


def test_a_korean_bracketed_byline_with_a_beat_opens_the_lede() -> None:
    article = read(f"{KO_HEADLINE}\n[칩라인 김도윤 반도체전문기자] {K1}\n{K2}\n")
    assert article.authors == ("김도윤",) and article.outlet == "칩라인" and article.text.startswith(K1)


def test_a_pull_quote_with_its_speaker_and_a_bio_set_apart_by_a_dash() -> None:
    quoted = "\u201cThe river does not forgive a tired man,\u201d Park says, coiling a rope on the deck."
    pull = "\u201cThe river does not forgive a tired man.\u201d \u2014 Park Dong-sik"
    bio = "\u2014 Hannah Whitfield is a writer based in Busan."
    article = read(f"{HEADLINE}\nBy Hannah Whitfield\n{P1}\n{quoted}\n{pull}\n{P2}\n{bio}\n")
    assert article.text.split("\n\n") == [P1, quoted, P2]


@pytest.mark.parametrize(
    ("tail", "first", "second"),
    [
        ("Have a news tip? Email newsdesk@rv9.example or call (208) 555-0199.", P1, P2),
        ("동방일보 앱에서 공유한 기사입니다.", K1, K2),
    ],
)
def test_a_prompt_or_a_note_about_the_article_glued_to_the_end_is_cut_off(
    tail: str, first: str, second: str
) -> None:
    headline = HEADLINE if first is P1 else KO_HEADLINE
    assert read(f"{headline}\n{first}\n{second} {tail}\n").text.endswith(second)


def test_an_archived_article_notice_is_not_the_story() -> None:
    notice = "This is an archived article and the information in the article may be outdated."
    article = read(f"{HEADLINE}\n{notice}\n{P1}\n{P2}\n")
    assert article.text.startswith(P1)


def test_a_last_paragraph_made_only_of_a_prompt_is_not_the_story() -> None:
    article = read(
        f"{HEADLINE}\n{P1}\n{P2}\nHave a news tip? Email newsdesk@rv9.example or call (208) 555-0199.\n"
    )
    assert article.text.endswith(P2)


@pytest.mark.parametrize(("credit", "outlet"), [("RV9", "River Valley 9"), ("KBX", "KBX")])
def test_a_datelines_initials_are_spelled_out_as_the_page_names_the_outlet(credit: str, outlet: str) -> None:
    copyright_line = "Copyright 2025 River Valley 9 Media, LLC. All rights reserved."
    article = read(f"{HEADLINE}\nBOISE, Idaho ({credit}) \u2014 {P1}\n{P2}\n{copyright_line}\n")
    assert article.outlet == outlet and article.dateline == "BOISE, Idaho"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Rowan Achebe", ("Rowan Achebe",)),
        ("Ryan McDonald", ("Ryan McDonald",)),
        ("For Immediate Release", ()),
        ("Play Video", ()),
        ("Video PlayerClose", ()),
        ("Harbor Lines", ()),  # named again below: the site's
    ],
)
def test_a_plain_name_printed_once_beside_the_stamp_is_the_byline(
    line: str, authors: tuple[str, ...]
) -> None:
    text = f"{HEADLINE}\n{line}\nMarch 27, 2025 at 7:00 pm ET\n{P1}\n{P2}\n\u00a9 2025 Harbor Lines\n"
    assert read(text).authors == authors


def test_a_korean_compiler_credit_names_the_author() -> None:
    assert read_byline("정리=정하늘 기자") == ("정하늘",)


def test_a_genre_tag_is_no_part_of_the_headline() -> None:
    assert read(f"(Hanul Feature) {HEADLINE}\n{P1}\n{P2}\n").headline == HEADLINE


@pytest.mark.parametrize(
    ("first", "headline", "authors"),
    [
        (f"{HEADLINE} 2025.04.18 11:20 ebpark@transasia.example", HEADLINE, ()),
        ("Posted: 2025.04.18 11:20", "", ()),
        ("By Jane Doe 2025.04.18 11:20", "", ("Jane Doe",)),
    ],
)
def test_a_stamp_glued_to_a_first_line_without_a_date_line(first: str, headline: str, authors: tuple) -> None:
    import datetime as dt

    article = read(f"{first}\n{P1}\n{P2}\n")
    assert article.headline == headline and article.authors == authors
    assert article.published == dt.datetime(2025, 4, 18, 11, 20, tzinfo=SEOUL)


@pytest.mark.parametrize(
    "top",
    [
        "본문 바로가기 모아뉴스 뉴스홈 연예 스포츠 날씨 프리미엄",
        "Skip to main content Home News Sport Weather",
        "Weather Alert: Red Flag Warning in effect until 9 PM MDT",
        "언론사가 선정한 주요기사 혹은 심층기획 기사입니다.",
    ],
)
def test_a_skip_link_an_alert_banner_or_a_note_on_the_article_is_no_headline(top: str) -> None:
    headline, first, second = (HEADLINE, P1, P2) if top.isascii() else (KO_HEADLINE, K1, K2)
    article = read(f"{top}\n{headline}\n{first}\n{second}\n")
    assert article.headline == headline and article.text.startswith(first)


@pytest.mark.parametrize(
    "caption",
    [
        "A bumblebee pushes the red tab of a puzzle box to reach a sugar reward (Image credit: Queen Mary Insect Lab)",
        "Figure 2: The planet's transmission spectrum. The dips near 1.4 micrometres are caused by water vapour.",
        "Fig. 2 | Success rates of observer bees compared with bees tested alone.",
    ],
)
def test_figure_captions_and_labelled_credits_are_captions(caption: str) -> None:
    article = read(f"{HEADLINE}\n{P1}\n{caption}\n{P2}\n")
    assert article.text.split("\n\n") == [P1, P2]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Kenji Morita, Sanriku Daily", ("Kenji Morita",)),
        ("by Huaxia writers Bao Yuting, Tian Ge", ("Bao Yuting", "Tian Ge")),
        ("By Staff Writer Jane Doe", ("Jane Doe",)),
    ],
)
def test_a_publications_name_or_a_role_beside_the_names_is_no_author(line: str, authors: tuple) -> None:
    assert read_byline(line) == authors


def test_a_broadcasters_stamp_with_a_slash_between_date_and_time() -> None:
    import datetime as dt

    article = read(
        f"{HEADLINE}\nPosted: Jan 14, 2025 / 09:32 PM MST\nUpdated: Jan 14, 2025 / 11:05 PM MST\n{P1}\n{P2}\n"
    )
    mst = dt.timezone(dt.timedelta(hours=-7))
    assert article.published == dt.datetime(2025, 1, 14, 21, 32, tzinfo=mst)
    assert article.updated == dt.datetime(2025, 1, 14, 23, 5, tzinfo=mst)
