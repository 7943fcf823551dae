"""The raw reader's outlet on pages that name it only in passing (issue 20, stop 50): from
the outlets still missed in the batches already read, shapes that no first-match rule of
one line catches but the page as a whole makes plain. Every name, outlet and sentence here
is made up; the shapes are the sites'.
"""

from __future__ import annotations

from digest.content.readers.rawtext.outlet import host_label
from tests.test_readers_h21 import STORY
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def test_a_hosts_own_label_is_the_one_before_its_suffix() -> None:
    assert host_label("newsletter.nodemath.example") == "nodemath"
    assert host_label("english.haboker.example") == "haboker"
    assert host_label("www.kestrel.co.uk") == "kestrel"
    assert host_label("example") == ""


def test_a_reader_views_host_with_a_subdomain_is_spelled_as_the_page_names_it() -> None:
    # a newsletter platform's subdomain over the post, the newsletter named in its prompts.
    # (The newsletter's sign-off names it here too, so this passed before `host_label`; it
    # guards the page as a whole, the test above the label.)
    thanks = "Thanks for reading QuillMath! Subscribe for free to receive new posts and support my work."
    page = _story(
        "newsletter.quillmath.example",
        _HEADLINE,
        "Ines Varga, Min-seo Kang, and Ishaan Rao",
        "22\u201328 minutes",
        "",
        "Why the developer's second contract matters more than its first, and what it means for bills in 2026",
        "",
        "Ines Varga",
        "Min-seo Kang",
        "Ishaan Rao",
        "Dec 02, 2025",
        "\u2219 Paid",
        "142",
        "18",
        "Share",
        lede=f"{STORY[0]}\n\n{thanks}",
    )
    assert inspect(page).fields.outlet == "QuillMath"


def test_a_source_lines_host_is_spelled_as_the_story_names_it() -> None:
    # a clipper's source line, and nothing in the furniture naming the site: the story's
    # 'told Tickerhall' does
    told = f'"It didn\'t take much good news to turn that around," Ellen Marsh told Tickerhall. {STORY[1]}'
    page = _story(
        "source: https://www.tickerhall.example/story/wind-developer-reprices-5e1c9a3b",
        "",
        _HEADLINE,
        "By Jonah Pike",
        "Published: Dec. 2, 2025 at 4:10 a.m. ET",
        lede=f"{STORY[0]}\n\n{told}",
    )
    assert inspect(page).fields.outlet == "Tickerhall"


def test_a_host_that_runs_a_bodys_name_together_with_its_small_words_left_out() -> None:
    # 'wharfcouncil.example' atop a think tank's commentary: 'Council on Wharf Affairs' in
    # full, not cut where the host's letters end, and without the sentence's 'The'
    page = _story(
        "www.councilwharf.example",
        _HEADLINE,
        "Mira Castell",
        tail=(
            "This work represents the views of the authors. The Council on Wharf Affairs takes no "
            "institutional positions on matters of policy.",
            "",
            "Mira Castell is a research associate at the Council on Wharf Affairs.",
        ),
    )
    assert inspect(page).fields.outlet == "Council on Wharf Affairs"


def test_an_aggregators_via_line_names_the_storys_outlet() -> None:
    page = _story(
        f"date 2025-12-02 {_HEADLINE}",
        "Harbor Brief \u2014 the region's headlines in one place",
        "Top Stories | Japan | Korea | China | Markets | Tech",
        "via Tideland Times",
        "By Andrea Villaverde",
    )
    assert inspect(page).fields.outlet == "Tideland Times"


def test_a_sites_name_beside_its_motto_over_its_menu() -> None:
    # the name over a menu whose first item is a section; the page names the site again
    page = _story(
        "Quasar \u2014 science that explains",
        "News  Features  Physics  Space  Life  Health  Subscribe",
        "Space",
        _HEADLINE,
        "By Imogen Harte",
        tail=("More from Quasar: a rover finds layered rocks that hint at an ancient lake",),
    )
    assert inspect(page).fields.outlet == "Quasar"


def test_a_go_to_homepage_link_is_no_logo_and_a_coined_brand_stands_over_its_company() -> None:
    page = _story(
        "Main Menu",
        "Go to Homepage",
        "ZingPost",
        "Log In",
        "POLITICS",
        _HEADLINE,
        "By Dana Whitford and Luis Orlov",
        tail=(
            "Consider supporting ZingPost starting at $2 to help us provide free journalism.",
            "",
            "Part of ZingPost News Network",
            "",
            "\u00a92025 Fennel Digital, Inc. All rights reserved.",
        ),
    )
    assert inspect(page).fields.outlet == "ZingPost"


def test_the_name_a_newsroom_calls_itself_by_over_a_sections_label_at_the_top() -> None:
    quoted = f'"Nobody wants to own a robot," Anja Brandt told Bitcourier. {STORY[1]}'
    page = _story(
        "Robotics",
        _HEADLINE,
        "Amara Ossey",
        "11:02 AM PDT \u00b7 June 10, 2025",
        lede=f"{STORY[0]}\n\n{quoted}",
        tail=(
            "AI, Climate, Exclusive, Fundraising, Robotics, Startups",
            "",
            "Amara Ossey covers robotics and hardware startups for Bitcourier. She previously reported on "
            "supply chains.",
        ),
    )
    assert inspect(page).fields.outlet == "Bitcourier"
