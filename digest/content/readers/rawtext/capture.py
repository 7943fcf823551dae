"""The capture tool's own furniture: what a web archive or a search engine's cache adds
around the page it shows.

An editor does not always copy the page from the site: from a web archive's copy the
archive's toolbar comes along on top (`<Archive> - https://…/web/2025…/https://…`, `42
captures`, the captures' calendar, a panel on the capture with the collection's own
sentences, `TIMESTAMPS`), from a cache its banner (`This is X's cache of https://…`, its
versions and `View source`, a `Ctrl+F` hint), from an archive's page of one capture its
header (`archive.today` / `webpage capture`, `Saved from` and the address, the capture's
time in UTC, its links to share and to cite the copy). These lines are the tool's, never the
story's, however much they read like sentences, and the capture's date is never the
article's.
"""

from __future__ import annotations

import itertools
import re

from digest.content.readers.rawtext.source import CHROME, FORUM, KO_MAIL_FIELDS, LABEL, STAMP, Line

# The banner a capture opens with: an archive's address of the captured page (the
# capture's time, 8 to 14 digits, between `/web/` and the page's address), or a cache's
# sentence about its copy ('This is X's cache of https://…', '… took a snapshot of this
# page on …').
_BANNER = re.compile(
    r".{0,60}?https?://\S+/web/\d{8,14}[a-z_]*/(?:https?://)?\S+.*"
    r"|.{0,60}?\bcache\s+of\s+(?:https?://)?\S+\.\S+.*"
    r"|.{0,80}?\bsnapshot\s+of\s+(?:the|this)\s+page\b.*",
    re.I,
)
# The toolbar's labels after the banner: the count of captures and their calendar (months,
# years), the panel on the capture and its collection, the cache's versions and its hint
# on finding the searched words.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MARK = re.compile(
    r"[\d,]+\s+captures?\b.{0,60}"
    r"|about\s+this\s+capture|collected\s+by|timestamps|success|fail(?:ed)?"
    r"|(?:organi[sz]ation|collection)\s*:\s*.{1,80}"
    rf"|{_MONTH}(?:\s+{_MONTH}){{1,11}}|(?:(?:19|20)\d{{2}}\s+){{1,11}}(?:19|20)\d{{2}}"
    r"|(?:full|text[- ]only|cached?)\s+version(?:\s+.{0,60})?|view\s+source"
    r"|(?:tip|hint)?\s*:?\s*.{0,80}\b(?:ctrl|cmd|command|\u2318)\s*[-+]\s*f\b.{0,80}"
    r"|(?:the\s+)?current\s+page\s+(?:could|may)\s+have\s+changed\b.{0,60}",
    re.I,
)
# An archive's page of one capture, under its banner: where the page was saved from and
# when, the capture's own links (to share it, to cite it). Only under that banner: a site's
# own 'Search' and 'Share' are the page's furniture, and under them its headline. Its last
# line is the code to cite the copy in a wiki ('wiki code').
_ONE_CAPTURE_END = re.compile(r"wiki\s+code", re.I)
_ONE_CAPTURE = re.compile(r"archive\.(?:today|ph|is|li|vn|fo|md)|webpage\s+capture", re.I)
_ONE_CAPTURE_MARK = re.compile(
    r"webpage\s+capture|saved\s+from|https?://\S+|(?:\d{1,2}\s+)?" + _MONTH + r"\w*\.?\s+\d{1,2},?\s+\d{4}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+utc)?|\d{1,2}\s+"
    + _MONTH
    + r"\w*\s+\d{4}\s+\d{1,2}:\d{2}:\d{2}\s+utc"
    r"|all\s+snapshots\s+from\s+host\s+\S+|screenshot|download\s+\.zip"
    r"|report\s+(?:bug|error)s?\s+or\s+abuse|buy\s+me\s+a\s+coffee|(?:short|long)\s+link|markdown"
    r"|html\s+code|wiki\s+code|<a\s+href=\S+>"
    r"|reddit|vkontakte|twitter|pinboard|livejournal|facebook|tumblr|pocket|mastodon|bluesky",
    re.I,
)
_TOP = 4  # the banner stands among the first lines with text
_GAP = 5  # lines with text between two of the toolbar's marks, at most
_REACH = 45  # the toolbar ends within this many lines with text of the banner


def capture_toolbar(lines: list[Line]) -> None:
    """The lines from the banner down to the capture tool's last toolbar mark near it are
    the tool's: chrome, and no stamp, byline or paragraph of the page's."""
    top: list[int] = []  # the first lines with text
    for position, line in enumerate(lines):
        if line.text:
            top.append(position)
            if len(top) == _TOP:
                break
    banner = next(
        (
            position
            for position in top
            if (
                "/web/" in (text := lines[position].text)
                or "ache of" in text
                or "napshot" in text
                or "rchive." in text
                or "apture" in text
            )
            and (_BANNER.fullmatch(text) or _ONE_CAPTURE.fullmatch(text))
        ),
        None,
    )
    if banner is None:
        return
    marks = _ONE_CAPTURE_MARK if _ONE_CAPTURE.fullmatch(lines[banner].text) else _MARK
    toolbar = [line for line in lines[banner : banner + 4 * _REACH] if line.text][:_REACH]
    last = 0  # the banner
    for position in range(1, len(toolbar)):
        if position - last > _GAP:
            break
        text = toolbar[position].text.strip()
        if len(text) <= 200 and marks.fullmatch(text):
            last = position
            if marks is _ONE_CAPTURE_MARK and _ONE_CAPTURE_END.fullmatch(text):
                break
    for line in toolbar[: last + 1]:
        line.found.clear()
        line.decide(CHROME, "the capture tool's toolbar (a web archive's or a cache's, not the page's)")


# The line a mail client puts between a forwarding mail and the one it forwards.
_FORWARD_MARK = re.compile(
    r"-{2,}\s*(?:original\s+message|forwarded\s+message|원본\s*메일|전달된\s*메일)\s*-{2,}"
    r"|begin\s+forwarded\s+message\s*:?",
    re.I,
)
# A mail header's field ('From: …', 'Sent: …', '보낸 사람: …').
_MAIL_FIELD = re.compile(rf"(?:from|sent|date|to|cc|bcc|reply-to|subject|{KO_MAIL_FIELDS})\s*:.*", re.I)
_FORWARD_REACH = 30  # the mark stands within this many lines with text of the top


def forwarding_mail(lines: list[Line]) -> None:
    """A story that reached the editor in a forwarded mail: the forwarding mail's header
    and its note, down to the client's mark ('-----Original Message-----'), are the
    forwarder's; its sender is no outlet and its time not the article's. The forwarded
    mail's own header (the newsletter's sender and time) is read as usual."""
    texted = [line for line in lines if line.text][:_FORWARD_REACH]
    marks = [position for position, line in enumerate(texted) if _FORWARD_MARK.fullmatch(line.text.strip())]
    if not marks or not any(_MAIL_FIELD.fullmatch(line.text) for line in texted[: marks[-1]]):
        return
    for line in texted[: marks[-1] + 1]:
        line.found.clear()
        line.decide(CHROME, "a forwarding mail's header and note (the forwarder's, not the story's)")


# A rule across the mail between its sender's note and what it carries: '=====', '-----'.
_RULE_LINE = re.compile(r"[=\-_*~]{5,}")
# What a release calls itself atop its text: '보 도 자 료', '보도자료', 'PRESS RELEASE', 'Media release'.
_RELEASE_LABEL = re.compile(
    r"\[?\s*(?:보\s*도\s*자\s*료|(?:press|media|news)\s+release|for\s+immediate\s+release)\s*\]?\s*:?", re.I
)
_COVER_REACH = 20  # lines with text: the rule, then the release's label within this many


def cover_note(lines: list[Line]) -> None:
    """A release mailed to the newsroom: under the mail's header, the sender's note ('기자님,
    안녕하세요. 홍보실 X입니다. 보도자료를 보내 드립니다.', 'Please find our release below.') down to
    a rule across the mail, under which the release begins with its label. The note is the
    sender's, not the release's story."""
    texted = [line for line in lines if line.text][: _COVER_REACH * 2]
    fields = [at for at, line in enumerate(texted) if _MAIL_FIELD.fullmatch(line.text)]
    if not fields:
        return
    rules = [at for at in range(fields[-1] + 1, len(texted)) if _RULE_LINE.fullmatch(texted[at].text.strip())]
    if not rules or not any(
        _RELEASE_LABEL.fullmatch(line.text.strip())
        for line in texted[rules[0] + 1 : rules[0] + 1 + _COVER_REACH]
    ):
        return
    for line in texted[fields[-1] + 1 : rules[0] + 1]:
        if not line.verdict:
            line.found.clear()
            line.decide(CHROME, "a mail's note over the release it carries (the sender's, under a rule)")


# A workplace chat's message header, the sender's name and the time ('Dana Park  10:14 AM',
# 'Dana Park (she/her) 10:14', 'Dana Park, 4/3 10:14 AM'), as copied from Slack or Teams.
_CHAT_HEADER = re.compile(
    r"(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})(?:\s*\([^()]{1,20}\))?,?\s+"
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+|yesterday\s+(?:at\s+)?|today\s+(?:at\s+)?)?"
    r"\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?"
)


def chat_share(lines: list[Line]) -> None:
    """A story shared in a workplace chat and copied from it with the message above: the
    sender's header and the block under it (their words, the link and its preview: the
    site's name, the title and description, the address) are the chat's, down to the
    first blank line; the pasted page follows."""
    first = next((position for position, line in enumerate(lines) if line.text), None)
    if first is None or not _CHAT_HEADER.fullmatch(lines[first].text.strip()):
        return
    block = []
    for line in lines[first:]:
        if not line.text:
            break
        block.append(line)
    if len(block) == len([line for line in lines if line.text]):
        return  # the chat is all there is: its message is the text
    for line in block:
        line.found.clear()
        half = len(line.text) // 2
        if len(line.text) >= 6 and line.text[:half] == line.text[half:]:
            # 'The Harbour LedgerThe Harbour Ledger': the preview's site name, copied twice
            # (beside its icon and as its alt text)
            line.decide(FORUM, LINK_PREVIEW_RULE, outlet=line.text[:half].strip())
            continue
        line.decide(FORUM, "a chat message shared with the story (its sender, words and the link's preview)")


LINK_PREVIEW_RULE = "a shared link's preview (its site's name)"
# A shared link's card: its description over 'more' and the address ('자세히 보기 https://...').
_MORE_AT = re.compile(r"(?:자세히\s*보기|더\s*보기|기사\s*보기|read\s+more|more)\s*:?\s*https?://\S+", re.I)


def shared_card(lines: list[Line]) -> None:
    """A link shared in a chat app, copied with its card: the card's description (the lede,
    cut short or put in other words) right over 'more' and the address is the card's; the
    page under it carries the story."""
    texted = [line for line in lines if line.text]
    for above, line in itertools.pairwise(texted):
        if not above.verdict and _MORE_AT.fullmatch(line.text) and len(above.text) <= _CARD_TEXT:
            above.decide(FORUM, "a shared link's card: its description over the address")
            line.decide(FORUM, "a shared link's card: its address")


_CARD_TEXT = 300  # characters of a card's description at most


# A note-taking app's clip opens with the note's title, the day and time it was clipped and
# the page's address: 'Thursday, March 13, 2025' / '4:18 PM' / 'Clipped from: https://…'.
_CLIPPED = re.compile(r"clipped\s+from\s*:", re.I)
_CLIP_HEAD = 5  # lines: the title, the day, the time, the address


def clip_time(lines: list[Line]) -> None:
    """The stamps over a clip's 'Clipped from:' line are when the editor clipped the page,
    never the article's."""
    texted = [line for line in lines if line.text][:_CLIP_HEAD]
    at = next((n for n, line in enumerate(texted) if _CLIPPED.match(line.text)), None)
    if at is None:
        return
    for line in texted[1:at]:
        if line.verdict == STAMP:
            line.found.pop("stamps", None)
            line.decide(LABEL, "a clip's time of clipping (not the article's)")
