"""Verdicts a line earns by its own shape, wherever it stands.

Each rule describes furniture real outlets print (a stamp line, a byline, a caption with
its credit, a newsletter prompt, breadcrumbs, a copyright line, a wire's editors' note)
in general terms, never one outlet's words; `config.yaml`'s `chrome_patterns` add an
outlet's own. Lines no rule claims stay undecided: `zones.py` decides them from where
they stand and how they look. Rules run cheapest and most certain first, and a long
line (prose) skips the rules only short lines can match.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.dates import DateReader
from digest.content.readers.rawtext import cues, wire
from digest.content.readers.rawtext.bylines import (
    ADDITIONAL_REPORTING,
    DISCLOSURE,
    EMAIL,
    MORE_BY,
    PROFILE_CARD,
    PUBLICATION,
    ROLE_WORDS,
    more_by,
    opening_byline,
    parse_byline,
    show_reporter,
    signoff,
    split_names,
    title_case_name,
    words_and_pictures,
)
from digest.content.readers.rawtext.source import (
    BLANK,
    BODY,
    BYLINE,
    CAPTION,
    CHROME,
    CONTACT,
    FORUM,
    LABEL,
    MARKUP,
    MASTHEAD,
    MOJIBAKE,
    NAVIGATION,
    NOTICE,
    OUTLET,
    PROMO,
    SOURCE,
    STAMP,
    TEASER,
    TRANSCRIPT,
    WIRE_TAG,
    Line,
    text_above,
)
from digest.content.readers.rawtext.stamps import Stamp, glued_parts, read_stamp_line, stamps_in_bar

AI_NOTICE = re.compile(
    r"with the help of generative AI|AI-assisted translation|translated (?:with|using|by) (?:an? )?AI",
    re.I,
)
# ('Site name:' and 'Clipped from:' are a web clipper's: the site's name, the page's address)
_SOURCE = re.compile(
    r"(?:source|via|original|url|site(?:[ _]?name)?|clipped\s+from|원문|출처)"
    r"\s*[:\uff1a]\s*(?P<rest>\S.{0,150})",
    re.I,
)
_URL = re.compile(r"https?://[^\s<>\"`]+")
# A copyright line, in any order of its parts: 'Copyright © 2025 X. All rights reserved.',
# 'X © 2025', '저작권자 © X 무단전재 및 재배포 금지', 'All rights reserved by X', '<ⓒX & x.example>'.
# The marks, years, domains and the rights' wording are taken away; the name is what is left
# before a comma, a full stop, a bar or a middle dot.
_COPYRIGHT_MARKS = re.compile(
    r"copyrights?|저작권자|ⓒ|©|\(c\)|all\s+rights\s+reserved(?:\s+by)?|(?<!\d)\d{4}(?:\s*-\s*\d{4})?(?!\d)"
    r"|&\s*[\w.-]+\.[a-z]{2,}|\(?\s*(?:https?://|www\.)[^\s()]*\)?|[<>]|무단\s*전재.*|재배포.*|AI\s*학습.*",
    re.I,
)
# A corporate suffix after the name ('River Valley 9 Media', 'Harborwire Co., Ltd.', 'Kaveri
# Chronicle Media Pvt Ltd', 'Diario Sur S.A.'): the company that owns the outlet, not the
# outlet's name. Suffixes stack, so they come off one by one while a name is left.
_COMPANY = re.compile(
    r",?\s+(?:co|corp|inc|ltd|limited|\(?pvt\)?|private|pte|plc|llc|l\.?l\.?c|s\.?\s?a|s\.?a\.?\s?de\s?c\.?v|gmbh|ag|bhd|sdn"
    r"|dac|\(?pty\)?|publishers|media|group|holdings|publishing|publications|network|newspapers"
    # ('… Public Company Limited', 'Halden L.P.', '… LLP', 'X Verlag')
    r"|public\s+company|pcl|l\.?l?\.?p|partners|verlag)\.?$",
    re.I,
)
# A Korean company's form before or after its name: '(주)머니라인', '㈜머니라인', '주식회사 머니라인'.
_KO_COMPANY = re.compile(r"^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$")
_NAME_END = re.compile(r"[,.|\u00b7\u2022]\s|[,|\u00b7\u2022]|\.$")


# "※ 이 기사의 저작권은 한결일보에 있으며 ...": the copyright as a sentence, whose holder is
# the noun before the locative '에' (or '에게') and the verb of having ('있').
_KO_RIGHTS_HOLDER = re.compile(r"저작권은\s*(?P<name>[^\s,.]{2,30}?)(?:\s*에게|에)\s*있")
_KO_WRITER_WORDS = frozenset(("작가", "저자", "필자", "작성자", "글쓴이", "원작자", "원저작자", "회원"))


def copyright_outlet(text: str) -> str:
    """The name a copyright line gives, or '' when it gives none."""
    if (holder := _KO_RIGHTS_HOLDER.search(text)) is not None:
        # ('... 모든 글의 저작권은 작가에게 있습니다': a platform's note that its writers hold theirs)
        return "" if holder["name"] in _KO_WRITER_WORDS else holder["name"]
    if "trading name" in text and (brand := _TRADING_NAME.search(text)) is not None:
        return brand["name"]  # '... Ltd. Tapline.biz is a trading name of X Ltd.': the brand
    if "|" in text:
        # a footer's row of the company's address and the copyright ('(주)X 부산 해운대구
        # … | ⓒ X. All rights reserved.'): the part bearing the mark names the holder
        marked = [part for part in text.split("|") if _MARK.search(part)]
        if marked and (name := _holder(marked[0])):
            return name
    return _holder(text)


# The brand a company trades under, which the copyright line names after the company's.
_TRADING_NAME = re.compile(
    r"(?:^|[.;]\s+)(?P<name>[A-Z0-9][\w&'\u2019.+-]*(?:\s+[A-Z0-9][\w&'\u2019.+-]*){0,4})\s+is\s+(?:a\s+)?"
    r"(?:trading\s+name|trade\s+mark|trademark|brand)\s+of\b"
)
# An Australian company's registered number after its name ('Ore Ledger Media Pty Ltd ABN 61
# 604 118 932'): the register's, not the name's.
# (or a Malaysian one's in parentheses: 'The Bayan Edge Media Sdn Bhd (266980-X)')
_BUSINESS_NUMBER = re.compile(r"\bA[BC]N\s*\d[\d ]{7,14}\d|\(\d{5,12}-[A-Z]\)")
# A German or Austrian partnership's form after the company's ('X Verlag GmbH & Co. KG'):
# its dot is no sentence's end, and its '&' no part of the name.
_PARTNERSHIP = re.compile(r"\s*&\s*Co\.?\s*(?:KG(?:aA)?|OHG)\b")
# The copyright's own marks, which name no holder by themselves.
_MARK = re.compile(r"ⓒ|©|\(c\)|copyright", re.I)


def _holder(text: str) -> str:
    """The name left in a copyright line once its marks, years and wording are taken away."""
    rest = _COPYRIGHT_MARKS.sub(" ", _BUSINESS_NUMBER.sub(" ", _PARTNERSHIP.sub("", text)))
    rest = _NAME_END.split(rest.strip(" .,-&:"), maxsplit=1)[0]
    name = _KO_COMPANY.sub("", " ".join(rest.split())).strip(" .-&:()")
    if name[:3].lower() == "by ":
        name = name[3:]  # 'Copyright 2025 by X. All rights reserved.': the holder after 'by'
    while (shorter := _COMPANY.sub("", name)) != name and shorter.lower() not in ("", "the"):
        name = shorter
    if _SENTENCE_WORDS.search(name):
        return ""  # 'All rights reserved. No part of this material may be reproduced …': no holder
    if _SOFTWARE_CREDIT.search(name):
        return ""  # '© Broadsheet WordPress Theme by tagStudio': the site's software, not its owner
    return name if 2 <= len(name) <= 60 else ""


# Words of a sentence about the rights, which a holder's name never has.
_SENTENCE_WORDS = re.compile(r"\b(?:may|must|not|be|is|are|this|without|permission|reproduced)\b")
# A theme's or a web designer's credit in the footer, printed with the copyright's mark.
_SOFTWARE_CREDIT = re.compile(
    r"\b(?:wordpress|theme|template|powered\s+by|(?:designed|developed|built)\s+(?:by|with)|site\s+by)\b",
    re.I,
)


_WITH = re.compile(r"with\s+(?:the\s+)?(?P<outlet>[A-Z\uac00-\ud7a3][\w&.'\u2019 -]{1,60}?)\.?")
_LABEL_ALONE = re.compile(r"\[[^\[\]]{1,20}\]|◀\s*[^◀▶]{1,12}\s*▶|\[\s*[^\[\]]{1,20}\s*\]\s*:?")
# "[Anchor] The spring...", "◀ 앵커 ▶ 고속도로...", "[Interview] Ahn Dong-gyu, Forest Service: "...":
# a transcript marker (and an interviewee's name tag) before the words spoken.
_MARKER_PREFIX = re.compile(  # '[서울=바다통신]' with its '=' is a dateline, not a marker
    r"(?:\[[^\[\]\d=]{1,20}\]|◀\s*[^◀▶]{1,12}\s*▶)\s*(?:[^\"\u201c:]{2,60}:\s*(?=[\"\u201c]))?(?=\S)"
)
# A broadcast's interview bite: '[김도윤/해수욕장 상인 : 말한 내용.]', the speaker and their
# title in the bracket's label, what they said after the colon.
_KO_BITE = re.compile(r"\[\s*(?P<who>[가-힣]{2,4}\s*/\s*[^:\[\]]{1,40}?)\s*:\s*(?P<said>[^\[\]]{2,})\]?")
# The banner over every U.S. government page and its explanation: 'An official website of
# the State of X', 'Official websites use .gov', '… Share sensitive information only on
# official, secure websites.'
_GOV_BANNER = re.compile(
    r"^an\s+official\s+website\s+of\s+(?:the\s+)?[\w .,'-]{3,60}$|^official\s+websites\s+(?:use|belong)\b"
    r"|\bofficial,\s+secure\s+websites\b|^secure\s+\.gov\s+websites\b|^a\s+\.gov\s+website\s+belongs\b"
    r"|^here(?:'|\u2019)?s\s+how\s+you\s+know$"
    # another government's masthead of the same kind: 'A Singapore Government Agency
    # Website', 'How to identify', 'Official government websites ... end with .gov.sg',
    # 'Secure pages use HTTPS: look for a lock ...'
    r"|^an?\s+[\w .'-]{3,40}\s+government\s+(?:agency\s+)?website$|^how\s+to\s+identify$"
    r"|^official\s+(?:government\s+)?(?:websites?|website\s+links)\b[^.]{0,60}?\bend\s+with\s+\.\w"
    r"|^secure\s+(?:\.gov\s+)?(?:websites|pages|sites)\s+use\s+https\b",
    re.I,
)
# Gate (speed) of _GOV_BANNER: the start of one of its anchored branches, or the 'secure'
# its one unanchored branch needs ('... official, secure websites'). A story's line with
# 'officials' in it (one in five) was searched at every position: 3 % of reading.
_GOV_BANNER_START = re.compile(r"an?\s|official\s|secure\s|here|how\s", re.I)


def _may_be_gov_banner(text: str) -> bool:
    return _GOV_BANNER_START.match(text) is not None or ("," in text and "ecure" in text.lower())


# A consent banner's text, as a capture keeps it around the page: 'We respect your
# privacy', 'We and our 212 vendors keep and read data on your device …'.
_CONSENT = re.compile(
    r"we,?\s+and\s+our\s+(?:\d[\d,]*\s+)?(?:(?:advertising|trusted|ad)\s+)?(?:partners|vendors)\b.{0,60}?"
    r"\b(?:store|access|use|process|collect)\b.{0,80}?\b(?:information|data|cookies|identifiers)\b.*"
    r"|we\s+(?:care\s+about|value|respect)\s+your\s+privacy\.?"
    # a banner about the cookies themselves: 'This website stores cookies on your device.
    # ...', 'If you decline, we won't track your visits. A single cookie will ...'
    r"|this\s+(?:web\s*site|site)\s+(?:stores|uses|places)\s+cookies\b.*"
    r"|if\s+you\s+decline,?\s+[^.]{0,80}\b(?:track|tracked|cookies?)\b.*",
    re.I,
)
# 'X acknowledges the Traditional Custodians of the lands …', 'X pays respect to … the
# Traditional Owners …': a site's acknowledgement of country, printed under every story.
_CONSENT_WORDS = ("artners", "endors", "rivacy", "ookie")  # gate (speed)
_LAND_ACKNOWLEDGEMENT = re.compile(
    r"\b(?:acknowledges?|pays?\s+(?:our\s+|its\s+)?respects?\s+to)\b.{0,120}\btraditional\s+(?:custodians|owners)\b",
    re.I,
)
_DIGIT = re.compile(r"\d")
_BULLET = re.compile(r"[•·▪◦●○■□▶▷►‣※]\s*")

# Captions: a sentence (or a scene) followed by the picture's credit.
_CREDIT_PARENS = re.compile(r"(?:[.!?]['\"\u201d\u2019]?|다\.)\s*(?P<credits>(?:\([^()]{2,50}\)\s*)+)$")
# A credit's names; a photographer and an agency or paper may stand on either side of a
# slash or after a colon: '(Ana Ruiz / The Lakeport Courier)', '(SBC News: Mia Tran)'.
_CREDIT_NAME = r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|for|de|NOT))*"
# '(SBC News: Mia Tran)': the outlet, a colon and the photographer; '( Emre Tunç - Meltem
# Agency )': the photographer and the agency apart by a spaced hyphen.
_CREDIT_WORDS = re.compile(
    # ('(Mia Tran / Red River Standard files)': a picture from the paper's files)
    rf"{_CREDIT_NAME}(?:(?:\s*[/:]\s*|\s+-\s+|\s+via\s+){_CREDIT_NAME})*(?:\s+(?:files|file\s+photo))?"
    r"|[가-힣A-Za-z0-9 =/]{2,15}"
    # '(KNA photo by Jerome Salazar)': the agency's photo, and its photographer
    rf"|{_CREDIT_NAME}\s+(?:file\s+)?photo\s+by\s+{_CREDIT_NAME}"
    # '(ARTHA PHOTO/Bayu Saputra/nym)': a wire's photo, its photographer and its editor's code
    rf"|{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME})+\s*/\s*[a-z]{{2,4}}"
    # '(U.S. Embassy photo)', '(Navy handout photo)': whose photo, no photographer
    rf"|{_CREDIT_NAME}\s+(?i:(?:file\s+|handout\s+)?photo)"
)
# A caption without its full stop, the photographer and the agency after it: '... a hospital
# in Leeds (Owen Hartley/BPA)'. A story's sentence ends with its full stop.
_CREDIT_PARENS_BARE = re.compile(rf"\w\s+\({_CREDIT_NAME}\s*/\s*{_CREDIT_NAME}\)$")
_CREDIT_SLASH = re.compile(r"(?:[.!?]['\"\u201d\u2019]?|다\.|\d)\s+/\s*[\w\uac00-\ud7a3 .&'-]{2,30}$")
_CREDIT_ORG_NAME = re.compile(r"[.!?]\s+[A-Z][\w&.' -]{1,30}/[A-Z][\w.' -]{1,40}(?:/[A-Z][\w ]{1,20})?$")
_CREDIT_PHOTO = re.compile(
    r"[.!?]\s+(?:photos?|images?|pictures?|pics?|graphics?|credits?)\s*(?::|by)\s+[^.]{2,60}$", re.I
)
# (or 'Credit: Seo Min-jae / Tidemark Stock Photo.')
_CREDIT_PHOTO_STOPPED = re.compile(
    r"[.!?]\s+(?:file\s+)?(?:photos?|images?|pictures?|pics?|credits?)\s*:\s+[^.:]{2,60}\.$", re.I
)
# ... and one written as a sentence, the photographer working for the paper: '... will
# stay. Photography by Marisela Quintanar for Old Pueblo Monthly.'
_CREDIT_PHOTO_FOR = re.compile(
    r"[.!?]\s+(?:photo(?:graph)?s?|photography|images?|pictures?)\s+by\s+[A-Z][^.]{2,60}?\s+for\s+[^.]{2,60}\.$",
    re.I,
)
_CREDIT_BRACKETS = re.compile(
    r"\[(?:[^\[\]]*(?:사진|포토|그래픽|제공|자료|DB|[Pp]hoto|[Ii]mage|[Gg]raphic|=)[^\[\]]*"
    r"|[A-Z][A-Z0-9 .,&'/-]{1,40})\]$"
)
# (numbered too: '[사진 1] 28일 오후 ...')
_CAPTION_PREFIX = re.compile(
    r"\[(?:사진|그래픽|포토|영상|인포그래픽|photo|graphic|video|image)(?:\s*\d{1,2})?\]"
    r"|\((?:photo|picture|image)\)\s",  # ('(Photo) Parents hold signs outside ...': a school site's)
    re.I,
)
FIGURE_CAPTION_RULE = "a figure's caption"
# A figure's caption in a science or data story: 'Figure 2: ...', 'Fig. 2 | ...', '그림 2.'
_FIGURE = re.compile(
    # (or, copied from a statistics agency's page, a tab or a wide gap: 'Chart 1  Employment ...')
    r"(?:figure|fig\.|chart|graphic|table|그림|표|도표)\s*\d{1,2}[a-z]?(?:\s*[:|.\u2014\u2013-]\s+|\t\s*|\s{2,})\S",
    re.I,
)
# The source under a statistics agency's chart or table: 'Source(s): Labour Force Survey
# (3701), table 14-10-0287-01.'
_SOURCES_LINE = re.compile(r"source\(s\)\s*:\s+\S.{2,300}", re.I)
# A picture's credit in parentheses at a caption's end, after a label: '(Image credit: X)',
# '(Photo: X)', '(Credit: X)', '(Photo by X)'.
_CREDIT_LABELLED = re.compile(
    r"\((?:(?:image|photo|picture|video)\s+)?(?:credit|courtesy)s?\s*[:=]?[^()]{2,60}\)$"
    r"|\((?:photo|image|picture|illustration|graphic)s?\s*(?::|by|=)[^()]{2,60}\)$",
    re.I,
)
# A wire's photo caption says what the picture shows: 'Photo taken Feb. 20, 2025, shows ...',
# 'This handout picture released by ... shows ...', 'A file photo shows ...'.
# 'The picture shows how far the city has to go, the mayor said.' is the story's: a picture
# or an image shows as a caption only with when and by whom it was taken or released.
# 'Electricity generation in South Korea by source, 2010-2024, TWh. Source: Carbonwise
# analysis of national statistics. Chart by Carbonwise.': a chart's title, the years it
# spans, its source and its maker.
# A picture's note in its credit: '(illustration purposes only)', '(file photo)'.
_PICTURES_NOTE = re.compile(
    r"\((?:for\s+)?(?:illustrat\w*|representational|file\s+photo|photo)\b[^)]{0,40}\)?\s*$", re.I
)
_CHART_SOURCE = re.compile(
    r"[^.]{10,160}\b(?:19|20)\d{2}\s*[-\u2013]\s*(?:19|20)?\d{2}\b[^.]{0,40}\.\s+(?:source|data)\s*:\s+[^.]{2,100}\.?"
    r"(?:\s+(?:chart|graphic|graph|map)\s+by\s+[^.]{2,60}\.?)?",  # ('... Chart by Carbonwise.')
    re.I,
)
# '... is seen docked in Yarmouth, N.S., in this undated file photo.': a caption's end.
_IN_THIS_PHOTO = re.compile(
    r"\bin\s+this\s+(?:(?:undated|file|handout|recent|aerial|archive|supplied)\s+){0,3}"
    r"(?:photo(?:graph)?|image|picture|still|video\s+grab|screen\s*(?:shot|grab))"
    r"(?:\s+(?:taken|dated|from|released|provided)\b[^.]{0,60})?\.$",
    re.I,
)
_SHOWS = re.compile(
    r"(?:(?:this|a|the)\s+)?(?:file\s+|handout\s+|undated\s+)?"
    r"(?:(?:photo|picture|image|screenshot|video\s+grab)\s+(?:taken|released|provided|posted|dated|made\s+available)\b"
    r".{0,80}?|(?:photo|screenshot|video\s+grab))"
    r",?\s+shows\s(?!.*\b(?:said|says)\.$).{10,240}",
    re.I,
)
# A Korean photo caption describing the scene: "12일 ... 주민들이 책을 읽고 있다."
_KO_SCENE = re.compile(r"(?:지난\s*)?\d{1,2}일\s[^.]{10,150}(?:고|어|아|여|해|돼|되어|져)\s*있다\.")
# ... or names the scene, as a noun and no sentence: '지난 27일 본관 대회의실에서 열린 제4차
# 등록금심의위원회 모습.', '... 행사장 전경'.
# (or what the picture is of: a rendering, a document's cover, a poster)
_SCENE_NOUNS = ("모습", "전경", "장면", "조감도", "투시도", "표지", "포스터")
_KO_SCENE_NOUN = re.compile(rf"[^.!?]{{8,150}}\s(?:[가-힣]{{0,6}}(?:{'|'.join(_SCENE_NOUNS)}))\.?")

_CTA = (
    r"get|try|sign\s+up|subscribe|download|join|follow|watch|listen|install|tap|swipe|click|read\s+more|"
    r"read\s+the\s+full|enjoy(?:ing)?|view|unlock|register|log\s*in|sign\s+in|don'?t\s+miss|want\s+more|"
    r"forwarded|you\s+are\s+receiving|you\s+received\s+this|be\s+the\s+first|open\s+in|continue\s+reading|support\s+(?:us|our)|"
    # a letter's link to its web copy: 'Email looking odd? Open it in your browser.'
    r"open\s+(?:it|this\s+\w+)\s+in|"
    r"create\s+(?:a|an|your)|"
    # 'Track latest news live on X and get news updates ...', 'Before it's here, it's on the X Terminal.'
    r"track\s+(?:the\s+)?latest|before\s+it['\u2019]s\s+here,?\s+it['\u2019]s\s+on|"
    # a site's sign-off: 'Stay tuned to X for the latest box office updates ...'
    r"stay\s+tuned\s+(?:to|with)"
)
# (the prompt may follow its pitch after a mark: 'Our free newsletter ... - sign up now')
# (or its purpose before a comma: 'To hear more feature stories, download the X app.')
_PROMO = re.compile(
    rf"(?:[^.!?]{{0,80}}(?:[?:!\u2014\u2013]|\s-)\s+|to\s+[^.!?,]{{3,60}},\s+)?(?:{_CTA})\b.{{0,140}}", re.I
)
_PROMO_OBJECT = re.compile(
    r"\b(?:our|your|us|app|newsletters?|inbox|briefing|alerts?|here|now|free|live|24/7|e-?mail|browser|"
    r"print\s+edition|issues|subscribed?|subscriptions?|story|article|comments?|access|assistant|today|channels?|"
    r"account|notifications?|"
    r"latest\s+(?:[\w-]+\s+){0,2}(?:news|updates|stories|headlines)|must-reads?|full\s+(?:guide|story|list|report|review|interview))\b",
    re.I,
)
# A metered paywall's count and its offer, between the paragraphs or glued to the last:
# 'You have 2 free articles remaining this month.', 'Subscribe now for unlimited access.'
METERED = re.compile(
    r"you(?:'ve|\s+have)\s+(?:read\s+(?:\d+|one|two|three|four|five)\s+of\s+(?:your\s+)?(?:\d+|one|two|three|four|five|"
    r"\w+)\s+free|reached\s+your\s+(?:monthly\s+)?(?:limit|maximum)\s+of\s+free)\s+(?:articles?|stories)\b[^.!?]{0,40}[.!]?"
    r"|subscribe\s+(?:now\s+|today\s+)?for\s+(?:just\s+|only\s+)?[$£€]\s?\d[\d.,]*\s*(?:a|per|/)\s*(?:week|month|year)\b"
    r"[^.!?]{0,40}[.!]?"
    r"|you\s+have\s+(?:\d+|one|two|three|four|five|no)\s+(?:more\s+)?(?:free\s+)?(?:articles?|stories|reads)\s+"
    r"(?:left|remaining)\b[^.!?]{0,40}[.!]?"
    r"|(?:this\s+is\s+your\s+(?:last|final)\s+free\s+(?:article|story)[^.!?]{0,40}[.!]?)"
    r"|subscribe\s+(?:now\s+|today\s+)?(?:for|to\s+(?:get|enjoy))\s+unlimited\s+(?:digital\s+)?access\b[^.!?]{0,60}[.!]?",
    re.I,
)
# Where one sentence of a line ends and the next begins (also `zones`' splits).
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^\s])")
# ('Enjoying this post? X is reader-supported. Become a member to get every post.': a
# sentence may stand between the question and the prompt)
_PROMO_QUESTION = re.compile(
    rf"[^.!?]{{3,40}}\?\s+(?:[^.!?]{{3,80}}[.!]\s+)?(?:{_CTA}|become\s+an?\s+(?:paid\s+)?(?:member|subscriber))\b.*",
    re.I,
)
# A letter's thanks and its prompt to the reader it was forwarded to: 'Thanks for reading.
# If a colleague forwarded this to you, you can sign up here. It takes ten seconds.'
_THANKS_THEN_PROMPT = re.compile(
    r"(?i:thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+reading)[.!]\s+.{0,120}?"
    r"\b(?i:sign\s+up|subscribe|forwarded|become\s+a\s+(?:paid\s+)?(?:member|subscriber))\b.{0,120}"
)
_PROMO_TAIL = re.compile(
    r"(?:^|[.!?]\s+)(?:sign\s+up|subscribe|register|download|learn\s+more|find\s+out\s+more)(?:\s+(?:here|now|today))?[.!]?$",
    re.I,
)
# An advertiser's offer ends with its small print: 'Trade X with zero fees for 30 days. Terms apply.'
_TERMS_APPLY = re.compile(
    r"(?:^|[.!]\s+)(?:(?:full\s+)?terms(?:\s+(?:and|&)\s+conditions)?|t\s?&\s?cs?|conditions)\s+apply[.!]?$",
    re.I,
)
# An audio edition's credit above the story: 'Produced by X using AI narration. Listen to
# more stories on the Y app.', 'This article is narrated by an automated voice.'
_LISTEN_MORE = (
    r"listen\s+to\s+more\s+(?:stories|articles|audio\s+stories|narrated\s+articles)\b[^.!]{0,60}[.!]?"
)
_NARRATION = re.compile(
    r"(?:(?:(?:produced|narrated|voiced|read|created)\s+by\s+[^.]{1,80}?\s+(?:using|with|via)\s+(?:ai|artificial\s+"
    r"intelligence|synthetic|automated|text-to-speech)\b[^.]{0,40}"
    r"|(?:this\s+(?:(?:article|story)\s+)?(?:is|was|has\s+been)\s+)?(?:narrated|voiced|read\s+aloud|read)\s+by\s+"
    r"(?:an?\s+)?(?:ai|automated|synthetic|computer-generated|artificial)\b[^.]{0,60})[.!]?"
    # ('This is read by an automated voice. Please report any issues or inconsistencies here.')
    r"(?:\s+please\s+(?:report|let\s+us\s+know)\b[^.!]{0,80}[.!]?)?"
    rf"(?:\s+{_LISTEN_MORE})?|{_LISTEN_MORE})",
    re.I,
)
_SPONSORED = re.compile(
    r"(?:sponsored|advertisement|promoted|partner\s+content|paid\s+(?:post|content)"
    # a newsletter's sponsor between its sections: 'A message from our partner, Kestrel Trust:'
    r"|a\s+message\s+from\s+[^:.!?]{2,60}?)\s*[:\u2014-]",
    re.I,
)
_UI_SHORT = re.compile(rf"(?:{_CTA}|open|expand|collapse|scroll|share|listen|skip|show|hide)\b.*", re.I)
# The platforms a site asks its readers to follow it on.
_PLATFORM = (
    r"(?:google\s+news|apple\s+news|flipboard|twitter|x|facebook|instagram|youtube|threads"
    r"|linkedin|telegram|whatsapp|tiktok|kakao\w*|naver)"
)
# 'Open the app for the full experience': the verb 'open' prompts only with an app or a
# browser as its object (a headline opens with 'Open' for other things: 'Open borders ...').
_OPEN_APP = re.compile(
    r"open\s+(?:(?:in|with)\s+)?(?:the|our|this)?\s*(?:[\w-]+\s+)?(?:app|browser)\b.{0,80}"
    # 'Read this story in our app', 'Continue in the Harbor app': a reader's verb, then the app
    r"|(?:read|continue|view|watch|listen|switch)\b.{0,50}\b(?:in|on|to)\s+(?:the|our|this)?\s*(?:[\w-]+\s+)?app\b.{0,40}"
    # 'Follow Harbor Sentinel on Google News': following the site on a platform
    rf"|follow\s+.{{1,40}}\s+on\s+{_PLATFORM}\b.{{0,20}}"
    # ('Add Voltlane to your Google News feed.', 'Add us as a preferred source on Google')
    rf"|add\s+.{{1,40}}\s+(?:to\s+your|as\s+a\s+(?:preferred\s+)?source\s+on)\s+{_PLATFORM}\b.{{0,20}}",
    re.I,
)
# Gates (speed): a word each alternative of _NARRATION and of _ERROR_REPORT holds.
_NARRATION_WORDS = ("AI", " ai", "arrat", "oice", "isten", "ynthetic", "utomated", "speech", "rtificial")
_ERROR_WORDS = ("eport", "istake", "typo", "rror", "hank you")
# 'Harbor News is now on WhatsApp. Follow our channel for breaking news.': the site on a
# messaging platform, and the invitation to follow it.
_NOW_ON = re.compile(
    r"[^.!?]{1,60}\s(?:is|are)\s+now\s+on\s+(?:whatsapp|telegram|viber|instagram|tiktok|youtube|google\s+news"
    r"|threads|kakao\w*|naver|line|signal)\b[^.!?]{0,40}[.!]?(?:\s+(?:follow|join|subscribe|click)\b[^.!?]{0,80}[.!]?)?",
    re.I,
)
# '📲 Get Harbor News alerts on WhatsApp. Tap here to join our channel.': the same invitation
# as a command, maybe after an emoji.
_GET_ON = re.compile(
    r"(?:[^\w\s]{1,2}\s*)?(?:get|receive|follow|join)\s+[^.!?]{1,60}?\s+on\s+(?:whatsapp|telegram|viber"
    r"|kakao\w*|line|signal)\b[^.!?]{0,40}[.!]?(?:\s+(?:tap|click|follow|join|subscribe)\b[^.!?]{0,80}[.!]?)?",
    re.I,
)
_GET_ON_VERBS = ("get", "receive", "follow", "join")
# 'Found a mistake in this article? Report it to us.', 'Thank you for your report!': the
# site's box for reporting errors, and its thanks.
_ERROR_REPORT = re.compile(
    r"(?:(?:found|spotted|see|noticed?)\s+(?:a|an)\s+(?:mistake|typo|error)\b[^.!?]{0,40}[.!?]?\s*)?"
    r"(?:(?:report\s+it\s+to\s+us|(?:report|tell\s+us\s+about|let\s+us\s+know\s+about)\s+(?:an?\s+)?(?:error|mistake|typo)s?)"
    r"\b[^.!?]{0,30}[.!?]?)?"
    r"|thank\s+you\s+for\s+your\s+(?:report|feedback|submission)[.!]?",
    re.I,
)
# A sign-up form's small print on the reader's data: 'Your information is being handled in
# accordance with the X Privacy Collection Statement.'
_DATA_NOTE = re.compile(
    r"(?:your\s+(?:information|data|details|personal\s+information)\s+(?:is|are|will\s+be)\s+(?:being\s+)?"
    r"(?:handled|used|processed|collected|stored)|we\s+(?:will\s+)?(?:handle|use|process)\s+your\s+"
    r"(?:information|data|details|e-?mail))\b[^.]{0,160}\.?",
    re.I,
)
# A page's reading time alone: 'Time to read 4 min.', 'Reading time: 3 minutes'.
_READ_TIME = re.compile(
    r"(?:time\s+to\s+read|reading\s+time|read\s+time)\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?", re.I
)
# A video player's placeholder text: 'Video Player is loading.', 'Loading video...'.
_PLAYER_LOADING = re.compile(r"(?:the\s+)?video(?:\s+player)?\s+is\s+loading\.*|loading\s+video\.*", re.I)
# 'POLL: Will you switch to the bus?': a reader poll's question (its answers follow as labels).
_POLL = re.compile(r"(?:quick\s+)?poll\s*[:\u2014-]\s*\S", re.I)
# A link's trailing chevron ('앱에서 더 빠르게 보기 >', 'See all >'): it marks a button or a
# link, so the label is judged without it.
_CHEVRONS = ">\u203a\u00bb\u3009\u25b6\u25b7"
_CHEVRON = re.compile(rf"\s*[{_CHEVRONS}]+$")
# Buttons in brackets: '[앱 열기]  [괜찮아요, 모바일웹으로 볼게요]', '[Reply] [Share]'.
_BUTTONS = re.compile(r"(?:[^\[\]]{0,40}\s)?(?:\[[^\[\]]{1,24}\]\s*){2,}")
_SPACED = re.compile(r"\s{2,}")
# 'About KBX Go to KBX', 'KBX Home KBX News': a short line naming one brand twice, no sentence.
_NAME_TWICE = re.compile(
    r"(?=.*\b(?P<name>[A-Z][A-Z0-9&]{1,9})\b.*\b(?P=name)\b)(?:\S+\s+){1,6}\S+(?<![.!?])"
)
_KO_UI = re.compile(
    r".{0,26}(?:보기|바로\s*가기|끄기|켜기|설정|취소|구독(?:하기)?|구독\s*신청|신청|해지(?:하세요)?|닫기|복사|다운로드|"
    r"로그인|회원\s*가입|제보(?:하기)?|(?:다시\s*보기|전체|기사)\s*목록|앱\s*(?:에서\s*)?열기)[.!]?"
)
# An article's toolbar scraped as one line: two or more tool labels and nothing else
# ('기사 공유하기 글자 크기 변경 인쇄하기', 'Share Print Text size'). The labels are the
# verbs and nouns of the tools themselves, which a headline never strings together bare.
_TOOL = (
    r"(?:기사\s*|본문\s*)?(?:공유|인쇄|스크랩|저장|북마크|듣기|번역|추천|좋아요|댓글|프린트)(?:하기)?"
    r"|(?:글자|글씨|폰트)\s*(?:크기)?(?:\s*(?:변경|조절|설정))?|가\+|가-|URL\s*복사|링크\s*복사|\d+\s*min\s+read"
    r"|share|print|save|bookmark|listen|e-?mail|comments?|gift(?:\s+article)?|copy\s+link|(?:text|font)\s+size|A\+|A-"
)
_TOOLBAR = re.compile(rf"(?:(?:{_TOOL})(?:\s+|\s*[|·]\s*|$)){{2,}}", re.I)
# '<Site> - Home' (any dash), '<Site> | Home', '한빛방송 - 홈': a link back to a site's front page.
_HOME_LINK = re.compile(
    r"(?P<name>[^|\u2013\u2014-]{2,40}?)\s*[|\u2013\u2014:-]\s*(?:home(?:\s*page)?|front\s+page|main\s+page|홈|메인|첫\s*화면)",
    re.I,
)
# 'Skip to main content', '본문 바로가기' and whatever menu the scraper ran on after it: the
# first link of a page, for screen readers, never part of a story.
_SKIP_LINK = re.compile(
    r"(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)|본문\s*바로\s*가기)\b", re.I
)
# A site's banner: 'Weather Alert: Red Flag Warning ...', 'Traffic alert: ...'.
_ALERT = re.compile(r"(?:[A-Z][\w]*\s+)?alert\s*:\s+\S", re.I)
_HOME_ENDS = ("home", "page", "홈", "메인", "화면")
# 'Explore more news releases in Energy, Utilities', 'Browse all stories in Society': a
# browsing link (a verb of browsing, 'more' or 'all', a word for stories, then
# categories), not a sentence.
_BROWSE = re.compile(
    r"(?:explore|browse|discover|see|view|find)\s+(?:more|all|other|the\s+latest)\s+(?:[\w-]+\s+){0,2}"
    r"(?:news|stories|articles|releases|videos|posts|coverage|headlines)\b.{0,120}(?<![.!?])",
    re.I,
)
# A paywall's label alone on its line ('Premium', 'Subscribers only', '유료'): it marks the
# access to the article, it names no outlet and heads nothing.
_PAYWALL = re.compile(
    r"(?:premium|subscribers?(?:\s+only)?|for\s+subscribers|members?\s+only|paid(?:\s+content)?|locked"
    r"|유료(?:\s*(?:기사|회원|전용))?|프리미엄|구독자\s*전용|회원\s*전용)(?:\s+(?:article|content|story))?",
    re.I,
)
# A story's status alone on its line ('LIVE', 'BREAKING', '속보'): it heads nothing and
# names no outlet.
_STATUS = re.compile(
    r"(?:live(?:\s+(?:updates?|blog|coverage))?|breaking(?:\s+news)?|developing(?:\s+story)?|just\s+in"
    r"|속보|단독|긴급)",
    re.I,
)
# A rubric alone on its line ('GUEST COLUMN', 'Opinion', 'The Long Read', '사설'): the genre
# of the page, which heads nothing and names no outlet.
_RUBRIC = re.compile(
    r"(?:the\s+)?(?:guest\s+)?(?:column|opinion|op-ed|editorial|analysis|commentary|long\s+read|essay|review)s?"
    r"|사설|칼럼|기고|오피니언",
    re.I,
)
# A forum poster's own words before a pasted article: a lead-in with no subject that
# opens with the poster's verb of finding or pasting ('Saw this in the paper, pasting it
# since it's paywalled:'), or, in Korean, ends with the verbs of reposting ('… 퍼왔습니다').
# A story's sentence has a subject, and reports; it does not paste.
_LEAD_IN = re.compile(
    r"(?:(?:just\s+)?(?:saw|found|spotted|came\s+across|stumbled\s+(?:on|upon))\s+this|(?:pasting|posting|sharing|"
    r"reposting|copying)\s+(?:it|this|the\s+(?:article|story|text|whole\s+thing))|(?:fyi|psa)\b"
    r"|(?:here'?s|here\s+is)\s+(?:the\s+)?(?:full\s+|whole\s+)?(?:text|article|story)\b"
    # the verb in the past, no subject: 'Copied off the Gazette, their site is down again.'
    r"|(?:pasted|copied|reposted|grabbed)\s+(?:(?:it|this)\s+)?(?:here\s+)?(?:from|off)\s).{0,160}",
    re.I,
)
LEAD_IN = "a poster's lead-in to the pasted article (no subject, the poster's verb)"
# A forum post's own title over the story its poster pasted (`zones._pasted_headline`).
PASTED_TITLE = "a post's own title, over the pasted story's headline and stamp"
REPOST_TITLE = "a repost's title: the source's name, then the headline printed below"
# A forum user's introduction naming where the story comes from: '... in the Busan Tribune:'.
INTRO = re.compile(
    r".*\b(?:in|on|from|via|at)\s+(?:the\s+)?(?P<outlet>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,4}).*:"
)
_LEAD_IN_KO = re.compile(
    r"(?:퍼\s*왔(?:습니다|어요|음|다)|퍼옴|퍼\s*옵니다|가져왔(?:습니다|어요))[.!~]*$"
    r"|(?:공유합니다|올려\s*봅니다|올립니다)[!~]*$"  # with a full stop, a broadcast's sentence may end so
)
# The endings the Korean lead-in's verbs have, looked for before the pattern.
_LEAD_IN_KO_ENDS = ("다", "요", "음", "옴", "~", "!", ".")
# "You're reading The Coastal Brief, a weekly letter on ...": a newsletter's sign-off,
# naming itself; what follows it is the letter's footer.
_READING = re.compile(
    r"(?i:you(?:'|\u2019)?re\s+reading|you\s+are\s+reading|thanks?\s+(?:you\s+)?for\s+reading)\s+(?:[Tt]he\s+)?(?P<outlet>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,5})"
    r"(?:[,.!]\s.{0,160}|[.!]?)"
)
_KO_PROMPT = re.compile(r".{0,30}(?:제보|구독|뉴스레터|앱\s*설치).{0,20}")
# A board's or a page's words to its visitor: '… 새로운 소식을 전해드립니다.' over a release
# board, '현재 페이지의 내용에 만족하십니까?' under it.
_KO_SITE_TALK = re.compile(
    r".{0,40}(?:소식을\s*전해\s*드립니다|만족하십니까\??|만족도를?\s*평가해\s*주세요)[.!?]?"
)
_READ_AT = re.compile(
    r"(?:read|see|continue)\b.{0,30}\b(?:story|article|report)\s+(?:at|on|from)\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z][\w&.' -]{1,40}?)\.?$",
    re.I,
)
_CRUMBS = re.compile("\\s+(?:>|\u00bb|\u203a|\u3009|\u2192)\\s+|\\s*[\u00bb\u203a]\\s*")  # breadcrumb arrows
_SHARE_WORDS = frozenset(
    [
        "share",
        "send",
        "to",
        "kakao",
        "kakaotalk",
        "naver",
        "band",
        "line",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "telegram",
        "reddit",
        "email",
        "e-mail",
        "copy",
        "link",
        "url",
        "print",
        "공유",
        "공유하기",
        "페이스북",
        "트위터",
        "카카오톡",
        "카카오스토리",
        "밴드",
        "복사",
    ]
)
_FORUM_BUTTONS = frozenset(
    [
        "reply",
        "quote",
        "report",
        "share",
        "like",
        "top",
        "edit",
        "delete",
        "permalink",
        "flag",
        "upvote",
        "downvote",
    ]
)
_FORUM = re.compile(r"(?:(?:posted|post|submitted|shared)\s+by\b|작성자\s*[:\uff1a]|re:\s).*", re.I)
# A blog platform's byline and stamp: 'Posted by Dana Okafor on Jun 3, 2025 9:15:00 AM'
# (a person's name, then a date; a forum's poster is a handle: the stamps' rule reads it).
_POSTED_ON_DATE = re.compile(
    r"(?i:posted)\s+by\s+[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2}\s+on\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d)"  # ('on December 3rd, 2025')
)
_COUNTER = re.compile(
    r"[\d,.]+\s*(?:upvotes?|points?|likes?|views?|comments?|replies|shares?|reactions?)"
    r"|(?:조회수?|추천|비추천|공감|댓글|views?|likes?)\s*[:\uff1a]?\s*[\d,]+",
    re.I,
)
_CONTACT = re.compile(
    r"(?:contacts?|media\s+contacts?|press\s+contacts?|inquiries|tel|phone|fax|department|attachments?|attached|"
    r"tags|keywords|topics|첨부\s*파일|첨부|붙임|담당\s*부서|담당자|문의|연락처|키워드|태그)\b\s*[:.\uff1a]?.*",
    re.I,
)
# A file's name by its extension: 'report_20251125.pdf', '붙임 1. 보도자료.hwpx'.
_FILE_NAME = re.compile(r"\S\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|zip|csv)\b", re.I)
# A Korean release's attachments under its text: '붙임 1. 고병원성 AI 발생 현황 1부.', '<붙임>
# 회수 대상 제품 사진 1부.', '[첨부] X 1부'.
_ATTACHMENTS = re.compile(
    r"[<\[(]?\s*(?:붙임|첨부)\s*[>\])]?\s*[:\uff1a]?\s*(?:\d+[.)]\s*)?[^\n]{1,80}?\d+\s*부\.?(?:\s*끝\.?)?"
)


# ... or numbered, without the count of copies: '붙임  1. 공동주택 폐비닐 재활용 개선방안 주요 내용.'
_ATTACHMENTS_NUMBERED = re.compile(
    r"[<\[(]?\s*(?:붙임|첨부)\s*[>\])]?\s*[:\uff1a]?\s*\d{1,2}[.)]\s*\S.{1,80}"
)


def _attachments(text: str, marker: str) -> bool:
    """Whether the line lists the release's attachments, its '[붙임]' marker read off it or not."""
    full = f"{marker} {text}".strip() if marker else text
    return ("붙임" in full[:5] or "첨부" in full[:5]) and (
        _ATTACHMENTS.fullmatch(full) is not None or _ATTACHMENTS_NUMBERED.fullmatch(full) is not None
    )


# A line that is a file's name alone, with its size maybe: an attachment of a board's post.
_ATTACHED_FILE = re.compile(
    # (a picture attached to a board's post too: '사진1_구 서강분교 전경.jpg')
    r"[^\s.][^\n]{0,120}\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|zip|csv|jpe?g|png|gif)"
    r"(?:\s*[\[(]\s*\d[\d.,]*\s*[KMG]?B\s*[\])])?"
    # (and the viewer's button after it: '... .pdf (312KB) 바로보기')
    r"(?:\s*(?:바로\s*보기|미리\s*보기|다운로드|내려받기|download|view|preview))?",
    re.I,
)
# A link's label followed by the kind and size of the file it leads to: '(PDF, 412 KB)',
# '[PDF 1.2MB]', '(DOCX - 88 KB)'.
_FILE_LINK = re.compile(
    r"[(\[]\s*(?:pdf|hwpx?|docx?|xlsx?|pptx?|zip|csv|rtf|odt)\s*[,\-\u2013:|]?\s*\d[\d.,]*\s*[KMG]i?B\s*[)\]]$",
    re.I,
)
# A postal address: a U.K. postcode or a U.S. state and ZIP code after a comma, ending the
# line ('…, Port Alder, WA 98368') or followed by a company's registration ('Northgate
# Media Ltd, 4 Mill Lane, Alder AL3 2TX. Registered in England & Wales | 0441 |').
_POSTAL_CODE = re.compile(
    r",\s*(?:[A-Z][\w.'-]*\s+){0,3}(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
    r"(?:\.?$|\.?\s+(?=.*\b(?i:registered|company\s+(?:no|number)|vat)\b))"
)
# A market page's quote card in the story: 'HRBR Harbour Lines Inc.', the ticker, then the
# company's name with its corporate suffix.
# A quote table's row names the company in capitals with its legal form: 'HARBORLINE STORES INC.'
_COMPANY_CAPS = re.compile(
    r"[A-Z][A-Z&'.,-]*(?:\s+[A-Z][A-Z&'.,-]*){0,5}\s+(?:INC|CORP|CO|LTD|PLC|LLC|HOLDINGS|GROUP|SA|AG|NV|SE)\.?"
)
_QUOTE_CARD = re.compile(
    r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,5}\s+"
    r"(?:Inc|Corp|Co|Ltd|plc|PLC|Group|Holdings|SA|AG|NV|SE|LLC)\.?"
)
_PHONE = re.compile(r"\b0\d{1,2}-\d{3,4}-\d{4}\b|\+\d{1,3}[-\s]\d{1,4}[-\s]\d{3,4}")
_HASHTAGS = re.compile(r"#[^#]{1,40}(?:\s*#[^#]{1,40})+")
# A greeting opens a letter ('Hello, readers'), not a name that starts like one ('Hello
# Kitty's maker', 'Hi-tech exports').
_GREETING = re.compile(
    r"(?:good\s+(?:morning|afternoon|evening)|(?:hello|hi|hey)(?=\s*[,!.]|\s*$|\s+(?:there|everyone|all|folks|readers|friends)\b)|dear\s+\w+|welcome\s+(?:to|back)|안녕하세요|좋은\s+아침)\b.*",
    re.I,
)
# A sentence about the article itself: 'This article was ...', 'The views expressed in this
# column are the author's own ...' (the page's disclaimer on its opinions).
_SELF = re.compile(
    r"(?:(?:this|the\s+above)\s+(?:article|story|report|summary|press\s+release|newsletter|e-?mail|content|piece|"
    # (not a report's own findings: 'This report examines 27 contracts ...' is the story)
    r"column|page)\b(?!\s+(?:examines|examined|finds|found|shows|showed|analy[sz]es|looks\s+at|recommends|argues"
    r"|estimates|assesses|reviews|explores|draws\s+on|covers|focuses|suggests|concludes|calls\s+for|urges|warns"
    r"|describes|explains|details|outlines|traces|sets\s+out))"
    r"|the\s+(?:views|opinions)\s+expressed\s+(?:here|above|in\s+(?:this|the)\s+(?:column|article|piece|"
    r"op-ed|essay|commentary))\b|this\s+is\s+an?\s+(?:archived\s+|older\s+|sponsored\s+)?(?:article|story|report)\b"
    # a think tank's note on a post: 'This work represents the views and opinions solely of
    # the authors.', 'This work is licensed under Creative Commons ...'
    r"|this\s+(?:work|post|blog\s+post|commentary|analysis)\s+(?:represents|reflects|is\s+licensed)\b"
    # a broadcast's note on its page: 'This segment aired on November 13, 2025.'
    r"|this\s+(?:segment|episode|interview|programme|program|podcast|report)\s+(?:was\s+|first\s+|originally\s+)*"
    r"(?:aired|broadcast)\b"
    # an edition's note on its translation: 'Translation of an original article published in French …'
    r"|(?:this\s+is\s+a\s+)?translation\s+of\s+an?\s+(?:original\s+)?(?:article|story)\b"
    r"|(?:이|본|위)\s*(?:기사|뉴스레터|보도\s*자료|콘텐츠|글|요약|에피소드|방송|영상|프로그램)(?:는|은|의|를|가)?\s).*"
    # a release's closing request ('이 보도자료와 관련하여 … 연락 주시기 바랍니다.')
    r"|(?:이|본)\s*(?:기사|보도\s*자료)(?:와|과)\s*관련하여\s.*(?:바랍니다|주십시오|주세요)\.?"
    # '동방일보 앱에서 공유한 기사입니다.', '언론사가 선정한 주요기사 혹은 심층기획 기사입니다.': the
    # article saying what it is (a story's sentence does not end 'is an article')
    r"|[^.]{0,60}(?:기사|콘텐츠)입니다\.?"
    # a summary's note on how it was made ('요약봇이 요약한 내용입니다. ...'), before the story
    r"|[^.]{0,60}요약(?:된|한|했)\S*\s*(?:내용|것|결과)입니다\..*"
    # the site speaking of itself, politely as a story never does ('이 누리집은 ... 누리집입니다.',
    # '이 페이지의 정보가 도움이 되었습니까?')
    r"|(?:이|본)\s*(?:누리집|홈페이지|웹사이트|사이트|페이지)(?:은|는|에서|의|를)?\s[^.?!]{0,120}(?:니다|니까)[.?!]?",
    re.I,
)


def about_itself(sentence: str) -> bool:
    """A sentence about the article itself ('This is an archived article ...', '… 앱에서
    공유한 기사입니다.'), not news."""
    # Gate (speed): the pattern's sentences open with 'this' or 'the' (이, 본, 위), or say
    # '입니다'; prose that does neither is not tried against it.
    if sentence[:1] not in "tT이본위" and "입니다" not in sentence:
        return False
    return _SELF.fullmatch(sentence) is not None


_ISSUE_OF = re.compile(r"\bissue\s+of\s+(?:the\s+)?(?P<outlet>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})")
# Lines longer than this are prose: only the rules for long lines (captions, the AI
# notice, a byline opening the lede, a note about the article) are tried on them.
SHORT = 200
# A line at least this long that starts with a capital, Hangul, a digit or a quote and
# ends like a sentence is prose: stamps, menus, bylines and labels never look so.
_PROSE = 90
_PROSE_START = re.compile(r"[A-Z0-9\"'\u201c\u2018\uac00-\ud7a3]")
_TERMINAL_END = re.compile(r"[.!?\"'\u201d\u2019)]$")
# 'Contact: ...', 'Subject: ...': a label of one to three words and a colon opens the
# line; it may be furniture however long, so every rule is tried on it.
_LABEL_PREFIX = re.compile(r"[A-Z][\w-]*(?: [\w-]+){0,2}:\s")
# Broadcast intros and sign-offs end a sentence with the reporter's name or report.
_SIGNED = re.compile(
    r"(?:reports|story|report|more|입니다|합니다)\.?$|,\s*[A-Z][\w.-]*(?:\s+[\w.-]+){0,3}\.$"
)


@dataclass
class Context:
    """What the rules need besides the line: the file's date reader and chrome patterns,
    and the warnings they have to give."""

    dates: DateReader
    chrome: ChromeFilter
    warnings: list[tuple[int, str, str]] = field(default_factory=list)  # (line, field, message)
    slow_dates_spent: bool = False


# A Korean government press release writes its paragraphs as marked items ('□ 해양수산부는
# ...다.', '○ ...', '- ...'): each is a paragraph of the story, a sentence ending in '-다',
# not a list of links or sub-heads. The mark comes off so the body reads as prose.
_RELEASE_MARKS = "\u25a1\u25cb\u25e6-\u3147"
_RELEASE_ITEM = re.compile(
    r"(?P<mark>[\u25a1\u25cb\u25e6\u3147]|-)\s+(?P<rest>[가-힣(\"'\u201c\u2018].{12,}다\.?)"
)
# ... and so does an English release of one ('□ The shuttles will run every 30 minutes ...').
_RELEASE_ITEM_EN = re.compile(r"(?P<mark>[\u25a1\u25cb\u25e6])\s+(?P<rest>[A-Z\"\u201c].{30,}[.!?\"\u201d])")
# The licence line a public body's release ends with: '공공누리 제1유형 출처표시 조건에 따라
# 이용할 수 있습니다.' It is about the release's reuse, not news.
_KOGL = re.compile(r"공공누리.{0,40}(?:유형|조건|이용할\s*수)")
# A site's own licence note: '본 누리집에 게시된 보도자료는 출처를 밝히고 자유롭게 이용할 수 있습니다.'
_KO_FREE_USE = re.compile(
    r"(?:본|이|당)\s*(?:누리집|홈페이지|사이트|웹사이트)에\s*게시된\s*[^.]{0,40}?(?:출처를\s*(?:밝히|표시하)고|자유롭게\s*이용)"
)


# A browser's margins on every printed page of a page saved to PDF: the time of printing and
# the page's title at the top ('5/2/25, 9:05 AM    Dam vote delayed | The Ledger'), its
# address and the page's number at the bottom ('https://ledger.example/dam-vote    1/3'), set
# apart by a tab or a wide gap. Neither is the story's.
_PRINT_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?(?:\t|\s{3,})\S.*", re.I)
_PRINT_FOOTER = re.compile(r"(?:https?://|www\.)\S+(?:\t|\s{3,})\d{1,3}\s*/\s*\d{1,3}")
# A copy that joined the margin's parts with one space keeps the browser's own forms: the
# comma and the AM or PM after the day ('3/4/26, 9:18 AM Dam vote delayed | The Ledger'), a
# page's number as its fraction after the address.
# (a chat export's message has its sender after a dash: '4/2/25, 3:05 PM - Dana: did you see')
_PRINT_HEADER_SPACED = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},\s\d{1,2}:\d{2}\s[AP]M\s(?![-\u2013]\s)\S.*")
_PRINT_FOOTER_SPACED = re.compile(r"(?:https?://|www\.)\S+\s\d{1,3}/\d{1,3}")
_PRINT_MARGIN_STARTS = frozenset("0123456789hw")  # gate (speed): a margin's first character
PRINT_MARGIN_RULE = "a browser's print header or footer (the time, the title, the address, the page)"


def _print_margin(text: str) -> bool:
    if "\t" not in text and "   " not in text:
        # (gate, speed: the margin's gap, else a page's fraction or a time's AM or PM)
        spaced = _PRINT_HEADER_SPACED if text[:1].isdigit() else _PRINT_FOOTER_SPACED
        return ("/" in text[-8:] or "M " in text[:24]) and spaced.fullmatch(text) is not None
    margin = _PRINT_HEADER if text[:1].isdigit() else _PRINT_FOOTER
    return margin.fullmatch(text) is not None


# A transcript's turn: the speaker in capitals, their role, a colon ('MARIA CHEN, HOST:',
# 'JENNA ORTIZ, BYLINE:', 'WHITCOMB:').
SPEAKER = re.compile(
    r"(?P<name>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3})(?:,\s+(?P<role>[A-Z][A-Z ]{1,30}))?:"
)


_END_GLYPHS = "\u25a0\u25fc\u220e"  # ■ ◼ ∎
_END_MARKED = 80  # characters: a paragraph, not a list's item


def classify(line: Line, context: Context) -> None:
    """Give the line its verdict if its own shape decides it; leave it undecided if not."""
    text = line.text
    if not text:
        if line.repaired == "unrepairable mojibake":
            line.decide(MOJIBAKE, "mojibake the bytes cannot repair")
        elif line.raw:
            line.decide(MARKUP, "markup only")
        else:
            line.decide(BLANK, "blank")
        return
    if line.figcaption:
        line.decide(CAPTION, "a <figcaption> in the file's HTML")
        return
    if text[:1] in _PRINT_MARGIN_STARTS and _print_margin(text):
        line.decide(CHROME, PRINT_MARGIN_RULE)
        return
    if text[-4:] == "대한민국" and line.number <= _MOTTO_LINES and cues.is_motto(text):
        line.decide(CHROME, "a government's slogan atop its release ('..., 함께 누리는 대한민국')")
        return
    if "AI" in text and AI_NOTICE.search(text):  # the notice writes "AI" in capitals
        line.decide(NOTICE, "AI translation notice", ai_notice=True)
        return
    if text[:1] in _RELEASE_MARKS and (
        (item := _RELEASE_ITEM.fullmatch(text)) is not None
        or (item := _RELEASE_ITEM_EN.fullmatch(text)) is not None
    ):
        line.text = text = item["rest"]  # the release's paragraph, its marker off
        line.found["marker"] = item["mark"]
    if text[-1:] in _END_GLYPHS and len(text) > _END_MARKED and text[-2:-1] in '.!?"\u201d\u2019)':
        # a magazine's end mark glued to its last sentence ('... will not look like the last.■')
        line.text = text = text[:-1]
        line.found["marker"] = "end mark"
    if text[:1] == "[" and (bite := _KO_BITE.fullmatch(text)) is not None:
        line.text = text = bite["said"].strip()  # the words spoken, without the speaker's tag
        line.found["marker"] = bite["who"]
    if (
        (
            "fficial" in text
            or "how you know" in text
            or "HTTPS" in text
            or text == "How to identify"
            or "Website" in text
        )
        and _may_be_gov_banner(text)
        and _GOV_BANNER.search(text)
    ):
        line.decide(CHROME, "a government site's banner ('An official website of …')")
        return
    if ("artners" in text or "endors" in text or "rivacy" in text or "ookie" in text) and _CONSENT.fullmatch(
        text
    ):
        line.decide(CHROME, "a consent banner (the site's, on every page)")
        return
    if "raditional" in text and _LAND_ACKNOWLEDGEMENT.search(text):
        line.decide(CHROME, "a land acknowledgement (the site's, on every page)")
        return
    if "공공누리" in text and _KOGL.search(text):
        line.decide(CHROME, "the public-sector licence note (공공누리)")
        return
    if "게시된" in text and _KO_FREE_USE.match(text):
        line.decide(CHROME, "a site's note that its releases may be used freely ('본 누리집에 게시된 ...')")
        return
    if text[:1] in _CHAT_OPENERS and ":" in text[:40] and _CHAT_MESSAGE.match(text):
        line.decide(FORUM, CHAT_RULE)
        return
    if len(text) <= _CHATTER and text[-1:] in _CHATTER_ENDS and _KO_CHATTER.search(text):
        # '밤새 스밍 돌린 새벽별 여러분 최고 ><', '기사 떴어요!! ... 고생 많으셨어요ㅠㅠ': a poster's words
        # over the article they paste, their emoticon at the end; no headline or story ends so
        line.decide(FORUM, "a poster's own words (an emoticon ends them)")
        return
    if text[:1] in _CORRECTION_OPENERS and _CORRECTION_WORDS.search(text[:40]) and _CORRECTION.match(text):
        line.decide(NOTICE, "a correction notice (the paper's note on the article)", end=True)
        return
    if "files from" in text[:20] and _WITH_FILES.fullmatch(text):
        line.decide(NOTICE, "a wire's share in the story ('With files from ...')", end=True)
        return
    if (  # gate (speed) first
        text[:1] in "AaPp"
        and ("ppear" in text[:40] or "ublished in" in text[:15])
        and _PRINT_EDITION.fullmatch(text)
    ):
        line.decide(NOTICE, "a note on where the article ran in print", end=True)
        return
    if text[:1] in "Tt" and (credits := show_reporter(text)) is not None:
        line.decide(BYLINE, credits.rule, authors=credits.authors, end=True)
        return
    if len(text) > SHORT:
        _long_line(line, context)
        return
    if text[-5:] == "환영합니다" and _KO_WELCOME.fullmatch(text):
        line.decide(CHROME, "a site's welcome to its visitor ('... 누리집에 오신 것을 환영합니다')")
        return
    if ":" in text[:40] and "/" in text and _WIKI_PAGE_PATH.fullmatch(text):
        # 'Emberfall Wiki:News/Emberfall II delayed ...': the page's name in its wiki, the
        # title the page prints again below without its path
        line.decide(LABEL, "a wiki page's full name (its namespace and path)")
        return
    if text.rstrip() in ("--", "-- "):
        line.decide(CHROME, "signature delimiter", end=True)  # what follows is the poster's
        return
    if (
        len(text) >= _PROSE
        and _PROSE_START.match(text)
        and _TERMINAL_END.search(text[-3:])
        and not _LABEL_PREFIX.match(text)
        # (a bar of labels is no prose, though it end in a zone's parenthesis: 'By A in
        # Guangzhou | The Times | Publish time: 2025-12-16 09:12:37 (UTC+08:00)')
        and " | " not in text
    ):
        _prose_line(line, context)  # most lines of a story: only the rules prose can meet
        line.prose = not line.verdict
        return
    if (
        text[-7:] == "BYLINE:"
        and (reporter := SPEAKER.fullmatch(text)) is not None
        and reporter["role"] == "BYLINE"
        and " " in reporter["name"]
    ):
        # a radio transcript's turns are labelled by speaker and role: the reporter's is BYLINE
        name = title_case_name(reporter["name"])
        line.decide(BYLINE, "a transcript's reporter (the speaker labelled BYLINE)", authors=(name,))
        return
    if text[-1] == ":" and _time_label(line, text):  # (speed) only a line ending in a colon
        return  # (before the forum's rule: 'Update, 3.15pm:' is no poster's lead-in)
    if (
        text[-5:].lower() == "logo]"
        and not text[: (bracket := text.find("["))].strip("*\u2022- ")  # ('* [X logo]': a list's item)
        and (logo := _LOGO.fullmatch(text[bracket + 1 : -1])) is not None
    ):
        # '[Larimer County logo]': the logo's alt text in brackets
        line.decide(MASTHEAD, LOGO_RULE, logo=logo["name"])
        return
    if (
        text[-4:].lower() in ("logo", "page", "home")
        and (logo := _LOGO.fullmatch(text) or _LOGO_HOME.fullmatch(text)) is not None
        # 'The homepage': the logo was the rest of the name; 'Go to Homepage': a link's label
        and _NO_LOGO_NAME.fullmatch(logo["name"]) is None
    ):
        line.decide(MASTHEAD, LOGO_RULE, logo=logo["name"])  # no headline, whatever its words
        return
    if (
        len(text) <= 40
        and (text[:1].isupper() or text[-1:].isupper())  # gate (speed): the initials start or end it
        and (logo := _KO_BODY_LOGO.fullmatch(text)) is not None
    ):
        line.decide(MASTHEAD, LOGO_RULE, logo=logo["name"] or logo["first"])
        return
    for rule in _RULES:
        if rule(line, line.text, context):  # a rule may take a marker off the text
            return


# A site's welcome atop every page: '국방부 누리집에 오신 것을 환영합니다', '... 홈페이지 방문을 환영합니다'.
_KO_WELCOME = re.compile(
    r"[^.]{0,30}(?:누리집|홈페이지|사이트|웹사이트)(?:에\s*오신\s*것을|\s*방문을)\s*(?:진심으로\s*)?환영합니다"
)


# An office's opening hours under its address: 'Hours: Monday-Friday, 8:00 a.m. - 4:30 p.m.',
# 'Office hours: Mon-Fri 9am-5pm'.
_OPENING_HOURS = re.compile(
    r"(?:office\s+|opening\s+|business\s+)?hours\s*:\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*"
    r"(?:[-\u2013\u2014]|to|through)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d.{0,40}",
    re.I,
)


# A logo's alt text, which a copy keeps where the picture was: 'The Circuitry logo', 'The
# Manzanita Bee Logo', or the link's label it stands for, 'The Dial homepage'. Near the top
# it is the site's own name (`outlet.py`).
LOGO_RULE = "a logo's alt text (the site's name)"
_NO_LOGO_NAME = re.compile(r"the|(?:go|back|return)\s+to(?:\s+the)?", re.I)
_LOGO = re.compile(
    r"(?:go\s+to\s+)?(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[\w&'\u2019.-]+){0,4}?)\s+(?:logo|home\s?page)",
    re.I,
)
# ... or the link's label with a plain 'home' after the name, every word of it capitalized
# ('Pennant Qualifications home', 'GOV.UK home'); a headline's 'home' ('Sending aid home',
# 'Coming Home') has a word in lower case or a capital H.
_LOGO_HOME = re.compile(r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})\s+home")


# A Korean public body's logo at the top of its release: its initials in Latin and its
# name, either way round ('KICE 한국교육과정평가원', '한국고용정보원 KEIS').
_KO_BODY = r"[가-힣]{2,20}(?:원|부|처|청|공단|공사|재단|위원회|센터|연구소|협회|대학교)"
_KO_BODY_LOGO = re.compile(
    rf"[A-Z][A-Za-z&]{{1,7}}\s+(?P<name>{_KO_BODY})|(?P<first>{_KO_BODY})\s+[A-Z][A-Za-z&]{{1,7}}"
)


# A message of a chat's export (KakaoTalk, WhatsApp, Telegram), where a story is shared as
# a link or pasted: the sender and the time open each message ('[Name] [오후 3:05] …',
# '[Name] [3:05 PM] …', '4/2/25, 3:05 PM - Name: …', '[02.04.25, 15:05:41] Name: …',
# '2025. 4. 2. 오후 3:05, Name : …'). What the members write is theirs, not the story's;
# a live blog's time label ('[09:14] …') names no sender and stays the story's.
CHAT_RULE = "a chat message (its sender and time)"
_CHAT_OPENERS = frozenset("[0123456789")
_CHAT_TIME = r"(?:(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)"
_CHAT_MESSAGE = re.compile(
    rf"\[[^\[\]]{{1,20}}\]\s*\[{_CHAT_TIME}\]\s*\S"
    rf"|\[?\d{{1,4}}[./-]\s?\d{{1,2}}[./-]\s?\d{{1,4}}\.?,?\s+{_CHAT_TIME}(?:\]\s*|\s*[-,]\s+)"
    r"[^:\s\[\]|][^:\[\]|]{0,30}?\s?:\s"
)


# A paper's correction under the story, its heading alone ('[바로잡습니다]', 'Correction',
# '정정보도') or opening the note ('Correction: …', 'Clarification (March 4): …', 'An earlier
# version of this article gave …'): a note about the article, not the story.
_CORRECTION_OPENERS = frozenset("[(<CcAa바정")
_CORRECTION_WORDS = re.compile(r"orrect|ORRECT|larif|LARIF|version|바로잡|정정")  # gate (speed): one scan
_CORRECTION = re.compile(
    r"[\[(<]?\s*(?:바로잡습니다|정정\s*(?:보도|합니다|및\s*반론\s*보도)?|correction|clarification)\s*[\])>]?\s*[:.]?\s*$"
    r"|(?:correction|clarification)s?\s*(?:\([^()]{1,30}\))?\s*:\s+\S"
    r"|an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report|post)\b",
    re.I,
)


# A Canadian paper's note under the story on the agency copy it drew on: '— With files
# from Maple Press'. The agency wrote no part under its name; the story ends there.
_WITH_FILES = re.compile(r"[-\u2013\u2014]?\s*with\s+files\s+from\s+[^.]{2,80}\.?", re.I)


# A note on the article under the story: where it ran in print ('Appeared in the March 5,
# 2025, print edition as …', 'A version of this article appears in print on …, Section A,
# Page 1 …').
_PRINT_EDITION = re.compile(
    r"(?:a\s+version\s+of\s+this\s+(?:article|story)\s+)?(?:appear(?:s|ed)|published)\s+in\s+"
    r"(?:print\b|the\s+[^.]{0,40}?print\s+edition\b).{0,200}",
    re.I,
)


def _opening(line: Line, text: str) -> bool:
    """The outlet and reporter opening the lede ('[한빛일보 강서윤 기자] 본문', with the venue:
    '[스포츠누리=고척, 홍길동 기자] 본문') taken off it; the rest is text, still undecided."""
    venue = wire.venue_opener(text)
    if venue is not None:
        line.text = venue.rest
        line.found.update(authors=venue.authors, outlet=venue.wire, dateline=venue.place, opening=True)
        return True
    opening = opening_byline(text)
    if opening is None:
        return False
    line.text = opening.rest
    outlet, place = opening.outlet, ""
    where = _OUTLET_AND_PLACE.fullmatch(outlet)
    bracket = text[: len(text) - len(opening.rest)]
    if "=" in bracket and ("특파원" in bracket or PLACE_NAME.fullmatch(outlet)):
        # '[워싱턴=윤지호 특파원]', '[솔항=곽민우 기자]': a correspondent's city, a regional
        # reporter's town before the '=', not an outlet
        outlet, place = "", outlet
    elif where is not None and not _KO_OUTLET_SUFFIX.search(where["place"]):
        # '[스포츠누리 수원=홍길동 기자]': the outlet, then where the story was filed
        outlet, place = where["outlet"], where["place"]
    line.found.update(authors=opening.authors, outlet=outlet, opening=True)
    if place:
        line.found["dateline"] = place
    return True


# A town's name as a regional reporter writes it before the '=': two syllables ('수원',
# '솔항'), or three ending as places do ('해온시', '연화군', '동진항'); an outlet's name is
# longer or ends as outlets do ('연예누리', '한빛일보').
PLACE_NAME = re.compile(r"[가-힣]{2}|[가-힣]{2}[시군구도항읍면섬]")
# The outlet and the place a story was filed from, before a reporter's '=' ('스포츠누리 수원').
_OUTLET_AND_PLACE = re.compile(r"(?P<outlet>[가-힣A-Za-z0-9]{2,15})\s+(?P<place>[가-힣]{2,4})")
_KO_OUTLET_SUFFIX = re.compile(r"(?:일보|신문|뉴스|방송|경제|통신|TV|닷컴|미디어|저널)$")


def _long_line(line: Line, context: Context) -> None:
    if _opening(line, line.text):
        return
    if (
        _caption(line, line.text, context)
        or _self_reference(line, line.text)
        or _small_print(line, line.text, context)
    ):
        return
    if context.chrome.is_extra_chrome(line.text):
        line.decide(CHROME, "chrome pattern of config.yaml")
    elif _PROSE_START.match(line.text) and _TERMINAL_END.search(line.text[-3:]):
        line.prose = True


# The paper's offer of its digital edition, set between the paragraphs: 'Now you can read the
# Blue Mountain Observer ePaper anytime, anywhere. ...'
_EDITION_OFFER = re.compile(
    r"(?:now\s+)?(?:you\s+can\s+(?:now\s+)?)?(?:read|get|enjoy|access)\s+(?:the\s+|our\s+)?[^.]{0,60}?"
    r"\b(?:e-?paper|e-?edition|digital\s+edition|print\s+replica)\b",
    re.I,
)
_EDITION_PROMO = 300


# A byline that describes its writer in a sentence: 'By Nadia Farrell, a senior reviewer
# covering laptops, tablets and the right-to-repair fight.'
_BY_DESCRIBED = re.compile(r"By\s+[A-Z][^,]{2,40},\s+an?\s+[a-z]")


_MOTTO_LINES = 8  # source lines from the top where a site's motto stands


def _prose_line(line: Line, context: Context) -> None:
    """A sentence of some length that starts like prose: a paragraph, unless its credit
    makes it a caption, it speaks of the article itself, or it prompts the reader."""
    text = line.text
    if line.number <= _MOTTO_LINES and len(text) <= 160 and cues.is_motto(text):
        # 'Essential education reporting in Detroit, ...' under the masthead: the site's motto
        line.decide(MASTHEAD, "the publication's motto at the top of the page")
        return
    if "ublished" in text and _originally_published(line, text, context):
        return
    if _outlet_lines(line, text, context) or _caption(line, text, context) or _self_reference(line, text):
        return
    if len(text) <= 160 and (_promo(line, text, context) or _forum(line, text, context)):
        return
    if (
        ("aper" in text[:80] or "dition" in text[:80])  # gate (speed): the edition's word
        and len(text) <= _EDITION_PROMO
        and _EDITION_OFFER.match(text)
    ):
        line.decide(PROMO, "an offer of the paper's digital edition")
        return
    if _small_print(line, text, context):
        return
    if _GREETING.match(text) and len(text) <= 160 and not _greets_then_reports(text):
        line.decide(CHROME, "greeting")
    elif (
        _SIGNED.search(text[-24:])
        or (text[:3] == "By " and _BY_DESCRIBED.match(text))
        or "contributed to this" in text[:80]
        or " has no position in " in text[:80]
        or " is written by " in text[:80]
    ) and _byline(line, text, context):
        return
    elif len(text) <= 160 and context.chrome.is_chrome(text):
        line.decide(CHROME, "chrome pattern")
    elif context.chrome.is_extra_chrome(text):
        line.decide(CHROME, "chrome pattern of config.yaml")


# 'Was this page helpful?', 'Did you find what you were looking for?': a page's feedback
# question under its content.
_PAGE_FEEDBACK = re.compile(
    r"(?:was|is)\s+this\s+(?:page|information|article|content)\s+(?:helpful|useful)\??"
    r"|did\s+you\s+find\s+what\s+you\s+(?:were|are)\s+looking\s+for\??",
    re.I,
)
PAGE_FEEDBACK_RULE = "a page's question whether it helped (its content is over)"


# 'Never miss a tide! Follow Harbour News on Telegram for storm alerts. Tap to join!': a
# sentence that tells the reader to follow the site on a platform (an imperative, opening
# its sentence: a story reports that someone urged others to follow), in a short paragraph.
_FOLLOW_PROMPT = 250
_FOLLOW_ON_PLATFORM = re.compile(rf"follow\s+[^.!?]{{1,40}}\s+on\s+{_PLATFORM}\b.*", re.I)
# The exclamations around it ('Never miss a tide!', 'Tap to join!') and the address for
# tips ('Write to desk@harbour.example.').
_EXCLAIMED = 60
_SEND_TO = re.compile(r"(?:send|e-?mail|write|contact|reach)\b[^!?]{0,80}@[\w-]+(?:\.[\w-]+)+.*", re.I)


def _follow_prompt(text: str) -> bool:
    """Every sentence of the paragraph is the invitation, an exclamation around it or the
    address for tips (a story's sentence glued to one is cut off in zones.py, not taken
    with it)."""
    sentences = SENTENCE_BREAK.split(text)
    return any(_FOLLOW_ON_PLATFORM.fullmatch(sentence) for sentence in sentences) and all(
        _FOLLOW_ON_PLATFORM.fullmatch(sentence)
        or (len(sentence) <= _EXCLAIMED and sentence.endswith("!"))
        or ("@" in sentence and _SEND_TO.fullmatch(sentence))
        for sentence in sentences
    )


# A podcast's or a programme's credits under its notes: 'Today's show was edited by Mara
# Quill and engineered by Tobias Wren.' What follows (a transcript's excerpt, other
# episodes) is the page's.
_SHOW_CREDITS = re.compile(
    r"(?:this|today'?s)\s+(?:episode|show|podcast|programme|program)\s+(?:was|is)\s+"
    r"(?:produced|edited|mixed|engineered)\s+by\s+[A-Z]",
    re.I,
)
# A rights notice in the page's words, without the copyright's mark: 'All rights reserved.
# Nothing here may be copied or sent on without the written permission of Harbour News.'
# The site's small print closes the story.
_RIGHTS_NOTICE = re.compile(
    r"all\s+rights\s+reserved\b.*"
    r"|[^.]{0,80}\bmay\s+not\s+be\s+(?:reproduced|republished|copied|redistributed)\b[^.]{0,200}\bwithout\b"
    r"[^.]{0,40}\bpermission\b.*",
    re.I,
)


def _small_print(line: Line, text: str, context: Context) -> bool:
    """The page's small print in a paragraph of its own: a sponsor's message or an
    invitation to follow the site (between the sections), a rights notice in words or a
    show's credits (what follows those two is the footer's)."""
    if _SPONSORED.match(text):
        line.decide(PROMO, "sponsored promo")
        return True
    if len(text) <= _FOLLOW_PROMPT and "ollow" in text and _follow_prompt(text):
        line.decide(PROMO, "an invitation to follow the site on a platform (the paragraph's)")
        return True
    if ("ermission" in text or "eserved" in text or "ESERVED" in text) and _RIGHTS_NOTICE.fullmatch(text):
        line.decide(CHROME, "a rights notice (no reproduction without permission)", end=True)
        return True
    if " by " in text and _SHOW_CREDITS.match(text):
        line.decide(CHROME, "a show's credits (its notes end above them)", end=True)
        return True
    if text[:6].lower() == "unlock" and _UNLOCK_OFFER.match(text):
        line.decide(PROMO, "an offer to unlock the rest with a membership (a paywall's)")
        return True
    if " me " in text[:80] and _REVIEW_DISCLOSURE.match(text):
        line.decide(NOTICE, "a reviewer's disclosure (the maker lent or gave the product)", end=True)
        return True
    if "nformation" in text[:40] and _DISCLOSURE_DUTY.match(text):
        line.decide(CHROME, "a listed company's note that the law made it disclose the release", end=True)
        return True
    if (
        text.startswith("Published by ")
        and (paper := _PUBLISHED_BY.fullmatch(text))
        and PUBLICATION.search(paper["outlet"])
    ):
        line.decide(NOTICE, FIRST_APPEARED_RULE, end=True, outlet=paper["outlet"])
        return True
    return False


# A paywall's offer between the paragraphs: 'Unlock all 14 results with a Fairtest membership.'
_UNLOCK_OFFER = re.compile(
    r"unlock\s+(?:all|the\s+full|the\s+rest|every|more|our)\b[^.]{0,80}\b(?:membership|subscription|members?|subscribers?)\b.*",
    re.I,
)
# A reviewer's disclosure under the review: 'Folio sent me the Scribe to review and let me
# keep it.', 'The company lent me a review unit.'
_REVIEW_DISCLOSURE = re.compile(
    r"(?:[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3}|the\s+(?:company|maker|manufacturer|brand))\s+"
    r"(?:sent|lent|loaned|provided|gave)\s+me\s+(?:the|a|an|this|its)\s+[^.]{2,60}?"
    r"(?:\s+(?:to|for)\s+(?:review|test|testing|this\s+review)|\s+review\s+(?:unit|sample))\b.*",
    re.I,
)


# A listed company's release under the market-abuse rules ends with the law's note: 'This
# information is information that X AB is required to disclose under the EU Market Abuse
# Regulation. It was submitted for publication ... at 08:00 CET on 11 December 2025.'
_DISCLOSURE_DUTY = re.compile(
    r"(?:this\s+(?:information|disclosure)\s+is\s+(?:inside\s+)?information\s+(?:that|which)\s+"
    r"|the\s+information\s+(?:in\s+this\s+(?:press\s+)?release\s+)?(?:is\s+such\s+that|was\s+submitted))"
    r"[^.]{0,120}\b(?:required|obliged|obligated|submitted)\b",
    re.I,
)


# A platform's note on the paper that ran the article (an obituary's, on a notices site):
# 'Published by the Port Alder Gazette on Jan. 12, 2025.', or the days it ran ('from ... to ...').
_PUBLISHED_BY = re.compile(
    r"Published\s+by\s+(?:the\s+)?(?P<outlet>(?:The\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})\s+(?:from|on)\s+[A-Z0-9].{0,60}"
)


# 'Good morning, readers! The water board said ...': a letter's greeting glued to the lede.
# The line is the story's once the greeting is cut off (zones.py cuts it), not a greeting.
_AFTER_GREETING = re.compile(r"[^.!?]{0,40}[.!?]\s+(?P<rest>[A-Z\uac00-\ud7a3].{59,})")


def _greets_then_reports(text: str) -> bool:
    rest = _AFTER_GREETING.match(text)
    return rest is not None and not cues.addresses_reader(rest["rest"])


# A blog's feed item ends with the platform's note on where it ran: 'The post <headline>
# appeared first on <Site>.' (WordPress). The site is the outlet, and the story ends above.
_FEED_FOOTER = re.compile(
    r"[Tt]he\s+post\s+.{3,300}?\s+appeared\s+first\s+on\s+(?P<outlet>[A-Z0-9][\w&'\u2019. -]{1,60}?)\s*\.?"
)


# A repost's note on where the story came from, over it or under it: 'Republished with
# permission from The Ferrous Review, where it first appeared ...'. The source is the outlet.
# (An app's 'Shared from X' names the app the reader shared it from, not the story's home.)
REPUBLISHED_RULE = "a repost's note naming the outlet it was republished from"
_REPUBLISHED_FROM = re.compile(
    r"re(?:published|printed|posted)\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission\s+)?from\s+"
    r"(?P<outlet>(?:the\s+)?(?-i:[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,4}?))"
    r"(?=['\u2019]s\b|\s*[:,.;(]|\s+(?:on|and|where|with)\b|$)",
    re.I,
)


def _self_reference(line: Line, text: str) -> bool:
    if text[:2].lower() == "re" and (source := _REPUBLISHED_FROM.match(text)) is not None:
        line.decide(NOTICE, REPUBLISHED_RULE, outlet=source["outlet"])
        return True
    if "appeared first on" in text and (feed := _FEED_FOOTER.fullmatch(text.strip())) is not None:
        line.decide(NOTICE, FIRST_APPEARED_RULE, end=True, outlet=feed["outlet"])
        return True
    if text[:5].lower() in ("this ", "note:") and _NOT_THE_JUDGMENT.fullmatch(text):
        line.decide(NOTICE, "a court's note that its summary is not the judgment", end=True)
        return True
    if text[:3].lower() == "tha" and len(text) <= 260 and _THANKS_THEN_PROMPT.fullmatch(text):
        line.decide(PROMO, "a letter's thanks for reading and its prompt to sign up", end=True)
        return True
    if text[:3].lower() in ("you", "tha") and (reading := _READING.fullmatch(text)) is not None:
        line.decide(NOTICE, "a newsletter's sign-off naming itself", end=True, outlet=reading["outlet"])
        return True
    if ": " in text[:45] and text.count(",") >= 6 and _LINE_UP.match(text):
        line.decide(CHROME, "a team's line-up under the match report", end=True)
        return True
    if ("스크립트" in text or "텍스트" in text or "자막" in text) and _TRANSCRIPT_NOTE.fullmatch(text):
        line.decide(NOTICE, "a transcript's note that it may differ from what was said")
        return True
    if text[:5] in ("What ", "Who i", "Who a") and _GLOSSARY.fullmatch(text):
        line.decide(CHROME, "an explainer box defining a term ('What is a preprint? A preprint is ...')")
        return True
    if about_itself(text):
        home = (
            _FIRST_APPEARED.search(text) or _REPORT_BY.match(text)
            if "appeared" in text or "published" in text
            else None
        )
        if home is not None:
            line.decide(NOTICE, FIRST_APPEARED_RULE, end=True, outlet=home["outlet"])
            return True
        issue = _ISSUE_OF.search(text)
        line.decide(
            NOTICE, "a note about the article itself", end=True, outlet=issue["outlet"] if issue else ""
        )
        return True
    return False


# A syndicated article's note on its home: 'This story was originally published in The
# Port Alder Gazette.', 'This story first appeared in Harbour News's Opinion
# section.' A portal or a network that carries it prints it; the outlet is the home's.
FIRST_APPEARED_RULE = "a note naming where the article first appeared"
_FIRST_APPEARED = re.compile(
    r"\b(?:originally|first)\s+(?:appeared|published)\s+(?:on|in|by)\s+"
    r"(?P<outlet>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,4}?)(?=['\u2019]s\b|\s*[:,.;]|\s+(?:on|and|under|with)\b|$)"
    # (not the site's own letter: 'in The Circuit, our weekly newsletter')
    r"(?!,\s+our\b)"
)


# An agency's note on its story as a paper runs it: 'This report by The Confederation Press
# was first published Oct. 8, 2025.' The agency is the outlet.
_REPORT_BY = re.compile(
    r"(?i:this\s+(?:report|story|article)\s+by)\s+(?P<outlet>(?:The\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4}?)"
    r"\s+(?i:was\s+(?:first|originally)\s+published)\b"
)


# A social network's post card (LinkedIn-like): the poster's headline with the reader's
# degree of connection ('Head of X at Y · 2nd', '· Following'), and the post's age ('1d ·
# Edited', '3w ·'). The name above the card is the poster, the post's author.
_SOCIAL_CARD = re.compile(
    r"(?P<who>.{2,150}?)?\s*[·•]\s*(?:1st|2nd|3rd\+?|following|follow)"
    r"|\d{1,2}\s?(?:m|h|d|w|mo|y|yr|min|hr)s?\s*[·•]\s*(?:edited\b.*|\W{0,3})",
    re.I,
)
# The poster's own name on the card's line ('Marta Okonkwo • 3rd+', 'Marta Okonkwo · Follow'):
# two to four capitalized words, none of a title's small words ('Head of X at Y').
_POSTER = re.compile(r"[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}")


# A blog platform's line under the post: 'Posted by Marjorie Tolland at 9:42 PM'.
_POSTED_AT = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})\s+at\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
)


# A board's row of fields, the writer's and the day's: '작성자 : 운송영업팀    등록일 : 2025-11-24
# 09:12    조회 : 3,906', or between bars: '작성자 : 관리자 | 등록일 : 2025-12-03 16:40' (read as a
# stamp in a bar, not as a forum's poster).
_BOARD_FIELDS = re.compile(
    r"작성자\s*[:\uff1a]?.{1,30}?(?:\s{2,}|\s*\|\s*)(?:등록일|작성일|게시일)\s*[:\uff1a]?\s*\d{4}"
)


def _forum(line: Line, text: str, context: Context) -> bool:
    name = text[10:].strip() if text[:10].lower() == "posted by " else ""
    if name and "|" in name and read_stamp_line(text, context.dates) is not None:
        # 'Posted by Name, Role | 2 December 2025 | 13:40 GMT': a byline in a bar of stamps
        # (`_stamp` reads both), not a forum's poster
        return False
    if name and (at := _POSTED_AT.fullmatch(name)) is not None and not ROLE_WORDS.search(at["name"]):
        # 'Posted by Marjorie Tolland at 9:42 PM': a blog platform's footer of the post, its
        # writer; the comments and the blog's own boxes follow
        line.decide(
            BYLINE,
            "a blog's 'Posted by' the writer 'at' the time, under the post",
            authors=(at["name"],),
            end=True,
        )
        return True
    if name and _POSTER.fullmatch(name) and not ROLE_WORDS.search(name):
        # a blog's byline in its platform's words, the stamp on a line of its own: 'Posted
        # by Tolu Adeyemi' (a forum's poster goes by a handle: 'seagull_kim', 'u/name')
        line.decide(BYLINE, "a blog's 'Posted by' and the writer's name", authors=(name,))
        return True
    if (
        _FORUM.fullmatch(text)
        and not _POSTED_ON_DATE.match(text)
        and not (_BOARD_FIELDS.match(text) and "추천" not in text and "공감" not in text)
    ):
        # (a community's post counts its readers' votes, '추천 15': its writer is a poster)
        line.decide(FORUM, "forum post furniture (poster, reply title)")
        return True
    if ("·" in text or "•" in text) and (card := _SOCIAL_CARD.fullmatch(text)):  # gate (speed): the dot
        who = (card["who"] or "").strip()
        if _POSTER.fullmatch(who) and PUBLICATION.search(who) is None:
            line.decide(
                BYLINE, "a social post's poster beside the degree of connection", authors=(who,), social=True
            )
        else:
            line.decide(FORUM, "a social post's card (the poster's headline, the post's age)", social=True)
        return True
    if _LEAD_IN.fullmatch(text) or (
        text.endswith(_LEAD_IN_KO_ENDS) and not text.isascii() and _LEAD_IN_KO.search(text[-12:])
    ):
        intro = INTRO.fullmatch(text)  # 'Saw this in the Busan Tribune, pasting it:' names the outlet
        line.decide(FORUM, LEAD_IN, outlet=intro["outlet"] if intro else "")
        return True
    return False


# The desk's initials after the outlet in a source line ('Source: Straitsview/na(rk)'):
# the writer's and the editor's marks in lower case, not part of the outlet's name.
_DESK_INITIALS = re.compile(r"(?<=\w)/[a-z]{1,4}(?:\([a-z]{1,4}\))?(?:/[a-z]{1,4})*\s*$")


# The agencies a source line adds to the outlet ('Source: Harbour News and news agencies',
# '... and wire services'): the outlet is the name before them.
_AND_AGENCIES = re.compile(r"\s*(?:,|\band\b|&)\s*(?:news\s+)?(?:agencies|wire\s+services|wires)\s*$", re.I)


_SOURCE_WRITER = re.compile(
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}),\s*"
    r"(?i:contributor|correspondent|staff\s+writer|reporter|freelance\s+(?:writer|journalist))"
)


def _source(line: Line, text: str, context: Context) -> bool:
    match = _SOURCE.fullmatch(text)
    if match is None:
        return False
    rest = match["rest"]
    if "|" in rest and stamps_in_bar(text, context.dates) is not None:
        return False  # 'Source: Huaxia | 2025-01-06 18:32:17 (GMT+8) | Editor: ...': a bar of stamps
    if (writer := _SOURCE_WRITER.fullmatch(rest)) is not None and (names := split_names(writer["name"])):
        # 'Source: Kwabena Asante-Darko, Contributor': a portal's byline, a person and their role
        line.decide(BYLINE, "a writer and their role after 'Source:'", authors=names)
        return True
    url = _URL.search(rest) or _URL.search(line.link)
    name = _AND_AGENCIES.sub("", _DESK_INITIALS.sub("", _URL.sub("", rest))).strip(" -|·:")
    if name.endswith((".", "?", "!")) and len(name.split()) > 6:
        return False  # "Source: the ministry said the plan would ..." is prose
    # Under the story it closes the pasted text: what follows is the poster's or the thread's.
    line.decide(SOURCE, "source line", source_url=url.group() if url else line.link, outlet=name, end=True)
    return True


# A picture desk's caption: the scene in a sentence (a credit in parentheses may follow),
# then the day the picture was taken and the photographer's e-mail ('... 덮쳐 있다.
# (사진=바다소방서 제공) 2024.07.09. photo@x.example'). A story's paragraph never ends with
# a date and an address; the name before the '=' of its dateline shape is the photographer's.
_DATED_CAPTION = re.compile(
    rf".{{20,}}[.!?]\s+(?:[(\[][^()\[\]]{{2,60}}[)\]]\s*)?\d{{4}}[./-]\s?\d{{1,2}}[./-]\s?\d{{1,2}}\.?\s+{EMAIL}"
)


# The note under a story on when it first ran: 'This article was first published Feb 27,
# 2025 at 6:05 AM PST.' The time it gives is the story's published time, as a
# 'Published:' label's; the story ends above it.
# ('First published …' alone is a stamp's label, wherever the page prints it.)
_ORIGINALLY = re.compile(
    r"(?:(?P<note>(?:this|the)\s+(?:story|article|report)\s+was\s+(?:originally|first))|originally)\s+published\s+"
    r"(?:on\s+|at\s+)?(?P<when>[^\s].{6,70}?)\.?",
    re.I,
)


def _originally_published(line: Line, text: str, context: Context) -> bool:
    if len(text) > 120 or (match := _ORIGINALLY.fullmatch(text)) is None:
        return False
    found = read_stamp_line("Published " + match["when"], context.dates)
    if found is None or found.byline is not None or not any(s.when and s.has_time for s in found.stamps):
        return False
    line.decide(
        STAMP,
        "a note on when the story was first published (its time)",
        stamps=found.stamps,
        end=bool(match["note"]),
    )
    return True


# A Korean board's writer, maybe with the post, and no date: '작성 : 총괄예보관 윤서하'.
_KO_WRITTEN_BY_RULE = "a Korean board's writer under its label ('작성 : X')"
_KO_WRITTEN_BY = re.compile(
    r"작성(?:자)?\s*[:\uff1a]\s*(?:[가-힣]{2,10}\s+)?(?P<name>[가-힣]{2,4})(?<![팀과부실처국청원])"
)


# A community poster's emoticon ending their words: 'ㅠㅠ', 'ㅋㅋㅋ', '><', '^^'.
_KO_CHATTER = re.compile(r"(?:[ㅠㅜ]{2,}|[ㅋㅎ]{2,}|><|\^\^|;;)\s*$")
_CHATTER_ENDS = frozenset("ㅠㅜㅋㅎ<^;")
_CHATTER = 120  # characters: a remark, not a paragraph
# A wiki page's full name: the wiki's, a namespace, a slash, the page's title.
_WIKI_PAGE_PATH = re.compile(r"[A-Z][\w' ]{1,40}:[A-Z][\w]{1,30}/\S.{5,150}")
# A wiki editor's signature: the name, a link to their talk page, the time in UTC.
_WIKI_SIGNATURE = re.compile(
    r"[-\u2013\u2014~]*\s*(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})\s+"
    r"\(talk(?:\s*[|\u00b7]\s*contribs)?\)\s+(?P<time>\d{1,2}:\d{2},\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+\(UTC\))"
)
_WIKI_SIGNATURE_RULE = "a wiki editor's signature (the name, the talk page, the time)"


def _stamp(line: Line, text: str, context: Context) -> bool:
    if len(text) > 160:
        return False
    if text.rstrip(") ").endswith("기준") and len(text) <= 40 and _DIGIT.search(text):
        # '2025-12-04 17:00 기준': when a reading was taken (the air, a price), not when the
        # page was published
        line.decide(LABEL, "the time a reading is as of ('... 17:00 기준')")
        return True
    if text[:2] == "작성" and (written := _KO_WRITTEN_BY.fullmatch(text)) is not None:
        # '작성 : 총괄예보관 윤서하': who wrote it, under the label a stamp's date has beside it
        line.decide(BYLINE, _KO_WRITTEN_BY_RULE, authors=(written["name"],))
        return True
    if "datetime=" in text and (tagged := _TIME_TAG.search(text)) is not None:
        # '<time datetime="2025-06-12T05:00:00-04:00">June 12, ...</time>': a page's source
        # pasted as text gives the instant in the tag, with its offset
        try:
            when = dt.datetime.fromisoformat(tagged["when"].replace("Z", "+00:00"))
        except ValueError:
            when = None
        if when is not None and when.tzinfo is not None:
            field = "updated" if _MODIFIED.search(text) else "published"
            line.decide(STAMP, "an HTML time tag's instant", stamps=(Stamp(field, when, True, True, text),))
            return True
    if "(talk" in text and (signed := _WIKI_SIGNATURE.fullmatch(text)) is not None:
        stamped = read_stamp_line(signed["time"], context.dates)
        if stamped is not None:
            # '— Mira Castell (talk) 14:36, 11 December 2025 (UTC)': a wiki's news post signed
            line.decide(STAMP, _WIKI_SIGNATURE_RULE, stamps=stamped.stamps, authors=(signed["name"],))
            return True
    if "ublished" in text and _originally_published(line, text, context):
        return True
    if "@" in text[-60:] and _DATED_CAPTION.fullmatch(text):
        line.decide(CAPTION, "a caption with the day the picture was taken and the photographer's e-mail")
        return True
    if ":" not in text and "\uff1a" not in text and _DIGIT.search(text) is None:
        return False
    refused = context.dates.refused
    found = read_stamp_line(text, context.dates)
    rule = "time stamp"
    barred = "|" in text or "  " in text or " / " in text or (text[:3] == "By " and " - " in text)
    if found is None and barred:
        found = stamps_in_bar(text, context.dates)
        rule = "time stamp in a bar of labels"
    if found is None and "By:" in text and (parted := glued_parts(text)) != text:
        found = stamps_in_bar(parted, context.dates)  # the bar's parts run together on the page
        rule = "time stamp in a bar of labels"
    if context.dates.refused > refused:
        # a date only the slow parser reads, past the file's budget: the line is read as text
        if not context.slow_dates_spent:
            context.slow_dates_spent = True
            context.warnings.append((line.number, "", SLOW_DATES_SPENT))
        return False
    if found is None:
        return False
    authors = found.byline.authors if found.byline else None
    outlet = found.byline.outlet if found.byline else ""
    line.decide(
        STAMP,
        rule + (" and byline" if authors else "") + (" and outlet" if outlet else ""),
        stamps=found.stamps,
    )
    if authors is not None:
        line.found["authors"] = authors
    if outlet:
        line.found["outlet"] = outlet
    return True


# What a site adds to a copy of its text: 'Read more at The Savanna Standard: https://…'.
_READ_MORE_AT = re.compile(
    r"read\s+more\s+(?:at|on)\s*:?\s*(?P<name>[A-Z][^:]{1,58}?)\s*:\s*https?://\S+", re.I
)
READ_MORE_AT_RULE = "a copy's 'Read more at' line naming its site"
# An excerpt's pointer to the whole story on its home: 'Read the full article at The
# Wasatch Herald' (an aggregator's). The excerpt ends there; the home is the outlet.
_FULL_ARTICLE_AT = re.compile(
    r"read\s+the\s+(?:full|whole|complete|rest\s+of\s+the)\s+(?:article|story)\s+(?:at|on)\s+"
    r"(?P<name>(?-i:[A-Z][\w&'\u2019.-]*)(?:\s+(?-i:[A-Z][\w&'\u2019.-]*)){0,4})\s*(?:\u2192|>|\u203a)?",
    re.I,
)
FULL_ARTICLE_AT_RULE = "an excerpt's pointer to the whole story on its home"


# A forwarded newsletter's 'From: The Straits Ledger <briefing@…>': the sender's display
# name is the newsletter's, so the outlet (unless it is the name of the letter's author).
# Korean mail clients label it '보낸사람' or '발신자'.
_MAIL_FROM = re.compile(
    rf"(?:from|보낸\s*사람|발신자?)\s*:\s*\"?(?P<name>[^<>\"@]{{2,60}}?)\"?\s*<\s*{EMAIL}\s*>", re.I
)


# A body's press office sending its release: '새길총회 홍보실', 'Harbour Council Press Office'. The
# body is the outlet.
_PRESS_OFFICE = re.compile(
    r"\s+(?:홍보(?:실|팀|부|담당관실?)|언론홍보(?:팀|실)|대외협력(?:실|팀)|커뮤니케이션(?:팀|실)"
    r"|press\s+office|media\s+(?:relations|office|team)|communications(?:\s+(?:team|office))?)$",
    re.I,
)


# A newsletter platform's sender name, a writer and their letter: 'Ivy Castellan from
# Gridlock Weekly <gridlockweekly@inkpot.example>'.
_WRITER_FROM_LETTER = re.compile(
    rf"(?P<writer>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){{1,3}})\s+from\s+"
    rf"(?P<letter>[A-Z][^<>@]{{1,60}}?)\s*<\s*{EMAIL}\s*>"
)


# The marks of a copyright line in its first 30 characters, lowercased (one scan, not six).
_COPYRIGHT_MARK = re.compile(r"ⓒ|©|\(c\)|copyright|저작권|all rights reserved")
# A footer's link to the site's policy ('Copyright Notices', 'Copyright & Trademarks'):
# it names the policy, not the holder.
_COPYRIGHT_LINK = re.compile(
    r"copyright\s+(?:notices?|polic(?:y|ies)|information|info|statement|complaints?|(?:and|&)\s+\w+(?:\s+\w+)?)",
    re.I,
)
# The same links in a Korean footer ('저작권보호정책', '저작권 안내').
_KO_COPYRIGHT_LINK = re.compile(r"저작권\s*(?:보호\s*)?(?:정책|방침|안내|규정)")


# A footer row's cells: parted by bars, tabs or runs of spaces ('개인정보처리방침  저작권정책').
_FOOTER_CELLS = re.compile(r"\s*\|\s*|\s{2,}|\t")


def _policy_links(text: str) -> bool:
    """Whether every part of a footer's row that bears a copyright mark is a link to a
    policy ('Copyright Notice | Cookie Settings', '이용약관 | 저작권정책'): the row
    names the site's pages, not the holder, which its own line below gives."""
    # (a list's mark before the link: '* 저작권정책')
    cells = [cell.strip().lstrip("*\u2022\u00b7- ").strip() for cell in _FOOTER_CELLS.split(text)]
    marked = [cell for cell in cells if _COPYRIGHT_MARK.search(cell.lower())]
    # (the word alone, one link of a row of three or more: 'Accessibility  Copyright  Privacy')
    menu = len([cell for cell in cells if cell]) >= 3
    return bool(marked) and all(
        _COPYRIGHT_LINK.fullmatch(cell)
        or _KO_COPYRIGHT_LINK.fullmatch(cell)
        or (menu and cell.casefold() in ("copyright", "저작권"))
        for cell in marked
    )


_RIGHTS_LINE = 100  # characters of a copyright line without a mark, at most

# A paragraph's sentences with a copyright glued after them ('Work starts in May. © 2025
# X Ltd.'): the paragraph's, the copyright cut off its end with the publisher's small print.
_GLUED_RIGHTS = re.compile(r"(?:\S+\s+){3,}\S*[.!?]\s+(?:©|ⓒ|\(c\)|copyright\b)", re.I)


PHOTOGRAPHER_COPYRIGHT = "a picture's copyright credit (the photographer/the agency)"
# A picture's credit with the copyright mark: the photographer, a slash, the agency or the
# site ('© Amos Lekuton/FMR', '(c) Jane Roe / Harbor Wire'); no year, no rights reserved.
_PHOTOGRAPHER_SLASH = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:photo:?\s*)?[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}"
    r"\s*/\s*[\w&.' -]{2,40}",
    re.I,
)


def _outlet_lines(line: Line, text: str, context: Context) -> bool:
    if text[:5].lower().startswith(("from:", "보낸", "발신")) and (sender := _MAIL_FROM.fullmatch(text)):
        name = sender["name"].strip()
        office = _PRESS_OFFICE.search(name)
        line.decide(OUTLET, "a mail's sender", outlet=name[: office.start()] if office else name)
        return True
    if text[-1:] == ">" and " from " in text and (letter := _WRITER_FROM_LETTER.fullmatch(text)) is not None:
        # a web mail's sender line without its label: 'Ivy Castellan from Gridlock Weekly <…>'
        line.decide(OUTLET, "a mail's sender", outlet=letter["letter"].strip(), authors=(letter["writer"],))
        return True
    if text[:4].lower() == "read" and (more := _READ_MORE_AT.fullmatch(text)) is not None:
        line.decide(OUTLET, READ_MORE_AT_RULE, outlet=more["name"].strip(), end=True)
        return True
    full = _FULL_ARTICLE_AT.fullmatch(text) if text[:4].lower() == "read" and len(text) <= 90 else None
    if full is not None:
        line.decide(OUTLET, FULL_ARTICLE_AT_RULE, outlet=full["name"].strip(), end=True)
        return True
    low = text[:30].lower()
    if (
        (
            _COPYRIGHT_MARK.search(low)
            # a copyright line with no mark, its holder in capitals: 'THE X TIMES, LTD. ALL RIGHTS RESERVED.'
            or (len(text) <= _RIGHTS_LINE and text.isupper() and "ALL RIGHTS RESERVED" in text)
        )
        and not _GLUED_RIGHTS.match(text)
        and not _policy_links(text)
    ):
        if text.endswith("다.") and "저작권법" in text and "저작권자" not in text and not _MARK.search(text):
            # '이 누리집의 모든 콘텐츠는 저작권법의 보호를 받습니다.': the law, and no holder named
            line.decide(CHROME, "a note that the site's content is under copyright (no holder named)")
            return True
        if _PICTURES_NOTE.search(text):
            # '© Haneul Memory (illustration purposes only)': a picture's credit, not the page's
            line.decide(CAPTION, "a picture's copyright credit")
            return True
        if "/" in text and _PHOTOGRAPHER_SLASH.fullmatch(text):
            # '© Amos Lekuton/FMR' under a picture: its photographer and the agency, no page's end
            line.decide(CAPTION, PHOTOGRAPHER_COPYRIGHT)
            return True
        line.decide(OUTLET, "copyright line", outlet=copyright_outlet(text), end=True)
        return True
    if low.startswith("with ") and (match := _WITH.fullmatch(text)) is not None:
        line.decide(OUTLET, "'with the' outlet line", outlet=match["outlet"].strip(), end=True)
        return True
    return False


SOURCE_BOILERPLATE = "a press release's 'SOURCE Company' line"
# A press release's boilerplate after the story: the heading of the issuer's 'About
# Company' paragraph and a distributor's 'SOURCE Company, Inc.' line. Both end the story:
# what follows is the company's description, its web address and its media contacts.
RELEASE_BOILERPLATE = "a press release's boilerplate ('About Company', 'Notes to editors')"
_BOILERPLATE = re.compile(
    r"(?:About|ABOUT)\s+(?:the\s+)?[A-Z][\w&'.-]*(?:,?\s+(?:(?:of|for|and)\s+)?[A-Z][\w&'.()-]*){0,5}"
    r"(?:\s+\([A-Z][\w&.-]{1,10}\))?:?"  # (its initials after it: 'About the X Authority of Y (XAY)')
    r"|SOURCE\s+[A-Z][\w&'.-]*(?:,?\s+[A-Z][\w&'.()-]*){0,5}"
    # a release's notes under the story ('Notes to editors', 'NOTES FOR EDITORS:')
    r"|(?i:notes?\s+(?:to|for)\s+(?:editors?|readers)):?"
)
# A box under the story explaining its subject or its writer: 'About select committees',
# 'About the author', 'About this series' (a heading: no verb, at most four words). A site's
# menu has the same ('About the journal'), so it ends only a story under way (`zones`).
ABOUT_BOX_RULE = "a box's heading under the story ('About select committees')"
# A listed company's release ends where its boilerplate's headings start: 'Caution regarding
# forward-looking statements', 'Forward-Looking Statements', 'Conference call and webcast'.
RELEASE_SECTION_RULE = "a release's boilerplate heading (forward-looking statements, the results call)"
# 'Back to all notices', '← Back to News': a post's link back to the list it is one of, under
# the post ('Back to top' is not: it may stand between a long story's parts).
_BACK_TO_LIST = re.compile(
    r"(?:[\u2190<\u2039\u00ab]\s*)?back\s+to\s+(?!top\b)(?:all\s+|the\s+)?[\w&'\u2019-]+(?:\s+[\w&'\u2019-]+){0,4}",
    re.I,
)
BACK_TO_LIST_RULE = "a link back to the list the post is one of (the post is over)"
_RELEASE_SECTION = re.compile(
    r"(?:(?:caution(?:ary)?\s+(?:note\s+|statement\s+)?(?:regarding|about|on|concerning)\s+)?"
    r"forward[- ]looking\s+(?:statements|information)"
    r"|(?:(?:earnings|results|investor|analyst)\s+)?conference\s+call(?:\s+and\s+webcast)?"
    r"|webcast\s+and\s+conference\s+call"
    # a security vendor's research post closes with its products ('Protections and Mitigations')
    r"|protections?\s+and\s+mitigations?|indicators\s+of\s+compromise(?:\s+\(iocs?\))?"
    # an exchange's announcement signed off by its advisers ('Sponsor', 'Transfer secretaries')
    # and stamped by the exchange's service ('Produced by the WSX News Service (WNS)')
    r"|(?:joint\s+)?sponsors?|transfer\s+secretar(?:y|ies)|designated\s+advis[eo]r|nominated\s+advis[eo]r"
    r"|produced\s+by\s+(?:the\s+)?[A-Z][\w&.' -]{1,40}\s+(?:news|announcements?)\s+service"
    r"(?:\s+\([A-Z]{2,6}\))?"
    r"):?",
    re.I,
)
_ABOUT_BOX = re.compile(
    r"(?:About|ABOUT)\s+(?:(?:the|this|these|our)\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}:?"
)
# The writer's card under the story: 'Author Bio', 'About the Author', 'Author profile'.
_AUTHOR_BOX = re.compile(
    r"(?:About\s+the\s+Author|Author(?:'s|\u2019s)?\s+(?:[Bb]io|[Bb]iography|[Pp]rofile)):?"
)
# The Korean release's heading of the same paragraph: the company's name (or the word
# 'company') and '소개', maybe after a box mark ('■ 바다제약 소개', '[회사 소개]').
_KO_BOILERPLATE = re.compile(
    r"[■□◆◇●○▶▷\[<]?\s*(?:\(주\)|㈜)?\s*[가-힣A-Za-z0-9&.]{2,15}(?:\s*(?:회사|기업))?\s*소개\s*[\]>:]?"
)
_WRITTEN_BY = re.compile(
    r"(?:The\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,4}\s+is\s+written\s+by\s+"
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})(?:\s+(?:in|from)\s+[A-Z][\w .'-]{1,30})?\."
    r"(?:\s+[^.]{0,80}\.)?"
)
# A newsletter's heading over its list of other reads: 'Elsewhere', 'What I'm reading'.
_NEWSLETTER_LINKS = re.compile(
    r"(?:elsewhere(?:\s+(?:this\s+week|on\s+the\s+web))?|what\s+i(?:'|\u2019)?m\s+reading"
    r"|other\s+(?:good\s+)?reads|links\s+of\s+the\s+week|worth\s+your\s+time)\s*:?",
    re.I,
)
# A Korean listed company's heading over its caution on forward-looking statements:
# '미래예측정보에 관한 안내', '[예측정보에 대한 주의사항]'.
_KO_FORWARD_LOOKING = re.compile(
    r"[■□◆◇●○▶▷※\[<(]?\s*(?:미래\s*)?예측\s*정보\s*(?:에\s*(?:관한|대한)\s*)?"
    r"(?:안내|주의\s*사항|유의\s*사항|고지|면책\s*조항)?\s*[\]>):]?"
)
# The heading of a reference list under a science story or a study: the citations after
# it are no part of the story, which is over.
_REFERENCES = re.compile(
    r"(?:references|bibliography|works\s+cited|literature\s+cited|footnotes|endnotes|notes|참고\s*문헌|각주)\s*:?",
    re.I,
)


# A wire's name in capitals after a dash, alone: '-- SENA', '\u2014 KNA'.
WIRE_SIGN_OFF = "the wire's sign-off alone under the story"
_WIRE_SIGN_OFF = re.compile(r"(?:--|\u2013|\u2014)\s*(?P<wire>[A-Z]{2,8}(?:\s[A-Z]{2,8})?)")


def _wire(line: Line, text: str, context: Context) -> bool:
    # Gate (speed): an end mark is a few characters or says 끝.
    if (len(text) <= 6 or "끝" in text) and wire.END_MARK.fullmatch(text):
        line.decide(WIRE_TAG, "end mark", end=True)
        return True
    if (
        text[:1] in "-\u2013\u2014"
        and len(text) <= 30
        and (signed := _WIRE_SIGN_OFF.fullmatch(text)) is not None
    ):
        # '-- SENA' alone under the last paragraph: the wire signs its story off
        line.decide(WIRE_TAG, WIRE_SIGN_OFF, end=True, outlet=signed["wire"])
        return True
    # Gate (speed): the first letter and the length before the pattern.
    if text[:1] in "ASNn" and len(text) <= 60 and _BOILERPLATE.fullmatch(text):
        if text.startswith("SOURCE"):
            # the distributor's 'SOURCE' names the issuer, the release's outlet
            line.decide(CHROME, SOURCE_BOILERPLATE, end=True, outlet=copyright_outlet(text[6:]))
        else:
            line.decide(CHROME, RELEASE_BOILERPLATE, end=True)
        return True
    if text[:1] == "A" and len(text) <= 40 and (_ABOUT_BOX.fullmatch(text) or _AUTHOR_BOX.fullmatch(text)):
        line.decide(CHROME, ABOUT_BOX_RULE, end=True, end_under_story=True)
        return True
    if text[:1] in "CcFfEeRrIiAaWwSsJjDdPpTt" and len(text) <= 70 and _RELEASE_SECTION.fullmatch(text):
        line.decide(CHROME, RELEASE_SECTION_RULE, end=True, end_under_story=True)
        return True
    if len(text) <= 50 and text[:1] in "Bb\u2190<\u2039\u00ab" and _BACK_TO_LIST.fullmatch(text):
        line.decide(CHROME, BACK_TO_LIST_RULE, end=True, end_under_story=True)
        return True
    if len(text) <= 30 and text[:1] in "EeWwOoLl" and _NEWSLETTER_LINKS.fullmatch(text):
        # a newsletter's list of other reads under its letter ('Elsewhere'): the letter is over
        line.decide(CHROME, "a newsletter's heading over its other reads", end=True, end_under_story=True)
        return True
    if len(text) <= 25 and "예측" in text and _KO_FORWARD_LOOKING.fullmatch(text):
        # (no menu has this heading, and a Korean paragraph is often too short to count as
        # the story under way: it ends the story wherever it stands)
        line.decide(CHROME, RELEASE_SECTION_RULE, end=True)
        return True
    if len(text) <= 25 and "소개" in text and _KO_BOILERPLATE.fullmatch(text):
        line.decide(CHROME, RELEASE_BOILERPLATE, end=True)
        return True
    if len(text) <= 25 and _REFERENCES.fullmatch(text):
        line.decide(CHROME, "a reference list's heading (the citations end the story)", end=True)
        return True
    if wire.is_note(text):
        line.decide(WIRE_TAG, "wire tag or editors' note")
        return True
    return False


# A company's blog on a platform: the nickname over the stamp is the blog's name when its
# staff are credited under the post (zones.py).
STAFF_BLOG_RULE = "a company blog's name over the stamp, its staff credited under the post"
# A release service's page: the issuer's name in capitals over the stamp (zones.py).
ISSUER_OVER_STAMP_RULE = "the issuer over the stamp of a release a service carries"
# A picture's credit in brackets alone on its line: '[사진=X]', '[이미지출처=X DB]'.
PHOTO_CREDIT_RULE = "photo credit"
# A transcript's speaker with the time into the recording: 'Tess Mulcahy  0:21', 'BILL 12:04'.
SPEAKER_AT_RULE = "a transcript's speaker and the time into the recording"
_SPEAKER_AT = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,3}\s+\d{1,2}:\d{2}(?::\d{2})?")


def _marker(line: Line, text: str, context: Context) -> bool:
    if len(text) <= 50 and text[-3:-2] == ":" and _SPEAKER_AT.fullmatch(text):
        line.decide(TRANSCRIPT, SPEAKER_AT_RULE)
        return True
    if text[:1] in "[◀" and _LABEL_ALONE.fullmatch(text) and not _bracketed_byline(text):
        if _CREDIT_BRACKETS.fullmatch(text) or _CAPTION_PREFIX.fullmatch(text):
            line.decide(CAPTION, PHOTO_CREDIT_RULE)
        else:
            line.decide(TRANSCRIPT, "bracketed label alone (transcript marker)")
        return True
    if text[:1] in "[◀" and not _CAPTION_PREFIX.match(text) and opening_byline(text) is None:
        marker = _MARKER_PREFIX.match(text)
        if marker is not None and not _CREDIT_BRACKETS.fullmatch(text) and not wire.series_part(text):
            line.text = text[marker.end() :]
            line.found["marker"] = text[: marker.end()].strip()
    return False


def _bracketed_byline(text: str) -> bool:
    """'[김하늘 기자]' alone: a byline in brackets, not a transcript marker."""
    found = parse_byline(text) if ("기자" in text or "특파원" in text) else None
    return found is not None and bool(found.authors)


# A feed reader's line over the item: its parts set apart by slashes, dots or bars, one
# of them the item's age ('5h', '2 days ago', 'yesterday'), one the writer ('by Mara
# Quill'), the rest the feed's or site's name ('Port Alder Gazette - Harbour').
_ITEM_PARTS = re.compile(r"\s+[/\u00b7\u2022|]\s+")
_ITEM_AGE = re.compile(
    r"\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr)|\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago"
    r"|just\s+now|yesterday|\d{1,3}(?:\s*[\u2013-]\s*\d{1,3})?\s?(?:min|mins|minutes?)(?:\s+read)?",
    re.I,
)
_ITEM_PART_WORDS = 8


def _item_line(line: Line, text: str) -> bool:
    if len(text) > 140 or ("by " not in text and "By " not in text):
        return False  # gate (speed): the writer's part
    if not any(mark in text for mark in (" / ", " \u00b7 ", " \u2022 ", " | ")):
        return False
    parts = [part.strip() for part in _ITEM_PARTS.split(text) if part.strip()]
    if len(parts) < 3 or not any(_ITEM_AGE.fullmatch(part) for part in parts):
        return False
    others = [part for part in parts if not _ITEM_AGE.fullmatch(part)]
    if any(len(part.split()) > _ITEM_PART_WORDS for part in others):
        return False
    by = [part for part in others if part[:3].lower() == "by "]
    if len(by) != 1:
        return False
    found = parse_byline(by[0])
    if found is None or not found.authors or len(found.authors) > 3:
        return False
    line.decide(BYLINE, "a feed reader's item line (feed, writer, age)", authors=found.authors)
    return True


def _byline(line: Line, text: str, context: Context) -> bool:
    if " is written by " in text and (written := _WRITTEN_BY.fullmatch(text)) is not None:
        # a newsletter's note on itself under the letter: 'The Northern Stack is written by
        # Mireille Dufresne-Okafor in Ottawa. It goes out on Wednesdays.'
        line.decide(
            BYLINE, "a newsletter's writer, in its note on itself", authors=(written["name"],), end=True
        )
        return True
    if _opening(line, text):
        return False  # the rest of the line is text, still undecided
    if _item_line(line, text):
        return True
    found = parse_byline(text) or signoff(text) or (more_by(text) if "by" in text or "from" in text else None)
    if found is None:
        return False
    ends = found.rule in (
        "sign-off",
        "wire credits",
        ADDITIONAL_REPORTING,
        PROFILE_CARD,
        MORE_BY,  # the writer's other articles, listed under it
        DISCLOSURE,
    )  # what follows them is the site's, not the story's
    line.decide(BYLINE, found.rule, authors=found.authors, outlet=found.outlet, end=ends)
    return True


# '3/12  Crowds fill the square ...': a gallery's counter (this picture of how many) over its
# caption. A story's paragraph does not open with a fraction ('24/7 lines', '3/4 of ...'
# with one space is read as text): the counter is at most its total and set apart.
_GALLERY_COUNTER = re.compile(r"(?P<n>\d{1,2})\s*/\s*(?P<of>\d{1,2})(?:\s{2,}|\t|\s*[|\u00b7]\s*)(?=\S)")
GALLERY_COUNTER = "a gallery's counter (this picture of how many)"
# A gallery's counter on a line of its own, over its caption ('사진 2 / 12', 'Photo 3 of 8',
# '4/12'): `furniture.gallery_captions` takes the line under it, by this rule.
_COUNTER_ALONE = re.compile(
    r"(?:(?:사진|포토|이미지|photo|image|picture|slide)\s*)?(?P<n>\d{1,2})\s*(?:/|of)\s*(?P<of>\d{1,2})",
    re.I,
)
# '... on a January evening. © Lee Min-ji / Harbor Weekly': a picture's credit, a person or
# an agency after the copyright sign; a glued copyright notice has a year or 'Ltd.'
_CREDIT_COPYRIGHT = re.compile(
    r"[.!?]['\"\u201d\u2019]?\s+[\u00a9\u24d2]\s*(?!\d{4}\b)(?![^.]*\b(?:ltd|inc|llc|plc|all\s+rights)\b)[^.]{2,60}$",
    re.I,
)
# '리허설 중인 배우. 사진=홍길동(월간무대)': a picture's credit after the caption's words.
_CREDIT_KO_EQ = re.compile(r"(?:[.!?]|다\.|[가-힣A-Za-z0-9)])\s*(?:사진|촬영|그래픽)\s*=\s*[^=.]{2,40}$")
# An HTML time tag left in the text, its instant with an offset in the 'datetime' attribute.
_TIME_TAG = re.compile(
    r"<time\b[^>]*\bdatetime=[\"'](?P<when>\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2}))[\"']"
)
_MODIFIED = re.compile(r"\b(?:updated|modified|dateModified)\b", re.I)
# A caption is one sentence of moderate length (as `zones`).
_CAPTION = 250
# A caption and its photo credit in parentheses with the story's next paragraph glued on
# after the ')'.
_CAPTION_GLUED = re.compile(
    r"(?P<caption>[^()]{20,250}?[.!?]?\s*\((?:[^()]{0,30}\s)?(?:photo|image|picture|file\s+photo)s?"
    r"(?:\s+by|\s*:)\s+[^()]{2,60}\))(?=[A-Z\u201c\"][^()]{40,})",
    re.I,
)
# A caption without its full stop over the story, its credit one name in parentheses:
# "Quillbridge co-founders ... at the company's office last year (Quillbridge)".
_CREDIT_PARENS_NAME = re.compile(r"[a-z]\s+\((?-i:[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2})\)$")
_CAPTION_WORDS_LEAST = 8
# A caption's note that its picture is not of the story: '사진은 기사 내용과 직접 관련 없음.',
# '(Representative image)', '(Image for illustrative purposes only)'.
_NOT_OF_THE_STORY = re.compile(
    r"사진은\s*(?:기사\s*)?(?:내용|본문)?과\s*(?:직접(?:적인)?\s*)?(?:관련\s*(?:이\s*)?없(?:음|습니다)|무관(?:함|합니다)?)\.?$"
    r"|\((?:representative|file|illustrative)\s+(?:image|photo|picture)(?:\s+only)?\)\.?$"
    r"|\((?:image|photo|picture)s?\s+(?:used\s+)?(?:is\s+)?for\s+(?:representational|illustrative|representation)"
    r"\s+purposes?(?:\s+only)?\)\.?$",
    re.I,
)
# Gate (speed): a word each alternative needs, in the lower-cased tail.
_NOT_OF_THE_STORY_WORDS = ("관련", "무관", "represent", "file ", "illustrat")


def _counts(counter: re.Match[str]) -> bool:
    return 1 <= int(counter["n"]) <= int(counter["of"])


# A wire's credit in capitals after the last sentence: '... the hub. (KNA)'; the sentence
# reports (a caption with its agency's credit, '... on Saturday. (EPA)', does not).
_WIRE_CREDIT_AFTER = re.compile(r"(?<=[.!?\"\u201d])\s+\((?P<wire>[A-Z]{2,6})\)$")
_SAID = re.compile(r"\b(?:said|says|told|announced|according\s+to)\b")


def _credit_in_parentheses(tail: str) -> bool:
    """A caption's credits in parentheses after its sentence, or one photographer's and
    agency's after a caption without its full stop."""
    credits = _CREDIT_PARENS.search(tail) if ")" in tail else None
    if credits is not None and all(
        _CREDIT_WORDS.fullmatch(credit.strip()) and not credit.strip().isdigit()
        for credit in re.findall(r"\(([^()]*)\)", credits["credits"])
    ):
        return True
    return tail[-1:] == ")" and "/" in tail and _CREDIT_PARENS_BARE.search(tail) is not None


def _photo_credit(tail: str) -> bool:
    """'... Photo: Jane Roe' (no full stop after a credit), or a credit written as a sentence
    ('... Photography by Jane Roe for the Monthly.')."""
    if tail[-1:] != ".":
        return _CREDIT_PHOTO.search(tail) is not None
    if ":" in tail and _CREDIT_PHOTO_STOPPED.search(tail) is not None:
        return True  # '... campsite. Photo: Kenji Lau/Lantern Post.', '... Park. File photo: Lantern Post.'
    return " for " in tail and _CREDIT_PHOTO_FOR.search(tail) is not None


def _caption(line: Line, text: str, context: Context) -> bool:
    tail = text[-120:]
    rule = ""
    if ")" in text[:300] and (glued := _CAPTION_GLUED.match(text)) is not None:
        # '... on Thursday. (Express Photo by A Name)Officials in ...': a caption and its
        # credit with the next paragraph run on after them (a picture's box lost its lines)
        line.text = text[glued.end("caption") :]
        line.found["caption_off"] = glued["caption"]
        return False
    # Gates (speed): a credit in parentheses has its ')', one after a slash its '/', a
    # marked caption opens with '['. The patterns try every position of the tail; most
    # lines that reach here are prose and have none of them (tests/test_reader_gates.py).
    if tail[-1:] == ")" and (signed := _WIRE_CREDIT_AFTER.search(tail)) and _SAID.search(text):
        # '... for the hub, she said. (KNA)': the wire's credit after the story's last
        # sentence, which reports; a caption describes a picture
        line.text = text[: len(text) - len(tail) + signed.start()].rstrip()
        line.found["outlet"] = signed["wire"]
        line.found["wire_credit"] = True
        return False
    if _credit_in_parentheses(tail):
        rule = "caption with a credit in parentheses"
    elif (
        len(text) <= _CAPTION
        and cues.has_any(tail.lower(), _NOT_OF_THE_STORY_WORDS)
        and _NOT_OF_THE_STORY.search(tail)
    ):
        rule = "a caption's note that the picture is not of the story"
    elif (
        tail[-1:] == ")"
        and len(text) <= _CAPTION
        and len(text.split()) >= _CAPTION_WORDS_LEAST
        and _CREDIT_PARENS_NAME.search(tail)
        and not _SAID.search(text)
    ):
        rule = "caption without its full stop, its credit a name in parentheses"
    elif len(text) <= 16 and (counter := _COUNTER_ALONE.fullmatch(text)) and _counts(counter):
        rule = GALLERY_COUNTER
    elif "/" in tail and (_CREDIT_SLASH.search(tail) or _CREDIT_ORG_NAME.search(tail)):
        rule = "caption with a credit after a slash"
    elif _photo_credit(tail):
        rule = "caption with a photo credit"
    elif (
        "]" in tail[-2:]  # gate (speed): a credit in brackets ends the line with its ']'
        and _CREDIT_BRACKETS.search(tail)
        and (text.startswith("[") or re.search(r"[.!?다]['\"\u201d]?\s*\[", tail))
    ):
        rule = "caption with a credit in brackets"
    elif text[:1] in "[(" and _CAPTION_PREFIX.match(text):
        rule = "caption marked as a photo or graphic"
    elif tail.endswith(")") and _CREDIT_LABELLED.search(tail):
        rule = "caption with a labelled credit in parentheses"
    elif text[:1] in "FfCcGgTt그표도" and _FIGURE.match(text):
        rule = FIGURE_CAPTION_RULE
    elif text[:1] in "Ss" and _SOURCES_LINE.fullmatch(text):
        rule = "the source under a chart or table ('Source(s): ...')"
    elif (
        (text[:1].isdigit() or text.startswith("지난"))
        and text.count("다.") == 1
        and _KO_SCENE.fullmatch(text)
    ):
        rule = "caption describing a photo's scene"
    elif (
        text.rstrip(".").endswith(_SCENE_NOUNS)
        and len(text) <= _CAPTION
        and "다." not in text
        and _KO_SCENE_NOUN.fullmatch(text)
    ):
        rule = "caption naming a photo's scene ('... 모습.')"
    elif " shows " in text and _SHOWS.fullmatch(text):
        rule = "a photo's caption saying what it shows"
    elif " in this " in text and len(text) <= _CAPTION and _IN_THIS_PHOTO.search(text[-80:]):
        rule = "a photo's caption saying it is in this photo"
    elif "ource" in tail and len(text) <= _CAPTION and _CHART_SOURCE.fullmatch(text):
        rule = "a chart's title with its years and its source"
    elif "=" in tail and _CREDIT_KO_EQ.search(tail):
        rule = "caption with a photographer's credit ('사진=')"
    elif text[:1].isdigit() and (counter := _GALLERY_COUNTER.match(text)) and _counts(counter):
        rule = "a gallery's caption under its counter"
    elif ("\u00a9" in tail or "\u24d2" in tail) and _CREDIT_COPYRIGHT.search(tail) and len(text) <= _CAPTION:
        rule = "caption with a photographer's copyright"
    if rule:
        line.decide(CAPTION, rule)
        return True
    return False


# A science story's reference to the paper it reports, after the story: 'Reference: Quill,
# M. et al. "Title." Journal (2025).', 'Study: ... doi:10.1038/...'.
_CITATION = re.compile(
    r"(?:journal\s+)?(?:references?|citations?|the\s+study|study|the\s+paper|paper)\s*:\s+"
    r"(?=.*(?:\bet\s+al\b|\bdoi\b|\b10\.\d{4,}/|\(\d{4}\)|\bvol\.|\bjournal\b))",
    re.I,
)


# A writer's profile card after the story, on a blogging or newsletter platform: 'Written
# by X', then '4.7K Followers' (with '· Writer for Y' or '· 12 Following'), a bio, a
# Follow button. The count marks the card; the story has ended above it.
FOLLOWERS = re.compile(
    r"[\d.,]+\s*[KkMm]?\s+(?:followers|subscribers)\b(?:\s*[\u00b7\u2022|,]\s*.{1,80})?", re.I
)


# A team's line-up under a match report: 'Carnock Thistle: Ross, Lennie, Shearer, McPhee, Gow,
# Duffy (Baird 70), ...', each player a capitalized name, a substitute in parentheses.
_PLAYER = r"[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)?(?:\s\([A-Z][\w'.-]+\s\d{1,3}'?\))?"
_LINE_UP = re.compile(rf"[A-Z][\w .'&-]{{2,40}}:\s+(?:{_PLAYER},\s+){{6,}}{_PLAYER}\.?")


# A video's or a broadcast's script saying it may differ from what was said: '스크립트는 영상
# 내용을 읽기 쉽게 다듬은 것으로, 실제 발언과 표현이 일부 다를 수 있습니다.'
_TRANSCRIPT_NOTE = re.compile(
    r"[^.]{0,30}(?:스크립트|텍스트|자막|대본)[^.]{0,80}(?:다를|차이가\s*있을)\s*수\s*있[^.]{0,60}\.?"
)


# A box explaining a term between the paragraphs: its question, then the term defined.
_GLOSSARY = re.compile(
    r"(?:What|Who)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<term>[\w' -]{2,40}?)\?\s+"
    r"(?:An?\s+|The\s+)?(?i:(?P=term))s?\s+(?:is|are|was|were|refers?)\b.*"
)


def _chrome(line: Line, text: str, context: Context) -> bool:
    if (
        ("ollowers" in text or "ubscribers" in text)  # gate (speed): the count's word
        and len(text) <= 100
        and FOLLOWERS.fullmatch(text)
    ):
        line.decide(CHROME, "a writer's profile card (the follower count) after the story", end=True)
        return True
    if ":" in text[:20] and _CITATION.match(text):
        line.decide(CHROME, "a study's citation (the paper the story reports)")
        return True
    if " by " in text and (makers := words_and_pictures(text)) is not None:
        # a picture story's credits, which the chrome patterns would take for a photo credit
        line.decide(BYLINE, makers.rule, authors=makers.authors)
        return True
    if context.chrome.starts_block(text):
        line.decide(CHROME, "heading of a related-stories list", block=True)
        return True
    if len(text) <= 60 and _PAGE_FEEDBACK.fullmatch(text):
        # A public body's page asks under its content whether it helped: the page is over
        # (what follows is its commitment to the reader, its acknowledgement, its footer)
        line.decide(CHROME, PAGE_FEEDBACK_RULE, end=True, end_under_story=True)
        return True
    if context.chrome.is_chrome(text):
        line.decide(CHROME, "chrome pattern")
        return True
    return False


# A news app's share sheet, pasted with the story: 'Saw this and thought of you, read it
# in the Port Alder Gazette app', 'Shared from the Port Alder Gazette app on iOS',
# 'Download the Port Alder Gazette app: https://…'. The app is the outlet's: it names it.
APP_SHARE_RULE = "an app's share note (the outlet's app)"
_APP_NAME = r"(?-i:(?P<outlet>[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w&'\u2019.-]*){0,4}))"
_APP_SHARE = re.compile(
    rf"(?:.{{0,40}}?\b(?:found|read|saw|spotted)\b.{{0,30}}?\bin|shared\s+from|get|download)"
    rf"\s+(?:the\s+)?{_APP_NAME}\s+app\b.{{0,60}}",
    re.I,
)


# The readers' comment a page shows under the story, by its writer: 'Top comment by
# gridnerd_tx', 'Featured comment', 'Most liked comment by A'.
_TOP_COMMENT = re.compile(
    r"(?:top|featured|best|most\s+liked|pinned)\s+comments?(?:\s+by\s+\S.{0,30})?", re.I
)
_FTC_RULE = "an affiliate disclosure under the story ('FTC: ...')"
_TOP_COMMENT_RULE = "a comment shown under the story ('Top comment by X')"


def _on_a_messaging_app(text: str) -> bool:
    """'X is now on WhatsApp. Follow ...', 'Get X alerts on Telegram. Tap ...': the site asks
    to be followed on a messaging app."""
    if " now on " in text and _NOW_ON.fullmatch(text):
        return True
    # gate (speed): the first word, or the second after an emoji, is the command's verb
    commands = any(word.lower() in _GET_ON_VERBS for word in text.split(None, 2)[:2])
    return commands and " on " in text and _GET_ON.fullmatch(text) is not None


def _promo(line: Line, text: str, context: Context) -> bool:
    if " app" in text and len(text) <= 160 and (share := _APP_SHARE.fullmatch(text)) is not None:
        line.decide(PROMO, APP_SHARE_RULE, outlet=share["outlet"])
        return True
    if text[-1:] in _CHEVRONS:
        text = _CHEVRON.sub("", text) or text
    words = text.split()
    rule = ""
    if _SPONSORED.match(text):
        rule = "sponsored promo"
    elif text[:4] == "FTC:" and len(text) <= 200:
        # 'FTC: We use income earning auto affiliate links. More.': a review site's disclosure
        # under the story, which the law asks for; the story is over
        line.decide(CHROME, _FTC_RULE, end=True, end_under_story=True)
        return True
    elif len(text) <= 60 and text[:1] in "TtFfBbMmPp" and _TOP_COMMENT.fullmatch(text):
        line.decide(FORUM, _TOP_COMMENT_RULE, end=True, end_under_story=True)
        return True
    elif ("free" in text or "ubscri" in text) and all(  # gate (speed): words of the pattern
        METERED.fullmatch(sentence) for sentence in SENTENCE_BREAK.split(text)
    ):
        rule = "a metered paywall's count and offer"
    elif len(text) <= 200 and "apply" in text and _TERMS_APPLY.search(text):
        rule = "an advertisement (its terms apply)"
    elif len(text) <= 240 and any(word in text for word in _NARRATION_WORDS) and _NARRATION.fullmatch(text):
        rule = "the audio version's credit (a narrated article)"
    elif len(words) <= 12 and _OPEN_APP.fullmatch(text):
        rule = OPEN_APP_RULE
    elif len(text) <= 200 and _on_a_messaging_app(text):
        rule = "prompt to follow the site on a messaging platform"
    elif (
        len(text) <= 200
        and text[:4].lower() in ("your", "we w", "we h", "we u", "we p")
        and _DATA_NOTE.fullmatch(text)
    ):
        rule = "a sign-up form's note on the reader's data"
    elif len(text) <= 40 and "ead" in text and _READ_TIME.fullmatch(text):
        rule = "the page's reading time"
    elif len(text) <= 40 and "oading" in text and _PLAYER_LOADING.fullmatch(text):
        rule = "a video player's placeholder"
    elif len(text) <= 120 and any(word in text for word in _ERROR_WORDS) and _ERROR_REPORT.fullmatch(text):
        rule = "a prompt to report an error in the article"
    elif len(text) <= 160 and text[:5].lower() in ("poll:", "poll ", "quick") and _POLL.match(text):
        rule = "a reader poll's question"
    elif (len(text) <= 160 and _PROMO.fullmatch(text) and _PROMO_OBJECT.search(text)) or (
        len(text) <= 160 and (_PROMO_QUESTION.fullmatch(text) or _PROMO_TAIL.search(text))
    ):
        rule = "prompt to subscribe, download or try"
    elif (len(words) <= 5 and _UI_SHORT.fullmatch(text) and not text.endswith(".")) or (
        len(text) <= 30 and _KO_UI.fullmatch(text)
    ):
        rule = UI_LABEL
    elif len(text) <= 40 and not text.endswith("다.") and _KO_PROMPT.fullmatch(text):
        rule = "prompt to subscribe or send tips"
    elif (
        len(text) <= 60
        and ("니다" in text or "니까" in text or "세요" in text)
        and _KO_SITE_TALK.fullmatch(text)
    ):
        rule = "the site's words to its visitor (a board's greeting, a survey)"
    if not rule:
        return False
    read_at = _READ_AT.search(text)
    line.decide(PROMO, rule, outlet=read_at["outlet"].strip() if read_at else "")
    return True


def _navigation(line: Line, text: str, context: Context) -> bool:
    if text.startswith(">"):
        return False
    if text in _THANKS_ALONE:
        # a notice's 'Thank you.' alone under its last paragraph: the notice is over
        line.decide(CHROME, "a notice's thanks alone under it ('감사합니다.')", end=True)
        return True
    if len(text) <= 90 and text[:1] in _PREV_NEXT_STARTS and _PREV_NEXT.fullmatch(text):
        # a board's links to the posts before and after this one: the post is over
        line.decide(NAVIGATION, "a board's link to the previous or next post", end=True)
        return True
    if len(text) <= 60 and text.lower().endswith(_HOME_ENDS) and (home := _HOME_LINK.fullmatch(text)):
        line.decide(NAVIGATION, "link to the site's front page", site=home["name"].strip())
        return True
    if text[-1:] in ")]" and _FILE_LINK.search(text[-30:]):
        return False  # ('Download Press Release (PDF | 412.6 KB)': a file's link, its bar the size's)
    for separator, rule, least in _MENUS if _may_be_menu(text) else ():
        parts = [part for part in separator.split(text) if part.strip()]
        if len(parts) >= least and all(_is_menu_item(part) for part in parts):
            line.decide(NAVIGATION, rule, items=tuple(part.strip() for part in parts))
            return True
        if (
            len(parts) >= max(least, 3)
            and _HOME_CRUMB.fullmatch(parts[0].strip())
            and all(_is_menu_item(part) for part in parts[1:-1])
            and len(parts[-1]) <= 150
            and parts[-1].rstrip()[-1:] not in ".!?"
        ):
            # 'Home / About us / News / On-screen trial to reach 120 schools': a trail from
            # the front page that ends in the page's own title, however long
            line.decide(NAVIGATION, CRUMBS_TO_TITLE, items=tuple(part.strip() for part in parts[:-1]))
            return True
    if "|" in text and (bar := _TOPIC_BAR.fullmatch(text)) is not None:
        topics = [part for part in bar["topics"].split("|") if part.strip()]
        if len(topics) >= _TOPIC_BAR_LEAST and all(_is_topic(part.strip()) for part in topics):
            line.decide(NAVIGATION, "a labelled bar of topics ('Trending: A | B | C')")
            return True
    if len(text.split()) <= 7 and _NAME_TWICE.fullmatch(text):  # gate (speed): 2 to 7 words
        line.decide(NAVIGATION, "links naming the site twice")
        return True
    if len(text) <= 80 and _TOOLBAR.fullmatch(text):
        line.decide(CHROME, "a toolbar's labels run together (share, print, text size)")
        return True
    if _SKIP_LINK.match(text):
        line.decide(NAVIGATION, "a skip link and the menu after it")
        return True
    if _ALERT.match(text):
        line.decide(CHROME, "an alert banner (a label with a colon, then the alert)")
        return True
    if _BROWSE.fullmatch(text):
        line.decide(NAVIGATION, "browsing link (more stories in categories)")
        return True
    parts = _SPACED.split(text)
    if len(parts) >= 2 and all(_is_ui_label(part) for part in parts):
        line.decide(CHROME, "buttons or links set apart by spaces")
        return True
    if "[" in text and _BUTTONS.fullmatch(text):  # gate (speed): buttons in brackets
        line.decide(CHROME, "buttons in brackets")
        return True
    words = text.lower().split()
    if 2 <= len(words) <= 8 and all(word in _SHARE_WORDS for word in words):
        line.decide(CHROME, "share buttons")
        return True
    return False


CRUMBS_TO_TITLE = "breadcrumbs from the front page to the page's own title"
_HOME_CRUMB = re.compile(r"home(?:\s*page)?|홈|홈으로|처음으로", re.I)


# How menus and breadcrumbs separate their items, and how many items make one: arrows
# and bars, and (three items or more, as a sentence never is) runs of spaces, a spaced
# middle dot or slash ('Home / DevOps / Infrastructure', 'Share on X  Email  Print').
_MENUS = (
    (_CRUMBS, "breadcrumbs", 2),
    (re.compile(r"\s*\|\s*"), "menu", 2),
    (re.compile(r"\s{2,}|\s+[\u00b7\u2022/]\s+|\s*\u2630\s*"), "menu", 3),
)


# A board's links to its neighbouring posts: '이전글', '다음글 국방부 장관의 ...', '윗글', 'Previous post'.
_PREV_NEXT = re.compile(
    r"(?:이전\s?글|다음\s?글|윗\s?글|아랫\s?글|이전\s?기사|다음\s?기사)(?:\s*[:\uff1a|]?\s+\S.*)?"
    r"|(?i:previous|next)\s+(?i:post|article|story)(?:\s*[:|]\s*\S.*)?"
)
_PREV_NEXT_STARTS = frozenset("이다윗아PpNn")
_THANKS_ALONE = frozenset(("감사합니다.", "감사합니다", "고맙습니다.", "감사드립니다."))


# A bar of topics under its label: 'Trending: Monsoon Letters trailer | Weekend box office |
# Top 10 OTT this week'. Three topics at least: a headline has one bar at most.
_TOPIC_BAR = re.compile(r"[A-Z][\w' ]{2,20}:\s+(?P<topics>[^|]+(?:\|[^|]+){2,})")
_TOPIC_BAR_LEAST = 3


def _is_topic(part: str) -> bool:
    """A topic of a bar: a few words, no sentence ('Top 10 OTT this week')."""
    return 0 < len(part) <= 40 and len(part.split()) <= 6 and part[-1] not in ".!?"


# The marks the separators of _MENUS split at, besides runs of spaces.
_MENU_MARKS = ">\u00bb\u203a\u3009\u2192|\u00b7\u2022/\u2630"
_MENU_MARK = re.compile(f"[{re.escape(_MENU_MARKS)}]")  # any of them, in one scan of the line


def _may_be_menu(text: str) -> bool:
    """Gate (speed): words set apart by single spaces, without a mark of _MENU_MARKS, split
    into one part whatever the separator, so the splits are not tried (most lines that reach
    `_navigation` are headlines; tests/test_reader_gates.py checks the marks)."""
    return " ".join(text.split()) != text or _MENU_MARK.search(text) is not None


def _is_ui_label(part: str) -> bool:
    words = part.split()
    return (len(words) <= 5 and _UI_SHORT.fullmatch(part) is not None and not part.endswith(".")) or (
        len(part) <= 30 and _KO_UI.fullmatch(part) is not None
    )


def _is_menu_item(part: str) -> bool:
    part = part.strip()
    return (
        0 < len(part) <= 30
        and len(part.split()) <= 4
        and (not part.endswith((".", "다.")) or _ABBREVIATION.fullmatch(part) is not None)
    )


# A table's column heading cut short ('Pct.', 'Avg.', 'No.'): one short word, no sentence.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")


# A story's sentence first ('… 설명했다. 본 보도자료에 관한 문의는 …(044-200-1234)…'): the
# paragraph is the story's, the contact glued to it is cut off its end with the small print.
_STORY_THEN = re.compile(r"[^.!?]{10,}다\.\s+\S")


# A column service's box of the facts it comments on, under the column: 'CONTEXT NEWS'.
BOX_AFTER_RULE = "a box's heading in capitals after the column ('CONTEXT NEWS')"
_BOX_AFTER = re.compile(r"CONTEXT\s+NEWS|FACTBOX|KEY\s+FACTS")
# A business paper's line under the story: 'Write to Dana Whitcombe at dana@x.example'.
_WRITE_TO = re.compile(rf"write\s+to\s+[^@]{{2,120}}?\s+at\s+{EMAIL}(?:\s*(?:,|and)\s*.{{0,120}})?\.?", re.I)
# The article's tags under it: 'Tags / Keywords: Ferries, Kestrel Island', 'Topics: …', '태그: …'.
_TAGS_LINE = re.compile(
    r"(?:tags?|keywords?|topics?|태그|키워드)(?:\s*/\s*(?:tags?|keywords?|topics?))?\s*[:\uff1a]\s*\S", re.I
)


def _furniture(line: Line, text: str, context: Context) -> bool:
    words = text.split()
    rule, verdict, ends = "", CONTACT, False
    if _COUNTER.fullmatch(text):
        rule, verdict = "counter", FORUM
    elif 2 <= len(words) <= 4 and all(word.lower() in _FORUM_BUTTONS for word in words):
        rule, verdict = "forum buttons", FORUM
    elif _TAGS_LINE.match(text):
        rule, verdict, ends = "the article's tags (the story is over)", CHROME, True
    elif len(text) <= 20 and text.isupper() and _BOX_AFTER.fullmatch(text):
        rule, verdict, ends = BOX_AFTER_RULE, CHROME, True
    elif text[:5].lower() == "write" and "@" in text and _WRITE_TO.fullmatch(text):
        rule, ends = "the writer's address under the story ('Write to A at a@x')", True
    elif len(text) <= 120 and _attachments(text, str(line.found.get("marker", ""))):
        rule, ends = "a release's list of attachments ('붙임 1. X 1부.'): the release is over", True
    elif len(text) <= 160 and _ATTACHED_FILE.fullmatch(text):
        rule = "an attached file's name ('... 예시.pdf', 'report.docx (1.2 MB)')"
    elif len(text) <= 200 and text[-1:] in ")]" and _FILE_LINK.search(text[-30:]):
        rule = "a link to a file, with its kind and size ('Download the decision (PDF, 412 KB)')"
    elif _CONTACT.fullmatch(text) and (
        ":" in text[:30] or "\uff1a" in text[:30] or len(words) == 1 or _FILE_NAME.search(text)
    ):
        # ('첨부파일 X_20251125.pdf (842KB)': the attachment's label and its file, no colon)
        rule = "contact, attachment or label line"
        # a Korean release's list of attachments under its text ('붙임' / '1. X 1부.'): the end
        ends = text in ("붙임", "첨부")
    elif (
        len(text) <= 140
        and ("+" in text or ("-" in text and "0" in text))
        and _PHONE.search(text)
        and not _STORY_THEN.match(text)
        # (a Korean story's own sentence that gives a number to call: '... 제설상황실(02-351-7740)이나
        # ... 알리면 된다.')
        and not (len(text) >= 60 and text.endswith("다."))
    ):
        rule = "contact line (a phone number)"
    elif len(text) <= 160 and "," in text and _DIGIT.search(text) and _POSTAL_CODE.search(text):
        rule = "a postal address"
    elif len(text) <= 80 and text[:1] in "HhO" and _OPENING_HOURS.fullmatch(text):
        rule = "an office's opening hours ('Hours: Monday-Friday, 8:00 a.m. - 4:30 p.m.')"
    elif len(words) <= 8 and text[:1].isupper() and _QUOTE_CARD.fullmatch(text):
        rule, verdict = "a stock quote's card (ticker and company)", CHROME
    elif len(words) <= 7 and text.isupper() and _COMPANY_CAPS.fullmatch(text):
        rule, verdict = "a quote table's company, in capitals with its legal form", CHROME
    elif len(words) <= 3 and _PAYWALL.fullmatch(text):
        rule, verdict = "paywall label (names no outlet)", CHROME
    elif len(words) <= 3 and _RUBRIC.fullmatch(text):
        rule, verdict = "rubric (the page's genre: names no outlet)", CHROME
    elif len(words) <= 3 and _STATUS.fullmatch(text):
        rule, verdict = STATUS_LABEL, CHROME
    elif text.startswith("※"):
        rule = "reference note"
    elif text.startswith("#") and _HASHTAGS.fullmatch(text):
        rule, verdict = "hashtags", CHROME
    elif _GREETING.fullmatch(text) and len(text) <= 160:
        rule, verdict = "greeting", CHROME
    elif _self_reference(line, text):
        return True
    elif "\t" in text and _table_row(text):
        rule, verdict = TABLE_ROW_RULE, CHROME
    elif not any(c.isalnum() for c in text) or len(text) <= 2:
        rule, verdict = "symbols or a single character", CHROME
    if rule:
        line.decide(verdict, rule, end=ends)
        if rule == BOX_AFTER_RULE:
            line.found["final"] = True  # the box's facts below report too: the column does not resume
        return True
    return False


TABLE_ROW_RULE = "a table's row (short cells parted by tabs: a recall's companies, a filing's terms)"
_TABLE_CELLS = (2, 6)
_CELL_WORDS = 8
_CELL_CHARS = 60


def _table_row(text: str) -> bool:
    """A row copied from a table: two to six cells parted by tabs, each a few words (a
    recall's companies, a filing's terms). A paragraph is not cut by tabs, and a board's
    title field (its label '제목', then a tab) is the headline's, read where the headline is."""
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    return (
        _TABLE_CELLS[0] <= len(cells) <= _TABLE_CELLS[1]
        and not text.startswith("제목")
        and all(len(cell) <= _CELL_CHARS and len(cell.split()) <= _CELL_WORDS for cell in cells)
    )


# A developing story's time labels over its updates: 'Update, 3.15pm:', 'Updated 10:40 AM
# ET:', 'Original story:'. They say when a part was written; the story's text is below them.
_TIME_LABEL = re.compile(
    r"(?:update[ds]?|earlier|original\s+(?:story|report|article)|previously)"
    r"(?:,?\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*:",
    re.I,
)
_TIME_LABEL_CHARS = 40


# A label over what an update added at the story's end: 'Updated at 11:20 UTC on November
# 11 to add:'. The paragraph under it is the story's; the time is the update's (`fields.py`).
_UPDATED_TO_ADD = re.compile(
    r"updated?\s+(?:at\s+)?(?P<clock>\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)\s+on\s+"
    r"(?P<day>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:st|nd|rd|th)?)"
    r"\s+to\s+(?:add|include|clarify|correct|reflect)\b[^:]{0,40}:",
    re.I,
)
_UPDATED_TO_ADD_CHARS = 100


def _time_label(line: Line, text: str) -> bool:
    if len(text) <= _UPDATED_TO_ADD_CHARS and (added := _UPDATED_TO_ADD.fullmatch(text)) is not None:
        line.decide(LABEL, "an update's label over what it added", update_at=(added["day"], added["clock"]))
        return True
    if len(text) > _TIME_LABEL_CHARS or _TIME_LABEL.fullmatch(text) is None:
        return False
    line.decide(LABEL, "a developing story's time label over an update")
    return True


# A court's page: the case's name ('Karimov v Minister for Justice, Ireland and the Attorney
# General', 'R v Hale', 'Re Tallis Holdings Ltd'), a party being the state, a public office
# or a company, as a case is named; a match's 'Australia v England' names neither.
_CASE_NAME = re.compile(
    r"(?:[A-Z][\w'\u2019.&-]*(?:\s+[\w'\u2019.&(),-]+){0,8}\s+v\.?\s+|(?:Re|In\s+re)\s+)"
    r"(?=[^.]*\b(?:Minister|Attorney|State|Commission(?:er)?|Council|Republic|Ltd|Limited|Inc|Pty|LLC|plc|"
    r"Director|Secretary|Authority|Board|Crown|King|Queen|People|DPP|Government|Union|Bank|Holdings|Registrar)\b)"
    r"[A-Z][^.!?]{1,120}"
)
# The bench under a judgment's summary: 'Composition of Court: Fennessy J., Keogh J., ...'.
_BENCH = re.compile(
    r"(?:composition\s+of\s+(?:the\s+)?court|coram|bench|panel|before)\s*:\s*"
    r"(?:[^,;:]{2,40}?\s(?:J|JJ|CJ|P|JA|ACJ)\.?(?:,|;|\s+and)?\s*){2,}",
    re.I,
)
# A court's note that its summary is not the judgment: 'This information note is not part
# of the Court's judgment. ... The judgment is the only authoritative document.'
_NOT_THE_JUDGMENT = re.compile(
    r"(?:note:\s*)?this\s+(?:information\s+note|(?:press\s+)?summary|note)\s+(?:is\s+not\s+part\s+of|"
    r"does\s+not\s+form\s+(?:any\s+)?part\s+of|is\s+provided\s+to\s+assist)\b.{0,400}",
    re.I,
)


CASE_NAME_RULE = "a case's name on a court's page ('A v Minister for B')"


def _court_page(line: Line, text: str, context: Context) -> bool:
    if " v" in text and len(text) <= 160 and text[-1:] != "." and _CASE_NAME.fullmatch(text):
        line.decide(LABEL, CASE_NAME_RULE)
        return True
    if ":" in text[:30] and len(text) <= 300 and _BENCH.fullmatch(text):
        line.decide(CHROME, "the bench under a judgment's summary ('Composition of Court: A J., B J.')")
        return True
    return False


_RULES = (
    _forum,
    _source,
    _stamp,
    _outlet_lines,
    _wire,
    _marker,
    _byline,
    _caption,
    _chrome,
    _promo,
    _small_print,  # (after the prompts: 'Follow X on ...' alone names the outlet there)
    _navigation,
    _court_page,
    _furniture,
)


STATUS_LABEL = "status label (live, breaking: names no outlet)"
# (decided by zones.py, read by outlet.py: the ministry a government bureau's release is for)
ISSUING_OFFICE_RULE = "the issuing office's name over a release's headline"
# (decided by zones.py, read by outlet.py: the site's name after the headline in the tab's title)
TAB_TITLE_RULE = "a tab's title: the headline, a bar and the site's name"
# (decided by zones.py, read by outlet.py: the host of the story a link aggregator's thread is on)
SUBMITTED_TITLE_RULE = "a link aggregator's title of the story, with the story's host"
SLOW_DATES_SPENT = (
    "more time stamps in formats only the slow date parser reads than a file of this length may have; "
    "the rest are read as text"
)
UI_LABEL = "user-interface label"
OPEN_APP_RULE = "prompt to open the app"


def is_prompt(sentence: str) -> bool:
    """A sentence that prompts the reader to subscribe, download or try ('Download The
    Ledgerline App to get Daily Market Updates'): what `_promo` takes as a whole line."""
    return (
        len(sentence) <= 160
        and _PROMO.fullmatch(sentence) is not None
        and _PROMO_OBJECT.search(sentence) is not None
    )


def is_label(text: str) -> bool:
    """A paywall, status or rubric label ('Premium', 'LIVE', 'Opinion'): names no outlet."""
    return len(text.split()) <= 3 and any(p.fullmatch(text) for p in (_PAYWALL, _STATUS, _RUBRIC))


def is_bullet(text: str) -> bool:
    return _BULLET.match(text) is not None


# A dateline set on a line of its own, in capitals, right above the lede: 'TOKYO', 'NEW
# DELHI', 'SAN JOSE, Calif.'.
_PLACE_ALONE = re.compile(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}(?:, [A-Z][a-z]{1,5}\.?)?")


def place_above(lines: list[Line], first: Line) -> str:
    """The place in capitals alone on the line right above the story's first paragraph (no
    blank line between), or a place with its day ('Chandigarh, November 4') there or over a
    blank line: where the story was filed, set apart from its lede."""
    at = next((index for index, line in enumerate(lines) if line is first), 0)
    above = lines[at - 1] if at else None
    if above is not None and not above.text and at >= 2:
        # 'Chandigarh, November 4' over a blank line: a place with the day is a dateline
        # wherever it stands, however the header's rules read it
        dated = lines[at - 2]
        return dated.text if _PLACE_AND_DAY.fullmatch(dated.text) and dated.verdict != BODY else ""
    # (read as a sub-head or not read at all: a section's label or a prompt in capitals is no place)
    if (
        above is None
        or above.verdict not in ("", TEASER, MASTHEAD)
        or not (
            _PLACE_AND_DAY.fullmatch(above.text)
            # (a place alone read as the header's label under a picture's caption and credit:
            # the story's own lines start below it)
            or (
                _PLACE_ALONE.fullmatch(above.text)
                and (above.verdict != MASTHEAD or _under_a_picture(lines, at - 1))
            )
        )
    ):
        return ""
    return above.text if len(above.text) <= _PLACE_CHARS else ""


_PLACE_CHARS = 30


def _under_a_picture(lines: list[Line], at: int) -> bool:
    """Whether the nearest line with text above the line at `at` is a picture's caption or credit."""
    above = text_above(lines, at)
    return above is not None and (above.verdict == CAPTION or _CREDIT_ALONE.fullmatch(above.text) is not None)


# A picture's credit on its own line: 'Image: HARBOR WIRE', 'Photo by Jane Roe'.
_CREDIT_ALONE = re.compile(r"(?:photo|image|picture|credit)s?\s*(?::|by)\s+\S.{0,60}", re.I)


# 'Chandigarh, November 4', 'New Delhi, Nov. 4': a dateline's place and day on their own line.
_PLACE_AND_DAY = re.compile(
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}"
)


# A site's section named alone, as a menu names it: 'News', 'Local News', 'Business'.
SECTION_NAME = re.compile(
    r"(?:(?:local|world|latest|top|breaking|national|city)\s+)?(?:news|sports?|home|opinion|business|politics|local"
    r"|world|latest|weather|entertainment|lifestyle|features|culture|video|podcasts?|obituaries|events|community"
    r"|education|health|science|tech(?:nology)?|money|markets|crime|courts?|stories)",
    re.I,
)
