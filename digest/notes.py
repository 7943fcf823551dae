"""Editor notes (`content/notes/*.yaml`): validated with file and line.

A file is either one note (it has `article:`) or an edition file (it has `notes:`) that
gives the edition's date, title and intro and lists its notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from digest.config import Config
from digest.errors import Collector, DigestError
from digest.markup import render_markdown
from digest.model import EditionInfo, Note
from digest.readers import content_files, read_text_file
from digest.schema import Fields
from digest.text import is_http_url
from digest.yamlfile import LineMap, parse_yaml

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
)
EDITION_KEYS = ("edition", "title", "intro", "notes")


@dataclass(frozen=True)
class NoteFiles:
    notes: tuple[Note, ...]
    editions: tuple[EditionInfo, ...]


class _NoteParser:
    def __init__(self, config: Config, article_ids: set[str], errors: Collector) -> None:
        self.config = config
        self.article_ids = article_ids
        self.errors = errors
        self.section_ids = [s.id for s in config.sections]

    def note(self, data: LineMap, path: Path, edition: dt.date | None) -> Note | None:
        fields = Fields(data, path, self.errors)
        allowed = NOTE_KEYS if edition is None else tuple(k for k in NOTE_KEYS if k != "edition")
        fields.reject_unknown(allowed)
        before = len(self.errors.problems)

        article_id = fields.text("article", required=True)
        if article_id and article_id not in self.article_ids:
            fields.error("article", f"no article with id {article_id!r} in content/articles/")
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
        note = Note(
            article_id=article_id,
            path=path,
            line=data.line,
            edition=edition or dt.date.min,
            section=section,
            rank=rank,
            summary=summary,
            commentary_html=render_markdown(commentary, lambda problem: fields.error("commentary", problem)),
            headline=fields.text("headline"),
            tags=fields.text_list("tags"),
            source_url=source_url,
            draft=fields.boolean("draft"),
        )
        return note if len(self.errors.problems) == before else None

    def file(self, path: Path) -> tuple[list[Note], EditionInfo | None]:
        data = parse_yaml(read_text_file(path), path)
        if data is None:
            raise DigestError("empty note file", path, 1)
        if not isinstance(data, LineMap):
            raise DigestError("expected a mapping with 'article:' or 'notes:'", path, 1)
        if "notes" not in data:
            note = self.note(data, path, None)
            return ([note] if note else []), None

        fields = Fields(data, path, self.errors)
        fields.reject_unknown(EDITION_KEYS)
        edition = fields.date("edition", required=True)
        if edition is None:
            return [], None
        info = EditionInfo(
            date=edition,
            path=path,
            title=fields.text("title"),
            intro_html=render_markdown(fields.text("intro"), lambda problem: fields.error("intro", problem)),
        )
        notes: list[Note] = []
        for entry in fields.items("notes"):
            if not isinstance(entry, LineMap):
                fields.error("notes", "each entry must be a mapping with 'article:'")
                continue
            note = self.note(entry, path, edition)
            if note:
                notes.append(note)
        return notes, info


def read_notes(config: Config, article_ids: set[str], errors: Collector) -> NoteFiles:
    parser = _NoteParser(config, article_ids, errors)
    notes: list[Note] = []
    editions: dict[dt.date, EditionInfo] = {}
    noted: dict[str, Note] = {}
    folder = config.root / config.content_dir / "notes"
    for path in content_files(folder, (".yaml", ".yml"), errors):
        try:
            file_notes, info = parser.file(path)
        except DigestError as exc:
            errors.add(exc)
            continue
        if info is not None:
            if info.date in editions:
                other = editions[info.date].path.name
                errors.report(f"edition {info.date} is also described in {other}", path, 1, "edition")
            else:
                editions[info.date] = info
        for note in file_notes:
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
