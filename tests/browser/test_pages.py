"""Every page type in both themes, light and dark, in Chromium: no console errors, no
failed or external requests, no horizontal scroll at 360 px, the colour scheme applied, zero axe-core
WCAG 2 A/AA violations, no layout shift while the page and its pictures load (over a slow
network), pictures sized as Lighthouse asks (width and height given, drawn in their own
proportions, sharp enough for where they are shown), and screenshots at 390 and 1280 px
for a reviewer. The Korean sample (config.ko.yaml) gets the same checks."""

from __future__ import annotations

from pathlib import Path
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
WIDTHS = (390, 1280)
# Layout shifts as Chrome scores them (CLS), summed from the first paint on: installed
# before any of the page's own scripts.
_MEASURE_SHIFTS = """
window.__shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
}).observe({ type: "layout-shift", buffered: true });
"""
# Down the page a screen at a time, as a reader scrolls, and back to the top.
_SCROLL_THROUGH = """async () => {
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await new Promise((done) => setTimeout(done, 60));
  }
  window.scrollTo(0, 0);
}"""
# Every <img>: its attributes, its file's size and the box it is drawn in.
_PICTURES = """() => [...document.images].map((img) => {
  const box = img.getBoundingClientRect();
  return {
    src: img.currentSrc, complete: img.complete, natural: [img.naturalWidth, img.naturalHeight],
    shown: [box.width, box.height], attributes: [img.getAttribute("width"), img.getAttribute("height")],
    fit: getComputedStyle(img).objectFit,
  };
})"""


def luminance(css_color: str) -> float:
    """Relative luminance of an 'rgb(r, g, b)' string, 0 (black) to 1 (white)."""
    channels = [int(float(c)) / 255 for c in css_color[css_color.index("(") + 1 : -1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def open_page(
    browser: Any, url: str, scheme: str, width: int, slow: bool = False
) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.add_init_script(_MEASURE_SHIFTS)
    if slow:
        # Files arrive late (80 ms each, 1.5 MB/s), pictures well after the first paint: a
        # picture whose box is not sized before it loads moves what is below it.
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        conditions = {
            "offline": False,
            "latency": 80,
            "downloadThroughput": 1_500_000,
            "uploadThroughput": -1,
        }
        cdp.send("Network.emulateNetworkConditions", conditions)
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


def picture_problems(page: Any) -> list[str]:
    """What Lighthouse's image audits would flag: a picture without width and height
    (unsized-images), drawn out of its proportions (image-aspect-ratio, unless it is
    cropped to fit with object-fit), or with fewer pixels than its box (image-size-responsive)."""
    found = []
    for picture in page.evaluate(_PICTURES):
        (natural_w, natural_h), (shown_w, shown_h) = picture["natural"], picture["shown"]
        name = picture["src"].rsplit("/", 1)[-1]
        if not picture["complete"] or not natural_w:
            found.append(f"{name}: not loaded")
            continue
        if None in picture["attributes"]:
            found.append(f"{name}: no width and height attributes")
        if (
            picture["fit"] not in ("cover", "contain")
            and shown_h
            and abs(natural_w / natural_h - shown_w / shown_h) > 0.02
        ):
            found.append(
                f"{name}: drawn at {shown_w:.0f}x{shown_h:.0f}, its proportions are {natural_w}x{natural_h}"
            )
        if natural_w + 1 < shown_w:
            found.append(f"{name}: {natural_w} px wide, shown {shown_w:.0f} px wide")
    return found


def check_page(browser: Any, url: str, kind: str, scheme: str, shots: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    for width in WIDTHS:
        context, page, problems = open_page(browser, url, scheme, width, slow=True)
        try:
            if kind == "search":
                page.wait_for_selector("#search-results li a")
            if kind == "404":
                # The page itself answers 404, which Chromium reports once on the console.
                problems = [p for p in problems if "status of 404" not in p]
            assert problems == [], problems

            # Lazy pictures load as the reader scrolls to them: scroll through the page
            # (a layout shift caused by scrolling is not one), then wait for all of them.
            page.evaluate(_SCROLL_THROUGH)
            page.wait_for_function("[...document.images].every((img) => img.complete)")
            shifts = page.evaluate("window.__shifts")
            assert shifts == 0, f"layout shift {shifts} at {width}px"
            assert picture_problems(page) == []

            background = page.evaluate("getComputedStyle(document.body).backgroundColor")
            if scheme == "dark":
                assert luminance(background) < 0.05, f"dark scheme not applied: {background}"
            else:
                assert luminance(background) > 0.8, f"light scheme not applied: {background}"

            if width == WIDTHS[0]:
                # The narrowest phones in use are 360 px wide: nothing scrolls sideways there.
                page.set_viewport_size({"width": 360, "height": 900})
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"{overflow}px of horizontal scroll at 360px"
                page.set_viewport_size({"width": width, "height": 900})

            shots.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shots / f"{kind}-{width}-{scheme}.png"), full_page=True)
            results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
            assert results.violations_count == 0, results.generate_report()
        finally:
            context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", list(PAGES))
def test_page(browser, sites, theme: str, scheme: str, kind: str) -> None:
    check_page(browser, sites[theme] + PAGES[kind], kind, scheme, SCREENSHOTS / theme)


KOREAN_PAGES = ("front", "article", "search")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", KOREAN_PAGES)
def test_korean_page(browser, sites, scheme: str, kind: str) -> None:
    check_page(browser, sites["ko"] + PAGES[kind], kind, scheme, SCREENSHOTS / "default-ko")
