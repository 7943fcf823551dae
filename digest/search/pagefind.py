"""One Pagefind run: HTML pages in, the files of a search bundle out, all in memory.

The run talks to the binary of the pagefind[extended] wheel in its service mode (the
protocol the official Python and Node wrappers use: base64 JSON messages ended by ',').
Two reasons not to point `pagefind --site` at a folder of pages:
- Pagefind numbers pages in the order it finds them, and `--site` walks the folder in
  readdir order (hash order on ext4, creation order on tmpfs), so the same pages gave
  different index bytes on different file systems. The service indexes pages in the
  order they are sent: sorted by URL here.
- The Python wrapper sleeps 0.1 s before reading each reply; this client sends each page
  as soon as it has it, without waiting for replies, and reads the replies as they come,
  so a run costs what Pagefind itself costs, and reading the pages overlaps it.
The service handles one message at a time, in order, so sending without waiting keeps
that order.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import os
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from digest.errors import DigestError

# Pagefind's own prebuilt UIs are not used: the theme's search.js renders results in the
# site's markup (accessible, themed, no second stylesheet). Leaving them out halves the bundle.
UNUSED = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")


def executable() -> Path:
    """The pagefind binary (PAGEFIND_BINARY_PATH, else the one the extended wheel ships)."""
    found = None
    if "PAGEFIND_BINARY_PATH" not in os.environ:
        # The extended binary's own package, which `pagefind.service` asks first when the
        # variable is unset: that module imports asyncio, 11 ms of every build's start.
        with contextlib.suppress(ImportError, FileNotFoundError):
            from pagefind_bin_extended import get_executable as extended  # type: ignore[import-untyped]

            found = extended()
    if found is None:
        from pagefind.service import get_executable  # the wheel's own lookup, in full

        found = get_executable()
    if found is None or not found.is_file():
        raise DigestError("search index: the pagefind binary was not found; install pagefind[extended]")
    return found


@functools.cache
def version() -> str:
    """'pagefind 1.5.2' for the binary in use: part of every cached shard's key."""
    done = subprocess.run([executable(), "--version"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DigestError(f"search index: `pagefind --version` failed: {done.stderr.strip()}")
    return done.stdout.strip()


def index(pages: Iterable[tuple[str, str]]) -> dict[str, bytes]:
    """The bundle for (url, html) pages, as {relative file name: bytes}, Pagefind's UI
    files left out. Pages are indexed in the order given, each sent as soon as `pages`
    yields it: Pagefind indexes one page while the caller reads the next. What `pages`
    raises is raised here."""
    urls: list[str] = []  # by message number - 2, for naming a page Pagefind refuses
    feed = _Feed(_messages(pages, urls))
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [executable(), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors
        )
        assert process.stdin is not None and process.stdout is not None
        # A thread feeds stdin while this one reads stdout, so neither pipe can fill up and
        # stall the other side.
        feeder = threading.Thread(target=feed.run, args=(process.stdin,), daemon=True)
        try:
            feeder.start()
            files = _read_files(process.stdout, urls)
        except BaseException:
            process.kill()  # else the feeder may wait forever on a service no one reads
            raise
        finally:
            feed.stop = True
            if feeder.ident is not None:  # started
                feeder.join()
            with contextlib.suppress(BrokenPipeError):
                process.stdin.close()  # the service exits when its input ends
            process.wait()
        if feed.failure is not None:
            raise feed.failure
        if files is None:
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace").strip()
            raise DigestError(f"search index: pagefind stopped (exit {process.returncode}): {detail}")
    return {name: data for name, data in files.items() if not name.startswith(UNUSED)}


def _message(number: int, payload: dict[str, Any]) -> bytes:
    return base64.b64encode(json.dumps({"message_id": number, "payload": payload}).encode()) + b","


def _messages(pages: Iterable[tuple[str, str]], urls: list[str]) -> Iterator[bytes]:
    yield _message(1, {"type": "NewIndex", "config": None})
    for url, html in pages:
        urls.append(url)
        add = {"type": "AddFile", "index_id": 0, "file_path": None, "url": url, "file_contents": html}
        yield _message(len(urls) + 1, add)
    yield _message(len(urls) + 2, {"type": "GetFiles", "index_id": 0})


class _Feed:
    """Writes the messages to the service's input; keeps what making them raised."""

    def __init__(self, messages: Iterator[bytes]) -> None:
        self.messages = messages
        self.failure: BaseException | None = None
        self.stop = False  # set when the reader is done: a message left unsent stays so

    def run(self, stdin: IO[bytes]) -> None:
        try:
            for message in self.messages:
                if self.stop:
                    return
                stdin.write(message)
                stdin.flush()  # the service starts on a page as soon as it is whole
        except BrokenPipeError:  # the service died; the reader reports it
            pass
        except BaseException as failure:  # a page that could not be read: the caller's to raise
            self.failure = failure
            # The service exits when its input ends (dropping work under way: so only
            # now), and with it the reader's wait.
            with contextlib.suppress(BrokenPipeError):
                stdin.close()


def _read_files(stdout: IO[bytes], urls: list[str]) -> dict[str, bytes] | None:
    for reply in _replies(stdout):
        payload = reply.get("payload", {})
        if payload.get("type") == "Error":
            number = reply.get("message_id") or 0
            url = urls[number - 2] if 2 <= number < len(urls) + 2 else "(index)"
            raise DigestError(f"search index: pagefind refused {url}: {payload.get('message')}")
        if payload.get("type") == "GetFiles":
            return {f["path"]: base64.b64decode(f["content"]) for f in payload["files"]}
    return None


def _replies(stdout: IO[bytes]) -> Iterator[dict[str, Any]]:
    pending = bytearray()
    scanned = 0
    while chunk := stdout.read1(1 << 16):  # type: ignore[attr-defined]
        pending += chunk
        while (comma := pending.find(b",", scanned)) >= 0:
            yield json.loads(base64.b64decode(pending[:comma]))
            del pending[: comma + 1]
            scanned = 0
        scanned = len(pending)
