"""Broken and hostile input: a clear error naming the file, or a build that works;
never a crash, and never a changed output/.

The corpus of small bad files lives in tests/data/bad_inputs/ (see cases.json). Files
too big to keep in the repository (a 20 MB article, 10,000 notes) are made here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from digest.build import load_site
from digest.cli import main
from digest.config import load_config
from digest.content.hygiene import SUMMARY, hygiene
from digest.errors import DigestError
from digest.text import slugify
from tests.conftest import SAMPLE_TODAY, Project, project_files
from tests.test_hostile_atomic import make_big_site

BAD = Path(__file__).parent / "data" / "bad_inputs"
CASES = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))["cases"]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(project: Project) -> list[str]:
    return [name for name in project_files(project.root) if name.startswith(".digest-")]


@pytest.fixture
def built(project: Project) -> Project:
    """The minimal valid project, built once so there is an output/ to protect."""
    project.build()
    return project


def assert_fails_cleanly(project: Project, expect: str, culprit: Path) -> DigestError:
    before = snapshot(project.output)
    with pytest.raises(DigestError) as info:
        project.build()
    text = str(info.value)
    assert expect in text
    assert any(problem.path == culprit for problem in info.value.problems), text
    assert snapshot(project.output) == before
    assert leftovers(project) == []
    return info.value


def publish(project: Project, target: Path) -> None:
    """A note that publishes the article at `target`: its problems are then errors."""
    if target.parent.name == "articles":
        project.note(
            "published.yaml",
            f'article: "{target.stem}"\nedition: "2025-11-19"\nsection: policy\nrank: 2\nsummary: "x"\n',
        )


@pytest.mark.parametrize("case", CASES, ids=[case["file"] for case in CASES])
def test_bad_input_corpus(built: Project, case: dict) -> None:
    target = built.root / case["target"]
    shutil.copyfile(BAD / case["file"], target)
    publish(built, target)
    if case.get("warns"):
        built.build()  # read with what could be read
        site = load_site(built.config(), SAMPLE_TODAY)
        warnings = [finding.format() for finding in hygiene(site)]
        assert any(case["expect"] in warning and target.name in warning for warning in warnings), warnings
    else:
        assert_fails_cleanly(built, case["expect"], target)


@pytest.mark.parametrize(
    "case",
    [
        case
        for case in CASES
        if case["target"].endswith((".txt", ".md", ".html"))
        and "articles/" in case["target"]
        and not case.get("warns")
    ],
    ids=lambda case: case["file"],
)
def test_a_bad_article_no_note_publishes_is_a_warning(built: Project, case: dict) -> None:
    """One file no note publishes never stops the site: its problem is a warning."""
    target = built.root / case["target"]
    shutil.copyfile(BAD / case["file"], target)
    result = built.build()
    assert (built.output / "articles" / "night-buses" / "index.html").is_file()
    site = load_site(built.config(), SAMPLE_TODAY)
    warnings = [finding.format() for finding in hygiene(site)]
    assert any(case["expect"] in warning and target.name in warning for warning in warnings), warnings
    assert result.warnings


def test_corpus_covers_every_file() -> None:
    listed = {case["file"] for case in CASES}
    present = {p.name for p in BAD.iterdir()} - {"cases.json"}
    assert listed == present


def test_cli_reports_a_bad_file_and_exits_1(built: Project) -> None:
    shutil.copyfile(BAD / "billion-laughs.yaml", built.root / "content/notes/laughs.yaml")
    before = snapshot(built.output)
    result = CliRunner().invoke(main, ["build", "--config", str(built.config_path)])
    assert result.exit_code == 1
    assert "content/notes/laughs.yaml:1: invalid YAML: aliases (*name) are not allowed" in result.output
    assert "output/ was not changed" in result.output
    assert snapshot(built.output) == before


# --- big files -------------------------------------------------------------------------


def test_20_mb_article_is_refused_before_reading(built: Project) -> None:
    path = built.root / "content/articles/huge.txt"
    paragraph = "A paragraph of an article that goes on and on. " * 40 + "\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("date 2025-11-19 A very long article\n")
        for _ in range(20 * 1024 * 1024 // len(paragraph) + 1):
            handle.write(paragraph)
    assert path.stat().st_size > 20 * 1024 * 1024
    publish(built, path)
    assert_fails_cleanly(built, "file is 20.0 MB; the limit is 8 MB", path)


def test_article_just_under_the_limit_builds(built: Project) -> None:
    path = built.root / "content/articles/long.txt"
    paragraph = "A paragraph of an article that goes on and on. " * 40 + "\n"
    path.write_text("date 2025-11-19 A long article\n" + paragraph * 3000, encoding="utf-8")
    assert 5 * 1024 * 1024 < path.stat().st_size < 8 * 1024 * 1024
    result = built.build()
    assert [a.id for a in result.site.unnoted] == ["long"]


def test_huge_markdown_commentary_is_a_clear_error(built: Project) -> None:
    notes = built.root / "content/notes/2025-11-19.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace(
            "Long overdue. See [the archive](/archive/).", "Long overdue. " + "[" * 5000
        ),
        encoding="utf-8",
    )
    error = assert_fails_cleanly(built, "Markdown text with 5,000 '[' characters", notes)
    assert error.problems[0].field == "commentary"


def test_deeply_nested_markdown_list_is_a_clear_error(built: Project) -> None:
    nested = "".join("    " * depth + "- x\\n" for depth in range(400))
    notes = built.root / "content/notes/2025-11-19.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace('intro: "Today\'s edition."', f'intro: "{nested}"'),
        encoding="utf-8",
    )
    assert_fails_cleanly(built, "intro: Markdown nested too deeply", notes)


def test_markdown_article_bomb_is_refused(built: Project) -> None:
    path = built.root / "content/articles/bomb.md"
    path.write_text('---\ntitle: "x"\ndate: 2025-11-19\n---\n' + "![" * 4000, encoding="utf-8")
    publish(built, path)
    assert_fails_cleanly(built, "'[' characters; the limit is 1,000", path)


def test_ten_thousand_notes_with_missing_articles_are_all_reported(built: Project) -> None:
    lines = ['edition: "2025-11-20"', "notes:"]
    for n in range(10_000):
        lines += [f'  - article: "missing-{n}"', "    section: policy", f"    rank: {n + 1}"]
    path = built.root / "content/notes/2025-11-20.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    error = assert_fails_cleanly(built, "no article with id 'missing-9999'", path)
    assert len(error.problems) == 10_000
    assert error.problems[-1].line == 3 + 3 * 9999


# --- paths -----------------------------------------------------------------------------


def test_symlink_out_of_content_is_refused(built: Project, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("date 2025-11-19 Secret\nThe password is hunter2.\n", encoding="utf-8")
    link = built.root / "content/articles/innocent.txt"
    link.symlink_to(secret)
    assert_fails_cleanly(built, "refusing a link that points outside the content folder", link)


def test_symlinked_folder_out_of_content_is_refused(built: Project, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "a.txt").write_text("date 2025-11-19 Secret\nBody.\n", encoding="utf-8")
    link = built.root / "content/articles/more"
    link.symlink_to(outside, target_is_directory=True)
    with pytest.raises(DigestError) as info:
        built.build()
    assert "refusing a link that points outside the content folder" in str(info.value)


def test_symlink_inside_content_is_fine(built: Project) -> None:
    link = built.root / "content/articles/alias.txt"
    link.symlink_to(built.root / "content/articles/night-buses.txt")
    result = built.build()
    assert "alias" in [a.id for a in result.site.unnoted]


@pytest.mark.parametrize(
    "name",
    ["night buses in Gangnam.txt", "강남 심야버스.txt", "Über \u2013 Café «Bar».txt", "a..b.txt", "-x-.txt"],
)
def test_file_names_with_spaces_hangul_and_punctuation_work(project: Project, name: str) -> None:
    original = project.root / "content/articles/night-buses.txt"
    article_id = name.removesuffix(".txt")
    original.rename(original.with_name(name))
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace('"night-buses"', json.dumps(article_id)), encoding="utf-8"
    )
    project.build()
    slug = slugify(article_id)
    assert slug and "/" not in slug and ".." not in slug
    assert (project.output / "articles" / slug / "index.html").is_file()


@given(st.text(max_size=80))
def test_slugs_never_escape_or_carry_control_characters(text: str) -> None:
    slug = slugify(text)
    assert "/" not in slug and "\\" not in slug and "." not in slug
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in slug)
    assert slug == slug.strip("-")
    assert slugify(slug) == slug


def test_control_characters_in_file_names_are_dropped(project: Project) -> None:
    original = project.root / "content/articles/night-buses.txt"
    original.rename(original.with_name("night\x1b[31m\x07buses.txt"))
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace('"night-buses"', '"night\\e[31m\\abuses"'))
    project.build()
    assert sorted(os.listdir(project.output / "articles")) == ["night-31mbuses"]


def test_ten_thousand_notes_warnings_point_at_their_own_notes(tmp_path: Path) -> None:
    """A 10,000-entry note list builds, and each note's missing summary is reported at
    its own line (looking further was both wrong and quadratic in the file's length)."""
    root = tmp_path / "big"
    make_big_site(root, 10_000, tags_per_note=1)
    notes = root / "content" / "notes" / "2025-11-19.yaml"
    # The last note gets a summary: the 9,999 before it must not point at its line.
    notes.write_text(notes.read_text(encoding="utf-8") + '    summary: "Only the last note has one."\n')
    site = load_site(load_config(root / "config.yaml"), dt.date(2025, 11, 25))
    assert len(site.items) == 10_000
    lines = [f.problem.line for f in hygiene(site) if f.kind == SUMMARY]
    assert len(lines) == 9_999
    assert lines == [3 + 4 * n for n in range(9_999)]
