"""Reader for raw scraped articles (`*.txt`), the format of `shared/seed-format/`.

date 2025-11-19 <headline>
Published: 19 Nov. 2025, 15:15        (or Updated:, 입력, 수정, 기사입력 ... | 최종수정 ...)
<optional header byline: By Jane Doe, Reporter Kim Ji-ho, 홍길동 기자, an e-mail alone>
<body paragraphs, one per line>
<optional disclaimer: translated with the help of generative AI>
BY NAME, NAME [[email protected]]       (or: 홍길동 기자 ..., By Jane Doe, an e-mail alone)
with the <Outlet>                      (or: ⓒ <Outlet>, 무단 전재 ...)
<site chrome, dropped>

Scrapers mix the page's furniture into the text: captions, share buttons, "Related
articles" lists, cookie and newsletter prompts, copyright lines. Those are recognised
by `ChromeFilter` (patterns, extendable in config.yaml) and never reach the body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from digest.content.markup import paragraphs_html
from digest.content.model import Article
from digest.content.readers.chrome import INLINE_CHROME, ChromeFilter
from digest.content.readers.dates import DateReader, TooManySlowDates
from digest.errors import DigestError

_FIRST_LINE = re.compile(r"date\s+(?P<date>\S+)\s+(?P<headline>.+)", re.I)

_UPDATED_LABELS = r"updated|last\s+updated|modified|last\s+modified|수정|최종\s*수정|업데이트"
_PUBLISHED_LABELS = r"published|first\s+published|posted|입력|기사\s*입력|승인|등록|발행|송고\s*시간|송고"
_LABEL = re.compile(
    rf"(?:(?P<updated>{_UPDATED_LABELS})|(?:{_PUBLISHED_LABELS}))(?:\s+(?:on|at))?\s*[:\uff1a]?\s*(?=\S)",
    re.I,
)
_STAMP_SEPARATORS = " \t|·/,;()[]"
_SOURCE = re.compile(r"(?:source|url|original|원문|출처)\s*[:\uff1a]\s*(?P<url>https?://[^\s<\"`]+)", re.I)

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_EMAIL_ONLY = re.compile(rf"[\[(<]*\s*(?:{_EMAIL}|\[?email\s*protected\]?)\s*[\])>]*", re.I)
_BYLINE_EN = re.compile(
    rf"(?:(?:written\s+|words\s+|reporting\s+)?by|reporters?|correspondents?|staff\s+writers?|writers?)"
    rf"\s*[:\uff1a]?\s+(?P<names>[^\[\]()<>|@]+?)\s*(?:[,|]?\s*(?:[\[(<].*|{_EMAIL}.*))?",
    re.I,
)
_BYLINE_KO = re.compile(
    r"(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}|\s+[가-힣]{2,4}(?=\s))*)\s*"
    r"(?:선임기자|객원기자|수습기자|기자|특파원|논설위원|선임연구원|통신원)(?P<rest>\s+.*|\s*[=\[(<].*)?"
)
# Yonhap-style dateline at the start of the first paragraph: "(서울=연합뉴스) 홍길동 기자 = 본문".
_DATELINE_KO = re.compile(
    r"[(\[]\s*(?P<place>[^=()\[\]]{1,20})=\s*(?P<outlet>[^()\[\]]{1,30}?)\s*[)\]]\s*"
    r"(?:(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}|\s+[가-힣]{2,4}(?=\s))*)\s*(?:기자|특파원)\s*)?=\s*(?P<rest>.+)"
)
_HANGUL_NAMES = re.compile(r"[가-힣]{2,4}(?:[\s,·;]+[가-힣]{2,4})*")
_ROLE_WORDS = re.compile(
    r"\b(?:staff|reporters?|correspondents?|writers?|editors?|contributors?|columnists?|desk|team)\b", re.I
)
_NAME_WORD = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*|[가-힣]{2,5}|(?:van|von|der|den|de|da|di|del|du|dos|la|le|ter|bin|al))"
)

_OUTLET_WITH = re.compile(r"with\s+(?:the\s+)?(?P<outlet>[A-Z\uac00-\ud7a3][\w&.'\u2019 -]{1,60}?)\.?")
_OUTLET_COPYRIGHT = re.compile(
    r"<?\s*(?:저작권자\s*)?(?:ⓒ|©|\(c\)|copyright)\s*(?:©|ⓒ)?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?"
    r"(?P<outlet>[^,.<>()]+?)\s*(?:[,.].*|\s+(?:무단|all rights|\().*|>)?",
    re.I,
)
_AI_DISCLAIMER = re.compile(
    r"with the help of generative AI|AI-assisted translation|translated (?:with|using|by) (?:an? )?AI",
    re.I,
)
# Bylines, stamp lines and outlet lines are short; longer lines are body.
_MAX_META_LINE = 300
# Stamps in a format only dateparser reads: a file may have SLOW_STAMPS, and one more for
# every CHARACTERS_PER_SLOW_STAMP of its text (real articles have one or two).
SLOW_STAMPS = 8
CHARACTERS_PER_SLOW_STAMP = 2000
# A line that ends like a sentence is a paragraph, not a headline in a list of links.
_SENTENCE_END = re.compile(r"(?:[.!?。…]|[.!?][\"\u201d\u2019')\]]+)$")


def _title_case_name(name: str) -> str:
    """'HAN YEONG-IK' -> 'Han Yeong-ik': romanized Korean given names keep one capital."""
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        first, *rest = word.split("-")
        words.append("-".join([first.capitalize(), *(part.lower() for part in rest)]))
    return " ".join(words)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or _ROLE_WORDS.search(name):
        return False
    return all(_NAME_WORD.fullmatch(word) for word in words)


def _split_names(names: str) -> tuple[str, ...] | None:
    """The names of a byline, or None when the text is not a list of names."""
    separators = r"[\s,·;]+" if _HANGUL_NAMES.fullmatch(names.strip()) else r"\s*(?:,|·|;|\band\b|&)\s*"
    parts = [p.strip() for p in re.split(separators, names.strip()) if p.strip()]
    # "By Jane Doe, Staff Reporter": a trailing role is not a name.
    kept = [p for p in parts if not _ROLE_WORDS.search(p)]
    if not kept or not all(_looks_like_name(p) for p in kept):
        return None
    return tuple(_title_case_name(p) for p in kept)


def read_byline(line: str) -> tuple[str, ...] | None:
    """The authors named by a byline line, () for an e-mail alone, None if not a byline."""
    if len(line) > _MAX_META_LINE:
        return None
    if _EMAIL_ONLY.fullmatch(line):
        return ()
    english = _BYLINE_EN.fullmatch(line)
    if english:
        return _split_names(english["names"])
    korean = _BYLINE_KO.fullmatch(line)
    if korean and not _SENTENCE_END.search((korean["rest"] or "").strip()):
        return _split_names(korean["names"])
    return None


def read_stamps(
    line: str, tz: ZoneInfo, dates: DateReader | None = None
) -> list[tuple[str, dt.datetime | None, str]] | None:
    """A line of time stamps ('입력 2025.11.19 15:15 | 수정 2025.11.19 18:40') as
    (field, datetime or None when unreadable, text); None when the line is not one.
    `dates` reads them (it may raise TooManySlowDates); by default, with no limit."""
    read = dates or DateReader(tz)
    if len(line) > _MAX_META_LINE:
        return None
    stripped = line.strip(_STAMP_SEPARATORS)
    labels = list(_LABEL.finditer(stripped))
    if not labels or labels[0].start() != 0:
        return None
    # "Published: sometime soon" is a stamp we cannot read (an error); "Published data
    # show ..." is body. A colon after the label, or a digit, makes it a stamp.
    if not re.search(r"[:\uff1a]\s*$", labels[0].group(0)) and not re.search(r"\d", stripped):
        return None
    stamps = []
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(stripped)
        when = stripped[label.end() : end].strip(_STAMP_SEPARATORS)
        field_name = "updated" if label["updated"] else "published"
        stamps.append((field_name, read(when), when))
    return stamps


@dataclass
class _Reading:
    """What has been read so far from one file."""

    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    source_url: str = ""
    authors: tuple[str, ...] = ()
    outlet: str = ""
    disclaimer: str = ""
    body: list[str] = field(default_factory=list)
    in_footer: bool = False  # after a byline that follows the body
    in_block: bool = False  # inside a "Related articles" list
    dates: DateReader | None = None


def read_raw_text(path: Path, text: str, tz: ZoneInfo, chrome: ChromeFilter) -> Article:
    lines = [(number, line.strip()) for number, line in enumerate(text.split("\n"), start=1)]
    lines = [(number, line) for number, line in lines if line]
    if not lines:
        raise DigestError("empty article", path, 1)

    first_number, first = lines[0]
    match = _FIRST_LINE.fullmatch(first)
    if match is None:
        raise DigestError(
            "expected the first line to be 'date YYYY-MM-DD <headline>'",
            path,
            first_number,
            "headline",
        )
    try:
        date = dt.date.fromisoformat(match["date"])
    except ValueError:
        raise DigestError(
            f"expected a date YYYY-MM-DD, got {match['date']!r}", path, first_number, "date"
        ) from None
    headline = INLINE_CHROME.sub("", match["headline"]).strip()

    state = _Reading(dates=DateReader(tz, SLOW_STAMPS + len(text) // CHARACTERS_PER_SLOW_STAMP))
    for number, line in lines[1:]:
        if _read_line(state, path, number, line, tz, chrome):
            break

    if not state.body:
        raise DigestError("no body text found after the date line", path, first_number)
    return Article(
        id=path.stem,
        path=path,
        headline=headline,
        date=date,
        published=state.published,
        updated=state.updated,
        authors=state.authors,
        outlet=state.outlet,
        body_html=paragraphs_html(state.body),
        text="\n\n".join(state.body),
        source_url=state.source_url,
        ai_translated=bool(state.disclaimer),
        disclaimer=state.disclaimer,
    )


def _read_line(
    state: _Reading, path: Path, number: int, line: str, tz: ZoneInfo, chrome: ChromeFilter
) -> bool:
    """Take one line into `state`; True when the rest of the file is footer."""
    source = _SOURCE.fullmatch(line)
    if source:
        state.source_url = state.source_url or source["url"]
        return False
    try:
        stamps = read_stamps(line, tz, state.dates)
    except TooManySlowDates:
        if not state.body:
            raise DigestError(
                f"more time stamps in formats only the slow date parser reads than a file of this "
                f"length may have ({SLOW_STAMPS}, and one for every {CHARACTERS_PER_SLOW_STAMP} "
                "characters); is this an article in the raw format?",
                path,
                number,
            ) from None
        stamps = None  # after the body, such a line is read as text
    if stamps is not None and (not state.body or all(when for _, when, _ in stamps)):
        for field_name, when, printed in stamps:
            if when is None:
                raise DigestError(f"cannot read the date and time {printed!r}", path, number, field_name)
            if field_name == "updated":
                state.updated = state.updated or when
            else:
                state.published = state.published or when
        return False
    if state.in_footer or state.body:
        outlet = _outlet_line(line, after_byline=state.in_footer or bool(state.authors))
        if outlet:
            state.outlet = state.outlet or outlet
            return True  # everything after byline and outlet is the site's footer
    if chrome.starts_block(line):
        state.in_block = True
        return False
    if state.in_block:
        if not _SENTENCE_END.search(line) or len(line) < 25:
            return False  # a linked headline of the "Related articles" list
        state.in_block = False
    if chrome.is_chrome(line):
        return False
    if state.in_footer:
        return False  # between the byline and the outlet line: footer, not body
    authors = read_byline(line)
    if authors is not None:
        state.authors = state.authors or authors
        state.in_footer = bool(state.body)
        return False
    if _AI_DISCLAIMER.search(line):
        state.disclaimer = line
        return False
    if not state.body:
        line = _dateline(state, line)
    line = INLINE_CHROME.sub("", line).strip()
    if line:
        state.body.append(line)
    return False


def _outlet_line(line: str, after_byline: bool) -> str:
    if len(line) > _MAX_META_LINE:
        return ""
    if after_byline:
        match = _OUTLET_WITH.fullmatch(line) or _OUTLET_COPYRIGHT.fullmatch(line)
    else:
        match = _OUTLET_COPYRIGHT.fullmatch(line)
    return match["outlet"].strip() if match else ""


def _dateline(state: _Reading, line: str) -> str:
    """Take '(서울=연합뉴스) 홍길동 기자 = ' off the first paragraph, keeping who and where from."""
    match = _DATELINE_KO.match(line)
    if match is None:
        return line
    if match["names"]:
        names = _split_names(match["names"])
        state.authors = state.authors or names or ()
    state.outlet = state.outlet or match["outlet"].strip()
    return match["rest"]
