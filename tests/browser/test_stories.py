"""Stories, related reading and outlet pages in Chromium, in both themes, light and dark,
served under the /repo/ sub-path: every link works, the "N outlets" list opens, and
axe-core finds no WCAG 2 A/AA violation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.build import build
from tests.browser.conftest import THEMES, chromium_path
from tests.browser.server import SiteServer, free_port
from tests.browser.test_pages import WCAG_TAGS, open_page
from tests.conftest import BASE_CONFIG, SAMPLE_TODAY, Project
from tests.test_story_pages import HBM, OTHER, labelled, write_article

PREFIX = "/repo/"
PAGES = {
    "article": "articles/hbm-ledger/",
    "edition": "editions/2025-11-21/",
    "story": "stories/hbm-ledger/",
    "outlet": "outlets/seoul-ledger/",
}


def story_site(root: Path, theme: str) -> Project:
    project = Project(root)
    # Sections with descriptions, as the sample's: a heading link right above an item's
    # headline link is too close for axe's target-size rule (the theme's, not this page's).
    config = BASE_CONFIG.replace('title: "Tech"', 'title: "Tech"\n    description: "Chips and networks."')
    project.write("config.yaml", config + f'theme: "{theme}"\nstories: true\n')
    entries = labelled(*HBM, OTHER, "hgearn-koreadaily")
    for key, entry in entries.items():
        write_article(project, entry, "https://hanriver.example/hbm" if key == "hbm-hanriver" else "")
    notes = ['edition: "2025-11-21"', "notes:"]
    for rank, key in enumerate(("hbm-ledger", "hbm-pangyo", "hbm-pangyoko", OTHER), 1):
        notes += [f'  - article: "{key}"', "    section: tech", f"    rank: {rank}", '    summary: "S."']
    project.note("2025-11-21.yaml", "\n".join(notes) + "\n")
    project.note(
        "2025-11-07.yaml",
        'edition: "2025-11-07"\nnotes:\n  - article: "hgearn-koreadaily"\n    section: tech\n'
        '    rank: 1\n    summary: "S."\n',
    )
    return project


@pytest.fixture(scope="module")
def story_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    chromium_path()
    urls, servers = {}, []
    for theme in THEMES:
        project = story_site(tmp_path_factory.mktemp(f"stories-{theme}"), theme)
        port = free_port()
        url = f"http://127.0.0.1:{port}{PREFIX}"
        build(project.config(url), project.output, today=SAMPLE_TODAY)
        servers.append(SiteServer(project.output, PREFIX, port).__enter__())
        urls[theme] = url
    yield urls
    for server in servers:
        server.__exit__(None, None, None)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", list(PAGES))
def test_story_pages_render_link_and_pass_axe(
    browser, story_sites, theme: str, scheme: str, kind: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    base = story_sites[theme]
    context, page, problems = open_page(browser, base + PAGES[kind], scheme, 360)
    try:
        assert problems == [], problems
        if kind == "article":
            assert page.locator(".also-covered li").count() == 4
            assert page.locator(".related li").count() >= 1
            outlet = page.locator(".story-meta a", has_text="Seoul Ledger")
            assert outlet.get_attribute("href") == PREFIX + "outlets/seoul-ledger/"
        if kind == "edition":
            details = page.locator("details.item-coverage").first
            assert not page.locator("details.item-coverage .coverage").first.is_visible()
            details.locator("summary").click()
            assert details.locator(".coverage li").first.is_visible()
            assert "5 outlets" in details.locator("summary").inner_text()
        # Every link on the page that stays on the site answers.
        hrefs = page.eval_on_selector_all("a[href^='/']", "links => links.map(a => a.href)")
        for href in sorted(set(hrefs)):
            response = context.request.get(href)
            assert response.status == 200, href
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()
