"""Editor notes (`content/notes/*.yaml`): validated with file and line.

A file is either one note (it has `article:`) or an edition file (it has `notes:`) that
gives the edition's date, title and intro and lists its notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from digest.config import Config
from digest.content.images import read_image_field
from digest.content.language import detect_language
from digest.content.markup import render_markdown
from digest.content.model import EditionInfo, Note
from digest.content.parsing import FileStore, Outcome, Uncached
from digest.content.readers import ListFiles, content_files, content_folder, text_of
from digest.content.readers.encoding import read_bytes
from digest.content.schema import Fields
from digest.content.yamlfile import LineMap, parse_yaml
from digest.errors import Collector, DigestError
from digest.text import is_http_url

NOTE_KEYS = (
    "article",
    "edition",
    "section",
    "rank",
    "headline",
    "summary",
    "commentary",
    "tags",
    "source_url",
    "draft",
    "published",
    "outlet",
    "authors",
    "story",
    "image",
)
EDITION_KEYS = ("edition", "title", "intro", "notes")


@dataclass(frozen=True)
class NoteFiles:
    notes: tuple[Note, ...]
    editions: tuple[EditionInfo, ...]


@dataclass(frozen=True)
class ParsedNote:
    """A note as its file alone defines it (None when it has problems); whether the
    article it names exists is checked on every build, at `article_line`, since the
    article may be added or removed without the note file changing."""

    note: Note | None
    article_id: str
    article_line: int


@dataclass(frozen=True)
class NoteFile:
    """What one note file says, independent of every other file."""

    notes: tuple[ParsedNote, ...]
    edition: EditionInfo | None


class _NoteParser:
    """Parses one file's bytes; the result depends on them and the config alone."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.section_ids = [s.id for s in config.sections]

    def note(self, data: LineMap, fields: Fields, edition: dt.date | None) -> ParsedNote:
        errors = fields.errors
        allowed = NOTE_KEYS if edition is None else tuple(k for k in NOTE_KEYS if k != "edition")
        fields.reject_unknown(allowed)
        before = len(errors.problems)

        article_id = fields.text("article", required=True)
        if edition is None:
            edition = fields.date("edition", required=True)
        section = fields.text("section", required=True)
        if section and section not in self.section_ids:
            fields.error(
                "section",
                f"unknown section {section!r} (config.yaml declares: {', '.join(self.section_ids)})",
            )
        rank = fields.integer("rank", required=True)
        if "rank" in data and isinstance(data["rank"], int) and rank < 1:
            fields.error("rank", f"expected a positive integer, got {rank}")
        source_url = fields.text("source_url")
        if source_url and not is_http_url(source_url):
            fields.error("source_url", f"expected an http(s) URL, got {source_url!r}")
        summary = fields.text("summary")
        commentary = fields.text("commentary")
        headline = fields.text("headline")
        note = Note(
            article_id=article_id,
            path=fields.path,
            line=data.line,
            edition=edition or dt.date.min,
            section=section,
            rank=rank,
            summary=summary,
            commentary_html=render_markdown(commentary, lambda problem: fields.error("commentary", problem)),
            headline=headline,
            tags=fields.text_list("tags"),
            source_url=source_url,
            draft=fields.boolean("draft"),
            published=fields.moment("published", self.config.tz),
            outlet=fields.text("outlet"),
            authors=fields.text_list("authors"),
            story=" ".join(fields.text("story").split()),
            image=read_image_field(fields),
            # The editor's words are in the site's language, unless they are not: an
            # English note in a Korean digest is marked English on every page.
            language=detect_language("\n".join((headline, summary, commentary)), self.config.language),
        )
        valid = len(errors.problems) == before
        note.digest  # noqa: B018 (computed now, so that the cached note carries it)
        return ParsedNote(note if valid else None, article_id, fields.line("article"))

    def parse(self, path: Path, data: bytes) -> Outcome[NoteFile]:
        """The file's edition and notes (a note with problems is kept as None, with its
        article id), and the problems found, in the order they were found."""
        errors = Collector()
        notes, info = self._file(path, text_of(data, path), errors)
        return Outcome(NoteFile(tuple(notes), info), tuple(errors.problems))

    def _file(self, path: Path, text: str, errors: Collector) -> tuple[list[ParsedNote], EditionInfo | None]:
        data = parse_yaml(text, path)
        if data is None:
            raise DigestError("empty note file", path, 1)
        if not isinstance(data, LineMap):
            raise DigestError("expected a mapping with 'article:' or 'notes:'", path, 1)
        if "notes" not in data:
            return [self.note(data, Fields(data, path, errors), None)], None

        fields = Fields(data, path, errors)
        fields.reject_unknown(EDITION_KEYS)
        edition = fields.date("edition", required=True)
        if edition is None:
            return [], None
        title, intro = fields.text("title"), fields.text("intro")
        info = EditionInfo(
            date=edition,
            path=path,
            title=title,
            intro_html=render_markdown(intro, lambda problem: fields.error("intro", problem)),
            language=detect_language(f"{title}\n{intro}", self.config.language),
        )
        notes: list[ParsedNote] = []
        for entry in fields.items("notes"):
            if not isinstance(entry, LineMap):
                fields.error("notes", "each entry must be a mapping with 'article:'")
                continue
            notes.append(self.note(entry, Fields(entry, path, errors), edition))
        return notes, info


def read_notes(
    config: Config,
    article_ids: set[str],
    errors: Collector,
    store: FileStore | None = None,
    files: ListFiles = content_files,
) -> NoteFiles:
    """Every note and edition, checked against the articles and each other, read through
    `store` (by default, every file parsed)."""
    parser = _NoteParser(config)
    notes: list[Note] = []
    editions: dict[dt.date, EditionInfo] = {}
    noted: dict[str, Note] = {}
    folder = content_folder(config, "notes", errors)
    paths = files(folder, (".yaml", ".yml"), errors) if folder else []
    outcomes = (store or Uncached()).read("notes", paths, read_bytes, parser.parse)
    for path, outcome in zip(paths, outcomes, strict=True):
        errors.extend(outcome.problems)
        if outcome.value is None:
            continue
        info = outcome.value.edition
        if info is not None:
            if info.date in editions:
                other = editions[info.date].path.name
                errors.report(f"edition {info.date} is also described in {other}", path, 1, "edition")
            else:
                editions[info.date] = info
        for parsed in outcome.value.notes:
            if parsed.article_id and parsed.article_id not in article_ids:
                errors.report(
                    f"no article with id {parsed.article_id!r} in content/articles/",
                    path,
                    parsed.article_line,
                    "article",
                )
                continue
            note = parsed.note
            if note is None:
                continue
            if note.article_id in noted:
                first = noted[note.article_id]
                errors.report(
                    f"article {note.article_id!r} already has a note at {first.path.name}:{first.line}",
                    path,
                    note.line,
                    "article",
                )
                continue
            noted[note.article_id] = note
            notes.append(note)
    return NoteFiles(tuple(notes), tuple(editions[d] for d in sorted(editions)))
