"""The build is atomic: killing `python -m digest build` mid-write costs nothing.

A real large site (60 articles and notes with 1,800 tags: about 7,300 files) is built
in a subprocess, then rebuilt after an edit; the second build is killed with SIGKILL while it
writes its staging folder. The previous output/ must be intact, byte for byte, and the
next build must succeed and leave no staging or retired folder behind.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import BASE_CONFIG, ROOT, project_files

ARTICLES = 60
TAGS_PER_NOTE = 30  # 1,800 tags: thousands of list pages and feeds to write, few pages to index
WORDS = [
    "the",
    "city",
    "council",
    "budget",
    "chip",
    "export",
    "port",
    "rent",
    "library",
    "launch",
    "exam",
    "bus",
    "subway",
    "tariff",
    "won",
    "bank",
    "minister",
    "said",
    "on",
    "Wednesday",
    "that",
    "prices",
    "rose",
    "fell",
    "while",
    "officials",
    "expect",
    "demand",
    "from",
    "buyers",
    "in",
    "Seoul",
    "Busan",
    "Incheon",
    "Daejeon",
    "startup",
    "memory",
    "server",
    "data",
    "center",
    "school",
    "students",
    "parents",
    "teachers",
    "rule",
    "law",
    "court",
    "ruling",
    "plan",
    "year",
    "month",
    "week",
    "percent",
    "billion",
    "million",
    "growth",
    "rate",
    "interest",
    "market",
]


def body(number: int) -> str:
    """Six paragraphs that differ from article to article (so none is a duplicate)."""
    rng = random.Random(number)
    # A small vocabulary, like news: a search index of random tokens would be slow to build.
    words = [rng.choice(WORDS) for _ in range(60)]
    return "\n".join(" ".join(words[p * 10 : p * 10 + 10]) + "." for p in range(6))


def make_big_site(root: Path, count: int = ARTICLES, tags_per_note: int = TAGS_PER_NOTE) -> None:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "notes").mkdir(parents=True)
    (root / "config.yaml").write_text(BASE_CONFIG, encoding="utf-8")
    lines = ['edition: "2025-11-19"', "notes:"]
    for n in range(count):
        (root / "content" / "articles" / f"story-{n:05d}.txt").write_text(
            f"date 2025-11-19 Story number {n}\nPublished: 19 Nov. 2025, 15:15\n{body(n)}\n"
            "BY KIM JI-HO\nwith the Test Ledger\n",
            encoding="utf-8",
        )
        lines += [
            f'  - article: "story-{n:05d}"',
            f"    section: {'policy' if n % 2 else 'tech'}",
            f"    rank: {n + 1}",
            "    tags: [" + ", ".join(f'"topic-{n}-{t}"' for t in range(tags_per_note)) + "]",
        ]
    (root / "content" / "notes" / "2025-11-19.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def digest_build(root: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "build", "--config", "config.yaml"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_sigkill_mid_write_keeps_previous_output(tmp_path: Path) -> None:
    root = tmp_path / "big"
    make_big_site(root)
    first = digest_build(root)
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err.decode()
    assert b"same story saved twice" not in out, out.decode()
    # Bounded memory for a site of thousands of files.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 1500, f"peak memory {peak_mb:.0f} MB"
    output = root / "output"
    before = tree_digest(output)
    assert sum(1 for path in before if path.startswith("articles/")) == ARTICLES

    # An edit, so a finished second build would be visible in output/.
    story = root / "content" / "articles" / "story-00000.txt"
    story.write_text(
        story.read_text(encoding="utf-8").replace("Story number 0", "Edited story number 0"), encoding="utf-8"
    )

    staging = root / ".digest-cache" / "spare-output"
    second = digest_build(root)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and second.poll() is None:
        written = staging / "tags"
        if written.is_dir() and sum(1 for _ in written.iterdir()) > 100:
            break  # the writer is well into the staging folder, thousands of files to go: kill it
        time.sleep(0.005)
    assert second.poll() is None, "the build finished before it could be killed; make the site bigger"
    second.send_signal(signal.SIGKILL)
    second.communicate(timeout=60)
    assert second.returncode == -signal.SIGKILL

    assert staging.is_dir(), "the kill should have landed mid-write"
    assert tree_digest(output) == before, "the previous output/ changed"

    third = digest_build(root)
    out, err = third.communicate(timeout=600)
    assert third.returncode == 0, err.decode()
    after = tree_digest(output)

    def pages(tree: dict[str, str]) -> set[str]:
        # Search index names vary with content, and so do story pages: the made-up
        # articles tell one story, named after its first report, the edited one.
        return {path for path in tree if path.endswith(".html") and not path.startswith("stories/")}

    assert pages(after) == pages(before)
    assert "Edited" in (output / "articles" / "story-00000" / "index.html").read_text(encoding="utf-8")
    assert project_files(root) == ["config.yaml", "content", "output"]


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# '{dead}' stands for a process that has ended, found when the test runs (the test's name
# stays the same in every run, as a parallel run's workers need).
@pytest.mark.parametrize(
    "leftover",
    [
        ".digest-staging-output",
        ".digest-old-output",
        ".digest-staging-output.{dead}",
        ".digest-old-output.{dead}",
    ],
)
def test_leftover_folders_from_a_killed_build_are_cleared(tmp_path: Path, leftover: str) -> None:
    """Whatever a killed build left (a half-written staging folder, a retired output;
    named after its process since builds without a cache stage apart, or without a
    process id by an older digest) is removed by the next build, and never published."""
    from tests.conftest import SAMPLE_TODAY, Project

    leftover = leftover.replace("{dead}", str(_dead_pid()))

    project = Project(tmp_path / "site")
    project.write("config.yaml", BASE_CONFIG)
    project.write("content/articles/a.txt", "date 2025-11-19 A headline\nBody.\n")
    project.write("content/notes/a.yaml", 'article: "a"\nedition: "2025-11-19"\nsection: policy\nrank: 1\n')
    stale = project.root / leftover / "articles" / "stale"
    stale.mkdir(parents=True)
    (stale / "index.html").write_text("<p>half written</p>", encoding="utf-8")
    project.build()
    assert not (project.root / leftover).exists()
    assert not (project.output / "articles" / "stale").exists()
    assert (project.output / "articles" / "a" / "index.html").is_file()
    assert SAMPLE_TODAY
