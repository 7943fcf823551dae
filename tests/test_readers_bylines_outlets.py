"""The raw reader's authors and outlet on pages of kinds it was not written for, decided by
the page's structure: a byline *card* read by its shape and place (cards.py), a weak name
alone beside the stamp giving way to a real byline, a name in capitals keeping no outlet
glued after it, a broadcaster's sign-off with a long name, and the outlet that two kinds of
place agree on (agreement.py). One test per mechanism, each failing without it.

Every name, outlet, host and sentence here is made up; what is real is the shape.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.content.model import Article
from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import read_raw_text
from tests.test_readers_unseen import K1, K2, KO_HEADLINE, SEOUL

HEADLINE = "Quarry owners agree to replant the hills above Fennick"
L1 = "The three companies that quarry limestone above Fennick have agreed to replant forty hectares of spoil heaps."
L2 = (
    "The agreement follows two years of complaints from residents about dust and runoff into the Brack River."
)
L3 = "Work on the first terraces is expected to begin in the autumn, the companies said."


def read(text: str) -> Article:
    return read_raw_text(Path("story.txt"), text, SEOUL, ChromeFilter())


def page(*header: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join((*header, L1, L2, L3, *tail)) + "\n"


# -- the byline card --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("card", "authors"),
    [
        # a read-later app's card: the host, the writer, the reading time
        ("quarrytimes.example · Odile Farrant · 6 min", ("Odile Farrant",)),
        # a print replica's card: the paper, the date, the page, the writer in capitals
        # with a role and an e-mail
        (
            "The Fennick Courier · 3 Feb 2025 · B2 · ODILE FARRANT STAFF WRITER ofarrant@courier.example",
            ("Odile Farrant",),
        ),
        # the name and a role of several words, split by a middle dot read as Latin-1
        ("Odile Farrant \u00c2\u00b7 Rural Affairs Reporter", ("Odile Farrant",)),
        # a trade journal's 'By' with the role and the outlet after an en dash
        ("By Odile Farrant \u2013 Staff Reporter, Fennick Business Weekly", ("Odile Farrant",)),
        # a correspondent and the place she files from
        ("Odile Farrant in Fennick", ("Odile Farrant",)),
    ],
)
def test_a_card_beside_the_headline_names_the_writer(card: str, authors: tuple[str, ...]) -> None:
    article = read(page("Fennick Courier", HEADLINE, card, "Published 4 February 2025, 09:15"))
    assert article.authors == authors


def test_a_name_alone_over_a_line_of_its_role_is_a_writer() -> None:
    """A think tank's commentary: the writers, each over a line of their role, under the
    stamp and a reading time."""
    article = read(
        page(
            "Brackwater Policy Centre",
            HEADLINE,
            "12 March 2025 10:00",
            "6 minute read",
            "Tamsin Oduya",
            "Senior Fellow, Land Use Programme",
            "Piet Varga",
            "Research Analyst, Water Security",
        )
    )
    assert article.authors == ("Tamsin Oduya", "Piet Varga")


def test_a_korean_name_and_its_calling_beside_the_stamp_is_the_writer() -> None:
    """A Korean column: '이름 소설가' right above the stamp."""
    article = read(
        "\n".join(("새벽일보", KO_HEADLINE, "한도윤 소설가", "승인 2025.04.02 18:10", K1, K2)) + "\n"
    )
    assert article.authors == ("한도윤",)


def test_a_menu_of_capitalised_labels_is_no_card() -> None:
    """'Top Stories | Hill Country' under the headline: parts shaped like names with
    nothing that marks a byline (no 'By', role, date, host, e-mail) are a menu."""
    article = read(page("Fennick Courier", HEADLINE, "Top Stories | Hill Country", "May 2, 2025 10:30"))
    assert article.authors == ()


def test_a_card_is_read_only_when_no_line_reads_as_a_byline() -> None:
    article = read(
        page("Fennick Courier", HEADLINE, "By Hal Menner", "quarrytimes.example · Odile Farrant · 6 min")
    )
    assert article.authors == ("Hal Menner",)


# -- weak names and glued outlets ---------------------------------------------------------


def test_a_name_alone_beside_the_stamp_gives_way_to_a_real_byline() -> None:
    """'Revised Edition' alone over a date reads like a name; beside 'Written by …' it is a
    label of the page's own."""
    article = read(
        page("Fennick Courier", HEADLINE, "Written by Odile Farrant", "Revised Edition", "May 2, 2025")
    )
    assert article.authors == ("Odile Farrant",)


def test_a_name_in_capitals_keeps_no_outlet_glued_after_it() -> None:
    article = read(page("Fennick Courier", HEADLINE, "May 2, 2025 10:30", "By ODILE FARRANT Fennick Courier"))
    assert article.authors == ("Odile Farrant",)


def test_a_sign_off_with_a_long_broadcasters_name_names_the_reporter() -> None:
    article = read(
        page(
            "Brackwater Public Radio",
            HEADLINE,
            "2025-06-02 08:10",
            tail=("Odile Farrant, Brackwater Public Radio News.",),
        )
    )
    assert article.authors == ("Odile Farrant",)


# -- the outlet two kinds of place agree on --------------------------------------------------


def test_a_read_later_apps_name_gives_way_to_the_header_line_the_host_agrees_with() -> None:
    """The app's name at the top is named by no other kind of place; the publication's own
    line and the host of the card agree."""
    text = page(
        "Pocketful",
        "Home",
        "Saves",
        HEADLINE,
        "quarrytimes.example · Odile Farrant · 6 min",
        "The Quarry Times",
        "May 6, 2025",
        tail=("Upgrade to Pocketful Premium for unlimited saves",),
    )
    assert read(text).outlet == "The Quarry Times"


def test_a_brand_over_the_company_that_publishes_it() -> None:
    """'X is published by Y Media LLC' and the masthead agree on the brand; the copyright
    line names only the company."""
    text = page(
        "Fennick Valley Living",
        "Eat & Drink",
        "Travel",
        HEADLINE,
        "By Odile Farrant",
        "Published March 26, 2025 6:00 AM ET",
        tail=(
            "Fennick Valley Living is published by Larchmere Media LLC.",
            "\u00a9 2025 Larchmere Media LLC.",
        ),
    )
    assert read(text).outlet == "Fennick Valley Living"


def test_a_brand_after_its_companys_copyright_as_its_trademark() -> None:
    """'© Ember Publishing Ltd 2025. Parallax is a registered trademark of Ember ...': the
    brand the masthead prints is named by its owner's line too."""
    text = page(
        "Parallax",
        HEADLINE,
        "By Odile Farrant",
        "Published March 26, 2025 6:00 AM GMT",
        tail=(
            "\u00a9 Ember Publishing Ltd 2025. Parallax is a registered trademark of Ember Publishing Ltd.",
        ),
    )
    assert read(text).outlet == "Parallax"


def test_a_sentences_last_word_is_no_host_to_agree_with_a_tag() -> None:
    """A topic tag in the header and at the foot ('Housing'), and a sentence of the story
    ending '... housing.': no host names it, so the copyright line's paper stands."""
    text = page(
        "Politics",
        "Housing",
        HEADLINE,
        "By Odile Farrant",
        "Published March 26, 2025 6:00 AM GMT",
        tail=(
            "Councils say the plan would bring too little affordable housing.",
            "Housing",
            "\u00a9 2025 The Quarry Times",
        ),
    )
    assert read(text).outlet == "The Quarry Times"


def test_an_archive_hosts_name_gives_way_to_the_masthead_its_saved_address_names() -> None:
    """A page saved by a web archive: the archive's host first, then the saved address
    (whose host spells the paper's name) and the paper's masthead."""
    text = page(
        "pagevault.example",
        "Saved from https://www.brackwaterherald.example/news/quarries",
        "The Brackwater Herald",
        "News",
        "Sports",
        HEADLINE,
        "By Odile Farrant",
        "Posted: October 7, 2025 10:05 AM ET",
    )
    assert read(text).outlet == "The Brackwater Herald"


def test_a_masthead_of_initials_and_their_name_is_no_other_brand() -> None:
    """'BPR Brackwater Public Radio' at the top, '(c) Brackwater Public Radio' below: the
    initials stand for the name the copyright line gives, which is the outlet."""
    text = page(
        "BPR Brackwater Public Radio",
        "Listen Live",
        HEADLINE,
        "2025-06-02 08:10 KST",
        tail=("\u00a9 Brackwater Public Radio. All rights reserved.",),
    )
    assert read(text).outlet == "Brackwater Public Radio"


def test_a_mastheads_edition_words_are_no_part_of_the_outlets_name() -> None:
    """'Le Fennicois in English' at the top names the site's English edition; the outlet is
    'Le Fennicois', as its copyright line says."""
    text = page(
        "Le Fennicois in English",
        "Subscribe",
        HEADLINE,
        "By Odile Farrant",
        "Published on March 4, 2025, at 10:15 am",
        tail=("\u00a9 Le Fennicois 2025",),
    )
    assert read(text).outlet == "Le Fennicois"


# -- writers' names without 'By' over the stamp (from h19a, read) -------------------------


def test_writers_names_one_a_line_over_the_stamp_are_the_byline() -> None:
    header = ("Quarry Times", "Economy", HEADLINE, "Odile Farrant", "Tobias Wren", "Mar 4, 2025 - Economy")
    article = read(page(*header, tail=("© 2025 Quarry Times",)))
    assert article.authors == ("Odile Farrant", "Tobias Wren")
    assert article.outlet == "Quarry Times"


def test_a_section_label_over_one_writers_name_is_no_second_writer() -> None:
    article = read(page("Quarry Times", HEADLINE, "Local News", "Odile Farrant", "Mar 4, 2025 - Economy"))
    assert "Local News" not in article.authors


def test_a_writers_name_over_the_button_to_follow_them_is_the_byline() -> None:
    article = read(
        page("Quarry Times", HEADLINE, "Odile Farrant", "+ FOLLOW", "Published: 8:00pm, 4 Mar 2025")
    )
    assert article.authors == ("Odile Farrant",)
    assert article.outlet == "Quarry Times"


def test_a_second_writer_under_a_line_of_and_is_the_bylines_too() -> None:
    header = ("Quarry Times", HEADLINE, "By", "Odile Farrant", "Follow", "and", "Tobias Wren", "Follow")
    article = read(page(*header, "March 4, 2025 7:40 pm ET", tail=("© 2025 Quarry Times",)))
    assert article.authors == ("Odile Farrant", "Tobias Wren")


def test_a_towns_live_site_is_the_outlet_over_its_groups_company_and_its_news_menu() -> None:
    top = ("Fennick Live", "Sign in", "News", "Fennick News", "Sport", "Fennick News", HEADLINE)
    tail = ("Get the latest Fennick Live news sent to your inbox", "©2025 a Tolland plc subsidiary")
    article = read(page(*top, "Odile Farrant", "Senior Reporter", "13:05, 4 Jun 2025", tail=tail))
    assert article.outlet == "Fennick Live"


def test_the_word_between_a_bylines_names_is_no_outlet() -> None:
    # 'By A' / 'and' / 'B' over the stamp: the masthead on the first line stays the outlet
    header = ("Quarry Times", "Replanting the hills", HEADLINE, "By Odile Farrant", "and", "Tobias Wren")
    article = read(page(*header, "March 4, 2025 at 4:14 a.m. EST"))
    assert article.authors == ("Odile Farrant", "Tobias Wren")
    assert article.outlet == "Quarry Times"


@pytest.mark.parametrize(
    "card",
    ["Odile Farrant and Tobias Wren | Quarry Public Radio", "Odile Farrant · Quarry Radio News"],
)
def test_writers_and_their_outlet_after_a_bar_or_a_dot_over_the_stamp(card: str) -> None:
    # (a dot left alone on its line between the card and the stamp, and a share button's
    # label under the stamp, which is nobody's name)
    article = read(
        page("Quarry Times", HEADLINE, card, "\u00b7", "Posted: Oct 21, 2025 6:00 AM ADT", "Social Sharing")
    )
    assert article.authors[0] == "Odile Farrant"
    assert "Social Sharing" not in article.authors


def test_writers_cards_with_view_all_posts_name_the_writers() -> None:
    header = (
        "Quarry Times",
        HEADLINE,
        "Odile Farrant",
        "View all posts",
        "Tobias Wren",
        "View all posts",
        "4th March 2025",
    )
    tail = (
        "Odile Farrant",
        "View all posts by Odile Farrant",
        "Tobias Wren",
        "View all posts by Tobias Wren",
    )
    article = read(page(*header, tail=tail))
    assert article.authors == ("Odile Farrant", "Tobias Wren")


def test_two_writers_names_set_apart_by_a_bar_are_no_site_and_its_section() -> None:
    article = read(page(HEADLINE, "Odile Farrant | Tobias Wren", "Published March 4, 2025 05:14pm PKT"))
    assert article.outlet != "Odile Farrant"
    # a site and its section stay what they were
    article = read(page("The Quarry Times | Opinion", HEADLINE, "Published March 4, 2025 05:14pm PKT"))
    assert article.outlet == "The Quarry Times"
