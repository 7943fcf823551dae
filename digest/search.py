"""The search index: Pagefind, fed the rendered pages from memory.

Pagefind indexes the pages a theme marks with `data-pagefind-body` (the default theme
marks article pages: headline, note, body and tags). The index is built from the HTML
bytes the renderer produced, and its files come back as bytes for the writer, so the
writer stays the only module that writes into output/.

Pagefind keeps one index per page language (`<html lang>`); Korean pages get Korean word
segmentation. The theme's search.js merges every language's index into one search.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from collections.abc import Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from digest.errors import DigestError
from digest.routes import Router

MARKER = b"data-pagefind-body"
ENTRY = "pagefind-entry.json"
# Pagefind's own prebuilt UIs are not used: the theme's search.js renders results in the
# site's markup (accessible, themed, no second stylesheet). Leaving them out halves the bundle.
_UNUSED = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")


def page_url(output_path: str) -> str:
    """A page's URL inside the site, without the base path: search.js gives Pagefind the
    base path as `baseUrl`, so the same index works wherever the site is hosted."""
    return "/" + output_path.removesuffix("index.html")


def search_files(pages: Iterable[tuple[str, bytes]], router: Router) -> list[tuple[str, bytes]]:
    """The Pagefind bundle for these pages, as (route, bytes) under `router.search_bundle()`."""
    marked = [(path, html) for path, html in pages if path.endswith(".html") and MARKER in html]
    try:
        bundle = _run(_index(marked))
    except FileNotFoundError as exc:  # the pagefind binary ships in the pagefind[extended] wheel
        raise DigestError(f"search index: {exc}; install pagefind[extended]") from exc
    # Pagefind writes the entry file's languages in hash-map order, which varies from run
    # to run; sorted keys make the build byte-identical.
    entry = json.loads(bundle[ENTRY])
    bundle[ENTRY] = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    prefix = router.search_bundle()
    return [(prefix + name, data) for name, data in sorted(bundle.items()) if not name.startswith(_UNUSED)]


def _run(coroutine: Coroutine[Any, Any, dict[str, bytes]]) -> dict[str, bytes]:
    """asyncio.run, also when the caller is itself inside an event loop (then in a thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def _index(pages: list[tuple[str, bytes]]) -> dict[str, bytes]:
    # Imported here so that importing digest does not start asyncio machinery.
    from pagefind.index import PagefindIndex

    # The files are read back from a private temporary folder, not with get_files(): the
    # wrapper reads get_files() as one message through a 2 MiB pipe buffer and hangs on a
    # large site. The folder is outside output/ and deleted before returning.
    with tempfile.TemporaryDirectory(prefix="digest-pagefind-") as folder:
        async with PagefindIndex({"output_path": folder}) as index:
            for path, html in pages:
                await index.add_html_file(content=html.decode("utf-8"), url=page_url(path))
        root = Path(folder)
        return {
            p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
        }
