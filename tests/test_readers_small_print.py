"""The raw reader on small print after the story that no phrase list names (issue 20): a
trailing sentence about the page, its service or its reader, which shares none of the
story's terms. Every name and sentence is made up; the corpus files `r10-*` in
tests/data/extraction carry the same shapes in whole files.
"""

from __future__ import annotations

import pytest

from tests.test_readers_unseen import inspect

HEADLINE = "Ferry operator adds winter sailings to island route"
STAMP = "January 14, 2025 09:30 AM"
STORY = (
    "Harbour Lines will add three winter sailings a week between Port Alder and Kestrel Island from February, "
    "the ferry operator said on Tuesday.",
    "The extra crossings run on Mondays, Wednesdays and Fridays and leave the mainland terminal at 6:40 p.m., "
    "when islanders who work in Port Alder have asked for a later boat home.",
    "Ridership on the route rose 14 percent last winter, according to the operator's annual report, while the "
    "single evening sailing often left passengers and freight waiting on the pier.",
    "The island council welcomed the change but said it would keep pressing for a Sunday service before the "
    "summer timetable is set in April.",
)
LAST = "Tickets for the new sailings go on sale at the terminal and online next Monday."


def page(*tail: str, last: str = LAST) -> str:
    parts = [HEADLINE, STAMP, "By Mara Quill", "", *(p + "\n" for p in STORY), last, *tail]
    return "\n".join(parts) + "\n"


def body_end(text: str) -> str:
    return inspect(text).body[-1]


@pytest.mark.parametrize(
    "note",
    [
        "Transcripts are prepared by a contractor and may contain errors.",
        "Follow the Coastline Daily channel on Telegram for breaking alerts.",
        "This translation was prepared by our Lisbon desk. Read the original in Portuguese.",
        "Readers are reminded that betting is for adults only. Please bet within your means.",
    ],
)
def test_a_note_about_the_page_glued_to_the_last_paragraph_is_cut_off(note: str) -> None:
    assert body_end(page(last=f"{LAST} {note}")) == LAST


def test_a_paragraph_of_comment_rules_leaves_the_story_whole() -> None:
    rules = "Keep it civil and on topic. Insults and off-topic posts will be deleted. Please read our comment rules."
    assert body_end(page("", rules)) == LAST


def test_a_legend_of_abbreviations_and_a_land_acknowledgement_are_no_story() -> None:
    legend = "AWST = Australian Western Standard Time, which is 8 hours ahead of GMT"
    thanks = "We acknowledge the Traditional Custodians of the lands where we work and pay respect to Elders past and present."
    assert body_end(page("", legend + ".", "", thanks)) == LAST


@pytest.mark.parametrize(
    "last",
    [
        # on the story's subject: it shares the ferry's and the island's words
        "Please check the operator's website before travelling, as winter sailings to the island may be cancelled.",
        # quoted: a source's words, whoever they address
        "\u201cPlease keep the comments coming,\u201d the council's chair told islanders at the pier.",
        # a letter's sign-off about its own next issue names nothing of the page
        "Next week I will look at what the freight companies are doing, the most curious part of this story.",
    ],
)
def test_the_story_s_own_last_sentence_stays(last: str) -> None:
    assert body_end(page(last=last)) == last


def test_a_short_story_is_not_judged_by_its_words() -> None:
    """Under forty terms the story cannot say what it is not about: nothing is cut."""
    text = (
        "\n".join([HEADLINE, STAMP, "", STORY[0], "", "Please read our comment rules before posting."]) + "\n"
    )
    assert body_end(text) == "Please read our comment rules before posting."


@pytest.mark.parametrize("button", ["Read Later", "Text Size", "Dark Mode"])
def test_a_reading_tool_s_button_beside_the_stamp_is_no_author(button: str) -> None:
    text = "\n".join(
        [HEADLINE, "Mara Quill", f"Published: {STAMP}", button, "", *(p + "\n" for p in STORY), LAST]
    )
    assert inspect(text + "\n").fields.authors == ("Mara Quill",)


# --- notes before the story ---------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Harbour Notes is listener-funded, and we may earn an affiliate commission on some purchases.",
        "What follows is a press release from the Port Alder Ferry Authority. It has not been edited by our staff.",
        "Screenshot of a timetable circulating in a neighbourhood chat. We have hidden the sender's number.",
    ],
)
def test_a_note_before_the_lede_is_cut_off_its_start(note: str) -> None:
    text = "\n".join([HEADLINE, STAMP, "", f"{note} {STORY[0]}", "", *(p + "\n" for p in STORY[1:]), LAST])
    assert inspect(text + "\n").body[0] == STORY[0]


def test_a_figcaption_kept_in_a_saved_post_is_a_caption() -> None:
    figure = '<figure><img src="pier.jpg" alt=""><figcaption>The pier at dusk. Photo by the author.</figcaption></figure>'
    text = "\n".join([HEADLINE, STAMP, figure, *(f"<p>{p}</p>" for p in STORY), f"<p>{LAST}</p>"])
    reading = inspect(text + "\n")
    assert reading.body[0] == STORY[0]
    assert not any("Photo by the author" in paragraph for paragraph in reading.body)


# --- the outlet's name as the top of the page spells it ----------------------------------


def story_page(*top: str, bottom: tuple[str, ...] = ()) -> str:
    parts = [*top, HEADLINE, "By Mara Quill", STAMP, "", *(p + "\n" for p in STORY), LAST, "", *bottom]
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        # the home link's word and a section after a spaced dash are no part of the name
        (("Coastline News Homepage", "Coastline News Homepage"), "Coastline News"),
        (("Chipwire \u2014 Foundries", "Chipwire \u2014 Foundries"), "Chipwire"),
    ],
)
def test_a_site_name_line_gives_the_name_without_its_link_word_or_section(
    top: tuple[str, ...], outlet: str
) -> None:
    assert inspect(story_page(*top)).fields.outlet == outlet


def test_a_region_in_the_breadcrumbs_is_no_site() -> None:
    text = story_page("Harbour Herald", "Subscribe | Sign in", "Australia \u203a Weather")
    assert inspect(text).fields.outlet == "Harbour Herald"


@pytest.mark.parametrize(
    "top",
    [
        ("Daily Beacon", "Home | News | Sport | Money | Puzzles"),
        ("Beacon Freight Review | Shipping | Aviation | Trucking | Warehousing",),
    ],
)
def test_the_copyright_s_short_brand_is_spelled_as_the_top_of_the_page_spells_it(
    top: tuple[str, ...],
) -> None:
    text = story_page(*top, bottom=("\u00a9 2025 Beacon Publishing Group Ltd. Terms | Privacy policy",))
    assert inspect(text).fields.outlet == top[0].split(" | ")[0]


def test_a_footer_link_is_never_the_outlet() -> None:
    text = story_page(bottom=("Terms of Use", "\u00a9 2025 Terms of Use"))
    assert inspect(text).fields.outlet != "Terms of Use"


# --- bylines in more shapes ---------------------------------------------------------------

K_HEADLINE = "섬 항로 겨울 증편, 숫자보다 시간표다"
K_STAMP = "입력 2025.01.14 09:30"
K_STORY = (
    "섬 주민들이 겨울마다 겪는 불편은 배편의 숫자보다 시간표에서 나온다. 저녁 배가 한 편뿐이면 뭍에서 일하는 주민은 하루를 통째로 비워야 한다.",
    "운항사가 다음 달부터 저녁 배를 주 3회 늘리기로 한 것은 반가운 일이다. 다만 일요일 운항이 빠진 점은 아쉽다.",
    "주민 설문에서 절반 가까이가 마지막 배를 놓쳐 택시와 숙박에 돈을 쓴 적이 있다고 답했다.",
)


def korean_page(byline: str) -> str:
    return "\n".join([K_HEADLINE, byline, K_STAMP, "", *(p + "\n" for p in K_STORY)]) + "\n"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("김가온 기자, 이나래 기자", ("김가온", "이나래")),  # a byline each, on one line
        ("도윤서 해양교통연구소 선임연구위원", ("도윤서",)),  # an op-ed writer's affiliation and title
        ("홍길동 한빛대 교수", ("홍길동",)),
    ],
)
def test_korean_bylines_of_several_reporters_and_of_an_op_ed_writer(
    byline: str, authors: tuple[str, ...]
) -> None:
    assert inspect(korean_page(byline)).fields.authors == authors


def test_an_institution_and_a_title_name_no_writer() -> None:
    assert inspect(korean_page("서울대 경제학과 교수")).fields.authors == ()


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By MARA QUILL and TOBIAS REED Staff Reporters", ("Mara Quill", "Tobias Reed")),
        ("By Mara Quill Transport Correspondent", ("Mara Quill",)),
        ("By MARA QUILL, TRANSPORT CORRESPONDENT", ("Mara Quill",)),  # a role alone is no name
    ],
)
def test_a_role_after_the_last_name_is_no_part_of_it(byline: str, authors: tuple[str, ...]) -> None:
    reading = inspect(page().replace("By Mara Quill", byline))
    assert reading.fields.authors == authors
    assert reading.fields.outlet != "Transport"


def test_a_match_reporter_at_the_ground_beside_the_stamp_is_the_author() -> None:
    text = page().replace("By Mara Quill", "Mara Quill at Kestrel Park")
    assert inspect(text).fields.authors == ("Mara Quill",)


# --- headlines ----------------------------------------------------------------------------


def test_a_header_copied_without_line_breaks_gives_headline_stamp_and_byline() -> None:
    glued = f"{K_HEADLINE}2025.01.14 09:30김가온 기자 gaon@example.kr"
    top = ["로그인 | 회원가입 | 고객센터", "HOME > 뉴스 > 지역"]
    reading = inspect("\n".join([*top, glued, "", *(p + "\n" for p in K_STORY)]) + "\n")
    assert reading.headline == K_HEADLINE
    assert reading.fields.authors == ("김가온",)
    assert reading.fields.published is not None and reading.fields.published.hour == 9


def test_a_stamp_s_label_touching_its_date_stays_one_stamp() -> None:
    stamp = "입력2025.01.14. 오전 9:30 수정2025.01.14. 오전 11:02 기사원문"
    reading = inspect("\n".join([K_HEADLINE, stamp, "", *(p + "\n" for p in K_STORY)]) + "\n")
    assert reading.fields.updated is not None and reading.fields.updated.hour == 11


def test_the_story_s_headline_under_a_list_of_other_stories_is_its_headline() -> None:
    """'More from X' opens a list of other stories' headlines; the story's own headline
    comes after it, with its byline under it."""
    text = page().replace(f"{HEADLINE}\n", f"More from Harbour Lines\nNewsHome\n\n{HEADLINE}\n\n", 1)
    assert inspect(text).headline == HEADLINE


def test_a_pull_quote_trimmed_by_a_word_is_still_the_story_s_words_twice() -> None:
    said = (
        '"The last boat home leaves far too early for anyone who works a full shift in town," said '
        "Ines Calder, who chairs the island council."
    )
    pulled = "\u201cThe last boat leaves far too early for anyone who works a full shift in town.\u201d"
    paragraphs = [STORY[0], STORY[1], said, pulled, STORY[2], STORY[3]]
    text = "\n".join([HEADLINE, STAMP, "By Mara Quill", "", *(p + "\n" for p in paragraphs), LAST]) + "\n"
    assert pulled not in inspect(text).body


def test_a_korean_caption_of_the_lede_s_scene_is_a_caption_though_the_story_goes_on_with_이곳은() -> None:
    lede = "오후 4시, 전남 신안군의 한 선착장에 주민 스무 명이 마지막 배를 기다리며 모여들었다."
    caption = "전남 신안군의 한 선착장에서 주민들이 여객선을 기다리고 있다."
    after = "이곳은 하루 세 번 배가 드나드는 섬 주민들의 유일한 뭍 통로다. 겨울에는 저녁 배가 한 편뿐이다."
    paragraphs = [lede, caption, after, *K_STORY]
    reading = inspect("\n".join([K_HEADLINE, K_STAMP, "", *(p + "\n" for p in paragraphs)]) + "\n")
    assert caption not in reading.body
    assert reading.body[:2] == [lede, after]


# --- stamps ------------------------------------------------------------------------------


def test_a_blog_card_s_author_outlet_and_time_on_one_line() -> None:
    card = "Mara Quill \u00b7 Island Notes \u00b7 Tue, 14 Jan 2025 00:30:00 GMT"
    reading = inspect(page().replace(f"{STAMP}\nBy Mara Quill", card))
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.fields.outlet == "Island Notes"
    assert reading.fields.published is not None and reading.fields.published.utcoffset() is not None
    assert reading.fields.published.isoformat().startswith("2025-01-14T00:30:00")


def test_a_transcript_s_airing_line_gives_the_published_time() -> None:
    aired = "Transcript of The Evening Hour, aired Tuesday, January 14, 2025, 10:00 p.m. ET"
    reading = inspect(page().replace(STAMP, aired))
    assert reading.fields.published is not None
    assert reading.fields.published.isoformat() == "2025-01-14T22:00:00-05:00"


def test_a_reader_mode_export_s_name_above_the_reading_time_is_the_author() -> None:
    text = (
        "\n".join(["harbournotes.example", HEADLINE, "Mara Quill", "5\u20136 minutes", *STORY, LAST]) + "\n"
    )
    assert inspect(text).fields.authors == ("Mara Quill",)


@pytest.mark.parametrize("byline", ["[별빛연예=김가온 기자]", "[한빛일보 김가온 기자]"])
def test_a_korean_byline_in_brackets_with_its_outlet_alone_on_its_line(byline: str) -> None:
    text = "\n".join([K_HEADLINE, K_STAMP, byline, "", *(p + "\n" for p in K_STORY)]) + "\n"
    assert inspect(text).fields.authors == ("김가온",)


def body_of(text: str) -> list[str]:
    return list(inspect(text).body)


def test_a_teaser_under_its_label_between_the_paragraphs_is_no_paragraph() -> None:
    teaser = "RELATED: Can the island council win a Sunday ferry service?"
    text = page().replace(STORY[2], f"{STORY[2]}\n\n{teaser}")
    assert body_of(text) == [*STORY, LAST]


def test_an_interviews_note_on_its_editing_is_no_paragraph() -> None:
    note = "This interview has been edited for length and clarity."
    assert body_of(page("", note)) == [*STORY, LAST]
    assert body_of(page().replace(STORY[0], f"{note}\n\n{STORY[0]}")) == [*STORY, LAST]


def test_an_update_note_with_its_date_and_year_over_the_story_is_not_its_lede() -> None:
    note = "Update, January 15th, 2025, 4:10 PM PT: Added the island council's response."
    assert body_of(page().replace(STORY[0], f"{note}\n\n{STORY[0]}")) == [*STORY, LAST]
