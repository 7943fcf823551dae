"""Feeds of small inline projects: exact fields, stable ids, dates, URLs, settings, held-back notes."""

# ruff: noqa: RUF001  (expected texts use the typographic quotes that Markdown's smarty writes)

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from digest.cli import main
from digest.errors import DigestError
from tests.conftest import BASE_CONFIG, Project
from tests.feedcheck import (
    all_contents,
    all_ids,
    feed_files,
    load_json_feed,
    parse_xml_feed,
    relative_urls,
    urls_in,
)

BASE = "https://example.org/digest/"
NIGHT_ID = "urn:uuid:97afacb0-2629-5a38-9b10-ab0f3caeffbe"  # uuid5 of 'article:night-buses'; permanent
SITE_FEED_ID = "urn:uuid:b346846d-d153-5902-816c-f40a666b45bf"  # uuid5 of 'feed:', the site feed's scope
NIGHT_LINK = f"{BASE}articles/night-buses/"
NIGHT_CONTENT = (
    "<p><strong>Three new routes.</strong></p><blockquote><p><em>Editor’s note:</em></p><p>Long overdue."
    f' See <a href="{BASE}archive/" rel="noopener noreferrer">the archive</a>.</p></blockquote>\n'
    "<p><em>Test Ledger · Kim Ji-ho · November 19, 2025, 15:15 KST</em></p>\n"
    "<p>The city council approved three new night bus routes on Wednesday.</p>\n"
    "<p>Officials said the routes would start running in January.</p>\n"
    "\n"
    f'<p><a href="{NIGHT_LINK}">Read in the digest</a></p>'
)
NIGHT_SUMMARY_ONLY = (
    "<p><strong>Three new routes.</strong></p><blockquote><p><em>Editor’s note:</em></p><p>Long overdue."
    f' See <a href="{BASE}archive/" rel="noopener noreferrer">the archive</a>.</p></blockquote>\n'
    f'<p><a href="{NIGHT_LINK}">Read in the digest</a></p>'
)
EDITION_ID = "urn:uuid:bd15c835-8e1c-5cfd-8331-641d37c56fe4"  # edition 2025-11-19, site feed
EDITION_POLICY_ID = "urn:uuid:5799e2e5-f99b-58e4-84a1-efd89236465c"  # the same edition, policy feed

RING_ROAD = """\
---
title: "Ring road opens"
date: 2025-11-20
published: 2025-11-20T09:00:00+09:00
updated: 2025-11-20T23:30:00+00:00
outlet: "Test Wire"
authors: ["Lee Su-min", "Park Jun"]
tags: ["transport"]
---
The ring road opened. ![Map](/maps/ring.png) See [the details](details/) and [the top](#top).
"""
RING_NOTE = """\
article: "ring-road"
edition: "2025-11-20"
section: tech
rank: 1
summary: "Opened."
commentary: |
  Compare [the buses](/articles/night-buses/), see ![chart](/static/chart.png "Chart"),
  [next door](../night-buses/), [this part](#more) and ![cdn](//cdn.example.com/x.png).
"""


def raw_article(date: str, headline: str) -> str:
    return (
        f" date {date} {headline}\nPublished: {date} 10:00\nOne paragraph.\nBY KIM JI-HO\nwith the Ledger\n"
    )


def set_config(project: Project, extra: str, base: str = BASE_CONFIG) -> None:
    project.write("config.yaml", base + textwrap.dedent(extra))


def test_article_fields_exactly_in_all_three_formats(project: Project) -> None:
    project.build()
    rss = parse_xml_feed(project.output / "feed.xml")
    assert (rss.feed.title, rss.feed.link, rss.feed.subtitle) == ("Test Digest", BASE, "A digest for tests.")
    assert (rss.feed.language, rss.feed.updated) == ("en", "Wed, 19 Nov 2025 07:00:00 +0900")
    (entry,) = rss.entries
    assert (entry.id, entry.title, entry.link) == (
        NIGHT_ID,
        "City council approves night buses for Gangnam",
        NIGHT_LINK,
    )
    assert entry.published == "Wed, 19 Nov 2025 07:00:00 +0900"
    assert [a["name"] for a in entry.authors] == ["Kim Ji-ho"]
    assert [t.term for t in entry.tags] == ["transport", "seoul"]
    assert entry.summary == "Three new routes."
    assert entry.content[0].value == NIGHT_CONTENT

    atom = parse_xml_feed(project.output / "atom.xml")
    assert (atom.feed.id, atom.feed.updated, atom.feed.language) == (
        SITE_FEED_ID,
        "2025-11-19T07:00:00+09:00",
        "en",
    )
    assert atom.feed.author_detail.name == "Test Desk"
    (entry,) = atom.entries
    assert (entry.id, entry.title, entry.link) == (
        NIGHT_ID,
        "City council approves night buses for Gangnam",
        NIGHT_LINK,
    )
    assert (entry.published, entry.updated) == ("2025-11-19T07:00:00+09:00", "2025-11-19T07:00:00+09:00")
    assert [a["name"] for a in entry.authors] == ["Kim Ji-ho"]
    assert [t.term for t in entry.tags] == ["transport", "seoul"]
    assert entry.summary == "Three new routes."
    assert entry.content[0].value == NIGHT_CONTENT

    document = load_json_feed(project.output / "feed.json")
    assert document == {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Test Digest",
        "home_page_url": BASE,
        "feed_url": f"{BASE}feed.json",
        "description": "A digest for tests.",
        "language": "en",
        "authors": [{"name": "Test Desk"}],
        "items": [
            {
                "id": NIGHT_ID,
                "url": NIGHT_LINK,
                "title": "City council approves night buses for Gangnam",
                "summary": "Three new routes.",
                "content_html": NIGHT_CONTENT,
                "date_published": "2025-11-19T07:00:00+09:00",
                "date_modified": "2025-11-19T07:00:00+09:00",
                "authors": [{"name": "Kim Ji-ho"}],
                "tags": ["transport", "seoul"],
            }
        ],
    }


def test_section_and_tag_feeds_carry_the_same_entry(project: Project) -> None:
    project.build()
    for prefix, title in (
        ("sections/policy/", "Test Digest — Policy"),
        ("tags/seoul/", "Test Digest — #seoul"),
    ):
        rss = parse_xml_feed(project.output / prefix / "feed.xml")
        assert (rss.feed.title, rss.feed.link) == (title, BASE + prefix)
        assert [(e.id, e.content[0].value) for e in rss.entries] == [(NIGHT_ID, NIGHT_CONTENT)]
        document = load_json_feed(project.output / prefix / "feed.json")
        assert document["feed_url"] == f"{BASE}{prefix}feed.json"
        assert [item["id"] for item in document["items"]] == [NIGHT_ID]


def test_a_quiet_section_has_feeds_dated_by_the_newest_item(project: Project) -> None:
    project.build()
    atom = parse_xml_feed(project.output / "sections/tech/atom.xml")
    assert atom.entries == []
    assert atom.feed.updated == "2025-11-19T07:00:00+09:00"
    assert parse_xml_feed(project.output / "sections/tech/feed.xml").feed.updated == (
        "Wed, 19 Nov 2025 07:00:00 +0900"
    )
    assert load_json_feed(project.output / "sections/tech/feed.json")["items"] == []


@pytest.mark.parametrize("unit", ["article", "edition"])
def test_ids_survive_a_new_base_url_and_a_headline_edit(project: Project, tmp_path: Path, unit: str) -> None:
    set_config(project, f"feeds:\n  unit: {unit}\n")
    project.article("ring-road.md", RING_ROAD)
    project.note("ring-road.yaml", RING_NOTE)
    before = all_ids(project.build(out=tmp_path / "before").output)

    # The editor rewrites a headline, the outlet's headline changes, and the site moves
    # to another host, scheme and path.
    project.note(
        "2025-11-19.yaml",
        (project.root / "content/notes/2025-11-19.yaml")
        .read_text()
        .replace("    rank: 1\n", '    rank: 1\n    headline: "Night buses, at last"\n', 1),
    )
    project.article("ring-road.md", RING_ROAD.replace("Ring road opens", "Ring road finally opens"))
    after_site = project.build(base_url="http://mirror.example.net/news/", out=tmp_path / "after").output
    after = all_ids(after_site)

    assert after == before
    assert sum(len(ids) for ids in before.values()) >= 12
    # The Atom feeds' own ids do not move with the site either.
    for atom in ("atom.xml", "sections/policy/atom.xml", "tags/seoul/atom.xml"):
        old = parse_xml_feed(tmp_path / "before" / atom).feed.id
        assert old.startswith("urn:uuid:") and parse_xml_feed(after_site / atom).feed.id == old
    rss = parse_xml_feed(after_site / "feed.xml")
    assert all(entry.link.startswith("http://mirror.example.net/news/") for entry in rss.entries)
    if unit == "article":
        assert {entry.title for entry in rss.entries} == {"Night buses, at last", "Ring road finally opens"}
        assert set(before["feed.xml"]) == {NIGHT_ID, "urn:uuid:aec04963-29db-58e0-b724-4aac7aff178d"}
    else:
        assert before["feed.json"][1] == EDITION_ID
        assert before["sections/policy/feed.json"] == [EDITION_POLICY_ID]


def test_feeds_do_not_depend_on_the_build_date(project: Project, tmp_path: Path) -> None:
    from digest.build import build

    first = build(project.config(), tmp_path / "first", today=dt.date(2025, 11, 25))
    second = build(project.config(), tmp_path / "second", today=dt.date(2027, 1, 1))
    for path in feed_files(first.output):
        assert path.read_bytes() == (second.output / path.relative_to(first.output)).read_bytes()


def test_dates_carry_the_offset_of_their_own_day(project: Project) -> None:
    """New York: EDT (-04:00) before 2 Nov 2025, EST (-05:00) after; an edition time that
    the spring-forward change skips (02:30 on 9 Mar 2025) becomes the real 03:30 EDT."""
    config = BASE_CONFIG.replace('timezone: "Asia/Seoul"', 'timezone: "America/New_York"')
    set_config(project, 'edition_time: "02:30"\n', base=config)
    project.write("content/articles/night-buses.txt", raw_article("2025-03-09", "Spring edition"))
    project.note(
        "2025-11-19.yaml",
        'edition: "2025-03-09"\nnotes:\n  - {article: "night-buses", section: policy, rank: 1}\n',
    )
    project.article("autumn.txt", raw_article("2025-10-31", "Autumn edition"))
    project.note("autumn.yaml", 'article: "autumn"\nedition: "2025-10-31"\nsection: tech\nrank: 1\n')
    project.article("winter.txt", raw_article("2025-11-03", "Winter edition"))
    project.note("winter.yaml", 'article: "winter"\nedition: "2025-11-03"\nsection: tech\nrank: 1\n')
    project.build()

    rss = parse_xml_feed(project.output / "feed.xml")
    assert [(e.title, e.published) for e in rss.entries] == [
        ("Winter edition", "Mon, 03 Nov 2025 02:30:00 -0500"),
        ("Autumn edition", "Fri, 31 Oct 2025 02:30:00 -0400"),
        ("Spring edition", "Sun, 09 Mar 2025 03:30:00 -0400"),
    ]
    assert rss.feed.updated == "Mon, 03 Nov 2025 02:30:00 -0500"  # the newest item
    atom = parse_xml_feed(project.output / "atom.xml")
    assert [e.published for e in atom.entries] == [
        "2025-11-03T02:30:00-05:00",
        "2025-10-31T02:30:00-04:00",
        "2025-03-09T03:30:00-04:00",
    ]
    document = load_json_feed(project.output / "feed.json")
    assert [item["date_published"] for item in document["items"]] == [e.published for e in atom.entries]


def test_an_update_in_another_offset_is_shown_in_the_site_zone(project: Project) -> None:
    project.article("ring-road.md", RING_ROAD)
    project.note("ring-road.yaml", RING_NOTE)
    project.build()
    atom = parse_xml_feed(project.output / "atom.xml")
    ring = atom.entries[0]
    assert (ring.published, ring.updated) == ("2025-11-20T07:00:00+09:00", "2025-11-21T08:30:00+09:00")
    assert atom.feed.updated == "2025-11-21T08:30:00+09:00"
    assert [a["name"] for a in ring.authors] == ["Lee Su-min", "Park Jun"]
    rss = parse_xml_feed(project.output / "feed.xml")
    assert rss.feed.updated == "Fri, 21 Nov 2025 08:30:00 +0900"
    assert parse_xml_feed(project.output / "sections/policy/feed.xml").feed.updated == (
        "Wed, 19 Nov 2025 07:00:00 +0900"
    )


@pytest.mark.parametrize(
    ("language", "tag"), [("ko", "ko"), ("EN-us", "en-US"), ("zh-hant-tw", "zh-Hant-TW")]
)
def test_language_is_a_bcp47_tag(project: Project, language: str, tag: str) -> None:
    project.write("config.yaml", BASE_CONFIG.replace('language: "en"', f'language: "{language}"'))
    project.build()
    assert parse_xml_feed(project.output / "feed.xml").feed.language == tag
    assert parse_xml_feed(project.output / "tags/seoul/atom.xml").feed.language == tag
    assert f'xml:lang="{tag}"' in project.read("atom.xml")
    assert load_json_feed(project.output / "feed.json")["language"] == tag


@pytest.mark.parametrize("base", ["https://example.org/digest/", "https://news.example/"])
def test_editor_links_and_images_become_absolute(project: Project, base: str) -> None:
    project.article("ring-road.md", RING_ROAD)
    project.note("ring-road.yaml", RING_NOTE)
    project.build(base_url=base)
    page = f"{base}articles/ring-road/"
    document = load_json_feed(project.output / "feed.json")
    ring = document["items"][0]
    assert ring["url"] == page
    article_page = (project.output / "articles/ring-road/index.html").read_text(encoding="utf-8")
    body_map = next(url for url in urls_in(article_page) if url.endswith("/maps/ring.png"))
    assert urls_in(ring["content_html"]) == [
        f"{base}articles/night-buses/",  # root-relative commentary link: base path, then host
        f"{base}static/chart.png",  # root-relative image in commentary
        f"{base}articles/night-buses/",  # relative to the article page
        f"{page}#more",
        "https://cdn.example.com/x.png",  # scheme-relative
        "https://news.example/maps/ring.png"
        if base == "https://news.example/"
        else f"https://example.org{body_map}",
        f"{page}details/",
        f"{page}#top",
        page,  # "Read in the digest"
    ]
    assert 'title="Chart"' in ring["content_html"]
    for name, items in all_contents(project.output).items():
        for html in items:
            assert relative_urls(html) == [], name


def test_summary_only_feeds_leave_out_the_article_text(project: Project) -> None:
    set_config(project, "feeds:\n  full_content: false\n")
    project.build()
    assert parse_xml_feed(project.output / "feed.xml").entries[0].content[0].value == NIGHT_SUMMARY_ONLY
    assert parse_xml_feed(project.output / "atom.xml").entries[0].content[0].value == NIGHT_SUMMARY_ONLY
    assert load_json_feed(project.output / "feed.json")["items"][0]["content_html"] == NIGHT_SUMMARY_ONLY


def test_limit_keeps_the_newest_items(project: Project) -> None:
    set_config(project, "feeds:\n  limit: 1\n")
    project.article("ring-road.md", RING_ROAD)
    project.note("ring-road.yaml", RING_NOTE)
    project.build()
    assert [e.title for e in parse_xml_feed(project.output / "feed.xml").entries] == ["Ring road opens"]
    assert len(load_json_feed(project.output / "tags/transport/feed.json")["items"]) == 1
    assert len(parse_xml_feed(project.output / "sections/policy/atom.xml").entries) == 1


def test_one_item_per_edition(project: Project) -> None:
    set_config(project, "feeds:\n  unit: edition\n")
    project.build()
    edition_link = f"{BASE}editions/2025-11-19/"
    content = (
        "<p>Today’s edition.</p>\n"
        f'<h2><a href="{BASE}sections/policy/">Policy</a></h2>\n'
        f'<h3><a href="{NIGHT_LINK}">City council approves night buses for Gangnam</a></h3>\n'
        f"{NIGHT_CONTENT}"
    )
    document = load_json_feed(project.output / "feed.json")
    assert document["items"] == [
        {
            "id": EDITION_ID,
            "url": edition_link,
            "title": "Night buses",
            "summary": "Today’s edition.",
            "content_html": content,
            "date_published": "2025-11-19T07:00:00+09:00",
            "date_modified": "2025-11-19T07:00:00+09:00",
            "authors": [{"name": "Test Desk"}],
            "tags": ["transport", "seoul"],
        }
    ]
    for name in ("feed.xml", "atom.xml"):
        (entry,) = parse_xml_feed(project.output / name).entries
        assert (entry.id, entry.title, entry.link) == (EDITION_ID, "Night buses", edition_link)
        assert entry.content[0].value == content
        assert [a["name"] for a in entry.authors] == ["Test Desk"]
    # A section's feed carries its part of the edition, under its own id, linked to its heading.
    policy = load_json_feed(project.output / "sections/policy/feed.json")["items"]
    assert [(i["id"], i["url"], i["title"]) for i in policy] == [
        (EDITION_POLICY_ID, f"{edition_link}#s-policy", "November 19, 2025")
    ]
    assert policy[0]["content_html"] == content.split("</h2>\n", 1)[1]
    assert policy[0]["summary"] == "City council approves night buses for Gangnam"
    assert load_json_feed(project.output / "sections/tech/feed.json")["items"] == []


def test_edition_items_follow_the_limit_and_hold_each_edition(project: Project) -> None:
    set_config(project, "feeds:\n  unit: edition\n  limit: 1\n")
    project.article("ring-road.md", RING_ROAD)
    project.note("ring-road.yaml", RING_NOTE)
    project.build()
    (item,) = load_json_feed(project.output / "feed.json")["items"]
    assert (item["url"], item["title"], item["summary"]) == (
        f"{BASE}editions/2025-11-20/",
        "November 20, 2025",
        "Ring road opens",
    )
    assert item["date_modified"] == "2025-11-21T08:30:00+09:00"
    assert len(load_json_feed(project.output / "tags/transport/feed.json")["items"]) == 1


HELD_NOTES = """\
edition: "2025-11-19"
notes:
  - article: "secret-plan"
    section: tech
    rank: 1
    draft: true
    tags: ["secret-tag"]
"""
FUTURE_NOTE = """\
article: "tomorrow"
edition: "2999-01-01"
section: policy
rank: 2
tags: ["future-tag", "seoul"]
"""


@pytest.mark.parametrize("unit", ["article", "edition"])
def test_drafts_and_future_notes_never_reach_a_feed(project: Project, unit: str) -> None:
    from digest.render.feeds import edition_entry_id, entry_id

    set_config(project, f"feeds:\n  unit: {unit}\n")
    project.article("secret-plan.txt", raw_article("2025-11-19", "Secret plan headline"))
    project.note("held.yaml", HELD_NOTES.replace('edition: "2025-11-19"', 'edition: "2025-11-18"'))
    project.article("tomorrow.txt", raw_article("2025-11-24", "Tomorrow headline"))
    project.note("tomorrow.yaml", FUTURE_NOTE)
    result = project.build()

    assert result.held_back == {"draft": 1, "scheduled for 2999-01-01": 1}
    assert result.held_back_summary == (
        "2 notes held back from pages and feeds: 1 draft, 1 scheduled for 2999-01-01"
    )
    hidden = [
        entry_id("secret-plan"),
        entry_id("tomorrow"),
        edition_entry_id(dt.date(2999, 1, 1)),
        edition_entry_id(dt.date(2025, 11, 18)),
        "Secret plan headline",
        "Tomorrow headline",
        "secret-plan",
        "2999",
        "secret-tag",
        "future-tag",
    ]
    files = feed_files(project.output)
    assert len(files) == 18  # site, 2 sections, tags transport and seoul, the outlet
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not [word for word in hidden if word in text], path
    assert not (project.output / "tags/secret-tag").exists()
    assert not (project.output / "tags/future-tag").exists()


def test_the_build_report_counts_held_back_notes(project: Project) -> None:
    project.article("secret-plan.txt", raw_article("2025-11-19", "Secret plan headline"))
    project.note("held.yaml", HELD_NOTES.replace('edition: "2025-11-19"', 'edition: "2025-11-18"'))
    project.article("tomorrow.txt", raw_article("2025-11-24", "Tomorrow headline"))
    project.note("tomorrow.yaml", FUTURE_NOTE)
    result = CliRunner().invoke(main, ["build", "--config", str(project.config_path)])
    assert result.exit_code == 0, result.output
    assert "2 notes held back from pages and feeds: 1 draft, 1 scheduled for 2999-01-01" in result.output
    assert "  secret-plan: draft (content/notes/held.yaml:" in result.output
    assert "  tomorrow: scheduled for 2999-01-01 (content/notes/tomorrow.yaml:" in result.output


@pytest.mark.parametrize(
    ("feeds", "message"),
    [
        ("  unit: weekly\n", "feeds.unit: expected 'article' or 'edition', got 'weekly'"),
        ("  limit: 0\n", "feeds.limit: must be at least 1"),
        ("  units: edition\n", "feeds.units: unknown key; did you mean 'unit'?"),
    ],
)
def test_feed_settings_are_checked(project: Project, feeds: str, message: str) -> None:
    set_config(project, "feeds:\n" + feeds)
    with pytest.raises(DigestError) as caught:
        project.config()
    assert any(message in problem.format() for problem in caught.value.problems)


def test_sample_config_documents_every_feed_setting() -> None:
    from tests.conftest import ROOT

    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    feeds_block = text.split("\nfeeds:\n", 1)[1]
    for key in ("limit", "full_content", "unit"):
        lines = feeds_block.splitlines()
        index = next(i for i, line in enumerate(lines) if line.startswith(f"  {key}:"))
        assert lines[index - 1].strip().startswith("#"), f"feeds.{key} has no comment above it"
