"""`digest inspect ARTICLE_ID`: what the reader made of one article file, line by line.

For a raw `.txt` file: every source line with its number, zone, verdict and the rule
that decided it, then the fields found and the warnings, so an editor sees why a line
was dropped (and can add a `chrome_patterns:` rule to config.yaml). For Markdown and
saved pages, whose structure the file itself gives, the fields found.
"""

from __future__ import annotations

from pathlib import Path

from digest.config import Config
from digest.content.model import Article
from digest.content.readers import (
    ARTICLE_SUFFIXES,
    RAW_TEXT,
    ArticleReader,
    article_kind,
    content_files,
    content_folder,
    text_of,
)
from digest.content.readers.encoding import read_bytes
from digest.content.readers.rawtext import Reading, inspect_raw_text
from digest.content.readers.rawtext.source import BLANK
from digest.errors import Collector, DigestError

_TEXT_WIDTH = 72


def find_article(config: Config, article_id: str) -> Path:
    errors = Collector()
    folder = content_folder(config, "articles", errors)
    errors.raise_if_any()
    paths = content_files(folder, ARTICLE_SUFFIXES, Collector()) if folder else []
    for path in paths:
        if path.stem == article_id:
            return path
    raise DigestError(f"no article with id {article_id!r} in {config.content_dir}/articles/")


def inspect_article(config: Config, article_id: str) -> list[str]:
    """The lines `digest inspect` prints."""
    path = find_article(config, article_id)
    reader = ArticleReader(config)
    shown = _shown(path, config.root)
    data = read_bytes(path)
    text = text_of(data, path)
    kind = article_kind(path, text)
    if kind != RAW_TEXT:
        article = reader.read(path, data)
        return [
            f"{shown} ({kind}: its structure comes from the file, so lines are not judged one by one)",
            "",
            *_article_fields(article),
            *_warnings(list(article.warnings), config.root),
        ]
    rules = reader.rules_for(path, text)
    reading = inspect_raw_text(path, text, rules.tz, rules.chrome)
    lines = [f"{shown} ({RAW_TEXT})", "", f"{'line':>4}  {'zone':<6}  {'verdict':<11}  text  [rule]"]
    for line in reading.lines:
        if line.verdict == BLANK:
            continue
        text_shown = line.text or line.raw
        if len(text_shown) > _TEXT_WIDTH:
            text_shown = text_shown[: _TEXT_WIDTH - 1] + "\u2026"
        note = f"; {line.repaired}" if line.repaired else ""
        lines.append(
            f"{line.number:>4}  {line.zone:<6}  {line.verdict:<11}  {text_shown}  [{line.rule}{note}]"
        )
        # What a rule cut off the paragraph's start or end, so the editor sees it.
        for edge in ("lead", "tail"):
            if not line.found.get(edge):
                continue
            cut = str(line.found[edge])
            cut = cut[: _TEXT_WIDTH - 1] + "\u2026" if len(cut) > _TEXT_WIDTH else cut
            lines.append(f"{line.number:>4}  {line.zone:<6}  {'cut':<11}  {cut}  [not the story's]")
    lines.append("")
    lines.extend(_raw_fields(reading, rules.outlet.name if rules.outlet else ""))
    lines.extend(_warnings(reading.warnings, config.root))
    return lines


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _value(value: object) -> str:
    if value is None or value == "" or value == ():
        return "(none)"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return str(value)


def _raw_fields(reading: Reading, configured_outlet: str) -> list[str]:
    fields = reading.fields
    outlet = _value(fields.outlet) + (f"  [{fields.outlet_rule}]" if fields.outlet else "")
    if not fields.outlet and configured_outlet:
        outlet = f"{configured_outlet}  [config.yaml outlets: rule]"
    body = "\n".join(reading.body)
    return [
        "Fields found:",
        f"  headline   {_value(reading.headline)}",
        f"  date       {_value(fields.date)}",
        f"  published  {_value(fields.published)}",
        f"  updated    {_value(fields.updated)}",
        f"  authors    {_value(fields.authors)}",
        f"  outlet     {outlet}",
        f"  dateline   {_value(fields.dateline)}",
        f"  source     {_value(fields.source_url)}",
        f"  body       {len(reading.body)} paragraphs, {len(body):,} characters"
        + ("" if reading.body else " (the file would be refused)"),
    ]


def _article_fields(article: Article) -> list[str]:
    return [
        "Fields found:",
        f"  headline   {_value(article.headline)}",
        f"  date       {_value(article.date)}",
        f"  published  {_value(article.published)}",
        f"  updated    {_value(article.updated)}",
        f"  authors    {_value(article.authors)}",
        f"  outlet     {_value(article.outlet)}",
        f"  source     {_value(article.source_url)}",
        f"  body       {len(article.text):,} characters",
    ]


def _warnings(warnings: list, root: Path) -> list[str]:  # type: ignore[type-arg]
    if not warnings:
        return ["Warnings: none"]
    return ["Warnings:", *(f"  {problem.format(root)}" for problem in warnings)]
