"""Scores digest's reading of raw scraped articles against the labelled corpus (issue 20).

    .venv/bin/python bench/extraction.py [--corpus DIR] [--json FILE] [--list]

The corpus (`tests/data/extraction/`, format in its README.md) holds raw files as editors
scrape them, each with the record a careful human would extract. The script makes a
temporary project with every file and one note publishing it, reads each file with
digest's `ArticleReader` (an exception = refused), builds the site with digest's real
`build`, and compares:

- the 8 fields (headline, published, updated, authors, outlet, dateline, first and last
  sentence) and "body present", from the built site's items (note joined with article);
- every chrome string of every record against the text of every built page and feed:
  a (file, string) pair found is a leak, counted for pages and feeds separately.

Note fields the note schema does not accept yet (published, outlet, authors) are kept
out of the note file, so the build does not fail on them, and applied here instead:
the note's value wins, as it will once digest reads them. A key the schema accepts is
written into the note and its effect is measured through digest.

Output: one table (and with --list, every wrong field and every leak); deterministic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import shutil
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from digest.build import build
from digest.config import Config, load_config
from digest.content.model import Article, Item
from digest.content.notes import read_notes
from digest.content.readers import ArticleReader, text_of
from digest.content.yamlfile import LineMap, parse_yaml
from digest.errors import Collector, DigestError
from digest.routes import Router

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "data" / "extraction"
SOURCE_SUFFIXES = (".txt", ".html", ".htm", ".md")
FIELDS = (
    "headline",
    "published",
    "updated",
    "authors",
    "outlet",
    "dateline",
    "first_sentence",
    "last_sentence",
)
COLUMNS = (*FIELDS, "body_present")
NOTE_FIELDS = ("headline", "published", "outlet", "authors", "source_url")
MIN_CHROME = 12  # characters: shorter strings would match ordinary text
EDITION = dt.date(2025, 12, 1)  # every note's edition, and the build's "today"
SECTIONS = ("news", "features")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_TAG = re.compile(r"<[^>]*>")
# Values written into the probe note, one per key digest may or may not accept.
_PROBE_VALUES: dict[str, Any] = {
    "headline": "Probe headline",
    "published": "2025-01-01T09:00:00+09:00",
    "outlet": "Probe Outlet",
    "authors": ["Probe Author"],
    "source_url": "https://probe.example/article",
}

CONFIG = """\
title: "Extraction corpus"
description: "Every file of the labelled extraction corpus, one note each."
base_url: "https://example.github.io/x/"
language: "en"
timezone: "Asia/Seoul"
author: "Extraction bench"
sections:
  - id: news
    title: "News"
  - id: features
    title: "Features"
per_page: 20
feeds:
  limit: 1000
  full_content: true
  unit: "article"
"""


class CorpusError(Exception):
    """A malformed record: `path:line: field: what is wrong`."""


def norm(text: str) -> str:
    """NFC, whitespace runs (no-break spaces included) as one space, ends stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Record:
    id: str
    source: Path  # the raw file
    shape: str
    note: dict[str, Any]
    expected: dict[str, Any]  # the 8 fields, parsed (instants as datetimes), and "chrome"


def _instant(value: Any, where: str) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    else:
        try:
            parsed = dt.datetime.fromisoformat(str(value))
        except ValueError:
            raise CorpusError(f"{where}: expected ISO 8601 with an offset, got {value!r}") from None
    if parsed.tzinfo is None:
        raise CorpusError(f"{where}: expected ISO 8601 with an offset, got {value!r}")
    return parsed


def _text_or_null(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where}: expected text or null, got {value!r}")
    return value


def _text_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CorpusError(f"{where}: expected a list of text, got {value!r}")
    return list(value)


def _mapping(data: Any, key: str, path: Path, required: bool) -> LineMap:
    value = data.get(key)
    if value is None and not required:
        return LineMap()
    if not isinstance(value, LineMap):
        raise CorpusError(f"{path}:{data.line_of(key)}: {key}: expected a mapping")
    return value


def _reject_unknown(data: LineMap, allowed: tuple[str, ...], path: Path, prefix: str = "") -> None:
    for key in data:
        if key not in allowed:
            raise CorpusError(
                f"{path}:{data.line_of(key)}: {prefix}{key}: unknown key (allowed: {', '.join(allowed)})"
            )


def load_record(path: Path) -> Record:
    """One `<id>.expected.yaml` and the raw file beside it, checked against the format."""
    record_id = path.name.removesuffix(".expected.yaml")
    if not _ID.fullmatch(record_id):
        raise CorpusError(f"{path}: id: expected lowercase ASCII letters, digits and '-'")
    sources = [path.with_name(record_id + suffix) for suffix in SOURCE_SUFFIXES]
    sources = [source for source in sources if source.is_file()]
    if len(sources) != 1:
        raise CorpusError(f"{path}: expected exactly one raw file {record_id}.txt/.html/.htm/.md")
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"), path)
    except DigestError as exc:
        raise CorpusError(str(exc)) from None
    if not isinstance(data, LineMap):
        raise CorpusError(f"{path}:1: expected a mapping with 'shape' and 'expected'")
    _reject_unknown(data, ("shape", "note", "expected"), path)
    shape = _text_or_null(data.get("shape"), f"{path}:{data.line_of('shape')}: shape")
    if shape is None:
        raise CorpusError(f"{path}:{data.line}: shape: required")

    note_map = _mapping(data, "note", path, required=False)
    _reject_unknown(note_map, NOTE_FIELDS, path, "note.")
    note: dict[str, Any] = {}
    for key, value in note_map.items():
        where = f"{path}:{note_map.line_of(key)}: note.{key}"
        if key == "published":
            note[key] = _instant(value, where)
        elif key == "authors":
            note[key] = _text_list(value, where)
        else:
            note[key] = _text_or_null(value, where)
            if note[key] is None:
                raise CorpusError(f"{where}: expected text")

    wanted = _mapping(data, "expected", path, required=True)
    _reject_unknown(wanted, (*FIELDS, "chrome"), path, "expected.")
    expected: dict[str, Any] = {}
    for key in (*FIELDS, "chrome"):
        if key not in wanted:
            where = f"{path}:{data.line_of('expected')}: expected.{key}"
            raise CorpusError(f"{where}: required (null when there is none)")
        value = wanted[key]
        where = f"{path}:{wanted.line_of(key)}: expected.{key}"
        if key in ("published", "updated"):
            expected[key] = _instant(value, where)
        elif key in ("authors", "chrome"):
            expected[key] = [] if value == [] else _text_list(value, where)
        elif key in ("first_sentence", "last_sentence"):
            expected[key] = _text_or_null(value, where)
            if expected[key] is None:
                raise CorpusError(f"{where}: required: every file has a body")
        else:
            expected[key] = _text_or_null(value, where)
    for chrome in expected["chrome"]:
        if len(norm(chrome)) < MIN_CHROME:
            raise CorpusError(
                f"{path}:{wanted.line_of('chrome')}: expected.chrome: {chrome!r} is shorter than "
                f"{MIN_CHROME} characters"
            )
    return Record(record_id, sources[0], shape, note, expected)


def load_corpus(folder: Path) -> list[Record]:
    records = [load_record(path) for path in sorted(folder.glob("*.expected.yaml"))]
    if not records:
        raise CorpusError(f"{folder}: no *.expected.yaml records")
    return records


def _raw_text(record: Record) -> str:
    """The file's text as digest decodes it (encoding, line ends, NFC)."""
    return text_of(record.source.read_bytes(), record.source)


def lint_corpus(records: list[Record]) -> list[str]:
    """Problems with the records themselves, found without digest's reader: every
    chrome string must be in its file and in no text the site shows (the record's own
    headline, sentences, authors and outlet, and the page's 'Source: <outlet>'); chrome
    another file shares must be chrome there too; sentences and a headline not from the
    note must be in the file; a field the note gives must be the note's value."""
    problems: list[str] = []
    raw: dict[str, str] = {}
    for record in records:
        try:
            raw[record.id] = _raw_text(record)
        except DigestError as exc:
            problems.append(f"{record.id}: the file cannot be decoded: {exc.problem.message}")
    records = [record for record in records if record.id in raw]
    # Each file's text as written, with entities decoded, and with tags dropped too.
    forms = {
        key: (norm(text), norm(html.unescape(text)), norm(_unescaped(text))) for key, text in raw.items()
    }
    for record in records:
        wanted = record.expected
        plain = forms[record.id][2]
        shown = [
            wanted["headline"] or "",
            wanted["first_sentence"],
            wanted["last_sentence"],
            wanted["outlet"] or "",
        ]
        shown.extend(wanted["authors"])
        if wanted["outlet"]:
            # the article page credits the outlet itself: 'Source: Huaxia'
            shown.append(f"Source: {wanted['outlet']}")
        for name in ("first_sentence", "last_sentence"):
            if norm(wanted[name]) not in plain:
                problems.append(f"{record.id}: {name} is not in the file: {wanted[name]!r}")
        if wanted["headline"] and "headline" not in record.note and norm(wanted["headline"]) not in plain:
            problems.append(f"{record.id}: headline is not in the file: {wanted['headline']!r}")
        for key, value in record.note.items():
            if key in wanted and wanted[key] != value:
                problems.append(f"{record.id}: expected {key} differs from the note's (the note wins)")
        for chrome in wanted["chrome"]:
            needle = norm(chrome)
            if not any(needle in form for form in forms[record.id]):
                problems.append(f"{record.id}: chrome is not in the file: {chrome!r}")
            if any(needle in norm(text) for text in shown):
                problems.append(f"{record.id}: chrome is part of an expected field: {chrome!r}")
            for other in records:
                if other is record or not any(needle in form for form in forms[other.id]):
                    continue
                if not any(needle in norm(c) or norm(c) in needle for c in other.expected["chrome"]):
                    problems.append(
                        f"{record.id}: chrome {chrome!r} is also in {other.id}, not as chrome there"
                    )
    return problems


# --- the temporary project -------------------------------------------------------------


def write_project(root: Path, records: list[Record]) -> Path:
    """config.yaml and the corpus's raw files, byte for byte; notes come later."""
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "notes").mkdir(parents=True)
    config_path = root / "config.yaml"
    config_path.write_text(CONFIG, encoding="utf-8")
    for record in records:
        shutil.copyfile(record.source, article_path(root, record))
    return config_path


def article_path(root: Path, record: Record) -> Path:
    return root / "content" / "articles" / (record.id + record.source.suffix)


def note_path(root: Path, record_id: str) -> Path:
    return root / "content" / "notes" / f"{record_id}.yaml"


def _yaml_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def note_text(record: Record, rank: int, accepted: set[str]) -> str:
    """A single note publishing the article: section, rank, a summary that cannot hold
    chrome, and those of the record's note fields the schema accepts."""
    note: dict[str, Any] = {
        "article": record.id,
        "edition": EDITION.isoformat(),
        "section": SECTIONS[rank % len(SECTIONS)],
        "rank": rank,
        "summary": f"Summary of {record.id}.",
    }
    note.update((key, _yaml_value(value)) for key, value in record.note.items() if key in accepted)
    return yaml.safe_dump(note, allow_unicode=True, sort_keys=False)


def accepted_note_keys(workdir: Path) -> tuple[set[str], list[str]]:
    """The note keys among NOTE_FIELDS that digest's note schema accepts, found by
    reading a probe note that has them all; and warnings for keys it refused for a
    reason other than being unknown (then they are left out too)."""
    probe = workdir / "probe"
    (probe / "content" / "articles").mkdir(parents=True)
    (probe / "content" / "notes").mkdir(parents=True)
    (probe / "config.yaml").write_text(CONFIG, encoding="utf-8")
    note = {"article": "probe", "edition": EDITION.isoformat(), "section": SECTIONS[0], "rank": 1}
    note.update(_PROBE_VALUES)
    (probe / "content" / "notes" / "probe.yaml").write_text(
        yaml.safe_dump(note, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    config = load_config(probe / "config.yaml")
    errors = Collector()
    read_notes(config, {"probe"}, errors)
    refused: dict[str, str] = {}
    for problem in errors.problems:
        if problem.field in _PROBE_VALUES:
            refused.setdefault(problem.field, problem.message)
    warnings = [
        f"note key {key!r} is known to digest but refused the probe value: {message}"
        for key, message in sorted(refused.items())
        if not message.startswith("unknown key")
    ]
    return set(_PROBE_VALUES) - set(refused), warnings


# --- reading and building --------------------------------------------------------------


@dataclass
class Score:
    files: int
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, field, expected, got
    refused: dict[str, str] = field(default_factory=dict)  # id -> why
    chrome_total: int = 0
    page_leaks: list[tuple[str, str, str]] = field(default_factory=list)  # id, string, where
    feed_leaks: list[tuple[str, str, str]] = field(default_factory=list)
    notes_accepted: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)

    @property
    def overall(self) -> tuple[int, int]:
        return sum(self.right.values()), self.files * len(COLUMNS)

    def as_json(self) -> dict[str, Any]:
        right, total = self.overall
        return {
            "files": self.files,
            "fields": {name: {"right": self.right[name], "total": self.files} for name in COLUMNS},
            "overall": {"right": right, "total": total},
            "chrome_strings": self.chrome_total,
            "chrome_leaked_pages": len(self.page_leaks),
            "chrome_leaked_feeds": len(self.feed_leaks),
            "refused": dict(sorted(self.refused.items())),
            "wrong": [{"id": i, "field": f, "expected": e, "got": g} for i, f, e, g in sorted(self.wrong)],
            "leaks": {
                "pages": [{"id": i, "chrome": c, "in": w} for i, c, w in sorted(self.page_leaks)],
                "feeds": [{"id": i, "chrome": c, "in": w} for i, c, w in sorted(self.feed_leaks)],
            },
            "note_keys_accepted_by_digest": list(self.notes_accepted),
            "warnings": self.warnings,
        }


def read_each(config: Config, root: Path, records: list[Record], refused: dict[str, str]) -> None:
    """Reads every file with digest's reader; a file it refuses leaves the project."""
    reader = ArticleReader(config)
    for record in records:
        path = article_path(root, record)
        try:
            reader.read(path)
        except Exception as exc:  # any exception of the reader is a refusal, bugs included
            message = exc.problem.message if isinstance(exc, DigestError) else f"{type(exc).__name__}: {exc}"
            refused[record.id] = f"reader: {message}"
            path.unlink()


def build_site(
    config: Config, root: Path, records: list[Record], accepted: set[str], refused: dict[str, str]
) -> tuple[dict[str, Item], Path, list[str]]:
    """Writes the notes of every file still in, builds; on errors, drops the files named
    and builds again. Returns the items by id, the output folder and the errors met."""
    output = root / "output"
    met: list[str] = []
    kept = [record for record in records if record.id not in refused]
    for rank, record in enumerate(kept, start=1):
        note_path(root, record.id).write_text(note_text(record, rank, accepted), encoding="utf-8")
    by_path = {article_path(root, r).resolve(): r.id for r in kept}
    by_path.update({note_path(root, r.id).resolve(): r.id for r in kept})
    while True:
        try:
            result = build(config, output=output, today=EDITION, cache=False)
        except DigestError as exc:
            bad: dict[str, list[str]] = {}
            for problem in exc.problems:
                met.append(problem.format(root))
                record_id = by_path.get(problem.path.resolve()) if problem.path else None
                if record_id is None or record_id in refused:
                    where = problem.format(root)
                    raise DigestError(f"the build failed on something not a corpus file: {where}") from None
                bad.setdefault(record_id, []).append(problem.message)
            for record_id, messages in bad.items():
                refused[record_id] = "build: " + "; ".join(messages)
                record = next(r for r in kept if r.id == record_id)
                article_path(root, record).unlink(missing_ok=True)
                note_path(root, record_id).unlink(missing_ok=True)
            continue
        return {item.id: item for item in result.site.items}, output, met


# --- fields --------------------------------------------------------------------------


def _joined(item: Item, name: str) -> Any:
    """A field of the note+article join: the Item's own property where digest has one,
    else the note's value when it has one, else the article's."""
    if isinstance(getattr(type(item), name, None), property):
        return getattr(item, name)
    value = getattr(item.note, name, None)
    return value if value else getattr(item.article, name, None)


def got_record(item: Item, record: Record, accepted: set[str]) -> dict[str, Any]:
    """What digest made of one file (after the note), in the expected record's terms."""
    article: Article = item.article
    got: dict[str, Any] = {
        # A display fallback for a missing headline (if digest adds one) is not a
        # headline read from the file: without the note's, the article's own is compared.
        "headline": item.headline if item.note.headline else article.headline,
        "published": _joined(item, "published"),
        "updated": _joined(item, "updated"),
        "authors": list(_joined(item, "authors") or ()),
        "outlet": _joined(item, "outlet"),
        "dateline": getattr(item, "dateline", None) or getattr(article, "dateline", "") or None,
        "text": article.text,
    }
    for key, value in record.note.items():
        if key not in accepted and key in got:
            got[key] = value  # the note wins; digest does not take this key yet
    return got


def _outlet_key(name: str | None) -> str:
    """Case, a leading 'the', punctuation and spacing ignored."""
    if not name:
        return ""
    text = norm(name).casefold()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


def _same_instant(expected: dt.datetime | None, got: Any, tz: dt.tzinfo) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(got, dt.datetime) and got.tzinfo is None:
        got = got.replace(tzinfo=tz)
    return isinstance(got, dt.datetime) and got == expected


def check_field(name: str, expected: Any, got: dict[str, Any], tz: dt.tzinfo) -> bool:
    if name in ("published", "updated"):
        return _same_instant(expected, got[name], tz)
    if name == "authors":
        return [norm(a) for a in expected] == [norm(a) for a in got["authors"]]
    if name == "outlet":
        return _outlet_key(expected) == _outlet_key(got["outlet"])
    if name == "first_sentence":
        return norm(got["text"]).startswith(norm(expected))
    if name == "last_sentence":
        return norm(got["text"]).endswith(norm(expected))
    if name == "body_present":
        return bool(norm(got["text"]))
    return norm(expected or "") == norm(got[name] or "")


def _shown(name: str, value: Any) -> str:
    if name in ("first_sentence", "last_sentence"):
        return repr(value) if value is not None else "null"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if value is None or value == "":
        return "null"
    return json.dumps(value, ensure_ascii=False)


def _got_shown(name: str, got: dict[str, Any]) -> str:
    text = norm(got["text"])
    if name == "first_sentence":
        return repr(text[:120])
    if name == "last_sentence":
        return repr(text[-120:])
    if name == "body_present":
        return "no body" if not text else "body"
    return _shown(name, got[name])


# --- chrome ----------------------------------------------------------------------------


def _unescaped(text: str) -> str:
    """Markup's text: tags dropped, then entities decoded (in that order, so an escaped
    tag that leaked into the article's text stays as text)."""
    return html.unescape(_TAG.sub(" ", text))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


_ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class Texts:
    """Normalized output text, as (where, text): the parts of one article (its page, its
    feed entries) by article id, and the rest (lists, feed headers), shared by all."""

    own: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    shared: list[tuple[str, str]] = field(default_factory=list)

    def add(self, owner: str | None, where: str, text: str) -> None:
        if owner is None:
            self.shared.append((where, text))
        else:
            self.own.setdefault(owner, []).append((where, text))

    def of(self, record_id: str) -> list[tuple[str, str]]:
        return [*self.own.get(record_id, []), *self.shared]


def _feed_text(texts: list[str]) -> str:
    """A feed's texts unescaped once, then once more, for text escaped twice."""
    once = [_unescaped(text) for text in texts]
    twice = [html.unescape(text) for text in once]
    return norm(" \n ".join(once)) + " \n " + norm(" \n ".join(twice))


def _xml_texts(element: ET.Element, stop: tuple[str, ...]) -> Iterator[str]:
    """The texts of an element and its descendants, not entering elements tagged `stop`."""
    if element.text:
        yield element.text
    for child in element:
        if child.tag not in stop:
            yield from _xml_texts(child, stop)
        if child.tail:
            yield child.tail


def _entry_link(entry: ET.Element) -> str:
    link = entry.find("link")
    if link is not None and link.text:
        return link.text.strip()
    for link in entry.iter(_ATOM + "link"):
        if link.get("rel", "alternate") == "alternate":
            return link.get("href", "")
    return ""


def _feed_parts(path: Path) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    """A feed's (RSS, Atom, JSON Feed) header texts and (link, texts) of each entry, or
    None when the file is not a feed."""
    data = path.read_bytes()
    if path.suffix == ".json":
        try:
            feed = json.loads(data)
        except ValueError:
            return None
        if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
            return None
        items = feed.get("items") or []
        header = list(_strings({key: value for key, value in feed.items() if key != "items"}))
        return header, [(str(item.get("url", "")), list(_strings(item))) for item in items]
    try:
        tree = ET.fromstring(data)
    except ET.ParseError:
        return None
    if tree.tag not in ("rss", _ATOM + "feed"):
        return None
    stop = ("item", _ATOM + "entry")
    entries = [element for element in tree.iter() if element.tag in stop]
    return list(_xml_texts(tree, stop)), [(_entry_link(e), list(_xml_texts(e, ()))) for e in entries]


def output_texts(output: Path, owners: dict[str, str]) -> tuple[Texts, Texts]:
    """The text of every built page and of every feed, each part given to the article
    it belongs to (`owners`: article page route or absolute URL -> id) or shared."""
    pages, feeds = Texts(), Texts()
    for path in sorted(p for p in output.rglob("*") if p.is_file()):
        route = path.relative_to(output).as_posix()
        if path.suffix == ".html":
            pages.add(owners.get(route), route, norm(_unescaped(path.read_text(encoding="utf-8"))))
        elif path.suffix in (".xml", ".json"):
            parts = _feed_parts(path)
            if parts is None:
                continue
            header, entries = parts
            feeds.add(None, route, _feed_text(header))
            for link, texts in entries:
                feeds.add(owners.get(link), f"{route} entry {link}", _feed_text(texts))
    return pages, feeds


def find_leaks(records: list[Record], texts: Texts, theme: str = "") -> list[tuple[str, str, str]]:
    """(id, chrome string, first place holding it) for every chrome string of a record
    found in its own article's page or feed entries, or in a shared page or feed header.
    Another article's page is not searched: furniture two outlets share would otherwise
    count against the file whose reading dropped it. Nor is a string the theme itself
    prints (`theme`: the text of a page that shows no article, such as `Skip to content`,
    its skip link): no reading of the file can take it out of a page."""
    leaks = []
    for record in records:
        places = texts.of(record.id)
        for chrome in record.expected["chrome"]:
            needle = norm(chrome)
            if theme and needle in theme:
                continue
            where = next((place for place, text in places if needle in text), None)
            if where is not None:
                leaks.append((record.id, chrome, where))
    return leaks


# --- the run ---------------------------------------------------------------------------


def score_corpus(corpus: Path) -> Score:
    records = load_corpus(corpus)
    score = Score(files=len(records))
    score.chrome_total = sum(len(r.expected["chrome"]) for r in records)
    with tempfile.TemporaryDirectory(prefix="digest-extraction-") as tmp:
        work = Path(tmp)
        accepted, warnings = accepted_note_keys(work)
        score.notes_accepted = tuple(sorted(accepted))
        score.warnings.extend(warnings)
        root = work / "site"
        config_path = write_project(root, records)
        config = load_config(config_path)
        read_each(config, root, records, score.refused)
        items, output, met = build_site(config, root, records, accepted, score.refused)
        score.warnings.extend(f"build error (file dropped): {line}" for line in met)
        for record in records:
            item = items.get(record.id)
            if item is None:
                score.refused.setdefault(record.id, "left out of the built site")
                for name in COLUMNS:
                    expected = record.expected.get(name, "body")
                    score.wrong.append((record.id, name, _shown(name, expected), "refused"))
                continue
            got = got_record(item, record, accepted)
            for name in COLUMNS:
                expected = record.expected.get(name)
                if check_field(name, expected, got, config.tz):
                    score.right[name] += 1
                else:
                    shown = "body" if name == "body_present" else _shown(name, expected)
                    score.wrong.append((record.id, name, shown, _got_shown(name, got)))
        router = Router(config)
        owners = {}
        for record_id, item in items.items():
            route = router.article(item.article)
            owners[router.output_path(route)] = record_id
            owners[router.absolute(route)] = record_id
        pages, feeds = output_texts(output, owners)
        not_found = output / "404.html"
        theme = norm(_unescaped(not_found.read_text(encoding="utf-8"))) if not_found.exists() else ""
        score.page_leaks = find_leaks(records, pages, theme)
        score.feed_leaks = find_leaks(records, feeds, theme)
    return score


def _percent(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}" if total else "    -"


def table(score: Score, corpus: str) -> str:
    lines = [
        f"Extraction corpus {corpus}: {score.files} files",
        f"{'field':<16} {'right':>5} {'total':>5} {'%':>6}",
    ]
    for name in COLUMNS:
        label = name.replace("_", " ")
        right = score.right[name]
        lines.append(f"{label:<16} {right:>5} {score.files:>5} {_percent(right, score.files):>6}")
    right, total = score.overall
    lines.append(f"{'all fields':<16} {right:>5} {total:>5} {_percent(right, total):>6}")
    lines.append(
        f"chrome leaked into pages: {len(score.page_leaks)} of {score.chrome_total} (file, string) pairs"
    )
    lines.append(
        f"chrome leaked into feeds: {len(score.feed_leaks)} of {score.chrome_total} (file, string) pairs"
    )
    lines.append(f"files refused: {len(score.refused)} of {score.files}")
    return "\n".join(lines)


def listing(score: Score) -> str:
    lines = []
    for record_id, why in sorted(score.refused.items()):
        lines.append(f"{record_id}: refused: {why}")
    for record_id, name, expected, got in sorted(score.wrong):
        if got != "refused":
            lines.append(f"{record_id}: {name}: expected {expected}, got {got}")
    for kind, leaks in (("page", score.page_leaks), ("feed", score.feed_leaks)):
        for record_id, chrome, where in sorted(leaks):
            lines.append(f"{record_id}: chrome in {kind} {where}: {chrome!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the labelled corpus folder")
    parser.add_argument("--json", type=Path, help="also write the score, every wrong field and leak, as JSON")
    parser.add_argument("--list", action="store_true", help="print each wrong field and each leak")
    args = parser.parse_args(argv)
    try:
        score = score_corpus(args.corpus)
    except (CorpusError, DigestError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for warning in score.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        shown = args.corpus.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        shown = str(args.corpus)
    print(table(score, shown))
    if args.list:
        details = listing(score)
        if details:
            print()
            print(details)
    if args.json:
        args.json.write_text(
            json.dumps(score.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
