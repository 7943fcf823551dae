"""What the raw reader finds, through the whole site (issue 20): the note fills gaps and
wins in pages, feeds and JSON-LD; the dateline before the first paragraph in both
themes and in feeds; no "Unknown"; entities decoded once; `digest inspect`; and the
labelled corpus scored."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.extraction import COLUMNS, DEFAULT_CORPUS, Score, score_corpus
from digest.build import load_site
from digest.cli import main
from digest.content.hygiene import MISSING, hygiene
from digest.errors import DigestError
from tests.conftest import BASE_CONFIG, SAMPLE_TODAY, Project

WIRE = """\
date 2025-06-02 (LEAD) Water board to double desalination capacity
June 2, 2025 — 4:05 pm EDT
HAENAM, June 2 (Tideline) -- The regional water board&#8217;s plan doubles the plant &amp; its pipes by 2027, it said on Monday.
Officials said the expansion would cost about 300 billion won and create some 400 construction jobs.
(END)
"""

BARE = """\
date 2025-06-02 Main Menu
Officials said the expansion would cost about 300 billion won and create some 400 construction jobs.
Farmers in the area have complained for years that summer droughts leave their fields without water.
"""

NOTES = """\
edition: "2025-06-02"
notes:
  - article: "wire"
    section: policy
    rank: 1
    summary: "The plant doubles."
  - article: "bare"
    section: policy
    rank: 2
    summary: "No headline, no outlet in the file."
    source_url: "https://www.coast-daily.example/2025/06/02/desal"
"""


@pytest.fixture
def site(tmp_path: Path) -> Project:
    project = Project(tmp_path / "site")
    project.write("config.yaml", BASE_CONFIG)
    project.article("wire.txt", WIRE)
    project.article("bare.txt", BARE)
    project.note("2025-06-02.yaml", NOTES)
    return project


def feeds(project: Project) -> dict[str, str]:
    return {name: project.read(name) for name in ("feed.xml", "atom.xml", "feed.json")}


@pytest.mark.parametrize("theme", ["default", "briefing"])
def test_the_dateline_stands_before_the_first_paragraph(site: Project, theme: str) -> None:
    site.write("config.yaml", BASE_CONFIG + f'theme: "{theme}"\n')
    site.build()
    page = site.read("articles/wire/index.html")
    body = page[page.index('class="story-body"') :]
    assert re.search(
        r'<p class="dateline">HAENAM, June 2</p>\s*<p>The regional water board\u2019s plan', body
    )
    assert "--" not in body.split("</div>")[0]
    for name, text in feeds(site).items():
        content = json.loads(text)["items"][0]["content_html"] if name.endswith(".json") else text
        assert "HAENAM, June 2" in content, name
        assert "(Tideline) --" not in content, name


def test_entities_are_decoded_once_and_never_double_escaped(site: Project) -> None:
    site.build()
    page = site.read("articles/wire/index.html")
    assert "water board\u2019s plan doubles the plant &amp; its pipes" in page
    contents = [json.loads(site.read("feed.json"))["items"][0]["content_html"]]
    for name in ("feed.xml", "atom.xml"):  # the HTML each entry carries, as a reader gets it
        tree = ET.parse(site.output / name)
        contents += [el.text or "" for el in tree.iter() if el.tag.endswith(("encoded", "content"))]
    wire = [html for html in contents if "water board" in html]
    assert len(wire) == 3
    for html in wire:
        assert "water board\u2019s plan doubles the plant &amp; its pipes" in html
        assert "&#8217;" not in html and "&amp;amp;" not in html


def test_no_page_says_unknown_and_the_source_host_names_the_outlet(site: Project) -> None:
    site.build()
    for page in site.output.rglob("*.html"):
        assert "Unknown" not in page.read_text(encoding="utf-8"), page
    bare = site.read("articles/bare/index.html")
    assert (
        '<dd><a href="/digest/outlets/coast-daily-example/">coast-daily.example</a></dd>' in bare
    )  # the note's source_url, without www.
    # No headline in the file or the note: the page shows the story's opening words.
    assert (
        '<h1 data-pagefind-meta="headline_lang:en">Officials said the expansion would cost about 300 billion won and create some 400'
        in bare
    )


def test_the_note_fills_gaps_and_wins_everywhere(site: Project) -> None:
    site.write(
        "content/notes/2025-06-02.yaml",
        NOTES.replace(
            '    summary: "The plant doubles."\n',
            '    summary: "The plant doubles."\n'
            '    headline: "Desalination plant to double"\n'
            '    published: "2025-06-02T08:00:00+09:00"\n'
            '    outlet: "Tideline Wire"\n'
            '    authors: ["Han Seo-jin", "Park Min-ji"]\n',
        ),
    )
    site.build()
    page = site.read("articles/wire/index.html")
    assert '<h1 data-pagefind-meta="headline_lang:en">Desalination plant to double</h1>' in page
    assert ">Tideline Wire</a></dd>" in page and "<dd>Han Seo-jin, Park Min-ji</dd>" in page
    assert '<time datetime="2025-06-02T08:00:00+09:00">' in page
    (ld,) = [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
             if '"NewsArticle"' in m]  # fmt: skip
    assert ld["headline"] == "Desalination plant to double"
    assert [a["name"] for a in ld["author"]] == ["Han Seo-jin", "Park Min-ji"]
    assert ld["sourceOrganization"]["name"] == "Tideline Wire"
    rss = site.read("feed.xml")
    assert "Desalination plant to double" in rss and "Han Seo-jin" in rss and "Tideline Wire" in rss
    item = json.loads(site.read("feed.json"))["items"][0]
    assert item["authors"] == [{"name": "Han Seo-jin"}, {"name": "Park Min-ji"}]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('    published: "yesterday"\n', "published: expected a date and time such as"),
        ('    authors: {"a": 1}\n', "authors: expected a list of text"),
        ('    outlet: ["x"]\n', "outlet: expected"),
    ],
)
def test_note_fields_are_validated_with_their_line(site: Project, line: str, message: str) -> None:
    site.write(
        "content/notes/2025-06-02.yaml",
        NOTES.replace('    summary: "The plant doubles."\n', '    summary: "The plant doubles."\n' + line),
    )
    with pytest.raises(DigestError) as info:
        site.build()
    assert any(
        problem.format(site.root).startswith("content/notes/2025-06-02.yaml:7: ")
        and message in problem.format()
        for problem in info.value.problems
    ), str(info.value)


def test_check_warns_of_a_field_neither_file_nor_note_gives(site: Project) -> None:
    site.build()
    findings = [
        f.format(site.root) for f in hygiene(load_site(site.config(), SAMPLE_TODAY)) if f.kind == MISSING
    ]
    assert findings == [
        "content/notes/2025-06-02.yaml:7: headline: bare.txt gives no headline, nor does this note; "
        "add 'headline:' to the note",
        "content/notes/2025-06-02.yaml:7: published: bare.txt gives no publication time, nor does this note; "
        "add 'published:' to the note",
    ]


def test_inspect_prints_every_line_its_verdict_and_the_fields(site: Project) -> None:
    result = CliRunner().invoke(main, ["inspect", "wire", "--config", str(site.config_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "content/articles/wire.txt (raw text)"
    assert lines[3].split()[:3] == ["1", "header", "headline"]
    assert (
        "Water board to double desalination capacity  [first headline-like line before the story]" in lines[3]
    )
    assert lines[4].split()[:3] == ["2", "header", "stamp"]
    assert (
        lines[5].split()[:3] == ["3", "body", "body"] and "[first paragraph, dateline taken off]" in lines[5]
    )
    assert lines[7].split()[:3] == ["5", "footer", "wire-tag"] and "[end mark]" in lines[7]
    assert "  outlet     Tideline  [dateline]" in lines
    assert "  dateline   HAENAM, June 2" in lines
    assert "  published  2025-06-02T16:05:00-04:00" in lines
    assert lines[-1] == "Warnings: none"
    missing = CliRunner().invoke(main, ["inspect", "nowhere", "--config", str(site.config_path)])
    assert missing.exit_code == 1 and "no article with id 'nowhere'" in missing.output


def test_inspect_judges_a_clipped_markdown_page_line_by_line(site: Project) -> None:
    from tests.test_readers_formats import CLIPPED

    site.article("ferry.md", CLIPPED)
    result = CliRunner().invoke(main, ["inspect", "ferry", "--config", str(site.config_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "content/articles/ferry.md (raw text)"
    assert "[a clipper's author property]" in result.output


def test_inspect_shows_a_markdown_article_and_a_saved_page_by_their_fields(site: Project) -> None:
    site.article(
        "visa.md", '---\ntitle: "Founders welcome visa"\ndate: 2025-11-20\n---\nThe visa opens in May.\n'
    )
    result = CliRunner().invoke(main, ["inspect", "visa", "--config", str(site.config_path)])
    assert result.exit_code == 0, result.output
    first = "content/articles/visa.md (Markdown: its structure comes from the file, so lines are not judged one by one)"
    assert result.output.splitlines()[0] == first
    page = (
        "<html><head><title>Port posts record volume</title>"
        '<meta property="article:published_time" content="2025-11-19T10:00:00+09:00"></head>'
        "<body><article><h1>Port posts record volume</h1><p>The port handled a record number of "
        "containers in November, its operator said, the third record month this year.</p></article></body></html>"
    )
    site.article("port.html", page)
    result = CliRunner().invoke(main, ["inspect", "port", "--config", str(site.config_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("content/articles/port.html (saved web page: ")


# The 36 files folded in from the second held-out batch (their records unchanged, three
# ids renamed): the reader was not tuned on them, so they are held to a ratchet, today's
# figures, which a rule that generalizes raises and a rule that overfits cannot lower.
# When they meet the bar, this set goes and the bar covers the whole corpus.
FOLDED_HOLDOUT = frozenset(
    [
        "agency-en-01",
        "agency-en-02",
        "agency-en-03",
        "appshare-en-02",
        "appshare-ko-01",
        "blog-en-01",
        "blog-en-02",
        "blog-en-03",
        "liveblog-en-01",
        "liveblog-en-02",
        "localtv-en-01",
        "localtv-en-02",
        "localtv-en-03",
        "opinion-en-01",
        "opinion-en-02",
        "portal-ko-04",
        "portal-ko-05",
        "portal-ko-06",
        "pressrelease-en-01",
        "pressrelease-en-02",
        "science-en-01",
        "science-en-02",
        "sports-en-01",
        "sports-en-02",
        "sports-en-03",
        "statewire-en-01",
        "statewire-en-02",
        "statewire-en-03",
        "terminal-en-01",
        "terminal-en-02",
        "terminal-en-03",
        "translation-en-01",
        "translation-en-02",
        "weekly-ko-01",
        "weekly-ko-02",
        "weekly-ko-03",
    ]
)
FOLDED_RATCHET = {"fields_right": 303, "page_leaks": 13, "feed_leaks": 11}


def _part(score: Score, folded: bool) -> tuple[int, int, int, int]:
    """Fields right, fields in all, page leaks and feed leaks of one part of the corpus."""
    ids = {path.name.removesuffix(".txt") for path in DEFAULT_CORPUS.glob("*.txt")}
    files = len([i for i in ids if (i in FOLDED_HOLDOUT) == folded])
    wrong = len([w for w in score.wrong if (w[0] in FOLDED_HOLDOUT) == folded])
    total = files * len(COLUMNS)
    pages = len([leak for leak in score.page_leaks if (leak[0] in FOLDED_HOLDOUT) == folded])
    feeds = len([leak for leak in score.feed_leaks if (leak[0] in FOLDED_HOLDOUT) == folded])
    return total - wrong, total, pages, feeds


@pytest.fixture(scope="module")
def corpus_score() -> Score:
    return score_corpus(DEFAULT_CORPUS)


def test_the_labelled_corpus_is_read_right(corpus_score: Score) -> None:
    """Issue 20's bar on the files the reader was built with: at least 98 % of the fields
    right, no chrome in any page or feed; and no file with a body refused, in the whole
    corpus."""
    right, total, pages, feeds = _part(corpus_score, folded=False)
    assert right / total >= 0.98, (right, total)
    assert (pages, feeds) == (0, 0)
    assert corpus_score.refused == {}


def test_the_folded_holdout_files_do_not_get_worse(corpus_score: Score) -> None:
    """The 36 held-out files folded into the corpus: never below today's figures."""
    right, total, pages, feeds = _part(corpus_score, folded=True)
    assert total == len(FOLDED_HOLDOUT) * len(COLUMNS)
    assert right >= FOLDED_RATCHET["fields_right"], (right, total)
    assert pages <= FOLDED_RATCHET["page_leaks"] and feeds <= FOLDED_RATCHET["feed_leaks"]
