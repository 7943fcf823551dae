"""How much a line is about the story: the words it shares with the story's opening.

A headline is about the story: it names the people, places, things and numbers the first
paragraphs report (`Pune civic body to test night water supply` over `The Pune Municipal
Corporation will supply water at night ...`), while the furniture above it (a trending
bar, a weather widget, `Print this page`, an e-mail header, a player's label, a promo, a
ministry's slogan) is about the site, and shares no word with the story, or almost none.

The words are the terms digest's story clusters read (`content.storytext`): English words
lowercased, without stop words and with a light stemming (`supplies` is `supply`,
`holds` is `hold`, `Korea's` is `korea`); numbers by their groups of digits; Korean by the stem of
each word (its particle or ending off) and the stem's character bigrams, so a telegraphic
Korean headline (`부산항 야간 하역 연장`) meets the lede's `부산항은 … 야간 하역을 …`.
A line's relevance is how many of its terms the opening has, and what share of its terms
that is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from digest.content.storytext import korean_terms, word_terms

# How much of the story's start is its opening: the first paragraphs, up to this many
# characters (a lede and a paragraph or two: what a headline sums up).
OPENING_CHARS = 1200
OPENING_PARAGRAPHS = 3
# An opening with fewer different words than this is too short to judge a line by (a
# one-line brief, a caption taken for the story).
JUDGEABLE_WORDS = 20
# A line is about the story when it shares at least ABOUT_TERMS of its terms with the
# opening and they are at least ABOUT_SHARE of its terms. Measured on the labelled corpus
# (148 files): of the 139 true headlines found before the body, 133 share 2 terms or more
# and at least a third of theirs (the lowest 2 of 6, 3 of 8); 5 share one term (features
# over a scene-setting lede: 'The last ferrymen of the Nakdong', 1 of 2) and one none (a
# release whose opening is broken across PDF pages: too short to judge). Of the 69 other
# headline-like lines, 33 share none, 9 share one and 1 shares 3 of 10 glued sub-heads;
# the 26 that are about the story are decks and sub-heads after the headline, line
# scores, flashes and thread titles (tagged), or issuers' names (name-like, no candidate).
ABOUT_TERMS = 2
ABOUT_SHARE = 0.3

# Words are what is left between spaces once punctuation is a space: a split, not a
# regular expression, as a story's opening is read for every file. A hyphenated word is
# its parts ('late-night' meets 'night'), a possessive its noun ('Korea's' is 'korea' and
# a lone 's'), a number its groups of digits ('3,400' is '3' and '400').
_SEPARATORS = str.maketrans(
    dict.fromkeys(
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"  # ASCII punctuation
        "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00b7\u2022"  # quotes, dashes, ellipsis, dots
        "\u300c\u300d\u3010\u3011\u25b2\u25b6\u00b0\u33a1",  # Korean brackets, marks, units
        " ",
    )
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
# An address names a page, not what the story is about: a URL's slug would share the
# story's words ('Clipped from: https://…/pune-night-water-supply').
_ADDRESS = re.compile(r"\S+@\S+|\w+://\S+|www\.\S+")


@functools.lru_cache(maxsize=1 << 16)
def _token_terms(token: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The terms of one word, each with the words of an opening that carry it, as story
    clusters read them (`content.storytext`): an English word's stem unless it is a stop
    word or a letter, carried by the stem with the endings the stemming takes off
    ('supply': 'supplies', 'supplied'; 'hold': 'holds', 'holding'); a number of two digits
    or more (a single digit says nothing); a Korean word's stem and its character bigrams,
    carried by any word they are part of (an empty set: looked for in the opening's text)."""
    if token.isdigit():
        return ((token, frozenset((token,))),) if len(token) > 1 else ()
    if not token.isascii():  # Hangul, maybe with digits or letters glued on ('9호선', 'LNG선이')
        found = [term for run in _HANGUL.findall(token) for term, _ in korean_terms(run) if term[0] != "~"]
        found.extend(part for part in _HANGUL.sub(" ", token).split() if len(part) > 1)
        return tuple((term, _ANYWHERE) for term in dict.fromkeys(found))
    return tuple((term, _carriers(token, term)) for term, _ in word_terms(token) if term[0] != "~")


_ANYWHERE: frozenset[str] = frozenset()


def _carriers(token: str, stem: str) -> frozenset[str]:
    """The words whose stem is `stem` (`storytext._stem` takes off one of these endings)."""
    forms = {token, stem, stem + "s", stem + "es", stem + "ed", stem + "ing"}
    if stem.endswith("y"):
        forms.add(stem[:-1] + "ies")
    return frozenset(forms)


@dataclass(frozen=True)
class Relevance:
    shared: int  # terms of the line the opening has
    terms: int  # terms of the line

    @property
    def share(self) -> float:
        return self.shared / self.terms if self.terms else 0.0

    @property
    def about(self) -> bool:
        """About the story: enough of its words are the story's."""
        return self.shared >= ABOUT_TERMS and self.share >= ABOUT_SHARE


class Opening:
    """The story's first paragraphs, to measure lines against. Its words are only split,
    not stemmed: a line's few terms are looked for among them in all their forms, which
    costs less than stemming every word of every story."""

    def __init__(self, paragraphs: list[str], place: str = "") -> None:
        """`place`: the dateline's place, whose words are no evidence: they say where the
        story was filed, which the local furniture (a weather widget, an edition's name)
        says too ('DES MOINES, IA 41° Partly Cloudy' over a Des Moines story)."""
        kept: list[str] = []
        size = 0
        for paragraph in paragraphs[:OPENING_PARAGRAPHS]:
            kept.append(paragraph)
            size += len(paragraph)
            if size >= OPENING_CHARS:
                break
        self.text = "\n".join(kept)[:OPENING_CHARS].lower().translate(_SEPARATORS)
        where = place.lower().translate(_SEPARATORS).split()
        for word in where:
            self.text = self.text.replace(word, " ")
        words = frozenset(self.text.split())
        self.words = words - frozenset(where) if where else words  # (speed) no copy without a place

    @property
    def judgeable(self) -> bool:
        """Long enough to tell a line about the story from one that is not."""
        return len(self.words) >= JUDGEABLE_WORDS

    def relevance(self, line: str) -> Relevance:
        if "@" in line or "/" in line or "www." in line:
            line = _ADDRESS.sub(" ", line)
        shared: dict[str, bool] = {}
        for token in set(line.lower().translate(_SEPARATORS).split()):
            for term, carriers in _token_terms(token):
                if not shared.get(term):
                    shared[term] = (
                        term in self.text if carriers is _ANYWHERE else not self.words.isdisjoint(carriers)
                    )
        return Relevance(sum(shared.values()), len(shared))


def terms(text: str) -> frozenset[str]:
    """The content terms of a text (what `Opening.relevance` counts)."""
    words = set(text.lower().translate(_SEPARATORS).split())
    return frozenset(term for word in words for term, _ in _token_terms(word))
