"""Dates and small numbers shown to readers, in the site's language and time zone."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_skeleton

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_WORD = re.compile(r"\w+", re.UNICODE)


def babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(language, sep="-")
    except (ValueError, LookupError):
        return Locale.parse("en")


def detect_language(text: str) -> str:
    """'ko' when Hangul dominates the letters, else '' (the site's language)."""
    sample = text[:2000]
    if _HANGUL.search(sample) is None:  # most articles: one scan, no counting
        return ""
    letters = sum(map(str.isalpha, sample))  # C-level loop: this runs on every article
    hangul = len(_HANGUL.findall(sample))
    return "ko" if letters and hangul / letters > 0.3 else ""


class Formatter:
    def __init__(self, language: str, tz: ZoneInfo) -> None:
        self.locale = babel_locale(language)
        self.tz = tz

    def date(self, value: dt.date) -> str:
        return format_date(value, "long", locale=self.locale)

    def short_date(self, value: dt.date) -> str:
        return format_skeleton("yMMMEd", value, locale=self.locale)

    def month(self, value: dt.date) -> str:
        return format_skeleton("yMMMM", value, locale=self.locale)

    def datetime(self, value: dt.datetime) -> str:
        local = value.astimezone(self.tz)
        return f"{self.date(local.date())}, {local:%H:%M} {local.tzname()}"

    @staticmethod
    @functools.lru_cache(maxsize=1024)  # the same article's text is measured on several pages
    def reading_minutes(text: str) -> int:
        """About 230 words a minute, or 500 Hangul syllables a minute."""
        hangul = len(_HANGUL.findall(text))
        words = len(_WORD.findall(_HANGUL.sub(" ", text)))
        return max(1, math.ceil(words / 230 + hangul / 500))
