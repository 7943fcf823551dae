"""`digest check --links [--external]`: internal links through the site built in memory,
external ones against a server on 127.0.0.1 (alive, dead, redirected, timing out...),
each dead link at the line that holds it; answers kept a day in JSON."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from click.testing import CliRunner, Result

from digest.cli import main
from digest.web.links import CACHE_SECONDS, LinkCache, Verdict
from tests.conftest import Project
from tests.webserver import Site, slow


def check(project: Project, *args: str) -> Result:
    return CliRunner().invoke(
        main, ["check", "--config", str(project.config_path), "--today", "2025-11-25", *args]
    )


def test_the_sample_site_has_no_dead_internal_link(sample_copy) -> None:
    project: Project = sample_copy()
    result = check(project, "--links")
    assert result.exit_code == 0, result.output
    verdict = result.output.splitlines()[-1]
    assert verdict.startswith("check passed: 0 errors, 0 dead links among ")
    assert int(verdict.split(" among ")[1].split(",")[0]) > 1000  # every page's links were followed


def test_dead_internal_links_are_reported_at_the_note_or_the_theme(project: Project) -> None:
    project.note(
        "2025-11-19.yaml",
        """\
        edition: "2025-11-19"
        title: "Night buses"
        notes:
          - article: "night-buses"
            section: policy
            rank: 1
            summary: "Three new routes."
            commentary: |
              See [the next edition](/editions/2025-12-01/)
              and [the policy part](/editions/2025-11-19/#s-nowhere)
              and [the archive](/archive/), which exists.
        """,
    )
    # A theme template with a link to a page the site does not have.
    project.write(
        "themes/default/templates/tags.html",
        '{% extends "base.html" %}\n{% block main %}\n<h1>Tags</h1>\n<a href="{{ url(\'topics/\') }}">Topics</a>\n{% endblock %}\n',
    )
    result = check(project, "--links")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:4] == [
        "dead link (3):",
        # The edition page, the front page, the article page and the e-mail edition show it.
        "  content/notes/2025-11-19.yaml:9: link: /editions/2025-12-01/ leads to no page of the site (on 4 pages)",
        "  content/notes/2025-11-19.yaml:10: link: /editions/2025-11-19/#s-nowhere names #s-nowhere, which that page does not have (on 4 pages)",
        "  output/tags/index.html:74: link: /topics/ leads to no page of the site",
    ]
    assert lines[-1].startswith("check failed: 0 errors, 3 dead links among ")


def test_links_are_not_followed_on_a_site_with_errors(project: Project) -> None:
    project.note("bad.yaml", "edition: nope\n")
    result = check(project, "--links")
    assert result.exit_code == 1
    assert "dead link" not in result.output
    assert result.output.splitlines()[-1].startswith("check failed: 4 errors, 0 warnings")


def test_external_needs_links(project: Project) -> None:
    assert check(project, "--external").exit_code == 2


ARTICLES = ("alive", "gone", "moved", "found", "slow", "nohost", "private", "nohead")


def article(name: str) -> str:
    """An article whose words are its own: no two are the same story."""
    words = " ".join(f"{name}{n}" for n in range(30))
    return (
        f" date 2025-11-19 The {name} story\nPublished: 19 Nov. 2025, 15:15\n{words}.\nwith the Test Ledger\n"
    )


def external_project(project: Project, web: Site) -> None:
    (project.root / "content/articles/night-buses.txt").unlink()
    for name in ARTICLES:
        project.article(f"{name}.txt", article(name))
    notes = ['edition: "2025-11-19"', "notes:"]
    sources = {
        "alive": f"{web.url}/alive",
        "gone": f"{web.url}/gone",
        "moved": f"{web.url}/old",
        "found": f"{web.url}/temp",
        "slow": f"{web.url}/slow",
        "nohost": "http://no-such-host.invalid/story",
        "private": f"{web.url}/private/page",
        "nohead": f"{web.url}/nohead",
    }
    for rank, name in enumerate(ARTICLES, start=1):
        notes += [
            f'  - article: "{name}"',
            "    section: policy",
            f"    rank: {rank}",
            f'    summary: "The {name} one."',
            f'    source_url: "{sources[name]}"',
        ]
    notes[-1:-1] = [
        "    commentary: |",
        f"      Compare [this]({web.url}/gone#part) with [that]({web.url}/alive).",
    ]
    project.note("2025-11-19.yaml", "\n".join(notes) + "\n")
    web.route("/alive", "<html><body>ok</body></html>", content_type="text/html")
    web.route("/gone", "gone", 404)
    web.redirect("/old", "/alive", 301)
    web.redirect("/temp", "/alive", 302)
    web.handler("/slow", slow(3))
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n")

    def no_head(handler, request) -> None:
        status = 405 if request.method == "HEAD" else 200
        handler.send_response(status)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    web.handler("/nohead", no_head)


def test_external_links_alive_dead_moved_and_timing_out(project: Project, web: Site) -> None:
    external_project(project, web)
    result = check(project, "--links", "--external", "--timeout", "0.3")
    assert result.exit_code == 1
    port = web.url.rsplit(":", 1)[1]
    notes = "content/notes/2025-11-19.yaml"
    port = web.url.rsplit(":", 1)[1]
    assert result.output.splitlines() == [
        "dead link (4):",
        f"  {notes}:12: source_url: {web.url}/gone: HTTP 404 Not Found",
        f"  {notes}:27: source_url: {web.url}/slow: 127.0.0.1:{port} stopped answering (nothing for 0.3 s)",
        f"  {notes}:32: source_url: http://no-such-host.invalid/story: cannot find the host no-such-host.invalid (DNS lookup failed)",
        f"  {notes}:43: commentary: {web.url}/gone#part: HTTP 404 Not Found",
        "section without items (1):",
        "  config.yaml:10: sections: section 'tech' has no published items; its page is empty",
        "link moved (1):",
        f"  {notes}:17: source_url: {web.url}/old: moved permanently (301) to {web.url}/alive",
        "link not verified (1):",
        f"  {notes}:37: source_url: {web.url}/private/page: robots.txt of 127.0.0.1:{port} does not allow digest to fetch it",
        result.output.splitlines()[-1],
    ]
    # Not reported: the live page (also linked from the commentary), the temporary
    # redirect to it, and the page that answers GET but not HEAD.
    assert result.output.splitlines()[-1].startswith("check failed: 0 errors, 4 dead links among ")
    assert result.output.splitlines()[-1].endswith(", 3 warnings")
    # Each page was asked for once, whatever the number of notes linking it.
    assert web.paths("HEAD").count("/gone") == 1

    # A day's answers are kept as JSON; the next check asks only for what may have changed.
    cache = json.loads((project.root / ".digest-cache/links.json").read_text(encoding="utf-8"))
    assert cache["version"] == 1
    assert cache["links"][f"{web.url}/gone"]["state"] == "dead"
    assert f"{web.url}/slow" not in cache["links"]  # a timeout is not kept
    assert "http://no-such-host.invalid/story" not in cache["links"]
    before = len(web.requests)
    again = check(project, "--links", "--external", "--timeout", "0.3")
    assert again.output == result.output
    asked = [r.path for r in web.requests[before:] if r.path != "/robots.txt"]
    assert sorted(set(asked)) == ["/slow"]


def test_the_link_cache_forgets_after_a_day_and_ignores_a_bad_file(tmp_path: Path) -> None:
    cache = LinkCache(tmp_path, now=1_000_000.0)
    cache.put("https://a.example/", Verdict("dead", "HTTP 404 Not Found"))
    cache.put("https://b.example/", Verdict("dead", "no answer", lasting=False))
    cache.save()
    assert LinkCache(tmp_path, now=1_000_000.0 + CACHE_SECONDS - 1).get("https://a.example/") == Verdict(
        "dead", "HTTP 404 Not Found"
    )
    assert LinkCache(tmp_path, now=1_000_000.0 + CACHE_SECONDS + 1).get("https://a.example/") is None
    assert LinkCache(tmp_path, now=1_000_000.0).get("https://b.example/") is None
    (tmp_path / "links.json").write_text("{not json", encoding="utf-8")
    assert LinkCache(tmp_path, now=1_000_000.0).entries == {}
    (tmp_path / "links.json").write_text(
        '{"version": 1, "links": {"https://a.example/": {"state": "rm -rf"}}}', encoding="utf-8"
    )
    assert LinkCache(tmp_path, now=1_000_000.0).entries == {}


def test_external_links_are_checked_concurrently_two_at_a_time_per_host(project: Project, web: Site) -> None:
    lock = threading.Lock()
    running: dict[str, int] = {}
    peak: dict[str, int] = {}
    both = [0]  # the most requests in flight at once, both hosts together

    def counted(handler, request) -> None:
        host = request.headers["host"].split(":")[0]
        with lock:
            running[host] = running.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), running[host])
            both[0] = max(both[0], sum(running.values()))
        time.sleep(0.15)
        with lock:
            running[host] -= 1
        handler.send_response(200)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    port = web.url.rsplit(":", 1)[1]
    notes = ['edition: "2025-11-19"', "notes:"]
    for n in range(12):
        host = "127.0.0.1" if n % 2 else "localhost"
        web.handler(f"/p{n}", counted)
        project.article(f"a{n}.txt", article(f"a{n}x"))
        notes += [
            f'  - article: "a{n}"',
            "    section: policy",
            f"    rank: {n + 1}",
            f'    source_url: "http://{host}:{port}/p{n}"',
        ]
    project.note("2025-11-19.yaml", "\n".join(notes) + "\n")
    result = check(project, "--links", "--external")
    assert result.exit_code == 0, result.output
    assert "dead link (" not in result.output, result.output
    assert peak == {"127.0.0.1": 2, "localhost": 2}
    # The hosts are checked at the same time, not one after another: counted, not timed
    # (a time limit failed on a loaded machine, where the whole check is slower).
    assert both[0] > 2


def test_check_links_writes_nothing(project: Project) -> None:
    before = sorted(
        p.relative_to(project.root).as_posix()
        for p in project.root.rglob("*")
        if ".digest-cache" not in p.parts
    )
    assert check(project, "--links").exit_code == 0
    after = sorted(
        p.relative_to(project.root).as_posix()
        for p in project.root.rglob("*")
        if ".digest-cache" not in p.parts
    )
    assert after == before
