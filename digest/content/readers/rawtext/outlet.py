"""The article's outlet, from the lines once each has its verdict.

By how surely the line names the article's own outlet: a dateline's wire credit, then a
source line, a byline's "for X", "with the X", a copyright line, a sign-off, "read the
full story at X", an issue note, a repost's "in the X", "first appeared in X", and last a
masthead: a name at the top of the page (under any UI or edition labels) that the page
names again further down. That masthead wins over the weaker candidates that name the
same outlet another way (a company's legal name, a newsletter's shortened name); a wire's
code is spelled out as the page spells it. Never a person (a byline line, a poster's or a
copyright-holding writer's name), a photo credit, a newsroom's label or empty quotes;
written as the page presents it (the full masthead over a short form or broadcast
variant, a Korean page's Korean name, a podcast's show); a host near the top is the last
resort.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from digest.content.readers.rawtext import cues
from digest.content.readers.rawtext.agreement import agreed_outlet, squash
from digest.content.readers.rawtext.bylines import (
    MAILED_WRITERS,
    PAPER_AFTER_DASH,
    PUBLICATION,
    parse_byline,
    writer_shaped,
)
from digest.content.readers.rawtext.capture import LINK_PREVIEW_RULE
from digest.content.readers.rawtext.clipper import SITE_PROPERTY
from digest.content.readers.rawtext.lines import (
    APP_SHARE_RULE,
    FIRST_APPEARED_RULE,
    FOLLOWERS,
    FULL_ARTICLE_AT_RULE,
    ISSUER_OVER_STAMP_RULE,
    ISSUING_OFFICE_RULE,
    LEAD_IN,
    LOGO_RULE,
    READ_MORE_AT_RULE,
    RELEASE_BOILERPLATE,
    REPOST_TITLE,
    REPUBLISHED_RULE,
    SECTION_NAME,
    SOURCE_BOILERPLATE,
    STAFF_BLOG_RULE,
    SUBMITTED_TITLE_RULE,
    TAB_TITLE_RULE,
    WIRE_SIGN_OFF,
    is_label,
)
from digest.content.readers.rawtext.romanize import spellings
from digest.content.readers.rawtext.source import (
    BODY,
    FOOTER_ZONE,
    HEADER_ZONE,
    LABEL,
    MASTHEAD,
    NAVIGATION,
    TRANSCRIPT,
    Line,
)

# A name of one to five capitalized words ('The Long Haul', 'Northgate Post').
_NAME_WORDS = r"[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'\u2019-]*){0,4}"

# Outlet candidates, most certain first: (rule of the line that names it, rank).
_OUTLET_RANK = {
    "dateline": 0,
    "byline opening the lede": 1,
    "source line": 2,
    ISSUER_OVER_STAMP_RULE: 2,
    SUBMITTED_TITLE_RULE: 2,
    SITE_PROPERTY: 2,
    "byline": 3,
    "byline after the outlet and a bar": 3,
    MAILED_WRITERS: 3,
    PAPER_AFTER_DASH: 3,
    "time stamp and byline and outlet": 3,
    "'with the' outlet line": 4,
    TAB_TITLE_RULE: 4,
    STAFF_BLOG_RULE: 4,
    # a portal's or a network's own copyright line (rank 5) is the carrier's, not the home's
    FIRST_APPEARED_RULE: 4,
    REPUBLISHED_RULE: 4,
    FULL_ARTICLE_AT_RULE: 4,
    "copyright line": 5,
    "sign-off": 6,
    "a mail's sender": 6,
    APP_SHARE_RULE: 6,
    LINK_PREVIEW_RULE: 8,
    "prompt to subscribe, download or try": 7,
    # a release's 'SOURCE Company' names its issuer; the outlet a reader saw it in is the
    # distributor ('/Wirebridge/ --' in the dateline), and two labellers who never saw
    # this code said so: the issuer stands only when no line names an outlet
    SOURCE_BOILERPLATE: 7,
    "a note about the article itself": 8,
    # '... a correspondent for The Harbour Post.': the paper the writer works for
    "the author's biography": 8,
    "introduction to a quoted story": 9,
    LEAD_IN: 9,
    REPOST_TITLE: 9,
    "a newsletter's sign-off naming itself": 8,
    "the page naming itself": 8,
    "time stamp and outlet": 8,
    READ_MORE_AT_RULE: 8,
}
# Candidates weaker than the page's own masthead (a first line the page names again) when
# they name the same outlet another way: a company's name in the copyright line ('Veldt
# Media (Pty) Ltd' under the masthead 'Veldt Daily'), a newsletter's shortened name in a
# byline or sign-off ('By Jane Doe for Klaxon Morning', 'Thanks for reading Klaxon Morning'
# on the 'Daily Klaxon'), a footer's mention. (A portal's masthead above another outlet's
# copyright line shares no word with it: the copyright line's outlet stands.)
_BELOW_MASTHEAD = frozenset(
    (
        "copyright line",
        "byline",
        "byline after the outlet and a bar",
        "a newsletter's sign-off naming itself",
        "prompt to subscribe, download or try",
        "a note about the article itself",
        "the page naming itself",
        "time stamp and outlet",
        # ('Darnell Ogletree, Footprint Atlanta' beside the day, 'Footprint' atop: the edition's
        # name is the masthead's)
        "time stamp and byline and outlet",
    )
)


# A word a site puts after its brand for one of its products or sections: 'Coinvault
# Reviews', '새벽방송 뉴스' (where 'Veldt Daily' is the paper's own name).
_PRODUCT_WORD = re.compile(r"news|뉴스|reviews?|blog|guides?|deals|online|digital|hub|plus|app|홈|home")


# A magazine's frequency before its name ('주간 바다', '월간 온결', 'Weekly Harbour').
_PERIODICAL = re.compile(r"(?:주간|월간|격주간|격월간|계간|weekly|monthly|quarterly)\s+(?P<brand>\S.*)", re.I)
# A Korean particle after a name used in a sentence ('바다가 분석한 결과', '바다를 구독하시면').
_KO_PARTICLE = r"(?:가|이|는|은|를|을|의|와|과|도|에서|에)\s"


def _brand_in_sentences(masthead: str, lines: list[Line]) -> str:
    """The name a site uses for itself in its sentences: the header says 'Coinvault
    Reviews', the disclosure 'Coinvault may earn a commission ...': the brand without the
    product's word, when a sentence runs on from it in lowercase. A story that quotes its
    own outlet by the whole name ('told MBS News') keeps it: the product word is part of
    the name (a broadcaster's news brand, where 'the MBS newsroom' is the company's)."""
    if (periodical := _PERIODICAL.fullmatch(masthead)) is not None:
        return _brand_without_frequency(masthead, periodical["brand"], lines)
    brand, _, product = masthead.rpartition(" ")
    if not brand or not _PRODUCT_WORD.fullmatch(product.casefold()):
        return masthead
    in_sentence = re.compile(rf"(?<!\w){re.escape(brand)}(?:\s+[a-z]|['\u2019]s\s)")
    if not any(in_sentence.search(line.text) for line in lines):
        return masthead
    if _ACRONYM.fullmatch(brand) and product == "News" and _printed_apart(masthead, lines) >= _NEWS_LINES:
        return masthead  # a broadcaster's news service ('ACB News' atop and in the footer's links)
    whole = re.compile(rf"(?<!\w){re.escape(masthead)}(?!\w)")
    return masthead if any(line.verdict == BODY and whole.search(line.text) for line in lines) else brand


_NEWS_LINES = 3  # lines of the page's furniture that name a broadcaster's news service
_LINK_CHARS = 40  # a link's words that name it ('Contact ACB News')


def _printed_apart(name: str, lines: list[Line]) -> int:
    """How many lines of the page's furniture (not the story's) name it: on a line of its
    own, or in a link's words ('Search ACB News', 'Contact ACB News')."""
    whole = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return sum(
        1
        for line in lines
        if line.verdict != BODY and len(line.text) <= _LINK_CHARS and whole.search(line.text)
    )


def _brand_without_frequency(masthead: str, brand: str, lines: list[Line]) -> str:
    """A magazine's name without its frequency when the story calls it so: '주간 바다' at
    the top, '바다가 분석한 결과' in a paragraph (with a particle, not after '주간')."""
    frequency = masthead[: len(masthead) - len(brand)]
    in_sentence = re.compile(rf"(?<!\w){re.escape(brand)}(?:{_KO_PARTICLE}|\s+[a-z]|['\u2019]s\s)")
    for line in lines:
        if line.verdict == BODY and frequency not in line.text and in_sentence.search(line.text):
            return brand
    return masthead


def _same_outlet(name: str, masthead: str) -> bool:
    """Whether two names share a word of their own (not 'The', not a publication's word
    such as 'Daily'), or one holds the other ('(주)머니라인', '머니라인')."""
    folded, head = name.casefold(), masthead.casefold()
    if head.startswith(folded + " ") and _PRODUCT_WORD.fullmatch(head[len(folded) + 1 :]):
        return False  # 'Coinvault Reviews', '새벽방송 뉴스': the brand and a product's word; the brand stands
    if folded in head or head in folded:
        return True
    own = {w for w in re.findall(r"\w+", folded) if w != "the" and not PUBLICATION.fullmatch(w)}
    return bool(own & set(re.findall(r"\w+", head)))


def _cites_masthead(text: str, name: str, masthead: str) -> bool:
    """Whether the line that names the company ('© 2025 Kestrel. Quote us as Kestrel
    News.') also names the masthead that holds the name ('Kestrel News'): the company holds
    the copyright, the masthead is what the page asks to be cited as."""
    folded = masthead.casefold()
    return folded != name.casefold() and name.casefold() in folded and folded in text.casefold()


# 'Pipe Notes — Issue 12', '주간 바다레터 #42', '바다레터 제42호': a letter's name and its number.
_ISSUE = re.compile(
    r"(?P<name>.+?)(?:\s*[\u2014\u2013|:-]\s*(?:issue|no\.|vol\.|#)\s*#?|\s+(?:#|제\s*))\d+.*", re.I
)
_YEAR_SUFFIX = re.compile(r"\s+\d{4}$")

# A credit in capitals and digits: an outlet's initials ('RV9', 'KBX').
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _initials(name: str) -> str:
    words = [word for word in name.split() if word.lower() != "the"]
    return "".join(word[0] if not word.isdigit() else word for word in words).upper()


def _outlet(lines: list[Line], authors: tuple[str, ...] = ()) -> tuple[str, str]:
    best: tuple[int, str, str] | None = None
    best_text = ""  # the line that names the best candidate
    names: list[str] = []
    for line in lines:
        if not line.found.get("outlet") and not line.found.get("wire"):
            continue
        name = _clean(str(line.found.get("outlet") or ""))
        # (a dateline without a place still has its credit: 'Court Desk (March 4, …) --')
        rule = "dateline" if "dateline" in line.found and line.found.get("wire") else line.rule
        if line.found.get("wire"):
            name = _clean(str(line.found["wire"]))
        if line.found.get("opening") and name:
            rule = "byline opening the lede"
        if rule.startswith("time stamp in a bar of labels and"):
            # ranked as the same names beside a stamp: 'Name · DBC News · Posted: ... | Last Updated: ...'
            rule = rule.replace(" in a bar of labels", "")
        if not name or rule not in _OUTLET_RANK or is_label(name):
            continue
        if rule in ("a mail's sender", "copyright line") and name in authors:
            continue  # a letter sent in its author's name, a photo's 'ⓒ 한소라' by the writer: no outlet
        if rule == "byline" and line.verdict != "byline" and not line.found.get("opening"):
            continue
        if rule == "source line" and not cues.is_name_like(cues.shape(name)):
            continue  # 'Source: Radio Kesk, "Evening News" programme': where the facts came from, described
        rank = _OUTLET_RANK[rule]
        names.append(name)
        if best is None or rank < best[0]:
            best, best_text = (rank, name, rule), line.text
    if best is None and (hosted := _reader_view_host(lines)):
        # a reader view's host over the title, spelled as the page names it ('Sarah Quint/Kestrel
        # Review' for kestrelreview.example): surer than the page's mentions of a letter of its
        # own; a site's name over its section that spells it in full ('Vestbladet International
        # · Environment') is surer still
        site = _site_and_section(lines)
        if site.startswith(hosted + " "):
            return site, "a site's name and its section"
        return hosted, _HOST_SPELLED
    if best is None and (mentions := _mentions(lines)):  # read only when no line names the outlet
        best = (_OUTLET_RANK["the page naming itself"], mentions[0], "the page naming itself")
    if best is not None:
        # '(RV9)' in the dateline, 'River Valley 9 Media' below; a byline's credit in capitals
        # ('By Jane Roe, CNN') is the brand as the page prints it
        if _ACRONYM.fullmatch(best[1]) and best[2] != "byline":
            spelled = next((name for name in names if _initials(name) == best[1]), "")
            spelled = spelled or _spelled_out(best[1], lines)
            if spelled and _goes_by_initials(best[1], spelled, lines):
                return best[1], best[2] + ", the initials the page goes by"
            if spelled:
                return spelled, best[2] + ", spelled out as the page names it"
            # (a wire that signs its story off too, '-- SENA', is the wire, not a station)
            signed = any(line.rule == WIRE_SIGN_OFF and line.found.get("outlet") == best[1] for line in lines)
            if best[2] == "dateline" and not signed and (brand := _station_brand(best[1], lines)):
                return brand, "the dateline's call sign, as the station's brand"
        service, _, _rest = best[1].partition(" ")
        if best[2] == "byline" and _rest and _ACRONYM.fullmatch(service):
            # 'for OSR Korean' in the byline, '© 2025 Open Sky Radio' below: the broadcaster's
            # service in a language, named by the initials of the outlet the page names in full
            spelled = next((name for name in names if " " in name and _initials(name) == service), "")
            if spelled:
                return spelled, "byline's service, as the outlet its initials spell"
        masthead = _masthead(lines, strict=True) if best[2] in _BELOW_MASTHEAD else ""
        if (
            masthead
            and _ACRONYM.fullmatch(masthead)
            and _initials(best[1]) == masthead
            # (a header line of the initials and a product's word, 'MPB News', is the brand)
            and not any(line.zone == HEADER_ZONE and line.text.startswith(masthead + " ") for line in lines)
        ):
            # 'SSL' atop, '© 2025 Subcontinental Super League' below: the name its initials stand for
            return best[1], f"{best[2]}, the name the masthead's initials stand for"
        if masthead and _person_shaped(best[1]) and not _person_shaped(masthead):
            # '© 2025 Daniel Ahn' on a newsletter platform: the writer holds the copyright,
            # the masthead the page names again ('Thanks for reading The Kimchi Ledger') is the outlet
            return _brand_in_sentences(
                masthead, lines
            ), f"masthead the page names again (over a person in a {best[2]})"
        if masthead and (_same_outlet(best[1], masthead) or _cites_masthead(best_text, best[1], masthead)):
            if best[2] == "copyright line" and (label := _news_label(masthead, lines)):
                return label, f"the brand's news label (over its masthead and a {best[2]})"
            over = f"masthead the page names again (over a {best[2]})"
            return _brand_in_sentences(masthead, lines), over
        if best[2] == "copyright line" and _STATE.fullmatch(best[1]) and (agency := _agency_atop(lines)):
            # '© 2025, Government of Singapore' under an agency's own masthead, named again in
            # its release: the state holds the copyright, the agency issued the release
            return agency, "masthead the page names again (over the state in a copyright line)"
        if best[2] == "copyright line":
            folded = best[1].casefold()
            shorter = [
                name for name in names if len(name.split()) >= 2 and folded.startswith(name.casefold() + " ")
            ]
            if shorter:
                # 'KIZUNA NEWS - Mar 13, 2025' by the stamp, '© Kizuna News Agency' below: the
                # name the page goes by, as the copyright line spells it
                return best[1][: len(shorter[0])], best[2] + ", as the page's shorter name for it"
            brand = (
                _brand(best[1], lines)
                or _signed_off_brand(best[1], lines)
                or _service_of(best[1], lines)
                or _tv_brand(best[1], lines)
                or _without_company(best[1], lines)
            )
            if brand:
                return brand, best[2] + ", as the page's brand"
            longer = _longer_at_the_top(best[1], lines)
            if longer:
                return longer, best[2] + ", as the top of the page spells it"
            brand = _brand_over_company(best[1], lines)
            if brand:
                return brand, "the masthead's brand (over the company in a copyright line)"
            brand = _masthead_on_two_lines(lines)
            if brand:
                return brand, "the masthead on two lines, named so elsewhere (over a company's copyright)"
            short = _short_form_atop(best[1], lines)
            if short:
                return short, "the masthead's short form of the company in a copyright line"
            edition = _edition_at_the_top(best[1], lines)
            if edition:
                return edition, "the company's edition the top of the page names (over its copyright line)"
        return best[1], best[2]
    office = next((line.text for line in lines if line.rule == ISSUING_OFFICE_RULE), "")
    if office and any(_PRESS_SERVICE.search(line.text) for line in lines if line.zone == HEADER_ZONE):
        # a government bureau's release: the ministry it carries the release for, over it
        return office, ISSUING_OFFICE_RULE
    site = _site_and_section(lines)
    if site:
        return site, "a site's name and its section"
    masthead = _masthead(lines)
    if masthead and _BARE_HOST.fullmatch(masthead) and (named := _named_for_host(masthead, lines)):
        return named, _HOST_SPELLED
    if masthead and (city := _city_named_below(masthead, lines)):
        return city, "the place atop the page, as the footer names its government"
    if masthead and not _card_writer(masthead, authors, lines):
        return _brand_in_sentences(masthead, lines), "masthead"
    issuer = _issuer(lines)
    if issuer:
        return issuer, DEPARTMENT_RULE
    host = _top_host(lines)
    return (host, "the site's host near the top") if host else ("", "")


DEPARTMENT_RULE = "a release's department line"
_MASTHEAD_OVER = "masthead the page names again (over a "


# A reader view prints the page's host over the title ('english.haboker.example'); the
# page names itself in words elsewhere ("Ha'Boker · Israel News", "Rotunda's Josh Pruitt
# contributed"): that spelling is the outlet.
_BARE_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")
# A host's own label is the one before its suffix ('nodemath' in 'newsletter.nodemath.example',
# 'haboker' in 'english.haboker.example', 'bbc' in 'www.bbc.co.uk'): subdomains are the
# site's sections or editions, not its name.
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "or", "ne", "go", "edu"))


def host_label(host: str) -> str:
    """The label a host's name is made of, lower case: 'nodemath' for 'newsletter.nodemath.example'."""
    labels = host.casefold().strip(".").split(".")[:-1]  # (less the top-level domain)
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels else ""


_NAME_RUN = re.compile(r"[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,3}")


_HOST_SPELLED = "the name the site's host spells (a reader view's host over the story)"


def _reader_view_host(lines: list[Line]) -> str:
    """The page's first line a bare host ('kestrelreview.example'), as a reader view prints
    it, and the name another line spells it as; '' otherwise."""
    top = next((line for line in lines if line.text), None)
    if top is None or not _BARE_HOST.fullmatch(top.text):
        return ""
    return _named_for_host(top.text, lines)


def _named_for_host(host: str, lines: list[Line]) -> str:
    """How the page spells the name its host's label is made of ('haboker' in
    'english.haboker.example': "Ha'Boker"), or ''."""
    label = squash(host_label(host))
    if 2 <= len(label) <= 5:
        # 'news.hrt.example' over 'Harbour Radio Television': the host is the name's initials
        for line in lines:
            words = len(line.text.split())
            if line.verdict == MASTHEAD and words == len(label) and _initials(line.text) == label.upper():
                return _clean(line.text)
    if len(label) < 3:
        return ""
    spelled = _spelled(label, lines)
    if spelled and (kind := _with_its_kind(spelled, lines)):
        return kind
    if spelled and (hangul := _introduced_in_hangul(spelled, lines)):
        return hangul  # 'news.hbist.example' over '한결과학기술원(HBIST) ...': the name in full
    if (
        spelled
        and len(spelled) >= _SPELLED_IN_STORY
        and spelled.isupper()
        and (full := _spelled_in_story(spelled, lines))
    ):
        return full  # 'irpa.example', 'IRPA' and 'The International Refugee Protection Agency is ...'
    if len(label) == 3:
        # ('press.lir.example' over "Lír and Halcyon Stream agree ...": a name of three
        # letters, spelled by the page, and nothing shorter; initials go by the name the
        # page introduces them with: 'The Information Commissioner's Office (ICO)')
        return _introduced_initials(spelled, lines) or spelled
    # 'resonancemag.example', and the page calls itself 'Resonance' ("Revisit Resonance's
    # review"): the host adds a word a site's address often does
    short = _HOST_SUFFIX.sub("", label)
    if not spelled and short != label and len(short) >= _SHORT_BRAND:
        spelled = _owner_named(short, lines)
    return spelled or _hangul_for_host(label, lines)


# A Korean body's name: a few syllables, then what kind of body it is ('가온대학교',
# '한국고용정보원', '서울교통공사').
_KO_BODY_NAME = re.compile(
    r"(?<![가-힣])(?P<stem>[가-힣]{2,12}?)(?P<kind>대학교|대학|공사|공단|재단|정보원|연구원|진흥원|위원회|협회|센터|병원|학교)(?![가-힣])"
)


def _korean_body_atop(lines: list[Line]) -> str:
    """On a Korean page, a body's name alone on a line of the header ('산업연구원') that the
    story's first paragraph opens with; or ''."""
    if not _korean_page(lines):
        return ""
    lede = next((line.text for line in lines if line.verdict == BODY), "")
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if line.verdict == MASTHEAD and _KO_BODY_NAME.fullmatch(line.text) and lede.startswith(line.text):
            return line.text
    return ""


def _hangul_for_host(label: str, lines: list[Line]) -> str:
    """A Korean body's name on the page that the host's label spells in Latin letters,
    whole or without its kind ('gaon' in news.gaon.example: '가온대학교'), or ''."""
    if not _korean_page(lines):
        return ""
    for line in lines:
        for found in _KO_BODY_NAME.finditer(line.text):
            if label in spellings(found["stem"]) or label in spellings(found.group()):
                return found.group()
    return ""


# What kind of firm a name is, after it: 'Tallyhouse Forwarding', 'Nordvik Container Line'.
_FIRM_KIND = re.compile(
    r"\s(?:Container\s+)?(?:Forwarding|Logistics|Shipping|Lines?|Airlines|Airways|Freight|Holdings|Group"
    r"|Bank|Insurance|Capital|Partners|Consulting|Pharma(?:ceuticals)?|Foods|Media)\b"
)


def _with_its_kind(spelled: str, lines: list[Line]) -> str:
    """The host's name with the kind of firm it is, as the page names it somewhere
    ('tallyhouse.example' and 'Tallyhouse Forwarding'), or ''."""
    for line in lines:
        at = line.text.find(spelled + " ")
        if at >= 0 and (kind := _FIRM_KIND.match(line.text, at + len(spelled))):
            return spelled + kind.group()
    return ""


# A name as its owner's: "Resonance's review", "Harbour Times' editors".
_OWNER = re.compile(r"(?<![\w'\u2019])([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})['\u2019]s?(?!\w)")


def _owner_named(label: str, lines: list[Line]) -> str:
    """A name the page writes as an owner's ("Revisit Resonance's review") that, squashed,
    is the label: how a site names itself; a sentence's first word alone is no such name."""
    for line in lines:
        if label not in squash(line.text):
            continue  # (speed) the letters first
        for owner in _OWNER.finditer(line.text):
            words = owner.group(1).split()
            for start in range(len(words)):  # ('Revisit Resonance': the words after the verb)
                if squash(" ".join(words[start:])) == label:
                    return " ".join(words[start:])
    return ""


# Words a site's address adds to its name ('resonancemag', 'harbourdaily', 'kitenewsonline').
_HOST_SUFFIX = re.compile(r"(?:mag|magazine|online|news|daily|media|hq|web|live|site)$")
_SHORT_BRAND = 5


def _spelled(label: str, lines: list[Line]) -> str:
    """The longest run of capitalized words on a line that, squashed, is the label."""
    for line in lines:
        if label not in squash(line.text):
            continue  # (speed) the letters first
        for run in _NAME_RUN.findall(line.text):
            words = [re.sub(r"['\u2019]s$", "", word) for word in run.split()]  # "Rotunda's Josh"
            for end in range(len(words), 0, -1):  # the longest run of words that is the label
                if squash(" ".join(words[:end])) == label:
                    return " ".join(words[:end])
    return ""


_URL = re.compile(r"https?://(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#]\S*)?", re.I)


def _top_host(lines: list[Line]) -> str:
    """The host of a URL, or a host alone, on a line of its own near the top: a reader-mode
    export puts it under the headline or after the reading time ('hilltopreview.example'),
    a repost of a feed's post keeps the post's address. Only when nothing names an outlet."""
    for line in [line for line in lines if line.text][:8]:
        found = _URL.fullmatch(line.text) or _HOST.fullmatch(line.text)
        if found is not None and re.search(r"\.[a-z]{2,}$", found["host"], re.I):
            return found["host"].lower()
    return ""


# A broadcaster's or wire's short form beside its full masthead ('KTVR' of a copyright line,
# 'Meridian' of a source line, over 'KTVR 7 News', 'Meridian Press Wire'), and its 'News'
# and 'TV' variants ('K-Bridge News' in a footer, 'K-Bridge TV' at the top).
_BROADCAST_WORD = re.compile(r"news|tv|radio|뉴스|방송|티비")
# A podcast names its show: 'Listen to The Long Haul on ...', 'The Long Haul, Episode 42: ...',
# 'The Long Road is a Long Road Audio production.'
_SHOW = re.compile(
    rf"(?:listen|subscribe)\s+to\s+(?P<name>(?:the\s+)?{_NAME_WORDS})\s+(?:on|wherever)\b"
    rf"|(?P<show>(?:the\s+)?{_NAME_WORDS})\s+is\s+an?\s+{_NAME_WORDS}\s+production\b.*"
    rf"|(?P<title>{_NAME_WORDS}),?\s+(?:[-\u2013\u2014|:]\s*)?(?:episode|ep\.?)\s*\d+\b.*",
    re.I,
)
# The company that makes a show or a title, named after it: 'Long Road Audio'.
_PRODUCER_WORD = re.compile(r"audio|media|productions?|podcasts?|studios?|network|films|pictures")
# The rules whose name a masthead, a show's name or a Korean page's own name may correct.
_CORRECTABLE = _BELOW_MASTHEAD | {"source line", "a mail's sender", "copyright line, as the page's brand"}


def _cased_elsewhere(name: str, lines: list[Line]) -> str:
    """The spelling in capitals the page gives a name a footer writes in lowercase, the
    commonest where there are several ('CPR' for 'cpr'), or ''."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w.])", re.I)
    found = Counter(
        spelled for line in lines for spelled in pattern.findall(line.text) if not spelled.islower()
    )
    return found.most_common(1)[0][0] if found else ""


_FREQUENCY = re.compile(r"\d{2,3}[.,]\d\b")


def _as_the_page_names_it(name: str, rule: str, lines: list[Line]) -> tuple[str, str]:
    """The outlet as the page itself presents it, when a weaker line names it another way:
    a podcast's show over its production company ('Long Haul Audio LLC'); the full
    masthead at the top over a short form or a broadcast variant; on a Korean page the
    Korean masthead over its Latin name ('테크온' at the top, 'TECHON' in the footer)."""
    if rule.split(",")[0] not in _CORRECTABLE:
        return name, rule
    if rule == "a mail's sender" and (whole := _named_whole(name, lines)):
        return whole, f"{rule}, as the release names its body whole"
    if name.islower() and (cased := _cased_elsewhere(name, lines)):
        return cased, f"{rule}, as the page capitalizes it"  # '© 2025 cpr' under the 'CPR logo'
    show = _show(lines)
    if show and rule.startswith("copyright line"):
        return show, f"the podcast's show (over a {rule})"
    top = _top_name(lines)
    if not top and name.isupper() and not cues.HANGUL.search(name) and (masthead := _korean_masthead(lines)):
        # 'HANUL WELFARE FOUNDATION' in the copyright, '한울복지재단' atop the page under an app's
        # banner and named again below it: a Korean page goes by its Korean name
        return masthead, f"Korean masthead of a Korean page (over a {rule})"
    if not top or top.casefold() == name.casefold():
        return name, rule
    words, top_words = name.casefold().split(), top.casefold().split()
    extra = top_words[len(words) :]
    if (
        top_words[: len(words)] == words
        and not (len(extra) == 1 and _PRODUCT_WORD.fullmatch(extra[0]))
        and not _translated(words, extra)
        and not _edition(extra)
        and not _FREQUENCY.match(" ".join(extra))  # 'WKRB 88.3 FM': a radio's dial, not its name
    ):
        # ('새벽방송' under '새벽방송 뉴스' is the brand of its news product: it stands)
        return top, f"full masthead (over a {rule}'s short form)"
    if (
        len(words) == len(top_words) >= 2
        and words[:-1] == top_words[:-1]
        and _BROADCAST_WORD.fullmatch(words[-1])
        and _BROADCAST_WORD.fullmatch(top_words[-1])
    ):
        return top, f"masthead (over a {rule}'s broadcast variant)"
    bare_top = top_words[1:] if top_words[0] == "the" else top_words
    producer = words[len(bare_top) :]
    if (
        rule.startswith("copyright line")
        and words[: len(bare_top)] == bare_top
        and len(producer) == 1
        and _PRODUCER_WORD.fullmatch(producer[0])
    ):
        # 'The Long Road' at the top, '© 2025 Long Road Audio' below: the show and its producer
        return top, f"the masthead (over its producer in a {rule})"
    korean = [word for word in top.split() if cues.HANGUL.search(word)]
    if len(korean) == 1 and _PRODUCT_WORD.fullmatch(korean[0]):
        korean = []  # 'HBC 뉴스': the brand's news, no Korean name of it
    if len(korean) >= 2 and korean[-1] == "뉴스" and re.search(r"(?:방송|TV|라디오)$", korean[-2]):
        korean = korean[:-1]  # '가람방송 뉴스': the broadcaster's news site, the broadcaster's name
    if korean and not cues.HANGUL.search(name) and _korean_page(lines):
        latin = [word for word in top.split() if not cues.HANGUL.search(word)]
        spelled = " ".join(latin).casefold()
        # ('NH 해뜰농협' atop, 'NH HAETTEUL NONGHYUP' in the copyright: the Latin part opens it)
        if not latin or spelled == name.casefold() or name.casefold().startswith(spelled + " "):
            return " ".join(korean), f"Korean masthead of a Korean page (over a {rule})"
    return name, rule


def _named_whole(name: str, lines: list[Line]) -> str:
    """The sender's body as the release it mails names it in full, on a line of its own:
    '새길총회' sending, '대한예수교장로회 새길총회' over '보 도 자 료'."""
    for line in lines:
        words = line.text.split()
        if (
            line.zone == HEADER_ZONE
            and line.verdict in ("", LABEL, MASTHEAD)
            and 2 <= len(words) <= _WHOLE_NAME_WORDS
            and line.text.endswith(" " + name)
            and not _NOT_A_NAME.search(line.text)
        ):
            return line.text
    return ""


_NOT_A_NAME = re.compile(r"[.!?,:;@<>|\d]")


_WHOLE_NAME_WORDS = 4


def _korean_masthead(lines: list[Line]) -> str:
    """On a Korean page, the first name in Hangul among the header's top lines that the page
    names again at least twice below it (in its story, its footer)."""
    texted = [line for line in lines if line.text][:_KOREAN_MASTHEAD_LINES]
    for line in texted:
        if line.zone != HEADER_ZONE or line.verdict != MASTHEAD or not _HANGUL_WORD.fullmatch(line.text):
            continue
        # (as a word of its own: '국민건강보험' atop, '국민건강보험공단' below names a longer one)
        alone = re.compile(rf"{re.escape(line.text)}(?![가-힣])")
        again = sum(1 for other in lines if other is not line and alone.search(other.text))
        if again >= 2 and _korean_page(lines):
            return line.text
        return ""
    return ""


_KOREAN_MASTHEAD_LINES = 6
_HANGUL_WORD = re.compile(r"[가-힣]{2,12}")


def _edition(extra: list[str]) -> bool:
    """'Le Monde in English' over '© Le Monde': the extra words name a version of the site
    (a language, an edition), not a fuller name."""
    return any(_EDITION_WORD.fullmatch(word) for word in extra) and all(
        word == "in" or _EDITION_WORD.fullmatch(word) for word in extra
    )


def _translated(words: list[str], extra: list[str]) -> bool:
    """'바다과학 SEA SCIENCE' over '바다과학': the masthead's extra words are the name again in
    Latin letters, a translation and no fuller name."""
    korean_name = any(cues.HANGUL.search(word) for word in words)
    return korean_name and not any(cues.HANGUL.search(word) for word in extra)


def _show(lines: list[Line]) -> str:
    for line in lines:
        if len(line.text) > 200 or not line.text:
            continue
        found = _SHOW.fullmatch(line.text) if line.first or line.number <= 2 else None
        found = found or _SHOW.match(line.text)
        if found is not None:
            return _clean(found["name"] or found["show"] or found["title"])
    return ""


def _top_name(lines: list[Line]) -> str:
    """The name on the page's first line (under any UI labels), when it is a name."""
    texted = [line for line in lines if line.text]
    ui = sum(1 for line in texted[:6] if _UI_TOP.fullmatch(line.text) and not line.first)
    for position, line in enumerate(texted[: 4 + min(ui, 2)]):  # (under a government banner's two lines too)
        if (_UI_TOP.fullmatch(line.text) and not line.first) or not any(char.isalnum() for char in line.text):
            continue  # (a menu's '≡' over the masthead too)
        if position == 0 and line.verdict == NAVIGATION and line.rule == "menu":
            continue  # a group's bar of its sites over the member's masthead ('NH농협   농협은행   ...')
        if position <= 1 and (_PHONE_CLOCK.fullmatch(line.text) or _HOST.fullmatch(line.text)):
            continue  # a phone's status bar and the address bar over the page ('오전 9:12', 'm.x.example')
        name = _ASIDE.sub("", line.text)
        section = _SITE_SECTION.fullmatch(name)
        name = section["name"] if section else name  # 'TRANS-ASIA NEWSWIRE — Translated News'
        if line.zone != HEADER_ZONE or line.verdict not in (MASTHEAD, "label", ""):
            return ""
        if not cues.is_name_like(cues.shape(name)) or _personal(name, lines) or _NEWSROOM.fullmatch(name):
            return ""
        return _clean(name)
    return ""


# A phone's clock in its status bar, copied with the page: '오전 9:12', '9:41', '9:41 AM'.
_PHONE_CLOCK = re.compile(r"(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?")


def _korean_page(lines: list[Line]) -> bool:
    text = "".join(line.text for line in lines if line.verdict == BODY)
    if cues.HANGUL.search(text) is None:
        return False  # (speed: an English page's letters are not listed one by one)
    return len(cues.HANGUL.findall(text)) > sum(map(len, _LATIN_RUN.findall(text)))


_LATIN_RUN = re.compile(r"[A-Za-z]+")


# '담당 부서 해양수산부 연안해운과': a Korean release's department line opens with the body
# that issued it (a ministry, an agency, a city), then the division. A portal or wrapper
# that carries the release labels it '보도자료', a kind and no outlet; the issuer is here.
_DEPARTMENT = re.compile(
    r"(?:담당\s*부서|주관\s*부서|담당)\s*[:\uff1a]?\s*"
    r"(?P<body>[가-힣]{2,15}(?:부|처|청|원|위원회|시|도|군|구|공사|공단|은행))(?=\s|$|[,(])"
)


# A footer or note naming the page's own publication: 'This story first appeared in The
# Lochside Courier.', 'Published in Northgate Post, March 4th'.
# ('Follow X on ...' and 'Subscribe to X' at the top of a page may be a prompt for another
# outlet's channel: they only confirm a masthead, as `_named_elsewhere` finds them.)
_MENTION = re.compile(
    rf"(?:first\s+)?(?:appeared|published|ran)\s+(?:first\s+)?in\s+"
    rf"(?P<name>(?:the\s+)?{_NAME_WORDS})(?=\s+(?:on|for|and\s+is)\b|\s*[,.;]|$)",
    re.I,
)


def _mentions(lines: list[Line]) -> list[str]:
    """The names the page's furniture gives itself in sentences (never the story's
    paragraphs, where another paper may be quoted)."""
    found = []
    for line in lines:
        if line.verdict == BODY or not line.text or len(line.text) > 200:
            continue
        low = line.text.lower()
        if not ("appeared" in low or "published" in low or "ran " in low):
            continue  # the pattern's verbs, looked for before the pattern
        for match in _MENTION.finditer(line.text):
            name = _clean(match["name"])
            if name and _capitalized(name) and not is_label(name):
                found.append(name)
    return found


def _capitalized(name: str) -> bool:
    """Every word of the name capitalized but its joining words: the pattern reads case-blind,
    and 'published in Danish in Fjordposten' names a language and then the paper, no
    'Danish in Fjordposten'."""
    return all(word[:1].isupper() or word in ("of", "&") for word in name.split())


def _goes_by_initials(code: str, spelled: str, lines: list[Line]) -> bool:
    """True when more lines name the outlet by its initials than spell it out: 'By A/B,
    SNA', 'Photo by B, SNA', a closing 'SNA', 'About SNA' against a masthead and a
    copyright line that say 'Sankofa News Agency'. The page goes by the short name, as a
    wire's credit does; a station's '(RV9)' in its dateline, spelled out by its logo, its
    app promo and its copyright, is named as it spells itself."""
    word = re.compile(rf"(?<![\w-]){re.escape(code)}(?![\w-])")
    full = spelled.casefold()
    by_code = sum(1 for line in lines if word.search(line.text))
    return by_code > sum(1 for line in lines if full in line.text.casefold())


def _spelled_in_story(code: str, lines: list[Line]) -> str:
    """The name the story spells a host's initials out as ('The International Refugee
    Protection Agency is working ...' for IRPA), or ''."""
    for line in lines:
        if line.verdict == BODY:
            for phrase in _phrases_of_initials(line.text, code, skip_the=True):
                return _clean(phrase)
    return ""


def _phrases_of_initials(text: str, code: str, skip_the: bool = False) -> Iterator[str]:
    """Each run of len(code) capitalized words in `text` whose initials are `code`
    ('Fieldline Sports Wire' for FSW); `skip_the`: a 'The' before the name is no word of it."""
    for run in _CAPITALIZED_RUN.finditer(text):
        words = [word for word in run.group().split() if not (skip_the and word == "The")]
        for start in range(len(words) - len(code) + 1):
            phrase = " ".join(words[start : start + len(code)])
            if _initials(phrase) == code:
                yield phrase


# Letters a host's initials have, at least, for the story's spelling of them to name it
# (three letters match too many capitalized runs by chance).
_SPELLED_IN_STORY = 4


def _spelled_out(code: str, lines: list[Line]) -> str:
    """'FIELDLINE SPORTS WIRE' for the dateline's '(FSW)': the page's furniture (not the
    story) naming the wire in full; a mixed-case spelling is preferred to capitals."""
    spelled = [
        phrase
        for line in lines
        if line.verdict != BODY and line.text
        for phrase in _phrases_of_initials(line.text, code)
    ]
    spelled.sort(key=str.isupper)
    return _clean(spelled[0]) if spelled else ""


def _service_of(company: str, lines: list[Line]) -> str:
    """The brand a header's motto says the copyright's company runs: 'KVX News \u2013 the
    international service of Kestrel Broadcasting' over '© Kestrel Broadcasting'."""
    motto = re.compile(
        rf"(?P<brand>[^\u2013\u2014|]{{2,40}}?)\s+[\u2013\u2014|-]\s+.{{0,60}}\b(?:of|by|from)\s+(?:the\s+)?"
        rf"{re.escape(company)}\b.{{0,20}}",
        re.I,
    )
    for line in lines:
        if line.zone == HEADER_ZONE and (found := motto.fullmatch(line.text)) is not None:
            return _clean(found["brand"])
    return ""


# A public body's name: capitalized words, joined by 'and', 'of', 'for', 'the' ('Digital
# Infrastructure and Spectrum Canada', 'Department of Fisheries and Oceans').
_FROM_BODY = re.compile(r"[A-Z][\w'.&-]*(?:\s+(?:(?:and|of|for|the|on|&)\s+)?[A-Z][\w'.&-]*){0,7}")


def _issuer(lines: list[Line]) -> str:
    for line in lines:
        if line.text[:2] in ("담당", "주관") and (found := _DEPARTMENT.match(line.text)) is not None:
            return found["body"]
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if line.verdict in (MASTHEAD, "label") and cues.ORGANIZATION.fullmatch(line.text):
            return _clean(line.text)  # 'Office of Governor Dana Reyes' over a release
        if line.text[:5] == "From:" and "@" not in line.text and line.verdict in (MASTHEAD, "label"):
            # a government's release under its headline: 'From: Digital Infrastructure Canada'
            name = line.text[5:].strip()
            if _FROM_BODY.fullmatch(name):
                return _clean(name)
    return ""


# 'CircuitLine — Semiconductors', 'Tidewater Quarterly — Features': a site's name, a dash and
# the section the page belongs to (one to three capitalized words, no sentence).
_SITE_SECTION = re.compile(
    r"(?P<name>[^\u2014\u2013|]{2,40}?)\s+[\u2014\u2013]\s+(?P<section>[A-Z][\w&]*(?:\s+(?:&|and|[A-Z][\w&]*)){0,2})"
)
# 'Harbour Weekly International · Science': a reader view's line of the site and its section
# set apart by a dot, as a kicker sets two sections ('Europe · Culture'): the site's name
# counts when it has two words or more and the page names it again outside its menus.
_DOTTED_SITE_SECTION = re.compile(
    r"(?P<name>[^\u00b7|]{2,40}?)\s+\u00b7\s+(?P<section>[A-Z][\w&]*(?:\s+(?:&|and|[A-Z][\w&]*)){0,2})"
)


# A broadcaster's call sign ('WKRV-TV', 'WKRV'): the letters are its brand's first word.
_CALL_SIGN = re.compile(r"(?P<letters>[A-Z]{3,5})(?:-(?:TV|FM|AM|DT|HD))?")
_BRAND_WORD = r"(?:\s+(?:[A-Z][\w&'-]*|\d{1,2}))"


# A station's segment after its initials: what it does, not what it is called.
_SEGMENT_WORD = re.compile(
    r"Explains|Explained|Investigates|Verifies|Answers|Reports|Asks|Checks|Cares|Helps|Gets|Goes|Uncovers"
)


def _brand(name: str, lines: list[Line]) -> str:
    """The brand a page shows for the company its copyright line names: 'Southland
    Broadcasting Corporation' and 'SBC News' in a masthead or a caption's credit, 'WKRV-TV'
    and 'WKRV 9 News'. A copyright line spells the legal name; the page's own lines (not
    the story's paragraphs, where another outlet may be quoted) show the name readers know."""
    sign = _CALL_SIGN.fullmatch(name)
    letters = sign["letters"] if sign else _initials(name) if len(name.split()) >= 2 else ""
    if len(letters) < 3:  # two letters ('KC') would find too many unrelated words
        return ""
    brand = re.compile(rf"(?<![\w-]){re.escape(letters)}{_BRAND_WORD}{{1,2}}(?![\w-])")
    for line in lines:
        if line.verdict == BODY or not line.text or line.rule == "copyright line":
            continue
        found = brand.search(line.text)
        if found is None or found.group() == name:
            continue
        if line.text[found.start() + len(letters) :].lstrip().casefold().startswith(name.casefold()):
            # 'BPR Brackwater Public Radio': the initials and the name they stand for, no other brand
            return ""
        after = line.text[found.end() :].lstrip()[:1]
        if line.text[found.end() : found.end() + 1] == " " and after.isupper():
            continue  # 'JORA Planetary Data Archive': a service's name goes on, no brand of the page
        if re.match(r"\s+(?:app|apps|newsletter|podcast)\b", line.text[found.end() :]):
            continue  # 'the MC7 News app': a product of the station's
        if _SEGMENT_WORD.fullmatch(found.group().split()[-1]):
            continue  # 'MC7 Explains', 'KRV Investigates': a segment of the station's, not its brand
        if found.group()[-1].isdigit() and after and cues.HANGUL.match(after):
            continue  # 'HBC 8 뉴스': a Korean broadcaster's eight o'clock news, not its name
        if found.group()[-1].isdigit() and _FREQUENCY.match(line.text, found.end() - 2):
            continue  # 'WHPR 90.9 FM': a radio's frequency, not a channel's number
        return _clean(found.group())
    return ""


def _without_company(company: str, lines: list[Line]) -> str:
    """The paper's name without the company's word its copyright line adds ('© 2025 The
    Hudson Ledger Company'), when the page names the paper so elsewhere ('the Madrid bureau
    chief for The Hudson Ledger'); '' otherwise."""
    words = company.split()
    if len(words) < 3 or words[-1] not in ("Company", "Co.", "Co"):
        return ""
    paper = " ".join(words[:-1])
    named = re.compile(rf"(?<!\w){re.escape(paper)}(?!\w)(?!\s+(?:Company|Co\b))")
    return paper if any(named.search(line.text) for line in lines if line.rule != "copyright line") else ""


def _tv_brand(company: str, lines: list[Line]) -> str:
    """A broadcaster's short brand for the company its copyright line names: 'Narmada
    Television Network Limited' and 'Narmada TV' in the app's prompt and the page's notes.
    '' when the company is no television or the page never prints the short brand."""
    words = company.split()
    if "Television" not in words[1:]:
        return ""
    short = " ".join([*words[: words.index("Television")], "TV"])
    printed = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
    return short if any(printed.search(line.text) for line in lines if line.verdict != BODY) else ""


def _station_brand(sign: str, lines: list[Line]) -> str:
    """A station's brand for the call sign its dateline credits ('(KVLT)' and 'KVLT 4 News'
    in the page's furniture): the brand must end in a broadcaster's word, so a wire's
    code in a photo credit ('AFP Photo') is no brand."""
    brand = _brand(sign, lines)
    return brand if brand and _BROADCAST_WORD.fullmatch(brand.rsplit(" ", 1)[-1].casefold()) else ""


# A language or an edition after a brand names a version of the site, not its name.
_EDITION_WORD = re.compile(
    r"english|korean|chinese|japanese|spanish|french|edition|global|international|world", re.I
)


# A menu's link to the site's own pages names the site after these: 'About WHPR'.
_LINK_WORDS = frozenset(("about", "contact", "from", "more", "support", "visit", "follow", "inside"))


def _longer_at_the_top(name: str, lines: list[Line]) -> str:
    """The copyright line's company cut to its brand ('© Beacon Media Ltd': 'Beacon')
    where the top of the page prints the brand's full name: a masthead or a menu's first
    item that holds it as whole words ('Daily Beacon', 'Beacon Freight Review')."""
    whole = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for line in lines:
        if line.zone != HEADER_ZONE or not line.text:
            continue
        if line.verdict == NAVIGATION and line.rule == "menu":
            items = line.found.get("items", ())
            top = _clean(str(items[0])) if items else ""  # type: ignore[index]
        elif line.verdict == MASTHEAD or (
            line.verdict == LABEL and line.text[:1].islower() and PUBLICATION.search(line.text)
        ):
            # (a brand in lower case is left a label: 'irradiance magazine')
            top = _clean(line.text)
        else:
            continue
        if top.isupper() and len(top.split()) >= 2 and not name.isupper():
            # 'THE HARBOUR SENTINEL' over '© Sentinel Media Pty Ltd': a masthead set in
            # capitals, spelled as a name (the company's word as the company writes it)
            top = _as_name(top, name)
        extra = whole.sub(" ", top).split() if top != name else []
        if (
            extra
            and whole.search(top)
            and (_site_like(top) or line.verdict == LABEL)
            and len(top.split()) <= 4
            and not (len(extra) == 1 and _PRODUCT_WORD.fullmatch(extra[0].casefold()))  # 'Coinvault Reviews'
            and not any(
                word.isupper()
                or _EDITION_WORD.fullmatch(word)
                or _UI_TOP.fullmatch(word)
                or "@" in word
                or not word[:1].isalnum()  # ('* About WHPR': a menu's bullet and its link)
                or word.casefold() in _LINK_WORDS
                for word in extra
            )  # (nor a sender's address: 'Marlow Keane LLP <insights@…>' atop a mail)
            and cues.HANGUL.search(top) is None  # '한빛TV 뉴스', '테크온 TECHON': a product or a romanization
        ):
            return top  # 'Daily Beacon', 'Beacon Freight Review'; not 'XY7 News English'
    return ""


def _card_writer(masthead: str, authors: tuple[str, ...], lines: list[Line]) -> bool:
    """Whether the masthead found is a writer's card's first part, its parts taken for a
    menu ('Jane Roe · Harbour Herald · 4 min read'). A masthead standing on a line of its
    own stays one, even where a byline names it beside the writer ('한빛경제 홍길동 기자'
    under '한빛경제' at the top: the byline's outlet, taken off its writers later)."""
    return masthead in authors and not any(line.text.strip() == masthead for line in lines)


def _news_label(brand: str, lines: list[Line]) -> str:
    """A broadcaster's news label over its bare brand: 'Awen' at the top with its products
    ('Awen Play', 'Awen Sounds') and 'Awen News' on a line of its own in the header above
    the story, under a corporation's copyright ('© Awen Broadcasting Corporation'): the
    story is the news service's. '' when no header line is the brand and 'News'."""
    if " " in brand or not _has_legal_form(lines):
        return ""
    label = f"{brand} News"
    header = (line for line in lines if line.zone == HEADER_ZONE and line.verdict != BODY)
    return label if any(line.text.strip() == label for line in header) else ""


def _has_legal_form(lines: list[Line]) -> bool:
    owner = next((line for line in lines if line.rule == "copyright line" and line.found.get("outlet")), None)
    return owner is not None and _LEGAL_FORM.search(owner.text) is not None


def _as_name(capitals: str, company: str) -> str:
    """'THE HARBOUR SENTINEL' written as a name: each word capitalized, a word the company
    spells too ('Sentinel', 'KVX') as the company spells it."""
    spelled = {word.casefold(): word for word in company.split()}
    return " ".join(spelled.get(word.casefold(), word.capitalize()) for word in capitals.split())


# A company's legal form in a copyright line: the holder is the publisher, not the brand.
_LEGAL_FORM = re.compile(
    r"\b(?:ltd|limited|pvt|pty|plc|inc|llc|corp|corporation|gmbh|s\.a\.|co\.)(?![\w])", re.I
)
_TOP_LINES = 3  # content lines from the top (under UI labels) where a masthead stands


# A regional group's site named for its town and 'Live' ('Ashvale Live'), as a publication's
# name has a news word.
# A station's brand, its channel's number after its name ('Foothills 7', 'Coast 11'), too.
_LIVE_BRAND = re.compile(r"(?:[A-Z][\w'-]+\s+){1,2}(?:Live|\d{1,2})")


# A government's press service, which carries its ministries' releases: 'Press Information
# Bureau', 'Government Information Service', 'Philippine News Agency'.
_PRESS_SERVICE = re.compile(
    r"\b(?:press\s+information|information|news|press)\s+(?:bureau|service|office|agency)\b", re.I
)


# A state as a copyright's holder: 'Government of Singapore', 'Commonwealth of Australia',
# 'State of Victoria', 'Crown copyright'.
_STATE = re.compile(
    r"(?:(?:the\s+)?(?:government|state|commonwealth|republic|province|kingdom)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w ]{2,40}|crown(?:\s+copyright)?)",
    re.I,
)


def _agency_atop(lines: list[Line]) -> str:
    """A masthead of two words or more in the header that the story names word for word
    ('Civil Aviation Authority of Singapore', in its release's first paragraph), or ''."""
    story = " ".join(line.text for line in lines if line.verdict == BODY)
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if line.verdict in (MASTHEAD, LABEL, "") and len(line.text.split()) >= 2 and line.text in story:
            return _clean(line.text)
        if (lockup := _GOVERNMENT_LOCKUP.fullmatch(line.text)) is not None and _ISSUING_BODY.fullmatch(
            lockup["agency"]
        ):
            # 'Australian Government - Department of Defence': the government's crest beside
            # the agency's name, as its sites print them
            return _clean(lockup["agency"])
    return ""


_GOVERNMENT_LOCKUP = re.compile(
    r"(?:[A-Z][a-z]+\s+Government|Government\s+of\s+[A-Z][\w ]{2,30}|[A-Z][\w ]{2,30}\s+Government)"
    r"\s+[-\u2013\u2014|]\s+(?P<agency>[A-Z][\w&',. -]{3,80})"
)


def _short_form_atop(company: str, lines: list[Line]) -> str:
    """A header line that names the copyright's company in short, its last word cut
    ('Suirvale Co-op' atop, '© 2025 Suirvale Co-operative Society Limited' at the foot),
    that the story names too: the name the page goes by. '' when there is none."""
    company_words = [squash(word) for word in company.casefold().split()]
    story = " ".join(line.text for line in lines if line.verdict == BODY)
    for line in [line for line in lines if line.text and line.zone == HEADER_ZONE][:_SHORT_FORM_LINES]:
        words = [squash(word) for word in line.text.casefold().split()]
        if (
            2 <= len(words) <= len(company_words)
            and words[:-1] == company_words[: len(words) - 1]
            and words[-1] != company_words[len(words) - 1]
            and len(words[-1]) >= 2
            and company_words[len(words) - 1].startswith(words[-1])
            and line.text in story
        ):
            return _clean(line.text)
    return ""


_SHORT_FORM_LINES = 10  # header lines where a masthead stands, under a row of links


def _brand_over_company(company: str, lines: list[Line]) -> str:
    """The masthead's brand over a company the copyright line names by its legal form
    ('bourse daily' at the top, '(Bourse Daily)' in a caption, '© Kaveri Media Pvt Ltd'
    at the foot): the top line, a publication's name (a news word: Daily, Post, Times)
    sharing no word with the company, that the page names again on a line of another
    text; spelled as there. '' when the copyright line names no company."""
    if not _has_legal_form(lines):
        return ""
    company_words = set(re.findall(r"\w+", company.casefold()))
    top = [
        line for line in lines if line.text and line.zone == HEADER_ZONE and not _UI_TOP.fullmatch(line.text)
    ]
    for line in top[:_TOP_LINES]:
        name = _clean(line.text)
        if (
            line is top[0]
            and (_COINED.fullmatch(name) or _GLUED_NEWS.fullmatch(name))
            and line.verdict == MASTHEAD
            and _called_twice(name, line, lines)
            and not set(re.findall(r"\w+", name.casefold())) & company_words
        ):
            # 'Ledgerline' at the top, 'on Ledgerline' and 'The Ledgerline App' in its promo,
            # '© Saraswati Media Ltd' at the foot: a coined brand, not a word of the menu
            return name
        if not 2 <= len(name.split()) <= 4 or (
            PUBLICATION.search(name) is None and not _LIVE_BRAND.fullmatch(name)
        ):
            continue  # (a menu's 'News' alone is a section, not a brand)
        if set(re.findall(r"\w+", name.casefold())) & company_words or _personal(name, lines):
            continue
        spelled = _named_elsewhere(name, line, lines)
        if spelled and not spelled.islower():
            return _clean(spelled)
        if not spelled and name.isupper() and _called_by_its_word(name, line, lines):
            return _as_name(name, company)
        if not spelled and _called_by_initials(name, lines):
            return name
    for line in top[:_CAMEL_LINES]:
        # a brand in camel case under a utility menu ('Events', 'Webinars' over 'TalentLedger'),
        # which no menu's word is, named again by the page's writers and promos
        name = _clean(line.text)
        if (
            line.verdict == MASTHEAD
            and _CAMEL_BRAND.fullmatch(name)
            and _called_twice(name, line, lines)
            and not set(re.findall(r"\w+", name.casefold())) & company_words
        ):
            return name
    return ""


def _masthead_on_two_lines(lines: list[Line]) -> str:
    """A logo's words set one a line at the top ('UNDERWRITER' / 'AUSTRALIA'), which the page
    names together elsewhere ('Get the Underwriter Australia daily bulletin'), spelled as
    there; or ''."""
    top = [line for line in lines[:_TWO_LINE_TOP] if line.text and line.zone == HEADER_ZONE]
    for above, below in itertools.pairwise(top):
        if not (above.text.isupper() and below.text.isupper() and " " not in above.text + below.text):
            continue
        if not (above.text.isalpha() and below.text.isalpha()):
            continue
        name = f"{above.text} {below.text}"
        spelled = _named_elsewhere(name, above, lines)
        if spelled and not spelled.isupper():
            return _clean(spelled)
    return ""


_TWO_LINE_TOP = 8  # lines from the top where a logo's two words stand


def _called_by_initials(name: str, lines: list[Line]) -> bool:
    """'The Marina Business Times' at the top, 'Marina BT is now on Telegram!' in a promo:
    the page calls itself by its name's first word and the initials of the rest."""
    words = re.sub(r"^the\s+", "", name, flags=re.I).split()
    if len(words) < 3 or not all(word[:1].isupper() for word in words):
        return False
    short = re.compile(rf"\b{re.escape(words[0])}\s+{''.join(word[0] for word in words[1:])}\b")
    return any(short.search(line.text) for line in lines if line.text and line.text != name)


# A brand coined as one word, no word of a dictionary's menu: 'Ledgerline', 'Bitstream'
# (a capital, then small letters, long enough not to be a section's label).
_COINED = re.compile(r"[A-Z][a-z]{6,}|[A-Z][a-z]{2,}[A-Z][a-z]{2,}")  # ('Ledgerline', 'ZestPost')
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")  # ('TalentLedger', 'ZestPost')
_CAMEL_LINES = 10  # content lines from the top where a brand in camel case may stand
# ... or a news word glued to a number or a word: '11News', 'KoreaTV', 'MetroFM'.
_GLUED_NEWS = re.compile(r"[A-Z0-9][\w]{0,11}(?:News|TV|FM|Radio)")


def _called_twice(name: str, own: Line, lines: list[Line]) -> bool:
    """Whether lines other than the top's name the brand twice or more, as a whole word."""
    whole = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    others = (line for line in lines if line is not own and line.verdict != NAVIGATION)
    return sum(len(whole.findall(line.text)) for line in others) >= 2


def _edition_at_the_top(company: str, lines: list[Line]) -> str:
    """The top of the page naming an edition of the company its copyright line names by its
    legal form, by the company's first word ('Nihonbashi Asia' atop and in the footer,
    '© Nihonbashi Keizai Shimbun Inc.'), printed twice or more; '' otherwise."""
    if not _has_legal_form(lines) or " " not in company:
        return ""
    top = [
        line for line in lines if line.text and line.zone == HEADER_ZONE and not _UI_TOP.fullmatch(line.text)
    ]
    for line in top[:_TOP_LINES]:
        name = _clean(line.text)
        words = name.split()
        if (
            2 <= len(words) <= 3
            and words[0] == company.split()[0]
            and name != company
            and cues.is_name_like(cues.shape(name))
            and sum(1 for other in lines if other.text == line.text) >= 2
        ):
            return name
    return ""


def _called_by_its_word(name: str, own: Line, lines: list[Line]) -> bool:
    """Whether the page calls the publication by its news word ('THE YARRA HERALD' at the
    top, 'files seen by the Herald' in the story), as a paper speaks of itself."""
    word = name.split()[-1].capitalize()
    if PUBLICATION.fullmatch(word) is None:
        return False
    called = re.compile(rf"\bthe {re.escape(word)}\b")
    return any(called.search(line.text) for line in lines if line is not own and line.verdict != NAVIGATION)


_PHONE_ITEM = re.compile(r"\d{3}[\s.-]\d{3,4}\b|^(?:tel|phone|fax|cell|call)\b", re.I)


def _site_and_section(lines: list[Line]) -> str:
    """The site's name of a masthead or footer line that names the section after it: the
    dash sets the section apart, so the name is the outlet (a rubric such as 'THE LONG
    READ' names no site, and a plain masthead is a weaker cue)."""
    for line in lines:
        if line.verdict == NAVIGATION and len(line.found.get("items", ())) == 2:  # type: ignore[arg-type]
            name = str(line.found["items"][0])  # type: ignore[index]
            if line.rule == "breadcrumbs" and _masthead(lines, strict=True):
                continue  # 'Policy & Markets > Statements' under a masthead the page names again: sections
            if _two_writers(line.found["items"]):  # type: ignore[arg-type]
                continue  # 'Asad Farooqui | Sana Mirza': the writers under the headline
            if (
                " " in name
                and _site_like(name)
                and line.zone == HEADER_ZONE
                and not _UI_TOP.fullmatch(name)
                and not _PHONE_ITEM.search(name)  # ('Tel: 011 555 0300 | www.x.example': a contact bar)
            ):
                return _clean(name)  # 'The Eastern Ledger | Opinion' (not 'Australia > Weather')
            continue
        if line.verdict not in (MASTHEAD, "label", "footer") or not line.text:
            continue
        match = _SITE_SECTION.fullmatch(line.text)
        if match is not None and _site_like(match["name"]):
            return _clean(match["name"])
        if "\u00b7" in line.text and (site := _dotted_site(line, lines)):
            return site
    return ""


def _dotted_site(line: Line, lines: list[Line]) -> str:
    """The site's name of a 'Site · Section' line (see `_DOTTED_SITE_SECTION`), or ''."""
    match = _DOTTED_SITE_SECTION.fullmatch(line.text)
    if match is None or len(match["name"].split()) < 2 or not _site_like(match["name"]):
        return ""
    if SECTION_NAME.fullmatch(match["name"]) or _personal(match["name"], lines):
        return ""
    return _clean(match["name"]) if _named_elsewhere(match["name"], line, lines) else ""


def _two_writers(items: tuple[object, ...]) -> bool:
    """Two items that are each a person's name of two or three capitalized words, neither
    a publication's nor a label: writers, no site and its section."""
    return all(writer_shaped(str(item)) and not is_label(str(item)) for item in items)


def _site_like(name: str) -> bool:
    """A few capitalized words that are not a rubric, status or paywall label ('OPINION —
    Columns' names a section of a section, not a site)."""
    return cues.is_name_like(cues.shape(name)) and not is_label(name)


# What a site's name line carries besides the name: its home link's word ('Coastline
# News Homepage') or the section after a spaced dash ('Chipwire — Foundries').
# ('The Harbour Post Logo': a logo's alt text copied with the page)
# ('강원특별자치도 누리집': a Korean body's site, its word for homepage after the name)
_NAME_SUFFIX = re.compile(
    r"\s+(?:home\s*page|home|front\s+page|logo|누리집|홈페이지)$|\s+[\u2013\u2014]\s+.*$", re.I
)
# A footer's links, which a line above or below a copyright may leave beside it: never a name.
_FOOTER_LINK = re.compile(
    r"(?:terms\s+(?:of\s+(?:use|service)|and\s+conditions)|privacy(?:\s+(?:policy|notice))?|cookie\s+(?:policy|settings)"
    r"|contact\s+us|about\s+us|all\s+rights\s+reserved|site\s*map|accessibility)",
    re.I,
)


# A wire desk's code after the outlet in a source line: 'Source: Harbourview/na(rk)',
# 'Source: Tomon/ab': a writer's and an editor's initials, lower case, after a slash.
_DESK_CODE = re.compile(r"(?<=[\w)])/[a-z]{1,4}(?:\s*\([a-z]{1,4}\))?$")


def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" .,:;-|")
    if name[:1] == "[" and name[-1:] == "]":
        name = name[1:-1].strip()  # a text browser's dump prints a logo's alt text in brackets
    if "/" in name:
        name = _DESK_CODE.sub("", name)
    name = _YEAR_SUFFIX.sub("", name)
    if " " in name:
        name = _NAME_SUFFIX.sub("", name)
    if not any(ch.isalnum() for ch in name) or _FOOTER_LINK.fullmatch(name):
        return ""  # 'Source: ""', a scraper's empty quotes or punctuation, a footer's link: no name
    if name.casefold() in _JOINING_WORDS:
        return ""  # 'By Mara Quill' / 'and' / 'Tobias Wren': the byline's word between its names
    return name if 1 < len(name) <= 60 else ""


_JOINING_WORDS = frozenset(("and", "&", "or", "by", "with", "and by"))


# UI words and an edition or region selector at the top of a page name no outlet: the
# masthead is often the line after them.
_UI_TOP = re.compile(
    r"(?:main\s+)?menu|top|home|(?:go\s+to\s+(?:the\s+)?)?home\s*page|search|back|close|skip\s+to\s+(?:main\s+)?\w+|sign\s+(?:in|up)|log\s*in"
    r"|accessibility(?:\s+(?:help|options|settings|statement|mode))?|(?:high\s+)?contrast|text\s+size|language"
    r"|open\s+in\s+(?:the\s+)?app|subscribe|write|register"
    r"|(?:[\w.]+\s+)?edition|international|global|world|asia|europe|americas|africa|middle\s+east|oceania"
    r"|australia|new\s+zealand|uk|us|usa|india|canada|ireland|live\b.*"
    # a Korean page's skip links ('본문 바로가기', '주메뉴 바로가기') and member links, maybe
    # as a list's items ('* 로그인', '마이페이지', '고객센터')
    r"|(?:[*\u2022]\s*)?(?:(?:본문|주\s*메뉴|메뉴|내용|검색|하단)\s*(?:으로\s*)?바로\s*가기"
    r"|로그인|로그아웃|회원가입|마이페이지|고객센터|사이트맵|장바구니|닫기|뒤로\s*가기|메뉴\s*(?:열기|닫기))"
    # the government's banner over a ministry's site ('대한민국 정부 공식 누리집임을 확인하세요')
    r"|[^.]{0,30}공식\s*(?:전자정부\s*)?누리집[^.]{0,20}\.?|누리집\s*확인\s*방법"
    # a consent banner above the masthead
    r"|we\s+value\s+your\s+privacy|i\s+(?:accept|agree)|accept(?:\s+all)?(?:\s+cookies)?|reject\s+all|agree"
    r"|show\s+purposes|manage\s+(?:cookies|preferences|options|settings)|cookie\s+(?:settings|preferences)"
    r"|we\s+(?:and\s+our\s+partners|use\s+cookies)\b.*"
    # a news portal's name over the copy it shows of another outlet's story (its provider's
    # name stands under it, by the headline)
    r"|yahoo!?(?:\s+(?:news|finance|sports|entertainment))?|microsoft\s+start|msn(?:\s+news)?"
    r"|google\s+news|apple\s+news\+?|flipboard|newsbreak|smartnews"
    r"|(?:네이버|다음|네이트|줌)\s*(?:뉴스|연예|스포츠)?|naver(?:\s+news)?|daum(?:\s+news)?",
    re.I,
)
# A browser's reader mode saves the site's host as the first line: 'prairiepost.example'.
_HOST = re.compile(r"(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)
# A newsroom's section label at the top of a release ('Press Office', '보도자료'): the page
# belongs to that section of the issuer's site, and names no outlet of its own.
_NEWSROOM = re.compile(
    r"media\s+cent(?:re|er)|news\s*room|press\s+(?:office|releases?|room|centre|center)|news\s+releases?"
    r"|보도\s*자료|알림\s*마당|보도\s*해명\s*자료|언론\s*보도",
    re.I,
)
# The issuer and the label on one line: '해양경찰청 보도자료', 'Department of Fisheries | Media
# Centre': the label is the kind of page, the body before it the outlet.
_LABELLED_ISSUER = re.compile(rf"(?P<body>.+?)\s*[-\u2013\u2014|·:]?\s*(?:{_NEWSROOM.pattern})", re.I)
# The body that issues a release, on the line under the newsroom's label: 'Ministry of
# Inland Waterways', '운하청'.
_ISSUING_BODY = re.compile(
    r"(?:.*\b(?:ministry|department|agency|authority|office|council|commission|government|city|county"
    r"|institute|board|bureau|service)\b.*)|[가-힣]{2,15}(?:부|처|청|원|위원회|시|도|군|구|공사|공단|은행)",
    re.I,
)
# A photo's credit names its photographer and agency, not the page: 'Credit: Ilse
# Marchand/Fieldnotes', '사진=홍길동 기자'. The agency after the slash may be the masthead.
_CREDIT = re.compile(
    r"(?:(?:photo|picture|image)?\s*credit|photo|picture|image|사진)\s*[:=]\s*(?P<credit>.*)", re.I
)
# A forum's aside after the name it pastes: 'The Fenwick Gazette (paywalled so pasted here)',
# '(Paywalled, so pasted here)': words, maybe a capital first; never a name ('(South Korea)',
# '(Pty)').
_ASIDE = re.compile(r"\s*\((?=[^()]*[a-z]{3})(?=[^()]*\s)[A-Z]?[^()A-Z]*\)$")


def _personal(name: str, lines: list[Line]) -> bool:
    """A person's name, never a masthead, though the page names it again ('Contact Luis
    Ortega at ...'): a line the byline rules accept ('윤지호 특파원'), or two or three
    capitalized words without a publication's word that the page shows as a person's (a
    byline's name, 'Contact X', 'X at x@y.example', the name's slug in a profile's URL: a
    repost's poster at the top). A bare 'Gulf Lantern' is a paper's name as often."""
    found = parse_byline(name)
    if found is not None and found.authors:
        return True
    if not _person_shaped(name):
        return False
    words = name.split()
    slug = "-".join(words).lower()
    person = re.compile(
        rf"(?:contact|e-?mail|write\s+to|call)\s+{re.escape(name)}\b|{re.escape(name)}\s+at\s+\S+@", re.I
    )
    return any(
        name in line.found.get("authors", ())  # type: ignore[operator]
        or (slug in line.text.lower() and "/" in line.text)
        or person.search(line.text)
        for line in lines
    )


def _person_shaped(name: str) -> bool:
    """Two or three capitalized words, none of a publication's or an institution's."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+", word) for word in words)
        and words[0] != "The"
        and PUBLICATION.search(name) is None
        and _ISSUING_BODY.fullmatch(name) is None
    )


# The logo's link text after the site's name: 'The Guardian - Back to home', 'BBC Homepage'.
_HOME_LINK = re.compile(
    r"\s*(?:[-\u2013\u2014|:]\s*(?:back\s+to\s+|go\s+to\s+)?(?:the\s+)?home(?:\s*page)?|\s+homepage)$", re.I
)


def _candidate(text: str) -> str:
    """The name a top line may hold: a credit's agency, a name without a forum's aside or
    its logo's link text."""
    credit = _CREDIT.fullmatch(text)
    if credit is not None:
        agency = credit["credit"].rpartition("/")[2].strip()
        return agency if agency and agency != credit["credit"].strip() else ""
    text = _HOME_LINK.sub("", text)
    text = _INITIALS_AFTER.sub("", text)  # "KENYA NATIONAL SECONDARY TEACHERS' UNION (KENSTU)"
    initials = _INITIALS_BEFORE.match(text)
    if initials is not None and _initials(text[initials.end() :]) == initials["initials"]:
        text = text[initials.end() :]  # 'ISF - International Standards Federation': the name
    text = cues.tagline_name(text) or text  # 'Helix — science that explains': the name
    return cues.STATE_AFTER_NAME.sub("", _ASIDE.sub("", text))  # 'City of X, WA': the name


# The initials a body goes by after its name on a letterhead: 'Radio Seoul (RS)'. The
# name alone is named again in the statement, as the page writes it there.
_INITIALS_AFTER = re.compile(r"(?<=[\w'\u2019])\s+\([A-Z][A-Z&]{1,7}\)$")
# ... or before it, with a dash: 'ISF - International Standards Federation'.
_INITIALS_BEFORE = re.compile(r"(?P<initials>[A-Z]{2,6})\s+[-\u2013\u2014|]\s+")


# A section's name in a site's menu, printed again in its other menus ('News', 'Local
# News'): the section, never the outlet.


# A bar's item that is a day or the weather: '30/11/2025', '19°C Partly cloudy'.
_DAY_OR_WEATHER = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d\s?\u00b0\s?[CF]?\b")


# A post's categories, as a blog prints them under its title or its story: 'Posted in
# Statements, Campaigns', 'Filed under: News', 'Categories: A, B', 'In "Statements"'.
_CATEGORIES = re.compile(r"(?:posted|filed)\s+(?:in|under)\b|categor(?:y|ies)\s*:|in\s+[\"\u201c]", re.I)


def _only_among_categories(name: str, line: Line, lines: list[Line]) -> bool:
    """Whether the lines that name `name` again, besides itself, all list a post's categories."""
    others = [other for other in lines if other.text != line.text and name in other.text]
    return bool(others) and all(_CATEGORIES.match(other.text) for other in others)


def _masthead(lines: list[Line], strict: bool = False) -> str:
    """A site's name at the top of the page: a name-like header line (or a menu's first
    item, or an issue title's name) that the page names again elsewhere (a repeat of the
    same line or a menu does not count), or the very first line of a file saved without
    a date line. Written as the page writes it elsewhere: 'HAN RIVER MORNING' at the top
    and 'Han River Morning, 12 Example-ro' at the bottom give 'Han River Morning'."""
    content = [line for line in lines if line.text]
    first = ""  # the first line's name, when the page does not name it again
    skipped = 0  # UI labels above the masthead
    newsroom = False  # a newsroom's label above it: only a name the page repeats counts
    for position, line in enumerate(content):
        if line.zone != HEADER_ZONE:
            break
        if position == skipped and not line.first and _UI_TOP.fullmatch(line.text):
            skipped += 1
            continue
        if (
            position == skipped
            and not strict
            and (labelled := _LABELLED_ISSUER.fullmatch(line.text)) is not None
            and _ISSUING_BODY.fullmatch(labelled["body"])
        ):
            return _clean(labelled["body"])
        if position == skipped and _NEWSROOM.fullmatch(line.text):
            # 'Press Office' over 'Ministry of Inland Waterways': the section's label, then
            # (on a release) the body that issues it; a slogan under the label is no name.
            issuer = next((other for other in content[position + 1 : position + 3] if other.text), None)
            if issuer is not None and _ISSUING_BODY.fullmatch(issuer.text) and not strict:
                return _clean(issuer.text)
            skipped += 1
            newsroom = True
            continue
        if position == 0 and line.number == 1 and (host := _HOST.fullmatch(line.text)):
            return "" if strict else host["host"].lower()
        names: list[str] = []
        if line.verdict == NAVIGATION and line.rule == "menu":
            items = line.found.get("items", ())
            top = str(items[0]) if items else ""  # type: ignore[index]
            if (
                len(items) >= 3
                and position <= 2
                and not strict
                and not first
                and not _UI_TOP.fullmatch(top)
                # 'Buenos Aires | 30/11/2025 | 19°C Partly cloudy': the city's date and weather
                and not any(_DAY_OR_WEATHER.search(str(item)) for item in items)  # type: ignore[union-attr]
            ):
                return _clean(top)
        elif line.verdict == NAVIGATION and line.rule == "breadcrumbs" and position <= 2:
            # 'Ministry of Coastal Affairs > News > Press Releases': the trail starts at the
            # site; its name counts when the page names it again, as a masthead's does.
            items = line.found.get("items", ())
            if items and len(str(items[0]).split()) >= 2:  # type: ignore[arg-type,index]
                names.append(str(items[0]))  # type: ignore[index]
        elif line.verdict in (MASTHEAD, "label", "") or line.first or _CREDIT.fullmatch(line.text):
            issue = _ISSUE.fullmatch(line.text)
            names.append(issue["name"] if issue else _candidate(line.text))
        for name in names:
            section = _SITE_SECTION.fullmatch(name)
            if not name or name.casefold() in _JOINING_WORDS:
                continue  # the word between a byline's names, alone on its line
            if name.casefold() in _LINK_WORDS:
                continue  # a menu's 'About', which the footer's 'About Me' names again
            if not cues.is_name_like(cues.shape(name)) or (section and is_label(section["name"])):
                continue  # 'OPINION — Columns': a rubric and its section, no site's name
            if _personal(name, lines) or _NEWSROOM.fullmatch(name) or SECTION_NAME.fullmatch(name):
                continue  # a poster's or reporter's name, a newsroom's or a section's label: no outlet
            if _only_among_categories(name, line, lines):
                continue  # a menu's section that a post is filed in: 'Posted in Statements, Campaigns'
            found = _named_elsewhere(name, line, lines, footer=not strict)
            if found:
                return _clean(found)
            if (
                position == skipped
                and not line.first
                and not strict
                and not newsroom
                and not _CREDIT.fullmatch(line.text)  # 'Photo: A/Reuters': a photo agency, unless named again
                and (line.number == 1 or skipped)
            ):
                first = first or _clean(name)
        if strict and position >= skipped + 2:
            break  # a masthead named again stands at the top, right under any UI labels
    return first


def _city_named_below(place: str, lines: list[Line]) -> str:
    """'Eau Claire, WI' atop a city's site and 'City of Eau Claire' alone in its footer:
    the city's government is the outlet, named as the footer names it; or ''."""
    for line in lines:
        if line.zone == FOOTER_ZONE and line.text.endswith(place):
            found = _GOVERNMENT_OF.fullmatch(line.text)
            if found is not None and found["place"] == place:
                return line.text
    return ""


_GOVERNMENT_OF = re.compile(
    r"(?:City|Town|Village|County|Borough|District|Municipality|Shire)\s+of\s+(?P<place>.+)"
)


def _named_elsewhere(name: str, own: Line, lines: list[Line], footer: bool = False) -> str:
    """How another line spells the name, a mixed-case spelling before capitals ('NORTHGATE
    POST' at the top, 'Published in Northgate Post' below), or ''. The same line printed
    again counts only in the footer, and only when `footer` says so."""
    folded = name.casefold()
    spellings = []
    repeat = own.text.casefold()  # the same line printed again (a menu's twin) is no second naming
    for line in lines:
        if line is own or line.verdict == NAVIGATION:
            continue
        if line.text.casefold() == repeat and not (
            footer and line.zone == FOOTER_ZONE and len(name.split()) >= 2
        ):
            continue  # (`footer`: a name of two words or more printed again in the footer is the site's)
        at = line.text.casefold().find(folded)
        if at >= 0 and not (line.text[at : at + len(name)].islower() and not name.islower()):
            # (a menu's 'Committees' is not named again by 'select committees' in a sentence)
            spellings.append(line.text[at : at + len(name)])
    spellings.sort(key=str.isupper)
    if spellings and not name.isupper() and not name.islower():
        return name  # its own mixed case stands ('The Guardian', named again in 'Support the Guardian')
    return spellings[0] if spellings else ""


def find_outlet(lines: list[Line], authors: tuple[str, ...] = ()) -> tuple[str, str]:
    """The outlet's name as the page presents it, and the rule of the line that gave it."""
    name, rule = _found_outlet(lines, authors)
    if name and name.isascii() and (korean := _korean_name_atop(lines, name)):
        # 'THE LEVER' atop, '더레버 | 스타트업·테크 인사이트 멤버십' under it, '더레버 멤버십' below: a
        # Korean page's own name in Hangul over its Latin logo
        return korean, f"the Korean name a Korean page calls itself by (over the {rule}, {name})"
    if name and name.isascii() and (korean := _korean_subject_spelled(lines, name)):
        return (
            korean,
            f"the Korean name the story opens with, which the Latin name spells (over the {rule}, {name})",
        )
    if not name or _BARE_HOST.fullmatch(name):
        # no name, or a host: the name the page's source link's host spells ('told Tapewatch'
        # for www.tapewatch.example; 'Aotearoa Herald' in the title for aotearoaherald.example)
        for host in (name, *_source_hosts(lines)):
            if host and (spelled := _named_for_host(host, lines)):
                return spelled, f"the name the page spells its host ({host}) as"
        if name and (body := _korean_body_atop(lines)):
            # 'www.kiet.example' over '산업연구원' in the release's header, the lede's subject:
            # a Korean body's own name, which its host's initials do not spell
            return body, f"a Korean body's name in the header, the story's subject (over the host, {name})"
    if rule == "a mail's sender" and (letter := _newsletter_named(lines)) is not None:
        # 'From: Brookfield Masjid <...>', 'BROOKFIELD BULLETIN' atop the letter and 'You are
        # receiving the Brookfield Bulletin because ...' under it: the newsletter a body sends
        return (
            letter,
            f"the newsletter its masthead and subscriber's note name (over the mail's sender, {name})",
        )
    if rule == "masthead" and _A_GOVERNMENT.search(name) and (top := _body_atop_its_government(lines, name)):
        # 'Indian Computer Emergency Response Team' atop 'Ministry of ...' and 'Government of
        # India', and again in the footer: the body whose page it is
        return top, f"the body named atop its government's name, and again below (over the {rule}, {name})"
    if rule == "copyright line" and _A_GOVERNMENT.search(name) and (issuer := _issued_by(lines)):
        # '© 2025, Government of Singapore' under 'Issued by: Maritime and Port Authority of
        # Singapore': a government's common copyright over its agency's release
        return issuer, f"the body a release says issued it ('Issued by: X', over the {rule}, {name})"
    if "." in name and (department := _contact_department(lines)):
        # 'Canada.ca' atop, 'Health Canada' alone in the footer over 'Contact Health Canada':
        # a government's common site carries its departments' pages
        return department, f"the department the footer says to contact (over the {rule}, {name})"
    if rule == "copyright line" and (full := _initials_spelled_atop(name, lines)):
        # '© 2025 IFPT' under a letterhead 'Irish Federation of Post-Primary Teachers' whose
        # release introduces 'The Irish Federation of Post-Primary Teachers (IFPT)'
        return full, f"the name atop that the copyright's initials ({name}) stand for"
    if _KO_PORTAL.search(name) and (body := _board_writers_body(lines)):
        # a portal's board carrying a ministry's release ('국민안전누리' atop, '작성자 행정안전부
        # 자연재난대응과' in the post's record): the ministry issued it
        return body, f"the body its board's writer field names (over the {rule}, {name})"
    if name[-1:] in "군시" and (local := _PROVINCE_LOCAL.fullmatch(name)) is not None:
        # '충청북도 해솔군' atop a county's page: the county, its province set before its name
        return local["local"], f"{rule}, the county or city without its province"
    if (company := _NEWSROOM_OF.fullmatch(name)) is not None:
        # '태백메모리 뉴스룸', 'Harbor Power Newsroom': the company's own newsroom is the company's
        # (by its name, when the release spells out the initials it goes by: 'Lakehead Power
        # & Light (LP&L) today asked ...' under 'LP&L Newsroom')
        if full := _introduced_initials(company["company"], lines):
            return full, f"{rule}, the company whose newsroom it is, as its release spells it"
        return company["company"], f"{rule}, the company whose newsroom it is"
    if name[-3:].lower() in _FORM_ENDS and (firm := _FIRM_FORM.sub("", name)) and firm.lower() != "the":
        # 'Tan Ridgeway LLP' atop a law firm's update: the firm goes by its name, not its form
        return firm, f"{rule}, without the company's legal form"
    return name, rule


# A county or a city with its province before it: '충청북도 해솔군', '경상남도 바다시'. (A metropolitan
# city's office keeps its city: '부산광역시 소방재난본부'.)
_PROVINCE_LOCAL = re.compile(r"[가-힣]{2,4}(?:특별자치)?도\s+(?P<local>[가-힣]{1,6}[군시])")
# A newsletter's note to its subscriber: 'You are receiving the Brookfield Bulletin because ...'.
_RECEIVING = re.compile(
    r"(?i:you\s+are\s+receiving|you['\u2019]re\s+receiving|you\s+received)\s+(?:(?i:the)\s+)?"
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})"
)


def _newsletter_named(lines: list[Line]) -> str | None:
    """The newsletter's name a letter's note to its subscriber gives, if its masthead
    prints it too."""
    mastheads = {line.text.casefold() for line in lines if line.verdict == MASTHEAD}
    for line in lines:
        if "eceiv" in line.text and (found := _RECEIVING.match(line.text)) is not None:
            name = found["name"]
            if name.casefold() in mastheads or f"the {name}".casefold() in mastheads:
                return name
    return None


# A legal form at the end of a firm's name: 'Tan Ridgeway LLP', 'Harbor Lane Pte. Ltd.'.
_FIRM_FORM = re.compile(
    r",?\s+(?:(?:Pte|Pty|Pvt|Sdn)\.?\s+)?(?:LLP|LLC|L\.L\.C\.|Ltd|Limited|Inc|plc|PLC|GmbH|Corp|S\.A\.)\.?$"
)
_FORM_ENDS = frozenset(
    ("llp", "llc", "ltd", "td.", "ted", "inc", "nc.", "plc", "mbh", "orp", "rp.", ".a.", "l.c")
)


# An aggregator's credit over the story it carries: 'via Lusong Times' on a line of its own
# in the header (a picture's 'via Getty Images' is a credit, not the story's outlet).
_VIA = re.compile(r"via\s+(?P<name>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})")
_PICTURE_SOURCE = re.compile(
    r"\b(?:Images?|Photos?|Pictures|Shutterstock|Unsplash|Flickr|Wikimedia|Commons)\b"
)


# A footer's link to the department whose page it is: 'Contact Health Canada'.
_CONTACT_DEPARTMENT = re.compile(
    r"Contact\s+(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'\u2019.-]*){1,4})"
)


def _contact_department(lines: list[Line]) -> str:
    """A department's name that the footer prints alone and as whom to contact, or ''."""
    footer = [line.text for line in lines if line.zone == FOOTER_ZONE and line.text]
    for text in footer:
        found = _CONTACT_DEPARTMENT.fullmatch(text) if text[:8] == "Contact " else None
        if found is not None and found["name"] in footer:
            return found["name"]
    return ""


def _carried_via(lines: list[Line]) -> str:
    """The outlet an aggregator's 'via X' line credits in the header, or ''."""
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if line.text.startswith("via ") and (via := _VIA.fullmatch(line.text)) is not None:
            name = _clean(via["name"])
            if not _PICTURE_SOURCE.search(name) and not is_label(name):
                return name
    return ""


def _initials_spelled_atop(code: str, lines: list[Line]) -> str:
    """The name that initials stand for, when the page introduces them with it ('... (IFPT)')
    and prints it alone on a line of its header, as a site prints its name; or ''."""
    full = _introduced_initials(code, lines)
    if not full:
        return ""
    folded = full.casefold()
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if line.text.casefold() == folded:
            return full
    return ""


# A press-release hub's label under a release's headline names whose release it is:
# 'Press Release: Kahu Talent', 'Media release - Port of Tauranga'.
_HUB_LABEL = re.compile(
    r"(?:press|media|news)\s+release\s*[:\u2013\u2014-]\s*"
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+(?:of|and|&|for|the|[A-Z][\w&'\u2019.-]*)){0,6})",
    re.I,
)


# What a government site's page says it is from, over its date ('From:' / 'Ministry of
# Defence and Gareth Penhallow MP'): the bodies and the people, the body first. The label
# stands alone on its line ('From: Dana Park <dana@x.example>' heads a forwarded mail).
_FROM_LABEL = re.compile(r"from\s*:", re.I)
_FROM_PARTS = re.compile(r",\s*|\s+and\s+")
_FROM_BODY_INLINE = re.compile(r"from\s*:\s*(?P<name>[A-Z][^@<>|]{3,80})", re.I)


# A government site's note on itself: 'This is the official website of the U.S. Embassy in
# the Philippines.' (the name ends at a full stop after a small letter, not at 'U.S.')
_OFFICIAL_SITE = re.compile(
    r"this\s+is\s+(?:the|an)\s+official\s+(?:web\s*site|site|page)\s+of\s+(?:the\s+)?(?P<name>.{1,80}?(?-i:[a-z0-9)]))\.(?=\s|$)",
    re.I,
)


def _official_site_of(lines: list[Line]) -> str:
    """The body a line says the page is the official website of, or ''."""
    for line in lines:
        if "fficial" in line.text and (found := _OFFICIAL_SITE.match(line.text)) is not None:
            name = _clean(found["name"])
            if name and name[:1].isupper():
                return name
    return ""


# An exchange's announcement page names the listed company that issued it in a field of
# its record: 'Issuer: Acacia Rand Bank Holdings Limited'.
_ISSUER_FIELD = re.compile(r"issuer(?:\s+name)?\s*:\s*(?P<name>[A-Z][\w&.,'\u2019() -]{2,80})", re.I)


def _issuer_field(lines: list[Line]) -> str:
    """The company an 'Issuer:' field in the header names, without its legal form; or ''."""
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if line.text[:6].lower() == "issuer" and (found := _ISSUER_FIELD.fullmatch(line.text)) is not None:
            name = _clean(_FIRM_FORM.sub("", found["name"].strip()))
            if name:
                return name
    return ""


def _from_label(lines: list[Line]) -> str:
    """The first body that the line under a header's 'From:' names; or ''."""
    texted = [line for line in lines if line.text]
    for index, line in enumerate(texted[:-1]):
        if line.zone != HEADER_ZONE:
            break
        if line.text[:4].lower() != "from":
            continue
        if _FROM_LABEL.fullmatch(line.text) is None:
            # the label and the body on one line ('From: Department of Homes, Planning and
            # Heritage'), named in full again elsewhere on the page (its heading, its footer)
            found = _FROM_BODY_INLINE.fullmatch(line.text)
            name = _clean(found["name"]) if found is not None else ""
            if (
                name
                and _ISSUING_BODY.fullmatch(name)
                and any(other is not line and name in other.text for other in texted)
            ):
                return name
            continue
        for part in _FROM_PARTS.split(texted[index + 1].text):
            name = _clean(part)
            if name and _ISSUING_BODY.fullmatch(name) and not _person_shaped(name):
                return name
    return ""


def _body_atop_its_government(lines: list[Line], government: str) -> str:
    """The page's first line, a public body's name of three words or more that the page
    prints again at the start of another line; or ''."""
    texted = [line for line in lines if line.text]
    if not texted:
        return ""
    top = texted[0].text
    words = top.split()
    if (
        not 3 <= len(words) <= _BODY_WORDS
        or government.casefold() in top.casefold()  # (the government's own name, or its letterhead)
        or "   " in top  # (a letterhead in columns: 'CITY GOVERNMENT      NEWS RELEASE')
        or not all(w[:1].isupper() or w in _SMALL for w in words)
    ):
        return ""
    return top if any(line.text.startswith(top) for line in texted[1:]) else ""


_BODY_WORDS = 8
_SMALL = frozenset(("of", "for", "and", "the", "on", "in"))


# A government at large, as a common copyright line names it: 'Government of Singapore'.
_A_GOVERNMENT = re.compile(r"\bgovernment\s+of\b|\bgovernment$", re.I)
# A platform's badge under an account's name: 'Official', '공식'.
_OFFICIAL_BADGE = frozenset(("Official", "OFFICIAL", "공식", "Official account", "공식 계정"))


def _official_account(lines: list[Line]) -> str:
    """On a fan or social platform, the account over its 'Official' badge in the header
    (an agency posting a notice about its artist, whose name is the platform's masthead)."""
    texted = [line for line in lines if line.text]
    for above, badge in itertools.pairwise(texted):
        if badge.zone != HEADER_ZONE:
            break
        if (
            badge.text in _OFFICIAL_BADGE
            and above.verdict in ("", MASTHEAD, LABEL)
            and 2 <= len(above.text) <= 40
        ):
            return _clean(above.text)
    return ""


# A release's line naming its issuer: 'Issued by: Maritime and Port Authority of Singapore'.
_ISSUED_BY = re.compile(r"(?:issued|released)\s+by\s*:?\s+(?:the\s+)?(?P<name>[A-Z].{2,80})", re.I)


def _issued_by(lines: list[Line]) -> str:
    """The public body an 'Issued by:' line names, or ''."""
    for line in lines:
        if line.text[:1] in "IiRr" and line.verdict != BODY and (found := _ISSUED_BY.fullmatch(line.text)):
            name = _clean(found["name"].rstrip(". "))
            if name and _ISSUING_BODY.fullmatch(name) and not _person_shaped(name):
                return name
    return ""


def _hub_issuer(lines: list[Line]) -> str:
    """The issuer a header's 'Press Release: X' names, or its 'Source: X' under a 'Press
    Release' label, when another line names X again (its 'About X', 'More from X'); or ''."""
    labelled = False
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if (
            labelled
            and line.rule == "source line"
            and (name := str(line.found.get("outlet") or ""))
            and any(other is not line and name in other.text for other in lines)
        ):
            # 'Press Release' over the title, 'Source: Ridgeline Network' under the stamp: a
            # news site's board of the releases it carries, the issuer's words
            return name
        if len(line.text) > 80 or "elease" not in line.text:
            continue  # gate (speed)
        if line.text.casefold() in ("press release", "press releases", "news release"):
            labelled = True
            continue
        if (found := _HUB_LABEL.fullmatch(line.text)) is None:
            continue
        name = _clean(found["name"])
        if name and any(other is not line and name in other.text for other in lines):
            return name
    return ""


# A Korean government portal's name, which carries bodies' releases: '국민안전누리', '맑은공기24'.
_KO_PORTAL = re.compile(r"[가-힣](?:누리|누리집|포털|넷|24|마당|광장)$")
# A board's writer field naming the body and its department: '작성자\t행정안전부 자연재난대응과'.
_BOARD_WRITER = re.compile(
    r"작성자\s*[:\uff1a\t]\s*(?P<body>[가-힣]{2,12}(?:부|처|청|위원회))\s+[가-힣]{2,15}(?:과|팀|실|국|센터)"
)


def _board_writers_body(lines: list[Line]) -> str:
    """The public body a board's writer field names before its department, or ''."""
    for line in lines:
        if line.text.startswith("작성자") and (found := _BOARD_WRITER.fullmatch(line.text)) is not None:
            return found["body"]
    return ""


def _introduced_initials(code: str, lines: list[Line]) -> str:
    """The name a page introduces its initials with, 'Lakehead Power & Light (LP&L)', or ''."""
    if not (2 <= len(code) <= 8 and code.upper() == code and " " not in code):
        return ""
    introduced = re.compile(
        rf"(?P<full>[A-Z][\w'\u2019.-]*(?:\s+(?:&|and|of|[A-Z][\w'\u2019.-]*)){{1,6}})\s+\({re.escape(code)}\)"
    )
    for line in lines:
        if f"({code})" not in line.text or (found := introduced.search(line.text)) is None:
            continue
        words = found["full"].split()
        for start in range(len(words)):  # ('The Lakehead Power & Light (LP&L)': from 'Lakehead')
            letters = "".join(word[0] for word in words[start:] if word[0].isupper() or word == "&")
            if letters == code.replace(" ", ""):
                return _clean(" ".join(words[start:]))
    return ""


def _introduced_in_hangul(code: str, lines: list[Line]) -> str:
    """The Korean name a page's story introduces its initials with, '한결과학기술원(HBIST)', or ''."""
    if not (2 <= len(code) <= 8 and code.isupper() and code.isalpha()):
        return ""
    marked = f"({code})"
    for line in lines:
        if line.verdict == BODY and marked in line.text:
            found = re.search(rf"(?<![가-힣])(?P<full>[가-힣]{{3,15}})\s?{re.escape(marked)}", line.text)
            if found is not None:
                return found["full"]
    return ""


_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,10}(?:\s[\uac00-\ud7a3]{1,10})?")


def _korean_subject_spelled(lines: list[Line], latin: str) -> str:
    """On a Korean page, the Hangul name the story opens with ('한서에어로스페이스가 ...'),
    when the Latin name's first word spells its first syllables ('HANSEO AEROSPACE',
    'Hanseo Aerospace Co., Ltd.') and the page names it at least three times: a company's
    release in its own newsroom, named in Hangul; or ''."""
    lede = next((line.text for line in lines if line.verdict == BODY), "")
    subject = _KO_SUBJECT.match(lede)
    first = latin.split()[0].lower() if latin.split() else ""
    if subject is None or len(first) < 3:
        return ""
    name = subject["name"]
    if not any(first in spellings(name[:size]) for size in range(1, min(len(name), 4) + 1)):
        return ""
    if not _korean_page(lines):
        return ""
    return name if sum(line.text.count(name) for line in lines) >= _NAMED_TIMES else ""


# A lede's subject in Hangul, before its particle: '한서에어로스페이스가 ...', '가온은 ...'.
_KO_SUBJECT = re.compile(r"(?P<name>[가-힣]{2,15}?)(?:가|이|는|은)\s")
_NAMED_TIMES = 3


def _korean_name_atop(lines: list[Line], latin: str) -> str:
    """On a Korean page, a name in Hangul alone on a line of the header's top (or before a
    bar and its motto), right over or under the Latin masthead `latin` ('ONSAE VENTURES' /
    '온새벤처스'), that the page names again at least twice, or ''."""
    if not _korean_page(lines):
        return ""
    texted = [line for line in lines if line.text]
    folded = latin.casefold()
    for line in texted[:_BILINGUAL_REACH]:
        # both names on one line: '관세청  Korea Customs Service'
        pair = _BILINGUAL_NAME.fullmatch(line.text) if line.zone == HEADER_ZONE else None
        if pair is not None and pair["latin"].casefold() == folded:
            return pair["korean"]
    for position, line in enumerate(texted[:8]):
        if line.zone != HEADER_ZONE:
            break
        beside = texted[max(0, position - 1) : position] + texted[position + 1 : position + 2]
        if not any(folded in other.text.casefold() for other in beside):
            continue
        name = re.split(r"\s+[|\u2013\u2014-]\s+", line.text, maxsplit=1)[0].strip()
        if line.verdict not in (MASTHEAD, LABEL, NAVIGATION, "") or not _HANGUL_NAME.fullmatch(name):
            continue  # (a name and its motto after a bar may read as a menu of two)
        if SECTION_NAME.fullmatch(name) or is_label(name) or _UI_TOP.fullmatch(name):
            continue
        again = sum(1 for other in texted if other is not line and name in other.text)
        # A line that is the Latin name whole ('식품의약품안전처' over 'Ministry of Food and Drug
        # Safety', the copyright's 'MINISTRY OF FOOD AND DRUG SAFETY') pairs the two names by
        # itself: once more in the page is enough.
        paired = any(other.text.strip().casefold() == folded for other in beside)
        if again >= (1 if paired else 2):
            return name
    return ""


# A Korean body's name and its English name on one line: '관세청  Korea Customs Service', '우주항공청
# Korea AeroSpace Administration' (the Latin one the copyright line's, so a space is apart enough).
_BILINGUAL_NAME = re.compile(
    r"(?P<korean>[가-힣]{2,15})(?:\s+|\s*[|/·]\s*)(?P<latin>[A-Z][A-Za-z&.' -]{3,60})"
)
_BILINGUAL_REACH = 12  # lines of text from the top


def _source_hosts(lines: list[Line]) -> list[str]:
    """The hosts of the page's source lines ('source: https://www.x.example/...')."""
    hosts = []
    for line in lines:
        url = str(line.found.get("source_url") or "")
        if url and (found := _URL.match(url)) is not None:
            hosts.append(found["host"].lower())
    return hosts


# A company's newsroom named after it: 'X 뉴스룸', 'X Newsroom'.
_NEWSROOM_OF = re.compile(r"(?P<company>\S.{1,40}?)\s+(?:뉴스룸|Newsroom)")


def _brand_with_its_domain(name: str, lines: list[Line]) -> bool:
    """Whether a dotted name is the brand the page prints as its masthead ('Tapline.biz')."""
    return name[:1].isupper() and any(line.verdict == MASTHEAD and line.text == name for line in lines)


def _found_outlet(lines: list[Line], authors: tuple[str, ...]) -> tuple[str, str]:
    if via := _carried_via(lines):
        return via, "an aggregator's credit to the story's outlet ('via X')"
    if issuer := _hub_issuer(lines):
        return issuer, "the issuer a press-release hub labels the release with ('Press Release: X')"
    if issuer := _from_label(lines):
        return issuer, "the body a government page says the page is from ('From: X')"
    if issuer := _issuer_field(lines):
        return issuer, "an exchange's announcement, by the issuer its field names ('Issuer: X')"
    if account := _official_account(lines):
        return account, "the official account that posted the notice (its name over its 'Official' badge)"
    if official := _official_site_of(lines):
        return official, "the body a page says it is the official website of"
    name, rule = _as_the_page_names_it(*_outlet(lines, authors), lines)
    if "masthead" in rule or rule.startswith("copyright line"):
        card = _publication_card(lines, name)
        if card:
            return card, f"a publication's card on a platform (over the {rule})"
        partner = _partner_named_twice(lines, name)
        if partner:
            return partner, f"a portal's partner, over the headline and under the story (over the {rule})"
        logo = _logo_at_the_top(lines)
        if logo and logo.casefold() != name.casefold():
            return logo, f"the logo's alt text at the top (over the {rule})"
        channel = _podcast_channel(lines)
        if channel and channel.casefold() != name.casefold():
            return channel, f"a podcast directory's channel, the show's maker (over the {rule})"
    searched = _search_box_site(lines) if rule == "masthead" else ""
    if searched and searched.casefold() != name.casefold():
        return searched, f"the site its search box names (over the {rule}, {name})"
    if rule == DEPARTMENT_RULE and (logo := _logo_at_the_top(lines)) and cues.HANGUL.search(logo):
        # 'KICE 한국교육과정평가원' atop a release whose table names its department
        # ('담당 부서 대학수학능력시험본부'): the department works for the body that issues it
        return logo, f"the logo's name at the top (over {rule}, {name})"
    name, rule = _korean_company(name, rule, lines)
    if "." in name and _brand_with_its_domain(name, lines):
        # 'Tapline.biz' atop the page and in its copyright line: a brand that keeps its domain
        # (written with a capital, as no bare host is)
        return name, rule
    if "." in name and (spelled := _site_spelled_atop(name, lines)):
        return spelled, f"the site's name atop, which its host ({name}) shortens"
    if "." in name and (spelled := _host_spelled_out(name, lines)):
        return spelled, f"the page's name for itself, which its host ({name}) shortens"
    # (a platform's masthead named again in its copyright line: an exchange carrying a
    # listed company's announcement)
    plain = rule in ("copyright line", "masthead") or rule.startswith(_MASTHEAD_OVER)
    if not name and (issuer := _release_issuer(lines)):
        # (no line names an outlet: a release copied out of its PDF, 'About X' under it)
        return issuer, "a release's issuer, its 'About' heading and its lede's subject"
    if plain and (issuer := _release_issuer(lines)):
        return issuer, f"a release's issuer, its 'About' heading and its lede's subject (over the {rule})"
    agreed = agreed_outlet(lines, name, rule)
    if agreed:
        return agreed, f"the name two kinds of place agree on (over the {rule})"
    if rule == "masthead" and (own := _self_named(lines)) and not _named_on_another_line(name, lines):
        # 'Robotics' alone at the top, 'Brandt told Byteline' and 'covers robotics for
        # Byteline.' below: the section's label over the name the newsroom calls itself by
        return own, "the name the newsroom calls itself by in two kinds of sentence (over a top line)"
    if not name and (logo := _logo_at_the_top(lines)):
        # 'KIMA 한국수입모빌리티협회' atop a release copied from its PDF, which has no other name
        return logo, "the logo's name at the top (the page names no other)"
    return name, rule


# How a newsroom names itself in prose, each a kind of its own: whom a source spoke to
# ('..., Brandt told Byteline.'), whom a writer works for (a biography's '... covers chips
# for Byteline.'), what a reader is asked to join or back ('Subscribe to Byteline',
# 'supporting Byteline').
_SELF_NAME = r"(?P<name>(?:The\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})"
_SELF_NAMING = (
    re.compile(rf"\btold\s+{_SELF_NAME}(?=[.,;]|\s+(?:on|in|last|this|that|earlier|after|before)\b)"),
    re.compile(
        rf"\b(?:covers|writes\s+about|reports\s+on|is\s+an?\s+[^.]{{0,60}}?)\b[^.]{{0,120}}\b(?:for|at)\s+{_SELF_NAME}\."
    ),
    re.compile(
        rf"\b(?:[Ss]ubscribe\s+to|[Ss]ign\s+up\s+for|[Ss]upport(?:ing)?|[Dd]onate\s+to)\s+(?:the\s+)?{_SELF_NAME}"
    ),
)


# A search box's label in the header names the whole site it searches: 'Search Statistics
# Canada', 'Search GOV.UK'. Not what it searches for: 'Search Jobs', 'Search this site'.
_SEARCH_BOX = re.compile(
    r"[Ss]earch\s+(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+(?:of|and|&|the|[A-Z][\w&.'\u2019-]*)){0,4})"
)
_SEARCHED_FOR = frozenset(
    (
        "jobs",
        "articles",
        "news",
        "events",
        "results",
        "courses",
        "programs",
        "programmes",
        "stories",
        "products",
        "people",
        "documents",
        "publications",
        "site",
        "website",
        "archive",
        "all",
    )
)


def _search_box_site(lines: list[Line]) -> str:
    """The site a header's search box names, or ''."""
    for line in lines:
        if line.zone != HEADER_ZONE:
            break
        if line.text[:7] != "Search " or (found := _SEARCH_BOX.fullmatch(line.text)) is None:
            continue
        name = found["name"]
        words = name.casefold().split()
        if not any(word in _SEARCHED_FOR for word in words) and (len(words) >= 2 or "." in name):
            return _clean(name)
    return ""


def _self_named(lines: list[Line]) -> str:
    """The one name that two kinds of the newsroom's sentences give it, or ''."""
    kinds: dict[str, set[int]] = {}
    for line in lines:
        if not line.text or len(line.text) > 600:
            continue
        for kind, pattern in enumerate(_SELF_NAMING):
            for found in pattern.finditer(line.text):
                name = _clean(found["name"])
                if name and not is_label(name) and not _personal(name, lines):
                    kinds.setdefault(name, set()).add(kind)
    named = [name for name, seen in kinds.items() if len(seen) >= 2]
    return named[0] if len(named) == 1 else ""


def _named_on_another_line(name: str, lines: list[Line]) -> bool:
    """Whether a second line names the name, as a word in its own case and outside a list of
    tags ('Robotics' is not named by 'covers robotics' nor by 'AI, Climate, Robotics, Startups')."""
    word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    named = (line for line in lines if line.text and word.search(line.text))
    return sum(1 for line in named if line.text.count(",") < 3) >= 2


_SITE_HOST = re.compile(r"(?P<label>[A-Za-z0-9-]{2,30})\.(?:com|net|org|tv)")


def _site_spelled_atop(host: str, lines: list[Line]) -> str:
    """'By Kendra Ollis, WSVQ.com' under 'WSVQ Channel 9' atop the page: the station's name
    as its masthead spells it, which the host shortens."""
    found = _SITE_HOST.fullmatch(host)
    if found is None:
        return ""
    label = found["label"].casefold()
    texted = (line for line in lines if line.text)
    for line in itertools.islice(texted, _LOGO_LINES):
        if line.verdict == MASTHEAD and line.text.casefold().startswith(label + " ") and len(line.text) <= 40:
            return _clean(line.text)
    return ""


def _host_spelled_out(host: str, lines: list[Line]) -> str:
    """'www.taieritimes.example' atop, 'This article appeared in the Taieri Daily Times print
    edition' below: the capitalized words a line names the outlet by, when the host's label
    is those words run together, some left out ('taieritimes': Taieri, Times)."""
    label = host_label(host)
    if len(label) < 6:
        return ""
    for line in lines:
        if line.verdict == BODY or label[:4] not in line.text.casefold():
            continue  # (gate, speed: the name's first letters are on the line)
        for named in _CAPITALIZED_RUN.finditer(line.text):
            words = named.group().split()
            the = words[0] == "The"  # ('The Harbour Post' for harbourpost.example)
            squashed = [squash(word) for word in words[the:]]
            # the whole run when the label runs through it: 'Council on Pacific Affairs'
            # for councilpacific.example, not 'Council on Pacific'
            for count in range(len(squashed), 1, -1):
                if label.startswith(squashed[0]) and _runs_together(label, squashed[:count]):
                    name = " ".join(words[the : count + the])
                    if the and not _lowercase_the(name, lines):
                        name = f"The {name}"  # (its own 'The', unless a sentence says 'the X')
                    return _clean(name)
    return ""


def _lowercase_the(name: str, lines: list[Line]) -> bool:
    """Whether a line writes 'the' in lower case before the name ('at the Council on Pacific
    Affairs'): the article is the sentence's, not part of the name."""
    needle = f"the {name}"
    return any(needle in line.text for line in lines)


# (capitalized words, with the small words a body's name holds between them: 'Council on
# Pacific Affairs', 'Bank of Korea')
_CAPITALIZED_RUN = re.compile(
    r"(?:The\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:(?:of|on|for|and|de|the)\s+)?[A-Z][\w'\u2019-]+){1,4}"
)


def _runs_together(label: str, words: list[str]) -> bool:
    """Whether the label is the words run together, some of them left out, in order."""
    if not label:
        return True
    return any(
        label.startswith(word) and _runs_together(label[len(word) :], words[at + 1 :])
        for at, word in enumerate(words)
        if word
    )


def _signed_off_brand(company: str, lines: list[Line]) -> str:
    """'Reporting for Hangang FM, I'm Jin Ha-neul.' over '© Seoul Hangang Media Foundation':
    the station the reporter signs off for, its name sharing a word with the company's, is
    the brand the listener hears; the foundation owns it."""
    words = {word for word in company.split() if len(word) >= 4 and word[0].isupper()}
    # ('Lin Yu-chen, Taivision, Kaohsiung.' over '© Taiwan Global Broadcasting Foundation': a
    # public body's copyright, the brand the reporter signs off for)
    institution = _INSTITUTION.search(company) is not None
    for line in lines:
        station = str(line.found.get("outlet") or "") if line.rule == "sign-off" else ""
        if station and (words & set(station.split()) or institution) and not station.startswith(company):
            return station
    return ""


_INSTITUTION = re.compile(r"\b(?:Foundation|Corporation|Authority|Trust|Service)$")


def _release_issuer(lines: list[Line]) -> str:
    """'About Vantrel Photonics' under a release whose lede opens 'Vantrel Photonics, Inc.
    (Nasdaq: VTRL) today reported ...', or under the company's newsroom's post: the company
    issues it, and a distributor's or a portal's copyright under it, or the masthead above,
    is not the outlet."""
    lede = next((line for line in lines if line.verdict == BODY), None)
    if lede is None:
        return ""
    abouts = [
        company
        for line in lines
        if line.rule == RELEASE_BOILERPLATE
        and line.text.startswith(("About ", "ABOUT "))
        and len(company := line.text[6:].rstrip(":").strip().removeprefix("the ")) >= 3
    ]
    # (the longest the lede opens with: a menu's 'About Maplegate' over the release's own
    # 'About Maplegate Financial Group')
    opening = [company for company in abouts if lede.text.startswith(company)]
    if opening:
        return max(opening, key=len)
    for company in abouts:
        # (or the company's newsroom over its post: 'Corvane Newsroom' atop, 'About Corvane' below)
        # (when its lede names the company: a news wire's own 'About Voltaris' under a story
        # about the market is the wire's page, 'Voltaris News')
        newsroom = (f"{company} Newsroom", f"{company} News")
        if company in lede.text and any(
            other.verdict == MASTHEAD and other.text in newsroom for other in lines
        ):
            return company
    return ""


def _podcast_channel(lines: list[Line]) -> str:
    """A podcast directory's information box under an episode ('Show' / 'The Tideline' /
    'Channel' / 'The Bellhaven Chronicle'): the channel is the newsroom that makes the
    show, the outlet over the directory that lists it."""
    texted = [line for line in lines if line.text]
    for position, line in enumerate(texted[:-1]):
        if line.text == "Channel" and line.verdict != BODY:
            name = texted[position + 1].text
            if cues.is_name_like(cues.shape(name)) and not is_label(name):
                return _clean(name)
    return ""


# A publication's own button on a platform that carries it (a news app's channel, a
# newsletter on a network or a blogging site): 'Follow', '+ Follow', 'Subscribe'.
_CARD_BUTTON = re.compile(r"\+?\s*(?:follow|subscribe)", re.I)
_CARD_REACH = 3  # text lines from the publication's name to its button


def _publication_card(lines: list[Line], masthead: str) -> str:
    """A platform's page names the platform at the top ('Linkbase', 'Newsstand' with its
    menu) and, lower in the header, the publication whose story it carries, with the
    publication's own Follow or Subscribe button beside its name ('THE HARBOR LEDGER /
    Follow', 'Tideway Notes / its description / By Name / Subscribe'): that publication is
    the outlet over the platform. A writer's name with a Follow button is a person's card,
    and a site's own name over its Subscribe button is the masthead itself."""
    header = [line for line in lines if line.text and line.zone == HEADER_ZONE]
    top = masthead.casefold()
    for position, line in enumerate(header):
        if not _CARD_BUTTON.fullmatch(line.text) or position == 0:
            continue
        for name_line in reversed(header[max(0, position - _CARD_REACH) : position]):
            name = _clean(name_line.text.title() if name_line.text.isupper() else name_line.text)
            if (
                name_line.verdict not in (MASTHEAD, "")
                or len(name.split()) < 2
                or not cues.is_name_like(cues.shape(name_line.text))
                or _personal(name, lines)
                or SECTION_NAME.fullmatch(name)
                or is_label(name)
                or _UI_TOP.fullmatch(name)  # ('Sign In' over 'Subscribe': the site's own buttons)
            ):
                continue
            folded = name.casefold().removeprefix("the ")
            if folded == top.removeprefix("the ") or folded in top or top in folded:
                return ""  # the masthead's own button
            spelled = _named_elsewhere(name, name_line, lines)
            between = header[header.index(name_line) + 1 : position]
            described = any(cues.is_headline_like(other.text, cues.shape(other.text)) for other in between)
            # its count of followers under the button ('18.2K Followers'): a publication's card
            under = header[position + 1].text if position + 1 < len(header) else ""
            counted = FOLLOWERS.fullmatch(under) is not None
            if not spelled and not described and not counted:
                break  # a menu's item or a widget over the site's own button: no publication's card
            return _clean(spelled) if spelled and not spelled.isupper() else name
    return ""


_LOGO_LINES = 12  # text lines from the top where the site's logo stands


def _logo_at_the_top(lines: list[Line]) -> str:
    """The site's name in its logo's alt text among the first lines ('The Circuitry logo'):
    the brand over a company's copyright line and over a menu's first item. (Lower down, a
    logo is a partner's or a rating's.)"""
    texted = (line for line in lines if line.text)
    for line in itertools.islice(texted, _LOGO_LINES):
        if line.rule == LOGO_RULE:
            return _clean(str(line.found["logo"]))
        if (
            line.verdict == TRANSCRIPT
            and (bracketed := _BRACKETED_NAME.fullmatch(line.text)) is not None
            and PUBLICATION.search(bracketed["name"])
        ):
            # '[The Bluenose Herald]': the logo's alt text as a text copy brackets it (a link
            # to the home page), not a transcript's marker
            return _clean(bracketed["name"])
    return ""


# (two words or more: '[Report]' alone is a broadcast transcript's marker)
_BRACKETED_NAME = re.compile(r"\[(?P<name>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){1,4})\]")


# A portal's pointer, under the story, to more of the partner whose story it carries:
# 'Read more from the Bayline Business Journal:', 'More from The Tidewater Ledger'.
_MORE_FROM = re.compile(
    r"(?:(?:read|see|get)\s+)?more\s+(?:stories\s+)?from\s+(?P<name>[A-Z][\w&'.\u2019 -]{2,58}?)\s*[:.]?",
    re.I,
)


def _partner_named_twice(lines: list[Line], masthead: str) -> str:
    """A portal prints the name of the publication whose story it carries on a line of its
    own in the header (its logo's place, over the headline), and points under the story
    to more from it: that publication is the outlet over the portal's masthead and
    copyright. (On the publication's own site the two name the masthead, which stands.) Only
    a name with a publication's word counts: a section's or a show's page points to more of
    itself the same way."""
    header = {
        line.text.strip().casefold().removeprefix("the "): line.text.strip()
        for line in lines
        if line.zone == HEADER_ZONE and line.text and line.verdict == MASTHEAD
    }
    top = masthead.casefold().removeprefix("the ")
    for line in lines:
        if line.zone == HEADER_ZONE or "more " not in line.text.lower()[:20]:
            continue  # (speed) the pointer's words first
        found = _MORE_FROM.fullmatch(line.text.strip())
        if found is None:
            continue
        name = found["name"].strip().casefold().removeprefix("the ")
        if name in header and name != top and len(name.split()) >= 2 and PUBLICATION.search(name):
            return header[name]
    return ""


# A Korean company's legal name: the form before the name ('(주)바다팜', '주식회사 바다팜') or
# after it ('다솔파마(주)' in a footer's address line and a filing's 'submitted by' field).
_KO_LEGAL_NAME = re.compile(
    r"(?:\(주\)|㈜|(?<![가-힣])주식회사)\s*(?P<name>[가-힣][가-힣A-Za-z0-9]{1,14})(?![가-힣A-Za-z0-9])"
    r"|(?<![가-힣A-Za-z0-9])(?P<before>[가-힣][가-힣A-Za-z0-9]{1,14})(?:\s*(?:\(주\)|㈜)|\s+주식회사)"
)


def _korean_company(name: str, rule: str, lines: list[Line]) -> tuple[str, str]:
    """On a Korean page whose outlet came out in Latin letters ('BADA PHARM' in the masthead
    and the copyright line), the company's Korean legal name in the footer, when the page
    names it so elsewhere too (its newsroom's title, the release's sentences): the Korean
    name is how the page presents itself."""
    if not name or cues.HANGUL.search(name):
        return name, rule
    for line in lines:
        if ("주" not in line.text and "㈜" not in line.text) or (
            legal := _KO_LEGAL_NAME.search(line.text)
        ) is None:
            continue  # gate (speed): the legal form holds '주'
        korean = legal["name"] or legal["before"]
        if any(korean in other.text for other in lines if other is not line) and _korean_page(lines):
            return korean, f"the company's Korean name (over a {rule})"
    for line in lines:
        if line.zone != FOOTER_ZONE or (owner := _KO_ADDRESS_OWNER.search(line.text)) is None:
            continue
        korean = owner["name"]
        if any(korean in other.text for other in lines if other is not line) and _korean_page(lines):
            return korean, f"the body the footer's address names, which the page names again (over a {rule})"
    return name, rule


# A footer's address line that ends with whom it is the address of: '원주본부 : (26464)
# 강원특별자치도 원주시 건강로 32 국민건강보험공단' (a postal code, or a road and its number, first).
_KO_ADDRESS_OWNER = re.compile(
    r"(?:\(\d{5}\)|[가-힣\d]+(?:로|길)\s*\d+(?:-\d+)?)[^|]*\s(?P<name>[가-힣][가-힣A-Za-z0-9]{2,14})\s*$"
)
