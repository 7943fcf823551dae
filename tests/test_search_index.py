"""The Pagefind bundles written by `build`: article pages only, per shard and language, relocatable."""

from __future__ import annotations

import json

from digest.routes import Router
from digest.search.index import MARKER, OTHER_SHARD, page_url, search_files
from tests.conftest import Project


def test_bundle_indexes_article_pages_in_their_languages(sample_copy) -> None:
    project: Project = sample_copy()
    result = project.build()
    shards = json.loads((project.output / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    # Every sample edition is in November 2025, the newest month, whose parts are a shard
    # each, named by their first day: the 19th to 21st, and the 24th. Newest first.
    assert [shard["name"] for shard in shards["shards"]] == ["2025-11-22", "2025-11-15"]
    assert shards["primary"] == "2025-11-22"
    bundle = project.output / "pagefind" / "2025-11-22"
    counts: dict[str, int] = {}
    for shard in shards["shards"]:
        entry = json.loads((project.output / "pagefind" / shard["name"] / "pagefind-entry.json").read_bytes())
        listed = {lang: found["page_count"] for lang, found in entry["languages"].items()}
        assert shard["languages"] == listed
        for lang, count in listed.items():
            counts[lang] = counts.get(lang, 0) + count
    # Every published article, and nothing else: lists, tags and editions are not results.
    assert sum(counts.values()) == len(result.site.items) == 13
    korean = [i for i in result.site.items if i.article.language == "ko"]
    assert counts == {"en": 10, "ko": len(korean)} == {"en": 10, "ko": 3}
    assert (bundle / "pagefind.js").is_file() and (bundle / "wasm.en.pagefind").is_file()
    assert not list(bundle.glob("pagefind-ui.*")), "Pagefind's own UI is not shipped"
    assert (project.output / "search" / "index.html").is_file()
    search_page = (project.output / "search" / "index.html").read_bytes()
    assert b'data-search-bundle="/my-digest/pagefind/"' in search_page


def test_result_urls_are_site_relative_so_the_index_survives_a_new_base_path() -> None:
    assert page_url("articles/x/index.html") == "/articles/x/"


def test_pages_without_the_marker_are_not_sent_to_pagefind(project: Project) -> None:
    router = Router(project.config())
    pages = [
        (
            "articles/a/index.html",
            b'<html lang="en"><body><main data-pagefind-body><h1>Alpha</h1>'
            b"<p>alpha text</p></main></body></html>",
        ),
        ("tags/x/index.html", b'<html lang="en"><body><h1>Tag page</h1><p>beta text</p></body></html>'),
        ("feed.json", MARKER),
    ]
    files = dict(search_files(pages, router))
    # Pages that search_files is not told the shard of go to the shard of other pages.
    entry = json.loads(files[f"pagefind/{OTHER_SHARD}/pagefind-entry.json"])
    assert entry["languages"]["en"]["page_count"] == 1
    assert all(route.startswith("pagefind/") for route in files)


def test_entry_file_is_normalized_for_byte_identical_builds(sample_copy) -> None:
    """Pagefind orders the entry file's languages by hash map; the build sorts them."""
    project: Project = sample_copy()
    project.build()
    raw = (project.output / "pagefind" / "2025-11-15" / "pagefind-entry.json").read_bytes()
    normal = json.dumps(json.loads(raw), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert raw == normal.encode()
