"""`digest serve`: build, serve under the base path, rebuild on change.

The site is rendered with drafts and scheduled notes included into a tree of its own in
the cache folder (`.digest-cache/serve/site/`), by the same path as `digest build` (an
output tree with its spare tree and atomic swap); the user's output/ is never touched.
A restart finds that tree as it was left and makes only what changed since. Its pages
name a fixed origin (`ORIGIN`), which responses turn into this server's address, so a
new port does not make every page anew. HTML responses (and only these, and only here) get a
small script that polls `<base>__digest/version` and reloads the page when a rebuild
finished. A failed rebuild keeps the server running and answers every page request with
the error list until the files are fixed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import html
import ipaddress
import mimetypes
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import jinja2
import watchfiles

# Raised by watchfiles for any failure of its Rust core; the package does not export it.
from watchfiles._rust_notify import WatchfilesRustInternalError

from digest.build import Hurried, collector_off, load_site, write_tree
from digest.config import load_config
from digest.content.model import Site
from digest.errors import DigestError, Problem, disk_problem
from digest.hashing import hash_bytes
from digest.incremental import storage
from digest.incremental.fingerprint import KeptItems
from digest.incremental.kept import KeptContent
from digest.incremental.lock import exclusive
from digest.incremental.searchstore import search_store
from digest.incremental.tree import TreeSync
from digest.search.index import Background

VERSION_ENDPOINT = "__digest/version"
# Echo callback: (message, is_error). The CLI decides how to print.
Echo = Callable[[str, bool], None]

# The page asks the server to answer when the page itself changes (a long poll): the
# reload follows the rebuild by the time the answer takes, and a rebuild that leaves
# the page as it was does not reload it.
_RELOAD_SCRIPT = """<script>/* digest serve only: live reload */
(function () {
  var seen = "%(version)s";
  function poll() {
    var page = encodeURIComponent(location.pathname);
    fetch("%(endpoint)s?since=" + seen + "&page=" + page, {cache: "no-store"})
      .then(function (r) { return r.text(); })
      .then(function (v) { if (v === "reload") { location.reload(); } else { seen = v; poll(); } })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
"""
# How long a long poll waits before it answers "nothing changed" and is asked again.
LONG_POLL_SECONDS = 20.0
# How many of the pages browsers asked for last are made first after an edit.
WANTED = 16
# watchfiles hands over the changes once a step passes without new ones: a save is seen
# one to two steps after it is made (50 ms steps: 50-100 ms, a third of a note's save to
# page at 1,000 articles). An editor's save (a write, or a temporary file renamed) takes
# well under a millisecond, so 20 ms steps still take it as one change.
WATCH_STEP_MS = 20
# Without changes, watchfiles yields nothing every this often: the server starts its first
# build once both watchers have yielded once (their watches are in place), so this is
# part of every start (200 ms made a warm start at 1,000 articles wait 0.2-0.5 s of its
# 0.9-1.1 s). Each wake-up costs microseconds.
WATCH_TIMEOUT_MS = 50


# The site's origin in the serve tree's files, for its absolute links (feeds, canonical
# links); each response carries this server's own (`_State.read`).
ORIGIN = "http://digest-serve.invalid"
_ORIGIN = ORIGIN.encode()
_TEXT_TYPES = (".html", ".xml", ".json", ".txt", ".js", ".css", ".opml", ".eml")


@dataclass
class _State:
    """What the server answers with; replaced as a whole after each rebuild (and, during
    one, once the pages browsers show are made)."""

    base_path: str
    root: Path | None = None  # the tree the files are read from
    digests: dict[str, str] = field(default_factory=dict)  # its files, by the digest of their bytes
    # Files of a rebuild under way, served before its tree is swapped in.
    early: dict[str, bytes] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    version: int = 0
    # The version in which each file last changed; a file not listed changed in `version`.
    changed: dict[str, int] = field(default_factory=dict)
    origin: bytes = b""  # this server's, in place of ORIGIN
    # Served while the start-up build is under way: only its `early` files, made first
    # for the pages browsers asked for; every other request waits for the build.
    starting: bool = False

    def page_version(self, name: str) -> int:
        """The version in which a page last changed (any change, for a page not known)."""
        return self.version if self.errors else self.changed.get(name, self.version)

    def has(self, name: str) -> bool:
        return name in self.early or name in self.digests

    def read(self, name: str) -> bytes | None:
        data = self.early.get(name)
        if data is None:
            if self.root is None or name not in self.digests:
                return None
            try:
                data = (self.root / name).read_bytes()
            except OSError:  # swapped away by a rebuild since this state was taken
                return None
        return data.replace(_ORIGIN, self.origin) if name.endswith(_TEXT_TYPES) else data


def describe_exception(error: Exception, root: Path) -> list[str]:
    """`path:line: message` lines for any failure of a rebuild."""
    if isinstance(error, DigestError):
        return [problem.format(root) for problem in error.problems]
    if isinstance(error, OSError) and (problem := disk_problem(error)) is not None:
        return [problem.format(root)]
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = Path(error.filename or error.name or "template")
        return [Problem(error.message or "syntax error", where, error.lineno, "template").format(root)]
    return [f"{type(error).__name__}: {error}"]


def error_page(errors: list[str], base_path: str) -> bytes:
    items = "\n".join(f"<li><code>{html.escape(line)}</code></li>" for line in errors)
    noun = "problem" if len(errors) == 1 else "problems"
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>Build failed · digest serve</title>\n"
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
        "code{white-space:pre-wrap}li{margin:.5rem 0}</style>\n</head>\n<body>\n"
        f'<h1>Build failed: {len(errors)} {noun}</h1>\n<ul class="build-errors">\n{items}\n</ul>\n'
        "<p>Fix the file and save it: this page reloads by itself when the site builds again.</p>\n"
        "</body>\n</html>\n"
    ).encode()


def inject_reload(page: bytes, base_path: str, version: int) -> bytes:
    script = _RELOAD_SCRIPT % {"version": version, "endpoint": base_path + VERSION_ENDPOINT}
    marker = b"</body>"
    index = page.rfind(marker)
    data = script.encode("utf-8")
    return page[:index] + data + page[index:] if index >= 0 else page + data


def _content_type(name: str) -> str:
    if name.endswith(".json"):
        return "application/json"
    if name.endswith(".xml"):
        return "application/xml; charset=utf-8"
    if name.endswith(".opml"):
        return "text/x-opml; charset=utf-8"
    if name.endswith(".eml"):
        return "message/rfc822"
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return guessed + "; charset=utf-8" if guessed.startswith("text/") else guessed


def _collect() -> None:
    """After a rebuild (which runs with the cyclic collector paused): one pass of it over
    everything, and what survives frozen (out of the collector's sight). A rebuild at
    10,000 articles makes a million objects that live until the next one: the collector,
    running as they were made, walked them again and again (0.45 s of a warm start's
    1.6 s of CPU), and between rebuilds each pass of the oldest generation would walk them
    all again. The one pass comes after the rebuild, so after the pages it serves (0.12 s
    at 10,000 articles); it also frees the last rebuild's objects that were in cycles
    (7,000 of them at 10,000 articles), which a frozen object never is until unfrozen."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class _Either:
    """Set when either event is: watchfiles only needs `is_set()`."""

    def __init__(self, first: threading.Event, second: threading.Event) -> None:
        self.first = first
        self.second = second

    def is_set(self) -> bool:
        return self.first.is_set() or self.second.is_set()


class _HTTPServer(ThreadingHTTPServer):
    # A thread per request, and room for a burst of connections: the default backlog of 5
    # let the kernel drop some of 100 concurrent ones (24 of 500 had no answer in 10 s),
    # as a page with its images, scripts and search files, reloaded in a few tabs, opens.
    request_queue_size = 1024
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A browser that hangs up before the answer is written (a reload, a closed tab, a
        # client's timeout) is no error of the server's: the standard library would print
        # a traceback for each, in the editor's terminal. Anything else still shows.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


_HOST = re.compile(r"(?:\[(?P<ipv6>[0-9A-Fa-f:.]+)\]|(?P<name>[A-Za-z0-9._-]+)):(?P<port>[0-9]{1,5})")


def host_allowed(header: str | None, bound_host: str, port: int) -> bool:
    """Whether a request's `Host` names this server: the port it listens on, and an IP
    address, `localhost` or the host it was told to listen on (`--host`). A page of
    another site whose name has been made to resolve to 127.0.0.1 (DNS rebinding)
    sends that name, and so cannot read the preview, drafts included. An address cannot
    be rebound (a page at http://192.168.0.5:8000/ is this server's own), so any is
    taken: that is how another device reaches a server listening on 0.0.0.0."""
    match = _HOST.fullmatch((header or "").strip())
    if match is None or int(match["port"]) != port:
        return False
    if match["ipv6"]:
        return _is_address(match["ipv6"])
    name = match["name"].lower().rstrip(".")
    return name in ("localhost", bound_host.lower().rstrip(".")) or _is_address(name)


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class DevServer:
    def __init__(
        self,
        config_path: Path,
        host: str,
        port: int,
        echo: Echo,
        today: dt.date | None = None,
    ) -> None:
        self.config_path = config_path
        self.echo = echo
        self.today = today
        config = load_config(config_path)  # a broken config at start is fatal: no base path
        self.root = config.root
        self.content_dir = config.content_dir
        # Its own tree, search shards and records: its pages name another origin.
        self.cache = config.cache_path / "serve"
        self.tree = self.cache / "site"
        # The content read, kept between rebuilds once the watchers run (`start`): only
        # the paths they name are listed and read again.
        self.kept: KeptContent | None = None
        self.kept_items = KeptItems()  # the last rebuild's items, described
        # The site the last rebuild read, and the day it was read for. The rebuild that
        # serves a search index stored meanwhile (`_follow_search`) reuses it while no
        # file has changed since: reading it again took a second at 10,000 articles, and
        # an edit saved meanwhile waited for that.
        self.site: Site | None = None
        self.site_day: dt.date | None = None
        self.lock = threading.Lock()
        self.published = threading.Condition(self.lock)  # notified whenever `state` is replaced
        self.state = _State(base_path=config.base_path, starting=True)
        self.wanted: list[str] = []  # the pages browsers asked for, the latest first
        # Changes waiting for the rebuild under way: it then stops once the pages browsers
        # show are made, and the next rebuild goes on from there (`materialize`'s `hurry`).
        self.waiting = 0
        self.edited = threading.Event()  # set by the watchers: a rebuild is due
        self.httpd = _HTTPServer((host, port), _handler_for(self))
        self.host = host
        self.stop_event = threading.Event()
        self.restart_tree = threading.Event()
        self.root_ready = threading.Event()
        self.tree_ready = threading.Event()
        self.rebuilding = threading.Lock()
        # The search index of an edit follows its pages: a month to index again is indexed
        # beside the rebuild, which keeps the month's last bundle; once it is stored,
        # `_follow_search` rebuilds (everything else kept) to serve it.
        self.search_ready = threading.Event()
        # One store for every rebuild and the indexing beside them: its listings of the
        # stored months are read once (0.4 s of CPU at 10,000 articles), not by each rebuild.
        self.search_store = search_store(self.cache)
        # The bundles last shown, remembered from server to server: a rebuild that stops
        # for the next edit before it takes them (`Hurried`) leaves this process none to
        # show, and each rebuild would then index its month itself, and wait for it.
        shown = self.cache / SHOWN_FILE
        self.search = Background(
            self.search_store, self.search_ready.set, _remembered_keys(shown), partial(_remember_keys, shown)
        )
        self._threads: list[threading.Thread] = []

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.httpd.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.address
        return f"http://{host}:{port}{self.state.base_path}"

    def snapshot(self) -> _State:
        with self.lock:
            return self.state

    def want(self, name: str) -> None:
        """Note a page a browser asked for: after an edit, it is made first."""
        with self.lock:
            if self.wanted[:1] != [name]:
                self.wanted = [name, *(other for other in self.wanted if other != name)][:WANTED]

    def state_for(self, name: str) -> _State:
        """The state to answer a request for the file `name` from: during the start-up
        build, once that build has made the file (a page asked for before its plan is
        made first: `rebuild`'s `wanted`) or has finished."""
        state = self.snapshot()
        if not state.starting or state.has(name):
            return state
        if name.endswith(".html"):
            self.want(name)
        with self.published:
            self.published.wait_for(
                lambda: not self.state.starting or self.state.has(name) or self.stop_event.is_set()
            )
            return self.state

    def wait_for_change(self, name: str, since: int, timeout: float = LONG_POLL_SECONDS) -> bool:
        """Whether the page `name` changed after version `since`, waiting for it up to
        `timeout` seconds (or until the server stops)."""
        with self.published:
            self.published.wait_for(
                lambda: self.state.page_version(name) > since or self.stop_event.is_set(), timeout
            )
            return self.state.page_version(name) > since

    def _publish(
        self,
        base_path: str,
        errors: list[str],
        digests: dict[str, str] | None = None,
        early: dict[str, bytes] | None = None,
        starting: bool = False,
    ) -> None:
        """Serve these files (or these errors) from now on: the tree's, by their digests,
        with `early` files over them; note which files changed. `starting`: only the
        `early` files are served yet (`_State.starting`)."""
        with self.published:
            old = self.state
            version = old.version + 1
            digests = old.digests if digests is None else digests
            early = early or {}
            changed = {}
            if not errors and not old.errors:
                for name, digest in digests.items():
                    now = hash_bytes(early[name]) if name in early else digest
                    before = hash_bytes(old.early[name]) if name in old.early else old.digests.get(name)
                    changed[name] = old.changed.get(name, old.version) if now == before else version
            host, port = self.address
            origin = f"http://{host}:{port}".encode()
            self.state = _State(
                base_path, self.tree, digests, early, errors, version, changed, origin, starting=starting
            )
            self.published.notify_all()

    def rebuild(self, follow: bool = False) -> bool:
        """Build into the serve tree; on failure keep serving, with the error page. A
        rebuild that `follow`s the search index reuses the last site if nothing changed.
        A rebuild that stops for an edit waiting (`Hurried`) leaves its objects to the
        collection after the next."""
        hurried = False
        try:
            with collector_off():
                return self._rebuild(follow)
        except Hurried:
            hurried = True
            return True
        finally:
            if not hurried:
                _collect()

    def _rebuild(self, follow: bool = False) -> bool:
        started = time.perf_counter()
        base_path = self.state.base_path
        try:
            config = load_config(self.config_path)
            base_path = config.base_path
            config = config.with_base_url(ORIGIN + base_path)
            today = self.today or dt.datetime.now(config.tz).date()
            unchanged = follow and self.kept is not None and self.kept.unchanged() and self.site_day == today
            site = self.site if unchanged else None
            self.site = None  # until this rebuild succeeds
            if site is None:
                site = load_site(config, today, include_drafts=True, kept=self.kept)
            with self.lock:
                wanted = list(self.wanted)

            def show_wanted(sink: TreeSync) -> None:
                """The pages browsers show are made: serve them before the rest is (none
                are on a first start, when the tree has no record of their groups)."""
                early = {name: sink.read(name) for name in wanted if name in sink.records}
                if early and not self.state.errors:
                    self._publish(base_path, [], early=early, starting=self.state.starting)

            with exclusive(self.cache):
                sink = write_tree(
                    site,
                    self.tree,
                    self.cache,
                    first=wanted,
                    then=show_wanted,
                    background=self.search,
                    hurry=lambda: self.waiting > 0,
                    kept=self.kept_items,
                    store=self.search_store,
                )
            digests = {route: record.digest for route, record in sink.records.items()}
            self.site, self.site_day = site, today
        except Hurried:
            # Another edit waits: the pages browsers show are served already, and the next
            # rebuild, which starts at once, goes on from the files this one made.
            self.echo(f"Stopped for the next change ({time.perf_counter() - started:.2f} s)", False)
            raise
        except Exception as error:  # the server must survive anything a rebuild raises
            if self.kept is not None and not isinstance(error, DigestError):
                self.kept.forget()  # a read may have stopped midway: read everything again
            errors = describe_exception(error, self.root)
            self._publish(base_path, errors, {})
            for line in errors:
                self.echo(line, True)
            noun = "problem" if len(errors) == 1 else "problems"
            self.echo(f"Build failed: {len(errors)} {noun}; the browser shows them until fixed.", True)
            return False
        self._publish(base_path, [], digests)
        drafts = sum(1 for item in site.items if item.note.draft)
        self.echo(
            f"Built {len(site.items)} notes (drafts: {drafts}) in {len(site.editions)} editions, "
            f"{len(digests)} files, {sink.produced} of them rendered again "
            f"({time.perf_counter() - started:.2f} s)",
            False,
        )
        return True

    def _changed(self, changes: set[tuple[watchfiles.Change, str]]) -> None:
        # Editors save through temporary files; name the ones that remain.
        paths = {Path(path) for _, path in changes}
        if self.kept is not None:
            self.kept.changed(paths)
        names = sorted({path.name for path in paths if path.exists()} or {path.name for path in paths})
        self.echo(f"Changed: {', '.join(names)}; rebuilding", False)
        with self.lock:
            self.waiting += 1
        self.edited.set()

    def _rebuild_on_change(self) -> None:
        """Rebuild after the changes the watchers saw, in a thread of its own: a change
        seen while a rebuild runs stops it once the pages browsers show are made
        (`hurry`), and the next rebuild starts at once. (Rebuilt in a watcher's thread,
        a save was not seen until the rebuild under way had finished: at 10,000
        articles, a second or more.)"""
        while not self.stop_event.is_set():
            if not self.edited.wait(0.2):
                continue
            self.edited.clear()
            with self.rebuilding:  # one build at a time
                with self.lock:
                    self.waiting = 0  # the changes seen so far: this rebuild reads them
                if not self.stop_event.is_set():
                    self.rebuild()

    def _follow_search(self) -> None:
        """Rebuild whenever the search shards indexed beside a rebuild are stored, unless
        an edit is waiting: its rebuild serves them too, and comes sooner."""
        while not self.stop_event.is_set():
            if self.search_ready.wait(0.2):
                self.search_ready.clear()
                with self.rebuilding:
                    if not self.stop_event.is_set() and not self.waiting:
                        self.rebuild(follow=True)

    def _watch(
        self, paths: Path | list[Path], stop: threading.Event | _Either, **options: Any
    ) -> Iterator[set[tuple[watchfiles.Change, str]]]:
        """`watchfiles.watch`, started again when it fails. It fails on any event for a
        name that is not valid UTF-8 ("Unable to decode path"), which would leave the
        server without a watcher for good; the folders are then taken as changed, so the
        rebuild reports that name (`digest.readers.content_files`), and watched by
        polling from then on: inotify reports the watcher's own opening of a folder so
        named, so a new inotify watcher would fail at once, again and again.

        The new watcher is in place before the folders are handed over: their rebuild
        takes a while, and a file saved meanwhile would otherwise be part of the new
        watcher's first look, never seen as changed (the tests' edit right after the
        rebuild was lost on a busy machine)."""
        folders = paths if isinstance(paths, list) else [paths]
        polling = False
        failed: set[tuple[watchfiles.Change, str]] = set()
        while not stop.is_set():
            watcher = watchfiles.watch(
                *folders,
                stop_event=stop,
                debounce=200,
                step=WATCH_STEP_MS,
                raise_interrupt=False,
                rust_timeout=WATCH_TIMEOUT_MS,
                yield_on_timeout=True,
                force_polling=polling,
                poll_delay_ms=300,
                **options,
            )
            try:
                if failed:
                    # The first answer comes once the watch is in place (or at its timeout).
                    first = next(watcher, None)
                    yield failed | (first or set())
                    failed = set()
                    if first is None:
                        return
                yield from watcher
                return
            except WatchfilesRustInternalError:
                if failed:
                    yield failed  # failed again at once: rebuild now, which names the file
                polling = True
                failed = {(watchfiles.Change.modified, str(folder)) for folder in folders}

    def _watch_root(self) -> None:
        """The project folder itself, not recursively: config.yaml, and content/ or themes/
        appearing or disappearing (the tree watcher then starts over with them)."""
        names = {self.config_path.name, "themes", self.content_dir}

        def relevant(change: watchfiles.Change, path: str) -> bool:
            return Path(path).name in names

        for changes in self._watch(self.root, self.stop_event, recursive=False, watch_filter=relevant):
            self.root_ready.set()  # the first (empty) yield comes once the watch is in place
            if not changes:
                continue
            if any(Path(path).name != self.config_path.name for _, path in changes):
                self.restart_tree.set()
            self._changed(changes)

    def _watch_tree(self) -> None:
        """content/ and themes/, recursively (never the whole project: output/ and .venv)."""
        while not self.stop_event.is_set():
            self.restart_tree.clear()
            paths = [p for p in (self.root / self.content_dir, self.root / "themes") if p.is_dir()]
            if not paths:
                self.tree_ready.set()
                self.stop_event.wait(0.2)
                continue
            for changes in self._watch(paths, _Either(self.stop_event, self.restart_tree)):
                self.tree_ready.set()
                if changes:
                    self._changed(changes)

    def start(self) -> None:
        """Watch first, then build, then serve: an edit made as soon as the first page
        is served is never missed. Requests are taken during the start-up build: a page
        asked for while the content is read is made before the rest of the site and
        served at once (the browser an editor left open asks again as the server comes
        back); any other request waits for the build (`state_for`)."""
        self.kept = KeptContent(self.root / self.content_dir)
        self._thread(self._watch_root, "digest-watch-root")
        self._thread(self._watch_tree, "digest-watch-tree")
        for ready in (self.root_ready, self.tree_ready):
            ready.wait(timeout=10)
        self._thread(self.httpd.serve_forever, "digest-http")
        with self.rebuilding:
            self.rebuild()
        self._thread(self._rebuild_on_change, "digest-rebuild")
        self._thread(self._follow_search, "digest-search-follow")

    def _thread(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        self.stop_event.set()
        with self.published:
            self.published.notify_all()  # long polls answer now
        self.httpd.shutdown()
        self.httpd.server_close()
        self.search.close()
        for thread in self._threads:
            thread.join(timeout=5)
        gc.unfreeze()  # what the rebuilds left frozen can be collected again


# The keys of the search bundles the last rebuild took, by shard (`Background.shown`).
SHOWN_FILE = "search-shown.pickle"


def _remembered_keys(path: Path) -> dict[str, str]:
    """The keys `_remember_keys` wrote; none for a missing, damaged or foreign file."""
    return storage.read(path, parse=_keys) or {}


def _keys(value: object) -> dict[str, str]:
    match value:
        case dict() if all(type(k) is str and type(v) is str for k, v in value.items()):
            return value
        case _:
            raise storage.WrongShape("not a table of search shards and their keys")


def _remember_keys(path: Path, keys: Mapping[str, str]) -> None:
    with contextlib.suppress(OSError):  # only the shortcut is lost
        storage.write(path, dict(sorted(keys.items())))


def _file_name(relative: str) -> str:
    """The file a path under the base path names: a folder's index.html."""
    return relative + "index.html" if relative == "" or relative.endswith("/") else relative


def _handler_for(server: DevServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "digest-serve"

        def log_message(self, format: str, *args: Any) -> None:
            """Requests are not logged: the terminal is for build results."""

        def do_HEAD(self) -> None:
            self._respond(head=True)

        def do_GET(self) -> None:
            self._respond(head=False)

        def _send(
            self, status: HTTPStatus, body: bytes, content_type: str, head: bool, **headers: str
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _redirect(self, location: str, head: bool) -> None:
            body = f'<a href="{html.escape(location)}">{html.escape(location)}</a>\n'.encode()
            self._send(HTTPStatus.FOUND, body, "text/html; charset=utf-8", head, Location=location)

        def _respond(self, head: bool) -> None:
            if not host_allowed(self.headers.get("Host"), server.host, server.address[1]):
                body = b"Misdirected request: this is digest serve, on another host name or port.\n"
                self._send(HTTPStatus.MISDIRECTED_REQUEST, body, "text/plain; charset=utf-8", head)
                return
            state = server.snapshot()
            base = state.base_path
            path = urlsplit(self.path).path
            if not path.startswith(base):
                if path in ("/", "", base.rstrip("/")):
                    self._redirect(base, head)
                else:
                    self._outside(path, base, head)
                return
            relative = unquote(path[len(base) :])
            if relative == VERSION_ENDPOINT:
                self._version(state, base, head)
                return
            name = _file_name(relative)
            state = server.state_for(name)
            if state.errors:
                page = inject_reload(error_page(state.errors, base), base, state.version)
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, page, "text/html; charset=utf-8", head)
                return
            body = state.read(name)
            if body is not None:
                if name.endswith(".html"):
                    server.want(name)
                    body = inject_reload(body, base, state.version)
                self._send(HTTPStatus.OK, body, _content_type(name), head)
            elif state.has(relative + "/index.html"):
                self._redirect(path + "/", head)
            else:
                body = inject_reload(state.read("404.html") or b"Not found\n", base, state.version)
                self._send(HTTPStatus.NOT_FOUND, body, "text/html; charset=utf-8", head)

        def _version(self, state: _State, base: str, head: bool) -> None:
            """The current version; with `since` and `page`, a long poll: "reload" as soon
            as that page changes after version `since`, else the version when it times out."""
            query = parse_qs(urlsplit(self.path).query)
            answer = str(state.version)
            if "since" in query:
                try:
                    since = int(query["since"][0])
                except ValueError:
                    since = -1
                page = unquote(urlsplit(query.get("page", [base])[0]).path)
                name = _file_name(page[len(base) :] if page.startswith(base) else page)
                changed = server.wait_for_change(name, since)
                answer = "reload" if changed else str(server.snapshot().version)
            self._send(HTTPStatus.OK, answer.encode(), "text/plain; charset=utf-8", head)

        def _outside(self, path: str, base: str, head: bool) -> None:
            guess = base + quote(path.lstrip("/"), safe="/")
            body = (
                '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">'
                "<title>Not under the base path · digest serve</title></head>\n<body>\n"
                f"<h1>Not found: {html.escape(path)}</h1>\n"
                f"<p>This site's base path is <code>{html.escape(base)}</code> (from base_url in "
                f"config.yaml), so every page lives under it: start at "
                f'<a href="{html.escape(base)}">{html.escape(base)}</a>, or try '
                f'<a href="{html.escape(guess)}">{html.escape(guess)}</a>.</p>\n</body>\n</html>\n'
            ).encode()
            self._send(HTTPStatus.NOT_FOUND, body, "text/html; charset=utf-8", head)

    return Handler
