"""Subscriptions beyond the feed reader's autodiscovery: feeds.opml and the "Feeds" page,
a WebSub hub named in every feed, and the e-mail edition as a multipart message."""

from __future__ import annotations

import email
import email.policy
import json
import xml.etree.ElementTree as ElementTree
from urllib.parse import quote, unquote

import feedparser
import listparser
import pytest
from click.testing import CliRunner

from digest.cli import main
from tests.conftest import Project

BASE = "https://example.github.io/my-digest/"
TAGS = 20  # the sample's published tags


def use_theme(project: Project, name: str) -> None:
    config = project.config_path.read_text(encoding="utf-8")
    project.config_path.write_text(config.replace('theme: "default"', f'theme: "{name}"'), encoding="utf-8")


def add_config(project: Project, text: str) -> None:
    with project.config_path.open("a", encoding="utf-8") as handle:
        handle.write("\n" + text)


def test_the_opml_file_lists_every_feed_for_a_reader_to_import(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    parsed = listparser.parse((project.output / "feeds.opml").read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.meta.title == "Seoul Tech & Policy Brief: every feed"
    urls = [feed.url for feed in parsed.feeds]
    sections = [f"{BASE}sections/{s}/feed.xml" for s in ("policy", "industry", "science", "culture")]
    assert urls[:5] == [f"{BASE}feed.xml", *sections]
    tags = sorted(p.parent.name for p in (project.output / "tags").glob("*/feed.xml"))
    assert len(tags) == TAGS
    assert urls[5 : 5 + TAGS] == [f"{BASE}tags/{quote(tag)}/feed.xml" for tag in tags]
    outlets = sorted(p.parent.name for p in (project.output / "outlets").glob("*/feed.xml"))
    assert urls[5 + TAGS :] == [f"{BASE}outlets/{quote(outlet)}/feed.xml" for outlet in outlets]
    # Every feed named is a file of the site; sections and tags are folders of the list.
    for url in urls:
        assert (project.output / unquote(url.removeprefix(BASE))).is_file(), url
    by_url = {feed.url: feed for feed in parsed.feeds}
    assert by_url[sections[0]].title == "Policy"
    assert by_url[sections[0]].categories == [["Sections"]]
    assert by_url[f"{BASE}tags/hbm/feed.xml"].categories == [["Tags"]]
    # Nothing from the clock: a second build writes the same bytes.
    first = (project.output / "feeds.opml").read_bytes()
    project.build(out=project.root / "again")
    assert (project.root / "again/feeds.opml").read_bytes() == first


@pytest.mark.parametrize("theme", ["default", "briefing"])
def test_the_feeds_page_lists_each_feed_with_its_purpose_and_the_footer_links_it(
    sample_copy, theme: str
) -> None:
    project: Project = sample_copy()
    use_theme(project, theme)
    project.build()
    page = project.read("feeds/index.html")
    assert "<h1>Feeds</h1>" in page
    assert 'href="/my-digest/feeds.opml"' in page
    assert "Government, regulation and the rules of the game." in page  # the policy section's purpose
    assert "Every note tagged #hbm." in page
    for prefix in ("", "sections/science/", "tags/hbm/"):
        for name in ("feed.xml", "atom.xml", "feed.json"):
            assert f'href="/my-digest/{prefix}{name}"' in page
    assert page.count('class="feed-entry"') == 1 + 4 + TAGS + 4  # four outlets
    for route in ("index.html", "articles/saebyeok-hbm-packaging-line/index.html", "tags/index.html"):
        footer = project.read(route).split('<footer class="site-footer">')[1]
        assert '<a href="/my-digest/feeds/">All feeds</a>' in footer


def test_no_websub_hub_unless_configured(project: Project) -> None:
    project.build()
    for name in ("feed.xml", "atom.xml", "feed.json", "sections/policy/feed.xml", "tags/seoul/atom.xml"):
        assert "hub" not in project.read(name)


def test_a_websub_hub_is_named_in_every_feed(project: Project) -> None:
    hub = "https://hub.example.org/"
    add_config(project, f'websub_hub: "{hub}"\n')
    project.build()
    for prefix in ("", "sections/policy/", "tags/seoul/"):
        rss = feedparser.parse(project.read(prefix + "feed.xml"))
        atom = feedparser.parse(project.read(prefix + "atom.xml"))
        for parsed in (rss, atom):
            assert not parsed.bozo
            links = {link["rel"]: link["href"] for link in parsed.feed.links}
            assert links["hub"] == hub
            assert links["self"].endswith(prefix + ("feed.xml" if parsed is rss else "atom.xml"))
        channel = ElementTree.fromstring(project.read(prefix + "feed.xml").encode()).find("channel")
        atom_links = [
            (link.get("rel"), link.get("href")) for link in channel.iter("{http://www.w3.org/2005/Atom}link")
        ]
        assert ("hub", hub) in atom_links
        document = json.loads(project.read(prefix + "feed.json"))
        assert document["hubs"] == [{"type": "WebSub", "url": hub}]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('websub_hub: "hub.example.org"\n', "websub_hub: expected an http(s) URL"),
        (
            'email:\n  unsubscribe: "http://example.org/u"\n',
            "email.unsubscribe: expected an https:// address or a mailto:",
        ),
        ('email:\n  from: "Desk <nobody>"\n', "email.from: expected 'Name <address@example.org>'"),
        ('email:\n  reply_to: "x@example.org"\n', "email.reply_to: unknown key (allowed: from, unsubscribe)"),
    ],
)
def test_bad_subscription_settings_are_one_line_errors(project: Project, text: str, message: str) -> None:
    add_config(project, text)
    result = CliRunner().invoke(main, ["build", "--config", str(project.config_path)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_email_edition_is_a_multipart_message_with_two_alternatives(sample_copy) -> None:
    project: Project = sample_copy()
    config = project.config_path.read_text(encoding="utf-8")
    config = config.replace('  from: ""', '  from: "The Brief desk <brief@example.org>"')
    config = config.replace('  unsubscribe: ""', '  unsubscribe: "https://example.org/unsubscribe"')
    project.config_path.write_text(config, encoding="utf-8")
    project.build()
    data = (project.output / "email/2025-11-20.eml").read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message.get_content_type() == "multipart/alternative"
    plain, html = list(message.iter_parts())
    assert (plain.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    assert message["Subject"] == "Seoul Tech & Policy Brief: Packaging lines and launch pads"
    assert message["From"] == "The Brief desk <brief@example.org>"
    assert message["Date"] == "Thu, 20 Nov 2025 07:00:00 +0900"
    assert message["List-Unsubscribe"] == "<https://example.org/unsubscribe>"
    # The HTML alternative is the e-mail edition's file (with a mail's CRLF line ends);
    # the text one says the same in words.
    html_file = (project.output / "email/2025-11-20.html").read_text(encoding="utf-8")
    assert html.get_content().replace("\r\n", "\n") == html_file.rstrip("\n") + "\n"
    text = plain.get_content().replace("\r\n", "\n")
    assert "Packaging lines and launch pads" in text
    assert "중견 패키징 업체" in text
    assert "yesterday\u2019s edition\n<https://example.github.io/my-digest/editions/2025-11-19/>" in text
    assert (
        "Read in the digest:\nhttps://example.github.io/my-digest/articles/saebyeok-hbm-packaging-line/"
        in text
    )
    assert "\n-- \n" in text and text.rstrip().endswith("Unsubscribe: https://example.org/unsubscribe")
    assert max(len(line) for line in text.splitlines() if "://" not in line) <= 72
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # CRLF throughout, as SMTP wants


def test_without_email_settings_the_message_has_no_sender_or_unsubscribe(project: Project) -> None:
    project.build()
    message = email.message_from_bytes(
        (project.output / "email/2025-11-19.eml").read_bytes(), policy=email.policy.default
    )
    assert message["From"] is None and message["List-Unsubscribe"] is None
    assert message["Subject"] == "Test Digest: Night buses"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    text = " ".join(message.get_body(("plain",)).get_content().split())
    assert "Editor\u2019s note: Long overdue. See the archive <https://example.org/digest/archive/>." in text


def test_a_malformed_sender_is_refused(project: Project) -> None:
    add_config(project, 'email:\n  from: "Desk \\"x <a@b.c>"\n')
    result = CliRunner().invoke(main, ["build", "--config", str(project.config_path)])
    assert result.exit_code == 1
    assert "email.from: expected 'Name <address@example.org>'" in result.output
