"""The raw reader on the shapes of this stop's batches (issue 20, stop 47). Every name,
outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.bylines import parse_byline
from tests.test_readers_h21 import LAST, STORY
from tests.test_readers_unseen import inspect


def _story(*top: str, lede: str = STORY[0], tail: tuple[str, ...] = ()) -> str:
    """A page: `top`, a blank line, the story (its first paragraph `lede`), and `tail` under
    it after a blank line."""
    story = (f"{lede}\n", *(f"{paragraph}\n" for paragraph in STORY[1:]), LAST)
    return "\n".join((*top, "", *story, *(("", *tail) if tail else ())))


# --- the outlet's name --------------------------------------------------------------------


def _agency_page(*credits: str) -> str:
    """An agency's page: its name in full in the masthead and the copyright line, its
    initials in the dateline and wherever else `credits` put them."""
    return _story(
        "Kestrel News Agency",
        "Home",
        "Regional News",
        "Regulators let offshore wind developer reprice its power contract",
        "By Ama Boateng",
        "Published: 19 Aug 2025, 17:41 GMT",
        lede=f"Tamale, Aug. 19, KNA - {STORY[0]}",
        tail=(*credits, "", "Copyright \u00a9 2025 Kestrel News Agency. All rights reserved."),
    )


def test_an_agency_that_goes_by_its_initials_is_named_by_them() -> None:
    page = _agency_page("Photo by Kofi Mensah, KNA", "KNA", "Edited by Efua Owusu", "About KNA")
    assert inspect(page).fields.outlet == "KNA"


def test_initials_only_in_the_dateline_are_spelled_out_as_the_page_names_it() -> None:
    assert inspect(_agency_page()).fields.outlet == "Kestrel News Agency"


# --- the headline -------------------------------------------------------------------------


def test_a_headline_of_two_sentences_over_the_writers_is_the_headline() -> None:
    headline = "Regulators let a wind developer reprice its power. Consumers will pay a fifth more."
    page = _story(
        "Basin Business Daily",
        "Subscribe",
        "Energy",
        "Markets",
        "Energy",
        headline,
        "Marisa Chen and Oliver Brandt",
        "Feb 18, 2025, 5:03 AM ET",
        "Share",
    )
    reading = inspect(page)
    assert reading.headline == headline
    assert reading.fields.authors == ("Marisa Chen", "Oliver Brandt")


# --- the writers --------------------------------------------------------------------------


def test_two_writers_cards_joined_by_a_line_of_and() -> None:
    page = _story(
        "ABN News",
        "Menu",
        "Cornwall",
        "Regulators let offshore wind developer reprice its power contract",
        "2 hours ago",
        "Share",
        "Save",
        "Tamsin Pengrose",
        "ABN News, Cornwall",
        "and",
        "Josh Carnell",
        "ABN Radio Cornwall",
    )
    assert inspect(page).fields.authors == ("Tamsin Pengrose", "Josh Carnell")


def test_two_names_set_apart_by_a_bar_under_the_headline_are_two_writers() -> None:
    page = _story(
        "Regulators let offshore wind developer reprice its power contract",
        "Asad Farooqi | Sana Mirwais",
        "Published March 4, 2025 05:14pm PKT",
    )
    assert inspect(page).fields.authors == ("Asad Farooqi", "Sana Mirwais")


def test_a_name_and_the_town_the_story_is_filed_from_is_one_writer() -> None:
    page = _story(
        "Harbor Wire",
        "Energy",
        "Regulators let offshore wind developer reprice its power contract",
        "Thandeka Mokoena | Port Elizabeth",
        "Published March 4, 2025 05:14pm SAST",
        "",
        "The developer's offices are in Port Elizabeth.",
    )
    assert inspect(page).fields.authors == ("Thandeka Mokoena",)


# --- the header ---------------------------------------------------------------------------


def test_a_members_pages_slug_is_no_headline() -> None:
    headline = "Regulators let offshore wind developer reprice its power contract"
    page = _story(
        "Wire Newsroom",
        "Story ID: 7c1e0d4a9b2f",
        "Slug: BC-US--Offshore Wind Contract,2nd Ld-Writethru",
        "Word count: 734",
        "First published: 2025-03-04 10:05:41 UTC",
        "Download",
        "Copy text",
        "EDS: Updates with the developer's comments.",
        headline,
        "By JANE ROE Harbor Press",
    )
    assert inspect(page).headline == headline


def test_an_agencys_published_and_publicly_released_dates_are_a_stamp() -> None:
    page = _story(
        "Public Accountability Office",
        "Regulators let offshore wind developer reprice its power contract",
        "PAO-25-107114",
        "Published: Mar 18, 2025 10:00 AM ET. Publicly Released: Mar 18, 2025 10:00 AM ET.",
    )
    reading = inspect(page)
    assert [line.verdict for line in reading.lines if line.text.startswith("Published:")] == ["stamp"]
    assert reading.fields.published is not None and reading.fields.published.hour == 10


# --- a company's release on a distributor's wire ------------------------------------------


def test_a_distributors_dateline_and_the_issuer_of_the_release() -> None:
    lede = (
        "Harbor Power, Inc. (Nasdaq: HRBP), a developer of offshore wind farms, today reported "
        "financial results for its fourth quarter of 2024."
    )
    page = _story(
        "Quoteline",
        "Markets",
        "Harbor Power Reports Fourth Quarter Results",
        "March 13, 2025 at 04:05 pm EDT",
        "Commerce Wire",
        "Share",
        lede=f"BOSTON, Mass.--(COMMERCE WIRE)--{lede}",
        tail=(
            "About Harbor Power",
            "Harbor Power, Inc. builds and runs offshore wind farms off New England.",
            "",
            "\u00a9 Commerce Wire 2025",
        ),
    )
    reading = inspect(page)
    assert reading.fields.dateline == "BOSTON, Mass."
    assert reading.body[0] == lede
    assert reading.fields.outlet == "Harbor Power"


def test_a_byline_outlet_and_day_set_apart_by_spaced_hyphens() -> None:
    page = _story(
        "The Potomac Times",
        "Politics",
        "Regulators let offshore wind developer reprice its power contract",
        "",
        "By Caleb Whitfield and Ruth Ann Delmare - The Potomac Times - Thursday, March 13, 2025",
    )
    reading = inspect(page)
    assert reading.fields.authors == ("Caleb Whitfield", "Ruth Ann Delmare")
    assert reading.fields.published is None  # a day without its time is no instant


def test_the_logos_homepage_link_names_the_outlet_and_uk_time_is_londons() -> None:
    page = (
        _story(
            "Menu",
            "The Dial homepage",
            "Subscribe",
            "News",
            "Regulators let offshore wind developer reprice its power contract",
            "Harriet Lowe",
            "Technology Correspondent",
            "March 12, 2025 6:00 am UK time(Updated 9:41 am)",
            "Share",
        )
        + "\n\u00a9 2025 Fulham Street Media Ltd. All rights reserved.\n"
    )
    fields = inspect(page).fields
    assert fields.outlet == "The Dial"
    assert fields.published is not None and fields.published.isoformat() == "2025-03-12T06:00:00+00:00"
    assert fields.updated is not None and fields.updated.isoformat() == "2025-03-12T09:41:00+00:00"


def test_a_homepage_link_of_an_article_alone_names_no_outlet() -> None:
    """'The homepage': the logo's picture held the rest of the name; the copyright names it."""
    top = ("The homepage", "Regulators let offshore wind developer reprice its power contract", "By Jane Roe")
    page = _story(*top) + "\n\u00a9 2025 Kilobyte Media. All rights reserved.\n"
    assert inspect(page).fields.outlet == "Kilobyte"


def test_breadcrumbs_one_a_line_over_the_headline_deck_and_byline() -> None:
    headline = "The wind developer behind the state's biggest farm just repriced its power. Here's who pays"
    page = _story(
        "GIGAHERTZ",
        "Innovation",
        "Business",
        "Trending",
        "Newsletters",
        "Home",
        "Tech",
        "Energy",
        "Offshore Wind",
        headline,
        "The new contract is aimed squarely at the three utilities that buy the farm's output.",
        "Written by Owen Sandner, Senior Contributing Writer",
        "March 13, 2025 at 6:00 a.m. PT",
    )
    assert inspect(page).headline == headline


def test_the_storys_closing_advice_to_the_reader_after_a_teaser_stays() -> None:
    advice = (
        "For most households, the practical effect is small. If you buy power from one of the three "
        "utilities, nothing changes on your bill this year. If you sell rooftop solar back to the "
        "utilities, watch for new offshore wind contract terms in the developer's rate filing once "
        "the regulators publish the final contract."
    )
    body = "\n\n".join((*STORY, LAST, "Also: Why your utility's climate plan starts with its grid", advice))
    page = "\n".join(("Harbor Wire", "Regulators let offshore wind developer reprice its power contract"))
    page += f"\nBy Jane Roe\n\n{body}\n\nEditorial standards\nShow Comments\n"
    assert inspect(page).body[-1] == advice


# --- a think tank's post ------------------------------------------------------------------


def test_a_think_tanks_post_its_writers_series_and_notes() -> None:
    page = _story(
        "www.harborpolicy.example",
        "Regulators let offshore wind developer reprice its power contract",
        "Mira Castell",
        "7\u20139 minutes",
        "",
        "Blog Post by Mira Castell with Devin Achterberg",
        "",
        "March 12, 2025 10:32 am (EDT)",
        "",
        "Energy Currents",
        "Energy Currents explores the economic and security choices facing the United States and its "
        "partners in the power markets.",
        tail=(
            "This work represents the views and opinions solely of the authors. The Harbor Policy Council is "
            "an independent, nonpartisan think tank.",
            "",
            "This work is licensed under Creative Commons Attribution-NoDerivatives 4.0 International License.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.authors == ("Mira Castell", "Devin Achterberg")
    assert reading.body == [*STORY, LAST]


def test_a_government_release_its_department_and_its_date_first_dateline() -> None:
    lede = "Rural communities will get faster mobile service under licences awarded today in the spectrum auction."
    page = _story(
        "Government of Canada / Gouvernement du Canada",
        "Menu",
        "Home",
        "News",
        "Government of Canada awards rural spectrum licences, with build-out deadlines",
        "From: Digital Infrastructure and Spectrum Canada",
        "News release",
        lede=f"March 11, 2025 \u2013 Ottawa, Ontario \u2013 {lede}",
    )
    reading = inspect(page)
    assert reading.fields.outlet == "Digital Infrastructure and Spectrum Canada"
    assert reading.fields.dateline == "March 11, 2025 \u2013 Ottawa, Ontario"
    assert reading.body[0] == lede


def test_a_clip_of_a_syndicated_article_its_clip_time_and_first_publisher() -> None:
    page = _story(
        "Regulators let offshore wind developer reprice its power contract",
        "Thursday, March 13, 2025",
        "4:18 PM",
        "",
        "Clipped from: https://pulsepoint.example/news/2025-03-offshore-wind.html",
        "",
        "Pulsepoint",
        "Energy research news and features",
        "by Harriet Osei and Liam Carrow, The Lectern",
        tail=(
            "Provided by The Lectern",
            "",
            "This article was first published by The Lectern. Read the original article.",
        ),
    )
    fields = inspect(page).fields
    assert fields.published is None  # the clip's time is the editor's, not the article's
    assert fields.outlet == "The Lectern"


def test_a_live_pages_one_post_its_title_and_its_time_in_words() -> None:
    title = "Wind developer's shares jump after regulators approve the new contract"
    page = _story(
        "\u2261",
        "Home",
        "Search",
        "Subscribe",
        "Markets",
        "LIVE",
        "Power stocks live: regulators reprice offshore wind contract; developer rebounds",
        "Updated 6 mins ago",
        "Showing one post",
        "See all 27 posts",
        "Pinned",
        "11:42 a.m. Hong Kong time, Thu, Mar 13, 2025",
        title,
        "Vivian Cheng",
        "Markets reporter",
    )
    reading = inspect(page)
    assert reading.headline == title
    published = reading.fields.published
    assert published is not None and published.isoformat() == "2025-03-13T11:42:00+08:00"


def test_a_magazine_features_title_deck_buttons_audio_promo_and_print_note() -> None:
    title = "The Harbor That Said No to the Turbines"
    page = _story(
        "The Westerly",
        "Menu",
        "Annals of Technology",
        title,
        "When a wind developer came to a fishing town, the fight over it turned into an argument about "
        "who gets the power, and who pays for it.",
        "By Eliza Marchand",
        "March 10, 2025",
        "Illustration by Tomoko Reyes",
        "Save this story",
        "Listen to this story",
        "To hear more feature stories, download the Earshot app.",
        tail=(
            "Published in the print edition of the March 17, 2025, issue, with the headline \u201cThe Wind Tax.\u201d",
        ),
    )
    reading = inspect(page)
    assert reading.headline == title
    assert reading.body == [*STORY, LAST]


def test_a_newsletters_issue_title_intro_and_the_storys_own_title_and_byline() -> None:
    title = "Regulators let offshore wind developer reprice its power contract"
    page = _story(
        "From: The Power Desk <nadia@powerdesk.example>",
        "Subject: Issue #112: Rules, rewritten",
        "Date: March 14, 2025 at 9:02:17 PM GMT+9",
        "",
        "THE POWER DESK",
        "Power, wind and the rules in between",
        "Issue #112 \u00b7 March 14, 2025",
        "",
        "Good morning, and welcome back. This week's letter is a single long read, because the rule "
        "everyone has been waiting for finally landed.",
        "",
        title,
        "By Nadia Ferrante, with reporting by Tom Ridgeway",
    )
    reading = inspect(page)
    assert reading.headline == title
    assert reading.fields.authors == ("Nadia Ferrante", "Tom Ridgeway")
    assert reading.body[0] == STORY[0]


def test_a_company_newsrooms_post_signed_by_its_officers_under_a_share_bar() -> None:
    page = _story(
        "Harbor Power Newsroom",
        "Company news",
        "Regulators let offshore wind developer reprice its power contract",
        "The new contract covers the farm's first 20 years of output.",
        "Mar 13, 2025",
        "\u00b7",
        "4 min read",
        "Share",
        "x.com",
        "Facebook",
        "LinkedIn",
        "Copy link",
        "Rafael Montalvo",
        "VP, Offshore Operations",
        "Ingrid Solheim",
        "Director, Grid Stewardship",
    )
    assert inspect(page).fields.authors == ("Rafael Montalvo", "Ingrid Solheim")


def test_a_newsroom_posts_ai_summary_box_view_caption_and_company() -> None:
    page = _story(
        "Harbor Power Newsroom",
        "Company news",
        "Regulators let offshore wind developer reprice its power contract",
        "Mar 13, 2025",
        "Read AI-generated summary",
        "General summary",
        "Harbor Power can charge about a fifth more for the power of its planned offshore wind farm, "
        "after state regulators approved an amended contract.",
        "Summaries were generated by Harbor AI. Generative AI is experimental.",
        "Share",
        "Copy link",
        "An aerial view of the planned Harbor Power wind farm site off Martha's Vineyard.",
        tail=(
            "About Harbor Power",
            "Harbor Power builds and runs offshore wind farms off New England.",
        ),
    )
    reading = inspect(page)
    assert reading.body == [*STORY, LAST]
    assert reading.fields.outlet == "Harbor Power"


# --- h27a: wires, a city radio, a Korean daily ----------------------------------------------


def test_a_radios_sign_off_for_its_station_over_its_foundations_copyright() -> None:
    page = _story(
        "News",
        "Regulators let offshore wind developer reprice its power contract",
        "2025.11.20 08:15",
        "Reporter : Jin Ha-neul",
    )
    page += (
        "\nReporting for Hangang FM, I'm Jin Ha-neul.\n\nCopyright \u00a9 Seoul Hangang Media Foundation.\n"
    )
    reading = inspect(page)
    assert reading.fields.outlet == "Hangang FM"
    assert reading.body[-1] == LAST


def test_an_agency_writing_its_name_in_small_letters_after_the_writer() -> None:
    page = _story(
        "Budapest Weekly",
        "Regulators let offshore wind developer reprice its power contract",
        "By Katrin Vogt, mpa",
    )
    assert inspect(page).fields.authors == ("Katrin Vogt",)


def test_korean_reporters_each_after_their_bureaus_city() -> None:
    assert parse_byline("세종 이민우\u00b7서울 한소희 기자").authors == ("이민우", "한소희")  # type: ignore[union-attr]
    assert parse_byline("세종 이민우 기자").authors == ("이민우",)  # type: ignore[union-attr]
    assert parse_byline("이윤서 수습기자, 박정우 기자").authors == ("이윤서", "박정우")  # type: ignore[union-attr]


def test_a_national_agencys_zone_in_brackets_and_its_glued_end_mark() -> None:
    page = _story(
        "Home",
        "Regulators let offshore wind developer reprice its power contract",
        "Wednesday, November 19, 2025 21:05 [GMT+7]",
    ).replace(LAST, LAST + "/.")
    reading = inspect(page)
    assert reading.body[-1] == LAST
    published = reading.fields.published
    assert published is not None and published.isoformat() == "2025-11-19T21:05:00+07:00"


def test_a_korean_dailys_ai_summary_box_over_the_story() -> None:
    story = (
        "국내 배터리 업계가 중국산 배터리의 저가 공세에 맞서 에너지저장장치 시장을 새 방어선으로 삼고 있다.",
        "18일 업계에 따르면 배터리 3사는 올해 북미에서 에너지저장장치 수주를 크게 늘렸다.",
        "미국 정부가 중국산 배터리에 매기는 관세도 국내 업체에 유리하게 작용하고 있다는 분석이 나온다.",
        "업계는 생산 라인 전환에 속도를 내고 있다고 밝혔다.",
    )
    page = "\n".join(
        (
            "아람경제",
            "K배터리, 중국 공세에 ESS로 방어선",
            "김도현 기자 dohyun@aram.example",
            "입력 2025-11-18 14:31:07",
            "AI 핵심 요약 beta",
            "국내 배터리 3사의 북미 ESS 수주가 올해 40GWh를 넘을 것으로 보인다.",
            "중국산 배터리에 대한 미국 관세가 국내 업체에 반사이익이 되고 있다.",
            "※ AI 요약은 기사 내용을 바탕으로 생성되었으며, 일부 내용이 원문과 다를 수 있습니다.",
            "",
            *(f"{paragraph}\n" for paragraph in story),
        )
    )
    assert inspect(page).body == list(story)


def test_a_writers_name_and_town_set_apart_by_a_wide_space_over_the_stamp() -> None:
    page = _story(
        "Business Sentinel",
        "Companies",
        "Regulators let offshore wind developer reprice its power contract",
        "The contract, approved after a four-month review, is the first of its kind in the state.",
        "Shreya Nair  New Delhi",
        "2 min read Last Updated : Mar 13 2025 | 9:41 PM IST",
    )
    assert inspect(page).fields.authors == ("Shreya Nair",)


def test_a_canadian_papers_file_photo_credit_and_its_agency_files_note() -> None:
    caption = (
        "The Wildcat Rapids generating station on the Winnipeg River. The utility says it could need new "
        "generation as early as 2029. (Mikaela Sorensen / Red River Standard files)"
    )
    tail = (
        "\u2014 With files from Maple Press\n\n"
        "priya.dhaliwal@redriverstandard.example\n\n"
        "Priya Dhaliwal\nReporter\n"
        "Priya Dhaliwal covers energy, natural resources and the environment for the Standard.\n"
        "Read more about Priya.\n\n"
        "Every piece of reporting Priya produces is reviewed by an editing team before it is posted online "
        "or published in print, part of the Standard's tradition of reliable independent journalism.\n\n"
        "Our newsroom depends on a growing audience of readers to power our journalism. If you are not a "
        "paid reader, please consider becoming a subscriber.\n"
    )
    body = "\n\n".join((caption, *STORY, LAST))
    page = "\n".join(
        ("Red River Standard", "Regulators let offshore wind developer reprice its power contract")
    )
    page += f"\nBy: Priya Dhaliwal\nPosted: 5:00 AM CDT Friday, Mar. 14, 2025\n\n{body}\n\n{tail}"
    assert inspect(page).body == [*STORY, LAST]
    verdicts = {line.text: line.verdict for line in inspect(page).lines}
    assert verdicts["\u2014 With files from Maple Press"] == "notice"  # the story's end, no teaser


def test_a_stations_host_in_the_byline_and_its_name_atop() -> None:
    page = _story(
        "WSVQ Channel 9",
        "Regulators let offshore wind developer reprice its power contract",
        "By Kendra Ollis, WSVQ.com and Marcus Tillery, Coastal Media Group National Content Desk",
        "Updated: 6:12 PM EDT Mar 13, 2025",
    )
    assert inspect(page).fields.outlet == "WSVQ Channel 9"


def test_a_release_filed_from_two_cities_and_its_zone_spelled_out() -> None:
    lede = (
        "Harbor Power, Inc., a developer of offshore wind farms, today opened a technology center in Austin."
    )
    page = _story(
        "Send a Release",
        "Harbor Power Opens Austin Technology Center",
        "November 18, 2025 08:00 AM Eastern Standard Time",
        lede=f"BOSTON, Mass. & AUSTIN, Texas--(TRADECAST WIRE)--{lede}",
        tail=(
            "About Harbor Power",
            "Harbor Power builds and runs offshore wind farms off New England.",
        ),
    )
    reading = inspect(page)
    assert reading.fields.dateline == "BOSTON, Mass. & AUSTIN, Texas"
    assert reading.fields.outlet == "Harbor Power"
    published = reading.fields.published
    assert published is not None and published.isoformat() == "2025-11-18T08:00:00-05:00"


def test_a_reader_view_of_a_broadcasters_page_host_initials_stamp_and_audio_label() -> None:
    page = _story(
        "news.hrt.example",
        "Regulators let offshore wind developer reprice its power contract",
        "Harbour Radio Television",
        "4\u20135 minutes",
        "2025-11-20 HKT 19:42",
        "Vicky Wong reports",
    )
    fields = inspect(page).fields
    assert fields.outlet == "Harbour Radio Television"
    assert fields.authors == ("Vicky Wong",)
    assert fields.published is not None and fields.published.isoformat() == "2025-11-20T19:42:00+08:00"


def test_a_forum_posters_join_date_is_not_the_articles() -> None:
    page = _story(
        "Silicon Garage Forums",
        "Regulators let offshore wind developer reprice its power contract",
        "kaitenzushi",
        "Posts: 3841",
        "Joined: Sat Jan 09, 2016 11:02 am",
        "Location: Fukuoka",
    )
    assert inspect(page).fields.published is None


def test_a_korean_bylines_name_label_is_no_name() -> None:
    assert parse_byline("기자명 오승준 선임기자").authors == ("오승준",)  # type: ignore[union-attr]
