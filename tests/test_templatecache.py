"""Compiled templates are kept in the cache folder and reused, never trusted stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest
from jinja2.bccache import bc_magic

from digest.build import build
from digest.incremental.machinekey import key_path, machine_key
from digest.incremental.templates import BAD_SIGNATURE, FOLDER, folder_name
from tests.conftest import CACHE_DIR, SAMPLE_TODAY, Project
from tests.test_incremental import edit_note


def entries_folder(project: Project) -> Path:
    """Where a build of `project` keeps its compiled templates."""
    cache = project.root / CACHE_DIR
    key = machine_key(cache)
    assert key is not None
    return cache / FOLDER / folder_name(key)


THEME_TEMPLATES = {
    path.name for path in (Path(__file__).parent.parent / "themes/default/templates").iterdir()
}


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the theme's templates Jinja compiles from source, in order."""
    names: list[str] = []
    original = jinja2.Environment.compile

    def spy(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any, **kw: Any) -> Any:
        if name in THEME_TEMPLATES:
            names.append(name)
        return original(self, source, name, *args, **kw)

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    return names


def test_a_rebuild_loads_templates_compiled_by_the_last_build(
    sample_copy: Callable[[], Project], compiled: list[str]
) -> None:
    project = sample_copy()
    project.build()
    assert "article.html" in compiled and "base.html" in compiled
    folder = entries_folder(project)
    assert len(list(folder.iterdir())) == len(set(compiled))
    compiled.clear()
    edit_note(project)
    project.build()
    assert compiled == []
    assert "(edited)" in project.read("editions/2025-11-20/index.html")


def test_an_edited_template_is_compiled_again_and_used(
    sample_copy: Callable[[], Project], compiled: list[str]
) -> None:
    project = sample_copy()
    project.build()
    compiled.clear()
    project.write(
        "themes/default/templates/404.html",
        "{% extends 'base.html' %}{% block main %}Lost here{% endblock %}\n",
    )
    project.build()
    assert compiled == ["404.html"]
    assert "Lost here" in project.read("404.html")


def test_no_cache_means_no_compiled_templates_kept(sample_copy: Callable[[], Project]) -> None:
    project = sample_copy()
    build(project.config(), today=SAMPLE_TODAY, cache=False)
    assert not (project.root / CACHE_DIR / FOLDER).exists()


def test_templates_compiled_under_another_key_are_deleted(sample_copy: Callable[[], Project]) -> None:
    project = sample_copy()
    old = project.root / CACHE_DIR / FOLDER / "an-older-digest"
    old.mkdir(parents=True)
    (old / "__jinja2_x.cache").write_bytes(b"old")
    project.build()
    assert [p.name for p in (project.root / CACHE_DIR / FOLDER).iterdir()] == [entries_folder(project).name]


def test_an_unreadable_compiled_template_is_compiled_again(
    sample_copy: Callable[[], Project], compiled: list[str]
) -> None:
    project = sample_copy()
    project.build()
    cold = project.read("404.html")
    # One entry of another format, the others with Jinja's header and a damaged checksum.
    entries = sorted((entries_folder(project)).iterdir())
    entries[0].write_bytes(b"not bytecode")
    for entry in entries[1:]:
        entry.write_bytes(bc_magic + b"\x80\x05damaged")
    compiled.clear()
    (project.root / "output").rename(project.root / "old-output")
    (project.root / CACHE_DIR / "spare-output").rename(project.root / "old-spare")
    project.build()
    assert "404.html" in compiled
    assert project.read("404.html") == cold


def test_a_changed_byte_in_a_compiled_template_is_refused_and_compiled_again(
    sample_copy: Callable[[], Project], compiled: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    project = sample_copy()
    project.build()
    cold = project.read("404.html")
    folder = entries_folder(project)
    entry = sorted(folder.iterdir())[0]
    data = entry.read_bytes()
    entry.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # a bit of the code Jinja would run
    compiled.clear()
    capsys.readouterr()
    (project.root / "output").rename(project.root / "old-output")
    (project.root / CACHE_DIR / "spare-output").rename(project.root / "old-spare")
    project.build()
    assert capsys.readouterr().err == f"{entry}: {BAD_SIGNATURE}\n"
    assert len(compiled) == 1
    assert project.read("404.html") == cold


def test_templates_signed_with_another_key_are_compiled_again_without_a_word(
    sample_copy: Callable[[], Project],
    compiled: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A CI job: the cache is restored, the home folder (and the key in it) is new."""
    project = sample_copy()
    project.build()
    first = entries_folder(project)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "another-home"))
    assert entries_folder(project) != first
    compiled.clear()
    capsys.readouterr()
    edit_note(project)
    project.build()
    assert compiled and capsys.readouterr().err == ""
    assert [p.name for p in (project.root / CACHE_DIR / FOLDER).iterdir()] == [entries_folder(project).name]
    assert key_path().stat().st_mode & 0o777 == 0o600  # type: ignore[union-attr]


def test_no_key_inside_the_cache_folder(
    sample_copy: Callable[[], Project], compiled: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever can write the cache could read a key kept there: then there is none, and
    templates are compiled by every build."""
    project = sample_copy()
    monkeypatch.setenv("XDG_STATE_HOME", str(project.root / CACHE_DIR / "state"))
    project.build()
    assert compiled
    compiled.clear()
    edit_note(project)
    project.build()
    assert compiled
    assert not (project.root / CACHE_DIR / FOLDER).exists()
    assert not (project.root / CACHE_DIR / "state").exists()
