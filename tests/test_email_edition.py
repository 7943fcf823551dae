"""The e-mail edition: inlined CSS, one 600 px column, absolute links, no scripts."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest

from digest.errors import DigestError
from tests.conftest import Project


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Collect()
    parser.feed(html)
    return parser.tags


@pytest.fixture(scope="module")
def sample_emails(tmp_path_factory) -> dict[str, str]:
    from digest.build import build
    from digest.config import load_config
    from tests.conftest import ROOT, SAMPLE_TODAY

    out = tmp_path_factory.mktemp("email") / "site"
    config = load_config(ROOT / "config.yaml").with_base_url("https://news.example.org/my-digest/")
    config = dataclasses.replace(config, cache_dir=str(tmp_path_factory.mktemp("cache")))  # not into the repo
    build(config, out, today=SAMPLE_TODAY)
    emails = {p.name: p.read_text(encoding="utf-8") for p in sorted((out / "email").glob("*.html"))}
    emails["edition page"] = (out / "editions" / "2025-11-20" / "index.html").read_text(encoding="utf-8")
    return emails


def test_one_file_per_edition(sample_emails) -> None:
    names = sorted(n for n in sample_emails if n.endswith(".html"))
    assert names == ["2025-11-19.html", "2025-11-20.html", "2025-11-21.html", "2025-11-24.html"]


def test_no_style_script_or_link_left_and_css_is_inline(sample_emails) -> None:
    html = sample_emails["2025-11-20.html"]
    tags = parse(html)
    assert not [t for t, _ in tags if t in ("style", "script", "link")]
    assert "<style" not in html.lower() and "<script" not in html.lower()
    body = next(attrs for tag, attrs in tags if tag == "body")
    assert "background" in (body.get("style") or "")
    headline_links = [a for t, a in tags if t == "a" and "text-decoration: none" in (a.get("style") or "")]
    assert headline_links, "headline link styles were not inlined"
    items = [attrs for _, attrs in tags if attrs.get("class") == "item"]
    assert len(items) == 3 and all("border-bottom" in (a.get("style") or "") for a in items)


def test_every_href_and_src_is_absolute(sample_emails) -> None:
    for name, html in sample_emails.items():
        if not name.endswith(".html"):
            continue
        urls = [v for _, attrs in parse(html) for k, v in attrs.items() if k in ("href", "src")]
        assert urls, name
        relative = [u for u in urls if not (u or "").startswith(("https://", "http://", "mailto:"))]
        assert relative == [], f"{name}: {relative}"
    html = sample_emails["2025-11-20.html"]
    # The editor's root-relative link in the commentary follows the base path, absolutely.
    assert 'href="https://news.example.org/my-digest/editions/2025-11-19/"' in html
    assert 'href="https://news.example.org/my-digest/articles/saebyeok-hbm-packaging-line/"' in html


def test_one_600px_column_and_tables_only_for_layout(sample_emails) -> None:
    tags = parse(sample_emails["2025-11-20.html"])
    tables = [attrs for tag, attrs in tags if tag == "table"]
    assert len(tables) == 2, "an outer centring table and the 600 px column, nothing more"
    assert all(t.get("role") == "presentation" for t in tables)
    column = tables[1]
    assert column.get("width") == "600" and "max-width: 600px" in (column.get("style") or "")
    headings = [tag for tag, _ in tags if tag in ("h1", "h2", "h3")]
    assert headings.count("h2") == 3 and headings.count("h3") == 3


def test_edition_page_links_to_its_email(sample_emails) -> None:
    assert 'href="/my-digest/email/2025-11-20.html"' in sample_emails["edition page"]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("<script>alert(1)</script>", "a <script> tag"),
        ("<p><iframe src='https://x.example/'></iframe></p>", "a <iframe> tag"),
        ("<p onclick='alert(1)'>x</p>", "an onclick attribute on <p>"),
        ("<a href='javascript:alert(1)'>x</a>", "a href='javascript:alert(1)' on <a>"),
    ],
)
def test_a_theme_that_leaves_script_in_the_email_fails_the_build(
    project: Project, body: str, found: str
) -> None:
    project.write(
        "themes/default/templates/email.html", f"<html><body>{body}{{{{ edition.date }}}}</body></html>"
    )
    with pytest.raises(DigestError, match=f"email.html left {re.escape(found)}"):
        project.build()
    assert not project.output.exists()


def test_alt_text_about_a_script_tag_is_text_in_the_email(project: Project) -> None:
    """css-inline writes `&lt;` in an attribute back as '<'; the e-mail is written again
    from its parsed tree, so the alt text stays escaped and the check reads it as text."""
    notes = (project.root / "content/notes/2025-11-19.yaml").read_text(encoding="utf-8")
    project.note(
        "2025-11-19.yaml",
        notes.replace(
            "Long overdue.", "Long overdue. ![a <script> tag & a <style> one](/chart.png 'a <link>')"
        ),
    )
    project.build()
    html = project.read("email/2025-11-19.html")
    assert '<img alt="a &lt;script&gt; tag &amp; a &lt;style&gt; one"' in html
    assert 'title="a &lt;link&gt;"' in html
    assert not re.search(r"<(script|style|link)\b", html)
    (image,) = [attrs for tag, attrs in parse(html) if tag == "img"]
    assert image["alt"] == "a <script> tag & a <style> one"
    assert image["src"] == "https://example.org/digest/chart.png"


def test_pictures_in_the_email_are_absolute_under_the_sub_path(sample_emails) -> None:
    """A mail program has no page address to resolve a path against: each picture of the
    e-mail edition is an absolute URL under the site's sub-path, with its size given."""
    pictures = [
        attrs
        for name, html in sample_emails.items()
        if name.endswith(".html")
        for tag, attrs in parse(html)
        if tag == "img"
    ]
    assert len(pictures) >= 4
    for attrs in pictures:
        assert re.fullmatch(
            r"https://news\.example\.org/my-digest/images/[\w.-]+\.(jpg|png)", attrs["src"]
        ), attrs
        assert int(attrs["width"]) <= 536 and int(attrs["height"]) > 0 and attrs["alt"]
