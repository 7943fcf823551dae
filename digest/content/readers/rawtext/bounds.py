"""Where the story's paragraphs stop being the story's: the page's small print and data
boxes at its end, and the boxes a page sets between its paragraphs.

`zones.py` decides the body from the page's structure; what is left in it here is shaped
like prose but is the site's: a publisher's legal and funding notes ('X is not a registered
financial services provider.', 'This story was produced in partnership with Y.', 'X is part
of the Y Network, ...'), a newsletter's consent ('By signing up you agree ...'), a donation
appeal, a science story's reference list (authors' initials, title, journal and year), a
match report's line-ups ('TEAM: A Name; B Name, C Name; ...'), and a sponsor's or a
newsletter's box between paragraphs (a pitch set among a box's prompts and labels).
"""

from __future__ import annotations

import re

from digest.content.readers.rawtext import cues, relevance
from digest.content.readers.rawtext.bylines import PHOTOGRAPHER_CREDIT
from digest.content.readers.rawtext.lines import is_prompt
from digest.content.readers.rawtext.source import (
    BLANK,
    BODY,
    CAPTION,
    CHROME,
    FOOTER,
    LABEL,
    NAVIGATION,
    PROMO,
    STAMP,
    TEASER,
    Line,
    text_above,
)

# The site's small print, in sentences no report is made of. Each is anchored on the small
# print's own words, so a story that reports a firm's licence or a charity's network is no
# small print ('The regulator said the firm was not a registered provider' has no subject
# of its own that is the page).
_SMALL_PRINT = re.compile(
    # advice disclaimed: 'X is not a registered financial services provider.', 'Nothing in
    # this article constitutes investment advice.'
    r"(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,4})\s+is\s+not\s+an?\s+(?:registered|licensed|authori[sz]ed)\s+"
    r"(?:financial|investment)(?:\s+services)?\s+(?:provider|adviser|advisor|firm|broker)\b[^.]{0,80}\.?"
    r"|nothing\s+(?:in|on)\s+(?:this|the|our)\s+[^.]{0,40}?\b(?:constitutes|is|should\s+be\s+(?:taken|construed)\s+as)\s+"
    r"(?:a\s+)?(?:financial|investment|legal|tax)\s+(?:advice|recommendation)\b[^.]{0,60}\.?"
    # a story's partners and funders: 'This story was produced in partnership with Y.', 'X
    # is part of the Y Network, a nonprofit ...', 'X retains editorial independence.'
    r"|(?:this|the)\s+(?:story|article|report|project|series|investigation)\s+(?:was|is)\s+"
    r"(?:produced|published|reported|co-published|done)\s+(?:in\s+partnership|in\s+collaboration|jointly)\s+with\b.*"
    r"|(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,4})\s+is\s+(?:a\s+)?(?:part|member)\s+of\s+"
    r"(?:the\s+)?[^.]{2,60}?\bnetwork\b.*"
    r"|(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,4})\s+retains?\s+(?:full\s+)?editorial\s+"
    r"(?:independence|control)\b[^.]{0,60}\.?"
    # a market page's data notes: 'Quotes displayed in real-time or delayed by at least 15
    # minutes.', 'Market data provided by X.', 'Powered and implemented by Y.', 'Legal Statement.'
    r"|quotes\s+(?:are\s+)?(?:displayed\s+)?(?:in\s+)?real[- ]time\s+or\s+delayed\b[^.]{0,60}\.?"
    r"|(?:[\w&]+\s+){0,5}data\s+(?:is\s+)?(?:provided|powered|supplied)\s+by\b[^.]{1,60}\.?"
    r"|powered\s+and\s+implemented\s+by\b[^.]{1,60}\.?"
    r"|legal\s+statement\.?"
    # a reporter's call for sources: 'Do you work at a data center in Arizona? We want to hear
    # from you.', 'Contact Jane Roe at jane@x.example or on Signal at 520-555-0117.'
    r"|(?:do|did)\s+you\s+(?:work|live|have\s+(?:worked|lived))\s+(?:at|in|for|near|with)\b[^.?]{0,120}\?"
    r"|we\s+(?:want|would\s+like|['\u2019]d\s+like)\s+to\s+hear\s+from\s+you\b[^.]{0,60}[.!]?"
    r"|contact\s+(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s+at\s+\S+@\S+?[^.@]{0,80}\.?"
    # a newsletter's sponsor and sign-off: 'Presented by X: ... Try it free for 30 days.',
    # 'That's all for this week.', 'Hit reply and tell us ...', 'See you next Thursday.'
    r"|presented\s+by\s+(?-i:[A-Z])[^.:]{1,60}:[^.]{0,120}\.?"
    r"|try\s+(?:it|us)\s+(?:free\s+)?for\s+\d+\s+days[.!]?"
    r"|that['\u2019]s\s+(?:all|it)\s+for\s+(?:this\s+week|today|now|this\s+issue)[.!]?"
    r"|hit\s+reply\b[^.]{0,100}[.!]?"
    r"|see\s+you\s+(?:next\s+\w+|tomorrow|on\s+\w+|then|soon)[.!]?"
    # a newsletter's note on the issue: 'This week: why the chip boom ...', 'About a six-minute read.'
    r"|(?:this\s+week|today|in\s+this\s+(?:issue|edition))\s*:\s+(?-i:[a-z])[^.]{10,200}\.?"
    r"|about\s+an?\s+[\w-]+\s+read\.?"
    # an investing site's pitch and disclosure: 'Should you invest $1,000 in X right now?',
    # 'Before you buy stock in X, consider this: ...', 'A has no position in any of the stocks
    # mentioned.', 'The Otter has positions in and recommends X.', '... has a disclosure policy.'
    r"|should\s+you\s+(?:invest|buy)\b[^?]{0,80}\?"
    r"|before\s+you\s+buy\s+(?:stock|shares)\s+in\b.*"
    r"|[^.]{2,60}\bhas\s+no\s+position\s+in\s+any\s+of\s+the\s+stocks\s+mentioned\.?"
    r"|[^.]{2,60}\bhas\s+positions?\s+in\s+and\s+recommends\b[^.]{0,120}\.?"
    # (a host's dots in the name: 'X.example has a disclosure and ethics policy.')
    r"|\S.{1,60}?\bhas\s+a\s+disclosure(?:\s+and\s+ethics)?\s+policy\.?"
    r"|this\s+is\s+not\s+(?:investment|financial)\s+advice\.?"
    # a drug maker's release pointing to the label: 'Please see the full Prescribing Information ...'
    r"|(?:please\s+)?see\s+(?:the\s+)?(?:full\s+)?prescribing\s+information\b.{0,160}"
    # a desk's project and its sponsors: 'Traffic Lab is a Ledger project that digs into ...',
    # 'It is funded in part by community sponsors; the newsroom keeps full editorial control.'
    r"|(?-i:[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})\s+is\s+an?\s+[^.]{0,40}\bproject\s+that\b[^.]{0,140}\.?"
    r"|it\s+is\s+(?:funded|supported|underwritten)\s+in\s+part\s+by\b[^.]{0,140}\.?"
    # a newsroom's call for tips: 'Have you got a story? Tell us by emailing X or by messaging us ...'
    r"|(?:have\s+you\s+got|got)\s+a\s+(?:story|news\s+tip|tip)\b[^?]{0,40}\?"
    r"|tell\s+us\s+(?:by|at|via)\s+(?:e-?mailing|messaging|calling|writing)\b.{0,140}"  # (an address's dots)
    # a syndicated copy's pointer home: 'To read this article on quillfield.example click here.'
    r"|to\s+read\s+this\s+(?:article|story)\s+on\s+\S+,?\s+click\s+here\.?"
    # a desk's funder: 'X's agriculture reporting is supported by the Y Fund.', 'The funder
    # has no say over our editorial content.'
    r"|[^.]{0,60}\b(?:reporting|journalism|coverage|desk|series|project)\s+(?:is|are)\s+"
    r"(?:supported|funded|made\s+possible|underwritten)\s+(?:in\s+part\s+)?by\b[^.]{2,100}\.?"
    r"|the\s+funders?\s+(?:has|have)\s+no\s+(?:say|input|influence|control)\b[^.]{0,60}\.?"
    # a reporting credit after the story: 'A Name of The Paper contributed reporting.'
    r"|[^.]{2,80}\bcontributed\s+(?:additional\s+)?reporting\b[^.]{0,40}\.?"
    # a newsletter's consent and a donation appeal: 'By signing up you agree to ...', 'You
    # can unsubscribe at any time.', 'Become a monthly donor today.'
    r"|by\s+(?:signing\s+up|subscribing|registering|clicking\s+[^.]{1,20}|submitting\s+[^.]{1,20})[^.]{0,40}?"
    r"\b(?:agree|accept|consent)\b.*"
    r"|you\s+(?:can|may)\s+(?:unsubscribe|opt\s+out|cancel)\b[^.]{0,40}\.?"
    r"|(?:please\s+)?(?:become\s+a\s+(?:monthly\s+|sustaining\s+|founding\s+)?(?:donor|member|supporter)"
    r"|(?:donate|give)\s+(?:today|now|monthly))\b[^.]{0,60}[.!]?"
    r"|sign\s+up\s+(?:for\s+free|now|today|here)[.!]?"
    r"|your\s+(?:gift|donation|support|contribution)\s+(?:keeps|makes|helps|powers|sustains)\b[^.]{0,80}[.!]?"
    # a service box after a disaster's story: 'If you need emergency help with storm damage,
    # call the SES on 132 500.', 'In a life-threatening emergency, call Triple Zero (000).'
    r"|if\s+you\s+(?:or\s+someone\s+you\s+know\s+)?(?:need|require)\s+(?:emergency\s+|urgent\s+|immediate\s+)?"
    r"(?:help|assistance|support)\b[^.]{0,80}?\b(?:call|contact|phone|dial)\b[^.]{0,60}\.?"
    r"|in\s+an?\s+(?:life-threatening\s+)?emergency,?\s+(?:call|dial|phone)\b[^.]{0,60}\.?"
    r"|support\s+(?:independent|local|nonprofit|quality|our)\s+(?:journalism|news|reporting)\b[^.]{0,60}[.!]?"
    # 'Support Lantern Post from HK$50 a month: independent journalism, free for everyone, ...'
    r"|support\s+(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,3})\s+(?:from|for)\s+\S{1,12}\s+"
    r"(?:a|per)\s+(?:month|year|week)\b.*"
    # a sign-up form's tick box and its link: 'I would like to be emailed about offers, events
    # and updates from X.', 'Read our privacy notice.'
    r"|i\s+(?:would\s+like|want|agree|consent)\s+to\s+(?:be\s+e-?mailed|receive)\b.*"
    r"|(?:read|see|view)\s+our\s+privacy\s+(?:notice|policy|statement)\.?"
    # a nonprofit's appeal: 'X is a nonprofit newsroom that relies on readers like you.'
    r"|(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,4})\s+is\s+an?\s+(?:independent\s+|nonprofit\s+|"
    r"non-profit\s+|reader-funded\s+)+(?:newsroom|news\s+organi[sz]ation|publication)\s+that\s+"
    r"(?:relies|depends|runs)\s+on\b[^.]{0,60}\.?"
    # a project site's footer: 'X and the X logo are trademarks of the X Foundation.', 'X is
    # maintained by the X Project on a community basis.', 'See a typo? Send a fix here!'
    r"|[^.]{2,80}\b(?:is\s+an?|are)\s+(?:registered\s+)?trademarks?\s+of\b[^.]{1,80}\.?"
    r"|(?:(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,3})\s+is\s+)?maintained\s+by\s+(?:the\s+)?[^.]{1,60}?"
    r"\b(?:team|project|community|maintainers|contributors|volunteers)\b[^.]{0,40}\.?"
    r"|(?:see|found|spot(?:ted)?)\s+an?\s+(?:typo|mistake|error)\?"
    # a status page's asks under its incident report: 'You can rate this PIR and provide any
    # feedback using our survey.', 'Stay informed about service issues by creating alerts in X.'
    r"|(?:you\s+can\s+|please\s+)?rate\s+this\s+[\w-]+\s+and\s+(?:provide|give|leave|share)\b[^.]{0,100}\.?"
    r"|stay\s+(?:informed|up\s+to\s+date|updated)\s+(?:about|on|with)\s+[^.]{0,80}?\bby\s+"
    r"(?:creating|setting\s+up|signing\s+up\s+for|subscribing\s+to)\b[^.]{0,80}\.?"
    # a public notice's accessibility note: 'Accommodations: X complies with the Americans with
    # Disabilities Act. For assistance, call 970-555-0107 at least 48 hours before the hearing.'
    r"|(?:accommodations?\s*:\s*)?[^.]{0,60}\bcomplies\s+with\s+the\s+americans\s+with\s+disabilities\s+act\b[^.]{0,60}\.?"
    r"|for\s+(?:special\s+)?(?:assistance|accommodations?)\b[^.]{0,20}?,?\s+(?:please\s+)?(?:call|contact|e-?mail)\b[^.]{0,120}\.?"
    # an aggregator's note on what it carries: 'The content on this page is published as
    # received from the source organization.', 'X does not edit or endorse it.', 'X is a
    # service of the Y.'
    r"|the\s+content\s+(?:on|of)\s+this\s+page\s+is\s+(?:published|posted|reproduced)\s+as\s+received\b[^.]{0,80}\.?"
    r"|[^.]{2,60}\bdoes\s+not\s+(?:edit|verify)(?:\s+or\s+(?:endorse|verify))?\s+(?:it|this|the\s+content)\b[^.]{0,40}\.?"
    r"|(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,3})\s+is\s+a\s+service\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.]{2,80}\.?"
    # a standard's or a report's sale after its news: 'X can be purchased from the ISF Store.'
    r"|[^.]{2,80}\bcan\s+be\s+(?:purchased|bought|ordered)\s+(?:from|at|through|via|in)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w&'.-]*(?:\s+[\w&'.-]+){0,2}?\s+(?:store|shop|webshop|bookshop)\b[^.]{0,80}\.?"
    r"|(?:send|suggest|submit)\s+(?:us\s+)?an?\s+(?:fix|edit|correction)\b[^.!]{0,30}[.!]?"
    # leave to read and republish: 'X is free to read and free to republish.'
    r"|(?-i:[A-Z][\w&'.\u2019-]*(?:\s+[A-Z][\w&'.\u2019-]*){0,4})\s+is\s+free\s+to\s+(?:read|republish)\b[^.]{0,60}\.?"
    # an auction's results under their report: 'Prices realised include buyer's premium.'
    r"|(?:prices?\s+reali[sz]ed|estimates?|results?)\s+(?:do\s+not\s+|does\s+not\s+)?include\s+(?:the\s+)?"
    r"buyer['\u2019]s\s+premium\b[^.]{0,80}\.?",
    re.I,
)
# Gate (speed): words one of which each alternative needs, looked for as substrings of the
# lower-cased text (a pattern's case-blind search is many times slower on a paragraph).
_SMALL_PRINT_WORDS = (
    *("advice", "registered", "licensed", "authoris", "authoriz", "partnership", "collaboration"),
    *("jointly", "network", "editorial", "contributed", "by signing", "by subscribing", "by registering"),
    *("by clicking", "by submitting", "unsubscribe", "opt out", "cancel", "become a", "donate", "give "),
    *(
        "sign up",
        "free to ",
        "would like",
        "want to",
        "agree to",
        "consent to",
        "privacy",
        "relies on",
        "depends on",
    ),
    *("real-time", "real time", "data provided", "data is provided", "data powered", "data supplied"),
    "premium",
    *(
        "should you",
        "before you buy",
        "no position",
        "recommends",
        "disclosure",
        "project that",
        "not investment",
        "prescribing",
    ),
    *("presented by", "free for", "all for", "it for", "hit reply", "see you", "this week:", "today:"),
    *("in this issue", "in this edition", "minute read", "click here", "a story", "a tip", "tell us"),
    *(
        "trademark",
        "maintained by",
        "typo",
        "a fix",
        "an edit",
        "a correction",
        "be purchased",
        "be bought",
        "be ordered",
    ),
    *("rate this", "stay informed", "stay up to date", "stay updated", "as received", "does not edit"),
    *("does not verify", "a service of"),
    *("disabilities act", "for assistance", "for accommodation", "for special assistance"),
    *("powered and implemented", "legal statement", "do you ", "did you ", "hear from you", "contact "),
    *("runs on", "support ", "supported", "your gift", "your donation", "your contribution", "emergency"),
    *(
        "if you need",
        "if you or someone",
        "if you require",
        "funded",
        "made possible",
        "underwritten",
        "funder",
    ),
)


def _may_be_small_print(text: str) -> bool:
    return cues.has_any(text.lower(), _SMALL_PRINT_WORDS)


# A label in capitals over the appeal: 'SUPPORT NONPROFIT NEWS: ...'
# ... or the appeal's own: 'Support WHPR: Your gift keeps ...'
_CAPITALS_LABEL = re.compile(
    r"(?:[A-Z][A-Z&'\u2019 -]{3,40}|Support\s+[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3}):\s+"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^\s])")
# A site's disclosure under its label: 'Disclosure & Policies: ...', 'Disclosure: ...'.
_DISCLOSURE_LABEL = re.compile(r"disclosures?(?:\s*(?:&|and)\s*polic(?:y|ies))?\s*:\s+\S", re.I)


def small_print(sentence: str) -> bool:
    """Whether the sentence is the site's small print (see `_SMALL_PRINT`)."""
    if not _may_be_small_print(sentence):
        return False
    return _SMALL_PRINT.fullmatch(sentence.strip()) is not None


def _all_small_print(text: str, glued: object) -> bool:
    """Every sentence of the paragraph (after a label in capitals) is small print: ours or
    the story end's (`glued`, a predicate of `zones.py`)."""
    if not _may_be_small_print(text):
        return False  # (speed) no sentence of it can be ours
    label = _CAPITALS_LABEL.match(text)
    sentences = _SENTENCE_BREAK.split(text[label.end() :] if label else text)
    ours = [small_print(sentence) for sentence in sentences]
    if not any(ours):
        return False  # (a paragraph of the end's notes alone is `zones.py`'s to judge)
    return all(mine or glued(sentence) for mine, sentence in zip(ours, sentences, strict=True))  # type: ignore[operator]


# A Korean page asking its reader, in the polite imperative a report in the plain register
# never uses outside a quotation: '시리즈A 딜 트래커에서 이번 주 라운드 전체를 확인하세요.',
# '정기후원으로 ... 지켜주세요.'; the question before it ('... 궁금하다면?') and the price
# ('한 달 커피 두 잔 값이면 충분합니다.').
_KO_ASKING = re.compile(
    r"[^.?\"\u201c\u201d]{2,120}(?:확인하세요|구독하세요|지켜\s*주세요|참여하세요|신청하세요|만나\s*보세요|받아\s*보세요"
    r"|눌러\s*주세요|후원해\s*주세요)[.!]?"
    r"|[^.?\"\u201c\u201d]{2,60}(?:궁금하다면|궁금하신가요|원한다면)\?"
    r"|[^.\"\u201c\u201d]{0,40}커피\s*(?:한|두|세)\s*잔\s*값[^.]{0,40}\.?"
)
_PLAIN_END = re.compile(r"다[.\"\u201d']*$")


def _asks_the_reader(text: str, plain: bool) -> bool:
    """Every sentence of a Korean paragraph asks the reader, in a story told in the plain
    register (card news speaks politely throughout: there the request is the story's)."""
    if not plain or ("요" not in text and "?" not in text and "커피" not in text):
        return False
    return all(_KO_ASKING.fullmatch(sentence.strip()) for sentence in _SENTENCE_BREAK.split(text))


def notices_between(body: list[Line], glued: object) -> None:
    """A paragraph between the story's paragraphs made only of small print (an appeal under a
    label, a newsletter's consent) is the site's: the story goes on around it."""
    plain = sum(1 for line in body if _PLAIN_END.search(line.text)) * 2 > len(body)
    for line in list(body[1:]):
        if len(line.text) <= _NOTICE_CHARS and _asks_the_reader(line.text, plain):
            line.decide(PROMO, "a Korean page asking its reader between the story's paragraphs")
            body.remove(line)
    # (the first paragraph too, when the story goes on under it: a newsletter's 'This week:
    # ... About a six-minute read.' over its lead)
    for line in list(body if len(body) >= _NOTICE_OVER else body[1:]):
        # (a disclosure under its label, however long: the site's, all of it)
        labelled = line.text[:10].lower() == "disclosure" and _DISCLOSURE_LABEL.match(line.text) is not None
        if labelled or (len(line.text) <= _NOTICE_CHARS and _all_small_print(line.text, glued)):
            line.decide(PROMO, "the site's small print between the story's paragraphs (every sentence)")
            body.remove(line)


_NOTICE_CHARS = 250  # small print is a sentence or two; a longer paragraph is the story's
_NOTICE_OVER = 4  # paragraphs of a story under small print at its top

# A reference list's entry: authors as surname and initials ('Bhatt K, Owusu L'), a title,
# a journal and the year in parentheses, or a volume and pages ('2025;12:345').
_CITATION = re.compile(
    r"(?:[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?\s[A-Z]{1,3},\s+){0,8}"
    r"[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?\s[A-Z]{1,3}(?:,?\s+et\s+al)?\.\s+"
    r"[^()]{10,300}?(?:\(\d{4}\)|\b\d{4};\s*\d+[:(][^.]{0,20})\.?"
)
# A line-up: a team's name in capitals, then players as initial and surname in lines
# marked by semicolons ('DRUMCARNE: M Boyle; S Fegan, J Rafferty; ...').
_LINE_UP = re.compile(r"[A-Z][A-Z.'\u2019 -]{2,40}:\s+[A-Z]\.?\s[A-Z][\w'\u2019-]+[,;]\s")
_PLAYER = re.compile(r"(?:^|[;,:]\s)[A-Z]\.?\s[A-Z][\w'\u2019-]+")
_LINE_UP_PLAYERS = 6
# A box score: a team and its score, then each player's points ('CEBU 93 - Fulton 29, Sy
# 17, ...'), and the scores by period ('Quarterscores: 28-22, 50-47, 77-70, 101-93.').
_SCORER = r"[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,2}\s\d{1,3}"
_BOX_SCORE = re.compile(
    rf"[A-Z][\w .'&-]{{1,40}}\s\d{{1,3}}\s[\u2013\u2014-]\s(?:{_SCORER},\s){{3,}}{_SCORER}\.?"
)
_PERIOD_SCORES = re.compile(r"[A-Z][\w -]{2,30}:\s(?:\d{1,3}-\d{1,3},\s){2,}\d{1,3}-\d{1,3}\.?")

# A review's listing of the run: 'The Cherry Orchard runs at the Calder Playhouse, Leeds until
# 10 January 2026.', 'Lumen is at the Harbour Gallery to 8 March.'
_RUN = re.compile(
    r"[A-Z][^.!?]{1,80}?\s(?:(?:runs|plays|continues|is\s+(?:on|showing))\s+(?:at|in|on)|is\s+at)\s+(?:the\s+)?"
    r"[A-Z][^.!?]{2,80}?\s(?:until|till|to|through)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\.?"
)
_RUN_CHARS = 160


def _data_line(text: str) -> bool:
    """A reference's entry or a team's line-up: data printed after the story."""
    if _LINE_UP.match(text) is not None:
        return len(_PLAYER.findall(text)) >= _LINE_UP_PLAYERS
    if text.count(",") >= 2 and (_BOX_SCORE.fullmatch(text) or _PERIOD_SCORES.fullmatch(text)):
        return True
    if len(text) <= _RUN_CHARS and (" until " in text or " to " in text or " through " in text):
        return _RUN.fullmatch(text) is not None
    if (text[-1:] in ".)" and "(" in text) or ";" in text:  # gate (speed): a year or a volume
        return _CITATION.fullmatch(text) is not None
    return False


def data_after_story(body: list[Line]) -> None:
    """Reference entries and line-ups under the story's last paragraph are the page's data
    box, not the story: the story ends above them."""
    while len(body) > 1 and _data_line(body[-1].text):
        body.pop().decide(CHROME, "a reference list's entry, a team's line-up or a box score after the story")


# What a box between paragraphs is made of around its one pitch: its label, its prompts,
# its form's fields and buttons.
_BOX_PARTS = frozenset((PROMO, CHROME, TEASER, LABEL, NAVIGATION))  # (an event's 'Boston, MA | June 12')
_BOX_LINES = 6
# A sign-up form's description has the form around it: heading, name, field, button, small print.
_FORM_LINES = 8
_PITCH_CHARS = 300


def _box_around(lines: list[Line], index: int, unspaced: bool, most: int = _BOX_LINES) -> list[Line] | None:
    """The lines of the block (no blank line between them) holding the line at `index`,
    when a blank line bounds it on both sides and it has at most `most` lines, else None.
    On a page pasted without blank lines (`unspaced`), the story's paragraphs bound it
    instead."""

    def inside(line: Line) -> bool:
        return line.verdict != BLANK and bool(line.text) and not (unspaced and line.verdict == BODY)

    start = index
    while start > 0 and inside(lines[start - 1]):
        start -= 1
    end = index
    while end + 1 < len(lines) and inside(lines[end + 1]):
        end += 1
    if start == 0 or end + 1 >= len(lines) or end - start + 1 > most:
        return None
    return lines[start : end + 1]


def _touching(lines: list[Line], index: int) -> list[Line]:
    """The lines of text right above and below the line at `index` (no blank line between)."""
    above = lines[index - 1] if index > 0 else None
    below = lines[index + 1] if index + 1 < len(lines) else None
    return [line for line in (above, below) if line is not None and line.text]


def _in_a_box(lines: list[Line], index: int, unspaced: bool, body: list[Line]) -> bool:
    """Whether the short paragraph at `index` is set in a box among its prompts and labels:
    a block of them, or a sign-up form around it (its parts above and below) that the
    story's next paragraph is glued to, when it names nothing the story names ('Catch up
    on the stories shaping the continent, all in one place.') or speaks to the reader."""
    touching = _touching(lines, index)
    if not touching or any(other.verdict not in _BOX_PARTS for other in touching):
        return False  # (speed) between blank lines, or next to the story's text: no box
    box = _box_around(lines, index, unspaced)
    if (
        box is not None
        and not unspaced
        and any(other.verdict == BODY for other in box if other is not lines[index])
    ):
        box = None  # the block holds the story's paragraphs too: a form glued between them, if any
    if box is None and len(touching) == 2 and not unspaced:
        box = _box_around(lines, index, True, _FORM_LINES)
        story = " ".join(line.text for line in body if line is not lines[index])
        own = lines[index].text
        if (
            box is not None
            and not cues.addresses_reader(own)
            and relevance.terms(own) & relevance.terms(story)
        ):
            return False
    if box is None:
        return False
    others = [other for other in box if other is not lines[index]]
    if not all(other.verdict in _BOX_PARTS for other in others):
        return False
    # a prompt among them, or the paragraph speaks to the reader ('We don't have a paywall.'),
    # unless a speaker's label introduces it ('HECTOR SALAZAR:' over what he said)
    # (a sign-up prompt the site's chrome patterns took is a prompt too: 'Sign up for the X
    # Daily newsletter' / 'Markets, weather and policy news every weekday morning.' / 'Subscribe')
    if any(other.verdict == PROMO or (other.verdict == CHROME and is_prompt(other.text)) for other in others):
        return True
    return lines[index - 1].text[-1:] != ":" and cues.addresses_reader(lines[index].text)


# A credit with the photographer's name alone after 'by': 'Photograph by Bae Jun-ho'. Under
# one paragraph it may be a picture's between the story's paragraphs or after them; under
# each caption of a photo story it is that story's credit line.
_CREDIT_BY = re.compile(r"(?:photo(?:graph)?|picture|image)s?\s+by\s+(?-i:[A-Z])[^/]{1,60}", re.I)


def is_credit(text: str) -> bool:
    """Whether the line is a picture's credit on its own ('Photo: A', 'Photograph by A')."""
    return _strict_credit(text) or _CREDIT_BY.fullmatch(text) is not None


def _strict_credit(text: str) -> bool:
    return (
        _CREDIT.fullmatch(text) is not None
        or CREDIT_DASHED.fullmatch(text) is not None
        or PHOTOGRAPHER_CREDIT.fullmatch(text) is not None  # 'Jon Pruett/Staff photographer'
    )


def _is_caption(lines: list[Line], index: int) -> bool:
    """Whether the paragraph at `index` has a picture's credit on the very next line."""
    if index + 1 >= len(lines):
        return False
    credit = lines[index + 1]
    if not credit.text or credit.verdict == BODY:
        return False
    if not is_credit(credit.text):
        return False
    words = len(lines[index].text.split())
    # (a photo story's captions run longer, each over the same credit: three or more of it)
    repeated = sum(line.text == credit.text for line in lines) >= _STORY_CREDITS
    if not _strict_credit(credit.text) and not repeated:
        return False
    return words <= _CAPTION_WORDS or (words <= _STORY_CAPTION_WORDS and repeated)


# A magazine's credit: the photographer, a dash, the agencies parted by a slash ('Park Ji-ho—
# Orbis Photo/Stillframe Images').
CREDIT_DASHED = re.compile(
    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*[\u2014\u2013]\s*[A-Z][\w&.' ]{1,40}(?:/[A-Z][\w&.' ]{1,40})+"
)


def _unspaced(lines: list[Line]) -> bool:
    """Whether the page was pasted with no blank line between its first line and its last
    (a phone's copy)."""
    filled = [index for index, line in enumerate(lines) if line.text]
    return bool(filled) and all(line.text for line in lines[filled[0] : filled[-1]])


# A card story's (or a slideshow's) number over each card's text: '카드 3', 'Card 3', 'Slide 3 of 9'.
_CARD_NUMBER = re.compile(r"(?:카드|card|slide)\s*\d{1,2}(?:\s*(?:/|of)\s*\d{1,2})?", re.I)


def _under_card_number(lines: list[Line], index: int) -> bool:
    """Whether the paragraph is a card's text, under the card's number: the story told one
    card at a time, however boxed each card looks."""
    above = text_above(lines, index)
    return above is not None and _CARD_NUMBER.fullmatch(above.text) is not None


def between_paragraphs(lines: list[Line], body: list[Line]) -> None:
    """What a page sets between the story's paragraphs in a block of its own: a short
    paragraph in a box with a prompt ('Learn more', 'Sign up') and the box's other
    furniture (a sponsor's or a newsletter's pitch), and a short sentence with a picture's
    credit on the very next line (its caption). Neither is the story's."""
    if len(body) < 2:
        return
    later = {id(line) for line in body[1:]}
    last = len(lines) - 1
    unspaced = _unspaced(lines)
    first = body[0] if len(body) >= 3 else None
    for index, line in enumerate(lines):
        if line is first and _is_caption(lines, index):
            # a caption over its credit above the story's first paragraph: 'Bus driver A hands
            # out ...' / 'Courtesy A'
            line.decide(CAPTION, "a sentence over a picture's credit above the story (a caption)")
            body.remove(line)
            continue
        if line.verdict != BODY or id(line) not in later:  # (speed) the verdict first
            continue
        # (speed) what touches the paragraph decides first: between blank lines or the
        # story's own lines, it is in no box and over no credit
        above, below = lines[index - 1], lines[index + 1] if index < last else None
        boxed = not (above.text and above.verdict not in _BOX_PARTS) and not (
            below is not None and below.text and below.verdict not in _BOX_PARTS
        )
        credited = below is not None and bool(below.text) and below.verdict != BODY
        # A paragraph that reports (who said what) is the story's, glued under a prompt.
        pitch = len(line.text) <= _PITCH_CHARS and not cues.REPORTING.search(line.text)
        if (
            boxed
            and pitch
            and not _under_card_number(lines, index)
            and _in_a_box(lines, index, unspaced, body)
        ):
            line.decide(PROMO, "a box's pitch between the story's paragraphs (among its prompts)")
            body.remove(line)
        elif credited and _is_caption(lines, index):
            line.decide(CAPTION, "a sentence over a picture's credit between the paragraphs (a caption)")
            body.remove(line)
        elif _NEWSLETTER_PITCH.fullmatch(line.text) and _beside_prompts(lines, index):
            line.decide(
                PROMO, "a newsletter's description between its prompts (when it comes, what it holds)"
            )
            body.remove(line)
        elif boxed and len(line.text) <= _PITCH_CHARS and _DONATION_ASKED.search(line.text):
            # 'Our journalism needs you' / '... please consider a donation of any size.' /
            # 'Make a donation': an appeal's box, whatever its paragraph says of reporting
            line.decide(PROMO, "a donation appeal's paragraph in its box (heading and button)")
            body.remove(line)


# What a newsletter's box says of it, when it comes or where: 'Twin Cities business news and
# the day's market moves, every weekday morning.', 'The City's lunchtime briefing on markets,
# straight to your inbox.', 'The Tech Brief: your weekly update on EU policy, every Friday.'
_NEWSLETTER_PITCH = re.compile(
    r"[^.!?]{10,140}?,\s+(?:(?:every|each)\s+(?:weekday|day|week|month|morning|evening|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:straight|direct(?:ly)?|delivered)\s+to\s+your\s+inbox)[.!]?",
    re.I,
)
_PROMPT_REACH = 2  # lines above and below the description where its box's prompts stand
# An appeal's request for money: 'please consider a donation of any size', 'donate today'.
_DONATION_ASKED = re.compile(
    r"\b(?:consider\s+(?:a\s+|making\s+a\s+)?(?:donation|contribution)|donate\b|donating\b"
    r"|(?:donation|contribution)\s+of\s+any\s+(?:size|amount))",
    re.I,
)


def _beside_prompts(lines: list[Line], index: int) -> bool:
    """Whether the box's furniture (a prompt, a label) stands on the nearest text lines both
    above and below the line at `index`."""
    above = [line for line in lines[max(index - _PROMPT_REACH, 0) : index] if line.text]
    below = [line for line in lines[index + 1 : index + 1 + _PROMPT_REACH] if line.text]
    return bool(above and below) and above[-1].verdict in _BOX_PARTS and below[0].verdict in _BOX_PARTS


# A picture lent, credited on its own line: 'Photo courtesy of the City Government',
# 'Courtesy of Harbor Power' (`zones` reads the same credit above the lede).
# ('Courtesy Wanda Pettiford': the lender's name right after the word, capitalized)
CREDIT_LENT = (
    r"(?:(?:photo(?:graph)?|picture|image)s?\s+)?courtesy(?:\s+of|\s*:|(?=\s+(?-i:[A-Z])))\s+\S.{0,80}"
)
# A picture's credit on the line under its caption: 'Photo: A Name', 'Picture / The Council'.
_CREDIT = re.compile(
    r"(?:photo(?:graph(?:er)?)?|picture|image|credit|illustration)s?"
    r"(?:(?:\s+by)?\s*(?:[:\uff1a]|\s/)|\s+by\s[^/]{2,40}\s/)\s*\S.{0,80}"  # (or 'Photo by A Name / Site')
    # ('Image LAFAEK/Jacinto Soares': the agency and the photographer after a slash, no colon)
    r"|(?:photo|image|picture)s?\s+(?-i:[A-Z][\w&.-]*)/(?-i:[A-Z]).{1,60}"
    rf"|{CREDIT_LENT}",
    re.I,
)
_CAPTION_WORDS = 25
_STORY_CAPTION_WORDS = 50
_STORY_CREDITS = 3


# The furniture a box after the story is made of: a prompt ('Get X in your inbox'), a
# card's line of fields ('Sat., Oct. 25 | 5:00 PM | Field'). (An 'Advertisement' label glued
# over the story's last paragraph is no box of its own: the paragraph stays the story's.)
_BOX_ABOVE = frozenset((PROMO, NAVIGATION))
_SET_APART = 2  # paragraphs set apart by blank lines that show the page's layout


def glued_to_a_box(lines: list[Line], body: list[Line]) -> None:
    """The story's last 'paragraph' glued (no blank line between) under a box's furniture,
    on a page that sets each of its paragraphs apart by a blank line: the box's own
    sentence (a newsletter's pitch under its prompt, a ticket note under a next-game card),
    not the story's last."""
    positions: dict[int, int] = {}
    while len(body) > _SET_APART + 1 and len(body[-1].text) <= _PITCH_CHARS:
        positions = positions or {id(line): index for index, line in enumerate(lines)}
        above = lines[positions[id(body[-1])] - 1]
        if not above.text or above.verdict not in _BOX_ABOVE:
            return
        if not _set_apart(lines, body[:-1], positions) and not _boxed_off(lines, body, positions):
            return
        body.pop().decide(PROMO, "a sentence glued under a box's furniture after the story (the box's)")


# A copy with no blank lines (a phone's) sets nothing apart; there the box shows by its
# size: this many lines of the page's own between the story's last two paragraphs.
_BOX_GAP = 3


def _boxed_off(lines: list[Line], body: list[Line], positions: dict[int, int]) -> bool:
    """Whether the story's last paragraph sits under a box of the page's own on a copy
    with no blank lines: none between the story's paragraphs, and the box (at least
    `_BOX_GAP` lines) between the last paragraph and the one before."""
    start, end = positions[id(body[-2])], positions[id(body[-1])]
    if end - start <= _BOX_GAP:
        return False
    return all(lines[positions[id(line)] - 1].text for line in body[1:])


def _set_apart(lines: list[Line], body: list[Line], positions: dict[int, int]) -> bool:
    """Whether every paragraph of the story but its first has a blank line right above it."""
    return all(not lines[positions[id(line)] - 1].text for line in body[1:])


# A transcript's label for a break in the programme, on a line of its own: '[SPONSOR MESSAGE]',
# '[AD BREAK]', '(MIDROLL)'. The words under it are the sponsor's or the station's.
_BREAK_LABEL = re.compile(
    r"[\[(]\s*(?:sponsor(?:ship)?(?:\s+(?:message|break|read))?|(?:ad(?:vertisement)?|commercial|midroll|funding)"
    r"(?:\s+(?:break|message))?|(?:station|programme|program)\s+break)\s*[\])]",
    re.I,
)


def under_a_break_label(lines: list[Line], body: list[Line]) -> None:
    """The paragraph right under a transcript's break label (see `_BREAK_LABEL`) is the
    sponsor's message or the station's, not a turn of the conversation."""
    for index, line in enumerate(lines[:-1]):
        if line.text[:1] not in ("[", "(") or line.verdict == BODY or not _BREAK_LABEL.fullmatch(line.text):
            continue  # (speed) the bracket first
        under = lines[index + 1]
        if under.verdict == BODY and len(body) > 1 and any(paragraph is under for paragraph in body):
            under.decide(PROMO, "a sponsor's or a station's words under a transcript's break label")
            body[:] = [paragraph for paragraph in body if paragraph is not under]


# A note set in a box under its label, signed by someone of the site or a sponsor: 'A message
# from Ellis Marr, co-founder of Datacrest:', 'A message from Halden Grid Systems'.
_MESSAGE_LABEL = re.compile(r"(?:a\s+)?(?:message|note|letter)\s+from\s+[^:.!?]{3,80}:?", re.I)
_MESSAGE_LINES = 5


def under_a_message_label(lines: list[Line], body: list[Line]) -> None:
    """The paragraphs of a box under its label ('A message from Ellis Marr, co-founder of
    Datacrest:' over 'Your support keeps our reporting ...' and 'Join the community ...'),
    glued to it and to each other and closed by the box's button (a prompt) or a blank
    line, are the site's message, not the story's. On a page pasted without blank lines no
    box is told apart."""
    if len(body) < 2 or _unspaced(lines):
        return
    for index, line in enumerate(lines):
        if line.verdict == BODY or line.text[:1] not in "Aa" or not _MESSAGE_LABEL.fullmatch(line.text):
            continue
        box = []
        for under in lines[index + 1 : index + 1 + _MESSAGE_LINES + 1]:
            if under.verdict != BODY:
                break
            box.append(under)
        if not box or len(box) > _MESSAGE_LINES or len(box) >= len(body):
            continue
        for paragraph in box:
            paragraph.decide(PROMO, "a box's message under its label ('A message from …:')")
        body[:] = [paragraph for paragraph in body if all(paragraph is not other for other in box)]


# A comment section's heading with its count: 'Comments (2)', '14 Comments', 'Reader comments (3)'.
_COMMENTS_HEADING = re.compile(
    r"(?:reader\s+)?comments?\s*\(\d{1,5}\)|\d{1,5}\s+(?:reader\s+)?comments?", re.I
)


def comments_after_story(lines: list[Line], body: list[Line]) -> None:
    """The paragraphs under a comment section's heading with its count, after the story's
    paragraphs, are readers' comments (each under its poster's name and time), not the
    story: the story ended above the heading."""
    if len(body) < 2:
        return
    first = next((index for index, line in enumerate(lines) if line is body[0]), None)
    if first is None:
        return
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line.verdict == BODY or len(line.text) > 24 or not _COMMENTS_HEADING.fullmatch(line.text):
            continue
        poster = next((under for under in lines[index + 1 :] if under.text), None)
        if poster is None or poster.verdict != STAMP:
            continue  # (a share bar's comment count: the first comment opens with its poster and time)
        below = {id(under) for under in lines[index + 1 :] if under.verdict == BODY}
        kept = [paragraph for paragraph in body if id(paragraph) not in below]
        if len(kept) < len(body) and len(kept) >= _STORY_LEFT:
            for paragraph in body:
                if id(paragraph) in below:
                    paragraph.decide(FOOTER, "a reader's comment under the comments' heading")
            body[:] = kept
        return


_STORY_LEFT = 2  # the story's paragraphs a comment section must leave above it
