"""Editorial hygiene: things that are valid but probably not what the editor wants.

Each rule looks at the loaded `Site` (published items and held-back notes alike, since
the editor is usually preparing a held-back edition) and returns `Finding`s that point
at the line to fix. `digest check` prints them; the build report counts them.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digest.content.model import Article, Image, Note, Site
from digest.content.readers import read_text_file
from digest.content.similar import Duplicate, find_duplicates
from digest.errors import DigestError, Problem, shown_path

REPEATED_LINK = "repeated source link"
TRACKING = "tracking parameters"
NO_NOTE = "article without a note"
READING = "what the reader could not read"
MISSING = "field neither the file nor the note gives"
SUMMARY = "summary"
EMPTY_SECTION = "section without items"
DUPLICATE = "same story saved twice"
PICTURE = "picture"
# The order groups are printed in.
KINDS = (READING, MISSING, REPEATED_LINK, TRACKING, NO_NOTE, SUMMARY, EMPTY_SECTION, DUPLICATE, PICTURE)

_TRACKING_EXACT = {"fbclid", "gclid", "dclid", "msclkid", "mc_eid", "igshid"}


@dataclass(frozen=True)
class Finding:
    kind: str
    problem: Problem

    def format(self, root: Path | None = None) -> str:
        return self.problem.format(root)


def is_tracking(key: str) -> bool:
    key = key.lower()
    return key.startswith("utm_") or key in _TRACKING_EXACT


def strip_tracking(url: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def link_key(url: str) -> str:
    """The identity of a link: no tracking, no fragment, case-folded host, no trailing '/'."""
    parts = urlsplit(strip_tracking(url))
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


_NEXT_ENTRY = re.compile(r"^\s*-\s+[\w-]+\s*:")


class LineFinder:
    """Finds the line of a key or a text in a file, reading each file once."""

    def __init__(self) -> None:
        self._files: dict[Path, list[str]] = {}

    def _lines(self, path: Path) -> list[str]:
        if path not in self._files:
            try:
                # Decoded like the readers did (EUC-KR/CP949 too), so lines match what was read.
                self._files[path] = read_text_file(path).splitlines()
            except (OSError, DigestError):
                self._files[path] = []
        return self._files[path]

    def find(self, path: Path, pattern: re.Pattern[str], start: int = 1) -> int | None:
        for number, line in enumerate(self._lines(path)[start - 1 :], start=start):
            if pattern.search(line):
                return number
        return None

    def find_text(self, path: Path, text: str) -> int | None:
        """The first line holding `text` (a plain substring: no pattern to compile per call)."""
        for number, line in enumerate(self._lines(path), start=1):
            if text in line:
                return number
        return None

    def key(self, path: Path, key: str, start: int) -> int:
        """The line of `key:` in the note starting at `start` (the note's own line if absent).

        The search stops at the next entry of a note list: searching on would find another
        note's key, and, for a key most notes lack, cost the square of the file's length."""
        pattern = re.compile(rf"^\s*(?:-\s+)?{re.escape(key)}\s*:")
        for number, line in enumerate(self._lines(path)[start - 1 :], start=start):
            if number > start and _NEXT_ENTRY.match(line):
                break
            if pattern.search(line):
                return number
        return start


class Hygiene:
    def __init__(self, site: Site, duplicates: FindDuplicates = find_duplicates) -> None:
        self.site = site
        self.find_duplicates = duplicates
        self.config = site.config
        self.root = self.config.root
        self.lines = LineFinder()
        self.articles = {article.id: article for article in site.articles}
        held = [h.note for h in site.held_back]
        self.notes: list[Note] = sorted(
            [item.note for item in site.items] + held, key=lambda n: (n.edition, str(n.path), n.line)
        )

    def findings(self) -> list[Finding]:
        rules: list[Callable[[], Iterator[Finding]]] = [
            self.reading,
            self.missing,
            self.repeated_links,
            self.tracking,
            self.unnoted,
            self.summaries,
            self.empty_sections,
            self.duplicates,
            self.pictures,
        ]
        found = [finding for rule in rules for finding in rule()]
        return sorted(
            found,
            key=lambda f: (
                KINDS.index(f.kind),
                str(f.problem.path or ""),
                f.problem.line or 0,
                f.problem.message,
            ),
        )

    def _where(self, path: Path, line: int | None = None) -> str:
        shown = shown_path(path, self.root)
        return f"{shown}:{line}" if line else shown

    def _source_url(self, note: Note) -> str:
        """The note's effective source link: its own, or its article's."""
        if note.source_url:
            return note.source_url
        article = self.articles.get(note.article_id)
        return article.source_url if article is not None else ""

    # Line numbers are looked up only for findings: finding them reads the file, and
    # doing that for every article and note cost seconds at 10,000 articles.
    def _article_source_line(self, article: Article) -> int:
        return self.lines.find_text(article.path, article.source_url) or 1

    def repeated_links(self) -> Iterator[Finding]:
        window = self.config.editorial.repeat_window
        recent = sorted({note.edition for note in self.notes}, reverse=True)[:window]
        first_use: dict[str, Note] = {}
        for note in self.notes:
            if note.edition not in recent:
                continue
            url = self._source_url(note)
            if not url:
                continue
            key = link_key(url)
            if key not in first_use:
                first_use[key] = note
                continue
            first = first_use[key]
            line = self.lines.key(note.path, "source_url", note.line) if note.source_url else note.line
            yield Finding(
                REPEATED_LINK,
                Problem(
                    f"source link {url} was already used for {first.article_id!r} in the edition of "
                    f"{first.edition.isoformat()} ({self._where(first.path, first.line)})",
                    note.path,
                    line,
                    "source_url",
                ),
            )

    def tracking(self) -> Iterator[Finding]:
        seen: set[tuple[Path, int]] = set()
        # (url, where it is written, the article it comes from or None for a note, note line)
        sources: Iterator[tuple[str, Path, Article | None, int]] = itertools.chain(
            ((a.source_url, a.path, a, 1) for a in self.site.articles),
            ((note.source_url, note.path, None, note.line) for note in self.notes),
        )
        for url, path, article, note_line in sources:
            if "?" not in url:  # no query, no tracking parameters (and no urlsplit)
                continue
            keys = sorted({k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)})
            tracking = [k for k in keys if is_tracking(k)]
            if not tracking:
                continue
            if article is not None:
                line = self._article_source_line(article)
            else:
                line = self.lines.key(path, "source_url", note_line)
            if (path, line) in seen:
                continue
            seen.add((path, line))
            yield Finding(
                TRACKING,
                Problem(
                    f"tracking parameters {', '.join(tracking)} in {url}; use {strip_tracking(url)}",
                    path,
                    line,
                    "source_url",
                ),
            )

    def reading(self) -> Iterator[Finding]:
        """What the readers could not read: a stamp, a date, mojibake; and whole files no
        note publishes (a published one is an error instead)."""
        for article in self.site.articles:
            for problem in article.warnings:
                yield Finding(READING, problem)
        for problem in self.site.unread:
            yield Finding(READING, problem)

    def missing(self) -> Iterator[Finding]:
        """A published item whose headline, outlet or publication time neither its file nor
        its note gives: the page shows what is known, and the note can fill the gap."""
        for item in self.site.items:
            gaps = [
                (name, label)
                for name, label, known in (
                    ("headline", "headline", item.note.headline or item.article.headline),
                    ("outlet", "outlet", item.outlet),
                    ("published", "publication time", item.published),
                )
                if not known
            ]
            for name, label in gaps:
                yield Finding(
                    MISSING,
                    Problem(
                        f"{item.article.path.name} gives no {label}, nor does this note; "
                        f"add '{name}:' to the note",
                        item.note.path,
                        item.note.line,
                        name,
                    ),
                )

    def unnoted(self) -> Iterator[Finding]:
        for article in self.site.unnoted:
            yield Finding(
                NO_NOTE,
                Problem(
                    f"article {article.id!r} has no note, so it is not published "
                    f"(write one with: digest new note {article.id})",
                    article.path,
                    1,
                ),
            )

    def summaries(self) -> Iterator[Finding]:
        limit = self.config.editorial.summary_limit
        for note in self.notes:
            if note.summary and len(note.summary) <= limit:
                continue
            line = self.lines.key(note.path, "summary", note.line)
            if not note.summary:
                yield Finding(
                    SUMMARY, Problem("empty; write one or two plain sentences", note.path, line, "summary")
                )
            else:
                yield Finding(
                    SUMMARY,
                    Problem(
                        f"{len(note.summary)} characters, longer than the limit of {limit} "
                        "(editorial.summary_limit)",
                        note.path,
                        line,
                        "summary",
                    ),
                )

    def empty_sections(self) -> Iterator[Finding]:
        config_path = self.root / "config.yaml"
        for section in self.config.sections:
            if self.site.items_in_section(section.id):
                continue
            line = self.lines.find(
                config_path,
                re.compile(rf"^\s*(?:-\s+)?id\s*:\s*['\"]?{re.escape(section.id)}['\"]?\s*(#.*)?$"),
            )
            yield Finding(
                EMPTY_SECTION,
                Problem(
                    f"section {section.id!r} has no published items; its page is empty",
                    config_path,
                    line or 1,
                    "sections",
                ),
            )

    def duplicates(self) -> Iterator[Finding]:
        for duplicate in self.find_duplicates(self.site.articles):
            how = "identical text" if duplicate.identical else f"{duplicate.similarity:.0%} similar text"
            yield Finding(
                DUPLICATE,
                Problem(
                    f"same story as {self._where(duplicate.original.path)} ({how})",
                    duplicate.copy.path,
                    1,
                ),
            )

    def pictures(self) -> Iterator[Finding]:
        """Pictures without alt text, and files that cannot be shown (the item is then
        published without its picture)."""
        files = {file.path: file for file in self.site.images}
        named: list[tuple[Image, Path]] = [(n.image, n.path) for n in self.notes if n.image is not None]
        named += [(a.image, a.path) for a in self.site.articles if a.image is not None]
        for image, path in named:
            line = image.line or 1
            if not image.alt:
                lead = "" if image.line else "the saved page's lead image has no alt text (og:image:alt); "
                yield Finding(
                    PICTURE,
                    Problem(
                        f"{lead}empty alt: screen readers and readers without pictures get nothing; "
                        "say what the picture shows",
                        path,
                        line,
                        "image.alt",
                    ),
                )
            file = files.get(image.src)
            if not image.remote and file is not None and file.problem:
                yield Finding(
                    PICTURE,
                    Problem(
                        f"cannot show {self.config.content_dir}/images/{image.src}: {file.problem}; "
                        "the item is published without it",
                        path,
                        line,
                        "image.src",
                    ),
                )


# Finds the articles that tell the same story; `similar.find_duplicates` unless the caller
# hands one that remembers its answer (`digest.incremental.duplicates`).
FindDuplicates = Callable[[Sequence[Article]], list[Duplicate]]


def hygiene(site: Site, duplicates: FindDuplicates = find_duplicates) -> list[Finding]:
    return Hygiene(site, duplicates).findings()


def grouped(findings: list[Finding]) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        groups[finding.kind].append(finding)
    return dict(groups)
