"""Stories through the real build: "Also covered by" on an article page, "N outlets" on an
edition's item, a story's page, the feeds' category, and the editor's `story:` choices
(`content.storygroups`)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml
from click.testing import CliRunner

from digest.build import build
from digest.cli import main
from digest.content.model import Article, Item, Note, Tag
from digest.content.related import attach_related
from digest.content.stories import link_articles
from tests.conftest import SAMPLE_TODAY, Project, tree_differences
from tests.test_incremental import tree

STORIES = Path(__file__).resolve().parent / "data" / "stories"


def labelled(*keys: str) -> dict[str, dict]:
    entries = {}
    for path in sorted(STORIES.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            if entry["id"] in keys:
                entries[entry["id"]] = entry
    return entries


# Hangyeol Tech's HBM plant, told by five outlets (two in Korean); its earnings two weeks
# before, by one.
HBM = ("hbm-ledger", "hbm-pangyo", "hbm-hanriver", "hbm-saebyeok", "hbm-pangyoko")
OTHER = "hgearn-ledger"


def write_article(project: Project, entry: dict, source_url: str = "") -> None:
    front = {
        "title": entry["headline"],
        "date": str(entry["date"]),
        "outlet": entry["outlet"],
    }
    if source_url:
        front["source_url"] = source_url
    text = yaml.safe_dump(front, allow_unicode=True, sort_keys=True)
    project.write(f"content/articles/{entry['id']}.md", f"---\n{text}---\n{entry['text']}\n")


def story_project(project: Project, noted: tuple[str, ...], extra: str = "") -> Project:
    """The HBM story's five articles and the earnings report; notes for `noted` (the rest
    have none: hbm-hanriver has a source URL, hbm-saebyeok none)."""
    for path in (project.root / "content").rglob("*.*"):
        path.unlink()
    entries = labelled(*HBM, OTHER)
    for key, entry in entries.items():
        write_article(project, entry, "https://hanriver.example/hbm" if key == "hbm-hanriver" else "")
    lines = ['edition: "2025-11-21"', "notes:"]
    for rank, key in enumerate(noted, 1):
        lines += [f'  - article: "{key}"', "    section: tech", f"    rank: {rank}"]
        if key in extra:
            lines.append(f"    {extra.split('=')[1]}")
    project.note("2025-11-21.yaml", "\n".join(lines) + "\n")
    config = project.config_path.read_text(encoding="utf-8")
    if "\nstories: true\n" not in config:
        project.write("config.yaml", config + "stories: true\n")
    return project


def test_stories_are_off_unless_the_config_turns_them_on(project: Project) -> None:
    story_project(project, ("hbm-ledger", "hbm-pangyo", "hbm-pangyoko", OTHER))
    config = project.config_path.read_text(encoding="utf-8")
    project.write("config.yaml", config.replace("stories: true\n", ""))
    project.build()
    page = project.read("articles/hbm-ledger/index.html")
    assert section(page, "also-covered") == "" and section(page, "related") == ""
    assert not (project.output / "stories").exists()
    project.write("config.yaml", config)
    project.build()
    assert "Also covered by" in section(project.read("articles/hbm-ledger/index.html"), "also-covered")


def section(html: str, cls: str) -> str:
    found = re.search(rf'<(section|details) class="{cls}".*?</\1>', html, re.S)
    return found.group(0) if found else ""


def test_an_article_page_lists_the_other_outlets_reports(project: Project) -> None:
    story_project(project, ("hbm-ledger", "hbm-pangyo", "hbm-pangyoko", OTHER)).build()
    page = project.read("articles/hbm-ledger/index.html")
    also = section(page, "also-covered")
    assert "Also covered by" in also
    # Noted reports link to their page; an unnoted one to its source; one without a source is text.
    assert 'href="/digest/articles/hbm-pangyo/"' in also
    assert 'href="/digest/articles/hbm-pangyoko/"' in also
    assert 'href="https://hanriver.example/hbm"' in also
    assert "새벽일보" in also and "hbm-saebyeok" not in also
    assert "articles/hbm-ledger/" not in also  # not itself
    assert section(project.read("articles/hgearn-ledger/index.html"), "also-covered") == ""
    # The story has five reports: a page of its own, linked from the article.
    assert 'href="/digest/stories/hbm-ledger/"' in also
    story = project.read("stories/hbm-ledger/index.html")
    assert all(key in story or entry["headline"] in story for key, entry in labelled(*HBM).items())
    assert "not in the digest" in story


def test_an_edition_item_says_how_many_outlets_told_the_story(project: Project) -> None:
    story_project(project, ("hbm-ledger", OTHER)).build()
    edition = project.read("editions/2025-11-21/index.html")
    details = section(edition, "item-coverage")
    assert "<summary>5 outlets</summary>" in details
    assert details.count("<li") == 4
    assert edition.count('class="item-coverage"') == 1  # the earnings item has none


def test_a_note_leaves_the_story_with_none_and_joins_one_by_name(project: Project) -> None:
    story_project(project, ("hbm-ledger", "hbm-pangyo", OTHER), extra="hbm-pangyo=story: none").build()
    assert section(project.read("articles/hbm-pangyo/index.html"), "also-covered") == ""
    assert "hbm-pangyo/" not in section(project.read("articles/hbm-ledger/index.html"), "also-covered")

    # The earnings, two weeks before, joined to the plant's story by name (spelled otherwise).
    story_project(project, ("hbm-ledger",), extra="hbm-ledger=story: Hangyeol expands")
    project.note(
        "2025-11-20.yaml",
        'edition: "2025-11-20"\nnotes:\n  - article: "hgearn-ledger"\n    section: tech\n    rank: 1\n'
        '    story: "hangyeol  EXPANDS"\n',
    )
    project.build()
    joined = section(project.read("articles/hgearn-ledger/index.html"), "also-covered")
    assert 'href="/digest/articles/hbm-ledger/"' in joined
    assert 'href="/digest/stories/hangyeol-expands/"' in joined
    assert "Hangyeol expands" in project.read("stories/hangyeol-expands/index.html")


def test_stories_rebuilt_incrementally_equal_a_cold_build(project: Project, tmp_path: Path) -> None:
    story_project(project, ("hbm-ledger", "hbm-pangyo", OTHER))
    project.build()
    project.build()
    # An unnoted report leaves the story: the noted pages that list it change.
    (project.root / "content/articles/hbm-hanriver.md").unlink()
    project.build()
    cold = tmp_path / "cold"
    build(project.config(), cold, today=SAMPLE_TODAY, cache=False)
    assert tree_differences(tree(project.output), tree(cold)) == []
    assert "hanriver.example" not in project.read("articles/hbm-ledger/index.html")


def test_feeds_keep_one_item_per_article_and_name_the_story(project: Project) -> None:
    story_project(project, ("hbm-ledger", "hbm-pangyo", OTHER)).build()
    rss = project.read("feed.xml")
    assert rss.count("<category>Story: Hangyeol Tech to build 1.2 trillion won HBM") == 2
    assert rss.count("/articles/hbm-ledger/</link>") == 1 and rss.count("/articles/hbm-pangyo/</link>") == 1
    feed = json.loads(project.read("feed.json"))
    tags = {entry["url"].rsplit("/", 2)[1]: entry.get("tags", []) for entry in feed["items"]}
    assert tags["hgearn-ledger"] == []
    assert tags["hbm-pangyo"] == [
        "Story: Hangyeol Tech to build 1.2 trillion won HBM packaging plant in Cheongju"
    ]


def test_check_reports_a_story_across_editions(project: Project) -> None:
    story_project(project, ("hbm-ledger", OTHER))
    project.note(
        "2025-11-22.yaml",
        'edition: "2025-11-22"\nnotes:\n  - article: "hbm-pangyo"\n    section: tech\n    rank: 1\n',
    )
    result = CliRunner().invoke(
        main, ["check", "--config", str(project.config_path), "--today", "2025-11-25"]
    )
    assert (
        "story across editions (1):\n"
        "  content/notes/2025-11-22.yaml:3: story: article 'hbm-pangyo' is in the story "
        "'Hangyeol Tech to build 1.2 trillion won HBM packaging plant in Cheongju', which the edition "
        "of 2025-11-21 has already ('hbm-ledger'); set story: none in this note to keep it apart\n"
    ) in result.output, result.output
    # Kept apart by the editor: nothing to report.
    project.note(
        "2025-11-22.yaml",
        'edition: "2025-11-22"\nnotes:\n  - article: "hbm-pangyo"\n    section: tech\n    rank: 1\n'
        "    story: none\n",
    )
    result = CliRunner().invoke(
        main, ["check", "--config", str(project.config_path), "--today", "2025-11-25"]
    )
    assert "story across editions" not in result.output


def test_related_reading_skips_the_own_story_and_lists_another_story_once(project: Project) -> None:
    story_project(project, ("hbm-ledger", "hbm-pangyo", OTHER))
    write_article(project, labelled("hgearn-koreadaily")["hgearn-koreadaily"])
    project.note(
        "2025-11-07.yaml",
        'edition: "2025-11-07"\nnotes:\n  - article: "hgearn-koreadaily"\n    section: tech\n    rank: 1\n',
    )
    project.build()
    page = project.read("articles/hbm-ledger/index.html")
    related = section(page, "related")
    assert "Related reading" in related
    assert "articles/hbm-pangyo/" not in related  # under "Also covered by" instead
    # The earnings, told twice: listed once (the report whose words are closer to this
    # one's; among equals the newer, as below).
    assert related.count("articles/hgearn-") == 1


def test_related_reading_puts_the_newest_first_among_equals() -> None:
    def item(key: str, day: int, tags: tuple[str, ...] = ()) -> Item:
        article = Article(
            id=key,
            path=Path(key),
            headline="Night buses for Gangnam",
            date=dt.date(2025, 11, day),
            published=None,
            updated=None,
            authors=(),
            outlet="Ledger",
            body_html="",
            text="The council approved night bus routes in Gangnam.",
        )
        note = Note(key, Path("n.yaml"), 1, dt.date(2025, 11, day), "policy", 1, "", "")
        return Item(note, article, tuple(Tag(t, t) for t in tags))

    items = (item("c", 20), item("b", 19), item("a", 18), item("z", 10, ("bus",)), item("y", 9, ("bus",)))
    vectors = link_articles([i.article for i in items], dt.UTC).vectors
    related = {i.id: [r.article_id for r in i.related] for i in attach_related(items, vectors)}
    assert related["a"] == ["c", "b", "z", "y"]
    assert related["z"][0] == "y"  # the shared tag weighs more than a day
