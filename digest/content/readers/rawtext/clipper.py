"""A web clipper's properties at the top of a Markdown export saved as text.

Obsidian's and similar clippers open the note with YAML properties between two `---`
lines, then the page:

    ---
    title: "Copper miners vote to end strike"      -> the headline (the '# ' heading repeats it)
    source: "https://www.andes-ledger.example/..."  -> the source link (`lines.py` reads it)
    author:
      - "[[Lucia Ferrer]]"                           -> the author (a wiki link's name)
    site: "The Andes Ledger"                        -> the outlet, as a source line names it
    published: 2025-03-04T10:12:00-03:00            -> a stamp (`lines.py` reads it)
    created: 2025-03-05                             -> when it was clipped: not the article's
    description: "..."  tags: [...]                  -> the clipper's, never the story's
    ---

Only a file whose first line is `---` is looked at, so other files pay one comparison.
"""

from __future__ import annotations

import re

from digest.content.readers.rawtext.bylines import split_names
from digest.content.readers.rawtext.source import BYLINE, CHROME, SOURCE, Line

# A clipper's site property names the outlet as a source line does.
SITE_PROPERTY = "a clipper's site property"

_PROPERTY = re.compile(r"(?P<key>[A-Za-z_][\w-]{0,30})\s*:\s*(?P<value>.*)")
_ITEM = re.compile(r"-\s+(?P<value>.+)")
_TITLE = frozenset(("title",))
_AUTHOR = frozenset(("author", "authors", "by", "byline", "creator"))
_SITE = frozenset(("site", "site_name", "sitename", "site-name", "publisher", "publication"))
# Read by the line rules as they stand: a source link, the article's own stamps.
_KEPT = frozenset(("source", "url", "link", "published", "date", "updated", "modified"))
# The longest block of properties looked for: a clipper writes a dozen or so.
_MAX_LINES = 60


def read_properties(lines: list[Line]) -> None:
    """Decide the lines of a clipper's properties block, if the file opens with one."""
    texted = [line for line in lines if line.text]
    if not texted or texted[0].text != "---":
        return
    end = next((i for i, line in enumerate(texted[1:_MAX_LINES], start=1) if line.text == "---"), None)
    if end is None or not _PROPERTY.fullmatch(texted[1].text):
        return  # a rule of dashes over prose, not a properties block
    texted[0].decide(CHROME, "a clipper's properties block")
    texted[end].decide(CHROME, "a clipper's properties block")
    key = ""
    for line in texted[1:end]:
        item = _ITEM.fullmatch(line.text)
        prop = None if item else _PROPERTY.fullmatch(line.text)
        if prop is not None:
            key = prop["key"].lower()
        value = _unquoted((item or prop)["value"]) if (item or prop) else ""
        _decide(line, key, value)


def _decide(line: Line, key: str, value: str) -> None:
    if key in _TITLE and value:
        line.text, line.bold = value, True  # the headline's cue, judged with the other lines
    elif key in _AUTHOR and value:
        names = split_names(value)
        if names:
            line.decide(BYLINE, "a clipper's author property", authors=names)
        else:
            line.decide(CHROME, "a clipper's property")
    elif key in _SITE and value:
        line.decide(SOURCE, SITE_PROPERTY, outlet=value)
    elif key in _KEPT:
        return
    else:  # 'created' (when it was clipped), 'description', 'tags' and the like
        line.decide(CHROME, "a clipper's property")


def _unquoted(value: str) -> str:
    """A value without its quotes and an Obsidian wiki link's brackets: '"[[Lucia Ferrer]]"'."""
    value = value.strip().strip("\"'").strip()
    if value.startswith("[[") and value.endswith("]]"):
        value = value[2:-2].split("|")[-1]
    return value.strip()
