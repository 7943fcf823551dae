"""Search shards: one Pagefind bundle per shard, cached by key, rebuilt only when changed."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

import pytest

from digest.errors import DigestError
from digest.incremental import searchstore
from digest.incremental.searchstore import SearchStore, search_store
from digest.render.outputs import Output
from digest.render.plan import edition_part, search_shards
from digest.routes import Router
from digest.search import index as search
from digest.search import pagefind as pagefind_run
from digest.search.index import OTHER_SHARD, SearchIndex, SearchPage, search_outputs, shard_key
from tests.conftest import Project
from tests.test_incremental import assert_same_as_cold, warmed


def page_html(title: str, text: str, lang: str = "en", marked: bool = True) -> bytes:
    attribute = " data-pagefind-body" if marked else ""
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body>'
        f"<main{attribute}><h1>{title}</h1><p>{text}</p></main></body></html>"
    ).encode()


class Site:
    """Pages whose html() calls are counted, like the renderer producing them on demand."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.rendered: list[str] = []

    def add(self, slug: str, shard: str, html: bytes) -> None:
        self.pages[f"articles/{slug}/index.html"] = (shard, html)

    def search_pages(self) -> list[SearchPage]:
        return [
            SearchPage(route, shard, fingerprint=str(hash(html)), html=self._reader(route, html))
            for route, (shard, html) in self.pages.items()
        ]

    def _reader(self, route: str, html: bytes) -> Callable[[], bytes]:
        def read() -> bytes:
            self.rendered.append(route)
            return html

        return read


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The URLs of each Pagefind run (the hook: the real run, recorded)."""
    calls: list[list[str]] = []
    lock = threading.Lock()
    real = pagefind_run.index

    def counted(pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
        pages = list(pages)
        with lock:
            calls.append([url for url, _ in pages])
        return real(pages)

    monkeypatch.setattr(pagefind_run, "index", counted)
    return calls


@pytest.fixture
def router(project: Project) -> Router:
    return Router(project.config())


def three_months() -> Site:
    site = Site()
    site.add("oct-chips", "2025-10", page_html("October chips", "wafer exports climbed"))
    site.add("oct-rain", "2025-10", page_html("October rain", "monsoon flooding"))
    site.add("nov-visa", "2025-11", page_html("November visa", "startup talent visa"))
    site.add("nov-hbm", "2025-11", page_html("HBM 라인", "반도체 후공정 투자", lang="ko"))
    site.add("dec-library", "2025-12", page_html("December library", "night hours extended"))
    site.add("dec-unmarked", "2025-12", page_html("Unmarked", "never indexed", marked=False))
    return site


def files_of(outputs: list[Output]) -> dict[str, bytes]:
    return {output.route: output.produce() for output in outputs}


def test_each_shard_is_a_bundle_listed_newest_first_with_the_runtime_once(router, runs) -> None:
    site = three_months()
    site.add("about", OTHER_SHARD, page_html("About", "who we are"))
    files = files_of(search_outputs(site.search_pages(), router, None))
    listing = json.loads(files["pagefind/shards.json"])
    assert [s["name"] for s in listing["shards"]] == ["2025-12", "2025-11", "2025-10", OTHER_SHARD]
    assert listing["primary"] == "2025-12"
    by_name = {s["name"]: s["languages"] for s in listing["shards"]}
    assert by_name["2025-11"] == {"en": 1, "ko": 1}
    assert by_name["2025-12"] == {"en": 1}, "the unmarked page is not indexed"
    for name in by_name:
        entry = json.loads(files[f"pagefind/{name}/pagefind-entry.json"])
        assert {lang: e["page_count"] for lang, e in entry["languages"].items()} == by_name[name]
    # Pagefind's script, worker and WebAssembly ship once, in the primary shard, with every
    # language's WebAssembly any shard needs.
    runtime = sorted(r for r in files if r.endswith(("pagefind.js", "pagefind-worker.js", ".pagefind")))
    assert runtime == [
        "pagefind/2025-12/pagefind-worker.js",
        "pagefind/2025-12/pagefind.js",
        "pagefind/2025-12/wasm.en.pagefind",
        "pagefind/2025-12/wasm.unknown.pagefind",
    ]
    assert not [r for r in files if "pagefind-ui" in r or "modular-ui" in r]
    assert sorted(len(urls) for urls in runs) == [1, 1, 2, 2]  # one Pagefind run per shard


def test_unchanged_shards_are_reused_from_the_cache_without_pagefind(router, runs, tmp_path: Path) -> None:
    site = three_months()
    first = search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    assert len(runs) == 3 and len(site.rendered) == 6
    stored = sorted(p.name for p in (tmp_path / "search").iterdir())
    assert len(stored) == 3 and not [name for name in stored if name.startswith(".")]
    runs.clear()
    site.rendered.clear()
    again = search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    assert runs == [] and site.rendered == [], "no Pagefind run, no page rendered"
    assert [(o.route, o.inputs) for o in again] == [(o.route, o.inputs) for o in first]
    assert files_of(again) == files_of(first)


def test_a_changed_page_rebuilds_only_its_shard(router, runs, tmp_path: Path) -> None:
    site = three_months()
    before = search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    runs.clear()
    site.rendered.clear()
    site.add("oct-rain", "2025-10", page_html("October rain", "typhoon flooding"))
    after = search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    assert runs == [["/articles/oct-chips/", "/articles/oct-rain/"]]
    assert sorted(site.rendered) == ["articles/oct-chips/index.html", "articles/oct-rain/index.html"]
    old = {o.route: o.inputs for o in before}
    new = {o.route: o.inputs for o in after}
    changed = {route for route in old.keys() | new.keys() if old.get(route) != new.get(route)}
    assert changed, "the October shard's files changed"
    assert all(route.startswith("pagefind/2025-10/") or route == "pagefind/shards.json" for route in changed)
    # The October shard's old files are gone from the cache; the new ones are read from it.
    assert len(list((tmp_path / "search").iterdir())) == 3
    assert files_of(after) == files_of(search_outputs(site.search_pages(), router, None))


def test_shard_key_covers_pages_and_fingerprints_not_their_order() -> None:
    site = three_months()
    october = [p for p in site.search_pages() if p.shard == "2025-10"]
    assert shard_key(october) == shard_key(list(reversed(october)))
    changed = [october[0], SearchPage(october[1].route, october[1].shard, "other", october[1].html)]
    assert shard_key(changed) != shard_key(october)
    assert shard_key(october[:1]) != shard_key(october)


def test_output_is_byte_identical_whatever_the_page_order(router) -> None:
    pages = three_months().search_pages()
    first = search_outputs(pages, router, None)
    second = search_outputs(list(reversed(pages)), router, None)
    assert [(o.route, o.inputs) for o in first] == [(o.route, o.inputs) for o in second]
    assert files_of(first) == files_of(second)


def test_a_shard_without_marked_pages_is_left_out(router, tmp_path: Path) -> None:
    site = Site()
    site.add("plain", "2025-09", page_html("Plain", "text", marked=False))
    site.add("marked", "2025-10", page_html("Marked", "text"))
    for cache in (None, tmp_path, tmp_path):  # built, then read back from the cache
        files = files_of(search_outputs(site.search_pages(), router, search_store(cache)))
        assert [s["name"] for s in json.loads(files["pagefind/shards.json"])["shards"]] == ["2025-10"]
        assert not [route for route in files if route.startswith("pagefind/2025-09/")]


def test_no_pages_gives_an_empty_list(router) -> None:
    files = files_of(search_outputs([], router, None))
    assert json.loads(files["pagefind/shards.json"]) == {"primary": None, "shards": []}


def test_a_shard_name_must_be_a_plain_folder_name(router) -> None:
    bad = SearchPage("articles/x/index.html", "../x", "f", lambda: b"")
    with pytest.raises(ValueError, match="search shard"):
        search_outputs([bad], router, None)


def test_a_pagefind_that_stops_is_reported_with_its_message(monkeypatch, tmp_path: Path) -> None:
    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'boom: no index today' >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pagefind_run, "executable", lambda: fake)
    with pytest.raises(DigestError, match=r"pagefind stopped \(exit 3\): boom: no index today"):
        pagefind_run.index([("/a/", page_html("A", "text").decode())])


class _SentPages:
    """Stands in for the service's stdin: records the URL of each page once it is flushed."""

    def __init__(self, stdin: IO[bytes]) -> None:
        self.stdin = stdin
        self.pending: list[bytes] = []
        self.flushed: list[str] = []

    def write(self, data: bytes) -> int:
        self.pending.append(data)
        return self.stdin.write(data)

    def flush(self) -> None:
        self.stdin.flush()
        for message in b"".join(self.pending).split(b","):
            if message:
                payload = json.loads(base64.b64decode(message))["payload"]
                if payload["type"] == "AddFile":
                    self.flushed.append(payload["url"])
        self.pending = []

    def close(self) -> None:
        self.stdin.close()


def test_pages_are_read_as_pagefind_takes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page goes to Pagefind as soon as it is read: the ones before it are with
    Pagefind already when the next is read."""
    sent: list[_SentPages] = []
    real_popen = subprocess.Popen

    def recorded(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        process = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        sent.append(_SentPages(process.stdin))
        process.stdin = sent[-1]
        return process

    monkeypatch.setattr(pagefind_run.subprocess, "Popen", recorded)
    with_pagefind: list[list[str]] = []

    def pages() -> Iterable[tuple[str, str]]:
        for slug in ("a", "b", "c"):
            with_pagefind.append(list(sent[0].flushed) if sent else ["(not started)"])
            yield f"/{slug}/", page_html(slug.upper(), f"text {slug}").decode()

    files = pagefind_run.index(pages())
    assert with_pagefind == [[], ["/a/"], ["/a/", "/b/"]]
    entry = json.loads(files["pagefind-entry.json"])
    assert entry["languages"]["en"]["page_count"] == 3


def test_a_page_that_cannot_be_read_stops_the_run_with_its_error() -> None:
    def pages() -> Iterable[tuple[str, str]]:
        yield "/a/", page_html("A", "text").decode()
        raise OSError("articles/b/index.html: no such file")

    before = set(threading.enumerate())
    with pytest.raises(OSError, match=r"articles/b/index\.html"):
        pagefind_run.index(pages())
    assert set(threading.enumerate()) - before == set(), "the feeding thread ends with the run"


def test_stored_shards_are_listed_once_and_while_pagefind_runs(
    router, runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After one edit, the other months' bundles are listed while Pagefind indexes the
    edited one, and each stored listing is read once (storing the new bundle, which
    links the files it shares with stored ones, reads them too)."""
    site = three_months()
    search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    site.add("oct-rain", "2025-10", page_html("October rain", "typhoon flooding"))
    done, listed_two = threading.Event(), threading.Event()
    real_index, real_get, real_listing = pagefind_run.index, SearchStore.get, searchstore._listing

    def held(pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
        assert listed_two.wait(30), "the two unchanged months are listed meanwhile"
        try:
            return real_index(pages)
        finally:
            done.set()

    gets: list[tuple[str, bool]] = []
    keys = {}

    def get(store: SearchStore, key: str) -> search.Bundle:
        gets.append((keys[key], done.is_set()))
        if len(gets) == 2:
            listed_two.set()
        return real_get(store, key)

    read: list[str] = []

    def listing(shard: Path) -> dict[str, object]:
        read.append(shard.name)
        return real_listing(shard)

    monkeypatch.setattr(pagefind_run, "index", held)
    monkeypatch.setattr(SearchStore, "get", get)
    monkeypatch.setattr(searchstore, "_listing", listing)
    pages = site.search_pages()
    with SearchIndex(router, SearchStore(tmp_path / "search")) as index:
        index.add(pages, early=True)
        keys.update({key: name for name, key in index.keys.items()})
        outputs = files_of(index.outputs())
    monkeypatch.undo()
    assert gets == [("2025-11", False), ("2025-12", False), ("2025-10", True)]
    assert sorted(read) == sorted(set(read)), "no listing is read twice"
    assert outputs == files_of(search_outputs(site.search_pages(), router, None))


def test_a_shard_stored_by_another_build_meanwhile_is_read_by_its_listing(tmp_path: Path) -> None:
    """A store reads the listings once; a shard stored after that (by another process)
    is still found by its listing, so the output tree can link its files."""
    first, other = SearchStore(tmp_path / "search"), SearchStore(tmp_path / "search")
    first.put("k1", {"a.txt": b"one"})
    assert first.get("k1")["a.txt"].read() == b"one"  # the listings are read here
    other.put("k2", {"b.txt": b"two"})
    stored = first.get("k2")["b.txt"]
    assert stored.source is not None and stored.source.path == str(tmp_path / "search" / "k2" / "b.txt")
    assert stored.read() == b"two"


def test_one_missing_shard_is_indexed_early_while_the_caller_goes_on(
    router, runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = three_months()
    search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    site.add("oct-rain", "2025-10", page_html("October rain", "typhoon flooding"))
    runs.clear()
    gate = threading.Event()
    real = pagefind_run.index

    def held(pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
        gate.set()  # Pagefind has started
        return real(pages)

    monkeypatch.setattr(pagefind_run, "index", held)
    pages = site.search_pages()
    with SearchIndex(router, SearchStore(tmp_path / "search")) as index:
        index.add([p for p in pages if p.shard != OTHER_SHARD], early=True)
        assert gate.wait(30), "the one changed shard is built without waiting for outputs()"
        index.add([p for p in pages if p.shard == OTHER_SHARD])
        early = files_of(index.outputs())
    assert runs == [["/articles/oct-chips/", "/articles/oct-rain/"]]
    assert early == files_of(search_outputs(site.search_pages(), router, None))


def test_with_several_missing_shards_nothing_starts_before_outputs(router, runs, tmp_path: Path) -> None:
    site = three_months()
    with SearchIndex(router, SearchStore(tmp_path / "search")) as index:
        index.add(site.search_pages(), early=True)
        assert not index.building, "a cold build renders on both cores first"
        assert runs == [] and site.rendered == []
        outputs = index.outputs()
    assert sorted(len(urls) for urls in runs) == [1, 2, 2]
    assert files_of(outputs) == files_of(search_outputs(site.search_pages(), router, None))


def test_a_shard_cannot_come_in_two_parts(router) -> None:
    october = [p for p in three_months().search_pages() if p.shard == "2025-10"]
    with SearchIndex(router, None) as index:
        index.add(october[:1])
        with pytest.raises(ValueError, match="two parts"):
            index.add(october[1:])


def test_a_shard_left_half_stored_by_a_dead_process_is_removed(router, tmp_path: Path) -> None:
    site = three_months()
    search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = tmp_path / "search" / f".{'0' * 64}.{ended.stdout.strip()}"
    ours = tmp_path / "search" / f".{'1' * 64}.{os.getpid()}"
    for folder in (dead, ours):
        (folder / "fragment").mkdir(parents=True)
    search_outputs(site.search_pages(), router, SearchStore(tmp_path / "search"))
    assert not dead.exists(), "its process is gone: nobody will finish it"
    assert ours.is_dir(), "this process may still be storing it"


def test_no_thread_is_left_once_the_outputs_are_made(router, runs, tmp_path: Path) -> None:
    """The build writes the index files right after: with a thread alive it could not
    fork workers for them (`parallel.can_fork`)."""
    site = three_months()
    before = threading.active_count()
    with SearchIndex(router, SearchStore(tmp_path / "search")) as index:
        index.add(site.search_pages())
        index.outputs()
        assert threading.active_count() == before
    site.add("oct-rain", "2025-10", page_html("October rain", "typhoon flooding"))
    with SearchIndex(router, SearchStore(tmp_path / "search")) as index:
        index.add(site.search_pages(), early=True)
        assert index.building, "one shard missing: started early"
        index.outputs()
        assert threading.active_count() == before


def test_a_shard_indexed_in_the_background_shows_its_last_bundle_until_stored(
    router, runs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`digest serve`'s index: a changed month is indexed beside the build, which takes
    the month's last bundle meanwhile; once it is stored the next build takes it, and
    gives what a build without a background gives. A run that fails is run again by the
    next build itself, which raises its failure."""
    site = three_months()
    store = SearchStore(tmp_path / "search")
    ready = threading.Event()
    background = search.Background(store, ready.set)

    def build() -> dict[str, bytes]:
        with SearchIndex(router, store, background) as index:
            index.add(site.search_pages(), early=True)
            return files_of(index.outputs())

    try:
        first = build()  # nothing shown yet: built by the build itself
        assert first == files_of(search_outputs(site.search_pages(), router, None)) and not ready.is_set()
        site.add("oct-rain", "2025-10", page_html("October rain", "typhoon flooding"))
        released = threading.Event()
        real = pagefind_run.index

        def held(pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
            pages = list(pages)  # read before the build returns
            assert released.wait(30)
            return real(pages)

        monkeypatch.setattr(pagefind_run, "index", held)
        assert build() == first  # October's last bundle, while October is indexed
        released.set()
        assert ready.wait(30)
        assert build() == files_of(search_outputs(site.search_pages(), router, None)) != first
        monkeypatch.setattr(pagefind_run, "index", real)
        site.add("oct-rain", "2025-10", page_html("October rain", "drought"))
        ready.clear()

        def refused(pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
            raise DigestError("search index: pagefind refused /articles/oct-rain/: no")

        monkeypatch.setattr(pagefind_run, "index", refused)
        build()
        assert ready.wait(30)
        with pytest.raises(DigestError, match="refused /articles/oct-rain/"):
            build()
    finally:
        background.close()


# The shards of a built site: the newest month in parts, older months whole.


def test_an_edition_falls_in_the_part_of_its_month_named_by_the_parts_first_day() -> None:
    parts = {day: edition_part(dt.date(2025, 11, day)) for day in (1, 7, 8, 14, 15, 21, 22, 30)}
    assert parts == {
        1: "2025-11-01",
        7: "2025-11-01",
        8: "2025-11-08",
        14: "2025-11-08",
        15: "2025-11-15",
        21: "2025-11-15",
        22: "2025-11-22",
        30: "2025-11-22",
    }
    assert edition_part(dt.date(2024, 2, 29)) == "2024-02-22"


def test_the_newest_months_parts_are_shards_and_older_months_one_each() -> None:
    parts = ["2025-10-01", "2025-10-22", "2025-11-08", "2025-11-22", "2024-12-15", OTHER_SHARD]
    assert search_shards(parts) == {
        "2024-12-15": "2024-12",
        "2025-10-01": "2025-10",
        "2025-10-22": "2025-10",
        "2025-11-08": "2025-11-08",
        "2025-11-22": "2025-11-22",
        OTHER_SHARD: OTHER_SHARD,
    }
    assert search_shards([OTHER_SHARD]) == {OTHER_SHARD: OTHER_SHARD}


def edit_summary_of(project: Project, article: str) -> None:
    """The summary of `article`'s note gets a sentence more."""
    for path in sorted((project.root / "content/notes").glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if f'  - article: "{article}"' in lines:
            at = lines.index(f'  - article: "{article}"')
            summary = next(i for i in range(at, len(lines)) if lines[i].startswith("    summary:"))
            lines[summary] = lines[summary].rstrip('"') + ' Edited."'
            path.write_text("\n".join(lines), encoding="utf-8")
            return
    raise AssertionError(f"no note on {article}")


# The sample's editions of the 19th to the 21st, in URL order: its November part "2025-11-15".
PART_15 = [
    "hanriver-goheung-smallsat-launch",
    "hanriver-kimjang-cabbage-prices",
    "ledger-chip-export-rebound",
    "ledger-jeonse-deposit-rules",
    "ledger-won-weakens-exporters",
    "pangyo-korean-llm-benchmark",
    "pangyo-npu-startup-series-b",
    "pangyo-startup-talent-visa",
    "saebyeok-hbm-packaging-line",
    "saebyeok-solid-electrolyte",
]


@pytest.mark.parametrize("edited", [PART_15[0], PART_15[4], PART_15[-1]], ids=["first", "middle", "last"])
def test_a_note_edit_indexes_its_part_of_the_month_alone_as_a_cold_build_does(
    edited: str, sample_copy: Callable[[], Project], runs: list[list[str]], tmp_path: Path
) -> None:
    """Issue 26: after one note is edited, Pagefind indexes the pages of its part of the
    newest month (the sample's 19th to 21st), not the month's; the index equals a cold
    build's wherever the edited page comes in the part's URL order."""
    project = warmed(sample_copy)
    runs.clear()
    edit_summary_of(project, edited)
    project.build()
    assert runs == [[f"/articles/{article}/" for article in PART_15]]
    assert_same_as_cold(project, tmp_path)


def test_a_new_months_first_edition_makes_the_last_months_parts_one_shard(
    sample_copy: Callable[[], Project], runs: list[list[str]], tmp_path: Path
) -> None:
    """The sample's editions of the 19th to 21st moved to October, the 24th's left out:
    October is the newest month, in parts; once November's edition is back, October is
    one shard, indexed once, and the site equals a cold build of it."""
    project = sample_copy()
    notes = project.root / "content/notes"
    november = (notes / "2025-11-24.yaml").read_text(encoding="utf-8")
    (notes / "2025-11-24.yaml").unlink()
    for day in ("19", "20", "21"):
        (notes / f"2025-11-{day}.yaml").rename(notes / f"2025-10-{day}.yaml")
    for path in notes.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("2025-11-", "2025-10-"), encoding="utf-8")
    project = warmed(lambda: project)
    assert [s["name"] for s in json.loads(project.read("pagefind/shards.json"))["shards"]] == ["2025-10-15"]
    runs.clear()
    (notes / "2025-11-24.yaml").write_text(november, encoding="utf-8")
    project.build()
    assert [s["name"] for s in json.loads(project.read("pagefind/shards.json"))["shards"]] == [
        "2025-11-22",
        "2025-10",
    ]
    assert sorted(len(urls) for urls in runs) == [3, 10]  # November's part, and October whole
    assert_same_as_cold(project, tmp_path)
    runs.clear()
    project.build()  # from the other tree: nothing to index
    assert runs == []
    assert_same_as_cold(project, tmp_path)
