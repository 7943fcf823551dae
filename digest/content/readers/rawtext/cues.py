"""Cues that need no markup: how a line looks, to tell prose from furniture.

A paragraph of news is long, starts with a capital (or Hangul, or a quote), ends like a
sentence and is made of ordinary words; a headline is shorter and does not end with a
full stop; a site's name or a section label is a few capitalized words; a menu is a run
of short items. `bench/extraction.py` measured which cues pay on the labelled corpus
(docs/input-formats.md has the figures): length, terminal punctuation, the first
character, capitalization and the share of digits and symbols. The stop-word density
justext scores prose with (its English and Korean lists come with trafilatura) changed
no field of the corpus as a condition for a paragraph, so it is not computed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from digest.text import HANGUL

# A sentence ends with . ! ? … (then maybe a closing quote or bracket); Korean prose
# ends with a full stop too, while Korean headlines end bare ('… 쉬워진다').
_TERMINAL = re.compile(r"(?:[.!?。…]|[.!?…][\"'\u201d\u2019)\]]+)$")
# News reports: who said what, and when. A deck sums up, a pitch addresses the reader.
REPORTING = re.compile(
    r"\b(?:said|says|announced|told|reported|according\s+to|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|밝혔다|말했다|전했다|따르면|발표했다",
    re.I,
)
_SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "&",
        "for",
        "in",
        "on",
        "at",
        "to",
        "a",
        "an",
        "by",
        "with",
        "de",
        "la",
        "du",
        "van",
        "von",
        "der",
    ]
)


@dataclass(frozen=True)
class Shape:
    chars: int
    words: int
    hangul: bool  # mostly Hangul
    terminal: bool  # ends like a sentence
    starts_lower: bool
    caps: float  # share of capitals among Latin letters
    titled: bool  # every word but the small ones capitalized: a name, a masthead, a label
    symbols: float  # share of characters that are neither letters, digits nor spaces
    digits: float  # share of digits


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UPPER = re.compile(r"[A-Z\u00c0-\u00de]")
_DIGIT = re.compile(r"\d")
_SYMBOL = re.compile(r"[^\w\s]")
# The shares are measured on the start of a line: enough to tell prose from a menu or a
# name, and a long paragraph costs no more than a short one.
_SAMPLE = 160


def _outside(pattern: re.Pattern[str]) -> bytes:
    """The ASCII characters a one-character class does not match."""
    return bytes(code for code in range(128) if pattern.fullmatch(chr(code)) is None)


# Speed: on an ASCII sample (most lines of English pages) the counts come from
# `bytes.translate` deleting what is outside each class, at C speed, instead of a list
# of matches; the tables are made from the patterns, so the counts are theirs.
_NOT_LATIN, _NOT_UPPER, _NOT_SYMBOL, _NOT_DIGIT = (_outside(p) for p in (_LATIN, _UPPER, _SYMBOL, _DIGIT))


def _count(pattern: re.Pattern[str], outside: bytes, sample: str, ascii_sample: bytes | None) -> int:
    if ascii_sample is not None:
        return len(ascii_sample.translate(None, outside))
    return len(pattern.findall(sample))


# (speed) A line's shape is asked for by the zones, the headline's search and the fields,
# often of the same text; it depends on the text alone (Shape is frozen), so it is kept.
@functools.lru_cache(maxsize=1 << 14)
def shape(text: str) -> Shape:
    sample = text[:_SAMPLE]
    size = len(sample) or 1
    raw = sample.encode("ascii") if sample.isascii() else None
    latin = _count(_LATIN, _NOT_LATIN, sample, raw)
    hangul = len(HANGUL.findall(sample)) if raw is None and (not latin or latin < size // 2) else 0
    words = text.count(" ") + 1 if text else 0
    titled = False
    if 0 < words <= 6 and latin:
        titled = all(
            word[:1].isupper() or not word[:1].isalpha() or word.lower() in _SMALL_WORDS
            for word in text.split()
        )
    return Shape(
        chars=len(text),
        words=len(text.split()) if words <= 12 else words,
        hangul=hangul > latin,
        terminal=_TERMINAL.search(text[-4:]) is not None,
        starts_lower=text[:1].islower(),
        caps=_count(_UPPER, _NOT_UPPER, sample, raw) / latin if latin else 0.0,
        titled=titled,
        symbols=_count(_SYMBOL, _NOT_SYMBOL, sample, raw) / size if text else 1.0,
        digits=_count(_DIGIT, _NOT_DIGIT, sample, raw) / size,
    )


# The shape of a line `lines.py` already saw is prose (long, starting like a sentence,
# ending like one): a paragraph without measuring it again.
PROSE = Shape(
    chars=200,
    words=30,
    hangul=False,
    terminal=True,
    starts_lower=False,
    caps=0.05,
    titled=False,
    symbols=0.0,
    digits=0.0,
)


def is_paragraph(text: str, form: Shape) -> bool:
    """Prose a body is made of: a sentence of some length."""
    if not form.terminal or form.starts_lower or form.symbols > 0.2 or form.digits > 0.4:
        return False
    if form.hangul:
        return form.chars >= 15 and form.words >= 3
    return form.words >= 8 and form.caps < 0.5


def is_sentence(form: Shape) -> bool:
    """Any sentence, however short ('협력업체들도 덩달아 바빠졌다.')."""
    return form.terminal and not form.starts_lower and form.words >= 1


def is_name_like(form: Shape) -> bool:
    """A site's name, a section label or a masthead: a few capitalized words, or capitals,
    or one Korean word."""
    if form.hangul:
        return form.words <= 2 and form.chars <= 12
    return (form.titled and form.words <= 4) or (form.caps > 0.6 and form.words <= 6)


_TAGLINE = re.compile(
    r"(?P<name>[^\u2014\u2013|]{2,40}?)\s+[\u2014\u2013|-]\s+(?P<motto>[a-z\u2018'\"].{4,80})"
)


def is_tagline(text: str) -> bool:
    """A site's name and its motto: 'Stackwire — news and notes for people who ship
    software'. The name is a few capitalized words; after a dash or a bar the motto goes
    on in lowercase, as a headline's second half seldom does."""
    return bool(tagline_name(text))


def tagline_name(text: str) -> str:
    """The name of a site's name and its motto ('Stackwire' of 'Stackwire — news and notes
    for people who ship software'), or the motto and then the name of a Korean public body
    ('건강한 먹거리, 안심하는 일상 - 식품의약품안전처'), or ''."""
    if (motto_first := _KO_MOTTO_THEN_BODY.fullmatch(text)) is not None:
        return motto_first["name"]
    match = _TAGLINE.fullmatch(text)
    if match is None or not is_name_like(shape(match["name"])) or text.endswith("."):
        return ""
    return match["name"].strip()


# A Korean public body's motto before its name, after a dash: '건강한 먹거리, 안심하는 일상 -
# 식품의약품안전처' (its release's header and every page's foot).
_KO_MOTTO_THEN_BODY = re.compile(
    r"[^\u2013\u2014|]{4,40}\s+[\u2013\u2014|-]\s+(?P<name>[가-힣]{2,14}(?:처|청|부|원|위원회|공사|공단|재단|시|도|군|구))"
)


# A publication saying what it is under its name: 'The student newspaper of Wrenfield
# College since 1921', 'Your source for local news', 'Serving the valley since 1898'.
_MOTTO = re.compile(
    r"(?:(?:the|your|an?)\s+)?(?:[\w'-]+\s+){0,3}(?:newspaper|news\s+source|news\s+site|publication|magazine|"
    r"source\s+for\s+(?:[\w'-]+\s+){0,3}news)\b[^.!?]{0,80}"
    r"|(?:[\w'-]+\s+){1,8}since\s+(?:1[6-9]|20)\d{2}"
    # 'Essential education reporting in Detroit, Chicago and Tennessee.': what it covers, where
    r"|(?:[\w'-]+\s+){0,3}(?:reporting|journalism|coverage)\s+(?:on|in|of|for|from|about|across)\s"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|said|says|will)\b)[^.!?]){2,120}\.?"
    # a Korean government's slogan atop its releases: '문화로 잇고, 함께 누리는 대한민국'
    r"|[가-힣][가-힣 ]{0,20}(?:고|며|여),\s[가-힣 ]{2,20}\s대한민국",
    re.I,
)


# An office's or an agency's name, the issuer of a release: 'Office of Governor Dana Reyes',
# 'U.S. Harbor Safety Administration', 'Department of Health'.
ORGANIZATION = re.compile(
    r"(?:the\s+)?(?:office|department|ministry|bureau|agency|city|county|state|town|village|council|commission|board)"
    r"\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,5}"
    r"|(?:(?-i:[A-Z])[\w.'&-]*\s+){1,6}(?:administration|agency|department|ministry|commission|authority|bureau|institute)",
    re.I,
)
# A local government's or paper's state after its name: 'City of Port Alder, WA'.
STATE_AFTER_NAME = re.compile(r",\s*[A-Z]{2}$")


def is_motto(text: str) -> bool:
    """A line that says what the publication is (its motto), not what happened."""
    return len(text) <= 120 and _MOTTO.fullmatch(text) is not None


def is_headline_like(text: str, form: Shape) -> bool:
    """Long enough to say something, short enough to be a headline, and not a sentence
    (a question or an exclamation may be a headline; a full stop ends prose)."""
    if form.chars < 8 or form.symbols > 0.3 or form.digits > 0.5 or form.starts_lower:
        return False
    if form.terminal and text.rstrip("\"'\u201d\u2019)]")[-1:] in ".。…":
        return False
    if form.hangul:
        return form.words >= 2 and 10 <= form.chars <= 60
    return 3 <= form.words <= 25 and form.chars <= 160


def glued_subheads(text: str, form: Shape, proper: Callable[[], frozenset[str]] = frozenset) -> bool:
    """Several headlines run together on one line, as a scraper joins a headline and its
    sub-heads: 'HBM4 race heats up Packaging capacity is the new bottleneck Equipment ...'.
    In English, a capitalized word after a lowercase one, twice, where the word is no
    proper noun (`proper`: the words the story capitalizes inside its sentences); in
    Korean, a line longer than headlines run that does not pack its clauses with '…' or
    a comma, as long Korean headlines do."""
    if form.hangul:
        return form.chars > 48 and "\u2026" not in text and "," not in text and "·" not in text
    joins = [
        _POSSESSIVE.sub("", after.strip(",.;:"))  # ('Peaks' keeps its 's', 'Vasko's' loses it)
        for before, after in itertools.pairwise(text.split())
        if before[:1].islower()
        and before.lower() not in _SMALL_WORDS
        and before[-1:].isalpha()
        and after[:1].isupper()
        and not after.isupper()
    ]
    if len(joins) < 2:
        return False
    known = proper()  # the story's proper nouns, found only when a headline needs them

    def named(word: str) -> bool:
        # a proper noun of the story, a route's ends ('Christchurch-Rarotonga'), a month or a day
        parts = [part for part in _ROUTE_PARTS.split(word) if part]
        return word in known or all(part in known for part in parts) or word in _ALWAYS_CAPITALIZED

    return sum(1 for word in joins if not named(word)) >= 2


_ROUTE_PARTS = re.compile(r"[\u2013\u2014/-]")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July")
_MONTHS_LATE = ("August", "September", "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CALENDAR_WORDS = frozenset((*_MONTHS, *_MONTHS_LATE, *_WEEKDAYS))
# Words written with a capital inside any sentence: the days and months, the holidays, and
# the writer's 'I' ("... and it's the tablet I'd buy a kid this Christmas").
_ALWAYS_CAPITALIZED = (
    _CALENDAR_WORDS
    | frozenset(("I", "I'd", "I'm", "I've", "I'll", "I\u2019d", "I\u2019m", "I\u2019ve", "I\u2019ll"))
    | frozenset(("Christmas", "Easter", "Thanksgiving", "Hanukkah", "Ramadan", "Diwali", "Halloween"))
)


_POSSESSIVE = re.compile(r"['\u2019]s?$")
_INNER_CAPITALS = re.compile(r"(?<=[a-z,;] )[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")


def proper_nouns(paragraphs: list[str]) -> frozenset[str]:
    """Words a story capitalizes inside its sentences: names, places, organizations, each
    word of a name of several ('the Colorado Peaks': 'Peaks' too)."""
    return frozenset(
        word for paragraph in paragraphs for run in _INNER_CAPITALS.findall(paragraph) for word in run.split()
    )


_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]|'[^']{12,}'|\u2018[^\u2019]*\u2019")
_ADDRESS = re.compile(r"\b(?:you|your|you're|yours|we|we're|our|us)\b", re.I)
# 'Please turn on JavaScript ...': a request to the reader opens with 'please' as a
# story's sentence never does outside a quotation.
_ADDRESS_START = re.compile(r"\W{0,3}(?:you|your|you're|we|we're|our|please)\b", re.I)


def has_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether the lower-cased text holds one of `words`: the gate (speed) in front of a
    case-blind pattern each of whose alternatives needs one of them. A loop, not any()
    over a generator: half the time, on a path every sentence takes."""
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


# Korean's honorific request or question to the reader ('...찾아보세요.', '...필요하신가요?',
# '...하십시오'): a report's sentences end in the plain '-다', a children's page's in '-요',
# neither in these forms outside a quotation.
_HONORIFIC_ADDRESS = re.compile(r"(?:세요|신가요|십시오|십니까)[.!?]?(?=\s|$)")


def addresses_reader(text: str, honorific: bool = True) -> bool:
    """The site speaking to its reader ('We value your privacy', 'You're receiving this
    email because ...'), outside quotations: a story reports in the third person. With
    `honorific` False (a story told in the polite register throughout, as card news and a
    public office's pages are), a Korean request is the story's own voice, no cue."""
    bare = _QUOTED.sub(" ", text)
    if _ADDRESS_START.match(bare) is not None or len(_ADDRESS.findall(bare)) >= 2:
        return True
    return honorific and not bare.isascii() and _HONORIFIC_ADDRESS.search(bare) is not None


# A Korean sentence's polite ending ('…했어요.', '…입니다.', '…하세요.'), against a report's plain '-다.'
_POLITE_END = re.compile(r"(?:요|니다|세요|시오)[.!?]?[\"'\u201d\u2019)]*$")


def polite_register(texts: list[str]) -> bool:
    """Whether most of a story's Korean paragraphs end in the polite register: then a
    request to the reader at its edge is the story's, not the site's."""
    korean = [text.rstrip() for text in texts if text and not text.isascii()]
    polite = sum(1 for text in korean if _POLITE_END.search(text))
    return len(korean) >= 2 and polite * 2 > len(korean)


def is_slight(form: Shape) -> bool:
    """Too short to carry a story's sentence ('Comments are closed.')."""
    return form.words <= 4 and form.chars < 40 if not form.hangul else form.chars < 12
