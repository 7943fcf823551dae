"""The documentation holds together: every relative link leads to a file, every anchor to
a heading (as GitHub names headings), the README starts with the two commands, and every
script in bench/ is described in bench/README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS = sorted([ROOT / "README.md", ROOT / "bench" / "README.md", *(ROOT / "docs").glob("*.md")])
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6} +(.+?) *$", re.M)


def prose(path: Path) -> str:
    """The file without its fenced code blocks (their brackets are not links)."""
    return FENCE.sub("", path.read_text(encoding="utf-8"))


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"[^\w\- ]", "", heading.replace("`", "").lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    for heading in HEADING.findall(prose(path)):
        name = anchor(heading)
        count = 0
        while (name if count == 0 else f"{name}-{count}") in found:
            count += 1
        found.add(name if count == 0 else f"{name}-{count}")
    return found


def relative_links(path: Path) -> list[str]:
    return [
        link
        for link in LINK.findall(prose(path))
        if not link.startswith(("http://", "https://", "mailto:", "/"))
    ]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(doc: Path) -> None:
    broken = []
    for link in relative_links(doc):
        target, _, fragment = link.partition("#")
        file = (doc.parent / target).resolve() if target else doc
        if not file.exists():
            broken.append(f"{link}: no such file")
        elif fragment and file.suffix == ".md" and fragment not in anchors(file):
            broken.append(f"{link}: no heading with that anchor in {file.relative_to(ROOT)}")
    assert broken == []


def test_the_anchor_rule_matches_githubs() -> None:
    assert anchor("Markdown articles (`.md`)") == "markdown-articles-md"
    assert anchor("The build cache: `.digest-cache/`") == "the-build-cache-digest-cache"
    assert anchor("Editor notes and edition files") == "editor-notes-and-edition-files"


def test_the_readme_starts_with_what_digest_is_and_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = FENCE.search(text)
    assert first_block is not None
    assert text.startswith("# digest\n\nA static-site generator")
    lines = first_block.group().splitlines()[1:-1]
    assert [line.split()[:2] for line in lines] == [["make", "build"], ["make", "test"]]
    # What tripped a newcomer: the command is in .venv/bin, not on the PATH.
    assert ".venv/bin/digest" in text[: text.index("## Start your own digest")]
    assert "source .venv/bin/activate" in text


def test_every_bench_script_is_described() -> None:
    readme = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
    scripts = sorted(p.name for p in (ROOT / "bench").glob("*.py") if p.name != "__init__.py")
    assert scripts
    assert [name for name in scripts if f"bench/{name}" not in readme] == []
