"""Search in a real browser, on the site served under a sub-path."""

from __future__ import annotations

import pytest

from tests.browser.conftest import OLD_SHARD_ARTICLE, PREFIX, THEMES, failed_for_real


def result_links(page) -> list[str]:
    return [a.get_attribute("href") for a in page.query_selector_all("#search-results li a")]


def search(page, query: str) -> list[str]:
    page.fill("#search-query", "")
    page.type("#search-query", query)
    page.wait_for_function("q => document.getElementById('search-status').textContent.includes(q)", arg=query)
    return result_links(page)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("requestfailed", lambda r: failed_for_real(r) and errors.append(f"failed: {r.url}"))
    yield page
    context.close()
    assert errors == []


@pytest.mark.parametrize("theme", THEMES)
def test_korean_word_finds_the_article_with_an_inflected_form(page, sites, theme: str) -> None:
    page.goto(sites[theme] + "search/")
    links = search(page, "반도체")  # the article's text has 반도체의, 반도체 후공정, ...
    assert f"{PREFIX}articles/saebyeok-hbm-packaging-line/" in links
    # An English article tagged 반도체 is found by its tag, from the older search shard (an
    # October edition here); an unrelated one is not.
    assert f"{PREFIX}articles/{OLD_SHARD_ARTICLE}/" in links
    assert f"{PREFIX}articles/hanriver-library-night-hours/" not in links
    # Results carry the languages of the headline and the text, so Korean is announced as Korean.
    hbm = f"{PREFIX}articles/saebyeok-hbm-packaging-line/"
    korean = page.query_selector(f'#search-results li:has(a[href="{hbm}"])')
    assert korean is not None
    assert korean.query_selector("h2").get_attribute("lang") == "ko"
    assert korean.query_selector(".search-excerpt").get_attribute("lang") == "ko"


def test_headline_note_and_tag_text_are_searchable(page, sites) -> None:
    page.goto(sites["default"] + "search/")
    # Only in the note's commentary ("... has been the bottleneck ...").
    assert f"{PREFIX}articles/saebyeok-hbm-packaging-line/" in search(page, "bottleneck")
    # Only in the headline ("... cautiously welcome ...").
    assert search(page, "cautiously") == [f"{PREFIX}articles/pangyo-startup-talent-visa/"]
    # Only a tag.
    assert search(page, "immigration") == [f"{PREFIX}articles/pangyo-startup-talent-visa/"]
    assert search(page, "zzzxqv") == []
    assert "Nothing found" in page.inner_text("#search-status")


def test_header_box_searches_from_any_page_under_the_sub_path(page, sites) -> None:
    page.goto(sites["default"] + "tags/")
    page.fill("#site-search-query", "반도체")
    page.keyboard.press("Enter")
    page.wait_for_selector("#search-results li a")
    assert page.url.startswith(sites["default"] + "search/?q=")
    assert page.input_value("#search-query") == "반도체"
    page.click(f'#search-results a[href="{PREFIX}articles/saebyeok-hbm-packaging-line/"]')
    page.wait_for_load_state()
    assert page.url == sites["default"] + "articles/saebyeok-hbm-packaging-line/"
    # The page is in the site's language; the article's text says its own.
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_attribute(".story-body", "lang") == "ko"


def test_excerpts_come_from_the_text_never_from_the_tag_list(page, sites) -> None:
    """The chip-export article ends "... due on Dec. 1." and is tagged semiconductors,
    exports: its excerpt used to run on into the tags."""
    page.goto(sites["default"] + "search/")
    chips = f"{PREFIX}articles/ledger-chip-export-rebound/"
    assert chips in search(page, "winter")
    excerpt = page.inner_text(f'#search-results li:has(a[href="{chips}"]) .search-excerpt')
    assert "due on Dec. 1." in excerpt and "semiconductors" not in excerpt, excerpt
    # A word only the tags have still finds the article; the editor's summary stands in.
    visa = f"{PREFIX}articles/pangyo-startup-talent-visa/"
    assert search(page, "immigration") == [visa]
    excerpt = page.inner_text(f'#search-results li:has(a[href="{visa}"]) .search-excerpt')
    assert excerpt.startswith("Certified startups will be able") and "immigration" not in excerpt


def test_every_shard_is_merged_and_pagefind_loads_once(page, sites) -> None:
    """The served sample has three shards (November, the newest month, in two parts:
    2025-11-22, the primary, and 2025-11-15; and 2025-10 whole): Pagefind's script,
    worker and WebAssembly come from the primary only, each shard's index is read."""
    requested: list[str] = []
    warnings: list[str] = []
    page.on("request", lambda r: requested.append(r.url.split("?")[0]))
    page.on("console", lambda m: m.type == "warning" and warnings.append(m.text))
    page.goto(sites["default"] + "search/")
    assert f"{PREFIX}articles/{OLD_SHARD_ARTICLE}/" in search(page, "customs")
    bundle = sites["default"] + "pagefind/"
    fetched = sorted(url.removeprefix(bundle) for url in requested if url.startswith(bundle))
    for shard in ("2025-10", "2025-11-15", "2025-11-22"):
        assert f"{shard}/pagefind-entry.json" in fetched, fetched
    runtime = [f for f in fetched if f.endswith(("pagefind.js", "pagefind-worker.js", ".pagefind"))]
    assert runtime and all(f.startswith("2025-11-22/") for f in runtime), runtime
    assert warnings == []


@pytest.mark.parametrize("query", ["청주는", "라인은"])
def test_a_korean_stem_with_its_particle_finds_the_article(page, sites, query: str) -> None:
    # The article has 청주 and 라인 with other particles: Pagefind matches the two-syllable
    # stem, and the result filter must keep what it matched.
    page.goto(sites["default"] + "search/")
    assert f"{PREFIX}articles/saebyeok-hbm-packaging-line/" in search(page, query)
