"""The built site, page by page, through the real pipeline."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser

from digest.render.feeds import entry_id
from tests.conftest import Project


def test_sample_site_pages(sample_copy) -> None:
    project: Project = sample_copy()
    result = project.build()
    site = result.site
    assert [e.date.isoformat() for e in site.editions] == [
        "2025-11-24",
        "2025-11-21",
        "2025-11-20",
        "2025-11-19",
    ]
    assert [a.id for a in site.unnoted] == []  # `digest check --strict` passes on the sample
    assert [(h.note.article_id, h.reason) for h in site.held_back] == [("saebyeok-webtoon-exports", "draft")]

    front = project.read("index.html")
    assert "Late nights, clearer skies" in front  # the latest edition's title
    # Sections in configured order (policy, industry, science, culture), notes in rank order.
    headings = re.findall(r'<h2 class="section-heading" id="s-([a-z]+)">', front)
    assert headings == ["policy", "science", "culture"]
    edition = project.read("editions/2025-11-21/index.html")
    assert re.findall(r'<h2 class="section-heading" id="s-([a-z]+)">', edition) == ["industry", "science"]
    industry = edition[edition.index('id="s-industry"') : edition.index('id="s-science"')]
    assert industry.index("ledger-won-weakens-exporters") < industry.index("pangyo-korean-llm-benchmark")
    assert 'rel="prev" href="/my-digest/editions/2025-11-20/"' in edition
    assert 'rel="next" href="/my-digest/editions/2025-11-24/"' in edition

    archive = project.read("archive/index.html")
    assert "November 2025" in archive
    assert archive.count('href="/my-digest/editions/') == 4

    # The draft is nowhere in the output.
    everything = "\n".join(p.read_text(encoding="utf-8") for p in project.output.rglob("*.html"))
    for unpublished in ("saebyeok-webtoon-exports",):
        assert unpublished not in everything
        assert not (project.output / "articles" / unpublished).exists()


def test_article_page(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    page = project.read("articles/saebyeok-hbm-packaging-line/index.html")
    # The page is in the site's language; the Korean headline and text say theirs, and the
    # editor's English note inherits the page's.
    assert '<html lang="en">' in page
    assert (
        '<h1 lang="ko" data-pagefind-meta="headline_lang:ko">'
        "중견 패키징 업체, 청주에 1조2천억원 규모 HBM 후공정 라인 짓는다</h1>"
    ) in page
    assert '<div class="story-body" lang="ko">' in page
    assert '<aside class="editor-note" aria-label="Editor\u2019s note">' in page
    assert '<dd><a href="/my-digest/outlets/%EC%83%88%EB%B2%BD%EC%9D%BC%EB%B3%B4/">새벽일보</a></dd>' in page
    assert "<dd>김서연</dd>" in page
    assert '<time datetime="2025-11-20T09:30:00+09:00">November 20, 2025, 09:30 KST</time>' in page
    assert '<aside class="editor-note"' in page
    # The editor's root-relative link follows the base path.
    assert 'href="/my-digest/editions/2025-11-19/"' in page
    assert 'href="https://saebyeok-ilbo.example/article/2025/11/20/hbm-packaging-cheongju"' in page
    assert 'href="/my-digest/tags/반도체/"' not in page  # URLs are percent-encoded
    assert 'href="/my-digest/tags/%EB%B0%98%EB%8F%84%EC%B2%B4/"' in page
    assert "email protected" not in page
    assert "무단 전재" not in page


def test_section_tag_and_404_pages(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    science = project.read("sections/science/index.html")
    assert science.count('<h2 class="item-headline"') == 3
    tag = project.read("tags/semiconductors/index.html")
    assert "<h1>#semiconductors</h1>" in tag
    assert 'type="application/rss+xml" title="Seoul Tech &amp; Policy Brief — #semiconductors (RSS)"' in tag
    tags = project.read("tags/index.html")
    assert 'href="/my-digest/tags/semiconductors/">#semiconductors</a> <span class="count">3</span>' in tags
    missing = project.read("404.html")
    assert 'href="/my-digest/archive/"' in missing


def test_feed_parses_with_expected_items(sample_copy) -> None:
    project: Project = sample_copy()
    result = project.build()
    path = project.output / "feed.xml"
    assert path.is_file()
    feed = feedparser.parse(path.read_bytes())
    assert feed.bozo == 0
    assert feed.feed.title == "Seoul Tech & Policy Brief"
    assert len(feed.entries) == len(result.site.items) == 13
    first = feed.entries[0]  # the newest edition's first section (policy), first by rank
    assert first.title == "청년 공공임대 최고 경쟁률 312대 1…역세권 소형 단지에 신청 몰려"
    assert first.id == entry_id("saebyeok-youth-rental-lottery")
    assert first.guidislink is False
    assert first.link == "https://example.github.io/my-digest/articles/saebyeok-youth-rental-lottery/"
    assert first.published == "Mon, 24 Nov 2025 07:00:00 +0900"
    assert feed.feed.updated == "Mon, 24 Nov 2025 07:00:02 +0900"  # lastBuildDate = newest item
    for entry in feed.entries:
        assert entry.link.startswith("https://example.github.io/my-digest/")
        content = entry.content[0].value
        assert not re.search(r'(href|src)="/', content), "relative URL in feed content"
    hbm = next(e for e in feed.entries if e.id == entry_id("saebyeok-hbm-packaging-line"))
    assert 'href="https://example.github.io/my-digest/editions/2025-11-19/"' in hbm.content[0].value
    assert "반도체의" in hbm.content[0].value  # full content, not a summary


def test_theme_override_of_one_template_and_one_css_file(project: Project) -> None:
    project.write(
        "themes/default/templates/404.html",
        """\
        {% extends "base.html" %}
        {% block main %}<h1>Lost at sea</h1>{% endblock %}
        """,
    )
    project.write("themes/default/static/style.css", "body { color: rebeccapurple; }\n")
    project.build()
    assert "<h1>Lost at sea</h1>" in project.read("404.html")
    assert "Skip to content" in project.read("404.html")  # base.html still the shipped one
    css = [p for p in (project.output / "static").iterdir() if p.name.startswith("style.")]
    assert len(css) == 1
    assert css[0].read_text(encoding="utf-8") == "body { color: rebeccapurple; }\n"
    assert f'href="/digest/static/{css[0].name}"' in project.read("index.html")


def test_site_at_domain_root(project: Project, tmp_path: Path) -> None:
    project.build(base_url="https://digest.example/")
    page = project.read("index.html")
    assert 'href="/articles/night-buses/"' in page
    assert 'href="/archive/"' in page  # the editor's root-relative link, unchanged at a root
    assert "/digest/" not in page
