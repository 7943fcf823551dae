"""Dates and small numbers shown to readers, in the site's language and time zone."""

from __future__ import annotations

import datetime as dt
import math
import re
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_skeleton

from digest.text import HANGUL

_WORD = re.compile(r"\w+", re.UNICODE)


def babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(language, sep="-")
    except (ValueError, LookupError):
        return Locale.parse("en")


class Formatter:
    """Formats for one build. Every page shows the same few hundred dates and each
    article's reading time on three pages (its own, its edition, the e-mail), and babel
    and the word count are slow, so each result is kept for the life of the formatter."""

    def __init__(self, language: str, tz: ZoneInfo) -> None:
        self.locale = babel_locale(language)
        self.tz = tz
        self._dates: dict[dt.date, str] = {}
        self._short_dates: dict[dt.date, str] = {}
        self._months: dict[dt.date, str] = {}
        self._minutes: dict[str, int] = {}

    def date(self, value: dt.date) -> str:
        if (text := self._dates.get(value)) is None:
            text = self._dates[value] = format_date(value, "long", locale=self.locale)
        return text

    def short_date(self, value: dt.date) -> str:
        if (text := self._short_dates.get(value)) is None:
            text = self._short_dates[value] = format_skeleton("yMMMEd", value, locale=self.locale)
        return text

    def month(self, value: dt.date) -> str:
        if (text := self._months.get(value)) is None:
            text = self._months[value] = format_skeleton("yMMMM", value, locale=self.locale)
        return text

    def datetime(self, value: dt.datetime) -> str:
        local = value.astimezone(self.tz)
        return f"{self.date(local.date())}, {local:%H:%M} {local.tzname()}"

    def reading_minutes(self, text: str) -> int:
        if (minutes := self._minutes.get(text)) is None:
            minutes = self._minutes[text] = reading_minutes(text)
        return minutes


def reading_minutes(text: str) -> int:
    """About 230 words a minute, or 500 Hangul syllables a minute."""
    # Counted with subn, which builds no list of matches (a third faster than findall).
    without_hangul, hangul = HANGUL.subn(" ", text)
    words = _WORD.subn("", without_hangul)[1]
    return max(1, math.ceil(words / 230 + hangul / 500))
