"""The article's fields, from the lines once each has its verdict.

- **published / updated**: a labelled stamp wins over an unlabelled one; only a date
  *and* a time is an instant. A forum post's own time is not the article's (those lines
  are forum furniture, and their stamps are not read).
- **authors**: every byline, wherever it stands (header, mid-story, trailer, a dateline's
  reporter, a broadcast intro or sign-off), in file order, each name once.
- **outlet**: `outlet.find_outlet` (the rules have a module of their own).
- **published**: of a numeric date whose day and month could swap, the reading the
  file confirms (a weekday beside it, the same day and month in words elsewhere), else
  day first on a site whose region writes it so (`_day_first_region`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from digest.content.readers.dates import declared_zone, find_fast, has_zone, parse_datetime
from digest.content.readers.rawtext.bylines import ADDITIONAL_REPORTING, MORE_BY, PUBLICATION, SHOW_HOSTS
from digest.content.readers.rawtext.cards import card_authors, card_outlet, plain_authors
from digest.content.readers.rawtext.lines import LEAD_IN, PASTED_TITLE, PLACE_NAME, place_above
from digest.content.readers.rawtext.outlet import find_outlet
from digest.content.readers.rawtext.source import (
    BODY,
    BYLINE,
    FOOTER_ZONE,
    HEADER_ZONE,
    HEADLINE,
    NOTICE,
    STAMP,
    Line,
)
from digest.content.readers.rawtext.stamps import Stamp


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


# A byline that says who by: 'By A', 'Written by A'.
_BY_LABEL = re.compile(r"(?:(?:written|reported|posted)\s+)?by\b", re.I)
# Lines that name a writer beside a byline's only as helpers: a helper's credit, a link to
# the writer's other articles (the same writer again).
_HELPERS = (ADDITIONAL_REPORTING, MORE_BY)


def read_fields(lines: list[Line], body: list[Line], tz: ZoneInfo, first_date: dt.date | None) -> Fields:
    found = Fields(date=first_date)
    # (readers' comments under their heading: each poster's name and time is no writer's or stamp)
    comments = next((at for at, line in enumerate(lines) if line.found.get("comments")), len(lines))
    above = lines[:comments]
    # (a forum post with a story pasted in: the story's own stamps and outlet, not the post's)
    story = _pasted_story(lines)
    if story is lines:
        _times(above, found, tz)
    else:  # (the pasted story's stamp under its headline; the replies below have theirs)
        _times(
            story[: next((i for i, line in enumerate(story) if line.verdict == BODY), len(story))], found, tz
        )
    names: list[str] = []
    # 'Additional reporting by B', 'More by B' as (rule, name): the authors when no byline names
    # anyone; B credited with reporting joins a byline's writers (below)
    helpers: list[tuple[str, str]] = []
    # Under a story whose header names its writer, another 'By X' line is a listed story's
    # (a related list's bylines on a phone's page), not a second writer of this one.
    headed = any(
        line.zone == HEADER_ZONE and line.verdict == BYLINE and line.found.get("authors") for line in lines
    )
    # A bare name before a stamp in a bar ('New Delhi | Updated: ...') under a byline that says
    # 'By' is the place the story was filed from, not a second writer.
    labelled = any(
        line.verdict == BYLINE and _BY_LABEL.match(line.text) and line.found.get("authors") for line in lines
    )
    listed = False  # under a list of other stories after the story ('Related News')
    for line in above:
        listed = listed or (line.zone == FOOTER_ZONE and bool(line.found.get("block")))
        if headed and line.zone == FOOTER_ZONE and line.rule == "byline" and line.text[:3].lower() == "by ":
            continue
        if listed and line.rule.startswith("a person's name alone"):
            continue  # a name beside a listed story's date ('Pulse Points' / 'November 13, 2025')
        if labelled and line.verdict == STAMP and not _BY_LABEL.search(line.text):
            continue
        if line.rule in _HELPERS:
            helpers.extend((line.rule, str(name)) for name in line.found.get("authors", ()))  # type: ignore[attr-defined]
        else:
            names.extend(line.found.get("authors", ()))  # type: ignore[arg-type]
        if line.found.get("ai_notice") and not found.disclaimer:
            found.disclaimer = line.text
        if line.found.get("source_url") and not found.source_url:
            found.source_url = str(line.found["source_url"])
    # (a show's presenter is no writer of a report its reporter is credited with)
    hosts = {str(name) for line in above if line.rule == SHOW_HOSTS for name in line.found.get("authors", ())}  # type: ignore[attr-defined]
    if hosts and any(
        line.rule != SHOW_HOSTS and line.verdict == BYLINE and line.found.get("authors") for line in above
    ):
        names = [name for name in names if name not in hosts]
    # (no line read as a byline: a card near the headline or the stamp may still name one)
    names = plain_authors(lines, names) if names else list(card_authors(above))
    if names:
        # 'Additional reporting by Yuri Sato in Tokyo.' under a byline: one more writer (an
        # agency's help, 'by Albion Press', is no person)
        names += [
            name for rule, name in helpers if rule == ADDITIONAL_REPORTING and not PUBLICATION.search(name)
        ]
    found.authors = tuple(
        name for name in dict.fromkeys(names or [name for _, name in helpers]) if not _BUREAU.fullmatch(name)
    )
    if body and body[0].found.get("dateline"):
        found.dateline = str(body[0].found["dateline"])
    elif body:
        found.dateline = _regional_byline_place(lines, body[0]) or place_above(lines, body[0])
    found.outlet, found.outlet_rule = find_outlet(story, found.authors)
    if not found.outlet and story is not lines:
        found.outlet, found.outlet_rule = find_outlet(lines, found.authors)
    if not found.outlet and (carded := card_outlet(lines)):
        found.outlet, found.outlet_rule = carded, "the outlet on the writer's card"
    if len(found.authors) > 1 and found.outlet:
        # 'By Odile Brancato, Fenmarsh Review': a republished story's byline names its writer
        # and the outlet it comes from, which is no second writer
        outlet = _THE.sub("", found.outlet).casefold()
        found.authors = tuple(name for name in found.authors if _THE.sub("", name).casefold() != outlet)
    if found.outlet and found.authors:
        found.authors = tuple(_name_without_outlet(name, found.outlet) for name in found.authors)
    return found


# An agency's or a bureau's office where a writer's name would be: 'by PIB Delhi', 'PTI
# Chennai', 'IANS New Delhi' (its initials in capitals, then the city).
_BUREAU = re.compile(r"[A-Z]{3,5}\s+(?:New\s+|Navi\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def _pasted_story(lines: list[Line]) -> list[Line]:
    """The lines from the headline of the story a forum post pastes (under the post's own
    title and stamp) to the end; all the lines when the page is no such post."""
    # (the post's own title, or the poster's lead-in: 'Posting this from the terminal ...:')
    titled = next((index for index, line in enumerate(lines) if line.rule in (PASTED_TITLE, LEAD_IN)), None)
    if titled is None:
        return lines
    headline = next(
        (index for index in range(titled + 1, len(lines)) if lines[index].verdict == HEADLINE), None
    )
    return lines if headline is None else lines[headline:]


def _name_without_outlet(name: str, outlet: str) -> str:
    """'Jane Roe Harbour News' ('By Jane Roe Harbour News', the outlet set beside the name
    with no comma): the name, when at least two words are left."""
    tail = " " + _THE.sub("", outlet)
    if name.casefold().endswith(tail.casefold()) and len(name[: -len(tail)].split()) >= 2:
        return name[: -len(tail)]
    return name


_THE = re.compile(r"^the\s+", re.I)


def _words(text: str) -> list[str]:
    return text.split()


def _regional_byline_place(lines: list[Line], first: Line) -> str:
    """'안동=홍길동 기자' on its own line above the story: a regional reporter's town before
    the '=' is where the story was filed, as it is in the bracket opening a lede
    (`lines._opening`, which reads a bracket alone on its line too). Only a town's shape
    (`PLACE_NAME`): '연예누리=' names an outlet."""
    for line in lines:
        if line is first:
            return ""
        if line.found.get("opening") and line.found.get("dateline"):
            return str(line.found["dateline"])  # '[한빛=문소라 기자]' alone: `lines._opening`
        match = _REGIONAL_BYLINE.match(line.text) if line.verdict == BYLINE else None
        if match and PLACE_NAME.fullmatch(match["place"]) and match["place"] not in _ROLES:
            return match["place"]
    return ""


# '안동=홍길동 기자', '[연합뉴스 안동=홍길동 기자]'; not a credit's role ('정리=홍길동 기자')
_ROLES = frozenset(_words("정리 사진 취재 대담 진행 영상 편집 구성 촬영 번역 그래픽 디자인 사회"))
_REGIONAL_BYLINE = re.compile(
    r"[\[(]?\s*(?:[가-힣A-Za-z0-9]{2,15}\s+)?(?P<place>[가-힣]{2,4})\s*=\s*[가-힣]{2,4}\s*(?:기자|특파원)"
)


def _times(lines: list[Line], found: Fields, tz: ZoneInfo) -> None:
    stamps: list[tuple[Line, Stamp]] = [
        (line, stamp)
        for line in lines
        if line.verdict == STAMP or line.first or line.found.get("dateline") is not None
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
            line_of = next(line for line, stamp in stamps if stamp is chosen)
            when = _as_the_file_dates_it(chosen, line_of, lines)
            if when is not None and not has_zone(chosen.text) and (declared := _declared_zone(lines)):
                when = when.replace(tzinfo=declared)  # the page's 'All times AEDT': the printed clock's zone
            setattr(found, field_name, when)
    if found.updated is None and found.published is not None:
        found.updated = _update_note_time(lines, found.published, tz)
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


# A day and month the file prints in words: a dateline's 'TAICHUNG, March 5', 'Published
# in X, March 5th', '5 March', '3월 5일'. Months are capitalized, so 'may 3' in a sentence
# is no date.
_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES})"
    r"|(?P<month3>\d{1,2})월\s*(?P<day3>\d{1,2})일"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_KO_WEEKDAYS = "월화수목금토일"
_WEEKDAY = re.compile(r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?P<ko>[월화수목금토일])요일", re.I)


# An update's note with its time and no year, over or under the story: 'Update, October
# 14th, 3:10PM ET: Cobaltline has published ...' (a tech site's). Its year is the story's.
_UPDATE_NOTE = re.compile(
    r"[Uu]pdated?,\s*(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<clock>\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]\.?(?:\s*[A-Z]{2,4})?)\s*:\s",
)


# ... and one with its date in figures: 'Updated 3/6/2025, 2:40 pm ET: Added a statement ...'.
_UPDATE_NOTE_DATED = re.compile(
    r"[Uu]pdated?,?\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}),?\s+"
    r"(?P<clock>\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]\.?(?:\s*[A-Z]{2,4})?)\s*:\s",
)


# The article's note on its own update, before the time: 'This article was updated on'.
_ARTICLE_UPDATED = re.compile(
    r"\b(?:this|the)\s+(?:article|story|report)\s+(?:was|has\s+been)\s+(?:updated|amended)\b", re.I
)
_UPDATED_REACH = 8  # characters between the note's words and its date ('on', 'at')


def _update_note_time(lines: list[Line], published: dt.datetime, tz: ZoneInfo) -> dt.datetime | None:
    """The time of an update's note (`_UPDATE_NOTE`) in the story's year, or None."""
    for line in lines:
        if line.found.get("update_at"):  # 'Updated at 11:20 UTC on November 11 to add:'
            day, clock = line.found["update_at"]  # type: ignore[misc]
            return parse_datetime(f"{day} {published.year} {clock}", tz)
        if line.verdict == NOTICE and (said := _ARTICLE_UPDATED.search(line.text)) is not None:
            # 'This article was updated on 22 August 2025 at 9:30 AM SAST to include ...'
            dated = find_fast(line.text, tz, said.end())
            if dated is not None and dated.has_time and dated.start - said.end() <= _UPDATED_REACH:
                return dated.when
        if line.text[:6].lower() != "update" or line.verdict == BODY:
            continue  # (speed) the label first; a paragraph that opens so is the story's
        note = _UPDATE_NOTE.match(line.text)
        if note is not None:
            return parse_datetime(f"{note['month']} {note['day']}, {published.year} {note['clock']}", tz)
        dated = _UPDATE_NOTE_DATED.match(line.text)
        if dated is not None:
            return parse_datetime(f"{dated['date']} {dated['clock']}", tz)
    return None


def _declared_zone(lines: list[Line]) -> dt.tzinfo | None:
    """The zone the page declares for all its times ('All times AEDT (GMT +11)'), or None."""
    for line in lines:
        if "times" in line.text.lower() and (zone := declared_zone(line.text)) is not None:
            return zone
    return None


def _as_the_file_dates_it(stamp: Stamp, own: Line, lines: list[Line]) -> dt.datetime | None:
    """The stamp's moment; for '03/05/2025', whose day and month could swap, the reading
    the file itself confirms: a weekday printed beside it, or the day and month printed in
    words elsewhere (a dateline, another stamp, 'Published in X, March 5th'). Without such
    evidence the separator's convention stands (`dates._day_and_month`)."""
    when, other = stamp.when, stamp.other
    if when is None or other is None:
        return when
    at = own.text.find(stamp.text)
    beside = own.text[max(at - 12, 0) : at + len(stamp.text) + 12] if at >= 0 else stamp.text
    weekday = _WEEKDAY.search(beside)
    if weekday is not None:
        day = (
            _WEEKDAYS.index(weekday["day"].lower()[:3])
            if weekday["day"]
            else _KO_WEEKDAYS.index(weekday["ko"])
        )
        if (other.weekday() == day) != (when.weekday() == day):
            return other if other.weekday() == day else when
        # (both readings fall on that weekday, as 12 March and 3 December 2025 do: the
        # other evidence decides)
    printed: set[tuple[int, int]] = set()
    for line in lines:
        # a dateline taken off its paragraph is kept in `found`
        text = f"{line.found.get('dateline') or ''} {line.text}"
        if not any(ch.isdigit() for ch in text):
            continue
        for match in _MONTH_DAY.finditer(text):
            if match["month3"]:
                printed.add((int(match["month3"]), int(match["day3"])))
            else:
                month = match["month"] or match["month2"]
                printed.add((_MONTHS.index(month[:3].lower()) + 1, int(match["day"] or match["day2"])))
    if (other.month, other.day) in printed and (when.month, when.day) not in printed:
        return other
    if (when.month, when.day) not in printed and "/" in stamp.text and _day_first_region(lines):
        return other  # '04/12/2025' on a British, Irish, Indian, Kenyan or Australian site
    return when


# Evidence that a site writes the day first ('04/12/2025' for 4 December), as British,
# Irish, Indian, Kenyan, South African, Australian and New Zealand sites do: a host under
# their country codes and their time zones weigh 2, their currencies, spellings and
# usages ('per cent', 'Mr' without a dot) 1; 2 in all outweigh the slash's U.S. default.
# ('GMT+8' is any Asian wire's zone, so GMT counts only alone.)
_DAY_FIRST_STRONG = re.compile(
    r"\.(?:co\.uk|org\.uk|gov\.uk|ie|in|co\.in|ke|co\.ke|com\.au|au|co\.nz|nz|co\.za)\b"
    r"|\b(?:BST|GMT(?![+-])|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|EAT|SAST)\b"
    # continental Europe's zones and offsets ('04/03/2025 - 09:14 GMT+1', '09:14 CET')
    r"|\b(?:CES?T|EES?T|WES?T|(?:GMT|UTC)\s?\+\s?0?[123](?::?00)?)(?![\w:])"
)
_DAY_FIRST_WEAK = re.compile(
    r"£|€|₹|\bKSh\b|\bRs\.?\s?\d|\bper\s+cent\b|\bMrs?\s+[A-Z]|\b(?:colour|favour|honour|labour|neighbour)"
    r"|\b(?:centre|programme|organis|realis|recognis|criticis|licence)",
)


def _day_first_region(lines: list[Line]) -> bool:
    cues_found: set[str] = set()
    for line in lines:
        for match in _DAY_FIRST_STRONG.finditer(line.text):
            cues_found.update({match.group(), match.group() + "'"})  # weighs 2
        for match in _DAY_FIRST_WEAK.finditer(line.text):
            cues_found.add(match.group()[:6].lower())
        if len(cues_found) >= 2:
            return True
    return False


def body_text(body: list[Line]) -> list[str]:
    return [line.text for line in body if line.verdict == BODY and line.text]
