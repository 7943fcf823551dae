"""Issue 19, item 2: a wrong `--out` or `output_dir` never deletes or moves anyone's files.

A build replaces its output folder whole, so only a folder that is absent, empty or
digest's own may be one; the project, its content, themes and cache folders (and any
folder holding them) never are. Builds without a cache each stage in a folder of their
own, so two at once both succeed.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from digest.cli import main
from digest.routes import MARKER
from tests.conftest import SAMPLE_TODAY, Project


def run(project: Project, *args: str) -> Result:
    return CliRunner().invoke(
        main, ["build", "-q", "--config", str(project.config_path), "--today", str(SAMPLE_TODAY), *args]
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` but the build's own output and cache, with its hash."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.relative_to(folder).parts[0].startswith((".digest-cache", "output"))
    }


def one_line_refusal(result: Result, expected: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2, lines  # the problem, then "Build failed: 1 problem; ..."
    assert expected in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        (".", "the project folder"),
        ("..", "the project folder"),
        ("content", "the content folder"),
        ("content/articles", "inside the content folder"),
        ("themes", "the themes folder"),
        (".digest-cache", "the cache folder"),
        (".digest-cache/spare", "inside the cache folder"),
    ],
)
@pytest.mark.parametrize("cache", [True, False], ids=["cache", "no-cache"])
def test_out_never_names_the_project_or_its_folders(
    sample_copy, out: str, expected: str, cache: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = sample_copy()
    project.build()  # a cache and an output exist, as in real use
    before = snapshot(project.root.parent)
    monkeypatch.chdir(project.root)
    result = run(project, "--out", out, *([] if cache else ["--no-cache"]))
    one_line_refusal(result, expected)
    assert snapshot(project.root.parent) == before


@pytest.mark.parametrize("output_dir", [".", "content", "themes", "..", ".digest-cache"])
def test_output_dir_in_the_config_follows_the_same_rule(sample_copy, output_dir: str) -> None:
    project = sample_copy()
    project.config_path.write_text(
        project.config_path.read_text(encoding="utf-8") + f'\noutput_dir: "{output_dir}"\n', encoding="utf-8"
    )
    before = snapshot(project.root.parent)
    result = run(project, "--no-cache")
    one_line_refusal(result, "refusing to write the site")
    assert snapshot(project.root.parent) == before


def test_a_folder_of_someone_elses_files_is_refused_and_left_alone(project: Project, tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    (theirs / "notes").mkdir(parents=True)
    (theirs / "notes" / "plan.txt").write_text("mine", encoding="utf-8")
    for args in ([], ["--no-cache"]):
        result = run(project, "--out", str(theirs), *args)
        one_line_refusal(result, "did not write")
        assert sorted(p.relative_to(theirs).as_posix() for p in theirs.rglob("*")) == [
            "notes",
            "notes/plan.txt",
        ]
    cache = project.root / ".digest-cache"
    assert not any("plan.txt" in p.name for p in cache.rglob("*")) if cache.exists() else True


def test_an_empty_folder_a_new_one_and_digests_own_are_accepted(project: Project, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for target in (empty, tmp_path / "new" / "site"):
        assert run(project, "--out", str(target)).exit_code == 0
        assert (target / MARKER).is_file() and (target / "index.html").is_file()
        (target / "index.html").write_text("edited by hand", encoding="utf-8")
        result = run(project, "--out", str(target), "--no-cache")  # now digest's own
        assert result.exit_code == 0, result.output
        assert "edited by hand" not in (target / "index.html").read_text(encoding="utf-8")


def test_an_output_built_before_the_marker_existed_is_known_by_the_cache(project: Project) -> None:
    """A site built by an earlier digest has no marker, but the cache's manifest names it."""
    assert run(project).exit_code == 0
    (project.output / MARKER).unlink()
    assert run(project).exit_code == 0
    (project.output / MARKER).unlink()
    one_line_refusal(run(project, "--no-cache"), "did not write")  # without a cache, nothing vouches for it


def test_an_output_that_is_a_file_is_refused(project: Project) -> None:
    project.write("output", "a file")
    one_line_refusal(run(project), "this is a file")
    assert project.output.read_text(encoding="utf-8") == "a file"


def test_a_cache_that_is_a_file_is_a_one_line_error(project: Project) -> None:
    project.write(".digest-cache", "a file")
    one_line_refusal(run(project), "the cache must be a folder")
    assert not project.output.exists()


def test_two_builds_without_a_cache_at_once_both_succeed(sample_copy, tmp_path: Path) -> None:
    project = sample_copy()
    command = [sys.executable, "-m", "digest", "build", "-q", "--no-cache", "--today", str(SAMPLE_TODAY)]
    for attempt in range(2):  # with no output yet, then replacing one
        builds = [
            subprocess.Popen(command, cwd=project.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(3)
        ]
        for process in builds:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, (attempt, err.decode())
        assert sorted(p.name for p in project.root.iterdir() if p.name.startswith(".digest")) == []
    cold = tmp_path / "cold"
    assert run(project, "--no-cache", "--out", str(cold)).exit_code == 0
    files = {p.relative_to(cold).as_posix(): p.read_bytes() for p in cold.rglob("*") if p.is_file()}
    assert {
        p.relative_to(project.output).as_posix(): p.read_bytes()
        for p in project.output.rglob("*")
        if p.is_file()
    } == files
