"""Swapping the theme changes the look, never the content."""

from __future__ import annotations

import re

from tests.conftest import Project

ARTICLE = "articles/saebyeok-hbm-packaging-line/index.html"


def use_theme(project: Project, name: str) -> None:
    config = project.config_path.read_text(encoding="utf-8")
    project.config_path.write_text(config.replace('theme: "default"', f'theme: "{name}"'), encoding="utf-8")


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style|head)\b.*?</\1>", "", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_briefing_is_chosen_by_config_and_keeps_every_page_and_word(sample_copy) -> None:
    default: Project = sample_copy()
    default.build()
    briefing = default  # the same content, only config.yaml's `theme:` changes
    use_theme(briefing, "briefing")
    out = briefing.root / "briefing-output"
    briefing.build(out=out)

    pages = sorted(p.relative_to(default.output).as_posix() for p in default.output.rglob("*.html"))
    assert pages == sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))

    default_article = default.read(ARTICLE)
    briefing_article = (out / ARTICLE).read_text(encoding="utf-8")
    # The article page is not overridden by briefing: same words, plus briefing's stylesheet.
    assert visible_text(default_article) == visible_text(briefing_article)
    assert re.search(r'href="/my-digest/static/theme\.[0-9a-f]{10}\.css"', briefing_article)
    assert "theme." not in default_article

    # The edition uses briefing's _item.html: the editor's take is labelled differently,
    # the summaries and commentary are all still there.
    default_edition = default.read("editions/2025-11-20/index.html")
    briefing_edition = (out / "editions/2025-11-20/index.html").read_text(encoding="utf-8")
    assert "Editor\u2019s note" in default_edition and "Our take" in briefing_edition
    assert 'class="item brief"' in briefing_edition
    for phrase in ("Back-end capacity, not wafers", "Certified startups will be able", "Baram-1"):
        assert phrase in default_edition and phrase in briefing_edition


def test_a_project_overrides_one_file_of_a_shipped_theme(sample_copy) -> None:
    project: Project = sample_copy()
    use_theme(project, "briefing")
    project.write("themes/briefing/templates/_item.html", "<p class='mine'>{{ item.headline }}</p>\n")
    project.build()
    edition = project.read("editions/2025-11-20/index.html")
    assert edition.count("class='mine'") == 3
    assert "theme." in edition  # the rest of briefing (theme.css) still applies
