"""How long the search index takes for a project: cold (every shard built, PARALLEL at a
time), unchanged (every shard from the cache), and one shard rebuilt (one article's page
changed). Also prints the shard count and the bundle's size.

Renders the site in this process first (not timed), then times only digest.search.index.
Usage: python bench/search_index.py --config PROJECT/config.yaml
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.build import load_site, plan_site
from digest.config import load_config
from digest.incremental.searchstore import SearchStore
from digest.render.plan import search_shards
from digest.routes import Router
from digest.search.index import MARKER, SearchPage, search_outputs


def search_pages(config_path: Path) -> tuple[list[SearchPage], Router]:
    config = load_config(config_path)
    plan = plan_site(load_site(config, dt.datetime.now(config.tz).date()))
    articles = [group for group in plan.groups() if group.shard]
    shard_of = search_shards(group.shard for group in articles if group.shard)
    pages = []
    for output in (output for group in articles for output in group.make()):
        html = output.produce()
        if output.page is not None and MARKER in html:
            fingerprint = hashlib.sha256(html).hexdigest()
            shard = shard_of[output.page.shard]
            pages.append(SearchPage(output.route, shard, fingerprint, lambda html=html: html))
    return pages, plan.router


def cpu() -> float:
    """CPU seconds of this process and its finished children (the Pagefind runs)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, pages: list[SearchPage], router: Router, cache: Path) -> None:
    # CPU time too: on a shared machine the wall clock also counts other jobs' turns.
    started, cpu_started = time.perf_counter(), cpu()
    outputs = search_outputs(pages, router, SearchStore(cache / "search"))
    size = sum(len(output.produce()) for output in outputs)
    wall, spent = time.perf_counter() - started, cpu() - cpu_started
    print(f"{label:<30} {wall:6.2f} s wall {spent:6.2f} s CPU  ({len(outputs)} files, {size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True)
    args = parser.parse_args()
    pages, router = search_pages(args.config)
    shards = sorted({page.shard for page in pages})
    print(f"{len(pages)} article pages in {len(shards)} shards ({shards[0]} .. {shards[-1]})")
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        timed("cold, all shards", pages, router, cache)
        timed("unchanged, from the cache", pages, router, cache)
        # One article of a middle shard edited: only its shard is rebuilt.
        target = next(p for p in pages if p.shard == shards[len(shards) // 2])
        edited = target.html().replace(b"</main>", b"<p>an editor's late correction</p></main>", 1)
        changed = SearchPage(target.route, target.shard, "edited", lambda: edited)
        pages = [changed if p is target else p for p in pages]
        timed(f"one shard ({target.shard}) rebuilt", pages, router, cache)


if __name__ == "__main__":
    main()
