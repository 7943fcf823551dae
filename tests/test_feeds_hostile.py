r"""Hostile text (`&`, `<`, `]]>`, control characters, emoji, Hangul) in config, headlines,
notes, tags and bodies still gives well-formed feeds, in all three formats, for the site,
section and tag feeds; and the pieces that make it so, tested on their own."""

from __future__ import annotations

import datetime as dt
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from feedgen.feed import FeedGenerator

from digest.content.htmlsafe import absolutize
from digest.render.feedformats import rss_text, write_feed
from digest.render.feedmodel import Feed, FeedEntry, FeedImage, language_tag, one_line, xml_safe
from tests.conftest import Project
from tests.feedcheck import check_json_feed, feed_files, load_json_feed, parse_xml_feed

# YAML double-quoted escapes put real control characters into the loaded text; the raw
# article carries them literally (the reader drops those, the feed must not depend on it).
HOSTILE_CONFIG = r"""
title: "Ampersand & <Co> ]]> \x01 🎉 한글 뉴스"
description: "Desc & <b>bold</b> ]]> \x0b 설명"
base_url: "https://example.org/digest/"
language: "ko"
timezone: "Asia/Seoul"
author: "Kim & <Lee> \x02 김"
sections:
  - id: policy
    title: "Policy & <Law> ]]> \x1b 정책"
    description: "About & <rules> \x1f"
  - id: tech
    title: "Tech"
"""
HOSTILE_ARTICLE = (
    " date 2025-11-19 Outlet & <script>x</script> ]]> \x01 🎉 한국어 제목\n"
    "Published: 19 Nov. 2025, 15:15\n"
    "Body & <b>not bold</b> ]]> 🎉 한국어 \x08 본문.\n"
    "BY KIM & LEE\n"
    "with the Ledger & <Co>\n"
)
HOSTILE_NOTES = r"""
edition: "2025-11-19"
title: "Edition & <i> ]]> \x03 🎉 판"
intro: "Intro & <b>x</b> ]]> \x04 🎉 소개"
notes:
  - article: "hostile"
    section: policy
    rank: 1
    headline: "Head & <i>x</i> ]]> \x07 🎉 한국어"
    summary: "Sum & <b> ]]> \x1b[31m 🎉 요약 \uFFFE"
    commentary: "Comm & <script>alert(1)</script> ]]> `]]>` \x05 🎉 논평 [q](/a?b=1&c=2)"
    tags: ["R&D", "<script>", "한국", "🎉 party", "ctl\x06tag"]
    source_url: "https://example.org/a?x=1&y=]]>"
"""
TITLE = "Ampersand & <Co> ]]> 🎉 한글 뉴스"
HEADLINE = "Head & <i>x</i> ]]> 🎉 한국어"
TAGS = ["R&D", "<script>", "한국", "🎉 party", "ctltag"]
# RSS readers render titles and descriptions as HTML, so there `<` and `>` are written as
# entities and a reader shows them as typed; Atom and JSON Feed carry plain text.
SHOWN = {"feed.xml": rss_text, "atom.xml": str, "feed.json": str}


@pytest.fixture
def hostile(tmp_path: Path) -> Project:
    project = Project(tmp_path / "hostile")
    project.write("config.yaml", HOSTILE_CONFIG)
    (project.root / "content/articles").mkdir(parents=True)
    (project.root / "content/articles/hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    project.note("2025-11-19.yaml", HOSTILE_NOTES)
    return project


@pytest.mark.parametrize("unit", ["article", "edition"])
def test_hostile_text_gives_well_formed_feeds_everywhere(hostile: Project, unit: str) -> None:
    hostile.write("config.yaml", HOSTILE_CONFIG + f"feeds:\n  unit: {unit}\n")
    hostile.build()
    files = feed_files(hostile.output)
    prefixes = {path.parent.relative_to(hostile.output).as_posix() for path in files}
    assert prefixes == {
        ".",
        "sections/policy",
        "sections/tech",
        "tags/r-d",
        "tags/script",
        "tags/한국",
        "tags/party",
        "tags/ctltag",
        # The hostile note names no outlet: its source link's host stands for it.
        "outlets/example-org",
    }
    for path in files:
        if path.suffix == ".json":
            document = load_json_feed(path)
            titles = [document["title"], *(item["title"] for item in document["items"])]
            contents = [item["content_html"] for item in document["items"]]
        else:
            parsed = parse_xml_feed(path)
            titles = [parsed.feed.title, *(entry.title for entry in parsed.entries)]
            contents = [entry.content[0].value for entry in parsed.entries]
        assert titles[0].startswith(SHOWN[path.name](TITLE)), path
        if path.parent.name != "tech":
            assert len(contents) == 1, path
            assert "<script" not in contents[0], path
            # A tag scraped into a .txt (a forum repost's <b>) is dropped, never markup.
            assert "Body &amp; not bold ]]&gt; 🎉 한국어" in contents[0], path
            assert 'href="https://example.org/digest/a?b=1&amp;c=2"' in contents[0], path
            assert 'href="https://example.org/a?x=1&amp;y=]]&gt;"' in contents[0], path


def test_hostile_fields_come_back_exactly(hostile: Project) -> None:
    hostile.build()
    for name in ("feed.xml", "atom.xml"):
        shown = SHOWN[name]
        parsed = parse_xml_feed(hostile.output / name)
        assert parsed.feed.title == shown(TITLE)
        assert parsed.feed.subtitle == shown("Desc & <b>bold</b> ]]>  설명")
        assert parsed.feed.language == "ko"
        (entry,) = parsed.entries
        assert entry.title == shown(HEADLINE)
        # A tag is text like a title: RSS readers render <category> as HTML too.
        assert [t.term for t in entry.tags] == [shown(tag) for tag in TAGS]
        assert entry.summary == shown("Sum & <b> ]]> [31m 🎉 요약")
        assert [a["name"] for a in entry.authors] == ["Kim", "Lee"]
    rss = hostile.read("feed.xml")
    assert "<title>Head &amp; &amp;lt;i&amp;gt;x&amp;lt;/i&amp;gt; ]]&amp;gt; 🎉 한국어</title>" in rss
    assert "<title>Head &amp; &lt;i&gt;x&lt;/i&gt; ]]&gt; 🎉 한국어</title>" in hostile.read("atom.xml")
    assert parse_xml_feed(hostile.output / "atom.xml").feed.author_detail.name == "Kim & <Lee> 김"
    assert "<category>&amp;lt;script&amp;gt;</category>" in rss
    assert "<dc:creator>Kim &amp; &amp;lt;Lee&amp;gt; 김</dc:creator>" in rss
    section = parse_xml_feed(hostile.output / "sections/policy/atom.xml")
    assert section.feed.title == f"{TITLE} — Policy & <Law> ]]> 정책"
    assert section.feed.subtitle == "About & <rules>"
    document = load_json_feed(hostile.output / "tags/한국/feed.json")
    assert document["title"] == f"{TITLE} — #한국"
    assert document["authors"] == [{"name": "Kim & <Lee> 김"}]
    (item,) = document["items"]
    assert (item["title"], item["tags"]) == (HEADLINE, TAGS)


def test_hostile_edition_item(hostile: Project) -> None:
    hostile.write("config.yaml", HOSTILE_CONFIG + "feeds:\n  unit: edition\n")
    hostile.build()
    for name in ("feed.xml", "atom.xml"):
        (entry,) = parse_xml_feed(hostile.output / name).entries
        assert entry.title == SHOWN[name]("Edition & <i> ]]> 🎉 판")
        assert entry.summary == SHOWN[name]("Intro & x ]]> 🎉 소개")
    (item,) = load_json_feed(hostile.output / "feed.json")["items"]
    assert item["content_html"].startswith("<p>Intro &amp; <b>x</b> ]]&gt;  🎉 소개</p>")


# The same guarantees one level down, with characters no reader would let through.
UNSAFE = (
    "\x00\x01\x08\x0b\x0c\x0e\x1f\x7f\x80\x84\x86\x9f\ud800\udfff\ufdd0\ufdef\ufffe\uffff\U0001fffe\U0010ffff"
)
SEOUL = ZoneInfo("Asia/Seoul")


def hostile_feed() -> Feed:
    when = dt.datetime(2025, 11, 19, 7, 0, tzinfo=SEOUL)
    entry = FeedEntry(
        id=f"urn:uuid:1{UNSAFE}",
        title=f"A & B <c>\n ]]> {UNSAFE} 🎉 한글",
        link="https://example.org/a/",
        published=when,
        updated=when,
        authors=(f"Kim {UNSAFE}& Lee", UNSAFE),
        categories=(f"R&D{UNSAFE}", "]]>"),
        summary=f"S & <x>\t]]>\n{UNSAFE}\x85 end",
        content_html=f"<p>x ]]&gt; &amp; {UNSAFE} 🎉</p><![CDATA[ y ]]>",
        image=FeedImage("https://example.org/x.jpg", 10, "image/jpeg", 4, 3, f"a <b> & {UNSAFE}", UNSAFE),
    )
    return Feed(
        id=f"urn:uuid:0{UNSAFE}",
        prefix="",
        title=f"T {UNSAFE}&",
        description=f"D {UNSAFE}<",
        language="ko",
        author=f"Desk {UNSAFE}",
        home="https://example.org/",
        updated=when,
        entries=(entry,),
    )


def test_the_feed_model_removes_what_xml_forbids() -> None:
    feed = hostile_feed()
    (entry,) = feed.entries
    assert entry.title == "A & B <c> ]]> 🎉 한글"
    assert entry.authors == ("Kim & Lee",)  # an author made only of junk disappears
    assert entry.categories == ("R&D", "]]>")
    assert entry.summary == "S & <x>\t]]>\n\x85 end"  # tab, newline and NEL are legal XML
    assert entry.id == "urn:uuid:1"
    assert (feed.title, feed.description, feed.author) == ("T &", "D <", "Desk")


@pytest.mark.parametrize("kind", ["rss", "atom", "json"])
def test_the_writers_give_well_formed_output(kind: str, tmp_path: Path) -> None:
    data = write_feed(hostile_feed(), kind, f"https://example.org/feed.{kind}")
    data.decode("utf-8")  # no lone surrogates
    path = tmp_path / {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}[kind]
    path.write_bytes(data)
    if kind == "json":
        check_json_feed(json.loads(data))
        assert json.loads(data)["items"][0]["title"] == "A & B <c> ]]> 🎉 한글"
    else:
        parsed = parse_xml_feed(path)
        assert parsed.entries[0].title == SHOWN[path.name]("A & B <c> ]]> 🎉 한글")
        assert parsed.entries[0].content[0].value == "<p>x ]]&gt; &amp;  🎉</p><![CDATA[ y ]]>"


def test_what_feedgen_does_with_hostile_text() -> None:
    """Why the model cleans text: lxml under feedgen escapes `&`, `<` and `]]>` and writes
    emoji and Hangul as UTF-8, but refuses control characters outright."""
    generator = FeedGenerator()
    generator.id("https://example.org/")
    generator.title("A & B <c> ]]> 🎉 한글")
    generator.link(href="https://example.org/", rel="alternate")
    generator.description("d")
    data = generator.rss_str()
    assert "<title>A &amp; B &lt;c&gt; ]]&gt; 🎉 한글</title>".encode() in data
    assert ET.fromstring(data).findtext("channel/title") == "A & B <c> ]]> 🎉 한글"
    generator.title("bell \x07")
    with pytest.raises(ValueError, match="XML compatible"):
        generator.rss_str()


def test_xml_safe_and_one_line() -> None:
    assert xml_safe(f"a{UNSAFE}b\t\n\r\x85é🎉") == "ab\t\n\r\x85é🎉"
    assert one_line("  two\n lines\x01 ") == "two lines"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="/x/">x</a>', '<a href="https://h.example/x/">x</a>'),
        ("<img src='../i.png' alt=\"a\">", '<img src="https://h.example/base/i.png" alt="a">'),
        ("<img src=pic.png>", '<img src="https://h.example/base/page/pic.png">'),
        ('<a href="#top">t</a>', '<a href="https://h.example/base/page/#top">t</a>'),
        ('<a href="//cdn.example/x">x</a>', '<a href="https://cdn.example/x">x</a>'),
        ('<a href="?a=1&amp;b=2">q</a>', '<a href="https://h.example/base/page/?a=1&amp;b=2">q</a>'),
        ('<a title="a > b" href="/y">y</a>', '<a title="a &gt; b" href="https://h.example/y">y</a>'),
        (
            '<img srcset="/a.png 1x, b.png 2x">',
            '<img srcset="https://h.example/a.png 1x, https://h.example/base/page/b.png 2x">',
        ),
        # Untouched: absolute URLs, other schemes, empty values, and text that only looks like a link.
        ('<a href="https://o.example/p">p</a>', '<a href="https://o.example/p">p</a>'),
        ('<a href="mailto:a@b.example">m</a>', '<a href="mailto:a@b.example">m</a>'),
        ('<a href="">e</a>', '<a href="">e</a>'),
        ('<p>write href="/x" in text</p>', '<p>write href="/x" in text</p>'),
        # Attribute values are values: what looks like an attribute inside one stays text.
        (
            '<img alt="chart src=x onerror=alert(1)//" src="/c.png">',
            '<img alt="chart src=x onerror=alert(1)//" src="https://h.example/c.png">',
        ),
        (
            '<a href="/y" title="t href=z autofocus onfocus=alert(1)//">y</a>',
            '<a href="https://h.example/y" title="t href=z autofocus onfocus=alert(1)//">y</a>',
        ),
        # The result is sanitized: off the allow-list, script URLs, in srcset too.
        ('<p data-href="/x" onclick="x()">d</p>', "<p>d</p>"),
        ('<a href="java\tscript:alert(1)">j</a>', "<a>j</a>"),
        (
            '<img srcset="/a.png 1x, javascript:alert(1) 2x" src="/a.png">',
            '<img src="https://h.example/a.png">',
        ),
    ],
)
def test_absolutize(html: str, expected: str) -> None:
    assert absolutize(html, "https://h.example/base/page/") == expected


def test_a_url_no_browser_can_resolve_goes_without_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # '//6x]y' opens an IPv6 host it never closes: `urljoin` raises, and an error raised in
    # the cleaner's callback would be swallowed there and reported as unraisable
    reported: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)
    html = '<a href="//6x]y">t</a><img srcset="//[bad/x.png 2x" src="//[bad/x.png" alt="p">'
    assert absolutize(html, "https://h.example/base/page/") == '<a>t</a><img alt="p">'
    assert reported == []


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "en"),
        ("KO", "ko"),
        ("en-us", "en-US"),
        ("en_GB", "en-GB"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("de-CH-x-Phonebk", "de-CH-x-phonebk"),
    ],
)
def test_language_tag(tag: str, expected: str) -> None:
    assert language_tag(tag) == expected


def test_naive_dates_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        FeedEntry(
            "i", "t", "https://e.example/", dt.datetime(2025, 1, 1), dt.datetime(2025, 1, 1), (), (), "", ""
        )
