"""Keyboard, print and theme details a reader meets, checked in Chromium."""

from __future__ import annotations

import pytest

from tests.browser.conftest import THEMES, failed_for_real


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("theme", THEMES)
def test_skip_link_is_first_visible_on_focus_and_moves_focus_to_main(page, sites, theme: str) -> None:
    page.goto(sites[theme] + "editions/2025-11-20/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    top = page.evaluate("document.activeElement.getBoundingClientRect().top")
    assert top >= 0, "the skip link stays off screen when focused"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "no visible focus indicator"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("theme", THEMES)
def test_print_hides_navigation_and_prints_the_source_url(page, sites, theme: str) -> None:
    page.goto(sites[theme] + "articles/saebyeok-hbm-packaging-line/")
    # A reader whose screen is dark still gets black on white on paper.
    page.emulate_media(media="print", color_scheme="dark")
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(0, 0, 0)"
    muted = page.evaluate("getComputedStyle(document.querySelector('.story-meta dt')).color")
    assert muted == "rgb(68, 68, 68)"
    assert page.evaluate("getComputedStyle(document.querySelector('.site-nav')).display") == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('.site-search')).display") == "none"
    after = page.evaluate("getComputedStyle(document.querySelector('.source a'), '::after').content")
    assert "saebyeok-ilbo.example" in after
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_themes_differ_in_look_not_in_content(browser, sites) -> None:
    looks = {}
    for theme in THEMES:
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        page = context.new_page()
        page.goto(sites[theme] + "editions/2025-11-20/")
        looks[theme] = (
            page.evaluate("getComputedStyle(document.querySelector('.item-headline')).fontFamily"),
            page.evaluate("getComputedStyle(document.querySelector('.commentary')).fontStyle"),
            [a.get_attribute("href").split("/")[-2] for a in page.query_selector_all(".item-headline a")],
        )
        context.close()
    default, briefing = looks["default"], looks["briefing"]
    assert default[0] != briefing[0] and default[1] == "italic" and briefing[1] == "normal"
    assert default[2] == briefing[2] and len(default[2]) == 3


def test_korean_text_is_set_in_a_hangul_font(page, sites) -> None:
    """The fonts Chromium actually used for a Korean paragraph (not just the CSS stack)."""
    page.goto(sites["default"] + "articles/saebyeok-hbm-packaging-line/")
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": ".story-body p"})["nodeId"]
    used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    glyphs = {font["familyName"]: font["glyphCount"] for font in used}
    text = page.inner_text(".story-body p")
    syllables = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
    in_hangul_fonts = sum(n for family, n in glyphs.items() if "Nanum" in family or "Noto" in family)
    assert syllables > 50 and in_hangul_fonts >= syllables, glyphs


@pytest.mark.parametrize("width", [360, 700])
def test_email_edition_renders_as_one_column(browser, sites, width: int) -> None:
    from tests.browser.conftest import SCREENSHOTS

    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("requestfailed", lambda r: failed_for_real(r) and errors.append(r.url))
    page.goto(sites["default"] + "email/2025-11-20.html")
    assert errors == []
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    column = page.evaluate("document.querySelector('table table').getBoundingClientRect().width")
    assert column == (600 if width > 600 else width - 24)  # 12 px of padding each side
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"email-{width}.png"), full_page=True)
    context.close()


def platform_fonts(page, selector: str) -> dict[str, int]:
    """The fonts Chromium used for an element's text, by family, with their glyph counts."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return {
        font["familyName"]: font["glyphCount"]
        for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    }


def test_a_korean_headline_is_set_in_a_myeongjo_beside_the_serif(page, sites) -> None:
    """The default theme's headlines are serif: Hangul in them falls to a Myeongjo (Debian's
    fonts-nanum names it "NanumMyeongjo"), not to a gothic face."""
    page.goto(sites["default"] + "articles/saebyeok-hbm-packaging-line/")
    used = platform_fonts(page, "h1")
    assert any("Myeongjo" in family for family in used), used
    assert not any("Gothic" in family for family in used), used


def test_emphasis_inside_the_italic_note_is_set_upright(page, sites) -> None:
    page.goto(sites["default"] + "editions/2025-11-20/")
    note = page.query_selector(".commentary:has(em)")
    assert note is not None
    assert note.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
    assert note.query_selector("em").evaluate("e => getComputedStyle(e).fontStyle") == "normal"
