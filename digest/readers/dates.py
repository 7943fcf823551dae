"""Dates and times as news sites print them, read into aware datetimes.

A few regular expressions cover the formats scraped outlets use; each is tried in turn.
Times without an offset are taken in the given time zone (the site's or the outlet's).
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

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
_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
_KO_TIME = r"(?:\s*(?P<ko_ampm>오전|오후)?\s*(?P<hour>\d{1,2})[:시]\s*(?P<minute>\d{2})?분?)?"

_PATTERNS = (
    # 19 Nov. 2025, 15:15
    re.compile(rf"(?P<day>\d{{1,2}})\s+{_MONTH}\s*(?P<year>\d{{4}}){_TIME}", re.I),
    # Nov 19, 2025 3:15 PM
    re.compile(rf"{_MONTH}\s*(?P<day>\d{{1,2}}),?\s*(?P<year>\d{{4}}){_TIME}", re.I),
    # 2025-11-19 15:15, 2025.11.19 15:15, 2025/11/19 15:15
    re.compile(
        rf"(?P<year>\d{{4}})[-./]\s*(?P<month_num>\d{{1,2}})[-./]\s*(?P<day>\d{{1,2}})\.?(?:T|\s+)?{_TIME}",
        re.I,
    ),
    # 2025년 11월 19일 오후 3:15
    re.compile(rf"(?P<year>\d{{4}})년\s*(?P<month_num>\d{{1,2}})월\s*(?P<day>\d{{1,2}})일{_KO_TIME}"),
)
_ZONE = re.compile(r"\b(KST|UTC|GMT|Z)\b|([+-]\d{2}):?(\d{2})\s*$", re.I)


def parse_datetime(text: str, tz: ZoneInfo) -> dt.datetime | None:
    """Parse a printed date and time; None if no known format matches."""
    text = text.strip()
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = _MONTHS[parts["month"].lower()[:3]] if parts.get("month") else int(parts["month_num"])
        hour = int(parts["hour"]) if parts.get("hour") else 0
        minute = int(parts["minute"]) if parts.get("minute") else 0
        ampm = (parts.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" or parts.get("ko_ampm") == "오후":
            hour = hour % 12 + 12
        elif ampm == "am" or parts.get("ko_ampm") == "오전":
            hour = hour % 12
        try:
            naive = dt.datetime(int(parts["year"]), month, int(parts["day"]), hour, minute)
        except ValueError:
            return None
        return naive.replace(tzinfo=_zone_of(text[match.end() :], tz))
    return None


def _zone_of(rest: str, default: ZoneInfo) -> dt.tzinfo:
    match = _ZONE.search(rest)
    if match is None:
        return default
    name = match.group(1)
    if name:
        if name.upper() == "KST":
            return ZoneInfo("Asia/Seoul")
        return dt.UTC
    sign = 1 if match.group(2).startswith("+") else -1
    hours = int(match.group(2)[1:])
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=int(match.group(3))))
