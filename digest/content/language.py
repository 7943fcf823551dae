"""The language of an article's text, where it is not the site's."""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def detect_language(text: str) -> str:
    """'ko' when Hangul dominates the letters, else '' (the site's language)."""
    sample = text[:2000]
    if _HANGUL.search(sample) is None:  # most articles: one scan, no counting
        return ""
    letters = sum(map(str.isalpha, sample))  # C-level loop: this runs on every article
    hangul = len(_HANGUL.findall(sample))
    return "ko" if letters and hangul / letters > 0.3 else ""
