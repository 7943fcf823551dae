"""Publishing on GitHub Pages: head metadata, JSON-LD, sitemaps, robots.txt, CNAME,
stale files and the deploy workflow. Everything is read back with the stdlib."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from digest.build import build
from digest.errors import DigestError
from tests.conftest import ROOT, SAMPLE_TODAY, Project, skip_or_fail
from tests.pages_helpers import html_pages, read_head

SUB = "https://example.github.io/my-digest/"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def sitemap_urls(path: Path) -> dict[str, str]:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SM}urlset"
    return {url.findtext(f"{SM}loc"): url.findtext(f"{SM}lastmod") for url in root.iter(f"{SM}url")}


def page_url(base: str, relative: str) -> str:
    return base + quote(relative, safe="/")


def test_every_page_has_head_metadata(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    pages = html_pages(project.output)
    assert len(pages) == 47
    titles = set()
    descriptions = set()
    with_picture: set[str] = set()
    for relative, path in pages.items():
        head = read_head(path)
        url = page_url(SUB, relative)
        assert head.title.endswith("Seoul Tech & Policy Brief"), relative
        titles.add(head.title)
        descriptions.add(head.first("description"))
        assert head.first("description").strip(), relative
        assert head.first("og:title") and head.first("og:description"), relative
        assert head.first("og:site_name") == "Seoul Tech & Policy Brief"
        # A page with a picture shares it (the article's, or an edition's first): a large card.
        if "og:image" in head.meta:
            shared = head.first("og:image")
            assert shared.startswith(SUB) and (project.output / shared.removeprefix(SUB)).is_file(), relative
            assert head.first("twitter:card") == "summary_large_image"
            assert head.first("twitter:image") == shared and head.first("og:image:alt")
            assert int(head.first("og:image:width")) > 0 and head.first("og:image:type") == "image/jpeg"
            with_picture.add(relative)
        else:
            assert head.first("twitter:card") == "summary"
        assert head.first("twitter:title") == head.first("og:title")
        feeds = {(link["type"], link["href"]) for link in head.link("alternate")}
        assert ("application/rss+xml", SUB + "feed.xml") in feeds, relative
        assert ("application/atom+xml", SUB + "atom.xml") in feeds
        assert ("application/feed+json", SUB + "feed.json") in feeds
        [data] = head.jsonld()
        assert data["@context"] == "https://schema.org"
        if relative == "404.html":
            assert head.first("robots") == "noindex"
            assert not head.link("canonical")
            continue
        [canonical] = head.link("canonical")
        assert canonical["href"] == url
        assert head.first("og:url") == url
        assert data["url"] == url, relative
        expected_type = "NewsArticle" if relative.startswith("articles/") else None
        if expected_type:
            assert data["@type"] == expected_type
            assert head.first("og:type") == "article"
        else:
            assert data["@type"] in ("CollectionPage", "WebPage")
            assert data["isPartOf"]["@type"] == "WebSite"
            assert head.first("og:type") == "website"
    assert len(titles) == len(pages), "every page has its own <title>"
    # Nine published articles have a picture, and the front page and every edition share one.
    assert len([page for page in with_picture if page.startswith("articles/")]) == 9
    assert {"", "editions/2025-11-19/", "editions/2025-11-24/"} <= with_picture
    assert len(descriptions) >= len(pages) - 2, "descriptions are page-specific"


def test_article_jsonld_and_opengraph(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    head = read_head(project.output / "articles/ledger-won-weakens-exporters/index.html")
    [data] = head.jsonld()
    url = SUB + "articles/ledger-won-weakens-exporters/"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Won at seven-month low: good for carmakers, bad for parts shops"
    assert data["url"] == data["mainEntityOfPage"] == url
    # Published when its edition went out (as the feeds say); modified by the outlet's update.
    assert data["datePublished"] == "2025-11-21T07:00:00+09:00"
    assert data["dateModified"] == "2025-11-21T19:10:00+09:00"
    assert data["author"] == [{"@type": "Person", "name": "Lee Sang-hoon"}]
    assert data["publisher"] == {"@type": "Organization", "name": "Seoul Tech & Policy Brief", "url": SUB}
    assert data["sourceOrganization"]["name"] == "Seoul Ledger"
    assert data["isBasedOn"] == "https://seoul-ledger.example/news/2025/11/21/won-seven-month-low"
    assert data["articleSection"] == "Industry"
    assert data["keywords"] == ["exports", "currency"]
    assert data["isPartOf"]["@id"] == SUB + "editions/2025-11-21/"
    assert head.first("article:published_time") == data["datePublished"]
    assert head.first("article:modified_time") == data["dateModified"]
    assert head.meta["article:tag"] == ["exports", "currency"]
    assert head.first("description").startswith("The won closed at 1,472.3 per dollar")

    korean = read_head(project.output / "articles/saebyeok-hbm-packaging-line/index.html").jsonld()[0]
    assert korean["inLanguage"] == "ko"
    assert korean["author"] == [{"@type": "Person", "name": "김서연"}]
    assert korean["datePublished"] == "2025-11-20T07:00:00+09:00"
    assert korean["dateModified"] == "2025-11-20T11:05:00+09:00"


def test_edition_jsonld_lists_its_articles_in_page_order(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    head = read_head(project.output / "editions/2025-11-21/index.html")
    [data] = head.jsonld()
    assert data["@type"] == "CollectionPage"
    assert data["name"] == "A weaker won and a tougher test"
    assert data["datePublished"] == "2025-11-21T07:00:00+09:00"
    assert data["description"] == head.first("description")
    assert data["description"].startswith("The currency slides")
    items = data["mainEntity"]
    assert items["@type"] == "ItemList"
    assert items["numberOfItems"] == len(items["itemListElement"]) == 3
    assert [e["position"] for e in items["itemListElement"]] == [1, 2, 3]
    page = (project.output / "editions/2025-11-21/index.html").read_text(encoding="utf-8")
    urls = [e["url"] for e in items["itemListElement"]]
    paths = [url.removeprefix("https://example.github.io") for url in urls]
    assert sorted(paths, key=page.index) == paths, "JSON-LD order follows the page"
    assert items["itemListElement"][0]["name"] == data["mainEntity"]["itemListElement"][0]["name"]

    archive = read_head(project.output / "archive/index.html").jsonld()[0]
    assert [e["url"] for e in archive["mainEntity"]["itemListElement"]] == [
        SUB + f"editions/2025-11-{day}/" for day in ("24", "21", "20", "19")
    ]
    section = read_head(project.output / "sections/science/index.html").jsonld()[0]
    assert section["mainEntity"]["numberOfItems"] == 3


HOSTILE = '</script><script>alert("x")</script><!-- & \u2028 "quotes" <b>'


def test_jsonld_cannot_break_out_of_its_script(project: Project) -> None:
    notes = project.root / "content/notes/2025-11-19.yaml"
    text = notes.read_text(encoding="utf-8")
    hostile_yaml = yaml.safe_dump(HOSTILE, allow_unicode=True).removesuffix("\n...\n").strip()
    notes.write_text(
        text.replace("    rank: 1\n", f"    rank: 1\n    headline: {hostile_yaml}\n", 1),
        encoding="utf-8",
    )
    project.build()
    path = project.output / "articles/night-buses/index.html"
    head = read_head(path)
    # One script element on the page, and it holds the whole headline as data.
    assert [kind for kind, _ in head.scripts] == ["application/ld+json"]
    [data] = head.jsonld()
    assert data["headline"] == HOSTILE
    raw = path.read_text(encoding="utf-8")
    script = raw[raw.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]
    assert "<" not in script.removeprefix('<script type="application/ld+json">')
    assert "\\u003c/script\\u003e" in script
    assert head.title.startswith(HOSTILE)  # the <title> shows it as text


def test_sitemap_lists_every_page_with_lastmod_from_content(sample_copy) -> None:
    project: Project = sample_copy()
    config = project.root / "config.yaml"
    config.write_text(config.read_text().replace("per_page: 20", "per_page: 2"), encoding="utf-8")
    project.build()
    urls = sitemap_urls(project.output / "sitemap.xml")
    pages = html_pages(project.output)
    assert "sections/industry/page/3/" in pages  # paginated pages exist ...
    expected = {page_url(SUB, relative) for relative in pages if relative != "404.html"}
    assert set(urls) == expected  # ... and every page is listed, 404.html is not
    assert urls[SUB + "articles/ledger-won-weakens-exporters/"] == "2025-11-21"
    # Updated by its outlet on the 18th, before its edition: lastmod is the edition's day.
    assert urls[SUB + "articles/ledger-chip-export-rebound/"] == "2025-11-19"
    assert urls[SUB + "editions/2025-11-20/"] == "2025-11-20"
    assert urls[SUB] == "2025-11-24"
    assert urls[SUB + "tags/" + quote("반도체") + "/"] == "2025-11-20"
    assert all(dt.date.fromisoformat(v) <= dt.date(2025, 11, 24) for v in urls.values())


def test_sitemap_lastmod_follows_a_later_update(project: Project) -> None:
    article = project.root / "content/articles/night-buses.txt"
    text = article.read_text(encoding="utf-8")
    # Updated on the 22nd, 01:30 in Seoul, which is still the 21st in UTC.
    article.write_text(
        text.replace(
            "Published: 19 Nov. 2025, 15:15", "Published: 19 Nov. 2025, 15:15\nUpdated: 2025.11.22 01:30"
        ),
        encoding="utf-8",
    )
    project.build()
    urls = sitemap_urls(project.output / "sitemap.xml")
    assert urls["https://example.org/digest/articles/night-buses/"] == "2025-11-22"
    assert urls["https://example.org/digest/editions/2025-11-19/"] == "2025-11-22"
    data = read_head(project.output / "articles/night-buses/index.html").jsonld()[0]
    assert data["dateModified"] == "2025-11-22T01:30:00+09:00"


def _news(path: Path) -> list[tuple[str, str, str, str, str]]:
    root = ET.parse(path).getroot()
    rows = []
    for url in root.iter(f"{SM}url"):
        news = url.find(f"{NEWS}news")
        assert news is not None
        rows.append(
            (
                url.findtext(f"{SM}loc"),
                news.findtext(f"{NEWS}publication/{NEWS}name"),
                news.findtext(f"{NEWS}publication/{NEWS}language"),
                news.findtext(f"{NEWS}publication_date"),
                news.findtext(f"{NEWS}title"),
            )
        )
    return rows


def _edition(date: str, article_id: str, headline: str) -> str:
    return (
        f'edition: "{date}"\nnotes:\n  - article: "{article_id}"\n    section: tech\n    rank: 1\n'
        f"    headline: {headline!r}\n"
    )


def test_news_sitemap_holds_the_last_two_edition_days(project: Project) -> None:
    from tests.conftest import RAW_ARTICLE

    for day in (20, 21, 22):
        project.article(f"story-{day}.txt", RAW_ARTICLE.replace("2025-11-19", f"2025-11-{day}"))
        project.note(f"2025-11-{day}.yaml", _edition(f"2025-11-{day}", f"story-{day}", f"Story & {day}"))
    project.build()
    rows = _news(project.output / "news_sitemap.xml")
    assert rows == [
        (
            "https://example.org/digest/articles/story-22/",
            "Test Digest",
            "en",
            "2025-11-22T07:00:00+09:00",
            "Story & 22",
        ),
        (
            "https://example.org/digest/articles/story-21/",
            "Test Digest",
            "en",
            "2025-11-21T07:00:00+09:00",
            "Story & 21",
        ),
    ]
    # Counted from the newest edition, not from the clock: a build years later is identical.
    first = (project.output / "news_sitemap.xml").read_bytes()
    build(project.config(), today=dt.date(2031, 1, 1))
    assert (project.output / "news_sitemap.xml").read_bytes() == first

    robots = project.read("robots.txt")
    assert robots.splitlines() == [
        "User-agent: *",
        "Allow: /",
        "",
        "Sitemap: https://example.org/digest/sitemap.xml",
        "Sitemap: https://example.org/digest/news_sitemap.xml",
    ]


def test_news_sitemap_can_be_switched_off(project: Project) -> None:
    project.write("config.yaml", project.config_path.read_text() + "news_sitemap: false\n")
    project.build()
    assert not (project.output / "news_sitemap.xml").exists()
    assert "news_sitemap" not in project.read("robots.txt")
    assert "Sitemap: https://example.org/digest/sitemap.xml" in project.read("robots.txt")


def test_sample_news_sitemap(sample_copy) -> None:
    project: Project = sample_copy()
    project.build()
    rows = _news(project.output / "news_sitemap.xml")
    # The newest edition is Nov. 24; the one before (Nov. 21) is three days older.
    assert {row[0] for row in rows} == {
        SUB + "articles/hanriver-library-night-hours/",
        SUB + "articles/hanriver-fine-dust-ai-forecast/",
        SUB + "articles/saebyeok-youth-rental-lottery/",
    }
    assert {row[3] for row in rows} == {"2025-11-24T07:00:00+09:00"}


def test_cname_file_from_config(project: Project) -> None:
    project.build()
    assert not (project.output / "CNAME").exists()
    project.write("config.yaml", project.config_path.read_text() + 'cname: "News.Example.org"\n')
    project.build()
    assert project.read("CNAME") == "news.example.org\n"


@pytest.mark.parametrize("bad", ["https://news.example.org/", "news example.org", "localhost"])
def test_cname_must_be_a_bare_domain(project: Project, bad: str) -> None:
    project.write("config.yaml", project.config_path.read_text() + f'cname: "{bad}"\n')
    with pytest.raises(DigestError) as caught:
        project.config()
    [problem] = caught.value.problems
    assert problem.field == "cname"
    assert problem.line == 12


def test_deleted_content_disappears_and_host_files_stay(project: Project) -> None:
    project.write("config.yaml", project.config_path.read_text() + 'cname: "news.example.org"\n')
    project.write(
        "content/articles/visa.md",
        '---\ntitle: "Faster visas"\ndate: 2025-11-20\nsource_url: "https://example.com/visa"\n---\nBody.\n',
    )
    note = project.note("visa.yaml", 'edition: "2025-11-20"\narticle: "visa"\nsection: policy\nrank: 1\n')
    project.build()
    assert (project.output / "articles/visa/index.html").is_file()
    assert (project.output / "editions/2025-11-20/index.html").is_file()
    (project.root / "content/articles/visa.md").unlink()
    note.unlink()
    project.build()
    assert not (project.output / "articles/visa").exists()
    assert not (project.output / "editions/2025-11-20").exists()
    assert "visa" not in project.read("sitemap.xml")
    assert "visa" not in project.read("feed.xml")
    assert project.read("CNAME") == "news.example.org\n"
    assert (project.output / ".nojekyll").is_file()
    assert (project.output / "articles/night-buses/index.html").is_file()


def test_404_page_links_carry_the_base_path(sample_copy) -> None:
    project: Project = sample_copy()
    project.build(base_url="https://name.github.io/repo/")
    head = read_head(project.output / "404.html")
    internal = [h for h in head.hrefs if not h.startswith(("https://", "http://"))]
    assert internal, "the 404 page links somewhere"
    # Served for a missing URL at any depth, so no link may be relative to the page.
    for href in internal:
        assert href.startswith(("/repo/", "#")), href


WORKFLOW = ROOT / ".github/workflows/pages.yml"


def _steps(job: dict) -> dict[str, dict]:
    return {step.get("uses", "").split("@")[0] or step["name"]: step for step in job["steps"]}


def test_pages_workflow_uses_the_official_actions() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = flow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers
    # Nothing by default; the build reads, and only the deploy job may publish.
    assert flow["permissions"] == {}
    assert flow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert flow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert flow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build_steps = _steps(flow["jobs"]["build"])
    assert build_steps["actions/checkout"]["with"]["persist-credentials"] is False
    assert build_steps["actions/configure-pages"]["id"] == "pages"
    assert build_steps["Install digest"]["run"] == "python -m pip install -c constraints.txt ."
    build_step = build_steps["Build"]
    assert build_step["env"]["PAGES_BASE_URL"] == "${{ steps.pages.outputs.base_url }}"
    upload = build_steps["actions/upload-pages-artifact"]["with"]
    assert upload["path"].rstrip("/") == "output"
    assert upload["include-hidden-files"] is True  # .nojekyll is a dotfile
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert "actions/deploy-pages" in _steps(deploy)
    cache = build_steps["actions/cache"]["with"]
    assert cache["path"] == ".digest-cache"
    assert cache["key"].startswith(cache["restore-keys"])  # every run saves; the newest is restored
    # Only a cache saved by a run of the same ref: ':' ends the ref, which cannot hold one.
    assert cache["restore-keys"] == "digest-cache:${{ github.ref }}:"
    order = [step.get("name") for step in flow["jobs"]["build"]["steps"]]
    assert order.index("Build") > order.index("Restore the build cache") > order.index("Install digest") > 0


def test_every_action_is_pinned_to_a_commit() -> None:
    """A tag can be moved to other code; a full commit hash cannot. The comment names
    the release, for whoever updates it."""
    lines = [line.strip() for line in WORKFLOW.read_text(encoding="utf-8").splitlines()]
    uses = [line for line in lines if line.startswith(("uses:", "- uses:"))]
    assert len(uses) >= 6  # checkout, setup-python, configure-pages, cache, upload, deploy...
    for line in uses:
        assert re.fullmatch(r"(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", line), line


def test_zizmor_finds_nothing_in_the_workflows() -> None:
    """zizmor (a static checker for GitHub Actions) at medium severity and above:
    permissions, pinning, credentials left on disk, template injection, cache poisoning."""
    zizmor = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    if zizmor is None:
        skip_or_fail("zizmor is not installed (pip install -e '.[test]')")
    done = subprocess.run(
        [zizmor, "--offline", "--min-severity", "medium", str(WORKFLOW.parent)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("pages_url", "prefix"),
    [
        ("https://octocat.github.io/my-repo", "https://octocat.github.io/my-repo/"),
        ("https://news.example.org", "https://news.example.org/"),
    ],
)
def test_pages_workflow_build_step_runs(sample_copy, pages_url: str, prefix: str) -> None:
    """Run the workflow's own build command, with the URL as configure-pages gives it
    (no trailing slash), and check the site it writes."""
    project: Project = sample_copy()
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    command = _steps(flow["jobs"]["build"])["Build"]["run"]
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PAGES_BASE_URL": pages_url, "PATH": bin_dir + os.pathsep + os.environ["PATH"]}
    done = subprocess.run(
        ["bash", "-e", "-c", command], cwd=project.root, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert f"for {prefix}" in done.stdout  # the build prints the effective base URL
    head = read_head(project.output / "index.html")
    assert head.link("canonical")[0]["href"] == prefix
    assert f"Sitemap: {prefix}sitemap.xml" in project.read("robots.txt")
    assert (project.output / ".nojekyll").is_file()


def test_builds_are_deterministic_with_metadata(sample_copy, tmp_path: Path) -> None:
    project: Project = sample_copy()
    first = build(project.config(), tmp_path / "a", today=SAMPLE_TODAY)
    second = build(project.config(), tmp_path / "b", today=dt.date(2030, 1, 1))
    assert first.files == second.files
    for name in (
        "sitemap.xml",
        "news_sitemap.xml",
        "robots.txt",
        "articles/ledger-won-weakens-exporters/index.html",
    ):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_pages_workflow_pings_the_websub_hub_after_deploying(project: Project, web) -> None:
    """The websub job runs after deploy, its actions are pinned by commit, and its own
    command announces the feeds (here to a hub on 127.0.0.1)."""
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = flow["jobs"]["websub"]
    assert job["needs"] == "deploy"
    assert job["permissions"] == {"contents": "read", "pages": "read"}
    for step in job["steps"]:
        if "uses" in step:
            assert re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
    steps = _steps(job)
    assert steps["actions/checkout"]["with"]["persist-credentials"] is False
    ping = steps["Ping the WebSub hub"]
    assert ping["env"]["PAGES_BASE_URL"] == "${{ steps.pages.outputs.base_url }}"

    web.route("/hub", b"", 204)
    with project.config_path.open("a", encoding="utf-8") as handle:
        handle.write(f'websub_hub: "{web.url}/hub"\n')
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PAGES_BASE_URL": "https://octocat.github.io/my-repo",
        "PATH": bin_dir + os.pathsep + os.environ["PATH"],
    }
    done = subprocess.run(
        ["bash", "-e", "-c", ping["run"]],
        cwd=project.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Announced 15 of 15 feeds")
    topics = [r.body.decode() for r in web.requests if r.method == "POST"]
    assert "hub.mode=publish&hub.url=https%3A%2F%2Foctocat.github.io%2Fmy-repo%2Ffeed.xml" in topics
