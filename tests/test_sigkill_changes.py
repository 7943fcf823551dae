"""Issue 19: a build SIGKILLed at a random moment, after every kind of change, leaves
`output/` whole (the previous site, or the new one complete), and the next build equals
a cold build, search index included.

The site has a few hundred articles over three months, so the search index has several
shards and a rebuild after one edit touches only some of them. Each change is made, a
build is started and killed after a random delay within the time such a build takes,
then `output/` is compared with the site before and after the change, and a build that
runs to the end is compared with a cold build into another folder.

`DIGEST_SIGKILL_ROUNDS=N` repeats every change N times (the figures in
docs/input-formats.md come from N=12); the default, one round, keeps CI quick.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import BASE_CONFIG, ROOT, tree_differences
from tests.test_hostile_atomic import body

ARTICLES = 240
TODAY = "2025-11-25"
ROUNDS = int(os.environ.get("DIGEST_SIGKILL_ROUNDS", "1"))


def make_site(root: Path) -> None:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "notes").mkdir(parents=True)
    (root / "config.yaml").write_text(BASE_CONFIG, encoding="utf-8")
    editions: dict[dt.date, list[str]] = {}
    for n in range(ARTICLES):
        day = dt.date(2025, 11, 24) - dt.timedelta(days=n // 4)  # three months, four a day
        (root / "content" / "articles" / f"story-{n:04d}.txt").write_text(
            f"date {day} Story number {n}\nPublished: {day} 09:00\n{body(n)}\nBY KIM JI-HO\nwith the Test Ledger\n",
            encoding="utf-8",
        )
        editions.setdefault(day, []).extend(
            [
                f'  - article: "story-{n:04d}"',
                f"    section: {'policy' if n % 2 else 'tech'}",
                f"    rank: {n % 4 + 1}",
                f'    summary: "Summary {n}."',
                f'    tags: ["topic-{n % 7}", "area-{n % 3}"]',
            ]
        )
    for day, lines in editions.items():
        text = "\n".join([f'edition: "{day}"', "notes:", *lines]) + "\n"
        (root / "content" / "notes" / f"{day}.yaml").write_text(text, encoding="utf-8")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def drop_first_note(path: Path) -> None:
    head, _dropped, *rest = path.read_text(encoding="utf-8").split("\n  - article:")
    path.write_text("\n  - article:".join([head, *rest]), encoding="utf-8")


def add_article(root: Path, n: int) -> None:
    (root / "content" / "articles" / f"added-{n}.txt").write_text(
        f"date 2025-11-24 Added story {n}\n{body(1000 + n)}\n", encoding="utf-8"
    )
    notes = root / "content" / "notes" / "2025-11-24.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8")
        + f'  - article: "added-{n}"\n    section: tech\n    rank: {50 + n}\n    summary: "Added {n}."\n',
        encoding="utf-8",
    )


def override_template(root: Path, n: int) -> None:
    template = root / "themes" / "default" / "templates" / "404.html"
    if not template.exists():
        template.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "themes" / "default" / "templates" / "404.html", template)
    replace_in(template, "</h1>", f" {n}</h1>")


# Each change takes the site's root and the round number (so repeated rounds differ).
CHANGES: dict[str, Callable[[Path, int], None]] = {
    "article edited": lambda root, n: replace_in(
        root / "content/articles/story-0005.txt", "Story number 5", f"Story number 5 ({n})"
    ),
    "note edited": lambda root, n: replace_in(
        root / "content/notes/2025-11-23.yaml", 'summary: "', f'summary: "({n}) '
    ),
    "note deleted in an old month": lambda root, n: drop_first_note(
        root / "content/notes" / f"{dt.date(2025, 9, 30) + dt.timedelta(days=n)}.yaml"
    ),
    "article and note added": add_article,
    "config edited": lambda root, n: replace_in(root / "config.yaml", 'title: "', f'title: "{n} '),
    "template edited": override_template,
    "output deleted": lambda root, n: shutil.rmtree(root / "output"),
    "spare tree deleted": lambda root, n: shutil.rmtree(root / ".digest-cache" / "spare-output", True),
    "cache deleted": lambda root, n: shutil.rmtree(root / ".digest-cache"),
}


def build(root: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "build", "-q", "--today", TODAY, *args],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finished(process: subprocess.Popen[bytes]) -> None:
    _, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode()


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def cold(root: Path, folder: Path) -> dict[str, str]:
    shutil.rmtree(folder, ignore_errors=True)
    finished(build(root, "--no-cache", "--out", str(folder)))
    return tree(folder)


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_build_killed_at_any_moment_leaves_output_whole_and_the_next_equals_cold(
    change: str, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    make_site(root)
    rng = random.Random(change)
    finished(build(root))
    # How long a build after this change takes: the kills fall within it.
    CHANGES[change](root, ROUNDS)
    started = time.monotonic()
    finished(build(root))
    duration = time.monotonic() - started
    finished(build(root))  # both trees exist, as on a site that has lived a while
    outcomes = []
    for n in range(ROUNDS):
        before = tree(root / "output")
        CHANGES[change](root, n)
        after = cold(root, tmp_path / "cold")
        process = build(root)
        time.sleep(rng.uniform(0.02, duration))
        running = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        now = tree(root / "output") if (root / "output").exists() else None
        if now is None:
            assert change == "output deleted", "output/ is gone"  # there was none before the build either
        else:
            assert now in (before, after), "output/ is neither the old site nor the new one whole"
        state = "none" if now is None else "new" if now == after else "old"
        outcomes.append(f"{'killed' if running else 'had finished'}, output {state}")
        finished(build(root))
        assert tree_differences(tree(root / "output"), after) == [], (
            "the build after the kill differs from a cold build"
        )
    print(f"{change}: {duration:.2f} s a build;", "; ".join(outcomes))
