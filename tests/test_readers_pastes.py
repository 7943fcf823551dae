"""The raw reader on the classes of miss the sixth blind batch showed (issue 20): web
clippers' Markdown, dash datelines, Korean releases, bylines and letters, social posts,
podcasts, press-wire boilerplate, publishers' small print and cut scrapes. One test per
rule, each failing without it. Every name and sentence is made up; the corpus files
`r9-*` in tests/data/extraction carry the same shapes in whole files.
"""

from __future__ import annotations

import pytest

from tests.test_readers_unseen import inspect, verdicts

EN_DASH = "\u2013"
HEADLINE = "Copper miners vote to end strike at coastal pit"
STAMP = "March 4, 2025 10:12 AM"
LEDE = (
    "Workers at the coastal copper pit voted on Tuesday to end a strike that had halted output for nine days."
)
P2 = "The union said the company agreed to raise shift allowances by 6 percent."
P3 = "Output is expected to return to normal by the end of the week, a company spokesman said."
K_HEADLINE = "여름철 연안 사고 예방 위해 순찰 강화"
K_STAMP = "2025.06.03 11:00"
K1 = (
    "해양경찰청은 여름철 연안 안전사고를 줄이기 위해 다음 달부터 해수욕장 순찰을 두 배로 늘린다고 3일 밝혔다."
)
K2 = "해경은 특히 야간 갯벌 고립 사고가 늘어난 점을 고려해 드론 순찰을 새로 도입한다."
K3 = "해경 관계자는 갯벌에 들어갈 때는 물때를 반드시 확인해 달라고 당부했다."


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


# --- 1. a web clipper's Markdown export -----------------------------------------------------


def test_a_markdown_clip_gives_its_heading_bold_dateline_and_site_name() -> None:
    text = lines(
        f"# {HEADLINE}",
        "",
        "By Lucia Ferrer",
        "",
        f"**SANTIAGO** {EN_DASH} {LEDE}",
        "",
        P2,
        "",
        P3,
        "",
        "Clipped from: https://www.andes-ledger.example/mining/copper-strike",
        "Site name: Andes Ledger",
    )
    reading = inspect(text)
    assert reading.headline == HEADLINE
    assert reading.fields.dateline == "SANTIAGO"
    assert reading.body[0] == LEDE
    assert reading.fields.authors == ("Lucia Ferrer",)
    assert reading.fields.outlet == "Andes Ledger"


def test_bold_in_a_sentence_loses_its_marks_and_hashtags_stay() -> None:
    text = lines(
        HEADLINE, STAMP, f"The union called the vote **a clear win** for the workers. {P2}", P3, "#mining"
    )
    reading = inspect(text)
    assert reading.body[0].startswith("The union called the vote a clear win for the workers.")
    assert verdicts(text)["#mining"][0] != "headline"


def test_a_clippers_properties_give_title_author_site_and_time_not_the_clip_date() -> None:
    text = lines(
        "---",
        f'title: "{HEADLINE}"',
        'source: "https://www.andes-ledger.example/mining/copper-strike"',
        "author:",
        '  - "[[Lucia Ferrer]]"',
        'site: "The Andes Ledger"',
        "published: 2025-03-04T10:12:00-03:00",
        "created: 2025-03-05T08:00:00+09:00",
        'description: "Workers ended a nine-day strike."',
        "---",
        LEDE,
        P2,
        P3,
    )
    reading = inspect(text)
    assert reading.headline == HEADLINE
    assert reading.fields.authors == ("Lucia Ferrer",)
    assert reading.fields.outlet == "The Andes Ledger"
    assert (
        reading.fields.published is not None
        and reading.fields.published.isoformat() == "2025-03-04T10:12:00-03:00"
    )
    assert reading.body == [LEDE, P2, P3]


def test_a_clips_blockquote_and_italic_deck_leave_the_story_whole() -> None:
    text = lines(
        f"# {HEADLINE}",
        "*Workers at the coastal pit ended a nine-day strike.*",
        "Lucia Ferrer · The Andes Ledger · March 4, 2025",
        LEDE,
        '> "We got what we came for," a union leader said.',
        P2,
        P3,
        "*Clipped with a web clipper*",
    )
    reading = inspect(text)
    assert reading.headline == HEADLINE
    assert reading.body[0] == LEDE and reading.body[-1] == P3


# --- 2. datelines with a spaced en or em dash ------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        (f"SANTIAGO {EN_DASH} ", "SANTIAGO"),
        ("VALPARAÍSO — ", "VALPARAÍSO"),
        (f"SÃO PAULO {EN_DASH} ", "SÃO PAULO"),
    ],
)
def test_a_place_and_a_spaced_long_dash_is_a_dateline(opening: str, place: str) -> None:
    reading = inspect(lines(HEADLINE, STAMP, opening + LEDE, P2, P3))
    assert reading.fields.dateline == place
    assert reading.body[0] == LEDE


def test_a_hyphenated_word_in_capitals_is_no_dateline() -> None:
    reading = inspect(
        lines(HEADLINE, STAMP, "COVID-19 cases rose again in the capital last week, officials said.", P2)
    )
    assert reading.fields.dateline == ""


# --- 3. Korean release and page footers glued to the last paragraph ---------------------------


@pytest.mark.parametrize(
    ("top", "last"),
    [
        # a story's sentences that only mention a release or a sponsor
        (
            (K_HEADLINE, K_STAMP, K1, K2),
            f"{K3} 이 보도자료에 따르면 올해 연안 사고 사망자는 지난해보다 12명 줄었다.",
        ),
        ((HEADLINE, STAMP, LEDE, P2), f"{P3} The stadium is sponsored by a local brewery, the club said."),
    ],
)
def test_a_story_sentence_about_a_release_or_a_sponsor_stays(top: tuple[str, ...], last: str) -> None:
    assert inspect(lines(*top, last)).body[-1] == last


# --- 4. a Korean agency's release: the issuer and its label on one line ----------------------


def test_the_issuer_before_the_release_label_is_the_outlet() -> None:
    reading = inspect(lines("해양경찰청 보도자료", K_HEADLINE, "보도시점 2025. 6. 3.(화) 11:00", K1, K2, K3))
    assert reading.fields.outlet == "해양경찰청"
    assert reading.headline == K_HEADLINE
    assert reading.fields.published is not None and reading.fields.published.hour == 11


@pytest.mark.parametrize(
    "label",
    [
        "보도 일시: 2025년 6월 3일(화) 11:00",
        "엠바고 2025. 6. 3.(화) 11:00 이후 보도",
        "보도시점 2025. 6. 3.(화) 11:00 (4일 조간)",
    ],
)
def test_a_releases_time_in_other_labels_is_its_published_time(label: str) -> None:
    reading = inspect(lines("국토교통부 보도자료", K_HEADLINE, label, K1, K2, K3))
    assert reading.fields.published is not None
    assert (reading.fields.published.day, reading.fields.published.hour) == (3, 11)


# --- 5. Korean correspondents' bylines --------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place"), [("워싱턴 김하늘 특파원 = ", "워싱턴"), ("김하늘 기자 = ", "")]
)
def test_a_correspondent_after_the_city_is_an_author(opening: str, place: str) -> None:
    reading = inspect(lines(K_HEADLINE, K_STAMP, opening + K1, K2, K3))
    assert reading.fields.authors == ("김하늘",)
    assert reading.fields.outlet != "김하늘"
    assert reading.fields.dateline == place
    assert reading.body[0] == K1


# --- 6. a social post pasted ------------------------------------------------------------------


def test_a_social_posts_poster_is_the_author_not_the_outlet() -> None:
    text = lines(
        "Marta Okonkwo",
        "Head of Logistics Strategy at Northfield Freight · 2nd",
        "1d · Edited",
        "Rail freight volumes into the inland port rose 18 percent last quarter, the highest since it opened.",
        "Most of the growth came from refrigerated containers moving fruit from the coast.",
        "Like Comment Repost Send",
    )
    reading = inspect(text)
    assert reading.fields.authors == ("Marta Okonkwo",)
    assert reading.fields.outlet == ""
    assert "Northfield" not in reading.headline


@pytest.mark.parametrize(
    "card",
    [
        ["Marta Okonkwo • 3rd+", "Head of Freight at Northfield", "3w • Edited •"],
        ["Marta Okonkwo", "· 1st", "Head of Freight at Northfield", "5h ·"],
    ],
)
def test_a_posters_name_beside_the_degree_and_the_headline_under_it(card: list[str]) -> None:
    text = lines(
        *card,
        "Rail freight volumes into the inland port rose 18 percent last quarter, the highest since it opened.",
        "Most of the growth came from refrigerated containers moving fruit from the coast.",
    )
    reading = inspect(text)
    assert reading.fields.authors == ("Marta Okonkwo",)
    assert reading.headline == ""
    assert reading.fields.outlet == ""


# --- 7. a podcast's show over its producer ----------------------------------------------------


SHOW_NOTES = (
    "We spend a night in the freight yard with the crews who load the overnight trains.",
    "The yard handles about 300 containers between midnight and dawn.",
)


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        # the show's name alone on the first line, the episode's title under it
        (["The Long Road", "Episode 12: Inside the night freight yard", STAMP], ["© 2025 Long Road Audio"]),
        # the show named as its producer's production
        (
            ["The Long Road: Inside the night freight yard", STAMP],
            ["The Long Road is a Long Road Audio production.", "© 2025 Long Road Audio LLC"],
        ),
    ],
)
def test_a_podcasts_show_wins_over_its_producers_copyright(top: list[str], bottom: list[str]) -> None:
    assert inspect(lines(*top, *SHOW_NOTES, *bottom)).fields.outlet == "The Long Road"


# --- 8. a Korean newsletter pasted from mail --------------------------------------------------


def test_a_korean_letters_greeting_is_cut_and_its_editor_and_name_found() -> None:
    text = lines(
        "주간 바다레터 #42",
        K_STAMP,
        "구독자님, 안녕하세요. 바다레터 에디터 한소연입니다. 이번 주에는 항만 자동화 소식을 전해 드릴게요.",
        "부산 신항의 자동화 부두가 다음 달 본격 가동에 들어간다.",
        "자동화 부두는 하역 시간을 30퍼센트가량 줄일 것으로 기대된다.",
        "노조는 일자리 감소를 우려하며 재교육 프로그램을 요구했다.",
        "이 메일은 letter@badaletter.example 에서 발송되었습니다.",
    )
    reading = inspect(text)
    assert reading.body[0] == "부산 신항의 자동화 부두가 다음 달 본격 가동에 들어간다."
    assert reading.body[-1] == "노조는 일자리 감소를 우려하며 재교육 프로그램을 요구했다."
    assert reading.fields.authors == ("한소연",)
    assert reading.fields.outlet == "주간 바다레터"


# --- 9, 11, 12. small print glued to the last paragraph ---------------------------------------


KOREAN = (K_HEADLINE, K_STAMP, K1, K2, K3)
ENGLISH = (HEADLINE, STAMP, LEDE, P2, P3)


@pytest.mark.parametrize(
    ("story", "tail"),
    [
        # 3. Korean release and page footers
        (
            KOREAN,
            "이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 위 담당자에게 연락 주시기 바랍니다.",
        ),
        (KOREAN, "이 페이지의 콘텐츠는 언론 보도 목적으로 자유롭게 사용할 수 있습니다."),
        (KOREAN, "※ 이 보도자료는 해양경찰청 누리집(www.kcg.example)에서도 보실 수 있습니다."),
        (KOREAN, "자세한 내용은 첨부 파일을 참고하시기 바랍니다."),
        (KOREAN, "본 보도자료에 관한 문의는 홍보담당관실(044-200-1234)로 해 주시기 바랍니다."),
        # 9. a podcast's sponsor, promo and credits
        (
            ENGLISH,
            "This episode is sponsored by Gridline Boots. Use code ROAD20 for a discount. "
            "Transcript available for subscribers.",
        ),
        (ENGLISH, "Rate and review us on Apple Podcasts. Thanks to our sponsor, Gridline Boots."),
        (
            ENGLISH,
            "Get 20% off with code ROAD at gridline.example. Produced by Ana Ruiz. Music by Kevin Lark.",
        ),
        # 11. a British publisher's legal footer
        (
            ENGLISH,
            "The Fenwick Post is part of Marlow Media Ltd. Registered in England and Wales. "
            "Company number 01234567. Registered office: 12 Quay Street, Fenwick FN1 2AB.",
        ),
        # 12. a metered paywall's note
        (ENGLISH, "You have 2 free articles remaining this month. Subscribe now for unlimited access."),
    ],
)
def test_small_print_glued_to_the_last_paragraph_is_cut_off(story: tuple[str, ...], tail: str) -> None:
    reading = inspect(lines(*story[:-1], f"{story[-1]} {tail}"))
    assert reading.body[-1] == story[-1]


@pytest.mark.parametrize(
    "tail",
    [
        "© 2025 Fenwick Post Ltd. Registered in England No. 01234567. Registered office: 12 Quay Street, Fenwick.",
        "Support the show at patreon.example/longroad.",
    ],
)
def test_a_glued_copyright_and_a_shows_appeal_are_cut_off_and_name_no_outlet(tail: str) -> None:
    reading = inspect(lines(HEADLINE, STAMP, LEDE, P2, f"{P3} {tail}"))
    assert reading.body[-1] == P3
    assert reading.fields.outlet == ""


def test_a_releases_about_paragraph_glued_into_one_is_cut_off() -> None:
    about = "About Andes Copper: Andes Copper mines copper in northern Chile. For more information, visit andes.example."
    reading = inspect(lines(HEADLINE, STAMP, LEDE, P2, P3, about))
    assert reading.body[-1] == P3


# --- 10. a press-wire release's boilerplate ---------------------------------------------------


def test_the_about_company_boilerplate_ends_a_release() -> None:
    text = lines(
        HEADLINE,
        STAMP,
        LEDE,
        '"We are glad to be back at work," said Ana Reyes, the union\'s leader.',
        "About Andes Copper",
        "Andes Copper mines and refines copper in northern Chile.",
        "Learn more at andescopper.example.",
        "SOURCE Andes Copper, Inc.",
    )
    reading = inspect(text)
    assert reading.body[-1] == '"We are glad to be back at work," said Ana Reyes, the union\'s leader.'


# --- 15. a reader-mode byline with its publication -------------------------------------------


@pytest.mark.parametrize(
    "under_the_name",
    [
        ["Published in Freight Notes · 4 min read · Mar 4, 2025"],
        # a Follow button between, the line's parts on lines of their own
        ["Follow", "Published in Freight Notes", "4 min read", "Mar 4, 2025"],
    ],
)
def test_a_name_over_published_in_gives_author_and_outlet(under_the_name: list[str]) -> None:
    text = lines(
        "Why freight rates are falling again",
        "Marta Okonkwo",
        *under_the_name,
        "Freight rates on the main Asia-Europe lanes fell for a sixth straight week.",
        "Carriers added capacity faster than demand recovered.",
    )
    reading = inspect(text)
    assert reading.fields.authors == ("Marta Okonkwo",)
    assert reading.fields.outlet == "Freight Notes"


# --- 16. a scrape cut mid-sentence, saved with a final newline --------------------------------


def test_a_long_cut_last_line_is_kept_even_with_a_final_newline() -> None:
    cut = "The council's transport chief said the lanes would be reviewed after a year and that buses on the ring road would"
    assert inspect(lines(HEADLINE, STAMP, LEDE, P2, P3, cut)).body[-1] == cut


def test_a_teasers_headline_after_the_story_is_still_no_paragraph() -> None:
    teaser = "Harbour council delays vote on new ferry terminal"
    assert inspect(lines(HEADLINE, STAMP, LEDE, P2, P3, teaser)).body[-1] == P3


@pytest.mark.parametrize(
    "note",
    [
        "You have 2 free articles remaining this month. Subscribe now for unlimited access.",
        "You've read 3 of 5 free articles this month.",
        "You have reached your limit of free articles. Subscribe for $1 a week.",
    ],
)
def test_a_metered_paywall_note_between_paragraphs_is_no_paragraph(note: str) -> None:
    reading = inspect(lines(HEADLINE, STAMP, LEDE, note, P2, P3))
    assert note not in reading.body
    assert reading.body == [LEDE, P2, P3]


def test_a_letters_sign_off_is_cut_off_its_end() -> None:
    text = lines(
        "주간 물류레터 #57",
        K_STAMP,
        "수도권 냉동 창고의 빈 공간이 1년 만에 두 배로 늘어난 것으로 나타났다.",
        "업계에서는 임대료가 올해 안에 20퍼센트가량 떨어질 수 있다는 전망이 나온다.",
        "다음 주에 또 만나요!",
    )
    assert (
        inspect(text).body[-1] == "업계에서는 임대료가 올해 안에 20퍼센트가량 떨어질 수 있다는 전망이 나온다."
    )


def test_a_wire_release_s_outlet_is_its_distributor_and_the_source_line_the_fallback() -> None:
    text = lines(
        HEADLINE,
        STAMP,
        f"SANTIAGO, March 4, 2025 /Wirebridge/ -- {LEDE}",
        P2,
        "SOURCE Andes Copper, Inc.",
    )
    assert inspect(text).fields.outlet == "Wirebridge"
    # without the distributor's credit, the issuer is all the page names
    assert inspect(text.replace(" /Wirebridge/ --", " --")).fields.outlet == "Andes Copper"


def test_markdown_links_keep_their_words_and_pictures_go() -> None:
    text = lines(
        f"# {HEADLINE}",
        "![Miners at the pit gate](https://cdn.ledger.example/pit.jpg)",
        f"Workers voted on Tuesday to end a strike that had halted output for [nine days](https://ledger.example/a). {P2}",
        P3,
        "Source: [The Andes Ledger](https://www.andes-ledger.example/mining/copper-strike)",
    )
    reading = inspect(text)
    assert reading.body[0].startswith(
        "Workers voted on Tuesday to end a strike that had halted output for nine days."
    )
    assert not any("pit gate" in paragraph for paragraph in reading.body)
    assert reading.fields.outlet == "The Andes Ledger"


# --- 13. a forum's aside after the outlet's name ---------------------------------------------


def test_an_aside_with_a_capital_comes_off_the_outlet() -> None:
    top = "The Fenwick Herald (Paywalled, so pasted here)"
    reading = inspect(lines(top, HEADLINE, STAMP, "By Harriet Locke", LEDE, P2, P3))
    assert reading.fields.outlet == "The Fenwick Herald"
