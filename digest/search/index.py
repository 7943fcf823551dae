"""The search index: Pagefind bundles, one per shard, built only when a shard changed.

Pagefind indexes the pages a theme marks with `data-pagefind-body` (the default theme
marks article pages: headline, note, body and tags), each in the language its
`data-search-language` names (`in_text_language`), or else its `<html lang>`.
Pages are grouped into shards (an
article's shard is its edition's month, `2025-11`), and each shard is its own Pagefind
bundle under `pagefind/<shard>/`, so editing one note reindexes one month, not the site.
`pagefind/shards.json` lists the shards and their languages; the theme's search.js
loads Pagefind from the first (primary) shard and merges every other shard and language
into one search. Pagefind keeps one index per page language (`<html lang>`); Korean pages
get Korean word segmentation.

A shard's key is a hash of its pages' (route, identity) pairs and the Pagefind version.
Built shards are kept by key in a store handed to the index: in memory for one build,
or on disk between builds (`digest.incremental.searchstore`), so an unchanged shard never
runs Pagefind again. Nothing here writes into output/: the files go back to the caller
as Outputs in groups, one per shard (`bundle_groups`: a sink keeps a shard's group whole
while its key stays), each with its stored file as a `Source` when it has one, which the
output tree hard-links instead of writing the bytes again (10,500 files at 10,000
articles: seconds of file creation in a cold build).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from digest.hashing import hash_bytes
from digest.render.outputs import Output, Source
from digest.render.plan import OTHER_SHARD, Group
from digest.routes import Router
from digest.search import pagefind as pagefind_run

MARKER = b"data-pagefind-body"
ENTRY = "pagefind-entry.json"
SHARDS = "shards.json"
# The search index's groups of outputs are named this and a shard's name, or '#runtime'
# and '#shards.json' (no shard's name has a '#').
SEARCH_GROUP = "search:"
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


def shard_key(pages: Iterable[SearchPage]) -> str:
    """sha256 over the shard's sorted (route, fingerprint) pairs and the Pagefind version."""
    digest = hashlib.sha256(f"{FORMAT}\0{_pagefind_id()}\0".encode())
    for route, fingerprint in sorted((p.route, p.fingerprint) for p in pages):
        digest.update(f"{route}\0{fingerprint}\0".encode())
    return digest.hexdigest()


class ShardStore(Protocol):
    """Where built shards are kept by key: in memory for one build (`MemoryStore`), or on
    disk between builds (`digest.incremental.searchstore`)."""

    def has(self, key: str) -> bool: ...
    def put(self, key: str, files: dict[str, bytes]) -> None: ...
    def get(self, key: str) -> Bundle: ...
    def prune(self, keep: set[str]) -> None: ...


def search_outputs(
    pages: Sequence[SearchPage], router: Router, store: ShardStore | None = None
) -> list[Output]:
    """The search bundle of these pages: every shard's files, Pagefind's runtime in the
    primary shard, and shards.json, under `router.search_bundle()`. Shards missing from
    the store are built here, PARALLEL at a time; the Outputs only read bytes."""
    with SearchIndex(router, store) as index:
        index.add(pages)
        return index.outputs()


class SearchIndex:
    """`search_outputs` in steps, so that Pagefind can index some shards while the build
    renders the rest of the site:

        with SearchIndex(router, store) as index:
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
    drops those not started.

    With a `Background` (`digest serve`), a shard missing from the store is indexed
    there, beside the build, and the build takes the bundle it showed last for that
    shard meanwhile: the next build, once the shard is stored, takes the new one."""

    def __init__(
        self, router: Router, store: ShardStore | None = None, background: Background | None = None
    ) -> None:
        self.router = router
        self.store = store if store is not None else MemoryStore()
        self.background = background
        self.pages: dict[str, list[SearchPage]] = {}  # by shard
        self.keys: dict[str, str] = {}
        self.stale: dict[str, str] = {}  # shard -> key of the bundle shown while it is indexed
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
            if page.shard in self.pages:
                raise ValueError(f"search shard {page.shard!r}: its pages came in two parts")
            groups.setdefault(page.shard, []).append(page)
        self.pages.update(groups)
        missing = []
        for name in sorted(groups):
            key = self.keys[name] = shard_key(groups[name])
            if self.store.has(key):
                continue
            shown = self.background.index(name, key, groups[name]) if self.background else None
            if shown is None:
                missing.append(name)
            else:
                self.stale[name] = shown
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
        self.store.put(self.keys[name], _build(self.pages[name]))

    def outputs(self) -> list[Output]:
        """Every file of the bundle (`groups`, made), in route order."""
        return sorted((output for group in self.groups() for output in group.make()), key=lambda o: o.route)

    def groups(self) -> list[Group]:
        """Every file of the bundle, once Pagefind has built the missing shards, as
        groups a sink keeps whole while their shard keys stay (`bundle_groups`). No
        thread of this index is left when it returns."""
        self._start(self.waiting)
        self.waiting = []
        # The shards stored already are listed while Pagefind runs (after one edit, that
        # is every month but one); only those it builds are left for after.
        built = sorted(self.building)
        keys = {name: self.stale.get(name, key) for name, key in self.keys.items()}
        bundles = {name: self.store.get(keys[name]) for name in self.pages if name not in self.building}
        for name in built:
            self.building[name].result()  # raises what the run raised
        self.building = {}
        self._join()
        bundles.update({name: self.store.get(keys[name]) for name in built})
        # The shards being indexed beside the build are kept too: they may be stored already.
        self.store.prune(keep={*keys.values(), *self.keys.values()})
        if self.background is not None:
            self.background.shown(keys)
        prefix = self.router.search_bundle()
        return bundle_groups(prefix, {name: (keys[name], b) for name, b in bundles.items() if b})


class Background:
    """Shards indexed beside the builds that need them (`digest serve`). A build that
    finds a shard missing from the store hands it here and shows the bundle it showed
    last for that shard meanwhile, so an edit's pages are served, and the next edit
    rebuilt, without waiting for Pagefind (a month of 360 pages: 0.55 s of a core).
    `ready` is called, from a thread of this object, once every shard handed in is
    stored (or failed): the next build then takes them. A shard whose indexing failed is
    indexed again by the next build itself, which reports the failure as a build does.
    A shard handed in again under another key before its run started is not run."""

    def __init__(
        self,
        store: ShardStore,
        ready: Callable[[], None],
        shown: Mapping[str, str] | None = None,
        remember: Callable[[Mapping[str, str]], None] = lambda keys: None,
    ) -> None:
        """`shown`: the keys of the bundles the last build took, by shard, as `remember`
        was last given them (by a server before this one): until a build of this process
        takes its bundles, a shard edited is indexed here, beside the build, too."""
        self.store = store
        self.ready = ready
        self.remember = remember
        self._lock = threading.Lock()
        # shard -> key of the bundle the last build took
        self._shown: dict[str, str] = dict(shown or {})
        self._wanted: dict[str, str] = {}  # shard -> key being indexed
        self._failed: set[str] = set()
        self._pool = ThreadPoolExecutor(max_workers=PARALLEL, thread_name_prefix="digest-search")

    def index(self, name: str, key: str, pages: Sequence[SearchPage]) -> str | None:
        """Index shard `name` under `key` here (unless it is under way) and return the key
        of the bundle to show meanwhile; None when there is none to show (the first build,
        or this key failed): the build must index the shard itself."""
        with self._lock:
            shown = self._shown.get(name)
            if shown is None or key in self._failed or not self.store.has(shown):
                return None
            if self._wanted.get(name) != key:
                self._wanted[name] = key
                # Read now: the build may swap its tree away before the run reads them.
                read = [dataclasses.replace(page, html=partial(bytes, page.html())) for page in pages]
                self._pool.submit(self._run, name, key, read)
            return shown

    def shown(self, keys: Mapping[str, str]) -> None:
        """The bundles a build took, by shard: what it shows until the next build."""
        with self._lock:
            self._shown = dict(keys)
        self.remember(keys)

    def _run(self, name: str, key: str, pages: Sequence[SearchPage]) -> None:
        with self._lock:
            if self._wanted.get(name) != key:  # handed in again since: this key is not shown
                return
        try:
            self.store.put(key, _build(pages))
        except Exception:  # the build that indexes it again reports it
            with self._lock:
                self._failed.add(key)
        with self._lock:
            if self._wanted.get(name) == key:
                del self._wanted[name]
            idle = not self._wanted
        if idle:
            self.ready()

    def close(self) -> None:
        """Drop the runs not started; a run under way ends by itself."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def search_files(
    pages: Iterable[tuple[str, bytes]], router: Router, shards: Mapping[str, str] | None = None
) -> list[tuple[str, bytes]]:
    """The bundle for rendered (route, bytes) pages, as (route, bytes), without a cache:
    `shards` maps an output path to its shard; others go to OTHER_SHARD."""
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
            yield page_url(page.route), in_text_language(html).decode("utf-8")


# A page's <html lang> is the site's (its navigation and labels are), but Pagefind
# indexes a page in the language of its <html lang>: an article page names the language
# of its text (`data-search-language`, on the element it indexes), and Pagefind is given
# the page with that language, so Korean text gets Korean word handling on any site.
_SEARCH_LANGUAGE = re.compile(rb'data-search-language="([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)"')
_HTML_LANG = re.compile(rb'<html lang="[^"<>]*"')


def in_text_language(html: bytes) -> bytes:
    """The page as Pagefind should read it: in its text's language (see above)."""
    found = _SEARCH_LANGUAGE.search(html)
    if found is None:
        return html
    return _HTML_LANG.sub(b'<html lang="' + found.group(1) + b'"', html, count=1)


class MemoryStore:
    """Built shards by key, for one build without a cache folder."""

    def __init__(self) -> None:
        self.shards: dict[str, dict[str, bytes]] = {}

    def has(self, key: str) -> bool:
        return key in self.shards

    def put(self, key: str, files: dict[str, bytes]) -> None:
        self.shards[key] = files

    def get(self, key: str) -> Bundle:
        return {
            name: StoredFile(hash_bytes(data), lambda data=data: data)
            for name, data in self.shards[key].items()
        }

    def prune(self, keep: set[str]) -> None:
        self.shards = {key: files for key, files in self.shards.items() if key in keep}


# Built shards by name: each one's key and bundle.
Shards = Mapping[str, tuple[str, Bundle]]


def bundle_groups(prefix: str, bundles: Shards) -> list[Group]:
    """The files of these shards' bundles (by name: their key and files) as groups: one
    per shard, Pagefind's runtime, and shards.json. A shard's files are those stored
    under its key, so a group's inputs are its shard's key (and name and place): a
    rebuild after one edit keeps every other shard's group whole instead of keying and
    claiming each of its files (10,400 at 10,000 articles)."""
    # Newest shard first (the primary: Pagefind's runtime is loaded from it), the
    # non-article shard last.
    order = sorted((n for n in bundles if n != OTHER_SHARD), reverse=True)
    order += [OTHER_SHARD] if OTHER_SHARD in bundles else []
    if not order:
        return [_shards_group(prefix, [], bundles)]
    groups = [
        Group(SEARCH_GROUP + name, (prefix, name, key), partial(_shard_files, prefix, name, bundles))
        for name in order
        for key in [bundles[name][0]]
    ]
    primary = order[0]
    runtime = partial(_runtime_files, prefix, primary, bundles)
    groups.append(Group(SEARCH_GROUP + "#runtime", (prefix, primary, bundles[primary][0]), runtime))
    groups.append(_shards_group(prefix, order, bundles))
    return groups


def _shard_files(prefix: str, name: str, bundles: Shards) -> list[Output]:
    return [
        _stored_output(f"{prefix}{name}/{file}", stored)
        for file, stored in bundles[name][1].items()
        if not _RUNTIME.fullmatch(file)
    ]


def _runtime_files(prefix: str, primary: str, bundles: Shards) -> list[Output]:
    """Pagefind's script, worker and WebAssembly: once, in the primary shard's folder."""
    files = bundles[primary][1]
    runtime = sorted(file for file in files if _RUNTIME.fullmatch(file))
    return [_stored_output(f"{prefix}{primary}/{file}", files[file]) for file in runtime]


def _shards_group(prefix: str, order: Sequence[str], bundles: Shards) -> Group:
    inputs = (prefix, tuple((name, bundles[name][0]) for name in order))
    return Group(f"{SEARCH_GROUP}#{SHARDS}", inputs, partial(_shards_file, prefix, order, bundles))


def _shards_file(prefix: str, order: Sequence[str], bundles: Shards) -> list[Output]:
    """shards.json: the shards, primary first, with their languages' page counts."""
    listed = []
    for name in order:
        entry = bundles[name][1][ENTRY].read()
        languages = json.loads(entry)["languages"]
        counts = {lang: languages[lang]["page_count"] for lang in sorted(languages)}
        # The entry names each index by a hash of its contents: a tag for the browser's cache
        # that changes with the index, not with how it was fingerprinted.
        listed.append({"name": name, "languages": counts, "tag": hashlib.sha256(entry).hexdigest()[:16]})
    data = json.dumps(
        {"primary": order[0] if order else None, "shards": listed},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    return [Output(prefix + SHARDS, ("bytes", hashlib.sha256(data).hexdigest()), lambda: data)]


def _stored_output(route: str, stored: StoredFile) -> Output:
    return Output(route, ("bytes", stored.digest), stored.read, stored.source)


def _pagefind_id() -> str:
    return f"{pagefind_run.version()} {pagefind_run.executable().name}"
