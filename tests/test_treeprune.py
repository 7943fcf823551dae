"""`treeprune`: strays go, and only folders whose mtime moved are listed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import digest.incremental.prune
from digest.incremental.prune import UNKNOWN, clone, folders_of, prune

ROUTES = ["index.html", "feed.xml", "articles/a/index.html", "articles/b/index.html", "tags/x/index.html"]


def make_tree(root: Path, routes: list[str]) -> None:
    for route in routes:
        (root / route).parent.mkdir(parents=True, exist_ok=True)
        (root / route).write_text(route, encoding="utf-8")


def files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Folder mtimes read right after they changed count as racy; tests cannot wait."""
    monkeypatch.setattr(digest.incremental.prune, "RACY_NS", -1)


@pytest.fixture
def listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The folders `prune` lists."""
    paths: list[str] = []
    original = os.scandir

    def spy(path: object) -> object:
        if isinstance(path, str):  # shutil.rmtree lists by file descriptor
            paths.append(path)
        return original(path)  # type: ignore[call-overload]

    monkeypatch.setattr(digest.incremental.prune.os, "scandir", spy)
    yield paths


def test_folders_of_includes_every_ancestor_and_the_root() -> None:
    assert folders_of(["a/b/c/index.html", "x.html"]) == {"", "a", "a/b", "a/b/c"}


def test_first_prune_lists_every_folder_and_removes_strays(tmp_path: Path, listed: list[str]) -> None:
    make_tree(tmp_path, [*ROUTES, "stray.html", "articles/a/.index.html.digest-tmp", "old/page/index.html"])
    os.symlink("/etc", tmp_path / "articles" / "link")
    stamps = prune(str(tmp_path), set(ROUTES), {})
    assert files(tmp_path) == sorted(ROUTES)
    assert not (tmp_path / "old").exists() and not (tmp_path / "articles" / "link").exists()
    assert set(stamps) == folders_of(ROUTES)
    assert len(listed) == len(folders_of(ROUTES))


def test_unchanged_folders_are_not_listed_again(
    tmp_path: Path, listed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(monkeypatch)
    make_tree(tmp_path, ROUTES)
    stamps = prune(str(tmp_path), set(ROUTES), {})
    listed.clear()
    (tmp_path / "articles" / "b" / "stray.html").write_text("by hand", encoding="utf-8")
    (tmp_path / "tags" / "x" / "more").mkdir()
    (tmp_path / "tags" / "x" / "more" / "deep.html").write_text("by hand", encoding="utf-8")
    prune(str(tmp_path), set(ROUTES), stamps)
    assert files(tmp_path) == sorted(ROUTES)
    # The root always; then only the two folders something was added to.
    assert sorted(Path(p).relative_to(tmp_path).as_posix() for p in listed) == [".", "articles/b", "tags/x"]


def test_a_racy_folder_is_listed_next_time(tmp_path: Path) -> None:
    make_tree(tmp_path, ROUTES)
    stamps = prune(str(tmp_path), set(ROUTES), {})
    assert stamps["articles/a"] == UNKNOWN  # written just now


def test_folders_no_route_needs_go_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settled(monkeypatch)
    make_tree(tmp_path, ROUTES)
    stamps = prune(str(tmp_path), set(ROUTES), {})
    fewer = [route for route in ROUTES if not route.startswith("articles/")]
    prune(str(tmp_path), set(fewer), stamps)
    assert files(tmp_path) == sorted(fewer)
    assert not (tmp_path / "articles").exists()


def test_clone_shares_every_file_by_hard_link(tmp_path: Path) -> None:
    make_tree(tmp_path / "a", ROUTES)
    stamps = clone(str(tmp_path / "a"), str(tmp_path / "b"), ROUTES)
    assert files(tmp_path / "b") == sorted(ROUTES)
    assert all((tmp_path / "a" / r).stat().st_ino == (tmp_path / "b" / r).stat().st_ino for r in ROUTES)
    assert set(stamps) == folders_of(ROUTES)


def test_a_route_the_tree_held_goes_though_its_folder_did_not_move(
    tmp_path: Path, listed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search fragment of a withdrawn article: nothing else in its folder changed, so the
    folder is not listed; the manifest's own record of the file is what removes it."""
    settled(monkeypatch)
    make_tree(tmp_path, ROUTES)
    stamps = prune(str(tmp_path), set(ROUTES), {})
    listed.clear()
    fewer = [route for route in ROUTES if route != "articles/b/index.html"] + ["articles/b/other.html"]
    make_tree(tmp_path, ["articles/b/other.html"])
    os.utime(tmp_path / "articles" / "b", ns=(stamps["articles/b"], stamps["articles/b"]))
    prune(str(tmp_path), set(fewer), stamps, held=ROUTES)
    assert files(tmp_path) == sorted(fewer)
