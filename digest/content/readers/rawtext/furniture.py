"""Furniture at a story's edges that only its neighbours give away.

    SEOUL, Aug. 22 (Hanul) -- The central bank ... (END)    -> the end mark is a line of its own
    Sign up to discover ... / Free / Ad-free reading. / Membership / Read member-only stories
                                                            -> a platform's membership pitch
    Written by Jane Doe / 1.4K Followers · Writer for X / <bio>
                                                            -> a writer card: the story is over
    옛 교실을 고친 객실. 칠판을 그대로 살렸다.                  -> a caption (it opens with a noun)
    사진 2 / 12 / 실내를 둘러보는 관람객들.                      -> a gallery's counter over its caption
    첨부: 사진 1매 / 모델들이 새 상품을 알리고 있다.             -> a release's picture count over its caption
    1. Why did the ferry stop? / 2. Find the island on a map.  -> a quiz after the story
    [펌] X 떴다 / ㅇㅇ(118.235) / 2025.12.12 09:41:17         -> a community post's title and time
    Source: Brightwell Pictures / 'Frostbound'               -> a picture's credit and caption
    Press contacts: / Alana Ruiz, X Communications, a@x.example -> contacts, not writers
    Get our free newsletter / <what it sends> / Email address  -> a newsletter box

`glued_end_marks` runs before the lines are judged; `membership_pitch`, `follower_counts`,
`community_post`, `picture_sources`, `contacts_under_heading` and `newsletter_box` after;
`noun_captions`, `gallery_captions`, `captions_under_photo_count` and `quiz_after_story` once
the body is known.
"""

from __future__ import annotations

import re

from digest.content.readers.rawtext import wire
from digest.content.readers.rawtext.lines import GALLERY_COUNTER, TABLE_ROW_RULE
from digest.content.readers.rawtext.source import (
    BYLINE,
    CAPTION,
    CHROME,
    CONTACT,
    FORUM,
    LABEL,
    PROMO,
    STAMP,
    Line,
)

# '... for the 13th consecutive meeting. (END)': a wire's end mark glued to the last
# paragraph, after its full stop.
# A national agency's '/.' closes its story glued to the full stop: '... last year./.'
_GLUED_END = re.compile(
    r"(?<=[.!?\"'\u201d\u2019\ub2e4])(?:\s+(?P<mark>\((?:END|ENDS|\ub05d)\))|(?P<slash>/\.))\s*$", re.I
)


def glued_end_marks(lines: list[Line]) -> None:
    """A paragraph with the wire's end mark glued on: the mark becomes a line of its own
    after it, so the story ends there and what follows (a feedback link, a share row) is
    the footer's."""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        # gate (speed): the mark's last character, ')' or the '/.' pair (most paragraphs end in '.')
        if not line.text or line.verdict or not (line.text[-1:] == ")" or line.text[-2:] == "/."):
            continue
        match = _GLUED_END.search(line.text, max(0, len(line.text) - 12))
        if match is None or match.start() < 20:
            continue
        line.text = line.text[: match.start()]
        mark = match["mark"] or match["slash"]
        lines.insert(index, Line(line.number, mark, mark))
        index += 1


# A plan's name alone on a line of a platform's pitch ('Free', 'Membership', 'Premium
# $5/month', '멤버십'), and a line of the pitch: short.
_PLAN = re.compile(
    r"(?:free|members?(?:hip)?|premium|plus|pro|basic|standard|paid|supporter|monthly|annual|yearly|"
    r"founding\s+member|\ubb34\ub8cc|\uba64\ubc84\uc2ed|\ud504\ub9ac\ubbf8\uc5c4|\uc720\ub8cc(?:\s*\uad6c\ub3c5)?)"
    r"(?:\s*[-\u2013\u2014\u00b7:]?\s*[$\u20ac\u00a3\u20a9]?\d[\d.,]*\s*(?:/\s*\w+)?)?",
    re.I,
)
_PITCH_LINE = 60
_PITCH_LINES = 10


def membership_pitch(lines: list[Line]) -> None:
    """'Sign up to discover …' and under it the plans a blogging platform sells, each
    plan's name alone over short lines of what it gives ('Distraction-free reading. No
    ads.'): the platform's pitch, however much its lines read like sentences. The run of
    short lines after the sign-up prompt is the pitch when it opens with a plan's name."""
    for index, line in enumerate(lines):
        if line.verdict != PROMO:
            continue
        run: list[Line] = []
        for other in lines[index + 1 :]:
            if not other.text:
                continue
            if len(other.text) > _PITCH_LINE or len(run) == _PITCH_LINES:
                break
            if other.verdict not in ("", PROMO, CHROME):
                break
            run.append(other)
        plans = {id(other) for other in run if _PLAN.fullmatch(other.text)}
        if run and id(run[0]) in plans and any(not other.verdict and id(other) not in plans for other in run):
            for other in run:
                if not other.verdict:
                    other.decide(PROMO, "a platform's membership pitch (plans and what they give)")


# '312 Followers', '1.2K followers · Writer for Harbor Lines', 'Followers 3,104', '팔로워 312명':
# a writer card's count, after the story. The card (the writer's bio) and the platform's
# footer follow it.
_FOLLOWERS = re.compile(
    r"(?:\d[\d.,]*\s*[KkMm]?\s+followers?|followers?\s*:?\s*\d[\d.,]*\s*[KkMm]?|\ud314\ub85c\uc6cc\s*\d[\d.,]*\s*\uba85?)"
    r"(?:\s*[\u00b7\u2022|,]\s*[^.!?]{1,60})?",
    re.I,
)


def follower_counts(lines: list[Line]) -> None:
    """A writer card's follower count ends the story: the bio under it is the writer's."""
    for line in lines:
        if (
            not line.verdict
            and line.text
            and len(line.text) <= 100
            and ("ollower" in line.text or "\ud314\ub85c\uc6cc" in line.text)  # gate (speed)
            and _FOLLOWERS.fullmatch(line.text)
        ):
            line.decide(BYLINE, "a writer card's follower count (the story is over)", end=True)


# A community's poster: a nickname and the first half of their address ('ㅇㅇ(118.235)',
# '갈매기아재(121.160)'), as a Korean gallery board prints it over the post.
_POSTER_ADDRESS = re.compile(r"[^\s()]{1,20}\(\d{1,3}\.\d{1,3}\)")


def community_post(lines: list[Line]) -> None:
    """A community board's post over a pasted article: the thread's title over the poster
    is the poster's, not the article's headline ('[펌] X 재계약 떴다'), and the time under
    the poster is when they posted, not when the article was published. Only the first
    poster: the comments' posters are the footer's."""
    texted = [line for line in lines if line.text]
    at = next((i for i, line in enumerate(texted) if _POSTER_ADDRESS.fullmatch(line.text)), None)
    if at is None or at == 0:
        return
    texted[at].decide(FORUM, "a community's poster (a nickname and half an address)")
    title = texted[at - 1]
    if title.verdict in ("", LABEL):
        title.decide(LABEL, "a community thread's title over its poster (the poster's, not the article's)")
    if at + 1 < len(texted) and texted[at + 1].verdict == STAMP:
        texted[at + 1].decide(FORUM, "the time a community's post was posted (under its poster)")


# A newsletter box: its heading ('Get our free newsletter'), a line on what it sends, the
# field for the reader's address.
_NEWSLETTER_HEADING = re.compile(r".{0,30}\bnewsletters?\b.{0,30}", re.I)
_ADDRESS_FIELD = re.compile(r"(?:your\s+)?e-?mail(?:\s+address)?\s*\*?:?", re.I)


def newsletter_box(lines: list[Line]) -> None:
    """The line between a newsletter box's heading and its address field says what the
    newsletter sends ('Consumer news, recalls and test results, every Thursday.'): the
    box's, not the story's."""
    texted = [line for line in lines if line.text]
    for index in range(1, len(texted) - 1):
        heading, line, field = texted[index - 1], texted[index], texted[index + 1]
        if (
            not line.verdict
            and heading.verdict in (CHROME, PROMO)
            and _NEWSLETTER_HEADING.fullmatch(heading.text)
            and _ADDRESS_FIELD.fullmatch(field.text)
        ):
            line.decide(
                PROMO, "a newsletter box's line on what it sends (between its heading and address field)"
            )


# A release's heading over the people to call: 'Press contacts:', 'Media Contact'.
_CONTACT_HEADING = re.compile(r"(?:press|media|news)\s+(?:contacts?|enquiries|inquiries)\s*:?", re.I)
_CONTACTS_UNDER = 4  # lines under the heading that may be its contacts


def contacts_under_heading(lines: list[Line]) -> None:
    """'Press contacts:' over 'Alana Ruiz, X Communications, alana@x.example': the people
    to call about a release, not its writers."""
    texted = [line for line in lines if line.text]
    for index, line in enumerate(texted):
        if line.verdict != CONTACT or not _CONTACT_HEADING.fullmatch(line.text):
            continue
        for under in texted[index + 1 : index + 1 + _CONTACTS_UNDER]:
            if under.verdict == BYLINE:
                under.found.pop("authors", None)
                under.decide(CONTACT, "a contact under the release's contact heading")


# A picture's caption that is a work's title in quotes alone: "'Frostbound'".
_QUOTED_TITLE = re.compile(r"['\u2018\"\u201c][^'\"\u2018\u2019\u201c\u201d]{1,60}['\u2019\"\u201d]")


def picture_sources(lines: list[Line]) -> None:
    """'Source: Brightwell Pictures' beside "'Frostbound'" in a trade paper's header: the
    picture's credit, its caption the film's title; 'Source: Boxline' under a table: the
    figures'. Neither is the source the story came from."""
    texted = [line for line in lines if line.text]
    for index, line in enumerate(texted):
        if line.rule != "source line":
            continue
        if index and texted[index - 1].rule == TABLE_ROW_RULE:
            # 'Source: Boxline' under a table of figures: where the figures come from
            line.found.pop("outlet", None)
            line.decide(CHROME, "the source of a table's figures, under the table")
            continue
        near = texted[max(index - 1, 0) : index] + texted[index + 1 : index + 2]
        caption = next((other for other in near if _QUOTED_TITLE.fullmatch(other.text)), None)
        if caption is not None:
            line.found.pop("outlet", None)
            line.decide(CAPTION, "a picture's credit ('Source: X') beside its caption, a work's title")
            caption.decide(CAPTION, "a picture's caption: a work's title in quotes beside its credit")


# A weather widget's link under its forecast: 'Full Forecast', '7-Day Forecast'.
_FORECAST_LINK = re.compile(r"(?:full|extended|detailed|hourly|\d{1,2}[- ]day)\s+forecast", re.I)
_WIDGET_REACH = 2  # text lines above the link where the widget prints its time


def weather_widget(lines: list[Line]) -> None:
    """A weather widget in the header ('47°', 'Today', 'Sunny early ...', 'Updated: November
    5, 2025 @ 6:12 am', 'Full Forecast'): its link, and the time it prints over the link,
    which is the forecast's, not the story's."""
    for index, line in enumerate(lines):
        if line.verdict or len(line.text) > 20 or not _FORECAST_LINK.fullmatch(line.text):
            continue
        line.decide(CHROME, "a weather widget's link")
        above = [other for other in lines[max(index - 2 * _WIDGET_REACH, 0) : index] if other.text]
        for other in above[-_WIDGET_REACH:]:
            if other.verdict == STAMP:
                other.found.pop("stamps", None)
                other.decide(CHROME, "a weather widget's time (the forecast's, not the story's)")


# A Korean caption that reads like a sentence opens with a noun phrase ('옛 교실을 고친
# 객실.', '행사에 참석한 주민들 모습.'): its first sentence ends on a noun, where the story's end
# on a verb's ending ('…했다.', '…이다.', '…요.').
# (a decimal point is no full stop: '12.3인치 화면 두 개가 이어져 있다.')
_NOUN_FIRST = re.compile(r"[^.!?\"'\u201c\u201d]{4,40}?[\uac00-\ud7a3]\.(?:\s+(?:[^.!?]|\d\.\d){4,80}[.!?])?")
_VERB_ENDINGS = frozenset("다요죠까네지오라자음함임됨군")
# A picture in the file: a photographer's credit ('글·사진=', '사진=', '[사진]', '사진 제공',
# '포토그래퍼 이름'), '▲' over a caption, a gallery's counter ('사진 2 / 12').
_PICTURE = re.compile(
    r"\uc0ac\uc9c4\s*(?:[=\]:\uc81c]|\d{1,2}\s*/\s*\d)|\u25b2|\ucd2c\uc601\s*=|\ud3ec\ud1a0\uadf8\ub798\ud37c"
)
_CAPTION_CHARS = 100


def noun_captions(lines: list[Line], body: list[Line]) -> None:
    """A short line among the story's paragraphs, or above a longer lede, that opens with
    a noun phrase is a picture's caption when the page has pictures (a photographer's
    credit, a '▲')."""
    story = {id(line) for line in body}
    if len(body) < 4 or not any(
        _PICTURE.search(line.text) for line in lines if line.text and id(line) not in story
    ):
        return
    index = 0
    while index < len(body) - 1:
        line = body[index]
        text = line.text
        if (
            len(text) <= _CAPTION_CHARS
            and "." in text[4:42]  # gate (speed)
            and (index or len(body[1].text) > len(text))  # above the lede, the lede is the longer
            and _NOUN_FIRST.fullmatch(text) is not None
            and text[text.index(".") - 1] not in _VERB_ENDINGS
        ):
            line.decide(CAPTION, "a caption opening with a noun phrase (the page has pictures)")
            del body[index]
            continue
        index += 1


# A video player's label over the clip's title and its one-line description, above the
# story or between its paragraphs: 'Video' / 'Farmers count frost damage' / 'Ana Ruiz
# reports on the damage.'
_VIDEO_LABEL = re.compile(r"(?:video|watch(?:\s+video)?|play\s+video|영상|동영상)", re.I)
_VIDEO_TEXT = 160  # a clip's title or description is a line, no paragraph
_DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def video_cards(lines: list[Line]) -> None:
    """A video player's title and description under its label are the player's, not the
    story's: two short lines, the second one sentence, with a longer paragraph under them."""
    texted = [line for line in lines if line.text]
    for at, label in enumerate(texted[:-3]):
        if len(label.text) > 12 or not _VIDEO_LABEL.fullmatch(label.text):
            continue
        title, about, after = texted[at + 1 : at + 4]
        if _DURATION.fullmatch(title.text):
            # 'Play video' / '2:37': the player's label and the clip's length; what follows
            # is the story's own (its description would come with a title)
            label.decide(CHROME, "a video player's label")
            title.decide(CHROME, "a video's length in its player")
            continue
        if (
            not title.verdict
            and not about.verdict
            and len(title.text) <= _VIDEO_TEXT
            and title.text[-1:] not in ".!?"
            and len(about.text) <= _VIDEO_TEXT
            # (a show's name in quotes may close it: '... on 'The Closing Bell Report.'')
            and about.text.rstrip("'\"\u2019\u201d")[-1:] in ".!?"
            and len(after.text) > len(about.text)
        ):
            label.decide(CHROME, "a video player's label")
            title.decide(CHROME, "a video's title in its player")
            about.decide(CHROME, "a video's description in its player")


# A caption is one sentence or two of moderate length.
_GALLERY_CAPTION_CHARS = 200


def gallery_captions(lines: list[Line], body: list[Line]) -> None:
    """The line right under a gallery's counter ('사진 2 / 12', 'Photo 3 of 8') is that
    picture's caption, however much it reads like the story ('A ferry crosses the bay.'),
    above the lede as between the paragraphs; unless it opens with a dateline, which only
    a story's first paragraph does (a gallery whose pictures have no caption)."""
    if not any(line.rule == GALLERY_COUNTER for line in lines):
        return
    story = {id(line) for line in body}
    above: Line | None = None
    for line in lines:
        if not line.text:
            continue
        if (
            above is not None
            and above.rule == GALLERY_COUNTER
            and id(line) in story
            and len(line.text) <= _GALLERY_CAPTION_CHARS
            and len(body) > 2
            and wire.dateline(line.text) is None
        ):
            line.decide(CAPTION, "the line under a gallery's counter (its caption)")
            body.remove(line)
        above = line


# A Korean release's count of its attachments that names pictures: '첨부: 사진 1매',
# '붙임 사진 2장', '사진 3매'. What follows it, one short line to a picture, is their captions.
_PHOTO_COUNT = re.compile(
    r"[<\[(]?\s*(?:첨부|붙임)?\s*[>\])]?\s*[:\uff1a]?\s*사진\s*(?P<n>\d)\s*(?:매|장|부|점)\.?"
)
# A caption is one sentence at most this long; a paragraph of the story runs longer.
_PHOTO_CAPTION_CHARS = 150


def captions_under_photo_count(lines: list[Line], body: list[Line]) -> None:
    """The lines right under a release's count of its pictures ('첨부: 사진 1매') are
    the pictures' captions ('동행화재 모델들이 ... 출시를 알리고 있다.'), one to a picture,
    not the story's last paragraph: the count closes the release's text."""
    story = {id(line) for line in body[1:]}
    left = 0  # captions still expected under the last count
    for line in lines:
        if not line.text:
            continue
        if len(line.text) <= 16 and "사진" in line.text:  # gate (speed)
            found = _PHOTO_COUNT.fullmatch(line.text)
            if found:
                left = int(found["n"])
                continue
        if left and id(line) in story and len(line.text) <= _PHOTO_CAPTION_CHARS and ". " not in line.text:
            line.decide(CAPTION, "a caption under a release's count of its pictures ('첨부: 사진 1매')")
            body.remove(line)
            left -= 1
            continue
        left = 0


# A learning page's questions for its reader after the story: numbered from 1, each a
# question or an instruction ('2. Find the island on a map.', '2. 방법을 찾아 적어 보세요.').
_NUMBERED = re.compile(r"(?:Q\s?)?(?P<n>\d{1,2})[.)]\s+\S.{2,150}")
_TO_READER = re.compile(
    r"(?:\?|세요\.|시오\.|봅시다\.|봐요\.)$"
    r"|^(?:Q\s?)?\d{1,2}[.)]\s+(?:Find|Write|Explain|Describe|Discuss|List|Name|Compare|Look|Think|Tell)\b"
)


def quiz_after_story(body: list[Line]) -> None:
    """Numbered questions for the reader that close the story's lines (a quiz, a
    worksheet's questions under a learning article) are not the story's end: two or more,
    numbered from 1, each a question or an instruction, one a question at least."""
    run = 0
    opened = False  # the run reached its question 1
    while not opened and run < len(body) - 2 and (found := _NUMBERED.fullmatch(body[-1 - run].text)):
        if not _TO_READER.search(body[-1 - run].text):
            return
        run += 1
        opened = found["n"] == "1"
    if run < 2 or not opened or not any(line.text.endswith("?") for line in body[-run:]):
        return
    for line in body[-run:]:
        line.decide(CHROME, "a quiz's numbered question after the story")
    del body[-run:]


# 'Police identify driver in crash on Chinden Blvd.': a headline in a related-stories list
# whose last word is an abbreviation; its full stop is the abbreviation's, not a
# sentence's, and it is one sentence.
_ABBREVIATED_END = re.compile(
    r"[^.!?]{10,120}\s(?:Blvd|St|Ave|Rd|Dr|Hwy|Pkwy|Ln|Ct|Pl|Sq|Mt|Ft|Co|Inc|Corp|Ltd|Jr|Sr|Dept)\."
)


def headline_ending_in_abbreviation(text: str) -> bool:
    """One sentence whose only full stop is an abbreviation's ('… on Chinden Blvd.')."""
    return text[-1:] == "." and _ABBREVIATED_END.fullmatch(text) is not None
