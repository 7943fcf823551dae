"""The sample site's feeds, read back with feedparser and checked field by field."""

# ruff: noqa: RUF001  (the expected texts use typographic quotes, as the sample does)

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urljoin

import pytest

from digest.build import BuildResult, build
from digest.config import load_config
from tests.conftest import ROOT, SAMPLE_TODAY
from tests.feedcheck import (
    all_contents,
    feed_files,
    load_json_feed,
    parse_xml_feed,
    relative_urls,
    urls_in,
)

BASE = "https://example.github.io/my-digest/"
VISA_ID = "urn:uuid:2810643a-f9b5-5fe0-b094-3493ab2bdef4"  # from 'pangyo-startup-talent-visa'; never changes
VISA_PICTURE = f"{BASE}images/visa-stamp.61741649a3.1200.jpg"
VISA_CONTENT = (
    f'<figure><img src="{VISA_PICTURE}" alt="A dark blue passport beside a round red stamp with a tick."'
    ' width="1200" height="750"><figcaption>Picture: digest sample</figcaption></figure>\n'
    "<p><strong>Certified startups will be able to get work visas for foreign engineers within 10 business"
    " days from March, but only if they have raised 3 billion won.</strong></p><blockquote><p><em>Editor’s"
    " note:</em></p><p>Speed is the right fix; the investment threshold is the wrong filter. The"
    " earliest-stage teams, which most need a specialist hire, are the ones left out.</p></blockquote>\n"
    "<p><em>Pangyo Tech Wire · Choi Ha-eun, Jang Min-seo · November 20, 2025, 08:00 KST</em></p>\n"
    "<p>Startup founders in Pangyo say a new fast-track visa for foreign software and chip engineers could"
    " ease a hiring crunch that has slowed product launches, but many warn that the details will decide"
    " whether it actually works.</p>\n"
    "<p>The justice ministry said Thursday that from March, engineers hired by certified tech startups will"
    " be able to receive a work visa within <strong>10 business days</strong>, down from an average of"
    " about seven weeks today. Spouses will be allowed to work, and holders can switch employers within the"
    " startup sector without reapplying.</p>\n"
    "<p>To qualify, a company and its hire must meet several conditions:</p>\n"
    "<ul>\n"
    "<li>the startup must be certified as a venture company and have raised at least 3 billion won in"
    " outside investment;</li>\n"
    "<li>the engineer must hold a degree in a science or engineering field, or have three years of relevant"
    " experience;</li>\n"
    "<li>the salary offered must be at least 80 percent of the average for Korean engineers in the same"
    " role.</li>\n"
    "</ul>\n"
    "<p>“We lost two candidates this year simply because the paperwork took too long and they accepted"
    " offers in Singapore,” said Yang Seung-woo, chief technology officer of a Pangyo robotics startup with"
    " 60 employees. “Ten days would have kept both of them.”</p>\n"
    "<p>Others worry about the investment threshold. Early-stage companies that have raised less than 3"
    " billion won — often those most desperate for specialized talent — are excluded. “The companies that"
    " need this most are the ones that can’t meet the bar,” said Heo Yoo-jin, who runs a founders’"
    " association in Seongnam.</p>\n"
    "<p>About 2,300 foreign engineers currently work at startups in the Pangyo Techno Valley, according to"
    " the association, out of roughly 78,000 tech workers in the cluster. The ministry expects the program"
    " to issue around 1,500 visas in its first year and said it would review the eligibility rules after"
    " six months.</p>\n"
    f'<p><a href="{BASE}articles/pangyo-startup-talent-visa/">Read in the digest</a> · <a'
    ' href="https://pangyo-tech-wire.example/2025/11/20/startup-talent-visa">Original at Pangyo Tech'
    " Wire</a></p>"
)
VISA_FEEDS = ("", "sections/policy/", "tags/startups/", "tags/immigration/")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    out = tmp_path_factory.mktemp("sample") / "output"
    cache = tmp_path_factory.mktemp("cache")  # not into the repository
    config = dataclasses.replace(load_config(ROOT / "config.yaml"), cache_dir=str(cache))
    return build(config, out, today=SAMPLE_TODAY)


def visa(entries: list) -> object:
    found = [entry for entry in entries if entry.id == VISA_ID]
    assert len(found) == 1
    return found[0]


def test_every_scope_has_all_three_feeds(sample: BuildResult) -> None:
    site = sample.site
    prefixes = ["", *(f"sections/{s.id}/" for s in site.config.sections)]
    prefixes += [f"tags/{tag.slug}/" for tag in site.tags]
    prefixes += [f"outlets/{outlet.slug}/" for outlet in site.outlets]
    expected = sorted(
        sample.output / p / name for p in prefixes for name in ("feed.xml", "atom.xml", "feed.json")
    )
    assert feed_files(sample.output) == expected
    assert sample.feeds == len(expected) == 75 + 3 * 4  # four outlets


XML_FORMATS = {
    # file: (feedparser's name for the format, the item's published and updated as written)
    "feed.xml": ("rss20", "Thu, 20 Nov 2025 07:00:00 +0900", None),
    # Its edition's first of three items: dated two seconds after the edition went out.
    "atom.xml": ("atom10", "2025-11-20T07:00:00+09:00", "2025-11-20T07:00:02+09:00"),
}


@pytest.mark.parametrize("name", sorted(XML_FORMATS))
@pytest.mark.parametrize("prefix", VISA_FEEDS)
def test_rss_and_atom_item_fields(sample: BuildResult, prefix: str, name: str) -> None:
    version, published, updated = XML_FORMATS[name]
    parsed = parse_xml_feed(sample.output / prefix / name)
    assert parsed.version == version
    entry = visa(parsed.entries)
    assert entry.title == "Pangyo founders cautiously welcome fast-track visa for foreign engineers"
    assert entry.link == f"{BASE}articles/pangyo-startup-talent-visa/"
    assert entry.published == published
    if version == "rss20":
        assert entry.guidislink is False  # isPermaLink="false": the id is not a URL
    else:
        assert entry.updated == updated
    assert [a["name"] for a in entry.authors] == ["Choi Ha-eun", "Jang Min-seo"]
    assert [t.term for t in entry.tags] == ["startups", "immigration"]
    assert entry.summary.startswith("Certified startups will be able to get work visas")
    assert entry.content[0].value == VISA_CONTENT


@pytest.mark.parametrize("prefix", VISA_FEEDS)
def test_json_item_fields(sample: BuildResult, prefix: str) -> None:
    document = load_json_feed(sample.output / prefix / "feed.json")
    (item,) = [item for item in document["items"] if item["id"] == VISA_ID]
    assert item == {
        "id": VISA_ID,
        "url": f"{BASE}articles/pangyo-startup-talent-visa/",
        "title": "Pangyo founders cautiously welcome fast-track visa for foreign engineers",
        "summary": "Certified startups will be able to get work visas for foreign engineers within 10"
        " business days from March, but only if they have raised 3 billion won.",
        "content_html": VISA_CONTENT,
        "image": VISA_PICTURE,
        "date_published": "2025-11-20T07:00:00+09:00",
        "date_modified": "2025-11-20T07:00:02+09:00",
        "authors": [{"name": "Choi Ha-eun"}, {"name": "Jang Min-seo"}],
        "tags": ["startups", "immigration"],
    }


def test_site_feed_head(sample: BuildResult) -> None:
    rss = parse_xml_feed(sample.output / "feed.xml")
    assert rss.feed.title == "Seoul Tech & Policy Brief"
    assert rss.feed.link == BASE
    assert rss.feed.language == "en"
    assert rss.feed.updated == "Mon, 24 Nov 2025 07:00:02 +0900"  # newest item, not the clock
    assert rss.feed.author == "The Brief desk"
    atom = parse_xml_feed(sample.output / "atom.xml")
    assert atom.feed.id == "urn:uuid:b346846d-d153-5902-816c-f40a666b45bf"  # from the scope, not the address
    assert atom.feed.updated == "2025-11-24T07:00:02+09:00"
    assert atom.feed.language == "en"
    assert {(link.rel, link.href) for link in atom.feed.links} == {
        ("self", f"{BASE}atom.xml"),
        ("alternate", BASE),
    }
    document = load_json_feed(sample.output / "feed.json")
    assert document["feed_url"] == f"{BASE}feed.json"
    assert document["home_page_url"] == BASE
    assert document["language"] == "en"
    # Newest edition first, then section order, then rank.
    assert [entry.id for entry in rss.entries] == [entry.id for entry in atom.entries]
    assert [entry.id for entry in rss.entries] == [item["id"] for item in document["items"]]
    assert (
        rss.entries[0].id == "urn:uuid:dabd7272-0389-5dbc-b5ee-c0ac14ec921c"
    )  # saebyeok-youth-rental-lottery, policy's first item on Nov. 24


def test_atom_entries_each_have_their_own_updated_time(sample: BuildResult) -> None:
    """The W3C feed validator warns when two entries share an <updated>: the entries of
    one edition are dated a second apart, the edition's first item latest, so readers
    that sort by date keep the edition's order."""
    for path in sorted(sample.output.rglob("atom.xml")):
        entries = parse_xml_feed(path).entries
        updated = [entry.updated for entry in entries]
        assert len(set(updated)) == len(updated), path
    entries = parse_xml_feed(sample.output / "atom.xml").entries
    first_edition = [e for e in entries if e.published.startswith("2025-11-24")]
    assert [e.updated for e in first_edition] == [f"2025-11-24T07:00:0{n}+09:00" for n in (2, 1, 0)]


def test_section_feed_is_dated_by_its_newest_item(sample: BuildResult) -> None:
    """Industry's newest change is an article updated at 19:10 after its edition went out."""
    rss = parse_xml_feed(sample.output / "sections/industry/feed.xml")
    assert rss.feed.title == "Seoul Tech & Policy Brief — Industry"
    assert rss.feed.link == f"{BASE}sections/industry/"
    assert rss.feed.updated == "Fri, 21 Nov 2025 19:10:00 +0900"
    atom = parse_xml_feed(sample.output / "sections/industry/atom.xml")
    assert atom.feed.updated == "2025-11-21T19:10:00+09:00"
    won = next(e for e in atom.entries if e.link.endswith("/ledger-won-weakens-exporters/"))
    assert (won.published, won.updated) == ("2025-11-21T07:00:00+09:00", "2025-11-21T19:10:00+09:00")
    assert won.title == "Won at seven-month low: good for carmakers, bad for parts shops"  # the editor's


def test_hangul_tag_feed(sample: BuildResult) -> None:
    folder = sample.output / "tags" / "반도체"
    rss = parse_xml_feed(folder / "feed.xml")
    assert rss.feed.title == "Seoul Tech & Policy Brief — #반도체"
    assert rss.feed.link == f"{BASE}tags/%EB%B0%98%EB%8F%84%EC%B2%B4/"
    assert all("반도체" in [t.term for t in entry.tags] for entry in rss.entries)
    assert len(rss.entries) == 2
    document = load_json_feed(folder / "feed.json")
    assert document["feed_url"] == f"{BASE}tags/%EB%B0%98%EB%8F%84%EC%B2%B4/feed.json"


def test_every_feed_is_well_formed_and_all_urls_inside_are_absolute(sample: BuildResult) -> None:
    contents = all_contents(sample.output)
    assert len(contents) == 75 + 3 * 4  # with four outlets' feeds
    for name, items in contents.items():
        for html in items:
            assert urls_in(html), name
            assert relative_urls(html) == [], name
    # The editor's root-relative link in the HBM commentary gets the base path and host.
    hbm = [html for html in contents["feed.json"] if "Hangyeol Tech" in html]
    assert f'<a href="{BASE}editions/2025-11-19/" rel="noopener noreferrer">yesterday’s edition</a>' in hbm[0]


def test_feed_links_resolve_like_the_article_page(sample: BuildResult) -> None:
    """Every link in an item's content points where the same link on its article page goes."""
    document = load_json_feed(sample.output / "feed.json")
    for item in document["items"]:
        route = item["url"].removeprefix(BASE)
        page = (sample.output / route / "index.html").read_text(encoding="utf-8")
        on_page = {urljoin(item["url"], url) for url in urls_in(page)}
        assert set(urls_in(item["content_html"])) <= on_page, item["url"]


def test_drafts_never_reach_a_feed(sample: BuildResult) -> None:
    from digest.render.feeds import entry_id

    draft = entry_id("saebyeok-webtoon-exports")
    assert [held.note.article_id for held in sample.site.held_back] == ["saebyeok-webtoon-exports"]
    for path in feed_files(sample.output):
        text = path.read_text(encoding="utf-8")
        assert draft not in text, path
        assert "saebyeok-webtoon-exports" not in text, path
        assert "Webtoon exports" not in text, path
    # Its tag '웹툰' exists only on the draft, so it has no page and no feed.
    assert not (sample.output / "tags" / "웹툰").exists()
    assert sample.held_back == {"draft": 1}
    assert sample.held_back_summary == "1 note held back from pages and feeds: 1 draft"


class _FeedLinks(HTMLParser):
    """`<link rel="alternate">` tags of feed types, in document order, whatever the attribute order."""

    TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "alternate" and found.get("type") in self.TYPES:
            self.hrefs.append(found.get("href") or "")


def test_autodiscovery_points_at_written_feeds(sample: BuildResult) -> None:
    # The e-mail editions carry no <link> tags: mail clients would not follow them.
    pages = sorted(p for p in sample.output.rglob("*.html") if p.parent.name != "email")
    assert len(pages) == sample.pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parser = _FeedLinks()
        parser.feed(html)
        hrefs = parser.hrefs
        assert hrefs[:3] == [f"{BASE}feed.xml", f"{BASE}atom.xml", f"{BASE}feed.json"], page
        for href in hrefs:
            assert (sample.output / unquote(href.removeprefix(BASE))).is_file(), href
        assert re.search(r'<a [^>]*href="[^"]*feed\.xml"[^>]*>\s*Subscribe', html), page
        route = page.parent.relative_to(sample.output).as_posix()
        if re.fullmatch(r"(sections|tags)/[^/]+", route):
            own = f"{BASE}{quote(route)}/"
            assert hrefs[3:] == [f"{own}feed.xml", f"{own}atom.xml", f"{own}feed.json"], page


def test_every_enclosure_of_the_sample_names_its_file_by_length_and_type(sample: BuildResult) -> None:
    """Every picture a feed of the sample encloses (RSS `enclosure` and `media:content`,
    Atom `link rel="enclosure"`, JSON Feed `image`) is a file of the site whose length and
    type are the ones the feed gives: a reader that trusts them gets the picture."""
    from PIL import Image as Pillow

    def local(url: str) -> Path:
        assert url.startswith(f"{BASE}images/"), url
        path = sample.output / unquote(url.removeprefix(BASE))
        assert path.is_file(), url
        return path

    def media_type(path: Path) -> str:
        with Pillow.open(path) as picture:
            return Pillow.MIME[picture.format or ""]

    enclosed = 0
    for path in feed_files(sample.output):
        if path.name == "feed.json":
            for item in load_json_feed(path)["items"]:
                if "image" in item:
                    local(item["image"])
            continue
        for entry in parse_xml_feed(path).entries:
            found = [
                (link.href, link.length, link.type)
                for link in entry.get("links", [])
                if link.rel == "enclosure"
            ]
            found += [(m["url"], m["filesize"], m["type"]) for m in entry.get("media_content", [])]
            for url, length, kind in found:
                file = local(url)
                assert (int(length), kind) == (file.stat().st_size, media_type(file)), (path, url)
                enclosed += 1
    assert enclosed >= 100  # the sample's pictures, in the site's, sections' and tags' feeds
