"""`digest new note` and `digest new edition`: valid files a build accepts; never overwriting."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner, Result

from digest.cli import main
from digest.config import EditorialSettings
from digest.scaffold import next_edition_date
from tests.conftest import BASE_CONFIG, RAW_ARTICLE, Project


def run(project: Project, *args: str, today: str = "2025-11-25") -> Result:
    return CliRunner().invoke(main, [*args, "--config", str(project.config_path), "--today", today])


def build(project: Project, today: str = "2025-11-25") -> Result:
    return run(project, "build", today=today)


def test_new_note_writes_a_draft_skeleton_that_a_build_accepts(project: Project) -> None:
    project.article("subway-fares.txt", RAW_ARTICLE.replace("night buses for Gangnam", '"fares": up 150 won'))
    result = run(project, "new", "note", "subway-fares", "--edition", "2025-11-26", "--section", "tech")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Wrote content/notes/2025-11-26-subway-fares.yaml: note on subway-fares for the edition of "
        "2025-11-26, section tech\n"
    )
    path = project.root / "content/notes/2025-11-26-subway-fares.yaml"
    text = path.read_text(encoding="utf-8")
    assert 'headline: "City council approves \\"fares\\": up 150 won"' in text
    assert "# (Test Ledger, 2025-11-19)." in text
    assert 'article: "subway-fares"\nedition: "2025-11-26"\nsection: "tech"\nrank: 1\n' in text
    assert "draft: true" in text

    built = build(project, today="2025-11-26")
    assert built.exit_code == 0, built.output
    assert "subway-fares: draft (content/notes/2025-11-26-subway-fares.yaml:4)" in built.output
    assert not (project.output / "articles/subway-fares").exists()

    path.write_text(text.replace("draft: true", "draft: false").replace('summary: ""', 'summary: "Up."'))
    built = build(project, today="2025-11-26")
    assert built.exit_code == 0, built.output
    page = project.read("articles/subway-fares/index.html")
    assert "City council approves &#34;fares&#34;: up 150 won" in page
    assert "Draft" not in page


def test_new_note_defaults_next_edition_first_section_and_next_rank(project: Project) -> None:
    project.article("a.txt", RAW_ARTICLE)
    project.article("b.txt", RAW_ARTICLE)
    assert run(project, "new", "note", "a").exit_code == 0
    second = run(project, "new", "note", "b")
    assert second.exit_code == 0, second.output
    text = (project.root / "content/notes/2025-11-25-b.yaml").read_text(encoding="utf-8")
    assert 'edition: "2025-11-25"\nsection: "policy"\nrank: 2\n' in text
    assert build(project).exit_code == 0


def test_new_note_refuses_to_overwrite_or_to_note_an_article_twice(project: Project) -> None:
    project.article("a.txt", RAW_ARTICLE)
    existing = project.note("2025-11-25-a.yaml", "# mine\nedition: '2025-11-25'\nnotes: []\n")
    result = run(project, "new", "note", "a")
    assert result.exit_code == 1
    assert "content/notes/2025-11-25-a.yaml: already exists; refusing to overwrite it" in result.output
    assert existing.read_text(encoding="utf-8").startswith("# mine\n")

    existing.unlink()
    result = run(project, "new", "note", "night-buses")
    assert result.exit_code == 1
    assert "content/notes/2025-11-19.yaml:5: article 'night-buses' already has a note here" in result.output
    assert not (project.root / "content/notes/2025-11-25-night-buses.yaml").exists()


def test_new_note_rejects_unknown_article_and_section(project: Project) -> None:
    result = run(project, "new", "note", "nope")
    assert result.exit_code == 1
    assert "no article with id 'nope' in content/articles/ (some ids: night-buses)" in result.output
    project.article("a.txt", RAW_ARTICLE)
    result = run(project, "new", "note", "a", "--section", "sports")
    assert result.exit_code == 1
    assert "unknown section 'sports' (config.yaml declares: policy, tech)" in result.output


def test_new_edition_daily_takes_today_then_the_next_free_day(project: Project) -> None:
    first = run(project, "new", "edition")
    assert first.output == "Wrote content/notes/2025-11-25.yaml: edition 2025-11-25\n"
    second = run(project, "new", "edition")
    assert second.output == "Wrote content/notes/2025-11-26.yaml: edition 2025-11-26\n"
    text = (project.root / "content/notes/2025-11-26.yaml").read_text(encoding="utf-8")
    assert 'edition: "2025-11-26"' in text and "notes: []" in text
    result = build(project)
    assert result.exit_code == 0, result.output


def test_new_edition_weekly_on_the_configured_weekday(project: Project) -> None:
    project.write("config.yaml", BASE_CONFIG + "editorial:\n  cadence: weekly\n  weekday: friday\n")
    assert (
        run(project, "new", "edition").output == "Wrote content/notes/2025-11-28.yaml: edition 2025-11-28\n"
    )
    assert (
        run(project, "new", "edition").output == "Wrote content/notes/2025-12-05.yaml: edition 2025-12-05\n"
    )


def test_new_edition_with_a_date_refuses_an_existing_edition(project: Project) -> None:
    result = run(project, "new", "edition", "2025-11-19")
    assert result.exit_code == 1
    assert "content/notes/2025-11-19.yaml:1: edition 2025-11-19 is already described here" in result.output


def test_new_edition_refuses_to_overwrite_a_file(project: Project) -> None:
    project.article("a.txt", RAW_ARTICLE)
    single = 'article: "a"\nedition: "2025-11-19"\nsection: tech\nrank: 1\n'
    existing = project.note("2025-11-30.yaml", single)  # a single note that happens to have that name
    result = run(project, "new", "edition", "2025-11-30")
    assert result.exit_code == 1
    assert result.output == (
        "content/notes/2025-11-30.yaml: already exists; refusing to overwrite it\n"
        "No edition written: 1 problem.\n"
    )
    assert existing.read_text(encoding="utf-8") == single


def test_new_edition_rejects_a_malformed_date(project: Project) -> None:
    result = run(project, "new", "edition", "2025-13-01")
    assert result.exit_code == 2
    assert "expected a date YYYY-MM-DD, got '2025-13-01'" in result.output


@pytest.mark.parametrize(
    ("cadence", "weekday", "today", "taken", "expected"),
    [
        ("daily", 0, "2025-11-25", [], "2025-11-25"),
        ("daily", 0, "2025-11-25", ["2025-11-25", "2025-11-26"], "2025-11-27"),
        ("weekly", 0, "2025-11-25", [], "2025-12-01"),  # Tuesday -> next Monday
        ("weekly", 1, "2025-11-25", [], "2025-11-25"),  # Tuesday edition, today is Tuesday
        ("weekly", 1, "2025-11-25", ["2025-11-25"], "2025-12-02"),
    ],
)
def test_next_edition_date(cadence: str, weekday: int, today: str, taken: list[str], expected: str) -> None:
    settings = EditorialSettings(cadence=cadence, weekday=weekday)
    dates = {dt.date.fromisoformat(d) for d in taken}
    assert next_edition_date(dt.date.fromisoformat(today), settings, dates).isoformat() == expected


def test_note_comments_hold_any_text_on_their_own_line() -> None:
    from pathlib import Path

    import yaml

    from digest.content.model import Article
    from digest.scaffold import note_text

    article = Article(
        id="x",
        path=Path("x.html"),
        headline="A headline",
        date=dt.date(2025, 11, 24),
        published=None,
        updated=None,
        authors=(),
        outlet="Ledger\nsummary: injected\u2028draft: false\x1b[31m",
        body_html="",
        text="",
    )
    text = note_text(article, dt.date(2025, 11, 25), "policy", 1, "", ("from\rhttps://x.example/\nrank: 9",))
    note = yaml.safe_load(text)
    assert note["summary"] == "" and note["draft"] is True and note["rank"] == 1
    assert "# (Ledger summary: injected draft: false[31m, 2025-11-24)." in text
    assert "# from https://x.example/ rank: 9" in text
