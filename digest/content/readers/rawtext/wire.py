"""Wire-service furniture: tags on headlines, editors' notes, end marks and datelines.

    (LEAD) Busan port extends ...        UPDATE 2-Hyundai Motor to ...     [속보] 8월 소비자물가 ...
    (ATTN: ADDS union comments in paras 5-6)      (Adds analyst comment in paragraph 6)
    (END)   (끝)   ###   -30-
    BUSAN, March 4 (Pacific Wire) - South Korea's largest ...   -> dateline 'BUSAN, March 4'
    SAVANNAH, Ga. — Two South Korean ...   Sejong, April 22 — The Ministry ...
    (세종=누리통신) 박성민 기자 = 정부가 ...                          -> dateline '세종'

A dateline is information: it is taken off the paragraph and kept as the article's
dateline, its wire credit becomes the outlet, and the text starts after the wire's dash.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from digest.content.readers.rawtext.bylines import KO_OUTLET_END, split_names

# Tags a wire or a forum puts before a headline: "(LEAD)", "(2nd LD)", "(URGENT)",
# "UPDATE 2-", "(2보)", "(종합)", "(종합2보)", "[속보]", "[펌]", "[News]", "Re:".
_TAG_WORDS = (
    r"LEAD|URGENT|FLASH|BREAKING|UPDATE\s*\d*|CORRECTED|CORRECTION|REPEAT|REFILE|ADVISORY|RECASTS?|"
    r"\d+(?:st|nd|rd|th)\s+LD|LD|\d+\s*보|종합\s*\d*\s*보?|속보|단독|긴급|1보|2보|3보|기사\s*퍼옴|퍼옴|펌|repost(?:ed)?"
)
# A series' name in brackets with the part's number ('[저출산 리포트] ① ...', '[Water Week]
# (2) ...') is the headline's: the number says which part of the series this story is.
_SERIES_NUMBER = r"\s*(?:[\u2460-\u2473\u2776-\u277f]|\(\d{1,2}\)|<\d{1,2}>|\d{1,2}\s*[.)]\s)"
_SERIES_PART = re.compile(rf"\[[^\[\]]{{1,20}}\]{_SERIES_NUMBER}")
# A financial and sports wire's desk before the headline, in capitals and glued by its
# hyphen: 'SOCCER-Lions edge Rangers ...', 'GLOBAL MARKETS-Stocks slip ...', 'BRIEF-...'.
_DESK = (
    r"(?-i:(?:SOCCER|TENNIS|GOLF|CRICKET|RUGBY(?: UNION| LEAGUE)?|ATHLETICS|CYCLING|OLYMPICS|BASKETBALL"
    r"|BASEBALL|MOTOR RACING|BOXING|SWIMMING|SKIING|US STOCKS|GLOBAL MARKETS|EMERGING MARKETS|FOREX|GOLD|OIL"
    r"|METALS|GRAINS|BRIEF|EXCLUSIVE|FACTBOX|EXPLAINER|ANALYSIS|INSIGHT|COLUMN|BREAKINGVIEWS)"
    r"-(?=[A-Z0-9\"'\u2018\u201c]))"
)
_HEAD_TAGS = re.compile(
    rf"^(?:\s*(?:\((?:{_TAG_WORDS})[^()]{{0,20}}\)|\[[^\[\]]{{1,12}}\](?!{_SERIES_NUMBER})|(?:UPDATE|CORRECTED|REFILE)\s*\d*\s*-"
    rf"|{_DESK}|Re:)\s*)+",
    re.I,
)
_TAIL_TAGS = re.compile(rf"(?:\s*\((?:{_TAG_WORDS})\)\s*)+$", re.I)
# A financial wire's version after the headline: 'Tarnwell Mills Beats Forecasts -- Update',
# '... -- 2nd Update', '... -- Correction', '... -- WSJ' is no tag (a source).
_VERSION_TAIL = re.compile(
    r"\s+--\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:update|correction|corrected|clarification|refile|repeat)\s*$", re.I
)
# A line that is only a tag or an editors' note: "(LEAD)", "(ATTN: ...)", "(Adds ...)".
_NOTE = re.compile(
    rf"\((?:{_TAG_WORDS}|(?:ATTN|EDS|EDITORS?|NOTE|CORRECTS?)\s*:.*|(?:adds|updates|recasts|corrects|changes|"
    r"fixes|inserts|removes|rewrites|tops|moves|writethru)\b.*)\)",
    re.I,
)
END_MARK = re.compile(r"\(?(?:END|ENDS|끝|종료)\)?|#{3}|-30-|(?:.*\s)?끝\.|\[끝\]", re.I)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DASH = r"(?:--|\u2014|\u2013|\u2015|-)"  # (U+2015, the horizontal bar, set as a dash by some sites)
# 'March 4', 'Dec. 3', '4 March', with the year sometimes: 'March 4, 2025'.
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+\d{{4}})?"
# The wire's credit: '(Pacific Wire)', '/Newswire/', ', SNA' after the date ('Tamale, Aug.
# 19, SNA -').
_WIRE = (
    r"(?:\s+\((?P<wire>[^()]{2,30})\)|\s+/(?P<slash>[^/]{2,30})/"
    r"|(?<=\d),\s+(?P<comma>[A-Z]{2,6})(?=\s+[-\u2013\u2014]))"
)
# BUSAN, March 4 (Pacific Wire) -      SEOUL, Dec. 3 (Yonhap) --      SAVANNAH, Ga. —
# Capitals with Latin-1's accented ones: 'VALPARAÍSO', 'SÃO PAULO'; and small letters.
_CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_SMALL = "a-z\u00df-\u00f6\u00f8-\u00ff"
# The place may name its state, province or country, in up to three words and with the
# accents of its language: 'SAVANNAH, Ga.', 'INCHEON, South Korea', 'WRENFORD, North
# Kestrel Province', 'LAS TORRES, Valdemoña'; a state's initials ('ABERDEEN, S.D.', 'W.Va.',
# a postal code's 'NJ').
_REGION = (
    rf"(?:,\s+(?!{_MONTH}\s)(?:[A-Z][a-z]{{1,4}}\.|(?:[A-Z]\.){{2}}|[A-Z]\.\s?[A-Z][a-z]{{1,3}}\.|[A-Z]{{2}}(?=\s)"
    rf"|[{_CAPS}][{_SMALL}]+(?:\s+[{_CAPS}][{_SMALL}]+){{0,2}}"
    # or in capitals like the place: 'SEOUL, SOUTH KOREA —'
    rf"|[{_CAPS}]{{3,}}(?:\s+[{_CAPS}]{{2,}}){{0,2}}(?=\s*(?:--|\u2014|\u2013|\u2015|\())))"
)
_LONG_DASH = re.compile(r"--|\u2014|\u2015|\s\u2013\s")
_DATELINE_CAPS = re.compile(
    # (two cities filing together are joined by a slash: 'MARAVI/KESSO, 3 August 2025')
    rf"(?P<place>[{_CAPS}][{_CAPS}.'\u2019-]+(?:[ /-][{_CAPS}][{_CAPS}.'\u2019-]+){{0,3}}{_REGION}?)"
    # (a Japanese daily's English site glues the dash to the lede: 'OSAKA--The last ...')
    rf"(?:,\s+(?P<date>{_DATE}))?{_WIRE}?\s*(?:{_DASH}\s+|(?:--|\u2014)(?=[A-Z\"\u201c]))(?P<rest>\S.*)"
)
# Sejong, April 22 — The Ministry ...   Tokyo (Kyodo) - ...  (a place in title case needs
# a date or a credit). A terminal's text view glues the double hyphen to the lede, as the
# capitals' pattern allows: 'Rotterdam (Agency)--Stocks ...'.
# (a possessive in a place's name: "Cox's Bazar", "St John's")
_TITLE_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:['\u2019]s)?"
_DATELINE_TITLE = re.compile(
    # (a place's accented letters too: 'Montréal', 'Québec', 'Zürich', 'São Paulo')
    rf"(?P<place>{_TITLE_WORD}(?:[ -]{_TITLE_WORD}){{0,2}}{_REGION}?)"
    rf"(?:,\s+(?P<date>{_DATE}))?"
    rf"{_WIRE}?\s*(?:{_DASH}\s+|--(?=[A-Z\"\u201c]))(?P<rest>[A-Z0-9\"'\u201c\u2018].*)"
)
# PUNE: The standing committee ...   (an Indian or Pakistani daily's dateline: the place in
# capitals and a colon, maybe the agency's credit before it: 'ISLAMABAD (IPA): ...'). A
# label in capitals ('UPDATE:', 'WATCH:') is no place.
_DATELINE_COLON = re.compile(
    r"(?!(?:UPDATE|UPDATED|WATCH|READ|LISTEN|NOTE|EDITOR'?S? NOTE|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|PHOTOS?"
    r"|VIDEO|LIVE|CORRECTION|CLARIFICATION|WARNING|FACT CHECK|ALSO READ|SOURCE|Q|A):)"
    # (with the agency's credit before the colon: 'ISLAMABAD (IPA): ...')
    r"(?P<place>[A-Z][A-Z.'\u2019-]{2,}(?:[ -][A-Z][A-Z.'\u2019-]+){0,2})"
    # (with the day after a comma, a release's: 'NAIROBI, Monday 1st December 2025: ...')
    rf"(?:,\s+(?P<when>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?{_DATE}))?"
    rf"(?:\s\((?P<wire>[A-Z][\w.&'-]{{1,20}})\)|\s\((?P<day>{_MONTH}\s\d{{1,2}})\))?:"  # ('IPOH (Dec 4):')
    r"\s+(?P<rest>[A-Z0-9\"'\u201c\u2018].*)"
)
# Bengaluru, November 25, 2025: KasPay today launched ...   (an Indian company's release:
# the place in title case, the whole date with its year, a colon)
_DATELINE_TITLE_DATE_COLON = re.compile(
    rf"(?P<place>(?P<town>[A-Z][a-z]{{2,}}(?:[ -][A-Z][a-z]{{2,}}){{0,2}}),\s+"
    rf"(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH},?)\s+\d{{4}}):\s+(?P<rest>[A-Z0-9\"'\u201c\u2018].*)"
)
# Dubai: A new water taxi route ...   (a Gulf daily's dateline: the place in title case and a
# colon, then the lede, long as a lede is, opening with an article or with the place again:
# 'Dubai: Dubai Metro will ...'). A speaker's or a label's name is no place.
_DATELINE_COLON_TITLE = re.compile(
    r"(?P<place>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){0,2}):\s+(?P<rest>(?:An?|The|(?P=place))\s.{60,})"
)
# Taichung, March 5 (FC) Taiwan's ministry ...: a place, a date and a wire's short code in
# capitals, and no dash at all. The code's parentheses right after the date set it apart.
_DATELINE_CODE = re.compile(
    rf"(?P<place>[A-Z][A-Za-z.'\u2019-]+(?:[ -][A-Z][A-Za-z.'\u2019-]+){{0,2}}{_REGION}?)"
    rf",\s+(?P<date>{_DATE})\s+\((?P<wire>[A-Z]{{2,4}})\)\s+(?P<rest>[A-Z0-9\"'\u201c\u2018].*)"
)
# SAN JOSE, Calif.--(COMMERCE WIRE)--Vantrel Photonics, Inc. today reported ...: a release
# distributor's dateline, its credit between double dashes glued to the place and the lede.
# The distributor carries the release; the company that issues it is the outlet.
_PLACE_CAPS = rf"[{_CAPS}][{_CAPS}.'\u2019-]+(?:[ -][{_CAPS}][{_CAPS}.'\u2019-]+){{0,3}}{_REGION}?"
# (two places, filed together: 'SEOUL, South Korea & AUSTIN, Texas--(...)--')
_DATELINE_RELEASE = re.compile(
    rf"(?P<place>{_PLACE_CAPS}(?:\s+&\s+{_PLACE_CAPS})?)"
    r"\s*--\s*\((?P<wire>[^()]{2,30})\)\s*--\s*(?P<rest>[A-Z0-9\"\u201c].*)"
)
# March 11, 2025 (en dash) Ottawa, Ontario (en dash) Rural and remote communities ...: a government's
# release, the date first, then the place and its province, each set apart by a dash.
_DATELINE_DATE_FIRST = re.compile(
    rf"(?P<date>{_MONTH}\s+\d{{1,2}},\s+\d{{4}})\s+[\u2013\u2014-]\s+"
    r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?)"
    r"\s+[\u2013\u2014-]\s+(?P<rest>[A-Z0-9\"\u201c].*)"
)
# Court Desk (March 4, 2025, 4:41 PM EST) -- A judge ...: a trade service's own name and
# its time stamp where a wire puts the place and its credit. The name is the outlet, the
# stamp the published time, and there is no place.
_DATELINE_OUTLET_STAMP = re.compile(
    rf"(?P<wire>[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){{0,3}})\s+"
    rf"\((?P<stamp>{_DATE},?\s+\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?)\)"
    rf"\s*{_DASH}\s+(?P<rest>\S.*)"
)
# (Halden) -- Shares of ...: a wire's credit where the place would be, on a customer's page
# that took the place off (or never had one). No place; the credit is the wire's.
# ('(Jinling Global) Jan. 13 -- Chinese ...': with the day after the credit, the dateline's)
_DATELINE_CREDIT_ONLY = re.compile(
    r"\((?P<wire>[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,3})\)"
    rf"(?:\s+(?P<day>{_MONTH}\s+\d{{1,2}}))?\s*(?:--|\u2014)\s*"
    r"(?P<rest>[A-Z0-9\"'\u201c\u2018].*)"
)
# OSAKA - Osaka will ...: a place in capitals and a single hyphen. A label in capitals
# ('UPDATE - ...', 'WATCH - ...') is no place, and the place is a word of letters.
_NOT_PLACES = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "WATCH",
        "READ",
        "LISTEN",
        "NOTE",
        "BREAKING",
        "FILE",  # a file photograph's caption: 'FILE - A towboat pushes barges ...'
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "PHOTO",
        "PHOTOS",
        "VIDEO",
        "LIVE",
        "CORRECTION",
        "WARNING",
        "SOURCE",
        "ADVISORY",
        "URGENT",
        "FLASH",
        # a match report's and a programme's labels
        "FINAL",
        "RESULT",
        "RESULTS",
        "HALFTIME",
        "RECAP",
        "PREVIEW",
        "REVIEW",
        "INTERVIEW",
        "EDITORIAL",
        "DEVELOPING",
        "TRENDING",
    ]
)
_DATELINE_HYPHEN = re.compile(
    # (with its state or country after a comma: 'BURBANK, Calif. - ', 'AUSTIN, Texas - ')
    r"(?P<place>[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2}"
    r"(?:,\s(?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?))?)"
    r" - (?P<rest>[A-Z\"\u201c][a-z'\u2019 ].{40,})"
)
# 【진주】 진주시가 ...: a Korean regional daily's dateline, the place alone in lenticular brackets.
_DATELINE_LENTICULAR = re.compile(r"\u3010\s*(?P<place>[가-힣]{1,10})\s*\u3011\s*(?P<rest>\S.*)")
_KO_NAME = r"[가-힣]{2,4}"
# (서울=연합뉴스) 홍길동 기자 = 본문
# [스포츠누리=고척, 홍길동 기자] 본문: a sports or entertainment daily's opener, the outlet
# first, then the venue and the reporter.
_DATELINE_KO_VENUE = re.compile(
    rf"[(\[]\s*(?P<wire>[^=()\[\],]{{1,20}}?)\s*=\s*(?P<place>[가-힣A-Za-z]{{1,10}})\s*,\s*"
    rf"(?P<names>{_KO_NAME}(?:\s*[·,]\s*{_KO_NAME})*)\s*(?:기자|특파원)\s*[)\]]\s*=?\s*(?P<rest>\S.*)"
)
_DATELINE_KO = re.compile(
    r"[(\[\u3010]\s*(?!사진|그래픽|포토|영상|자료)(?P<place>[^=()\[\]\u3010\u3011]{1,20})=\s*(?P<wire>[^()\[\]\u3010\u3011]{1,30}?)\s*[)\]\u3011]\s*"
    rf"(?:(?P<names>{_KO_NAME}(?:\s*[·,]\s*{_KO_NAME}|\s+{_KO_NAME}(?=\s))*)\s*(?:기자|특파원)\s*)?=?\s*(?P<rest>.+)"
)

_DATELINE_KO_WIRE_PLACE = re.compile(
    rf"[(\[]\s*(?P<wire>[^=()\[\]]{{2,20}}?)\s*\((?P<place>[^()=]{{1,10}})\)\s*=\s*"
    rf"(?P<names>{_KO_NAME}(?:\s*[·,]\s*{_KO_NAME})*)\s*(?:기자|특파원)\s*[)\]]\s*(?P<rest>\S.*)"
)
_WIRE_AND_REPORTER = re.compile(
    rf"(?P<wire>\S+)\s+(?P<names>{_KO_NAME}(?:\s*[·,]\s*{_KO_NAME})*)\s*(?:기자|특파원)"
)

# 워싱턴 김하늘 특파원 = 본문: a bureau's city and its correspondent, without the wire's
# parentheses, or the reporter alone ('김하늘 기자 = 본문'); the names are the authors, never
# the outlet. A place is one word.
_DATELINE_KO_BUREAU = re.compile(
    rf"(?:(?P<place>[가-힣]{{1,10}})\s+)?(?P<names>{_KO_NAME}(?:\s*[·,]\s*{_KO_NAME})*)\s*(?:기자|특파원)\s*=\s*(?P<rest>\S.*)"
)

# 군산--(파도와이어) 2025년 06월 03일 -- 본문: a Korean release distributor's dateline, the
# place, the distributor's credit and the date set apart by double dashes.
_DATELINE_KO_RELEASE = re.compile(
    r"(?P<place>[가-힣]{1,10})\s*--\s*\((?P<wire>[^()]{2,30})\)\s*(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*)?--\s*(?P<rest>\S.*)"
)


@dataclass(frozen=True)
class Dateline:
    place: str  # 'BUSAN, March 4', 'SAVANNAH, Ga.', '서울'
    wire: str  # the credit in it, the outlet: 'Pacific Wire', '연합뉴스'
    authors: tuple[str, ...]
    rest: str  # the paragraph without it
    stamp: str = ""  # a stamp in its parentheses: 'Court Desk (March 4, 2025, 4:41 PM EST) --'


# A genre tag before a headline, with the wire's name or without: '(Hanul Feature)', '(News
# Focus)', '(Interview)'. It says what kind of story follows, not that another supersedes it.
_GENRE_TAG = re.compile(
    r"^\s*\((?:[A-Z][\w&.-]*\s+){0,2}(?:feature|interview|analysis|news\s+focus|profile|explainer|commentary"
    r"|Q\s*&\s*A)\)\s*",
    re.I,
)


# '[칼럼] 지역 소멸, 청년 주거에서 답 찾아야 / 남궁현 경남연구원 연구위원': a Korean column's
# headline carries its writer after a slash, a name and a few words of affiliation and title.
_WRITER_TAIL = re.compile(r"\s+/\s*(?P<name>[가-힣]{2,4})(?:\s+[가-힣A-Za-z·]{1,15}){0,4}$")


def headline_writer(headline: str) -> tuple[str, str]:
    """The headline without the writer glued after its slash, and the writer ('' if none)."""
    found = _WRITER_TAIL.search(headline) if "/" in headline else None  # gate (speed): the slash
    if found is None or found.start() < 8 or found.group().rstrip().endswith("다"):
        return headline, ""
    return headline[: found.start()].rstrip(), found["name"]


# (speed) Asked of the same header lines by the headline's search, its relevance and the
# fields; the answer depends on the text alone, so it is kept.
@functools.lru_cache(maxsize=1 << 14)
def strip_tags(headline: str) -> str:
    """The headline without the wire's or forum's tags before and after it, nor the writer
    a column's headline carries after a slash."""
    headline = headline_writer(headline)[0]
    if headline[:1] == "(":
        headline = _GENRE_TAG.sub("", headline)
    stripped = _HEAD_TAGS.sub("", headline)
    if ")" in stripped:  # gate (speed): a tail tag closes its parenthesis; the pattern tries every position
        stripped = _TAIL_TAGS.sub("", stripped)
    if "--" in stripped:  # gate (speed): a financial wire's version follows its double hyphen
        stripped = _VERSION_TAIL.sub("", stripped)
    stripped = stripped.strip()
    return stripped or headline.strip()


def series_part(line: str) -> bool:
    """Whether a line opens with a series' name in brackets and the part's number ('[저출산
    리포트] ① ...'): the headline's words, no transcript marker nor tag."""
    return _SERIES_PART.match(line) is not None


def has_tag(line: str) -> bool:
    """Whether a line opens with a wire or forum tag ('(LEAD) Seoul to run ...')."""
    return _HEAD_TAGS.match(line) is not None


def is_tagged(line: str) -> bool:
    """Whether a line carries a wire or forum tag before or after it ('(LEAD) ...',
    '... (기사 퍼옴)')."""
    return _HEAD_TAGS.match(line) is not None or (")" in line and _TAIL_TAGS.search(line) is not None)


# A tag that marks the story's own later version ('(LEAD)', '(2nd LD)', 'UPDATE 2-', '(종합2보)'):
# the line is the story's headline as it stands now, not a flash it replaced.
_UPDATE_WORDS = r"LEAD|\d+(?:st|nd|rd|th)\s+LD|LD|UPDATE\s*\d*|종합\s*\d*\s*보?|[2-9]\s*보"
_UPDATE_TAG = re.compile(
    rf"^\s*(?:\((?:{_UPDATE_WORDS})\)|UPDATE\s*\d*\s*-)|\((?:{_UPDATE_WORDS})\)\s*$", re.I
)


def is_update(line: str) -> bool:
    """Whether a line's tag marks the story's own update ('(LEAD) ...', '... (종합2보)'),
    which a flash's tag ('(URGENT)', '[속보]') and a forum's ('[펌]') do not."""
    return _UPDATE_TAG.search(line) is not None


# A wire's note to editors outside parentheses, as a members' page prints its advisory
# over the story: 'Eds: Transmitted under embargo ...', 'ATTN: ...', and the embargo
# line itself ('Embargoed story: for release at 0001 GMT on ...', 'EMBARGOED UNTIL ...').
# The embargo must be the line's label (a colon, 'until', 'for release'), with a time or
# a year after it: a paragraph may open on the word ('Embargo talks stalled in 2024 ...').
# A members' page's slug, labelled or not: 'Slug: BC-US--Grain Elevator Explosion,3rd Ld-Writethru'.
_OPEN_NOTE = re.compile(
    r"(?:EDS|Eds|ATTN|Attn)\s*:\s+\S"
    r"|(?:Slug\s*:\s*)?BC-[A-Z]{2,}-"
    r"|(?i:embargo(?:ed)?(?:\s+(?:story|copy|material|report))?\s*(?::|until\b|till\b|for\s+release\b))"
    r"[^.!?]{0,40}?(?:\d{4}|\d{1,2}:?\d{2})"
)


def is_note(line: str) -> bool:
    """A line that is nothing but a wire tag or an editors' note."""
    if line[:1] in "EeAaSB" and _OPEN_NOTE.match(line) is not None:
        return True
    return (
        line.startswith("(") and line.endswith(")") and len(line) <= 200 and _NOTE.fullmatch(line) is not None
    )


# (speed) Read of the story's first paragraph twice (for the opening the headline is measured
# against, then to take it off); the answer depends on the text alone (Dateline is frozen).
def venue_opener(paragraph: str) -> Dateline | None:
    """'[스포츠누리=고척, 홍길동 기자] 본문': the outlet, the venue as the dateline, and the
    reporter, or None."""
    if not paragraph.startswith(("[", "(")) or "=" not in paragraph[:30]:
        return None
    venue = _DATELINE_KO_VENUE.match(paragraph)
    if venue is None:
        return None
    return Dateline(venue["place"], venue["wire"].strip(), split_names(venue["names"]) or (), venue["rest"])


# 'Ahmedabad (Gujarat) [India], January 13 (BWS): South Korean ...': an Indian agency's
# dateline, the place with its state in parentheses and its country in brackets.
_DATELINE_STATE_COUNTRY = re.compile(
    r"(?P<place>[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}\s\([A-Z][\w .'-]{1,30}\)(?:\s\[[A-Z][\w .'-]{1,30}\])?"
    rf",\s+{_DATE})\s+\((?P<wire>[A-Z][\w&.-]{{1,12}})\)\s*[:\-\u2013\u2014]\s+(?P<rest>\S.*)"
)


# 'Ulaanbaatar, December 2, 2025 /ALTAI/. The new railway ...': a national agency's place
# and day, its name between slashes, then a full stop.
_DATELINE_SLASHED_AGENCY = re.compile(
    rf"(?P<place>[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){{0,2}},\s+{_DATE})\s+/(?P<wire>[A-Z][A-Za-z&-]{{1,15}})/\.?\s+"
    r"(?P<rest>[A-Z\"\u201c].*)"
)


@functools.lru_cache(maxsize=1 << 12)
def dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph, or None."""
    head = paragraph[:1]
    if head.isupper() and "/" in paragraph[:60] and (slashed := _DATELINE_SLASHED_AGENCY.match(paragraph)):
        return Dateline(slashed["place"], slashed["wire"], (), slashed["rest"].strip())
    if head.isupper() and "(" in paragraph[:60] and (stated := _DATELINE_STATE_COUNTRY.match(paragraph)):
        return Dateline(stated["place"], stated["wire"], (), stated["rest"].strip())
    if head == "\u3010" and (plain := _DATELINE_LENTICULAR.match(paragraph)) is not None:
        if KO_OUTLET_END.search(plain["place"]):  # '【이음경제】': the paper's name, no place
            return Dateline("", plain["place"], (), plain["rest"].strip())
        return Dateline(plain["place"], "", (), plain["rest"].strip())
    if head in "([\u3010":
        venue = venue_opener(paragraph)
        if venue is not None:
            return venue
        placed = _DATELINE_KO_WIRE_PLACE.match(paragraph) if "(" in paragraph[1:20] else None
        if placed is not None:
            # '[미르경제(부산)=배하진 기자] ...': the paper, its bureau's city, the reporter
            names = split_names(placed["names"]) or ()
            return Dateline(placed["place"], placed["wire"], names, placed["rest"].strip())
        match = _DATELINE_KO.match(paragraph)
        if match is None:
            credited = _DATELINE_CREDIT_ONLY.match(paragraph[:200]) if head == "(" else None
            if credited is None:
                return None
            place = credited["day"] or ""
            return Dateline(place, credited["wire"], (), (credited["rest"] + paragraph[200:]).strip())
        names = split_names(match["names"]) if match["names"] else ()
        credit = match["wire"].strip()
        if not names and (inside := _WIRE_AND_REPORTER.fullmatch(credit)) is not None:
            # '[상암=스포츠나래 권하람 기자]': the paper and its reporter inside the brackets
            credit, names = inside["wire"], split_names(inside["names"]) or ()
        return Dateline(match["place"].strip(), credit, names or (), match["rest"].strip())
    if "\uac00" <= head <= "\ud7a3":
        # gate (speed): the correspondent's '=' stands in the first few words
        bureau = _DATELINE_KO_BUREAU.match(paragraph) if "=" in paragraph[:30] else None
        if bureau is not None:
            return Dateline(bureau["place"] or "", "", split_names(bureau["names"]), bureau["rest"].strip())
        release = _DATELINE_KO_RELEASE.match(paragraph) if "--" in paragraph[:40] else None
        if release is None:
            return None
        return Dateline(release["place"], release["wire"].strip(), (), release["rest"].strip())
    if not head.isupper():
        return None
    dated_colon = _DATELINE_TITLE_DATE_COLON.match(paragraph[:80]) if ":" in paragraph[:60] else None
    if (
        dated_colon is not None
        and dated_colon["town"].upper() not in _NOT_PLACES
        and not _label_or_opener(dated_colon["town"])
    ):
        return Dateline(dated_colon["place"], "", (), (dated_colon["rest"] + paragraph[80:]).strip())
    colon = _DATELINE_COLON.match(paragraph[:80]) or _DATELINE_COLON_TITLE.match(paragraph[:80])
    if (
        colon is not None
        and colon["place"].upper() not in _NOT_PLACES
        and not _label_or_opener(colon["place"])
    ):
        credit = colon.groupdict().get("wire") or ""
        day = colon.groupdict().get("day")
        place = f"{colon['place']} ({day})" if day else colon["place"]
        if colon.groupdict().get("when"):
            place = paragraph[: colon.end("when")]  # as printed: 'NAIROBI, Monday 1st December 2025'
        return Dateline(place, credit, (), (colon["rest"] + paragraph[80:]).strip())
    dated = _DATELINE_DATE_FIRST.match(paragraph[:200]) if paragraph[:1].isupper() else None
    if dated is not None:
        place = paragraph[: dated.end("place")]  # as printed: 'March 11, 2025 (en dash) Ottawa, Ontario'
        return Dateline(place, "", (), (dated["rest"] + paragraph[200:]).strip())
    released = _DATELINE_RELEASE.match(paragraph[:200]) if "--(" in paragraph[:80] else None
    if released is not None:
        return Dateline(released["place"], "", (), (released["rest"] + paragraph[200:]).strip())
    stamped = _DATELINE_OUTLET_STAMP.match(paragraph[:200]) if "(" in paragraph[:60] else None
    if stamped is not None:
        rest = stamped["rest"] + paragraph[200:]
        return Dateline("", stamped["wire"], (), rest.strip(), stamped["stamp"])
    coded = _DATELINE_CODE.match(paragraph[:200])
    if coded is not None:
        rest = coded["rest"] + paragraph[200:]
        return Dateline(f"{coded['place']}, {coded['date']}", coded["wire"], (), rest.strip())
    hyphen = _DATELINE_HYPHEN.match(paragraph)
    if hyphen is not None and hyphen["place"] not in _NOT_PLACES:
        return Dateline(hyphen["place"], "", (), hyphen["rest"].strip())
    for pattern in (_DATELINE_CAPS, _DATELINE_TITLE):
        found = pattern.match(paragraph[:200])
        if found is None:
            continue
        wire = found["wire"] or found["slash"] or found["comma"] or ""
        if pattern is _DATELINE_TITLE and not (found["date"] or wire):
            continue  # 'Officials - and ...' is no dateline: a title-case place needs more
        # A capitalized place alone needs the wire's credit or a long dash: "HEAD - text" is no dateline.
        if pattern is _DATELINE_CAPS and not (found["date"] or wire):
            # An en dash counts when spaced ('SANTIAGO \u2013 Text'): no place name holds one.
            if not _LONG_DASH.search(paragraph[found.start("rest") - 4 : found.start("rest")]):
                continue
            if len(found["place"]) < 3:
                continue
        place = found["place"] + (f", {found['date']}" if found["date"] else "")
        rest = found["rest"] + paragraph[200:]
        return Dateline(place.strip(), wire.strip(), (), rest.strip())
    return None


# Chennai: Himshila Ltd plans ...   Johannesburg (en dash) The miner said ...: a place in title case
# with a colon or a spaced dash, and nothing else (no date, no credit, no article opening the
# lede). Anywhere else such a line is a label or a speaker ('Update: ...', 'Smith: ...'); at
# the story's first paragraph, over a long lede, it is where the story was filed. So this
# shape is read only there (see `lede_dateline`).
_DATELINE_BARE_TITLE = re.compile(
    # (with its country after a comma: 'Maiduguri, Nigeria' and an en dash)
    r"(?P<place>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){0,2}(?:,\s[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)?)"
    r"(?::|\s[\u2013\u2014])\s+"
    r"(?P<rest>[A-Z0-9\"\u201c\u2018][^:]{100,}[.!?\"\u201d\u2019])"
)
# Words a label or a sentence opens with, not a place: 'Update: ...', 'Meanwhile (en dash) ...'.
_LABEL_OR_OPENER = frozenset(
    (
        "update",
        "updated",
        "watch",
        "read",
        "listen",
        "note",
        "editor",
        "breaking",
        "exclusive",
        "analysis",
        "opinion",
        "photo",
        "photos",
        "video",
        "live",
        "correction",
        "clarification",
        "warning",
        "source",
        "summary",
        "background",
        "context",
        "disclaimer",
        "disclosure",
        "sponsored",
        "caption",
        "credit",
        "advertisement",
        "related",
        "also",
        "more",
        "key",
        "question",
        "answer",
        "transcript",
        "interviewer",
        "host",
        "reporter",
        "speaker",
        "however",
        "meanwhile",
        "still",
        "yet",
        "but",
        "and",
        "instead",
        "then",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "here",
        "there",
        "this",
        "that",
        "these",
        "those",
        "first",
        "finally",
        "officials",
        "police",
        "latest",
        "developing",
        "review",
        "preview",
        "result",
        "results",
        "recap",
    )
)


def _label_or_opener(place: str) -> bool:
    """'Meanwhile: The ...', 'Key Points: The ...': a word of the place is a label's or an opener's."""
    return any(word.lower() in _LABEL_OR_OPENER for word in place.split())


# '[SINGAPORE] Tanjong Marine has won ...': a business daily's dateline, the place in
# capitals between brackets (the reader took the bracket off the lede as a marker).
_BRACKETED_PLACE = re.compile(r"\[\s*(?P<place>[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2})\s*\]")
# Words a broadcast's marker in capitals is made of ('[ANCHOR LEAD]', '[SOUNDBITE]').
_MARKER_WORDS = frozenset(
    ("anchor", "lead", "sot", "vo", "soundbite", "narration", "intro", "outro", "audio")
)


def bracketed_place(marker: str) -> str:
    """The place of a dateline in brackets ('[SINGAPORE]', '[KUALA LUMPUR]'), or ''."""
    found = _BRACKETED_PLACE.fullmatch(marker.strip())
    if found is None or found["place"] in _NOT_PLACES:
        return ""
    words = found["place"].lower().split()
    if _label_or_opener(found["place"]) or any(word in _MARKER_WORDS for word in words):
        return ""
    return found["place"]


def lede_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening the story's first paragraph: any of `dateline`'s, or a bare place
    in title case before a colon or a spaced dash, over a lede long as a lede is."""
    found = dateline(paragraph)
    if found is not None or not paragraph[:1].isupper():
        return found
    # gate (speed): the colon or the dash stands within the place's three words
    head = paragraph[:40]
    if ":" not in head and "\u2013" not in head and "\u2014" not in head:
        return None
    bare = _DATELINE_BARE_TITLE.match(paragraph)
    if bare is None or _label_or_opener(bare["place"]):
        return None
    return Dateline(bare["place"], "", (), bare["rest"].strip())
