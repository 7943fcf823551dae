"""Time-stamp lines: labelled, unlabelled, and mixed with bylines and counters.

    Published: 19 Nov. 2025, 15:15            입력 2025.11.19 15:15 | 수정 2025.11.19 18:40
    March 4, 2025 10:12 AM GMT+9 Updated March 4, 2025 1:40 PM GMT+9
    March 3, 2025 - 09:41 By Lee Ji-hoon       By Jung Hae-won · Feb 26, 2025, 7:42 a.m. · 3 min read
    작성자 대변인실 | 등록일 2024-04-02 14:20 | 조회수 215      Written : 2024-10-21 17:05:12

A line is a stamp line when, once its dates, their labels and the furniture around them
(separators, weekdays, zones, "3 min read", "Views 312", a byline, an e-mail) are taken
out, at most one word is left (a forum nickname). Only a printed date *and* time is an
instant: a date alone ("April 22, 2025") gives the article's date but no published time.
The fast patterns of `dates.py` read almost every stamp; the rest go to dateparser,
within the per-file budget of `DateReader`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from digest.content.readers.dates import DateReader, Found, clock_hour, find_fast, has_zone
from digest.content.readers.rawtext.bylines import (
    EMAIL,
    PLACE_START,
    PUBLICATION,
    Byline,
    parse_byline,
    split_names,
    writer_shaped,
)
from digest.moments import in_range

_UPDATED = (
    r"updated?|last\s+updated?|modified|last\s+modified|revised|edited|수정|최종\s*(?:수정|편집|업데이트)"
    r"|기사\s*수정|업데이트|고침"  # ('발행 ... | 고침 ...': a paper's word for its correction's time)
)
_PUBLISHED = (
    # (a site's 'Publish time: 2025-12-16 09:12:37 (UTC+08:00)')
    r"published|first\s+published|publish(?:ing)?\s+(?:time|date)|publication\s+(?:time|date)|(?:first\s+)?uploaded|posted|written|created|issued|(?:publicly\s+)?released|date|for\s+(?:immediate\s+)?release|approved|입력|기사\s*입력|기사\s*승인|승인|등록일?|발행|"
    r"송고\s*시간|송고|보도\s*시점|보도(?=\s*(?:일시|일자|시각))|엠바고|(?:최초\s*)?게시|게재|작성일?|aired"
)
# A release's distribution time ("배포") is not when it was published: read, then set aside
# (the file's published time only when nothing else gives one).
# (nor is the day a print edition carried it: '지면게재일 2025.03.05 31면')
_OTHER = r"배포|embargo(?:ed)?(?:\s+until)?|지면\s*게재(?:일)?"
# A print view's 'Printed on …' is when someone printed the page: never the article's time.
# A forum poster's card ('Joined: Sat Jan 09, 2016 11:02 am') is when the poster signed up.
_PRINTED = r"printed(?:\s+on)?|인쇄\s*일시?|joined|member\s+since|가입일"
# Korean labels name the kind of moment after the event: '배포 일시', '게시 일자'.
_LABELS = (
    rf"(?:(?P<updated>{_UPDATED})|(?P<other>{_OTHER})|(?P<printed>{_PRINTED})|(?:{_PUBLISHED}))"
    r"(?:\s*(?:일시|일자|시각|일))?(?:\s+(?:on|at|as\s+of))?"
)
# A label's separator: a colon, or a dash ('Published - March 04, 2025 06:12 pm IST').
_LABEL_BEFORE = re.compile(
    # (the weekday set apart by a bar, as the date's parts are: 'Updated:Friday | May 2, 2025')
    rf"(?<![\w])(?:{_LABELS})\s*[:\uff1a\-\u2013\u2014]?\s*[\[(]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[,|]?\s*)?$",
    re.I,
)
_LABEL_START = re.compile(rf"[\[(]?\s*(?:{_LABELS})\s*[:\uff1a]\s*(?P<rest>\S.*)", re.I)
# What may stand beside the dates of a stamp line without making it prose.
_FURNITURE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|[월화수목금토일]요일|\((?:[월화수목금토일])\)"
    r"|(?:updated|posted)?\s*\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|weeks?)\s+ago\b|\b\d+\s*[hm]\b"
    # (a reading time, or an episode's length: 'April 8, 2025 · 5:00 AM PT · 4 min')
    r"|\d+\s*(?:시간|분|일)\s*전|\d+\s*min(?:ute)?s?\.?(?:\s+(?:read|listen)|(?=\s*$))|\btimer\b"
    # a Korean release's terms beside its time: '… 11:00 이후 보도', '(4일 조간)', '(석간)'
    r"|이후\s*(?:보도|사용|게재)?(?:\s*가능)?|\(?\s*(?:\d{1,2}일\s*(?:자\s*)?)?(?:조간|석간)\s*\)?"
    # (and the media the time is for: '12:00 이후 (인터넷, 방송, 통신)')
    # (or with its own time: '11:00 (온라인 11:00)')
    r"|\((?:\s*(?:인터넷|방송|통신|온라인|지면|신문)\s*(?:\d{1,2}:\d{2})?\s*[,·]?)+\)"
    r"|(?:views?|hits|조회수?|추천|댓글|comments?)\s*[:\uff1a]?\s*[\d,]+|[\d,]+\s*(?:views?|comments?|reads)"
    r"|\bvia\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}"  # an aggregator's credit: 'via Tomon · Apr 23 ...'
    r"|(?<![\w.])\d{1,3}\s*면(?![\w])"  # the print edition's page: '31면'
    r"|\[?제\s*\d{1,5}\s*호\]?"  # a weekly's issue: '[제1731호]'
    r"|^\s*transcript\s+of\s+[^,|]{2,60}[,|]"  # a transcript: 'Transcript of The Show, aired ...'
    # a release wire's stamp line naming the issuer: 'March 04, 2025 16:05 ET | Source: X, Inc.'
    r"|\|\s*source\s*:\s*[^|]{2,80}$"
    rf"|{EMAIL}|\[?email\s*protected\]?|기사\s*원문|원문\s*보기|작성자\s*[:\uff1a]?\s*\S+"
    rf"|(?<![\w])(?:{_UPDATED}|{_PUBLISHED}|{_OTHER}|{_PRINTED})(?:\s*(?:일시|일자|시각))?(?![\w])",
    re.I,
)
_SEPARATORS = re.compile(r"[|·•/,;:()\[\]<>\-\u2013\u2014.\s]+")
_BY = re.compile(r"(?:(?:written|posted|reported)\s+)?by\s+[^|·•]+", re.I)
_ON_AFTER = re.compile(r"\s+(?:on|at)$")
# A Korean byline after the stamps: '기사입력 2024-06-03 17:45 | 최종수정 … 이민호 기자'.
# (with the wire's credit and place before it: '(안동=뉴스1) 홍길동 기자 | 2025-03-04 09:41 송고')
_KO_BY = re.compile(
    r"(?:\([가-힣]{1,10}\s*=\s*[^()=]{2,15}\)\s*)?[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:기자|특파원)(?![가-힣]).*"
)
# A year, or a year glued to the time after it as a page's markup ran them together
# ('March 4, 20255:00 AM ET'), or a two-digit year's date with its time ('25.03.04 14:21').
_YEAR = re.compile(
    r"(?<!\d)\d{4}(?:(?!\d)|(?=\d{1,2}:\d{2}))|(?<![\d.-])\d{2}[.-]\d{2}[.-]\d{2}\s+\d{1,2}:\d{2}"
    r"|(?<![\d./-])\d{1,2}/\d{1,2}/\d{2}\s+\d{1,2}:\d{2}"  # '10/14/25 6:12 PM ET'
)
MAX_STAMP_LINE = 160
# A bar a scrape turned into the letter 'l', glued to the time before it ('14:21l최종 수정').
# (or the Hangul letter ㅣ set as the bar: '05:00ㅣ수정 2025-11-19 09:41')
_GLUED_BAR = re.compile(r"(?<=\d)\s*(?:l|\u3163)\s*(?=[\s\uac00-\ud7a3]|$)")
# A date glued to the next one's month, as a page prints a date twice (for a screen
# reader and for the eye): '06/02/2025June 2, 2025'.
_GLUED_MONTH = re.compile(r"(?<=\d)(?=[A-Z][a-z]{2})")
# An investor site's header line with its parts run together ('Mar. 13, 2025 9:41 AM
# ETPyeonghwa Ocean Co., Ltd. (PHWOF)By: Marisa Coelho, Tickerwise News Editor3 Comments'):
# after the time's zone, before 'By:', before the comments' count.
_GLUED_PARTS = re.compile(
    r"(?<=\d\s[AP]M\s[A-Z]T)(?=[A-Z][a-z])|(?<=\d\s[AP]M\s[A-Z][SD]T)(?=[A-Z][a-z])"
    r"|(?<=[)\w])(?=By:\s)|(?<=[a-z])(?=\d{1,4}\s+Comments?\b)"
)


def glued_parts(line: str) -> str:
    """The line with a bar between the parts `_GLUED_PARTS` finds run together."""
    return _GLUED_PARTS.sub(" | ", line)


# A writer's name glued to the date after it, as a sports site's card runs them together
# ('Derek HalvorsenMar 4, 2025, 11:58 PM ET'): a bar between them, as a page prints it.
_NAME_GLUED_TO_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+\d{4})"
)


@dataclass(frozen=True)
class Stamp:
    """One printed date: 'published', 'updated', 'other' (a release's distribution time or
    embargo), 'printed' (a print view's time, never the article's) or '' (a time nobody
    asked for)."""

    field: str
    when: dt.datetime | None  # None when it cannot be read
    has_time: bool
    labelled: bool
    text: str
    beside_author: bool = False  # on the line of the story's author: the story's own time
    other: dt.datetime | None = None  # the other reading of '03/05/2025' (`Found.other`)


@dataclass(frozen=True)
class StampLine:
    stamps: tuple[Stamp, ...]
    byline: Byline | None = None


# (a Korean label only, closing its part of the line: an English one after a time is the
# next stamp's, 'March 4, 2025 10:12 AM Updated March 4, 2025 1:40 PM')
_LABEL_AFTER = re.compile(rf"\s*(?=[가-힣])(?:{_LABELS})(?![\w])(?=\s*(?:$|[|·•,/]))", re.I)


def _field_of(label: re.Match[str]) -> str:
    """The field a stamp's label names."""
    if label["updated"]:
        return "updated"
    if label["other"]:
        return "other"
    return "printed" if label["printed"] else "published"


def _zone_printed_once(stamps: list[Stamp]) -> list[Stamp]:
    """A line that prints its zone once for all its times ('Published on 04/03/2025 - 17:14
    GMT+1 • Updated 04/03/2025 - 19:02'): the times without one are in it."""
    zoned = [stamp for stamp in stamps if stamp.when is not None and has_zone(stamp.text)]
    if not zoned or len(zoned) == len(stamps):
        return stamps
    zone = zoned[0].when.tzinfo  # type: ignore[union-attr]
    if any(stamp.when.utcoffset() != zoned[0].when.utcoffset() for stamp in zoned):  # type: ignore[union-attr]
        return stamps  # two zones on the line: each time has its own
    return [
        stamp
        if stamp in zoned or stamp.when is None or not stamp.has_time
        else replace(
            stamp,
            when=stamp.when.replace(tzinfo=zone),
            other=stamp.other and stamp.other.replace(tzinfo=zone),
        )
        for stamp in stamps
    ]


# A broadcaster's stamp with its zone between the date and the time: '2025-11-20 HKT 19:42'.
_ZONE_BEFORE_TIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<zone>[A-Z]{3,4})\s+(?P<time>\d{1,2}:\d{2})"
)


# The papers' edition a Korean release's embargo is for, after its time: '(11. 27.(목) 조간)', '(석간)'.
_PAPERS_EDITION = re.compile(
    r"\s*\((?:\d{1,2}\.\s*\d{1,2}\.?\s*(?:\([월화수목금토일]\))?\s*)?(?:조간|석간)\)"
)


_HOUR_H = re.compile(r"(?<![\w:])([01]?\d|2[0-3])h([0-5]\d)(?!\w)")


# The kind of item a newsroom's stamp line opens with, and its separator.
_ITEM_KIND = re.compile(r"^(?:press|media|news)\s+(?:release|statement)\s*[·•|,-]\s*", re.I)


def read_stamp_line(line: str, dates: DateReader) -> StampLine | None:
    """The stamps of a stamp line, or None when the line is something else (or only the
    slow date parser reads it, and the file has used up its budget: `DateReader.refused`)."""
    if len(line) > MAX_STAMP_LINE or not _YEAR.search(line):
        return _unreadable(line)
    if "elease" in line[:20] or "tatement" in line[:20]:
        # 'Press release · 9 December 2025 · 10:00 GMT': the kind of item, then its time
        line = _ITEM_KIND.sub("", line, count=1)
    if "간)" in line:
        line = _PAPERS_EDITION.sub("", line)  # '... 06:00 (11. 27.(목) 조간)': for the morning papers
    if "l" in line or "\u3163" in line:
        line = _GLUED_BAR.sub(" | ", line)
    line = _GLUED_MONTH.sub(" ", line)
    line = _NAME_GLUED_TO_MONTH.sub(" | ", line)
    if "h" in line:
        line = _HOUR_H.sub(r"\1:\2", line)  # '14h20': the hour and minutes of Brazil's and France's pages
    if line[:2].isdigit():
        line = _ZONE_BEFORE_TIME.sub(r"\g<date> \g<time> \g<zone>", line)
    stamps: list[Stamp] = []
    leftover: list[str] = []
    position = 0
    while True:
        try:
            found = _next_date(line, position, dates)
        except ValueError:  # an offset no place uses ('+25:00'): unreadable, never guessed
            return _unreadable(line, force=True)
        if found is None:
            break
        gap = line[position : found.start]
        label = _LABEL_BEFORE.search(gap)
        end = found.end
        if label is not None:
            leftover.append(gap[: label.start()])
            field = _field_of(label)
        else:
            leftover.append(gap)
            # a Korean wire prints the label after the time: '2025-03-04 09:41 송고 | ... 최종수정'
            label = _LABEL_AFTER.match(line, found.end)
            if label is not None:
                field, end = _field_of(label), label.end()
            else:
                field = "published" if not any(s.field == "published" for s in stamps) else ""
        when = found.when if in_range(found.when) else None
        text = line[found.start : found.end]
        stamps.append(Stamp(field, when, found.has_time, label is not None, text, other=found.other))
        position = end
    if not stamps:
        return _unreadable(line)
    stamps = _zone_printed_once(stamps)
    tail = line[position:]
    if (later := _UPDATED_AT.search(tail)) is not None and (
        updated := _same_day(stamps[-1], later, "updated")
    ):
        # '… at 9:41 am (Paris), updated at 11:02 am': the update's time, on the same day
        stamps.append(updated)
        tail = tail[: later.start()] + tail[later.end() :]
    if (
        "irst" in tail
        and (first := _FIRST_PUBLISHED_AT.search(tail)) is not None
        and stamps[-1].field == "updated"
        and (published := _same_day(stamps[-1], first, "published")) is not None
    ):
        # 'Updated March 4, 2025 — 7.12pm AEDT, first published at 5.45pm AEDT': the first
        # time, the same day's, is when it was published
        stamps.append(published)
        tail = tail[: first.start()] + tail[first.end() :]
    leftover.append(tail)
    rest = " ".join(part.strip() for part in leftover if part.strip())
    byline = None
    by = _BY.search(rest) or _KO_BY.search(rest)
    if by is not None:
        # 'By A - 10/14/25 …'; 'Posted by A on Jun 3, 2025 …' (a blog platform's)
        byline = parse_byline(_ON_AFTER.sub("", by.group().strip(" |·•,;-\u2013\u2014")))
        if byline is not None:
            rest = rest[: by.start()]
    words = _SEPARATORS.sub(" ", _FURNITURE.sub(" ", rest)).split()
    lead = rest.strip(" |·•")
    publication = _PUBLISHED_IN.match(lead) if "ublished in" in lead else None
    after = lead[publication.end() :] if publication else ""
    if byline is None and publication and not _SEPARATORS.sub("", _FURNITURE.sub("", after)):
        # 'Published in Freight Notes · 4 min read · Mar 4, 2025': a reader-mode export's
        # line under the writer's name; the publication is the outlet (the name above is
        # the byline, as a name beside a stamp is).
        return StampLine(tuple(stamps), Byline((), publication["name"], "publication beside the stamp"))
    if len(words) > 1 and byline is None and (named := _name_beside(leftover, rest)) is not None:
        # 'Tom Brannigan | Mar 4, 2025', 'Valentina Ríos · 5 min read · Mar 4, 2025': a
        # trade paper's or a blog platform's byline set apart from its stamp by a bar or dot.
        return StampLine(tuple(replace(stamp, beside_author=True) for stamp in stamps), named)
    if len(words) > 1 and byline is None and (capitals := _name_after_in_capitals(leftover)) is not None:
        # 'DECEMBER 1, 2025 RAFAEL ORTÚZAR': a trade magazine's date and writer in one bar
        return StampLine(tuple(replace(stamp, beside_author=True) for stamp in stamps), capitals)
    masthead = _lead_label(leftover[0], stamps[0]) if len(words) > 1 and byline is None else ""
    if masthead:
        # 'All News 11:52 March 05, 2025', 'NORTHSEA WIRE - Mar 5, 2025 - 14:22 | Japan, All':
        # a section's or site's name opens the header's stamp line.
        rest = " ".join(part.strip() for part in leftover[1:] if part.strip())
        words = _SEPARATORS.sub(" ", _FURNITURE.sub(" ", rest)).split()
        if len(words) <= 1 or (_TAGS.fullmatch(rest.strip(" |")) and "|" in line):
            outlet = Byline((), masthead, "site's name before the stamp") if masthead.isupper() else None
            return StampLine(tuple(stamps), outlet)
    if (
        len(words) > 1
        and byline is None
        and not _SEPARATORS.sub("", _FURNITURE.sub("", " ".join(leftover[:-1])))
        and (after := _OUTLET_AFTER.fullmatch(tail)) is not None
        and PUBLICATION.search(after["name"])
        and stamps[-1].has_time
    ):
        # 'Updated on: March 4, 2025 / 9:14 AM EST / CBS News': the site's name after the
        # stamp, set apart by a bar, with nothing before the stamp but its label (a
        # publication's name: a section's, '| Politics', is no outlet)
        return StampLine(tuple(stamps), Byline((), after["name"], "site's name after the stamp"))
    if len(words) > 1 and byline is None and not "".join(leftover[:-1]).strip():
        if _TEAM_AFTER.fullmatch(tail):
            # 'Dec. 4, 2025 · The Ferrule Release Team': a project blog's date and the team
            # that writes its posts (no person: no author)
            return StampLine(tuple(stamps), None)
        if (named := _name_after(tail)) is not None:
            # 'Mar 4, 2025 · Jane Doe': a blog's date, then its writer, by a middle dot
            return StampLine(tuple(replace(stamp, beside_author=True) for stamp in stamps), named)
    if len(words) > 1:
        dotted = _author_and_outlet(_FURNITURE.sub(" ", rest)) if byline is None else None
        if dotted is None:
            return None
        # The stamp beside its author and outlet is the story's own, as sure as a label
        # (a forwarded e-mail's 'Date:' header above it is when the mail was sent).
        return StampLine(tuple(replace(stamp, labelled=True, beside_author=True) for stamp in stamps), dotted)
    return StampLine(tuple(stamps), byline)


# A site's name after the stamp and a bar: ' / CBS News', ' | Harbour Post', ', The Albion Times'.
_OUTLET_AFTER = re.compile(
    r"\s*[|/\u00b7\u2022,]\s*(?P<name>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3})\s*"
)


# An update's time alone after the stamp, its date the stamp's: ', updated at 11:02 am'.
_UPDATED_AT = re.compile(
    rf"(?:{_UPDATED})\s*(?:at|:)?\s*(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})\s*(?P<ampm>[ap]\.?m\.?)?(?!\s*\d)",
    re.I,
)


# The time it was first published, after the update's date and time, the date unsaid.
_FIRST_PUBLISHED_AT = re.compile(
    r"[,;]?\s*first\s+published\s*(?:at|:)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s+(?-i:[A-Z]{2,5}))?(?!\s*\d)",
    re.I,
)


def _same_day(stamp: Stamp, found: re.Match[str], field: str) -> Stamp | None:
    """The time `found` names on the stamp's day, as `field`: an update later than the
    stamp, a first publication earlier; None when it is not."""
    if stamp.when is None or not stamp.has_time:
        return None
    hour, minute = clock_hour(int(found["hour"]), found["ampm"] or ""), int(found["minute"])
    if hour > 23 or minute > 59:
        return None
    when = stamp.when.replace(hour=hour, minute=minute)
    if (when > stamp.when) != (field == "updated") or when == stamp.when:
        return None
    return Stamp(field, when, True, True, found.group().strip(" ,;"))


# A site's or section's name before a header's stamp: one to three capitalized words (or
# capitals), nothing of a sentence. Only before a stamp with a clock time, which a
# sentence's date seldom has.
_LEAD = re.compile(r"(?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,2}")
# What may follow the stamp on such a line: a bar of a few tags ('| Japan, All').
_TAGS = re.compile(r"[A-Z][\w&'-]*(?:\s*,\s*[A-Z][\w&'-]*){0,4}")


def _lead_label(before: str, first: Stamp) -> str:
    lead = before.strip(" |·•-\u2013\u2014")
    return lead if first.has_time and _LEAD.fullmatch(lead) else ""


# A place in capitals after a date is a dateline's, not a writer: 'NEW YORK', 'HONG KONG'.
_PLACE_OPENING = frozenset(
    (
        "NEW",
        "SAN",
        "SANTA",
        "LOS",
        "LAS",
        "HONG",
        "KUALA",
        "ABU",
        "ST.",
        "SAINT",
        "NORTH",
        "SOUTH",
        "EAST",
        "WEST",
    )
)


_LATIN_CAPITALS = re.compile(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.-]*")


def _name_after_in_capitals(leftover: list[str]) -> Byline | None:
    """One person's name in capitals right after the stamp, with nothing before it, as a
    trade magazine sets its date and writer in one line: 'DECEMBER 1, 2025 RAFAEL ORTÚZAR'."""
    if len(leftover) < 2 or any(part.strip() for part in leftover[:-1]):
        return None
    tail = leftover[-1].strip(" |\u00b7\u2022,-\u2013\u2014")
    words = tail.split()
    if (
        not 2 <= len(words) <= 3
        or not all(_LATIN_CAPITALS.fullmatch(word) for word in words)
        or words[0] in _PLACE_OPENING
        or PUBLICATION.search(tail)
    ):
        return None  # (a print edition's page, '지면 A14', is no name)
    names = split_names(tail)
    if not names or len(names) != 1 or len(names[0].split()) != len(words):
        return None
    return Byline(names, rule="a name in capitals after the stamp")


def _name_beside(leftover: list[str], rest: str) -> Byline | None:
    """One person's full name before the stamp, set apart by a bar or a middle dot, with
    nothing else on the line but a reading time: the line's byline."""
    if not leftover or not leftover[0].rstrip().endswith(("|", "\u00b7", "\u2022")):
        return None
    name = _CARD_PARTS.sub(" ", _FURNITURE.sub(" ", rest)).strip(" |,")
    if (post := _KO_POST_BEFORE.fullmatch(name)) is not None:
        return Byline((post["name"],), rule="a name beside the stamp, after the writer's post")
    names = _one_full_name(name) if "," not in name else None
    return Byline(names, rule="a name beside the stamp") if names else None


def _one_full_name(name: str) -> tuple[str, ...] | None:
    """`name` as a byline's names when it is one person's full name (two words or more, no
    publication's), or None."""
    names = split_names(name)
    if not names or len(names) != 1 or len(names[0].split()) < 2 or PUBLICATION.search(name):
        return None
    return names


def _name_after(tail: str) -> Byline | None:
    """One person's full name after the stamp, set apart by a middle dot, alone (as blog
    platforms print them; after a bar, two capitalized words are as often a place, 'March
    4, 2025 | New York', or a section)."""
    if not _DOT_AFTER.match(tail):
        return None
    name = _DOT_AFTER.sub("", tail, count=1).strip()
    if not _CAPITALIZED_NAME.fullmatch(name) or PLACE_START.match(name):
        return None  # ('입력 ... · 지면 A14': the print page; '· Hong Kong': the place)
    names = _one_full_name(name)
    return Byline(names, rule="a name after the stamp") if names else None


_DOT_AFTER = re.compile(r"\s*[\u00b7\u2022]\s*")
_CAPITALIZED_NAME = re.compile(
    r"[A-Z][^\W\d_]+(?:[-'\u2019][^\W\d_]+)?(?:\s+[A-Z][^\W\d_]*\.?(?:[-'\u2019][^\W\d_]+)?){1,3}"
)
# A team credited after the stamp: '· The Ferrule Release Team', '| Inside Harbor Team'.
_TEAM_AFTER = re.compile(r"\s*[|\u00b7\u2022]\s*(?:The\s+)?(?:[A-Z][\w&'\u2019.-]*\s+){1,4}Team\s*")


# A Korean writer's post before the name: '수석대변인 오진서', '원내대변인 A', '편집위원 A'.
_KO_POST_BEFORE = re.compile(
    r"(?:(?:수석|원내|부|공동)?대변인|[가-힣]{0,4}(?:위원장|위원|의원|기자|에디터|연구원))\s+(?P<name>[가-힣]{2,4})"
)


# 'Wong Mei Ling · The Straits Ledger · Tue, 04 Mar 2025 13:30:12 GMT': a card's author and
# outlet, set apart by middle dots, before the stamp. (A bar of labels in capitals,
# 'MERIDIAN TERMINAL | NEWS | …', is a site's header, not a card.)
_CARD_PARTS = re.compile(r"\s*[·•]\s*")


_PUBLISHED_IN = re.compile(r"published\s+in\s+(?P<name>[A-Z\d][\w&'-]*(?:\s+[A-Z\d&][\w&'-]*){0,4})", re.I)


def _hyphenated(name: str) -> bool:
    """A romanized Korean given name ('Min-su'): a person, never a blog's or site's name.
    Other two-word names may be either ('Harbour Notes'); in a card's second place, after
    its author, they are the outlet."""
    return any("-" in word for word in name.split())


def _author_and_outlet(rest: str) -> Byline | None:
    # (the bar before a second stamp is the stamps' separator: 'Name · Outlet · Posted: … | Updated: …')
    parts = [part.strip(" ,") for part in _CARD_PARTS.split(rest.strip(" ·•,|")) if part.strip(" ,")]
    if len(parts) != 2 or any(len(part.split()) > 5 or part.isupper() for part in parts):
        return None
    names = split_names(parts[0])
    outlet = parts[1]
    if (
        not names
        or len(names) != 1
        or not outlet[:1].isupper()
        or (split_names(outlet) and _hyphenated(outlet))
    ):
        return None  # two people's names ('Kim Min-su · Lee Ji-won'): no outlet among them
    return Byline(names, outlet, "byline and outlet beside the stamp")


# The bars of a page's header: 'HANUL NEWS AGENCY | 2025.01.14 10:22 KST | Last update: ...',
# 'Source: Huaxia | 2025-01-06 18:32:17 (GMT+8) | Editor: Zhou Min'.
# (parts parted by bars, wide spaces or spaced slashes: 'News Desk / SITE.COM / Updated: ...')
_BAR = re.compile(r"\s*\|\s*|\s{2,}|\s/\s")
_BAR_LABEL = re.compile(r"[^.!?]{1,40}|[\w-]+(?:\.[\w-]+)+")  # (or the site's host: 'SITE.COM')
_TIME_ALONE = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?", re.I)
_COUNT_OR_TICKER = re.compile(r"\d{1,5}\s+comments?|[A-Z][^|()]{1,50}\((?:[A-Z]{1,6}:)?[A-Z]{2,6}\)", re.I)


# An outlet's name among a bar's parts: a few capitalized words.
_OUTLET_PART = re.compile(r"(?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}")
# A news agency's or a desk's code in capitals: 'STN', 'PTI', 'IANS'.
_AGENCY_CODE = re.compile(r"[A-Z]{2,6}")


def stamps_in_bar(line: str, dates: DateReader) -> StampLine | None:
    """A bar of short labels (a site's name, a section, 'Source: X', 'Editor: Y') with
    stamps among them: the stamps, or None when a part is neither a stamp nor a label.
    Each part is read as a stamp line of its own, so a bar is no looser than a stamp."""
    if len(line) > MAX_STAMP_LINE or not _YEAR.search(line):
        return None
    stamps: list[Stamp] = []
    byline = None
    day_alone = False
    parts = [part for part in _BAR.split(line.strip()) if part]
    # 'By A and B - The Potomac Times - Thursday, March 13, 2025': a byline's parts set apart
    # by spaced hyphens (only after 'By': a hyphen alone sets a headline's clauses apart)
    dashed = len(parts) == 1 and line[:3].lower() == "by " and " - " in line
    if dashed:
        parts = [part.strip() for part in line.split(" - ") if part.strip()]
    # 'Posted on 05 Mar 2026 | 11:20 IST': the time set apart from its day is the day's
    for at in range(len(parts) - 1, 0, -1):
        if (
            _TIME_ALONE.fullmatch(parts[at])
            and _YEAR.search(parts[at - 1])
            and not _CLOCK.search(parts[at - 1])
        ):
            parts[at - 1 : at + 1] = [f"{parts[at - 1]} {parts[at]}"]
    for part in parts:
        # Only a part with a year and a clock time, or a label ('Date: 2025-06-02'), is read
        # as a stamp: a bar is tried on every line of labels with a year in it.
        timed = _YEAR.search(part) is not None and (
            _CLOCK.search(part) is not None or _LABEL_START.match(part) is not None
        )
        # 'September 23, 2025 | Darnell Ogletree, Footprint Atlanta': a day alone beside a
        # byline (and only there: checked below)
        dated = not timed and (
            (len(parts) == 2 and len(part) <= _DAY_ALONE) or (dashed and len(part) <= _DAY_WITH_WEEKDAY)
        )
        found = read_stamp_line(part, dates) if timed or dated else None
        if found is not None and any(stamp.when is not None for stamp in found.stamps):
            day_alone = day_alone or dated
            stamps.extend(found.stamps)
            byline = byline or found.byline
        elif _COUNT_OR_TICKER.fullmatch(part):
            continue  # '3 Comments', 'Pyeonghwa Ocean Co., Ltd. (PHWOF)': an investor site's labels
        elif (
            byline is None
            and len(part) <= (60 if part[:2].lower() == "by" else 40)
            and (named := parse_byline(part)) is not None
            and named.authors
        ):
            byline = named  # '에디터 한지민 | 포토그래퍼 노을 | 2025.05.05': the writer among the labels
        elif byline is None and len(parts) == 2 and (named := _name_and_outlet(part)) is not None:
            byline = named
        elif len(part.split()) > 5 or not _BAR_LABEL.fullmatch(part):
            return None
    if (
        byline is None
        and len(stamps) == 1
        and (
            len(parts) == 2
            or (len(parts) == 3 and _AGENCY_CODE.fullmatch(parts[1]))
            # 'Zhou Wenjie  |  Jinling Global  |  2026-01-13 17:41:09': the writer, the outlet
            or (len(parts) == 3 and writer_shaped(parts[0]) and _OUTLET_PART.fullmatch(parts[1]))
        )
    ):
        # 'Tom Brannigan | Jun - 12 - 2025 , 08:20 GMT': a name beside a stamp in a form
        # only the slow parser reads, as beside any other stamp; 'Mehul Desai / STN / Mar 4,
        # 2025, 21:41 IST': with the agency's code between
        byline = _name_beside([parts[0] + " |"], parts[0])
    if day_alone and (byline is None or not byline.authors):
        return None
    return StampLine(tuple(stamps), byline) if stamps else None


# A writer's name and their outlet in a bar beside the day: 'Darnell Ogletree, Footprint
# Atlanta'.
_NAME_AND_OUTLET = re.compile(r"(?P<name>[^,]{4,40}),\s+(?P<outlet>[A-Z][^,]{1,40})")


def _name_and_outlet(part: str) -> Byline | None:
    found = _NAME_AND_OUTLET.fullmatch(part)
    names = split_names(found["name"]) if found is not None else None
    if found is None or names is None or len(names) != 1 or not writer_shaped(names[0]):
        return None
    return Byline(names, found["outlet"], "byline")


_DAY_ALONE = 20  # characters: 'September 23, 2025'
_DAY_WITH_WEEKDAY = 30  # 'Wednesday, September 23, 2025'


def _next_date(line: str, start: int, dates: DateReader) -> Found | None:
    found = find_fast(line, dates.tz, start)
    if found is not None or start > 0:
        return found
    # No fast pattern: dateparser reads the line if it is short and looks like a date
    # ('November the 18th, 2025 at 10.05am'), within the file's budget.
    text = _LABEL_START.fullmatch(line)
    printed = text["rest"] if text else line
    if len(printed) > 60 or not _YEAR.search(printed):
        return None
    when = dates(printed)
    if when is None:
        return None
    # a time only where a clock is printed: '14th August 2025' is a date alone
    return Found(when, _CLOCK.search(printed) is not None, line.index(printed), len(line))


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b|\d\s*시|noon|midnight", re.I)


def _unreadable(line: str, force: bool = False) -> StampLine | None:
    """'Published: sometime soon': a label and a colon with no date we can read."""
    match = _LABEL_START.fullmatch(line) if len(line) <= MAX_STAMP_LINE else None
    if match is None or match["other"] or match["printed"] or (len(match["rest"].split()) > 6 and not force):
        return None
    field = "updated" if match["updated"] else "published"
    return StampLine((Stamp(field, None, False, True, match["rest"].strip()),))


# An am or pm with an e-mail glued after it: '9:41 amenglish@x.example'.
_AMPM_GLUED = re.compile(rf"(?<=\d\s[ap]m)(?={EMAIL})|(?<=\d[ap]m)(?={EMAIL})")


def glued_stamp(text: str, dates: DateReader) -> tuple[str, Found, Byline | None] | None:
    """A headline with a stamp (and an e-mail, or a byline) glued to its end: (headline,
    stamp, byline)."""
    if not _YEAR.search(text):
        return None
    # ('... ministry saysDecember 2, 2025 9:41 amenglish@x.example': the three run together)
    text = _AMPM_GLUED.sub(" ", _NAME_GLUED_TO_MONTH.sub(" ", text))
    found = find_fast(text, dates.tz)
    if found is None or not found.has_time or found.start < 8:
        return None
    tail = text[found.end :].strip()
    byline = parse_byline(tail) if tail else None
    if tail and not re.fullmatch(rf"[(<\[]?{EMAIL}[)>\]]?", tail) and not (byline and byline.authors):
        return None
    return text[: found.start].rstrip(" |·-\u2014"), found, byline


# A release's 'Time 2.30 pm (UTC+10:00)' under its 'Date 4 March 2025': the time of day of
# the date on the line above, printed on a line of its own.
# The time under a date: labelled ('Time 2.30 pm (UTC+10:00)'), or a clock alone with its
# am/pm or zone ('9:05 PM MYT'; a bare '24:17' may be a player's duration), or a release's
# issue time, its zone maybe before the clock ('Released at SGT 09:15').
_TIME_LINE = re.compile(
    r"(?:time|시각|시간)\s*[:\uff1a]?\s*(?P<clock>\d{1,2}[:.]\d{2}.{0,24})"
    r"|(?P<bare>\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?(?:\s*(?-i:[A-Z]{2,5}))?|(?-i:[A-Z]{2,5})))"
    r"|(?:issued|released|published|posted)\s+(?:at\s+)?(?:(?P<zone>(?-i:[A-Z]{2,5}))\s+)?"
    r"(?P<issued>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,5}))?)",
    re.I,
)


# 'Updated 9:14 a.m. ET' under a date alone: the time it was updated that day.
_UPDATE_LINE = re.compile(
    rf"(?:{_UPDATED})\s*(?:at|:)?\s*(?P<clock>\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{{2,5}}))?)",
    re.I,
)


def update_of_date(stamp: Stamp, line: str, dates: DateReader) -> Stamp | None:
    """The update's stamp of a date printed alone and the time the next line says it was
    updated at ('March 4, 2025' over 'Updated 9:14 a.m. ET'), or None."""
    match = _UPDATE_LINE.fullmatch(line.strip())
    if match is None or stamp.has_time or stamp.when is None or stamp.field != "published":
        return None
    found = find_fast(f"{stamp.text} {match['clock']}", dates.tz)
    if found is None or not found.has_time or not in_range(found.when):
        return None
    return Stamp("updated", found.when, True, True, line.strip())


def time_of_date(stamp: Stamp, line: str, dates: DateReader) -> Stamp | None:
    """The stamp of a date printed alone, with the time the next line prints, or None when
    that line is not a time label."""
    match = _TIME_LINE.fullmatch(line.strip())
    if match is None or stamp.has_time or stamp.when is None:
        return None
    clock = match["clock"] or match["bare"] or f"{match['issued']} {match['zone'] or ''}".strip()
    found = find_fast(f"{stamp.text} {clock}", dates.tz)
    if found is None or not found.has_time or not in_range(found.when):
        return None
    return replace(stamp, when=found.when, has_time=True, text=f"{stamp.text} {clock}")
