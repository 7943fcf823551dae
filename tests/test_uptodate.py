"""`digest build` stops early when nothing it reads changed and output/ is as it left it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import digest.build
from digest.cli import main
from digest.incremental import uptodate
from tests.conftest import Project


def age(root: Path, seconds: float = 3600) -> None:
    """Date every file back, as if written an hour ago: a build trusts no file changed
    within two seconds of it (a second change in the same timestamp tick would hide)."""
    past = time.time() - seconds
    for path in [root, *root.rglob("*")]:
        os.utime(path, (past, past), follow_symlinks=False)


def run(project: Project, *extra: str) -> Result:
    result = CliRunner().invoke(
        main, ["build", "--config", str(project.config_path), "--today", "2025-11-25", *extra]
    )
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    original = digest.build.build

    def counting(*args: object, **kwargs: object) -> object:
        builds.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(digest.build, "build", counting)
    return builds


def test_a_build_with_nothing_changed_stops_early(project: Project, counted: list[int]) -> None:
    age(project.root / "content")
    first = run(project)
    second = run(project)
    assert len(counted) == 1
    assert "Up to date: nothing changed since the last build" in second.output
    # The rest of the report is the last build's: counts, held-back notes, warnings.
    assert first.output.splitlines()[-3:] == second.output.splitlines()[-3:]


@pytest.mark.parametrize(
    "change",
    [
        "content edited",
        "content touched",
        "file added",
        "file added in a new folder",
        "output edited",
        "output deleted",
        "output rebuilt without the cache",
        "other day",
    ],
)
def test_any_change_means_a_real_build(project: Project, counted: list[int], change: str) -> None:
    age(project.root / "content")
    run(project)
    note = project.root / "content/notes/2025-11-19.yaml"
    extra: tuple[str, ...] = ()
    if change == "content edited":
        note.write_text(note.read_text(encoding="utf-8").replace("Three new routes.", "Three routes."))
    elif change == "content touched":
        os.utime(note)
    elif change == "file added":
        project.write("content/articles/second.txt", "date 2025-11-19 Second story\nBody.\n")
    elif change == "file added in a new folder":
        project.write("content/articles/more/second.txt", "date 2025-11-19 Second story\nBody.\n")
    elif change == "output rebuilt without the cache":  # the same files, written anew
        run(project, "--no-cache")
        counted.pop()
    elif change == "output edited":
        (project.output / "index.html").write_text("changed by hand", encoding="utf-8")
    elif change == "output deleted":
        (project.output / "index.html").unlink()
    else:
        extra = ("--today", "2025-11-26")
    # Not aged again: a new modification time would itself tell the builds apart.
    result = run(project, *extra)
    assert len(counted) == 2, result.output
    assert "Up to date" not in result.output


def test_no_cache_always_builds(project: Project, counted: list[int]) -> None:
    age(project.root / "content")
    run(project)
    run(project, "--no-cache")
    assert len(counted) == 2


def test_a_file_changed_right_before_the_build_is_trusted_by_its_content(
    project: Project, counted: list[int]
) -> None:
    # The content was written moments ago: its stamps alone cannot be trusted, its hashes can.
    run(project)
    second = run(project)
    assert len(counted) == 1
    assert "Up to date" in second.output


def test_a_new_file_written_again_within_its_timestamp_tick_means_a_real_build(
    project: Project, counted: list[int]
) -> None:
    note = project.root / "content/notes/2025-11-19.yaml"
    run(project)
    # A second write the file system dates the same as the first: same size, same
    # modification time, same inode; only the content tells it apart.
    before = note.stat()
    text = note.read_text(encoding="utf-8")
    assert "Three new routes." in text
    note.write_text(text.replace("Three new routes.", "Three old routes."), encoding="utf-8")
    os.utime(note, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (note.stat().st_size, note.stat().st_mtime_ns, note.stat().st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    result = run(project)
    assert len(counted) == 2, result.output
    assert "Three old routes." in (project.output / "index.html").read_text(encoding="utf-8")


def test_too_many_new_files_to_hash_mean_a_real_build(
    project: Project, counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(uptodate, "RACY_FILES", 0)
    run(project)
    run(project)
    assert len(counted) == 2
    age(project.root / "content")
    run(project)
    assert "Up to date" in run(project).output
    assert len(counted) == 3
