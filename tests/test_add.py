"""`digest add URL`: pages fetched from a server on 127.0.0.1, saved, read back and noted.

Every test runs with `local_only` (through `web`): no name resolves but 127.0.0.1's,
so nothing here can reach another host.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from digest.cli import main
from digest.web.http import Client, FetchError
from tests.conftest import Project
from tests.webserver import Site, slow, stream

TODAY = "2025-11-25"

STORIES = {
    "chips": (
        "Chip exports rebound as AI server demand lifts memory prices",
        [
            "Semiconductor exports rose for the third month in a row in November, the trade ministry said on Monday.",
            "Memory makers reported that orders for high-bandwidth chips used in artificial intelligence servers "
            "doubled from a year earlier, lifting contract prices across the industry.",
            "Analysts cautioned that inventories at smartphone makers remain high and that the recovery depends "
            "on a handful of cloud companies continuing to spend on data centres.",
        ],
    ),
    "rockets": (
        "Launch startup fires upper stage engine for two full minutes",
        [
            "A rocket startup based in Daejeon completed a full-duration test of its upper stage engine on Sunday.",
            "The company said the kerosene engine burned for one hundred and twenty seconds without anomalies and "
            "that a suborbital flight is planned for the second half of next year.",
            "The space agency has promised launch contracts to private companies that reach orbit before 2027, "
            "and three firms are now competing for the first of them.",
        ],
    ),
    "visa": (
        "Founders cautiously welcome a fast-track visa for engineers",
        [
            "The justice ministry will issue startup visas to foreign engineers within ten days from January.",
            "Founders in Pangyo said the change could shorten hiring by months, though several warned that "
            "housing and schooling matter more to engineers deciding whether to move to Korea.",
            "The ministry expects about two thousand applications in the first year of the programme and "
            "will review the quota after six months.",
        ],
    ),
}


def page(
    story: str,
    *,
    canonical: str | None = None,
    site_name: str = "Seoul Ledger",
    charset: str = "utf-8",
    body: list[str] | None = None,
) -> str:
    headline, paragraphs = STORIES[story]
    paragraphs = STORIES[story][1] if body is None else body
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    text = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{headline} | {site_name}</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{site_name}">
<meta property="article:published_time" content="2025-11-24T09:00:00+09:00">
{link}
</head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<article><h1>{headline}</h1>
{text}
</article>
<footer>All rights reserved.</footer>
</body></html>
"""


def add(project: Project, *args: str) -> Result:
    return CliRunner().invoke(main, ["add", *args, "--config", str(project.config_path), "--today", TODAY])


def files(project: Project) -> set[str]:
    return {
        p.relative_to(project.root).as_posix() for p in (project.root / "content").rglob("*") if p.is_file()
    }


def note_of(project: Project, name: str) -> tuple[str, dict]:
    text = (project.root / "content/notes" / name).read_text(encoding="utf-8")
    return text, yaml.safe_load(text)


def test_add_saves_the_page_and_writes_a_draft_note_a_build_accepts(project: Project, web: Site) -> None:
    web.route(
        "/2025/11/24/chips",
        page("chips", canonical="/2025/11/24/chips?utm_source=rss"),
        content_type="text/html",
    )
    before = files(project)
    result = add(project, f"{web.url}/2025/11/24/chips?utm_medium=social&fbclid=x1")
    assert result.exit_code == 0, result.output
    article_id = "chip-exports-rebound-as-ai-server-demand-lifts-memory-prices"
    assert files(project) - before == {
        f"content/articles/{article_id}.html",
        f"content/notes/2025-11-25-{article_id}.yaml",
    }
    assert result.output.splitlines()[0] == (
        f"Added content/articles/{article_id}.html and content/notes/2025-11-25-{article_id}.yaml: "
        "'Chip exports rebound as AI server demand lifts memory prices' (Seoul Ledger, 2025-11-24)"
    )
    text, note = note_of(project, f"2025-11-25-{article_id}.yaml")
    assert note == {
        "article": article_id,
        "edition": "2025-11-25",
        "section": "policy",
        "rank": 1,
        "headline": "Chip exports rebound as AI server demand lifts memory prices",
        "summary": "",
        "commentary": "",
        "tags": [],
        # The page's canonical address, without tracking parameters.
        "source_url": f"{web.url}/2025/11/24/chips",
        "draft": True,
    }
    assert "# (Seoul Ledger, 2025-11-24)." in text
    assert (
        f"# Written by `digest add` from {web.url}/2025/11/24/chips?utm_medium=social&fbclid=x1 on 2025-11-25."
        in text
    )

    # The request named digest and the site, and robots.txt was asked first.
    assert web.paths() == ["/robots.txt", "/2025/11/24/chips?utm_medium=social&fbclid=x1"]
    agent = web.requests[1].headers["user-agent"]
    assert agent.startswith("digest/") and "https://example.org/digest/" in agent

    # The saved page is the page, in UTF-8, and a build reads it; the note is held back as a draft.
    saved = (project.root / f"content/articles/{article_id}.html").read_text(encoding="utf-8")
    assert "Memory makers reported that orders" in saved
    built = CliRunner().invoke(main, ["build", "--config", str(project.config_path), "--today", TODAY])
    assert built.exit_code == 0, built.output
    assert f"{article_id}: draft" in built.output


def test_redirects_are_followed_and_recorded(project: Project, web: Site) -> None:
    web.redirect("/r/1", "/r/2", 301)
    web.redirect("/r/2", f"{web.url}/story?utm_campaign=feed", 302)
    web.route("/story", page("rockets"), content_type="text/html; charset=utf-8")
    result = add(project, f"{web.url}/r/1")
    assert result.exit_code == 0, result.output
    assert f"  redirected (301) from {web.url}/r/1 to {web.url}/r/2" in result.output
    assert f"  redirected (302) from {web.url}/r/2 to {web.url}/story?utm_campaign=feed" in result.output
    name = "2025-11-25-launch-startup-fires-upper-stage-engine-for-two-full-minutes.yaml"
    text, note = note_of(project, name)
    # No canonical link: the final URL, cleaned, is the source; the saved page now names it.
    assert note["source_url"] == f"{web.url}/story"
    assert f"# Redirected (301) from {web.url}/r/1 to {web.url}/r/2." in text
    assert f"# Redirected (302) from {web.url}/r/2 to {web.url}/story?utm_campaign=feed." in text
    saved = (
        project.root / "content/articles/launch-startup-fires-upper-stage-engine-for-two-full-minutes.html"
    )
    assert f'<link rel="canonical" href="{web.url}/story">' in saved.read_text(encoding="utf-8")


def test_failures_are_one_line_each_and_write_nothing(project: Project, web: Site) -> None:
    web.route("/gone", "<html><body>gone</body></html>", 404, content_type="text/html")
    web.route("/report.pdf", b"%PDF-1.7\n" + b"0" * 2000, content_type="application/pdf")
    web.handler("/huge", stream(b"<p>" + b"x" * 1021, 30 * 1024))  # 30 MB, announced
    web.handler("/endless", stream(b"<p>" + b"y" * 1021, 30 * 1024, length=False))  # 30 MB, unannounced
    web.route(
        "/paywall",
        page(
            "visa",
            body=[
                "The justice ministry will issue startup visas to foreign engineers within ten days.",
                "Subscribe to continue reading.",
            ],
        ),
        content_type="text/html",
    )
    web.route(
        "/blank", "<html><head><title>Blank</title></head><body></body></html>", content_type="text/html"
    )
    web.route("/fine", page("rockets"), content_type="text/html")
    before = files(project)
    urls = ["/gone", "/report.pdf", "/huge", "/endless", "/paywall", "/blank", "/fine"]
    result = add(project, *(web.url + path for path in urls), "http://no-such-host.invalid/story")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    failures = [line for line in lines if not line.startswith(("Added", "  "))]
    assert failures == [
        f"{web.url}/gone: HTTP 404 Not Found",
        f"{web.url}/report.pdf: not an HTML page (application/pdf)",
        f"{web.url}/huge: the answer is 30.0 MB; the limit is 8.0 MB",
        f"{web.url}/endless: the answer is larger than the limit of 8.0 MB",
        f"{web.url}/paywall: only 13 words of article text: a paywall, or a page whose article is not in its HTML",
        f"{web.url}/blank: no article text found in the saved page",
        "http://no-such-host.invalid/story: cannot find the host no-such-host.invalid (DNS lookup failed)",
    ]
    assert lines[-1] == "Added 1 article (some failed; see above)."
    # Only the good page was kept, with its note.
    assert sorted(files(project) - before) == [
        "content/articles/launch-startup-fires-upper-stage-engine-for-two-full-minutes.html",
        "content/notes/2025-11-25-launch-startup-fires-upper-stage-engine-for-two-full-minutes.yaml",
    ]


def test_a_story_already_in_the_digest_is_refused_with_its_id(project: Project, web: Site) -> None:
    web.route("/a/chips", page("chips", canonical="/a/chips"), content_type="text/html")
    # The same story, at another address whose canonical link names the first.
    web.route("/amp/chips", page("chips", canonical="/a/chips"), content_type="text/html")
    # The same story again, syndicated under another outlet's address.
    web.route("/other/chips", page("chips", site_name="Other Daily"), content_type="text/html")
    assert add(project, f"{web.url}/a/chips").exit_code == 0
    article_id = "chip-exports-rebound-as-ai-server-demand-lifts-memory-prices"
    before = files(project)
    fetched = len(web.paths())
    result = add(
        project,
        f"{web.url}/a/chips/?utm_source=newsletter#top",
        f"{web.url}/amp/chips",
        f"{web.url}/other/chips",
    )
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{web.url}/a/chips/?utm_source=newsletter#top: already in the digest as '{article_id}'",
        f"{web.url}/amp/chips: already in the digest as '{article_id}' (same link: {web.url}/a/chips)",
        f"{web.url}/other/chips: already in the digest as '{article_id}' (the same story text)",
        "Added 0 articles (some failed; see above).",
    ]
    assert files(project) == before
    # The tracking URL was recognized without fetching it.
    assert "/a/chips/?utm_source=newsletter" not in web.paths()[fetched:]


KOREAN_HEADLINE = "반도체 수출, 인공지능 서버 수요에 석 달째 반등"
KOREAN_BODY = [
    "산업통상자원부는 11월 반도체 수출이 작년 같은 달보다 크게 늘어 석 달 연속 증가했다고 24일 밝혔다.",
    "고대역폭 메모리 주문이 인공지능 서버를 중심으로 두 배 가까이 늘면서 메모리 반도체 고정거래 가격도 함께 올랐다.",
    "전문가들은 스마트폰 제조사의 재고가 여전히 많고 소수 클라우드 기업의 투자에 회복이 달려 있다며 신중한 태도를 보였다.",
]


def korean_page() -> bytes:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in KOREAN_BODY)
    html = f"""<!DOCTYPE html>
<html lang="ko"><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{KOREAN_HEADLINE} - 새벽일보</title>
<meta property="og:title" content="{KOREAN_HEADLINE}">
<meta property="og:site_name" content="새벽일보">
<meta property="article:published_time" content="2025-11-24T10:30:00+09:00">
</head><body><article><h1>{KOREAN_HEADLINE}</h1>
{paragraphs}
</article></body></html>
"""
    return html.encode("euc-kr")


@pytest.mark.parametrize("header", ["text/html; charset=EUC-KR", "text/html"])
def test_a_korean_page_in_euc_kr_is_saved_in_utf8(project: Project, web: Site, header: str) -> None:
    web.route("/news/1", korean_page(), content_type=header)
    result = add(project, f"{web.url}/news/1")
    assert result.exit_code == 0, result.output
    article_id = "반도체-수출-인공지능-서버-수요에-석-달째-반등"
    saved = project.root / f"content/articles/{article_id}.html"
    text = saved.read_bytes().decode("utf-8")  # UTF-8 now, and saying so
    assert '<meta charset="utf-8">' in text
    assert "euc-kr" not in text.lower()
    assert KOREAN_BODY[1] in text
    _, note = note_of(project, f"2025-11-25-{article_id}.yaml")
    assert note["headline"] == KOREAN_HEADLINE
    assert "(새벽일보, 2025-11-24)" in result.output


def test_robots_txt_is_obeyed(project: Project, web: Site) -> None:
    web.route("/robots.txt", "User-agent: digest\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n")
    web.route("/private/chips", page("chips"), content_type="text/html")
    web.route("/public/rockets", page("rockets"), content_type="text/html")
    result = add(project, f"{web.url}/private/chips", f"{web.url}/public/rockets")
    assert result.exit_code == 1
    assert (
        f"{web.url}/private/chips: robots.txt of 127.0.0.1:{web.url.rsplit(':', 1)[1]} does not allow digest to fetch it"
        in result.output
    )
    assert "/private/chips" not in web.paths()
    assert web.paths().count("/robots.txt") == 1  # read once per site


def test_a_site_whose_robots_txt_fails_is_not_fetched(project: Project, web: Site) -> None:
    web.route("/robots.txt", "oops", 503)
    web.route("/chips", page("chips"), content_type="text/html")
    result = add(project, f"{web.url}/chips")
    assert result.exit_code == 1
    assert "cannot be read (HTTP 503); not fetching" in result.output
    assert "/chips" not in web.paths()


def test_edition_and_section_place_the_notes_in_rank_order(project: Project, web: Site) -> None:
    web.route("/chips", page("chips"), content_type="text/html")
    web.route("/visa", page("visa"), content_type="text/html")
    result = add(
        project, f"{web.url}/chips", f"{web.url}/visa", "--edition", "2025-11-27", "--section", "tech"
    )
    assert result.exit_code == 0, result.output
    notes = sorted((project.root / "content/notes").glob("2025-11-27-*.yaml"))
    placed = [
        (
            yaml.safe_load(p.read_text(encoding="utf-8"))["headline"],
            yaml.safe_load(p.read_text(encoding="utf-8"))["rank"],
        )
        for p in notes
    ]
    assert sorted(placed, key=lambda pair: pair[1]) == [
        ("Chip exports rebound as AI server demand lifts memory prices", 1),
        ("Founders cautiously welcome a fast-track visa for engineers", 2),
    ]
    assert all(yaml.safe_load(p.read_text(encoding="utf-8"))["section"] == "tech" for p in notes)


def test_dry_run_writes_nothing(project: Project, web: Site) -> None:
    web.route("/chips", page("chips"), content_type="text/html")
    before = files(project)
    result = add(project, f"{web.url}/chips", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.output == f"would add {web.url}/chips\n"
    assert files(project) == before
    assert web.requests == []


def test_a_headline_taken_gets_a_numbered_id(project: Project, web: Site) -> None:
    project.write(
        "content/articles/chip-exports-rebound-as-ai-server-demand-lifts-memory-prices.md",
        "---\ntitle: Other\ndate: 2025-11-20\n---\nAnother story entirely, about fishing boats.\n",
    )
    web.route("/chips", page("chips"), content_type="text/html")
    result = add(project, f"{web.url}/chips")
    assert result.exit_code == 0, result.output
    assert (
        project.root / "content/articles/chip-exports-rebound-as-ai-server-demand-lifts-memory-prices-2.html"
    ).is_file()


def test_usage_errors(project: Project) -> None:
    assert add(project).exit_code == 2
    assert add(project, "https://x.example/", "--limit", "3").exit_code == 2


def test_a_project_with_problems_adds_nothing(project: Project, web: Site) -> None:
    project.note("broken.yaml", "edition: nope\n")
    web.route("/chips", page("chips"), content_type="text/html")
    result = add(project, f"{web.url}/chips")
    assert result.exit_code == 1
    assert "content/notes/broken.yaml:1: edition:" in result.output
    assert web.requests == []
    assert not list(Path(project.root / "content/articles").glob("chip*"))


# `digest add --feed`: RSS, Atom, JSON Feed and OPML files, read twice.


def rss(web: Site, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{web.url}{path}</link><pubDate>{date}</pubDate></item>"
        for path, title, date in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><link>{web.url}/</link><description>d</description>{entries}</channel></rss>'


def atom(web: Site, path: str, title: str, updated: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:x:wire</id><updated>{updated}</updated>
<entry><title>{title}</title><id>urn:x:1</id><updated>{updated}</updated>
<link rel="alternate" href="{web.url}{path}"/></entry></feed>"""


def json_feed(web: Site, path: str, title: str, published: str) -> str:
    return (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "Pangyo", "items": ['
        f'{{"id": "1", "url": "{web.url}{path}", "title": "{title}", "date_published": "{published}"}}]}}'
    )


def serve_stories(web: Site) -> None:
    web.route("/chips", page("chips", canonical="/chips"), content_type="text/html")
    web.route("/rockets", page("rockets", canonical="/rockets"), content_type="text/html")
    web.route("/visa", page("visa", canonical="/visa"), content_type="text/html")
    # A feed link that redirects to a story: known only once fetched.
    web.redirect("/go/visa", "/visa?utm_source=feed", 302)


def added(result: Result) -> list[str]:
    return [line.split(":")[0] for line in result.output.splitlines() if line.startswith("Added content/")]


def adds_nothing_again(project: Project, web: Site, feed: str) -> None:
    """Another run over a feed whose entries are all in the digest writes nothing. The
    redirecting link is fetched again (only its target is known) and skipped: not a failure."""
    before = files(project)
    again = add(project, "--feed", feed)
    assert again.exit_code == 0, again.output
    assert again.output.splitlines() == [
        "3 entries in 1 feed, 1 not in the digest yet",
        f"{web.url}/go/visa: already in the digest as 'founders-cautiously-welcome-a-fast-track-visa-for-engineers' (same link: {web.url}/visa)",
        "Added 0 articles.",
    ]
    assert files(project) == before


def test_add_feed_takes_the_newest_entries_not_in_the_digest(
    project: Project, web: Site, tmp_path: Path
) -> None:
    serve_stories(web)
    feed = tmp_path / "rss.xml"
    feed.write_text(
        rss(
            web,
            [
                ("/rockets", "Rockets", "Sun, 23 Nov 2025 08:00:00 +0900"),
                ("/chips?utm_source=rss", "Chips", "Mon, 24 Nov 2025 09:00:00 +0900"),
                ("/go/visa", "Visa", "Sat, 22 Nov 2025 08:00:00 +0900"),
            ],
        ),
        encoding="utf-8",
    )
    dry = add(project, "--feed", str(feed), "--limit", "2", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.output.splitlines() == [
        "3 entries in 1 feed, 3 not in the digest yet; taking the newest 2",
        f"would add {web.url}/chips?utm_source=rss: Chips (2025-11-24)",
        f"would add {web.url}/rockets: Rockets (2025-11-23)",
    ]
    assert web.requests == []

    first = add(project, "--feed", str(feed), "--limit", "2")
    assert first.exit_code == 0, first.output
    assert added(first) == [
        "Added content/articles/chip-exports-rebound-as-ai-server-demand-lifts-memory-prices.html and content/notes/2025-11-25-chip-exports-rebound-as-ai-server-demand-lifts-memory-prices.yaml",
        "Added content/articles/launch-startup-fires-upper-stage-engine-for-two-full-minutes.html and content/notes/2025-11-25-launch-startup-fires-upper-stage-engine-for-two-full-minutes.yaml",
    ]
    second = add(project, "--feed", str(feed))
    assert second.exit_code == 0, second.output
    assert second.output.splitlines()[0] == "3 entries in 1 feed, 1 not in the digest yet"
    assert len(added(second)) == 1 and "founders-cautiously-welcome" in added(second)[0]
    adds_nothing_again(project, web, str(feed))


def test_add_feed_reads_atom_json_feed_and_opml_twice(project: Project, web: Site, tmp_path: Path) -> None:
    serve_stories(web)
    web.route(
        "/rss.xml",
        rss(web, [("/rockets", "Rockets", "Sun, 23 Nov 2025 08:00:00 +0900")]),
        content_type="application/rss+xml",
    )
    web.route(
        "/atom.xml",
        atom(web, "/chips", "Chips", "2025-11-24T09:00:00+09:00"),
        content_type="application/atom+xml",
    )
    web.route(
        "/feed.json",
        json_feed(web, "/go/visa", "Visa", "2025-11-22T08:00:00+09:00"),
        content_type="application/feed+json",
    )
    (tmp_path / "atom.xml").write_text(
        atom(web, "/chips", "Chips", "2025-11-24T09:00:00+09:00"), encoding="utf-8"
    )
    (tmp_path / "feed.json").write_text(
        json_feed(web, "/go/visa", "Visa", "2025-11-22T08:00:00+09:00"), encoding="utf-8"
    )
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
<outline text="News"><outline type="rss" text="Ledger" xmlUrl="{web.url}/rss.xml"/>
<outline type="rss" text="Wire" xmlUrl="{web.url}/atom.xml"/></outline>
<outline type="rss" text="Pangyo" xmlUrl="{web.url}/feed.json"/>
</body></opml>""",
        encoding="utf-8",
    )
    # The local Atom and JSON files are read like the served ones.
    dry = add(
        project, "--feed", str(tmp_path / "atom.xml"), "--feed", str(tmp_path / "feed.json"), "--dry-run"
    )
    assert dry.exit_code == 0, dry.output
    assert dry.output.splitlines() == [
        "2 entries in 2 feeds, 2 not in the digest yet",
        f"would add {web.url}/chips: Chips (2025-11-24)",
        f"would add {web.url}/go/visa: Visa (2025-11-22)",
    ]

    first = add(project, "--feed", str(opml))
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[0] == "3 entries in 1 feed, 3 not in the digest yet"
    assert len(added(first)) == 3
    adds_nothing_again(project, web, str(opml))


def test_add_feed_reports_a_feed_it_cannot_read(project: Project, web: Site, tmp_path: Path) -> None:
    web.route("/news.html", "<html><body>not a feed</body></html>", content_type="text/html")
    (tmp_path / "empty.opml").write_text(
        '<opml version="2.0"><body><outline text="x"/></body></opml>', encoding="utf-8"
    )
    result = add(
        project,
        "--feed",
        f"{web.url}/news.html",
        "--feed",
        str(tmp_path / "empty.opml"),
        "--feed",
        str(tmp_path / "missing.xml"),
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{web.url}/news.html: not an RSS, Atom or JSON feed")
    assert lines[1] == f"{tmp_path / 'empty.opml'}: the OPML list names no feed (no outline with an xmlUrl)"
    assert lines[2] == f"{tmp_path / 'missing.xml'}: cannot read the file: No such file or directory"


def test_a_slow_server_times_out(project: Project, web: Site) -> None:
    web.handler("/slow", slow(3))
    result = add(project, f"{web.url}/slow", "--timeout", "0.3")
    assert result.exit_code == 1
    assert (
        result.output.splitlines()[0]
        == f"{web.url}/slow: 127.0.0.1:{web.url.rsplit(':', 1)[1]} stopped answering (nothing for 0.3 s)"
    )


def test_a_trickling_answer_is_cut_at_the_deadline(web: Site) -> None:
    def trickle(handler, request) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        for _ in range(1000):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.05)

    web.handler("/trickle", trickle)
    with Client("digest-test", timeout=1, deadline=0.5) as client:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"the answer took longer than 0.5 s"):
            client.get(f"{web.url}/trickle")
        assert time.monotonic() - started < 2


def test_hostile_page_text_cannot_break_the_note_or_the_terminal(project: Project, web: Site) -> None:
    hostile = page("chips", site_name="Ledger&#10;summary: injected&#10;draft: false \x1b[31m")
    web.route("/chips", hostile, content_type="text/html")
    web.redirect("/bad", "/x\x1b[2J", 302)
    result = add(project, f"{web.url}/chips", f"{web.url}/bad")
    assert "\x1b" not in result.output
    assert f"{web.url}/bad: redirected (302) to an address digest will not follow" in result.output
    [path] = (project.root / "content/notes").glob("2025-11-25-*.yaml")
    text = path.read_text(encoding="utf-8")
    note = yaml.safe_load(text)
    assert note["summary"] == "" and note["draft"] is True  # nothing injected
    assert "# (Ledger summary: injected draft: false [31m, 2025-11-24)." in text
    built = CliRunner().invoke(main, ["build", "--config", str(project.config_path), "--today", TODAY])
    assert built.exit_code == 0, built.output
