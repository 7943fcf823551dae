"""The content cache: parsed articles and notes reused while their files are unchanged,
and parsing in a process pool giving exactly what parsing in order gives."""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from digest.build import load_site
from digest.config import Config
from digest.content import parsing
from digest.content.model import Article, EditionInfo, Image, ImageFile, Note
from digest.content.notes import NoteFile, NoteFiles, ParsedNote, read_notes
from digest.content.parsing import Uncached
from digest.content.readers import ArticleReader, read_articles
from digest.errors import Collector, DigestError
from digest.incremental import contentstore as contentcache
from digest.incremental import safepickle, storage
from digest.incremental.contentstore import ContentStore
from tests.conftest import CACHE_DIR, CACHE_FILE, ROOT, SAMPLE_TODAY, Project

HOUR_NS = 3600 * 10**9

MARKDOWN_ARTICLE = """\
---
title: "Ferry timetable changes"
date: 2025-11-19
published: 2025-11-19T09:00:00
tags: ["transport"]
---
The ferry to the islands will run *twice* as often from December.
"""


# What an article's cache entry may hold (the sample's Markdown article has a picture).
INSIDE = contentcache._KINDS["articles"][1]


@pytest.fixture
def site(tmp_path: Path) -> Project:
    """The sample project (14 articles of three formats, edition files), in tmp_path."""
    project = Project(tmp_path / "site")
    shutil.copytree(ROOT / "content", project.root / "content")
    shutil.copy(ROOT / "config.yaml", project.config_path)
    age_files(project)
    return project


def age_files(project: Project, ns: int = HOUR_NS) -> None:
    """Date every content file back, as files an editor saved a while ago: only then
    does the cache trust their stat (a stamp as recent as the read is hashed next time)."""
    for path in (project.root / "content").rglob("*"):
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, time.time_ns() - ns))


def read(
    config: Config, cache: bool = True, threshold: int = 64
) -> tuple[list[Article], NoteFiles, list[str]]:
    errors = Collector()
    store = ContentStore(config.cache_path, config, threshold) if cache else Uncached(threshold)
    articles = read_articles(config, errors, store)
    notes = read_notes(config, {a.id for a in articles}, errors, store)
    return articles, notes, [problem.format(config.root) for problem in errors.problems]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every article file parsed in this process, in order."""
    seen: list[Path] = []
    original = ArticleReader.read

    def spy(self: ArticleReader, path: Path, data: bytes | None = None) -> Article:
        seen.append(path)
        return original(self, path, data)

    monkeypatch.setattr(ArticleReader, "read", spy)
    return seen


def test_a_cache_hit_gives_what_a_cold_read_gives(site: Project, parses: list[Path]) -> None:
    config = site.config()
    cold = read(config, cache=False)
    assert not config.cache_path.exists()
    first = read(config)
    names = [path.name for path in config.cache_path.iterdir()]
    assert all(CACHE_FILE.fullmatch(name) for name in names)
    assert {name.split(".")[0] for name in names} == {"articles", "notes"}
    parses.clear()
    second = read(config)
    assert parses == []
    assert cold == first == second
    assert len(second[0]) == 14 and second[1].notes
    assert load_site(config, SAMPLE_TODAY) == load_site(config, SAMPLE_TODAY, cache=False)


def test_cached_values_share_the_path_objects_of_the_listing(
    site: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = site.config()
    read(config)
    # Shards unpickled again (a process that read them keeps the values it read first).
    monkeypatch.setattr(contentcache, "_LOADED", storage.Memo())
    listing = sorted((site.root / "content/articles").iterdir())
    cache = contentcache.ContentCache(
        config.cache_path, "articles", contentcache.reader_key(config), listing, value=Article, inside=INSIDE
    )
    for path in listing:
        hit, article, _ = cache.lookup(path)
        assert hit and article.path is path
    # A path the listing does not know (looked up without one) is made from its text.
    monkeypatch.setattr(contentcache, "_LOADED", storage.Memo())
    cache = contentcache.ContentCache(
        config.cache_path, "articles", contentcache.reader_key(config), value=Article, inside=INSIDE
    )
    hit, article, _ = cache.lookup(listing[0])
    assert hit and article.path == listing[0] and article.path is not listing[0]


def test_a_cached_note_keeps_its_digest_and_a_changed_copy_gets_its_own(site: Project) -> None:
    config = site.config()
    cold = [note.digest for note in read(config, cache=False)[1].notes]
    read(config)
    warm = read(config)[1].notes
    # Unpickled with the note, not computed again.
    assert [note.__dict__.get("digest") for note in warm] == cold
    changed = dataclasses.replace(warm[0], summary=warm[0].summary + " More.")
    assert changed.digest != warm[0].digest
    assert dataclasses.replace(warm[0]).digest == warm[0].digest


def test_the_cache_lives_beside_config_yaml(site: Project) -> None:
    config = site.config()
    assert config.cache_path == site.root / CACHE_DIR
    site.build()
    assert list((site.root / CACHE_DIR).glob("articles.*.pickle"))


def test_an_edited_file_is_read_again(site: Project, parses: list[Path]) -> None:
    config = site.config()
    read(config)
    path = site.root / "content/articles/pangyo-startup-talent-visa.md"
    text = path.read_text(encoding="utf-8")
    # The same size and, on a coarse clock, the same mtime: only the bytes tell.
    path.write_text(text.replace("Pangyo founders", "Pangyo FOUNDERS"), encoding="utf-8")
    parses.clear()
    articles, _, _ = read(config)
    assert parses == [path]
    assert next(a for a in articles if a.path == path).headline.startswith("Pangyo FOUNDERS")
    # A longer edit, made an hour "ago" so that the stat alone would be trusted.
    path.write_text(text.replace("Pangyo founders", "Pangyo's founders"), encoding="utf-8")
    age_files(site, HOUR_NS // 2)
    parses.clear()
    articles, _, _ = read(config)
    assert parses == [path]
    assert next(a for a in articles if a.path == path).headline.startswith("Pangyo's founders")


def test_a_touched_but_unchanged_file_is_a_hit(site: Project, parses: list[Path]) -> None:
    config = site.config()
    read(config)
    for path in (site.root / "content").rglob("*.*"):
        path.touch()
    parses.clear()
    read(config)
    assert parses == []


def test_a_new_copy_of_a_file_with_the_same_bytes_is_a_hit(site: Project, parses: list[Path]) -> None:
    config = site.config()
    read(config)
    path = site.root / "content/articles/ledger-chip-export-rebound.txt"
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)  # a new inode and mtime, as after `git checkout`
    parses.clear()
    read(config)
    assert parses == []


# What the shards of articles and notes may hold.
SHARD_TYPES = (contentcache._Entry, Article, NoteFile, ParsedNote, Note, EditionInfo, Image, ImageFile)
# A shard written for another key (other settings, another version of digest).
STALE = pickle.dumps({"format": contentcache._FORMAT, "key": "another key", "version": "0"}) + pickle.dumps(
    {}
)


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not a pickle at all",
        b"\x80\x05\x95\xff\xff\xff",
        pickle.dumps(["a", "list"]),
        pickle.dumps({}),
        pickle.dumps({"format": contentcache._FORMAT, "key": "another key"}),
        pickle.dumps({"format": contentcache._FORMAT, "key": "?"}) + pickle.dumps(["not", "entries"]),
        b"right header",
        b"right header" + pickle.dumps(["not", "entries"]),
        b"right header" + b"\x80\x05\x95\xff",
        STALE,
    ],
    ids=[
        "empty",
        "garbage",
        "truncated",
        "a-list",
        "no-key",
        "another-key",
        "another-key-and-junk",
        "header-only",
        "list-of-entries",
        "truncated-entries",
        "stale",
    ],
)
def test_a_corrupt_cache_file_is_ignored_with_a_warning_and_rewritten(
    site: Project, damage: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    config = site.config()
    expected = read(config, cache=False)
    read(config)
    files = sorted(config.cache_path.iterdir())
    header = pickle.dumps(
        {"format": contentcache._FORMAT, "key": contentcache.reader_key(config), "version": "0"}
    )
    for path in files:
        path.write_bytes(damage.replace(b"right header", header))
    capsys.readouterr()
    assert read(config) == expected
    warnings = sorted(capsys.readouterr().err.splitlines())
    if damage == STALE:  # written for other content or settings: rebuilt without a word
        assert warnings == []
    else:
        assert [line.partition(": ignored: ")[0] for line in warnings] == [str(path) for path in files]
    assert read(config) == expected
    assert capsys.readouterr().err == ""
    assert sorted(config.cache_path.iterdir()) == files
    for path in files:
        with path.open("rb") as handle:
            assert safepickle.load(handle)["key"]
            assert safepickle.load(handle, SHARD_TYPES)


def test_a_cache_that_cannot_be_written_only_costs_speed(site: Project) -> None:
    config = site.config()
    config.cache_path.write_text("a file where the folder should be", encoding="utf-8")
    assert read(config) == read(config, cache=False)


def test_a_new_code_key_invalidates(
    site: Project, parses: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = site.config()
    read(config)
    monkeypatch.setattr(contentcache, "code_key", lambda: "another version of digest")
    parses.clear()
    read(config)
    assert len(parses) == 14


def test_a_config_change_invalidates(site: Project, parses: list[Path]) -> None:
    read(site.config())
    text = site.config_path.read_text(encoding="utf-8")
    site.config_path.write_text(text.replace('timezone: "Asia/Seoul"', 'timezone: "UTC"'), encoding="utf-8")
    config = site.config()
    assert config.timezone == "UTC"
    parses.clear()
    articles, _, _ = read(config)
    assert len(parses) == 14
    assert articles == read(config, cache=False)[0]


def test_base_url_is_not_part_of_the_key(site: Project, parses: list[Path]) -> None:
    """`digest serve` and `--base-url` change it; reading does not depend on it."""
    read(site.config())
    parses.clear()
    read(site.config("http://127.0.0.1:8000/"))
    assert parses == []


def test_problems_are_reported_on_every_build_and_never_cached(site: Project, parses: list[Path]) -> None:
    config = site.config()
    site.article("broken.md", "---\ntitle: Broken\ndate: 2025-13-45\n---\nBody.\n")
    site.note("stray.yaml", 'article: "nowhere"\nedition: "2025-11-19"\nsection: policy\nrank: 0\n')
    age_files(site)
    messages = [read(config)[2] for _ in range(3)]
    assert messages[0] == messages[1] == messages[2]
    assert messages[0] == read(config, cache=False)[2]
    assert "content/articles/broken.md:3: invalid YAML: date: month must be in 1..12" in messages[0]
    assert "content/notes/stray.yaml:4: rank: expected a positive integer, got 0" in messages[0]
    assert parses.count(site.root / "content/articles/broken.md") == 4


def test_a_note_naming_a_missing_article_is_checked_on_every_build(site: Project) -> None:
    """The note file is unchanged and cached; the article it names comes and goes."""
    config = site.config()
    site.note("late.yaml", 'article: "late-story"\nedition: "2025-11-21"\nsection: policy\nrank: 9\n')
    age_files(site)
    missing = "content/notes/late.yaml:1: article: no article with id 'late-story' in content/articles/"
    assert missing in read(config)[2]
    assert missing in read(config)[2]
    site.article("late-story.md", MARKDOWN_ARTICLE)
    _, notes, problems = read(config)
    assert problems == []
    assert "late-story" in {note.article_id for note in notes.notes}
    (site.root / "content/articles/late-story.md").unlink()
    assert read(config)[2] == [missing]


def test_a_deleted_file_leaves_the_cache(site: Project) -> None:
    config = site.config()
    read(config)
    gone = site.root / "content/articles/saebyeok-webtoon-exports.txt"
    gone.unlink()
    read(config)
    entries: dict[str, object] = {}
    for path in config.cache_path.glob("articles.*.pickle"):
        with path.open("rb") as handle:
            safepickle.load(handle)  # the header
            entries.update(safepickle.load(handle, SHARD_TYPES))
    assert len(entries) == 13 and str(gone) not in entries


def make_bulk(project: Project, count: int) -> None:
    """`count` articles in all three formats, some broken, and notes on them."""
    formats = [
        ("md", MARKDOWN_ARTICLE),
        ("txt", " date 2025-11-19 Night buses {n}\nPublished: 19 Nov. 2025, 15:15\nBody {n}.\nBY KIM JI-HO\n"),
        ("html", "<html><head><title>Saved {n}</title>"
         '<meta property="article:published_time" content="2025-11-19T10:00:00+09:00"></head>'
         "<body><article><h1>Saved {n}</h1>"
         "<p>Paragraph {n} of a saved page, long enough to be main text for the extractor.</p>"
         "</article></body></html>"),
    ]  # fmt: skip
    for n in range(count):
        suffix, text = formats[n % 3]
        if n % 17 == 5:
            text = "---\ntitle: [unclosed\n---\nBody.\n" if suffix == "md" else "\x00binary\x00"
        project.article(f"bulk-{n:03d}.{suffix}", text.replace("{n}", str(n)))
    for n in range(0, count, 4):
        project.note(
            f"bulk-{n:03d}.yaml",
            f'article: "bulk-{n:03d}"\nedition: "2025-11-19"\nsection: policy\nrank: {n - 8}\n'
            'commentary: "Worth *reading*."\n',
        )


def test_a_pool_reads_what_a_serial_read_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parses: list[Path]
) -> None:
    project = Project(tmp_path / "bulk")
    project.root.mkdir()
    shutil.copy(ROOT / "config.yaml", project.config_path)
    make_bulk(project, 60)
    config = project.config()
    serial = read(config, cache=False, threshold=10**9)
    assert len(serial[0]) > 40 and len(serial[2]) > 5

    pids = tmp_path / "pids"
    spy = ArticleReader.read

    def recording(self: ArticleReader, path: Path, data: bytes | None = None) -> Article:
        with pids.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return spy(self, path, data)

    monkeypatch.setattr(ArticleReader, "read", recording)
    monkeypatch.setattr(parsing, "workers", lambda: 2)
    # Other tests in this process may leave daemon threads behind (servers, watchers);
    # they hold no lock that parsing takes, so fork anyway.
    monkeypatch.setattr(parsing, "can_fork", lambda: True)
    parses.clear()
    pooled = read(config, cache=False, threshold=0)
    assert pooled == serial
    assert parses == []  # not one file parsed in this process
    assert str(os.getpid()) not in pids.read_text(encoding="utf-8").split()
    # And the pool fills the cache just as a serial read would.
    pooled_cold = read(config, threshold=0)
    assert pooled_cold == serial
    assert read(config) == serial
    assert [path.stem for path in parses] == ["bulk-005", "bulk-022", "bulk-039", "bulk-056"]  # the broken


def test_a_failed_build_reports_the_same_problems_with_and_without_the_cache(site: Project) -> None:
    site.article("broken.txt", "\n")
    site.note("broken.yaml", 'article: "broken"\nedition: "2025-11-19"\nsection: policy\nrank: 9\n')
    for _ in range(2):
        with pytest.raises(DigestError) as cached:
            load_site(site.config(), SAMPLE_TODAY)
    with pytest.raises(DigestError) as cold:
        load_site(site.config(), SAMPLE_TODAY, cache=False)
    assert cached.value.problems == cold.value.problems


def test_a_process_with_other_threads_reads_serially(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parses: list[Path]
) -> None:
    """`digest serve` reads with its watcher and server threads running: forking then
    could copy a lock some thread holds into the child, forever held."""
    project = Project(tmp_path / "bulk")
    project.root.mkdir()
    shutil.copy(ROOT / "config.yaml", project.config_path)
    make_bulk(project, 9)
    monkeypatch.setattr(parsing, "workers", lambda: 2)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        read(project.config(), cache=False, threshold=0)
    finally:
        stop.set()
        thread.join()
    assert len(parses) == 9


def test_an_edit_rewrites_one_shard_and_a_clean_read_none(site: Project) -> None:
    config = site.config()
    read(config)

    before = _cache_files(config)
    read(config)
    assert _cache_files(config) == before
    path = site.root / "content/articles/ledger-won-weakens-exporters.txt"
    path.write_text(path.read_text(encoding="utf-8") + "One more paragraph.\n", encoding="utf-8")
    read(config)
    after = _cache_files(config)
    assert after.keys() == before.keys()
    assert [name for name in after if after[name] != before[name]] == [
        f"articles.{contentcache.zlib.crc32(str(path).encode()) % contentcache.SHARDS:02d}.pickle"
    ]


def _cache_files(config: Config) -> dict[str, tuple[int, int]]:
    """Each file of the cache folder: its inode and mtime, which move when it is written."""
    return {path.name: (path.stat().st_ino, path.stat().st_mtime_ns) for path in config.cache_path.iterdir()}


@pytest.fixture
def article_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every article file read, by name: to parse it, or to hash it when its stamp did
    not match the cache's."""
    seen: list[str] = []
    real = Path.read_bytes

    def spy(self: Path) -> bytes:
        if "content" in self.parts and "articles" in self.parts:
            seen.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    return seen


def test_files_checked_out_again_rewrite_only_their_stamps(
    site: Project, parses: list[Path], article_reads: list[str]
) -> None:
    """New stamps, same bytes (a CI job's checkout): each file is hashed once, nothing is
    parsed, and the shards stay as they were; the new stamps go into the stamps files
    beside them and are trusted next time."""
    config = site.config()
    expected = read(config, cache=False)
    read(config)
    before = _cache_files(config)
    age_files(site, ns=2 * HOUR_NS)  # every file gets another mtime
    parses.clear()
    article_reads.clear()
    assert read(config) == expected
    assert parses == [] and len(article_reads) == 14
    after = _cache_files(config)
    shards = {name for name in after if ".stamps." not in name}
    assert shards == before.keys() and all(after[name] == before[name] for name in shards)
    assert {name.replace(".stamps", "") for name in after.keys() - shards} == shards
    article_reads.clear()
    assert read(config) == expected
    assert article_reads == []  # trusted by the stamps file
    assert _cache_files(config) == after


def test_an_edit_rewrites_its_shard_with_the_newest_stamps_and_drops_the_stamps_file(
    site: Project, parses: list[Path], article_reads: list[str]
) -> None:
    config = site.config()
    read(config)
    age_files(site, ns=2 * HOUR_NS)
    read(config)
    # An article that shares its shard: the others' newer stamps must survive the rewrite.
    by_shard: dict[int, list[Path]] = {}
    for article in sorted((site.root / "content/articles").iterdir()):
        by_shard.setdefault(contentcache.zlib.crc32(str(article).encode()) % contentcache.SHARDS, []).append(
            article
        )
    number, sharing = next((n, paths) for n, paths in sorted(by_shard.items()) if len(paths) > 1)
    path = sharing[0]
    path.write_bytes(path.read_bytes() + b"\nOne more paragraph.\n")
    os.utime(path, ns=(path.stat().st_atime_ns, time.time_ns() - HOUR_NS))  # old enough to trust
    shard = f"articles.{number:02d}"
    parses.clear()
    article_reads.clear()
    expected = read(config, cache=False)
    parses.clear()
    article_reads.clear()
    assert read(config) == expected
    assert parses == [path]
    assert article_reads == [path.name]  # the others' stamps, from the stamps files, hold
    names = _cache_files(config).keys()
    assert f"{shard}.pickle" in names and f"{shard}.stamps.pickle" not in names
    article_reads.clear()
    assert read(config) == expected
    assert article_reads == []  # the rewritten shard holds the stamps its stamps file had


@pytest.mark.parametrize("damage", ["garbage", "another-version"])
def test_a_damaged_or_stale_stamps_file_only_costs_a_hash(
    site: Project, parses: list[Path], article_reads: list[str], damage: str
) -> None:
    config = site.config()
    expected = read(config, cache=False)
    read(config)
    age_files(site, ns=2 * HOUR_NS)
    read(config)
    stamps_files = sorted(config.cache_path.glob("articles.*.stamps.pickle"))
    assert stamps_files
    for stamps in stamps_files:
        if damage == "garbage":
            stamps.write_bytes(b"not a pickle")
        else:  # the same stamps, written for another version of the shard
            with stamps.open("rb") as handle:
                header, body = pickle.load(handle), pickle.load(handle)
            stamps.write_bytes(pickle.dumps({**header, "version": "another"}) + pickle.dumps(body))
    parses.clear()
    article_reads.clear()
    assert read(config) == expected
    assert parses == [] and len(article_reads) == 14


def test_a_shard_this_process_read_is_not_unpickled_again_while_it_is_as_it_was(
    site: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`digest serve` reads the content at every rebuild: the shards an edit left as they
    were are taken as this process read them; the one it rewrote is read again."""
    config = site.config()
    read(config)  # writes the shards
    first = read(config)  # reads them
    loads: list[str] = []
    real = safepickle.load

    def counted(file: Any, *args: Any, **kwargs: Any) -> Any:
        if args:  # a shard's entries (headers and stamps are read with no types)
            loads.append(Path(file.name).name)
        return real(file, *args, **kwargs)

    monkeypatch.setattr(contentcache.safepickle, "load", counted)
    assert read(config) == first and loads == []
    article = sorted((site.root / "content/articles").glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    edited = read(config)  # parses the article, writes its shard
    assert loads == []
    assert read(config) == edited
    assert len(loads) == 1 and loads[0].startswith("articles.")
