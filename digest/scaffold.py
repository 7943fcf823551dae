"""`digest new`: skeleton files an editor fills in, never overwriting one.

Strings are written as JSON strings, which are valid YAML double-quoted scalars, so a
headline with quotes, colons or Hangul cannot break the file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from digest.config import Config, EditorialSettings
from digest.content.model import Article
from digest.content.notes import NoteFiles, read_notes
from digest.content.readers import read_articles
from digest.errors import Collector, DigestError
from digest.incremental.contentstore import ContentStore
from digest.starter import note_modeline
from digest.text import single_line


@dataclass(frozen=True)
class Written:
    path: Path
    summary: str


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    """A YAML comment line of any text (an outlet's name, a URL from a server): a line
    break in it would end the comment and start a key."""
    return "# " + single_line(text)


def next_edition_date(today: dt.date, editorial: EditorialSettings, taken: set[dt.date]) -> dt.date:
    """The first date on the cadence, from today on, that has no edition yet."""
    day = today
    if editorial.cadence == "weekly":
        day += dt.timedelta(days=(editorial.weekday - day.weekday()) % 7)
    step = dt.timedelta(days=7 if editorial.cadence == "weekly" else 1)
    while day in taken:
        day += step
    return day


def _notes_folder(config: Config) -> Path:
    return config.root / config.content_dir / "notes"


def load_content(config: Config) -> tuple[list[Article], NoteFiles]:
    errors = Collector()
    store = ContentStore(config.cache_path, config)
    articles = read_articles(config, errors, store)
    notes = read_notes(config, {a.id for a in articles}, errors, store)
    errors.raise_if_any()
    return articles, notes


def create_file(config: Config, path: Path, text: str) -> None:
    """Write a new note or edition file; refuse if anything already has that name. In a
    site `digest init` made, the file starts with the modeline naming the notes' schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(note_modeline(path, config.root) + text)
    except FileExistsError:
        raise DigestError("already exists; refusing to overwrite it", path) from None


def new_edition(config: Config, today: dt.date, date: dt.date | None = None) -> Written:
    _, notes = load_content(config)
    taken = {info.date for info in notes.editions}
    date = date or next_edition_date(today, config.editorial, taken)
    for info in notes.editions:
        if info.date == date:
            raise DigestError(f"edition {date.isoformat()} is already described here", info.path, 1)
    path = _notes_folder(config) / f"{date.isoformat()}.yaml"
    create_file(
        config,
        path,
        f"# The edition of {date.isoformat()}, written by `digest new edition`.\n"
        f"edition: {_quote(date.isoformat())}\n"
        "# A headline for the whole edition (optional).\n"
        'title: ""\n'
        "# A few sentences of Markdown above the notes (optional).\n"
        'intro: ""\n'
        "# Notes, one entry per article; `digest new note ID --edition DATE` writes one as\n"
        "# its own file instead. Each entry: article, section, rank, summary, commentary.\n"
        "notes: []\n",
    )
    return Written(path, f"edition {date.isoformat()}")


def choose_section(config: Config, section: str | None) -> str:
    """`section`, or the first configured one; DigestError for an id config.yaml lacks."""
    section_ids = [s.id for s in config.sections]
    section = section or section_ids[0]
    if section not in section_ids:
        raise DigestError(f"unknown section {section!r} (config.yaml declares: {', '.join(section_ids)})")
    return section


def choose_edition(config: Config, today: dt.date, edition: dt.date | None) -> dt.date:
    """`edition`, or the one being prepared: the next on the cadence, even if its file exists."""
    return edition or next_edition_date(today, config.editorial, set())


def next_rank(notes: NoteFiles, edition: dt.date, section: str) -> int:
    return 1 + max(
        (n.rank for n in notes.notes if n.edition == edition and n.section == section),
        default=0,
    )


def note_path(config: Config, edition: dt.date, article_id: str) -> Path:
    return _notes_folder(config) / f"{edition.isoformat()}-{article_id}.yaml"


def note_text(
    article: Article,
    edition: dt.date,
    section: str,
    rank: int,
    source_url: str | None = None,
    written_by: tuple[str, ...] = ("Written by `digest new note`.",),
) -> str:
    """A draft note on `article`: its headline, outlet and date, `source_url` (default:
    the article's own), an empty summary and commentary. `written_by` are comment lines
    saying where the note comes from."""
    source_url = article.source_url if source_url is None else source_url
    lines = [
        f"# A note on {_quote(article.headline)}",
        _comment(f"({article.outlet or 'unknown outlet'}, {article.date.isoformat()})."),
        *(_comment(line) for line in written_by),
        f"article: {_quote(article.id)}",
        f"edition: {_quote(edition.isoformat())}",
        f"section: {_quote(section)}",
        f"rank: {rank}",
        "# The headline shown on the site; edit it or delete the line to keep the outlet's.",
        f"headline: {_quote(article.headline)}",
        "# One or two plain sentences.",
        'summary: ""',
        "# The editor's voice, in Markdown.",
        'commentary: ""',
        "tags: []",
    ]
    if source_url:
        lines.append(f"source_url: {_quote(source_url)}")
    lines += ["# Set to false when the note is ready to publish.", "draft: true", ""]
    return "\n".join(lines)


def new_note(
    config: Config,
    today: dt.date,
    article_id: str,
    edition: dt.date | None = None,
    section: str | None = None,
) -> Written:
    articles, notes = load_content(config)
    article = next((a for a in articles if a.id == article_id), None)
    if article is None:
        known = ", ".join(sorted(a.id for a in articles)[:10])
        raise DigestError(f"no article with id {article_id!r} in content/articles/ (some ids: {known})")
    existing = next((n for n in notes.notes if n.article_id == article_id), None)
    if existing is not None:
        raise DigestError(f"article {article_id!r} already has a note here", existing.path, existing.line)
    section = choose_section(config, section)
    edition = choose_edition(config, today, edition)
    path = note_path(config, edition, article_id)
    create_file(config, path, note_text(article, edition, section, next_rank(notes, edition, section)))
    return Written(path, f"note on {article_id} for the edition of {edition.isoformat()}, section {section}")
