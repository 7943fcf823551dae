"""Every feed item's HTML (RSS content:encoded, Atom content, JSON Feed content_html) of
a site built from the XSS corpus, loaded into a page in Chromium: no script runs.

A feed reader shows an item's HTML inside its own page; if it sanitizes less than it
should, whatever digest let through runs there. So the items are put into a page as
they are, every request is refused (an image then fails, and an `onerror` would run),
every element that can take focus gets it, and the test looks for a dialog (`alert`,
the corpus's usual payload) or `window.__fired` (set by the corpus's `window.__fired=1`
payloads). Items per article and per edition, for the site and for each section.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.etree
import pytest

from tests.browser.conftest import chromium_path
from tests.hostile_checks import CONTENT_ENCODED, NS
from tests.test_hostile_xss import PAYLOADS, make_site

UNITS = ("article", "edition")
# Each payload runs when its element loads, fails to load or takes focus.
_FOCUS_ALL = """() => {
  for (const element of document.querySelectorAll("a[href], [tabindex], [autofocus], input, button")) {
    element.focus();
  }
}"""


def item_contents(path: Path) -> list[str]:
    """Every item's HTML content in a feed file, read with a plain XML or JSON parser."""
    if path.suffix == ".json":
        return [item["content_html"] for item in json.loads(path.read_bytes())["items"]]
    root = lxml.etree.fromstring(
        path.read_bytes(), lxml.etree.XMLParser(resolve_entities=False, no_network=True)
    )
    elements = root.iter(CONTENT_ENCODED) if root.tag == "rss" else root.iterfind(".//atom:content", NS)
    return [element.text or "" for element in elements]


@pytest.fixture(scope="module")
def feed_items(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """{unit and feed file: every item's HTML}, for the site's and the sections' feeds."""
    chromium_path()
    project = make_site(tmp_path_factory.mktemp("hostile-feeds"), PAYLOADS)
    config = project.config_path.read_text(encoding="utf-8")
    items: dict[str, list[str]] = {}
    for unit in UNITS:
        project.write("config.yaml", config + f"feeds:\n  unit: {unit}\n  limit: 1000\n")
        site = project.build(out=project.root / unit).output
        for prefix in ("", "sections/policy/", "sections/tech/"):
            for name in ("feed.xml", "atom.xml", "feed.json"):
                items[f"{unit}: {prefix}{name}"] = item_contents(site / prefix / name)
    assert len(items) == len(UNITS) * 3 * 3  # the site and two sections, three formats
    assert all(items.values())
    return items


def test_no_script_runs_from_any_feed_item(browser, feed_items: dict[str, list[str]]) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.route("**/*", lambda route: route.abort())
    ran: dict[str, list[str]] = {}
    try:
        for name, contents in feed_items.items():
            dialogs.clear()
            articles = "".join(f"<article>{html}</article>\n" for html in contents)
            page.set_content(f"<!doctype html><meta charset=utf-8><title>{name}</title><body>{articles}")
            page.evaluate(_FOCUS_ALL)
            page.wait_for_timeout(100)
            fired = page.evaluate("window.__fired")
            if dialogs or fired is not None:
                ran[name] = [*dialogs, *([f"window.__fired = {fired!r}"] if fired is not None else [])]
    finally:
        context.close()
    assert ran == {}


def test_the_page_would_see_a_payload_that_got_through(browser) -> None:
    """The same page, with one item as the old regex URL rewrite left it: the alt text's
    `src=x` became an attribute of its own, and the rest after it a live `onerror`."""
    leaked = '<p><img alt="chart src="https://example.org/x" onerror=window.__fired=1//" src="/c.png"></p>'
    context = browser.new_context()
    page = context.new_page()
    page.route("**/*", lambda route: route.abort())
    try:
        page.set_content(f"<!doctype html><meta charset=utf-8><body><article>{leaked}</article>")
        page.evaluate(_FOCUS_ALL)
        page.wait_for_function("window.__fired === 1", timeout=5000)
    finally:
        context.close()


def test_feed_items_carry_the_payloads(feed_items: dict[str, list[str]]) -> None:
    """The items hold the corpus (as text), so the browser test looked at real payloads."""
    text = "\n".join(html for contents in feed_items.values() for html in contents)
    assert "onerror=window.__fired=1//" in text
    assert "onfocus=window.__fired=1//" in text
