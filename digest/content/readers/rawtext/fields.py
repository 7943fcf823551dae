"""The article's fields, from the lines once each has its verdict.

- **published / updated**: a labelled stamp wins over an unlabelled one; only a date
  *and* a time is an instant. A forum post's own time is not the article's (those lines
  are forum furniture, and their stamps are not read).
- **authors**: every byline, wherever it stands (header, mid-story, trailer, a dateline's
  reporter, a broadcast intro or sign-off), in file order, each name once.
- **outlet**, by how surely the line names the article's own outlet: a dateline's wire
  credit, then a source line, a byline's "for X", "with the X", a copyright line, a
  sign-off, "read the full story at X", an issue note, a repost's "in the X", and last
  a masthead: a name at the top of the page that the page names again further down.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from digest.content.readers.rawtext import cues
from digest.content.readers.rawtext.lines import LEAD_IN, is_label
from digest.content.readers.rawtext.source import (
    BODY,
    HEADER_ZONE,
    MASTHEAD,
    NAVIGATION,
    STAMP,
    Line,
)
from digest.content.readers.rawtext.stamps import Stamp

# Outlet candidates, most certain first: (rule of the line that names it, rank).
_OUTLET_RANK = {
    "dateline": 0,
    "byline opening the lede": 1,
    "source line": 2,
    "byline": 3,
    "time stamp and byline and outlet": 3,
    "'with the' outlet line": 4,
    "copyright line": 5,
    "sign-off": 6,
    "a mail's sender": 6,
    "prompt to subscribe, download or try": 7,
    "a note about the article itself": 8,
    "introduction to a quoted story": 9,
    LEAD_IN: 9,
    "a newsletter's sign-off naming itself": 8,
}
_ISSUE = re.compile(r"(?P<name>.+?)\s*[\u2014\u2013|:-]\s*(?:issue|no\.|vol\.|#)\s*#?\d+.*", re.I)
_YEAR_SUFFIX = re.compile(r"\s+\d{4}$")


@dataclass
class Fields:
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    date: dt.date | None = None
    authors: tuple[str, ...] = ()
    outlet: str = ""
    outlet_rule: str = ""
    dateline: str = ""
    source_url: str = ""
    disclaimer: str = ""
    warnings: list[tuple[int, str, str]] = field(default_factory=list)


def read_fields(lines: list[Line], body: list[Line], tz: ZoneInfo, first_date: dt.date | None) -> Fields:
    found = Fields(date=first_date)
    _times(lines, found, tz)
    names: list[str] = []
    for line in lines:
        names.extend(line.found.get("authors", ()))  # type: ignore[arg-type]
        if line.found.get("ai_notice") and not found.disclaimer:
            found.disclaimer = line.text
        if line.found.get("source_url") and not found.source_url:
            found.source_url = str(line.found["source_url"])
    found.authors = tuple(dict.fromkeys(names))
    if body and body[0].found.get("dateline"):
        found.dateline = str(body[0].found["dateline"])
    found.outlet, found.outlet_rule = _outlet(lines, found.authors)
    return found


def _times(lines: list[Line], found: Fields, tz: ZoneInfo) -> None:
    stamps: list[tuple[Line, Stamp]] = [
        (line, stamp)
        for line in lines
        if line.verdict == STAMP or line.first
        for stamp in line.found.get("stamps", ())  # type: ignore[attr-defined]
    ]
    for line, stamp in stamps:
        if stamp.when is None and stamp.labelled:
            found.warnings.append((line.number, stamp.field, f"cannot read the date and time {stamp.text!r}"))
    for field_name in ("published", "updated"):
        timed = [s for _, s in stamps if s.field == field_name and s.when is not None and s.has_time]
        labelled = [s for s in timed if s.labelled]
        own = [s for s in labelled if s.beside_author]
        chosen = (own or labelled or timed or [None])[0]
        if chosen is None and field_name == "published":
            # A release that prints only when it was distributed ('배포 일시 …', 'Embargoed
            # until …') was published then: nothing earlier is printed.
            chosen = next(
                (s for _, s in stamps if s.field == "other" and s.when is not None and s.has_time), None
            )
        if chosen is not None:
            setattr(found, field_name, chosen.when)
    if found.updated is not None and found.published is not None and found.updated <= found.published:
        found.updated = None if found.updated == found.published else found.updated
    if found.date is None:
        if found.published is not None:
            found.date = found.published.astimezone(tz).date()
        else:
            dates = [
                s.when for _, s in stamps if s.when is not None and s.field not in ("updated", "printed")
            ]
            found.date = dates[0].date() if dates else None


# A credit in capitals and digits: an outlet's initials ('RV9', 'KBX').
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _initials(name: str) -> str:
    words = [word for word in name.split() if word.lower() != "the"]
    return "".join(word[0] if not word.isdigit() else word for word in words).upper()


def _outlet(lines: list[Line], authors: tuple[str, ...] = ()) -> tuple[str, str]:
    best: tuple[int, str, str] | None = None
    names: list[str] = []
    for line in lines:
        if not line.found.get("outlet") and not line.found.get("wire"):
            continue
        name = _clean(str(line.found.get("outlet") or ""))
        rule = "dateline" if line.found.get("dateline") and line.found.get("wire") else line.rule
        if line.found.get("wire"):
            name = _clean(str(line.found["wire"]))
        if line.found.get("opening") and name:
            rule = "byline opening the lede"
        if not name or rule not in _OUTLET_RANK:
            continue
        if rule == "a mail's sender" and name in authors:
            continue  # a letter sent in its author's name names no outlet
        if rule == "byline" and line.verdict != "byline" and not line.found.get("opening"):
            continue
        rank = _OUTLET_RANK[rule]
        names.append(name)
        if best is None or rank < best[0]:
            best = (rank, name, rule)
    if best is not None:
        if _ACRONYM.fullmatch(best[1]):  # '(RV9)' in the dateline, 'River Valley 9 Media' below
            spelled = next((name for name in names if _initials(name) == best[1]), "")
            if spelled:
                return spelled, best[2] + ", spelled out as the page names it"
        if best[2] == "copyright line":
            brand = _brand(best[1], lines)
            if brand:
                return brand, best[2] + ", as the page's brand"
        return best[1], best[2]
    site = _site_and_section(lines)
    if site:
        return site, "a site's name and its section"
    masthead = _masthead(lines)
    if masthead:
        return masthead, "masthead"
    issuer = _issuer(lines)
    return (issuer, "a release's department line") if issuer else ("", "")


# '담당 부서 해양수산부 연안해운과': a Korean release's department line opens with the body
# that issued it (a ministry, an agency, a city), then the division. A portal or wrapper
# that carries the release labels it '보도자료', a kind and no outlet; the issuer is here.
_DEPARTMENT = re.compile(
    r"(?:담당\s*부서|주관\s*부서|담당)\s*[:\uff1a]?\s*"
    r"(?P<body>[가-힣]{2,15}(?:부|처|청|원|위원회|시|도|군|구|공사|공단|은행))(?=\s|$|[,(])"
)


def _issuer(lines: list[Line]) -> str:
    for line in lines:
        if line.text[:2] in ("담당", "주관") and (found := _DEPARTMENT.match(line.text)) is not None:
            return found["body"]
    return ""


# 'CircuitLine — Semiconductors', 'Tidewater Quarterly — Features': a site's name, a dash and
# the section the page belongs to (one to three capitalized words, no sentence).
_SITE_SECTION = re.compile(
    r"(?P<name>[^\u2014\u2013|]{2,40}?)\s+[\u2014\u2013]\s+(?P<section>[A-Z][\w&]*(?:\s+(?:&|and|[A-Z][\w&]*)){0,2})"
)


# A broadcaster's call sign ('WKRV-TV', 'WKRV'): the letters are its brand's first word.
_CALL_SIGN = re.compile(r"(?P<letters>[A-Z]{3,5})(?:-(?:TV|FM|AM|DT|HD))?")
_BRAND_WORD = r"(?:\s+(?:[A-Z][\w&'-]*|\d{1,2}))"


def _brand(name: str, lines: list[Line]) -> str:
    """The brand a page shows for the company its copyright line names: 'Southland
    Broadcasting Corporation' and 'SBC News' in a masthead or a caption's credit, 'WKRV-TV'
    and 'WKRV 9 News'. A copyright line spells the legal name; the page's own lines (not
    the story's paragraphs, where another outlet may be quoted) show the name readers know."""
    sign = _CALL_SIGN.fullmatch(name)
    letters = sign["letters"] if sign else _initials(name) if len(name.split()) >= 2 else ""
    if len(letters) < 3:  # two letters ('KC') would find too many unrelated words
        return ""
    brand = re.compile(rf"(?<![\w-]){re.escape(letters)}{_BRAND_WORD}{{1,2}}(?![\w-])")
    for line in lines:
        if line.verdict == BODY or not line.text or line.rule == "copyright line":
            continue
        found = brand.search(line.text)
        if found is not None and found.group() != name:
            return _clean(found.group())
    return ""


def _site_and_section(lines: list[Line]) -> str:
    """The site's name of a masthead or footer line that names the section after it: the
    dash sets the section apart, so the name is the outlet (a rubric such as 'THE LONG
    READ' names no site, and a plain masthead is a weaker cue)."""
    for line in lines:
        if line.verdict == NAVIGATION and len(line.found.get("items", ())) == 2:  # type: ignore[arg-type]
            name = str(line.found["items"][0])  # type: ignore[index]
            if " " in name and _site_like(name) and line.zone == HEADER_ZONE:
                return _clean(name)  # 'The Eastern Ledger | Opinion'
            continue
        if line.verdict not in (MASTHEAD, "label", "footer") or not line.text:
            continue
        match = _SITE_SECTION.fullmatch(line.text)
        if match is not None and _site_like(match["name"]):
            return _clean(match["name"])
    return ""


def _site_like(name: str) -> bool:
    """A few capitalized words that are not a rubric, status or paywall label ('OPINION —
    Columns' names a section of a section, not a site)."""
    return cues.is_name_like(cues.shape(name)) and not is_label(name)


def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" .,:;-|")
    name = _YEAR_SUFFIX.sub("", name)
    return name if 1 < len(name) <= 60 else ""


def _masthead(lines: list[Line]) -> str:
    """A site's name at the top of the page: a name-like header line (or a menu's first
    item, or an issue title's name) that the page names again elsewhere (a repeat of the
    same line or a menu does not count), or the very first line of a file saved without
    a date line. Written as the page writes it elsewhere: 'HAN RIVER MORNING' at the top
    and 'Han River Morning, 12 Example-ro' at the bottom give 'Han River Morning'."""
    content = [line for line in lines if line.text]
    for position, line in enumerate(content):
        if line.zone != HEADER_ZONE:
            break
        names: list[str] = []
        if line.verdict == NAVIGATION and line.rule == "menu":
            items = line.found.get("items", ())
            if len(items) >= 3 and position <= 2:  # type: ignore[arg-type]
                return _clean(str(items[0]))  # type: ignore[index]
        elif line.verdict == NAVIGATION and line.rule == "breadcrumbs" and position <= 2:
            # 'Ministry of Coastal Affairs > News > Press Releases': the trail starts at the
            # site; its name counts when the page names it again, as a masthead's does.
            items = line.found.get("items", ())
            if items and len(str(items[0]).split()) >= 2:  # type: ignore[arg-type,index]
                names.append(str(items[0]))  # type: ignore[index]
        elif line.verdict in (MASTHEAD, "label", "") or line.first:
            issue = _ISSUE.fullmatch(line.text)
            names.append(issue["name"] if issue else line.text)
        for name in names:
            section = _SITE_SECTION.fullmatch(name)
            if not cues.is_name_like(cues.shape(name)) or (section and is_label(section["name"])):
                continue  # 'OPINION — Columns': a rubric and its section, no site's name
            if position == 0 and line.number == 1 and not line.first:
                return _clean(name)
            found = _named_elsewhere(name, line, lines)
            if found:
                return _clean(found)
    return ""


def _named_elsewhere(name: str, own: Line, lines: list[Line]) -> str:
    folded = name.casefold()
    for line in lines:
        if line is own or line.verdict == NAVIGATION or line.text.casefold() == folded:
            continue
        at = line.text.casefold().find(folded)
        if at >= 0:
            return line.text[at : at + len(name)]
    return ""


def body_text(body: list[Line]) -> list[str]:
    return [line.text for line in body if line.verdict == BODY and line.text]
