"""Text inside an attribute stays text in every output (issue 19, item 1), and the base
URL can neither break an attribute nor open a tag (item 8).

Markdown puts an image's alt text, a link's title and a raw tag's attribute values into
attributes. Whatever they hold (quotes, `=`, `<`, `>`, `on...=`, `javascript:`,
entities), no page, feed, e-mail edition, sitemap, JSON-LD or search fragment may carry
an event handler or a script URL. Outputs are parsed (tests/hostile_checks.py), never
searched with a regex.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest.config import load_config
from digest.errors import DigestError
from digest.routes import Router
from tests.conftest import BASE_CONFIG, Project
from tests.hostile_checks import runs_script, site_findings

# The issue's payloads: an alt text and a link title that a regex rewrite turned into
# live attributes in RSS content:encoded, Atom content and JSON Feed content_html.
ALT = "chart src=x onerror=alert(document.domain)//"
TITLE = "t href=y autofocus onfocus=alert(1)//"

_YAML_PRINTABLE = re.compile("[\t\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
PIECES = [
    '"', "'", "=", "<", ">", "/", " ", "`", "&", "\n", "src=", "href=", "x", " onerror=", " onfocus=",
    "onload=alert(1)", " autofocus", "javascript:", "JaVaScRiPt:alert(1)", "&quot;", "&#34;", "&#39;",
    "&lt;", "&gt;", "&amp;", "&#x6a;avascript:", "<img src=x onerror=alert(1)>", "<script>", "]", ")",
    "(", "*", "\\", "//",
]  # fmt: skip
texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc")), max_size=4
        ),  # a control character makes a file binary
    ),
    max_size=10,
).map("".join)


def _q(text: str) -> str:
    """A YAML double-quoted scalar holding exactly `text`: what YAML refuses to read as it
    is (control characters, U+FFFE, lone surrogates) goes in as an escape."""

    def char(c: str) -> str:
        if c in '"\\':
            return "\\" + c
        if c == "\n" or not _YAML_PRINTABLE.fullmatch(c):
            return f"\\U{ord(c):08x}"
        return c

    return '"' + "".join(map(char, text)) + '"'


def _markdown(alt: str, title: str, attribute: str, url: str) -> str:
    """The texts in every place Markdown turns into an attribute value."""
    md_title = title.replace('"', "'")  # a Markdown title ends at '"'; the rest is link text
    return (
        f'![{alt}](/chart.png "{md_title}")\n\n'
        f'[{alt}](/page/ "{md_title}") and [ref][r] and [u]({url})\n\n'
        f'<img alt="{attribute}" src="/raw.png"> <a title=\'{attribute}\' href="/raw/">raw</a>\n\n'
        f'[r]: /ref/ "{md_title}"\n'
    )


def build_site(root: Path, alt: str, title: str, attribute: str, url: str) -> Project:
    project = Project(root)
    project.write("config.yaml", BASE_CONFIG + "feeds:\n  limit: 10\n")
    markdown = _markdown(alt, title, attribute, url)
    project.article("attr.md", "---\ntitle: Attributes\ndate: 2025-11-19\n---\nBody.\n\n" + markdown)
    project.article("other.md", "---\ntitle: Other\ndate: 2025-11-19\n---\nBody.\n")
    project.note(
        "2025-11-19.yaml",
        "edition: 2025-11-19\n"
        f"intro: {_q(markdown)}\n"
        "notes:\n"
        "  - article: attr\n    section: policy\n    rank: 1\n    tags: [t]\n"
        f"    commentary: {_q(markdown)}\n"
        "  - article: other\n    section: tech\n    rank: 1\n"
        f"    commentary: {_q(markdown)}\n",
    )
    return project


def script_in(output: Path) -> dict[str, list[str]]:
    return {
        path: sorted(f for f in found if runs_script(f))
        for path, found in site_findings(output).items()
        if any(runs_script(f) for f in found)
    }


def test_the_issues_alt_text_and_title_stay_text(tmp_path: Path) -> None:
    project = build_site(tmp_path / "site", ALT, TITLE, ALT, "/u/")
    project.build()
    assert script_in(project.output) == {}
    outputs = {name: project.read(name) for name in ("feed.xml", "atom.xml", "feed.json")}
    assert all(ALT.replace("&", "&amp;") in text or ALT in text for text in outputs.values())
    content = json.loads(outputs["feed.json"])["items"][0]["content_html"]
    images = lxml.html.fragment_fromstring(content, create_parent="div").iter("img")
    alts = {img.get("alt") for img in images}
    assert ALT in alts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(alt=texts, title=texts, attribute=texts, url=texts.map(lambda t: "".join(t.split())))
@example(alt=ALT, title=TITLE, attribute='" onmouseover="alert(1)', url="javascript:alert(1)")
@example(alt="a <script> tag", title="x onerror=alert(1)", attribute="x' onclick='y", url="java&#9;script:x")
# A title ending in a backslash once left Python-Markdown's placeholder (control
# characters) in a URL, and the e-mail edition's check stopped the build on it.
@example(alt="", title="onload=alert(1)\\", attribute="", url="")
def test_no_attribute_text_becomes_script_in_any_output(
    alt: str, title: str, attribute: str, url: str
) -> None:
    """Article body and commentary (and an intro), through every output. The texts are
    short and the YAML quoted, so the build must succeed (an alt text with '<script>' in
    it once stopped it, in the e-mail edition's check)."""
    with tempfile.TemporaryDirectory() as folder:
        project = build_site(Path(folder), alt, title, attribute, url)
        project.build()
        assert script_in(project.output) == {}


def test_base_url_that_could_break_markup_is_refused(project: Project) -> None:
    for bad in (
        'https://example.org/x"><script>alert(1)</script>/',
        "https://example.org/<b>/",
        "https://ex ample/",
    ):
        project.write("config.yaml", BASE_CONFIG.replace('"https://example.org/digest/"', _q(bad)))
        with pytest.raises(DigestError, match=r"base_url: a URL cannot hold") as caught:
            load_config(project.config_path)
        assert str(caught.value).startswith(f"{project.config_path}:3: base_url:")
    project.write("config.yaml", BASE_CONFIG)
    command = [sys.executable, "-m", "digest", "build", "--config", str(project.config_path)]
    run = subprocess.run(
        [*command, "--base-url", 'https://example.org/"onmouseover="x/'],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "--base-url: base_url: a URL cannot hold '\"'" in run.stderr
    assert "Traceback" not in run.stderr
    assert not project.output.exists()


def test_base_path_is_escaped_where_it_goes_into_commentary(project: Project) -> None:
    """Even a base URL that got past validation cannot leave the attribute it is put in."""
    config = dataclasses.replace(
        project.config(), base_url='https://example.org/a"><img src=x onerror=alert(1)>/'
    )
    rebased = Router(config).rebase_html('<p><a href="/archive/" rel="noopener noreferrer">a</a></p>')
    (link,) = lxml.html.fragment_fromstring(rebased, create_parent="div").iter("a")
    assert link.get("href") == '/a"><img src=x onerror=alert(1)>/archive/'
    assert [e.tag for e in lxml.html.fragment_fromstring(rebased, create_parent="div").iter()] == [
        "div",
        "p",
        "a",
    ]
