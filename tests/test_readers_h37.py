"""The raw reader on a sports and culture editor's week and a startup editor's, from the
blind batches h37a and h37b: the first halves of both (stop 50), and h37a's second half
(stop 51: a list of its misses was shown by mistake, so it left the blind set and was read
whole); h37b's files 09-15 stay blind (issue 20). Every name, outlet and sentence here is
made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline
from digest.content.readers.rawtext.lines import about_itself
from digest.content.readers.rawtext.zones import _glued
from tests.test_readers_h21 import LAST
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect, verdicts

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"
_KO_STORY = (
    "농업 회계 스타트업 밭두렁이 이번 프리A 라운드에서 35억원을 유치했다고 3일 밝혔다.",
    "밭두렁 앱에서 영수증을 촬영하면 품목과 금액이 자동으로 분류되고 장부가 만들어진다.",
    "회사는 이번 투자금으로 전국 농협 지점과 손잡고 서비스 지역을 넓힐 계획이다.",
)


def test_a_korean_pages_hangul_name_under_its_latin_logo() -> None:
    page = "\n".join(
        (
            "ONSAE PARTNERS",
            "온새파트너스",
            "About",
            "Portfolio",
            "밭두렁, 35억원 프리A 유치",
            "2025.12.03",
            "",
            *(f"{paragraph}\n" for paragraph in _KO_STORY),
            "[채용] 온새파트너스와 함께할 심사역을 찾습니다",
            "온새파트너스 뉴스레터 구독하기",
            "\u00a9 2025 Onsae Partners Co., Ltd. All rights reserved.",
        )
    )
    assert inspect(page).fields.outlet == "온새파트너스"


def test_korean_credits_with_the_writers_firm_and_post() -> None:
    assert parse_byline("글. 명지후 수석심사역").authors == ("명지후",)  # type: ignore[union-attr]
    assert parse_byline("정리 도하람 넥스트파운더스 에디터").authors == ("도하람",)  # type: ignore[union-attr]


def test_a_newsletters_pitch_run_on_after_the_last_sentence() -> None:
    pitch = "Be the first to hear about film announcements, ticket releases and festival events."
    page = _story(_HEADLINE, "By Leila Haddad", "2 December 2025", tail=())
    page = page.replace(LAST, f"{LAST} {pitch}")
    assert inspect(page).body[-1] == LAST


def test_a_teams_line_up_under_the_match_report() -> None:
    line_ups = (
        "Carnock Thistle: Ross, Lennie, Shearer, McPhee, Gow, Duffy (Baird 70), Kerr, Shearer D, Mair, "
        "Watt (Conroy 80), Findlay. Subs not used: Brodie, Miller, Kane.",
        "Kilbrae Athletic: Wallace, Hendry, Rennie, Gilmour J, Bryce, Nisbet (Orr 65), Gilmour R, Logan, "
        "Cairns, Todd, Munro. Subs not used: Ure, Kidd.",
    )
    page = _story(
        _HEADLINE, "By Iain Doig", "Saturday 29 November 2025", tail=(*line_ups, "Referee: S. Hogg")
    )
    reading = inspect(page)
    assert reading.body[-1] == LAST
    assert not any(line_up in reading.body for line_up in line_ups)


def test_breadcrumbs_parted_by_slashes_are_no_headline() -> None:
    headline = "Kingsbury Athletic lead race for Danish midfielder as release clause emerges"
    page = _story(
        "TransferTrack",
        "Latest",
        "Rumours",
        "Premier League",
        "Championship",
        "Premier League / Kingsbury Athletic",
        headline,
        "Rory Gallagher | Mon 1st Dec 2025, 10:15 GMT",
        lede="Kingsbury Athletic have stepped up their interest in Aarhus midfielder Mikkel Lund and are now "
        "the best placed of several clubs to sign the Denmark under-21 international.",
    )
    assert inspect(page).headline == headline


def test_a_videos_script_note_is_not_the_story() -> None:
    note = "스크립트는 영상 내용을 읽기 쉽게 다듬은 것으로, 실제 발언과 표현이 일부 다를 수 있습니다."
    page = "\n".join(
        (
            "밭두렁 대표가 말하는 농업 회계",
            "2025. 11. 28. 오후 6:00",
            "",
            note,
            "",
            *(f"{paragraph}\n" for paragraph in _KO_STORY),
        )
    )
    reading = inspect(page)
    assert note not in reading.body
    assert reading.body[0] == _KO_STORY[0]


def _blog_post(*tail: str) -> str:
    return "\n".join(
        (
            "나루 블로그",
            "밭두렁, 35억원 프리A 유치",
            "2025. 11. 30. 21:14",
            "",
            *(f"{paragraph}\n" for paragraph in _KO_STORY),
            *tail,
        )
    )


def test_a_blogs_list_of_its_other_posts_each_with_its_date() -> None:
    posts = ("공동창업자와 처음 싸운 날 (2025. 10. 12.)", "첫 유료 고객에게 배운 것 (2025. 9. 3.)")
    tail = (
        "#창업일지 #스타트업 #시리즈A",
        "",
        "공감 57",
        "댓글 19",
        "공유하기",
        "통계",
        "이 블로그 창업일지 카테고리 글",
    )
    found = verdicts(_blog_post(*tail, *posts, "전체글 보기", "고래대표", "프로필"))
    assert all(found[post][1] == "a list of the site's other posts, each with its date" for post in posts)


def test_a_korean_newsletters_sign_off_and_reply_box() -> None:
    reply = "답장으로 질문을 보내 주시면 다음 호에서 골라 답해 드릴게요."
    tail = ("\u2501" * 20, "독자 Q&A", "Q. 시리즈C부터는 왜 사모펀드가 자주 보이나요?", reply, "")
    page = _blog_post(
        *tail, "다음 주 월요일에 또 만나요!", "국하민 드림", "", "딜노트를 친구에게 추천해 주세요"
    )
    body = " ".join(inspect(page).body)
    assert reply not in body
    assert "또 만나요" not in body
    # (the short page ends before them anyway; the rule cuts them off a last paragraph)
    assert all(_glued(sentence) for sentence in (reply, "다음 주 월요일에 또 만나요!"))


def test_a_podcast_episodes_sponsor_note() -> None:
    note = "이 에피소드는 클라우드 회계 서비스 '장부온'의 후원으로 제작되었습니다."
    tail = (
        "진행 기예준 · 봉서하 | 게스트 소은결 변호사",
        "사연과 질문은 스타트업 야간비행 메일로 보내 주세요.",
        note,
    )
    reading = inspect(_blog_post(*tail, "#스타트업 #규제샌드박스 #창업", "댓글 38"))
    assert note not in " ".join(reading.body)
    assert about_itself(note)  # (the note says what the episode is, wherever it stands)


# --- h37a, read whole (stop 51) ------------------------------------------------------------


def test_a_box_score_under_a_game_story_is_not_its_end() -> None:
    scores = (
        "The scores:",
        "HARBOR CITY 101 \u2013 Dela Cruz 31, Ocampo 18, Villareal 13, Santos 11, Lim 10, Abrenica 8, "
        "Reyes 6, Tolentino 4, Garcia 0.",
        "SEA HAWKS 93 \u2013 Fulton 29, Sy 17, Manalo 14, Uy 12, Yap 9, Ong 6, Cabrera 4, Datu 2.",
        "Quarterscores: 28-22, 50-47, 77-70, 101-93.",
    )
    page = _story(_HEADLINE, "By Karlo Dimaculangan", "2 December 2025")
    assert inspect(page + "\n\n" + "\n".join(scores) + "\n").body[-1] == LAST


def test_a_labelled_bar_of_topics_is_no_headline() -> None:
    bar = "Trending: Monsoon Letters trailer | Sitara Khanna wedding | Weekend box office | Top 10 OTT this week"
    page = _story("REEL TALKIES", "Movies", "Box Office", bar, "", _HEADLINE, "Dec 1, 2025, 14:30 IST")
    assert verdicts(page)[bar][1] == "a labelled bar of topics ('Trending: A | B | C')"
    assert inspect(page).headline == _HEADLINE


def test_a_news_networks_byline_names_no_writer() -> None:
    page = _story(_HEADLINE, "By Reel Talkies News Network", "Dec 1, 2025, 14:30 IST")
    assert inspect(page).fields.authors == ()


def test_a_sites_stay_tuned_sign_off_is_not_the_last_sentence() -> None:
    sign_off = (
        "Stay tuned to Reel Talkies for the latest box office updates, new movie releases and celebrity news."
    )
    page = _story(_HEADLINE, "By Asha Rao", "Dec 1, 2025, 14:30 IST")
    assert inspect(f"{page}\n\n{sign_off}\n").body[-1] == LAST


def test_a_bar_of_the_citys_date_and_weather_names_no_outlet() -> None:
    page = _story(
        "Rosario | 30/11/2025 | 19\u00b0C Partly cloudy",
        "",
        "Subscribe",
        "Log in",
        "",
        "THE PARANA COURIER",
        "",
        "Argentina",
        "Politics",
        "Sports",
        _HEADLINE,
        "Sunday, November 30, 2025 - 00:41 (UTC-3)",
        "by Martina Quiroga",
        tail=("THE PARANA COURIER", "Editorial Litoral S.A. \u2013 All rights reserved", "About us"),
    )
    assert inspect(page).fields.outlet.casefold() == "the parana courier"


def _blog(*tail: str) -> str:
    return _story(
        "The Harmattan Quarterly",
        "Reviews",
        _HEADLINE,
        "Posted by Tolu Adeyemi",
        "December 1, 2025",
        tail=(*tail, "\u00a9 2025 The Harmattan Quarterly"),
    )


def test_a_blogs_posted_by_line_names_its_writer() -> None:
    assert inspect(_blog()).fields.authors == ("Tolu Adeyemi",)


def test_readers_comments_under_a_blogs_heading_name_no_writer_and_no_time() -> None:
    comments = (
        f"2 thoughts on \u201c{_HEADLINE}\u201d",
        "Nneka O.",
        "December 1, 2025 at 4:12 pm",
        "Beautiful review. The chapter on the river was my favourite part of the book.",
        "Reply",
        "Leave a Reply",
    )
    fields = inspect(_blog(*comments)).fields
    assert fields.authors == ("Tolu Adeyemi",)
    assert fields.published is None
    assert fields.outlet == "The Harmattan Quarterly"


def test_a_reviews_listing_of_the_run_is_not_its_last_sentence() -> None:
    listing = "The Cherry Orchard runs at the Calder Playhouse, Leeds until 10 January 2026."
    page = _story(_HEADLINE, "By Ruth Ellery", "2 December 2025")
    assert inspect(f"{page}\n\n{listing}\n").body[-1] == LAST


def test_a_reader_views_host_with_a_word_added_is_the_name_the_page_uses() -> None:
    promo = "Revisit Resonance\u2019s review of Glasshouse Weather."
    page = _story("resonancemag.example", _HEADLINE, "Dana Whitcombe", "4\u20135 minutes", tail=(promo,))
    reading = inspect(page)
    assert reading.fields.outlet == "Resonance"
    assert promo not in reading.body


def test_a_masthead_of_initials_is_spelled_out_by_the_copyright_line() -> None:
    page = _story(
        "SSL",
        "Fixtures",
        "Results",
        "Download the official SSL app",
        _HEADLINE,
        "By Aditya Menon",
        "Nov 29, 2025 | 10:12 PM IST",
        tail=("About SSL", "\u00a9 2025 Subcontinental Super League. All rights reserved."),
    )
    assert inspect(page).fields.outlet == "Subcontinental Super League"


def test_a_caption_without_a_verb_above_the_lede() -> None:
    caption = "Harbour boss Danny Pearce on the touchline at Wrexford Park this afternoon."
    lede = (
        "Danny Pearce praised his side's resilience after Harbour Rovers twice came from behind to take a point "
        "from their trip to Wrexford City, but admitted they should have won it late on."
    )
    page = _story(
        _HEADLINE, "Ben Caulfield", "Saturday 29 November 2025 \u2022 17:42", lede=f"{caption}\n\n{lede}"
    )
    assert inspect(page).body[0] == lede


def test_a_deck_over_a_bar_of_the_writer_and_the_stamp() -> None:
    deck = (
        "Kingsbury Athletic have moved ahead of two rivals in the chase for Aarhus midfielder Mikkel Lund, "
        "according to sources close to the club."
    )
    page = _story(
        "TransferTrack",
        _HEADLINE,
        deck,
        "Rory Gallacher | Mon 1st Dec 2025, 10:15 GMT",
        "Add TransferTrack as a preferred source on Google",
        "Mikkel Lund in action for Aarhus in the Danish Superliga this season",
        lede="Kingsbury Athletic have stepped up their interest in Aarhus midfielder Mikkel Lund and are now "
        "the best placed of several clubs to sign the Denmark under-21 international.",
    )
    reading = inspect(page)
    assert reading.body[0] != deck
    assert reading.fields.authors == ("Rory Gallacher",)


def test_a_sites_verdict_box_is_not_the_last_sentence() -> None:
    verdict = (
        "TransferTrack's verdict: A January move is possible, but only if Kingsbury can clear space first."
    )
    page = _story(_HEADLINE, "Rory Gallacher | Mon 1st Dec 2025, 10:15 GMT")
    assert inspect(f"{page}\n\n{verdict}\nTransfer rumour rating: 3/5\n").body[-1] == LAST


def test_a_live_pages_headline_over_its_byline_is_no_banner() -> None:
    headline = "Live: Australia v England second Test, day one at the Gabba \u2014 live scores and updates"
    page = _story(
        "SCB News",
        "Sport / Cricket",
        headline,
        "By Hamish Trevena",
        "Posted Thu 4 Dec 2025 at 1:45pm AEDT",
        "AUS 6-312 (90 ov)",
        "Stumps, day one",
        lede="That's stumps on day one of the second Test at the Gabba, with Australia's batters clawing back "
        "a day against England that began with two wickets in the opening hour.",
    )
    assert inspect(page).headline == headline


def test_a_matchs_title_with_its_score_over_the_reports_headline() -> None:
    page = _story(
        "FRAGLINE",
        "News",
        "Matches",
        "Stockholm Masters 2025 Grand Final: Halcyon 3-2 Ember Collective",
        "",
        "Halcyon reverse-sweep Ember to lift Stockholm Masters trophy",
        "Jonas Lindqvist",
        "30-11-2025 22:14",
        "",
        "Halcyon celebrate on stage at the arena in Stockholm",
        "Photo credit: Mira Soderberg / Stockholm Masters",
        lede="Halcyon have won the Stockholm Masters after coming back from a 0-2 deficit against Ember "
        "Collective in a five-map grand final on Sunday night.",
    )
    assert inspect(page).headline == "Halcyon reverse-sweep Ember to lift Stockholm Masters trophy"


def test_a_korean_blog_posts_title_and_the_bloggers_nickname() -> None:
    title = "시리즈A 실패 후 1년, 우리가 회사를 접지 않은 이유"
    page = "\n".join(
        (
            "나루 블로그",
            "블로그 홈",
            "로그인",
            "고래는 천천히 헤엄친다",
            "밭두렁 대표의 창업 기록",
            "전체보기 (214)",
            "창업일지 (87)",
            "창업일지",
            title,
            "고래대표",
            "2025. 11. 30. 23:12",
            "이웃추가",
            "",
            *(f"{paragraph}\n" for paragraph in _KO_STORY),
        )
    )
    reading = inspect(page)
    assert reading.headline == title
    assert reading.fields.authors == ("고래대표",)
