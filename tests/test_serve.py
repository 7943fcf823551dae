"""`digest serve` as a real process on a free port of 127.0.0.1."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
import watchfiles
from watchfiles._rust_notify import WatchfilesRustInternalError

from digest.serve import host_allowed
from tests.conftest import RAW_ARTICLE, SAMPLE_TODAY, Project

TIMEOUT = 15.0  # generous upper bound for a rebuild to be served; the loops exit as soon as it is


@dataclass
class Response:
    status: int
    body: str
    headers: dict[str, str]


def serve_command(project: Project, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "digest",
        "serve",
        "--config",
        str(project.config_path),
        "--port",
        str(port),
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def get(url: str) -> Response:
    try:
        with _OPENER.open(url, timeout=5) as response:
            return Response(response.status, response.read().decode("utf-8"), dict(response.headers))
    except urllib.error.HTTPError as error:
        return Response(error.code, error.read().decode("utf-8"), dict(error.headers))


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            # Not up yet, or up and holding the request while its first build runs (on a
            # busy machine past get's 5 s): both mean wait, until the deadline.
            pass
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    base: str
    log: Path

    def url(self, path: str = "") -> str:
        return self.base + path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8")


@pytest.fixture
def serve(project: Project, tmp_path: Path) -> Iterator[Callable[[], Server]]:
    started: list[Server] = []

    def start() -> Server:
        port = free_port()
        log = tmp_path / "serve.log"
        handle = log.open("wb")
        process = subprocess.Popen(
            serve_command(project, port),
            stdout=handle,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        handle.close()
        server = Server(process, f"http://127.0.0.1:{port}/digest/", log)
        started.append(server)
        wait_for(lambda: get(server.url()).status == 200, "the first build to be served")
        return server

    yield start
    for server in started:
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait(timeout=10)


def test_serves_the_site_under_the_sub_path_with_live_reload(serve: Callable[[], Server]) -> None:
    server = serve()
    home = get(server.url())
    assert home.status == 200
    assert "City council approves night buses for Gangnam" in home.body
    assert 'href="/digest/articles/night-buses/"' in home.body
    assert "digest serve only: live reload" in home.body
    assert '"/digest/__digest/version?since="' in home.body

    article = get(server.url("articles/night-buses/"))
    assert article.status == 200 and "Three new routes." in article.body
    assert get(server.url("articles/night-buses")).headers["Location"] == "/digest/articles/night-buses/"

    feed = get(server.url("feed.xml"))
    assert feed.status == 200 and feed.headers["Content-Type"].startswith("application/xml")
    assert "live reload" not in feed.body
    # Feeds point at the local server, so a feed reader can follow them during preview.
    assert f"{server.base}articles/night-buses/" in feed.body

    missing = get(server.url("no/such/page/"))
    assert missing.status == 404 and "Page not found" in missing.body

    root = get(server.url().replace("/digest/", "/"))
    assert root.status == 302 and root.headers["Location"] == "/digest/"
    outside = get(server.url().replace("/digest/", "/archive/"))
    assert outside.status == 404
    assert "base path is <code>/digest/</code>" in outside.body
    assert '<a href="/digest/archive/">/digest/archive/</a>' in outside.body
    assert get(server.url("__digest/version")).body == "1"


def test_editing_a_note_is_rebuilt_and_served(project: Project, serve: Callable[[], Server]) -> None:
    server = serve()
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace("Three new routes.", "Four new routes, in fact."),
        encoding="utf-8",
    )
    wait_for(
        lambda: "Four new routes, in fact." in get(server.url("articles/night-buses/")).body,
        "the edited summary to be served",
    )
    assert int(get(server.url("__digest/version")).body) >= 2
    assert "Changed: 2025-11-19.yaml; rebuilding" in server.output()


def test_a_new_article_and_a_theme_override_are_picked_up(
    project: Project, serve: Callable[[], Server]
) -> None:
    server = serve()
    project.article("second.txt", RAW_ARTICLE.replace("night buses for Gangnam", "a second bridge"))
    project.note(
        "2025-11-20.yaml",
        'edition: "2025-11-20"\nnotes:\n  - article: "second"\n    section: tech\n    rank: 1\n',
    )
    wait_for(lambda: get(server.url("articles/second/")).status == 200, "the new article page")
    project.write(
        "themes/default/templates/404.html",
        '{% extends "base.html" %}{% block main %}<h1>Lost in the digest</h1>{% endblock %}',
    )
    wait_for(lambda: "Lost in the digest" in get(server.url("nowhere/")).body, "the overridden template")
    project.write("themes/default/templates/404.html", '{% extends "base.html" %}\n{% block main %}{% if %}')
    expected = (
        "themes/default/templates/404.html:2: template: Expected an expression, got &#x27;end of statement"
    )
    wait_for(lambda: expected in get(server.url()).body, "the template error")


def test_drafts_are_served_and_marked_but_never_built(project: Project, serve: Callable[[], Server]) -> None:
    project.article("draft-story.txt", RAW_ARTICLE.replace("night buses for Gangnam", "a secret plan"))
    project.note(
        "draft.yaml",
        'article: "draft-story"\nedition: "2025-11-19"\nsection: tech\nrank: 1\ndraft: true\n',
    )
    server = serve()
    page = get(server.url("articles/draft-story/"))
    assert page.status == 200
    assert "<mark>Draft</mark>" in page.body
    edition = get(server.url("editions/2025-11-19/")).body
    assert '<mark class="draft-marker">Draft</mark> <a href="/digest/articles/draft-story/">' in edition

    project.build()
    assert not (project.output / "articles/draft-story").exists()
    built = (project.output / "editions/2025-11-19/index.html").read_text(encoding="utf-8")
    assert "secret plan" not in built and "Draft" not in built
    assert "live reload" not in built and "__digest" not in built


def test_a_broken_note_shows_the_error_and_fixing_it_recovers(
    project: Project, serve: Callable[[], Server]
) -> None:
    server = serve()
    notes = project.root / "content/notes/2025-11-19.yaml"
    good = notes.read_text(encoding="utf-8")
    notes.write_text(good.replace("rank: 1", "rank: high"), encoding="utf-8")
    wait_for(lambda: get(server.url()).status == 500, "the error page")
    page = get(server.url("articles/night-buses/"))
    assert page.status == 500
    assert "content/notes/2025-11-19.yaml:7: rank: expected an integer, got &#x27;high&#x27;" in page.body
    assert "digest serve only: live reload" in page.body  # so the fix reloads the page by itself
    wait_for(
        lambda: "content/notes/2025-11-19.yaml:7: rank: expected an integer, got 'high'" in server.output(),
        "the error in the terminal",
    )
    assert server.process.poll() is None, "the server must keep running"

    notes.write_text(good, encoding="utf-8")
    wait_for(lambda: get(server.url("articles/night-buses/")).status == 200, "recovery after the fix")
    assert "Three new routes." in get(server.url("articles/night-buses/")).body


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_stops_cleanly_on_a_signal(serve: Callable[[], Server], signum: int) -> None:
    server = serve()
    server.process.send_signal(signum)
    assert server.process.wait(timeout=10) == 0
    output = server.output()
    assert output.rstrip().endswith("Stopped.")
    assert "Traceback" not in output
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.url(), timeout=2)


def test_a_taken_port_is_reported(project: Project) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = subprocess.run(
            serve_command(project, port),
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 1
    assert f"Cannot listen on 127.0.0.1:{port}:" in result.stderr


def test_editing_config_yaml_rebuilds_and_output_is_untouched(
    project: Project, serve: Callable[[], Server]
) -> None:
    server = serve()
    config = project.config_path
    config.write_text(
        config.read_text(encoding="utf-8").replace("Test Digest", "Renamed Digest"), encoding="utf-8"
    )
    wait_for(lambda: "Renamed Digest" in get(server.url()).body, "the new title from config.yaml")
    assert not project.output.exists(), "serve builds in memory, never into output/"


def request(server: Server, host: str, path: str = "") -> tuple[int, bytes]:
    """A GET with a `Host` header of our choosing, over a connection to the server."""
    address = urllib.parse.urlsplit(server.base)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=10)
    try:
        connection.putrequest("GET", address.path + path, skip_host=True)
        connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_a_request_for_another_host_name_is_refused(project: Project, serve: Callable[[], Server]) -> None:
    """DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1 fetches
    the preview, drafts included, as its own origin. Its requests carry its name."""
    project.article("draft-story.txt", RAW_ARTICLE.replace("night buses for Gangnam", "a secret plan"))
    project.note(
        "draft.yaml", 'article: "draft-story"\nedition: "2025-11-19"\nsection: tech\nrank: 1\ndraft: true\n'
    )
    server = serve()
    port = urllib.parse.urlsplit(server.base).port
    for host in (
        "evil.example",
        f"evil.example:{port}",
        f"127.0.0.1.evil.example:{port}",
        f"127.0.0.1:{port + 1}",
        "",
    ):
        status, body = request(server, host, "articles/draft-story/")
        assert status == 421, host
        assert b"secret plan" not in body
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        status, body = request(server, host, "articles/draft-story/")
        assert status == 200 and b"secret plan" in body, host


@pytest.mark.parametrize(
    ("header", "bound", "allowed"),
    [
        ("127.0.0.1:8000", "127.0.0.1", True),
        ("localhost:8000", "127.0.0.1", True),
        ("[::1]:8000", "127.0.0.1", True),
        ("192.168.0.5:8000", "0.0.0.0", True),  # another device, to a server on every address
        ("preview.lan:8000", "preview.lan", True),  # the name it was told to listen on
        ("preview.lan.:8000", "preview.lan", True),
        ("evil.example:8000", "127.0.0.1", False),
        ("evil.example:8000", "0.0.0.0", False),
        ("127.0.0.1", "127.0.0.1", False),  # port 80, not this server's
        ("127.0.0.1:80", "127.0.0.1", False),
        ("evil@127.0.0.1:8000", "127.0.0.1", False),
        ("[evil.example]:8000", "127.0.0.1", False),
        (None, "127.0.0.1", False),
    ],
)
def test_which_host_headers_name_the_server(header: str | None, bound: str, allowed: bool) -> None:
    assert host_allowed(header, bound, 8000) is allowed


def test_two_hundred_concurrent_requests_are_all_answered(serve: Callable[[], Server]) -> None:
    """A listen backlog of 5 had the kernel drop connections of a burst: 24 of 500 got no
    answer in 10 s. Each request here may take 10 s; the count is what is checked."""
    server = serve()
    answered: list[int] = []
    failed: list[str] = []
    start = threading.Barrier(200)
    lock = threading.Lock()

    def one() -> None:
        start.wait()
        try:
            status, _ = request(server, server.base.split("/")[2])
        except OSError as error:
            with lock:
                failed.append(repr(error))
        else:
            with lock:
                answered.append(status)

    threads = [threading.Thread(target=one) for _ in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failed == [] and answered == [200] * 200


def test_a_file_name_that_is_not_utf8_is_shown_and_watching_goes_on(
    project: Project, serve: Callable[[], Server]
) -> None:
    """Any event for such a name stopped the file watcher for good: no edit was seen again."""
    server = serve()
    bad = os.fsencode(project.root / "content/articles") + b"/bad\xffname.txt"
    with open(bad, "wb") as file:
        file.write(RAW_ARTICLE.encode())
    expected = "content/articles: the name &#x27;bad\\xffname.txt&#x27; is not valid UTF-8; rename it"
    wait_for(lambda: expected in get(server.url()).body, "the error page naming the file")
    os.unlink(bad)
    wait_for(lambda: get(server.url()).status == 200, "the site, once the file is gone")
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace("Three new routes.", "Four routes."))
    wait_for(lambda: "Four routes." in get(server.url("articles/night-buses/")).body, "the next edit")


def test_a_page_waiting_for_reload_is_answered_when_it_changes_and_not_before(
    project: Project, serve: Callable[[], Server]
) -> None:
    """The live-reload script asks the server to answer when its own page changes: an
    edit that changes the page answers at once with "reload"; a page the edit leaves as
    it was is not reloaded."""
    project.note(
        "other.yaml",
        'article: "other"\nedition: "2025-11-19"\nsection: tech\nrank: 1\nsummary: "Other."\n',
    )
    project.article("other.txt", RAW_ARTICLE.replace("Gangnam", "Mapo"))
    server = serve()
    version = get(server.url("__digest/version")).body
    answers: dict[str, str] = {}

    def long_poll(page: str) -> None:
        query = urllib.parse.urlencode({"since": version, "page": f"/digest/{page}"})
        try:
            with urllib.request.urlopen(server.url(f"__digest/version?{query}"), timeout=8) as response:
                answers[page] = response.read().decode()
        except OSError:
            answers[page] = "no answer"

    pages = ["articles/night-buses/", "articles/other/"]
    polls = [threading.Thread(target=long_poll, args=(page,)) for page in pages]
    for poll in polls:
        poll.start()
    time.sleep(0.5)  # both are waiting
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace("Three new routes.", "Four new routes."), encoding="utf-8"
    )
    polls[0].join(timeout=30)
    assert answers.get(pages[0]) == "reload"
    assert "Four new routes." in get(server.url(pages[0])).body
    polls[1].join(timeout=10)
    assert answers[pages[1]] == "no answer"  # still waiting when the client gave up


def test_the_page_a_browser_shows_is_served_before_the_rest_of_a_rebuild(project: Project) -> None:
    """After an edit, the groups of the pages browsers asked for last are made first and
    served at once; the rest of the site (here, the feeds) follows in the same rebuild."""
    from digest.serve import DevServer

    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    try:
        assert server.rebuild()
        article = "articles/night-buses/index.html"
        server.want(article)
        published: list[tuple[bytes, bytes]] = []
        real_publish = server._publish

        def record(*args: Any, **kwargs: Any) -> None:
            real_publish(*args, **kwargs)
            state = server.snapshot()
            published.append((state.read(article) or b"", state.read("feed.xml") or b""))

        server._publish = record  # type: ignore[method-assign]
        notes = project.root / "content/notes/2025-11-19.yaml"
        notes.write_text(
            notes.read_text(encoding="utf-8").replace("Three new routes.", "Four new routes."),
            encoding="utf-8",
        )
        assert server.rebuild()
        (early_page, early_feed), (final_page, final_feed) = published
        assert b"Four new routes." in early_page and b"Four new routes." not in early_feed
        assert early_page == final_page and b"Four new routes." in final_feed
        state = server.snapshot()
        assert state.page_version(article) == state.version - 1  # changed when served early
        assert state.page_version("feed.xml") == state.version
        assert state.page_version("tags/index.html") < state.version - 1  # the edit left it as it was
    finally:
        server.httpd.server_close()


def test_an_edit_is_served_without_waiting_for_its_search_index_which_follows(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note edit changes its month's indexed text: the rebuild serves the pages, and
    ends, while Pagefind indexes the month beside it (held here until released), keeping
    the month's last bundle meanwhile; once the month is stored, a rebuild of its own
    serves the index a cold build writes."""
    import digest.search.index as search_index
    from digest.build import load_site, render_site
    from digest.config import load_config
    from digest.serve import ORIGIN, DevServer
    from tests.conftest import SAMPLE_TODAY

    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None, today=SAMPLE_TODAY)
    article = "articles/night-buses/index.html"
    try:
        assert server.rebuild()
        shards = server.snapshot().read("pagefind/shards.json")
        released = threading.Event()
        real_build = search_index._build

        def held(pages: Any) -> dict[str, bytes]:
            assert released.wait(30)
            return real_build(pages)

        monkeypatch.setattr(search_index, "_build", held)
        server._thread(server._follow_search, "digest-search-follow")
        notes = project.root / "content/notes/2025-11-19.yaml"
        notes.write_text(
            notes.read_text(encoding="utf-8").replace("Three new routes.", "Four new routes."),
            encoding="utf-8",
        )
        rebuild = threading.Thread(target=server.rebuild)
        rebuild.start()
        rebuild.join(timeout=20)
        assert not rebuild.is_alive(), "the rebuild waited for the search index"
        state = server.snapshot()
        assert b"Four new routes." in (state.read(article) or b"")
        assert state.read("pagefind/shards.json") == shards  # the month's last bundle, meanwhile
        released.set()
        wait_for(lambda: server.snapshot().version > state.version, "the search index to follow")
        config = load_config(project.config_path)
        config = config.with_base_url(ORIGIN + config.base_path)
        cold = render_site(load_site(config, SAMPLE_TODAY, include_drafts=True, cache=False))
        index = {route: data for route, data in cold.items() if route.startswith("pagefind/")}
        served = {
            path.relative_to(server.tree).as_posix(): path.read_bytes()
            for path in (server.tree / "pagefind").rglob("*")
            if path.is_file()
        }
        assert served == index
        assert server.snapshot().read("pagefind/shards.json") != shards
    finally:
        server.stop_event.set()
        server.search.close()
        server.httpd.server_close()


def test_a_rebuild_with_a_save_waiting_leaves_the_rest_of_the_site_to_the_next(project: Project) -> None:
    """With another save waiting, a rebuild makes the page a browser shows and leaves
    the other groups (here, the feeds) as they were: the next rebuild, started at once,
    makes them."""
    from digest.serve import DevServer

    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    try:
        assert server.rebuild()
        article = "articles/night-buses/index.html"
        server.want(article)
        notes = project.root / "content/notes/2025-11-19.yaml"
        notes.write_text(
            notes.read_text(encoding="utf-8").replace("Three new routes.", "Four new routes."),
            encoding="utf-8",
        )
        server.waiting = 1  # a save waits for this rebuild
        assert server.rebuild()
        state = server.snapshot()
        assert b"Four new routes." in (state.read(article) or b"")
        assert b"Four new routes." not in (state.read("feed.xml") or b"")
        server.waiting = 0
        assert server.rebuild()
        assert b"Four new routes." in (server.snapshot().read("feed.xml") or b"")
    finally:
        server.search.close()
        server.httpd.server_close()


def _without_reload(page: str) -> str:
    start = page.find("<script>/* digest serve only: live reload */")
    return page if start < 0 else page[:start] + page[page.index("</script>\n", start) + len("</script>\n") :]


def edit_config(project: Project) -> None:
    text = project.config_path.read_text(encoding="utf-8")
    project.write("config.yaml", text.replace('title: "', 'title: "Edited ', 1))


def test_what_serve_shows_after_each_edit_is_what_a_cold_build_writes(
    sample_copy: Callable[[], Project], tmp_path: Path
) -> None:
    """After a note, an article, a template and the configuration are edited in turn (and
    after a restart on another port, from the tree the first server left), the pages
    served become what a cold build of the same content writes, drafts included, for this
    server's address, under the site's sub-path."""
    from digest.build import load_site, render_site
    from tests.conftest import SAMPLE_TODAY
    from tests.test_incremental import edit_article, edit_note, override_template

    project = sample_copy()
    pages = [
        "",
        "articles/ledger-won-weakens-exporters/",
        "articles/ledger-chip-export-rebound/",
        "editions/2025-11-20/",
        "404.html",
        "feed.xml",
    ]

    def start() -> tuple[subprocess.Popen[bytes], str]:
        port = free_port()
        command = [*serve_command(project, port), "--today", SAMPLE_TODAY.isoformat()]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}/my-digest/"
        wait_for(lambda: get(base).status == 200, "the first build to be served")
        return process, base

    def shows_a_cold_build(base: str) -> None:
        site = load_site(project.config(base), SAMPLE_TODAY, include_drafts=True, cache=False)
        cold = {
            route: data.decode("utf-8")
            for route, data in render_site(site).items()
            if route.endswith((".html", ".xml"))
        }

        def same() -> bool:
            for page in pages:
                name = page + "index.html" if page.endswith("/") or page == "" else page
                if _without_reload(get(base + page).body) != cold[name]:
                    return False
            return True

        wait_for(same, "the pages to be what a cold build writes")

    process, base = start()
    try:
        shows_a_cold_build(base)
        for edit in (edit_note, edit_article, override_template, edit_config):
            edit(project)
            shows_a_cold_build(base)
    finally:
        process.terminate()
        process.wait(timeout=30)
    process, base = start()  # another port, from the tree the first server left
    try:
        shows_a_cold_build(base)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_save_is_handed_to_the_rebuild_within_a_few_hundredths_of_a_second(
    project: Project, tmp_path: Path
) -> None:
    """The watcher hands a save over after one or two quiet steps of WATCH_STEP_MS: with
    50 ms steps that took 50-100 ms, a third of a note's whole save to page."""
    from digest.serve import DevServer

    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    folder = tmp_path / "watched"
    folder.mkdir()
    stop = threading.Event()
    seen: list[float] = []
    ready = threading.Event()

    def watch() -> None:
        for changes in server._watch(folder, stop):
            ready.set()
            if changes:
                seen.append(time.perf_counter())

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        assert ready.wait(10)
        delays = []
        for n in range(7):
            time.sleep(0.3)
            count = len(seen)
            saved = time.perf_counter()
            (folder / "note.yaml").write_text(f"summary: {n}\n", encoding="utf-8")
            deadline = saved + 5
            while len(seen) == count and time.perf_counter() < deadline:
                time.sleep(0.001)
            assert len(seen) > count, "the save was never handed over"
            delays.append(seen[count] - saved)
        assert sorted(delays)[len(delays) // 2] < 0.045, delays
    finally:
        stop.set()
        watcher.join(timeout=5)
        server.httpd.server_close()


def test_a_failed_watcher_is_replaced_before_the_rebuild_it_asks_for(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A watcher that fails (a name that is not UTF-8) hands its folders over as changed
    only once the next watcher is in place: a save made during their rebuild is then seen,
    not taken into the new watcher's first look (an edit lost on a busy machine)."""
    import digest.serve
    from digest.serve import DevServer

    events: list[object] = []
    polling: list[bool] = []

    def failing() -> Iterator[set[tuple[watchfiles.Change, str]]]:
        raise WatchfilesRustInternalError("Unable to decode path")
        yield set()  # a generator, as watchfiles.watch is

    def watching() -> Iterator[set[tuple[watchfiles.Change, str]]]:
        events.append("in place")
        yield set()
        yield {(watchfiles.Change.modified, "note.yaml")}

    def watch(*folders: Path, **options: Any) -> Iterator[set[tuple[watchfiles.Change, str]]]:
        polling.append(options["force_polling"])
        return failing() if len(polling) == 1 else watching()

    monkeypatch.setattr(digest.serve.watchfiles, "watch", watch)
    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    try:
        for changes in server._watch(tmp_path, threading.Event()):
            events.append(sorted(path for _, path in changes))
    finally:
        server.httpd.server_close()
    assert polling == [False, True]
    assert events == ["in place", [str(tmp_path)], ["note.yaml"]]


def test_the_first_build_starts_as_soon_as_both_watchers_are_in_place(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`start` waits for each watcher's first (empty) answer before building, so that no
    edit made during the first build is missed: watchfiles gives it after WATCH_TIMEOUT_MS
    without changes (200 ms made every start wait 0.2-0.5 s)."""
    from digest.serve import DevServer

    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    waited: list[float] = []
    monkeypatch.setattr(server, "rebuild", lambda: waited.append(time.perf_counter() - started) or True)
    started = time.perf_counter()
    server.start()
    try:
        assert server.root_ready.is_set() and server.tree_ready.is_set()
        assert waited and waited[0] < 0.15, waited
    finally:
        server.stop()


def _start_with_requests(
    project: Project, monkeypatch: pytest.MonkeyPatch, pages: list[str], hold: float
) -> tuple[Any, dict[str, Response], list[bool]]:
    """A server started (`start`) on the tree a first server left, after a note edit, with
    `pages` asked for while its start-up build reads the content (held until they are).
    Returns the server, the answers, and for each publication during that build whether
    every page had been answered by then (or within `hold` seconds, the build held)."""
    import digest.serve
    from digest.serve import DevServer, _file_name

    pages_asked = sum(_file_name(page).endswith(".html") for page in pages)

    first = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None, today=SAMPLE_TODAY)
    try:
        assert first.rebuild()
    finally:
        first.httpd.server_close()
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace("Three new routes.", "Four new routes."), encoding="utf-8"
    )
    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None, today=SAMPLE_TODAY)
    answers: dict[str, Response] = {}
    answered = threading.Event()
    real_load_site = digest.serve.load_site

    def load_site(*args: Any, **kwargs: Any) -> Any:
        wait_for(lambda: len(server.wanted) == pages_asked, "the requests")
        return real_load_site(*args, **kwargs)

    def ask() -> None:
        for page in pages:
            threading.Thread(target=lambda page=page: answers.setdefault(page, get(url + page))).start()
        wait_for(lambda: len(answers) == len(pages), "the answers")
        answered.set()

    served: list[bool] = []
    real_publish = server._publish

    def publish(*args: Any, **kwargs: Any) -> None:
        real_publish(*args, **kwargs)
        if kwargs.get("starting"):
            served.append(answered.wait(hold))

    monkeypatch.setattr(digest.serve, "load_site", load_site)
    monkeypatch.setattr(server, "_publish", publish)
    url = server.url
    asking = threading.Thread(target=ask)
    asking.start()
    server.start()
    asking.join(timeout=30)
    return server, answers, served


def test_a_page_asked_for_during_the_start_up_build_is_served_before_the_rest_of_it(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm start takes requests while it reads the content: the page a browser asks for
    then is made first and served before the rest of the site is planned and made (the
    whole of a warm start at 10,000 articles took 1.6 s of CPU, its first page 0.6 s),
    and it is what a cold build of the edited content writes for this server."""
    from digest.build import load_site, render_site

    article = "articles/night-buses/index.html"
    server, answers, served = _start_with_requests(project, monkeypatch, [article], hold=5)
    try:
        assert served == [True]  # answered while the start-up build was still under way
        site = load_site(project.config(server.url), SAMPLE_TODAY, include_drafts=True, cache=False)
        cold = render_site(site)[article].decode("utf-8")
        assert answers[article].status == 200 and "Four new routes." in answers[article].body
        assert _without_reload(answers[article].body) == cold
    finally:
        server.stop()


def test_other_requests_during_the_start_up_build_wait_for_it(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files not made first (a feed, a missing page, a folder without its slash) are
    answered once the start-up build is done, as after it: never a 404 for a file it has
    not made yet, nor a stale file of the tree the last server left."""
    pages = ["articles/night-buses/index.html", "feed.xml", "no/such/page/", "articles/night-buses"]
    server, answers, served = _start_with_requests(project, monkeypatch, pages, hold=0.5)
    try:
        assert served == [False]  # the feed and the others waited for the whole build
        assert answers["feed.xml"].status == 200 and "Four new routes." in answers["feed.xml"].body
        assert answers["no/such/page/"].status == 404 and "Page not found" in answers["no/such/page/"].body
        assert answers["articles/night-buses"].status == 302
    finally:
        server.stop()


def test_a_rebuild_leaves_what_it_made_frozen_and_frees_the_last_ones_cycles(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector is paused while a rebuild makes its objects, and what survives is then
    frozen, out of its passes; the next rebuild's one pass frees the cycles the last one
    left (the frozen generation does not grow with each rebuild), and `stop` unfreezes."""
    import gc

    import digest.serve
    from digest.serve import DevServer

    paused: list[bool] = []
    real_load_site = digest.serve.load_site

    def load_site(*args: Any, **kwargs: Any) -> Any:
        paused.append(not gc.isenabled())
        return real_load_site(*args, **kwargs)

    monkeypatch.setattr(digest.serve, "load_site", load_site)
    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    try:
        counts = []
        for _ in range(3):
            assert server.rebuild()
            assert gc.isenabled()
            counts.append(gc.get_freeze_count())
        assert paused == [True, True, True]
        assert counts[0] > 10_000
        assert max(counts[1:]) < counts[0] * 1.05, counts
    finally:
        server.httpd.server_close()
        gc.unfreeze()


def test_a_browser_hanging_up_mid_answer_prints_no_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    """A reload or a client's timeout closes the socket before the answer is written
    (BrokenPipeError in the handler): the editor's terminal stays quiet. Another error in
    a handler is still reported."""
    from digest.serve import _HTTPServer

    server = _HTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    try:
        for gone in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset")):
            try:
                raise gone
            except ConnectionError:
                server.handle_error(None, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("a handler's own bug")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
        assert "a handler's own bug" in capsys.readouterr().err
    finally:
        server.server_close()


def test_a_save_during_a_rebuild_stops_it_and_the_next_rebuild_shows_both_edits(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watchers only note a save, and a thread of its own rebuilds: a save seen while
    a rebuild runs stops that rebuild once the page a browser shows is made (`Hurried`),
    and the next rebuild starts at once with both edits. (Rebuilt in the watcher's own
    thread, the second save was not even seen until the first rebuild had finished.)"""
    import digest.serve
    from digest.serve import DevServer

    messages: list[str] = []
    server = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: messages.append(message))
    article = "articles/night-buses/index.html"
    server.want(article)
    held, holding = threading.Event(), threading.Event()
    real_load = digest.serve.load_site
    loads = []

    def load_site(*args: Any, **kwargs: Any) -> Any:
        loads.append(1)
        if len(loads) == 2:  # the rebuild after the first save: held until the second
            holding.set()
            assert held.wait(30)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(digest.serve, "load_site", load_site)
    notes = project.root / "content/notes/2025-11-19.yaml"

    def save(old: str, new: str) -> None:
        notes.write_text(notes.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    server.start()
    try:
        save("Three new routes.", "Four new routes.")
        assert holding.wait(TIMEOUT)
        save("Four new routes.", "Five new routes.")
        wait_for(lambda: server.waiting > 0, "the second save to be seen during the rebuild")
        held.set()
        wait_for(lambda: b"Five new routes." in (server.snapshot().read("feed.xml") or b""), "both edits")
        assert any(message.startswith("Stopped for the next change") for message in messages)
        assert b"Five new routes." in (server.snapshot().read(article) or b"")
    finally:
        held.set()
        server.stop()


def test_the_search_bundles_shown_are_remembered_for_the_next_server(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rebuild that stops for the next edit does not take the search bundles; a server
    whose rebuilds all stopped so would have none to show while a month is indexed, and
    would index it itself, and wait. The keys the last finished rebuild took are kept in
    the cache for the next server; a file of another shape is reported and ignored."""
    from digest.serve import SHOWN_FILE, DevServer

    first = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    try:
        assert first.rebuild()
        shown = dict(first.search._shown)
    finally:
        first.search.close()
        first.httpd.server_close()
    assert shown
    second = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    try:
        assert second.search._shown == shown
    finally:
        second.search.close()
        second.httpd.server_close()
    (second.cache / SHOWN_FILE).write_bytes(b"not a pickle")
    third = DevServer(project.config_path, "127.0.0.1", 0, lambda message, error: None)
    try:
        assert third.search._shown == {}
        assert SHOWN_FILE in capsys.readouterr().err
    finally:
        third.search.close()
        third.httpd.server_close()
