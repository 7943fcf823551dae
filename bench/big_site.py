"""How a build copes with a big site: N raw articles and one edition file with N notes.

Writes the site into a temporary folder (reusing tests/test_hostile_atomic.py's
generator), builds it in this process, and prints the time and the peak memory.
Usage: python bench/big_site.py [N]   (default 10000)
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.build import build
from digest.config import load_config
from tests.test_hostile_atomic import make_big_site


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        started = time.perf_counter()
        make_big_site(root, count, tags_per_note=1)
        written = time.perf_counter()
        result = build(load_config(root / "config.yaml"), today=dt.date(2025, 11, 25))
        finished = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{count} articles and notes: input written in {written - started:.1f} s, built in "
        f"{finished - written:.1f} s ({result.files} files), peak memory {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
