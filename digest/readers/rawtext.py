"""Reader for raw scraped articles (`*.txt`), the format of `shared/seed-format/`.

date 2025-11-19 <headline>
Published: 19 Nov. 2025, 15:15        (or Updated:, 입력, 수정)
<body paragraphs, one per line>
<optional disclaimer: translated with the help of generative AI>
BY NAME, NAME [[email protected]]       (or: 홍길동 기자 ...)
with the <Outlet>                      (or: ⓒ <Outlet>, 무단 전재 ...)
<site chrome, dropped>
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from digest.errors import DigestError
from digest.markup import paragraphs_html
from digest.model import Article
from digest.readers.chrome import INLINE_CHROME, ChromeFilter
from digest.readers.dates import parse_datetime

_FIRST_LINE = re.compile(r"date\s+(?P<date>\S+)\s+(?P<headline>.+)", re.I)
_STAMP = re.compile(
    r"(?P<label>published|updated|posted|modified|입력|수정|승인|등록)\s*:?\s*(?P<when>.+)", re.I
)
_SOURCE = re.compile(r"(?:source|url|original)\s*:\s*(?P<url>https?://\S+)", re.I)
_BYLINE_EN = re.compile(r"BY\s+(?P<names>[^\[\]]+?)\s*(?:\[.*\])?")
_BYLINE_KO = re.compile(r"(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)(?:\s+.*)?")
_OUTLET_WITH = re.compile(r"with\s+(?:the\s+)?(?P<outlet>.+?)\.?")
_OUTLET_COPYRIGHT = re.compile(
    r"(?:ⓒ|©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet>[^,.]+?)\s*(?:[,.].*|\s+(?:무단|all rights).*)?",
    re.I,
)
_AI_DISCLAIMER = re.compile(
    r"with the help of generative AI|AI-assisted translation|translated (?:with|using|by) (?:an? )?AI",
    re.I,
)


def _title_case_name(name: str) -> str:
    """'HAN YEONG-IK' -> 'Han Yeong-ik': romanized Korean given names keep one capital."""
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        first, *rest = word.split("-")
        words.append("-".join([first.capitalize(), *(part.lower() for part in rest)]))
    return " ".join(words)


def _split_names(names: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|·|\band\b|&)\s*", names.strip())
    return tuple(_title_case_name(p.strip()) for p in parts if p.strip())


def read_raw_text(path: Path, text: str, tz: ZoneInfo, chrome: ChromeFilter) -> Article:
    lines = [(number, line.strip()) for number, line in enumerate(text.split("\n"), start=1)]
    lines = [(number, line) for number, line in lines if line]
    if not lines:
        raise DigestError("empty article", path, 1)

    first_number, first = lines[0]
    match = _FIRST_LINE.fullmatch(first)
    if match is None:
        raise DigestError(
            "expected the first line to be 'date YYYY-MM-DD <headline>'",
            path,
            first_number,
            "headline",
        )
    try:
        date = dt.date.fromisoformat(match["date"])
    except ValueError:
        raise DigestError(
            f"expected a date YYYY-MM-DD, got {match['date']!r}", path, first_number, "date"
        ) from None
    headline = match["headline"].strip()

    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    source_url = ""
    index = 1
    while index < len(lines):
        number, line = lines[index]
        stamp = _STAMP.fullmatch(line)
        source = _SOURCE.fullmatch(line)
        if source:
            source_url = source["url"]
        elif stamp:
            when = parse_datetime(stamp["when"], tz)
            label = stamp["label"].lower()
            field = "updated" if label in ("updated", "modified", "수정") else "published"
            if when is None:
                raise DigestError(f"cannot read the date and time {stamp['when']!r}", path, number, field)
            if field == "updated":
                updated = when
            else:
                published = published or when
        else:
            break
        index += 1

    body: list[str] = []
    disclaimer = ""
    authors: tuple[str, ...] = ()
    outlet = ""
    for _number, line in lines[index:]:
        if authors and outlet:
            break  # everything after byline and outlet is the site's footer
        if chrome.is_chrome(line):
            continue
        if authors:
            outlet_match = _OUTLET_WITH.fullmatch(line) or _OUTLET_COPYRIGHT.fullmatch(line)
            if outlet_match:
                outlet = outlet_match["outlet"].strip()
                continue
        byline = _BYLINE_EN.fullmatch(line) or _BYLINE_KO.fullmatch(line)
        if byline and not authors:
            authors = _split_names(byline["names"])
            continue
        if not authors and _AI_DISCLAIMER.search(line):
            disclaimer = line
            continue
        if authors:
            continue  # between the byline and the outlet line: footer, not body
        line = INLINE_CHROME.sub("", line).strip()
        if line:
            body.append(line)

    if not body:
        raise DigestError("no body text found after the date line", path, first_number)
    return Article(
        id=path.stem,
        path=path,
        headline=headline,
        date=date,
        published=published,
        updated=updated,
        authors=authors,
        outlet=outlet,
        body_html=paragraphs_html(body),
        text="\n\n".join(body),
        source_url=source_url,
        ai_translated=bool(disclaimer),
        disclaimer=disclaimer,
    )
