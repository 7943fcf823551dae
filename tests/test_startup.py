"""A small rebuild's start-up: what a rebuild does not need is not imported.

Each import is paid by every build; these run a rebuild in a fresh interpreter (the test
process has imported everything already) and look at what it loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest.incremental.swap import exchange
from tests.conftest import SAMPLE_TODAY, Project

_REBUILD = """
import datetime, json, sys
from pathlib import Path
from digest.build import build
from digest.config import load_config
build(load_config(Path(sys.argv[1])), today=datetime.date.fromisoformat(sys.argv[2]))
print(json.dumps(sorted(sys.modules)))
"""


def _modules_of_a_rebuild(project: Project) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _REBUILD, str(project.config_path), SAMPLE_TODAY.isoformat()],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_a_note_edit_does_not_load_the_article_readers(project: Project) -> None:
    project.build()
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(notes.read_text().replace("Three new routes.", "Three new night routes."))
    modules = _modules_of_a_rebuild(project)
    assert "Three new night routes." in project.read("index.html")
    # The article comes from the content store: none of the readers is needed.
    assert not modules & {
        "digest.content.readers.rawtext",
        "digest.content.readers.html_page",
        "digest.content.readers.chrome",
    }


def test_an_article_edit_loads_its_reader(project: Project) -> None:
    project.build()
    article = project.root / "content/articles/night-buses.txt"
    article.write_text(article.read_text().replace("three new", "four new"))
    modules = _modules_of_a_rebuild(project)
    assert "digest.content.readers.rawtext" in modules
    assert "four new night bus routes" in project.read("articles/night-buses/index.html")


def test_start_up_leaves_what_comes_after_pagefind_starts() -> None:
    """Feeds (feedgen, xml.sax and the urllib/ssl it pulls in) and the OPML file are made
    while Pagefind indexes; the binary is found without `pagefind.service` (asyncio)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, digest.build, digest.cli; from digest.search.pagefind import executable; "
            "executable(); print(json.dumps(sorted(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PAGEFIND_BINARY_PATH"},
    )
    modules = set(json.loads(done.stdout))
    assert not modules & {"feedgen", "xml.sax.saxutils", "pagefind.service", "asyncio"}


def test_a_note_edit_forks_no_pool_and_imports_no_multiprocessing(project: Project) -> None:
    """A small rebuild produces a few dozen files in its own process: multiprocessing (and
    the socket and pickling modules it brings, 15 ms) is imported only to fork a pool."""
    project.build()
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(notes.read_text().replace("Three new routes.", "Three new late routes."))
    modules = _modules_of_a_rebuild(project)
    assert "Three new late routes." in project.read("index.html")
    assert "multiprocessing" not in modules


def test_the_markdown_converter_is_made_without_looking_up_entry_points() -> None:
    """Python-Markdown finds an extension given by name among every installed
    distribution's entry points (importlib.metadata, 40 ms); digest gives it the classes."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys; from digest.content.markup import render_markdown; "
            "html = render_markdown('| a |\\n| - |\\n| 1 |\\n\\n\"Quoted\" -- text'); "
            "print(json.dumps([html, 'importlib.metadata' in sys.modules]))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ,
    )
    html, looked_up = json.loads(done.stdout)
    assert "<table>" in html and "\u201cQuoted\u201d \u2013 text" in html  # tables and smarty at work
    assert not looked_up


def test_the_swap_runs_no_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`ctypes.util.find_library` ran `ldconfig -p` at every build's swap."""

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one").write_text("a")
    (tmp_path / "b").mkdir()
    if exchange(tmp_path / "a", tmp_path / "b"):
        assert (tmp_path / "b" / "one").read_text() == "a"
        assert not (tmp_path / "a" / "one").exists()
    else:  # not Linux: no renameat2
        assert sys.platform != "linux"
