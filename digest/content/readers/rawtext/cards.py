"""Bylines found by their shape and their place, when no line reads as a byline.

A site's byline is often not a sentence starting with 'By' but a *card*: a short line
next to the headline or the time stamp whose parts, split by a separator (a middle
dot, a bar, an en or em dash), are a person's name and the card's other furniture: the site's host, the
date, a reading time, a page number, the outlet, the writer's role:

    quarrytimes.example · Odile Farrant · 6 min
    Daily Paper · 14 Jan 2025 · A1 · JANE ROE STAFF WRITER jroe@paper.example
    Jane Roe · Local Reporting Program Reporter
    By Jane Roe - Staff Reporter, Harbour Business Journal   (the dash an en dash)
    Jane Roe in Lisbon
    Jane Roe                      (a name alone, over a line of its role)
    Senior Fellow, Maritime Programme

The card is told by its place (between the headline and the story, or beside the stamp)
and by the shape of its parts (capitalised name words, one to four of them; a Korean
name of two to four syllables before its title), not by a list of sites. It is read only
when nothing else on the page names a writer, so a page whose header has a byline keeps
it. (A line of the same shape after the story, an author bio, is never read here: the
window ends at the story's first paragraph.)
"""

from __future__ import annotations

import re

from digest.content.readers.rawtext.bylines import (
    BROADCAST_INTRO,
    CONTRIBUTED,
    EMAIL,
    OPED_CREDIT,
    PUBLICATION,
    ROLE_WORDS,
    TO_CONTACT,
    title_case_name,
)
from digest.content.readers.rawtext.source import BODY, BYLINE, CHROME, HEADLINE, MASTHEAD, STAMP, Line

# The separators of a card's parts, with spaces around them; 'Â·' and '쨌' are a middle
# dot's two bytes read as Latin-1 or as CP949 (a mojibake page keeps the card's shape).
_SEPARATOR = re.compile(r"\s+(?:Â·|[·•|\u2013\u2014쨌])\s+")
# One word of a person's name: capitalised or in capitals, maybe hyphenated or with an
# apostrophe ('Min-a', "O'Neil", 'Ekström'); a particle inside ('van', 'de').
_NAME_TOKEN = re.compile(
    r"[A-Z][a-zà-ÿ'\u2019]+(?:-[A-Za-zà-ÿ'\u2019]+)*|[A-Z][A-Z'\u2019]+(?:-[A-Z'\u2019]+)*|[A-Z]\."
)
_PARTICLES = frozenset(("van", "von", "de", "da", "del", "der", "di", "du", "la", "le", "bin", "al"))
# A role's head noun ('Staff Writer', 'Local Reporting Program Reporter', 'Senior Fellow,
# European Security Programme'): a role line or the role after a name.
_ROLE_NOUN = re.compile(
    r"\b(?:reporters?|writers?|correspondents?|editors?|columnists?|contributors?|journalists?"
    r"|fellows?|analysts?|critics?|producers?|researchers?|director|professor"
    # a company's newsroom signs its posts with its officers' titles: 'VP, Data Center Operations'
    r"|(?-i:VP|SVP|EVP|CEO|CTO|CFO|COO)|vice\s+president|manager|head\s+of)\b",
    re.I,
)
# Words that open a role after a name in capitals ('JANE ROE STAFF WRITER').
_ROLE_OPENERS = frozenset(("staff", "senior", "chief", "special", "local", "contributing", "deputy"))
_BY = re.compile(r"^by\s+", re.I)
_IN_PLACE = re.compile(
    r"^(?P<name>.+?)\s+in\s+(?P<place>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})$"
)
_EMAIL_AT_END = re.compile(rf"\s*[\[(<]?{EMAIL}[\])>]?$")
# A part that is the card's furniture: a date or a time, a host, a reading time, a page.
_FURNITURE_PART = re.compile(r".*\d.*|[\w-]+(?:\.[\w-]+)+|[A-Z]\d{1,3}")
# A Korean name (three syllables, as most are) and one word of its title, a person's
# calling ('한도윤 소설가', '교수', '위원', '기자', '변호사', '원장'), beside the stamp; the
# name opens with one of the common family names, which tells a name from a label of the
# same length ('오피니언 칼럼').
_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성"
    "차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
_KO_NAME_TITLE = re.compile(rf"(?P<name>[{_KO_SURNAMES}][가-힣]{{2}})\s+[가-힣]{{1,5}}(?:가|수|원|자|사|장)")
# How far from the headline or the stamp a card may stand, in text lines.
_REACH = 4
MAX_CARD = 160  # longer lines are sentences, not cards


def _name(part: str) -> str:
    """The person's name a card's part is, or ''."""
    words = part.split()
    if not 2 <= len(words) <= 4 or not words[0][0].isupper() or not words[-1][0].isupper():
        return ""
    if not all(_NAME_TOKEN.fullmatch(word) or word in _PARTICLES for word in words):
        return ""
    if ROLE_WORDS.search(part):
        return ""  # 'By Coast Markets Team', 'Metro Desk': a team or a role, no person
    if PUBLICATION.search(part):
        return ""  # 'Jane Roe · Harbour Herald · 4 min read': the card's outlet, no person
    return title_case_name(part)


def _role(part: str) -> bool:
    return len(part.split()) <= 10 and _ROLE_NOUN.search(part) is not None


def _name_and_role(part: str) -> str:
    """'Jane Roe', 'By Jane Roe', 'JANE ROE STAFF WRITER jroe@x.example', 'Jane Roe in
    Lisbon': the name, or ''."""
    part = _EMAIL_AT_END.sub("", _BY.sub("", part.strip()))
    in_place = _IN_PLACE.fullmatch(part)
    if in_place:
        part = in_place["name"]
    words = part.split()
    # a role after the name ('JANE ROE STAFF WRITER'): the name is the words before the
    # role's first word (an opener such as 'Staff', or a role noun in capitals); a part
    # that opens with it ('Local Reporting Program Reporter') or that ends with a role noun
    # in mixed case after a beat ('Rural Affairs Reporter') is a role alone
    at = next(
        (
            n
            for n, word in enumerate(words)
            if word.casefold() in _ROLE_OPENERS or (word.isupper() and _ROLE_NOUN.fullmatch(word))
        ),
        None,
    )
    if at is not None and _role(" ".join(words[at:])):
        return _name(" ".join(words[:at])) if at >= 2 else ""
    return "" if words and _ROLE_NOUN.fullmatch(words[-1]) else _name(part)


def _marked(text: str, parts: list[str]) -> bool:
    """Whether a line says it is a byline besides holding a name: 'By', 'in <Place>', an
    e-mail, a role, or a part with a date, a time, a host, a reading time or a page. (A
    bar of short capitalised labels, 'Top Stories | Southeast Asia', is a menu.)"""
    return (
        _BY.match(text) is not None
        or _IN_PLACE.fullmatch(parts[0]) is not None
        or "@" in text
        or any(_FURNITURE_PART.fullmatch(part) or _ROLE_NOUN.search(part) for part in parts)
    )


def _name_and_outlet(parts: list[str], outlets: frozenset[str]) -> bool:
    """'Jane Roe | Harbour Business': two parts, one of them a name the page gives itself
    (its masthead, an outlet a line names), the other a person's name: a card that needs
    no other mark. (A menu's two labels are no page's name.)"""
    return len(parts) == 2 and any(_fold(part) in outlets for part in parts)


def read_card(text: str, outlets: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The writers a card line names, or () when it is no card (see the module's doc);
    `outlets` are the page's names for itself, folded (never a writer)."""
    if len(text) > MAX_CARD or text.endswith((".", "?", "!", ":")):
        return ()
    parts = _SEPARATOR.split(text)
    beside_outlet = _name_and_outlet(parts, outlets)
    if not (beside_outlet or _marked(text, parts)):
        return ()
    if beside_outlet:
        parts = [part for part in parts if _fold(part) not in outlets]
    names = []
    for part in parts:
        name = _name_and_role(part)
        if name:
            names.append(name)
        elif not (_FURNITURE_PART.fullmatch(part) or _role(part) or len(part.split()) <= 5):
            return ()  # a part that is neither name nor furniture: a sentence, no card
    # one card names one or two writers; more names than that is a list of links
    return tuple(names) if 1 <= len(names) <= 2 else ()


def _korean_beside_stamp(lines: list[Line], at: int, texted: list[int]) -> str:
    """'한도윤 소설가' on the line right above or below the stamp: the name, or ''."""
    ko = _KO_NAME_TITLE.fullmatch(lines[at].text)
    if ko is None:
        return ""
    n = texted.index(at)
    beside = [lines[texted[m]] for m in (n - 1, n + 1) if 0 <= m < len(texted)]
    return ko["name"] if any(line.verdict == STAMP for line in beside) else ""


# A broadcaster's card under the writer's name: its newsroom and where the writer files
# from ('BBC News, Kent', 'Harbour Radio News, Wellington').
_DESK_AND_PLACE = re.compile(r"(?P<desk>[^,]{2,40}),\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}")


# Where the writer files from, on the line under the name: 'in Seoul', 'in Hong Kong'.
_PLACE_LINE = re.compile(r"in\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}")


def _name_over_role(lines: list[Line], at: int, in_stack: bool = False) -> str:
    """'Jane Roe' alone over 'Senior Fellow, Maritime Programme', over her newsroom and
    place ('BBC News, Kent'), over where she files from ('in Seoul') or, in a stack of such
    cards or over the stamp, over her paper ('The Western Ledger'): the name, or ''."""
    name = _name(lines[at].text) if lines[at].text else ""
    following = next((line for line in lines[at + 1 :] if line.text), None)
    if not name or following is None:
        return ""
    if _under_name(following.text, in_stack):
        return name
    # 'Renee Roe' / 'The Western Ledger' / 'Nick Doe' / 'Southern Cross Press': a paper under
    # a name is a card only in a stack of such cards (a site's name over its section's 'News'
    # is none)
    below = _texted_after(lines, at, 4)
    stacked = (
        len(below) == 4
        and _paper(lines[below[0]].text)
        and _name(lines[below[1]].text)
        and (_paper(lines[below[2]].text) or _under_name(lines[below[2]].text))
    )
    # ('Kwon Ha-eun' / 'The Seoul Ledger' / 'Asia Press Alliance' / the stamp: the writer, her
    # paper and its network over the stamp)
    papered = (
        len(below) >= 3
        and _paper(lines[below[0]].text)
        and (
            lines[below[1]].verdict == STAMP
            or (_paper(lines[below[1]].text) and lines[below[2]].verdict == STAMP)
        )
    )
    return name if (stacked or papered) and all(lines[index].verdict != BODY for index in below[:3]) else ""


# A paper's name alone on its line: 'The Western Ledger', 'Southern Cross Press'.
_PAPER_LINE = re.compile(r"(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){1,4}")


def _paper(text: str) -> bool:
    return _PAPER_LINE.fullmatch(text) is not None and PUBLICATION.search(text) is not None


def _under_name(text: str, in_stack: bool = False) -> bool:
    """What a writer's card prints under the name: a role, a newsroom and place, where the
    writer files from; in a stack of cards, the paper (or the wire) the writer writes for."""
    desk = _DESK_AND_PLACE.fullmatch(text)
    return bool(
        _role(text)
        or (desk and PUBLICATION.search(desk["desk"]))
        or _PLACE_LINE.fullmatch(text)
        or (in_stack and _paper(text))
    )


def _texted_after(lines: list[Line], at: int, count: int = 3) -> list[int]:
    """The indexes of the first `count` lines with text after the line at `at` (a card's
    name, its role and the next card's first line), looking no further."""
    found: list[int] = []
    for index in range(at + 1, len(lines)):
        if lines[index].text:
            found.append(index)
            if len(found) == count:
                break
    return found


def _joined_below(lines: list[Line], at: int) -> list[str]:
    """'Tamsin Roe' / 'ABN News, Cornwall' / 'and' / 'Josh Carne' / 'ABN Radio Cornwall': the
    writers of the cards joined to the card at `at` by a line of 'and' under its role,
    whatever their own role lines say (a newsroom without a comma before its place) and
    however far the cards reach below the headline."""
    names: list[str] = []
    below = _texted_after(lines, at)
    while len(below) == 3 and lines[below[1]].text.strip().lower() in ("and", "&"):
        name = _name(lines[below[2]].text) if lines[below[2]].verdict != BODY else ""
        if not name:
            break
        names.append(name)
        below = _texted_after(lines, below[2])
    return names


def _stacked_below(lines: list[Line], at: int) -> list[str]:
    """'Rafael Roe' / 'VP, Data Center Operations' / 'Ingrid Cole' / 'Director, Water
    Stewardship' (or 'Jane Roe' / 'The Western Ledger' / 'John Doe' / 'Southern Cross
    Press'): the cards stacked under the card at `at`, each a name over its role,
    however far the stack reaches below the headline."""
    names: list[str] = []
    below = _texted_after(lines, at)
    while len(below) == 3 and _under_name(lines[below[0]].text, True) and lines[below[1]].verdict != BODY:
        name = _name_over_role(lines, below[1], True)
        if not name:
            break
        names.append(name)
        below = _texted_after(lines, below[1])
    return names


def _outlet_names(lines: list[Line]) -> set[str]:
    """The names the page gives itself (a line's outlet, the copyright line's holder),
    folded: a card's part that is one of them is the outlet, not a writer."""
    return {_fold(str(line.found["outlet"])) for line in lines if line.found.get("outlet")}


def _page_names(lines: list[Line]) -> frozenset[str]:
    """The outlets lines name and the masthead's lines ('KAROO BUSINESS'), folded."""
    mastheads = {_fold(line.text) for line in lines if line.verdict == MASTHEAD and line.text}
    return frozenset(_outlet_names(lines) | mastheads)


def _fold(name: str) -> str:
    return _THE.sub("", name.strip()).casefold()


_THE = re.compile(r"^the\s+", re.I)


def _window(lines: list[Line]) -> list[int]:
    """The indexes of the lines where a card may stand: before the story's first paragraph
    and within reach of the headline or of a time stamp; and any line taken for a byline
    whose names the byline's grammar could not read ('By Jane Roe - Staff Reporter, ...'
    after a deck the zones took for the story)."""
    # (a share bar's buttons between the stamp and the cards count for nothing)
    texted = [at for at, line in enumerate(lines) if line.text and line.verdict != CHROME]
    first_body = next((n for n, at in enumerate(texted) if lines[at].verdict == BODY), len(texted))
    anchors = [n for n in range(first_body) if lines[texted[n]].verdict in (HEADLINE, STAMP)]
    return [
        at
        for n, at in enumerate(texted)
        if (lines[at].verdict == BYLINE and not lines[at].found.get("authors"))
        or (
            n < first_body
            and lines[at].verdict not in (HEADLINE, STAMP)
            and any(abs(n - a) <= _REACH for a in anchors)
        )
    ]


def card_authors(lines: list[Line]) -> tuple[str, ...]:
    """The writers named by the cards near the headline and the stamp, in page order."""
    names: list[str] = []
    texted = [at for at, line in enumerate(lines) if line.text]
    window = _window(lines)
    outlets = _page_names(lines) if window else frozenset()
    for at in window:
        found = read_card(lines[at].text, outlets) or (
            _name_over_role(lines, at),
            _korean_beside_stamp(lines, at, texted),
        )
        if any(found):
            names.extend(name for name in found if name)
            names.extend(_joined_below(lines, at))
            names.extend(_stacked_below(lines, at))
    if names:
        outlets = _outlet_names(lines)
        names = [name for name in names if _fold(name) not in outlets]
    return tuple(dict.fromkeys(names))


def card_outlet(lines: list[Line]) -> str:
    """The outlet a writer's card names beside the writer ('Jane Roe · Harbour Herald · 4
    min read'): its part with a publication's word, or ''. Asked only of a page that names
    its outlet nowhere else."""
    for at in _window(lines):
        text = lines[at].text
        if not read_card(text):
            continue
        for part in _SEPARATOR.split(text):
            if PUBLICATION.search(part) and len(part.split()) <= 5 and not _FURNITURE_PART.fullmatch(part):
                return part.strip()
    return ""


# The weakest byline: a name alone beside the stamp, read by its place only. It names a
# writer only when no line with a byline's own shape ('By …', 'Written by …') names one:
# beside them it is a label of the page's own ('Revised Edition' over a revision date).
# A name alone beside the stamp, or over a reader view's reading time (the page's metadata,
# which a blog that reposts a story fills with its own owner): weak beside a byline.
_ALONE = ("a person's name alone", "a person's name above the reading time")
# 'By JANE ROE Harbour Press': a name in capitals and, in mixed case after it, the outlet.
_CAPS_THEN_OUTLET = re.compile(
    r"(?P<name>[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){1,3})\s+[A-Z][a-z][\w&'\u2019 -]*"
)


# A card's role line under the writer's name ('Tessa Lim' / 'Correspondent'), set by zones.py.
ROLE_UNDER_NAME = "a writer's role under the name"


def plain_authors(lines: list[Line], names: list[str]) -> list[str]:
    """The names of the bylines, without a name alone beside the stamp when a byline of a
    byline's own shape names someone, without an interviewee's credit beside a reporter's
    byline, and without an outlet glued after capitals."""
    names = _without_interviewee(lines, names)
    if len(names) > 1:  # (one name cannot be a weak one beside a strong one)
        texted = [line for line in lines if line.text]
        weak = {
            line.text.strip()
            for position, line in enumerate(texted)
            if line.rule.startswith(_ALONE)
            and line.text.strip() in line.found.get("authors", ())  # type: ignore[operator]
            and not _joined_by_and(texted, position)
            # ('Tessa Lim' / 'Correspondent' / 'Jonathan Koh' / the stamp: the second card
            # of a stack whose first has a role, the second none)
            and not (position and texted[position - 1].rule == ROLE_UNDER_NAME)
        }
        # (a helper's credit under the story adds a name, and makes no name above it weak)
        bylined = {
            name
            for line in texted
            # (nor a broadcast's intro to its clip: 'A's B reports from C.' names the clip's reporter)
            if line.rule not in (CONTRIBUTED, TO_CONTACT, BROADCAST_INTRO)
            for name in line.found.get("authors", ())  # type: ignore[attr-defined]
        }
        # (a name a byline of its own shape names too is no weak one: 'Mira Roe' over the
        # reading time and 'Blog Post by Mira Roe with Devin Cole' below)
        strong = {
            name
            for line in texted
            if not line.rule.startswith(_ALONE) and line.rule not in (CONTRIBUTED, TO_CONTACT)
            for name in line.found.get("authors", ())  # type: ignore[attr-defined]
        }
        weak -= strong
        if weak and any(name not in weak and name in bylined for name in names):
            names = [name for name in names if name not in weak]
    return [_caps_off(name) for name in names]


def _without_interviewee(lines: list[Line], names: list[str]) -> list[str]:
    """'윤채린 한국수자원정책연구소 연구위원' over the deck and '문하람 기자' under it: an
    interview, the expert's credit over the reporter's byline; the reporter wrote it."""
    credited = {
        name
        for line in lines
        if line.rule == OPED_CREDIT
        for name in line.found.get("authors", ())  # type: ignore[attr-defined]
    }
    if not credited:
        return names
    reporters = {
        name
        for line in lines
        if line.verdict == BYLINE and line.rule == "byline" and "기자" in line.text
        for name in line.found.get("authors", ())  # type: ignore[attr-defined]
    }
    return [name for name in names if name not in credited] if reporters - credited else names


def _joined_by_and(texted: list[Line], position: int) -> bool:
    """'By' / 'Olivia Hart' / 'Follow' / 'and' / 'Daniel Cho': a name under a line that
    is only the word joining it to the byline's first name is that byline's second."""
    return any(line.text.strip().lower() in ("and", "&") for line in texted[max(position - 2, 0) : position])


def _caps_off(name: str) -> str:
    # (a cheap gate: capitals first, not capitals throughout)
    glued = _CAPS_THEN_OUTLET.fullmatch(name) if name[:2].isupper() and not name.isupper() else None
    return title_case_name(glued["name"]) if glued else name
