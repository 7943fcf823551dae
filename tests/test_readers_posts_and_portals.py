"""The raw reader on shapes of stop 36's read halves (issue 20): newsletter posts on a
writers' platform, portals carrying another outlet's story, machine summaries over the
story, and the furniture between and after its paragraphs. Every name and sentence is
made up; the shapes are those the batches showed.
"""

from __future__ import annotations

from tests.test_readers_small_print import HEADLINE, LAST, STORY
from tests.test_readers_unseen import inspect, verdicts

BODY = "\n\n".join([*STORY, LAST])


# --- a machine summary over the story ---------------------------------------------------

SUMMARY_NOTE = "An AI-generated summary: check it against the story below."
POINTS = (
    "The ferry operator will run three more winter crossings a week to the island.",
    "Islanders had asked for a later boat home after work.",
)
DATELINED = "PORT ALDER, Maine \u2013 " + STORY[0]


def test_an_ai_summarys_points_over_the_writers_card_are_not_the_story() -> None:
    text = "\n".join(
        [
            HEADLINE,
            SUMMARY_NOTE,
            *POINTS,
            "MARA QUILL",
            "Jan 14, 2025 9:30 AM EST",
            DATELINED,
            *STORY[1:],
            LAST,
        ]
    )
    reading = inspect(text + "\n")
    assert reading.body[0] == STORY[0]
    assert reading.fields.dateline == "PORT ALDER, Maine"
    assert not any(point in " ".join(reading.body) for point in (SUMMARY_NOTE, *POINTS))


def test_an_ai_summarys_points_over_the_datelined_paragraph_are_not_the_story() -> None:
    notice = "Harbour News used AI to summarise this story; the full text is below."
    text = "\n".join(
        [HEADLINE, "Mara Quill", "Jan 14, 2025 9:30 AM EST", notice, "Show key points", *POINTS, DATELINED]
    )
    reading = inspect(text + "\n\n" + "\n\n".join([*STORY[1:], LAST]) + "\n")
    assert reading.body[0] == STORY[0]
    assert reading.fields.dateline == "PORT ALDER, Maine"


def test_sentences_under_an_ai_notice_that_run_into_the_story_stay_the_story() -> None:
    """Nothing closes the box (no card, no dateline): where the points end is not known,
    so only the notice leaves."""
    text = "\n".join([HEADLINE, "By Mara Quill", "Jan 14, 2025 9:30 AM EST", SUMMARY_NOTE, *STORY, LAST])
    reading = inspect(text + "\n")
    assert reading.body[0] == STORY[0]
    assert SUMMARY_NOTE not in reading.body


# --- a site's domain signing the story off ----------------------------------------------


def test_a_lower_case_domain_signing_off_the_last_paragraph_is_cut_off() -> None:
    signed = LAST + " \u2013 harbournews.example"
    footer = ["Mara Quill writes about the islands for Harbour News.", "Add a comment"]
    text = "\n".join([HEADLINE, "By Mara Quill", "Jan 14, 2025 9:30 AM EST", "", *STORY, signed, *footer])
    reading = inspect(text + "\n")
    assert reading.body[-1] == LAST


# --- a newsletter post on a writers' platform --------------------------------------------


def _post(*middle: str, tail: tuple[str, ...] = ()) -> str:
    top = ["Brine Letters", "Subscribe", "Sign in", "Pass it on", HEADLINE, "Copy link"]
    card = ["A ferry timetable, and what it says about who the island is for", "Tobias Wren", "Jan 14, 2025"]
    footer = [
        "31 Hearts \u00b7 4 Shares",
        "Talk about this letter",
        "Want another one?",
        "\u00a9 2025 Tobias Wren",
    ]
    return "\n".join([*top, *card, "Share", "", *STORY[:2], *middle, *STORY[2:], LAST, *tail, *footer]) + "\n"


def test_a_writers_name_alone_over_the_stamp_named_again_only_in_the_copyright_is_the_author() -> None:
    assert inspect(_post()).fields.authors == ("Tobias Wren",)


def test_a_sites_name_over_the_stamp_that_its_footer_prints_again_is_no_author() -> None:
    text = _post(tail=("About Kestrel Point",)).replace("Tobias Wren\nJan 14", "Kestrel Point\nJan 14")
    assert inspect(text).fields.authors == ()


def test_a_reader_supported_box_between_the_paragraphs_is_not_the_story() -> None:
    box = (
        "Brine Letters is reader-funded. Become a paying subscriber to keep the letters coming to your "
        "inbox each week."
    )
    reading = inspect(_post(box, "Subscribe"))
    assert box not in reading.body
    assert reading.body[-1] == LAST


def test_a_sign_up_box_inside_the_post_does_not_end_it() -> None:
    box = (
        "Thanks for reading Brine Letters! Join free and get each new letter.",
        "Type your e-mail address here",
    )
    reading = inspect(_post(*box, "Subscribe"))
    assert reading.body[-1] == LAST
    assert not any(line in reading.body for line in box)


def test_a_sign_off_at_the_end_of_the_post_still_ends_it() -> None:
    tail = ("Thanks for reading Brine Letters! Pass it on to a friend who likes boats.", "Share")
    reading = inspect(_post(tail=tail))
    assert reading.body[-1] == LAST
    assert verdicts(_post(tail=tail))[tail[0]][0] == "notice"


# --- a portal carrying another outlet's story --------------------------------------------


def test_the_outlet_a_portal_names_as_the_articles_first_home_is_the_outlet() -> None:
    footer = [
        "Mara Quill covers the waterfront for the Port Alder Gazette.",
        f"This story was originally published in Port Alder Gazette: {HEADLINE}",
        "Terms \u00b7 Privacy",
        "\u00a9 2025 Orbitpage Holdings",
    ]
    top = [
        "Orbitpage",
        "Email",
        "Headlines",
        "Orbitpage Headlines",
        "Port Alder Gazette",
        HEADLINE,
        "Mara Quill",
        "Jan 14, 2025",
    ]
    text = "\n".join([*top, "", BODY, "", *footer]) + "\n"
    assert inspect(text).fields.outlet == "Port Alder Gazette"


def test_a_professional_networks_repost_names_the_paper_it_first_appeared_in() -> None:
    note = "This column first appeared in The Harbour Courier's weekend pages on January 13, 2025."
    text = "\n".join(
        [
            HEADLINE,
            "Tobias Wren",
            "Published Jan 14, 2025",
            "",
            BODY,
            "",
            note,
            "Like",
            "Linkpost \u00a9 2025",
        ]
    )
    assert inspect(text + "\n").fields.outlet == "The Harbour Courier"


# --- a daily's correspondent and its small print ----------------------------------------


def _daily(*header: str, tail: tuple[str, ...] = ()) -> str:
    top = ["Harbour Courier", "News", HEADLINE, "Published 14 January 2025", *header]
    return "\n".join([*top, "", BODY, "", *tail]) + "\n"


def test_a_correspondent_from_a_city_under_by_alone_is_the_author() -> None:
    reading = inspect(_daily("By", "From Mara Quill, Port Alder"))
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.body[0] == STORY[0]


def test_a_follow_us_prompt_and_a_rights_notice_after_the_story_are_not_its_end() -> None:
    follow = (
        "Never miss a sailing! Follow Harbour Courier on Telegram for storm alerts and timetable changes. "
        "Tap to join!"
    )
    rights = (
        "All rights reserved. Nothing on this site may be copied, printed or sent on without the written "
        "permission of the Harbour Courier."
    )
    reading = inspect(_daily("By Mara Quill", tail=("Pass this story on:", follow, "", rights)))
    assert reading.body[-1] == LAST
    assert verdicts(_daily(tail=(follow,)))[follow][0] == "promo"


def test_a_story_that_reports_an_appeal_to_follow_a_channel_keeps_it() -> None:
    urged = (
        "Harbour Lines urged islanders to follow the ferry operator on WhatsApp for changes to the winter "
        "sailings, which would be posted there first."
    )
    reading = inspect(_daily("By Mara Quill", tail=(urged,)))
    assert reading.body[-1] == urged


def test_a_tip_lines_box_between_the_paragraphs_is_not_the_story() -> None:
    box = "Do you have documents about the ferry contracts? Email the desk at tips@courier.example."
    text = _daily("By Mara Quill").replace(STORY[1], f"{STORY[1]}\n\n{box}")
    reading = inspect(text)
    assert box not in reading.body
    assert reading.body[-1] == LAST


def test_leave_to_republish_after_the_story_is_not_its_last_paragraph() -> None:
    tail = ("Reprint this article at no cost. See our republishing terms.",)
    assert inspect(_daily("By Mara Quill", tail=tail)).body[-1] == LAST


# --- a podcast episode's page ------------------------------------------------------------


def test_a_shows_credits_end_its_notes_before_the_transcripts_excerpt() -> None:
    after = (
        "With Tobias Wren, who covers the islands",
        "Today's show was edited by Nell Harrow and engineered by Ivo Brandt.",
        "Transcript",
        "[00:01:12] Mara Quill: Welcome back to Tide Talk.",
        "[00:01:15] Tobias Wren: Glad to be here. The pier was packed on Monday night.",
        "Earlier shows",
        "Episode 41: The lighthouse that moved",
    )
    text = "\n".join(
        ["Harbour Courier", "Tide Talk", HEADLINE, "Hosted by Mara Quill", "Jan 14, 2025 6:15 AM ET"]
    )
    reading = inspect(text + "\n\n" + BODY + "\n\n" + "\n".join(after) + "\n")
    assert reading.body[-1] == LAST


# --- a policy newsletter's web page -------------------------------------------------------


def test_a_double_barrelled_name_in_capitals_keeps_both_capitals() -> None:
    text = (
        "\n".join([HEADLINE, "By MARA QUILL-WREN and HAN YEONG-IK", "01/14/2025 8:20 AM EST", "", BODY])
        + "\n"
    )
    assert inspect(text).fields.authors == ("Mara Quill-Wren", "Han Yeong-ik")


def test_a_label_in_capitals_under_the_sponsors_line_is_no_second_writer() -> None:
    header = [
        "Tide Brief",
        HEADLINE,
        "By MARA QUILL",
        "01/14/2025 8:20 AM EST",
        "Presented by Kestrel Power Trust",
    ]
    text = "\n".join([*header, "SHORT TAKE", *STORY, LAST]) + "\n"
    assert inspect(text).fields.authors == ("Mara Quill",)


def test_a_sponsors_message_and_the_tip_line_between_a_newsletters_sections_are_not_the_story() -> None:
    sponsor = (
        "A message from our partner, Kestrel Power Trust: Island grids need steady power through the winter storms, and the "
        "trust is building the cables to carry it. Learn how we keep the lights on."
    )
    tips = "Write to the desk at mquill@tidebrief.example. Follow Tide Brief on Threads."
    text = _daily("By Mara Quill").replace(STORY[1], f"{STORY[1]}\n\n{sponsor}\n\n{tips}")
    reading = inspect(text)
    assert sponsor not in reading.body and tips not in reading.body
    assert reading.body[-1] == LAST


# --- a press office's blog ---------------------------------------------------------------


def test_a_time_before_its_date_with_the_zone_in_parentheses_is_the_stamp() -> None:
    text = "\n".join(
        [HEADLINE, "Author: Harbour Desk", "Posted: 08:05 (UTC+2) on Tuesday 14 January 2025", "", BODY]
    )
    assert inspect(text + "\n").fields.published.isoformat() == "2025-01-14T08:05:00+02:00"


def test_a_blogs_like_button_still_loading_is_not_the_last_paragraph() -> None:
    tail = ("Share it:", "Like it?", "Like Loading\u2026", "More like this")
    assert inspect(_daily("By Mara Quill", tail=tail)).body[-1] == LAST


# --- a notices platform and a fact-check ---------------------------------------------------


def test_the_paper_a_notices_platform_says_published_the_notice_is_the_outlet_and_ends_it() -> None:
    tail = (
        "Published by the Port Alder Gazette on Jan. 12, 2025.",
        "Send flowers to the family through our shop.",
        "Services",
        "Saturday, Jan 18, 2025, 2 to 4 p.m.",
        "\u00a9 2025 Keepsake Notices. All rights reserved.",
    )
    reading = inspect("\n".join(["Keepsake Notices", "Obituaries", HEADLINE, "", BODY, "", *tail]) + "\n")
    assert reading.fields.outlet == "Port Alder Gazette"
    assert reading.body[-1] == LAST


def test_a_claim_from_above_the_story_printed_again_under_it_is_not_its_end() -> None:
    claim = "Starting in March, every island ferry will charge cyclists a fee of $20 per crossing."
    header = [
        "Harbour Checks",
        "said in a video on January 9, 2025:",
        f'"{claim}"',
        HEADLINE,
        "By Mara Quill",
    ]
    tail = ("Share the check", "Posts online", claim)
    reading = inspect("\n".join([*header, "", BODY, "", *tail]) + "\n")
    assert reading.body[-1] == LAST


def test_a_screenshots_caption_with_its_credit_in_parentheses_is_not_the_story() -> None:
    caption = "The post as it appeared on Tuesday morning. (Screenshot via Chatterbox)"
    text = _daily("By Mara Quill").replace(STORY[1], f"{STORY[1]}\n\n{caption}")
    assert caption not in inspect(text).body


def test_an_obituarys_title_is_its_headline() -> None:
    notice = (
        "Nell Harrow Quill, 91, of Port Alder, died peacefully on Thursday, January 9, 2025, at home with her "
        "family beside her.",
        "Nell kept the harbour light for thirty years and taught half the island to row. Her sons, Ivo and "
        "Tam, and six grandchildren miss her.",
        "Friends will gather at St. Brendan's Church on Saturday morning.",
    )
    text = "\n".join(
        ["Keepsake Notices", "Obituaries", "Nell Harrow Quill Obituary", "Nell Harrow Quill", ""]
    )
    assert inspect(text + "\n" + "\n\n".join(notice) + "\n").headline == "Nell Harrow Quill Obituary"


def test_a_link_to_the_writers_other_articles_names_the_writer_when_no_byline_does() -> None:
    top = [
        "Linkpost",
        HEADLINE,
        "Flag this post",
        "Tobias Wren",
        "Tobias Wren",
        "Harbour master | Ports",
    ]
    tail = ("Like", "Comment", "Other posts by Tobias Wren", "Linkpost \u00a9 2025")
    reading = inspect("\n".join([*top, "Published Jan 14, 2025", "", BODY, "", *tail]) + "\n")
    assert reading.fields.authors == ("Tobias Wren",)


def test_a_link_to_another_writers_articles_does_not_join_the_byline() -> None:
    tail = ("More stories from Nell Harrow",)
    assert inspect(_daily("By Mara Quill", tail=tail)).fields.authors == ("Mara Quill",)


def test_a_status_label_ends_the_trending_bar_above_the_headline() -> None:
    top = ["Harbour Courier", "Trending:", "Island Ferries", "Winter Storms", "LIVE"]
    headline = "Island ferry updates LIVE: Winter sailings added, evening boat to leave later"
    deck = (
        "A storm closed the pier at Port Alder on Tuesday morning, and the ferry operator moved the evening "
        "sailing while crews checked the ramps."
    )
    text = "\n".join([*top, headline, deck, "By Mara Quill", "Jan 14, 2025, 09:30 IST", "", BODY]) + "\n"
    assert inspect(text).headline == headline
