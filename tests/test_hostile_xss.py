"""The XSS corpus (tests/data/xss_payloads.txt) in every input field: none survives.

One site is built twice: once with harmless text and once with every payload in
headlines, bodies, bylines, outlets, Markdown front matter and bodies, note headlines,
summaries, commentary, tags, edition titles and intros, config titles and file names.
Every page, e-mail edition (and their JSON-LD), feed in all three formats, sitemap and
search fragment of the hostile build must carry nothing dangerous that the harmless
build lacks (see tests/hostile_checks.py for what counts).
"""

from __future__ import annotations

import gzip
import html
import json
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from digest.text import slugify
from tests.conftest import BASE_CONFIG, SAMPLE_TODAY, Project, project_files
from tests.hostile_checks import site_findings

DATA = Path(__file__).parent / "data"


def load_payloads() -> list[str]:
    lines = (DATA / "xss_payloads.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


PAYLOADS = load_payloads()


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _file_name(index: int, payload: str) -> str:
    # '/' cannot be part of a file name; everything else in the payload can.
    return f"{index:02d} {payload.replace('/', '_')}"[:120].rstrip()


def make_site(root: Path, payloads: list[str]) -> Project:
    project = Project(root)
    first = payloads[0]
    project.write("config.yaml", BASE_CONFIG.replace('"Test Digest"', _q("Test Digest " + first)))
    notes = [
        'edition: "2025-11-19"',
        f"title: {_q(first)}",
        "intro: " + _q("\n\n".join(payloads)),
        "notes:",
    ]
    articles = project.root / "content" / "articles"
    articles.mkdir(parents=True)
    for index, payload in enumerate(payloads):
        raw_id = _file_name(index, payload)
        (articles / f"{raw_id}.txt").write_text(
            f"date 2025-11-19 {payload} in a headline\n"
            "Published: 19 Nov. 2025, 15:15\n"
            f"A body paragraph with {payload} inside it.\n"
            f"{payload}\n"
            "BY KIM JI-HO [[email protected]]\n"
            f"with the {payload}\n",
            encoding="utf-8",
        )
        md_id = f"{index:02d}-md"
        tag = [_q(payload)] if slugify(payload) else []
        (articles / f"{md_id}.md").write_text(
            "---\n"
            f"title: {_q(payload)}\n"
            "date: 2025-11-19\n"
            f"outlet: {_q(payload)}\n"
            f"authors: [{_q(payload)}, {_q('Kim ' + payload)}]\n"
            f"tags: [{', '.join(tag)}]\n"
            "---\n"
            f"Markdown body: {payload}\n\n{payload}\n\n> {payload}\n\n* {payload}\n",
            encoding="utf-8",
        )
        url_safe = "".join(payload.split())
        notes += [
            f"  - article: {_q(raw_id)}",
            "    section: policy",
            f"    rank: {index + 1}",
            f"    headline: {_q(payload)}",
            f"    summary: {_q(payload)}",
            "    commentary: " + _q(f"{payload}\n\nMore: {payload} and [a link](/archive/)."),
            f"    tags: [{', '.join([*tag, _q(f'tag {index}')])}]",
            f"    source_url: {_q('https://ok.example/' + quote(url_safe))}",
            f"  - article: {_q(md_id)}",
            "    section: tech",
            f"    rank: {index + 1}",
            f"    summary: {_q(payload)}",
        ]
    # A saved web page whose metadata carries payloads and whose body is live markup.
    attribute = html.escape(first, quote=True)
    paragraphs = "".join(
        f"<p>Saved page paragraph {n}: {p} and enough words to be main text.</p>"
        for n, p in enumerate(payloads)
    )
    (articles / "zz-saved-page.html").write_text(
        f"<!doctype html><html><head><title>{html.escape(first)}</title>"
        f'<meta name="author" content="{attribute}"><meta property="og:site_name" content="{attribute}">'
        '<meta property="article:published_time" content="2025-11-19T15:15:00+09:00">'
        f'<link rel="canonical" href="https://ok.example/{html.escape("".join(first.split()))}">'
        f"</head><body><article><h1>{html.escape(first)}</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    notes += ['  - article: "zz-saved-page"', "    section: policy", f"    rank: {len(payloads) + 1}"]
    project.write("content/notes/2025-11-19.yaml", "\n".join(notes) + "\n")
    return project


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Project]:
    benign = [f"harmless text number {n}" for n in range(len(PAYLOADS))]
    harmless = make_site(tmp_path_factory.mktemp("benign"), benign)
    hostile = make_site(tmp_path_factory.mktemp("hostile"), PAYLOADS)
    for project in (harmless, hostile):
        project.build()
    return harmless, hostile


def test_corpus_is_big_enough() -> None:
    assert len(PAYLOADS) >= 30
    assert len(set(PAYLOADS)) == len(PAYLOADS), "duplicate payloads"


def test_every_article_and_note_is_published(builds: tuple[Project, Project]) -> None:
    _, hostile = builds
    pages = list((hostile.output / "articles").glob("*/index.html"))
    assert len(pages) == 2 * len(PAYLOADS) + 1
    feed = json.loads((hostile.output / "feed.json").read_text(encoding="utf-8"))
    assert {item["title"] for item in feed["items"]} >= set(PAYLOADS[:25])


def test_no_payload_survives_in_any_page_or_feed(builds: tuple[Project, Project]) -> None:
    harmless, hostile = builds
    allowed = set().union(*site_findings(harmless.output).values())
    leaks = {
        path: sorted(found - allowed)
        for path, found in site_findings(hostile.output).items()
        if found - allowed
    }
    assert leaks == {}


def test_payload_text_is_shown_escaped(builds: tuple[Project, Project]) -> None:
    """The payloads are not silently dropped from plain-text fields: they read as text."""
    _, hostile = builds
    page = hostile.read("index.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    saved = hostile.read("articles/zz-saved-page/index.html")
    assert '<h1 data-pagefind-meta="headline_lang:en">&lt;script&gt;alert(1)&lt;/script&gt;</h1>' in saved
    # Raw payloads such as an unclosed <style> or <textarea> swallow what follows them in
    # the saved page itself; the paragraphs before them are main text.
    assert saved.count("Saved page paragraph") >= 10
    rss = (hostile.output / "feed.xml").read_text(encoding="utf-8")
    assert "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;" in rss


def test_output_stays_inside_output_folder(builds: tuple[Project, Project]) -> None:
    _, hostile = builds
    assert project_files(hostile.root) == ["config.yaml", "content", "output"]
    output = hostile.output.resolve()
    for path in hostile.output.rglob("*"):
        assert path.resolve().is_relative_to(output)
        relative = path.relative_to(hostile.output).as_posix()
        assert ".." not in relative.split("/")
        assert not any(ord(ch) < 32 for ch in relative)


def test_payload_file_names_get_safe_slugs(builds: tuple[Project, Project]) -> None:
    _, hostile = builds
    for page in (hostile.output / "articles").iterdir():
        assert page.name == slugify(page.name)
        assert all(ch.isalnum() or ch == "-" for ch in page.name), page.name


def test_hostile_build_is_deterministic(builds: tuple[Project, Project], tmp_path: Path) -> None:
    _, hostile = builds
    again = hostile.build(out=tmp_path / "again")
    for path in hostile.output.rglob("*"):
        if path.is_file():
            assert (again.output / path.relative_to(hostile.output)).read_bytes() == path.read_bytes()
    assert again.site.items
    assert SAMPLE_TODAY


# Payloads that are only text in every context: encoded forms that must stay encoded.
_INERT = {
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_checker_sees_the_payload_when_unescaped(payload: str) -> None:
    """Each payload is live in some context when pasted raw, so the site test can fail."""
    import markdown

    from tests.hostile_checks import html_findings, raw_tags

    contexts = [
        f"<p>{payload}</p>",
        f"<img src=/c.png alt={payload}>",  # what a regex rewrite inside a value amounts to
        f'<a title="{payload}">x</a>',
        f"<a title='{payload}'>x</a>",
        f'<a href="{payload}">x</a>',
        markdown.markdown(payload),
    ]
    found = [c for c in contexts if list(html_findings(c)) or raw_tags(c)]
    assert bool(found) != (payload in _INERT), contexts


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_sanitizer_removes_payload(payload: str) -> None:
    from digest.content.markup import render_markdown
    from tests.hostile_checks import html_findings, raw_tags

    rendered = render_markdown(f"{payload}\n\ntext {payload} text\n\n[link]({payload})\n")
    assert list(html_findings(rendered)) == []
    assert raw_tags(rendered) == []


def test_checker_sees_script_planted_in_every_kind_of_output(
    builds: tuple[Project, Project], tmp_path: Path
) -> None:
    """The site test inspects pages, e-mail editions, JSON-LD, all three feed formats,
    both sitemaps and the search fragments: script planted in each is found."""
    harmless, _ = builds
    planted = tmp_path / "planted"
    shutil.copytree(harmless.output, planted)

    def edit(relative: str, old: str, new: str) -> None:
        path = planted / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, relative
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    edit("email/2025-11-19.html", "<p", "<p onclick=alert(1)")
    edit("index.html", '"@context"', '"x": "</script><script>alert(1)</script>", "@context"')
    edit("feed.xml", "<category>", "<category>&lt;img src=x onerror=alert(1)&gt;")
    edit("atom.xml", "&lt;p&gt;", "&lt;p onclick=alert(1)&gt;")
    edit("feed.json", '"content_html": "', '"content_html": "<img src=x onerror=alert(1)>')
    edit("sitemap.xml", "<loc>https://", "<loc>javascript:alert(1)//")
    edit("news_sitemap.xml", "<loc>https://", "<loc>javascript:alert(1)//")
    fragment = next(planted.glob("pagefind/*/fragment/*.pf_fragment"))
    data = gzip.decompress(fragment.read_bytes())
    fragment.write_bytes(gzip.compress(data.replace(b'"url":"', b'"url":"javascript:alert(1)//', 1)))

    before = site_findings(harmless.output)
    found = {path for path, items in site_findings(planted).items() if items - before.get(path, set())}
    assert found == {
        "email/2025-11-19.html",
        "index.html",
        "feed.xml",
        "atom.xml",
        "feed.json",
        "sitemap.xml",
        "news_sitemap.xml",
        fragment.relative_to(planted).as_posix(),
    }
