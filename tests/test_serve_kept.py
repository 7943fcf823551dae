"""`digest serve` keeps the content it read and reads again only what its watcher saw
change (`digest.incremental.kept`): what it serves after each kind of edit is still what
a cold build writes, and nothing deleted or renamed lingers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from digest.content.model import Item, Site
from digest.content.parsing import Uncached
from digest.errors import Collector
from digest.incremental.kept import KeptContent
from digest.render.outputs import Source
from digest.render.plan import Group, Plan
from tests.conftest import SAMPLE_TODAY, Project
from tests.test_incremental import edit, edit_article, edit_note, override_template
from tests.test_serve import _without_reload, free_port, get, serve_command, wait_for

ADDED_NOTE = """\
edition: "2025-11-25"
title: "An edition added while serving"
notes:
  - article: "added-while-serving"
    section: industry
    rank: 1
    summary: "A story added while the server runs."
    tags: ["startups"]
"""


def add_article(project: Project) -> None:
    """A new article, and a new edition file whose note publishes it."""
    articles = project.root / "content/articles"
    text = (articles / "pangyo-startup-talent-visa.md").read_text(encoding="utf-8")
    title = 'title: "Pangyo founders cautiously welcome fast-track visa for foreign engineers"'
    assert title in text
    (articles / "added-while-serving.md").write_text(
        text.replace(title, 'title: "A story added while the server runs"'), encoding="utf-8"
    )
    (project.root / "content/notes/2025-11-25.yaml").write_text(ADDED_NOTE, encoding="utf-8")


def delete_article(project: Project) -> None:
    (project.root / "content/notes/2025-11-25.yaml").unlink()
    (project.root / "content/articles/added-while-serving.md").unlink()


def rename_note_file(project: Project) -> None:
    """Renamed the way an editor's save does it: a temporary file moved over the name."""
    notes = project.root / "content/notes"
    os.replace(notes / "2025-11-24.yaml", notes / "2025-11-24-renamed.yaml")


def move_note_to_another_edition(project: Project) -> None:
    """The note on `pangyo-npu-startup-series-b` moves from 2025-11-19 to 2025-11-20."""
    notes = project.root / "content/notes"
    source = (notes / "2025-11-19.yaml").read_text(encoding="utf-8")
    start = source.index('  - article: "pangyo-npu-startup-series-b"')
    end = source.index("  - article:", start + 1)
    entry = source[start:end].replace("rank: 2", "rank: 9")
    (notes / "2025-11-19.yaml").write_text(source[:start] + source[end:], encoding="utf-8")
    target = notes / "2025-11-20.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.rstrip("\n") + "\n" + entry, encoding="utf-8")


def rename_tag(project: Project) -> None:
    """`startups` becomes `founders` in every note."""
    for path in sorted((project.root / "content/notes").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if '"startups"' in text:
            path.write_text(text.replace('"startups"', '"founders"'), encoding="utf-8")


def edit_config(project: Project) -> None:
    edit(project.config_path, "title:", "title: Edited —")


def test_after_each_edit_serve_shows_every_page_a_cold_build_writes(
    sample_copy: Callable[[], Project],
) -> None:
    """Through the real server (its watchers, its kept content): after a note edit, an
    article edit, an added article, a renamed note file, a note moved to another edition,
    a tag renamed, the added article deleted again, a template and the configuration
    edited, every page and feed served is what a cold build of the same content writes,
    and the pages that went are gone."""
    from digest.build import load_site, render_site

    project = sample_copy()
    port = free_port()
    command = [*serve_command(project, port), "--today", SAMPLE_TODAY.isoformat()]
    base = f"http://127.0.0.1:{port}/my-digest/"
    gone: set[str] = set()

    def shows_a_cold_build() -> None:
        site = load_site(project.config(base), SAMPLE_TODAY, include_drafts=True, cache=False)
        cold = {
            route: data.decode("utf-8")
            for route, data in render_site(site).items()
            if route.endswith((".html", ".xml")) and not route.startswith("pagefind/")
        }
        stale = sorted(gone - set(cold))

        def same() -> bool:
            for name, data in cold.items():
                page = quote(name.removesuffix("index.html"))
                if _without_reload(get(base + page).body) != data:
                    return False
            return all(get(base + quote(name)).status == 404 for name in stale)

        wait_for(same, "every page to be what a cold build writes")
        gone.clear()
        gone.update(cold)

    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: get(base).status == 200, "the first build to be served")
        shows_a_cold_build()
        for change in (
            edit_note,
            edit_article,
            add_article,
            rename_note_file,
            move_note_to_another_edition,
            rename_tag,
            delete_article,
            override_template,
            edit_config,
        ):
            change(project)
            shows_a_cold_build()
        assert get(base + "articles/added-while-serving/").status == 404
        assert get(base + "editions/2025-11-25/").status == 404
        assert get(base + "tags/founders/").status == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_note_edit_in_serve_reads_that_file_alone(project: Project) -> None:
    """After the first build, a note edit lists no folder again and parses one file: the
    watcher named it, and every other file's outcome is kept."""
    from digest.serve import DevServer

    messages: list[str] = []
    server = DevServer(
        project.config_path, "127.0.0.1", 0, lambda message, error: messages.append(message), SAMPLE_TODAY
    )
    server.start()
    try:
        kept = server.kept
        assert kept is not None
        relisted, parsed = kept.relisted, kept.parsed
        built = len([m for m in messages if m.startswith("Built")])
        edit(project.root / "content/notes/2025-11-19.yaml", "Three new routes.", "Four new routes.")
        deadline = time.monotonic() + 30
        while b"Four new routes." not in (server.snapshot().read("articles/night-buses/index.html") or b""):
            assert time.monotonic() < deadline, messages
            time.sleep(0.05)
        wait_for(lambda: len([m for m in messages if m.startswith("Built")]) > built, "the rebuild to end")
        assert (kept.relisted, kept.parsed) == (relisted, parsed + 1)
    finally:
        server.stop()


def test_the_rebuild_that_serves_the_new_search_index_reuses_the_site_it_follows(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note edit's month is indexed beside its rebuild, and a second rebuild serves the
    index once it is stored. Nothing changed in between, so that one does not read the
    site again (a second at 10,000 articles, which the next edit would wait for)."""
    import digest.serve
    from digest.serve import DevServer

    reads: list[int] = []
    read_site = digest.serve.load_site

    def counting(*args: object, **kwargs: object) -> Site:
        reads.append(1)
        return read_site(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(digest.serve, "load_site", counting)
    messages: list[str] = []
    server = DevServer(
        project.config_path, "127.0.0.1", 0, lambda message, error: messages.append(message), SAMPLE_TODAY
    )
    server.start()
    try:
        built, read = len([m for m in messages if m.startswith("Built")]), len(reads)
        edit(project.root / "content/notes/2025-11-19.yaml", "Three new routes.", "Four new routes.")
        wait_for(
            lambda: len([m for m in messages if m.startswith("Built")]) >= built + 2,
            "the edit's rebuild and the search index's",
        )
        assert len(reads) == read + 1, messages
        index = server.snapshot().read("pagefind/shards.json")
        assert index is not None
    finally:
        server.stop()


def test_kept_listings_follow_files_that_come_go_or_are_saved_through_a_temporary_file(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    folder = content / "notes"
    folder.mkdir(parents=True)
    for name in ("a.yaml", "b.yaml"):
        (folder / name).write_text(name, encoding="utf-8")
    kept = KeptContent(content)

    def read() -> dict[str, str]:
        kept.begin(Uncached())
        paths = kept.files(folder, (".yaml",), Collector())
        outcomes = kept.read("notes", paths, lambda path: path.read_bytes(), parse)
        return {path.name: outcome.value for path, outcome in zip(paths, outcomes, strict=True)}

    def parse(path: Path, data: bytes) -> object:
        from digest.content.parsing import Outcome

        return Outcome(data.decode())

    assert read() == {"a.yaml": "a.yaml", "b.yaml": "b.yaml"}
    assert kept.relisted == 1  # one folder, listed once

    # A save through a temporary file: the listing holds, the file is read again.
    temporary = folder / ".a.yaml.swp"
    temporary.write_text("a, saved", encoding="utf-8")
    os.replace(temporary, folder / "a.yaml")
    kept.changed([temporary, folder / "a.yaml"])
    assert read() == {"a.yaml": "a, saved", "b.yaml": "b.yaml"}
    assert (kept.relisted, kept.parsed) == (1, 1)

    # A file edited without the watcher naming it stays as it was read: the watcher is trusted.
    (folder / "b.yaml").write_text("b, unseen", encoding="utf-8")
    assert read()["b.yaml"] == "b.yaml"

    # A file added, and one deleted: listed again, nothing stale left.
    (folder / "c.yaml").write_text("c", encoding="utf-8")
    (folder / "a.yaml").unlink()
    kept.changed([folder / "c.yaml", folder / "a.yaml"])
    assert read() == {"b.yaml": "b.yaml", "c.yaml": "c"}
    assert kept.relisted == 2
    assert set(kept.outcomes["notes"]) == {folder / "b.yaml", folder / "c.yaml"}
    # The new listing's files are known by name: saving one lists nothing again.
    (folder / "c.yaml").write_text("c, saved", encoding="utf-8")
    kept.changed([folder / "c.yaml"])
    assert read()["c.yaml"] == "c, saved"
    assert kept.relisted == 2

    # A folder moved away with its files.
    sub = folder / "2025"
    sub.mkdir()
    (sub / "d.yaml").write_text("d", encoding="utf-8")
    kept.changed([sub])
    assert "d.yaml" in read()
    shutil.move(sub, tmp_path / "elsewhere")
    kept.changed([sub])
    assert "d.yaml" not in read()

    # A change outside the content folder (config.yaml): everything is read again.
    kept.changed([tmp_path / "config.yaml"])
    assert read()["b.yaml"] == "b, unseen"


def test_kept_items_describe_again_only_the_items_an_edit_changed(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`serve` keeps its items' descriptions between rebuilds (`KeptItems`): after a note
    edit, only the items whose description changed are walked again, and every kept one
    is what a fresh description of the new site is."""
    from digest.build import load_site
    from digest.incremental.fingerprint import Fingerprints, KeptItems

    project = sample_copy()

    def site() -> Site:
        return load_site(project.config(), SAMPLE_TODAY, include_drafts=True, cache=False)

    def descriptions(site: Site, prints: Fingerprints) -> dict[str, str]:
        return {item.id: prints.item(item) for item in site.items}

    walked: list[str] = []
    fields_of = Fingerprints._fields_of

    def counting(prints: Fingerprints, value: object) -> str:
        if isinstance(value, Item):
            walked.append(value.id)
        return fields_of(prints, value)

    kept = KeptItems()
    before = site()
    fresh_before = descriptions(before, Fingerprints(before, "base"))
    assert descriptions(before, Fingerprints(before, "base", kept)) == fresh_before
    edit_note(project)
    after = site()
    fresh_after = descriptions(after, Fingerprints(after, "base"))
    changed = sorted(key for key, value in fresh_after.items() if fresh_before.get(key) != value)
    assert changed and len(changed) < len(after.items) / 2

    monkeypatch.setattr(Fingerprints, "_fields_of", counting)
    assert descriptions(after, Fingerprints(after, "base", kept)) == fresh_after
    assert sorted(walked) == changed
    assert set(kept.items) == {item.id for item in after.items}  # the last build's only


def test_a_kept_item_is_not_taken_for_one_whose_article_differs_only_in_a_time_offset(
    project: Project,
) -> None:
    """Two times of the same instant are equal, but a page shows the offset: an article
    (and a note) is compared by its digest (every field's repr), not by `==`."""
    from digest.build import load_site
    from digest.incremental.fingerprint import Fingerprints, KeptItems

    site = load_site(project.config(), SAMPLE_TODAY, include_drafts=True, cache=False)
    item = next(item for item in site.items if item.article.published is not None)
    published = item.article.published
    assert published is not None
    elsewhere = published.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    moved = dataclasses.replace(item, article=dataclasses.replace(item.article, published=elsewhere))
    assert moved == item  # the same instant
    kept = KeptItems()
    Fingerprints(site, "base", kept).item(item)
    assert Fingerprints(site, "base", kept).item(moved) == Fingerprints(site, "base").item(moved)
    assert Fingerprints(site, "base").item(moved) != Fingerprints(site, "base").item(item)


def test_with_pages_wanted_first_they_are_made_before_any_other_groups_key(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page a browser shows is made and handed over before the work over the whole
    site: neither the site's plan nor any other group's key (nor the pictures of every
    group to make) comes first."""
    from digest.build import load_site, write_tree
    from digest.incremental.fingerprint import Fingerprints

    project = sample_copy()
    config = project.config()
    cache = project.root / ".digest-cache"
    target = project.root / "site"
    write_tree(load_site(config, SAMPLE_TODAY, cache=False), target, cache)
    edit_note(project)
    keyed: list[str] = []
    group_key = Fingerprints.group_key

    def counting(prints: Fingerprints, group: Group) -> str:
        keyed.append(group.name)
        return group_key(prints, group)

    planned: list[int] = []
    groups = Plan.groups

    def planning(plan: Plan) -> list[Group]:
        planned.append(1)
        return groups(plan)

    monkeypatch.setattr(Fingerprints, "group_key", counting)
    monkeypatch.setattr(Plan, "groups", planning)
    at_then: list[object] = []
    page = "articles/saebyeok-hbm-packaging-line/index.html"  # the note edit_note edits
    sink = write_tree(
        load_site(config, SAMPLE_TODAY, cache=False),
        target,
        cache,
        first=[page],
        then=lambda sink: at_then.extend([sorted(set(keyed)), len(planned)]),
    )
    assert at_then == [["article:saebyeok-hbm-packaging-line"], 0]  # nor the rest of the plan
    assert len(set(keyed)) > 10 and page in sink.records


def test_serve_reads_the_search_stores_listings_once(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One search store for every rebuild and the indexing beside them: the stored
    months' listings are read at the first rebuild, not again at each."""
    from digest.incremental import searchstore
    from digest.serve import DevServer

    read: list[Path] = []
    listings = searchstore._listings

    def counting(folder: Path) -> Iterator[tuple[Path, dict[str, Source]]]:
        read.append(folder)
        yield from listings(folder)

    monkeypatch.setattr(searchstore, "_listings", counting)
    messages: list[str] = []
    server = DevServer(
        project.config_path, "127.0.0.1", 0, lambda message, error: messages.append(message), SAMPLE_TODAY
    )
    server.start()
    try:
        notes = project.root / "content/notes/2025-11-19.yaml"
        for old, new in (("Three", "Four"), ("Four", "Five"), ("Five", "Six")):
            built = len([m for m in messages if m.startswith("Built")])
            edit(notes, f"{old} new routes.", f"{new} new routes.")
            wait_for(lambda n=built: len([m for m in messages if m.startswith("Built")]) > n, "a rebuild")
        assert len(read) == 1
    finally:
        server.stop()


def test_a_pruned_shard_stored_again_is_listed_as_stored_now(tmp_path: Path) -> None:
    """The store `serve` keeps forgets the shards it prunes, and a shard stored again
    is listed as it is now: its files are linked into the tree only while unchanged."""
    from digest.incremental.searchstore import SearchStore, _unchanged

    store = SearchStore(tmp_path / "search")
    store.put("a", {"x.js": b"one"})
    store.put("b", {"y.js": b"two"})
    assert {name: stored.read() for name, stored in store.get("a").items()} == {"x.js": b"one"}
    store.prune(keep={"b"})
    assert not store.has("a")
    time.sleep(0.02)  # another modification time
    store.put("a", {"x.js": b"one"})
    stored = store.get("a")["x.js"]
    assert stored.source is not None and _unchanged(stored.source)
