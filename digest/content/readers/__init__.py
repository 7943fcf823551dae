"""Article readers: one per input format, each returning an `Article`."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from digest.config import Config, Outlet
from digest.content.language import detect_language
from digest.content.model import Article
from digest.content.parsing import FileStore, Outcome, Uncached
from digest.content.readers.encoding import decode, read_bytes
from digest.content.similar import sketch
from digest.content.storytext import packed_terms
from digest.errors import Collector, Problem
from digest.hashing import hash_bytes
from digest.text import clean_text

if TYPE_CHECKING:
    from digest.content.readers.chrome import ChromeFilter

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def content_folder(config: Config, kind: str, errors: Collector) -> Path | None:
    """`content/<kind>` (articles, notes), or None when it leads out of the project
    folder: `content/`, or the folder itself, is a link to a folder elsewhere (or
    `content_dir` names one). Its files would be published as if they were the
    project's, as a link to a file outside it would (`content_files` refuses those). A
    link to another folder inside the project is followed."""
    content = config.root / config.content_dir
    folder = content / kind
    leads_to = folder.resolve()
    if leads_to.is_relative_to(config.root.resolve()):
        return folder
    link = next((path for path in (content, folder) if path.is_symlink()), folder)
    errors.report(f"refusing a content folder that leads outside the project folder, to {leads_to}", link)
    return None


def content_files(folder: Path, suffixes: tuple[str, ...], errors: Collector) -> list[Path]:
    """The files of a content folder, sorted, refusing links that lead outside it and
    names that are not valid UTF-8. Names starting with '.' are skipped, and links to
    folders are not followed."""
    if not folder.is_dir():
        return []
    root = folder.resolve()
    # Directory entries know their own type: no stat per file, which is most of the cost
    # of listing 10,000 articles.
    found: list[tuple[tuple[str, ...], os.DirEntry[str]]] = []
    pending = [(str(folder), ())]
    while pending:
        current, parts = pending.pop()
        with os.scandir(current) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if not _is_utf8(entry.name):
                    errors.report(
                        f"the name {_readable(entry.name)} is not valid UTF-8; rename it",
                        Path(current),
                    )
                    continue
                if entry.is_dir(follow_symlinks=False):
                    pending.append((entry.path, (*parts, entry.name)))
                else:
                    found.append(((*parts, entry.name), entry))
    paths: list[Path] = []
    for parts, entry in sorted(found, key=lambda pair: pair[0]):
        path = folder.joinpath(*parts)
        if entry.is_symlink() and not path.resolve().is_relative_to(root):
            errors.report("refusing a link that points outside the content folder", path)
            continue
        if not entry.is_file():
            continue
        if path.suffix.lower() not in suffixes:
            errors.report(
                f"unsupported file type {path.suffix or '(none)'!r}; expected one of " + ", ".join(suffixes),
                path,
            )
            continue
        paths.append(path)
    return paths


# Lists a content folder as `content_files` does (reporting its problems to the collector):
# `digest serve` hands in one that lists again only when its watcher saw files come or go.
ListFiles = Callable[[Path, tuple[str, ...], Collector], list[Path]]


def _is_utf8(name: str) -> bool:
    """Whether a name listed by the system was valid UTF-8: Python keeps the bytes it
    could not decode as lone surrogates, which no page, URL or cache key can hold."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _readable(name: str) -> str:
    """A name that is not valid UTF-8 as an error message can show it: 'bad\\xffname.txt'."""
    return "'" + os.fsencode(name).decode("utf-8", "backslashreplace") + "'"


def read_text_file(path: Path) -> str:
    """A file's text: decoded (UTF-8 with or without BOM, or a detected legacy Korean
    encoding), line ends unified, NFC-normalized, control characters dropped."""
    return text_of(read_bytes(path), path)


MARKDOWN, SAVED_PAGE, RAW_TEXT = "Markdown", "saved web page", "raw text"


def article_kind(path: Path, text: str) -> str:
    """Which reader reads an article file: a `.md` in digest's format is Markdown, a page a
    clipper saved as `.md` (its own properties, no `date`) is scraped text like a `.txt`,
    `.html` and `.htm` are saved pages."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return SAVED_PAGE
    if suffix == ".md":
        from digest.content.readers.markdown_file import is_digest_markdown

        return MARKDOWN if is_digest_markdown(text) else RAW_TEXT
    return RAW_TEXT


def text_of(data: bytes, path: Path) -> str:
    """`read_text_file` for bytes already read (the content cache hashes them too)."""
    text = decode(data, path)
    return clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class _OutletRules:
    outlet: Outlet | None
    tz: ZoneInfo
    chrome: ChromeFilter


class ArticleReader:
    """Reads article files. The readers, and the chrome patterns they need, are imported
    and compiled at the first file read: a rebuild whose articles all come from the
    content store reads none (about 40 ms of CPU of a one-note rebuild's start-up)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.language = config.language

    @cached_property
    def default(self) -> _OutletRules:
        from digest.content.readers.chrome import ChromeFilter

        return _OutletRules(None, self.config.tz, ChromeFilter(self.config.chrome_patterns))

    @cached_property
    def outlets(self) -> list[tuple[re.Pattern[str], _OutletRules]]:
        from digest.content.readers.chrome import ChromeFilter

        config = self.config
        return [
            (
                re.compile(outlet.match, re.IGNORECASE),
                _OutletRules(
                    outlet,
                    ZoneInfo(outlet.timezone) if outlet.timezone else config.tz,
                    ChromeFilter((*config.chrome_patterns, *outlet.chrome_patterns)),
                ),
            )
            for outlet in config.outlets
            if outlet.match  # an entry of spellings and domains only (`content.outlets`)
        ]

    def rules_for(self, path: Path, text: str) -> _OutletRules:
        """The first configured outlet whose pattern occurs in the file name or text."""
        for pattern, rules in self.outlets:
            if pattern.search(path.name) or pattern.search(text):
                return rules
        return self.default

    def read(self, path: Path, data: bytes | None = None) -> Article:
        data = read_bytes(path) if data is None else data
        text = text_of(data, path)
        rules = self.rules_for(path, text)
        kind = article_kind(path, text)
        if kind == MARKDOWN:
            from digest.content.readers.markdown_file import read_markdown

            article = read_markdown(path, text, rules.tz)
        elif kind == SAVED_PAGE:
            from digest.content.readers.html_page import read_html

            article = read_html(path, text, rules.tz, rules.chrome)
        else:
            from digest.content.readers.rawtext import read_raw_text

            article = read_raw_text(path, text, rules.tz, rules.chrome)
        if rules.outlet and not article.outlet:
            article = replace(article, outlet=rules.outlet.name)
        language = detect_language(article.headline + "\n" + article.text, self.language) or article.language
        # Everything else an article is made of (code, configuration) is in every page's base key.
        article = replace(
            article, language=language, source_hash=hash_bytes(data), sketch=sketch(article.text)
        )
        if self.config.stories:  # counted here, in the workers, and kept with the article
            article = replace(article, terms=packed_terms(article.headline, article.text, article.outlet))
        article.digest  # noqa: B018 - computed here, in the reading workers, and kept with the article
        return article

    def parse(self, path: Path, data: bytes) -> Outcome[Article]:
        """For the content cache: an article depends on its bytes and the config alone."""
        return Outcome(self.read(path, data))


def read_articles(
    config: Config,
    errors: Collector,
    store: FileStore | None = None,
    unread: dict[str, tuple[Problem, ...]] | None = None,
    files: ListFiles = content_files,
) -> list[Article]:
    """Every article, in file order, read through `store` (by default, every file parsed;
    the content store of the incremental layer parses only files that changed).

    A file that cannot be read at all (no body, not text) is an error; with `unread`, its
    problems go there instead, by article id, for the build to decide: an error when a
    note publishes the article, a warning when none does."""
    folder = content_folder(config, "articles", errors)
    reader = ArticleReader(config)
    paths = files(folder, ARTICLE_SUFFIXES, errors) if folder else []
    outcomes = (store or Uncached()).read("articles", paths, read_bytes, reader.parse)
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for path, outcome in zip(paths, outcomes, strict=True):
        article = outcome.value
        if article is None and unread is not None and outcome.problems:
            unread[path.stem] = outcome.problems
            continue
        errors.extend(outcome.problems)
        if article is None:
            continue
        if article.id in seen:
            errors.report(f"article id {article.id!r} is also used by {seen[article.id].name}", path)
            continue
        seen[article.id] = path
        articles.append(article)
    return articles
