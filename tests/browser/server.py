"""A static server for a built site under a sub-path, as GitHub Pages serves a project site.

`/my-digest/x/` serves `x/index.html`; anything outside the prefix or missing gets the
site's 404.html with status 404. Only 127.0.0.1 is bound.
"""

from __future__ import annotations

import functools
import io
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Handler(SimpleHTTPRequestHandler):
    prefix = "/"
    extensions_map = {  # noqa: RUF012 - the base class declares it as a plain dict
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".pagefind": "application/octet-stream",
        ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".json": "application/json",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _target(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            return None
        relative = path[len(self.prefix) :]
        root = Path(self.directory).resolve()
        target = (root / relative).resolve()
        if root not in target.parents and target != root:
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def send_head(self):  # type: ignore[no-untyped-def]
        target = self._target()
        if target is None:
            page = Path(self.directory) / "404.html"
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
        self.path = "/" + target.relative_to(Path(self.directory).resolve()).as_posix()
        return super().send_head()


class SiteServer:
    """Serves `folder` at http://127.0.0.1:<port><prefix> in a background thread."""

    def __init__(self, folder: Path, prefix: str, port: int) -> None:
        handler = type("Handler", (_Handler,), {"prefix": prefix})
        self.httpd = ThreadingHTTPServer(
            ("127.0.0.1", port), functools.partial(handler, directory=str(folder))
        )
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
