"""Nothing in `.digest-cache/` runs code: a planted file in any store is refused with a
one-line warning naming it, and `build`, `check` and `serve` go on as if it were absent.

Every store a command reads gets a file that, loaded as the cache used to be (plain
`pickle.load`, Jinja's bytecode cache), would create a marker file; the marker must never
appear, and the build's output must equal a cold build's.
"""

from __future__ import annotations

import json
import marshal
import os
import pickle
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner, Result
from jinja2.bccache import bc_magic

from digest.cli import main
from digest.render.theme import Theme
from tests.conftest import CACHE_DIR, SAMPLE_TODAY, Project
from tests.hostile_pickles import payloads
from tests.test_incremental import assert_same_as_cold, edit_note
from tests.test_serve import free_port, get, serve_command, wait_for

# --- planting a file in each store -------------------------------------------------

Plant = Callable[[Project, Path], list[Path]]


def _cache(project: Project) -> Path:
    return project.root / CACHE_DIR


def _replace_all(pattern: str, payload: str) -> Plant:
    """Every existing file of the store becomes the payload."""

    def plant(project: Project, marker: Path) -> list[Path]:
        files = sorted(_cache(project).glob(pattern))
        assert files, pattern
        for path in files:
            path.write_bytes(payloads(marker)[payload])
        return files

    return plant


def _after_header(pattern: str, payload: str) -> Plant:
    """Every content shard keeps its header, this build's key and all (the key can be
    worked out by anyone with the sources), and the entries become the payload."""

    def plant(project: Project, marker: Path) -> list[Path]:
        files = sorted(_cache(project).glob(pattern))
        assert files, pattern
        for path in files:
            with path.open("rb") as handle:
                header = pickle.load(handle)  # plain data, written by the build just now
            path.write_bytes(pickle.dumps(header) + payloads(marker)[payload])
        return files

    return plant


def _stamps_files(project: Project, marker: Path) -> list[Path]:
    """A stamps file beside every article shard, naming the shard's version."""
    planted = []
    for shard in sorted(_cache(project).glob("articles.[0-9][0-9].pickle")):
        with shard.open("rb") as handle:
            header = pickle.load(handle)
        stamps = shard.with_name(shard.name.removesuffix(".pickle") + ".stamps.pickle")
        stamps.write_bytes(pickle.dumps(header) + payloads(marker)["subprocess"])
        planted.append(stamps)
    return planted


def _compiled_templates(folder: str) -> Plant:
    """An entry for every template of the theme, in Jinja's format, with the right
    checksum of the template's source, whose code creates the marker when Jinja loads it."""

    def plant(project: Project, marker: Path) -> list[Path]:
        folders = sorted((_cache(project) / folder).iterdir())
        assert folders, f"no compiled templates in {folder}"
        environment = Theme(project.config()).environment
        naming = jinja2.FileSystemBytecodeCache()
        code = compile(f"open({str(marker)!r}, 'w').close()", "<planted>", "exec")
        planted = []
        for name in environment.list_templates():
            source, filename, _ = environment.loader.get_source(environment, name)  # type: ignore[union-attr]
            entry = bc_magic + pickle.dumps(naming.get_source_checksum(source), 2) + marshal.dumps(code)
            for where in folders:
                path = where / f"__jinja2_{naming.get_cache_key(name, filename)}.cache"
                path.write_bytes(entry)
                planted.append(path)
        return planted

    return plant


def _search_listing(folder: str) -> Plant:
    """Every stored search shard's listing names, besides its files, a file outside the
    store (with its true stat and hash, so that it looks unchanged)."""

    def plant(project: Project, marker: Path) -> list[Path]:
        secret = project.root.parent / "secret.txt"
        secret.write_text("not for publishing\n", encoding="utf-8")
        stat = secret.stat()
        from digest.hashing import hash_bytes

        record = [hash_bytes(secret.read_bytes()), stat.st_size, stat.st_mtime_ns, stat.st_ino]
        listings = sorted((_cache(project) / folder).glob("*/.digest-files.json"))
        assert listings, f"no search shards in {folder}"
        for listing in listings:
            depth = len(listing.relative_to(project.root.parent).parts) - 1
            files = json.loads(listing.read_text(encoding="utf-8"))
            files["../" * depth + "secret.txt"] = record
            listing.write_text(json.dumps(files), encoding="utf-8")
        return listings

    return plant


STORES: dict[str, Plant] = {
    "articles shard": _replace_all("articles.[0-9][0-9].pickle", "os.system"),
    "articles shard entries": _after_header("articles.[0-9][0-9].pickle", "builtins.eval"),
    "notes shard": _replace_all("notes.[0-9][0-9].pickle", "importlib+getattr"),
    "stamps file": _stamps_files,
    "last build": _replace_all("last-build.pickle", "os.system"),
    "output trees": _replace_all("trees-output.pickle", "subprocess"),
    "duplicates": _replace_all("duplicates.pickle", "builtins.eval"),
    "feed entries": _replace_all("feed-entries.pickle", "os.system"),
    "search listing": _search_listing("search"),
    "compiled templates": _compiled_templates("templates"),
}
# What each command reads (`serve` keeps its own tree, search shards and templates).
CHECKED = [
    "articles shard",
    "articles shard entries",
    "notes shard",
    "stamps file",
    "output trees",
    "duplicates",
]
SERVED: dict[str, Plant] = {
    "articles shard": STORES["articles shard"],
    "notes shard entries": _after_header("notes.[0-9][0-9].pickle", "os.system"),
    "search listing": _search_listing("serve/search"),
    "compiled templates": _compiled_templates("serve/templates"),
    "output trees": _replace_all("serve/trees-*.pickle", "subprocess"),
}


def warned(stderr: str, planted: list[Path], root: Path) -> None:
    """One line for each planted file, relative to the project: `path: refused: ...`."""
    lines = stderr.splitlines()
    for path in planted:
        shown = path.relative_to(root).as_posix()
        assert sum(line.startswith(f"{shown}: refused: ") for line in lines) == 1, (shown, stderr)
    assert "Traceback" not in stderr


def cli(project: Project, *args: str) -> Result:
    return CliRunner().invoke(
        main, [*args, "--config", str(project.config_path), "--today", str(SAMPLE_TODAY)]
    )


@pytest.fixture
def marker(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pwned"
    yield path
    assert not path.exists(), "a file of the cache ran code"


# --- build ---------------------------------------------------------------------------


@pytest.mark.parametrize("store", STORES)
def test_build_refuses_a_planted_file_and_equals_a_cold_build(
    sample_copy: Callable[[], Project], tmp_path: Path, marker: Path, store: str
) -> None:
    project = sample_copy()
    assert cli(project, "build").exit_code == 0
    planted = STORES[store](project, marker)
    # Something to build: a note edited (its pages, and so the templates, render again),
    # but for the search listing, whose month must come from the store as it is.
    if store == "search listing":
        (project.root / "content/notes/2025-11-20.yaml").touch()
    else:
        edit_note(project)
    result = cli(project, "build")
    assert result.exit_code == 0, result.output
    assert not marker.exists()
    warned(result.stderr, planted, project.root)
    assert_same_as_cold(project, tmp_path)
    published = [path.read_bytes() for path in project.output.rglob("*") if path.is_file()]
    assert not any(b"not for publishing" in data for data in published)
    # The refused files were replaced: the next build has nothing to report.
    edit_note(project)
    assert cli(project, "build").stderr == ""


# --- check ---------------------------------------------------------------------------


@pytest.mark.parametrize("store", CHECKED)
def test_check_refuses_a_planted_file(sample_copy: Callable[[], Project], marker: Path, store: str) -> None:
    project = sample_copy()
    assert cli(project, "build").exit_code == 0
    clean = cli(project, "check")
    planted = STORES[store](project, marker)
    result = cli(project, "check")
    assert not marker.exists()
    warned(result.stderr, planted, project.root)
    assert (result.exit_code, result.stdout) == (clean.exit_code, clean.stdout)


# --- serve ---------------------------------------------------------------------------


def _serve_once(project: Project, log: Path) -> str:
    """Start `digest serve`, wait for its first build to be served, stop it; the log."""
    port = free_port()
    with log.open("wb") as handle:
        process = subprocess.Popen(
            serve_command(project, port),
            stdout=subprocess.DEVNULL,
            stderr=handle,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        base = f"http://127.0.0.1:{port}{project.config().base_path}"
        wait_for(lambda: get(base).status == 200, "the first build to be served")
        assert "Seoul Tech" in get(base).body
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
    return log.read_text(encoding="utf-8")


@pytest.mark.parametrize("store", SERVED)
def test_serve_refuses_a_planted_file(
    sample_copy: Callable[[], Project], tmp_path: Path, marker: Path, store: str
) -> None:
    project = sample_copy()
    assert _serve_once(project, tmp_path / "first.log") == ""
    planted = SERVED[store](project, marker)
    log = _serve_once(project, tmp_path / "second.log")
    assert not marker.exists()
    warned(log, planted, project.root)


def test_a_search_listing_reaching_out_through_a_link_is_refused(tmp_path: Path) -> None:
    from digest.incremental import searchstore as search

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not for publishing\n", encoding="utf-8")
    shard = tmp_path / "store" / "key"
    shard.mkdir(parents=True)
    (shard / "fragment").symlink_to(outside, target_is_directory=True)
    with pytest.raises(search._Outside, match="through a link"):
        search._parse(shard, {"fragment/secret.txt": ["digest", 1, 2, 3]})
    # Without a listing the shard's files are taken as they are, but never through a link.
    (shard / "linked.txt").symlink_to(outside / "secret.txt")
    (shard / "own.txt").write_text("the shard's own\n", encoding="utf-8")
    store = search.SearchStore(tmp_path / "store")
    assert sorted(store.get("key")) == ["own.txt"]
