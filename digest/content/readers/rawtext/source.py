"""The lines of a raw article, cleaned of what scrapers leave in them.

A scraper saves text, but not always clean text: a forum repost keeps the HTML it was
pasted as (`<p>`, `<br><br>`, `<b>`, `&#8217;`, `&gt;` quote marks), and a page read in
the wrong encoding leaves mojibake (로그인 in EUC-KR, read as Latin-1, shows as `\u00b7\u00ce\u00b1`...). Each
source line becomes one or more `Line`s (a `<br>` or `</p><p>` inside a line splits it),
each carrying its source line number, so `digest inspect` and the warnings can point at
it. Nothing of the markup survives: tags are dropped and entities decoded here, and the
text is escaped again when it is written.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field

from digest.text import HANGUL

# The verdicts of `lines.py` and `zones.py`, in one place: what a line was taken for.
BODY = "body"
HEADLINE = "headline"
STAMP = "stamp"
BYLINE = "byline"
DATELINE = "dateline"
CAPTION = "caption"
SOURCE = "source"
OUTLET = "outlet"
NOTICE = "notice"
CHROME = "chrome"
PROMO = "promo"
NAVIGATION = "navigation"
MASTHEAD = "masthead"
LABEL = "label"
WIRE_TAG = "wire-tag"
TRANSCRIPT = "transcript"
TEASER = "teaser"
STANDFIRST = "standfirst"
FORUM = "forum"
CONTACT = "contact"
MARKUP = "markup"
MOJIBAKE = "mojibake"
BLANK = "blank"
FOOTER = "footer"

HEADER_ZONE = "header"
BODY_ZONE = "body"
FOOTER_ZONE = "footer"


@dataclass(slots=True)
class Line:
    """One line of the article as the reader sees it, and the verdict on it."""

    number: int  # the source line it comes from (several lines may share one)
    text: str  # cleaned: tags dropped, entities decoded, quote mark and wire markers off
    raw: str  # the source line as read
    bold: bool = False  # wholly inside <b>, <strong> or <h1>-<h6>: a headline cue
    quoted: bool = False  # quoted with '>' (a forum repost quoting the article)
    link: str = ""  # the first link of the line, for a 'Source: <a href>' line
    figcaption: bool = False  # the text of a <figcaption> the file's HTML kept: a caption
    repaired: str = ""  # what was repaired in it, for `inspect`
    first: bool = False  # the text after 'date YYYY-MM-DD' on the first line
    prose: bool = False  # shaped like a paragraph of prose (`lines.py` saw it), no cue needed
    verdict: str = ""
    rule: str = ""  # the rule that decided the verdict
    zone: str = ""
    # What the deciding rule read from the line: authors, outlet, stamps, dateline...
    found: dict[str, object] = field(default_factory=dict)

    def decide(self, verdict: str, rule: str, **found: object) -> None:
        self.verdict, self.rule = verdict, rule
        self.found.update(found)


def text_above(lines: list[Line], at: int) -> Line | None:
    """The nearest line with text above the line at index `at`, or None."""
    for index in range(at - 1, -1, -1):
        if lines[index].text:
            return lines[index]
    return None


# Tags a scraper leaves in text; anything else in angle brackets ('<script>' written
# as text, '<저작권자 ...>') is text and is escaped on output like any other.
_TAG_NAMES = (
    r"p|br|b|i|em|strong|a|img|div|span|h[1-6]|ul|ol|li|blockquote|font|u|s|small|sup|sub|"
    r"table|tr|td|th|center|hr|figure|figcaption|section|article|header|footer|nav"
)
_TAG = re.compile(rf"<(?:/?(?:{_TAG_NAMES})\b[^<>]*|!--[^<>]*--)>", re.IGNORECASE)
_BREAK = re.compile(r"(?:\s*<(?:br|/?p|/?div|/?li|/?h[1-6]|hr)\b[^<>]*>\s*)+", re.IGNORECASE)
_BOLD = re.compile(r"<(b|strong|h[1-6])\b[^<>]*>(?P<text>[^<>]*)</\1\s*>", re.IGNORECASE)
_HREF = re.compile(r"""<a\b[^<>]*\bhref\s*=\s*["']?(?P<url>https?://[^\s"'<>]+)""", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"^>+\s?")
# Two or more characters of Latin-1's upper half in a row, or a UTF-8 lead byte read as
# Latin-1 before a continuation byte read as Windows-1252 (a right quote shows as three
# characters): in Korean or English text only mojibake has them (a French word has one
# accent between letters).
_LATIN1_RUN = re.compile(
    r"[\u00a1-\u00ff]{2,}|[\u00c2-\u00f4][\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_EUC_KR_RUN = re.compile(r"(?:[\u00a1-\u00fe]{2})+")
# A web clipper's Markdown export (Obsidian, Joplin): '# Headline' is a heading, the
# headline's cue like <h1>, and '**SANTIAGO** \u2013 Text' is bold inline; the marks are markup,
# never text. '#hashtag' and '###' (a wire's end mark) have no space after the marks.
_MD_HEADING = re.compile(r"#{1,6}\s+(?=\S)")
# '[nine days](https://...)' is a link, its text the sentence's words; '![alt](https://...)'
# is a picture, nothing of the text.
_MD_LINK = re.compile(r"(?P<image>!?)\[(?P<text>[^\[\]]*)\]\((?P<url>https?://[^\s()]+)\)")
# A whole line in italics: '*Clipped with Joplin Web Clipper*', '_A deck._'.
_MD_EMPHASIS = re.compile(r"([*_])(?=[^\s*_]).*[^\s*_]\1")
_MD_BOLD = re.compile(r"\*\*(?=\S)(?P<text>.+?)(?<=\S)\*\*")


# A header copied without its line breaks ('... 시간표 바꾼다2025.01.14 09:30김가온 기자
# gaon@example.kr'): a date glued to the text before it, and a name glued to the time
# before it, start parts of their own.
_GLUED_DATE = re.compile(r"(?<=[^\d\s.,:/-])(?=(?:19|20)\d{2}[.-]\d{1,2}[.-]\d{1,2}\b)")
# Gate (speed) of _GLUED_DATE: the date it needs, without the look behind at every position.
_GLUED_YEAR = re.compile(r"(?:19|20)\d{2}[.-]\d")
_GLUED_AFTER_TIME = re.compile(r"(?<=\d:\d{2})(?=[^\d\s:.,])")


# A page's whole HTML source saved as the file ('<!DOCTYPE html>', '<html lang="en">'): every
# tag is markup there, and what the reader never sees (the <head> with its title and metas,
# scripts, styles) is none of the text.
_DOCUMENT = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_UNSEEN = re.compile(r"<(?P<name>head|script|style|noscript|template|svg)\b[^<>]*>", re.IGNORECASE)
_CLOSE = {
    name: re.compile(f"</{name}", re.IGNORECASE)
    for name in ("head", "script", "style", "noscript", "template", "svg")
}
# Any tag of a page's source, and its doctype and comments.
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9-]*\b[^<>]*>|<!--.*?-->|<![a-z][^<>]*>", re.IGNORECASE)


def _visible(raw: str, unseen: str) -> tuple[str, str]:
    """The part of a page source's line a reader sees, and the element still open at its
    end whose content is unseen ('script', 'head'), or ''."""
    kept: list[str] = []
    position = 0
    while True:
        if unseen:
            # (searched in the line as it is, from where the last one ended: a line of
            # thousands of scripts is read in one pass, and 'İ' lowered is two characters)
            found = _CLOSE[unseen].search(raw, position)
            if found is None:
                return "".join(kept), unseen
            close = found.start()
            end = raw.find(">", close)
            position, unseen = (end + 1 if end >= 0 else len(raw)), ""
        opened = _UNSEEN.search(raw, position)
        if opened is None:
            kept.append(raw[position:])
            return "".join(kept), ""
        kept.append(raw[position : opened.start()])
        unseen, position = opened["name"].lower(), opened.end()


def _page_source_line(raw: str, unseen: str) -> tuple[str, str]:
    """A page source's line as text with the tags `_html_lines` reads (breaks, bold, links,
    captions); every other tag ('<main>', '<time datetime=…>', '<aside>') a space."""
    seen, unseen = _visible(raw, unseen) if unseen or "<" in raw else (raw, "")
    if "<" in seen:
        seen = _ANY_TAG.sub(lambda tag: tag.group() if _TAG.fullmatch(tag.group()) else " ", seen).strip()
    return seen, unseen


def source_lines(text: str) -> list[Line]:
    """Every line of the file, blank ones included, cleaned and split at HTML breaks."""
    lines: list[Line] = []
    document = text[:1] in "<\ufeff \t\r\n" and _DOCUMENT.match(text.lstrip("\ufeff")) is not None
    unseen = ""  # in a page's source, the element whose content is never shown ('head')
    rows = text.split("\n")
    indented = _paragraph_indents(rows)
    running = _running_heads(rows)
    for number, raw in _spaced_out(rows):
        if number in indented:  # a paragraph's first line set in: the paragraph before ends
            lines.append(_line(number, "", ""))
        raw = raw.strip()
        if number in running:  # a printed page's head or foot: its cells, each a line apart
            for cell in _CELL_GAP.split(raw):
                lines.extend((_line(number, cell, raw), _line(number, "", "")))
            continue
        if document:
            raw, unseen = _page_source_line(raw, unseen)
        if "<" in raw or "&" in raw:
            lines.extend(_html_lines(number, raw))
        elif (
            len(raw) <= _GLUED_MAX
            and ("." in raw or "-" in raw)
            and _GLUED_YEAR.search(raw)  # gate (speed)
            and _GLUED_DATE.search(raw)
        ):
            lines.extend(_line(number, part, raw) for part in _split_glued(raw))
        else:
            lines.append(_line(number, raw, raw))
    return _fields_paired(_unwrapped(lines))


# A Korean board's record set as a table one cell a line ('제목' / the title / '작성자' / the
# office / '등록일시' / the time): each label alone with its value on the next line. The
# two are one field, as the board prints them side by side ('제목\tX', '등록일시\tdate').
_KO_FIELD_LABELS = frozenset(
    ("제목", "작성자", "작성일", "작성일시", "등록일", "등록일시", "게시일", "게시일시", "조회수", "조회")
)


def _fields_paired(lines: list[Line]) -> list[Line]:
    """Each label of `_KO_FIELD_LABELS` alone on its line, joined with the value under it,
    when the page has at least two of them so set."""
    at = [
        index
        for index, line in enumerate(lines[:-1])
        if line.text in _KO_FIELD_LABELS and lines[index + 1].text not in ("", *_KO_FIELD_LABELS)
    ]
    if len(at) < 2:
        return lines
    paired: list[Line] = []
    skip = set()
    for index, line in enumerate(lines):
        if index in skip:
            continue
        if index in at:
            value = lines[index + 1]
            line.text = f"{line.text}\t{value.text}"
            line.raw = f"{line.raw}\t{value.raw}"
            skip.add(index + 1)
        paired.append(line)
    return paired


# A capture that put a blank line after every line (a clipboard that copies each element
# as a paragraph, or a mail client that doubles line breaks): no two lines of it touch, so
# its blank lines no longer part paragraphs from menus and lists, and every menu item, label
# and caption stands alone as if it were a paragraph. The file is read as if its blank lines
# were not there (where the doubling kept the page's own blank lines as longer runs, those
# stay as one blank line each): a phone's copy has no blank lines either, and is read by
# what its lines say.
_SPACED_LINES = 12  # lines a file needs before its spacing is judged
_SPACED_TOUCHING = 0.05  # lines with a line right under them, at most this share


def _spaced_out(rows: list[str]) -> list[tuple[int, str]]:
    """The rows with their numbers, the blank lines of a capture that spaced out every
    line taken away."""
    numbered = list(enumerate(rows, start=1))
    filled = [bool(row.strip()) for row in rows]
    lines = sum(filled)
    if lines < _SPACED_LINES:
        return numbered
    touching = sum(1 for above, below in itertools.pairwise(filled) if above and below)
    if touching > _SPACED_TOUCHING * lines:
        return numbered
    kept: list[tuple[int, str]] = []
    blanks = 0
    for (number, raw), full in zip(numbered, filled, strict=True):
        if not full:
            blanks += 1
            continue
        if blanks >= 2 and kept:  # the page's own blank line, doubled
            kept.append((number - 1, ""))
        blanks = 0
        kept.append((number, raw))
    return kept


# A paragraph's first line set in by a few spaces, the lines under it not: how a PDF's text
# and a plain-text mail part paragraphs, with no blank line between them. Only a line under
# one that ends a sentence, and only where such lines are a minority (a text browser's dump
# sets every line in).
_INDENT = re.compile(r"[ \t\u00a0\u3000]{1,8}(?=[\w\"'\u201c\u2018(])")
_INDENTS = 3  # paragraphs set in that show the shape
_INDENTED_SHARE = 0.3  # more lines set in than this: an indented text, not set-in paragraphs


def _paragraph_indents(rows: list[str]) -> set[int]:
    """The numbers of the lines (from 1) that open a set-in paragraph."""
    texted = 0
    starts: set[int] = set()
    indented = 0
    above = ""
    for number, row in enumerate(rows, start=1):
        bare = row.strip()
        if not bare:
            above = ""
            continue
        texted += 1
        if row[:1] in " \t\u00a0\u3000" and _INDENT.match(row):
            indented += 1
            if above and above[-1] in _SENTENCE_ENDS:
                starts.add(number)
        above = bare
    if len(starts) < _INDENTS or indented > texted * _INDENTED_SHARE:
        return set()
    return starts


# A printed page's running head or foot, copied from its PDF: the paper's name and the
# date, or the page's number and the name, set at the two ends of the first or the last
# line with a wide gap ('THE PORT ALDER GAZETTE          Wednesday, March 5, 2025',
# 'A4          THE PORT ALDER GAZETTE'). Each end is read alone.
_CELL_GAP = re.compile(r"\s{6,}")
_CELL_MAX = 40  # a cell of a running head is a name, a date or a number, not a sentence
# One end is the date or the page's number ('A4', 'Page 3', '12').
_PAGE_OR_DATE = re.compile(
    r"(?:page\s+)?[A-Z]?\d{1,3}|.*\b(?:19|20)\d{2}\b.*"
    r"|.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*",
    re.I,
)


def _running_heads(rows: list[str]) -> set[int]:
    """The numbers (from 1) of the first and the last line with text when it holds a
    running head's two or three short cells, one of them a date or a page's number."""
    texted = [number for number, row in enumerate(rows, start=1) if row.strip()]
    found: set[int] = set()
    for number in {texted[0], texted[-1]} if texted else set():
        cells = _CELL_GAP.split(rows[number - 1].strip())
        if (
            2 <= len(cells) <= 3
            and all(0 < len(cell) <= _CELL_MAX and "  " not in cell and ":" not in cell for cell in cells)
            and any(_PAGE_OR_DATE.fullmatch(cell) for cell in cells)
        ):
            found.add(number)
    return found


# A text hard-wrapped at a fixed width (a PDF's or a mail's text: 'Container ships calling
# at Korean ports spent a' / 'third less time waiting ...'): its long lines run to about
# the same width, most of them mid-sentence. A line that reaches the width without ending
# a sentence goes on in the next line, so the two are joined; blank lines still part the
# paragraphs. A scrape's paragraphs are lines of any length, most of them longer.
_WRAP_LINES = 6  # long lines a file needs before its width is judged
_WRAP_MAX = 110  # wider, a line is a paragraph of its own, not a wrapped one
_WRAP_MAX_HANGUL = 124  # (in columns: a Hangul syllable takes two)
_WRAP_NEAR = 0.7  # a line this near the width reaches it
_SENTENCE_ENDS = frozenset(".!?\"'\u201d\u2019):;\u3002")


# 'Date: 2025-06-02', 'Pages: 2': a field of a release's header, never a sentence's rest;
# and a Korean release's fields ('보도시점 2025. 11. 27.(목) 14:00', '담당부서 ...'), which a
# PDF's copy sets one a line with nothing to end them.
# A mail client's header fields in Korean ('보낸 사람: ...', '받는 사람: ...', '참조: ...'): never
# a wrapped line's rest here, and a mail's header in `capture`.
KO_MAIL_FIELDS = r"보낸\s*사람|받는\s*사람|보낸\s*날짜|날짜|제목|(?:숨은\s*)?참조|회신\s*주소"
_LABEL_START = re.compile(
    r"[A-Z][\w ]{0,20}:\s"
    r"|(?:보도\s*(?:시점|일시|일자)|배포(?:\s*일시)?|담당(?:\s*부서|자)?|책임자|문의처?|엠바고)\s*[\s:\uff1a]"
    rf"|(?:{KO_MAIL_FIELDS})\s*:"
)


def _wrapped_prose(text: str) -> bool:
    """A line a wrapped paragraph may hold: prose, not a header laid out in columns (runs
    of spaces, or a table's cells parted by tabs: '보도 일시\t2025. 12. 4.(목) 12:00') or in
    capitals."""
    # (a Korean line with an acronym in it, 'IARC', is no line in capitals)
    return (
        bool(text)
        and "   " not in text
        and "\t" not in text
        and not (text.isupper() and not HANGUL.search(text))
    )


def _unwrapped(lines: list[Line]) -> list[Line]:
    """The lines with each wrapped paragraph joined: wrapped at a phone's width, or else
    at a fixed one (whose test a phone's copy would pass too, on its wider menus and
    footer)."""
    # Widths in a screen's columns, measured once for both: a text browser wraps Korean at
    # the same 78 or 80 columns as English, which is 40 Hangul syllables.
    columns = [_columns(line.text) for line in lines]
    phone = _phone_unwrapped(lines, columns)
    return phone if phone is not lines else _fixed_unwrapped(lines, columns)


def _carried_on(text: str, below: str) -> str:
    """A wrapped line joined with the one under it. A word the typesetter broke with a
    hyphen is whole again ('Tues-' / 'day': 'Tuesday'); a compound broken at its own hyphen
    keeps it ('two-' / 'year', 'Seoul-' / 'based'; '9-' / '2' is no word's part). Which is
    which is a guess from the words that most often make compounds."""
    if text[-2:-1].isdigit() and text[-1:] == "-" and below[:1].isdigit():
        return text + below  # a score or a range: '9-' / '2'
    broken = _BROKEN_WORD.search(text) if text[-1:] == "-" else None
    if broken is None or not below[:1].islower():
        return f"{text} {below}"
    second = _WORD_START.match(below)
    if broken["part"].lower() in _COMPOUND_FIRST or (second and second.group().lower() in _COMPOUND_SECOND):
        return text + below
    return text[:-1] + below


# The part of a word before a hyphen that ends a line: letters after a space or the start.
_BROKEN_WORD = re.compile(r"(?:^|(?<=[\s(\"'\u201c\u2018]))(?P<part>[^\W\d_]{2,})-$")


def _words(text: str) -> list[str]:
    return text.split()


# Words that open compounds, and words that close them, which a line may break at their
# own hyphen ('well-' / 'known', 'Seoul-' / 'based').
_COMPOUND_FIRST = frozenset(
    _words(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
        "hundred thousand million billion well self non co ex anti pre post half long short high low "
        "full part so first second third much all multi cross mid semi state city year"
    )
)
_COMPOUND_SECOND = frozenset(
    _words(
        "based led born made owned run backed bound style wide level related linked term old year "
        "month week hour minute up down off in out free friendly like funded controlled speaking"
    )
)
_WORD_START = re.compile(r"[^\W\d_]+")


def _no_room(last: int, text: str, width: int) -> bool:
    """Whether the next line's first word would not have fitted on a line `last` columns
    wide: then a sentence ending there ended at the wrap, and its paragraph goes on (a
    paragraph's own last line leaves room for the word after it)."""
    return last + 1 + _columns(text.split(" ", 1)[0]) > width


# gate (speed): the first letters of the Korean fields (a release's, a mail header's)
_KO_FIELD_STARTS = frozenset("보배담책문엠받참숨회제날")


# A dateline in capitals opens a paragraph (a release's first, under its headline): the
# line above it ends there, wrapped or not. 'PETERBOROUGH, ON - ...', 'SEOUL (Wire) -- ...'.
_DATELINE_START = re.compile(
    r"[A-Z][A-Z.'\u2019-]{2,}(?:\s[A-Z][A-Z.'\u2019-]+){0,2}(?:,\s+[A-Z][\w.]{1,15}(?:\s[A-Z][\w.]{1,15})?)?"
    r"(?:\s+\([^)]{1,30}\))?\s*[\u2013\u2014-]{1,2}\s"
)


# A source's or a note's label under a table or a chart: 'Source: ...', '자료: ...'.
_SOURCE_NOTE = re.compile(r"(?:자료|출처|sources?|notes?)\s*[:\uff1a]\s", re.I)


# A letter's salutation on a line of its own opens the letter: 'Dear Valued Customer,'
# (never the rest of a wrapped line; `zones` keeps the letter's last words to its reader).
SALUTATION = re.compile(r"(?:Dear|Hello|Hi)\s[^.!?]{1,60},", re.I)


# A release's sub-title between dashes, whole on its line: '- 해당 제품 보관 소비자는 ... 당부 -'.
DASHED_LINE = re.compile(r"[-\u2013]\s.+\s[-\u2013]")


def _korean_parenthesis_end(text: str) -> bool:
    """A Korean line broken after a parenthesis ('... 가을철(9~11월)', '30일(일)'): no sentence's
    end, as a closing parenthesis is after an English sentence."""
    return text[-1:] == ")" and HANGUL.search(text[-8:]) is not None


def _fixed_unwrapped(lines: list[Line], widths: list[int]) -> list[Line]:
    long = sorted(n for n in widths if n >= 40)
    if len(long) < _WRAP_LINES:
        return lines
    width = long[(len(long) * 9) // 10]
    reach = width * _WRAP_NEAR
    # (Korean text wraps wider: a word processor's or a PDF's page holds about 60 syllables,
    # 120 columns, where a text browser holds 40)
    texted = sum(1 for line in lines if line.text)
    hangul = sum(1 for line in lines if HANGUL.search(line.text[:20])) * 2 > texted
    widest = _WRAP_MAX_HANGUL if hangul else _WRAP_MAX
    if width > widest or sum(1 for n in long if n > width) > len(long) // 5:
        return lines
    ragged = sum(
        1 for line, n in zip(lines, widths, strict=True) if n >= reach and line.text[-1] not in _SENTENCE_ENDS
    )
    if ragged < max(len(long) // 3, _WRAP_LINES):
        return lines  # lines of that width mostly end their sentences: not wrapped
    # Blank lines part the paragraphs (a text browser's dump): a line that ends a sentence
    # without a blank line under it may still be a wrapped paragraph's (see `_no_room`).
    parted = (
        sum(
            1
            for above, below in itertools.pairwise(lines)
            if not below.text and above.text[-1:] in _SENTENCE_ENDS
        )
        >= _WRAP_LINES // 2
    )
    joined: list[Line] = []
    last = 0  # the width of the last source line joined into joined[-1]
    for line, n in zip(lines, widths, strict=True):
        before = joined[-1] if joined else None
        if (
            before is not None
            and last >= reach
            and before.text
            and (
                before.text[-1] not in _SENTENCE_ENDS
                or (parted and _no_room(last, line.text, width))
                or (hangul and _korean_parenthesis_end(before.text))
            )
            and _wrapped_prose(before.text)
            and _wrapped_prose(line.text)
            and line.text[:1] not in "-\u2022*#>|"
            and not _LABEL_START.match(line.text)
            and not (before.text[:1] in _KO_FIELD_STARTS and _LABEL_START.match(before.text))
            and not _DATELINE_START.match(line.text)
            and not DASHED_LINE.fullmatch(before.text)
            and not (line.text[:1] in "DdHh" and SALUTATION.fullmatch(line.text))
            # (a table's or a chart's source is a line of its own: '자료: X 기준')
            and not _SOURCE_NOTE.match(before.text)
            # (a release's sub-titles, each a dashed line: '- 전년 대비 12% 증가' / '- 전기차 ...')
            and not (before.text[:2] == "- " and len(joined) > 1 and joined[-2].text[:2] == "- ")
        ):
            before.text = _carried_on(before.text, line.text)
            before.raw = f"{before.raw} {line.raw}"
            last = n
            continue
        joined.append(line)
        last = n
    return joined


# A page copied from a phone's screen (a text selection on a mobile site): every line is
# broken where the screen ends, about 35 characters ('The county board voted on' /
# 'Tuesday to close the old ferry' / ... / 'landing for good.'), headlines and captions
# too, in English as in Korean (whose characters are twice as wide). Too narrow for the
# wrapped text above (a PDF's, a mail's: 40 characters and more). Its mark is the wrapped
# paragraph: lines near the screen's width, none ending a sentence, then one that does,
# with a blank line after; a scrape's menus and lists of headlines end no sentence, and
# its paragraphs are lines of their own. A line that reaches the width without ending a
# sentence goes on in the next: the two are joined (a stamp, a label, a menu in columns,
# a button's one word are no paragraph's part).
_PHONE_MIN = 12  # narrower lines are labels and buttons, not the screen's width
_PHONE_MAX = 64  # wider (in half-width columns), no phone held upright
_PHONE_LINES = 12  # lines a page needs before its width is judged
_PHONE_PARAGRAPHS = 3  # wrapped paragraphs that show a phone's copy
_PHONE_NEAR = 0.6  # a line this near the width reaches it
_PHONE_OVER = 1.15  # a line this much wider than the width was never wrapped
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]")
_PHONE_ENDS = frozenset(".!?\"'\u201d\u2019):;\u3002")
_DATE_AND_TIME = re.compile(r"\d{4}.*\d:\d\d|\d:\d\d.*\d{4}")
_COLUMNS = re.compile(r"\s{3,}|[\u3000\t|]")


def _columns(text: str) -> int:
    """The width of a line on a screen: Hangul and other wide characters take two columns."""
    return len(text) + (len(_WIDE.findall(text)) if not text.isascii() else 0)


def _phone_part(text: str) -> bool:
    """A line a paragraph wrapped at a phone's width may hold: text, not a stamp, a
    label, a bullet or a menu laid out in columns."""
    return (
        bool(text)
        and not _COLUMNS.search(text)
        and text[:1] not in "-\u2022*#>|\u25b6\u25b2\u203b[(\uff3b"
        and not _LABEL_START.match(text)
        and _DATE_AND_TIME.search(text) is None
    )


def _phone_unwrapped(lines: list[Line], columns: list[int]) -> list[Line]:
    texted = [line for line in lines if len(line.text) >= _PHONE_MIN // 2]
    if (
        len(texted) < _PHONE_LINES
        or sum(1 for line in texted if len(line.text) <= _PHONE_MAX) * 3 < len(texted) * 2
    ):
        return lines  # (speed) most lines of a page are longer than a phone's: not copied from one
    widths = sorted(n for n in columns if n >= _PHONE_MIN)
    if len(widths) < _PHONE_LINES:
        return lines
    width = widths[(len(widths) * 3) // 4]  # (a page's menus and footer run wider than its screen)
    if width > _PHONE_MAX:
        return lines
    reach, over = width * _PHONE_NEAR, width * _PHONE_OVER

    def goes_on(at: int) -> bool:
        """The line `at` reaches the screen's edge mid-sentence, and the next carries it on."""
        before, line = lines[at], lines[at + 1]
        return (
            bool(line.text)
            and reach <= columns[at] <= over
            and (before.text[-1] not in _PHONE_ENDS or _korean_parenthesis_end(before.text))
            and columns[at + 1] <= over
            and (" " in line.text or line.text[-1] in _PHONE_ENDS)
            and _phone_part(before.text)
            and _phone_part(line.text)
        )

    # Whether each line carries on the one above it: asked once, of the lines as read.
    joins = [goes_on(at) for at in range(len(lines) - 1)]
    wrapped = 0  # paragraphs of two lines or more, wrapped, ending a sentence
    run = 0
    for (before, line), join in zip(itertools.pairwise(lines), joins, strict=True):
        if join:
            run += 1
            continue
        if run and before.text and before.text[-1] in _PHONE_ENDS and not line.text:
            wrapped += 1
        run = 0
    if wrapped < _PHONE_PARAGRAPHS:
        return lines
    joined = [lines[0]]
    for line, join in zip(lines[1:], joins, strict=True):
        if join:
            before = joined[-1]
            before.text = _carried_on(before.text, line.text)
            before.raw = f"{before.raw} {line.raw}"
        else:
            joined.append(line)
    return joined


# Longer lines are paragraphs, where a date may follow a word without a space ('회계연도2025-03-31').
_GLUED_MAX = 160


# A stamp's own label may touch its date ('입력2025.04.03. 오전 9:41'): that is one stamp.
_STAMP_LABEL = re.compile(
    r"(?:입력|수정|등록|승인|송고|발행|게재|업데이트|updated|posted|published|date)\s*:?$", re.I
)
# Text before a glued date shorter than this is a label, not a headline.
_GLUED_TEXT = 10


def _split_glued(raw: str) -> list[str]:
    """The parts of a header line glued together: text, a date and time, a byline."""
    cuts = [0]
    for found in _GLUED_DATE.finditer(raw):
        before = raw[cuts[-1] : found.start()]
        if len(before.strip()) >= _GLUED_TEXT and not _STAMP_LABEL.search(before):
            cuts.append(found.start())
    if len(cuts) == 1:
        return [raw]
    parts = [raw[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(raw)], strict=True)]
    parts = [piece.strip() for part in parts for piece in _GLUED_AFTER_TIME.split(part)]
    return [part for part in parts if part]


# A picture's caption in a post saved with its HTML ('<figure><img ...><figcaption>The
# pier at dusk. Photo by the author.</figcaption></figure>'): the markup says what it is,
# however much it reads like the story's sentence.
_FIGCAPTION = re.compile(r"<figcaption\b[^<>]*>(?P<text>.*?)</figcaption\s*>", re.IGNORECASE)


def _html_lines(number: int, raw: str) -> list[Line]:
    if "<fig" in raw and (caption := _FIGCAPTION.search(raw)) is not None:
        before, after = raw[: caption.start()].strip(), raw[caption.end() :].strip()
        captions = _html_lines(number, caption["text"])
        for line in captions:
            line.figcaption = bool(line.text)
        return [
            *(_html_lines(number, before) if before else []),
            *captions,
            *(_html_lines(number, after) if after else []),
        ]
    parts = [part for part in _BREAK.split(raw) if part.strip()] if _BREAK.search(raw) else [raw]
    made = []
    for part in parts:
        bold = _BOLD.fullmatch(part.strip()) is not None
        link = _HREF.search(part)
        text = _TAG.sub(" ", part) if "<" in part else part
        if "&" in text and _ENTITY.search(text):
            text = html.unescape(text)
        line = _line(number, " ".join(text.split()), raw)
        line.bold = bold
        line.link = link["url"] if link else ""
        made.append(line)
    if not made:  # a line of tags alone, such as '<br>' or '<img src=...>'
        made.append(_line(number, "", raw))
    return made


def _line(number: int, text: str, raw: str) -> Line:
    line = Line(number, text, raw)
    if text[:1] == "#" and (heading := _MD_HEADING.match(text)) is not None:
        line.text, line.bold = text[heading.end() :], True
    if "](" in line.text:  # gate (speed): most lines have no Markdown link
        link = _MD_LINK.search(line.text)
        line.link = line.link or (link["url"] if link else "")
        line.text = _MD_LINK.sub(lambda found: "" if found["image"] else found["text"], line.text).strip()
    if line.text[:1] in "*_" and _MD_EMPHASIS.fullmatch(line.text):  # '*A deck in italics.*'
        line.text = line.text[1:-1]
    elif "**" in line.text:  # gate (speed): most lines have no Markdown
        line.text = _MD_BOLD.sub(r"\g<text>", line.text)
        line.bold = line.bold or _MD_BOLD.fullmatch(text) is not None
    if line.text.startswith(">"):
        line.text = _QUOTE_MARK.sub("", line.text)
        line.quoted = True
    if not line.text.isascii() and _LATIN1_RUN.search(line.text):
        line.text, line.repaired = repair_mojibake(line.text)
    if line.text[-2:] in _END_MARKS and line.text[-3:-2] in _SENTENCE_ENDS:
        line.text = line.text[:-2]  # a site's end mark after the story's last sentence: '... changed. ®'
    return line


_END_MARKS = frozenset((" \u00ae", " \u25a0", " \u220e", " \u25fc"))  # ' ®', ' ■', ' ∎', ' ◼'


def repair_mojibake(text: str) -> tuple[str, str]:
    """(text, what was done): Korean read as Latin-1 decoded again as CP949, UTF-8 read
    as Windows-1252 fixed by ftfy; ('', 'unrepairable') when the bytes allow neither."""
    import ftfy  # only lines that look like mojibake need it

    if not ftfy.is_bad(text):
        return text, ""
    repaired = _EUC_KR_RUN.sub(_as_cp949, text)
    if repaired != text and not _LATIN1_RUN.search(repaired) and HANGUL.search(repaired):
        return repaired, "mojibake repaired (EUC-KR read as Latin-1)"
    fixed = ftfy.fix_encoding(text)
    if fixed != text and not ftfy.is_bad(fixed):
        return fixed, "mojibake repaired (ftfy)"
    return "", "unrepairable mojibake"


def _as_cp949(match: re.Match[str]) -> str:
    try:
        return match.group().encode("latin-1").decode("cp949")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group()
