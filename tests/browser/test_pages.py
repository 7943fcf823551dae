"""Every page type in both themes, light and dark, in Chromium: no console errors, no
failed or external requests, no horizontal scroll at 360 px, the colour scheme applied, zero axe-core
WCAG 2 A/AA violations, and screenshots at 360 and 1440 px for a reviewer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import SCREENSHOTS, THEMES, failed_for_real

PAGES = {
    "front": "",
    "edition": "editions/2025-11-20/",
    "article": "articles/saebyeok-hbm-packaging-line/",
    "tag": "tags/semiconductors/",
    "search": "search/?q=%EB%B0%98%EB%8F%84%EC%B2%B4",  # ?q=반도체
    "404": "no-such-page/",
}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def luminance(css_color: str) -> float:
    """Relative luminance of an 'rgb(r, g, b)' string, 0 (black) to 1 (white)."""
    channels = [int(float(c)) / 255 for c in css_color[css_color.index("(") + 1 : -1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def open_page(browser: Any, url: str, scheme: str, width: int) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text} at {m.location}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: failed_for_real(r) and problems.append(f"failed: {r.url} {r.failure}"))
    # No fonts, scripts or trackers from elsewhere: every request stays on the site.
    origin = url[: url.index("/", len("http://"))]
    page.on("request", lambda r: r.url.startswith(origin + "/") or problems.append(f"external: {r.url}"))
    page.on(
        "response",
        lambda r: r.status >= 400 and r.url != url and problems.append(f"HTTP {r.status}: {r.url}"),
    )
    response = page.goto(url, wait_until="networkidle")
    assert response is not None
    return context, page, problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", list(PAGES))
def test_page(browser, sites, theme: str, scheme: str, kind: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    url = sites[theme] + PAGES[kind]
    context, page, problems = open_page(browser, url, scheme, 360)
    try:
        if kind == "search":
            page.wait_for_selector("#search-results li a")
        if kind == "404":
            # The page itself answers 404, which Chromium reports once on the console.
            problems = [p for p in problems if "status of 404" not in p]
        assert problems == [], problems

        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{overflow}px of horizontal scroll at 360px"

        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        if scheme == "dark":
            assert luminance(background) < 0.05, f"dark scheme not applied: {background}"
        else:
            assert luminance(background) > 0.8, f"light scheme not applied: {background}"

        shots = SCREENSHOTS / theme
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / f"{kind}-360-{scheme}.png"), full_page=True)

        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, results.generate_report()

        page.set_viewport_size({"width": 1440, "height": 900})
        page.screenshot(path=str(shots / f"{kind}-1440-{scheme}.png"), full_page=True)
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()
