"""Reader for Markdown articles (`*.md`) with YAML front matter."""

from __future__ import annotations

import html
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from digest.content.images import read_image_field
from digest.content.markup import MarkupError, render_markdown
from digest.content.model import Article
from digest.content.schema import Fields
from digest.content.yamlfile import LineMap, parse_yaml
from digest.errors import Collector, DigestError
from digest.text import is_http_url

FRONT_MATTER_KEYS = (
    "title",
    "date",
    "published",
    "updated",
    "source_url",
    "outlet",
    "authors",
    "tags",
    "image",
)
_FENCE = re.compile(r"^---[ \t]*$", re.M)
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.M)
_TAGS = re.compile(r"<[^>]+>")


def is_digest_markdown(text: str) -> bool:
    """Whether a `.md` file is meant in digest's format: anything but front matter that has
    no `date` and keys digest does not know, which is what a browser's clipper writes
    (Obsidian's, MarkDownload's: `source`, `author`, `created`, `description`). A clipped
    page is scraped text, and the raw reader reads it with its properties; a digest file
    with a mistyped key (its `date` given), or without its fences, still gets its error."""
    fences = list(_FENCE.finditer(text, 0, 20_000))
    if not text.startswith("---") or len(fences) < 2 or fences[0].start() != 0:
        return True
    keys = set(_TOP_KEY.findall(text, fences[0].end(), fences[1].start()))
    return "date" in keys or keys <= set(FRONT_MATTER_KEYS)


def _split_front_matter(path: Path, text: str) -> tuple[str, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    if not text.startswith("---"):
        raise DigestError("expected YAML front matter starting with '---'", path, 1)
    fences = list(_FENCE.finditer(text))
    if len(fences) < 2 or fences[0].start() != 0:
        raise DigestError("front matter is not closed with a '---' line", path, 1)
    front = text[fences[0].end() : fences[1].start()]
    body_start = fences[1].end()
    return front, text[body_start:], text.count("\n", 0, body_start) + 1


def read_markdown(path: Path, text: str, tz: ZoneInfo) -> Article:
    front, body, body_line = _split_front_matter(path, text)
    data = parse_yaml(front, path, first_line=1)
    if not isinstance(data, LineMap):
        raise DigestError("front matter must be a mapping of fields", path, 2)
    errors = Collector()
    fields = Fields(data, path, errors)
    fields.reject_unknown(FRONT_MATTER_KEYS)
    title = fields.text("title", required=True)
    date = fields.date("date", required=True)
    published = fields.moment("published", tz)
    updated = fields.moment("updated", tz)
    source_url = fields.text("source_url")
    if source_url and not is_http_url(source_url):
        fields.error("source_url", f"expected an http(s) URL, got {source_url!r}")
    image = read_image_field(fields)
    errors.raise_if_any()
    try:
        body_html = render_markdown(body)
    except MarkupError as exc:
        if exc.line is not None:
            raise DigestError(exc.detail, path, body_line + exc.line - 1) from None
        raise DigestError(str(exc), path, body_line) from None
    if not body_html.strip():
        raise DigestError("no body text after the front matter", path, body_line)
    assert date is not None
    return Article(
        id=path.stem,
        path=path,
        headline=title,
        date=date,
        published=published,
        updated=updated,
        authors=fields.text_list("authors"),
        outlet=fields.text("outlet"),
        body_html=body_html,
        text=html.unescape(_TAGS.sub("", body_html)).strip(),
        source_url=source_url,
        tags=fields.text_list("tags"),
        image=image,
    )
