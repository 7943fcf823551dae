"""Where a build's time goes: one build of a project, timed by stage.

    .venv/bin/python bench/stages.py --config /path/to/corpus/config.yaml [--cold]

`--cold` deletes output/ and .digest-cache/ first. Stages are timed by wrapping the
functions `digest.build` calls, so the figures add up to about the whole build.
"""

from __future__ import annotations

import argparse
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import digest.build
from digest.config import load_config
from digest.incremental.fingerprint import Fingerprints
from digest.incremental.tree import TreeSync
from digest.render.plan import Plan
from digest.search.index import SearchIndex

STAGES = {
    "load_site": "read and validate",
    "plan": "plan the groups",
    "fingerprint": "fingerprint groups and outputs",
    "keep": "keep unchanged groups",
    "produce": "render and write what changed",
    "outputs": "search index (wait)",
    "finish": "swap, spare tree",
    "hygiene": "hygiene",
}


def timed(seconds: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started

    return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--cold", action="store_true", help="delete output/ and .digest-cache/ first")
    args = parser.parse_args(argv)
    config = load_config(args.config)
    if args.cold:
        for folder in (config.root / config.output_dir, config.cache_path):
            shutil.rmtree(folder, ignore_errors=True)
    seconds: dict[str, float] = {}
    for name in ("load_site", "hygiene"):
        setattr(digest.build, name, timed(seconds, name, getattr(digest.build, name)))
    for name in ("__init__", "groups", "_page_outputs"):
        setattr(Plan, name, timed(seconds, "plan", getattr(Plan, name)))
    for name in ("of", "group_key"):
        setattr(Fingerprints, name, timed(seconds, "fingerprint", getattr(Fingerprints, name)))
    SearchIndex.outputs = timed(seconds, "outputs", SearchIndex.outputs)  # type: ignore[method-assign]
    for name in ("produce", "finish", "keep"):
        setattr(TreeSync, name, timed(seconds, name, getattr(TreeSync, name)))
    started = time.perf_counter()
    result = digest.build.build(config)
    total = time.perf_counter() - started
    print(f"{result.files} files, {total:.2f} s in all")
    for name, label in STAGES.items():
        print(f"  {label:32s} {seconds.get(name, 0.0):7.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
