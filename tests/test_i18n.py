"""The UI in the site's language: complete catalogs, a Korean sample with no English label
left, a theme's own catalog, and language markup by element."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import lxml.html
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from digest.build import build
from digest.config import load_config
from digest.errors import DigestError
from tests.conftest import ROOT, SAMPLE_TODAY, Project

THEMES = ROOT / "themes"
LANGUAGES = ("en", "ko")
_METHODS = [("**.html", "jinja2")]
_OPTIONS = {"**.html": {"extensions": "jinja2.ext.i18n"}}


def extracted(folder: Path, method_map: list[tuple[str, str]], options: dict | None = None) -> set[str]:
    """The message ids marked in a folder's files, as `pybabel extract` finds them."""
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(folder, method_map, options or {}):
        found.add(message if isinstance(message, str) else message[0])
    return found


def catalog(theme: str, language: str) -> dict[str, object]:
    path = THEMES / theme / "locale" / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as file:
        return {
            message.id if isinstance(message.id, str) else message.id[0]: message.string
            for message in read_po(file)
            if message.id
        }


def default_messages() -> set[str]:
    templates = extracted(THEMES / "default" / "templates", _METHODS, _OPTIONS)
    return templates | extracted(ROOT / "digest" / "render", [("**.py", "python")])


def test_the_default_theme_s_catalogs_hold_every_message_translated() -> None:
    wanted = default_messages()
    assert len(wanted) > 80
    template = {
        m.id if isinstance(m.id, str) else m.id[0]
        for m in read_po((THEMES / "default/locale/messages.pot").open("rb"))
        if m.id
    }
    assert template == wanted, "run pybabel extract (docs/themes.md) to update messages.pot"
    for language in LANGUAGES:
        messages = catalog("default", language)
        assert set(messages) == wanted, language
        empty = [key for key, text in messages.items() if not (text if isinstance(text, str) else all(text))]
        assert empty == [], language


def test_briefing_adds_its_own_messages() -> None:
    own = extracted(THEMES / "briefing" / "templates", _METHODS, _OPTIONS) - default_messages()
    assert own == {"Our take"}
    for language in LANGUAGES:
        assert set(catalog("briefing", language)) == own
    assert catalog("briefing", "ko")["Our take"] == "편집자의 시각"


# --- The Korean sample --------------------------------------------------------------------

# Attributes whose values readers see or hear (and the search script shows).
_SHOWN_ATTRIBUTES = ("aria-label", "placeholder", "title", "content")


def english_labels() -> list[re.Pattern[str]]:
    """Each English message whose Korean differs, as a pattern matching its text with any
    values in its placeholders."""
    korean = catalog("default", "ko") | catalog("briefing", "ko")
    patterns = []
    for message, translation in korean.items():
        translated = translation if isinstance(translation, str) else translation[0]
        if translated == message:
            continue
        parts = re.split(r"%\(\w+\)[sd]|\{\w+\}", message)
        patterns.append(re.compile("^" + ".+?".join(re.escape(part) for part in parts) + "$"))
    return patterns


def shown_texts(html: str) -> set[str]:
    """Every element's text, every text node, and the attributes readers get, one line each."""
    root = lxml.html.document_fromstring(html)
    for element in root.iter("script", "style"):
        element.drop_tree()
    texts = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        texts.add(" ".join(element.text_content().split()))
        for part in (element.text, element.tail):
            if part and part.strip():
                texts.add(" ".join(part.split()))
        for name, value in element.attrib.items():
            if name in _SHOWN_ATTRIBUTES or name.startswith("data-msg-"):
                texts.add(" ".join(value.split()))
    return texts


@pytest.fixture(scope="module")
def korean_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample built with config.ko.yaml (`language: ko`), in both themes."""
    out = tmp_path_factory.mktemp("korean")
    config = dataclasses.replace(load_config(ROOT / "config.ko.yaml"), cache_dir=str(out / "cache"))
    build(config, out / "default", today=SAMPLE_TODAY)
    build(dataclasses.replace(config, theme="briefing"), out / "briefing", today=SAMPLE_TODAY)
    return out


@pytest.mark.parametrize("theme", ["default", "briefing"])
def test_the_korean_sample_has_no_english_label_left(korean_site: Path, theme: str) -> None:
    patterns = english_labels()
    assert len(patterns) > 80
    site = korean_site / theme
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 40
    left: dict[str, list[str]] = {}
    for page in pages:
        found = sorted(
            text
            for text in shown_texts(page.read_text(encoding="utf-8"))
            if any(p.match(text) for p in patterns)
        )
        if found:
            left[page.relative_to(site).as_posix()] = found
    assert left == {}
    edition = (site / "editions/2025-11-20/index.html").read_text(encoding="utf-8")
    assert "2025년 11월 20일 호" in shown_texts(edition) and '<html lang="ko">' in edition
    if theme == "briefing":
        assert "편집자의 시각" in edition


def test_english_notes_and_articles_on_a_korean_site_are_marked_english(korean_site: Path) -> None:
    page = (korean_site / "default/articles/saebyeok-hbm-packaging-line/index.html").read_text(
        encoding="utf-8"
    )
    root = lxml.html.document_fromstring(page)
    assert root.get("lang") == "ko"
    # A Korean article: its headline and text inherit the page's language; the English note says its own.
    assert one(root, "//h1").get("lang") is None
    assert one(root, "//div[@class='story-body']").get("lang") is None
    assert one(root, "//aside[@class='editor-note']").get("lang") == "en"
    english = lxml.html.document_fromstring(
        (korean_site / "default/articles/pangyo-startup-talent-visa/index.html").read_text(encoding="utf-8")
    )
    assert one(english, "//h1").get("lang") == "en"
    assert one(english, "//div[@class='story-body']").get("lang") == "en"
    plain = (korean_site / "default/email/2025-11-20.eml").read_text(encoding="utf-8")
    assert "Edition of" not in plain


def test_on_an_english_site_an_english_note_on_a_korean_article_is_english(sample_copy) -> None:
    """The default theme's edition item: the Korean headline says so, the English summary
    and note do not inherit it (they did, from lang="ko" on the whole item)."""
    project: Project = sample_copy()
    project.build()
    edition = lxml.html.document_fromstring(project.read("editions/2025-11-20/index.html"))
    assert edition.get("lang") == "en"
    item = one(edition, "//article[@class='item'][.//a[contains(@href, 'saebyeok-hbm')]]")
    assert item.get("lang") is None
    assert one(item, ".//*[@class='item-headline']").get("lang") == "ko"
    parts = item.xpath(".//*[@class='item-summary' or @class='commentary']")
    assert len(parts) == 2
    for part in parts:
        assert part.get("lang") is None and all(a.get("lang") in (None, "en") for a in part.iterancestors())
    # Related reading lists each headline in its own language, the Korean one marked.
    article = lxml.html.document_fromstring(project.read("articles/ledger-chip-export-rebound/index.html"))
    assert one(article, "//section[@class='related']//a[contains(@href, 'saebyeok-hbm')]").get("lang") == "ko"


def one(root: lxml.html.HtmlElement, query: str) -> lxml.html.HtmlElement:
    [found] = root.xpath(query)
    return found


# --- A theme's own catalog ----------------------------------------------------------------


def test_a_project_theme_overrides_and_adds_messages(project: Project) -> None:
    config = project.config_path.read_text(encoding="utf-8").replace('language: "en"', 'language: "ko"')
    project.write("config.yaml", config)
    project.write(
        "themes/default/locale/ko/LC_MESSAGES/messages.po",
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "Archive"\nmsgstr "보관함"\n\nmsgid "Printed on paper"\nmsgstr "종이에 인쇄됨"\n',
    )
    project.write(
        "themes/default/templates/tags.html",
        '{% extends "base.html" %}\n{% block main %}<p>{{ _("Printed on paper") }}</p>{% endblock %}\n',
    )
    project.build()
    tags = project.read("tags/index.html")
    assert "<p>종이에 인쇄됨</p>" in tags  # the project's own message
    assert ">보관함</a>" in tags and ">지난 호</a>" not in tags  # the project's translation wins
    assert ">태그</a>" in tags  # the shipped catalog still translates the rest


def test_a_broken_catalog_is_an_error_at_its_line(project: Project) -> None:
    project.write(
        "themes/default/locale/en/LC_MESSAGES/messages.po", 'msgid "Archive"\nmsgstr "A\nlost line\n'
    )
    with pytest.raises(DigestError) as raised:
        project.build()
    [problem] = raised.value.problems
    assert problem.path.name == "messages.po" and problem.line == 3
    assert problem.message == "invalid message catalog: Unknown or misformatted keyword"


def test_a_label_without_values_is_translated_once_per_theme(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Jinja formats every label as Markup with `%`, values or not; the theme keeps the
    result of a label without values (a page asks for about twenty of them)."""
    import digest.render.theme

    asked: list[str] = []
    real_load = digest.render.theme.load_translations

    def counting(*args: object) -> object:
        translations = real_load(*args)  # type: ignore[arg-type]
        real = translations.gettext

        def counted(message: str) -> str:
            asked.append(message)
            return real(message)

        # Jinja takes `ugettext` where there is one (Babel's translations have it)
        translations.gettext = translations.ugettext = counted  # type: ignore[method-assign]
        return translations

    monkeypatch.setattr(digest.render.theme, "load_translations", counting)
    theme = digest.render.theme.Theme(dataclasses.replace(project.config(), language="ko"))
    page = theme.environment.from_string("{{ _('Search') }} {{ _('Search') }} {{ _('Page %(num)s', num=3) }}")
    first, second = page.render(), page.render()
    assert first == second
    assert "Search" not in first  # in Korean
    assert asked.count("Search") == 1
    assert asked.count("Page %(num)s") == 2  # a label with values is formatted each time
