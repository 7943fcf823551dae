"""The language of a text (an article, a note) where it is not the site's."""

from __future__ import annotations

import re

from digest.text import HANGUL

_LATIN = re.compile(r"[A-Za-z]")


def primary(tag: str) -> str:
    """A BCP 47 tag's language: 'ko-KR' -> 'ko'."""
    return tag.split("-")[0].lower()


def detect_language(text: str, site: str = "en") -> str:
    """The text's language when it is not the site's (`site`, a BCP 47 tag), else ''.

    Told apart by script only, which is what a news digest in English or Korean needs:
    on any other site, 'ko' when Hangul makes up more than 30 % of the letters; on a
    Korean site, 'en' when Latin letters make up more than 70 %. English and German are
    the same script, so they are not told apart ('')."""
    sample = text[:2000]
    korean_site = primary(site) == "ko"
    # most articles: no scan (isascii() reads a flag), or one scan, no counting
    if not korean_site and (sample.isascii() or HANGUL.search(sample) is None):
        return ""
    letters = sum(map(str.isalpha, sample))  # C-level loop: this runs on every article
    if not letters:
        return ""
    if korean_site:
        return "en" if len(_LATIN.findall(sample)) / letters > 0.7 else ""
    return "ko" if len(HANGUL.findall(sample)) / letters > 0.3 else ""
