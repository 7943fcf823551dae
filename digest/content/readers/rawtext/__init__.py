"""Reader for raw scraped articles (`*.txt`): any outlet's text, as scrapers save it.

    date 2025-11-19 <headline>               (optional; 'date 2024-07' or no date line is fine)
    <the site's header: name, menus, breadcrumbs, the headline, stamps, bylines>
    <the story, one paragraph a line, with captions, promos and teasers between>
    <the site's footer: byline, copyright or 'with the <Outlet>', related stories, prompts>

Every line gets a verdict (headline, stamp, byline, caption, body, chrome, promo,
navigation, wire tag ...), the rule that decided it and a zone (header, body, footer):
- `source.py` splits and cleans the lines (HTML left in the text, '>' quotes, mojibake,
  Markdown marks), `clipper.py` reads a web clipper's properties block;
- `lines.py` judges each line by its own shape (stamps in `stamps.py`, bylines in
  `bylines.py`, wire furniture and datelines in `wire.py`);
- `zones.py` finds where the story starts and ends, and the headline, with the cues of
  `cues.py` (length, sentence shape, capitals, stop words);
- `fields.py` reads the fields from the lines, the outlet with the rules of `outlet.py`.
`digest inspect ARTICLE_ID` prints all of it. What cannot be read (an unreadable stamp,
mojibake the bytes cannot repair) is a warning; only a file without any body is refused.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfo

from digest.content.markup import paragraphs_html
from digest.content.model import Article
from digest.content.readers.chrome import INLINE_CHROME, ChromeFilter
from digest.content.readers.dates import DateReader
from digest.content.readers.rawtext import capture, furniture, transcripts, wire, zones
from digest.content.readers.rawtext.bylines import PUBLICATION, read_byline
from digest.content.readers.rawtext.clipper import read_properties
from digest.content.readers.rawtext.fields import Fields, body_text, read_fields
from digest.content.readers.rawtext.lines import Context, classify
from digest.content.readers.rawtext.source import BLANK, MOJIBAKE, STAMP, Line, source_lines
from digest.content.readers.rawtext.stamps import (
    Stamp,
    glued_stamp,
    read_stamp_line,
    time_of_date,
    update_of_date,
)
from digest.errors import DigestError, Problem

__all__ = ["Reading", "inspect_raw_text", "read_byline", "read_raw_text", "read_stamps"]

_FIRST_LINE = re.compile(r"date\s+(?P<date>\S+)(?:\s+(?P<rest>.*))?", re.I)
_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{1,2})?")
_YEAR = re.compile(r"\d{4}")
# A first line longer than this is a paragraph, not a headline with a stamp glued on.
_GLUED_HEADLINE = 200
# A board's label before the title ('제목 | 시내버스 노선 개편', 'Title: ...'): the page's field
# name, not the headline's words.
# (or a wire's rubric in capitals before it: 'TOP NEWS: Penmoor Vacuum raises outlook ...')
_TITLE_LABEL = re.compile(
    r"(?:(?:제목|title|headline)\s*(?:[:|\uff5c\uff1a]\s*|\t+)"
    # (a board's title field in a copy that lost its columns: '제목 재외선거인 ... 결정')
    r"|제목\s+(?=[^\s:])"
    r"|(?-i:TOP NEWS|IN BRIEF|MARKET REPORT|EXCLUSIVE):\s+"
    # (a release's kind before its title: 'PRESS RELEASE: EPRA SUSPENDS ...', 'Media release: ...')
    r"|(?:press|media|news)\s+release\s*[:\u2013\u2014|-]\s+)(?=\S)",
    re.I,
)
# A board's category tag before a post's title: '[노선신설]', '[공지]'.
_BOARD_TAG = re.compile(r"\[[^\[\]]{1,10}\]\s*(?=\S)")
# Stamps in a format only dateparser reads: a file may have SLOW_STAMPS, and one more for
# every CHARACTERS_PER_SLOW_STAMP of its text (real articles have one or two).
SLOW_STAMPS = 8
CHARACTERS_PER_SLOW_STAMP = 2000


@dataclass
class Reading:
    """One file read: every line with its verdict, the fields, and the article (None
    when there is no body), with the warnings."""

    lines: list[Line]
    fields: Fields
    headline: str
    body: list[str]
    warnings: list[Problem]


def inspect_raw_text(path: Path, text: str, tz: ZoneInfo, chrome: ChromeFilter) -> Reading:
    """Read a raw article and keep everything `digest inspect` shows."""
    lines = source_lines(text)
    read_properties(lines)
    context = Context(DateReader(tz, SLOW_STAMPS + len(text) // CHARACTERS_PER_SLOW_STAMP), chrome)
    first_date, date_warning = _first_line(lines, context)
    furniture.glued_end_marks(lines)
    transcripts.speaker_turns(lines)
    for line in lines:
        if not line.verdict:
            classify(line, context)
    furniture.membership_pitch(lines)
    furniture.follower_counts(lines)
    furniture.community_post(lines)
    furniture.picture_sources(lines)
    furniture.contacts_under_heading(lines)
    furniture.newsletter_box(lines)
    furniture.weather_widget(lines)
    capture.capture_toolbar(lines)
    capture.forwarding_mail(lines)
    capture.cover_note(lines)
    capture.chat_share(lines)
    capture.shared_card(lines)
    _times_of_dates(lines, context)
    capture.clip_time(lines)
    found_zones = zones.decide(lines)
    if found_zones.body:
        _take_dateline(found_zones.body[0], context)
    fields = read_fields(lines, found_zones.body, tz, first_date)
    headline = (
        _inline(_TITLE_LABEL.sub("", found_zones.headline.text, count=1)) if found_zones.headline else ""
    )
    if (
        found_zones.headline
        and found_zones.headline.text.startswith("제목")
        and (tag := _BOARD_TAG.match(headline))
    ):
        headline = headline[tag.end() :]  # a board's category tag after its title field: '[노선신설] X'
    headline = _headline_without_outlet(headline, fields.outlet)
    if headline and (not fields.outlet or "." in fields.outlet) and (titled := _titled_outlet(headline)):
        # 'Rent cap came too late | The Forth Examiner': a page's title, the site after the
        # bar, where no line names the outlet (its host at most)
        headline, fields.outlet = titled
        fields.outlet_rule = "the site's name in the page's title"
    body = [cleaned for cleaned in (_inline(t) for t in body_text(found_zones.body)) if cleaned]
    warnings = [Problem(message, path, number, field or None) for number, field, message in context.warnings]
    if date_warning is not None:
        number, message = date_warning
        warnings.append(Problem(message, path, number, "date"))
    warnings.extend(
        Problem(message, path, number, field or None) for number, field, message in fields.warnings
    )
    warnings.extend(
        Problem("dropped a line of mojibake that the bytes do not allow to repair", path, line.number)
        for line in lines
        if line.verdict == MOJIBAKE
    )
    return Reading(lines, fields, headline, body, sorted(warnings, key=lambda p: (p.line or 0, p.message)))


# The separators a page's title puts between the headline and the site's name.
_TITLE_SEPARATORS = (" / ", " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ")


# The outlet in brackets before the headline, maybe after a symbol: '📢 [동해바다신문] '.
_OUTLET_BEFORE = re.compile(r"[^\w\[]{0,3}\[(?P<outlet>[^\[\]]{2,30})\]\s+(?=\w)")


def _headline_without_outlet(headline: str, outlet: str) -> str:
    """The headline without the outlet's name glued on after a separator, as a page's
    title or a video's has it ('Ferry to run twice as often | Harbor News',
    '“바다가 끓는다”…어획량 역대 최저 / 솔바람방송'), or set before it in brackets."""
    if outlet and (marked := _OUTLET_BEFORE.match(headline)) is not None and marked["outlet"] == outlet:
        return headline[marked.end() :]  # '📢 [동해바다신문] 강릉 ...': a channel's post of its story
    if not outlet or not headline.endswith(outlet):
        return headline
    rest = headline[: -len(outlet)]
    for separator in _TITLE_SEPARATORS:
        if rest.endswith(separator) and len(rest) > len(separator) + 10:
            return rest[: -len(separator)].rstrip()
    return headline


def _titled_outlet(headline: str) -> tuple[str, str] | None:
    """(headline, outlet) of a page's title, 'Headline | The Harbour Post': the part after
    the last bar or dash, a publication's name of five words at most; None when it is not."""
    for separator in (" | ", " - ", " \u2013 ", " \u2014 "):
        rest, found, name = headline.rpartition(separator)
        if (
            found
            and len(rest) > 20
            and 1 <= len(name.split()) <= 5
            and name[:1].isupper()
            and PUBLICATION.search(name)
            and not name.endswith((".", "?", "!"))
        ):
            return rest.rstrip(), name.strip()
    return None


def _inline(text: str) -> str:
    """The text without the e-mail-protection placeholders left inside it."""
    return (
        INLINE_CHROME.sub("", text).strip()
        if "protected" in text or "opens new" in text or "opens in" in text
        else text.strip()
    )


def read_raw_text(path: Path, text: str, tz: ZoneInfo, chrome: ChromeFilter) -> Article:
    """The article of a raw text file; DigestError when the file holds no body at all."""
    reading = inspect_raw_text(path, text, tz, chrome)
    if not reading.body:
        first = next((line.number for line in reading.lines if line.verdict != BLANK), 1)
        what = (
            "no text at all"
            if all(line.verdict == BLANK for line in reading.lines)
            else ("no body text: no line reads as a paragraph of the story")
        )
        raise DigestError(what, path, first)
    fields = reading.fields
    return Article(
        id=path.stem,
        path=path,
        headline=reading.headline,
        date=fields.date,
        published=fields.published,
        updated=fields.updated,
        authors=fields.authors,
        outlet=fields.outlet,
        body_html=paragraphs_html(reading.body),
        text="\n\n".join(reading.body),
        source_url=fields.source_url,
        ai_translated=bool(fields.disclaimer),
        disclaimer=fields.disclaimer,
        dateline=fields.dateline,
        warnings=tuple(reading.warnings),
    )


def _first_line(lines: list[Line], context: Context) -> tuple[dt.date | None, tuple[int, str] | None]:
    """'date YYYY-MM-DD <headline>' on the first line: the date, and the rest as a line of
    its own (often the headline; sometimes a site's name, a caption or the whole story)."""
    first = next((line for line in lines if line.text), None)
    if first is None:
        return None, None
    match = _FIRST_LINE.fullmatch(first.text)
    if match is None:
        # No date line: the first line may still be the headline with a stamp (and an
        # e-mail) glued to its end, as a scraper joins the title bar's parts.
        if len(first.text) <= _GLUED_HEADLINE and _YEAR.search(first.text):
            _glued(first, first.text, context, headline_only=True)
        return None, None
    date: dt.date | None = None
    warning = None
    try:
        date = dt.date.fromisoformat(match["date"])
    except ValueError:
        if not _PARTIAL_DATE.fullmatch(match["date"]):  # 'date 2024-07' is a partial date, not an error
            warning = (first.number, f"expected a date YYYY-MM-DD, got {match['date']!r}")
    rest = (match["rest"] or "").strip()
    if not rest:
        first.text = ""
        first.decide(STAMP, "date line")
        return date, warning
    first.text, first.first = rest, True
    _glued(first, rest, context)
    writer = wire.headline_writer(first.text)[1]
    if writer and "authors" not in first.found:
        first.found["authors"] = (writer,)
    return date, warning


def _glued(first: Line, text: str, context: Context, headline_only: bool = False) -> None:
    """'Headline 2025.04.15 20:14 psy@kbx.example': the stamp (and byline) off the headline.
    On a first line with no date line before it, what precedes the stamp must read as a
    headline: four words or more, no label ('Posted:'), no byline ('By Jane Doe')."""
    glued = glued_stamp(text, context.dates)
    if glued is None:
        return
    head = glued[0]
    if headline_only and (len(head.split()) < 4 or head.endswith(":") or read_byline(head) is not None):
        return
    first.text, first.first = glued[0], True
    when = glued[1]
    first.found["stamps"] = (
        Stamp("published", when.when, when.has_time, False, text[when.start : when.end]),
    )
    if glued[2] is not None and glued[2].authors:
        first.found["authors"] = glued[2].authors


def _times_of_dates(lines: list[Line], context: Context) -> None:
    """'Date 4 March 2025' and, on the next line, 'Time 2.30 pm (UTC+10:00)': one instant."""
    texted = [line for line in lines if line.text]
    for above, below in itertools.pairwise(texted):
        stamps = above.found.get("stamps", ())
        if above.verdict != STAMP or len(stamps) != 1 or below.verdict == STAMP:  # type: ignore[arg-type]
            continue
        timed = time_of_date(stamps[0], below.text, context.dates)  # type: ignore[index]
        if timed is not None:
            above.found["stamps"] = (timed,)
            below.decide(STAMP, "time of the date above")
        elif (updated := update_of_date(stamps[0], below.text, context.dates)) is not None:  # type: ignore[index]
            below.decide(STAMP, "the time the article was updated on the date above", stamps=(updated,))


def _take_dateline(line: Line, context: Context) -> None:
    """'BUSAN, March 4 (Pacific Wire) - The port ...': the dateline off the first paragraph.
    A stamp in the dateline's parentheses is the story's published time."""
    found = wire.lede_dateline(line.text)
    if found is None and (place := wire.bracketed_place(str(line.found.get("marker") or ""))):
        line.found["dateline"] = place  # the marker taken off already: '[SINGAPORE] Tanjong ...'
        line.rule = "first paragraph, dateline taken off"
        return
    if found is None or not found.rest:
        return
    line.text = found.rest
    line.found.update(dateline=found.place, wire=found.wire)
    stamped = read_stamp_line(found.stamp, context.dates) if found.stamp else None
    if stamped is not None:
        line.found["stamps"] = tuple(replace(stamp, labelled=True) for stamp in stamped.stamps)
    if found.authors:
        line.found["authors"] = found.authors
    line.rule = "first paragraph, dateline taken off"


def read_stamps(
    line: str, tz: ZoneInfo, dates: DateReader | None = None
) -> list[tuple[str, dt.datetime | None, str]] | None:
    """A line of time stamps as (field, datetime or None when unreadable, text); None when
    the line is not one. Kept for callers of the former reader; `stamps.py` does the work."""
    found = read_stamp_line(line, dates or DateReader(tz))
    if found is None:
        return None
    return [
        (s.field if s.field == "updated" else "published", s.when, s.text)
        for s in found.stamps
        if s.field != "printed"
    ]
