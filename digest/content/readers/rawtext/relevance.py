"""How much a line is about the story: the words it shares with the story's opening.

A headline is about the story: it names the people, places, things and numbers the first
paragraphs report (`Pune civic body to test night water supply` over `The Pune Municipal
Corporation will supply water at night ...`), while the furniture above it (a trending
bar, a weather widget, `Print this page`, an e-mail header, a player's label, a promo, a
ministry's slogan) is about the site, and shares no word with the story, or almost none.

The words are the terms digest's story clusters read (`content.storytext`): English words
lowercased, without stop words and with a light stemming (`supplies` is `supply`,
`holds` is `hold`, `Korea's` is `korea`); numbers in one spelling; Korean by the stem of
each word (its particle or ending off) and the stem's character bigrams, so a telegraphic
Korean headline (`부산항 야간 하역 연장`) meets the lede's `부산항은 … 야간 하역을 …`.
A line's relevance is how many of its terms the opening has, and what share of its terms
that is.
"""

from __future__ import annotations

from dataclasses import dataclass

from digest.content.storytext import term_counts

# How much of the story's start is its opening: the first paragraphs, up to this many
# characters (a lede and a paragraph or two: what a headline sums up).
OPENING_CHARS = 1200
OPENING_PARAGRAPHS = 3
# An opening with fewer terms than this is too short to judge a line by (a one-line
# brief, a caption taken for the story).
JUDGEABLE_TERMS = 12
# A line is about the story when it shares at least ABOUT_TERMS of its terms with the
# opening and they are at least ABOUT_SHARE of its terms. The figures come from the
# labelled corpus (docs/input-formats.md, "How the headline is chosen"): the true
# headlines share ... TODO
ABOUT_TERMS = 2
ABOUT_SHARE = 0.3


def _terms(text: str) -> frozenset[str]:
    """The line's content terms, without the romanized `~name` forms story clusters add
    to meet a report in the other language: here both sides are in one language."""
    return frozenset(term for term in term_counts("", text, lead_chars=len(text)) if term[:1] != "~")


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
    """The story's first paragraphs, as terms, to measure lines against."""

    def __init__(self, paragraphs: list[str]) -> None:
        kept: list[str] = []
        size = 0
        for paragraph in paragraphs[:OPENING_PARAGRAPHS]:
            kept.append(paragraph)
            size += len(paragraph)
            if size >= OPENING_CHARS:
                break
        self.text = "\n".join(kept)[:OPENING_CHARS]
        self.terms = _terms(self.text)

    @property
    def judgeable(self) -> bool:
        """Long enough to tell a line about the story from one that is not."""
        return len(self.terms) >= JUDGEABLE_TERMS

    def relevance(self, line: str) -> Relevance:
        terms = _terms(line)
        return Relevance(len(terms & self.terms), len(terms))
