"""Bylines in the shapes outlets print them, and the names in them.

    By Jane Doe and John Roe              BY HAN YEONG-IK, JO SU-BIN [[email protected]]
    - SARAH KIM                           Written by Jane Doe for the Pacific Wire ->
    Reporting by A; Writing by B; Editing by C      (editors are not authors)
    Guest analysis by Kim Ha-neul, senior analyst at ...
    홍길동 기자 hong@x.example            글·사진=홍길동 기자      [한빛일보 홍길동 기자]
    Kim Min-su reports.   Our Kim Min-su reports from Incheon.   Kim has the story.
    김민수 기자가 보도합니다.   김민수 기자입니다.               (a broadcast reporter's intro)
    KBX News, Kim Min-su.   Kim Min-su, KBX News.   KBX 뉴스 김민수입니다.   (sign-offs)

A role ("Staff Reporter", "Editorial Staff", "the Pulse Markets Team") is not a name; an
e-mail address alone is a byline without one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL_ONLY = re.compile(rf"[\[(<]*\s*(?:{EMAIL}|\[?email\s*protected\]?)\s*[\])>]*", re.I)
# After the names: an e-mail, a bracket, or a bar or a slash and a short role ('| Staff
# writers', '/ Yamato Shimbun Staff Writer').
_TRAILER = rf"\s*(?:[,|]?\s*(?:[\[(<].*|{EMAIL}.*)|[|/][^|]{{1,60}})?"
# A role or a credit's label ('기자', '사진') is never a name, so a list of names stops there:
# '글 한소라 기자 · 사진 최동훈 기자' names one writer.
# (nor the words of the reporter's buttons: '기자 정보', '기자 구독')
# A board's own accounts in its writer field: '관리자', '운영자', '홍보담당자', 'admin'.
_SITE_ACCOUNT = re.compile(r"관리자|운영자|홍보\s*담당자?|담당자|admin(?:istrator)?|webmaster|편집부", re.I)
# A newsroom's desk before its reporter's name: '정치부', '산업2부', '팩트체크팀', '디지털뉴스국'.
_KO_DESK = (
    r"(?:[가-힣A-Za-z]{1,8}팀|(?:정치|경제|사회|산업|국제|문화|체육|스포츠|디지털|편집|사진|영상|취재|기획|증권|금융"
    r"|유통|과학|정책|사건|지역|전국|생활|연예|오피니언|외교안보|법조|탐사|기동)\d?부|[가-힣]{2,8}뉴스국|[가-힣]{2,8}센터)"
)
_KO_NAME = (
    r"(?!(?:기자|특파원|사진|영상|그래픽|정보|구독|프로필|소개|리포트|인터뷰|앵커)(?![가-힣]))"
    rf"(?!{_KO_DESK}(?![가-힣]))[가-힣]{{2,4}}"
)
_KO_NAMES = rf"{_KO_NAME}(?:\s*[·,]\s*{_KO_NAME}|\s+{_KO_NAME}(?=\s))*"
_KO_ROLE = (
    r"(?:선임기자|객원기자|수습기자|정책기자|기자|특파원|논설위원|선임연구원|통신원|앵커|리포터|에디터)"
)
# A Latin name of one to five capitalized words, with the particles names have.
# (a capital may carry an accent: 'Élise', 'Ó Donnabháin', 'Łukasz')
_WORD = (
    r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][\w'\u2019.-]*"
    r"|van|von|der|den|de|da|di|del|du|dos|la|le|ter|bin|al|mac|ní|ó)"
)
LATIN_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,4}}"
_NAME_WORD = re.compile(rf"{_WORD}|[가-힣]{{2,5}}")
_ROLE_WORDS = re.compile(
    r"\b(?:staff|reporters?|correspondents?|writers?|editors?|editorial|contributors?|columnists?|desk|"
    r"team|newsroom|network|bureau|service|agency|office|division|department|analysts?|professor|senior|producers?"
    r"|anchors?|meteorologists?|strategists?|economists?|chief|guest\s+(?:authors?|writers?|columnists?)"
    # a university's or an institute's unit beside a writer's name ('Jane Doe, College of Law')
    r"|college|school|faculty|institute|laborator(?:y|ies)"
    # a body's own unit posting its releases ('Posted on ... by EPRA Communications')
    r"|communications|secretariat|public\s+(?:affairs|relations)|media\s+relations|webmaster|admin"
    # a government's post abroad or a ministry posting in its own name ('By U.S. Embassy Manila')
    r"|embassy|consulate|high\s+commission|ministry"
    # a body's staff writing its own bulletin ('Ana Tuilagi, Principal Policy Advisor')
    r"|advis[eo]rs?|officers?|managers?|directors?|coordinators?|specialists?"
    # ... or a community's ('Hafsa Mirza, Community Services Lead')
    r"|(?<=\w\s)lead|leaders?|organi[sz]ers?|volunteers?|chaplains?|secretary|treasurer|trustees?"
    # a maker posting under its firm's name ('by Nimbus Labs'), its founders signing below
    r"|labs|studios?"
    # a science body's own staff posting its updates ('Mereana Tuhoe, Duty Seismologist')
    r"|\w+ologists?|scientists?|researchers?|astronomers?|physicists?|curators?)\b",
    re.I,
)
ROLE_WORDS = _ROLE_WORDS  # (cards.py tells a team from a person by the same words)
# The rule of a credit that names each role before its name ('글·사진 A', '에디터 A · 사진 B').
ROLE_CREDITS = "credits (each role before its name)"
_HANGUL_NAMES = re.compile(rf"{_KO_NAME}(?:[\s,·;]+{_KO_NAME})*")

# A writer's city after the name: 'in London', 'in Rio de Janeiro' (capitalized words, so that
# 'in London and B in Seoul' leaves the second writer to the names).
_PLACE = r"[A-Z][\w.'-]*(?:\s+(?:(?:de|da|do|del|la|of|upon|am|on)\s+)?[A-Z][\w.'-]*){0,3}"
_NAME_WITH = re.compile(rf"(?P<first>{LATIN_NAME}),\s+with\s+(?P<second>{LATIN_NAME}?)\s+in\s+{_PLACE}")
_BY = re.compile(
    r"(?:[-\u2013\u2014•]\s*)?(?:(?:written|words|reporting|reported|story|article|text|posted)\s+by|by|reporters?|"
    r"correspondents?|staff\s+writers?|writers?|authors?|journalists?(?=\s*[:\uff1a])"  # 'Journalist: A'
    r"|(?:text|words)(?=\s*[:\uff1a]))"  # 'Text: Jane Doe'
    r"\s*[:\uff1a]?\s+(?P<names>[^\[\]()<>|@;]+?)"
    # ('for The Malabar Ledger': a capital 'The' is the name's, as the page prints it)
    r"(?:\s+for\s+(?:(?-i:the)\s+)?(?P<outlet>[A-Z][\w&.'\u2019 -]{1,60}?))?"
    rf"(?:\s+in\s+{_PLACE})?"
    # a wire's share in the story, no author: 'By Jane Roe with AP', '... with agencies'
    r"(?:\s+with\s+(?-i:[A-Z]{2,5})|\s+with\s+(?:agencies|wires)"
    # ('By Amara Diallo with Orbis Press': an agency's name, its last word a wire's)
    r"|\s+with\s+(?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}\s+(?:Press|Wire|Agency|News))(?=\s*$))?"
    r"\s*(?:->|→|»|\u203a|>)?" + _TRAILER,
    re.I,
)
# A journalist's role beside a name, without 'By': 'Jane Doe, Staff Reporter', 'Jane Doe |
# Correspondent in Seoul', 'Jane Doe / Staff writer', 'Columnist Jane Doe', and a name with
# its e-mail: 'Jane Doe (jane@x.example)'.
_JOURNALIST = (
    r"(?:[A-Z][a-z]+\s+){0,2}(?i:reporters?|correspondents?|writers?|columnists?|editors?|contributors?|"
    r"journalists?|staff)\b"
)
_NAMES = rf"{LATIN_NAME}(?:\s*(?:,|&|\band\b)\s*{LATIN_NAME})*"
_NAME_ROLE = re.compile(
    rf"(?P<names>{_NAMES})\s*(?:,|\||/|\u2014|\u2013|-)\s*{_JOURNALIST}.{{0,40}}"
    rf"|{_JOURNALIST}\s+(?P<names2>{_NAMES})"
    rf"|(?P<names3>{_NAMES})\s*[(<\[]?\s*{EMAIL}\s*[)>\]]?"
    # a name in capitals, then its role in title case with no mark between (a newspaper CMS's
    # second writer under the first: 'MARCUS OBI Lincoln Bureau', 'JANE ROE Staff Writer')
    r"|(?P<names4>[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){1,3})\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}"
    r"(?i:staff\s+writer|bureau|reporter|correspondent|writer|editor)",
)
# What a name-and-role byline must hold somewhere, looked for before the slower patterns.
_ROLE_HINT = re.compile(
    r"@|reporter|correspondent|writer|columnist|editor|contributor|journalist|staff|agenc|wire|bureau", re.I
)
# The same words as substrings of the lowercased line (`_role_hint`): a plain alternation
# of lowercase literals, which tests/test_reader_gates.py checks.
_ROLE_HINT_WORDS = tuple(_ROLE_HINT.pattern.split("|"))


def _role_hint(line: str) -> bool:
    """`_ROLE_HINT.search(line)`, faster (speed: it is asked of most short lines that start
    with a capital). On ASCII text IGNORECASE folds A-Z alone, so `str.lower` and substrings
    answer as the pattern does; other text goes to the pattern."""
    if line.isascii():
        low = line.lower()
        return any(word in low for word in _ROLE_HINT_WORDS)
    return _ROLE_HINT.search(line) is not None


# 'Jane Doe and agencies': the wires the story drew on are not authors.
_AND_WIRES = re.compile(rf"(?P<names>{_NAMES})\s+and\s+(?:agencies|wires|staff|wire\s+services)")
# "Guest analysis by Kim Ha-neul, senior analyst at ...": a genre word, then the author.
# ('Blog Post by A with B': a think tank's writer and the colleague who helped, both writers)
_GENRE_BY = re.compile(
    r"(?:guest\s+)?(?:analysis|commentary|column|opinion|essay|interview|review|report|blog\s+post|expert\s+brief)"
    rf"\s+by\s+(?P<names>{LATIN_NAME})(?:,\s+.{{0,120}})?",
    re.I,
)
# 'Video report by Albion News East correspondent Tomasz Nowicki', 'By the Courier's health
# reporter Jane Roe': the newsroom, the writer's role in small letters, then the name.
_NEWSROOM_ROLE_NAME = re.compile(
    r"(?:(?:[Vv]ideo|[Aa]udio|[Rr]adio|TV)\s+)?(?:[Rr]eport(?:ing)?\s+)?(?:[Bb]y|BY)\s+(?:the\s+)?"
    r"[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4}(?:['\u2019]s)?\s+"
    r"(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor|producer|journalist)\s+"
    rf"(?P<names>{LATIN_NAME})"
)
# 'By Honorary Reporter Sofia Mendes from Portugal': the writer's title before the name, and
# where the writer is from after it.
_TITLE_BEFORE_NAME = re.compile(
    r"[Bb]y\s+(?:(?:[Hh]onorary|[Ss]taff|[Gg]uest|[Ss]tudent|[Cc]itizen|[Cc]ontributing|[Ss]enior|[Ii]ntern)\s+)?"
    r"(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Cc]olumnist)\s+"
    rf"(?P<names>{LATIN_NAME}?)(?:\s+from\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})?"
)
# The pictures' credit after a byline's names: ', photography by A', ', photos by A for X'.
_PHOTOS_BY_AFTER = re.compile(
    r",\s+(?:photography|photographs|photos|pictures|images)\s+by\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
    r"(?P<paper>\s+for\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})?$"
)
_REPORTER_NAME_FIELD = re.compile(
    rf"(?:[*\u2022-]\s+)?(?:[Rr]eporter|[Ww]riter|[Aa]uthor)(?:'s)?\s+name\s*:?\s+(?P<names>{LATIN_NAME})"
)
# A newsletter naming its lead story's writer: 'This week's lead is by our markets contributor A.'
_LEAD_BY = re.compile(
    r"This\s+(?:week|issue|edition|month)['\u2019]s\s+(?:lead|main\s+story|essay|feature)\s+(?:is|was)\s+"
    rf"(?:written\s+)?by\s+(?:our\s+(?:[a-z]+\s+){{0,2}}(?:contributor|correspondent|reporter|editor|writer)\s+)?"
    rf"(?P<names>{LATIN_NAME})\."
)
# An English edition's note on its translation: '(Japanese original by A and B, X Bureau)'.
_ORIGINAL_BY = re.compile(
    r"\((?:[A-Z][a-z]+\s+)?original\s+(?:story\s+|article\s+)?by\s+(?P<names>[^,()]{3,80}?)(?:,\s+[^()]{2,60})?\)"
)
_WITH_REPORTING = re.compile(
    r"(?P<main>by\s+.+?),\s+with\s+(?:additional\s+)?reporting\s+by\s+(?P<helpers>[^,;]+?)\.?", re.I
)
_LOWER_AGENCY = re.compile(r",\s+(?P<agency>(?-i:[a-z]{2,4}))$")
# "- SARAH KIM": a list dash and a name in capitals, alone on its line.
_DASH_CAPS = re.compile(r"[-\u2013\u2014]\s+(?P<names>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){1,3})")
# "Reporting by A and B; Writing by C; Editing by D": the first two are authors.
# ('— With assistance from B' closes a business wire's story: B reported for it too)
_CREDIT = re.compile(
    r"(?P<role>(?:with\s+)?(?:additional\s+)?reporting|writing|written|editing|compiled)\s+by\s+(?P<names>.+)"
    r"|(?P<assisted>with\s+assistance|contributing)\s*(?:from|:)\s*(?P<helpers>.+)",
    re.I,
)
_AUTHOR_CREDITS = ("reporting", "writing", "written", "compiled", "assistance", "contributing")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?=\s*(?:,|&|\band\b|$))")
# A beat written before the role, apart from it: '김도윤 반도체 전문기자', '이수아 IT 담당 기자'.
_KO_BEAT = r"(?:\s+[가-힣A-Za-z·]{1,10}\s?(?:전문|담당|전담)(?:\s+|(?=기자)))?"
# The credit's label may stand apart from the names by a space alone: '글 강유진·서민호 기자'.
# A list dash may open it: '- 남궁현 기자' closing a story.
# A desk's label or a place before the name: '[인터넷팀] 봉수아 기자', '서울 / 윤지호 특파원',
# '/ 윤지호 특파원' after a dateline's place, '영암=홍길동 기자' (the place and an '=').
# The reporter's e-mail may come first, as a site's template prints it under the story:
# 'hong@x.example 홍길동 기자'.
# A wire's credit with its place may open it, as it opens a lede: '(안동=뉴스1) 홍길동 기자'.
_KO_BYLINE = re.compile(
    rf"(?:\[[^\[\]]{{1,12}}\]\s*|(?:[가-힣A-Za-z]{{1,10}}\s*)?/\s*|[가-힣]{{1,10}}\s*=\s*|{EMAIL}\s+"
    r"|\([가-힣]{1,10}\s*=\s*(?P<wire>[^()=]{2,15})\)\s*)?"
    rf"(?:[-\u2013\u2014]\s*)?(?:(?:글|사진|글·사진|글\s*·\s*사진|영상|정리|취재|글·정리|취재·정리)\s*(?:[=:]\s*|\s))?"
    # (the outlet and the desk before the name: '다올신문 팩트체크팀 윤서진 기자', '정치부 A 기자')
    rf"(?:(?:[가-힣A-Za-z]{{2,10}}\s+)?{_KO_DESK}\s+)?"
    rf"(?P<names>{_KO_NAMES}){_KO_BEAT}\s*{_KO_ROLE}"
    r"(?P<rest>\s+.*|\s*[=\[(<].*)?"
)
# "[한빛일보 강서윤 기자]" opening the lede: the outlet and the author, then the text.
# "[연예누리=이수아 기자]": the outlet and its reporter joined by '=' as the agencies join a
# place and the agency ('(서울=연합뉴스)', whose right side is no reporter).
_KO_BRACKET = re.compile(
    rf"[\[(]\s*(?P<outlet>[^\[\]()=]{{2,20}}?)(?:\s+|\s*=\s*)(?P<names>{_KO_NAMES}){_KO_BEAT}\s*{_KO_ROLE}\s*[\])]\s*(?P<rest>.*)"
)
# '— With a report from Carla Reyes, Harbor News': a broadcaster's credit for its reporter,
# under the story; the outlet after the comma is the reporter's.
_REPORT_FROM = re.compile(
    # (one report, one reporter: 'with reports from' two papers names the sources)
    r"(?:[-\u2013\u2014]\s*)?with\s+a\s+report\s+from\s+(?P<names>[^,;()]+?)"
    r"(?:,\s*(?P<outlet>[A-Z][\w&.' -]{1,40}))?\.?",
    re.I,
)
# A reporter credited under the story, maybe with their paper: 'Jane Roe of The Fenmarsh
# Ledger contributed reporting.', 'Jane Roe contributed to this report.' A reporting
# credit, as a wire's 'Reporting by': the reporter is an author (the paper is not the
# outlet: the story ran here).
# A wire names its writer by outlet and role, and where they filed from: 'Harbour Wire
# writer Jane Roe in Kelso contributed to this report.'
# The credit's verb and what it credits: ' contributed to this report.', ' contributed reporting',
# ' contributed.'
_CONTRIBUTED_TAIL = (
    r"\s+contributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))?\.?"
    # and the wires it drew on, in a sentence after: 'Some information for this report came
    # from AGI and Kizuna News.'
    r"(?:\s+(?i:(?:some\s+)?information\s+(?:for|in)\s+this\s+(?:report|story|article)\s+(?:came|comes)\s+from)"
    r"\s+[^.]{2,80}\.?)?"
)
_CONTRIBUTED = re.compile(
    r"(?:(?:[A-Z][\w&'\u2019.-]*\s+){1,4}(?i:(?:staff|senior|contributing)\s+)?"
    r"(?i:writers?|reporters?|correspondents?|photographers?|interns?|fellows?|producers?|researchers?)\s+)?"
    # the outlet's possessive before the name: "CNN's Ana Ruiz contributed to this report.",
    # "Harbour News' Ana Ruiz ..."
    r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:['\u2019]s|(?<=s)['\u2019])\s+(?=[A-Z]))?"
    rf"(?P<names>{_NAMES})(?:\s+in\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,2}}(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?,?)?)?(?:,?\s+of\s+(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){{0,4}},?)?"
    + _CONTRIBUTED_TAIL
)


# A wire's writers, each with where they filed from: 'Harbour Wire writers Jane Roe in
# Kelso, Ohio, and Tom Poe in Washington contributed to this report.' The places go; the
# names are the authors.
_WRITERS_FILED = re.compile(
    r"(?:[A-Z][\w&'\u2019.-]*\s+){1,4}(?i:writers|reporters|correspondents)\s+(?P<names>.+?)"
    + _CONTRIBUTED_TAIL
)
_FILED_FROM = re.compile(rf"\s+in\s+{_PLACE}(?:,\s+{_PLACE})?(?=,|\s+and\s|$)")


# A business terminal's footer names its reporters with where and how to reach them: 'To
# contact the reporters on this story: Jane Roe in Washington at jroe@x.example; Tom Poe in
# New York at tpoe@x.example'. (Its editors' line, under it, names no author.)
_TO_CONTACT = re.compile(r"to\s+contact\s+the\s+reporters?\s+on\s+this\s+story\s*:\s*(?P<list>.+?)\.?", re.I)
_MAIL_AT = re.compile(r"\s+at\s+\S+@\S+")


def _contributed(line: str) -> Byline | None:
    found = _CONTRIBUTED.fullmatch(line)
    if found is None and (filed := _WRITERS_FILED.fullmatch(line)) is not None:
        names = _FILED_FROM.sub("", filed["names"]).replace(", and ", " and ")
        found = (
            _CONTRIBUTED.fullmatch(f"{names} contributed to this report.")
            if " in " in filed["names"]
            else None
        )
    if found is None:
        return None
    if PUBLICATION.search(found["names"]) or _ONE_WORD_WIRE.fullmatch(found["names"]):
        # 'The Harbour Wire contributed to this report', 'Lodestar contributed ...': a
        # wire's help, no person's, and a credit all the same (the story is over)
        return Byline((), rule=CONTRIBUTED)
    names = split_names(found["names"])
    return Byline(names, rule=CONTRIBUTED) if names else None


_ONE_WORD_WIRE = re.compile(r"(?:The\s+)?[A-Z][\w&-]+")


# A show's credits under its notes: 'This episode was reported by Jane Roe and produced by
# Tom Poe. Our host is ...': the reporter is the author; the rest of the crew are not.
SHOW_REPORTER = "an episode's credits (its reporter)"
_SHOW_REPORTED = re.compile(
    r"(?:this|today(?:'|\u2019)s)\s+(?:episode|story|report|show)\s+was\s+reported\s+by\s+(?P<names>[^.;]+?)"
    r"(?=\s+(?:and|with)\s+(?:produced|edited|mixed|engineered)\b|\s*[.,;])",
    re.I,
)


def show_reporter(line: str) -> Byline | None:
    """The reporter an episode's credits name, however long the credits run."""
    show = _SHOW_REPORTED.match(line) if "reported by" in line else None
    names = split_names(show["names"]) if show is not None else None
    return Byline(names, rule=SHOW_REPORTER) if names else None


# A podcast's or show's hosts are its authors: 'Hosted by A and B', 'Hosts: A, B', '진행 권나래'.
_HOSTS = re.compile(
    r"(?:hosted\s+by|hosts?\s*[:\uff1a]|presenters?\s*[:\uff1a]|진행\s*[:=\uff1a]?)\s*(?P<names>[^\[\]()<>|@;:]+?)\.?",
    re.I,
)
# A column's writer credited without a role: '글 남궁현', '글=남궁현' alone on its line.
# A writer's profile card under the story: the name, a site id, a button ('한소라
# (sora22) 내방', '한소라 기자 프로필'). What follows it is the site's, not the story's.
PROFILE_CARD = "a writer's profile card after the story"
_KO_PROFILE_CARD = re.compile(
    rf"(?P<names>{_KO_NAME})(?:\s*{_KO_ROLE})?(?:\s*\([\w.-]{{2,30}}\))?\s*(?:내방|내\s*방|프로필|기자\s*페이지|기자페이지)"
)
# A citizen reporter's site id may follow: '글: 한소라(sora22)'.
# (a foreign writer's name in Hangul, its parts apart: '글=마리 뒤랑(할시언프레스) / 번역=정다인 기자',
# the translator no author)
_KO_NAMES_ALONE = re.compile(_KO_NAMES)
_KO_RESEARCH_POST = r"(?:선임|수석|책임|부|전문)?(?:연구위원|연구원|연구관|연구사)"
_KO_BLOG_POST = r"(?:매니저|에디터|마케터|디자이너|크리에이터|리더|팀장|담당자)"
# (a column's writer by their trade, maybe after their department: '글 순환기내과 이재원 교수')
_KO_TRADE = (
    r"(?:교수|원장|전문의|약사|영양사|작가|셰프|박사|변호사|칼럼니스트|에세이스트"
    r"|간사|팀장|사무국장|주무관|활동가)"  # (a body's staff writing its news: '글 김나래 간사(나눔사업팀)')
)
_KO_WRITER = re.compile(
    # (a research body's writer with the post and the team: '글 · 조하람 부연구위원 (고용동향분석팀)')
    rf"글\s*[=:\u00b7]?\s*(?:[가-힣A-Za-z]{{2,10}}\s+)?(?P<researcher>{_KO_NAME})\s+"
    rf"(?:{_KO_RESEARCH_POST}|{_KO_TRADE})(?:\s*\([가-힣·\s]{{2,20}}\))?"
    rf"|글(?:\s*[=:\u00b7]\s*|\s+)(?P<names>{_KO_NAMES}|[가-힣]{{1,5}}(?:\s[가-힣]{{1,6}}){{1,2}}(?=\s*\())"
    r"(?:\s*\([\w.-]{2,30}\))?(?:\s*/\s*번역\s*[=:].{1,30})?"
    # (a company blog's writer with the firm and the post after a dot: '글 정세린 · 모아페이
    # 콘텐츠 매니저')
    rf"(?:\s+\u00b7\s+[가-힣A-Za-z0-9]{{2,12}}(?:\s[가-힣A-Za-z0-9]{{1,10}}){{0,2}}\s?{_KO_BLOG_POST})?"
)
_KO_COLUMNIST = re.compile(rf"(?P<name>{_KO_NAME})\s+(?:[가-힣]{{1,6}}\s?)?(?:칼럼니스트|에세이스트)")
_PAPER_AFTER_BAR = re.compile(
    r"(?P<byline>By [^|]{3,60}?)\s+\|\s+(?P<paper>(?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})"
)
# A Korean magazine's credits, each role before its name, parted by a spaced '·' or a
# '|': '에디터 한가람 · 포토그래퍼 윤재하', '글 한가람 | 사진 윤재하'. The article is the writer's:
# those who wrote it are the authors, not those who made its pictures.
# ('정리 A', a talk's write-up: its writer)
_KO_WRITES = r"(?:글|에디터|취재|기획·글|글·사진|글과\s사진|취재·글|인터뷰·글|정책기자단|시민기자단|정리)"
_KO_POST = r"(?:수석심사역|심사역|파트너|연구원|책임연구원|수석연구원|칼럼니스트)"
_KO_MAKES = (
    r"(?:사진|포토그래퍼|포토|일러스트|영상|디자인|스타일리스트|촬영|그래픽|편집|어시스턴트"
    r"|번역·해설|번역|해설|감수)"
)
# (the role a word of its own: '글자크기' is a button, not '글' and a name; a Latin name
# for a foreign writer, with a post in parentheses: '글 Emily Carter (Staff Writer)')
_KO_CREDIT_PART = re.compile(
    # (a team before the name: '글·사진 편집2팀 윤다은')
    rf"(?P<role>{_KO_WRITES}|{_KO_MAKES})(?:\s*[=:.]\s*|\s+)(?:[가-힣A-Za-z0-9]{{1,10}}팀\s+)?"
    rf"(?P<names>{_KO_NAMES}|{LATIN_NAME})"
    # (and the writer's firm and post after the name: '글. 명지후 수석심사역', '정리 도하람
    # 넥스트파운더스 에디터')
    rf"(?:\s*\([^()]{{1,30}}\))?(?:\s+[가-힣A-Za-z]{{2,12}}(?=\s+(?:{_KO_ROLE}|{_KO_POST})))?"
    rf"(?:\s*(?:{_KO_ROLE}|{_KO_POST}))?"
)
# (or a space alone before the next role: '정책기자단 강여름 사진 강여름')
_KO_CREDIT_SEPARATOR = re.compile(
    r"\s[·\u00b7|/]\s|\s*\|\s*|\s+(?=(?:사진|영상|그래픽|촬영)\s*[=:]?\s*[가-힣])"
)
_KO_WRITER_ROLE = re.compile(_KO_WRITES)


def _role_first_credits(line: str) -> Byline | None:
    """A Korean magazine's credits, role before name ('에디터 A · 포토그래퍼 B'): the
    writers are the authors."""
    parts = [_KO_CREDIT_PART.fullmatch(part) for part in _KO_CREDIT_SEPARATOR.split(line)]
    if any(part is None for part in parts):
        return None
    writers = ", ".join(
        part["names"] for part in parts if part is not None and _KO_WRITER_ROLE.fullmatch(part["role"])
    )
    names = split_names(writers) if writers else None
    return Byline(names, rule=ROLE_CREDITS) if names else None


# A magazine's or feature's credits: 'Words: Jane Doe Photos: John Roe', 'Words by A,
# pictures by B': the words are the article, so their writer is the author, not the
# photographer.
_WORDS_PHOTOS = re.compile(
    # (a bullet may part them: 'Story by A • Photos by B')
    r"(?:words|text|story)\s*(?:by\b|[:\uff1a])\s*(?P<names>[^:|;•]+?)\s*[,|/·•]?\s+"
    r"(?:photos?|photographs?|pictures?|images?|photography)\s*(?:by\b|[:\uff1a])\s*\S.{0,60}",
    re.I,
)
# The people who run a firm signing its update: 'Priya Nandakumar and Jonas Ekholm,
# co-founders of Nimbus Labs', 'Jane Doe, founder and CEO of X'.
_FOUNDERS_SIGN = re.compile(
    r"[-\u2013\u2014\s]*(?P<names>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2}"
    r"(?:\s+and\s+[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})?),\s+"
    r"(?:(?:co-?)?founders?|ceo|chief\s+executive|managing\s+director)(?:\s+and\s+(?:ceo|chief\s+executive))?"
    r"\s+of\s+[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4}\.?",
    re.I,
)
# One writer of the words and the pictures: 'Story and photos by A', 'Text and images by A'.
_STORY_AND_PHOTOS = re.compile(
    r"(?:story|words|text|report)\s+and\s+(?:photos?|photographs?|pictures?|images?|video)\s+by\s+(?=\S)",
    re.I,
)
_AUDIO_REPORTS = re.compile(rf"(?P<names>{LATIN_NAME})\s+reports")
_BROADCAST_INTRO = re.compile(
    # (the outlet's possessive before the name: "JPB World's Harada Mio reports.")
    r"(?:our\s+|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['\u2019]s\s+)?"
    rf"(?P<names>{LATIN_NAME})\s+(?:reports|has\s+(?:the|this|more\s+on\s+the)\s+(?:story|report)"
    # (where from, with its state: 'from Rocky Mount, North Carolina')
    r"|has\s+more)(?:\s+from\s+[\w .'-]{1,40}(?:,\s+[\w .'-]{1,30})?)?\.",
    re.I,
)
# ('보도에 김하람 기자입니다.': the report's, then the reporter's name)
_KO_INTRO = re.compile(
    rf"(?:보도에\s+)?(?P<names>{_KO_NAMES})\s*{_KO_ROLE}(?:가\s*보도합니다|입니다|의\s*보도입니다)\.?"
)
# "KBX News, Kim Min-su." / "Kim Min-su, KBX News." / "KBX 뉴스 김민수입니다.": an outlet
# whose name has an acronym or a broadcast word, and a reporter.
# (the broadcast word may come after a name of several words: 'Brackwater Public Radio News')
_BROADCASTER = (
    r"(?:[A-Z]{2,}[\w&-]*|[A-Z][a-z]+(?:vision|cast)|[\w&-]+\s+(?:News|TV|Radio|FM)|(?:[A-Z][\w&-]*\s+){2,3}(?:News|TV|Radio|FM))"
    r"(?:\s+(?:News|TV|Radio|[A-Z][\w&-]*|\d{1,2})){0,3}"  # (a channel's number: 'KHLO 4 News')
)
# 'KBX News, Kim Min-su.', 'Kim Min-su, KBX News.', and a radio's 'Reporting for Hangang FM,
# I'm Jin Ha-neul.'
_SIGNOFF_EN = re.compile(
    rf"(?:(?P<outlet>{_BROADCASTER}),\s+(?P<names>{LATIN_NAME})|(?P<names2>{LATIN_NAME}),\s+(?P<outlet2>{_BROADCASTER})"
    # (with the place filed from: 'Lin Yu-chen, Taivision, Kaohsiung.')
    rf"(?:,\s+{_PLACE})?"
    rf"|(?:[Rr]eporting\s+for|[Ff]or)\s+(?P<outlet3>{_BROADCASTER}),\s+I['\u2019]m\s+(?P<names3>{LATIN_NAME})"
    # 'Reporting from Kahului, I'm Keoni Alapa'i, KHLO 4 News.', 'In Seoul, I'm A for Countinghouse.'
    rf"|(?:[Rr]eporting\s+from|[Ii]n)\s+{_PLACE},\s+I['\u2019]m\s+(?P<names4>{LATIN_NAME})"
    rf"(?:,\s+|\s+for\s+)(?P<outlet4>{_BROADCASTER}|[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){{0,3}})"
    r")\.",
)
_SIGNOFF_KO = re.compile(  # (a channel may sign off with its call sign alone: 'HBN 한소라입니다.')
    rf"(?P<outlet>[\w&]+\s*(?:뉴스|방송|TV)|[A-Z][A-Z0-9&]{{1,6}}|[가-힣]{{2,6}}\d{{1,3}}|TV[가-힣]{{1,6}})\s+(?P<names>{_KO_NAME})(?:\s*{_KO_ROLE})?(?:입니다|이었습니다|였습니다)\.?"
)
_SENTENCE_END = re.compile(r"(?:[.!?。…]|[.!?][\"\u201d\u2019')\]]+)$")
MAX_BYLINE = 300


@dataclass(frozen=True)
class Byline:
    """What a byline line says: its authors (() when it names none) and maybe the outlet."""

    authors: tuple[str, ...]
    outlet: str = ""
    rule: str = "byline"
    rest: str = ""  # text after an opening byline ('[한빛일보 강서윤 기자] text')


# One romanized Korean syllable: an initial consonant (or none), a vowel, a final consonant.
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[bcdghjkmnprstw])?(?:[wy]?[aeiou]{1,2})(?:ng|[nklmpth])?", re.I
)


def title_case_name(name: str) -> str:
    """'HAN YEONG-IK' -> 'Han Yeong-ik': romanized Korean given names keep one capital;
    'MARA QUILL-WREN' -> 'Mara Quill-Wren': a double-barrelled name keeps two."""
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        first, *rest = word.split("-")
        if all(_KOREAN_SYLLABLE.fullmatch(part) for part in (first, *rest)):
            words.append("-".join([first.capitalize(), *(part.lower() for part in rest)]))
        else:
            words.append("-".join(part.capitalize() for part in (first, *rest)))
    return " ".join(words)


def _looks_like_name(name: str, alone: bool = True) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or _ROLE_WORDS.search(name):
        return False
    if alone and len(words) == 1 and not re.fullmatch(r"[가-힣]{2,5}", name):
        return False  # "By Reuters": one Latin word alone is a credit; "BY KIM & LEE" lists names
    return all(_NAME_WORD.fullmatch(word) for word in words)


# 'Dr. Samuel Okafor', 'Prof. Lee', 'Lieutenant Ashleigh Verco' (an armed service's writer
# by rank): a title before a name is no part of it.
_RANK = (
    r"(?:lieutenant|lt)\.?\s+(?:colonel|commander|general)|(?:flight|sub-?)\s*lieutenant|lieutenant"
    r"|(?:group\s+)?captain|capt|(?:lance\s+)?corporal|cpl|(?:staff\s+|flight\s+)?sergeant|sgt"
    r"|private|pte|major|colonel|brigadier|admiral|(?:wing\s+)?commander|commodore|squadron\s+leader"
    r"|(?:chief\s+)?petty\s+officer|warrant\s+officer|leading\s+(?:seaman|aircraft(?:man|woman))"
    r"|able\s+seaman|ensign|specialist|spc|airman|bombardier|gunner|trooper|craftsman|signaller"
)
# (an Indian professional's letters before the name, in capitals: 'CA Rohan Malhotra', 'Adv. A')
_HONORIFIC = re.compile(
    rf"(?:(?<=^)|(?<=[,&]\s)|(?<=\band\s))(?:dr|prof|mr|mrs|ms|sir|{_RANK}|(?-i:CA|CS|CMA|Adv))\.?\s+(?=[A-Z])",
    re.I,
)


# A team's or a wire's writers before a name: 'Huaxia writers Bao Yuting', 'Staff Writer Jane Doe'.
_ROLE_BEFORE = re.compile(
    r"^(?:[A-Z][\w&-]*\s+){0,2}(?:writers?|reporters?|correspondents?)\s+(?=[A-Z])", re.I
)


# A writer described after the name, in lower case: 'a senior reviewer covering ...'.
_DESCRIBED = re.compile(r"an?\s+[a-z]")


# 'By A and B Staff Reporters', 'By Jane Roe Environment Correspondent': the role (and its
# beat) after the last name, stripped only where a full name is left ('Transport
# Correspondent' alone is a role, no name).
_ROLE_AFTER = re.compile(r"(?<=\S)\s+(?:[A-Z][\w-]*\s+)?(?:reporters?|writers?|correspondents?)$", re.I)


def _role_after_off(part: str) -> str:
    name = _ROLE_AFTER.sub("", part)
    return name if name != part and " " in name else part


# Buttons and labels a Korean page prints beside a reporter's name, each shaped like a name
# of two to four syllables.
_KO_UI_WORDS = frozenset(
    [
        "기자명",  # the label before the name: '기자명 오승준 선임기자'
        "프로필",
        "구독",
        "구독하기",
        "구독자",
        "페이지",
        "기자페이지",
        "응원",
        "응원하기",
        "응원수",
        "팔로우",
        "다른기사",
        "기사보기",
        "더보기",
        "제보",
        "제보하기",
        "공유",
        "공유하기",
        "스크랩",
        "댓글",
        "추천",
        "좋아요",
        "알림",
        "목록",
        "메뉴",
        "로그인",
        "북마크",
        "듣기",
    ]
)
# A crew's credit alone: '촬영기자 : 정다훈', '영상편집: 이서연'; the crew are no authors.
# (with the maker's title after the name: '그래픽=이지원 기자')
_KO_CREW_ALONE = re.compile(
    rf"(?:촬영|영상|카메라|사진|그래픽|편집|영상편집|영상취재|조연출|연출|PD)\S{{0,3}}\s*[:\uff1a=]\s*{_KO_NAME}"
    rf"(?:\s*{_KO_ROLE})?"
)
# 'Photographs by A; words by B', 'Words by B, pictures by A': a picture story's two makers.
_WORDS_AND_PICTURES = re.compile(
    r"(?P<first>photographs|photos|pictures|words|text)\s+by\s+(?P<a>[^;,]+?)\s*[;,]\s*(?:and\s+)?"
    r"(?P<second>photographs|photos|pictures|words|text)\s+by\s+(?P<b>[^;,.]+?)\.?",
    re.I,
)


def words_and_pictures(line: str) -> Byline | None:
    """'Photographs by A; words by B': both are the story's authors, in the line's order."""
    found = _WORDS_AND_PICTURES.fullmatch(line)
    if found is None or {found["first"].lower(), found["second"].lower()} & {"words", "text"} == set():
        return None
    first, second = split_names(found["a"]), split_names(found["b"])
    if first is None or second is None:
        return None
    return Byline((*first, *second), rule="credits for the words and the pictures")


_BUREAU_BEFORE_NAME = re.compile(r"(?:(?<=^)|(?<=[·,]))\s*[가-힣]{2}\s+(?P<name>[가-힣]{3})(?=\s*(?:[·,]|$))")


# Two reporters each after their bureau's city, parted by '·': '세종 이민우·서울 한소희 기자'.
_BUREAUS = re.compile(r"[가-힣]{2}\s+[가-힣]{3}\s*·\s*[가-힣]{2}\s+[가-힣]{3}\s")


# A firm's legal form ends its name: 'Marlow Keane LLP' sending a client alert, 'KESTREL
# MINERALS LIMITED' over its announcement. The firm issues the page; nobody wrote it by that name.
_FIRM = re.compile(r"\s(?:limited|ltd|inc|incorporated|llp|llc|plc|corp|corporation|gmbh|pty)\.?$", re.I)


def split_names(names: str) -> tuple[str, ...] | None:
    """The names of a byline, or None when the text is not a list of names. A role or a
    team among them ('Staff Reporter', 'the Pangyo Weekly team') is left out."""
    names = _HONORIFIC.sub("", _KO_SPECIALTY.sub("", names)).strip().rstrip(".,;:")
    if names[-2:] in ("기자", "파원") and (titled := _KO_NAME_TITLED.fullmatch(names)) is not None:
        names = titled["name"]  # 'By 정태오 기자': the reporter's title after the name
    hangul = _HANGUL_NAMES.fullmatch(names) is not None
    if hangul and " " in names:
        # '세종 이민우·서울 한소희': each reporter after the bureau's city, two syllables before
        # a name of three (two reporters are parted by '·' or ',', not by a space alone)
        names = _BUREAU_BEFORE_NAME.sub(r"\g<name>", names)
    separators = r"[\s,·;]+" if hangul else r"\s*(?:,|·|;|&|\band\b)\s*"
    # ('BY JANE ROE AND JOHN DOE': the joining word in capitals too)
    parts = [p.strip() for p in re.split(separators, names, flags=re.I) if p.strip()]
    # 'Nadia Farrell, a senior reviewer covering laptops, tablets and ...': a description of
    # the writer follows; its own commas and 'and' part no more names
    described = next((at for at, p in enumerate(parts) if at and _DESCRIBED.match(p)), None)
    parts = parts[:described]
    parts = [_ROLE_BEFORE.sub("", p) for p in parts]  # 'Huaxia writers Bao Yuting': the name after the role
    # 'By A and B Staff Reporters': the role of them all after the last name
    parts = [_role_after_off(p) for p in parts]
    # a Korean page's buttons beside the byline ('기자 프로필', '구독'): never a name
    parts = [p for p in parts if p not in _KO_UI_WORDS]
    kept = [
        p
        for p in parts
        if not _ROLE_WORDS.search(p) and not p.lower().startswith("the ") and not _FIRM.search(p)
    ]
    if not kept or not all(_looks_like_name(p, alone=len(kept) == 1) for p in kept):
        return None
    return tuple(dict.fromkeys(title_case_name(p) for p in kept))


_KO_NAME_TITLED = re.compile(r"(?P<name>[가-힣]{2,4})\s*(?:(?:선임|수석|객원|수습|전문|취재)?기자|특파원)")


def read_byline(line: str) -> tuple[str, ...] | None:
    """The authors named by a byline line, () for an e-mail alone, None if not a byline."""
    found = parse_byline(line)
    return found.authors if found is not None else None


# A live blog's reporters with their shifts: 'Rachel Okafor (now), Tom Baker and Ji-woo Han
# (earlier)'. The shift in parentheses marks the names as the blog's writers, one after
# another; it is not part of a name.
_SHIFT = re.compile(
    r"\s*\((?:now|earlier|previously|before|later|until\s+[^()]{1,12}|from\s+[^()]{1,12})\)", re.I
)


# A text browser's link number glued to the link's text ('By [13]Jane Doe' in a `lynx -dump`):
# no part of the name.
_LINK_MARKER = re.compile(r"\[\d{1,4}\](?=[A-Z\u00c0-\u017f])")


# Two writers or more, each with the city they filed from, and no 'By': 'Harriet Crane in
# London and Oskar Lind in Stockholm' (a single 'Name in Place' may be a headline).
_WRITER = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,2}"
_WRITERS_IN_PLACES = re.compile(
    rf"{_WRITER}\s+in\s+{_PLACE}(?:(?:\s*,\s*|\s+and\s+){_WRITER}\s+in\s+{_PLACE})+"
)


# An editor's or a producer's credit after the writer's, on the byline's line: 'Reported
# by Jane Roe, Edited by John Doe'. Those who edit are no authors.
_EDITOR_AFTER = re.compile(
    r"\s*[,|\u00b7;]\s*(?:edited|produced|compiled|curated|translated|fact[- ]checked)\s+by\s+\S.*$", re.I
)


# Social handles after the byline's names: ' @DWhitlockASN', ' / @luzoncourier'.
_HANDLES_AFTER = re.compile(r"(?:\s*/)?(?:\s+@\w{2,30})+\s*$")
# The writers' role after a dash: ' - Reporters', ' \u2013 Staff Writer'.
_ROLE_AFTER_DASH = re.compile(
    r"\s+[-\u2013]\s+(?:staff\s+)?(?:reporters?|writers?|correspondents?|contributors?)\s*$", re.I
)


# A player's or a toolbar's label after the byline, set apart by a dot or a bar.
_UI_AFTER = re.compile(
    r"\s*[\u00b7\u2022|]\s*(?:listen(?:\s+to)?(?:\s+(?:this|the))?(?:\s+(?:article|story))?|share|print|follow|save"
    r"|\d+\s*min(?:ute)?s?(?:\s+(?:read|listen))?)\s*$",
    re.I,
)


# A form's small print that opens with 'By': 'By signing up you agree to ...', 'By clicking
# Subscribe, ...', 'By continuing, you accept ...'.
_BY_AGREEING = re.compile(
    r"by\s+(?:signing\s+up|subscribing|clicking|continuing|registering|submitting|using|creating|entering)\b",
    re.I,
)


# A national agency's signature under its story, each version's author and editor named:
# '/CARPATPRES (RO - author: Ioana Dobre, editor: Mihai Stan; EN - author: Radu Popescu, ...)'.
_WIRE_SIGNATURE = re.compile(r"/(?P<wire>[A-Z]{2,12})/?\s*\((?P<credits>[^()]{5,240})\)\.?")
_AUTHOR_LABEL = re.compile(r"\bauthors?\s*:\s*([A-Z][\w'.\u2019-]+(?:\s+[A-Z][\w'.\u2019-]+){1,2})")


# 'Lin Pei-shan, Hsinchu; Kao Yu-ting, Taipei': each writer with the city they filed from.
_WRITER_AND_PLACE = re.compile(rf"(?P<name>{_WRITER}),\s+{_PLACE}")
_WRITERS_AND_PLACES = re.compile(rf"{_WRITER},\s+{_PLACE}(?:;\s+{_WRITER},\s+{_PLACE})+")
# The paper in parentheses must be named in two words or more ('(The Archipelago Post)'): a
# wire's one word after a city is a dateline ('SEOUL (Yonhap)').
_NAME_OUTLET_PARENS = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+"
    r"\((?P<outlet>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){1,4})\)"
)
# Writers, then their paper after a spaced dash, no 'By': 'A, B, C - The Manila Ledger'.
PAPER_AFTER_DASH = "writers with their paper after a dash"
_NAMES_DASH_PAPER = re.compile(
    r"(?P<names>[A-Z][^-\u2013\u2014]{3,120}?)\s+[-\u2013\u2014]\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})"
)
# (a person's name of two to four syllables, and maybe a role: not a department, '대변인실')
SHOW_HOSTS = "a show's hosts"  # ('Presenter: A'; fields.py leaves them out beside a reporter)
_KO_WRITER_LABEL = re.compile(
    r"작성자\s*[:\uff1a]?\s*(?P<name>[\uac00-\ud7a3]{1,2}(?<![팀실과])[\uac00-\ud7a3](?<![팀실과]))(?:\s*(?:애널리스트|연구원|기자|선임연구원|수석연구원))?"
)
_NAME_WIRE_CODE = re.compile(
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){1,2})\s+\((?P<wire>[A-Z]{2,6})\)"
)
# (a place's word: 'Seoul City (SMG)' names a body, no writer, and 'New Delhi (PTI)' an
# agency's dateline; nor a company's, with its ticker: 'Sora Semiconductor (SRSMF)')
_PLACE_WORD = re.compile(
    r"^(?:New|North|South|East|West|San|Santa|Los|Las|Port|Fort|Saint|St\.|Mount|Kuala|Abu|Addis|Hong|Ho)\s"
    r"|\b(?:City|County|Province|State|Ministry|Office|Council|Island|Bay|Port|Semiconductors?|Electronics|Holdings"
    r"|Group|Bank|Motors|Energy|Systems|Technologies|Tech|Industries|Chemicals?|Materials|Capital|Partners"
    r"|Securities|Steel|Telecom|Airlines?|Pharma|Biologics|Foods|Shipping|Logistics|Power)\b"
)
# A guest writer's note after the name: 'By Lena Okafor, Special to The Harwick Sentinel'.
_SPECIAL_TO = re.compile(r",\s+(?:special|exclusive)\s+(?:to|for)\s+(?:the\s+)?[A-Z][^,]{1,60}$", re.I)
# A professional's letters after the name ('Naomi Adeyemi, CFA, Chief Market Strategist'):
# no agency's credit, and no part of the name.
# ('Dana Whitfield, CFP\u00ae': a mark may follow the letters)
CREDENTIAL_LETTERS = (
    r"(?:CFA|CFP|CPA|CAIA|FRM|CMT|QFA|ChFC|CLU|FCA|ACA|ACCA|FCCA|CIMA|CTA|PhD|Ph\.D\.|MBA|Esq\.)"
    r"[\u00ae\u2122]?"
)
CREDENTIAL = re.compile(rf",\s+{CREDENTIAL_LETTERS}(?=,|$)")


# Speed: a site prints the same furniture on every page (its comment prompt, its footer)
# and a reporter's byline on each of their stories, and every short line is asked for a
# byline; the answer depends on the text alone (Byline is frozen), so it is kept.
@functools.lru_cache(maxsize=1 << 14)
def parse_byline(line: str) -> Byline | None:
    """A byline in any of the shapes above, or None."""
    if len(line) > MAX_BYLINE or not line:
        return None
    if line[:3].lower() == "by " and _BY_AGREEING.match(line):
        return None  # 'By signing up you agree to our Terms ...': a form's small print
    if line[:1] == "/" and "uthor" in line and (signed := _WIRE_SIGNATURE.fullmatch(line)) is not None:
        names = tuple(dict.fromkeys(_AUTHOR_LABEL.findall(signed["credits"])))
        if names:
            return Byline(names, signed["wire"], "wire credits")
    if "[" in line and _LINK_MARKER.search(line):
        return parse_byline(_LINK_MARKER.sub("", line))  # 'By [13]Jane Doe': a text browser's link number
    if line[:3] == "By " and " | " in line and (paper := _PAPER_AFTER_BAR.fullmatch(line)) is not None:
        # 'By Anjali Brenner | Huron Valley Ledger': the writer, then the paper after a bar
        writer = parse_byline(paper["byline"])
        if (
            writer is not None
            and writer.authors
            and PUBLICATION.search(paper["paper"])
            and not _ROLE_WORDS.search(paper["paper"])  # ('By J.R. Santos | Tribune Staff': a role)
        ):
            return Byline(writer.authors, paper["paper"].strip(), "byline")
    if ", " in line and (special := _SPECIAL_TO.search(line)) is not None:
        return parse_byline(line[: special.start()])  # 'By A, Special to The Sentinel': a guest writer
    if ", " in line and CREDENTIAL.search(line):
        # 'By Naomi Adeyemi, CFA, Chief Market Strategist': the letters after a name
        return parse_byline(CREDENTIAL.sub("", line))
    if "(" in line and _SHIFT.search(line):
        names = split_names(_SHIFT.sub("", line))
        if names:
            return Byline(names, rule="live blog's writers with their shifts")
    if ", with " in line and (helped := _WITH_REPORTING.fullmatch(line)) is not None:
        # 'By Nadia Ferreira, with reporting by Tom Ridley': both wrote the story
        main, helpers = parse_byline(helped["main"]), split_names(helped["helpers"])
        if main is not None and main.authors and helpers:
            return Byline((*main.authors, *helpers), main.outlet, main.rule)
    if line[:3] == "작성자" and (written := _KO_WRITER_LABEL.fullmatch(line)) is not None:
        # '작성자문서현', '작성자 : 문서현 연구원': a board's or a research page's writer field
        names = split_names(written["name"])
        if names and not _SITE_ACCOUNT.fullmatch(written["name"].strip()):
            return Byline(names, rule="a writer's field ('작성자')")
        if names:
            # '작성자 관리자': the site's own account posted it, no person
            return Byline((), rule="a writer's field naming the site's account ('관리자')")
    if ", " in line and "of " in line and (signed := _FOUNDERS_SIGN.fullmatch(line)) is not None:
        names = split_names(signed["names"])  # 'A and B, co-founders of X': a firm's update signed
        if names:
            return Byline(names, rule="founders signing their firm's update")
    if " and " in line[:25] and (both := _STORY_AND_PHOTOS.match(line)) is not None:
        return parse_byline("By " + line[both.end() :])  # 'Story and photos by A': A wrote it
    if line[:2] == "By" and line[2:3].isupper() and line[3:4].islower():
        return parse_byline("By " + line[2:])  # 'ByJane Roe': the label and the link run together
    if "@" in line and (handles := _HANDLES_AFTER.search(line)) is not None and handles.start() > 3:
        return parse_byline(line[: handles.start()])  # 'By Dana Whitlock @DWhitlockASN'
    if (" - " in line or " \u2013 " in line) and (role := _ROLE_AFTER_DASH.search(line)) is not None:
        return parse_byline(line[: role.start()])  # 'By: A, B - Reporters'
    if EMAIL_ONLY.fullmatch(line):
        return Byline((), rule="e-mail alone")
    if "hotographer" in line and PHOTOGRAPHER_CREDIT.fullmatch(line):
        return None  # 'Jon Pruett/Staff photographer': a picture's credit, under its caption
    if ";" in line and "@" in line and (mailed := _MAIL_AFTER_SEMICOLON.search(line)) is not None:
        return parse_byline(line[: mailed.start()])  # 'By Harriet Coles; harriet@x.example'
    if "@" in line and "|" in line and (mailed := _writers_mailed(line)) is not None:
        return mailed
    if (
        line.count(" in ") >= 2
        and line[:3].lower() != "by "  # ('By A in London and B in Seoul': the byline's own rule)
        and _WRITERS_IN_PLACES.fullmatch(line)
        and (names := split_names(_IN_PLACE.sub("", line)))
    ):
        return Byline(names, rule="writers with their cities")  # 'A in London and B in Stockholm'
    if "ed by" in line and (editor := _EDITOR_AFTER.search(line)) is not None and editor.start():
        return parse_byline(line[: editor.start()])  # 'Reported by A, Edited by B': B edited it
    if ("\u00b7" in line or "\u2022" in line or "|" in line) and (ui := _UI_AFTER.search(line)) is not None:
        return parse_byline(line[: ui.start()]) if ui.start() else None  # 'By Jane Doe · Listen to article'
    if line[:1] in "-\u2013\u2014":
        # '--Editing by Sam Roe.' closing a wire story; a terminal prints each credit with the
        # person's e-mail after a comma ('--Reporting by Jane Roe, jane@x.example'): contact, not a name
        credit = line.lstrip("-\u2013\u2014 ")
        if "@" in credit:
            credit = _MAIL_AFTER.sub("", credit)
        if _CREDIT.fullmatch(credit):
            return _credits(credit)
    if ";" in line and (credits := _credits(line)) is not None:
        return credits
    if ";" in line and _WRITERS_AND_PLACES.fullmatch(line) is not None:
        # 'Lin Pei-shan, Hsinchu; Kao Yu-ting, Taipei': each writer with the city they filed from
        names = split_names(", ".join(found["name"] for found in _WRITER_AND_PLACE.finditer(line)))
        if names and len(names) >= 2 and all(writer_shaped(name) for name in names):
            return Byline(names, rule="writers each with their city, parted by semicolons")
    if line[-1:] == ")" and (coded := _NAME_WIRE_CODE.fullmatch(line)) is not None:
        # 'Nadia Brennan (TAP)': the writer, and the agency's code she writes for
        names = split_names(coded["name"])
        initials = "".join(word[0] for word in coded["name"].split()).upper()
        if (
            names
            and len(names) == 1
            and writer_shaped(names[0])
            and not _PLACE_WORD.search(names[0])
            and coded["wire"] != initials  # 'Artificial Intelligence (AI)': a term and its acronym
        ):
            return Byline(names, coded["wire"], "byline")  # (ranked as a byline's credit)
    if line[-1:] == ")" and (carried := _NAME_OUTLET_PARENS.fullmatch(line)) is not None:
        # 'Ayu Kartika Sari (The Archipelago Post)': the writer, and the paper they write for
        names = split_names(carried["name"])
        if names and len(names) == 1 and writer_shaped(names[0]) and PUBLICATION.search(carried["outlet"]):
            return Byline(names, carried["outlet"], "a writer with their paper in parentheses")
    if (
        (" - " in line or " \u2013 " in line or " \u2014 " in line)
        and line[:3].lower() != "by "
        and (papered := _NAMES_DASH_PAPER.fullmatch(line)) is not None
        and PUBLICATION.search(papered["outlet"])
        and (names := split_names(papered["names"]))
        and all(writer_shaped(name) and len(name.split()) >= 2 for name in names)
    ):
        # 'Marites Villanueva, Jericho Dela Paz, Ana Liza Ramos - The Manila Ledger'
        return Byline(names, papered["outlet"], PAPER_AFTER_DASH)
    if ("\u00b7" in line or "|" in line) and (shared := _shared_credits(line)) is not None:
        return shared
    head = line[:1]
    if head in "-\u2013\u2014" and (caps := _DASH_CAPS.fullmatch(line)):
        names = split_names(caps["names"])
        if names:
            return Byline(names, rule="byline (dash and capitals)")
    if " , " in line:
        line = line.replace(" , ", ", ")  # 'By Megan Hartwell , Colby Reyes': a link's space kept
    if "|" in line and " with " in line and (wired := _BARRED_WITH_WIRES.fullmatch(line)) is not None:
        # 'Jana Vollmer | Tobias Reuß with Atlas Press, Interwire': the writers, then the wires
        names = split_names(wired["names"].replace("|", ","))
        if names and all(writer_shaped(name) for name in names):
            return Byline(names, rule="writers parted by bars, with the wires they drew on")
    if ", with " in line and (paired := _NAME_WITH.fullmatch(line)) is not None:
        # 'Kang Ji-won, with Tom Ferrers in Tokyo': a wire's writer and the one who helped from
        # another city, no 'By'
        names = split_names(f"{paired['first']} and {paired['second']}")
        if names and all(writer_shaped(name) for name in names):
            return Byline(names, rule="a writer with another, without 'By'")
    if (
        ("orrespondent" in line or "eporter" in line or "ditor" in line)
        and (roled := _NEWSROOM_ROLE_NAME.fullmatch(line)) is not None
        and (names := split_names(roled["names"]))
        and all(writer_shaped(name) for name in names)
    ):
        return Byline(names, rule="byline (the newsroom and the writer's role before the name)")
    if (
        line[:3].lower() == "by "
        and (titled := _TITLE_BEFORE_NAME.fullmatch(line)) is not None
        and (names := split_names(titled["names"]))
        and all(writer_shaped(name) for name in names)
    ):
        return Byline(names, rule="byline (the writer's title before the name)")
    if ", " in line and (pictured := _PHOTOS_BY_AFTER.search(line)) is not None and pictured.start() > 3:
        # 'by Dana Roe, photography by Luis Ortiz for Lamplight': the pictures' maker is no
        # writer; the paper after them is the writer's too
        writer = parse_byline(line[: pictured.start()] + (pictured["paper"] or ""))
        if writer is not None and writer.authors:
            return writer
    english = _BY.fullmatch(line)
    agency = _LOWER_AGENCY.search(english["names"]) if english is not None and ", " in line else None
    if english is not None and agency is not None:
        # 'By Katrin Vogel, mpa': an agency that writes its name in small letters
        names = split_names(english["names"][: agency.start()])
        if names:
            return Byline(names, agency["agency"], "byline")
    if (
        english is not None
        and (
            names := split_names(english["names"])
            or split_names(_IN_PLACE.sub("", english["names"]))
            or _with_writer(english["names"])
        )
        is not None
    ):  # 'By A in London and B in Seoul': each writer's city is no name
        names, credit = _credit_apart(_outlet_glued_on(_places_apart(names)))
        if credit and re.search(rf"\band\s+{re.escape(credit)}\W*$", english["names"], re.I):
            # 'by Takeshi Oda and Kyodo', 'By Arif Zulkarnain and PERSADA': a wire that shared
            # the story, not its outlet
            credit = ""
        if credit and (printed := re.search(re.escape(credit), english["names"], re.I)) is not None:
            credit = printed.group()  # as the page prints it: 'By Jane Roe, CNN' (not 'Cnn')
        if (posted := _outlet_before_post(english["names"])) is not None:
            names, credit = split_names(posted[0]) or names, posted[1]
        if "/" in line:
            names = (*names, *_names_after_slashes(line, names))  # 'By Jane Doe / John Roe'
        if not english["outlet"] and not credit and (agency := _AGENCY_ROLE.search(line)) is not None:
            credit = agency["agency"]  # 'By Ella Marchbank, BPA Health Correspondent': the agency's story
        if (
            line[:3] == "by "
            and names
            and all(PUBLICATION.search(name) and len(name.split()) >= 2 for name in names)
        ):
            # 'by Daeil Business News' under 'Tempo' (a small 'by', as a brand line sets it): a
            # publication's maker, no writer
            return Byline(
                (), (english["outlet"] or credit or names[0]).strip(), "byline naming a publication"
            )
        return Byline(names, (english["outlet"] or credit).strip(), "byline")
    if english is None and "|" in line and (bar := _after_bar(line)) is not None:
        return bar
    if english is not None and _ROLE_WORDS.search(english["names"]):
        return Byline((), rule="byline (a role, no name)")  # "By Pulse Markets Team"
    if _CREDIT.fullmatch(line) is not None:
        return _credits(line)
    if (
        "report" in line
        and (report := _REPORT_FROM.fullmatch(line)) is not None
        and (names := split_names(report["names"]))
    ):
        return Byline(names, (report["outlet"] or "").strip(), "a reporter's credit ('With a report from')")
    if "contributed" in line and (credit := _contributed(line)) is not None:
        return credit
    if " has no position" in line and (disclosed := _NO_POSITION.match(line)) is not None:
        # 'Jordan Vance has no position in any of the stocks mentioned. The Otter has ...': the
        # writer's disclosure under the story names the writer
        names = split_names(disclosed["names"])
        if names and all(writer_shaped(name) for name in names):
            return Byline(names, rule=DISCLOSURE)
    if "contact the" in line and (contact := _TO_CONTACT.fullmatch(line)) is not None:
        names = split_names(
            " and ".join(_FILED_FROM.sub("", _MAIL_AT.sub("", part)) for part in contact["list"].split(";"))
        )
        return Byline(names, rule=TO_CONTACT) if names else None
    if (hosts := _HOSTS.fullmatch(line)) is not None and (names := split_names(hosts["names"])):
        return Byline(names, rule=SHOW_HOSTS)
    if (words := _WORDS_PHOTOS.fullmatch(line)) is not None and (names := split_names(words["names"])):
        return Byline(names, rule="byline (words and photos)")
    if (
        line[:1] == "("
        and (translated := _ORIGINAL_BY.fullmatch(line))
        and (names := split_names(translated["names"]))
    ):
        # '(Japanese original by Mori Haruka and Ishida Ken, Kumamoto Bureau)': who wrote the
        # story the English edition translates
        return Byline(names, rule="byline (the writers of the original a translation is of)")
    if (
        "name" in line[:20]
        and (field := _REPORTER_NAME_FIELD.fullmatch(line))
        and (names := split_names(field["names"]))
    ):
        # '* Reporter name Ha Ji-won': an English service's article data, a field each line
        return Byline(names, rule="byline (the article's 'Reporter name' field)")
    if line[:4] == "This" and (lead := _LEAD_BY.fullmatch(line)) and (names := split_names(lead["names"])):
        # 'This week's lead is by our markets contributor Yoon Seo-a.': a newsletter's writer
        return Byline(names, rule="byline (a newsletter's lead story's writer)")
    if (genre := _GENRE_BY.fullmatch(line)) is not None and (
        names := split_names(genre["names"].replace(" with ", " and "))
    ):
        return Byline(names, rule="byline (genre by name)")
    # Gate (speed): a broadcast intro ends with its full stop, which the pattern needs.
    if (
        line[-1:] == "."
        and (intro := _BROADCAST_INTRO.fullmatch(line)) is not None
        and (names := split_names(intro["names"]))
    ):
        return Byline(names, rule=BROADCAST_INTRO)
    if (
        line[-7:] == "reports"
        and (audio := _AUDIO_REPORTS.fullmatch(line)) is not None
        and (names := split_names(audio["names"]))
        and all(writer_shaped(name) for name in names)
    ):
        return Byline(names, rule=BROADCAST_INTRO)  # an audio player's label: 'Vicky Wong reports'
    if ("칼럼니스트" in line or "에세이스트" in line) and (
        column := _KO_COLUMNIST.fullmatch(line)
    ) is not None:
        # '박한솔 푸드칼럼니스트', '문채린 여행 에세이스트': a writer by a trade that says they write
        return Byline((column["name"],), rule="byline (a column's writer)")
    if line[:1] == "글" and (writer := _KO_WRITER.fullmatch(line)) is not None:
        if writer["researcher"]:
            return Byline((writer["researcher"],), rule="byline (a column's writer)")
        names = writer["names"]
        if " " in names and not _KO_NAMES_ALONE.fullmatch(names):
            return Byline((names,), rule="byline (a column's writer)")  # '마리 뒤랑': one foreign name
        return Byline(split_names(names) or (), rule="byline (a column's writer)")
    if line[:1] == "/" and "기자" in line:
        return parse_byline(line[1:].strip())  # '/순천=정가을 기자 a@x': the slash that set it apart
    # (gate: a word of _KO_ROLE or of an intro; '송재우 논설위원 a@x' signs a column)
    if "기자" in line or "특파원" in line or "입니다" in line or "에디터" in line or "논설위원" in line:
        found = _korean(line)
        if found is not None and any(KO_OUTLET_END.search(name) for name in found.authors):
            # '대양일보 기자 구독': the paper's button to follow its reporters, no reporter's name
            names = tuple(name for name in found.authors if not KO_OUTLET_END.search(name))
            return Byline(names, found.outlet, found.rule)
        return found
    if (
        len(line) <= 40
        and "\uac00" <= head <= "\ud7a3"
        and (card := _KO_PROFILE_CARD.fullmatch(line)) is not None
        and (names := split_names(card["names"]))
    ):
        return Byline(names, rule=PROFILE_CARD)
    if len(line) <= 60 and "\uac00" <= head <= "\ud7a3" and (credits := _role_first_credits(line)):
        return credits
    if (
        len(line) <= 40
        and "\uac00" <= head <= "\ud7a3"
        and (oped := _KO_OPED.fullmatch(line)) is not None
        and not _ENDS_AS_INSTITUTION.search(oped["names"])  # '서울대 경제학과 교수' names no writer
    ):
        return Byline(split_names(oped["names"]) or (), rule=OPED_CREDIT)
    if (
        head.isupper()
        and " | " in line
        and len(line) <= 120
        and (parted := _writers_parted(line)) is not None
    ):
        return parted
    if head.isupper() and len(line) <= 120 and _role_hint(line):
        role = _NAME_ROLE.fullmatch(line) or _AND_WIRES.fullmatch(line)
        if role is not None:
            found = role.groupdict()
            names = split_names(
                found.get("names") or found.get("names2") or found.get("names3") or found.get("names4") or ""
            )
            if names:
                return Byline(names, rule="name and role")
    if line.endswith(_CHAIRS_ENDS) and (chairs := _CHAIRS.fullmatch(line)) is not None:
        names = split_names(chairs["names"])
        if names and len(names) >= 2:
            return Byline(names, rule="names and the post they share")
    return None


# Two or more writers and the post they share, a conference's or a committee's post signed
# by its chairs: 'A, B and C, CLS 2025 Program Chairs'.
_CHAIRS_ENDS = ("Chairs", "Co-Chairs", "Organizers", "Organisers", "Committee", "Editors")
_CHAIRS = re.compile(
    rf"(?P<names>{_NAMES}),\s+(?:[A-Z\d][\w&-]*\s+){{0,4}}(?:Chairs|Co-Chairs|Organi[sz]ers|Committee|Editors)"
)


# The first words of two-word places a byline's slash may name ('New York', 'Hong Kong').
PLACE_START = re.compile(
    r"(?:new|san|santa|los|las|hong|buenos|rio|sao|são|st\.?|saint|kuala|abu|cape|tel|ho|el|la|port|mexico"
    r"|north|south|east|west)\s",
    re.I,
)


_AGENCY_AFTER = re.compile(r",\s*[A-Z]{2,6}$")


def _places_apart(names: tuple[str, ...]) -> tuple[str, ...]:
    """'by Chinedu Okafor, Kaduna and Aisha Bello Yusuf, Abuja': each writer of two words or
    more after a comma's one word, the city they filed from; the writers alone."""
    writers, places = names[::2], names[1::2]
    if (
        len(names) % 2
        or len(names) < 4  # ('By Jane Roe, Reuters': one writer's one word after a comma is her outlet)
        or not all(len(name.split()) >= 2 for name in writers)
        or not all(len(place.split()) == 1 and place[1:].islower() for place in places)
    ):
        return names
    return writers


def _names_after_slashes(line: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The writers after a byline's slashes ('By Jane Doe / John Roe'): each part that is a
    person's name alone. A role or an outlet there ('/ Staff Writer', '/ Harbour News') is
    none, and neither is a part that repeats a name already given."""
    more: list[str] = []
    for part in line.split("/")[1:]:
        found = split_names(_AGENCY_AFTER.sub("", part.strip()))  # ('Kofi Boateng, SNA': the agency's code)
        if (
            found is None
            or len(found) != 1
            or " " not in found[0]
            or PUBLICATION.search(found[0])
            or found[0] in names
            or PLACE_START.match(found[0])  # 'By Jane Doe / New York': where she wrote from
        ):
            return ()  # a slash before a role or an outlet: the names were all before it
        more.append(found[0])
    return tuple(more)


# A picture's credit naming its photographer and the role: 'Jon Pruett/Staff photographer',
# 'Ana Ruiz / Contributing photographer'.
PHOTOGRAPHER_CREDIT = re.compile(
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s*/\s*(?:[A-Za-z]+\s+){0,2}photographer", re.I
)
# The rules other modules tell bylines by (the outlet's rank, the weak names, the story's end).
MAILED_WRITERS = "writers each with their e-mail and paper between bars"
BROADCAST_INTRO = "broadcast intro"
DISCLOSURE = "a writer's disclosure of the stocks they hold (the story is over)"
OPED_CREDIT = "byline (an op-ed writer's affiliation and title)"
# An investing site's disclosure under the story: 'Jordan Vance has no position in any of the
# stocks mentioned.'
_NO_POSITION = re.compile(
    rf"(?P<names>{LATIN_NAME})\s+has\s+no\s+position\s+in\s+any\s+of\s+the\s+stocks\s+mentioned\b"
)
# A writer's e-mail after a semicolon ('By A; a@x.example') or between bars ('By A |
# a@x.example | The Paper').
_MAIL_AFTER_SEMICOLON = re.compile(rf";\s*{EMAIL}\s*$")
_MAIL_BETWEEN_BARS = re.compile(rf"\s*\|\s*{EMAIL}\s*\|\s*")
_BY_LABEL = re.compile(r"by[:\s]\s*", re.I)


def _writers_mailed(line: str) -> Byline | None:
    """'By A | a@x.example | The Paper and B | b@x.example | The Paper': each writer with
    their e-mail and their paper between bars, the writers joined by 'and' (so the paper's
    name runs into the next writer's). The paper is the outlet."""
    parts = [part.strip() for part in _MAIL_BETWEEN_BARS.split(line)]
    if len(parts) < 2 or not (label := _BY_LABEL.match(parts[0])):
        return None
    paper = parts[-1]
    if not paper[:1].isupper() or len(paper.split()) > 6 or paper[-1:] in ".!?":
        return None
    names = [parts[0][label.end() :]]
    for middle in parts[1:-1]:
        writer = middle.removeprefix(f"{paper} and ")
        if writer == middle:
            return None
        names.append(writer)
    found = split_names(", ".join(names))
    if not found or len(found) != len(names) or not all(writer_shaped(name) for name in found):
        return None
    return Byline(found, paper, MAILED_WRITERS)


def _after_bar(line: str) -> Byline | None:
    """'Harbour Public Radio | By Mara Quill': the outlet (or a section) before a bar,
    then the byline. The part before the bar is the outlet only where it reads as one."""
    before, _, after = line.partition("|")
    before = before.strip()
    english = _BY.fullmatch(after.strip())
    if english is None or not 2 <= len(before) <= 40 or (names := split_names(english["names"])) is None:
        return None
    outlet = before if PUBLICATION.search(before) else (english["outlet"] or "").strip()
    return Byline(names, outlet, "byline after the outlet and a bar")


# Words that name publications and broadcasters, not people ('Sanriku Daily', 'Capital
# Courier'): a name with one of them is an outlet's credit.
PUBLICATION = re.compile(
    r"\b(?:news|times|daily|post|herald|tribune|journal|tv|radio|press|media|wire|gazette|courier|review|weekly"
    r"|monthly|quarterly|magazine|report|ledger|sentinel|observer|chronicle|ilbo|sinmun|broadcasting|network"
    r"|register|examiner|dispatch|inquirer|enquirer|telegraph|bulletin|diario|jornal|zeitung|shimbun"
    r"|mail|mirror|express|standard|star|guardian|globe|insider)\b",
    re.I,
)


_BARRED_WITH_WIRES = re.compile(
    r"(?P<names>[^|]{3,40}(?:\s*\|\s*[^|]{3,40})+?)\s+with\s+"
    r"(?:[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2})(?:\s*,\s*[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2})*"
)


# A news agency's writer on a paper that runs the story, the agency in the role: ', PA
# Political Correspondent', ', BPA Health Correspondent'.
_AGENCY_ROLE = re.compile(
    r",\s+(?P<agency>[A-Z]{2,5})\s+(?:[A-Z][a-z]+\s+){0,2}(?:Correspondent|Editor|Reporter|Writer)s?$"
)


def _writers_parted(line: str) -> Byline | None:
    """'Hugo Mallory, Asia Editor | Yoon Seo-hee, Seoul': writers parted by bars, each with
    a role or a city after a comma (a role among them), or None."""
    names = []
    for part in line.split(" | "):
        name, comma, after = part.partition(", ")
        if not comma or not writer_shaped(name) or len(after.split()) > 4 or not after[:1].isupper():
            return None
        names.append(name)
    if len(names) < 2 or not _role_hint(line):
        return None
    return Byline(tuple(names), rule="writers parted by bars, each with a role or a city")


def _with_writer(names: str) -> tuple[str, ...] | None:
    """'by Chikondi Phiri with Grace Banda': an agency's second writer after 'with' (a wire's
    name there is its share, which the byline's pattern takes: 'with AP')."""
    first, _, second = names.partition(" with ")
    return split_names(f"{first} and {second}") if second and writer_shaped(second) else None


def writer_shaped(name: str) -> bool:
    """Two or three capitalized words, none of them a publication's: a writer's name, not a
    site's (the script's own capitals: 'Tobias Reuß' too)."""
    words = name.split()
    # (a particle inside: 'Pieter van Wyk', 'Ana de la Cruz')
    inside = sum(word in _NAME_PARTICLES for word in words[1:-1])
    return (
        2 <= len(words) - inside <= 3
        and all(
            word[:1].isupper() or (index in range(1, len(words) - 1) and word in _NAME_PARTICLES)
            for index, word in enumerate(words)
        )
        and not PUBLICATION.search(name)
    )


_NAME_PARTICLES = frozenset(
    ("van", "von", "der", "den", "de", "da", "di", "del", "du", "la", "le", "ter", "bin", "al")
)


def _outlet_glued_on(names: tuple[str, ...]) -> tuple[str, ...]:
    """'By A, Colby Reyes Frontier News': the last writer's name with the outlet glued after
    it (a publication's word ends it), parted as a credit ('Colby Reyes', 'Frontier News')."""
    last = names[-1].split() if names else []
    if (
        len(last) >= 4
        and last[0].isupper()
        and last[1].isupper()
        and not last[2].isupper()
        and PUBLICATION.search(" ".join(last[2:]))
    ):
        # 'By A and TOVA RENNICK Union Press Association': a name in capitals, the outlet after
        return (*names[:-1], title_case_name(" ".join(last[:2])), " ".join(last[2:]))
    if len(names) < 2 or len(last) < 4 or not PUBLICATION.fullmatch(last[-1]):
        return names
    return (*names[:-1], " ".join(last[:2]), " ".join(last[2:]))


def _credit_apart(names: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """'By Jane Doe, Harborwire': a one-word name beside full names is a wire's credit, and
    so is a name with a publication's word ('By Kenji Morita, Sanriku Daily')."""
    full = tuple(
        name for name in names if (" " in name or not name.isascii()) and not PUBLICATION.search(name)
    )
    single = [name for name in names if name not in full]
    if full and single and len(single) == 1:
        # A publication's name beside the writer's may be the paper the piece first ran in
        # (a translation, a syndicated column): not an author, and no surer an outlet.
        return full, "" if PUBLICATION.search(single[0]) else single[0]
    return names, ""


# 'By Jane Roe, Harbor News correspondent, Kelso': a writer's role names her outlet before
# the role word; the single word after it is where she is posted, not a wire's credit.
_OUTLET_ROLE = re.compile(
    r"(?P<outlet>(?:[A-Z][\w&.'\u2019-]*\s+){1,4}?)(?i:correspondent|reporter|writer|editor|producer)s?"
)


def _outlet_before_post(names: str) -> tuple[str, str] | None:
    """The writers before a role that is followed by one more part (the writer's post),
    and the outlet the role names ('' when it names no publication); None for any other
    byline."""
    parts = [part.strip() for part in names.split(",")]
    if len(parts) < 3 or _ROLE_WORDS.search(parts[-1]) or len(parts[-1].split()) > 3:
        return None
    for at, part in enumerate(parts[1:-1], start=1):
        role = _OUTLET_ROLE.fullmatch(part)
        if role is not None:
            outlet = role["outlet"].strip()
            return ", ".join(parts[:at]), outlet if PUBLICATION.search(outlet) else ""
        if _ROLE_WORDS.search(part):
            return ", ".join(parts[:at]), ""
    return None


# A show's credits on one line, parted by a bullet or a bar: 'Hosted by A · Reported by B'.
# Who hosts and who reports are its authors; a producer or an editor is not.
_SHARED_CREDIT = re.compile(r"(?:hosted|reported|written|presented)\s+by\s+(?P<names>.+)", re.I)
_CREDIT_PARTS = re.compile(r"\s[\u00b7|]\s")


def _shared_credits(line: str) -> Byline | None:
    parts = [part.strip() for part in _CREDIT_PARTS.split(line)]
    if len(parts) < 2:
        return None
    names: list[str] = []
    for part in parts:
        credit = _SHARED_CREDIT.fullmatch(part)
        found = split_names(credit["names"]) if credit is not None else None
        if not found:
            return None
        names.extend(found)
    return Byline(tuple(dict.fromkeys(names)), rule="a show's credits (hosted and reported by)")


# An e-mail closing a credit line after a comma.
_MAIL_AFTER = re.compile(rf",\s*{EMAIL}\s*$")

ADDITIONAL_REPORTING = "additional reporting credit"
# Credits printed under the story for the reporters who helped: 'Jane Roe contributed to
# this report.', a terminal's 'To contact the reporters on this story: ...'.
CONTRIBUTED = "reporting credit (contributed)"
TO_CONTACT = "a terminal's line to contact the reporters"
# 'Other posts by Mara Quill' under a post: the writer's other posts, so the writer
# (counted, as 'Additional reporting by', only when no byline names anyone).
MORE_BY = "a link to the writer's other articles"
_MORE_BY = re.compile(
    r"(?:more|other|see\s+more|read\s+more|view\s+all|all)\s+(?:articles|stories|posts|columns)\s+(?:by|from)\s+"
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2})",
    re.I,
)


def more_by(text: str) -> Byline | None:
    """The writer an 'Other posts by X' link names, or None."""
    found = _MORE_BY.fullmatch(text) if len(text) <= 60 else None
    if found is None or not _looks_like_name(found["name"]):
        return None
    return Byline((found["name"],), rule=MORE_BY)


def _credits(line: str) -> Byline | None:
    """'Reporting by A; Writing by B; Editing by C' (authors A and B), or None."""
    authors: list[str] = []
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]  # '(Reporting by A; Editing by B)': a wire's credits in parentheses
    for part in line.rstrip(".").split(";"):
        credit = _CREDIT.fullmatch(part.strip())
        if credit is None:
            return None
        role, named = credit["role"] or credit["assisted"], credit["names"] or credit["helpers"]
        if role.lower().split()[-1] in _AUTHOR_CREDITS:
            # 'Reporting by Liam Cotter in Melbourne': where the reporter was is no part of the name
            names = split_names(_IN_PLACE.sub("", named))
            if names is None:
                return None
            # 'Contributing: Jane Roe, Harbor News': her paper; '... by Orient Wire': a wire
            authors.extend(name for name in _credit_apart(names)[0] if not PUBLICATION.search(name))
    if line.lower().startswith("additional reporting"):
        # a credit for help alone ('Additional reporting by B'): an author only where no
        # byline names the writer (fields.py)
        return Byline(tuple(dict.fromkeys(authors)), rule=ADDITIONAL_REPORTING)
    return Byline(tuple(dict.fromkeys(authors)), rule="wire credits")


# "촬영기자 : 김태호 / 영상편집 : 이서연": a crew's roles, each a label before its name.
_KO_CREW = re.compile(rf"(?:[가-힣]{{1,6}}\s*{_KO_ROLE}|[가-힣]{{2,6}})\s*[:\uff1a]\s*{_KO_NAME}(?:\s*/.*)?")
# "[김철수 기자]" or "기자 김철수" alone on its line.
# (or with the e-mail inside the brackets: '[최다온 기자 daon@x.example]')
_KO_ALONE = re.compile(
    rf"[\[(]\s*(?P<names>{_KO_NAMES})\s*{_KO_ROLE}(?:\s+{EMAIL})?\s*[\])]|{_KO_ROLE}\s+(?P<names2>{_KO_NAME})"
)
# "기상전문 한지훈 기자": a specialty before the name is a role, not a second name.
_KO_SPECIALTY = re.compile(r"[가-힣]{1,4}(?:전문|담당|선임|수석)")


# An op-ed writer's credit: a name, an institution and a title ('도윤서 해양교통연구소
# 선임연구위원', '홍길동 한빛대 교수'): the writer is the author, the rest their affiliation.
_KO_INSTITUTION = (
    r"(?:연구소|연구원|대학교|대학원|대학|대|재단|협회|학회|센터|위원회|포럼|은행|증권|법인|병원|학교|硏)"
)
_KO_TITLE = (
    r"(?:(?:선임|수석|책임|객원|초빙|명예|특임|전|前)\s*)?"
    r"(?:교수|연구위원|연구원|위원|원장|소장|센터장|이사장|대표|회장|변호사|박사|전문위원|총장|학장|평론가|칼럼니스트)"
)
_ENDS_AS_INSTITUTION = re.compile(f"{_KO_INSTITUTION}$")
_KO_OPED = re.compile(
    rf"(?:글\s*[=:]?\s*)?(?P<names>{_KO_NAME})\s+"
    rf"[가-힣A-Za-z0-9·]{{1,20}}{_KO_INSTITUTION}(?:\s+[가-힣·]{{2,12}})?\s+{_KO_TITLE}"
)


# A Korean outlet's name ends in one of these ('한빛일보', '별빛연예뉴스', '새벽방송'); a
# reporter's does not.
KO_OUTLET_END = re.compile(r"(?:일보|신문|뉴스|방송|경제|타임스|저널|투데이|미디어|통신|TV|닷컴)$")


# Reporters each after their town: '용인/조하은·여주/문태식기자 hae@x.example'.
_KO_PLACED_NAMES = re.compile(
    rf"(?P<pairs>[가-힣]{{2,4}}/{_KO_NAME}(?:\s*·\s*[가-힣]{{2,4}}/{_KO_NAME})*)\s*기자(?:\s+{EMAIL})?"
)
# A citizen reporter's credit, the title first: '글·사진 구민기자 한소망', '시민기자 홍길동'.
_KO_TITLED_REPORTER = re.compile(
    rf"(?:(?:글|사진|글\s*[·ㆍ]\s*사진)\s*[=:]?\s*)?(?:구민|시민|명예|학생|청소년|주민)\s*기자\s+(?P<name>{_KO_NAME})"
)


def _korean(line: str) -> Byline | None:
    if "·" in line and _BUREAUS.match(line):
        line = _BUREAU_BEFORE_NAME.sub(r"\g<name>", line)  # '세종 이민우·서울 한소희 기자'
    if (
        line[:1] in "[("
        and (bracket := _KO_BRACKET.fullmatch(line)) is not None
        and not bracket["rest"]
        and ("=" in line or KO_OUTLET_END.search(bracket["outlet"].strip()))
        and (names := split_names(bracket["names"])) is not None
    ):
        # '[별빛연예=김가온 기자]', '[한빛일보 강서윤 기자]' alone on its line: the outlet and its reporter
        return Byline(names, bracket["outlet"].strip(), "byline in brackets with the outlet")
    if (bracket := _KO_ALONE.fullmatch(line)) is not None:
        return Byline(split_names(bracket["names"] or bracket["names2"]) or (), rule="byline")
    if (_KO_CREW.fullmatch(line) and "/" in line) or _KO_CREW_ALONE.fullmatch(line):
        return Byline((), rule="crew credits")
    if "  " in line and all(_KO_CREW.fullmatch(part) for part in re.split(r"\s{2,}", line.strip())):
        return Byline((), rule="crew credits")  # '촬영기자 : 김민재  영상편집 : 정하린', parted by spaces
    if (intro := _KO_INTRO.fullmatch(line)) is not None:
        return Byline(split_names(intro["names"]) or (), rule=BROADCAST_INTRO)
    if (signoff := _SIGNOFF_KO.fullmatch(line)) is not None and "기자" not in signoff["outlet"]:
        return Byline(split_names(signoff["names"]) or (), signoff["outlet"].strip(), "sign-off")
    if "/" in line and (placed := _KO_PLACED_NAMES.fullmatch(line)) is not None:
        # '용인/조하은·여주/문태식기자 a@x': each reporter after the town they filed from
        names = tuple(part.split("/")[1] for part in placed["pairs"].split("·"))
        return Byline(names, rule="byline (each reporter after the town, parted by slashes)")
    if (titled := _KO_TITLED_REPORTER.fullmatch(line)) is not None:
        # '글·사진 구민기자 한소망': a district's citizen reporter, the title before the name
        return Byline((titled["name"],), rule="byline (a citizen reporter's title before the name)")
    korean = _KO_BYLINE.fullmatch(line)
    if korean and korean["wire"] and (korean["rest"] or "").strip():
        # '(서울=X통신) 이름 기자 = ...' opens a lede or credits a graphic: no byline's line
        korean = None
    if korean and not _SENTENCE_END.search((korean["rest"] or "").strip()):
        names = split_names(korean["names"])
        return Byline(names, (korean["wire"] or "").strip(), rule="byline") if names is not None else None
    if "," in line:  # '김가온 기자, 이나래 기자': a byline each
        each = [_KO_BYLINE.fullmatch(part.strip()) for part in line.split(",")]
        if all(found is not None and not found["rest"] for found in each):
            names = split_names(", ".join(found["names"] for found in each if found is not None))
            return Byline(names, rule="bylines on one line") if names is not None else None
    return _role_first_credits(line) if len(line) <= 60 else None


def signoff(line: str) -> Byline | None:
    """A broadcaster's sign-off closing the report: 'KBX News, Kim Min-su.'"""
    if len(line) > 80 or line[-1:] != ".":  # the pattern ends with the full stop (speed)
        return None
    match = _SIGNOFF_EN.fullmatch(line)
    if match is None:
        return None
    names = split_names(match["names"] or match["names2"] or match["names3"] or match["names4"])
    if names is None:
        return None
    outlet = match["outlet"] or match["outlet2"] or match["outlet3"] or match["outlet4"]
    return Byline(names, outlet.strip(), "sign-off")


def opening_byline(line: str) -> Byline | None:
    """'[한빛일보 강서윤 기자] 본문': the outlet and author opening a paragraph, and the rest."""
    if not line.startswith(("[", "(")):
        return None
    match = _KO_BRACKET.match(line)
    if match is None or "=" in match["outlet"]:
        return None
    names = split_names(match["names"])
    if names is None:
        return None
    return Byline(names, match["outlet"].strip(), "byline opening the lede", match["rest"].strip())
