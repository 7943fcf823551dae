"""A web server on 127.0.0.1 for the tests of `digest add`, `check --links` and `ping`,
and a guard that lets no test reach any other address.

`Site.route(path, ...)` serves fixed answers; a route may also be a function of the
request for answers that misbehave (slow, endless, huge). Every request is logged with
its method, path and headers, so tests can check what digest sent.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[BaseHTTPRequestHandler, Request], None]


class Site:
    """The routes of the test server, and the requests it got."""

    def __init__(self) -> None:
        self.routes: dict[str, Answer | Handler] = {}
        self.requests: list[Request] = []
        self.url = ""

    def route(self, path: str, body: bytes | str = b"", status: int = 200, **headers: str) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        names = {key.replace("_", "-"): value for key, value in headers.items()}
        self.routes[path] = Answer(status, data, names)
        return self.url + path

    def handler(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url + path

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        return self.route(path, b"", status, Location=to)

    def paths(self, method: str = "GET") -> list[str]:
        return [r.path for r in self.requests if r.method == method]


def _make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            site.requests.append(request)
            route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
            if route is None:
                route = Answer(404, b"<html><body>Not here</body></html>", {"Content-Type": "text/html"})
            if callable(route):
                # The client may hang up, as it should on an answer it refuses.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self, request)
                return
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if self.command != "HEAD":
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(route.body)

        do_GET = do_HEAD = do_POST = _answer

    return Handler


def stream(chunk: bytes, count: int, content_type: str = "text/html", length: bool = True) -> Handler:
    """An answer of `count` chunks, with or without a Content-Length."""

    def handle(handler: BaseHTTPRequestHandler, request: Request) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if length:
            handler.send_header("Content-Length", str(len(chunk) * count))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        for _ in range(count):
            handler.wfile.write(chunk)

    return handle


def slow(seconds: float, body: bytes = b"<html><body>late</body></html>") -> Handler:
    """An answer that starts after `seconds`."""

    def handle(handler: BaseHTTPRequestHandler, request: Request) -> None:
        time.sleep(seconds)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return handle


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout under test) is what some tests want: the
        default prints a traceback to stderr, which a CliRunner test reads as the
        command's own output."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


LOCAL = {"127.0.0.1", "localhost"}


@pytest.fixture
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No name resolves but 127.0.0.1's: a test that would reach another host fails with
    a DNS error instead (which is also how the tests make a name that does not exist)."""
    real = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOCAL:
            raise socket.gaierror(socket.EAI_NONAME, f"tests resolve no name but 127.0.0.1 ({name})")
        return real("127.0.0.1", *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def web(local_only: None) -> Iterator[Site]:
    """A web server on 127.0.0.1, on a free port, for the length of one test."""
    site = Site()
    server = _Server(("127.0.0.1", 0), _make_handler(site))
    server.daemon_threads = True
    site.url = f"http://127.0.0.1:{server.server_address[1]}"
    # A short poll interval: shutdown() waits for the next poll (0.5 s by default).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
