"""Incremental builds equal cold builds, byte for byte, after every kind of change.

Each test builds the sample site twice with the cache (so the spare tree and both
manifests exist), changes one thing, builds incrementally, then compares output/ with a
cold build of the same project made without any cache into another folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from digest.build import build
from digest.config import Config
from digest.content.model import Article
from digest.content.similar import Duplicate
from digest.errors import DigestError
from digest.incremental import prune as treeprune
from digest.incremental.sinks import MemorySink
from digest.render.outputs import Output
from digest.render.pages import PagePlan
from digest.render.plan import Group, Plan
from digest.search import index as search
from tests.conftest import CACHE_DIR, SAMPLE_TODAY, Project, tree_differences


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def assert_same_as_cold(project: Project, tmp_path: Path) -> None:
    cold = tmp_path / "cold-output"
    build(project.config(), cold, today=SAMPLE_TODAY, cache=False)
    incremental, fresh = tree(project.output), tree(cold)
    assert sorted(incremental) == sorted(fresh)
    changed = [route for route in fresh if incremental[route] != fresh[route]]
    assert changed == []


def warmed(sample_copy: Callable[[], Project]) -> Project:
    project = sample_copy()
    project.build()
    project.build()  # now both the live and the spare tree exist
    assert (project.root / CACHE_DIR).is_dir()
    return project


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_summary_line(path: Path) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if "summary:" in line)


REPO = Path(__file__).parents[1]


def edit_article(project: Project) -> None:
    path = project.root / "content/articles/ledger-chip-export-rebound.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    # Right above the first paragraph, after the stamp lines (a sentence between two
    # stamps would be the page's header, not the story).
    body = 1 + max(i for i, line in enumerate(lines) if line.startswith(("Published:", "Updated:")))
    lines.insert(body, "An added opening paragraph about shipping volumes.")
    path.write_text("\n".join(lines), encoding="utf-8")


def edit_note(project: Project) -> None:
    path = project.root / "content/notes/2025-11-20.yaml"
    line = first_summary_line(path)
    edit(path, line, line.rstrip('"') + ' (edited)"')


def override_template(project: Project) -> None:
    original = (REPO / "themes/default/templates/404.html").read_text(encoding="utf-8")
    assert "</h1>" in original
    project.write("themes/default/templates/404.html", original.replace("</h1>", " (edited)</h1>", 1))


def override_stylesheet(project: Project) -> None:
    original = (REPO / "themes/default/static/style.css").read_text(encoding="utf-8")
    project.write("themes/default/static/style.css", original + "\n.added { color: red; }\n")


CHANGES: dict[str, Callable[[Project], None]] = {
    "article edited": edit_article,
    "note edited": edit_note,
    "note file deleted": lambda p: (p.root / "content/notes/2025-11-19.yaml").unlink(),
    "newest edition deleted": lambda p: (p.root / "content/notes/2025-11-24.yaml").unlink(),
    "template edited": override_template,
    "stylesheet edited": override_stylesheet,
    "config edited": lambda p: edit(p.config_path, "title:", "title: Edited —"),
    "output deleted": lambda p: shutil.rmtree(p.output),
    "spare tree deleted": lambda p: shutil.rmtree(p.root / CACHE_DIR / "spare-output"),
    "cache deleted": lambda p: shutil.rmtree(p.root / CACHE_DIR),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_incremental_build_equals_cold_build(
    change: str, sample_copy: Callable[[], Project], tmp_path: Path
) -> None:
    project = warmed(sample_copy)
    CHANGES[change](project)
    project.build()
    assert_same_as_cold(project, tmp_path)
    project.build()  # and once more, now from the other tree
    assert_same_as_cold(project, tmp_path)


def test_a_withdrawn_articles_search_fragment_goes_from_a_month_nothing_else_changed_in(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: with its edition in a month of its own, deleting a note changes no other
    file of that month's search fragments, so their folder's mtime stays; the fragment of
    the withdrawn article must go all the same (it was published on, build after build).
    Folder mtimes count as settled at once, as they are on a site whose month was indexed
    long ago (this site's builds are quicker than the racy window)."""
    monkeypatch.setattr(treeprune, "RACY_NS", -1)
    project = sample_copy()
    notes = project.root / "content/notes/2025-11-19.yaml"
    edit(notes, 'edition: "2025-11-19"', 'edition: "2025-10-30"')
    notes.rename(notes.with_name("2025-10-30.yaml"))
    project.build()
    # Two rebuilds with an edit elsewhere: each tree has been pruned once and its folders'
    # mtimes recorded, as on a site that has lived a while.
    for _ in range(2):
        edit_note(project)
        project.build()
    edited = project.root / "content/notes/2025-10-30.yaml"
    text = edited.read_text(encoding="utf-8")
    head, _withdrawn, *rest = text.split("\n  - article:")
    edited.write_text("\n  - article:".join([head, *rest]), encoding="utf-8")
    fragments = sorted((project.output / "pagefind/2025-10/fragment").iterdir())
    project.build()
    assert len(sorted((project.output / "pagefind/2025-10/fragment").iterdir())) == len(fragments) - 1
    assert_same_as_cold(project, tmp_path)
    project.build()
    assert_same_as_cold(project, tmp_path)


def add_a_motto_to_the_site(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added to the site, `motto`, read from content/motto.txt: a value no
    fingerprint of digest's lists."""
    import dataclasses

    import digest.build
    from digest.content.model import Site

    @dataclasses.dataclass(frozen=True)
    class SiteWithMotto(Site):
        motto: str = ""

    original = digest.build.build_site

    def with_motto(config: Config, *args: Any, **kwargs: Any) -> Site:
        site = original(config, *args, **kwargs)
        motto = (config.root / "content" / "motto.txt").read_text(encoding="utf-8")
        values = {field.name: getattr(site, field.name) for field in dataclasses.fields(site)}
        return SiteWithMotto(**values, motto=motto)

    monkeypatch.setattr(digest.build, "build_site", with_motto)


def test_a_new_site_field_read_by_a_template_is_part_of_the_identity(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Identity is derived from what an output read, not from a list someone keeps: a
    field added to the site (here from content/motto.txt) and a template that shows it
    (the 404 page) need no change to digest's fingerprints for a rebuild to see it."""
    add_a_motto_to_the_site(monkeypatch)
    project = sample_copy()
    project.write("content/motto.txt", "Read slowly.")
    template = (REPO / "themes/default/templates/404.html").read_text(encoding="utf-8")
    project.write("themes/default/templates/404.html", template.replace("</h1>", "</h1>{{ site.motto }}", 1))
    project.build()
    project.build()
    assert "Read slowly." in project.read("404.html")
    project.write("content/motto.txt", "Read twice.")
    project.build()
    assert "Read twice." in project.read("404.html")
    assert_same_as_cold(project, tmp_path)


def test_a_new_item_field_shown_on_its_page_is_part_of_the_identity(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for a field of an item: its pages are identified by every field of it."""
    import dataclasses

    import digest.content.editions
    from digest.content.model import Item

    badges: dict[str, str] = {}

    @dataclasses.dataclass(frozen=True)
    class BadgedItem(Item):
        badge: str = ""

        def __post_init__(self) -> None:
            object.__setattr__(self, "badge", badges.get(self.article.id, ""))

    monkeypatch.setattr(digest.content.editions, "Item", BadgedItem)
    project = sample_copy()
    template = (REPO / "themes/default/templates/article.html").read_text(encoding="utf-8")
    assert "</h1>" in template
    project.write(
        "themes/default/templates/article.html", template.replace("</h1>", "</h1>{{ item.badge }}", 1)
    )
    badges["ledger-chip-export-rebound"] = "Top pick"
    project.build()
    project.build()
    assert "Top pick" in project.read("articles/ledger-chip-export-rebound/index.html")
    badges["ledger-chip-export-rebound"] = "Most read"
    project.build()
    assert "Most read" in project.read("articles/ledger-chip-export-rebound/index.html")
    assert_same_as_cold(project, tmp_path)


def noting_makes(groups: list[Group], planned: list[str]) -> list[Group]:
    """The groups, each noting its name in `planned` when it is planned (made)."""
    for group in groups:
        make = group.make

        def noted(name: str = group.name, make: Callable[[], list[Output]] = make) -> list[Output]:
            planned.append(name)
            return make()

        object.__setattr__(group, "make", noted)
    return groups


def test_a_note_edit_plans_only_the_groups_that_show_it(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild keeps every group whose values did not change without planning it:
    after one summary is edited, only the groups that show that note are planned."""
    import digest.render.plan

    project = warmed(sample_copy)
    planned: list[str] = []
    real_groups = digest.render.plan.Plan.groups

    def watched(self: Plan) -> list[digest.render.plan.Group]:
        return noting_makes(real_groups(self), planned)

    monkeypatch.setenv("DIGEST_VERIFY_GROUPS", "")  # a check that plans the kept groups too
    monkeypatch.setattr(digest.render.plan.Plan, "groups", watched)
    project.build()
    assert planned == []  # nothing changed: every group is kept
    edit_note(project)  # the first note of 2025-11-20
    project.build()
    # Its article, its edition and the editions beside it (they link to it; their pages
    # are handed it whole), the front page and archive (they list it), its e-mail, its
    # section's, tags' and outlet's pages and feeds, the site feed, and the news sitemap
    # (it reads the items): nothing else. (The sitemap is kept too: no page's date changed.)
    assert sorted(planned) == [
        "archive",
        "article:saebyeok-hbm-packaging-line",
        "edition:2025-11-19",
        "edition:2025-11-20",
        "edition:2025-11-21",
        "email:2025-11-20",
        "feed:",
        "feed:outlet:새벽일보",
        "feed:section:industry",
        "feed:tag:hbm",
        "feed:tag:semiconductors",
        "feed:tag:반도체",
        "home",
        "host:news_sitemap.xml",
        "outlet:새벽일보",
        "section:industry",
        "tag:hbm",
        "tag:semiconductors",
        "tag:반도체",
    ]


def test_a_note_edit_keeps_every_other_search_shard_whole(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search index's files come in groups, one per shard, kept whole while the
    shard's key stays: after one note edit only its shard's group and shards.json (which
    lists every shard) are planned; the other shard and Pagefind's runtime (in the
    primary, newest shard) are kept without keying their files one by one."""
    project = warmed(sample_copy)
    planned: list[str] = []
    real_groups = search.bundle_groups

    def watched(prefix: str, bundles: search.Shards) -> list[Group]:
        return noting_makes(real_groups(prefix, bundles), planned)

    monkeypatch.setenv("DIGEST_VERIFY_GROUPS", "")  # a check that plans the kept groups too
    monkeypatch.setattr(search, "bundle_groups", watched)
    project.build()
    assert planned == []
    shards = sorted(path.name for path in (project.output / "pagefind").iterdir() if path.is_dir())
    assert shards == ["2025-11-15", "2025-11-22"]
    edit_note(project)  # of 2025-11-20: the part of November from the 15th
    project.build()
    assert sorted(planned) == ["search:#shards.json", "search:2025-11-15"]


def test_a_note_edit_makes_the_feed_entry_of_its_item_alone(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feeds that carry an edited item are made again, but of their entries only the
    edited item's is, and only it is written by feedgen and the JSON writer: the others,
    and their written forms, come from the last build (`incremental/entrystore.py`); the
    feeds are what a cold build writes."""
    from digest.render import feedformats
    from digest.render.feeds import FeedBuilder, entry_id

    project = warmed(sample_copy)
    assert (project.root / CACHE_DIR / "feed-entries.pickle").is_file()
    made: list[str] = []
    real_entry = FeedBuilder._entry

    def watched(self: FeedBuilder, item: Any) -> Any:
        made.append(item.id)
        return real_entry(self, item)

    written: list[tuple[str, str]] = []
    real_feedgen, real_json = feedformats._feedgen, feedformats._json_item

    def feedgen(feed: Any, kind: str, self_url: str, entries: Any) -> bytes:
        written.extend((kind, entry.id) for entry in entries)
        return real_feedgen(feed, kind, self_url, entries)

    def json_item(feed: Any, entry: Any) -> dict[str, object]:
        written.append(("json", entry.id))
        return real_json(feed, entry)

    monkeypatch.setattr(FeedBuilder, "_entry", watched)
    monkeypatch.setattr(feedformats, "_feedgen", feedgen)
    monkeypatch.setattr(feedformats, "_json_item", json_item)
    edit_note(project)
    project.build()
    assert made == ["saebyeok-hbm-packaging-line"]
    edited = entry_id("saebyeok-hbm-packaging-line")
    # Once in each kind of feed (and each way a feed writes it: beside pictures or not).
    assert {kind for kind, _ in written} == {"rss", "atom", "json"}
    assert {entry for _, entry in written} == {edited}
    assert "(edited)" in project.read("feed.xml")
    assert_same_as_cold(project, tmp_path)


def test_a_feed_entry_that_reads_the_site_is_made_again_when_that_changes(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kept entry carries the site's fields its template read: when their values
    change, the entry is made again, as a cold build makes it."""
    add_a_motto_to_the_site(monkeypatch)
    project = sample_copy()
    project.write("content/motto.txt", "Read slowly.")
    template = (REPO / "themes/default/templates/feed_entry.html").read_text(encoding="utf-8")
    project.write("themes/default/templates/feed_entry.html", template + "<p>{{ site.motto }}</p>\n")
    project.build()
    project.build()
    assert "Read slowly." in project.read("feed.xml")
    project.write("content/motto.txt", "Read twice.")
    project.build()
    assert "Read slowly." not in project.read("feed.xml")
    assert "Read twice." in project.read("feed.xml")
    assert_same_as_cold(project, tmp_path)


def test_a_group_made_from_a_value_missing_from_its_inputs_is_caught(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tests plan every group a build keeps and compare it with what it holds: an
    article page that shows a value its group's inputs do not name fails the build."""
    import digest.render.pages

    project = sample_copy()
    extra = {"text": "first"}
    real_article = digest.render.pages.Renderer.article

    def article(self: digest.render.pages.Renderer, item: Any) -> PagePlan:
        plan = real_article(self, item)
        return PagePlan(plan.template, plan.route, {**plan.context, "extra": extra["text"]}, plan.lastmod)

    monkeypatch.setattr(digest.render.pages.Renderer, "article", article)
    project.build()
    extra["text"] = "second"
    with pytest.raises(AssertionError, match="inputs miss a value"):
        project.build()


@contextlib.contextmanager
def rendered_pages() -> Iterator[list[str]]:
    """The routes of the pages rendered inside the block."""
    routes: list[str] = []
    original = Plan._render_page

    def spy(self: Plan, plan: PagePlan) -> bytes:
        routes.append(plan.route)
        return original(self, plan)

    Plan._render_page = spy  # type: ignore[method-assign]
    try:
        yield routes
    finally:
        Plan._render_page = original  # type: ignore[method-assign]


def test_no_change_rebuild_renders_nothing(sample_copy: Callable[[], Project]) -> None:
    project = warmed(sample_copy)
    with rendered_pages() as routes:
        project.build()
    assert routes == []


def test_note_edit_renders_only_the_pages_that_show_it(sample_copy: Callable[[], Project]) -> None:
    project = warmed(sample_copy)
    edit_note(project)
    with rendered_pages() as routes:
        project.build()
    assert any(route.startswith("articles/") for route in routes)
    assert "search/" not in routes and "tags/" not in routes
    total = len(list(project.output.rglob("index.html")))
    assert 0 < len(routes) < total / 2


def test_files_put_into_output_by_hand_do_not_survive(
    sample_copy: Callable[[], Project], tmp_path: Path
) -> None:
    project = warmed(sample_copy)
    (project.output / "stray.html").write_text("left by hand", encoding="utf-8")
    os.utime(project.output / "index.html", ns=(1, 1))  # and a file touched in place
    project.build()
    project.build()
    assert_same_as_cold(project, tmp_path)


@pytest.mark.parametrize("how", ["replaced", "deleted", "same bytes, new file"])
def test_a_page_changed_in_output_by_hand_is_restored_when_nothing_else_changed(
    sample_copy: Callable[[], Project], tmp_path: Path, how: str
) -> None:
    """With nothing changed in content, every file is kept from the spare tree, and
    whether the live tree still holds each is asked only then (`TreeSync._live_holds`):
    a page replaced or deleted there by hand is the one difference, and it takes a swap.
    A page of the same bytes in a new file has a new stat to record: a swap too."""
    project = warmed(sample_copy)
    page = project.output / "archive" / "index.html"
    built = page.read_bytes()
    page.unlink()
    if how == "replaced":
        page.write_text("edited by hand", encoding="utf-8")
    elif how == "same bytes, new file":
        page.write_bytes(built)
    inode = page.stat().st_ino if page.exists() else None
    project.build()
    assert page.read_bytes() == built
    if how == "same bytes, new file":
        assert page.stat().st_ino != inode  # the staged tree was swapped in
    project.build()
    assert_same_as_cold(project, tmp_path)


def test_strays_deep_in_output_go_when_that_tree_is_staged_again(
    sample_copy: Callable[[], Project], tmp_path: Path
) -> None:
    project = warmed(sample_copy)
    article = next(project.output.glob("articles/*/index.html")).parent
    (article / "notes.txt").write_text("left by hand", encoding="utf-8")
    (project.output / "tags" / "drafts").mkdir()
    (project.output / "tags" / "drafts" / "index.html").write_text("by hand", encoding="utf-8")
    edit_note(project)
    project.build()  # output/ is swapped out, strays and all, and becomes the spare tree
    edit_note(project)
    project.build()  # that tree is staged again: the strays go
    assert_same_as_cold(project, tmp_path)


def test_after_a_rebuild_the_spare_tree_holds_the_same_site(sample_copy: Callable[[], Project]) -> None:
    """The old output catches up by hard links, so a deleted output/ comes back as it is."""
    project = warmed(sample_copy)
    edit_note(project)
    project.build()
    spare = project.root / CACHE_DIR / "spare-output"
    assert tree_differences(tree(spare), tree(project.output)) == []
    for page in project.output.rglob("*"):
        if page.is_file():
            assert (spare / page.relative_to(project.output)).stat().st_ino == page.stat().st_ino
    shutil.rmtree(project.output)
    with rendered_pages() as routes:
        project.build()
    assert routes == []


def test_a_cache_restored_from_an_archive_spares_the_rendering(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CI job's cache action unpacks `.digest-cache` as new files (new inodes, the same
    bytes and mtimes) into a fresh checkout: the spare tree is recognized by its files'
    hashes, so no page is rendered again, the copy made for the next spare tree needs no
    file linked again, and the next build trusts the new stats."""
    import digest.incremental.tree

    project = warmed(sample_copy)
    cache = project.root / CACHE_DIR
    archive = tmp_path / "archive"
    shutil.copytree(cache, archive)  # copies, not hard links: every file gets a new inode
    shutil.rmtree(cache)
    shutil.rmtree(project.output)
    shutil.copytree(archive, cache)
    linked: list[str] = []
    link_file = digest.incremental.tree._link_file
    monkeypatch.setattr(
        digest.incremental.tree, "_link_file", lambda a, b: (linked.append(b), link_file(a, b))
    )
    with rendered_pages() as routes:
        project.build()
    assert routes == []
    assert linked == []
    assert_same_as_cold(project, tmp_path)
    assert tree_differences(tree(cache / "spare-output"), tree(project.output)) == []
    edit_note(project)
    with rendered_pages() as routes:
        project.build()
    assert 0 < len(routes) < 20
    assert_same_as_cold(project, tmp_path)


@pytest.mark.parametrize("racy", [False, True])
def test_a_restored_cache_is_known_by_its_files_sizes_and_mtimes_unless_they_are_racy(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, racy: bool
) -> None:
    """Unpacked from an archive, the spare tree's files have new inodes, their old sizes and
    modification times, and a ctime of the unpacking: they are taken as they are, without
    reading them. A copy made within `RACY_NS` of the file's mtime could be a file written
    anew in the same timestamp tick: it is read and hashed."""
    import digest.incremental.stamps
    import digest.incremental.tree

    project = warmed(sample_copy)
    cache = project.root / CACHE_DIR
    # Copied (copy2: sizes and mtimes kept, new inodes and ctimes); the originals are kept
    # aside, as deleting them would free their inode numbers for the copies to reuse.
    cache.rename(tmp_path / "original-cache")
    project.output.rename(tmp_path / "original-output")
    shutil.copytree(tmp_path / "original-cache", cache)
    # The copies are made right after the build: older than RACY_NS they are not, unless
    # RACY_NS is made smaller.
    monkeypatch.setattr(digest.incremental.stamps, "RACY_NS", 10**12 if racy else -1)
    hashed: list[int] = []
    real_hash = digest.incremental.tree.hash_bytes
    monkeypatch.setattr(
        digest.incremental.tree, "hash_bytes", lambda data: (hashed.append(len(data)), real_hash(data))[1]
    )
    with rendered_pages() as routes:
        project.build()
    assert routes == []
    spare_files = len(_files(cache / "spare-output"))
    assert len(hashed) == (spare_files if racy else 0)
    monkeypatch.undo()
    assert_same_as_cold(project, tmp_path)


def _no_late_copy(*_: object, **__: object) -> None:
    raise AssertionError("the spare tree was copied after the swap")


def test_a_deleted_output_is_rebuilt_with_the_next_spare_tree_copied_alongside(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With output/ gone, the spare tree is renamed into place, and the copy for the next
    build's spare tree, started in another process before reading, is used (it catches
    up with the note edited meanwhile) instead of a copy made after the swap."""
    import digest.incremental.tree

    project = warmed(sample_copy)
    monkeypatch.setattr(digest.incremental.tree, "clone", _no_late_copy)
    shutil.rmtree(project.output)
    edit_note(project)
    project.build()
    assert_same_as_cold(project, tmp_path)
    spare = project.root / CACHE_DIR / "spare-output"
    assert tree_differences(tree(spare), tree(project.output)) == []
    for page in project.output.rglob("*"):
        if page.is_file():
            assert (spare / page.relative_to(project.output)).stat().st_ino == page.stat().st_ino
    assert not (project.root / CACHE_DIR / "copy-output").exists()
    assert not list((project.root / CACHE_DIR).glob(".copy-output-*"))  # the copy's request


def test_a_page_rewritten_while_the_copy_ran_is_in_the_next_spare_tree(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build rewrites a changed page by unlinking its old name first, so the copy of
    the spare tree may find no file there, and the new file may take the old one's freed
    inode. Both at once (seen on a busy machine) left the page out of the next spare tree,
    and a deleted output/ then came back without it. Here the copy misses the archive
    page and the new page has the inode the spare tree's record names."""
    import dataclasses

    import digest.incremental.sparecopy
    import digest.incremental.tree

    route = "archive/index.html"
    real_wait, real_finish = (
        digest.incremental.sparecopy.SpareCopy.wait,
        digest.incremental.tree.TreeSync.finish,
    )

    def missed(copy: Any) -> Any:
        stamps = real_wait(copy)
        (copy.folder / route).unlink()
        return stamps

    def reused(sync: Any) -> int:
        sync.spare[route] = dataclasses.replace(sync.spare[route], inode=sync.records[route].inode)
        return real_finish(sync)

    project = warmed(sample_copy)
    monkeypatch.setattr(digest.incremental.sparecopy.SpareCopy, "wait", missed)
    monkeypatch.setattr(digest.incremental.tree.TreeSync, "finish", reused)
    shutil.rmtree(project.output)
    edit_note(project)
    project.build()
    spare = project.root / CACHE_DIR / "spare-output"
    assert (spare / route).read_bytes() == (project.output / route).read_bytes()
    assert tree_differences(tree(spare), tree(project.output)) == []


def test_a_copy_slower_than_the_build_is_complete_before_the_trees_move(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy reads the spare tree by its path, and the swap renames that tree into
    output/: on a slow disk the copy is still linking then. It must be finished first,
    or it finds the files gone and the next spare tree is a tree of empty folders (a CI
    job with a restored cache would then render the whole site every other run)."""
    import digest.incremental.sparecopy

    def slow_copy(request: Path) -> list[str]:
        # The copying process sleeps first: the build reaches its swap before it links.
        code = "import sys, time; time.sleep(1.5); from digest.incremental.sparecopy import main; main(sys.argv[1])"
        return [sys.executable, "-c", code, str(request)]

    monkeypatch.setattr(digest.incremental.sparecopy, "_command", slow_copy)
    project = warmed(sample_copy)
    shutil.rmtree(project.output)
    project.build()
    spare = project.root / CACHE_DIR / "spare-output"
    assert tree_differences(tree(spare), tree(project.output)) == []
    shutil.rmtree(project.output)
    with rendered_pages() as routes:
        project.build()
    assert routes == []
    assert_same_as_cold(project, tmp_path)


def test_a_killed_builds_copy_of_the_spare_tree_is_cleared(sample_copy: Callable[[], Project]) -> None:
    project = warmed(sample_copy)
    leftover = project.root / CACHE_DIR / "copy-output" / "articles"
    leftover.mkdir(parents=True)
    # Killed before the copying process read its request.
    request = project.root / CACHE_DIR / ".copy-output-x1y2.json"
    request.write_text("{}", encoding="utf-8")
    edit_note(project)
    project.build()
    assert not leftover.parent.exists()
    assert not request.exists()


def test_a_killed_builds_copy_request_is_cleared_when_a_copy_starts(
    sample_copy: Callable[[], Project],
) -> None:
    project = warmed(sample_copy)
    request = project.root / CACHE_DIR / ".copy-output-x1y2.json"
    request.write_text("{}", encoding="utf-8")
    shutil.rmtree(project.output)
    project.build()
    assert not request.exists()
    assert not list((project.root / CACHE_DIR).glob(".copy-output-*"))


def test_a_failed_build_leaves_no_copy_of_the_spare_tree(sample_copy: Callable[[], Project]) -> None:
    project = warmed(sample_copy)
    shutil.rmtree(project.output)
    (project.root / "content/notes/2025-11-20.yaml").write_text("edition: [unclosed\n", encoding="utf-8")
    with pytest.raises(DigestError):
        project.build()
    assert not project.output.exists()
    assert not (project.root / CACHE_DIR / "copy-output").exists()
    assert not list((project.root / CACHE_DIR).glob(".copy-output-*"))  # the copy's request
    assert (project.root / CACHE_DIR / "spare-output").is_dir()


def test_corrupt_manifest_means_a_full_build(sample_copy: Callable[[], Project], tmp_path: Path) -> None:
    project = warmed(sample_copy)
    for manifest in (project.root / CACHE_DIR).glob("trees-*.pickle"):
        manifest.write_bytes(b"not a pickle")
    project.build()
    assert_same_as_cold(project, tmp_path)


def test_no_cache_build_leaves_no_cache_folder(project: Project) -> None:
    from click.testing import CliRunner

    from digest.cli import main

    result = CliRunner().invoke(
        main, ["build", "--config", str(project.config_path), "--today", "2025-11-25", "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert (project.output / "index.html").is_file()
    assert sorted(p.name for p in project.root.iterdir()) == ["config.yaml", "content", "output"]


def test_pool_of_workers_writes_the_same_bytes(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import digest.build
    import digest.incremental.tree

    project = sample_copy()
    serial = tmp_path / "serial"
    build(project.config(), serial, today=SAMPLE_TODAY, cache=False)
    monkeypatch.setattr(digest.incremental.tree, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(digest.build, "workers", lambda: 2)
    monkeypatch.setattr(digest.incremental.tree, "can_fork", lambda: True)  # other tests leave threads behind
    with rendered_pages() as routes:
        project.build()
    assert routes == [], "pages were rendered in this process, not in the workers"
    assert tree_differences(tree(project.output), tree(serial)) == []


def test_no_change_rebuild_writes_nothing(sample_copy: Callable[[], Project]) -> None:
    project = warmed(sample_copy)

    trees = (project.output, project.root / CACHE_DIR / "spare-output")

    def stamps() -> dict[str, tuple[int, int]]:
        return {str(p): (p.stat().st_ino, p.stat().st_mtime_ns) for t in trees for p in sorted(t.rglob("*"))}

    before = stamps()
    project.build()
    assert stamps() == before


def test_a_cold_build_leaves_a_spare_tree_for_the_next(sample_copy: Callable[[], Project]) -> None:
    project = sample_copy()
    project.build()
    spare = project.root / CACHE_DIR / "spare-output"
    assert tree_differences(tree(spare), tree(project.output)) == []
    page = next(project.output.rglob("index.html"))
    assert (spare / page.relative_to(project.output)).stat().st_ino == page.stat().st_ino


def test_a_cold_builds_next_spare_tree_is_copied_while_the_search_index_is_made(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no output/ and no spare tree, staging is copied (hard links, in another
    process) once it holds everything but the search index; the swap only catches that
    copy up with the index files, instead of copying the whole tree after it."""
    import digest.incremental.tree

    monkeypatch.setattr(digest.incremental.tree, "clone", _no_late_copy)
    project = sample_copy()
    project.build()
    spare = project.root / CACHE_DIR / "spare-output"
    assert tree_differences(tree(spare), tree(project.output)) == []
    assert any(path.startswith("pagefind/") for path in tree(spare))
    for page in project.output.rglob("*"):
        if page.is_file():
            assert (spare / page.relative_to(project.output)).stat().st_ino == page.stat().st_ino
    assert not (project.root / CACHE_DIR / "copy-output").exists()
    shutil.rmtree(project.output)
    with rendered_pages() as routes:
        project.build()
    assert routes == []
    assert_same_as_cold(project, tmp_path)


def test_a_template_reading_the_whole_site_is_rendered_again(
    sample_copy: Callable[[], Project], tmp_path: Path
) -> None:
    """A page whose template reads `site` beyond its own values depends on everything:
    removing one edition must change the count shown on every other article page."""
    project = sample_copy()
    original = (REPO / "themes/default/templates/article.html").read_text(encoding="utf-8")
    marker = "{% block main %}"
    assert marker in original
    project.write(
        "themes/default/templates/article.html",
        original.replace(marker, marker + '<p class="count">{{ site.items | length }} stories</p>', 1),
    )
    project.build()
    project.build()
    counts = {
        p.read_text(encoding="utf-8").count(" stories</p>")
        for p in (project.output / "articles").rglob("*.html")
    }
    assert counts == {1}
    (project.root / "content/notes/2025-11-19.yaml").unlink()
    project.build()
    assert_same_as_cold(project, tmp_path)


def test_duplicates_are_found_again_only_when_an_article_changes(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    import digest.incremental.duplicates

    project = sample_copy()
    calls: list[int] = []
    original = digest.incremental.duplicates.find_duplicates

    def counting(articles: Sequence[Article]) -> list[Duplicate]:
        calls.append(len(articles))
        return original(articles)

    monkeypatch.setattr(digest.incremental.duplicates, "find_duplicates", counting)
    first = project.build().warnings
    edit_note(project)
    assert project.build().warnings == first
    assert len(calls) == 1
    edit_article(project)
    project.build()
    assert len(calls) == 2


def test_an_article_edit_sketches_that_article_alone(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Finding duplicates reads the sketches the reader made and the content cache kept:
    after one article is edited, one text is cut into shingles, not every text."""
    import digest.content.readers
    import digest.content.similar

    project = sample_copy()
    project.build()
    sketched: list[str] = []
    original = digest.content.similar.sketch

    def counting(text: str) -> bytes:
        sketched.append(text)
        return original(text)

    monkeypatch.setattr(digest.content.readers, "sketch", counting)
    monkeypatch.setattr(digest.content.similar, "sketch", counting)
    edit_article(project)
    warnings = project.build().warnings
    assert len(sketched) == 1
    assert "An added opening paragraph about shipping volumes." in sketched[0]
    assert_same_as_cold(project, tmp_path)
    # The editorial warnings, duplicate stories among them, are a cold build's too.
    monkeypatch.undo()
    cold = build(project.config(), tmp_path / "cold-warnings", today=SAMPLE_TODAY, cache=False)
    assert warnings == cold.warnings


def test_serve_renders_again_only_what_changed(sample_copy: Callable[[], Project], tmp_path: Path) -> None:
    from digest.build import load_site, render_in_memory, render_site

    def files(sink: MemorySink) -> dict[str, bytes]:
        return {route: data for route, (_, data) in sink.files.items()}

    project = sample_copy()
    config = project.config()
    cache = tmp_path / "serve-cache"
    first = render_in_memory(load_site(config, SAMPLE_TODAY, include_drafts=True), None, cache)
    assert first.produced == len(first.files)
    second = render_in_memory(load_site(config, SAMPLE_TODAY, include_drafts=True), first, cache)
    assert files(second) == files(first)
    assert second.produced == 0
    edit_note(project)
    site = load_site(config, SAMPLE_TODAY, include_drafts=True)
    again = render_in_memory(site, second, cache)
    assert 0 < again.produced < len(again.files) / 2
    assert files(again) == render_site(site)


def test_a_second_build_waits_for_the_first(sample_copy: Callable[[], Project], tmp_path: Path) -> None:
    """Two builds would update the same spare tree: the second waits for the lock."""
    import threading

    from digest.incremental.lock import exclusive

    project = sample_copy()
    project.build()
    edit_note(project)
    done = threading.Event()
    with exclusive(project.root / CACHE_DIR):
        worker = threading.Thread(target=lambda: (project.build(), done.set()))
        worker.start()
        assert not done.wait(1.0), "the build did not wait for the lock"
    worker.join(timeout=120)
    assert done.is_set()
    assert_same_as_cold(project, tmp_path)


def test_check_renders_only_what_the_last_build_did_not(sample_copy: Callable[[], Project]) -> None:
    from digest.build import load_site, render_changed
    from digest.check import run_check

    project = sample_copy()
    project.build()
    config = project.config()
    assert render_changed(load_site(config, SAMPLE_TODAY)) == 0
    edit_note(project)
    changed = render_changed(load_site(config, SAMPLE_TODAY))
    total = len([p for p in project.output.rglob("*") if p.is_file()])
    assert 0 < changed < total / 2
    # A broken template is found even though every page rendered fine last time.
    project.write(
        "themes/default/templates/404.html",
        "{% extends 'base.html' %}{% block main %}{{ no_such_value }}{% endblock %}",
    )
    result = run_check(project.config(), SAMPLE_TODAY)
    assert [(p.path.name if p.path else None, p.line, p.field) for p in result.errors] == [
        ("404.html", 1, "template")
    ]
    assert "'no_such_value' is undefined" in result.errors[0].message


def test_the_command_starts_the_copy_before_the_build_and_the_build_uses_it(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`digest build` starts the copy for the next spare tree before it imports the
    renderer or checks whether anything changed; the build then uses that copy."""
    import digest.build
    import digest.incremental.tree
    from digest.cli import main

    project = warmed(sample_copy)
    shutil.rmtree(project.output)
    monkeypatch.setattr(digest.incremental.tree, "clone", _no_late_copy)
    handed: list[object] = []
    original = digest.build.build

    def spy(*args: object, **kwargs: object) -> object:
        handed.append(kwargs.get("spare_copy"))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(digest.build, "build", spy)
    config = str(project.config_path)
    result = CliRunner().invoke(
        main, ["build", "-q", "--config", config, "--today", SAMPLE_TODAY.isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert len(handed) == 1 and handed[0] is not None
    assert_same_as_cold(project, tmp_path)
    spare = project.root / CACHE_DIR / "spare-output"
    assert tree_differences(tree(spare), tree(project.output)) == []
    assert not (project.root / CACHE_DIR / "copy-output").exists()


def test_importing_the_command_leaves_the_renderer_unimported() -> None:
    """What makes the early start early: the command line loads only what it needs to
    find the cache and start the copy."""
    code = "import sys, digest.cli; print(sorted(m for m in ('digest.build', 'markdown', 'jinja2') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def called_while_pagefind_runs(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[bool]:
    """Hold each Pagefind run until `owner.name` is called (10 s at most), and record, for
    each call, whether a run was under way: the order of events is then fixed."""
    import threading

    from digest.search import pagefind as pagefind_run

    running, called = threading.Event(), threading.Event()
    real_index = pagefind_run.index

    def held_index(pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
        running.set()
        try:
            called.wait(10)
            return real_index(pages)
        finally:
            running.clear()

    seen: list[bool] = []
    real = getattr(owner, name)

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(running.wait(10))  # False if Pagefind had not started, or was done
        called.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(pagefind_run, "index", held_index)
    monkeypatch.setattr(owner, name, watched)
    return seen


def test_hygiene_runs_while_pagefind_indexes_an_edited_notes_month(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-note rebuild starts Pagefind on the note's month early; the build's other
    work (the editorial checks) is done while it runs, and the report still has them."""
    import digest.build

    project = sample_copy()
    # An article without a note: a warning for the report.
    article = project.root / "content/articles/ledger-chip-export-rebound.txt"
    project.write(
        "content/articles/unnoted.txt", article.read_text(encoding="utf-8").replace("Chip", "Unnoted")
    )
    project.build()
    cold_warnings = project.build().warnings
    assert cold_warnings, "the site has editorial warnings to report"
    seen = called_while_pagefind_runs(monkeypatch, digest.build, "hygiene")
    edit_note(project)
    result = project.build()
    assert seen == [True]
    assert {w.kind for w in result.warnings} == {w.kind for w in cold_warnings}
    monkeypatch.undo()  # the cold build below runs its checks after Pagefind
    assert_same_as_cold(project, tmp_path)


def test_pages_without_an_item_are_fingerprinted_while_pagefind_indexes(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the article pages must be fingerprinted before Pagefind can start on an
    edited note's month: the other pages' groups are kept or made while it runs, and the
    sitemap of all pages after them."""
    project = warmed(sample_copy)
    seen = called_while_pagefind_runs(monkeypatch, Plan, "sitemap_group")
    edit_note(project)
    project.build()
    assert seen == [True]
    monkeypatch.undo()
    assert_same_as_cold(project, tmp_path)


def test_a_template_error_while_pagefind_indexes_early_leaves_output_and_no_thread(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited note starts Pagefind on its shard before the rest of the site renders; a
    broken template in that rest fails the build all the same: output/ is as it was, the
    Pagefind run is waited for (no thread or process left), and the next build is right.
    The edited template changes every page's identity, so the site is one shard here (its
    editions of the 19th to 21st; without the 24th): with more, none starts early."""
    import threading

    import digest.render.plan
    import digest.search.index

    project = sample_copy()
    (project.root / "content/notes/2025-11-24.yaml").unlink()
    project = warmed(lambda: project)
    before = tree(project.output)
    events: list[str] = []
    started, failed = threading.Event(), threading.Event()
    real_build = digest.search.index._build

    def held_build(pages: Sequence[digest.search.index.SearchPage]) -> dict[str, bytes]:
        events.append("pagefind starts")
        started.set()
        failed.wait(10)  # still indexing when the archive page fails
        try:
            return real_build(pages)
        finally:
            events.append("pagefind ends")

    real_render = digest.render.plan.Plan._render_page

    def render(self: digest.render.plan.Plan, plan: PagePlan) -> bytes:
        if plan.template == "archive.html":
            started.wait(10)
            events.append("archive fails")
            failed.set()
        return real_render(self, plan)

    monkeypatch.setattr(digest.search.index, "_build", held_build)
    monkeypatch.setattr(digest.render.plan.Plan, "_render_page", render)
    threads = threading.active_count()
    edit_note(project)
    archive = project.root / "themes/default/templates/archive.html"
    original = archive.read_text(encoding="utf-8")
    archive.write_text("{{ no_such_value.attribute }}\n", encoding="utf-8")
    with pytest.raises(DigestError, match="archive"):
        project.build()
    assert events == ["pagefind starts", "archive fails", "pagefind ends"]
    assert threading.active_count() == threads
    assert tree_differences(tree(project.output), before) == []
    archive.write_text(original, encoding="utf-8")
    project.build()
    assert_same_as_cold(project, tmp_path)


def test_the_search_index_files_are_written_without_workers(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """They are read from the cache, not rendered: forked workers would not write them any
    faster (a cold build at 10,000 articles took the same time) and add their memory."""
    import digest.build
    import digest.incremental.tree

    calls: list[tuple[bool, int]] = []
    real = digest.incremental.tree._produce_all

    def recorded(work: Any, workers: int) -> Any:
        if work.outputs:
            calls.append((all(o.route.startswith("pagefind/") for o in work.outputs), workers))
        return real(work, workers)

    monkeypatch.setattr(digest.incremental.tree, "_produce_all", recorded)
    monkeypatch.setattr(digest.build, "workers", lambda: 2)
    project = sample_copy()
    build(project.config(), today=SAMPLE_TODAY)
    assert (True, 1) in calls, "the index files, by this process"
    assert all(workers > 1 for search_only, workers in calls if not search_only)


def test_a_cold_build_renders_its_article_pages_in_one_batch(
    sample_copy: Callable[[], Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Group by group (a page or two each), no batch would reach the pool's threshold: a
    cold build of 10,000 articles rendered every page in one process (58 s, against 44 s
    with the article pages in one batch for the pool)."""
    import digest.incremental.tree

    batches: list[set[str]] = []
    real = digest.incremental.tree._produce_all

    def recorded(work: Any, workers: int) -> Any:
        batches.append({output.route for output in work.outputs})
        return real(work, workers)

    monkeypatch.setattr(digest.incremental.tree, "_produce_all", recorded)
    project = sample_copy()
    build(project.config(), today=SAMPLE_TODAY)
    pages = {
        path.relative_to(project.output).as_posix() for path in project.output.glob("articles/*/index.html")
    }
    assert len(pages) > 2
    assert any(pages <= batch for batch in batches), "the article pages came in batches of their groups"


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def _inodes(folder: Path) -> dict[int, str]:
    return {path.stat().st_ino: path.as_posix() for path in _files(folder)}


def test_the_search_index_is_linked_from_the_cached_shards_not_written_again(
    sample_copy: Callable[[], Project], tmp_path: Path
) -> None:
    """Pagefind's files are written once, into the cache's shard store; the output tree
    holds hard links to them (at 10,000 articles, 10,500 files)."""
    project = sample_copy()
    project.build()
    stored = _inodes(project.root / CACHE_DIR / "search")
    bundle = _files(project.output / "pagefind")
    assert len(bundle) > 10
    not_linked = [path.name for path in bundle if path.stat().st_ino not in stored]
    assert not_linked == ["shards.json"]  # made by digest from every shard's entry
    assert_same_as_cold(project, tmp_path)


def test_a_search_file_edited_in_place_in_output_is_caught_and_its_shard_made_anew(
    sample_copy: Callable[[], Project], tmp_path: Path
) -> None:
    """Output and cache share the search index's files, so an edit in place reaches the
    cache: the next build names the file and discards that shard, leaving output/ as it
    is; the build after makes the shard again."""
    project = warmed(sample_copy)
    fragment = sorted((project.output / "pagefind").glob("*/fragment/*"))[0]
    with fragment.open("r+b") as file:  # in place: same inode
        file.write(b"edited")
    before = tree(project.output)
    with pytest.raises(DigestError, match="edited in place") as caught:
        project.build()
    assert fragment.name in str(caught.value)
    assert tree_differences(tree(project.output), before) == []
    project.build()
    assert_same_as_cold(project, tmp_path)


def test_a_month_indexed_again_links_the_files_it_had_before_into_the_cache(
    sample_copy: Callable[[], Project],
) -> None:
    """An edited note changes a few files of its month's bundle: the others are linked
    from the bundle stored before, so output/ and the cache still share one file each."""
    project = warmed(sample_copy)
    # shards.json is made by digest, from every bundle: not stored.
    files = [path for path in _files(project.output / "pagefind") if path.name != "shards.json"]
    before = {path: path.stat().st_ino for path in files}
    edit_note(project)
    project.build()
    kept = [path for path, inode in before.items() if path.is_file() and path.stat().st_ino == inode]
    assert len(kept) > len(before) // 2
    stored = _inodes(project.root / CACHE_DIR / "search")
    assert [path for path in kept if path.stat().st_ino not in stored] == []


def test_builds_without_hard_links_equal_cold_builds(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where links fail (another file system, too many links), files are copied or
    written instead: the cache's bundles, the trees and the output are as with links."""

    def no_link(*_: object, **__: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_link)
    project = warmed(sample_copy)
    edit_note(project)
    project.build()
    assert_same_as_cold(project, tmp_path)
    bundle = _files(project.output / "pagefind")
    assert all(path.stat().st_nlink == 1 for path in bundle)


def test_a_failure_while_storing_a_bundle_leaves_output_no_thread_and_no_half_stored_bundle(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from digest.incremental.searchstore import SearchStore as _Store

    project = warmed(sample_copy)
    before = tree(project.output)
    real_write = _Store._write

    def disk_full(self: _Store, folder: Path, files: dict[str, bytes]) -> object:
        real_write(self, folder, dict(sorted(files.items())[:3]))  # a few files, then no room
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_Store, "_write", disk_full)
    edit_note(project)
    threads = threading.active_count()  # other tests leave threads behind
    with pytest.raises(OSError, match="No space left"):
        project.build()
    assert tree_differences(tree(project.output), before) == []
    assert threading.active_count() == threads
    store = project.root / CACHE_DIR / "search"
    assert [entry.name for entry in store.iterdir() if entry.name.startswith(".")] == []
    monkeypatch.undo()
    project.build()
    assert_same_as_cold(project, tmp_path)


def test_pagefinds_runtime_edited_in_place_discards_every_bundle_that_holds_it(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind's script is the same in every month's bundle, so the cache holds it once,
    linked into each: an edit in place through output/ reaches them all, and all go."""
    project = sample_copy()
    notes = project.root / "content/notes"
    moved = (notes / "2025-11-19.yaml").read_text(encoding="utf-8")
    (notes / "2025-11-19.yaml").unlink()
    project.write("content/notes/2025-10-31.yaml", moved.replace('"2025-11-19"', '"2025-10-31"', 1))
    # One Pagefind run at a time, so that the second month's bundle is stored after the
    # first and links its runtime (two stored at the same moment would each write it).
    monkeypatch.setattr(search, "PARALLEL", 1)
    project = warmed(lambda: project)
    monkeypatch.undo()
    store = project.root / CACHE_DIR / "search"
    script = next((project.output / "pagefind").glob("*/pagefind.js"))
    holders = [path.parent for path in store.glob("*/pagefind.js") if path.samefile(script)]
    assert len(holders) == 3, "three shards (October, two parts of November), one script"
    with script.open("r+b") as file:  # in place: same inode
        file.write(b"/* edited */")
    before = tree(project.output)
    with pytest.raises(DigestError, match="edited in place"):
        project.build()
    assert tree_differences(tree(project.output), before) == []
    assert not any(holder.exists() for holder in holders)
    project.build()
    assert_same_as_cold(project, tmp_path)


def test_the_trees_a_build_wrote_are_not_read_again_by_the_next_in_the_same_process(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`digest serve` builds into its tree at every edit: the trees' manifest the last
    build wrote is taken as it wrote it; a manifest replaced since is read again, and
    the builds stay what a cold build writes."""
    from digest.incremental import tree as outputtree

    project = warmed(sample_copy)
    reads: list[int] = []
    real = outputtree.picklefile.read_all

    def counted(path: Path, count: int, *args: Any, **kwargs: Any) -> Any:
        if path.name.startswith("trees-") and count == 2:  # the trees with their groups
            reads.append(count)
        return real(path, count, *args, **kwargs)

    monkeypatch.setattr(outputtree.picklefile, "read_all", counted)
    edit_note(project)
    project.build()
    assert reads == []
    assert_same_as_cold(project, tmp_path)
    manifest = next((project.root / CACHE_DIR).glob("trees-*.pickle"))
    shutil.copy(manifest, tmp_path / "copy")
    os.replace(tmp_path / "copy", manifest)  # the same bytes in another file
    edit_article(project)
    project.build()
    assert reads == [2]
    assert_same_as_cold(project, tmp_path)


@pytest.mark.parametrize("recorded", [False, True])
def test_a_build_in_a_hurry_stops_and_the_next_goes_on_from_what_it_made(
    sample_copy: Callable[[], Project], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded: bool
) -> None:
    """`digest serve` with another edit waiting: the pages browsers show are made, and the
    build stops there (`Hurried`), leaving output/ as it was and what it made in the
    spare tree. The next build makes the rest and equals a cold one. With many files
    made, the paused build records them, and the next keeps them; with few (here, one
    page and its search index), it does not, and the next makes them again."""
    from digest.build import Hurried, load_site, write_tree
    from digest.incremental import tree as outputtree

    if recorded:
        monkeypatch.setattr(outputtree, "_WORTH_RECORDING", 0)
    project = warmed(sample_copy)
    before = tree(project.output)
    edit_note(project)
    config = project.config()
    site = load_site(config, SAMPLE_TODAY)
    note = next(item for item in site.items if item.note.summary.endswith("(edited)"))
    page = f"articles/{note.article.id}/index.html"
    shown: list[bytes] = []
    with pytest.raises(Hurried):
        write_tree(
            site,
            project.output,
            config.cache_path,
            first=[page],
            then=lambda sink: shown.append(sink.read(page)),
            hurry=lambda: True,
        )
    assert "(edited)" in shown[0].decode() and "(edited)" not in before[page].decode()
    assert tree(project.output) == before
    spare = next(path for path in (project.root / CACHE_DIR).iterdir() if path.name.startswith("spare-"))
    assert (spare / page).read_bytes() == shown[0]
    with rendered_pages() as routes:
        project.build()
    assert (page.removesuffix("index.html") in routes) is not recorded
    assert any(route.startswith("editions/") for route in routes)  # what the paused build left
    assert_same_as_cold(project, tmp_path)
