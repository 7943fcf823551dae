"""`digest serve` as a real process on a free port of 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import RAW_ARTICLE, Project

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
        except (urllib.error.URLError, ConnectionError):
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
    assert '"/digest/__digest/version"' in home.body

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
