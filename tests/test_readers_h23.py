"""The raw reader on the shapes the h23a and h23c batches showed (issue 20, stop 45): the
furniture of the publishing platforms most news sites run on (a theme's credit, an author
box with its links, a summary box, sign-up forms and donation boxes), state initials in a
dateline, and public radio's transcripts and show notes. Every name, outlet and sentence
here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from tests.test_readers_h21 import BODY, HEADLINE, LAST, STORY, _body, _page
from tests.test_readers_unseen import inspect

# --- the platforms' furniture ---------------------------------------------------------


def test_a_themes_credit_with_the_copyright_mark_names_no_outlet() -> None:
    footer = (
        "The Mohawk Beacon is an independent news site.",
        "\u00a9 Broadsheet WordPress Theme by tagStudio",
    )
    reading = inspect(_page("By Jane Roe", "March 4, 2025", footer=footer))
    assert reading.fields.outlet != "Broadsheet WordPress Theme by tagStudio"
    assert "Theme" not in reading.fields.outlet


def test_a_writers_name_over_a_link_to_write_to_them_and_the_storys_age_is_the_byline() -> None:
    reading = inspect(
        _page("Aditi Raghunathan", "Send an email", "4 hours ago", "Last Updated: June 11, 2025")
    )
    assert reading.fields.authors == ("Aditi Raghunathan",)


def test_an_interns_reporting_credit_names_an_author() -> None:
    credit = "Statehouse intern Noor Haddad contributed reporting."
    reading = inspect(_page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n{credit}"))
    assert reading.fields.authors == ("Jane Roe", "Noor Haddad")


def test_a_summary_box_over_a_picture_over_the_lede_is_the_headers() -> None:
    points = (
        "The developer will charge a fifth more for the farm's power.",
        "Consumer advocates call it a reward for bad bidding.",
        "A turbine contract is due by the end of the year.",
    )
    caption = "Turbine blades wait on the dock at the port's marine terminal"
    lede = STORY[0][:-1] + ", the commission said in its order."
    story = "\n\n".join((lede, *STORY[1:], LAST))
    body = "Summary\n\n" + "\n".join(points) + f"\n\n{caption}\n\n{story}"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[0] == lede


def test_who_pays_for_the_reporting_after_the_story_is_the_pages() -> None:
    funding = (
        "Reporting on the offshore wind industry is supported in part by the Coastal Futures Foundation. "
        "Harbor Wire retains full editorial control."
    )
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{BODY}\n\n{funding}"))[-1] == LAST


def test_a_datelines_state_in_initials() -> None:
    for dateline in ("ABERDEEN, S.D.", "ALBANY, N.Y.", "CHARLESTON, W.Va."):
        body = f"{dateline} \u2014 {BODY}"
        reading = inspect(_page("By Jane Roe", "March 4, 2025", body=body))
        assert reading.fields.dateline == dateline
        assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[0] == STORY[0]


def test_a_sign_up_forms_answers_and_a_teasers_promise_are_the_pages() -> None:
    form = "Sign up for Harbor Wire\nSubscribe\nEmail sent! Check your inbox to complete your signup.\n"
    form += "No spam. Unsubscribe anytime.\nRead more\n"
    form += "Ferry fares rise again in spring\n"
    form += "The harbour's new terminal has been promised for a decade. Here's what changes this time.\n"
    body = f"{STORY[0]}\n\n{STORY[1]}\n\n{form}\n{STORY[2]}\n\n{LAST}"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY[:3], LAST]


def test_a_donation_boxs_appeal_among_its_amounts_is_the_pages() -> None:
    box = "Support Harbor Wire\nWe don't have a paywall. Reporting like this is paid for by readers.\n"
    box += "$10\n$25\n$50\nOther\nDonate now\n"
    body = f"{STORY[0]}\n\n{STORY[1]}\n\n{box}\n{STORY[2]}\n\n{LAST}"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY[:3], LAST]


def test_a_public_broadcasters_underwriting_spot_is_the_pages() -> None:
    spot = "Support for Harbor Public Radio comes from Tidewater Credit Union, serving the coast since 1931."
    body = f"{STORY[0]}\n\n{STORY[1]}\n\n{spot}\n\n{STORY[2]}\n\n{LAST}"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY[:3], LAST]


# --- public radio: transcripts and show notes -----------------------------------------


def test_a_transcripts_reporter_its_sign_off_and_a_speakers_words() -> None:
    transcript = "\n".join(
        (
            "MARIA CHEN, HOST:",
            STORY[0],
            "",
            "JENNA ORTIZ, BYLINE:",
            STORY[1],
            "",
            "HECTOR SALAZAR:",
            "We have more paper water in this valley than wet water.",
            "",
            f"ORTIZ: {LAST} For Harbor Public Radio News, I'm Jenna Ortiz in Safford, Ariz.",
        )
    )
    reading = inspect(_page("November 18, 2025 4:45 PM ET", body=transcript))
    assert reading.fields.authors == ("Jenna Ortiz",)
    body = [line.text for line in reading.lines if line.verdict == "body"]
    assert "We have more paper water in this valley than wet water." in body
    assert body[-1] == f"ORTIZ: {LAST}"


def test_an_episodes_credits_name_its_reporter() -> None:
    credits = (
        "This episode was reported by Naomi Ferreira and produced by Caleb Osei. Our host is Lydia Marchetti. "
        "Editing by Ruth Ann Kowalski."
    )
    reading = inspect(_page("NOV 3, 2025", body=f"{BODY}\n\n{credits}"))
    assert reading.fields.authors == ("Naomi Ferreira",)
    assert _body(_page("NOV 3, 2025", body=f"{BODY}\n\n{credits}"))[-1] == LAST


# --- aggregators and reposts ----------------------------------------------------------


def test_a_reader_apps_note_on_its_own_view_is_chrome() -> None:
    note = "Lite View shows a simplified version of this story. Open the original page for photos, video and comments."
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{note}\n{BODY}"))[0] == STORY[0]


def test_a_blogs_repost_names_the_outlet_it_came_from_and_its_writer() -> None:
    text = "\n".join(
        (
            "notes.danawhitfield.example",
            "The last foundry in the county almost didn't close",
            "Dana Whitfield",
            "8\u201310 minutes",
            "",
            "Republished with permission from The Ferrous Review, where it first appeared on June 2, 2025.",
            "",
            "By Marisol Ocampo",
            "",
            BODY,
        )
    )
    reading = inspect(text + "\n")
    assert reading.fields.outlet == "The Ferrous Review"
    assert reading.fields.authors == ("Marisol Ocampo",)


def test_a_partners_name_over_its_follow_button_and_follower_count_is_the_outlet() -> None:
    top = ("Skylight", "Search the web", "Sign in", "Money", "Markets", "Real Estate")
    card = ("Tri-County Business Ledger", "Follow", "18.2K Followers")
    footer = ("\u00a9 2025 Skylight",)
    reading = inspect(_page("Story by Renee Castellanos", top=(*top, *card), footer=footer))
    assert reading.fields.outlet == "Tri-County Business Ledger"


# --- the second halves: captions, banners, boards and agencies --------------------------


def test_a_caption_credited_in_a_sentence_is_a_caption() -> None:
    caption = (
        "The loading dock's steel canopy will stay. Photography by Marisela Quintanar for Old Pueblo Monthly."
    )
    body = f"{STORY[0]}\n\n{caption}\n\n" + "\n\n".join((*STORY[1:], LAST))
    assert caption not in _body(_page("By Jane Roe", "March 4, 2025", body=body))


def test_a_cookie_banner_over_the_page_and_a_blog_platforms_posted_by_line() -> None:
    banner = (
        "This website stores cookies on your device. We use them to understand how visitors use our pages.",
        "If you decline, we won't track your visits. A single small cookie will remember that choice.",
        "Accept",
        "Decline",
    )
    reading = inspect(_page("Posted by Dana Okafor on Jun 3, 2025 9:15:00 AM", top=banner))
    assert reading.fields.authors == ("Dana Okafor",)
    assert reading.fields.published is not None and reading.fields.published.hour == 9
    assert reading.headline == HEADLINE
    forum = inspect(_page("Posted by riverrat22 on Jun 3, 2025"))
    assert [line.verdict for line in forum.lines if line.text.startswith("Posted by")] == ["forum"]


def test_a_comment_boards_rules_after_the_story_are_chrome() -> None:
    rules = (
        "Keep it clean. Leave out obscene, vulgar or hateful language.",
        "PLEASE DON'T TYPE IN ALL CAPS.",
        "Be honest. Don't post what you know to be false.",
        "Be kind. Nothing that demeans people for who they are.",
    )
    assert _body(_page("By Jane Roe", "March 4, 2025", footer=("Comments", *rules)))[-1] == LAST


def test_an_app_banners_tagline_is_no_headline_but_a_first_line_over_the_button_is() -> None:
    banner = (
        "LocalPulse: Local News & Alerts",
        "Stay informed about offshore wind",
        "Open App",
        "LocalPulse",
    )
    card = ("", "Harbor Wire", "Follow", "Tuesday, August 19, 2025 at 4:05 PM CDT", "")
    page = "\n".join((*banner, *card, HEADLINE, "", "By Jane Roe", "", BODY)) + "\n"
    assert inspect(page).headline == HEADLINE
    page = "\n".join((HEADLINE, "Open in app", "", BODY)) + "\n"
    assert inspect(page).headline == HEADLINE


def test_an_agencys_writers_joined_by_with_and_in_their_city() -> None:
    reading = inspect(_page("by Chikondi Phiri with Grace Banda in Blantyre", "May 27, 2025"))
    assert reading.fields.authors == ("Chikondi Phiri", "Grace Banda")


def test_a_caption_without_its_full_stop_over_a_photographer_and_agency() -> None:
    caption = "Ambulances queue outside the emergency department of a hospital in Leeds (Owen Hartley/BPA)"
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{caption}\n\n{BODY}"))[0] == STORY[0]


def test_an_agencys_story_on_a_paper_names_the_agency() -> None:
    reading = inspect(_page("By Ella Marchbank, BPA Health Correspondent", "17th June 2025"))
    assert reading.fields.outlet == "BPA"
    note = "This report by The Confederation Press was first published Oct. 8, 2025."
    reading = inspect(_page("By Harlan Mackenzie", "Oct. 8, 2025", body=f"{BODY}\n\n{note}"))
    assert reading.fields.outlet == "The Confederation Press"


def test_a_file_pictures_caption_is_no_dateline() -> None:
    caption = "FILE - A towboat pushes barges past the riverfront in New Orleans, Sept. 27, 2023."
    body = f"{caption}\n\nNEW ORLEANS (CNW) \u2014 {BODY}"
    reading = inspect(_page("By Ruth Okafor", "Sept. 4, 2025", body=body))
    assert reading.fields.dateline == "NEW ORLEANS"


def test_a_second_writer_in_capitals_with_the_agencys_name_glued_on() -> None:
    reading = inspect(_page("By MARCUS ELLERY and TOVA RENNICK Union Press Association", "Mar 4, 2025"))
    assert reading.fields.authors == ("Marcus Ellery", "Tova Rennick")


def test_a_welcome_mails_note_and_a_member_drives_asks_are_chrome() -> None:
    for line in (
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "Can't afford to donate? Support Harbor Wire by creating a free account and log in while you read.",
        "Consider supporting Harbor Wire starting at $2 to help us provide free, quality journalism.",
    ):
        body = f"{STORY[0]}\n\n{STORY[1]}\n\n{line}\n\n{STORY[2]}\n\n{LAST}"
        assert _body(_page("By Jane Roe", "March 4, 2025", body=body)) == [*STORY[:3], LAST], line


def test_a_radio_pages_summary_over_its_transcript_is_the_pages() -> None:
    summary = "Regulators let a wind developer charge more, and consumer groups say it rewards a bad bid."
    transcript = (
        f"{summary}\n\nTranscript\nMARIA CHEN, HOST:\n{STORY[0]}\n\nJENNA ORTIZ, BYLINE:\n"
        + "\n\n".join((*STORY[1:], LAST))
    )
    assert _body(_page("November 18, 2025 4:45 PM ET", body=transcript))[0] == STORY[0]


def test_a_podcast_directorys_channel_is_the_outlet() -> None:
    top = (
        "Podshelf",
        "Open in Podshelf",
        "Browse",
        "Sign In",
        "",
        "The Tideline",
        "Episode 188",
        "NOV 3, 2025",
    )
    info = (
        "Information",
        "Show",
        "The Tideline",
        "Channel",
        "The Bellhaven Chronicle",
        "Frequency",
        "Updated Weekly",
    )
    footer = (*info, "", "Copyright \u00a9 2025 Podshelf Inc. All rights reserved.")
    reading = inspect(_page(top=top, footer=footer))
    assert reading.fields.outlet == "The Bellhaven Chronicle"


# --- h24a and h24c, first halves (stop 45) ----------------------------------------------


def test_a_wires_writer_cards_after_the_story_and_a_credit_with_a_state() -> None:
    credit = "Harbor Wire writer Hollis Grant in Reno, Nevada, contributed to this report."
    cards = (
        "RAFAEL MONTOYA",
        "Montoya covers Nevada, Utah and the Mountain West for Harbor Wire. He is based in Salt Lake City.",
        "JUNE PARK",
        "Park is a Harbor Wire reporter covering energy and mining in the western United States.",
    )
    reading = inspect(
        _page("By RAFAEL MONTOYA and JUNE PARK", "March 4, 2025", body=f"{BODY}\n\n{credit}", footer=cards)
    )
    assert reading.fields.authors == ("Rafael Montoya", "June Park", "Hollis Grant")
    assert [line.text for line in reading.lines if line.verdict == "body"][-1] == LAST
    bios = [line.rule for line in reading.lines if line.text.startswith(("Montoya ", "Park "))]
    assert bios == ["the author's biography", "the author's biography"]  # the card's, by surname


def test_a_stations_pointer_a_shop_links_disclosure_and_a_synthetic_voices_note() -> None:
    pointer = f"{LAST} For the latest news, weather, sports, and streaming video, head to KZTQ."
    body = "\n\n".join((*STORY, pointer))
    assert _body(_page("By Jane Roe", "March 4, 2025", body=body))[-1] == LAST
    for line in (
        "If you buy something from a Harbor Wire link, Palisade Media may earn a commission. See our ethics statement.",
        "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
        "Reporting from Saguaro Flats, Ariz.",
    ):
        assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{line}\n\n{BODY}"))[0] == STORY[0], line


def test_a_viewers_title_bar_cut_short_gives_way_to_the_headline_in_full() -> None:
    bar = ("\u2715", "Regulators let offshore wind developer", "harborwire.example", "Delivered by Findr")
    page = "\n".join((*bar, "Harbor Wire", "Menu", HEADLINE, "By Jane Roe", "March 4, 2025", "", BODY)) + "\n"
    assert inspect(page).headline == HEADLINE


def test_a_forms_by_signing_up_is_no_byline_and_a_companys_number_no_name() -> None:
    small_print = "By signing up you agree to Harbor Wire's Terms of Service and Privacy Policy."
    reading = inspect(_page("March 4, 2025", footer=("Newsletter", small_print)))
    assert reading.fields.authors == ()
    rights = "\u00a9 2025 Ore Ledger Media Pty Ltd ABN 61 604 118 932. All rights reserved."
    page = "\n".join((HEADLINE, "By Jane Roe", "March 4, 2025", "", BODY, "", rights)) + "\n"
    assert inspect(page).fields.outlet == "Ore Ledger"


def test_a_two_sentence_caption_before_the_datelines_paragraph() -> None:
    caption = (
        "A combine harvests soybeans near Grundy Center, Iowa, in October. The rates were set on Tuesday."
    )
    body = f"{caption}\n\nOMAHA (Harbor Wire) -- {BODY}"
    reading = inspect(_page("By Jane Roe", "March 4, 2025", body=body))
    assert reading.fields.dateline == "OMAHA"
    assert next(line.text for line in reading.lines if line.verdict == "body") == STORY[0]


def test_a_releases_notes_to_editors_and_its_about_the_university_end_the_story() -> None:
    notes = (
        "Notes to editors",
        "",
        "2. The research was funded by the Environmental Sciences Research Council and the Coastal Trust.",
        "",
        "About the University of Kelderby",
        "",
        "The University of Kelderby is a research-intensive university in the north of England.",
    )
    assert _body(_page("By Jane Roe", "14 May 2025", footer=notes))[-1] == LAST


def test_a_data_sites_pointer_to_its_app_is_chrome() -> None:
    pointer = "See this visualization first on the Mosaic app."
    assert _body(_page("By Jane Roe", "March 4, 2025", body=f"{pointer}\n\n{BODY}"))[0] == STORY[0]


def test_an_in_app_browsers_tab_title_with_the_sites_name_and_a_postal_codes_dateline() -> None:
    bar = ("\u2715", "townline.example", f"{HEADLINE} | Maple Glen, NJ Townline", "\u22ef")
    header = ("Townline", "Maple Glen, NJ", "News Feed", "Events", "", HEADLINE)
    byline = (
        "By Jen Alvarez, Townline Staff",
        "Verified Townline Staff Badge",
        "Posted Tue, Mar 4, 2025 at 9:41 am ET",
    )
    page = "\n".join((*bar, *header, *byline, "", f"MAPLE GLEN, NJ \u2014 {BODY}")) + "\n"
    reading = inspect(page)
    assert reading.headline == HEADLINE
    assert reading.fields.dateline == "MAPLE GLEN, NJ"
    assert reading.fields.outlet == "Townline"
    assert [line.verdict for line in reading.lines if line.text.endswith("Badge")] == [
        "chrome"
    ]  # an alt text


def test_a_writers_name_glued_to_the_date_after_it() -> None:
    reading = inspect(_page("Derek HalvorsenMar 4, 2025, 11:58 PM ET"))
    assert reading.fields.authors == ("Derek Halvorsen",)
    published = reading.fields.published
    assert published is not None
    assert (published.hour, published.minute) == (23, 58)
