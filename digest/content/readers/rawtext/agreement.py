"""The outlet by agreement between the places where a page names itself.

A page names its outlet in places of three kinds: a line of its own in the header (the
masthead), its owner's line (the copyright line or an imprint sentence, 'X is published
by Y Media LLC'), and the host of its own addresses ('quarrytimes.example', a saved
page's address, an e-mail at it). The first-match rules of `outlet.py` take one place;
when that place is a weak one (a line at the top that may be the tool the page was saved
with: a read-later app, an archive; a source line; a company's name in the copyright
line) and no other kind of place names it, while two kinds of place agree on another
name, the name they agree on is the outlet:

    Pocketful                 <- the read-later app (masthead rule; named by no other kind)
    ...
    The Quarry Times          <- a header line, and the host of 'quarrytimes.example'

The kinds are counted, not the lines: a menu's twin or a promo naming the app again is
the same kind of place. Only a clean name (a short line without digits or sentence marks)
can win, so a page whose places disagree keeps the first-match outlet.
"""

from __future__ import annotations

import re
import unicodedata

from digest.content.readers.rawtext.lines import SECTION_NAME
from digest.content.readers.rawtext.source import BODY, Line

# The rules whose outlet may be a carrier's or a company's name rather than the page's own.
# (A host near the top is not one: it is read only when no line names an outlet, and a
# header line that agrees with an e-mail's host there is a person's name: 'Jane Roe' over
# 'Contact Jane Roe at janeroe@…'.)
WEAK_RULES = frozenset(("masthead", "source line", "copyright line"))
# 'Fennick Valley Living is published by Larchmere Media LLC.': the brand before the verb.
# 'Parallax is a registered trademark of Ember Publishing Ltd.' after the copyright, 'PC Forge
# is part of Tenfold Media US Inc': the same.
_IMPRINT = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<brand>[^.;]{3,60}?)\s+is\s+(?:(?:published|owned|operated)\s+by"
    r"|a\s+(?:registered\s+)?trade\s*mark\s+of|(?:a\s+)?part\s+of)\s+",
    re.I,
)
# A header line that can be a name: short, no digits, no sentence's or menu's marks.
_NAME_LINE = re.compile(r"[^\d.,:;!?|/>@()\[\]]{3,60}")
_MIN_LABEL = 6  # a name shorter than this is too common a string to agree with a host by
_HEADER_LINES = 40  # text lines from the top where the masthead stands


def squash(name: str) -> str:
    """A name's letters and digits in lower case ('The Quarry Times' -> 'thequarrytimes'),
    as a host spells it, accents off ('Lír' -> 'lir')."""
    folded = name.casefold()
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", folded)


def _places(lines: list[Line]) -> tuple[list[str], list[str], str]:
    """The page's header lines that can be names, its copyright and imprint names, and its
    whole text in lower case (where a host is looked for)."""
    header: list[str] = []
    owners: list[str] = []
    texted = [line for line in lines if line.text]
    for line in texted[:_HEADER_LINES]:
        text = line.text
        if line.verdict != BODY and len(text) <= 60 and _NAME_LINE.fullmatch(text) and len(text.split()) <= 6:
            header.append(text.strip())
    for line in texted:
        if line.rule == "copyright line" and line.found.get("outlet"):
            owners.append(str(line.found["outlet"]))
        if (" by " in line.text or "rademark" in line.text or "part of" in line.text) and (
            imprint := _IMPRINT.search(line.text)
        ):
            owners.append(imprint["brand"])
    return header, owners, "\n".join(line.text for line in texted).casefold()


def _kinds(name: str, header: list[str], owners: list[str], text: str) -> int:
    """How many kinds of place name the outlet: a header line, an owner, a host (the name's
    letters before a dot: 'thequarrytimes.example', 'www.quarrytimes.example')."""
    folded = name.casefold()
    squashed = squash(name)
    short = squash(re.sub(r"^the\s+", "", name, flags=re.I))
    in_header = any(line.casefold() == folded for line in header)
    # (whole words: 'News' is not named by 'Southbank Newspapers Pty Ltd')
    # (a section's 'News' is not named by 'Alpine News Group')
    in_owner = SECTION_NAME.fullmatch(name) is None and any(
        re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", owner.casefold()) for owner in owners
    )
    in_host = (
        len(short) >= _MIN_LABEL
        # a name in other letters is no host's: squashed, 'atmosphere 대기' would be 'atmosphere'
        and name.isascii()
        and (f"{squashed}." in text or f"{short}." in text)  # gate (speed)
        # a host's label, a domain after the dot: not a sentence's last word ('... housing.')
        and re.search(rf"(?<![a-z0-9-])(?:{re.escape(squashed)}|{re.escape(short)})\.[a-z]", text) is not None
    )
    return in_header + in_owner + in_host


def agreed_outlet(lines: list[Line], name: str, rule: str) -> str:
    """The name two kinds of place agree on, over a weak rule's name that no second kind
    of place names; '' when the first-match outlet stands."""
    if rule not in WEAK_RULES:
        return ""
    header, owners, text = _places(lines)
    if not header or _kinds(name, header, owners, text) >= 2:
        return ""
    agreed = [line for line in dict.fromkeys(header) if _kinds(line, header, owners, text) >= 2]
    return agreed[0] if len(agreed) == 1 else ""
