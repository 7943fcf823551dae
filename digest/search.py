"""The search index: Pagefind bundles, one per shard, built only when a shard changed.

Pagefind indexes the pages a theme marks with `data-pagefind-body` (the default theme
marks article pages: headline, note, body and tags). Pages are grouped into shards (an
article's shard is its edition's month, `2025-11`), and each shard is its own Pagefind
bundle under `pagefind/<shard>/`, so editing one note reindexes one month, not the site.
`pagefind/shards.json` lists the shards and their languages; the theme's search.js
loads Pagefind from the first (primary) shard and merges every other shard and language
into one search. Pagefind keeps one index per page language (`<html lang>`); Korean pages
get Korean word segmentation.

A shard's key is a hash of its pages' (route, fingerprint) pairs and the Pagefind
version. With a cache folder, a built shard's files are kept in `<cache>/search/<key>/`
and reused while the key matches, so an unchanged shard never runs Pagefind again; keys
the build no longer uses are deleted.
Nothing here writes into output/: the files go back to the caller as Outputs, each with
its stored file as a `Source`, which the output tree hard-links instead of writing the
bytes again (10,500 files at 10,000 articles: seconds of file creation in a cold build).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from digest import pagefind_run
from digest.cachewarnings import damaged, refused, warn
from digest.errors import DigestError
from digest.filestamp import stamp
from digest.fingerprint import hash_bytes
from digest.model import Site
from digest.outputs import Output, Source
from digest.routes import Router

MARKER = b"data-pagefind-body"
ENTRY = "pagefind-entry.json"
SHARDS = "shards.json"
# The shard of marked pages that are not articles (the default theme marks none).
OTHER_SHARD = "pages"
# Two Pagefind processes at a time: CI and the developers' machines have two cores.
PARALLEL = 2
# Part of every shard key: change it when what is stored for a shard changes.
FORMAT = "digest-search-1"
_SHARD_NAME = re.compile(r"[A-Za-z0-9_-]+")
# Pagefind's script, worker and WebAssembly files: the same bytes in every bundle of one
# Pagefind version, so they ship once, in the primary shard's folder.
_RUNTIME = re.compile(r"pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind")


@dataclass(frozen=True)
class SearchPage:
    route: str  # output path, e.g. "articles/x/index.html"
    shard: str  # e.g. "2025-03"
    fingerprint: str  # changes whenever the page's bytes may change
    html: Callable[[], bytes]  # the page's bytes; called only when its shard must be (re)built


def page_url(output_path: str) -> str:
    """A page's URL inside the site, without the base path: search.js gives Pagefind the
    base path as `baseUrl`, so the same index works wherever the site is hosted."""
    return "/" + output_path.removesuffix("index.html")


def edition_shard(edition: dt.date) -> str:
    """The shard of an article in this edition: the edition's month. A month of a daily
    digest is a few hundred articles: quick to reindex, and few enough shards for the browser."""
    return f"{edition:%Y-%m}"


def article_shards(site: Site, router: Router) -> dict[str, str]:
    """{article page output path: shard}; an article in several editions goes with the newest."""
    shards: dict[str, str] = {}
    for item in site.items:  # newest edition first
        shards.setdefault(router.output_path(router.article(item.article)), edition_shard(item.edition))
    return shards


def shard_key(pages: Iterable[SearchPage]) -> str:
    """sha256 over the shard's sorted (route, fingerprint) pairs and the Pagefind version."""
    digest = hashlib.sha256(f"{FORMAT}\0{_pagefind_id()}\0".encode())
    for route, fingerprint in sorted((p.route, p.fingerprint) for p in pages):
        digest.update(f"{route}\0{fingerprint}\0".encode())
    return digest.hexdigest()


def search_outputs(pages: Sequence[SearchPage], router: Router, cache: Path | None) -> list[Output]:
    """The search bundle of these pages: every shard's files, Pagefind's runtime in the
    primary shard, and shards.json, under `router.search_bundle()`. Shards missing from
    the cache are built here, PARALLEL at a time; the Outputs only read bytes."""
    with SearchIndex(router, cache) as index:
        index.add(pages)
        return index.outputs()


class SearchIndex:
    """`search_outputs` in steps, so that Pagefind can index some shards while the build
    renders the rest of the site:

        with SearchIndex(router, cache) as index:
            index.add(article_pages, early=True)  # may start Pagefind now
            ...                                   # render everything else
            index.add(other_pages)
            outputs = index.outputs()

    Pages of one shard must come in one `add`. `early` starts Pagefind at once when a
    single shard needs it (an edited note: one Pagefind process on the core the build
    leaves idle); with more, as in a cold build, both cores are better spent rendering,
    and the shards are built in `outputs`. Each Pagefind run has a thread that runs it
    (another feeds it the pages), stores the run's bundle and ends: while one is alive
    the build renders in this process, as it may fork workers only when it has no other
    thread (`parallel.can_fork`). Leaving the block waits for the runs under way and
    drops those not started."""

    def __init__(self, router: Router, cache: Path | None) -> None:
        self.router = router
        self.store = _Store(cache / "search" if cache else None)
        self.groups: dict[str, list[SearchPage]] = {}
        self.keys: dict[str, str] = {}
        self.building: dict[str, Future[None]] = {}
        self.waiting: list[str] = []
        self.pools: list[ThreadPoolExecutor] = []

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *_: object) -> None:
        for future in self.building.values():
            future.cancel()
        wait(self.building.values())
        self._join()

    def _join(self) -> None:
        for pool in self.pools:
            pool.shutdown(wait=True)
        self.pools = []

    def add(self, pages: Iterable[SearchPage], early: bool = False) -> None:
        groups: dict[str, list[SearchPage]] = {}
        for page in pages:
            if not _SHARD_NAME.fullmatch(page.shard):
                raise ValueError(f"search shard {page.shard!r}: use letters, digits, '-' and '_'")
            if page.shard in self.groups:
                raise ValueError(f"search shard {page.shard!r}: its pages came in two parts")
            groups.setdefault(page.shard, []).append(page)
        self.groups.update(groups)
        missing = []
        for name in sorted(groups):
            self.keys[name] = shard_key(groups[name])
            if not self.store.has(self.keys[name]):
                missing.append(name)
        if early and len(missing) == 1:
            self._start(missing)
        else:
            self.waiting.extend(missing)

    @property
    def indexing(self) -> bool:
        """Whether a shard started early is still being indexed or stored."""
        return any(not future.done() for future in self.building.values())

    def _start(self, names: Sequence[str]) -> None:
        if not names:
            return
        pool = ThreadPoolExecutor(max_workers=PARALLEL)
        for name in names:
            # Stored by the thread that ran Pagefind, as soon as it is done: writing its
            # files then overlaps the other shards' runs.
            self.building[name] = pool.submit(self._build_and_store, name)
        pool.shutdown(wait=False)  # its threads end as soon as the queue is done
        self.pools.append(pool)

    def _build_and_store(self, name: str) -> None:
        self.store.put(self.keys[name], _build(self.groups[name]))

    def outputs(self) -> list[Output]:
        """Every file of the bundle, once Pagefind has built the missing shards. No thread
        of this index is left when it returns."""
        self._start(self.waiting)
        self.waiting = []
        # The shards stored already are listed while Pagefind runs (after one edit, that
        # is every month but one); only those it builds are left for after.
        built = sorted(self.building)
        bundles = {name: self.store.get(self.keys[name]) for name in self.groups if name not in self.building}
        for name in built:
            self.building[name].result()  # raises what the run raised
        self.building = {}
        self._join()
        bundles.update({name: self.store.get(self.keys[name]) for name in built})
        self.store.prune(keep=set(self.keys.values()))
        prefix = self.router.search_bundle()
        return _outputs(prefix, self.keys, {name: b for name, b in bundles.items() if b})


def search_files(
    pages: Iterable[tuple[str, bytes]], router: Router, shards: Mapping[str, str] | None = None
) -> list[tuple[str, bytes]]:
    """The bundle for rendered (route, bytes) pages, as (route, bytes), without a cache:
    `shards` maps an output path to its shard (`article_shards`); others go to OTHER_SHARD."""
    shards = shards or {}
    marked = [
        SearchPage(
            route=path,
            shard=shards.get(path, OTHER_SHARD),
            fingerprint=hashlib.sha256(html).hexdigest(),
            html=lambda html=html: html,
        )
        for path, html in pages
        if path.endswith(".html") and MARKER in html
    ]
    return [(output.route, output.produce()) for output in search_outputs(marked, router, None)]


# A built shard: {file name inside the shard's bundle: a reader of its bytes}; empty when
# none of its pages is marked for search.
Bundle = dict[str, "StoredFile"]


@dataclass(frozen=True)
class StoredFile:
    digest: str  # of the bytes: an unchanged file of a rebuilt shard is not written again
    read: Callable[[], bytes]
    source: Source | None = None  # the stored file, for the tree to link


# Inside each stored shard: {file name: [digest of its bytes, size, mtime_ns, inode]}, so
# a build lists a shard's files without walking or reading them, and links them into the
# output tree while they are as stored.
_MANIFEST = ".digest-files.json"


def _build(pages: Sequence[SearchPage]) -> dict[str, bytes]:
    """One Pagefind run over a shard's marked pages, in route order (the order decides the
    index bytes). Pages are read as they are sent, while Pagefind indexes those before
    them (the first before it starts: a shard without marked pages runs nothing). The
    entry file's languages come in hash-map order; sorted here."""
    marked = _marked(sorted(pages, key=lambda p: p.route))
    first = next(marked, None)
    if first is None:
        return {}
    files = pagefind_run.index(itertools.chain([first], marked))
    entry = json.loads(files[ENTRY])
    files[ENTRY] = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return files


def _marked(pages: Iterable[SearchPage]) -> Iterator[tuple[str, str]]:
    for page in pages:
        html = page.html()
        if MARKER in html:
            yield page_url(page.route), html.decode("utf-8")


class _Store:
    """Built shards by key: on disk under `folder` (reused across builds), else in memory."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.memory: dict[str, dict[str, bytes]] = {}
        # Every stored shard's files, and every stored file by the digest of its bytes:
        # read from the listings once a build needs either, and kept up to date by each
        # `put` (two threads store at a time, while the build lists the others).
        self._listed: dict[str, dict[str, Source]] | None = None
        self._by_digest: dict[str, list[Source]] = {}
        self._lock = threading.Lock()

    def has(self, key: str) -> bool:
        return key in self.memory or (self.folder is not None and (self.folder / key).is_dir())

    def put(self, key: str, files: dict[str, bytes]) -> None:
        if self.folder is None:
            self.memory[key] = files
            return
        # Written beside its final place and renamed into it, so a build stopped halfway
        # never leaves a shard that looks complete.
        temporary = self.folder / f".{key}.{os.getpid()}"
        shutil.rmtree(temporary, ignore_errors=True)
        try:
            listing = self._write(temporary, files)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        try:
            temporary.rename(self.folder / key)
        except OSError:  # another build stored the same key first: same bytes
            shutil.rmtree(temporary, ignore_errors=True)
            return
        with self._lock:
            if self._listed is not None:
                self._add(key, _parse(self.folder / key, listing))

    def _write(self, folder: Path, files: dict[str, bytes]) -> dict[str, list[str | int]]:
        """Put a shard's files into `folder`; return its listing. A month indexed again
        after one edit has a few new files among hundreds it had: those are linked from
        the shard stored before, not written (so is Pagefind's runtime, the same in every
        shard, unless two shards are stored at the same moment: each then writes it)."""
        listing: dict[str, list[str | int]] = {}
        for name, data in sorted(files.items()):
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            digest = hash_bytes(data)
            if not any(source.unchanged() and _linked(source.path, path) for source in self._holding(digest)):
                path.write_bytes(data)
            stat = path.stat()  # a rename of the folder leaves it as it is
            listing[name] = [digest, *stamp(stat)]
        folder.mkdir(parents=True, exist_ok=True)  # an empty shard is cached too
        (folder / _MANIFEST).write_text(json.dumps(listing), encoding="utf-8")
        return listing

    def _holding(self, digest: str) -> list[Source]:
        """The stored files with this digest of their bytes."""
        with self._lock:
            self._list()
            return list(self._by_digest.get(digest, ()))

    def _stored(self, key: str) -> dict[str, Source] | None:
        """A stored shard's files, None when its listing is missing or damaged."""
        assert self.folder is not None
        with self._lock:
            found = self._list().get(key)
            if found is None:  # stored since the listings were read (by another build)
                try:
                    found = _listing(self.folder / key)
                except FileNotFoundError:
                    return None
                except (OSError, ValueError, TypeError) as error:
                    _warn(self.folder / key, error)
                    return None
                self._add(key, found)
            return found

    def _list(self) -> dict[str, dict[str, Source]]:
        """Every stored shard's files (the lock held): read once a build needs them."""
        if self._listed is None:
            assert self.folder is not None
            listings = list(_listings(self.folder))
            self._listed = {}
            for shard, sources in listings:
                self._add(shard.name, sources)
        return self._listed

    def _add(self, key: str, sources: dict[str, Source]) -> None:
        assert self._listed is not None
        if key in self._listed:  # stored by `put` just as the listings were read
            return
        self._listed[key] = sources
        for source in sources.values():
            self._by_digest.setdefault(source.digest, []).append(source)

    def prune(self, keep: set[str]) -> None:
        """Delete the stored shards not in `keep` (this build's): every edit of a note
        stores a new key for its month, and the old ones would pile up."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name.startswith("."):
                # A shard being stored (`put`): left by a process killed or stopped in the
                # middle, it goes once that process is gone.
                pid = entry.name.rpartition(".")[2]
                if pid.isdigit() and not _alive(int(pid)):
                    shutil.rmtree(entry, ignore_errors=True)
            elif entry.name not in keep:
                shutil.rmtree(entry, ignore_errors=True)

    def get(self, key: str) -> Bundle:
        if self.folder is None:
            return {
                name: StoredFile(hash_bytes(data), lambda data=data: data)
                for name, data in self.memory[key].items()
            }
        root = self.folder / key
        sources = self._stored(key)
        if sources is None:  # damaged, or stored by an older digest
            # Never through a link: that could publish any file of the machine.
            paths = sorted(
                p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and p.name != _MANIFEST
            )
            return {
                path.relative_to(root).as_posix(): StoredFile(hash_bytes(path.read_bytes()), path.read_bytes)
                for path in paths
            }
        return {
            name: StoredFile(source.digest, partial(_read_stored, root, source), source)
            for name, source in sources.items()
        }


def _listings(folder: Path) -> Iterator[tuple[Path, dict[str, Source]]]:
    """(shard folder, its files) of every shard stored in `folder` with a readable listing."""
    try:
        shards = sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))
    except OSError:  # no store yet
        return
    for shard in shards:
        try:
            sources = _listing(shard)
        except FileNotFoundError:  # being pruned, or not a shard: nothing to lend
            continue
        except (OSError, ValueError, TypeError) as error:  # damaged: nothing to lend
            _warn(shard, error)
            continue
        yield shard, sources


def _listing(shard: Path) -> dict[str, Source]:
    """A stored shard's files, from its listing. OSError, ValueError or TypeError when the
    listing is missing, damaged, written by an older digest or refused (`_Outside`)."""
    return _parse(shard, json.loads((shard / _MANIFEST).read_text(encoding="utf-8")))


class _Outside(ValueError):
    """A listing that names a file outside its shard's folder (or reached through a link):
    the build would read it, or link it into the site."""


# A file of a shard: folders and a name, none of them empty, `.` or `..`.
_PART = r"(?!\.\.?(?:/|$))[^/\\\x00]+"
_STORED_NAME = re.compile(rf"{_PART}(?:/{_PART})*")


def _parse(shard: Path, listing: object) -> dict[str, Source]:
    if not isinstance(listing, dict):
        raise TypeError(f"{shard}: not a shard's listing")
    folders: set[str] = set()
    for name in listing:
        if not _STORED_NAME.fullmatch(name):
            raise _Outside(f"names a file outside its folder: {name!r}")
        folder = name.rpartition("/")[0]
        while folder and folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    for folder in sorted(folders):  # a few: fragment/, index/, filter/
        if os.path.islink(shard / folder):
            raise _Outside(f"reaches its files through a link: {folder!r}")
    return {name: _source(shard, name, listed) for name, listed in listing.items()}


def _warn(shard: Path, error: Exception) -> None:
    listing = shard / _MANIFEST
    warn(listing, refused(str(error)) if isinstance(error, _Outside) else damaged(error))


def _source(root: Path, name: str, listed: object) -> Source:
    """A stored file from its shard's listing: [digest, size, mtime_ns, inode]."""
    match listed:
        case [str(digest), int(size), int(mtime_ns), int(inode)]:
            return Source(f"{root}/{name}", size, mtime_ns, inode, digest)
    raise TypeError(f"{name}: not a stored file's record")


def _linked(source: str, path: Path) -> bool:
    try:
        os.link(source, path)
    except OSError:  # gone since listed, too many links already, or no hard links here
        return False
    return True


def _read_stored(shard: Path, source: Source) -> bytes:
    """A stored file's bytes, checked. The output tree links these files (`Source`), so a
    file of output/ edited in place changes the stored one too: every shard that holds
    that file (Pagefind's runtime is in most of them) is discarded."""
    path = Path(source.path)
    data = path.read_bytes()
    if hash_bytes(data) != source.digest:
        inode = path.stat().st_ino
        for other, sources in _listings(shard.parent):
            if any(held.inode == inode for held in sources.values()):
                shutil.rmtree(other, ignore_errors=True)
        shutil.rmtree(shard, ignore_errors=True)
        raise DigestError(
            f"search index: {path} changed after it was stored (was a file of output/ edited in place?);"
            " the cached shard is discarded: build again to make it anew"
        )
    return data


def _outputs(prefix: str, keys: Mapping[str, str], bundles: Mapping[str, Bundle]) -> list[Output]:
    # Newest shard first (the primary: Pagefind's runtime is loaded from it), the
    # non-article shard last.
    order = sorted((n for n in bundles if n != OTHER_SHARD), reverse=True)
    order += [OTHER_SHARD] if OTHER_SHARD in bundles else []
    outputs: list[Output] = []
    runtime: dict[str, StoredFile] = {}
    listed = []
    for name in order:
        bundle = bundles[name]
        for file, stored in bundle.items():
            if _RUNTIME.fullmatch(file):
                runtime.setdefault(file, stored)
            else:
                outputs.append(Output(f"{prefix}{name}/{file}", stored.digest, stored.read, stored.source))
        entry = bundle[ENTRY].read()
        languages = json.loads(entry)["languages"]
        counts = {lang: languages[lang]["page_count"] for lang in sorted(languages)}
        # The entry names each index by a hash of its contents: a tag for the browser's cache
        # that changes with the index, not with how it was fingerprinted.
        listed.append({"name": name, "languages": counts, "tag": hashlib.sha256(entry).hexdigest()[:16]})
    if order:
        for file, stored in sorted(runtime.items()):
            outputs.append(Output(f"{prefix}{order[0]}/{file}", stored.digest, stored.read, stored.source))
    data = json.dumps(
        {"primary": order[0] if order else None, "shards": listed},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    outputs.append(Output(prefix + SHARDS, hashlib.sha256(data).hexdigest(), lambda: data))
    return sorted(outputs, key=lambda o: o.route)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _pagefind_id() -> str:
    return f"{pagefind_run.version()} {pagefind_run.executable().name}"
