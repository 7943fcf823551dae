"""The raw reader on the shapes of h17a's second half: a Nordic 'kl.' and a bullet between a
stamp's date and time, a page's whole HTML source, a reader view's 'Site · Section' line, a
language before the paper in a translation note, a box's sentence glued under its prompt or
card after the story, a caption over a photographer's credit without a label, a text
browser's bracketed logo, a source line that describes a programme, a copyright line that
asks to be cited by the masthead, a command to follow the site on a messaging app, a
browser's print margins, a station's call sign in the dateline, and a podcast transcript's
edges (its note on itself, the host's show open, the good-bye with the show's credits, the
words under a break label). One test per mechanism.

Every name, outlet, host and sentence here is made up; what is real is the shape.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.content.model import Article
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import read_raw_text
from digest.content.readers.rawtext.source import source_lines

TZ = ZoneInfo("Asia/Seoul")
CET = dt.timezone(dt.timedelta(hours=1))
HEADLINE = "Ferry company orders two hybrid boats for the fjord crossing after long delay"
L1 = (
    "The regional ferry company has ordered two hybrid boats for the fjord crossing, ending a "
    "three-year argument with the county over who would pay for the new vessels."
)
L2 = "The boats will be built at a yard in the north and are due to enter service in the spring of 2027."
L3 = "The county said it would pay for new charging points at both quays before the boats arrive."


def read(text: str) -> Article:
    return read_raw_text(Path("story.txt"), text, TZ, ChromeFilter())


def page(*header: str, tail: tuple[str, ...] = (), lede: str = L1) -> str:
    return "\n\n".join((*header, lede, L2, L3, *tail)) + "\n"


def last_sentence(article: Article) -> str:
    return article.text.rstrip().rsplit("\n\n", 1)[-1]


@pytest.mark.parametrize(
    "stamp", ["04.03.2025 kl. 10:20 CET", "4 March 2025, kl. 10:20 CET", "Mar 4, 2025 \u2022 10:20 am CET"]
)
def test_a_nordic_kl_or_a_bullet_between_date_and_time_keeps_the_time(stamp: str) -> None:
    article = read(page(HEADLINE, "By Sigrid Holm", stamp))
    assert article.published == dt.datetime(2025, 3, 4, 10, 20, tzinfo=CET)


def test_a_pages_html_source_shows_only_what_a_reader_sees() -> None:
    text = "\n".join(
        (
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            f"<title>{HEADLINE} | The Fjord Ledger</title>",
            "<script>window.tracker=window.tracker||[];</script>",
            "</head>",
            "<body>",
            '<main id="main">',
            "<h1>" + HEADLINE + "</h1>",
            '<div class="byline">By <a href="/author/sigrid-holm/">Sigrid Holm</a></div>',
            '<div class="meta"><time datetime="2025-03-04T10:20:00+01:00">Mar 4, 2025 &bull; 10:20 am CET</time></div>',
            f"<p>{L1}</p>",
            '<aside class="related"><h4>Related</h4><a href="/x/">Quay repairs finished early</a></aside>',
            f"<p>{L2}</p>",
            f"<p>{L3}</p>",
            "</main>",
            "<p>&copy; 2025 The Fjord Ledger. All rights reserved.</p>",
            "</body>",
            "</html>",
        )
    )
    article = read(text + "\n")
    assert article.headline == HEADLINE
    assert article.published == dt.datetime(2025, 3, 4, 10, 20, tzinfo=CET)
    assert "tracker" not in article.text
    assert "Quay repairs" not in article.text


def test_a_reader_views_site_and_section_line_names_the_outlet() -> None:
    text = page(
        "fjordledger.example",
        HEADLINE,
        "Sigrid Holm",
        "Fjord Ledger English \u00b7 Transport",
        "04.03.2025 10:20 CET",
        tail=("Get Fjord Ledger English in your inbox every week.",),
    )
    assert read(text).outlet == "Fjord Ledger English"


def test_a_kickers_two_sections_name_no_outlet() -> None:
    text = page("Europe \u00b7 Transport", HEADLINE, "By Sigrid Holm", "04.03.2025 10:20 CET")
    assert read(text).outlet != "Europe"


def test_a_language_before_the_paper_in_a_translation_note_is_no_outlet() -> None:
    text = page(
        HEADLINE,
        "Sigrid Holm",
        "04.03.2025 10:20 CET",
        "This article was first published in Norwegian in Fjordposten. Translated by our English desk.",
    )
    assert read(text).outlet != "Norwegian in Fjordposten"


def test_a_newsletters_pitch_glued_under_its_prompt_is_no_last_sentence() -> None:
    text = page(
        HEADLINE,
        "By Sigrid Holm",
        "04.03.2025 10:20 CET",
        tail=(
            "Get The Fjord Ledger in your inbox\nThe best of the west coast, in English, every Friday.\n"
            "Sigrid Holm\nTransport reporter\nCovers ferries, roads and rail. Write to her at sigrid@fjordledger.example",
        ),
    )
    assert last_sentence(read(text)) == L3


def test_a_note_glued_under_a_next_game_card_is_no_last_sentence() -> None:
    text = page(
        HEADLINE,
        "By Sigrid Holm",
        "04.03.2025 10:20 CET",
        tail=(
            "UP NEXT\nNorth Quay Rovers at Fjord United\nSat., Mar. 8 | 3:00 PM | Quay Park | TV: Fjord Sport\n"
            "Tickets for the home match go on sale Monday at 9 a.m. at fjordunited.example/tickets.",
        ),
    )
    assert last_sentence(read(text)) == L3


@pytest.mark.parametrize("credit", ["Sigrid Holm/Nordlys", "Anders Brekke for The Fjord Ledger"])
def test_a_caption_over_a_photographers_credit_without_a_label_is_no_lede(credit: str) -> None:
    caption = (
        "A deckhand, left, ties up the old diesel ferry at the north quay on a grey morning, "
        "a boat the county plans to keep in reserve for two more winters."
    )
    text = page(
        "The Fjord Ledger",
        HEADLINE,
        "By Sigrid Holm",
        "04.03.2025 10:20 CET",
        caption + "\n" + credit,
        tail=("\u00a9 2025 The Fjord Ledger",),
    )
    assert read(text).text.startswith(L1)


def test_a_text_browsers_bracketed_logo_is_the_outlet_without_brackets() -> None:
    text = page(
        "[The Kilcrea Valley Examiner]",
        "Skip to content",
        "Tuesday, 4 March 2025",
        "News | Sport | Community | Property | Jobs",
        HEADLINE,
        "Sigrid Holm",
        "Tue, 4 Mar, 2025 at 10:20",
        tail=("The Kilcrea Valley Examiner, 3 Main Street, Kilcrea, Co. Ardmore. Tel: 055 000 1111",),
    )
    assert read(text).outlet == "The Kilcrea Valley Examiner"


def test_a_source_line_that_describes_a_programme_names_no_outlet() -> None:
    text = page(
        "Kesk News",
        HEADLINE,
        "Published 04.03.2025 10:20 CET",
        tail=("Editor: Mari Tamm", "Source: Raadio Kesk, 'Evening Tide' news programme"),
    )
    assert read(text).outlet == "Kesk News"


def test_a_copyright_line_asking_to_be_cited_by_the_masthead_gives_the_masthead() -> None:
    text = page(
        "KESK NEWS",
        "News in English from Kesk Public Media",
        HEADLINE,
        "Published 04.03.2025 10:20 CET",
        tail=("\u00a9 2025 Kesk. Articles may be quoted with a reference to Kesk News.",),
    )
    assert read(text).outlet == "Kesk News"


def test_a_command_to_follow_the_site_on_a_messaging_app_is_no_paragraph() -> None:
    prompt = "\U0001f4f2 Get Fjord Ledger alerts on WhatsApp. Tap here to join our channel."
    text = page(HEADLINE, "By Sigrid Holm", "04.03.2025 10:20 CET", lede=L1 + "\n\n" + prompt)
    assert "WhatsApp" not in read(text).text


def test_a_browsers_print_margins_are_neither_headline_nor_story() -> None:
    margin = f"3/5/25, 8:02 AM    {HEADLINE} | The Fjord Ledger"
    text = page(
        margin,
        "THE FJORD LEDGER",
        "Print this page    Close window",
        HEADLINE,
        "By Sigrid Holm",
        "Published 10:20 a.m. CT March 4, 2025",
        lede=L1 + "\nhttps://www.fjordledger.example/news/ferries/    1/2\n\n" + margin,
    )
    article = read(text)
    assert article.headline == HEADLINE
    assert "8:02 AM" not in article.text
    assert "1/2" not in article.text


def test_a_call_sign_in_the_dateline_is_written_as_the_stations_brand() -> None:
    text = page(
        f"Check out this story from KVLT 4 News: {HEADLINE}",
        HEADLINE,
        "By Sigrid Holm",
        "Published: Mar 4, 2025 at 10:20 AM AKST",
        lede="NORTH QUAY, Alaska (KVLT) \u2014 " + L1,
        tail=("Copyright 2025 KVLT. All rights reserved.",),
    )
    assert read(text).outlet == "KVLT 4 News"


def transcript(*turns: str, note: str = "") -> str:
    """A podcast's transcript page: a time marker and a speaker's label over every turn."""
    parts = [
        HEADLINE,
        "Hosted by Ines Vik \u00b7 Reported by Ola Dahl",
        "May 5, 2025 \u00b7 5:00 AM PT \u00b7 6 min",
    ]
    if note:
        parts.append(note)
    for number, turn in enumerate(turns):
        speaker = "INES VIK (HOST):" if number % 2 == 0 else "OLA DAHL (REPORTER):"
        parts.append(f"[00:0{number}:00]\n{speaker}\n{turn}")
    return "\n\n".join(parts) + "\n"


TURN_2 = "Thanks, Ines. The county has agreed to pay for the charging points, and the boats are ordered."
TURN_3 = "And when do they arrive?"
TURN_4 = "The first boat is due in the spring of 2027, the second one six months later, the yard says."


def test_a_transcripts_note_on_itself_is_no_turn() -> None:
    note = (
        "This is a transcript of an episode of Fjord Daily. It was made with the help of speech-recognition "
        "software and edited for clarity. Please check the audio before quoting in print."
    )
    article = read(transcript(L1, TURN_2, TURN_3, TURN_4, note=note))
    assert article.text.startswith(L1)


def test_a_hosts_show_open_is_no_turn() -> None:
    article = read(
        transcript("From The Fjord Ledger, I'm Ines Vik. This is Fjord Daily.", L1, TURN_2, TURN_4)
    )
    assert article.text.startswith(L1)


def test_a_story_that_opens_with_this_is_keeps_its_first_sentence() -> None:
    lede = "This is Nordvik. Its ferry quay has been closed since the storm, and the town is cut off."
    article = read(page(HEADLINE, "By Sigrid Holm", "04.03.2025 10:20 CET", lede=lede))
    assert article.text.startswith(lede)


def test_a_hosts_good_bye_and_the_shows_credits_are_no_turn() -> None:
    closing = (
        "That's it for today. Fjord Daily is produced by Kari Lund and edited by Per Moen, with engineering "
        "by Eva Berg. We'll be back tomorrow."
    )
    article = read(transcript(L1, TURN_2, TURN_3, TURN_4, closing))
    assert last_sentence(article) == TURN_4


def test_a_credit_naming_one_craft_at_the_end_stays_in_the_story() -> None:
    tail = "The festival is produced by Harbour Arts and runs until May 3."
    article = read(page(HEADLINE, "By Sigrid Holm", "04.03.2025 10:20 CET", tail=(tail,)))
    assert last_sentence(article) == tail


def test_the_words_under_a_transcripts_break_label_are_no_turn() -> None:
    sponsor = "Support for Fjord Daily comes from Nordvik Savings Bank. Learn more at nordvikbank.example."
    article = read(transcript(L1, TURN_2, "[SPONSOR MESSAGE]\n" + sponsor, TURN_4))
    assert "Savings Bank" not in article.text


def test_a_last_paragraph_glued_under_an_advertisement_label_stays_the_storys() -> None:
    text = "\n\n".join(
        (HEADLINE, "By Sigrid Holm", "04.03.2025 10:20 CET", L1, L2, TURN_4, "Advertisement\n" + L3)
    )
    assert last_sentence(read(text + "\n")) == L3


def test_a_page_sources_script_after_letters_that_lower_to_two_keeps_the_text_after_it() -> None:
    # 'İ' lowered is two characters: the end of the script is found in the line as it is
    text = (
        "<!DOCTYPE html>\n<html><body>\n"
        "<p>İİİİİİİİİİİİ Ankara</p><script>var a = 1;</script><b>Seen</b> text <i>here</i>\n"
        "</body></html>\n"
    )
    assert [line.text for line in source_lines(text) if line.text] == [
        "İİİİİİİİİİİİ Ankara",
        "Seen text here",
    ]
