"""Broken notes and articles: exact messages, every problem at once, output untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from digest.errors import DigestError
from tests.conftest import Project, project_files

NOTE = """\
article: "night-buses"
edition: "2025-11-19"
section: policy
rank: 1
summary: "Three new routes."
"""


def messages(project: Project) -> list[str]:
    with pytest.raises(DigestError) as caught:
        project.build()
    return [problem.format(project.root) for problem in caught.value.problems]


def use_single_note(project: Project, text: str) -> None:
    (project.root / "content/notes/2025-11-19.yaml").unlink()
    project.note("night-buses.yaml", text)


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        (
            'article: "night-buses"',
            'article: "night-bus"',
            "content/notes/night-buses.yaml:1: article: no article with id 'night-bus' in content/articles/",
        ),
        (
            "section: policy",
            "section: sports",
            "content/notes/night-buses.yaml:3: section: unknown section 'sports' "
            "(config.yaml declares: policy, tech)",
        ),
        (
            'edition: "2025-11-19"',
            'edition: "2025-11-31"',
            "content/notes/night-buses.yaml:2: edition: expected a date YYYY-MM-DD, got '2025-11-31'",
        ),
        (
            'edition: "2025-11-19"',
            "edition: 2025-13-45",
            "content/notes/night-buses.yaml:2: invalid YAML: edition: month must be in 1..12",
        ),
        ("rank: 1", "rank: high", "content/notes/night-buses.yaml:4: rank: expected an integer, got 'high'"),
        ("rank: 1", "rank: 1.5", "content/notes/night-buses.yaml:4: rank: expected an integer, got 1.5"),
        ("rank: 1", "rank: 0", "content/notes/night-buses.yaml:4: rank: expected a positive integer, got 0"),
        ("rank: 1\n", "", "content/notes/night-buses.yaml:1: rank: required"),
        (
            'summary: "Three new routes."',
            'sumary: "Three new routes."',
            "content/notes/night-buses.yaml:5: sumary: unknown key; did you mean 'summary'? (allowed: article, "
            "authors, commentary, draft, edition, headline, image, outlet, published, rank, section, source_url, summary, "
            "tags)",
        ),
        (
            'summary: "Three new routes."',
            'summary: "Three new routes.\n  bad: [',
            "content/notes/night-buses.yaml:5: invalid YAML: while scanning a quoted scalar: "
            "found unexpected end of stream (line 7)",
        ),
        (
            "rank: 1",
            "rank: 1\nrank: 2",
            "content/notes/night-buses.yaml:5: invalid YAML: duplicate key 'rank'",
        ),
    ],
)
def test_broken_note_gives_exact_message(project: Project, replace: str, by: str, expected: str) -> None:
    assert replace in NOTE
    use_single_note(project, NOTE.replace(replace, by))
    assert messages(project) == [expected]


def test_every_problem_is_reported_not_only_the_first(project: Project) -> None:
    use_single_note(
        project, NOTE.replace("section: policy", "section: sports").replace("rank: 1", "rank: high")
    )
    project.article("broken.txt", "\n\n")
    project.note("broken.yaml", 'article: "broken"\nedition: "2025-11-19"\nsection: policy\nrank: 2\n')
    assert messages(project) == [
        "content/articles/broken.txt:1: no text at all",
        "content/notes/night-buses.yaml:3: section: unknown section 'sports' (config.yaml declares: policy, tech)",
        "content/notes/night-buses.yaml:4: rank: expected an integer, got 'high'",
    ]


def test_two_notes_for_one_article(project: Project) -> None:
    project.note("again.yaml", NOTE)
    assert messages(project) == [
        "content/notes/again.yaml:1: article: article 'night-buses' already has a note at 2025-11-19.yaml:5"
    ]


def test_config_typo_is_rejected(project: Project) -> None:
    config = project.config_path.read_text(encoding="utf-8")
    project.config_path.write_text(config.replace("timezone:", "timezon:"), encoding="utf-8")
    with pytest.raises(DigestError) as caught:
        project.config()
    assert "config.yaml:5: timezon: unknown key; did you mean 'timezone'?" in str(caught.value)


def test_failed_build_leaves_output_exactly_as_it_was(project: Project) -> None:
    project.build()
    before = {p: p.read_bytes() for p in sorted(project.output.rglob("*")) if p.is_file()}
    use_single_note(project, NOTE.replace("rank: 1", "rank: high"))
    with pytest.raises(DigestError):
        project.build()
    after = {p: p.read_bytes() for p in sorted(project.output.rglob("*")) if p.is_file()}
    assert after == before
    assert not [name for name in project_files(project.root) if name.startswith(".digest-")]


def test_cli_exit_status_and_message(project: Project) -> None:
    use_single_note(project, NOTE.replace("rank: 1", "rank: high"))
    run = subprocess.run(
        [sys.executable, "-m", "digest", "build", "--config", str(project.config_path)],
        capture_output=True,
        text=True,
        cwd=project.root,
        check=False,
    )
    assert run.returncode == 1
    assert "content/notes/night-buses.yaml:4: rank: expected an integer, got 'high'" in run.stderr
    assert "output/ was not changed" in run.stderr
    assert not (project.root / "output").exists()


def test_cli_builds_with_overrides(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "digest",
            "build",
            "--config",
            str(project.config_path),
            "--out",
            str(out),
            "--base-url",
            "http://127.0.0.1:9000/sub/",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Building Test Digest for http://127.0.0.1:9000/sub/" in run.stdout
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="/sub/articles/night-buses/"' in page
    assert '<link rel="canonical" href="http://127.0.0.1:9000/sub/">' in page


@pytest.mark.parametrize(
    ("template", "text", "line", "message"),
    [
        (
            "404.html",
            "{% extends 'base.html' %}\n{% block main %}\n{{ no_such_value }}{% endblock %}",
            3,
            "'no_such_value' is undefined (rendering 404.html)",
        ),
        (
            "404.html",
            "{% extends 'base.html' %}{% block main %}{{ x }",
            1,
            "unexpected '}' (rendering 404.html)",
        ),
        (
            "feed_entry.html",
            "\n{{ item.nope.x }}",
            2,
            "has no attribute 'nope' (rendering the feeds of the site)",
        ),
    ],
)
def test_a_broken_theme_template_is_reported_at_its_line(
    project: Project, template: str, text: str, line: int, message: str
) -> None:
    project.build()
    before = {p: p.read_bytes() for p in sorted(project.output.rglob("*")) if p.is_file()}
    project.write(f"themes/default/templates/{template}", text)
    with pytest.raises(DigestError) as caught:
        project.build()
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.field) == (
        project.root / "themes/default/templates" / template,
        line,
        "template",
    )
    assert message in problem.message
    assert {p: p.read_bytes() for p in sorted(project.output.rglob("*")) if p.is_file()} == before
