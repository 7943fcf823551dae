"""Outlet pages through the real build: one page and three feeds per outlet with
published articles, linked from its name; `config.yaml`'s `outlets: also:` maps other
spellings and domains to one outlet (`content.outlets`)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from digest.cli import main
from tests.conftest import BASE_CONFIG, Project

OUTLETS = """\
outlets:
  - name: "Seoul Ledger"
    also: ["The Seoul Ledger", "seoul-ledger.example"]
"""


def article(project: Project, key: str, outlet: str, source_url: str = "") -> None:
    lines = ["---", f'title: "Report {key}"', "date: 2025-11-20"]
    if outlet:
        lines.append(f'outlet: "{outlet}"')
    if source_url:
        lines.append(f'source_url: "{source_url}"')
    project.write(f"content/articles/{key}.md", "\n".join([*lines, "---", f"Text of {key}.", ""]))


def outlet_project(project: Project) -> Project:
    for path in (project.root / "content").rglob("*.*"):
        path.unlink()
    project.write("config.yaml", BASE_CONFIG + OUTLETS)
    article(project, "one", "The Seoul Ledger")
    article(project, "two", "", "https://www.seoul-ledger.example/2025/11/20/two")
    article(project, "three", "SEOUL  LEDGER")
    article(project, "four", "Korea Daily")
    article(project, "five", "Unnoted Times")  # no note: no page
    notes = ['edition: "2025-11-20"', "notes:"]
    for rank, key in enumerate(("one", "two", "three", "four"), 1):
        notes += [f'  - article: "{key}"', "    section: policy", f"    rank: {rank}", '    summary: "S."']
    project.note("2025-11-20.yaml", "\n".join(notes) + "\n")
    return project


def test_an_outlet_has_a_page_and_feeds_under_one_name(project: Project) -> None:
    outlet_project(project).build()
    page = project.read("outlets/seoul-ledger/index.html")
    assert "<h1>Seoul Ledger</h1>" in page
    for key in ("one", "two", "three"):
        assert f'href="/digest/articles/{key}/"' in page
    assert "articles/four/" not in page
    feed = json.loads(project.read("outlets/seoul-ledger/feed.json"))
    assert sorted(item["url"].rsplit("/", 2)[1] for item in feed["items"]) == ["one", "three", "two"]
    assert "<entry>" in project.read("outlets/seoul-ledger/atom.xml")
    assert project.read("outlets/seoul-ledger/feed.xml").count("<item>") == 3
    assert "articles/four/" in project.read("outlets/korea-daily/index.html")
    assert not (project.output / "outlets" / "unnoted-times").exists()
    assert not (project.output / "outlets" / "the-seoul-ledger").exists()


def test_the_outlet_name_links_to_its_page_everywhere(project: Project) -> None:
    outlet_project(project).build()
    link = '<a href="/digest/outlets/seoul-ledger/">Seoul Ledger</a>'
    assert link in project.read("articles/two/index.html")  # named by its source's domain
    assert link in project.read("editions/2025-11-20/index.html")
    assert link in project.read("sections/policy/index.html")
    feeds_page = project.read("feeds/index.html")
    assert "/digest/outlets/seoul-ledger/feed.xml" in feeds_page
    assert "outlets/seoul-ledger/feed.xml" in project.read("feeds.opml")


def test_an_outlet_entry_without_match_or_also_is_a_config_error(project: Project) -> None:
    outlet_project(project)
    project.write("config.yaml", BASE_CONFIG + 'outlets:\n  - name: "Seoul Ledger"\n')
    result = CliRunner().invoke(main, ["build", "--config", str(project.config_path)])
    assert result.exit_code == 1
    assert "config.yaml:13: outlets.match: required" in result.output, result.output
