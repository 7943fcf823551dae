"""The command line: manual-page help, the build report, --quiet/--verbose, progress output."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading

import click
import pytest
from click.testing import CliRunner, Result

from digest.cli import _progress, main
from tests.conftest import RAW_ARTICLE, Project

COMMANDS = [["build"], ["check"], ["serve"], ["new"], ["new", "note"], ["new", "edition"]]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_top_level_help_reads_like_a_manual() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "check", "serve", "new"):
        assert re.search(rf"^\s+{command}\s+\S", result.output, re.M), command
    assert "digest new note ARTICLE_ID" in result.output
    assert "Exit status: 0 on success" in result.output


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_option_is_explained_with_an_example(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output
    group: click.Command = main
    for name in command:
        assert isinstance(group, click.Group)
        group = group.commands[name]
    for param in group.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help and "Example" in param.help, f"{' '.join(command)} {param.opts[0]}"


def report(project: Project, *args: str) -> Result:
    return run("build", "--config", str(project.config_path), "--today", "2025-11-25", *args)


def test_build_report_counts_held_back_warnings_and_time(project: Project) -> None:
    project.article("draft.txt", RAW_ARTICLE)
    project.article("later.txt", RAW_ARTICLE.replace("Gangnam", "Mapo"))
    project.article("orphan.txt", RAW_ARTICLE.replace("Gangnam", "Jongno"))
    project.note("d.yaml", 'article: "draft"\nedition: "2025-11-19"\nsection: tech\nrank: 1\ndraft: true\n')
    project.note("l.yaml", 'article: "later"\nedition: "2025-12-01"\nsection: tech\nrank: 1\n')
    result = report(project)
    assert result.exit_code == 0, result.output
    out = result.output
    assert re.search(r"^Built Test Digest into output/ in \d+\.\d\d s$", out, re.M)
    assert "\n  articles  4\n  notes     3 (1 published, 2 held back)\n  editions  1\n" in out
    assert re.search(r"^  pages     \d+\n  feeds     \d+\n  files     \d+$", out, re.M)
    assert (
        "2 notes held back from pages and feeds: 1 draft, 1 scheduled for 2025-12-01\n"
        "  draft: draft (content/notes/d.yaml:1)\n"
        "  later: scheduled for 2025-12-01 (content/notes/l.yaml:1)\n"
        "Not published (no note): 1 article\n"
        "  orphan (content/articles/orphan.txt)\n"
    ) in out
    assert "Warnings: 7 (digest check, or --verbose, lists them)\n" in out
    assert "  article without a note: 1\n" in out
    # Not a terminal: plain progress lines, no bar.
    assert "  reading and validating content: done\n" in out
    assert "━" not in out


def test_verbose_lists_every_warning(project: Project) -> None:
    result = report(project, "--verbose")
    assert "  section without items: 1\n" in result.output
    assert (
        "    config.yaml:10: sections: section 'tech' has no published items; its page is empty\n"
        in result.output
    )


def test_quiet_prints_nothing_on_success_and_problems_on_failure(project: Project) -> None:
    result = report(project, "-q")
    assert result.exit_code == 0
    assert result.output == ""
    assert (project.output / "index.html").is_file()
    project.note("bad.yaml", 'article: "night-buses2"\nedition: "2025-11-19"\nsection: tech\nrank: 1\n')
    result = report(project, "-q")
    assert result.exit_code == 1
    assert result.output == (
        "content/notes/bad.yaml:1: article: no article with id 'night-buses2' in content/articles/\n"
        "Build failed: 1 problem; output/ was not changed.\n"
    )


def test_a_malformed_today_is_a_usage_error(project: Project) -> None:
    result = run("build", "--config", str(project.config_path), "--today", "tomorrow")
    assert result.exit_code == 2
    assert "expected a date YYYY-MM-DD, got 'tomorrow'" in result.output


def test_the_progress_bar_runs_no_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refresh thread would make the content cache read serially: it forks its pool
    only from a single-threaded process."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    # Other tests may leave daemon threads behind, which may end meanwhile: what counts
    # is that no thread starts here.
    before = set(threading.enumerate())
    with _progress(False) as progress:
        progress("read", 0, 1)
        progress("read", 1, 1)
        assert set(threading.enumerate()) - before == set()


def test_a_terminal_gets_a_progress_bar(project: Project) -> None:
    """On a terminal, rich draws the bar (and clears it); the report follows as usual."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "digest", "build", "--config", str(project.config_path)],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=30) == 0
    out = b"".join(chunks).decode("utf-8", "replace")
    assert "Built Test Digest into output/" in out
    assert "reading and validating content: done" not in out  # no plain lines on a terminal
    assert "\x1b[" in out  # the bar is drawn with terminal control sequences


def test_the_program_exits_fast_with_its_report_and_status_intact(project: Project) -> None:
    """`python -m digest` leaves with os._exit, skipping the interpreter's teardown: the
    report (block-buffered in a pipe) must be complete all the same, and the exit status
    that of the command."""
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}

    def program(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "digest", *args]
        return subprocess.run(command, capture_output=True, text=True, env=buffered, check=False)

    done = program("build", "--config", str(project.config_path), "--today", "2025-11-25")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Building ") and any(line.strip().startswith("files") for line in lines)
    version = program("--version")
    assert version.returncode == 0 and version.stdout.startswith("digest 0.")
    usage = program("no-such-command")
    assert usage.returncode == 2 and "No such command" in usage.stderr


@pytest.mark.parametrize(
    ("stop", "code", "printed"),
    [(SystemExit(None), 0, ""), (SystemExit(2), 2, ""), (SystemExit("gone wrong"), 1, "gone wrong\n")],
)
def test_run_turns_the_commands_exit_into_a_status(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stop: SystemExit,
    code: int,
    printed: str,
) -> None:
    import digest.cli

    def command() -> None:
        raise stop

    exits: list[int] = []
    monkeypatch.setattr(digest.cli, "main", command)
    monkeypatch.setattr(digest.cli.os, "_exit", exits.append)
    monkeypatch.setattr(digest.cli, "_nothing_left_running", True)  # as after build or check
    digest.cli.run()
    assert exits == [code]
    assert capsys.readouterr().err == printed


def test_run_exits_the_usual_way_after_other_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """`serve` may leave threads at work: no fast exit unless build or check ran."""
    import digest.cli

    def command() -> None:
        raise SystemExit(3)

    monkeypatch.setattr(digest.cli, "main", command)
    monkeypatch.setattr(digest.cli.os, "_exit", lambda code: pytest.fail("fast exit after serve"))
    monkeypatch.setattr(digest.cli, "_nothing_left_running", False)
    with pytest.raises(SystemExit) as stopped:
        digest.cli.run()
    assert stopped.value.code == 3


def test_the_fast_exit_survives_closed_streams(project: Project) -> None:
    """With stdout and stderr closed (`digest build >&- 2>&-`), flushing them at exit must
    not turn a finished build into a failure."""
    code = "import sys; sys.stdout = sys.stderr = None; from digest.cli import run; run()"
    args = ["build", "-q", "--config", str(project.config_path), "--today", "2025-11-25"]
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (project.output / "index.html").is_file()
