"""Dates and times as news sites print them, read into aware datetimes.

A few regular expressions cover the formats scraped outlets use most; they are tried
first because they are fast and predictable. Anything else goes to `dateparser`
(imported only when needed), restricted to absolute dates with a day, month and year,
so "3 hours ago" or "November 2025" never turn into a date that depends on today.
Times without an offset are taken in the given time zone (the site's or the outlet's).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from digest.moments import in_range

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
# 15:15, 3:15 PM, 3:15 p.m., 오후 3:15, 오후 3시 15분, 15:15:42, (21:17), [17:20]. Between the
# date and the time outlets print a comma, "at", a dash, a slash or a dot ("Aug. 12, 2024 -
# 15:02", "June 20, 2024 — 4:05 pm", "Jun 11, 2025 · 6:48 AM", "Jan 14, 2025 / 09:32 PM MST",
# "Tue 14 Jan 2025 // 09:30 UTC", "Oct 2, 2025 • 8:10 am", "October 22, 2025 @ 6:12pm"), or
# a Nordic page's "kl." (klokken, klockan: "02.10.2025 kl. 08:10"):
# each is allowed, or the time would be lost.
# An hour may stand alone before am/pm ('March 3, 2025, 6 AM ET').
# British papers print '18.20 BST' and '10.05am': a dot between hours and minutes counts
# when a zone or am/pm follows, so a date's own dots ('2025.11.19') are never a time.
_DOT_TIME = r"\.(?=\d{2}\s*(?:[ap]\.?m\b|(?-i:[A-Z]{2,4})\b))"
_TIME = (
    r"(?:\s*(?:,\s*(?:at|kl\.)|,|:(?=\s*\d{1,2}[:.]\d{2})|[-\u2013\u2014\u00b7\u2022|@]|\s//?(?=\s)|at|kl\.)?\s*[(\[]?\s*(?P<ko_ampm>오전|오후)?\s*(?P<hour>\d{1,2})(?::|\s*시\s*|"
    + _DOT_TIME
    # '6 AM ET': an hour alone before am/pm
    + r"|(?=\s*[ap]\.?m\b))"
    r"(?P<minute>\d{2})?\s*분?(?::(?P<second>\d{2})(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?[)\]]?)?"
)
# A time printed before its date, which must follow it closely: '07:30 GMT, 3 March 2025',
# 'Economy 09:41 March 04, 2025', '14:21 EDT / MARCH 12 2025'.
_TIME_BEFORE = re.compile(
    r"(?<![\d.:])(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?P<ampm_end>\s*(?P<ampm>[ap]\.?m\.?)?)"
    # the zone, maybe in parentheses: '08:05 (UTC+2) on Friday 3 May 2024'
    r"(?:\s*\(?(?-i:[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|\s+(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|UK)\s+time)?"
    r"(?:[\s,]|\s/\s)*(?:on\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.I,
)
_WEEKDAY = r"(?:\s*\(?(?:[월화수목금토일](?:요일)?|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?,?)?"

_PATTERNS = (
    # 19 Nov. 2025, 15:15; a terminal's 19-Nov-2025 15:15:02; 14th (of) August 2025
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-){_MONTH}(?:\s*,?\s*|-)(?P<year>\d{{4}}){_TIME}",
        re.I,
    ),
    # Nov 19, 2025 3:15 PM
    re.compile(rf"{_MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<year>\d{{4}}){_TIME}", re.I),
    # 2025-11-19 15:15, 2025.11.19 15:15, 2025/11/19, 2025. 11. 19. 오후 3:15, 2025-11-19T15:15:00+09:00
    re.compile(
        rf"(?<!\d)(?P<year>\d{{4}})[-./]\s*(?P<month_num>\d{{1,2}})[-./]\s*(?P<day>\d{{1,2}})(?!\d)\.?{_WEEKDAY}"
        rf"(?:T|\s+)?{_TIME}",
        re.I,
    ),
    # 03/05/2025 02:31 PM, 05.03.2025 14:31: day and month in numbers before the year; which
    # is which is decided in `_day_and_month`
    re.compile(
        rf"(?<![\d./-])(?P<num1>\d{{1,2}})(?P<sep>[/.-])(?P<num2>\d{{1,2}})(?P=sep)(?P<year>\d{{4}})(?!\d)"
        rf"{_WEEKDAY}{_TIME}",
        re.I,
    ),
    # 25.03.04 14:21, 25-07-15 17:40: a Korean site's two-digit year, read only with its time
    re.compile(
        r"(?<![\d.-])(?P<year2>\d{2})(?P<sep2>[.-])(?P<month_num>\d{2})(?P=sep2)(?P<day>\d{2})(?![\d.-])"
        r"\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?!\d)"
    ),
    # 10/14/25 6:12 PM: a U.S. site's two-digit year after month and day, read only with its time
    re.compile(
        r"(?<![\d./-])(?P<num1>\d{1,2})(?P<sep>/)(?P<num2>\d{1,2})/(?P<year2>\d{2})(?![\d/])"
        r"\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?!\d)\s*(?P<ampm>[ap]\.?m\.?)?",
        re.I,
    ),
    # 2025년 11월 19일 (수) 오후 3:15
    re.compile(
        rf"(?P<year>\d{{4}})\s*년\s*(?P<month_num>\d{{1,2}})\s*월\s*(?P<day>\d{{1,2}})\s*일{_WEEKDAY}{_TIME}",
        re.I,
    ),
)
_ZONE = re.compile(
    # (in brackets too: '21:05 [GMT+7]')
    r"\s*[(\[]?\s*(?:(?<![A-Za-z])(?P<name>KST|JST|UTC|GMT|Gmt|Z|[ECMP][SD]?T|CES?T|E?ES?T|WES?T|BST|HKT|SGT|IST|EAT"
    r"|WAT|CAT|SAST|A[ECW][SD]T|NZ[SD]T|PHT|WIB|WITA|WIT|PKT|NPT|BDT|SLST|ICT|MYT|GST|A[SD]T|TRT|MSK|BRT|ART"
    # (a label glued after the zone is no part of it: 'UTCUpdated 2 hours ago')
    r"|CLS?T|COT|PET|H[SD]T|AK[SD]T|N[SD]T|TOT|FJT|ChST)(?:(?![A-Za-z])|(?=[A-Z][a-z]{2}))"
    r"(?:\s*(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?"
    # an offset of hours alone stands in parentheses: '09:35 (-03)'
    r"|(?P<osign>[+-])(?P<ohours>\d{2})(?::?(?P<ominutes>\d{2})\b|(?=\)))"
    # a city in parentheses, as a paper's English edition prints its zone: '9:41 am (Paris)'
    r"|(?<=\()(?P<city>Paris|London|Berlin|Brussels|Madrid|Rome|Geneva|Zurich|Amsterdam|Tokyo|Seoul|Beijing"
    r"|Singapore|Sydney|New York|Washington|Hong Kong)(?=\))"
    # or the zone in words, as a paper prints it: '6:00 am UK time', '11:42 a.m. Hong Kong time'
    r"|(?P<land>UK|U\.K\.|Hong Kong|Singapore|Taipei|Tokyo|Seoul|Beijing|Sydney|London|New York"
    r"|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?)\s+[Tt]ime\b)[)\]]?"
)
# The zones of the cities an edition may print after its times.
_CITY_ZONES = {
    "paris": "Europe/Paris",
    "london": "Europe/London",
    "berlin": "Europe/Berlin",
    "brussels": "Europe/Brussels",
    "madrid": "Europe/Madrid",
    "rome": "Europe/Rome",
    "geneva": "Europe/Zurich",
    "zurich": "Europe/Zurich",
    "amsterdam": "Europe/Amsterdam",
    "tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "beijing": "Asia/Shanghai",
    "singapore": "Asia/Singapore",
    "sydney": "Australia/Sydney",
    "new york": "America/New_York",
    "washington": "America/New_York",
    "hong kong": "Asia/Hong_Kong",
}
# The zones a time names in words ('UK time', 'Hong Kong time', 'Eastern time').
_LAND_ZONES = {
    **_CITY_ZONES,  # ('London time', 'Hong Kong time': the cities' zones)
    "uk": "Europe/London",
    "taipei": "Asia/Taipei",
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
}
# US zones printed without S or D ("11:40 p.m. ET") follow daylight saving time.
_ZONE_NAMES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
# Offsets of the abbreviations news sites print, in minutes; KST is Seoul's zone so it keeps
# its name. A daylight-saving abbreviation (EDT, CEST, AEDT, NZDT) names its own offset, so a
# fixed table is exact. Where an abbreviation is ambiguous the news reading wins: IST is
# India's (+05:30, the zone of the Indian dailies that print it), not Irish or Israeli time;
# CST is U.S. Central, not China's (Chinese outlets print 'GMT+8' or 'UTC+8'), which is
# also Mexico's 'hora del centro' (-06:00, no daylight saving since 2022). BDT is
# Bangladesh's (+06:00): British sites print their summer time as BST, Bangladeshi dailies
# print BDT. GST is the Gulf's (+04:00), the zone of the English-language Gulf dailies,
# not South Georgia's. AST is the Atlantic zone's (-04:00: Atlantic Canada, the eastern
# Caribbean, Puerto Rico), the only zone the tz database still calls AST (Arabia's has been
# '+03' since 2017, and the Gulf's English-language sites print their time without a zone);
# ADT is its daylight-saving form (-03:00).
_ZONE_MINUTES = {
    "JST": 9 * 60,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "EST": -5 * 60,
    "EDT": -4 * 60,
    "CST": -6 * 60,
    "CDT": -5 * 60,
    "MST": -7 * 60,
    "MDT": -6 * 60,
    "PST": -8 * 60,
    "PDT": -7 * 60,
    "CET": 60,
    "CEST": 2 * 60,
    "BST": 60,
    "HKT": 8 * 60,
    "SGT": 8 * 60,
    "PHT": 8 * 60,
    "WIB": 7 * 60,
    "IST": 5 * 60 + 30,
    "EAT": 3 * 60,
    "CAT": 2 * 60,
    "SAST": 2 * 60,
    "WAT": 60,
    "AEST": 10 * 60,
    "AEDT": 11 * 60,
    "ACST": 9 * 60 + 30,
    "ACDT": 10 * 60 + 30,
    "AWST": 8 * 60,
    "AWDT": 9 * 60,
    "NZST": 12 * 60,
    "NZDT": 13 * 60,
    "EET": 2 * 60,
    "EEST": 3 * 60,
    "WET": 0,
    "WEST": 60,
    "PKT": 5 * 60,
    "NPT": 5 * 60 + 45,
    "BDT": 6 * 60,
    "SLST": 5 * 60 + 30,
    "ICT": 7 * 60,
    "WITA": 8 * 60,
    "WIT": 9 * 60,
    "MYT": 8 * 60,
    "GST": 4 * 60,
    "AST": -4 * 60,
    "ADT": -3 * 60,
    "TRT": 3 * 60,
    "MSK": 3 * 60,
    "BRT": -3 * 60,
    "ART": -3 * 60,
    "CLT": -4 * 60,
    "CLST": -3 * 60,
    "COT": -5 * 60,
    "PET": -5 * 60,
    # Hawaii (no daylight saving time there; HDT is the Aleutians' summer) and Alaska
    "HST": -10 * 60,
    "HDT": -9 * 60,
    "AKST": -9 * 60,
    "AKDT": -8 * 60,
    # Newfoundland, half an hour off the Atlantic zone (its broadcaster's bureau prints NST/NDT)
    "NST": -(3 * 60 + 30),
    "NDT": -(2 * 60 + 30),
    # The Pacific islands' broadcasters print their own zones: Tonga (+13:00, no daylight
    # saving since 2017), Fiji (+12:00) and Chamorro time of Guam and the Marianas (+10:00)
    "TOT": 13 * 60,
    "FJT": 12 * 60,
    "CHST": 10 * 60,
}
# Longer than any printed date; a "date" of 10,000 characters is not worth parsing.
_MAX_LENGTH = 120
# What every pattern holds: a year of four digits, or a two-digit year's date and time.
_YEAR = re.compile(r"\d{4}|\d{2}[.-]\d{2}[.-]\d{2}\s+\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2}\s+\d{1,2}:\d{2}")
# The widest offsets in use (Kiribati +14:00, Baker Island -12:00): anything beyond is a typo.
_MAX_OFFSET = dt.timedelta(hours=14)


def parse_datetime(text: str, tz: ZoneInfo) -> dt.datetime | None:
    """Parse a printed date and time; None if no known format matches, if its offset is
    impossible (`+25:00`, beyond ±14:00) or if the moment is out of range (`digest.moments`)."""
    return DateReader(tz)(text)


class DateReader:
    """`parse_datetime` for the dates of one file, with at most `slow` of them (None: any
    number) handed to dateparser, at about 1.5 ms a call (a megabyte of stamp lines in a
    format only it reads took 27 s). Past that budget a date only dateparser reads is read
    as no date, and `refused` counts them: the file is still read, never refused for it."""

    def __init__(self, tz: ZoneInfo, slow: int | None = None) -> None:
        self.tz = tz
        self.slow = slow
        self.refused = 0

    def __call__(self, text: str) -> dt.datetime | None:
        text = text.strip()
        if not text or len(text) > _MAX_LENGTH:
            return None
        try:
            parsed = _parse_fast(text, self.tz)
            if parsed is None and _YEAR.search(text) is not None:
                if self.slow is not None:
                    if self.slow <= 0:
                        self.refused += 1
                        return None
                    self.slow -= 1
                parsed = _parse_slow(text, self.tz)
        except _ImpossibleOffset:
            return None  # not handed to dateparser either: it would guess
        return parsed if parsed is not None and in_range(parsed) else None


@dataclass(frozen=True)
class Found:
    """A printed date found in a text: the moment, whether a time of day was printed
    (a date alone is not an instant), and where it stands in the text."""

    when: dt.datetime
    has_time: bool
    start: int
    end: int
    # The other reading of a date whose day and month are both 12 or less ('03/05/2025'),
    # for the file's own evidence to decide between (`rawtext.fields`); None if unambiguous.
    other: dt.datetime | None = None


def find_fast(text: str, tz: ZoneInfo, start: int = 0) -> Found | None:
    """The first date (with its time, if printed) at or after `start` that a fast pattern
    reads; the zone printed right after the time is part of it."""
    if _YEAR.search(text, start) is None:  # every pattern reads a year of four digits
        return None
    best: re.Match[str] | None = None
    for pattern in _PATTERNS:
        match = pattern.search(text, start)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    parts = best.groupdict()
    before = None if parts.get("hour") else _TIME_BEFORE.search(text, start, best.start())
    swapped = None
    if parts.get("num1"):
        month, day, swapped = _day_and_month(int(parts["num1"]), int(parts["num2"]), parts["sep"])
        parts = {**parts, "day": str(day)}
    else:
        month = _MONTHS[parts["month"].lower()[:3]] if parts.get("month") else int(parts["month_num"])
    if before is not None:  # '07:30 GMT, 3 March 2025': the time printed first
        parts = {**parts, **before.groupdict()}
    hour = int(parts["hour"]) if parts.get("hour") else 0
    minute = int(parts["minute"]) if parts.get("minute") else 0
    second = int(parts["second"]) if parts.get("second") else 0
    korean = {"오후": "pm", "오전": "am"}.get(parts.get("ko_ampm") or "", "")  # '오후 3:15'
    hour = clock_hour(hour, parts.get("ampm") or korean)
    end = best.end()
    zone: dt.tzinfo = tz
    printed = _ZONE.match(text, end) if before is None else _ZONE.match(text, before.end("ampm_end"))
    after_date = False
    if before is not None and (printed is None or not printed.group().strip()):
        printed = _ZONE.match(text, end)  # '08:41 PM Nov 04, 2025 IST': the zone after the date
        after_date = True
    if printed is not None and printed.group().strip():
        zone = _zone_of(printed)  # raises on an impossible offset
        end = printed.end() if before is None or after_date else end
    begin = best.start() if before is None else before.start()
    try:
        year = int(parts["year"]) if parts.get("year") else 2000 + int(parts["year2"])
        naive = dt.datetime(year, month, int(parts["day"]), hour, minute, second)
    except ValueError:
        return None
    other = naive.replace(month=int(parts["day"]), day=month, tzinfo=zone) if swapped else None
    return Found(naive.replace(tzinfo=zone), parts.get("hour") is not None, begin, end, other)


def clock_hour(hour: int, ampm: str) -> int:
    """The hour on a 24-hour clock of '9' and 'p.m.' (or 'PM', 'am', '' for none)."""
    marker = ampm.lower().replace(".", "")
    if marker == "pm":
        return hour % 12 + 12
    if marker == "am":
        return hour % 12
    return hour


def _day_and_month(first: int, second: int, separator: str) -> tuple[int, int, bool]:
    """(month, day, ambiguous) of '03/05/2025' or '05.03.2025'. A number above 12 is the
    day. When both could be the month, the separator's convention decides for now: slashes
    are the English-language sites' month first (03/05/2025 is March 5 in the U.S. style
    they mostly print), dots and dashes the day first (05.03.2025); the file's own
    evidence (a dateline 'March 5', another stamp) may overrule it (`rawtext.fields`)."""
    if first > 12 or (second <= 12 and separator != "/"):
        return second, first, first <= 12 and first != second
    return first, second, second <= 12 and first != second


def _parse_fast(text: str, tz: ZoneInfo) -> dt.datetime | None:
    found = find_fast(text, tz)
    return found.when if found is not None else None


@cache
def _dateparser_settings(tz_name: str) -> dict[str, Any]:
    return {
        # Only absolute dates: relative ones ("3 hours ago") would depend on the day of the build.
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "TIMEZONE": tz_name,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "DATE_ORDER": "YMD",
        "PREFER_LOCALE_DATE_ORDER": True,
    }


def _parse_slow(text: str, tz: ZoneInfo) -> dt.datetime | None:
    if not _YEAR.search(text):
        return None  # every absolute date we accept carries a four-digit year
    import dateparser  # slow to import; most files never need it

    try:
        parsed = dateparser.parse(text, languages=["en", "ko"], settings=_dateparser_settings(tz.key))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # pragma: no cover - dateparser returns aware values with these settings
        parsed = parsed.replace(tzinfo=tz)
    if not 1 <= parsed.year <= 9999:  # pragma: no cover
        return None
    return parsed


class _ImpossibleOffset(ValueError):
    """A printed offset no place uses, such as `+25:00`."""


# A page's note on the zone of all its times, in its footer or under a stamp: 'All times
# AEDT (GMT +11)', 'All times are ET.', 'All times shown in GMT'.
_ALL_TIMES = re.compile(r"\ball\s+times\s+(?:(?:are|shown|listed|given)\s+)*(?:in\s+)?(?=\(?[A-Z])", re.I)


def declared_zone(text: str) -> dt.tzinfo | None:
    """The zone a line declares for every time of the page ('All times AEDT'), or None."""
    found = _ALL_TIMES.search(text)
    zone = _ZONE.match(text, found.end()) if found is not None else None
    if zone is None:
        return None
    try:
        return _zone_of(zone)
    except _ImpossibleOffset:
        return None


def has_zone(text: str) -> bool:
    """Whether a printed time names its zone or offset."""
    return _ZONE.search(text) is not None


def _zone_of(match: re.Match[str]) -> dt.tzinfo:
    """The zone printed after a time. An impossible offset raises: reading `+25:00` as the
    default zone would be a silent guess."""
    if match["city"]:
        return ZoneInfo(_CITY_ZONES[match["city"].lower()])
    if match["land"]:
        land = match["land"].replace(".", "").lower()
        return ZoneInfo(_LAND_ZONES[land.replace(" standard", "").replace(" daylight", "")])
    if match["name"] and not match["sign"]:
        name = match["name"].upper()
        if name == "KST":
            return ZoneInfo("Asia/Seoul")
        if name in _ZONE_NAMES:
            return ZoneInfo(_ZONE_NAMES[name])
        offset = _ZONE_MINUTES[name]
        return _fixed(1 if offset >= 0 else -1, *divmod(abs(offset), 60))
    sign = match["sign"] or match["osign"]
    hours = int(match["hours"] or match["ohours"])
    minutes = int(match["minutes"] or match["ominutes"] or 0)
    if minutes > 59 or dt.timedelta(hours=hours, minutes=minutes) > _MAX_OFFSET:
        raise _ImpossibleOffset(match.group())
    return _fixed(1 if sign == "+" else -1, hours, minutes)


def _fixed(sign: int, hours: int, minutes: int) -> dt.tzinfo:
    if hours == minutes == 0:
        return dt.UTC
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
