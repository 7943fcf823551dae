"""The raw reader on pages copied through a capture tool (issue 20, stop 38): a web
archive's copy, a search engine's cache, a feed reader, a webmail inbox, a news app's
share sheet. The tool adds its own furniture around the page; every name, outlet and
sentence here is made up, the shapes are the tools'.
"""

from __future__ import annotations

import datetime as dt

import pytest

from digest.content.readers.dates import parse_datetime
from tests.test_readers_unseen import SEOUL, inspect

HEADLINE = "Port Alder ferry terminal to close for six weeks of repairs"
STORY = (
    "The ferry terminal at Port Alder will close on Monday for six weeks while crews replace its rotting pilings, "
    "the harbour authority said on Thursday.",
    "Passengers for Kestrel Island will board at the old fish quay, about half a mile to the south, "
    "where a temporary ramp has been built.",
    "Harbour master Tobias Wren said the pilings had been patched for a decade and could not be patched again.",
    "The authority expects the work to cost about $4.2 million, two thirds of it from a state grant.",
)
LAST = "The terminal is due to reopen on the first Saturday of April."
BODY = "\n\n".join([*STORY, LAST])


def _page(*top: str, header: tuple[str, ...] = (), body: str = BODY, footer: tuple[str, ...] = ()) -> str:
    return (
        "\n".join(
            [*top, "Port Alder Gazette", "News | Sport | Business", HEADLINE, *header, "", body, "", *footer]
        )
        + "\n"
    )


# --- a web archive's toolbar and a cache's banner over the page ---------------------------


ARCHIVE_TOOLBAR = (
    "The Time Vault - https://vault.example/web/20250304101500/https://www.portaldergazette.example/news/ferry",
    "Ask a question",
    "Time Vault",
    "42 captures",
    "02 Mar 2025 - 19 Sep 2025",
    "FEB\tMAR\tAPR",
    "04",
    "2024\t2025\t2026",
    "success",
    "fail",
    "About this capture",
    "COLLECTED BY",
    "Organization: Harbour Keepers",
    "Harbour Keepers is a group of volunteers who save local news pages before they vanish.",
    "Collection: Coastal Papers",
    "Every page of the coastal papers, saved each morning.",
    "TIMESTAMPS",
)


def test_a_web_archives_toolbar_is_not_the_story() -> None:
    reading = inspect(_page(*ARCHIVE_TOOLBAR, header=("Posted: 5 March 2025, 09:15 GMT",)))
    assert reading.body[0] == STORY[0]
    assert not any("volunteers" in paragraph or "coastal papers" in paragraph for paragraph in reading.body)
    assert reading.headline == HEADLINE
    assert reading.fields.published == dt.datetime(2025, 3, 5, 9, 15, tzinfo=dt.UTC)


# An archive's page of one capture: its header, then the page as it was.
ARCHIVED_COPY = (
    "archive.today",
    "webpage capture",
    "Saved from",
    "https://www.portaldergazette.example/news/ferry",
    "search",
    "6 Mar 2025 08:41:09 UTC",
    "All snapshots from host www.portaldergazette.example",
    "Webpage",
    "Screenshot",
    "share",
    "download .zip",
    "report bug or abuse",
    "Buy me a coffee",
    "Reddit",
    "VKontakte",
    "Twitter",
    "Pinboard",
    "Livejournal",
    "short link",
    "long link",
    "markdown",
    "html code",
    "wiki code",
)


def test_an_archived_copys_header_is_not_the_story_and_its_time_is_not_the_articles() -> None:
    reading = inspect(_page(*ARCHIVED_COPY, header=("By Mara Quill", "March 5, 2025 at 9:15 a.m. EST")))
    assert reading.body[0] == STORY[0]
    assert reading.headline == HEADLINE
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.fields.published == dt.datetime(
        2025, 3, 5, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert all(line.verdict == "chrome" for line in reading.lines[: len(ARCHIVED_COPY)])


@pytest.mark.parametrize("portal", ["Microsoft Start", "Yahoo News", "NewsBreak", "네이버 뉴스"])
def test_a_news_portals_name_over_its_copy_is_not_the_outlet(portal: str) -> None:
    # the portal's name, its search, then the provider's name over the story it syndicates
    text = "\n".join(
        (
            portal,
            "Search",
            "Port Alder Gazette",
            HEADLINE,
            "Story by Mara Quill",
            "",
            BODY,
            "",
            "More for You",
        )
    )
    reading = inspect(text + "\n")
    assert reading.fields.outlet == "Port Alder Gazette"
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.body[0] == STORY[0]


@pytest.mark.parametrize(
    "mark",
    ["-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:"],
)
def test_a_forwarding_mails_header_and_note_are_the_forwarders(mark: str) -> None:
    forwarding = (
        "From: Dana Park <dana.park@agency.example>",
        "Sent: Wednesday, March 5, 2025 8:02 AM",
        "To: Digest Desk <desk@digest.example>",
        f"Subject: FW: {HEADLINE}",
        "",
        "FYI - worth a line in Friday's edition?",
        "",
        mark,
        "From: Port Alder Gazette <letters@portaldergazette.example>",
        "Sent: Tuesday, March 4, 2025 6:00 PM",
        "To: Dana Park <dana.park@agency.example>",
        f"Subject: Evening Edition: {HEADLINE}",
        "",
    )
    text = "\n".join((*forwarding, HEADLINE, "By Mara Quill", "", BODY, "")) + "\n"
    reading = inspect(text)
    assert reading.fields.outlet == "Port Alder Gazette"  # not the forwarder, 'Dana Park'
    assert reading.fields.published is not None and reading.fields.published.day == 4
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.body == [*STORY, LAST]


@pytest.mark.parametrize(
    "header", ["Dana Park  10:14 AM", "Dana Park (she/her) 10:14", "Dana Park, 3/5 9:02 PM"]
)
def test_a_chat_message_sharing_the_story_and_its_link_preview_are_the_chats(header: str) -> None:
    url = "https://www.portaldergazette.example/news/ferry"
    message = (
        header,
        f"for friday? {url}",
        "Port Alder GazettePort Alder Gazette",
        HEADLINE,
        "The ferry terminal at Port Alder will close on Monday for six weeks. (31 kB)",
        url,
        "",
    )
    text = "\n".join((*message, HEADLINE, "By Mara Quill", "", BODY, "")) + "\n"
    reading = inspect(text)
    assert reading.fields.outlet == "Port Alder Gazette"  # not the sender, 'Dana Park'
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.headline == HEADLINE
    assert reading.body == [*STORY, LAST]


def test_a_caches_banner_and_its_search_tip_are_not_the_story() -> None:
    banner = (
        "This is Searchwell's cache of https://portaldergazette.example/ferry-repairs. Searchwell took a snapshot "
        "of this page on 5 Mar 2025 11:02:41 GMT; the live page may have changed since then.",
        "Cached version  \u00b7  Plain text  \u00b7  View source",
        "Hint: press Cmd+F or Ctrl+F to highlight the words you searched for.",
    )
    reading = inspect(_page(*banner))
    assert reading.body[0] == STORY[0]
    assert reading.headline == HEADLINE
    assert reading.fields.published is None  # the snapshot's time is the cache's


def test_a_consent_banners_sentences_are_chrome() -> None:
    # (a capture keeps the banner where the page drew it: here between the paragraphs)
    banner = (
        "We and our 212 vendors use cookies and similar identifiers to keep and read data on your device, "
        "to measure who visits and to show adverts suited to you."
    )
    body = "\n\n".join([*STORY[:2], banner, *STORY[2:], LAST])
    reading = inspect(_page(body=body))
    assert reading.body == [*STORY, LAST]


# --- the time the story first ran, and a related box's times -----------------------------


def test_a_note_on_when_the_story_first_ran_gives_its_published_time() -> None:
    reading = inspect(
        _page(
            header=("By MARA QUILL", "LAST UPDATED FEB 27, 2025 11:30 AM PST"),
            footer=("This article was first published Feb 27, 2025 at 6:05 AM PST.", "Comments (12)"),
        )
    )
    assert reading.fields.published == dt.datetime(
        2025, 2, 27, 6, 5, tzinfo=dt.timezone(dt.timedelta(hours=-8))
    )
    assert reading.fields.updated == dt.datetime(
        2025, 2, 27, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=-8))
    )
    assert reading.body[-1] == LAST


def test_a_related_box_naming_the_site_drops_its_headlines_and_their_times() -> None:
    body = "\n".join(
        [
            STORY[0],
            STORY[1],
            "Related coverage from Port Alder Gazette",
            "Island ferry fares: what the new winter timetable means for you",
            "FEBRUARY 11, 2025 4:10 PM",
            STORY[2],
            STORY[3],
            LAST,
        ]
    )
    reading = inspect(_page(header=("By Mara Quill",), body=body))
    assert reading.body == [STORY[0], STORY[1], STORY[2], STORY[3], LAST]
    assert reading.fields.published is None  # the related story's time is not this one's


def test_a_capitals_credit_with_an_e_mail_under_the_caption_is_no_byline() -> None:
    body = "\n".join(
        [
            "A crane lifts a rotten piling from the water beside the ferry terminal on Wednesday.",
            "NELL BRACKEN NBRACKEN@PORTALDERGAZETTE.EXAMPLE",
            "PORT ALDER, Maine \u2014 " + STORY[0],
            *STORY[1:],
            LAST,
        ]
    )
    reading = inspect(_page(header=("BY MARA QUILL",), body=body))
    assert reading.fields.authors == ("Mara Quill",)
    assert reading.body[0] == STORY[0]


# --- a feed reader -------------------------------------------------------------------------


def test_a_feed_items_line_names_the_writer() -> None:
    reading = inspect(_page(header=("The Port Alder Gazette \u2013 Harbour / by Mara Quill / 5h",)))
    assert reading.fields.authors == ("Mara Quill",)


def test_a_blog_feeds_post_footer_ends_the_story_and_names_the_outlet() -> None:
    footer = f"The post {HEADLINE} appeared first on Harbour Notes Weekly."
    text = (
        "\n".join(["Feedmill", "All 120", "Harbour 14", HEADLINE, "", BODY, footer, "", "Similar posts"])
        + "\n"
    )
    reading = inspect(text)
    assert reading.body[-1] == LAST
    assert reading.fields.outlet == "Harbour Notes Weekly"


# --- a news app's share sheet ----------------------------------------------------------------


def test_an_apps_share_note_names_the_outlet() -> None:
    text = (
        "\n".join(
            [
                "Saw this piece and thought of you \u2014 read it in the Kestrel Island Courier app",
                HEADLINE,
                "By Mara Quill",
                "",
                BODY,
                "",
                "Shared from the Kestrel Island Courier app on iOS",
            ]
        )
        + "\n"
    )
    reading = inspect(text)
    assert reading.fields.outlet == "Kestrel Island Courier"
    assert reading.body[-1] == LAST


def test_hawaii_and_alaska_zones() -> None:
    hawaii = parse_datetime("Sept. 3, 2025 9:47 a.m. HST", SEOUL)
    alaska = parse_datetime("Jan. 9, 2025 7:05 a.m. AKST", SEOUL)
    assert hawaii is not None and hawaii.utcoffset() == dt.timedelta(hours=-10)
    assert alaska is not None and alaska.utcoffset() == dt.timedelta(hours=-9)


# --- a newsletter read in a webmail inbox --------------------------------------------------


def test_a_mailings_briefs_under_a_capitals_heading_are_not_the_story() -> None:
    text = (
        "\n".join(
            [
                "Trouble reading? Open this newsletter in a web browser",
                "HARBOUR MORNING",
                HEADLINE,
                "By Mara Quill",
                "",
                BODY,
                "",
                "ALSO TODAY",
                "",
                "The Kestrel Island library reopens on Friday after its new roof.",
                "",
                "Tide tables for March are posted on the harbour office door.",
                "",
                "That's all for now. Just reply to this newsletter with your favourite crossing.",
                "",
                "Unsubscribe from Harbour Morning",
                "Postal address: 4 Quay Lane, Port Alder",
            ]
        )
        + "\n"
    )
    reading = inspect(text)
    assert reading.body[-1] == LAST
    assert not any("library" in paragraph or "Tide tables" in paragraph for paragraph in reading.body)
    # a story that is no mailing keeps the short paragraphs under its sub-head in capitals
    body = "\n\n".join([*STORY, "WHAT COMES NEXT", "The ramp opens on Monday.", "Fares stay the same.", LAST])
    reading = inspect(_page(header=("By Mara Quill",), body=body))
    assert reading.body[-1] == LAST
    assert "Fares stay the same." in reading.body


# --- a newspaper's PDF copied as text: narrow columns, set-in paragraphs, broken words ---


PDF_COLUMN = """\
THE PORT ALDER GAZETTE                                  Wednesday, March 5, 2025

Port Alder ferry terminal to
close for six weeks of repairs

By MARA QUILL
Staff Writer

The ferry terminal at Port Alder will
close on Monday for six weeks while
crews replace its rotting pilings, the
harbour authority said on Wednes-
day.
  Passengers for Kestrel Island will
board at the old fish quay, where a two-
year-old ramp has been extended.
  Harbour master Tobias Wren said the
pilings had been patched for a dec-
ade and could not be patched again.
  The terminal is due to reopen on the
first Saturday of April, the author-
ity said.

A4                                               THE PORT ALDER GAZETTE
"""


def test_a_pdfs_narrow_columns_set_in_paragraphs_and_broken_words_are_read_whole() -> None:
    reading = inspect(PDF_COLUMN)
    assert reading.headline == HEADLINE
    assert reading.fields.authors == ("Mara Quill",)
    # the running head's two ends, the paper's name and the date, and its foot's name again
    assert reading.fields.outlet.casefold() == "the port alder gazette"
    assert reading.fields.date == dt.date(2025, 3, 5)
    assert reading.body == [
        "The ferry terminal at Port Alder will close on Monday for six weeks while crews replace its rotting "
        "pilings, the harbour authority said on Wednesday.",
        "Passengers for Kestrel Island will board at the old fish quay, where a two-year-old ramp has been "
        "extended.",
        "Harbour master Tobias Wren said the pilings had been patched for a decade and could not be patched "
        "again.",
        "The terminal is due to reopen on the first Saturday of April, the authority said.",
    ]


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        ("on Wednes-", "day.", "on Wednesday."),
        ("the author-", "ity said", "the authority said"),
        ("a two-", "year dispute", "a two-year dispute"),
        ("a Seoul-", "based maker", "a Seoul-based maker"),
        ("won 9-", "2 on", "won 9-2 on"),
        ("Port Alder -", "a town", "Port Alder - a town"),
    ],
)
def test_a_wrapped_lines_broken_word_is_whole_again_and_a_compound_keeps_its_hyphen(
    above: str, below: str, joined: str
) -> None:
    from digest.content.readers.rawtext.source import _carried_on

    assert _carried_on(above, below) == joined
