"""`digest ping`: every feed file announced to the configured WebSub hub, here a server on
127.0.0.1, as the Pages workflow does after deploying."""

from __future__ import annotations

from urllib.parse import parse_qs

from click.testing import CliRunner, Result

from digest.cli import main
from tests.conftest import Project
from tests.webserver import Site


def ping(project: Project, *args: str) -> Result:
    return CliRunner().invoke(
        main, ["ping", "--config", str(project.config_path), "--today", "2025-11-25", *args]
    )


def hub_config(project: Project, hub: str) -> None:
    with project.config_path.open("a", encoding="utf-8") as handle:
        handle.write(f'websub_hub: "{hub}"\n')


# The fixture project's feeds: the site's, two sections', two tags' (seoul, transport),
# its outlet's.
FEEDS = ["", "sections/policy/", "sections/tech/", "tags/seoul/", "tags/transport/", "outlets/test-ledger/"]
BASE = "https://news.example.org/"


def test_every_feed_file_is_announced_to_the_hub(project: Project, web: Site) -> None:
    web.route("/hub", b"", 204)
    hub_config(project, f"{web.url}/hub")
    result = ping(project, "--base-url", BASE)
    assert result.exit_code == 0, result.output
    assert result.output == f"Announced 18 of 18 feeds to {web.url}/hub.\n"
    posts = [r for r in web.requests if r.method == "POST"]
    assert all(r.headers["content-type"] == "application/x-www-form-urlencoded" for r in posts)
    forms = [parse_qs(r.body.decode()) for r in posts]
    assert all(form["hub.mode"] == ["publish"] for form in forms)
    announced = sorted(url for form in forms for url in form["hub.url"])
    assert announced == sorted(
        f"{BASE}{prefix}{name}" for prefix in FEEDS for name in ("feed.xml", "atom.xml", "feed.json")
    )
    assert "digest/" in posts[0].headers["user-agent"]
    assert "/robots.txt" not in web.paths()  # a notification is not crawling


def test_a_hub_that_refuses_is_reported_per_feed(project: Project, web: Site) -> None:
    web.route("/hub", "no", 503)
    hub_config(project, f"{web.url}/hub")
    result = ping(project)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "https://example.org/digest/feed.xml: the hub answered HTTP 503 Service Unavailable"
    assert len(lines) == 19 and lines[-1] == f"Announced 0 of 18 feeds to {web.url}/hub."


def test_dry_run_and_no_hub(project: Project, web: Site) -> None:
    assert ping(project).output == "No websub_hub in config.yaml: nothing to ping.\n"
    hub_config(project, f"{web.url}/hub")
    result = ping(project, "--dry-run")
    assert result.exit_code == 0
    assert result.output.splitlines()[:2] == [
        "would announce https://example.org/digest/feed.xml",
        "would announce https://example.org/digest/atom.xml",
    ]
    assert web.requests == []
