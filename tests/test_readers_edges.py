"""The raw reader at the story's edges (issue 20, the blind batch's failing shapes): the
publisher's small print glued to the end or the start of the story, banner lines above
the headline, datelines and captions in other dress, and bodies a scrape cut or marked.
One test per rule, each failing without it.

Every text here is made up; what is real is the shape of the furniture. The corpus files
`r7-*` in tests/data/extraction carry the same shapes in whole files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_readers_unseen import HEADLINE, K1, K2, KO_HEADLINE, P1, P2, P3, inspect

K3 = "항만공사는 야간 근무자에게 수당을 추가로 지급하기로 했다."


# --- tails: the publisher's small print after the story -----------------------------------

TAILS = [
    "Disclaimer: This post is for information only and is not financial advice.",
    "The views here are general and not intended as investment advice.",
    "Got a story? We want to hear from you.",
    "Do you have a news tip? We'd love to hear from you.",
    "Quotes are delayed at least 15 minutes.",
    "*Data is a real-time snapshot",
    "The Lantern Trust is a registered charity in Wales (SC045123).",
    "Harbour Weekly is published by Harbour Media (Pty) Ltd.",
    "Note to editors: this item may be used free of charge by news outlets.",
    "Forecasts from the Kite Desk are free to republish with credit.",
    "This is a breaking news story and will be updated.",
    "More to follow.",
    "You are receiving this because you signed up for Pipe Notes. Unsubscribe",
]
KO_TAILS = [
    "이 글은 투자 참고용이며, 투자 판단의 책임은 투자자 본인에게 있습니다.",
    "이 메일은 발신 전용입니다. 수신을 원하지 않으시면 수신거부를 눌러주세요.",
]


@pytest.mark.parametrize("tail", TAILS + KO_TAILS)
@pytest.mark.parametrize("glued", [True, False])
def test_small_print_after_the_story_is_cut_off(tail: str, glued: bool) -> None:
    english = tail in TAILS
    headline, first, last = (HEADLINE, P1, P2) if english else (KO_HEADLINE, K1, K2)
    joint = " " if glued else "\n"
    reading = inspect(f"{headline}\n{first}\n{last}{joint}{tail}\n")
    assert reading.body[-1] == last
    assert not any(tail in paragraph for paragraph in reading.body)


@pytest.mark.parametrize(
    "last",
    [
        "The Lantern Trust, a registered charity, said it would pay for the first 20 pumps.",
        "Readers of the board's newsletter were told in March that prices would not rise.",
        "\u201cWe want to hear from every farmer before we decide,\u201d Kim said.",
        "Analysts said the bonds were not a safe bet for small savers this year.",
        "The magazine said its next issue would be published by the end of May.",
        "The book is published by Changbi Press.",
        "The ministry said the guidance was not legal advice but a recommendation to councils.",
        "Prices are indicative of a wider slowdown, analysts said.",
        "Pachinko Nights is published by a small firm in Daegu.",
        "고객들은 스팸 문자 수신거부 절차가 복잡하다고 지적했다.",
    ],
)
def test_a_story_sentence_that_mentions_the_small_prints_words_stays(last: str) -> None:
    headline, first = (KO_HEADLINE, K1) if not last.isascii() and "\u201c" not in last else (HEADLINE, P1)
    reading = inspect(f"{headline}\n{first}\n{last}\n")
    assert reading.body[-1] == last


# --- leads: what the page prints before the story -------------------------------------------

LEADS = [
    "Disclosure: Pennyworth may earn a commission from links on this page.",
    "Toolshed may earn a commission when you buy through our links.",
    "Access to Premium articles requires a subscription. Subscribe now to listen.",
    "Good morning, readers!",
    "좋은 아침입니다, 구독자님! 오늘도 따뜻한 차 한 잔과 함께 시작해요.",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("glued", [True, False])
def test_a_disclosure_a_prompt_or_a_greeting_before_the_story_is_cut_off(lead: str, glued: bool) -> None:
    headline, first, second = (HEADLINE, P1, P2) if lead.isascii() else (KO_HEADLINE, K1, K2)
    joint = " " if glued else "\n"
    reading = inspect(f"{headline}\n{lead}{joint}{first}\n{second}\n")
    assert reading.body[0] == first
    assert len(reading.body) == 2


@pytest.mark.parametrize(
    "first",
    [
        "Hello Kitty's maker said on Monday it would open a theme park near the desalination plant.",
        "Hi-tech exports rose. " + P1,
        "Shoppers may earn a rebate of up to 50,000 won on water-saving appliances, the board said.",
    ],
)
def test_a_lede_that_starts_with_the_words_of_a_lead_stays(first: str) -> None:
    reading = inspect(f"{HEADLINE}\n{first}\n{P2}\n")
    assert reading.body[0] == first


# --- headline: banners, a mail's subject, a series' name ------------------------------------


@pytest.mark.parametrize(
    ("banner", "headline", "first", "second"),
    [
        ("BREAKING NEWS: Board votes to double the plant", HEADLINE, P1, P2),
        ("LIVE: Water board meets on the plant", HEADLINE, P1, P2),
        ("속보 부산 신항 하역 인력 두 배", KO_HEADLINE, K1, K2),
    ],
)
@pytest.mark.parametrize("repeated", [False, True])
def test_a_banner_with_a_teaser_gives_way_to_the_headline_under_it(
    banner: str, headline: str, first: str, second: str, repeated: bool
) -> None:
    top = f"{headline}\n{headline}" if repeated else headline
    reading = inspect(f"{banner}\n{top}\n{first}\n{second}\n")
    assert reading.headline == headline
    assert reading.body == [first, second]


def test_a_banner_alone_is_all_the_headline_there_is() -> None:
    assert inspect(f"LIVE: Water board meets on the plant\n{P1}\n{P2}\n").headline


def test_a_forwarded_letters_subject_is_not_the_storys_headline() -> None:
    text = f"Subject: Weekly water: desalination plant to double\n{HEADLINE}\n{P1}\n{P2}\n"
    assert inspect(text).headline == HEADLINE


@pytest.mark.parametrize("series", ["[저출산 리포트] ①", "[항만 리포트] (2)", "[Water Week] 3."])
def test_a_series_name_with_the_parts_number_is_the_headlines(series: str) -> None:
    headline = f"{series} {KO_HEADLINE}"
    assert inspect(f"{headline}\n{K1}\n{K2}\n").headline == headline


def test_a_tag_in_brackets_is_still_no_part_of_the_headline() -> None:
    assert inspect(f"[단독] {KO_HEADLINE}\n{K1}\n{K2}\n").headline == KO_HEADLINE


# --- datelines in other dress -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place", "wire", "rest"),
    [
        (
            "OSAKA - Osaka will double the capacity of its desalination plant by 2027.",
            "OSAKA",
            "",
            "Osaka will",
        ),
        (
            "Taichung, March 5 (FC) Taiwan's ministry said it would double the plant by 2027.",
            "Taichung, March 5",
            "FC",
            "Taiwan's ministry",
        ),
        (
            "NEW DELHI - The city's water board said it would double the plant by 2027.",
            "NEW DELHI",
            "",
            "The city",
        ),
    ],
)
def test_a_dateline_with_a_single_hyphen_or_a_short_code_and_no_dash(
    paragraph: str, place: str, wire: str, rest: str
) -> None:
    reading = inspect(f"{HEADLINE}\n{paragraph}\n{P2}\n")
    assert reading.fields.dateline == place
    assert reading.body[0].startswith(rest)
    if wire:
        assert reading.fields.outlet == wire


@pytest.mark.parametrize(
    "paragraph",
    [
        "UPDATE - The water board said it would double the capacity of its plant by 2027.",
        "Officials - and the farmers they serve - said the plant would double by 2027.",
    ],
)
def test_a_label_or_a_dash_in_a_sentence_is_no_dateline(paragraph: str) -> None:
    assert not inspect(f"{HEADLINE}\n{paragraph}\n{P2}\n").fields.dateline


# --- captions that read like sentences ----------------------------------------------------------


def test_a_sentence_about_a_picture_that_is_the_storys_stays() -> None:
    second = "The picture shows how far the water board still has to go, the mayor said."
    assert inspect(f"{HEADLINE}\n{P1}\n{second}\n{P2}\n").body == [P1, second, P2]


@pytest.mark.parametrize(
    ("caption", "first", "second", "third"),
    [
        ("서울 마포구의 한 공동육아방에서 아이들이 놀이를 하고 있다.", K1, K2, K3),
        ("부산 신항 3부두에서 하역 노동자들이 컨테이너를 옮기고 있다.", K1, K2, K3),
        # (the place in quotes, or after the day and the hour)
        ("물빛동 '모두의 부엌'에서 봉사자들이 어르신들에게 나눌 반찬을 담고 있다.", K1, K2, K3),
        (
            "노선 개편 첫날인 20일 오전 청호시 청호터미널 정류장에서 시민들이 노선도를 살펴보고 있다.",
            K1,
            K2,
            K3,
        ),
        ("Photo taken Feb. 20, 2025, shows workers at the desalination plant in Busan.", P1, P2, P3),
        ("This handout picture released by the water board shows the plant's new intake pipe.", P1, P2, P3),
    ],
)
def test_a_caption_that_reads_like_a_sentence_after_the_first_paragraph(
    caption: str, first: str, second: str, third: str
) -> None:
    headline = HEADLINE if caption.isascii() else KO_HEADLINE
    reading = inspect(f"{headline}\n{first}\n{caption}\n{second}\n{third}\n")
    assert reading.body == [first, second, third]


@pytest.mark.parametrize(
    ("second", "third"),
    [
        ("정부는 세종청사에서 추가 대책을 검토하고 있다.", K2),  # a subject first: the story's
        # a trend, not a scene: the story's
        ("본격적인 고사리 철을 맞아 제주 중산간 들판과 숲에서 길을 잃는 사고가 잇따르고 있다.", K2),
        (
            "서울 마포구의 한 공동육아방에서 아이들이 놀이를 하고 있다.",
            "이들은 매일 오후 이곳에 모인다.",
        ),  # continued
    ],
)
def test_a_korean_sentence_in_the_present_progressive_that_is_the_storys_stays(
    second: str, third: str
) -> None:
    reading = inspect(f"{KO_HEADLINE}\n{K1}\n{second}\n{third}\n")
    assert reading.body == [K1, second, third]


# --- bodies a scrape cut or marked ----------------------------------------------------------------

CUT = "Demand for water in the district rose 31 percent last year, according to"


@pytest.mark.parametrize("cut", [CUT, "농업용수 수요는 지난해 31% 늘어난 것으로 집계됐으며, 특히 여름철에는"])
def test_a_scrape_cut_mid_sentence_keeps_its_unfinished_last_line(cut: str) -> None:
    headline, first, second = (HEADLINE, P1, P2) if cut.isascii() else (KO_HEADLINE, K1, K2)
    assert inspect(f"{headline}\n{first}\n{second}\n{cut}").body == [first, second, cut]


def test_a_teasers_headline_at_the_foot_of_a_saved_page_is_not_the_story() -> None:
    teaser = "Farmers in the delta brace for another summer without the rains"
    assert inspect(f"{HEADLINE}\n{P1}\n{P2}\n{teaser}\n").body == [P1, P2]


def test_a_korean_press_releases_marked_paragraphs_are_the_body() -> None:
    text = (
        f"{KO_HEADLINE}\n\u25a1 {K1}\n\u25cb {K2}\n - {K3}\n"
        "※ 붙임: 하역 인력 현황 1부.\n공공누리 제1유형 출처표시 조건에 따라 이용할 수 있습니다.\n"
    )
    reading = inspect(text)
    assert reading.body == [K1, K2, K3]


def test_the_public_licence_note_is_not_the_story_but_a_story_about_it_is() -> None:
    licence = "이 자료는 공공누리 제1유형 출처표시 조건에 따라 이용할 수 있습니다."
    story = "문화체육관광부는 공공누리 제도를 내년부터 민간 자료까지 넓힌다고 밝혔다."
    assert inspect(f"{KO_HEADLINE}\n{K1}\n{K2}\n{licence}\n").body == [K1, K2]
    assert inspect(f"{KO_HEADLINE}\n{K1}\n{story}\n").body == [K1, story]


def test_a_greeting_paragraph_above_the_storys_headline_leaves_it_the_headline() -> None:
    greeting = "좋은 아침입니다, 구독자님! 오늘도 따뜻한 차 한 잔과 함께 시작해요."
    reading = inspect(f"재테크 아침편지\n{greeting}\n{KO_HEADLINE}\n{K1}\n{K2}\n")
    assert reading.headline == KO_HEADLINE
    assert reading.body == [K1, K2]


def test_a_letters_issue_title_on_the_first_line_is_not_the_storys_headline() -> None:
    greeting = "좋은 아침입니다, 구독자님!"
    text = f"date 2025-05-12 항만 아침편지 - 부산 신항 하역 인력 이야기\n항만 아침편지\n{greeting}\n{KO_HEADLINE}\n{K1}\n{K2}\n"
    assert inspect(text).headline == KO_HEADLINE


def test_inspect_shows_the_disclosure_cut_off_the_first_paragraph(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from digest.cli import main
    from tests.conftest import BASE_CONFIG, Project

    site = Project(tmp_path / "site")
    site.write("config.yaml", BASE_CONFIG)
    disclosure = "Disclosure: Pennyworth may earn a commission from links on this page."
    site.article("deal.txt", f"{HEADLINE}\n{disclosure} {P1}\n{P2}\n")
    result = CliRunner().invoke(main, ["inspect", "deal", "--config", str(site.config_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = next(
        i for i, line in enumerate(lines) if "a disclosure, a prompt or a greeting cut off its start" in line
    )
    assert lines[at + 1].split()[:4] == ["2", "body", "cut", "Disclosure:"]
    assert lines[at + 1].endswith("[not the story's]")
