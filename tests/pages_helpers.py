"""Helpers for the publishing tests: read a built site's <head> with the stdlib parser,
and serve a folder on 127.0.0.1 under a path prefix the way GitHub Pages does."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Head:
    """What a page declares about itself."""

    title: str = ""
    meta: dict[str, list[str]] = field(default_factory=dict)  # name or property -> contents
    links: list[dict[str, str]] = field(default_factory=list)
    scripts: list[tuple[str, str]] = field(default_factory=list)  # (type, text), whole page
    ids: set[str] = field(default_factory=set)
    hrefs: list[str] = field(default_factory=list)  # href and src of every element

    def first(self, key: str) -> str:
        return self.meta[key][0]

    def link(self, rel: str) -> list[dict[str, str]]:
        return [link for link in self.links if rel in link.get("rel", "").split()]

    def jsonld(self) -> list[Any]:
        return [json.loads(text) for kind, text in self.scripts if kind == "application/ld+json"]


class _HeadParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.head = Head()
        self._in_title = False
        self._script: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.head.ids.add(values["id"])
        for name in ("href", "src"):
            if name in values:
                self.head.hrefs.append(values[name])
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and ("name" in values or "property" in values):
            key = values.get("property") or values["name"]
            self.head.meta.setdefault(key, []).append(values.get("content", ""))
        elif tag == "link":
            self.head.links.append(values)
        elif tag == "script":
            self._script = (values.get("type", ""), [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "script" and self._script is not None:
            kind, parts = self._script
            self.head.scripts.append((kind, "".join(parts)))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.head.title += data
        if self._script is not None:
            self._script[1].append(data)


def read_head(path: Path) -> Head:
    parser = _HeadParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.head


def html_pages(site: Path) -> dict[str, Path]:
    """Every HTML page of a built site by its site-relative URL path ('' for the home page).
    The e-mail editions (email/*.html) are not web pages: they have no <head> metadata."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("email/"):
            continue
        pages[relative.removesuffix("index.html")] = path
    return pages


class _Handler(SimpleHTTPRequestHandler):
    not_found_page: Path | None = None

    def end_headers(self) -> None:
        # LinkChecker slows to 10 requests a second unless the server sends this header.
        self.send_header("LinkChecker", "digest-tests")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Like GitHub Pages: a missing file gets the site's own 404.html, with status 404.
        if code == 404 and self.not_found_page is not None and self.not_found_page.is_file():
            body = self.not_found_page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(root: Path, not_found_page: Path | None = None) -> Iterator[int]:
    """Serve `root` on 127.0.0.1 on a free port, in a thread; yields the port. The folder
    may be filled after the server starts (the port must be known before the build)."""
    handler = type("Handler", (_Handler,), {"not_found_page": not_found_page})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
