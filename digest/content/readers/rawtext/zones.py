"""Header, body and footer: where the story starts, where it ends, and its headline.

A scraped page is the site's header (its name, menus, breadcrumbs, the headline, maybe
twice, stamps and bylines), then the story, then the site's footer (copyright, related
stories, comment prompts). The body starts at the first paragraph of prose that is not
a list item, and runs to the last sentence before the first mark of the end (a copyright
or "with the" outlet line, a wire's (END), a broadcaster's sign-off, a wire's credits, a
note about the article itself); furniture between its paragraphs (captions, promos,
teasers, bylines) was judged by `lines.py` and stays out. A byline is not a mark of the
end: stories go on after a mid-article byline.

The headline is the first headline-like line before the body (the first line's text
counts; a site's name, a section label or a menu is not headline-like): a deck, a label
or a byline comes after it. A tagged line (a superseded wire flash, a thread title marked
as a repost) gives way to a later one, and a quoted or bold one wins. The first line
printed again near the top ('Subject: ...') is the headline. Lines quoted with '>' hold
the body when the story is a forum repost quoting it. At the story's edges, a sentence
set apart from it by furniture that speaks to the reader, names the site or is too
slight to be news is the header's or the footer's (`_edges`), as justext judges a
paragraph by its neighbours. Once the body is known: a sentence before the paragraph that
opens with the dateline is a caption, a quotation the story prints again is a pull quote,
and disclaimers and prompts glued to (or closing) the story's end are cut off. A live
blog's entries, each under its time label, stay the story's; a person's name alone beside
the stamp is the byline.

Some boundaries are read from the page's structure, whatever its words: a mark of the end
with a run of reporting paragraphs on the story's subject under it was a picture's credit,
not the end (`_story_resumes`); a short run of prose under the story's signature, or a
newsroom biography closing it, is the footer's (`_after_the_signature`, `_closing_bio`);
the site speaking of itself to its reader is not the story (`_Story.off_topic_note`); what
stands over the page's whole byline-and-stamp block is its header (a deck, a sentence
headline: `_deck`, `_over_the_block`), and so are a label's few short points over a longer
lede (`_summary_points`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from digest.content.readers.rawtext import bounds, cues, furniture, relevance, wire
from digest.content.readers.rawtext.bylines import (
    ADDITIONAL_REPORTING,
    BROADCAST_INTRO,
    CONTRIBUTED,
    CREDENTIAL,
    CREDENTIAL_LETTERS,
    PUBLICATION,
    ROLE_CREDITS,
    ROLE_WORDS,
    signoff,
    split_names,
)
from digest.content.readers.rawtext.cards import ROLE_UNDER_NAME
from digest.content.readers.rawtext.lines import (
    CASE_NAME_RULE,
    FIGURE_CAPTION_RULE,
    INTRO,
    ISSUER_OVER_STAMP_RULE,
    ISSUING_OFFICE_RULE,
    METERED,
    OPEN_APP_RULE,
    PASTED_TITLE,
    PHOTO_CREDIT_RULE,
    PHOTOGRAPHER_COPYRIGHT,
    PRINT_MARGIN_RULE,
    REPOST_TITLE,
    SENTENCE_BREAK,
    SPEAKER,
    SPEAKER_AT_RULE,
    STAFF_BLOG_RULE,
    STATUS_LABEL,
    SUBMITTED_TITLE_RULE,
    TAB_TITLE_RULE,
    TABLE_ROW_RULE,
    UI_LABEL,
    about_itself,
    is_bullet,
    is_prompt,
    place_above,
)
from digest.content.readers.rawtext.source import (
    BODY,
    BODY_ZONE,
    BYLINE,
    CAPTION,
    CHROME,
    DASHED_LINE,
    FOOTER,
    FOOTER_ZONE,
    FORUM,
    HEADER_ZONE,
    HEADLINE,
    LABEL,
    MASTHEAD,
    NAVIGATION,
    NOTICE,
    OUTLET,
    PROMO,
    SALUTATION,
    SOURCE,
    STAMP,
    STANDFIRST,
    TEASER,
    Line,
    text_above,
)

# A first paragraph right after the headline, shorter than this and followed by the
# byline before the next one, is a standfirst (a deck), not the story.
_STANDFIRST = 130
_STANDFIRST_HANGUL = 60


# A line that is one quotation and nothing else.
_QUOTATION = re.compile(r"[\"\u201c\u2018'][^\"\u201c\u201d]{4,160}[\"\u201d\u2019'][.!?]?")
_LIST_ITEM = re.compile(r"[-\u2013\u2014•·▪◦●○■□▶▷►‣※]\s")


_VERSION_REACH = 40  # lines after a flash's end mark where its updated version's headline stands
_UPDATE_STAMP_REACH = 6  # lines under the update's headline where its stamp stands
_PARAGRAPH_CHARS_LEAST = 40


def _earlier_version(lines: list[Line]) -> None:
    """A wire's flash, closed by its end mark ('(끝)'), above the story's updated version
    on the same page (a portal shows the app's shared copy, then the wire's page of the
    '(종합)' version): the headline with the update's tag, its stamp, and more paragraphs
    than the flash had. The update is the story; the flash, its headline and its time are
    the page's record of an earlier version."""
    end = next((index for index, line in enumerate(lines) if line.rule == "end mark"), None)
    if end is None:
        return
    update = next(
        (
            index
            for index in range(end + 1, min(len(lines), end + _VERSION_REACH))
            if len(lines[index].text) >= 15 and not lines[index].verdict and wire.is_update(lines[index].text)
        ),
        None,
    )
    if update is None or not any(
        line.verdict == STAMP for line in lines[update + 1 : update + 1 + _UPDATE_STAMP_REACH]
    ):
        return

    def paragraphs(part: list[Line]) -> int:
        return sum(
            1
            for line in part
            if not line.verdict
            and len(line.text) >= _PARAGRAPH_CHARS_LEAST
            and line.text[-1:] in '.!?"\u201d'
        )

    if paragraphs(lines[update + 1 :]) <= max(paragraphs(lines[:end]), 2):
        return
    for line in lines[: end + 1]:
        line.found.pop("end", None)
        if line.verdict == STAMP:
            line.found.pop("stamps", None)
            line.decide(CHROME, "an earlier version's time, above the story's update")
        elif not line.verdict and line.text:
            line.decide(CHROME, "an earlier version of the story, above its update")


@dataclass
class Zones:
    headline: Line | None
    body: list[Line]


def decide(lines: list[Line]) -> Zones:
    """Give every undecided line its verdict and every line its zone."""
    _earlier_version(lines)
    _repeats_of_the_top(lines)
    _summary_boxes(lines)
    _labelled_summary(lines)
    _fact_boxes(lines)
    _labelled_list_boxes(lines)
    _boxes_with_buttons(lines)
    _dated_post_lists(lines)
    _ai_summaries(lines)
    _live_entries(lines)
    _timed_transcript(lines)
    furniture.video_cards(lines)
    _names_by_stamps(lines)
    _speech_page(lines)
    _writers_over_roles(lines)
    _writer_and_team(lines)
    _writer_in_a_table(lines)
    _source_over_name(lines)
    _issuer_over_stamp(lines)
    _picture_credits(lines)
    _scenes_over_agencies(lines)
    _alt_text_over_captions(lines)
    _bios_before_the_story(lines)
    _unfinished_tails(lines)
    _lead_paragraphs(lines)
    _kind_under_its_section(lines)
    _items_ending_alike(lines)
    shapes = {
        id(line): cues.PROSE if line.prose else cues.shape(line.text) for line in lines if not line.verdict
    }
    # A forum repost quoting the story with '>': the quoted paragraphs are the story. A
    # clipped page's blockquote (one quotation among the story's paragraphs) is not.
    paragraphs = [
        line for line in lines if not line.verdict and cues.is_paragraph(line.text, shapes[id(line)])
    ]
    quoted_count = sum(1 for line in paragraphs if line.quoted)
    quoted = quoted_count > 0 and quoted_count >= len(paragraphs) - quoted_count

    asking = _questions_over_a_header(lines)

    def starts_body(line: Line) -> bool:
        form = shapes.get(id(line))
        return (
            form is not None
            and id(line) not in asking
            and not line.verdict
            and cues.is_paragraph(line.text, form)
            and not is_bullet(line.text)
            and not line.text.endswith(":")
            and (line.quoted or not quoted)
        )

    start = _first(lines, starts_body)
    tier = 1
    if start is None:  # no paragraph of prose: a sentence, then any text, holds the body
        tier = 2
        start = _first(
            lines, lambda line: _undecided(line) and not line.first and cues.is_sentence(shapes[id(line)])
        )
    if start is None:
        tier = 3
        start = _first(lines, lambda line: _undecided(line) and not line.first)
    if start is not None and (record := _board_record_below(lines, start)) is not None:
        start = record
    _record_fields(lines, start if start is not None else len(lines))
    blog_title = _blog_post_header(lines, start if start is not None else len(lines))
    headline = _headline(lines, start if start is not None else len(lines), shapes)
    if blog_title is not None and headline is not None and headline is not blog_title:
        headline.decide(LABEL, "a line above a blog post's own title, nickname and stamp")
        blog_title.decide(HEADLINE, "a blog post's title over the blogger's nickname and the stamp")
        headline = blog_title
    if start is not None and tier == 1:
        start = _short_lede(lines, start, headline, shapes)
    entry = _entry_title(lines, start) if start is not None and tier == 1 else None
    if start is not None and tier == 1 and headline is not None:
        start = _after_standfirst(lines, start, headline, shapes, starts_body)
    if (
        start is not None
        and tier == 1
        and not _deck_under(headline, lines, start)
        and (post := _post_under_board(lines, start, shapes, starts_body))
    ):
        start = post
        if headline is not None and lines.index(headline) < start:
            headline.decide(LABEL, "a headline-like line above a board's description (the site's slogan)")
        headline = _headline(lines, start, shapes)
    if start is None:
        for line in lines:
            line.zone = HEADER_ZONE
            if not line.verdict:
                _header_leftover(line, shapes)
        return Zones(headline, [])
    if headline is not None and (post := _live_post_title(lines, headline, start)) is not None:
        headline.decide(LABEL, "a live page's title over the one post the page shows")
        post.decide(HEADLINE, "the title of a live page's post, between its time and its writer")
        headline = post

    _bios(lines, start)
    _comment_sections(lines, start)
    _signed_statement(lines, start)
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if lines[i].found.get("end")
            and not (lines[i].found.get("end_under_story") and not _under_way(lines, start, i))
            and not _note_above_story(lines, start, i)
            and not _sign_up_box(lines, i)
            and (lines[i].found.get("final") or not _story_resumes(lines, start, i, shapes))
        ),
        len(lines),
    )
    in_body = [
        i
        for i in range(start, end)
        if _undecided(lines[i])
        and (tier == 3 or cues.is_sentence(shapes[id(lines[i])]))
        and (lines[i].quoted or not quoted)
    ]
    if tier == 1:
        in_body = _edges(lines, in_body, shapes)
        moved, start = start, in_body[0] if in_body else start
        if entry is not None and in_body and entry < in_body[0] == moved:
            start = entry  # the first entry's title opens the live blog's story
        if headline is not None and start > moved and (pasted := _tagged_headline(lines, moved, start)):
            # A forum post's intro over a pasted wire story: its tagged headline ('(2nd LD)
            # Lingyun pushes ...') below the intro is the story's; the thread's title is the post's
            headline.decide(LABEL, "a post's own title, over the pasted wire story's headline")
            pasted.text = wire.strip_tags(pasted.text)
            pasted.decide(HEADLINE, "a wire story's tagged headline under a post's intro")
            headline = pasted
        if headline is None and start > moved:
            # The story starts lower than its first sentence did ('Watch the full report in
            # the video player above.' was the header's): the headline is looked for above it,
            # and else it is the sentence headline over the deck and the byline block.
            headline = _headline(lines, start, shapes) or next(
                (lines[i] for i in range(moved, start) if lines[i].found.get("sentence_headline")), None
            )
    if tier == 1 and (restart := _second_header(lines, in_body, shapes)) is not None:
        # An aggregator's summary over the story it carries, which restarts under its own
        # headline, byline and stamp: the carried story is the story
        if headline is not None:
            headline.decide(LABEL, "a page's own title over the story it carries under its own header")
        headline, at = restart
        headline.decide(HEADLINE, "the headline of the story a page carries, over its byline and stamp")
        in_body[:] = [i for i in in_body if i > at]
        start = in_body[0]
    if tier == 1 and in_body:
        _cut_off_end(lines, in_body, shapes)
        _signed_off(lines, in_body, shapes)
    last = in_body[-1] if in_body else start
    body: list[Line] = []
    in_block = False
    for index, line in enumerate(lines):
        line.zone = HEADER_ZONE if index < start else BODY_ZONE if index <= last else FOOTER_ZONE
        if line.found.get("block"):
            in_block = True
        if in_block and line.verdict == STAMP and start < index <= last:
            # a related story's time under its headline, in the list: not this story's
            line.found.pop("stamps", None)
            line.decide(TEASER, "a related story's time stamp in a related-stories list")
            continue
        if line.verdict:
            continue
        if headline is not None and _same(line.text, headline.text):
            line.decide(HEADLINE, "the headline repeated")
        elif line.found.get("entry") and line.zone == BODY_ZONE:
            line.decide(BODY, "a live blog entry's title")
            body.append(line)
        elif line.zone == HEADER_ZONE:
            _header_leftover(line, shapes)
        elif line.zone == FOOTER_ZONE:
            line.decide(FOOTER, "after the end of the story")
        elif quoted and not line.quoted:
            line.decide(FORUM, "a forum user's own words around the quoted story")
        elif tier == 3 or (
            cues.is_sentence(shapes[id(line)])
            and (
                not in_block
                or (
                    cues.is_paragraph(line.text, shapes[id(line)])
                    and not _teaser_to_reader(line.text)
                    and not furniture.headline_ending_in_abbreviation(line.text)
                    and not _over_a_listed_date(lines, index)
                    and _DATED_ITEM.fullmatch(line.text) is None
                )
            )
        ):
            in_block = False
            line.decide(BODY, "paragraph" if index != start else "first paragraph")
            body.append(line)
        elif in_block:
            line.decide(TEASER, _LISTED)
        elif wire.has_tag(line.text):
            line.decide(TEASER, "another story's headline with a wire tag")
        else:
            line.decide(TEASER, "a headline-like line inside the story (teaser or sub-head)")
    _site_credit_lede(lines, body)
    _series_description(lines, body)
    _caption_before_dateline(body)
    _credit_under_caption(lines, body)
    _lede_caption(body)
    _scene_caption(lines, body)
    furniture.noun_captions(lines, body)
    furniture.gallery_captions(lines, body)
    furniture.captions_under_photo_count(lines, body)
    _caption_under_credit(lines, body)
    _caption_under_credit_below(lines, body)
    _caption_over_credit(lines, body)
    _captions_among_paragraphs(lines, body)
    _caption_under_placeholder(lines, body)
    _scene_in_english(body)
    _release_from_its_dateline(body)
    _pull_quotes(body)
    _attributed_quotes(lines, body)
    bounds.data_after_story(body)
    furniture.quiz_after_story(body)
    _note_over_story(body)
    letter = _under_salutation(lines, body)
    _glued_disclaimer(body, letter)
    _briefs_after_story(lines, body)
    _next_item_of_issue(lines, body)
    _fields_after_story(lines, body)
    _blog_of_its_staff(lines)
    _link_among_links(lines, body)
    _note_under_writer(lines, body)
    _polite_tail(body)
    _printed_again_below(lines, body)
    _site_notes(body)
    _tip_boxes(body)
    _glued_lead(body)
    _contact_tail(body)
    _footnotes_under(lines, body)
    _company_profile_tail(body)
    _previews(body)
    _update_time_after(body)
    bounds.notices_between(body, _glued)
    _sponsor_between(body)
    bounds.between_paragraphs(lines, body)
    ahead = len(body)
    bounds.glued_to_a_box(lines, body)
    if len(body) < ahead:
        # a box's sentence was the last paragraph: the one it hid from the tail's rules
        # ('Contact X at x@y.example ...' over a newsletter box) is looked at now
        _glued_disclaimer(body, letter)
    bounds.under_a_break_label(lines, body)
    bounds.under_a_message_label(lines, body)
    bounds.comments_after_story(lines, body)
    _table_notes(lines, body)
    _question_headings(body)
    if headline is not None and headline.text[-1:] == ")" and (host := _SUBMITTED_HOST.search(headline.text)):
        # 'Tidewater Systems cuts 1,900 jobs ... (gridwire.example)': a link aggregator's
        # thread over a story, its title followed by the host the story is on
        headline.text = headline.text[: host.start()]
        headline.decide(HEADLINE, SUBMITTED_TITLE_RULE, outlet=host["host"])
    if headline is None:
        headline = _last_crumb_over_deck(lines, start) or _deck_alone(lines, start)
    elif (own := _title_under_intro(lines, headline, start)) is not None:
        headline.decide(LABEL, "a letter's own title over its introduction and the story's title")
        own.decide(HEADLINE, "the story's title under a letter's introduction, over its byline")
        headline = own
    return Zones(headline, body)


# The host of the story a link aggregator's thread is about, after its title: ' (gridwire.example)'.
_SUBMITTED_HOST = re.compile(r"\s+\((?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,12})\)$")


def _title_under_intro(lines: list[Line], headline: Line, start: int) -> Line | None:
    """A newsletter's issue: its own title, a paragraph of introduction ('This week's letter
    is a single long read ...'), then the story's title and byline. The story's title,
    right over the byline under the introduction, is the headline."""
    at = lines.index(headline)
    texted = [line for line in lines[at + 1 : start] if line.text]
    for position in range(1, len(texted) - 1):
        intro, title, byline = texted[position - 1 : position + 2]
        if (
            intro.verdict == STANDFIRST
            and title.rule == _OTHER_HEADER_TEXT
            and byline.verdict == BYLINE
            and 4 <= len(title.text.split()) <= 20
            and title.text[-1:] not in ".:"
            and cues.is_headline_like(title.text, cues.shape(title.text))
            and len(intro.text.split()) >= _INTRO_WORDS
        ):
            return title
    return None


_INTRO_WORDS = 15
_OTHER_HEADER_TEXT = "other header text"


# What a series' or a blog's description says of it, in the present: 'Pacific Currents
# explores ...', 'The Long View is a weekly column ...'.
_DESCRIBES = re.compile(
    r"\s+(?:explores|examines|looks\s+at|covers|brings|offers|features|tracks|is\s+an?|is\s+the)\s"
)


def _series_description(lines: list[Line], body: list[Line]) -> None:
    """'Pacific Currents' over 'Pacific Currents explores the economic and security choices
    facing ...': the series' name and its description, printed over every post, are not the
    story's first paragraph."""
    if len(body) < 3:
        return
    first = body[0]
    at = lines.index(first)
    above = text_above(lines, at)
    if above is None or above.verdict not in (MASTHEAD, LABEL) or len(above.text.split()) < 2:
        return
    name = above.text
    if not first.text.startswith(name + " ") or _DESCRIBES.match(first.text, len(name)) is None:
        return
    first.decide(LABEL, "a series' description under its name, over the story")
    del body[0]


_LIVE_WORD = re.compile(r"\blive\b", re.I)


def _live_post_title(lines: list[Line], headline: Line, start: int) -> Line | None:
    """A live page showing one of its posts: 'Hong Kong stocks live: ...' over 'Showing one
    post', the post's time, its title and its writer's card. The post is the story, and its
    title, right under its time and over its writer, the headline."""
    at = lines.index(headline)
    if not _LIVE_WORD.search(headline.text):
        return None
    texted = [line for line in lines[at + 1 : start] if line.text]
    for position in range(len(texted) - 2):
        stamp, title, writer = texted[position : position + 3]
        if (
            stamp.verdict == STAMP
            and title.verdict in ("", LABEL)
            and writer.verdict == BYLINE
            and len(title.text.split()) >= 4
            and len(title.text) <= _HEADLINE_CHARS
            and title.text[-1:] not in ".:"
        ):
            return title
    return None


_LEFT_IN_HEADER = "text in the header before the story (a deck or key points)"
_SHARES_NO_WORDS = "a line before the story that shares no words with it"
_HEADLINE_CHARS = 160


def _deck_alone(lines: list[Line], start: int) -> Line | None:
    """A headline of two sentences ('Wells are going dry in the high desert. A water
    district wants to meter every one of them.') is read as a deck; with no headline
    found, the header's one such line, right over the byline or the stamp, is the
    headline: a deck is printed under a headline, never instead of one."""
    left = [i for i in range(start) if lines[i].rule == _LEFT_IN_HEADER]
    if len(left) != 1:
        return None
    deck = lines[left[0]]
    below = next((line for line in lines[left[0] + 1 : start] if line.text), None)
    if len(deck.text) > _HEADLINE_CHARS or is_bullet(deck.text) or below is None:
        return None
    if below.verdict not in (BYLINE, STAMP):
        return None
    above = text_above(lines, left[0])
    if (
        above is not None
        and above.verdict == LABEL
        and above.rule.startswith(_SHARES_NO_WORDS)
        and 3 <= len(above.text.split()) <= 15
        and above.text[-1:] not in ".:!?"
    ):
        # a magazine's headline over its deck, in words the story does not use ('The Town
        # That Said No to the Cloud'): the headline after all, the deck its deck
        above.decide(HEADLINE, "a title over the deck and the byline, in words of its own")
        return above
    deck.decide(HEADLINE, "the header's one deck over the byline, with no headline above it")
    return deck


_LISTED = "headline in a related-stories list"


def _last_crumb_over_deck(lines: list[Line], start: int) -> Line | None:
    """Breadcrumbs one a line ('Home' / 'Tech' / 'Databases') read as a list of links
    swallow the headline printed under them; with no headline found, the list's last line,
    right over the deck and the byline, is the headline."""
    texted = [line for line in lines[:start] if line.text]
    for position in range(len(texted) - 2, 0, -1):
        line, below = texted[position], texted[position + 1]
        if line.rule != _LISTED:
            continue
        if below.rule != _LEFT_IN_HEADER or len(line.text) > _HEADLINE_CHARS or len(line.text.split()) < 4:
            return None
        after = next((other for other in texted[position + 2 :] if other.rule != _LEFT_IN_HEADER), None)
        if after is None or after.verdict not in (BYLINE, STAMP):
            return None
        line.decide(HEADLINE, "the last line of a list of links over the deck and the byline (breadcrumbs)")
        return line
    return None


_CHART_LINE = 160
# A chart's or a table's note under it: 'Note: EU-27 includes Germany, ...'.
_TABLE_NOTE = re.compile(r"(?:notes?|source(?:s)?|data)\s*:\s+\S.{0,240}", re.I)


def _table_notes(lines: list[Line], body: list[Line]) -> None:
    """A note right under a table's last row (cells parted by tabs) is the table's, not a
    paragraph of the story; so are a chart's title and note glued above and below its
    'Source:' line ('Hanseong Memory ADRs have outpaced the chip index this year.' /
    'Source: Quantora' / 'Note: Data as of March 11 close.')."""
    for index, line in enumerate(lines):
        if (
            line.verdict != SOURCE
            or not 0 < index < len(lines) - 1
            or not line.text.lower().startswith("source")
        ):
            continue
        if not any(other.verdict == BODY for other in lines[index + 2 :]):
            continue  # a pasted story's source under its last paragraph: no chart between paragraphs
        title, note = lines[index - 1], lines[index + 1]
        glued = [
            other
            for other in (title, note)
            if other.verdict == BODY and other is not body[0] and len(other.text) <= _CHART_LINE
        ]
        if note in glued and not _TABLE_NOTE.fullmatch(note.text):
            glued.remove(note)
        if title in glued and len(_LAST_SENTENCE.split(title.text)) > 1:
            glued.remove(title)
        for other in glued:
            other.decide(CHROME, "a chart's title or note around its source line")
        body[:] = [paragraph for paragraph in body if all(paragraph is not other for other in glued)]
    for index, line in enumerate(lines):
        if (
            index == 0
            or line.verdict != BODY
            or line.text[:5].lower() not in ("note:", "notes", "sourc", "data:")
        ):
            continue
        above = text_above(lines, index)
        if (
            above is not None
            and above.verdict != BODY
            and "\t" in above.text
            and _TABLE_NOTE.fullmatch(line.text)
        ):
            line.decide(CHROME, "a table's note under its last row")
            body[:] = [paragraph for paragraph in body if paragraph is not line]


# 'For more information, contact the Parks Department at 555-0142 or parks@x.example.': a
# release's contact line, the office's, not the story's. It names a way to reach someone.
_CONTACT_TAIL = re.compile(
    r"(?:for\s+(?:more|further|additional)\s+information|for\s+questions|questions\?|media\s+inquiries)\b"
    r"[^.]{0,40}?\b(?:contact|call|e-?mail|write\s+to|reach)\b.{0,160}"
    r"(?:\d{3}[-.\s]\d{4}|@[\w-]+\.|https?://|www\.).{0,40}",
    re.I,
)


# Paragraphs a story has above a mark that ends only a story under way (`ABOUT_BOX_RULE`).
_UNDER_WAY = 3


def _under_way(lines: list[Line], start: int, mark: int) -> bool:
    """Whether the story has `_UNDER_WAY` paragraphs (long lines, undecided) above the mark."""
    long = [line for line in lines[start:mark] if len(line.text) >= _PARAGRAPH_CHARS]
    return sum(1 for line in long if not line.verdict) >= _UNDER_WAY


def _story_resumes(lines: list[Line], start: int, mark: int, shapes: dict[int, cues.Shape]) -> bool:
    """Whether the story goes on below a mark of the end (a picture's '© Paper / Name'
    credit, a results table's 'Source:' line): a run of reporting paragraphs, on the
    story's subject, follows it after a few lines of furniture at most. A footer's prose
    (a bio, notes, comments, a boilerplate) comes one paragraph at a time, or does not
    report, or is about something else."""
    run = _prose_run_below(lines, mark, shapes)
    figure = _under_a_figure(lines, mark)
    if len(run) < (1 if figure else _RESUMED_PARAGRAPHS):
        return False
    texts = [lines[i].text for i in run]
    least = _RESUMED_CHARS_HANGUL if cues.HANGUL.search(texts[0]) else _RESUMED_CHARS
    if sum(map(len, texts)) < least * len(texts) or _NOTE_NUMBER.match(texts[0]):
        return False
    if not figure and not any(cues.REPORTING.search(text) or _FINDING.search(text) for text in texts):
        # (a figure's source under its caption stands between a data story's paragraphs,
        # which report what the data show without anyone saying it)
        return False
    story = relevance.terms(" ".join(line.text for line in lines[start:mark] if not line.verdict))
    return len(relevance.terms(" ".join(texts)) & story) >= _SHARED_TERMS


def _under_a_figure(lines: list[Line], mark: int) -> bool:
    """Whether the mark is a 'Source:' line right under a figure's caption ('Figure 1: ...')."""
    if lines[mark].verdict != SOURCE:
        return False
    above = text_above(lines, mark)
    return above is not None and above.rule == FIGURE_CAPTION_RULE


def _prose_run_below(lines: list[Line], mark: int, shapes: dict[int, cues.Shape]) -> list[int]:
    """The paragraphs of prose that follow each other (blank lines between at most) first
    met below the mark, within `_RESUME_GAP` lines of text (a picture's credit printed
    again, a table's rows); they stop at a line that is not."""
    run: list[int] = []
    gap = 0
    for index in range(mark + 1, len(lines)):
        line = lines[index]
        if not line.text:
            continue
        form = shapes.get(id(line))
        if not line.verdict and form is not None and cues.is_paragraph(line.text, form):
            run.append(index)
            continue
        if run:
            break
        gap += 1
        if gap > _RESUME_GAP:
            break
    return run


# A resumed story: at least this many paragraphs in a row, this long on average, sharing
# this many terms with the story above the mark, within this many lines under it.
_RESUMED_PARAGRAPHS = 2
_RESUMED_CHARS = 80
_RESUMED_CHARS_HANGUL = 50  # a Korean sentence says as much in fewer characters
_SHARED_TERMS = 2
_RESUME_GAP = 4
# A report's own findings say what it found, not who said what: 'We estimate that ...',
# 'The study found ...' (a research group's page, its chart's source between paragraphs).
_FINDING = re.compile(
    r"\b(?:we|the\s+(?:report|study|analysis|survey|authors))\s+(?:estimate|estimated|estimates|find|found|finds"
    r"|calculate|calculated|calculates|project|projected|projects)\b",
    re.I,
)
# A footnote's or a list's number: '[1] Figures ...', '1. The company ...'.
_NOTE_NUMBER = re.compile(r"\[?\d{1,2}[.)\]]\s")


# A time alone the article was updated at, under the story: 'Updated at 8:05 p.m.' (over the
# story, under a date, it is that date's time: `_times_of_dates`).
_UPDATE_TIME = re.compile(
    r"updated\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\.?", re.I
)


def _update_time_after(body: list[Line]) -> None:
    """The story's last 'paragraph' an update's time alone: a note on the article."""
    while len(body) > 1 and len(body[-1].text) <= 40 and _UPDATE_TIME.fullmatch(body[-1].text):
        body.pop().decide(NOTICE, "a note of the time the article was updated, after the story")


# A Korean release's profile of its issuer, closing it without a heading: '그린메이트는 2019년
# 설립된 스마트팜 솔루션 기업으로, ...'.
_KO_PROFILE = re.compile(
    r"[가-힣A-Za-z0-9&·()]{2,20}(?:은|는)\s+(?:19|20)\d{2}년\s*(?:설립|창업|출범)(?:된|한|돼|했)\S*\s.{10,}"
)


def _previews(body: list[Line]) -> None:
    """A paragraph cut short with an ellipsis ('올여름 잦은 비로 ... 번지면서…'), whose words
    open another paragraph of the story: a preview of it (a summary card, a teaser), not
    the story's."""
    for line in list(body):
        text = line.text
        if text[-1:] != "\u2026" and text[-3:] != "...":
            continue
        stem = text.rstrip(".\u2026 ")
        if len(stem) >= _PREVIEW_CHARS and any(
            other is not line and other.text.startswith(stem) and len(other.text) > len(stem)
            for other in body
        ):
            line.decide(CHROME, "a preview of a paragraph, cut short with an ellipsis")
            body.remove(line)


_PREVIEW_CHARS = 20


def _company_profile_tail(body: list[Line]) -> None:
    """A release's last paragraph profiling the company that issued it is its boilerplate."""
    if len(body) >= _PROFILE_UNDER and _KO_PROFILE.match(body[-1].text):
        body.pop().decide(CHROME, "a release's profile of its issuer after the story")


_PROFILE_UNDER = 4  # paragraphs of a release above its issuer's profile


def _footnotes_under(lines: list[Line], body: list[Line]) -> None:
    """'*Annual Percentage Yield (APY) is accurate as of 03/01/2026.' under the story: a
    footnote to an offer's asterisk, the page's small print. Only where a line above it
    carries the asterisk it answers ('Earn 3.85% APY* on balances ...')."""
    while len(body) > _STORY_BEFORE and _FOOTNOTE.match(body[-1].text):
        at, mark = lines.index(body[-1]), body[-1].text[0]
        if not any(mark in line.text.lstrip(mark) for line in lines[:at]):
            return
        body.pop().decide(NOTICE, "a footnote under the story (an asterisk's small print)")
        if len(body) > _STORY_BEFORE and _ASTERISKED.search(body[-1].text):
            # the offer whose asterisk it answers, now the last paragraph: 'Earn 3.85% APY* ...'
            body.pop().decide(PROMO, "the offer a footnote under the story answers (its asterisk)")


_ASTERISKED = re.compile(r"\w[*\u2020](?=[\s,.]|$)")
_FOOTNOTE = re.compile(r"[*\u2020](?!\*)\s?[A-Z(]")


def _contact_tail(body: list[Line]) -> None:
    """A release's 'For more information, contact …' closing the story is its office's contact."""
    if len(body) >= 3 and _CONTACT_TAIL.fullmatch(body[-1].text):
        body.pop().decide(CHROME, "a release's contact line after the story")


# A listed story's date under its teaser (and its writer): '3/13/25', 'Mar 13, 2025'.
_LISTED_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}")


def _over_a_listed_date(lines: list[Line], index: int) -> bool:
    """Whether a line in a list of links has a bare date within the next two lines of text
    (its writer between them): a listed story's teaser, not the story's paragraph."""
    below = [line for line in lines[index + 1 : index + 6] if line.text][:2]
    return any(_LISTED_DATE.fullmatch(line.text) for line in below)


def _teaser_to_reader(text: str) -> bool:
    """A related story's headline that speaks to the reader ('Old gadgets keep dying.
    Here's what you can do about it.'), in a list of links: short, and 'you'."""
    if len(text) >= _TEASER_CHARS:
        return False
    if text[-1:] == "?" and len(SENTENCE_BREAK.split(text)) <= 2:
        # or one that asks ('Why do pipes burst in a cold snap?'), as an explainer's does,
        # after a statement ('The railways are falling apart. Can they be fixed?')
        return True
    bare = _QUOTED_TEXT.sub(" ", text)
    return _YOU.search(bare) is not None or _HERES.search(bare) is not None


_TEASER_CHARS = 100
# A teaser's promise ('... Here's what changes this time.', 'Here is why it matters.')
_HERES = re.compile(r"\bhere(?:'s|\u2019s|\s+is|\s+are)\s+(?:what|why|how|when|where|who)\b", re.I)
_YOU = re.compile(r"\byou(?:rs?|'re|\u2019re|'ll|\u2019ll)?\b", re.I)
_QUOTED_TEXT = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")


# A caption is one sentence of moderate length.
_CAPTION_MAX = 250


# A cut line followed by the file's final newline: longer than any headline (the corpus's
# longest headlines run to 15 words and, in Korean, 76 characters).
_CUT_WORDS = 18
_CUT_CHARS = 80


def _cut_off_end(lines: list[Line], in_body: list[int], shapes: dict[int, cues.Shape]) -> None:
    """A scrape cut mid-sentence ('... rose 31 percent last year, according to'): the file's
    last line, right after the story with nothing between, that has the length and shape of
    a paragraph but no end is the story's unfinished paragraph, not furniture. It counts as
    a sentence so that it is kept. The cut leaves no newline after it (a saved file ends its
    last line with one), which tells it from a teaser's headline at the foot of the page;
    a scraper that ends every file with a newline leaves only the length to tell them
    apart, so such a line needs the length of a sentence no headline has."""
    tail = len(lines) - 1
    newline = tail > 0 and not lines[tail].text and not lines[tail].raw
    if newline:
        tail -= 1
    if (
        tail <= in_body[-1]
        or not lines[tail].text
        or any(lines[i].text for i in range(in_body[-1] + 1, tail))
    ):
        return
    line, form = lines[tail], shapes.get(id(lines[tail]))
    if line.verdict or form is None or form.terminal or form.starts_lower:
        return
    words, chars = (_CUT_WORDS, _CUT_CHARS) if newline else (8, 30)
    long_enough = form.chars >= chars if form.hangul else form.words >= words and form.caps < 0.5
    if (
        long_enough
        and not form.titled
        and form.symbols <= 0.2
        and (line.text[-1].isalnum() or line.text[-1] == ",")
    ):
        shapes[id(line)] = cues.PROSE
        in_body.append(tail)


_ENDS_SENTENCE = frozenset(".!?\"'\u201d\u2019)")


def _signed_off(lines: list[Line], in_body: list[int], shapes: dict[int, cues.Shape]) -> None:
    """A paragraph of the story that ends with a wire-style sign-off ('... surrounding
    streets. — Gullwing.example') is its last: the sign-off is cut off, and what follows
    (reactions, comments, prompts) is the footer's. Only after the story has started: a
    caption above it ends with a credit of the same shape ('... in February. — The
    Herald')."""
    # the story's lines, and the first line of text after them (the signed paragraph does not
    # end like a sentence, so it was not counted in)
    after = next((i for i in range(in_body[-1] + 1, len(lines)) if lines[i].text), in_body[-1])
    for index in range(in_body[0] + 1, after + 1):
        line = lines[index]
        if (
            not _undecided(line)
            or len(line.text) < 60
            or line.text[-1] in _ENDS_SENTENCE  # gate (speed): a sign-off ends with a name
            or (found := _SIGN_OFF.search(line.text)) is None
        ):
            continue
        rest = line.text[: found.start()]
        form = cues.shape(rest)
        if not cues.is_paragraph(rest, form):
            continue
        line.found["tail"] = line.text[found.start() :].strip()
        line.text = rest
        shapes[id(line)] = form
        in_body[:] = [i for i in in_body if i < index] + [index]
        return


_TITLES_AND_PARTIES = re.compile(
    r"\b(?:Rep|Reps|Sen|Sens|Gov|Dr|Mr|Mrs|Ms|St|Mt|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Prof|Rev)\.(?=\s)"
    r"|\([A-Z]-[A-Z][\w.]*\)"
)


# A picture's credit closing its caption: '... Photo by Lena Marsh, GRMC News.', '... (Photo: X)'.
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?\u201d\u2019])\s+(?:(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy\s+of)\s+[^.]{2,60}\.?"
    r"|\((?:photo|image|picture)s?\b[^()]{1,60}\))$",
    re.I,
)


def _caption_before_dateline(body: list[Line]) -> None:
    """A sentence before the paragraph that opens with the dateline is the picture's
    caption: a story's dateline opens its first paragraph, so what stands before it (a
    scene in the present tense, 'Passengers board the morning ferry ...') is not the story."""
    if len(body) < 2 or len(body[0].text) > _CAPTION_MAX:
        return
    # (the picture's credit after it is no sentence of its own: '... has 31 members. Photo
    # by Lena Marsh, GRMC News.')
    text = _TRAILING_CREDIT.sub("", body[0].text)
    if len(_SENTENCE_END.findall(_TITLES_AND_PARTIES.sub("", text[:-1]))) > 1:
        # three sentences or more (a title's or a party's full stop is none: 'Rep. Carla
        # Benning (D-N.M.)'); a caption has a scene and what it shows ('A combine harvests
        # soybeans near Grundy Center. USDA on Tuesday set the rates ...')
        return
    if wire.dateline(body[0].text) is not None or wire.dateline(body[1].text) is None:
        return
    body[0].decide(CAPTION, "a sentence before the dateline's paragraph (a photo caption)")
    del body[0]


# A photographer's credit in capitals with the address of the picture desk or the
# photographer ('NELL BRACKEN NBRACKEN@PORTALDER.EXAMPLE'): the name and its address, no 'By'.
_CAPITALS_CREDIT = re.compile(
    r"(?-i:[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){1,3})\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I
)


def _credit_under_caption(lines: list[Line], body: list[Line]) -> None:
    """A name with an e-mail between the caption and the dateline's paragraph, on a page
    whose story has its byline above, is the picture's credit (the photographer's), not a
    second writer's byline."""
    if not body or wire.dateline(body[0].text) is None:
        return
    texted = [line for line in lines if line.text]
    at = next((i for i, line in enumerate(texted) if line is body[0]), None)
    if at is None or at < 2:
        return
    credit, caption = texted[at - 1], texted[at - 2]
    if (
        credit.verdict != BYLINE
        or caption.verdict != CAPTION
        or "@" not in credit.text
        or _CAPITALS_CREDIT.fullmatch(credit.text) is None
        or not any(line.verdict == BYLINE for line in texted[: at - 2])
    ):
        return
    credit.found.pop("authors", None)
    credit.decide(CAPTION, "a picture's credit (a name in capitals and its address) under the caption")


# A Korean photo caption that reads like a sentence: a place ('서울 마포구의 한 공동육아방에서'),
# then who is doing what, in the present progressive ('~하고 있다.'): a scene, one sentence,
# no quotation and no source. A story's sentence opens with its subject ('정부는 ...'), not
# with where the picture was taken.
# (the place may be named in quotes and after the hour: "새벽 5시, 경북 문경의 한 공장에서",
# "물빛동 '모두의 부엌'에서", "노선 개편 첫날인 20일 오전 청호터미널 정류장에서")
_KO_SCENE_CAPTION = re.compile(
    r"(?:[가-힣A-Za-z0-9·,'\u2018\u2019]+\s){0,8}[가-힣A-Za-z0-9·'\u2018\u2019]+에서\s[^\"'\u201c\u201d.]{4,100}"
    r"(?:고|어|아|여|해|돼|되어|져)\s*있다\."
)
# ... but a trend is the story's ('숲에서 길을 잃는 사고가 잇따르고 있다.'): a picture shows an
# act ('... 노선도를 살펴보고 있다.'), not that something keeps happening or grows.
_KO_TREND = re.compile(
    r"(?:잇따르|늘|줄|이어지|확산되|커지|높아지|낮아지|증가하|감소하|급증하|확대되|번지|속출하|쏟아지|몰리)고\s*있다\.$"
)
# A paragraph that goes on from the one before it ('이들은 ...', '이곳은 ...', '이날 ...'): the
# sentence before it was the story's, not a caption.
_CONTINUED = re.compile(r"(?:이|그|이들|이곳|이날|이에|이처럼|이런|그러나|하지만|또|또한)(?:[은는이가도]|\s)")


# Where each person stands in the picture: '사장(오른쪽)이', '(왼쪽부터) A, B', '(가운데)'.
_KO_POSITION = re.compile(
    r"\((?:왼쪽|오른쪽|가운데|앞줄|뒷줄)(?:\s*(?:부터|두\s*번째|세\s*번째|에서\s*\S+))?\)"
)


def _posed(text: str) -> bool:
    """One sentence that says where its people stand in the picture: a caption."""
    return "(" in text and ". " not in text and _KO_POSITION.search(text) is not None


# A picture's credit on its own line: 'X 구단 제공', '사진 X 제공', '사진=X'.
_KO_PROVIDED = re.compile(r"(?:사진\s*[=:]?\s*)?[가-힣A-Za-z0-9·\s]{2,30}\s제공|사진\s*[=:]\s*\S.{0,30}")


# One sentence of what is going on, in the present progressive: '남강군의회가 17일 ... 본회의를
# 열고 있다.'
_KO_PROGRESSIVE = re.compile(r"[^.\"'\u201c\u201d]{10,150}고\s*있다\.")
# A picture attached to a board's post, by its file's name: '첨부파일 : 본회의.jpg (2.1MB)'.
_PICTURE_FILE = re.compile(r".{0,60}\.(?:jpe?g|png|gif|webp)\b.{0,20}", re.I)


def _under_picture_file(lines: list[Line], line: Line) -> bool:
    """Whether the line right above is a picture file attached to the post: the first
    paragraph under it, saying what goes on in it, is its caption."""
    above = text_above(lines, lines.index(line))
    return above is not None and _PICTURE_FILE.fullmatch(above.text) is not None


def _credit_under(lines: list[Line], caption: Line) -> bool:
    """Whether the line right under `caption` is a picture's credit alone (`_KO_PROVIDED`)."""
    under = next((line for line in lines[lines.index(caption) + 1 :] if line.text), None)
    return under is not None and _KO_PROVIDED.fullmatch(under.text) is not None


def _scene_again(caption: str, lede: str) -> bool:
    """Whether the caption names its place as the lede did ('전남 신안군의 한 ...에서'
    under '... 전남 신안군의 한 선착장 ...'): the picture of the lede's scene, so the next
    paragraph's '이곳은' goes on from the lede, not from it."""
    place = caption.split("에서", 1)[0].split()
    return len(place) >= 2 and " ".join(place[:2]) in lede


_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
# A photo caption above the lede: one sentence in the present tense that ends on the day
# the picture was taken ('A crew replaces a service line on East 79th Street on Tuesday.',
# 'Workers dig at the site in February 2025.'). A lede reports in the past or the future
# ('... raised rates on Wednesday.', '... will open on Monday.') or names its source.
_EN_SCENE = re.compile(
    rf"(?:An?|The|[A-Z][\w'\u2019-]+)\s[^.\"\u201c\u201d]{{10,180}}\s(?:on\s+{_DAYS}|on\s+{_MONTHS}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    rf"|in\s+{_MONTHS}(?:\s+\d{{4}})?|on\s+\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?)\."
)
# ... or what someone does in the picture, during what: 'A soldier from the Royal Artillery
# sets up a portable radar during an exercise on Salisbury Plain.'
# ('Soldiers from the Pilbara Regiment move along a tidal creek during Operation Resolute
# patrols.': many of them, the verb without its 's')
_EN_SCENE_DURING = re.compile(
    r"(?:An?|The|[A-Z][\w'\u2019-]+)\s[^.\"\u201c\u201d]{3,100}?\s[a-z]{3,}\s[^.\"\u201c\u201d]{3,100}?"
    r"\sduring\s(?:an?\s|the\s|[A-Z])[^.\"\u201c\u201d]{3,80}\."
)
_NOT_SCENE = re.compile(
    r"\b(?:said|says|told|according|announced|reported|will|would|could|may|might|plans?|was|were|had|has|have"
    r"|[a-z]{3,}ed"
    # the irregular past tenses a lede reports in
    r"|held|kept|took|made|rose|fell|won|lost|left|met|set|cut|put|hit|began|gave|went|came|saw|found|paid|sold"
    r"|bought|led|ran|spent|sent|built|chose|drove|grew|knew|shut|struck|stood|brought|caught|fought|thought|wrote"
    r"|became|broke|flew|froze|got|hung|lay|meant|quit|rang|sank|shot|slid|spoke|spun|stole|swept|swore|threw|woke)\b"
)


_VIEW_OF = re.compile(
    r"(?:An?|The)\s+(?:aerial|general|drone|overhead|artist['\u2019]s)?\s*(?:view|rendering|photo|image)\s+of\s"
)
_CAPTION_CHARS = 160
# (a view's caption has no verb of its own, the past participles aside: 'An aerial view of
# the flooded town'; a sentence about a view has one: 'A view of the market shows ...')
_VIEW_VERB = re.compile(r"\b(?:said|says|told|shows?|showed|will|would|has|have|had|is|are|was|were)\b")


# A caption with no verb: who (capitalized names, a role word or two among them), then a
# preposition of place or time: 'Rooks boss Danny Pearce on the touchline at ...'.
_PLACED_NAMES = re.compile(
    r"(?P<names>[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|boss|manager|coach|captain|head\s+coach|"
    r"striker|midfielder|defender|goalkeeper|forward|guard|player|players|fans|supporters|star|chief|"
    r"minister|president|director|founder|singer|actor|actress|author|artist|and|&)){1,6})"
    r"\s+(?:on|at|in|during|after|before|with|outside|inside|near|against|ahead\s+of|celebrating|training)\s"
)
# Finite verbs a short sentence about a scene would need ('is', 'arrives', 'speaks').
_FINITE = re.compile(
    r"\b(?:is|are|be|been|being|does|do|did|can|shall|should|must|[a-z]{3,}s\s+(?:a|an|the|his|her|their|to))\b"
)
_VERBLESS_CHARS = 120


def _lede_caption(body: list[Line]) -> None:
    """A photo caption that reads like a sentence, standing above the lede (see _EN_SCENE):
    the lede below it is longer and goes on about the same things."""
    if len(body) < 3:
        return
    caption, lede = body[0], body[1]
    text = caption.text
    shorter = len(text) <= min(_CAPTION_CHARS, len(lede.text))
    if shorter and _VIEW_OF.match(text) and not _VIEW_VERB.search(text):
        # 'An aerial view of the new campus outside Querétaro, Mexico.': what the picture shows
        caption.decide(CAPTION, "a picture's view above the lede (a caption)")
        del body[0]
        return
    if (
        len(text) <= _VERBLESS_CHARS
        and len(lede.text) > 2 * len(text)
        and text[-1:] == "."
        and not _SENTENCE_END.search(text[:-1])
        and (placed := _PLACED_NAMES.match(text)) is not None
        and not _NOT_SCENE.search(text)
        and not _FINITE.search(text)
        and any(word in lede.text for word in placed["names"].split() if word[:1].isupper() and len(word) > 3)
    ):
        # 'Rooks boss Danny Pearce on the touchline at Wrexford Park this afternoon.': names,
        # then where they are, and no verb; the lede names them again
        caption.decide(CAPTION, "a caption without a verb above the lede (who, then where)")
        del body[0]
        return
    if (
        len(text) > 200
        or len(lede.text) <= len(text)
        or text[-1:] != "."
        or _SENTENCE_END.search(text[:-1])
        or (_EN_SCENE.fullmatch(text) is None and _EN_SCENE_DURING.fullmatch(text) is None)
        or _NOT_SCENE.search(text) is not None
    ):
        return
    caption.decide(
        CAPTION, "a sentence in the present tense on when a photo was taken, above the lede (a caption)"
    )
    del body[0]


def _scene_caption(lines: list[Line], body: list[Line]) -> None:
    """A Korean caption describing the picture's scene is not the story, wherever the
    picture stands (above the lede, after the first paragraph, between an interview's
    answers): it names the place where someone is doing something, in the present
    progressive, and the paragraph after it does not go on from it. Above the lede, the
    lede is the longer, unless the picture's credit stands between ('X 구단 제공')."""
    if len(body) < 3:
        return
    index = 0
    while index < len(body) - 1:
        line, after = body[index], body[index + 1]
        if (
            line.text.endswith("있다.")  # gate (speed): the pattern's last word
            and (
                _KO_SCENE_CAPTION.fullmatch(line.text)
                or _posed(line.text)
                or (not index and _under_picture_file(lines, line) and _KO_PROGRESSIVE.fullmatch(line.text))
            )
            and not line.text.split(" ", 1)[0].endswith(
                ("는", "은")
            )  # '정부는 세종청사에서 ... 검토하고 있다.': the story's
            and "에 따르면" not in line.text
            and not _KO_TREND.search(line.text)
            and (index or len(after.text) > len(line.text) or _credit_under(lines, line))
            and (
                not _CONTINUED.match(after.text) or (index and _scene_again(line.text, body[index - 1].text))
            )
        ):
            line.decide(CAPTION, "a sentence describing a photo's scene (a caption)")
            del body[index]
            continue
        index += 1


# A picture's credit on its own line: 'Photo: Harbour News / Mara Quill', 'Image: Getty'.
_CREDIT_LABEL = re.compile(
    r"(?:photo(?:graph(?:er)?)?|picture|image|credit|illustration|file\s+photo)s?(?:\s+by)?\s*[:\uff1a]\s*\S.{0,80}"
    r"|(?:photo|picture|image)s?\s+credits?\s*[:\uff1a]\s*\S.{0,80}"  # ('Image Credits: Fernwork')
    # ('Illustration by Noor Castellanos for The Giving Ledger')
    r"|(?:photo(?:graph)?|picture|image|illustration)s?\s+by\s+[A-Z][^.:]{2,80}"
    rf"|{bounds.CREDIT_LENT}",  # (a picture lent)
    re.I,
)


def _caption_over_credit(lines: list[Line], body: list[Line]) -> None:
    """The story's first 'paragraph' a short sentence over a credit line, the lede below it
    longer ('The stopbank was overtopped in the floods of 2023.' over 'Photo: X / Y'): the
    picture's caption, not the lede."""
    if len(body) < 3 or len(body[0].text.split()) > _CAPTION_WORDS or len(body[1].text) <= len(body[0].text):
        return
    first, second = lines.index(body[0]), lines.index(body[1])
    # (a picture viewer's button, 'view more', is no part of the credit)
    between = [line for line in lines[first + 1 : second] if line.text and line.rule != UI_LABEL]
    if len(between) == 2 and place_above(lines, body[1]):
        between.pop()  # ('Image: HINODE', then 'TOKYO' alone over the lede: its dateline)
    if len(between) != 1 or len(between[0].text) > 90:
        return
    if (
        _CREDIT_LABEL.fullmatch(between[0].text)
        or bounds.CREDIT_DASHED.fullmatch(between[0].text)
        or between[0].rule in (PHOTOGRAPHER_COPYRIGHT, PHOTO_CREDIT_RULE)
    ):
        body.pop(0).decide(CAPTION, "a sentence over the picture's credit, above the lede (a caption)")
    elif _named_credit(lines, between[0].text, first):
        body.pop(0).decide(CAPTION, "a sentence over a photographer's credit, above the lede (a caption)")
    elif _own_name(lines, between[0].text, first):
        body.pop(0).decide(
            CAPTION, "a sentence over the site's own name as its credit: the picture's caption"
        )


# How far down a listed company's release may start at its dateline, under the highlights
# and the note of what it filed ('Fourth quarter 2025 highlights', '... are available at ...').
_DATELINE_DOWN = 4
# A release's dateline with the whole date: 'TORONTO, December 4, 2025 -'.
_RELEASE_DATELINE = re.compile(
    r"[A-Z][\w.'\u2019 -]{1,40}(?:,\s+[A-Z][\w. ]{1,20})?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
)


def _release_from_its_dateline(body: list[Line]) -> None:
    """A release whose first paragraphs carry no dateline and a later one does, with the
    year in it: the release starts there, and what stands above is its highlights' and
    filings' furniture."""
    if not body or wire.lede_dateline(body[0].text) is not None:
        return
    for index, line in enumerate(body[1 : _DATELINE_DOWN + 1], start=1):
        found = wire.lede_dateline(line.text) if line.text[:1].isupper() else None
        if found is None or not _RELEASE_DATELINE.fullmatch(found.place):
            continue
        for above in body[:index]:
            above.decide(STANDFIRST, "a release's note above its dateline (its filings, its highlights)")
        del body[:index]
        return


# Words a caption among the paragraphs has at most ('Water bottles stacked outside a
# supermarket in Chaguanas on Tuesday afternoon.').
_INNER_CAPTION_WORDS = 25
_INNER_CAPTION_RULE = "a sentence among the paragraphs over the picture's credit (a caption)"


def _captions_among_paragraphs(lines: list[Line], body: list[Line]) -> None:
    """A short sentence among the paragraphs with the picture's credit on the very next
    line, the site's own name or a labelled credit ('Caroni 8 News', 'Photo: X'), then a
    blank line and more of the story: the caption of a picture set between paragraphs."""
    at = {id(line): index for index, line in enumerate(lines)}
    inside = {id(line) for line in body}
    index = 1
    while index < len(body) - 1:
        line = body[index]
        below = at[id(line)] + 1
        credit = lines[below] if below < len(lines) else None
        if (
            credit is not None
            and credit.text
            and id(credit) not in inside
            and len(line.text.split()) <= _INNER_CAPTION_WORDS
            and line.text.endswith(".")
            and (below + 1 == len(lines) or not lines[below + 1].text)
            and len(credit.text) <= 60
            and (
                _CREDIT_LABEL.fullmatch(credit.text)
                or _own_name(lines, credit.text, at[id(body[0])])
                or _rights_credit(credit)
                or _NAME_IN_PARENTHESES.fullmatch(credit.text) is not None
            )
        ):
            body.pop(index).decide(CAPTION, _INNER_CAPTION_RULE)
            if credit.verdict == OUTLET:
                credit.decide(CAPTION, PHOTOGRAPHER_COPYRIGHT)
                credit.found.pop("outlet", None)
            continue
        index += 1


def _rights_credit(credit: Line) -> bool:
    """A copyright mark and its holder alone, with no year and no rights reserved, between
    the story's paragraphs ('© The Trustees of the X Museum'): a picture's credit."""
    return (
        credit.verdict == OUTLET
        and credit.rule == "copyright line"
        and credit.zone == BODY_ZONE
        and _YEAR_OR_RIGHTS.search(credit.text) is None
    )


# The photographer's name alone in parentheses under the caption: '(Jun Okafor)', '(Jun
# Okafor / Harbor Wire)'.
_NAME_IN_PARENTHESES = re.compile(
    r"\((?:[A-Z][\w'.\u2019-]+(?:\s+[A-Z][\w'.\u2019-]+){1,3})(?:\s*/\s*[A-Z][\w&'. -]{1,40})?\)"
)
_YEAR_OR_RIGHTS = re.compile(r"\b(?:19|20)\d\d\b|rights|reserved", re.I)


def _own_name(lines: list[Line], text: str, first: int) -> bool:
    """Whether a short line is the site's own name, as its masthead above the story or its
    copyright line prints it: a station's picture credited to itself ('KVLT 4' alone
    under the caption, as 'Staff' or an agency's name would be)."""
    if len(text.split()) > 5:
        return False
    name = _THE.sub("", text.strip()).casefold()
    return any(
        line.verdict == MASTHEAD and _THE.sub("", line.text).casefold() == name for line in lines[:first]
    ) or name in _site_names(lines, first, len(lines))


_CAPTION_WORDS = 40

# A picture's credit without a label: the photographer's name, then a slash and the agency
# or 'for' and the outlet ('Dana Whitlow/Harbour Wire', 'Dana Whitlow for The Tideline').
_NAMED_CREDIT = re.compile(
    r"(?P<who>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})\s*(?P<how>/|\s+for\s+(?:the\s+)?)\s*"
    r"(?P<whose>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z&][\w&'\u2019.-]*){0,4})"
)


_AGENCY_FIRST = re.compile(
    r"[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,2}\s*/\s*(?P<who>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})"
)


def _named_credit(lines: list[Line], text: str, first: int) -> bool:
    """Whether a short line is a photographer's credit (see `_NAMED_CREDIT`): after a slash
    any agency's name; after 'for' only the site's own (a byline says 'By', a credit
    names the outlet the picture was taken for)."""
    found = _NAMED_CREDIT.fullmatch(text)
    if found is None and (agency := _AGENCY_FIRST.fullmatch(text)) is not None:
        # 'Alpimage / Anne-Laure Vuilleumier': the picture agency first, then its photographer
        return (names := split_names(agency["who"])) is not None and len(names) == 1
    if found is None:
        return _name_then_own_name(lines, text, first) or _photographer_alone(text)
    return found["how"] == "/" or _own_name(lines, found["whose"], first)


def _name_then_own_name(lines: list[Line], text: str, first: int) -> bool:
    """'Jamal Price The Harbour Post': the photographer's name, then the site's own with no
    mark between (a credit's two spans copied onto one line)."""
    words = text.split()
    return any(
        _own_name(lines, " ".join(words[cut:]), first)
        and (names := split_names(" ".join(words[:cut]))) is not None
        and len(names) == 1
        and _person_like(names[0])
        for cut in (2, 3)
        if len(words) > cut
    )


def _photographer_alone(text: str) -> bool:
    """'Dana Whitlow' alone under a short sentence and over the longer lede: the picture's
    credit, its photographer's plain name (a sub-head is no person's name)."""
    names = split_names(text) if len(text) <= 40 else None
    return names is not None and len(names) == 1 and _persons_name(names[0])


def _caption_under_credit(lines: list[Line], body: list[Line]) -> None:
    """A scene under the picture's credit, above the lede ('[사진 = 연합뉴스]' over '서울
    시내 한 은행 창구에서 고객들이 상담을 받고 있다.'): the caption, not the story's start."""
    if len(body) < 3 or len(body[0].text) > _CAPTION_MAX:
        return
    index = lines.index(body[0])
    above = text_above(lines, index)
    if above is None or above.verdict != CAPTION or len(body[1].text) <= len(body[0].text):
        return
    text = body[0].text
    if _KO_SCENE_CAPTION.fullmatch(text) or (_EN_SCENE.fullmatch(text) and not _NOT_SCENE.search(text)):
        body.pop(0).decide(CAPTION, "a scene under the picture's credit, above the lede (a caption)")


# A picture's credit on a line of its own: 'Photo: Name/Agency', 'Picture by Name', '[사진=기관]'.
_PICTURE_CREDIT = re.compile(
    r"(?:photo(?:graph)?|picture|image|credit)s?\s*(?:by\b|:|=)|[\[(]?\s*사진\s*[=:]", re.I
)
_CREDIT_CHARS = 80


def _caption_under_credit_below(lines: list[Line], body: list[Line]) -> None:
    """Between the paragraphs, a page that prints a picture's credit over its caption (as
    it did over a caption elsewhere, above the lede) leaves one sentence under the credit:
    a scene in the present ('A ferryman mends a net on the quay.', '... 살펴보고 있다.'),
    the caption, not the story's (a story reports in the past, quotes, says). A credit
    under its caption, or alone, leaves the next paragraph the story's."""
    # gate (speed): a caption is one short sentence, quoting no one
    short = {
        id(line)
        for line in body[1:]
        if len(line.text) <= _CAPTION_MAX and not any(mark in line.text for mark in _QUOTE_MARKS[:4])
    }
    if not short:
        return
    texted = [line for line in lines if line.text]
    layout: bool | None = None
    for before, credit, line in zip(texted, texted[1:], texted[2:], strict=False):
        if id(line) not in short or before.verdict == CAPTION or not _picture_credit(credit):
            continue
        if layout is None:
            layout = _credit_over_caption(texted)
        if layout and _scene(line.text):
            line.decide(CAPTION, "a scene under the picture's credit between the paragraphs (a caption)")
            body.remove(line)


def _picture_credit(line: Line) -> bool:
    return (
        line.verdict in (CHROME, CAPTION)
        and len(line.text) <= _CREDIT_CHARS
        and _PICTURE_CREDIT.match(line.text) is not None
    )


def _credit_over_caption(texted: list[Line]) -> bool:
    """Whether the page prints a picture's credit right over a line it reads as a caption."""
    return any(
        above.verdict != CAPTION and _picture_credit(above) and below.verdict == CAPTION
        for above, below in itertools.pairwise(texted)
    )


def _scene(text: str) -> bool:
    """One sentence of a scene: a Korean caption's present progressive, or an English
    sentence that reports nothing (no past tense, no 'said', no future)."""
    if cues.HANGUL.search(text):
        return _KO_SCENE_CAPTION.fullmatch(text) is not None
    return len(_LAST_SENTENCE.split(text)) == 1 and not _NOT_SCENE.search(text)


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"\u201c\uac00-\ud7a3]")
# A quotation alone, or with its speaker after a dash ('“…” — Park Dong-sik').
_PULL_QUOTE = re.compile(
    r"(?P<quote>[\"\u201c\u2018'][^\"\u201c\u201d]{4,160}[\"\u201d\u2019'][.!?]?)"
    r"(?:\s*[\u2014\u2013-]\s*[A-Z\uac00-\ud7a3][\w .'-]{1,40})?"
)
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"


# Share of a pull quote's words that a paragraph must print: an editor trims a word or two
# from the quotation set large ('the last boat home leaves' becomes 'the last boat leaves').
_PULLED_WORDS = 0.85


def _printed_in(words: str, text: str) -> bool:
    if words in text:
        return True
    quoted = re.findall(r"\w+", words.casefold())
    if len(quoted) < 6:
        return False
    printed = set(re.findall(r"\w+", text.casefold()))
    return sum(word in printed for word in quoted) >= _PULLED_WORDS * len(quoted)


def _in_headline_quotes(text: str) -> bool:
    """A sentence in single curly quotes (U+2018 ... U+2019) and nothing else, as a page
    sets a pull quote in its headlines' style."""
    return (
        text[:1] == "\u2018"
        and text.rstrip(".")[-1:] == "\u2019"
        and "\u201c" not in text
        and text.count("\u2018") == 1
        and len(text) <= _PULL_QUOTE_CHARS
    )


_PULL_QUOTE_CHARS = 200


def _pull_quotes(body: list[Line]) -> None:
    """A quotation standing alone as a paragraph whose words the story prints elsewhere is
    a pull quote, set large between the paragraphs of a feature: the story's words twice."""
    for line in body:
        if line.text[:1] not in _QUOTE_MARKS:
            continue
        quotation = _PULL_QUOTE.fullmatch(line.text)
        if quotation is None:
            continue
        words = quotation["quote"].strip(_QUOTE_MARKS + ".!?, \u2026")
        if len(words) >= 20 and any(other is not line and _printed_in(words, other.text) for other in body):
            line.decide(CAPTION, "a pull quote (a quotation the story prints again)")
        elif _in_headline_quotes(line.text) and any("\u201c" in other.text for other in body):
            line.decide(CAPTION, "a pull quote (in a headline's single quotes, the story's in double)")
    body[:] = [line for line in body if line.verdict == BODY]


# The attribution under a pull quote, on a line of its own: '— Mayoral committee member for
# utilities', or after an en dash. Short, and no sentence.
_ATTRIBUTION = re.compile(r"[\u2014\u2013-]\s*[A-Z\uac00-\ud7a3][^.!?]{1,80}")


def _attributed_quotes(lines: list[Line], body: list[Line]) -> None:
    """A quotation standing alone as a paragraph, with who said it on the line under it
    after a dash, is a pull quote (or an epigraph) set apart from the story, whether or
    not the story prints the words again."""
    positions: dict[int, int] = {}
    for line in body:
        if line.text[:1] not in _QUOTE_MARKS or line.text.rstrip(".!?")[-1:] not in _QUOTE_MARKS:
            continue
        if _PULL_QUOTE.fullmatch(line.text) is None:
            continue
        positions = positions or {id(other): index for index, other in enumerate(lines)}
        under = next((other for other in lines[positions[id(line)] + 1 :] if other.text), None)
        if under is not None and under.verdict != BODY and _ATTRIBUTION.fullmatch(under.text):
            line.decide(CAPTION, "a pull quote over its attribution")
    body[:] = [line for line in body if line.verdict == BODY]


# A distributor's disclaimer glued to a release's last paragraph: who distributed it, and
# that the issuer alone answers for it. Sentences about the release itself, not news.
_DISCLAIMER = re.compile(
    r"(?:(?:distributed|disseminated|transmitted)\s+(?:by|through|via|on\s+behalf\s+of)\s+[^.]{2,80}"
    r"|[^.]{0,80}\b(?:solely|entirely|fully)\s+responsible\s+for\s+(?:the\s+)?(?:content|accuracy)\s+of\s+"
    r"(?:this|the)\s+(?:press\s+)?(?:release|announcement|material)[^.]{0,80}"
    r"|(?:this|the)\s+(?:press\s+)?release\s+(?:was|is|has\s+been)\s+(?:distributed|provided|issued)[^.]{0,120})\.$"
    r"|(?:이|본)\s*(?:보도\s*자료|자료|콘텐츠)[는은].{0,160}(?:책임|배포)[^.]{0,80}다\.?$"
    # a citizen reporters' note: '정책기자단이 작성한 기사는 개인의 의견으로, 정부의 공식 입장과
    # 다를 수 있습니다.'
    r"|[^.]{0,60}개인의\s*(?:의견|견해)(?:으로|이며|일\s*뿐)[^.]{0,60}"
    r"(?:입장|견해|의견)과\s*다를\s*수\s*있습니다\.?$"
    # a market update's small print: 'The information in this update is based on ... at the
    # time of writing.', 'It is provided for general information and does not constitute a
    # rate offer.'
    r"|the\s+information\s+(?:in|contained\s+in)\s+this\s+(?:update|report|article|newsletter|note|page)\s+"
    r"is\s+based\s+on\b[^.]{0,120}\.$"
    r"|[^.]{0,80}\b(?:is|are)\s+(?:provided|intended)\s+for\s+(?:general\s+)?information(?:al)?\s+"
    r"(?:purposes\s+)?(?:only\s+)?(?:and\s+)?(?:does|do)\s+not\s+constitute\b[^.]{0,80}\.$",
    re.I,
)
_LAST_SENTENCE = SENTENCE_BREAK
# A prompt to the reader glued to the end: a question about the reader's tips, or a call
# to write or phone, with the address or number to use.
_TAIL_PROMPT = re.compile(
    r"(?:have|got)\s+(?:a\s+)?(?:news\s+)?(?:tip|story\s+idea)s?\b[^.?!]{0,40}\?"
    r"|do\s+you\s+have\s+(?:information|a\s+tip|tips|documents)\b[^.?!]{0,60}\?"
    # 'Do you have a story that X should be covering? ... Let us know via science@x.example.'
    r"|do\s+you\s+have\s+a\s+(?:story|question)\b[^.?!]{0,80}\?"
    r"|let\s+us\s+know\s+(?:via|at|by\s+e-?mail(?:ing)?)\s+\S+@\S+"
    # a company's update sending its reader to a salesperson: 'Contact your Tallyhouse
    # representative for quotations.'
    r"|contact\s+your\s+(?:local\s+)?[^.!?]{0,40}\b(?:representative|account\s+manager|sales\s+(?:team|office))"
    r"\b[^.!?]{0,40}[.!]?"
    # a newsletter's schedule and its sign-up, one paragraph: 'X's Freight Market Update is
    # published every Monday. Subscribe to receive it by email.'
    r"|[^.!?]{2,80}\bis\s+published\s+(?:every|each)\s+\w+[^.!?]{0,40}\.\s+(?:subscribe|sign\s+up)\b[^!?]{0,120}"
    r"|(?:e-?mail|call|contact|text|write\s+to|reach)\b[^!?]{0,80}(?:@|\(\d{3}\)|\b\d{3}-\d{4}\b)[^!?]{0,60}"
    # 'If you have questions about this notice, email x@y.example or call 0800 000 412 (...).'
    r"|if\s+you\s+have\s+(?:any\s+)?(?:questions?|queries)\b[^.!?]{0,60},\s*(?:please\s+)?"
    r"(?:e-?mail|call|contact|write\s+to|phone)\b[^!?]{0,80}(?:@|\d{3,4}[\s-]\d{3})[^!?]{0,80}"
    # the tip box's advice on a safe channel: 'Use a personal email address, a nonwork WiFi network, ...'
    r"|use\s+a\s+(?:personal|non-?work)\s+(?:e-?mail|device|phone|wi-?fi)\b.*"
    # an event's promo and a newsletter's description after the story ('Join us at the Fathom
    # Asia Summit in Singapore on Nov. 11-12, where ...', 'Fathom Asia: a weekly look at ...')
    r"|join\s+us\s+(?:at|for)\s+(?:the\s+)?[^.!?]{2,80}?"
    r"\b(?:summit|conference|forum|festival|webinar|awards)\b[^!?]{0,200}"
    r"|[A-Z][\w ]{2,40}:\s+an?\s+(?:daily|weekly|monthly)\s+"
    r"(?:look|guide|briefing|newsletter|roundup)\b[^!?]{0,120}"
    # the way to reach the writer safely: 'From a nonwork phone or computer, contact Kit
    # Dorrance securely on Signal at kdorrance.07.'
    r"|(?:from\s+a\s+non-?work\s+(?:phone|device|computer)[^.!?]{0,40},\s*)?(?:contact|reach|message)\b[^.!?]{0,60}"
    r"\b(?:securely|on\s+signal|via\s+signal)\b[^!?]{0,80}"
    # the tip line's way in: 'Contact our newsroom securely.'
    r"|(?:contact|reach|e-?mail|write\s+to)\s+(?:our|the)\s+(?:newsroom|news\s*desk|tips?\s+(?:line|team))\b[^.!?]{0,60}[.!]?"
    # a Korean newsletter's sign-off and its reply box: '다음 주 월요일에 또 만나요!', '답장으로 질문을
    # 보내 주시면 다음 호에서 골라 답해 드릴게요.', '👉 지난 호 다시 보기: ...'
    r"|다음\s*(?:주|호|번)[^.!?]{0,20}또\s*만나요[!.]?|답장으로[^.!?]{0,60}(?:드릴게요|주세요)[.!]?"
    r"|\U0001f449?\s*지난\s*호\s*다시\s*보기\s*[:\uff1a].*"
    # a newsletter's pitch run on after the story: 'Be the first to hear about film
    # announcements, ticket releases and festival events.'
    r"|be\s+the\s+first\s+to\s+(?:hear|know|find\s+out)\s+about\b[^!?]{0,140}"
    # the editor's credit: 'Edited by Marcus Bell.'
    r"|(?:edited|copy[- ]edited|produced)\s+by\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\.?"
    # a business site's line under every story: 'Catch all the Corporate news and Updates on X.'
    r"|catch\s+all\s+the\b[^.!?]{0,120}\b(?:news|updates)\b[^.!?]{0,80}\bon\s+[A-Z][^.!?]{0,40}[.!]?"
    # a data story's method and its offer: 'How we did this: We compared ...', 'Our code and
    # data are available on request.'
    r"|(?:how\s+we\s+(?:did|reported|analy[sz]ed|found)\s+(?:this|it|the\s+data)|methodology|about\s+(?:the|this)\s+data)"
    r"\s*:\s+\S.*"
    r"|(?:our\s+|the\s+)?(?:code|data)(?:\s+and\s+(?:code|data))?\s+(?:are|is)\s+available\s+"
    r"(?:on\s+request|upon\s+request|on\s+github|here|for\s+download)\b[^.!?]{0,40}[.!]?"
    # a business site's line in other words: 'Discover the latest Business News, Sensex, and
    # Nifty updates. Obtain ... on X or download the X App to stay updated!'
    r"|discover\s+the\s+latest\b[^.!?]{0,120}\b(?:news|updates)\b[^.!?]{0,80}[.!]?"
    r"|[^.!?]{0,160}\b(?:download|install|get)\s+(?:the\s+|our\s+)?[^.!?]{2,40}?\s+app\s+to\s+stay\s+"
    r"(?:updated|informed|connected|ahead)[.!]?"
    # a letter's closing formula: 'We apologise for any inconvenience this may cause and
    # thank you for your understanding.'
    r"|we\s+(?:sincerely\s+)?(?:apologi[sz]e|regret)\s+(?:for\s+)?any\s+inconvenience\b[^!?]{0,120}"
    r"|thank\s+you\s+for\s+your\s+(?:understanding|patience|cooperation|co-operation|continued\s+support)[.!]?",
    re.I,
)


# What a sponsor's note says of the issue or the episode it pays for: '... is supported by X'.
_SPONSORED_BY = r"\s+is\s+(?:sponsored|brought\s+to\s+you|supported|presented)\s+by\b"

# The publisher's small print after the story, in sentences no report ends with: a labelled
# disclaimer or note ('Disclaimer: ...', 'Note to editors: ...'), advice disclaimed ('... is not
# financial advice', '투자 판단의 책임은 투자자에게'), a tip line's call ('Got a story?', 'We
# want to hear from you'), market data's terms ('Quotes are delayed at least 15 minutes',
# '*Data is a real-time snapshot'), the publisher's imprint or charity number ('X is published
# by Y', 'X is a registered charity ... (SC012345)'), leave to republish, a story's status
# ('This is a breaking news story ...', 'More to follow.') and a mailing's footer ('You are
# receiving this ...', 'Unsubscribe', '이 메일은 발신 전용입니다', '수신거부를 눌러주세요').
# Each is anchored on the words of the small print, so a story's sentence that mentions a
# charity, a newsletter or advice ('The trust, a registered charity, said ...') is no tail.
_TAIL_NOTE = re.compile(
    r"(?:disclaimer|disclosure|note\s+to\s+(?:editors?|readers)|editor'?s\s+note)\s*:.*"
    # the publisher's disclosure of who owns it: '... and is a fully owned subsidiary of X, Inc.'
    r"|[A-Z][^.]{0,160}\bis\s+a\s+(?:fully|wholly)[\s-]+owned\s+subsidiary\s+of\b.*"
    # ... and what it does not offer: 'X does not provide investment, tax, or legal advice, ...'
    r"|[A-Z][^.]{0,60}\bdoes\s+not\s+(?:provide|give|offer)\s+(?:investment|financial|tax|legal)\b.*"
    # advice disclaimed by the page about itself, not a source's words reported
    r"|(?:this|the|our|nothing|all|any)\b[^.]{0,60}?\b(?:post|article|content|information|material|newsletter|page"
    r"|site|views|above|here)\b[^.]{0,80}\bnot\s+(?:intended\s+as\s+|to\s+be\s+(?:taken|construed)\s+as\s+)?"
    r"(?:financial|investment|legal|tax)\s+advice\b.*"
    r"|(?:(?:got|have|do\s+you\s+have)\s+(?:a\s+)?(?:news\s+)?(?:story|tip|news\s+tip)s?(?:\s+(?:for\s+us|idea))?\?)"
    r"|we(?:'d|\s+would)?\s+(?:want|love|like)\s+to\s+hear\s+from\s+you[.!]?"
    r"|\*?\s*(?:(?:stock\s+|market\s+)?quotes?|(?:market\s+)?data|prices?)\s+(?:are|is)\s+(?:delayed\s+(?:by\s+)?"
    r"(?:at\s+least\s+|up\s+to\s+)?\d+\s+min\w*|a\s+(?:real-time\s+)?snapshot|(?:provided|supplied)\s+by\s+[^.]{2,60})\.?"
    # the imprint: a name in capitals published by an organization ('The book is published
    # by Changbi.' may end a review)
    r"|(?-i:[A-Z][\w&'.-]*(?:\s+[A-Z(][\w&'.()-]*){0,5})\s+is\s+published\s+by\s+[^.]{0,60}?\b(?:ltd|inc|llc|media"
    r"|group|communications|corporation|company|press|office|department|publishing|publications|university)\b[^.]{0,60}\.?"
    r"|[^.]{2,80}\bis\s+a\s+registered\s+charity\b[^.]{0,60}\(?(?:no\.?\s*)?[A-Z]{0,3}\d{5,}\)?\.?"
    r"|[^.]{0,120}\b(?:(?:is|are)\s+free\s+to\s+republish|may\s+be\s+(?:used|republished|reproduced)\s+free\s+of\s+charge)\b.*"
    r"|(?:republish|reprint)\s+(?:this|our)\s+(?:story|article|stories|articles)\b.*"
    r"|[^.]{0,40}\brepublishing\s+(?:guidelines|policy|terms)\b.*"
    r"|this\s+is\s+a\s+(?:breaking(?:\s+news)?|developing)\s+(?:news\s+)?story\b.*"
    r"|(?:more\s+to\s+follow|(?:check\s+back|stay\s+tuned)\s+for\s+updates?)[.!]?"
    r"|you(?:'re|\s+are)\s+receiving\s+this\b.*|unsubscribe\b.{0,60}"
    r"|.{0,120}(?:책임은\s*투자자|투자\s*권유를?\s*(?:목적|위한)|투자\s*참고용).*"
    r"|(?:이|본)\s*(?:메일|뉴스레터)[은는]\s*(?:발신\s*전용.*|.{0,80}?(?:발송|발신|수신|구독)[^.]{0,40}(?:니다|요)\.?)"
    r"|[^.]{0,60}수신\s*거부[^.]{0,30}(?:주세요|하세요|바랍니다|됩니다)[.!]?"
    # a Korean release's or page's footer about itself: whom to call about the release, leave
    # to use the page ('이 보도자료와 관련하여 ... 연락 주시기 바랍니다.', '이 페이지의 콘텐츠는 ...
    # 자유롭게 사용할 수 있습니다.'); a story's sentence ends in '-다.', not the polite '-니다.'
    r"|(?:※\s*)?(?:이|본)\s*(?:보도\s*자료|페이지|게시물|자료)(?:와\s*관련하여|의\s*(?:콘텐츠|내용|자료)[는은]|[는은에])"
    r".{0,120}?(?:담당자|문의|연락|취재|자유롭게|사용|이용|활용|게재|보실|확인|누리집|홈페이지)[^.]{0,60}니다\.?"
    r"|(?:※\s*)?자세한\s*(?:내용|사항)은\s*[^.]{0,60}(?:참고|참조|확인|문의)[^.]{0,30}니다\.?"
    # who pays for the reporting ('Reporting on the lake is supported in part by the X
    # Foundation.') and the paper's word that it decides what runs
    r"|(?:(?:this|our|the)\s+)?(?:reporting|coverage|journalism|story|article|series|project)\b[^.]{0,80}?"
    r"\b(?:is|was|are)\s+(?:made\s+possible|supported|funded|underwritten|paid\s+for)\s+(?:in\s+part\s+|partly\s+)?"
    r"(?:by|through|with)\b[^.]{2,120}\.?"
    r"|[^.]{2,60}\bretains?\s+(?:full\s+|complete\s+|sole\s+)?editorial\s+(?:control|independence)\b.*"
    # a podcast's sponsor and promo: 'This episode is sponsored by X.', 'Use code X for ...',
    # 'Support the show at ...'
    r"|support\s+(?:the|this|our)\s+(?:show|podcast|work|journalism)\b.*"
    rf"|(?:this|today'?s)\s+(?:episode|show|podcast|issue|newsletter|edition|email|letter){_SPONSORED_BY}.*"
    # a newsletter's sign-off: 'Thanks for reading, and forward this to a colleague ...'
    r"|thanks?\s+(?:you\s+)?for\s+reading\b.*"
    # a sponsor's call: 'Book a free 20-minute call at fieldnote.example.'
    r"|book\s+a\s+(?:free\s+)?[^.]{0,30}\b(?:call|consultation|demo)\s+(?:at|with|on)\s+\S+\.?"
    r"|use\s+(?:promo\s+|discount\s+|the\s+)?code\s+\S+\s+(?:for|to\s+get|at\s+checkout)\b.*"
    r"|(?:full\s+|a\s+)?transcripts?\s+(?:is\s+|are\s+)?available\s+(?:for|to)\s+(?:paid\s+)?(?:\w+\s+)?"
    r"(?:subscribers|members|supporters|patrons)\b.*"
    r"|(?:please\s+)?(?:rate|review|rate\s+and\s+review|follow)\s+(?:us|the\s+show|this\s+(?:show|podcast))\b.{0,60}"
    r"|subscribe\s+(?:to\s+[^.]{2,40}\s+)?wherever\s+you\s+(?:get|listen\s+to)\s+(?:your\s+)?podcasts\b.*"
    r"|thanks\s+to\s+(?:our|today'?s|this\s+week'?s)\s+sponsors?\b.*"
    r"|(?:get|save|take)\s+\d+\s*(?:%|percent)\s+off\b.*"
    # the show's credits naming two crafts: 'Ledger Daily is produced by A and edited by B.'
    r"|[^.]{2,60}\bis\s+(?:produced|edited|mixed|engineered)\s+by\s+[^.]{2,80}?\b(?:and|with)\s+(?:\w+\s+){0,2}"
    r"(?:produced|edited|mixed|engineered|engineering|sound\s+design|music)\s+(?:by\s+)?[^.]{2,80}\.?"
    # a station's pointer to itself under every story ('For the latest news, weather, sports,
    # and streaming video, head to KZTQ.')
    r"|for\s+the\s+latest\s+news,\s+weather,?\s+sports,?\s+and\s+streaming\s+video,?\s+head\s+to\s+.{2,60}"
    # a radio reporter's sign-off: "For Commonweal Radio News, I'm Jenna Ortiz in Safford, Ariz."
    r"|for\s+[^,.]{2,60},\s+i(?:'|\u2019)m\s+(?-i:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,3})"
    r"(?:,?\s+in\s+[^.]{2,40}(?:,\s+[A-Z][a-z]{1,4}\.)?)?[.!]?"
    # the host's good-bye: "We'll be back tomorrow."
    rf"|we(?:'|\u2019|\s+wi)ll\s+be\s+back\s+(?:tomorrow|next\s+(?:week|time)|soon|(?:on\s+)?{_DAYS})[.!]*"
    # the show's credits: 'Music by X.', 'Produced by X. Edited by Y.'
    r"|(?:(?:theme\s+)?music|produced|edited|mixed|sound\s+design|artwork)\s+by\s+"
    r"(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\.?"
    # a press release's boilerplate glued into one paragraph: 'About Tidewell: Tidewell
    # builds ...', 'For more information, visit tidewell.example.'
    r"|(?-i:About\s+[A-Z][\w&'.-]*(?:,?\s+[A-Z][\w&'.()-]*){0,4})\s*[:\u2013\u2014]\s+.*"
    r"|(?:for\s+more\s+information,?\s+(?:please\s+)?visit|learn\s+more\s+at)\s+\S+\.?"
    # a British publisher's legal footer: 'The X Post is part of Y Media Ltd.', 'Registered in
    # England and Wales.', 'Company number 01234567.', 'Registered office: ...'
    r"|(?-i:(?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\s+is\s+(?:a\s+)?part\s+of\s+[^.]{0,60}?"
    r"\b(?:ltd|limited|plc|llc|inc|group|media|holdings)\b\.?"
    r"|registered\s+in\s+(?:england|scotland|wales|northern\s+ireland|ireland)\b.*|\d{6,8}\.?"
    # a copyright line glued on ('… in May. © 2025 Fenwick Post Ltd.'), with its year or
    # its company ('ⓒ주간새길' after a caption is the picture's credit)
    r"|(?:©|ⓒ|\(c\)|copyright\b)\s*(?:\d{4}\b|[^.]{0,80}\b(?:ltd|limited|plc|llc|inc|all\s+rights)\b).{0,120}"
    r"|(?:registered\s+)?company\s+(?:registration\s+)?(?:number|no\.?)\s*:?\s*(?:SC|NI)?\d{6,8}\b.*"
    r"|registered\s+(?:office|address)\s*:.*"
    # help credited after the story: 'The Pacific Wire contributed to this report.',
    # 'Additional reporting by A.'; a memorial page's host: 'Sponsored by The Courier.'
    r"|[^.]{2,160}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)\.?"
    r"|additional\s+reporting\s+by\s+[^.]{2,80}\.?"
    # a syndicated story's note: '(Except for the headline, this story has not been edited by
    # X staff and is published from a syndicated feed.)'
    r"|\(?except\s+for\s+the\s+headline,?\s+this\s+(?:story|article|report)\s+has\s+not\s+been\s+edited\b.*"
    # who reported from where: 'Staff writer Jane Doe reported from the rally; ...'
    r"|(?:[\w'-]+\s+){0,2}(?:reporters?|staff\s+writers?|correspondents?|photographers?)\s+"
    r"(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2})\s+(?:reported|contributed)\b.*"
    r"|(?:sponsored|presented)\s+by\s+(?-i:(?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5})\.?"
    # a letter's sign-off: 'See you next week!', '다음 주에 또 만나요!'
    rf"|(?:see\s+you\s+(?:next\s+(?:week|time|month)|soon|tomorrow|(?:on\s+)?{_DAYS})|until\s+next\s+(?:week|time))[.!]*"
    r"|that(?:'|\u2019|\s+i)s\s+(?:it|all)\s+for\s+(?:today|this\s+week|this\s+issue|now)[.!]*"
    # a letter's invitation to answer it: 'Just reply to this newsletter with …'
    r"|(?:just\s+)?(?:hit\s+)?reply\s+to\s+this\s+(?:e-?mail|newsletter|message|letter)\b.*"
    r"|다음\s*(?:주|호|달|번|시간)에\s*(?:또\s*)?(?:만나요|뵐게요|뵙겠습니다|만나겠습니다)[.!~]*"
    # a listed company's release note: 'This announcement has been authorised for release by
    # the Board of X Limited.'
    r"|this\s+(?:announcement|release|document|report)\s+(?:has\s+been|was|is)\s+(?:authori[sz]ed|approved)\s+"
    r"for\s+(?:release|lodge?ment|publication|issue)\s+by\b.*"
    # a speaker's thanks for help with the speech: 'I would like to thank A and B for their
    # help in preparing these remarks.'
    r"|i\s+(?:would\s+like\s+to\s+|wish\s+to\s+|am\s+grateful\s+to\s+)?thank\s+[^.]{2,160}?\s+for\s+"
    r"(?:their|his|her)\s+(?:help|assistance|comments|input|contributions?)\b[^.]{0,40}?"
    r"\b(?:remarks|speech|address|lecture|presentation|talk)\.?"
    # where to ask: 'Please direct questions to the Office of Public Information at ...'
    r"|please\s+direct\s+(?:all\s+)?(?:media\s+)?(?:questions|inquiries|enquiries|queries)\s+to\b.*"
    # a research firm's pointers to its paid report and its webinar: 'Halden clients can
    # read more in "Forecast: ..."', 'Learn how to ... in the complimentary X webinar "..."'
    r"|(?-i:[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2})\s+clients\s+can\s+(?:read|learn|find)\s+more\b.*"
    r"|learn\s+(?:more\s+)?(?:how|about|why|what)\b[^.]{2,120}?\bin\s+(?:the|our|a|this)\s+"
    r"(?:complimentary|free|upcoming|on-demand)\b[^.]{0,60}?\b(?:webinar|report|e-?book|white\s*paper|guide)\b.*",
    re.I,
)
# Gate (speed): a word each English alternative of _TAIL_NOTE needs (the Korean ones need
# Hangul). The pattern tries every length of its leading '[^.]{0,120}' on the last sentence
# of every story, which is seldom small print; an alternative added to it needs its word
# here (tests/test_reader_gates.py checks the gate on every sentence of the test data).
_TAIL_NOTE_WORDS = (
    *(":", "?", "advice", "hear", "delayed", "snapshot", "provided", "supplied", "published"),
    *("registered", "free", "breaking", "developing", "follow", "update", "receiving", "unsubscribe"),
    # a podcast's sponsors, promos and credits; a release's boilerplate; a publisher's legal
    # footer; a glued copyright line; a letter's sign-off
    *("support", "sponsor", "brought", "presented", "code", "transcript", "rate", "review", "podcast"),
    *("for reading", "book a"),
    *("funded", "possible", "underwritten", "paid for", "editorial", "i'm", "i\u2019m", "head to"),
    *("music", "produced", "edited", "mixed", "sound design", "artwork"),
    *(" off", "about", "information", "learn", " part of", "(c)", "copyright", "company", "subsidiary"),
    *(
        "see you",
        "be back",
        "reply",
        "it for",
        "all for",
        "until",
        "contributed",
        "reported",
        "additional",
        "except for the headline",
        "sponsored",
        "presented",
        "republish",
        "reprint",
        "authori",
        "approved",
        "thank",
        "direct",
        "clients",
    ),
)


def _may_hold(sentence: str, words: tuple[str, ...]) -> bool:
    """Gate (speed) of a case-blind pattern each of whose alternatives needs one of
    `words`: whether the sentence has one. A sentence beyond ASCII always may (a
    case-blind match may meet a letter that lower() keeps as it is)."""
    if not sentence.isascii():
        return True
    return cues.has_any(sentence.lower(), words)


def _may_be_tail_note(sentence: str) -> bool:
    return _may_hold(sentence, _TAIL_NOTE_WORDS) or sentence.rstrip(".").isdigit()  # a company number


# A newsletter's sponsor: 'This issue is supported by Fieldnote Legal, a boutique firm ...'.
_SPONSOR_OPENING = re.compile(
    rf"(?:this|today'?s)\s+(?:issue|newsletter|edition|email|letter|episode){_SPONSORED_BY}", re.I
)


def _sponsor_between(body: list[Line]) -> None:
    """A sponsor's paragraph between the story's paragraphs (its note and its call, every
    sentence the sponsor's): the newsletter's, not the story's."""
    for line in list(body[1:-1]):
        opens = line.text[:5].lower() in ("this ", "today") and _SPONSOR_OPENING.match(line.text)
        if opens and all(_glued(sentence) for sentence in _LAST_SENTENCE.split(line.text)):
            line.decide(PROMO, "a sponsor's note between the story's paragraphs")
            body.remove(line)


def _items_ending_alike(lines: list[Line]) -> None:
    """A run of short lines in the header that end with the same word ('아스트라 크로니클
    포트' / '루멘 아카이브 포트' / '발키리 택틱스 포트'): a menu of a site's sections, whose
    items may share the story's words, not a headline."""
    run: list[Line] = []
    ending = ""  # the last word of the run's items
    for line in [*(line for line in lines[:_TOP_LINES] if line.text), None]:
        last = _item_end(line) if line is not None else ""
        if last and last == ending:
            run.append(line)  # type: ignore[arg-type]
            continue
        if len(run) >= _MENU_ITEMS:
            for item in run:
                if item.verdict in ("", LABEL, MASTHEAD):
                    item.decide(NAVIGATION, "a menu's items, each ending with the same word")
        run, ending = ([line] if last else []), last  # type: ignore[list-item]


_MENU_ITEMS = 3


def _item_end(line: Line | None) -> str:
    """The last word of a short line that may be a menu's item, or ''."""
    if line is None or len(line.text) > _MENU_ITEM_CHARS or line.prose:
        return ""
    words = line.text.split()
    return words[-1] if 2 <= len(words) <= _MENU_ITEM_WORDS and len(words[-1]) >= 2 else ""


_MENU_ITEM_CHARS = 30
_MENU_ITEM_WORDS = 4


def _kind_under_its_section(lines: list[Line]) -> None:
    """The page's kind under its section of that kind, in the singular ('Notices to
    industry' / 'Notice to industry', 'Media releases' / 'Media release'): a label over the
    headline, whose words it shares ('industry'), not the headline."""
    texted = [line for line in lines[:_TOP_LINES] if line.text]
    for section, kind in itertools.pairwise(texted):
        if kind.verdict or section.text[:2].casefold() != kind.text[:2].casefold():
            continue  # gate (speed): the two open alike
        words, plural = kind.text.split(), section.text.split()
        if (
            1 <= len(words) <= _KIND_WORDS
            and len(words) == len(plural)
            and plural[0].casefold() == words[0].casefold() + "s"
            and [w.casefold() for w in plural[1:]] == [w.casefold() for w in words[1:]]
        ):
            kind.decide(LABEL, _KIND_RULE)


# Lines from the top where a page's section and kind, and its menus, stand.
_TOP_LINES = 60
_KIND_WORDS = 4
_KIND_RULE = "the page's kind under its section's name ('Notices to industry' / 'Notice to industry')"


def _glued(sentence: str) -> bool:
    return (
        _DISCLAIMER.fullmatch(sentence) is not None
        or _TAIL_PROMPT.fullmatch(sentence) is not None
        or (_may_be_tail_note(sentence) and _TAIL_NOTE.fullmatch(sentence) is not None)
        or METERED.fullmatch(sentence) is not None
        or about_itself(sentence)
        or bounds.small_print(sentence)
        or is_prompt(sentence)
        # a reporter's sign-off run on after the last sentence: '... Reporting from Kahului,
        # I'm Keoni Alapa'i, KHLO 4 News.'
        or (sentence[-1:] == "." and "I" in sentence and signoff(sentence) is not None)
    )


# A wire-style sign-off after the last sentence: '... surrounding streets. — Gullwing.example',
# '... next year. -- AP'. The outlet's name (one to four capitalized words or a domain,
# which a site may print in lower case: '\u2013 harbournews.example') after a dash, with
# nothing after it.
_SIGN_OFF = re.compile(
    r"(?<=[.!?\"\u201d\u2019])\s+(?:--?|[\u2013\u2014])\s*"
    r"(?P<outlet>[A-Z][\w&'+-]*(?:\.[a-z]{2,}|(?:\s+[A-Z][\w&'+-]*){0,3})|[a-z][\w-]*(?:\.[a-z]{2,})+)$"
)


def _unfinished_tails(lines: list[Line]) -> None:
    """Small print without a full stop glued to a paragraph ('... jobs. Unsubscribe', '...
    jobs. *Data is a real-time snapshot') leaves the paragraph looking unfinished, as no
    sentence of the story is: it is cut off before the zones are judged, so the paragraph
    is read as the sentence it is."""
    for line in lines:
        if line.verdict or not line.text or line.text[-1] in ".!?\"'\u201d\u2019)":
            continue
        sentences = _LAST_SENTENCE.split(line.text)
        if len(sentences) > 1 and _may_be_tail_note(sentences[-1]) and _TAIL_NOTE.fullmatch(sentences[-1]):
            line.found["tail"] = sentences[-1]
            line.text = " ".join(sentences[:-1])
            line.prose = False  # judged again by its shape, now that it ends as a sentence


# Small print in words no list holds: after the story, a sentence that speaks of the
# page, its service or its reader ('Transcripts are prepared by a contractor and may
# contain errors.', 'Keep comments civil. Abusive posts will be removed.', 'Follow our
# channel on Telegram for breaking news.', 'AWST = Australian Western Standard Time ...').
# Such a sentence names none of the story's people, places or things, which a story's own
# last sentence does ('Please read the ministry's report on its website.' shares 'ministry'
# and 'report'); so its words say what is spoken of, and the story's terms say whether it
# is about the story. 'We', 'our' and 'you' are no such sign: blogs, letters and reviews
# end their stories in them ('Our pick is the $79 model.').
# The site's own business: its accounts, subscriptions, newsletters, ads and journalism
# ('If you are already a registered user and logged in, ...', 'Sign up to receive daily
# headline news', 'This advertisement has not loaded yet').
_SITE_TALK = (
    r"|\bsign(?:ing|ed)?[\s-]+(?:up|in)\b|\blog(?:ged)?[\s-]*in\b|\bregister(?:ing|ed\s+user)\b"
    r"|\bsubscri(?:be|bed|bing|ber|bers|ption|ptions)\b|\bnewsletters?\b|\binbox\b|\b(?:your|an)\s+account\b"
    r"|\bmembership\b|\b(?:early|full|digital|unlimited|premium|exclusive)\s+access\b|\bjournalism\b"
    r"|\badvert(?:isement|ising)?s?\b|\bcommunity\s+(?:guidelines|standards|rules)\b|\bconversation\b|\bforum\b"
    r"|\b(?:continue|keep)\s+reading\b|\bcontinues\s+below\b|\bfree\s+trial\b|\bcancel\s+any\s*time\b"
    r"|\bhave\s+access\b|\bfree\s+(?:articles?|stories)\b|[$\u00a3\u20ac]\s?\d[\d.,]*\s*(?:a|per|/)\s*(?:week|month|year)\b"
    # how the publication is paid for: 'Harbour Notes is reader-funded.'
    r"|\b(?:reader|listener|member|viewer)-(?:supported|funded)\b"
    # a donation appeal's opening: 'A free press is a cornerstone of a healthy democracy.'
    r"|\bfree\s+press\s+is\b"
)
_PAGE_TALK = (
    r"\bplease\b|\bthis\s+(?:service|site|website|page|translation|transcript|newsletter|channel|broadcast"
    r"|podcast)\b"
    r"|\btranscripts?\b|\bcomment\w*|\bchannel\b"
    r"|\b(?:read|see|view)\s+(?:the\s+)?(?:original|full\s+(?:text|version))\b"  # another version of it
    r"|\btraditional\s+(?:custodians|owners)\b|\belders\s+past\b"  # a land acknowledgement
    # the publisher's accountability and the code it keeps: 'X is accountable for what
    # appears on its websites.', 'Our journalism is bound by the code of ethics.'
    r"|\b(?:its|our)\s+web\s?sites?\b|\b(?:press|ethics|ethical|editorial)\s+(?:code|codes|standards|guidelines)\b"
    r"|\bcode\s+of\s+(?:ethics|practice|conduct)\b"
    r"|^[A-Z]{2,6}\s*=\s"  # a legend of the page's abbreviations
)
_SELF_REFERENCE = re.compile(_PAGE_TALK + _SITE_TALK, re.I)
# Gate (speed): a word each alternative of _SELF_REFERENCE needs; the last sentence of every
# story is asked, and seldom has one.
_SELF_REFERENCE_WORDS = (
    *("please", "this", "transcript", "comment", "channel", "traditional", "elders", "="),
    *("its web", "our web", " code", " standards", " guidelines"),
    *("read", "see", "view"),
    # the site's own business (_SITE_TALK), each alternative's own words
    *("sign up", "sign in", "sign-up", "sign-in", "signing up", "signing in", "signed up", "signed in"),
    *("log in", "logged", "login", "log-in", "registering", "registered user", "subscri", "newsletter"),
    *("inbox", "your account", "an account", "membership", " access", "journalism", "advert", "community"),
    *("conversation", "forum", "continue reading", "keep reading", "continues below", "trial", "cancel"),
    "free press is",
    *("free art", "free stor", "/week", "/month", "/year", " a week", " a month", " a year", " per "),
    *("-supported", "-funded"),
)


def _may_refer_to_itself(sentence: str) -> bool:
    return _may_hold(sentence, _SELF_REFERENCE_WORDS)


def _all_self_reference(text: str) -> bool:
    """Every sentence of the paragraph speaks of the page, its service or its reader."""
    return all(
        _may_refer_to_itself(sentence) and _SELF_REFERENCE.search(sentence) is not None
        for sentence in _LAST_SENTENCE.split(text)
    )


# Quoted words are a source's, whoever they address ('"We will rebuild," she said.').
_QUOTES = '"\u201c\u201d'
# A story shorter than this many terms is too short to say what it is not about.
_STORY_TERMS = 40


class _Story:
    """The terms of the story above its last paragraph, made when first needed and again
    when that paragraph was all small print and left the body."""

    def __init__(self, body: list[Line], letter: bool = False) -> None:
        self._body = body
        self._terms: frozenset[str] | None = None
        self._above = 0
        # A letter ('Dear Valued Customer,' over it) speaks to its reader throughout: its
        # last words to them ('We will keep you informed ... on our website') are its own.
        self._letter = letter

    def off_topic_note(self, sentence: str, *, after_note: bool = False) -> bool:
        """A sentence about the page or its reader that shares at most one term with the
        story (a place or the outlet's subject may recur: 'our Lisbon desk'). Before such
        a sentence in its paragraph (`after_note`), one that shares no term is small print
        too, whatever its words ('Keep it civil. Abusive posts will be removed.')."""
        if any(mark in sentence for mark in _QUOTES):
            return False
        site_talk = _may_refer_to_itself(sentence) and _SELF_REFERENCE.search(sentence) is not None
        if (site_talk or _THIS_STORY.search(sentence)) and _YOU.search(sentence) and not self._letter:
            # the site speaking of itself to its reader ('You can find ... on our website',
            # 'If this story has raised issues for you, ...'; quotations were left out above):
            # the site's voice, however many of the story's words it borrows
            return True
        if not after_note and not site_talk:
            return False
        if self._terms is None or self._above != len(self._body) - 1:
            self._above = len(self._body) - 1
            # Small print above (a comment box's rules over a newsletter's sign-up) names the
            # same publisher: the story's terms are those of its paragraphs about the story.
            self._terms = relevance.terms(
                " ".join(
                    line.text for line in self._body[: self._above] if not _all_self_reference(line.text)
                )
            )
        if len(self._terms) < _STORY_TERMS:
            return False
        own = relevance.terms(sentence)
        shared = len(own & self._terms)
        return shared == 0 or (shared == 1 and len(own) >= (3 if after_note else 4))


# The page naming itself to its reader ('If this story has raised issues for you'); a
# writer's 'the most curious part of this story' speaks to no one.
_THIS_STORY = re.compile(r"\bthis\s+(?:story|article)\b", re.I)


_SITE_BUSINESS = re.compile(_SITE_TALK[1:], re.I)


def _may_speak_of_site(text: str) -> bool:
    """Gate (speed) of _SPEAKS_OF_SITE: a word it needs, in any case."""
    low = text.lower()
    return (
        "you" in low
        or "our" in low
        or "advert" in low
        or "subscri" in low
        or "sign" in low
        or "log" in low
        or "$" in low
    )


_SPEAKS_OF_SITE = re.compile(
    r"\b(?:you|your|our|advert\w*|subscri\w*|sign(?:ing)?\s+(?:up|in)|log\s*in)\b|\$", re.I
)


def _site_notes(body: list[Line]) -> None:
    """The site's own business between the story's paragraphs, every sentence of a
    paragraph about accounts, subscriptions, ads or comments ('This advertisement has not
    loaded yet, but your article continues below.', 'You can save this article by
    registering for free here.') and about nothing the story reports: it shares at most one
    term with the other paragraphs (a story about a paywall shares many)."""
    if len(body) < 3:
        return
    notes = [
        line
        for line in body
        # gate (speed): the site speaks to its reader ('your article', 'You can save ...') or
        # of its ads; a story's paragraph reports in the third person
        if _may_speak_of_site(line.text)
        and _SPEAKS_OF_SITE.search(line.text)
        and not any(mark in line.text for mark in _QUOTES)
        and all(
            _may_refer_to_itself(sentence) and _SITE_BUSINESS.search(sentence) is not None
            for sentence in _LAST_SENTENCE.split(line.text)
        )
    ]
    if not notes:
        return
    story = relevance.terms(" ".join(line.text for line in body if line not in notes))
    if len(story) < _STORY_TERMS:
        return
    for line in notes:
        own = relevance.terms(line.text)
        shared = len(own & story)
        if shared == 0 or (shared == 1 and len(own) >= 4):
            line.decide(PROMO, "the site's own business between the paragraphs (accounts, ads, comments)")
            body.remove(line)


def _printed_again_below(lines: list[Line], body: list[Line]) -> None:
    """A last paragraph that prints again, word for word, a line from above the story (a
    fact-check's claim in a share widget, a deck in a card) is the page's repeat, not the
    story's end."""
    above = {
        line.text.strip(_QUOTE_MARKS) for line in lines if line.zone == HEADER_ZONE and len(line.text) >= 40
    }
    while len(body) > 1 and body[-1].text.strip(_QUOTE_MARKS) in above:
        body.pop().decide(CHROME, "a line from above the story printed again under it")


def _tip_boxes(body: list[Line]) -> None:
    """A tip line's box between the paragraphs: a question for the reader's information
    and the way to reach the reporters ('Do you have documents on the port deal? Email the
    desk at tips@x.example.'), every sentence the prompt's."""
    for line in body[1:-1]:
        if "@" not in line.text and "?" not in line.text:
            continue  # gate (speed): the box asks, and gives an address
        sentences = _LAST_SENTENCE.split(line.text)
        if len(sentences) >= 2 and all(_TAIL_PROMPT.fullmatch(sentence) for sentence in sentences):
            line.decide(PROMO, "a tip line's box between the paragraphs")
            body.remove(line)


# A note the outlet labels, under the story: every sentence after the label is the note's.
_LABELLED_NOTE = re.compile(
    r"\*?\s*(?:disclaimer|disclosure|corrections?|clarifications?|editor(?:'|\u2019)?s\s+note|note\s+to\s+readers"
    # an update's note with its time: 'Update, March 4th, 1:40PM ET: Added details ...'
    # (the date may carry its year: 'Update, March 4th, 2025, 4:10 PM PT: ...')
    r"|updated?(?:,\s*[^:,.]{3,30}(?:,\s*\d{4})?(?:,\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    # ('Updated 3/6/2025, 2:40 pm ET: Added a statement ...')
    r"|\s+\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?)?)"
    r"\s*(?:\([^()]{1,30}\))?\s*[:\u2014]\s*\S"
    r"|\[?(?:바로잡습니다|정정\s*보도|알려드립니다)\]?"
    r"|덧붙이는\s*글\s*[|:]",  # a citizen reporter's addendum ('덧붙이는 글 | 이 기사는 ...')
    re.I,
)


def _note_over_story(body: list[Line]) -> None:
    """A labelled note over the story's first paragraph ('Update, March 4, 2025, 4:10 PM:
    Added a statement from ...', 'Editor's note: ...'): the outlet's note on the article,
    not its lede. (A note glued to the lede is cut off it elsewhere: this takes a note that
    is one sentence of its own.)"""
    if (
        len(body) > 2
        and _LABELLED_NOTE.match(body[0].text)
        and len(_LAST_SENTENCE.split(body[0].text)) == 1
        and not _LABELLED_NOTE.match(body[1].text)
    ):
        body.pop(0).decide(PROMO, "a labelled note above the story (an update or an editor's note)")


def _under_salutation(lines: list[Line], body: list[Line]) -> bool:
    """Whether the story's first paragraph stands under a letter's salutation."""
    if not body:
        return False
    at = lines.index(body[0])
    above = text_above(lines, at)
    return above is not None and SALUTATION.fullmatch(above.text) is not None


def _glued_disclaimer(body: list[Line], letter: bool = False) -> None:
    """Disclaimers and prompts at the story's end, glued to its last paragraph or making
    up a last paragraph of their own, are cut off: the story ends with its own sentence.
    `letter`: the story is a letter to its reader (`_Story`)."""
    story = _Story(body, letter)
    while len(body) > 1:
        line = body[-1]
        if _TAIL_PROMPT.fullmatch(line.text):
            # the whole paragraph is a prompt, whatever its sentences' breaks ('Join us at the X
            # Summit on Nov. 11-12, where ... Register here.')
            line.decide(PROMO, "a prompt or a note on the article after the story (the whole paragraph)")
            body.pop()
            continue
        if _LABELLED_NOTE.match(line.text):
            # 'Disclaimer: ... . Do your own research.', 'Correction: An earlier version ...
            # It was 8-3.': the label makes the whole paragraph the outlet's note
            line.decide(PROMO, "a labelled note after the story (a disclaimer or a correction)")
            body.pop()
            continue
        sentences = _LAST_SENTENCE.split(line.text)
        kept = len(sentences)
        noted = False  # a sentence about the page was cut off this paragraph
        while kept > 0:
            sentence = sentences[kept - 1]
            if story.off_topic_note(sentence, after_note=noted):
                noted = True
            elif not _glued(sentence):
                break
            kept -= 1
        if 0 < kept < len(sentences) and all(_PROMPT_QUESTION.fullmatch(s) for s in sentences[:kept]):
            kept = 0  # 'Have a question? Call our contact centre at ...': the question opens the prompt
        if kept == 0:  # 'Have a news tip? Email ... or call ...': the whole paragraph
            line.decide(PROMO, "a prompt or a note on the article after the story (every sentence)")
            body.pop()
            continue
        if kept < len(sentences):
            line.text = " ".join(sentences[:kept])
            earlier = [str(line.found["tail"])] if line.found.get("tail") else []  # cut before the zones
            line.found["tail"] = " ".join(sentences[kept:] + earlier)
            line.rule = "last paragraph, a disclaimer or a prompt cut off its end"
        return


# A short question that opens a prompt: 'Have a question?', 'Need help?', 'Questions?'.
_PROMPT_QUESTION = re.compile(r"\S+(?:\s+\S+){0,4}\?")


# A mailing's other sections under its main story: a heading in capitals ('ALSO TODAY',
# 'IN OTHER NEWS', 'QUICK HITS') over items of one sentence each. The mailing says what it
# is (an unsubscribe link, an offer to open it in a web browser, 'You're receiving this').
_MAILING = re.compile(
    r"unsubscribe|(?:view|open|read)\s+(?:this\s+)?(?:e-?mail|newsletter|issue)?\s*(?:in|on)\s+"
    r"(?:your\s+|a\s+|the\s+)?(?:web\s+)?browser"
    r"|you(?:'re|\u2019re|\s+are)\s+receiving\s+this",
    re.I,
)
_SECTION_HEADING = re.compile(r"[A-Z][A-Z&' ]{2,28}[A-Z]:?")
_BRIEF_CHARS = 200
_BRIEFS = 2
_STORY_BEFORE = 3


def _briefs_after_story(lines: list[Line], body: list[Line]) -> None:
    """In a mailing, a heading in capitals after the main story's paragraphs, over items of
    one sentence each (no quotation), starts the letter's other sections: the story ends
    above it, and the items are the letter's briefs, not the story's."""
    if len(body) < _STORY_BEFORE + _BRIEFS:
        return
    last = body[-1]
    heading_at = None
    for position, line in enumerate(lines):
        if line is last:
            break
        if (
            heading_at is None
            and line.verdict == TEASER
            and line.zone == BODY_ZONE
            and len(line.text) <= 30
            and _SECTION_HEADING.fullmatch(line.text)
        ):
            heading_at = position
    if heading_at is None:
        return
    later = {id(line) for line in lines[heading_at + 1 :]}
    after = [line for line in body if id(line) in later]
    story = len(body) - len(after)
    if story < _STORY_BEFORE or len(after) < _BRIEFS:
        return
    if any(
        len(line.text) > _BRIEF_CHARS
        or _SENTENCE_END.search(line.text[:-1]) is not None
        or any(mark in line.text for mark in _QUOTES)
        for line in after
    ):
        return
    if not any(_MAILING.search(line.text) for line in lines if line.zone != BODY_ZONE and line.text):
        return
    for line in after:
        line.decide(TEASER, "a mailing's brief under a section heading after the main story")
        body.remove(line)


# A Korean sentence's last word in the polite register, formal ('-니다.') or a letter's
# friendly one ('주말 잘 보내세요!'), and in the plain one a printed story is written in
# ('-다.' but not '-니다.').
_POLITE = re.compile(r"(?:니다|[가-힣]요)[.!~]?$")
_PLAIN = re.compile(r"(?<!니)다\.?$")
_POLITE_TAIL_CHARS = 120
_PLAIN_STORY = 3


def _question_headings(body: list[Line]) -> None:
    """A report laid out under questions, each a short paragraph of its own ('What
    happened?', 'How did we respond?'): the first, over the story's first paragraph, heads
    it and is not its lede; one left last, the box it headed cut off below it ('How can we
    make our incident communications more useful?'), was that box's."""
    questions = [line for line in body if line.text[-1:] == "?" and _QUESTION_HEADING.fullmatch(line.text)]
    if len(questions) < _QUESTION_HEADINGS:
        return
    if body[0] is questions[0] and len(body) > 1:
        body.pop(0).decide(TEASER, "a question heading over the story's first paragraph")
    while len(body) > 1 and body[-1] is questions[-1]:
        questions.pop()
        body.pop().decide(LABEL, "a question heading with none of the story under it")


_QUESTION_HEADING = re.compile(
    r"(?:what|how|why|when|where|who|which|is|are|can|do|does|will)\b[^.!?]{2,70}\?", re.I
)
_QUESTION_HEADINGS = 3  # questions alone on their lines a report laid out under them has, at least


def _scene_in_english(body: list[Line]) -> None:
    """A one-sentence line between two longer paragraphs that sets a picture's scene in the
    present ('A family reads together in the children's area at the Highlands branch.',
    'An artist's impression of the central square ...'): the caption, not the story."""
    for index in range(len(body) - 2, 0, -1):
        text = body[index].text
        if (
            len(text) <= _SCENE_CHARS
            and text[:1] == "A"  # gate (speed): 'A' or 'An', as a scene's subject opens
            and text[-1:] == "."
            and ". " not in text
            and min(len(body[index - 1].text), len(body[index + 1].text)) > len(text)
            and (_IMPRESSION.match(text) or (_SCENE_EN.match(text) and not _SAYING.search(text)))
        ):
            body.pop(index).decide(CAPTION, "a sentence setting a picture's scene, between longer paragraphs")


_SCENE_CHARS = 140
# An illustration of a planned scheme: "An artist's impression of ...", 'A rendering of ...'.
_IMPRESSION = re.compile(
    r"(?:an?\s+)?(?:artist['\u2019]s\s+)?(?:impression|rendering|illustration)\s+of\s", re.I
)
# Someone in the picture, doing something there, in the present: 'A family reads together in
# the ...', 'An officer directs traffic at ...'.
_SCENE_EN = re.compile(
    r"An?\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+[a-z]+s\s+(?:[a-z-]+\s+){0,4}?(?:in|at|outside|inside|on|near|during)\s+the\s"
)
_SAYING = re.compile(
    r"\b(?:says|tells|adds|notes|argues|believes|thinks|expects|hopes|wants|said|was|were|had)\b"
)


def _caption_under_placeholder(lines: list[Line], body: list[Line]) -> None:
    """A paragraph right under the word a copy leaves where a picture was ('Image', 'Photo')
    is the picture's caption, not the story."""
    story = {id(line) for line in body[1:]}
    above: Line | None = None  # the last line with text
    for line in lines:
        if not line.text:
            continue
        if (
            above is not None
            and id(line) in story
            and len(above.text) <= _PLACEHOLDER_CHARS  # gate (speed)
            and _PLACEHOLDER.fullmatch(above.text)
            and len(line.text) <= _UNDER_PLACEHOLDER_CHARS
        ):
            above.decide(CHROME, "where a picture was: its placeholder's word")
            body.remove(line)
            line.decide(CAPTION, "a caption under a picture's placeholder ('Image')")
        above = line


_PLACEHOLDER = re.compile(r"\[?(?:image|photo|picture|photograph|graphic|illustration)\]?:?", re.I)
_UNDER_PLACEHOLDER_CHARS = 240
_PLACEHOLDER_CHARS = 16  # ("[Illustration]:")


def _next_item_of_issue(lines: list[Line], body: list[Line]) -> None:
    """A bulletin's issue lists its items atop ('In this issue' over their titles), then
    prints them one after another: where the title of a later item comes under the story,
    the story is over, and what follows is that item's."""
    label = next(
        (
            at
            for at, line in enumerate(lines[:_ISSUE_REACH])
            if len(line.text) <= _ISSUE_LABEL_CHARS
            and "n this" in line.text.lower()
            and _IN_THIS_ISSUE.fullmatch(line.text)
        ),
        None,
    )
    if label is None or not body:
        return
    items = set()
    for line in lines[label + 1 : label + 1 + _ISSUE_ITEMS]:
        if line.verdict == BODY or (not line.text and items):
            break  # (the list's end: a blank line under its items)
        if line.text:
            items.add(line.text)  # (the story's own title among them is its headline, never under it)
    first = lines.index(body[0])
    for at in range(first + 1, len(lines)):
        if lines[at].text in items and lines[at].verdict != HEADLINE:
            while body and lines.index(body[-1]) > at:
                body.pop().decide(FOOTER, "another item of the issue, after the story")
            return


_IN_THIS_ISSUE = re.compile(r"(?:also\s+)?in\s+this\s+(?:issue|edition|bulletin|newsletter)\s*:?", re.I)
_ISSUE_REACH = 40  # lines from the top: the issue's contents stand over its first item
_ISSUE_ITEMS = 8
_ISSUE_LABEL_CHARS = 30


def _fields_after_story(lines: list[Line], body: list[Line]) -> None:
    """A release service prints the paper's record under the story, each field a label in
    capitals over its value ('JOURNAL' / 'Quantum Matter Letters', 'DOI' / '10.5555/...',
    'COI STATEMENT' / 'The authors declare no competing interests.'): the story ends at the
    first label, and a value that reads like a sentence is the record's, not a paragraph."""
    if len(body) < 3:
        return
    texted = [line for line in lines[lines.index(body[1]) :] if line.text]
    for at, line in enumerate(texted):
        if not _record_label(line.text):
            continue
        # three labels or more, each over one value, and the first one's value no label
        labels = [at + step for step in range(0, 2 * _RECORD_LABELS, 2) if at + step < len(texted)]
        if len(labels) < _RECORD_LABELS or not all(_record_label(texted[index].text) for index in labels):
            continue
        if any(_record_label(texted[index + 1].text) for index in labels if index + 1 < len(texted)):
            continue
        end = lines.index(line)
        while body and lines.index(body[-1]) > end:
            body.pop().decide(FOOTER, _RECORD_RULE)
        for label in texted[at:]:
            if label.verdict == BYLINE and _record_label(label.text):
                label.decide(FOOTER, _RECORD_RULE)  # ('COI STATEMENT' by a stamp: no writer's name)
                label.found.pop("authors", None)
        return


_RECORD_RULE = "a paper's record after the story (a label in capitals over each value)"


def _blog_of_its_staff(lines: list[Line]) -> None:
    """A publisher's or a company's blog on a platform: the nickname over the stamp
    ('봄날서재') is the blog's, and its staff credited under the post ('글·사진 편집2팀
    윤다은') wrote it. The nickname names the outlet, not a writer."""
    nickname = next((line for line in lines if line.rule == _BLOGGER_NICKNAME), None)
    if nickname is None:
        return
    if any(
        line.verdict == BYLINE and line.rule == ROLE_CREDITS and line.found.get("authors") for line in lines
    ):
        nickname.found.pop("authors", None)
        nickname.decide(OUTLET, STAFF_BLOG_RULE, outlet=nickname.text)


_BLOGGER_NICKNAME = "a blogger's nickname over the stamp and the button to follow"


def _record_label(text: str) -> bool:
    """'JOURNAL', 'METHOD OF RESEARCH', 'ARTICLE PUBLICATION DATE': a field's name in capitals."""
    return (
        2 <= len(text) <= _RECORD_LABEL_CHARS and text.isupper() and _RECORD_LABEL.fullmatch(text) is not None
    )


_RECORD_LABEL = re.compile(r"[A-Z][A-Z&/' -]*[A-Z]")
_RECORD_LABEL_CHARS = 32
_RECORD_LABELS = 3  # labels over their values, at least, that make a paper's record


def _link_among_links(lines: list[Line], body: list[Line]) -> None:
    """The last paragraph, a short call ('Get help!'), set between two link labels of a list
    after the story (no blank line on either side): one more label of the list."""
    while len(body) > 1:
        last = body[-1]
        if len(last.text) > _LINK_LABEL_CHARS:
            return
        at = lines.index(last)
        if not 0 < at < len(lines) - 1:
            return
        above, below = lines[at - 1], lines[at + 1]
        if not (above.text and below.text and above.verdict == TEASER and below.verdict == TEASER):
            return
        body.pop().decide(TEASER, "a link's label in a list of links after the story")


_LINK_LABEL_CHARS = 24


def _polite_tail(body: list[Line]) -> None:
    """A short last paragraph in the polite register under a story in the plain one is the
    site or the writer speaking to the reader, not the story: a tip line's call ('… 여러분의
    제보를 기다립니다.'), a reporter's line about their beat ('… 취재합니다.'). A broadcast
    report, spoken in the polite register throughout, never shifts."""
    while len(body) > _PLAIN_STORY:
        text = body[-1].text
        if len(text) > _POLITE_TAIL_CHARS or not _POLITE.search(text):
            return  # gate (speed): short, and its last word polite
        if not all(_POLITE.search(sentence) for sentence in _LAST_SENTENCE.split(text)):
            return
        if sum(1 for line in body[:-1] if _PLAIN.search(line.text)) < max(_PLAIN_STORY, len(body) // 2):
            return
        body.pop().decide(PROMO, "the site's or the writer's words under a story in the plain register")


# What a page prints before the story, in sentences no lede opens with: an affiliate
# disclosure ('Disclosure: ...', '... may earn a commission when you buy ...'), a paywall's
# or a player's prompt ('Access to Premium articles requires a subscription.', 'Subscribe
# now to listen.') and a newsletter's greeting ('Good morning, readers!', '좋은 아침입니다,
# 구독자님!').
_LEAD_NOTE = re.compile(
    r"(?:affiliate\s+)?disclosure\s*:.*"
    # an agency's briefing notes: 'This is a summary of what was said by X ... at today's press briefing'
    r"|this\s+is\s+a\s+summary\s+of\s+what\s+was\s+said\s+by\b.*"
    r"|[^.]{0,80}\bmay\s+(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commission|compensation|fee)s?\b.*"
    r"|[^.]{0,60}\bis\s+(?:reader|listener|member|viewer)-(?:supported|funded)\b.*"
    # a repost's preface: 'The following is a press release from X. It has not been edited
    # by our staff.'
    r"|(?:the\s+following|what\s+follows|below)\s+is\s+an?\s+(?:news\s+|press\s+|media\s+)?"
    r"(?:release|statement|announcement)\b.*"
    r"|(?:it|this(?:\s+\w+)?)\s+(?:has\s+not\s+been|was\s+not|is\s+(?:published|posted|printed))\s+"
    r"(?:edited|unedited|as\s+(?:received|written|supplied))\b.*"
    # a screenshot's caption and its note ('A screenshot of the post. We have blurred the name.')
    r"|(?:an?\s+)?screenshots?\s+(?:of|from|shows?|showing)\b[^.]{0,160}\.?"
    r"|we\s+have\s+(?:blurred|hidden|redacted|cropped|removed|obscured)\b.*"
    r"|access\s+to\s+[^.]{0,40}\brequires?\s+(?:a\s+)?(?:paid\s+)?subscription\b.*"
    r"|(?:subscribe|sign\s+in|log\s+in)\s+(?:now\s+|today\s+)?to\s+(?:listen|read|continue|unlock)\b.*"
    r"|listen\s+to\s+this\s+(?:article|story)\b.*"
    # a transcript's note on itself: 'This is a transcript of an episode of X. It was made with
    # the help of speech-recognition software. Please check the audio before quoting.'
    r"|this\s+is\s+an?\s+(?:[\w-]+\s+)?transcript\s+of\b[^.]{0,80}\.?"
    r"|(?:it|this\s+transcript)\s+(?:was|has\s+been|is)\s+(?:produced|generated|created|made|prepared)\s+"
    r"[^.]{0,60}\b(?:software|speech|transcription|automated|machine)\b[^.]{0,60}\.?"
    r"|(?:please\s+)?(?:check|consult|refer\s+to)\s+the\s+(?:audio|recording)\s+before\s+quoting\b[^.]{0,40}\.?"
    # the page's notes on itself over the story: a synthetic voice's disclosure ('This audio
    # is generated by an AI tool.'), a developing story's ('This is a developing story.',
    # 'Refresh the page for the latest.') and another format's offer ('Get the news in a
    # new swipeable format.')
    r"|this\s+(?:audio|narration|voice(?:-?over)?|reading)\s+(?:is|was)\s+(?:generated|produced|created|read)\s+"
    r"(?:by|with|using)\b[^.]{0,60}\.?"
    r"|this\s+(?:is\s+an?\s+(?:developing|breaking|live|updating)\s+(?:news\s+)?story"
    r"|(?:story|article)\s+is\s+(?:developing|being\s+updated|will\s+be\s+updated))\b[^.]{0,80}\.?"
    r"|(?:please\s+)?(?:refresh|reload)\s+(?:the|this)\s+page\b[^.]{0,60}\.?"
    r"|(?:please\s+)?check\s+back\s+(?:later\s+|soon\s+)?for\s+(?:the\s+latest|updates|more)\b[^.]{0,40}\.?"
    r"|(?:get|catch|read|see|try|enjoy)\s+[^.]{2,40}\s+in\s+an?\s+(?:new\s+)?[\w-]{0,20}\s*format\.?"
    # a contributors' network's note: 'Opinions expressed by X contributors are their own.', and
    # the contributor's line about themself over the story ('I cover retail and consumer brands.')
    r"|(?:opinions|views)\s+expressed\s+by\s+[^.]{2,60}?\s+contributors\s+are\s+their\s+own\.?"
    r"|i\s+(?:cover|write\s+about|report\s+on)\s+[^.]{2,80}\."
    # the disclosure's link: 'See our ethics statement.', 'Read our affiliate policy.'
    r"|(?:see|read)\s+our\s+(?:ethics|editorial|affiliate|disclosure|review|commerce)\s+"
    r"(?:statement|policy|policies|standards|guidelines|disclosure)\.?"
    # a review site's note over every story: 'X has been testing and reviewing consumer tech
    # since 2009. Our stories may include affiliate links; ... Read more about how we evaluate
    # products.'
    r"|[^.]{2,60}\bhas\s+been\s+(?:testing|reviewing|rating)\b[^.]{0,60}\bsince\s+\d{4}\.?"
    r"|(?:our\s+)?(?:stories|articles|reviews|content|this\s+(?:article|story|post|page))\s+may\s+"
    r"(?:include|contain)\s+affiliate\s+links\b.*"
    r"|(?:read|learn)\s+more\s+about\s+how\s+we\s+(?:evaluate|test|review|rate|choose|pick)\b[^.]{0,60}\.?"
    r"|(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|welcome\s+back)"
    r"(?:\s*[,!]|\s+(?:there|everyone|all|folks|readers|friends)\b)[^.!?]{0,40}[.!?]"
    r"|(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|welcome\s+back)[.!]"
    r"|(?:[가-힣]{1,10}님\s*,?\s*)?(?:좋은\s*(?:아침|하루|오후|저녁)(?:입니다|이에요|예요|되세요)|안녕하세요)[^.!?]{0,40}[.!?]",
    re.I,
)
# After a greeting, the letter goes on speaking to its reader before the story starts: a
# sentence in the polite '-요' of a letter (the news writes '-다'), or one that says 'you'.
_CHATTY = re.compile(r".*[가-힣]요[.!~]*")
# ... or it lists the issue's contents and its reading time ('Today: the ferry timetable, ...',
# 'In this issue: ...', "It's a 3-minute read.").
_CONTENTS = re.compile(
    r"(?:today|in\s+(?:this|today(?:'|\u2019)s)\s+(?:issue|edition|letter|newsletter)|inside|on\s+the\s+agenda)\s*:\s+\S.*"
    r"|(?:it(?:'|\u2019)s|this\s+is)\s+an?\s+\d{1,2}[-\s]min(?:ute)?\s+read[.!]?",
    re.I,
)
# A show's host opens the episode by naming themself and the show: 'From The Ledger, I'm Jane
# Roe.', "I'm Jane Roe, and this is Ledger Daily.", 'This is Ledger Daily.' (only after the name).
_SELF_INTRO = re.compile(
    r"(?:from\s+[^,.]{2,60},\s+)?(?:i(?:'|\u2019)m|i\s+am)\s+(?-i:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})"
    r"(?:,?\s+and\s+this\s+is\s+(?-i:(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4}))?[.!]",
    re.I,
)
_SHOW_TITLE = re.compile(
    r"(?:and\s+)?(?:this\s+is|you(?:'|\u2019)re\s+listening\s+to)\s+"
    r"(?-i:(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})[.!]",
    re.I,
)
# ... and its editor introduces themself ('바다레터 에디터 한소연입니다.'): the letter's author.
_EDITOR_INTRO = re.compile(
    r"[^.!?]{0,30}?(?:에디터|편집자|편집장|발행인|기자)\s*(?P<name>[가-힣]{2,4})(?:입니다|이에요|예요)[.!]?"
)


# A memorial page's host before the notice: 'Published by The Evening Star on Mar. 4, 2026.'
# (its date has a full stop of its own, so it is matched whole, not as a sentence).
_HOST_NOTE = re.compile(
    r"published\s+(?:by|in)\s+[^.]{2,60}?\s+(?:on|from)\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})(?:\.\s+(?=[A-Z\"\u201c])|\.?$)",
    re.I,
)


def _glued_lead(body: list[Line]) -> None:
    """An affiliate disclosure, a paywall's prompt or a letter's greeting before the story,
    glued to its first paragraph or making up paragraphs of their own, is cut off: the
    story starts with its own first sentence."""
    while len(body) > 1:
        line = body[0]
        if line.text[:10].lower() == "published " and (host := _HOST_NOTE.match(line.text)) is not None:
            if host.end() == len(line.text):
                line.decide(PROMO, "the page's note on who published it, before the story")
                body.pop(0)
                continue
            line.found["lead"] = host.group().strip()
            line.text = line.text[host.end() :]
            line.rule = "first paragraph, the page's note on who published it cut off its start"
            return
        first = _LAST_SENTENCE.split(line.text, maxsplit=1)[0]
        if not _LEAD_NOTE.fullmatch(first) and not _SELF_INTRO.fullmatch(first):
            return  # (speed) the first sentence opens the story: the paragraph is not split
        sentences = _LAST_SENTENCE.split(line.text)
        cut = _lead_sentences(sentences)
        if cut == len(sentences):
            line.decide(PROMO, _LEAD_RULE)
            _editor(line, sentences)
            body.pop(0)
            continue
        if cut:
            _editor(line, sentences[:cut])
            line.found["lead"] = " ".join(sentences[:cut])
            line.text = " ".join(sentences[cut:])
            line.rule = "first paragraph, a disclosure, a prompt or a greeting cut off its start"
        return


def _lead_sentences(sentences: list[str]) -> int:
    """How many of the sentences, from the first, are a disclosure, a prompt or a greeting
    (and the letter's chat after its greeting)."""
    cut = 0
    greeted = introduced = False
    while cut < len(sentences) and (
        _LEAD_NOTE.fullmatch(sentences[cut])
        or _SELF_INTRO.fullmatch(sentences[cut])
        or (introduced and _SHOW_TITLE.fullmatch(sentences[cut]))
        or (
            greeted
            and (
                _CHATTY.fullmatch(sentences[cut])
                or cues.addresses_reader(sentences[cut])
                or _CONTENTS.fullmatch(sentences[cut])
                or _EDITOR_INTRO.fullmatch(sentences[cut])
            )
        )
    ):
        greeted = greeted or _GREETING_START.match(sentences[cut]) is not None
        introduced = introduced or _SELF_INTRO.fullmatch(sentences[cut]) is not None
        cut += 1
    return cut


_LEAD_RULE = "a disclosure, a prompt or a greeting before the story (every sentence)"
_LEAD_MAX = 300  # longer, a paragraph is the story's (and a story's paragraphs are not read twice)


def _lead_paragraphs(lines: list[Line]) -> None:
    """A paragraph made only of a disclosure, a prompt or a greeting is set aside before the
    story's start is looked for: the story (and the headline above it) comes after it."""
    for line in lines:
        if line.verdict or not line.text or line.text[-1] not in ".!?":
            continue
        if len(line.text) > _LEAD_MAX or not _LEAD_NOTE.fullmatch(
            _LAST_SENTENCE.split(line.text, maxsplit=1)[0]
        ):
            if line.prose:
                return  # the story has started: what stands before it was looked at
            continue
        sentences = _LAST_SENTENCE.split(line.text)
        if _lead_sentences(sentences) == len(sentences):
            line.decide(PROMO, _LEAD_RULE)
            _editor(line, sentences)


_GREETING_START = re.compile(
    r"(?:[가-힣]{1,10}님\s*,?\s*)?(?:good\s|hello|hi\b|hey\b|welcome|좋은|안녕)", re.I
)


def _editor(line: Line, sentences: list[str]) -> None:
    """The letter's editor, who introduced themself in the greeting cut off, is its author."""
    for sentence in sentences:
        if "입니다" in sentence or "요" in sentence:  # gate (speed): the intro's polite ending
            intro = _EDITOR_INTRO.fullmatch(sentence)
            if intro is not None:
                line.found["authors"] = (intro["name"],)
                return


# A sentence that goes on about what the story named ('The company plans to ...', 'It will
# ...', 'Their next step ...'): the story's, whatever words it uses.
_GOES_ON = re.compile(r"(?:The|This|These|Those|It|Its|He|His|She|Her|They|Their)\s")


def _under_own_product(lines: list[Line], index: int, names: set[str]) -> bool:
    """Whether the paragraph at `index` is set under a name of a few words that opens with
    the site's own ('Halyard List Intelligence' over 'Vessel tracking, fleet data and market
    analytics for ...'): the site's product and its pitch."""
    above = text_above(lines, index)
    if above is None or above.verdict == BODY or len(above.text.split()) > _SITE_NAME_WORDS + 1:
        return False
    folded = _THE.sub("", above.text).casefold()
    return any(folded.startswith(name) and folded != name for name in names)


_ADVICE_WORDS = 40  # (a blind page's closing note to the reader, on the story's subject, ran to 35)
_ADVICE_TERMS = 4


def _advice_on_the_story(text: str, story: list[str]) -> bool:
    """'For most developers, the practical effect is small. If you run Tessera yourself ...':
    a story's own closing advice speaks to the reader at length, in the story's terms; a
    site's note to the reader ('If you have a tip, write to us') is short or elsewhere."""
    if len(text.split()) < _ADVICE_WORDS:
        return False
    return len(relevance.terms(text) & relevance.terms(" ".join(story))) >= _ADVICE_TERMS


def _edges(lines: list[Line], in_body: list[int], shapes: dict[int, cues.Shape]) -> list[int]:
    """The site's own prose at the edges of the story, as justext judges a paragraph by its
    neighbours: a sentence set apart from the story by furniture (a stamp, a byline, a
    menu, a list of links) that speaks to the reader ('We value your privacy ...'), names
    the site itself or is too slight to be news ('Comments are closed.') is the header's
    or the footer's, not the story's. Prose between prose stays prose."""
    if len(in_body) < 2:
        return in_body
    names: list[set[str]] = []  # the site's names, found only when an edge needs them
    polite: list[bool] = []  # whether the story speaks politely throughout, once asked

    def weak(index: int) -> bool:
        if lines[index].found.get("entry"):
            return False  # a live blog's entry under its time label: the story's, however it speaks
        text = lines[index].text
        if not polite and not text.isascii():
            polite.append(cues.polite_register([lines[i].text for i in in_body]))
        honorific = not (polite and polite[0])
        if cues.is_slight(shapes[id(lines[index])]):
            return True
        if cues.addresses_reader(text, honorific):
            return not _advice_on_the_story(text, [lines[i].text for i in in_body if i != index])
        if cues.REPORTING.search(text):
            return False  # 'A spokesperson told The Rivet ...': the site as the story's source
        if not names:
            names.append(_site_names(lines, in_body[0], in_body[-1]) | _top_name(lines, in_body[0]))
        credited = _CREDIT.sub(" ", text).casefold()  # a wire's '(Hanul)' credit is no self-mention
        return any(name in credited for name in names[0]) or _under_own_product(lines, index, names[0])

    def apart(first: int, second: int) -> bool:
        # (blank lines only, or a transcript's speaker with the time between them: together)
        return any(lines[i].text and lines[i].rule != SPEAKER_AT_RULE for i in range(first + 1, second))

    story: dict[int, frozenset[str]] = {}  # the terms of the other paragraphs, by edge (speed)

    def off_topic(index: int, others: list[int]) -> bool:
        # a paragraph beyond the furniture that names nothing the story names ('Distraction-
        # free reading. No ads.', a sign-up box's 'Notifications are sent once a day.'):
        # the footer's or the header's prose, not the story's last or first paragraph
        text = lines[index].text
        if any(mark in text for mark in _QUOTES) or len(text.split()) > 30 or _GOES_ON.match(text):
            return False
        edge = 0 if others[0] > index else -1
        if edge not in story:
            story[edge] = relevance.terms(" ".join(lines[i].text for i in others))
        own = relevance.terms(text)
        return len(story[edge]) >= _STORY_TERMS and len(own) >= 3 and not (own & story[edge])

    def box_at_edge(edge: list[int]) -> int:
        # How many of the paragraphs at one edge of the story (`edge`: from that edge
        # inward) make a box: a few short lines together, set apart from the rest, every
        # one of them the site's. 0 when they do not.
        def between(one: int, other: int) -> bool:
            return apart(min(one, other), max(one, other))

        size = 1
        while size < min(_BOX_LINES, len(edge) - 2) and not between(edge[size - 1], edge[size]):
            size += 1
        box, rest = edge[:size], sorted(edge[size:])
        if (
            size > 1
            and between(edge[size - 1], edge[size])
            and all(len(lines[i].text) <= _BOX_CHARS for i in box)
            and all(weak(i) or off_topic(i, rest) for i in box)
        ):
            return size
        return 0

    _after_the_signature(lines, in_body)
    _closing_bio(lines, in_body)
    while len(in_body) >= 2:
        if apart(in_body[-2], in_body[-1]) and (weak(in_body[-1]) or off_topic(in_body[-1], in_body[:-1])):
            in_body.pop()
            continue
        # A box's few short lines together after the story, set apart from it ('Quiet
        # pages. No pop-ups.' / 'Keep bookmarks in folders.': a membership pitch's points):
        # the box's when every one of them is.
        size = box_at_edge(in_body[::-1])
        if size:
            del in_body[-size:]
            continue
        break
    while len(in_body) >= 2:
        if apart(in_body[0], in_body[1]) and (weak(in_body[0]) or off_topic(in_body[0], in_body[1:])):
            in_body.pop(0)
            continue
        # The same box over the story, set apart from it by a player or a label ('Top
        # headlines are here. Check out ...' / 'You can now listen to our articles!').
        size = box_at_edge(in_body)
        if size:
            del in_body[:size]
            continue
        break
    if _summary_over_transcript(lines, in_body):
        in_body.pop(0)
    points = _summary_points(lines, in_body)
    if points:
        del in_body[:points]
    elif len(in_body) >= 2 and _deck(lines, in_body[0], in_body[1], shapes):
        in_body.pop(0)
        if len(in_body) >= 2 and _reader_view_deck(lines, in_body[0], in_body[1]):
            in_body.pop(0)  # (the title ended with a full stop: it was taken for the first deck)
    elif len(in_body) >= _DECKS + _STORY_PARAGRAPHS and _over_the_block(lines, in_body):
        if not any(lines[i].text for i in range(in_body[0] + 1, in_body[1])):
            lines[in_body[0]].found["sentence_headline"] = True  # nothing between: headline, deck
        del in_body[:_DECKS]
    return in_body


def _summary_over_transcript(lines: list[Line], in_body: list[int]) -> bool:
    """A radio story's page: a paragraph that sums the story up, then 'Transcript' and the
    transcript's first speaker. The story is the transcript; the summary is the page's."""
    if len(in_body) < 2:
        return False
    between = [line.text for line in lines[in_body[0] + 1 : in_body[1]] if line.text]
    return (
        len(between) >= 2
        and between[-2].lower() == "transcript"
        and SPEAKER.fullmatch(between[-1]) is not None
    )


def _after_the_signature(lines: list[Line], in_body: list[int]) -> None:
    """A story signs off with its writer's byline ('Jane Doe, jdoe@x.example'): a short run
    of prose under the signature, closing the page, is another item's (the next brief on a
    paper's page, a box), not the story's. A mid-article byline has the story's bulk below
    it, so only a run of at most `_SIGNED_TAIL` paragraphs after at least
    `_SIGNED_STORY` is cut, and the boundary is the last byline, not the first."""
    if len(in_body) < _SIGNED_STORY + 1:
        return
    for size in range(1, min(_SIGNED_TAIL, len(in_body) - _SIGNED_STORY) + 1):
        before, after = in_body[-size - 1], in_body[-size]
        if any(line.verdict == BYLINE for line in lines[before + 1 : after]):
            del in_body[-size:]
            return


def _closing_bio(lines: list[Line], in_body: list[int]) -> None:
    """A biography closing the page ('Jane Doe is a health reporter with the Gazette.',
    '강원 정선 출생. ...'), even when no byline named its subject (`_bios` needs the name):
    a person's name, then what the person is in a newsroom's words, or a birthplace. Only
    the story's last paragraph: a source described mid-story is the story's."""
    while len(in_body) > _SIGNED_STORY:
        text = lines[in_body[-1]].text
        head = text[:_BIO_HEAD]  # (speed) the name and its verb, or the birthplace, open the line
        english = (" is " in head or " was " in head) and _NEWSROOM_BIO.match(text) is not None
        if not (english or ("출생" in head and _BORN.match(text))):
            return
        in_body.pop()


# 'Jane Doe is a staff reporter ...', 'Kim Min-su was the paper's correspondent ...'.
_NEWSROOM_BIO = re.compile(
    r"[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){1,2}\s(?:is|was)\s(?:a|an|the)\s[^.]{0,80}?"
    r"\b(?:reporter|writer|correspondent|columnist|journalist|editor|contributor|photographer|freelancer)s?\b"
)
_BIO_HEAD = 60
# A Korean writer's biography opens with the birthplace: '강원 정선 출생.', '1975년 부산 출생.'
_BORN = re.compile(r"[^.]{2,30}\s출생[.,]")


# A signature's tail: at most this many paragraphs, under a story of at least so many.
_SIGNED_TAIL = 2
_SIGNED_STORY = 3


# A box's lines: a few, each short.
_BOX_LINES = 3
_BOX_CHARS = 100


def _reader_view_deck(lines: list[Line], first: int, second: int) -> bool:
    """A reader view's deck: the paragraph right under the writer's name and the reading
    time, with a note or a credit between it and the story."""
    between = [lines[i] for i in range(first + 1, second) if lines[i].text]
    above = [line for line in lines[:first] if line.text][-2:]
    return (
        bool(between)
        and len(lines[first].text) < _PICTURED_DECK
        and any(line.rule == _READING_TIME_CARD for line in above)
    )


def _deck(lines: list[Line], first: int, second: int, shapes: dict[int, cues.Shape]) -> bool:
    """A sentence under the headline that a byline or a stamp separates from the story:
    the deck (standfirst), shorter than a lede, not the lede. A broadcast's anchor lead,
    followed by the reporter's intro and the report's markers, is the story's."""
    between = [lines[i] for i in range(first + 1, second) if lines[i].text]
    if any(line.rule == BROADCAST_INTRO or line.verdict == "transcript" for line in between):
        return False
    if shapes[id(lines[first])].hangul:
        return False  # Korean pages print the byline under a short lede as often as under a deck
    text = lines[first].text
    if _reader_view_deck(lines, first, second):
        return True
    stamped = any(line.verdict in (BYLINE, "stamp") for line in between)
    # (a sentence that says who told what is the lede over them: '..., two sources told X.')
    says = _SAYS.search(text) is not None
    if stamped and len(text) < _PICTURED_DECK and _pictured(between) and not says:
        return True  # the template's block under the deck: its date, then the picture and its caption
    if len(text) < _PICTURED_DECK and _header_block(between) and not says:
        return True  # the whole header block (byline, stamp, tools) stands between it and the story
    if len(text) >= _DECK or cues.REPORTING.search(text):
        return False  # long, or it reports (who said what, when): the lede
    return stamped


# (in the past tense: a deck's 'says' sums up, '... told X.' reports)
_SAYS = re.compile(r"\b(?:said|told)\b")
# A deck sums the story up in one sentence shorter than a lede; with the date and the
# picture under it (a template's header block, which no lede is followed by) up to this.
_DECK = 160
_PICTURED_DECK = 300


def _summary_points(lines: list[Line], in_body: list[int]) -> int:
    """How many of the first paragraphs are the header's, down to a summary box's last
    point: under a short label that is no sentence ('What to know:', 'In brief'), two to
    four short sentences in a row, then a lede longer than any of them. Whatever the
    label's words (`_summary_boxes` knows the usual ones), the shape is the box's: a lede
    does not follow a label, and a story's paragraphs are not all shorter than the next
    one by a third. The box may stand under the first paragraph (a deck, a quoted claim).
    Korean pages write short paragraphs and label their pictures so; they are left alone."""
    if len(in_body) < _BOX_POINTS[-1] + _STORY_PARAGRAPHS + 1 or cues.HANGUL.search(lines[in_body[0]].text):
        return 0
    for at in (0, 1):
        count = _box_at(lines, in_body[at:])
        if count:
            return at + count
    return 0


def _box_at(lines: list[Line], in_body: list[int]) -> int:
    """The number of a summary box's points opening `in_body`, or 0."""
    label = next((lines[i] for i in range(in_body[0] - 1, -1, -1) if lines[i].text), None)
    if label is None or len(label.text) > _LABEL_CHARS or label.verdict in (HEADLINE, BYLINE, STAMP):
        return 0
    if cues.is_sentence(cues.shape(label.text)) and not label.text.endswith(":"):
        return 0
    # the lines with text down to the lede after the most points a box holds
    texted = [i for i in range(in_body[0], in_body[_BOX_POINTS[-1]] + 1) if lines[i].text]
    for count in _BOX_POINTS:
        if texted[:count] != in_body[:count]:
            return 0  # furniture between the points: not one box
        if any(
            lines[i].verdict in (HEADLINE, BYLINE, STAMP) for i in range(in_body[count - 1], in_body[count])
        ):
            return 0  # the byline or the stamp under them: a headline and a deck (a picture may follow a box)
        longest = max(len(lines[i].text) for i in in_body[:count])
        lede = len(lines[in_body[count]].text)
        if longest >= _POINT_CHARS:
            return 0
        if lede >= _LEDE_CHARS and lede >= _LEDE_RATIO * longest:
            return count
    return 0


# A summary box: a label this short, 2 to 4 points each shorter than _POINT_CHARS, then a
# lede at least _LEDE_CHARS long and _LEDE_RATIO times the longest point.
_LABEL_CHARS = 40
_BOX_POINTS = (2, 3, 4)
_POINT_CHARS = 160
_LEDE_CHARS = 150
_LEDE_RATIO = 1.3


def _over_the_block(lines: list[Line], in_body: list[int]) -> bool:
    """Two short sentences over the page's byline-and-stamp block, the story below it: a
    sentence headline and its deck ('Half the pipes are still lead. The deadline is 2034.'
    over 'A federal rule gives the city ten years.'), or a banner and the deck with the
    headline between them. A lede is longer than a deck; a broadcast's two-sentence anchor
    lead stands over the reporter's name and the report's marker, with no stamp."""
    first, second, third = in_body[:3]
    if third - second <= _BLOCK_LINES - 1 or any(len(lines[i].text) >= _DECK for i in (first, second)):
        return False  # (speed) too few lines between for a block, read first
    between = [line for line in lines[second + 1 : third] if line.text]
    if len(between) < _BLOCK_LINES - 1 or any(line.verdict == "transcript" for line in between):
        return False
    verdicts = {line.verdict for line in between}
    return BYLINE in verdicts and STAMP in verdicts


# The paragraphs over a header block that are the header's: a headline or banner, a deck.
_DECKS = 2


def _header_block(between: list[Line]) -> bool:
    """Whether the lines between two paragraphs are a page's whole header block: a byline
    and a stamp with more furniture (reading time, share buttons, a picture). A lede
    printed above the byline has the byline alone (or with its stamp) under it; a deck
    has the block that opens the article."""
    if len(between) < _BLOCK_LINES:
        return False
    verdicts = {line.verdict for line in between}
    return BYLINE in verdicts and STAMP in verdicts


# The lines of a header block under a deck: byline, stamp and at least two more.
_BLOCK_LINES = 4


def _pictured(between: list[Line]) -> bool:
    """Whether a picture stands among these lines: its caption, or its credit's label."""
    return any(line.verdict == CAPTION or _CREDIT_LABEL.match(line.text) for line in between)


_CREDIT = re.compile(r"\([^()]{1,40}\)")


def _site_names(lines: list[Line], first: int, last: int) -> set[str]:
    """The names the page gives itself: a copyright or 'with the' line's outlet, a masthead
    with its motto outside the story (`first` to `last`), casefolded, without 'the'."""
    names = set()
    for index, line in enumerate(lines):
        name = str(line.found.get("outlet") or "") if line.verdict == "outlet" else ""
        if not name and not line.verdict and not first <= index <= last and cues.is_tagline(line.text):
            name = _MOTTO.split(line.text, maxsplit=1)[0]
        name = _THE.sub("", name.strip()).casefold()
        if len(name) >= 4:
            names.add(name)
    return names


def _top_name(lines: list[Line], first: int) -> set[str]:
    """The page's first line, when it is a name of a few words above the story: the site's,
    for a sentence at the story's edge that names it ('Top headlines are here. Check out
    what's clicking on Frontier News'). Not a name for other rules: a press release's
    first line is its issuer, whom its headline names too."""
    top = next((index for index, line in enumerate(lines) if line.text), first)
    text = lines[top].text if top < first and lines[top].verdict in ("", MASTHEAD) else ""
    if 2 <= len(text.split()) <= _SITE_NAME_WORDS and cues.is_name_like(cues.shape(text)):
        return {_THE.sub("", text).casefold()}
    return set()


_MOTTO = re.compile(r"\s+[\u2014\u2013|-]\s+")
# A site's name at the top of its page is a few words ('Frontier News'); one word is as
# often a menu's first item ('News').
_SITE_NAME_WORDS = 4
_THE = re.compile(r"^the\s+", re.I)


_LABEL = re.compile(r"[A-Z][\w-]{1,15}:\s+")
# How near the top a repeat of the first line is looked for.
_REPEAT_WINDOW = 12


def _repeats_of_the_top(lines: list[Line]) -> None:
    """The first line's text printed again near the top, alone or after a label
    ('Subject: ...' in a forwarded e-mail): the headline, even one that ends with a full
    stop ('The cycle turned. Here is the evidence.'); the repeat is not the story's."""
    texted = [line for line in lines[: _REPEAT_WINDOW + 1] if line.text]
    if texted and _tab_title_over_headline(texted):
        return
    if not texted or texted[0].verdict or len(texted[0].text.split()) < 3:
        return
    top = texted[0]
    wanted = wire.strip_tags(top.text).casefold()
    longest = len(top.text) + 40  # a label and tags are short; a paragraph is no repeat
    for line in texted[1:]:
        if line.verdict or len(line.text) > longest:
            continue
        if wire.strip_tags(_LABEL.sub("", line.text, count=1)).casefold() == wanted:
            line.decide(HEADLINE, "the headline repeated")
            top.found["repeated"] = True


def _tab_title_over_headline(texted: list[Line]) -> bool:
    """A saved page's first line is its tab's title, the headline and the site's name
    parted by a bar ('Announcing Ferrule 1.31.0 | Ferrule Blog', read as a menu of two
    items), and the headline is printed alone below it: that line is the headline, however
    much it looks like a name, and the site's name is the outlet."""
    top = texted[0]
    items = top.found.get("items", ())
    if top.verdict != NAVIGATION or len(items) != 2 or " | " not in top.text:  # type: ignore[arg-type]
        return False
    title, site = (str(item) for item in items)  # type: ignore[union-attr]
    if len(title.split()) < 3 or len(site.split()) > 5:
        return False
    repeat = next((line for line in texted[1:] if not line.verdict and line.text == title), None)
    if repeat is None:
        return False
    top.decide(LABEL, TAB_TITLE_RULE, outlet=site)
    repeat.decide(HEADLINE, _UNDER_TAB_RULE)
    return True


_UNDER_TAB_RULE = "the headline, printed alone under the tab's title"
_ROMANIZED = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


# A writer's role: 'Senior Reporter', 'Transport Correspondent', 'Staff Writer',
# 'Editor-at-large' (matched without regard to case where it is used).
_ROLE = (
    r"(?:(?:senior|chief|staff|special|deputy|associate|contributing|political|foreign|business|sports|science"
    r"|health|education|transport|environment|technology|arts|culture|features|news|data|legal|court|crime"
    r"|economics|diplomatic|investigative|digital|regional|city|markets?|property|web|multimedia|executive"
    r"|weekend|morning|evening"
    # or the beat in capitalized words: 'Social Affairs Correspondent'
    r"|(?-i:[A-Z][a-z&'\u2019-]+))\s+){0,3}"
    r"(?:reporter|correspondent|editor(?:-at-large)?|writer|columnist|journalist|contributor|producer"
    r"|anchor|meteorologist|photojournalist)"
)


# A heading over the writers listed one an item: 'Reporters' over '- Deniz Arslan'.
_WRITERS_HEADING = re.compile(
    r"(?:(?:multiple|various|several)\s+)?(?:reporters?|authors?|writers?|correspondents?|written\s+by)\s*:?",
    re.I,
)
_LISTED_NAME = re.compile(r"[-\u2013\u2014\u2022*\u00b7]\s+(?P<name>\S.{2,40})")


def _listed_writers(texted: list[Line], position: int) -> bool:
    """Writers listed under their heading, a mark before each name ('Reporters' / '- Deniz
    Arslan' / '- Kaan Yücel'): each item is the byline, the heading a label."""
    items: list[tuple[Line, tuple[str, ...]]] = []
    for other in texted[position + 1 : position + 6]:
        listed = _LISTED_NAME.fullmatch(other.text)
        names = split_names(listed["name"]) if listed is not None else None
        if names is None or len(names) != 1 or not _persons_name(names[0]):
            break
        items.append((other, names))
    if not items:
        return False
    texted[position].decide(LABEL, "a heading over the writers listed under it")
    for other, names in items:
        other.decide(BYLINE, "a writer listed under the writers' heading", authors=names)
    return True


# 'Quotient -- Shares of ...': the site's own name where a wire's dateline would stand.
_SITE_CREDIT = re.compile(r"(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,2})\s+--\s+(?=[A-Z0-9\"\u201c])")


def _site_credit_lede(lines: list[Line], body: list[Line]) -> None:
    """The lede opening with the site's own name and a double hyphen, as an investor site's
    stories open ('Quotient -- Shares of ...', the masthead 'Quotient'): the credit comes
    off the lede (the masthead names the outlet); a place there is a dateline's, read
    elsewhere."""
    if not body or body[0].found.get("dateline") is not None:
        return
    credit = _SITE_CREDIT.match(body[0].text)
    if credit is None:
        return
    first = lines.index(body[0])
    tops = {line.text for line in lines[:first] if line.verdict == MASTHEAD}
    if credit["name"] in tops:
        body[0].text = body[0].text[credit.end() :]
        body[0].found["outlet"] = credit["name"]


def _questions_over_a_header(lines: list[Line]) -> set[int]:
    """Questions short as a headline, with the header's stamp or byline among the next few
    lines ('Can South Korea's second chipmaker ever catch the first?' over its deck and its
    date): a headline that asks, not the story's first paragraph."""
    asking = set()
    texted = [line for line in lines if line.text]
    for position, line in enumerate(texted):
        if line.verdict or line.text[-1:] != "?" or len(line.text) > _ASKING_HEADLINE:
            continue
        if any(other.verdict in (STAMP, BYLINE) for other in texted[position + 1 : position + 4]):
            asking.add(id(line))
    return asking


_ASKING_HEADLINE = 120


def _second_header(
    lines: list[Line], in_body: list[int], shapes: dict[int, cues.Shape]
) -> tuple[Line, int] | None:
    """A headline-like line among the story's paragraphs with a byline and a stamp right
    under it, a few paragraphs above it and more below (an aggregator's summary, then the
    outlet's story it carries): the line and the index of the header's last line."""
    if len(in_body) < _SECOND_HEADER_BELOW + 1:
        return None
    for index in range(in_body[0] + 1, in_body[-1]):
        line = lines[index]
        if line.verdict or not line.text or index in in_body:
            continue
        under = [i for i in range(index + 1, min(index + 4, len(lines))) if lines[i].text][:2]
        if len(under) < 2 or {lines[i].verdict for i in under} != {BYLINE, STAMP}:
            continue
        above = sum(1 for i in in_body if i < index)
        below = sum(1 for i in in_body if i > under[-1])
        if above > _SECOND_HEADER_ABOVE or below < _SECOND_HEADER_BELOW:
            continue
        if cues.is_headline_like(line.text, shapes.get(id(line)) or cues.shape(line.text)):
            return line, under[-1]
    return None


# An aggregator's summary is a few paragraphs; the story it carries is longer.
_SECOND_HEADER_ABOVE = 4
_SECOND_HEADER_BELOW = 4


def _tagged_headline(lines: list[Line], first: int, start: int) -> Line | None:
    """A wire's tagged headline ('(2nd LD) ...', '(LEAD) ...') between where the story seemed
    to start and where it starts, over the wire's note, stamp or byline."""
    for index in range(first, start):
        line = lines[index]
        if not line.text or line.verdict not in ("", LABEL, STANDFIRST) or not wire.has_tag(line.text):
            continue
        bare = wire.strip_tags(line.text)
        if bare and cues.is_headline_like(bare, cues.shape(bare)):
            return line
    return None


def _series_by(texted: list[Line], line: Line) -> bool:
    """A series' name and its writers ('Essential Questions by Hana Sutrisno and Marcus
    Ebright'), the series printed alone elsewhere on the page (its label above the
    headline): the byline. (A headline's 'Hit by Heavy Snow' names no series the page
    labels.)"""
    series, _, rest = line.text.partition(" by ")
    if len(line.text) > 120 or not series or not rest:
        return False
    names = split_names(rest)
    if not names or not all(len(name.split()) >= 2 and _person_like(name) for name in names):
        return False
    folded = series.strip().casefold()
    if not any(other is not line and other.text.casefold() == folded for other in texted):
        return False
    line.decide(BYLINE, "a series' name and its writers (the series labelled on the page)", authors=names)
    return True


# A speech's page over the speech: a summary under its label ('Speech summary'), and the
# speech itself opens with the speaker's greeting ('Good afternoon, and thank you ...').
_SPEECH_SUMMARY = re.compile(r"(?:speech\s+)?summary|overview|key\s+messages", re.I)


def _speech_page(lines: list[Line]) -> None:
    """On a speech's page (its speaker decided as its byline, `_names_by_stamps`), the line
    over the speaker is its title, the summary under its label is no part of the speech, and
    the speaker's greeting is."""
    texted = [line for line in lines if line.text]
    speaker = next((position for position, line in enumerate(texted) if line.rule == _SPEAKER_RULE), None)
    if speaker is None:
        return
    title = texted[speaker - 1] if speaker else None
    if title is not None and not title.verdict and cues.is_headline_like(title.text, cues.shape(title.text)):
        title.decide(HEADLINE, _SPEECH_TITLE_RULE)
    for position, line in enumerate(texted[:-1]):
        if not line.verdict and len(line.text) <= 20 and _SPEECH_SUMMARY.fullmatch(line.text):
            line.decide(LABEL, "a speech's summary label")
            below = texted[position + 1]
            if not below.verdict:
                below.decide(STANDFIRST, "a speech's summary, over the speech")
            break
    greeting = next((line for line in texted if line.rule == "greeting"), None)
    if greeting is not None:
        greeting.verdict, greeting.rule = "", ""  # the speech's own first words


def _names_by_stamps(lines: list[Line]) -> None:
    """A name alone on its line next to the stamp is the byline without 'By' ('Choi
    Min-jung' above 'Posted: ...'), when it is shaped like a person's name and not like a
    site's: a romanized Korean name (a hyphenated given name), a name the page's author
    biography opens with ('Grace Lindqvist is a transport economist ...'), a name with no
    word of a publication's or of furniture that the page prints only there, or a name right
    above the stamp, below the headline, without a title's words ('For', 'Release') and
    whose first word the page never prints again (a site's name comes back in its copyright
    line, captions and credits; a writer's given name does not)."""
    texted = [line for line in lines if line.text]
    stamped = any(line.verdict == STAMP for line in texted)  # (speed) a writers' card stands over a stamp
    # (a speech's page labels itself so over its title: its speaker is its author)
    speech = any(_SPEECH_LABEL.fullmatch(line.text) for line in texted[:_SPEECH_LABEL_LINES])
    for position, line in enumerate(texted):
        # 'Marisa Kent @marisakent': the name and their handle. Asked only of lines with an
        # '@': this loop sees every line, and the search cost 3 % of reading 10,000 files.
        if (
            not line.verdict
            and 0 < position < len(texted) - 1
            and texted[position - 1].found.get("social")
            and texted[position + 1].found.get("social")
        ):
            # 'Head of Freight at Northfield' between the poster's name and the post's age
            line.decide(FORUM, "a social post's card (the poster's headline)", social=True)
            continue
        # (a blog builder's card puts the day between them: 'Declan Farrow QFA' / '3 Mar' / '5 min read')
        timed = (
            position + 2
            if position + 2 < len(texted) and _DAY_ALONE.fullmatch(texted[position + 1].text)
            else position + 1
        )
        if (
            line.verdict in ("", MASTHEAD)
            and 0 < position < len(texted) - 1
            and texted[timed].text[:1].isdigit()
            and _READING_TIME.fullmatch(texted[timed].text)
            and (names := split_names(_LETTERS_AFTER.sub("", line.text))) is not None
            and 1 <= len(names) <= _CARD_WRITERS
            and all(len(name.split()) >= 2 and _plain_name(name) and _person_like(name) for name in names)
        ):
            # a reader-mode export: the title, the writer's name (or writers' names, 'A, B'),
            # the reading time ('5-6 minutes')
            line.decide(BYLINE, _READING_TIME_CARD, authors=names)
            continue
        # (a handle between them: 'Priya Venkatesan' / '@PriyaV_Halyard' / 'Deputy editor, Asia')
        role = position + 1
        if (
            role < len(texted) - 1
            and texted[role].text[:1] == "@"
            and _HANDLE_ALONE.fullmatch(texted[role].text)
        ):
            role += 1
        if (
            line.verdict in ("", MASTHEAD)
            and 0 < position < len(texted) - 1
            and len(texted[role].text) <= 50
            and _ROLE_AND_BEAT.fullmatch(texted[role].text)
            and (names := split_names(line.text)) is not None
            and len(names) == 1
            and len(names[0].split()) >= 2
            and _person_like(names[0])
            # ('Dominic Reyes' over 'Senior Producer' in a show's team: he made it, wrote none)
            and not (_CREW_ROLE.search(texted[role].text) and not _WRITING_ROLE.search(texted[role].text))
        ):
            # 'Lee Min-ji' over 'Senior Reporter': a writer's card, the name above the role
            line.decide(BYLINE, "a person's name above their role", authors=names)
            texted[role].decide(LABEL, ROLE_UNDER_NAME)
            continue
        if (
            speech
            and line.verdict in ("", MASTHEAD)
            and 0 < position < len(texted) - 1
            and len(texted[position + 1].text) <= 50
            and _SPEAKER_POST.fullmatch(texted[position + 1].text)
            and (names := split_names(line.text)) is not None
            and len(names) == 1
            and _persons_name(names[0])
        ):
            # a speech's page: the speaker's name over the post ('Claire Roy' / 'Deputy Governor')
            line.decide(BYLINE, _SPEAKER_RULE, authors=names)
            texted[position + 1].decide(LABEL, ROLE_UNDER_NAME)
            continue
        if " by " in line.text and line.verdict in ("", MASTHEAD, LABEL) and _series_by(texted, line):
            continue
        if (
            len(line.text) <= 20
            and _WRITERS_HEADING.fullmatch(line.text)
            and _listed_writers(texted, position)
        ):
            continue
        if (
            line.verdict in ("", MASTHEAD, LABEL)
            and position > 0
            and texted[position - 1].verdict == BYLINE
            and len(line.text) <= 60
            # (the byline above a name and a role too: under a name alone, it is that writer's role)
            and _NAME_THEN_ROLE.fullmatch(_BY_WORD.sub("", texted[position - 1].text)) is not None
            and (named := _NAME_THEN_ROLE.fullmatch(line.text)) is not None
            and (names := split_names(named["name"])) is not None
            and _persons_name(names[0])
        ):
            # 'By Ann Loring Staff writer' over 'Ha Jae-eun Special contributor': the second writer
            line.decide(BYLINE, "a second writer and their role under the byline", authors=names)
            continue
        barred = line.verdict == NAVIGATION and line.text.count("|") == 1  # ('Name | Town', read as a menu)
        if (
            stamped
            and (line.verdict in ("", MASTHEAD, LABEL) or barred)
            and _card_above_stamp(texted, position)
        ):
            continue
        if len(line.text) <= 30 and _BY_ALONE.fullmatch(line.text) and _name_under_by(texted, position):
            continue
        if line.verdict in ("", MASTHEAD, LABEL) and "," in line.text and _writer_and_site(texted, line):
            continue
        # 'Kendra Oyelaran, Communications Specialist': the name and their post, which the
        # header may have taken for a label of its own ('Mereana Tuhoe, Duty Seismologist')
        post = _NAME_AND_POST.fullmatch(line.text) if "," in line.text else None
        if post is not None and (
            line.verdict not in ("", MASTHEAD, LABEL) or not ROLE_WORDS.search(post["post"])
        ):
            post = None
        if line.verdict and post is None:
            continue  # (speed) decided: the handle and the venue below would not be looked at
        text = _HANDLE.sub("", line.text) if "@" in line.text else line.text
        if " at " in text and (venue := _AT_VENUE.fullmatch(text)) is not None:
            text = venue["name"]  # 'Mara Quill at Kestrel Park': a match reporter at the ground
        if post is not None:
            text = post["name"]
        if (line.verdict and post is None) or len(text) > 40 or not 2 <= text.count(" ") + 1 <= 4:
            continue
        near = texted[max(position - 1, 0) : position + 2]
        if position >= 2 and _AIRED.fullmatch(texted[position - 1].text):
            near = [texted[position - 2], *near]  # 'Heard on Morning Show' between the stamp and the name
        # (a social post's card under the poster's name is the post's stamp, and so is a
        # reader-mode export's 'Published in X' under the writer's, a 'Follow' button between)
        if (
            not any(
                other.verdict == "stamp" or other.found.get("social") for other in near if other is not line
            )
            and not any(
                other.text.startswith("Published in ") for other in texted[position + 1 : position + 3]
            )
            and not _between_headline_and_story(texted, position)
            and not _over_own_name_and_story(texted, position)
        ):
            continue
        names = split_names(text)
        if not names or len(names) != 1:
            continue
        name = names[0]
        if name.isascii() and " " not in name:
            continue  # 'Johnson & Johnson' is one word twice: a company, no writer's full name
        first = name.split()[0]
        later = texted[position + 1 :]
        # Only below a headline (the date line's, or its repeat): a title above the stamp
        # of a page that prints no headline first ('Monetary Policy Decision') is no writer.
        above_stamp = (
            position >= 2
            and texted[position + 1 :][:1]
            and texted[position + 1].verdict == "stamp"
            and any(other.first or other.verdict == HEADLINE for other in texted[:position])
        )
        if (
            _ROMANIZED.fullmatch(name)
            or (
                _person_like(name)  # ('Dublin Airport is preparing ...' is the story, no biography)
                and any(
                    other.text.startswith(name) and _BIO_VERB.match(other.text, len(name)) for other in later
                )
            )
            or (_plain_name(name) and _person_like(name) and not _named_again(name, line, texted))
            or (
                above_stamp
                and _person_like(name)
                and not any(first in other.text for other in texted if other is not line)
            )
        ):
            line.decide(BYLINE, "a person's name alone beside the stamp", authors=names)


_NAME_AND_POST = re.compile(r"(?P<name>[^,]{3,40}),\s+(?P<post>[A-Z][\w&' -]{2,50})")
_HANDLE = re.compile(r"\s+@\w{2,30}$")
_HANDLE_ALONE = re.compile(r"@\w{2,30}")
_BY_WORD = re.compile(r"^by\s+", re.I)
# A reader-mode export's reading time under the writer's name: '5-6 minutes', '4 min read'.
# A day without its year, as a blog builder's card prints it: '3 Mar', 'Mar 3'.
_DAY_ALONE = re.compile(r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}")
# A professional's letters after a name, without a comma: 'Declan Farrow QFA'.
_LETTERS_AFTER = re.compile(rf"\s+{CREDENTIAL_LETTERS}$")
_READING_TIME = re.compile(r"\d{1,2}(?:\s*[\u2013-]\s*\d{1,2})?\s*(?:minutes?|mins?)(?:\s+read)?", re.I)
# A reporter's name and where they report from, as match reports print it beside the stamp.
_AT_VENUE = re.compile(
    r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2})\s+at\s+(?:the\s+)?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}"
)


# A role with its beat or its desk after a comma: 'Senior Editor, LNG', 'Reporter | Courts'.
# A speech's page says so over its title ('Speech', 'Remarks'), and prints the speaker's post
# under the name.
_SPEECH_LABEL = re.compile(
    r"speech|remarks|address|keynote(?:\s+address)?|speeches(?:\s+and\s+appearances)?", re.I
)
_SPEECH_LABEL_LINES = 40
_SPEAKER_RULE = "a speech's speaker over their post"
_SPEECH_TITLE_RULE = "a speech's title over its speaker"
_SPEAKER_POST = re.compile(
    r"(?:(?:deputy|assistant|senior\s+deputy|lieutenant)\s+)?governor"
    r"|(?:deputy\s+|prime\s+)?minister(?:\s+of\s+[\w ,&]{2,40})?"
    r"|(?:deputy\s+|vice[- ])?(?:chair(?:man|woman|person)?|president)"
    r"|(?:deputy\s+)?(?:commissioner|secretary|ambassador)"
    r"|chief\s+(?:executive|economist)|director(?:-general)?|head\s+of\s+[\w ,&]{2,40}",
    re.I,
)
_ROLE_AND_BEAT = re.compile(rf"(?:{_ROLE})(?:\s*[,|/\u2013-]\s*[\w&'\u2019 .-]{{1,30}})?", re.I)
# 'Nell Harrow Senior Reporter': a writer's name and role on one line, no mark between.
_NAME_THEN_ROLE = re.compile(rf"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){{1,2}}?)\s+(?i:{_ROLE})")


def _card_above_stamp(texted: list[Line], position: int) -> bool:
    """A writers' card without 'By' just above the stamp (or above the outlet's name over
    the stamp): 'Mara Quill and Tobias Wren', 'Nell Harrow Senior Reporter'. Each name
    must be a person's (two or three plain words, no title's or publication's word); a
    site's name or a section label is one name, which the rules above weigh."""
    line = texted[position]
    # (right under the page's first line only a bar's two names: 'Asad Farooqui | Sana Mirza')
    if position < (1 if line.verdict == NAVIGATION else 2) or len(line.text) > 80:
        return False
    if line.text[:2] == "* " and position + 1 < len(texted) and texted[position + 1].text[:2] == "* ":
        line.text = line.text[2:]  # '* Ruairi Coyle' over '* January 13, 2026': a list of the post's data
    if texted[position - 1].verdict == BYLINE:
        return False  # (under a byline: 'Local Democracy Reporter' is the writer's role)
    below = texted[position + 1 : position + 4]
    stamp_at = next((index for index, other in enumerate(below) if other.verdict == STAMP), None)
    if stamp_at is None or not all(_on_the_card(other.text, stamp_at == 1) for other in below[:stamp_at]):
        return False
    outlet = ""
    if (card := _NAME_THEN_ROLE.fullmatch(line.text)) is not None:
        names = split_names(card["name"])
        rule = "a person's name and role above the stamp"
    elif "|" in line.text and (pair := _barred_pair(line, texted)):
        names = pair
        rule = "two writers' names set apart by a bar above the stamp"
    elif position < 2:
        return False
    elif ("|" in line.text or "  " in line.text) and (
        placed := _NAME_BAR_PLACE.fullmatch(line.text)
    ) is not None:
        names = split_names(placed["name"])  # 'Thandeka Mokoena  |  Tzaneen': where the writer filed from
        rule = "a person's name and their town above the stamp"
    elif (
        (credited := _NAME_AND_OUTLET.fullmatch(line.text)) is not None
        and (
            PUBLICATION.search(credited["outlet"])
            # (or the site's own name, as its top line prints it: 'Rania Haddad, Al Maraya English')
            or any(other.text == credited["outlet"] for other in texted[:position])
        )
    ):
        names = split_names(credited["name"])
        outlet = credited["outlet"]
        rule = "writers' names and their outlet above the stamp"
    else:
        names = split_names(line.text)
        rule = "names without 'By' above the stamp"
        if names is not None and len(names) == 1 and (stacked := _names_stacked_above(texted, position)):
            for other, name in stacked:
                other.decide(BYLINE, "writers' names one a line above the stamp", authors=(name,))
            rule = "writers' names one a line above the stamp"
            # (and the last of them, between this one and the stamp: 'Marcus Hale' / 'Min-seo
            # Kang' / 'Ishaan Rao' / 'Dec 09, 2025')
            for other in below[:stamp_at]:
                last = split_names(other.text) if other.verdict in ("", MASTHEAD, LABEL) else None
                if last is not None and len(last) == 1 and _persons_name(last[0]):
                    other.decide(BYLINE, rule, authors=last)
        elif names is not None and len(names) == 1 and _own_name_over_stamp(texted, position, names[0]):
            rule = "a person's name alone above the stamp, printed again only in the copyright"
        elif (
            names is not None
            and len(names) == 1
            and stamp_at == 1
            and _site_name(below[0], texted)
            and _person_like(names[0])
        ):
            rule = "a person's name alone over the site's own name and the stamp"
        elif names is not None and len(names) == 1 and stamp_at == 1 and _post_alone(below[0].text):
            rule = "a person's name over their post and the stamp"
        elif names is not None and len(names) == 1 and stamp_at == 1 and _FOLLOW.fullmatch(below[0].text):
            rule = "a person's name over the button to follow them and the stamp"
        elif names is not None and len(names) == 1 and _CARD_LINK.fullmatch(below[0].text):
            rule = "a person's name over a link to write to them and the stamp"
        elif (
            names is not None
            and len(names) == 1
            and stamp_at == 0
            and _headline_over_names(texted[position - 1])
            and (texted[position - 1].text[-1:] in ".!?" or not _named_outside_a_bio(names[0], line, texted))
        ):
            # the deck, the writer's name alone, the stamp: 'The "ants" who piled into ... for now.'
            # / 'Owen Achterberg' / 'Mar 14, 2025, 7:15 AM EDT'; or the headline itself over
            # them, as a market wire prints it
            rule = "a person's name alone between the headline or its deck and the stamp"
        elif names is not None and len(names) < 2:
            return False
    if not names or not all(_persons_name(name) for name in names):
        return False
    line.decide(BYLINE, rule, authors=names, outlet=outlet)
    return True


def _named_outside_a_bio(name: str, own: Line, texted: list[Line]) -> bool:
    """Whether another line names the name but for a biography opening with it: a site's
    name over the stamp comes back in its footer ('About Kestrel Point'), a writer's at
    most in their biography ('Ingrid Solheim covers ...')."""
    return any(name in other.text and not other.text.startswith(name) for other in texted if other is not own)


def _barred_pair(line: Line, texted: list[Line]) -> tuple[str, ...]:
    """'Asad Farooqui | Sana Mirza' over the stamp: two writers, when the part after the bar
    is a person's name of two or three words that the page prints nowhere else (a town
    there, 'Thandeka Mokoena | Tzaneen', comes back in the story's dateline or its text)."""
    parts = [part.strip() for part in line.text.split("|")]
    if len(parts) != 2 or not 2 <= len(parts[1].split()) <= 3:
        return ()
    names = [split_names(part) for part in parts]
    if not all(found is not None and len(found) == 1 and _persons_name(found[0]) for found in names):
        return ()
    second = parts[1].casefold()
    if any(second in other.text.casefold() for other in texted if other is not line):
        return ()
    return tuple(found[0] for found in names if found)


# The button to follow a writer, under their name: '+ FOLLOW', 'Follow'.
_FOLLOW = re.compile(r"\+?\s*follow(?:\s+author)?", re.I)
# What a theme prints between the writer's name and the stamp: a link to write to them
# ('Send an email'), the age of the story ('4 hours ago').
_CARD_LINK = re.compile(
    r"(?:send\s+(?:an?\s+)?)?e-?mail(?:\s+(?:the\s+)?author)?|contact(?:\s+(?:the\s+)?author)?"
    r"|\d{1,2}\s*(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago",
    re.I,
)


# A post's title alone on its line: capitalized words, with the small words titles have.
_POST_ALONE = re.compile(r"[A-Z][\w'-]*(?:,?\s+(?:of|and|for|the|&|[A-Z][\w'-]*)){0,6}")


def _post_alone(text: str) -> bool:
    """Whether a line is a post's title alone: 'Chief of Research and Economics'."""
    return _POST_ALONE.fullmatch(text) is not None and ROLE_WORDS.search(text) is not None


def _on_the_card(text: str, alone: bool) -> bool:
    """A line between a writer's name and the stamp that belongs to the card: a second
    name (`alone`: the only line between), a follow button, a dot left alone ('·'), a
    reader view's reading time ('5-6 minutes'), a link to write to them or the story's age."""
    if len(text) > 40:
        return False
    return (
        (alone and cues.is_name_like(cues.shape(text)))
        # (or the writer's post alone: 'Chief of Research and Economics')
        or (alone and _post_alone(text))
        or _FOLLOW.fullmatch(text) is not None
        or not any(char.isalnum() for char in text)
        or _READING_TIME.fullmatch(text) is not None
        or _CARD_LINK.fullmatch(text) is not None
    )


def _names_stacked_above(texted: list[Line], position: int) -> list[tuple[Line, str]]:
    """The writers' names one a line over the last, which stands above the stamp ('Nadia
    Ferris' / 'Ben Oduya' / 'Mar 4, 2025'): each a person's plain name alone, one or two
    of them, under the headline or its deck; [] when the line above is anything else."""
    stacked: list[tuple[Line, str]] = []
    for other in reversed(texted[max(position - 2, 0) : position]):
        if _headline_over_names(other) or (len(other.text) <= 20 and _WRITERS_HEADING.fullmatch(other.text)):
            break  # (or the names' heading: 'MULTIPLE AUTHORS' / 'Hana Yoo' / 'Rory Fenwick')
        names = split_names(other.text) if other.verdict in ("", MASTHEAD, LABEL) else None
        if names is None or len(names) != 1 or not _persons_name(names[0]):
            return []
        stacked.append((other, names[0]))
    above = texted[position - 1 - len(stacked)] if position - 1 - len(stacked) >= 0 else None
    if (
        not stacked
        or above is None
        or not (
            _headline_over_names(above) or (len(above.text) <= 20 and _WRITERS_HEADING.fullmatch(above.text))
        )
    ):
        return []
    return stacked


def _headline_over_names(line: Line) -> bool:
    """The headline (or its deck) over writers' names: decided so, or a line of words that
    is no name (the headline is chosen later, `_headline`)."""
    return line.verdict == HEADLINE or (
        line.verdict in ("", LABEL) and len(line.text.split()) >= 4 and split_names(line.text) is None
    )


# A site's host name printed as its brand: 'League.example', 'news.tidemark.example'.
_HOST_NAME = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _site_name(line: Line, texted: list[Line]) -> bool:
    """A writer's card prints the site under the name: its host, or the name the page's
    copyright line or masthead gives it ('Le Riverain' over the stamp, '© 2025 Le
    Riverain.' in the footer). A name over the site's own name is the writer's."""
    if _HOST_NAME.fullmatch(line.text):
        return True
    name = line.text.casefold()
    if len(name) < 4:
        return False
    return any(
        other is not line
        and (
            (other.verdict in (OUTLET, MASTHEAD) and name in other.text.casefold())
            or other.text.casefold() == name
        )
        for other in texted
    )  # (or the page prints it again on a line of its own: the masthead at the top, 'USA TODAY')


# Paragraphs of prose above a line that show the story has begun (a deck is one).
_STORY_STARTED = 2


def _own_name_over_stamp(texted: list[Line], position: int, name: str) -> bool:
    """A newsletter writer's name right above the stamp, under the title: the page prints
    their given name nowhere else but in its copyright line ('© 2025 Mara Quill': a
    one-person publication's rights are the writer's). A site's or a section's name comes
    back in its menus, captions or story."""
    above = texted[:position]
    if texted[position + 1].verdict != STAMP or not any(_titled(other) for other in above):
        return False
    if sum(1 for other in above if other.prose) >= _STORY_STARTED:
        return False  # under the story's paragraphs (a deck is one): a guest book's signature
    given = name.split()[0]
    return not any(
        given in other.text for other in texted if other is not texted[position] and other.verdict != OUTLET
    )


def _titled(line: Line) -> bool:
    """A title above: the date line's, one printed twice, or a headline-like line of four
    words or more."""
    return (
        line.first
        or line.verdict == HEADLINE
        or (
            not line.verdict
            and len(line.text.split()) >= 4
            and cues.is_headline_like(line.text, cues.shape(line.text))
        )
    )


# 'Carla Reyes, Harbor News' over the stamp: the writer and the outlet they work for.
# ('Jane Roe, Harbour News'; 'A and B | Harbour Public Radio', 'Jane Roe · MPB News': the
# writers, then their outlet after a comma, a bar or a dot)
_PERSON = r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2}"
# A writer's name and the town they filed from, apart by a bar: 'Thandeka Mokoena  |  Tzaneen'.
_NAME_BAR_PLACE = re.compile(
    # (or a wide space between: 'Shreya Nair  New Delhi')
    r"(?P<name>[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){1,2})(?:\s+\|\s+|\s{2,})[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}"
)
_NAME_AND_OUTLET = re.compile(
    rf"(?P<name>{_PERSON}(?:(?:,\s*|\s+and\s+|\s*&\s*){_PERSON}){{0,2}})(?:,|\s+[|\u00b7])\s+"
    r"(?P<outlet>[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,3})"
)


# A picture's credit alone on its line under the caption: 'Tobias Wren, Port Alder Gazette',
# 'Nell Harrow / Harbour Public Radio', 'Lee Min-ji | Getty Images'.
_CREDIT_LINE = re.compile(
    r"(?P<name>[A-Z][\w'.\u2019-]+(?:\s+[A-Z][\w'.\u2019-]+){1,2})\s*(?:,|/|\|)\s*"
    r"(?P<who>(?:The\s+)?[A-Z][\w&'.\u2019-]*(?:\s+[A-Z&][\w&'.\u2019-]*){0,4})"
)
# A picture agency's or a paper's photo desk, named in a credit.
_PICTURE_DESK = re.compile(
    r"\b(?:getty|images?|photos?|photography|pictures?|ap|afp|reuters|epa|shutterstock|alamy|pool|staff|"
    r"contributed|handout|courtesy)\b",
    re.I,
)


def _picture_credits(lines: list[Line]) -> None:
    """A one-sentence line over a photographer's credit ('The evening ferry leaves the pier
    in a file photo.' over 'Tobias Wren, Port Alder Gazette'): the picture's
    caption and its credit, when the story goes on below them. The credit's right side must
    be a paper's, a picture desk's or this page's own name (its masthead)."""
    texted = [line for line in lines if line.text]
    own: set[str] = set()  # the page's own names: lines alone (its masthead), four words at most
    for position in range(1, len(texted) - 1):
        line, above = texted[position], texted[position - 1]
        text = line.text
        if (
            len(text) > 80
            or not ("," in text or "/" in text or "|" in text)  # gate (speed): the credit's mark
            # (a credit with a bar may have been taken for a menu of two links)
            or line.verdict not in ("", MASTHEAD, LABEL, NAVIGATION)
            or text[-1:] in ".!?"
        ):
            continue
        credit = _CREDIT_LINE.fullmatch(line.text)
        if credit is None or above.verdict not in ("", CAPTION) or len(above.text) > _CAPTION_MAX:
            continue
        who = credit["who"]
        if not own:
            own = {_THE.sub("", other.text).casefold() for other in texted if len(other.text.split()) <= 4}
        if not (
            PUBLICATION.search(who)
            or _PICTURE_DESK.search(who)
            or _THE.sub("", who).casefold() in own - {_THE.sub("", line.text).casefold()}
        ):
            continue
        names = split_names(credit["name"])
        if not names or len(names) != 1 or not _person_like(names[0]):
            continue
        if not above.verdict and (
            _SENTENCE_END.search(above.text) or not cues.is_sentence(cues.shape(above.text))
        ):
            continue  # a caption is one sentence
        story = [other for other in texted[position + 1 : position + 4] if not other.verdict]
        if not any(len(other.text) >= _PARAGRAPH_CHARS for other in story):
            continue  # a credit with no story below it may be the story's own sign-off
        line.decide(CAPTION, "a picture's credit (the photographer and the paper)")
        if not above.verdict:
            above.decide(CAPTION, "a caption over its picture's credit")


# A picture agency's name alone, as a page prints it under a caption: 'getty', 'AFP'.
_AGENCY_ALONE = re.compile(
    r"(?:getty(?:\s+images)?|afp|reuters|ap|epa(?:-efe)?|shutterstock|alamy|istock(?:photo)?|pool|handout)"
    r"(?:\s+(?:photo|via\s+getty\s+images))?",
    re.I,
)
# The picture's copyright under a caption, over or instead of its photographer's credit:
# 'Copyright © afriwave', '© Harbour Photo Agency'.
_PICTURE_COPYRIGHT = re.compile(r"(?:copyright\s*)?\u00a9\s*\S.{0,40}", re.I)


def _credit_line(line: Line) -> bool:
    """A picture's credit alone on its line: a photographer and an agency or desk
    ('Moussa Sow/Orbis Press', 'Kyle Brandt/Union Photo') or an agency alone ('getty')."""
    text = line.text
    if len(text) > 60 or text[-1:] in ".!?" or text[:3].lower() == "by ":
        return False  # (nor a byline: 'By KENJI MORITA/ Staff Writer')
    if _AGENCY_ALONE.fullmatch(text):
        return True
    credit = _CREDIT_LINE.fullmatch(text) if "/" in text else None
    who = credit["who"] if credit is not None else ""
    return bool(PUBLICATION.search(who) or _PICTURE_DESK.search(who))


def _scenes_over_agencies(lines: list[Line]) -> None:
    """A scene's sentence over its picture's credit, or over its copyright and its credit
    ('Fishermen unload their catch at the beach of Kayar.' / 'Copyright © afriwave' /
    'Moussa Sow/Orbis Press'), with the story going on below: the picture's caption; and
    a caption printed twice in a row (the picture's alt text, then its caption) is one."""
    texted = [line for line in lines if line.text]
    for position, line in enumerate(texted[:-2]):
        if line.verdict or len(line.text) > _CAPTION_MAX:
            continue
        below = texted[position + 1]
        if (
            below.text == line.text
            and not below.verdict
            and line.text[-1:] == "."
            and len(_LAST_SENTENCE.split(line.text)) == 1
        ):
            # (a story's sentence is never printed twice in a row; a headline, without its
            # full stop, is: the page's title, then its heading)
            line.decide(CAPTION, "a picture's alt text over its caption, the same sentence")
            below.decide(CAPTION, "a caption under the same sentence as its alt text")
            continue
        if line.text[-1:] != "." or not _scene(line.text):
            continue  # (a caption's sentence ends with its full stop; a headline does not)
        credits = [below]
        if _PICTURE_COPYRIGHT.fullmatch(below.text) and position + 2 < len(texted):
            credits.append(texted[position + 2])  # (the copyright, then the photographer's credit)
        copyright_alone = len(credits) == 1 and _PICTURE_COPYRIGHT.fullmatch(below.text)
        if not _credit_line(credits[-1]) and not copyright_alone:
            continue
        after = texted[position + 1 + len(credits) : position + 4 + len(credits)]
        if not any(len(other.text) >= _PARAGRAPH_CHARS and not other.verdict for other in after):
            continue  # the story goes on below
        line.decide(CAPTION, "a scene over its picture's credit")
        for credit in credits:
            credit.decide(CAPTION, "a picture's credit (its agency, copyright or photographer)")


# A picture's description for screen readers (its alt text), printed over its caption: 'A
# woman in a work jacket stands in a paddock in front of a herd of cows.' One sentence, a
# scene in the present tense, who is there and what they do.
_ALT_SCENE = re.compile(
    r"(?:An?|The|Two|Three|Four|Several|Many|People|Children|Workers|Crowds?)\s[^.\"\u201c]{5,160}?\b"
    r"(?:stands?|sits?|walks?|holds?|looks?|waits?|works?|poses?|smiles?|leans?|rides?|runs?|gathers?|lies|lie"
    r"|wears?|carr(?:y|ies)|points?|is\s+seen|are\s+seen|line\s+up|lines\s+up)\b[^.\"\u201c]{0,140}\."
)


def _alt_text_over_captions(lines: list[Line]) -> None:
    """A scene described over a caption with its credit is the picture's alt text."""
    texted = [line for line in lines if line.text]
    for above, below in itertools.pairwise(texted):
        if (
            below.verdict == CAPTION
            and not above.verdict
            and len(above.text) <= _CAPTION_MAX
            and _ALT_SCENE.fullmatch(above.text)
            and not _NOT_SCENE.search(above.text)
        ):
            above.decide(CAPTION, "a picture's description (its alt text) over its caption")


# 'By' or an author's label alone on its line, over the writer's name.
_BY_ALONE = re.compile(
    r"(?:by|written\s+by|words\s+by|story\s+by)(?:\s*[\u2014\u2013:-])?"  # ('By \u2014' over each name)
    r"|authors?(?:\s+of\s+the\s+article)?\s*:?|reporter\s*:|par",
    re.I,
)


# A correspondent's name and post under 'By': 'From Mara Quill, Port Alder' (the paper's
# reporter filing from a city away from its newsroom).
_FROM_POST = re.compile(
    r"From\s+(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2}),\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)?"
)


# A wire's writer and the wire after a comma, under the headline: 'Edita Mockutė, BALTICA'.
_WRITER_AND_SITE = "a writer and the site's name after a comma ('Edita Mockutė, BALTICA')"
_NAME_AND_SITE = re.compile(r"(?P<name>[^,]{4,40}),\s+(?P<site>[A-Z][\w&.'\u2019 -]{1,30})")


def _writer_and_site(texted: list[Line], line: Line) -> bool:
    """A person's name, a comma and the site's own name as its masthead prints it elsewhere
    in the header, next to the stamp: the byline. (Under a caption, the same is the picture's
    credit: 'Tobias Wren, Port Alder Gazette'.)"""
    found = _NAME_AND_SITE.fullmatch(line.text)
    if found is None:
        return False
    at = texted.index(line)
    beside = texted[max(at - 1, 0) : at] + texted[at + 1 : at + 2]
    if not any(other.verdict == STAMP for other in beside):
        return False
    site = found["site"].strip().casefold()
    if not any(other is not line and other.text.casefold() == site for other in texted):
        return False  # (the site's name alone on a line of its own: its masthead)
    names = split_names(found["name"])
    if not names or len(names) != 1 or not _persons_name(names[0]):
        return False
    line.decide(BYLINE, _WRITER_AND_SITE, authors=names)
    return True


def _name_under_by(texted: list[Line], position: int) -> bool:
    """'By' alone (or 'Author of the article:'), the writer's name on the next line (a page
    whose link around the name broke the line): the two lines are the byline."""
    if position + 1 >= len(texted) or texted[position + 1].verdict not in ("", MASTHEAD, LABEL):
        return False
    under = texted[position + 1].text
    posted = _FROM_POST.fullmatch(under) if under.startswith("From ") else None
    names = split_names(posted["name"] if posted else under)
    if not names or not all(_plain_name(name) and _person_like(name) for name in names):
        return False
    texted[position].decide(LABEL, "'By' alone over the writer's name")
    texted[position + 1].decide(BYLINE, "the writer's name under 'By'", authors=names)
    # an 'Authors' block, each name over its role: 'Celeste Dumalagan' / 'Energy Finance
    # Analyst, Philippines' / 'Hartmut Vogel' / 'Lead Analyst, Asia Power Markets'
    # (each role with the writer's e-mail under it: a research note's 'Authors' block)
    at = position + 2
    while at + 1 < len(texted) and _role_line(texted[at].text):
        step = 2 if texted[at + 1].rule == "e-mail alone" and at + 2 < len(texted) else 1
        if texted[at + step].verdict not in ("", MASTHEAD, LABEL):
            break
        more = split_names(texted[at + step].text)
        if not more or not all(_plain_name(name) and _person_like(name) for name in more):
            break
        texted[at].decide(LABEL, ROLE_UNDER_NAME)
        texted[at + step].decide(BYLINE, "a second writer's name under the first one's role", authors=more)
        at += step + 1
    return True


def _writers_over_roles(lines: list[Line]) -> None:
    """A writer's card of names each over a role, the first name taken for the byline
    ('Ingrid Falk' / 'VP, Trust and Compliance' / 'Tomasz Wierzba' / 'Director of
    Infrastructure, EMEA'): the next names, each with its role under it, write it too."""
    texted = [line for line in lines if line.text]
    for position, line in enumerate(texted):
        if line.verdict != BYLINE or len(line.found.get("authors", ())) != 1:  # type: ignore[arg-type]
            continue
        at = position + 1
        while (
            at + 2 < len(texted)
            and _role_line(texted[at].text)
            and texted[at].verdict in ("", MASTHEAD, LABEL)
            and texted[at + 1].verdict in ("", MASTHEAD, LABEL)
            and _role_line(texted[at + 2].text)
        ):
            more = split_names(texted[at + 1].text)
            if not more or len(more) != 1 or not (_plain_name(more[0]) and _person_like(more[0])):
                break
            texted[at].decide(LABEL, ROLE_UNDER_NAME)
            texted[at + 1].decide(BYLINE, _CARD_OF_WRITERS, authors=more)
            at += 2
        if at > position + 1:
            # (the first name too, as one of the card's writers, not a name alone by the stamp)
            line.decide(BYLINE, _CARD_OF_WRITERS, authors=line.found["authors"])


_CARD_OF_WRITERS = "writers' names each over their role"


def _source_over_name(lines: list[Line]) -> None:
    """An aggregator's field labels one a line over their values ('Source' over 'Shapla
    Relief Network', 'Format' over 'News and Press Release'): the source is the outlet
    whose report the page carries."""
    texted = [line for line in lines[:_SOURCE_LABEL_REACH] if line.text]
    for position, line in enumerate(texted[:-1]):
        if line.text.rstrip(":") not in ("Source", "Sources") or line.verdict not in ("", MASTHEAD, LABEL):
            continue
        value = texted[position + 1]
        if value.verdict in ("", MASTHEAD, LABEL) and cues.is_name_like(cues.shape(value.text)):
            line.decide(LABEL, "an aggregator's field label ('Source')")
            value.decide(OUTLET, "source line", outlet=value.text)
            return


_SOURCE_LABEL_REACH = 60  # lines from the top: the record's fields stand over the report


def _writer_in_a_table(lines: list[Line]) -> None:
    """A row of a record's table among others ('Reporter<tab>Catriona Elphick' between
    'Appellant<tab>X Ltd' and 'Procedure<tab>...'): a field of the case, not a byline."""
    texted = [line for line in lines if line.text]
    for position, line in enumerate(texted[1:-1], start=1):
        if (
            line.verdict == BYLINE
            and "\t" in line.text
            and texted[position - 1].rule == TABLE_ROW_RULE
            and texted[position + 1].rule == TABLE_ROW_RULE
        ):
            line.decide(CHROME, TABLE_ROW_RULE)
            line.found.pop("authors", None)


def _issuer_over_stamp(lines: list[Line]) -> None:
    """A release service carries others' releases ('SciRelease! is a service of the X.' in
    its footer): the issuer's name in capitals right over the release's stamp
    ('HARROWGATE UNIVERSITY' / '2-Dec-2025 10:00 AM ET') is the outlet, spelled as the page
    spells it elsewhere ('Harrowgate University' under the media contact)."""
    if not any(line.text.endswith(".") and _SERVICE_OF.search(line.text) for line in lines[-_SERVICE_REACH:]):
        return
    texted = [line for line in lines[:_SOURCE_LABEL_REACH] if line.text]
    for position, line in enumerate(texted[1:-1], start=1):
        if texted[position + 1].verdict != STAMP or line.prose:
            continue
        if line.verdict not in ("", MASTHEAD, LABEL) or not line.text.isupper() or len(line.text.split()) < 2:
            continue
        spelled = _spelled_otherwise(line, lines)
        if spelled is not None and cues.is_name_like(cues.shape(spelled)):
            line.decide(OUTLET, ISSUER_OVER_STAMP_RULE, outlet=spelled)
        return


def _spelled_otherwise(line: Line, lines: list[Line]) -> str | None:
    """How another line spells a line in capitals other than in capitals ('Harrowgate
    University' for 'HARROWGATE UNIVERSITY'), or None."""
    wanted, pattern = line.text.casefold(), re.compile(re.escape(line.text), re.I)
    for other in lines:
        if other is not line and wanted in other.text.casefold():
            found = pattern.search(other.text)
            if found is not None and not found.group().isupper():
                return found.group()
    return None


# 'SciRelease! is a service of the Council for Science Communication.'
_SERVICE_OF = re.compile(r"\bis\s+a\s+service\s+of\s+(?:the\s+)?[A-Z]")
_SERVICE_REACH = 20  # lines from the bottom: the footer


def _writer_and_team(lines: list[Line]) -> None:
    """A Korean company blog's byline: the writer's name, then their team ('서지호
    ML플랫폼팀'), the name said again elsewhere on the page (the greeting's '... 서지호입니다',
    the author box's name alone)."""
    for index, line in enumerate(lines[:_TEAM_BYLINE_REACH]):
        if line.prose:
            return  # the story has begun: a byline stands above it
        if line.verdict not in ("", MASTHEAD) or not line.text.endswith(_TEAMS):
            continue
        found = _NAME_AND_TEAM.fullmatch(line.text)
        if found is None or found["name"][-1] in _PARTICLES:
            continue  # ('절반의 사실': a word and its particle, no name)
        name = found["name"]
        if any(name in other.text for at, other in enumerate(lines) if at != index and other.text):
            line.decide(BYLINE, "a writer's name and their team (a company blog's byline)", authors=(name,))
            return


_TEAMS = ("팀", "실", "랩", "센터", "그룹", "셀", "Lab", "Team")
_NAME_AND_TEAM = re.compile(
    r"(?P<name>[가-힣]{2,4})\s+(?P<team>[가-힣A-Za-z0-9·&/]{2,16}(?:팀|실|랩|센터|그룹|셀|Lab|Team))"
)
_PARTICLES = frozenset("의은는이가을를에도와과로")
_TEAM_BYLINE_REACH = 30  # lines from the top: a byline stands in the header


def _note_under_writer(lines: list[Line], body: list[Line]) -> None:
    """The last paragraph under the writer's name alone (an author box after the story:
    '서지호' over '... 서빙하는 일을 합니다.'): the writer's note on themselves, not the story."""
    if len(body) < 2:
        return
    authors = {
        str(name) for line in lines if line.verdict == BYLINE for name in line.found.get("authors", ())
    }  # type: ignore[attr-defined]
    last = body[-1]
    above = text_above(lines, lines.index(last))
    if above is not None and above is not body[-2] and above.text in authors:
        body.pop().decide(FOOTER, "the writer's note on themselves, under their name after the story")


def _role_line(text: str) -> bool:
    """A writer's role and beat on a card's line: 'Lead Analyst, Asia Power Markets'."""
    if len(text) > 60:
        return False
    # (or any job a byline's role words name: 'Energy Finance Analyst, Philippines')
    return _ROLE_AND_BEAT.fullmatch(text) is not None or (
        (ROLE_WORDS.search(text) is not None or _JOB_TITLE.search(text) is not None)
        and text[:1].isupper()
        and not text.endswith(".")
    )


# A company's titles on a writer's card: 'VP, Trust and Compliance', 'Director of Infrastructure'.
_JOB_TITLE = re.compile(
    r"\b(?:VP|SVP|EVP|Vice\s+President|President|Director|Head\s+of|Manager|Officer|Fellow|Principal|Partner"
    r"|Lead)\b"
)


def _between_headline_and_story(texted: list[Line], position: int) -> bool:
    """A name between a headline (four words or more) and the story's first paragraph: the
    byline of a page that prints no stamp ('Nadia Okafor' under the title)."""
    if position == 0 or position + 1 >= len(texted):
        return False
    if any(line.verdict == BYLINE for line in texted[:position]):
        return False  # the writers were named above: a label under the sponsor's line ('QUICK TAKE')
    above, below = texted[position - 1], texted[position + 1]
    headline = above.first or (
        not above.verdict
        and len(above.text.split()) >= 4
        and cues.is_headline_like(above.text, cues.shape(above.text))
    )
    return (
        headline
        and not below.verdict
        and (below.prose or cues.is_paragraph(below.text, cues.shape(below.text)))
    )


def _over_own_name_and_story(texted: list[Line], position: int) -> bool:
    """A name over the journal's or site's short name, right over the story's first
    paragraph ('Helen Marchbank' / 'TMJ' / 'GP practices in England will ...'), the short
    name printed elsewhere on the page too ('Cite this as: TMJ 2025;391:r2514')."""
    if position + 2 >= len(texted) or any(line.verdict == BYLINE for line in texted[:position]):
        return False
    own, story = texted[position + 1], texted[position + 2]
    if len(own.text) > 40 or len(own.text.split()) > 4 or story.verdict:
        return False
    if (named := split_names(own.text)) and _person_like(named[0]):
        return False  # a person's name under a title ('Nell Harrow Quill' under her obituary's)
    if not (story.prose or cues.is_paragraph(story.text, cues.shape(story.text))):
        return False
    word = re.compile(rf"(?<!\w){re.escape(own.text)}(?!\w)")
    return any(word.search(line.text) for line in texted if line is not own and line.text != own.text)


# Words of page furniture (a player's buttons, a release's label) and the small words a
# title has and a person's name has not: 'Play Video', 'For Immediate Release'.
_FURNITURE_WORDS = re.compile(
    r"\b(?:for|of|the|and|in|on|at|to|by|with|from|play|video|audio|watch|listen|close|menu|search|share|photos?"
    r"|gallery|podcast|live|more|release|immediate|update[sd]?|advertisement|sponsored|subscribe|log|login|sign"
    r"|home|print|e-?mail|contact|about|follow|top|new|latest"
    # a reading tool's buttons beside the byline ('Read Later', 'Text Size', 'Dark Mode')
    r"|read|later|save[sd]?|bookmark|reading|text|font|size|mode|zoom|translate|download|app"
    r"|comments?|reply|copy|link|view|skip|back|next|previous|alerts?|notifications?"
    # a record's labels beside their dates ('Date Filed', 'Case Number')
    r"|date|filed|number|case)\b",
    re.I,
)
_GLUED_WORDS = re.compile(r"[a-z]{3,}[A-Z]")  # 'Video PlayerClose': labels run together, not McDonald


def _plain_name(name: str) -> bool:
    """A name of plain capitalized words: no publication's word, no furniture's word. A
    Korean name is one word; Hangul in words apart is a label ('담당 부서 해양수산부 ...')."""
    return not (
        cues.HANGUL.search(name)
        or PUBLICATION.search(name)
        or _FURNITURE_WORDS.search(name)
        or _GLUED_WORDS.search(name)
        or _SENTENCE_WORDS.search(name)
    )


# Words a box's or a list's label is made of and a person's name never is: 'AS IT HAPPENS',
# 'What You Missed', 'More For You'.
_SENTENCE_WORDS = re.compile(
    r"\b(?:as|it|is|are|the|what|how|now|here|this|that|latest|more|most|our|your|you|we|my"
    # ('MULTIPLE AUTHORS' over the writers' names, 'Trending Topics' over the hashtags)
    r"|multiple|various|several|authors|contributors|trending|topics|popular|recommended|research)\b",
    re.I,
)


def _named_again(name: str, own: Line, lines: list[Line]) -> bool:
    """Whether the page names it again (a site's name comes back in its copyright or
    masthead; a reporter's name beside the stamp is printed once, or again as the
    photographer's in a picture's credit: 'Jane Doe/Harbour Radio')."""
    folded = name.casefold()
    return any(
        line is not own
        and folded in line.text.casefold()
        and not ((credit := _CREDIT_LINE.fullmatch(line.text)) is not None and credit["name"] == name)
        for line in lines
    )


# The programme a broadcast story aired on, between its stamp and its reporter.
_AIRED = re.compile(r"(?:as\s+)?(?:heard|seen|aired|featured)\s+on\s+[A-Z][\w&'\u2019 ]{2,40}", re.I)


# Words a title has and a person's name has not ('For Immediate Release', 'Board of Trade').
_TITLE_WORD = re.compile(
    r"(?:for|of|the|and|in|on|at|to|with|from|a|an|release|news|notice"
    # a toolbar's words ('Social Sharing', 'Share Story', 'Print Article'): no one's name
    r"|shar(?:e|ing)|print|comments?|listen|save|bookmark|follow|subscribe|newsletter|video|audio"
    # a filing's or a list's label ('Regulatory Story', 'See All Events')
    r"|regulatory|announcements?|filings?|events|see"
    r"|why|we|this|sitemap|index"  # a box's title: 'Why We Wrote This'
    # a place's or a body's name beside the stamp ('Dublin Airport', 'Harbour Ferries')
    r"|airport|airlines?|airways|railways?|ferries|transit|council|authority|university|hospital|ministry"
    r"|department|agency|commission|corporation|company|group|limited|ltd|inc"
    # an event's name beside the stamp of a speech given there ('Atlantic Payments and
    # Fintech Forum')
    r"|forum|summit|conference|symposium|congress|association|chamber|society|payments"
    # a sports body's name in capitals over its release's stamp ('KOREA PRO VOLLEYBALL LEAGUE')
    r"|league|federation|confederation|union|committee|club|foundation|institute|bureau|board"
    # a footer box's title after a list of stories and their stamps ('Quick Links')
    r"|links?|resources|services|topics|categories|departments|residents|documents|forms|tools"
    # a release service's kind of item over its issuer ('Peer-Reviewed Publication')
    r"|publications?|peer-reviewed|reports?)",
    re.I,
)


def _person_like(name: str) -> bool:
    return not any(_TITLE_WORD.fullmatch(word) for word in name.split())


def _persons_name(name: str) -> bool:
    """A person's name as a page prints it alone: two or three plain words, none a title's."""
    return 2 <= len(name.split()) <= 3 and _plain_name(name) and _person_like(name)


# A live blog's time label alone on its line: '15:47 KST', '9.05am', '2:10 p.m. ET'.
_TIME_LABEL = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?", re.I)
# How many time labels make a live blog.
_LIVE_LABELS = 3


# A summary box's label: 'In short:', 'Key points (AI-generated)', 'AI generated summary',
# 'At a glance', 'TL;DR', 'AI 요약', '3줄 요약'.
_SUMMARY_LABEL = re.compile(
    r"(?:in\s+short|key\s+(?:points|takeaways|facts|findings)|highlights|(?:ai[\s-]*(?:generated\s+)?)?summary|at\s+a\s+glance"
    r"|tl;?\s?dr|quick\s+read|the\s+short\s+version|what\s+you\s+need\s+to\s+know|story\s+highlights"
    r"|(?:ai|\d줄|핵심|기사)\s*요약|요약)"
    r"(?:\s*\((?:ai[\s-]*generated|ai)\))?\s*:?",
    re.I,
)
# 'Was this summary helpful? 👍 👎': the box's own question.
_SUMMARY_FEEDBACK = re.compile(r"(?:was|is)\s+(?:this|the)\s+summary\s+(?:helpful|useful)\b", re.I)
# Sentences under a label that has no bullets: as many as a box holds.
_BOX_SENTENCES = 4


def _box_note(line: Line) -> bool:
    """The box's note on who wrote it or whether it helped ('This summary was made by AI
    ...', 'Was this summary helpful?')."""
    return (line.verdict in ("", NOTICE) and about_itself(line.text)) or (
        line.verdict == CHROME and _SUMMARY_FEEDBACK.match(line.text) is not None
    )


_POINT_WORDS = 5  # a point without its full stop is a headline's length at least
# A crew's roles and a writer's, under a name on a team's card.
# (a 'Digital Producer' at a station writes its web stories: a byline)
_CREW_ROLE = re.compile(
    r"\b(?:(?:senior|executive|supervising|associate|audio|video)\s+producer|host|engineer|designer|photographer"
    r"|videographer|intern|director)\b",
    re.I,
)
_WRITING_ROLE = re.compile(r"\b(?:reporter|writer|correspondent|columnist|journalist)\b", re.I)

# A summary box's last heading: 'What's next?', 'What happens next?', 'Why it matters'.
_BOX_SUBLABEL = re.compile(
    r"what(?:'|\u2019)?s\s+next\??|what\s+happens\s+next\??|why\s+it\s+matters:?|what(?:'|\u2019)?s\s+the\s+impact\??",
    re.I,
)


def _labelled_summary(lines: list[Line]) -> None:
    """'Summary: The new act replaces ...' over the story's paragraphs: the summary and its
    label on one line, before any paragraph, is the page's standfirst, not the story's start."""
    for index, line in enumerate(lines):
        if not line.text or line.verdict:
            continue
        if not cues.is_paragraph(line.text, cues.shape(line.text)):
            continue
        label = _SUMMARY_LABEL.match(line.text)
        if (
            label is None
            or not label.group().rstrip().endswith(":")
            or len(line.text) - label.end() < _PARAGRAPH_CHARS
        ):
            return  # (only the first paragraph may be the summary)
        below = sum(
            1
            for other in lines[index + 1 :]
            if other.text and not other.verdict and cues.is_paragraph(other.text, cues.shape(other.text))
        )
        if below >= _SUMMARIZED:
            line.decide(STANDFIRST, "a summary and its label over the story")
        return


_SUMMARIZED = 3  # paragraphs under a summary


def _summary_boxes(lines: list[Line]) -> None:
    """A summary box over the story (its label, then bullets, or a few sentences closed by a
    blank line or the box's note, and the note on who wrote it) restates the story in other
    words: its points are the page's, not the story's, which starts below. A label followed
    by anything else (the headline under an 'AI 요약' button), or standing below the story's
    paragraphs (a report's 'Summary' section), is only a label."""
    labels = [
        index
        for index, line in enumerate(lines)
        if line.text and len(line.text) <= 40 and _SUMMARY_LABEL.fullmatch(line.text)
    ]
    for index in labels:
        label = lines[index]
        prose_above = sum(
            1
            for line in lines[:index]
            if line.text and not line.verdict and cues.is_paragraph(line.text, cues.shape(line.text))
        )
        if prose_above >= 2:
            return
        box: list[Line] = []
        position = index + 1
        while position < len(lines) and lines[position].text and _box_note(lines[position]):
            box.append(lines[position])  # the note may come first, under the label
            position += 1
        points = len(box)
        bulleted = position < len(lines) and is_bullet(lines[position].text)
        closed = False
        last_point = False  # after the box's own sub-label ('What's next?'): one point, then the story
        while position < len(lines):
            line = lines[position]
            if not line.text or (box and not bulleted and wire.lede_dateline(line.text) is not None):
                closed = True  # a blank line, or the story's own dateline (a copy with no blank lines)
                break
            if _box_note(line):
                box.append(line)
                closed = True
                break
            if bulleted and not is_bullet(line.text):
                break
            if (
                not bulleted
                and len(box) - points >= 2
                and all(_BOX_FIELD.match(point.text) for point in box[points:])
                and not _BOX_FIELD.match(line.text)
            ):
                # points that each open with their field ('Product: ...', 'Issue: ...', 'What
                # to do: ...'), and a line that does not: the box is over (a recall notice's
                # summary, its first section's heading under it with no blank line)
                closed = True
                break
            if not bulleted and not last_point and _BOX_SUBLABEL.fullmatch(line.text):
                box.append(line)
                last_point = True
                position += 1
                continue
            if (
                not bulleted
                and box
                and line.verdict in (CHROME, PROMO)
                and len(box) - points <= _BOX_SENTENCES
            ):
                # the page's furniture under the points (a chart's alt text, a share bar's
                # 'Share this report') closes the box
                closed = True
                break
            if (
                not bulleted
                and line.verdict in (BYLINE, STAMP)
                and len(box) - points >= 2
                # (the headline printed twice under an 'AI 요약' button is no box's points)
                and len({point.text for point in box[points:]}) == len(box) - points
            ):
                closed = True  # 'In Short' / three points without full stops / 'Reported By: ...'
                break
            if line.verdict or (
                not bulleted
                and (
                    len(box) - points == _BOX_SENTENCES
                    or not (cues.is_sentence(cues.shape(line.text)) or len(line.text.split()) >= _POINT_WORDS)
                )
            ):
                break
            box.append(line)
            position += 1
            if last_point:
                closed = True
                break
        if len(box) == points or not (bulleted or closed):
            continue
        label.decide(CHROME, "a summary box's label")
        for line in box:
            line.found.pop("end", None)  # the box's note, not the end of the story
            line.decide(CHROME, "a summary box over the story (its points, not the story's)")


# A summary box's point opening with its field's name: 'Issue: The lid can open ...'.
_BOX_FIELD = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+){0,3}:\s+\S")


# A box of facts between a story's paragraphs: 'Quick facts', 'By the numbers', 'Did you
# know?' over short sentences set one a line, without the blank lines the paragraphs have.
_FACTS_LABEL = re.compile(
    r"(?:(?:quick|fast|key)\s+facts|facts\s+(?:and|&)\s+figures|by\s+the\s+numbers|did\s+you\s+know\??"
    r"|key\s+(?:numbers|figures|findings))\s*:?",
    re.I,
)
_FACT_CHARS = 160  # a fact is one short sentence


# A box's item as 'Label: value', short: 'Jarvis: Greenview Ave. at Jarvis Ave.', 'Fare: $3.50'.
_BOX_ITEM = re.compile(r"[A-Z][\w .'&/-]{1,25}:\s+\S.{1,70}")
_BOX_ITEMS = 3  # items, one a line, that make a box under its heading


def _labelled_list_boxes(lines: list[Line]) -> None:
    """A heading over three or more 'Label: value' lines set one under another, no blank
    line between them (a transit alert's 'Shuttle bus boarding locations' over its stops):
    the page's box of details, not paragraphs of the story."""
    for index, heading in enumerate(lines[:-1]):
        text = heading.text
        if not text or heading.verdict or len(text) > 50 or text[-1:] in ".:!?" or ":" in text:
            continue
        items: list[Line] = []
        for line in lines[index + 1 :]:
            # (an item with its note in parentheses may have read as a caption's credit)
            if not line.text or line.verdict not in ("", CAPTION) or not _BOX_ITEM.fullmatch(line.text):
                break
            items.append(line)
        if len(items) < _BOX_ITEMS:
            continue
        heading.decide(CHROME, "a box's heading over its list of details")
        for line in items:
            line.decide(CHROME, "a box's list of details under its heading ('Jarvis: Greenview Ave. at ...')")


def _fact_boxes(lines: list[Line]) -> None:
    """A facts box inside the story, its label and its sentences, up to the blank line
    under them: the page's restatement, not paragraphs of the story."""
    for index, label in enumerate(lines):
        if not label.text or len(label.text) > 30 or label.verdict or not _FACTS_LABEL.fullmatch(label.text):
            continue
        box: list[Line] = []
        for line in lines[index + 1 :]:
            if not line.text:
                break
            if line.verdict or len(line.text) > _FACT_CHARS or len(_LAST_SENTENCE.split(line.text)) > 1:
                box = []
                break
            box.append(line)
        if len(box) < 2:
            continue
        label.decide(CHROME, "a facts box's label")
        for line in box:
            line.decide(CHROME, "a facts box between the paragraphs (its facts, not the story's)")


# A field of a record printed over the story, a court's or a register's: 'Neutral citation:
# [2025] IESC 51', 'Court: Supreme Court', 'Result: Appeal allowed; order quashed'.
_RECORD_FIELD = re.compile(r"[A-Z][\w'\u2019()/ -]{1,30}:\s+\S.{0,200}")
_RECORD_FIELDS = 3  # fields one a line, no blank line between them, that make a record
_TITLE_FIELD = re.compile(r"(?:headline|title|subject)\s*:", re.I)


# A blogging platform's buttons beside a post's stamp: '이웃추가' (follow), 'URL 복사 이웃추가'.
_FOLLOW_BLOGGER = re.compile(r"(?:URL\s*복사\s*)?(?:\+\s*)?이웃\s*추가|\+?\s*구독하기")
_NICKNAME = 12  # characters of a blogger's nickname


def _blog_post_header(lines: list[Line], start: int) -> Line | None:
    """A Korean blog post's header: its title, the blogger's nickname, the stamp, then the
    button to follow the blog ('이웃추가'). The nickname is the writer; the title, the
    headline (the blog's own name and motto stand above it). None when there is none."""
    texted = [line for line in lines[:start] if line.text]
    for at in range(2, len(texted) - 1):
        title, name, stamp, button = texted[at - 2], texted[at - 1], texted[at], texted[at + 1]
        if (
            stamp.verdict == STAMP
            and _FOLLOW_BLOGGER.fullmatch(button.text)
            and name.verdict in ("", MASTHEAD, LABEL)
            and 2 <= len(name.text) <= _NICKNAME
            and " " not in name.text
            and title.verdict in ("", MASTHEAD, LABEL, HEADLINE)
            and len(title.text) > len(name.text)
            # (a story pasted into the post has its own stamp below: the story's header rules)
            and not any(line.verdict == STAMP for line in texted[at + 2 :])
        ):
            name.decide(BYLINE, _BLOGGER_NICKNAME, authors=(name.text,))
            return title
    return None


def _record_fields(lines: list[Line], start: int) -> None:
    """Three or more 'Label: value' lines in a row above the story are a record's fields
    (a judgment's citation, court, bench, date and result): labels, none of them the
    headline, however many of the story's words a result shares."""
    run: list[Line] = []
    for line in [*lines[:start], None]:
        if line is not None and line.text and _RECORD_FIELD.fullmatch(line.text):
            run.append(line)
            continue
        # (stamps among them do not count: 'Posted: ...', 'Effective: ...' under an alert's title)
        if sum(1 for field in run if field.verdict != STAMP) >= _RECORD_FIELDS:
            for field in run:
                # (a terminal's 'Headline: ...' field gives the headline)
                if not field.verdict and not _TITLE_FIELD.match(field.text):
                    field.decide(LABEL, "a record's field over the story ('Court: ...', 'Result: ...')")
        run = []


# A post's title with its date in parentheses, as a blog lists its other posts: '첫 유료 고객에게
# 배운 것 (2025. 9. 3.)', 'What our first customer taught us (Sep 3, 2025)'.
_DATED_TITLE = re.compile(
    r".{4,90}?\s\((?:\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{4}-\d{2}-\d{2}"
    r"|[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})\)"
)


def _dated_post_lists(lines: list[Line]) -> None:
    """Two or more lines in a row, each a title with its date in parentheses: the site's
    list of its other posts (under a blog post), which ends the story where it starts."""
    texted = [line for line in lines if line.text]
    position = 0
    while position < len(texted):
        run = 0
        while position + run < len(texted) and _DATED_TITLE.fullmatch(texted[position + run].text):
            run += 1
        if run >= 2 and not any(line.verdict for line in texted[position : position + run]):
            for offset, line in enumerate(texted[position : position + run]):
                line.decide(TEASER, "a list of the site's other posts, each with its date", end=offset == 0)
        position += max(run, 1)


# A box's button under its text: 'Donate', '후원하기' (an arrow after it), 'Subscribe now'.
_BOX_BUTTON = re.compile(
    r"(?:donate|support\s+us|give\s+now|subscribe(?:\s+now)?|join\s+(?:us|now)|후원하기|구독하기|후원\s*참여하기)"
    r"\s*[\u203a>\u2192\u00bb]?",
    re.I,
)


def _boxes_with_buttons(lines: list[Line]) -> None:
    """A box between the paragraphs, its heading and its button around its text ('■ 주간
    다름을 지켜주세요' / 'Independent journalism needs you ...' / '후원하기'): the site's appeal,
    not the story's paragraph."""
    texted = [line for line in lines if line.text]
    for above, line, below in zip(texted, texted[1:], texted[2:], strict=False):
        if (
            not line.verdict
            and above.verdict == CHROME
            and len(above.text) <= 40
            and 40 <= len(line.text) <= 300
            and line.text[-1:] in ".!?"  # (the box's sentences: not a masthead over 'Subscribe')
            and _BOX_BUTTON.fullmatch(below.text)
        ):
            line.decide(CHROME, "a box's text between its heading and its button (the site's appeal)")
            if not below.verdict:
                below.decide(CHROME, "a box's button")


# A machine summary's own notice, with no label over it: 'An AI-generated summary: check it
# against the story.', 'Harbour News uses AI to summarise its stories.'
_AI_SUMMARY_NOTE = re.compile(
    r"[^.]{0,60}\b(?:AI[\s-]+generated\s+summar|(?:using|uses|used)\s+AI\s+to\s+summari[sz]e"
    r"|summar(?:y|ies|ized|ised)\s+(?:was\s+|were\s+|is\s+)?(?:generated|written|made)\s+(?:by|with|using)\s+AI)"
    r".{0,160}"
    # a Korean daily's box: 'AI 핵심 요약 beta', 'AI 요약'
    r"|AI\s*(?:핵심\s*)?요약(?:\s*(?:beta|베타))?"
)
# The buttons such a box may carry between its notice and its points ('Show key takeaways').
_AI_SUMMARY_BUTTON = 40


def _ai_summaries(lines: list[Line]) -> None:
    """An AI summary's notice above the story, then its points (a few sentences, no bullet
    marks) up to the writer's card or the paragraph that opens with the dateline: the
    points restate the story and are the page's, not the story's. Only a box that closes
    so is taken; points running on into plain paragraphs leave the notice alone chrome."""
    for index, line in enumerate(lines):
        if not line.text or line.verdict not in ("", NOTICE) or "AI" not in line.text:
            continue  # gate (speed): the notice writes "AI" in capitals
        if _AI_SUMMARY_NOTE.fullmatch(line.text) is None:
            continue
        line.decide(CHROME, "an AI summary's notice")
        points = _ai_summary_points(lines, index + 1)
        for point in points:
            point.decide(CHROME, "an AI summary's point over the story")
        return


_AI_MADE = re.compile(
    r"\b(?:generated|written|produced|created)\s+(?:by|with)\s+[^.]{0,40}\bAI\b"
    r"|AI\s*요약은\s[^.]{0,40}생성"  # '※ AI 요약은 기사 내용을 바탕으로 생성되었으며 ...'
)


def _ai_summary_points(lines: list[Line], position: int) -> list[Line]:
    """The sentences under an AI summary's notice, when a card (a short line that is no
    sentence) or a datelined paragraph closes them; none otherwise."""
    texted = [line for line in lines[position:] if line.text]
    while (
        texted
        and len(texted[0].text) <= _AI_SUMMARY_BUTTON
        and not cues.is_sentence(cues.shape(texted[0].text))
    ):
        texted.pop(0)  # the box's button
    points: list[Line] = []
    for line in texted:
        if "AI" in line.text and _AI_MADE.search(line.text):
            return [*points, line]  # 'Summaries were generated by Corvane AI.': the box's own close
        opens_story = wire.dateline(line.text) is not None
        if line.verdict or opens_story or not cues.is_sentence(cues.shape(line.text)):
            closed = opens_story or (
                line.verdict in ("", BYLINE, STAMP, MASTHEAD, LABEL) and len(line.text) <= 80
            )
            return points if closed else []
        if len(points) == _BOX_SENTENCES:
            return []
        points.append(line)
    return []


_TIME_LABEL_RULE = "a live blog entry's time label"


def _live_entries(lines: list[Line]) -> None:
    """A live blog is a run of entries, each under its time label. The paragraph that opens
    an entry is the story's even when it greets or speaks to the reader ('Good morning.
    Heavy rain has been falling ...'), as a live blog's first entry of the day does: the
    label marks it, where the site's own prose has none."""
    labels = [
        i
        for i, line in enumerate(lines)
        if line.text and len(line.text) <= 16 and not line.verdict and _TIME_LABEL.fullmatch(line.text)
    ]
    if len(labels) < _LIVE_LABELS:
        return
    for index in labels:
        lines[index].decide(CHROME, _TIME_LABEL_RULE)
        after = next((i for i in range(index + 1, len(lines)) if lines[i].text), None)
        if after is None:
            continue
        line = lines[after]
        if line.verdict == "chrome" and line.rule == "greeting":
            line.verdict, line.rule = "", ""
        line.found["entry"] = True


# A video's transcript panel times every caption line from the clip's start: '0:00',
# '0:05', '1:12' (minutes and seconds, no hour, no 'am').
_CLIP_TIME = re.compile(r"\d{1,2}:\d\d")
_CLIP_START = re.compile(r"0:0\d")
_CLIP_LINES = 8  # timed lines that make a transcript, not a few entries of a live blog


def _timed_transcript(lines: list[Line]) -> None:
    """A video page saved with its transcript panel open: the transcript, each line under
    its time from the clip's start, is the story; what the page shows above it (the
    video's description with its summary, the channel's prompts) is not; its title stays
    the headline."""
    timed = [
        i for i, line in enumerate(lines) if line.rule == _TIME_LABEL_RULE and _CLIP_TIME.fullmatch(line.text)
    ]
    if len(timed) < _CLIP_LINES or not _CLIP_START.fullmatch(lines[timed[0]].text):
        return
    for line in lines[: timed[0]]:
        if line.text and not line.verdict and cues.is_sentence(cues.shape(line.text)):
            line.decide(LABEL, "a video page's sentences above its timed transcript (the description)")


def _entry_title(lines: list[Line], start: int) -> int | None:
    """The line over the story's first paragraph when it opens a live blog's entry (under
    its time label): the entry's title, where the story starts."""
    above = next((i for i in range(start - 1, -1, -1) if lines[i].text), None)
    if above is None or lines[above].verdict or not lines[above].found.get("entry"):
        return None
    return above


def _undecided(line: Line) -> bool:
    return not line.verdict and bool(line.text)


def _first(lines: list[Line], test: object) -> int | None:
    return next((i for i, line in enumerate(lines) if test(line)), None)  # type: ignore[operator]


def _same(text: str, headline: str) -> bool:
    if len(text) > len(headline) + 40:
        return False  # a paragraph is no repeated headline; the tags it may carry are short
    return wire.strip_tags(text).casefold() == headline.casefold()


# A site's banner above the story: a status label and a teaser ('BREAKING NEWS: Board votes
# to ...', 'LIVE | ...', '속보 ...'). When a headline-like line follows, that one is the
# headline and the banner is the site's chrome; alone, it is all the headline there is.
_BANNER = re.compile(
    r"(?:breaking(?:\s+news)?|live(?:\s+updates?)?|just\s+in|developing(?:\s+story)?|news\s+alert)\s*[:|\u2014\u2013-]\s*\S"
    r"|속보\s*[:|]?\s+\S",
    re.I,
)

# A forwarded letter's subject line names the mail (an issue, a digest of stories): the
# story's headline is the line that heads the story's text, when there is one.
_SUBJECT = re.compile(r"(?:subject|fwd?|제목)\s*:\s*\S|제목\t+\S", re.I)
# A mail's header lines around its subject: who sent it, to whom, when.
_MAIL_HEADER = re.compile(r"(?:from|to|cc|sent|date|보낸\s*사람|받는\s*사람|보낸\s*날짜)\s*:", re.I)


_BOARD_ROW = re.compile(r"(?:작성자|글쓴이|작성일|등록일|게시일)\b|.{0,30}\|\s*(?:작성일|등록일|게시일)")


def _over_board_fields(lines: list[Line], line: Line) -> bool:
    """Whether the next line with text is a board's row of the post's fields (its writer,
    its day, its views), read as a stamp: the line is the post's title."""
    if "\t" in line.text or _FIELD_LABEL.match(line.text):
        return False  # ('담당부서\t항공정책실': a field of the row itself)
    at = lines.index(line)
    texted = [other for other in lines[at + 1 : at + 6] if other.text]
    if texted and _WRITER_CELL.match(texted[0].text):
        texted = texted[1:]  # ('작성자\t대변인실' over '등록일\t2025-12-02': the writer's cell first)
    below = texted[0] if texted else None
    return below is not None and below.verdict == STAMP and _BOARD_ROW.match(below.text) is not None


# A board's writer in a cell of its own over the day's: '작성자\t대변인실', '작성자 : 대변인실'.
_WRITER_CELL = re.compile(r"(?:작성자|작성부서|담당부서|부서)\s*(?:\t|[:\uff1a])\s*\S")


_FIELD_LABEL = re.compile(r"[가-힣]{2,6}\s*[:\uff1a]")


# Lines after a board's title field where its record's stamp stands ('작성자', '등록일시').
_RECORD_REACH = 8


def _board_record_below(lines: list[Line], start: int) -> int | None:
    """A board's title field ('제목\tX', '제목 : X') below where the story seemed to start,
    with its record's stamp under it: the post starts under the record, and what stands
    above the title (a box of the site's latest alerts, a note) is the site's. The first
    paragraph after the record, or None."""
    for index in range(start, min(len(lines), start + _BOARD_REACH)):
        line = lines[index]
        if not line.text.startswith("제목") or not _SUBJECT.match(line.text) or not _board_title(lines, line):
            continue
        record = [other for other in lines[index + 1 : index + 1 + _RECORD_REACH] if other.text]
        stamp = next((at for at, other in enumerate(record) if other.verdict == STAMP), None)
        if stamp is None:
            return None
        after = lines.index(record[stamp]) + 1
        # (a Korean paragraph is half as long in characters)
        least = _PARAGRAPH_CHARS // 2 if cues.HANGUL.search(lines[index].text) else _PARAGRAPH_CHARS
        paragraphs = (at for at in range(after, len(lines)) if len(lines[at].text) >= least)
        return next((at for at in paragraphs if _undecided(lines[at])), None)
    return None


# How far below the story's seeming start a board's title field is looked for.
_BOARD_REACH = 40


def _board_title(lines: list[Line], subject: Line) -> bool:
    """A board's title field ('제목 : X' over '작성자 : Y' on a police board's release), not
    a mail's subject: no mail header line ('From:', '보낸사람:') stands near it."""
    if not subject.text.startswith("제목"):
        return False
    at = lines.index(subject)
    near = [line.text for line in lines[max(0, at - 4) : at + 5] if line.text and line is not subject]
    return not any(_MAIL_HEADER.match(text) for text in near)


# So does a letter's issue title, its name and then the issue's theme ('Pipe Notes: leaks,
# levies ...', '재테크 아침편지 - 금리 인하 이후 ...'), when the name stands alone in the header.
_AFTER_NAME = re.compile(r"\s*(?:\s[-\u2013\u2014|]\s|:\s)\S")  # the name (two words or more), then the theme


def _over_byline(lines: list[Line], index: int) -> bool:
    """Whether the next line with text is a byline or a stamp: a list of other stories'
    headlines (a menu's 'More from X' above the story) ends at the story's own headline,
    which its byline or its stamp follows."""
    below = next((line for line in lines[index + 1 : index + 4] if line.text), None)
    return below is not None and below.verdict in (BYLINE, STAMP)


# An obituary's title: the person's full name, then the word ('Mara Ellen Quill Obituary').
_OBITUARY_TITLE = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}[A-Z][\w'\u2019-]+\s+Obituary")


def _over_open_app(lines: list[Line], index: int) -> bool:
    """A phone's app banner at the top of the page: the app's name, its tagline ('Stay
    informed about Cedar Rapids') and its button ('Open App') on the next line. (A page's
    first line over the button is its headline, the button the page's own.)"""
    below = next((line for line in lines[index + 1 : index + 3] if line.text), None)
    return below is not None and below.rule == OPEN_APP_RULE and any(line.text for line in lines[:index])


# A listed story's age on the line under its title ('2 days ago'): a writer's latest stories,
# a most-read box. The page's own stamp is a date; a list's entries carry their ages.
_LISTED_AGE = re.compile(r"\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|yesterday", re.I)


def _listed_with_ages(lines: list[Line], start: int) -> set[int]:
    """The lines before the story that are titles in a list, each over its age: two such
    entries or more (one title over '2 hours ago' is a phone's headline over its stamp)."""
    titled: set[int] = set()
    if not any("ago" in line.text or "yesterday" in line.text.lower() for line in lines[:start]):
        return titled  # (speed) no age is printed above the story
    for index, line in enumerate(lines[:start]):
        if line.text and not _LISTED_AGE.fullmatch(line.text):
            below = next((other for other in lines[index + 1 : index + 3] if other.text), None)
            if below is not None and _LISTED_AGE.fullmatch(below.text):
                titled.add(index)
    return titled if len(titled) >= 2 else set()


_READING_TIME_CARD = "a person's name above the reading time"
_CARD_WRITERS = 4  # the names a reader view's byline line holds
# A trail of breadcrumbs: 'Home \u203a Business \u203a Penang firm to double ...', 'Home / Business
# / Miru Semitech to start ...'.
_TRAIL = re.compile(r"\s+(?:\u203a|>|/)\s+")


def _over_reading_time_card(lines: list[Line], index: int) -> bool:
    """Whether the next line with text is a reader view's writer over the reading time."""
    below = next((line for line in lines[index + 1 : index + 3] if line.text), None)
    return below is not None and below.rule == _READING_TIME_CARD


# A section's heading over the page's headline: 'Latest market news', 'Top stories'.
_NEWS_HEADING = re.compile(
    r"(?:latest|top|more|breaking|recent)\s+(?:[a-z]+\s+){0,2}(?:news|stories|headlines|updates)", re.I
)
_TOPIC_WORDS = 4  # a trending bar's topic is a few words ('Punjab Floods', 'Chandigarh Mayor Poll')


def _after_a_list_of_topics(lines: list[Line], index: int, items: list[int]) -> bool:
    """Whether the line at `index` stands after a blank line under a list of topics (two or
    more, each a few words, one a line, no blank between them) and is no topic itself: the
    list has ended, and a headline's length begins the page's own."""
    line = lines[index]
    return (
        len(items) >= 2
        and max(items) <= _TOPIC_WORDS
        and index > 0
        and not lines[index - 1].text
        and not line.verdict
        and len(line.text.split()) > 2 * _TOPIC_WORDS
    )


def _slash_trail(text: str, above: list[Line]) -> bool:
    """'Premier League / Kingsbury Athletic': short parts parted by slashes, the first of
    them a menu's item printed above it: the page's trail, not its headline."""
    parts = [part.strip() for part in text.split(" / ")]
    if not 2 <= len(parts) <= 4:
        return False
    if any(not part or len(part.split()) > 3 or part[-1:] in ".!?" for part in parts):
        return False
    return any(line.text == parts[0] for line in above)


def _among_tabs(lines: list[Line], index: int) -> bool:
    """A related list's heading that is one of a page's tabs ('Article' / 'Related content'
    / 'Metrics' / 'Responses', a journal's article page): one word or two a line around it,
    no list of headlines under it."""
    above = found.text if (found := text_above(lines, index)) else ""
    below = [line.text for line in lines[index + 1 :] if line.text][:2]
    return (
        0 < len(above.split()) <= 2
        and len(above) <= 20
        and len(below) == 2
        and all(len(text.split()) == 1 and len(text) <= 20 for text in below)
    )


# A Korean paper's motto under its name, saying what kind of paper it is: '건설현장의 목소리를
# 듣는 전문지', '경제를 읽는 일간지'.
_KO_PAPER_MOTTO = re.compile(
    r"[가-힣 ·,]{4,24}\s(?:전문지|전문\s?매체|전문\s?언론|일간지|주간지|월간지|경제지|신문)"
)


def _headline(lines: list[Line], start: int, shapes: dict[int, cues.Shape]) -> Line | None:
    """The first untagged headline-like line before the body that is about the story, else
    the last; a bold line (a forum repost's headline) wins over the lines around it."""
    titled = next(
        (line for line in lines[:start] if line.rule in (_SPEECH_TITLE_RULE, _UNDER_TAB_RULE)), None
    )
    if titled is not None:
        return titled  # (`_speech_page`: the title over the speaker; `_tab_title_over_headline`)
    candidates: list[Line] = []  # every headline-like line before the body, in page order
    in_block = False

    def proper() -> frozenset[str]:
        return cues.proper_nouns([line.text for line in lines[start : start + 12] if not line.verdict])

    listed = _listed_with_ages(lines, start)
    items: list[int] = []  # the words of each item of the list under way
    for index, line in enumerate(lines[:start]):
        if line.found.get("block") and not _among_tabs(lines, index):
            in_block = True  # the headlines of a related-stories list are not this story's
            items = []
        if in_block and _after_a_list_of_topics(lines, index, items):
            in_block = False  # 'Trending:' over topics one a line, a blank line, the headline
        if index in listed and not line.verdict:
            line.decide(TEASER, "a story in a list, each over its age (a writer's latest, a most-read box)")
            continue
        if line.verdict in ("", MASTHEAD) and line.text and _over_reading_time_card(lines, index):
            candidates.append(line)  # a reader view's title, however short: 'Korea's Tariff Trap'
            continue
        if line.rule == STATUS_LABEL:
            in_block = False  # 'LIVE' over the page's own headline: the list above has ended
        if line.verdict or not line.text:
            continue
        if len(line.text) <= 40 and _NEWS_HEADING.fullmatch(line.text):
            line.decide(LABEL, "a section's heading over the headline ('Latest market news')")
            continue
        if len(line.text) <= 30 and _KO_PAPER_MOTTO.fullmatch(line.text):
            line.decide(LABEL, "a Korean paper's motto, what kind of paper it is ('... 전문지')")
            continue
        if line.found.get("entry"):
            continue  # a live blog's entry title under its time label: the entry's, not the page's
        if " / " in line.text and _slash_trail(line.text, lines[:index]):
            line.decide(NAVIGATION, "breadcrumbs parted by slashes, starting at a menu's item")
            continue
        if "\u203a" in line.text or " > " in line.text or line.text.startswith("Home / "):
            trail = _TRAIL.split(line.text)
            if len(trail) > 1 and any(other.text == trail[-1] for other in lines[index + 1 : start]):
                line.decide(NAVIGATION, "breadcrumbs ending in the page's title (printed again below)")
                continue
        if in_block and not cues.is_sentence(shapes[id(line)]) and not _over_byline(lines, index):
            line.decide(TEASER, _LISTED)
            items.append(len(line.text.split()))
            continue
        in_block = False
        if line.text.startswith("*"):
            if candidates:
                continue  # '* Spot rates fall ...' under the headline: a summary bullet
            line.text = line.text.lstrip("* ")  # '*HANBIT TO RECALL ...': a flash, '*' the wire's marker
        text = wire.strip_tags(line.text)
        dated = None
        if text[-1:] == ")" and (dated := _DATE_IN_BRACKETS.search(text)) is not None and dated.start():
            text = text[: dated.start()]  # '국방부 정례브리핑(2025. 12. 2.)': a board's title and its day
        form = cues.shape(text)
        if text.endswith("Obituary") and _OBITUARY_TITLE.fullmatch(text):
            candidates.append(line)  # a notice's title is a name: 'Mara Quill Obituary'
            continue
        if dated is not None and _over_board_fields(lines, line):
            candidates.append(line)  # a board's post title with its day, over the post's fields
            continue
        if cues.is_name_like(form) or _LIST_ITEM.match(text) or cues.is_tagline(text):
            continue  # a site's name, a section; a list item under the headline is a sub-head
        if text.endswith(":"):
            continue  # 'Saw this in the paper, pasting it:': it introduces what follows, as no headline does
        if (
            not cues.is_headline_like(text, form)
            and not (line.first and _short_headline(text, form))
            and not line.found.get("repeated")
        ):
            continue
        if cues.glued_subheads(text, form, proper):
            line.decide(LABEL, "several sub-heads glued together: not a headline")
            continue
        if _over_open_app(lines, index):
            line.decide(CHROME, "an app banner's tagline over its 'Open App' button")
            continue
        candidates.append(line)
    names = [line.text for line in lines[:start] if line.text and 2 <= len(line.text.split()) <= 4]

    def issue_title(line: Line) -> bool:  # '재테크 아침편지 - 금리 인하 이후 ...': the letter's name first
        return any(
            line.text.startswith(name) and _AFTER_NAME.match(line.text, len(name)) is not None
            for name in names
        )

    banners = [
        line
        for line in candidates
        if (_BANNER.match(line.text) and not _over_byline(lines, lines.index(line)))
        or (_SUBJECT.match(line.text) and not _board_title(lines, line))
        or (
            issue_title(line) and not _over_byline(lines, lines.index(line))
        )  # ('Red Line: No trains ...' over its stamp)
    ]
    # a match page's title with its score over the report's own headline ('Stockholm Masters
    # 2025 Grand Final: Halcyon 3-2 Ember Collective' over 'Halcyon reverse-sweep Ember ...')
    banners += [line for line in candidates[:-1] if _MATCH_TITLE.fullmatch(line.text) and line not in banners]
    # a board's title field ('제목 : [노선신설] X') is the post's headline: what stands above it
    # is the site's (a slogan, a menu's label)
    titled = next(
        (line for line in candidates if _SUBJECT.match(line.text) and _board_title(lines, line)), None
    )
    # (or the line right over the board's row of fields, '작성자 X | 작성일 2025-11-29 11:20')
    titled = titled or next((line for line in candidates if _over_board_fields(lines, line)), None)
    if titled is not None:
        for line in candidates[: candidates.index(titled)]:
            line.decide(LABEL, "a line above a board's title field")
        candidates = candidates[candidates.index(titled) :]
    # a government bureau's release: the ministry that issues it over its headline ('Ministry
    # of Agriculture & Farmers Welfare' / 'Rabi sowing crosses ...')
    for line in candidates[:-1]:
        if len(line.text) <= 80 and _ISSUING_OFFICE.fullmatch(line.text) and line not in banners:
            line.decide(MASTHEAD, ISSUING_OFFICE_RULE)
    candidates = [line for line in candidates if not line.verdict]
    if banners and len(banners) < len(candidates):
        for line in banners:
            if _MATCH_TITLE.fullmatch(line.text):
                line.decide(LABEL, "a match's title with its score, over the report's headline")
            elif not _BANNER.match(line.text):
                line.decide(
                    LABEL, "a mail's subject or a letter's issue title (the letter's, not the story's)"
                )
            else:
                line.decide(CHROME, "a breaking-news or live banner with its teaser, above the headline")
        candidates = [line for line in candidates if not line.verdict]
    titled = _over_dashed_subtitles(lines, start)
    if titled is not None:
        titled.decide(HEADLINE, "a release's title over its sub-titles between dashes")
        return titled
    chosen: Line | None = None
    opening: Line | None = None  # the first untagged headline-like line: the raw format puts it first
    earliest: Line | None = None  # the first headline-like line, tagged or not
    about = _about_the_story(lines, start, shapes, candidates)
    for line in about:
        if chosen is not None and chosen.bold and not line.bold:
            continue
        earliest = earliest or line
        quotation = _QUOTATION.fullmatch(wire.strip_tags(line.text)) is not None
        untagged = not wire.is_tagged(line.text) or wire.is_update(line.text)
        if opening is None and untagged and not line.quoted and not quotation:
            # The first headline-like line, untagged: a flash or a thread title is tagged (an
            # update's tag is the story's own), and a quotation standing alone ('“수주 절벽
            # 끝났다”') is a sub-head or another story's.
            opening = line
        chosen = line
    if opening is not None and (pasted := _pasted_headline(lines, start, opening, about)) is not None:
        opening.decide(LABEL, PASTED_TITLE)
        opening = chosen = pasted
    if opening is not None and (bare := _without_source(opening, about, lines)) is not None:
        source = opening.text[: len(opening.text) - len(bare.text)].strip(" :|-\u2013\u2014")
        opening.decide(LABEL, REPOST_TITLE, outlet=source)
        opening = chosen = bare
    if (
        opening is not None
        and chosen is not None
        and not (chosen.bold or chosen.quoted or wire.has_tag(chosen.text))
    ):
        # The headline comes first; a later headline-like line is a deck, a label, a menu
        # or a byline, unless it is the quoted story's, set in bold or a wire's lead.
        chosen = opening
    whole = _title_in_full(lines, start, opening) if opening is not None and chosen is opening else None
    if opening is not None and whole is not None:
        opening.decide(LABEL, "a title bar's shortened title, over the headline in full")
        opening = chosen = whole
    if opening is not None and chosen is opening and (twin := _printed_twice(about)) is not None:
        if twin is not opening:
            opening.decide(
                LABEL, "a line before the headline the page prints twice (a title bar, a chat's name)"
            )
            opening = chosen = twin
    elif opening is not None and chosen is opening and (card := _over_the_card(lines, start, opening, about)):
        opening.decide(LABEL, _SITE_LINE_RULE)
        opening = chosen = card
    if chosen is None and (case := _case_name_atop(lines, start)) is not None:
        # a tribunal's summary of a decision has no headline of its own: its title is the
        # case's name ('Lindqvist v Harbourline Logistics Pty Ltd [2025] FWC 3418')
        case.decide(HEADLINE, "a case's name, the title of a decision's summary without a headline")
        return case
    if chosen is not None:
        chosen.text = wire.strip_tags(chosen.text)
        _join_broken_title(lines, chosen)
        chosen.decide(
            HEADLINE,
            "bold headline of a repost"
            if chosen.bold
            else "first headline-like line before the story"
            if chosen is opening or chosen is earliest
            else "a later headline-like line (the earlier tagged, or this one the quoted story's)",
        )
    return chosen


def _join_broken_title(lines: list[Line], title: Line) -> None:
    """A title a PDF viewer's copy broke at the column width ('UK build-to-rent: investment
    recovers as' over 'regional city yields hold firm'): a headline does not end on a small
    word, nor on a comma ('... 1,140 exhibitors confirmed,' over 'with a new hall ...'),
    and the rest, in small letters, is on the next line. The two are one headline."""
    last = title.text.rsplit(" ", 1)[-1]
    after = next((line for line in lines[lines.index(title) + 1 :] if line.text), None)
    if after is None or (
        last not in _SMALL_WORDS and last[-1:] != "," and not _printed_whole(lines, title, after)
    ):
        return
    # (a title that ends on a small word goes on whatever the rest begins with: 'policing on'
    # over 'N1 and N3 over the festive season')
    goes_on = after.text[:1].islower() or (
        last in _SMALL_WORDS and after.text[:1].isupper() and len(after.text.split()) >= _REST_WORDS
    )
    if (
        after.verdict in ("", LABEL)
        and goes_on
        and after.text[-1:] not in ".!?:"
        and len(title.text) + len(after.text) <= _BROKEN_TITLE_CHARS
    ):
        title.text = f"{title.text} {after.text}"
        after.decide(LABEL, "the rest of a title a viewer broke at the column width")


def _printed_whole(lines: list[Line], title: Line, after: Line) -> bool:
    """Whether the browser's print header carries the title whole, the two lines joined
    ('3/4/26, 9:18 AM Your refund is on the way. Make a plan before you spend it | Bank')."""
    whole = f"{title.text} {after.text}"
    return any(line.rule == PRINT_MARGIN_RULE and whole in line.text for line in lines)


_SMALL_WORDS = frozenset(
    ("a", "an", "the", "as", "and", "or", "of", "to", "for", "in", "on", "at", "with", "by")
)
_BROKEN_TITLE_CHARS = 160
_REST_WORDS = 3


# A day in brackets after a title: '(2025. 12. 2.)', '(25.12.2)', '(2 December 2025)'.
_DATE_IN_BRACKETS = re.compile(
    r"\s*\((?:\d{2,4}\.\s*\d{1,2}\.\s*\d{1,2}\.?|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\)$"
)


# A listed post with its day after a wide gap, as a blog's list of its other posts prints
# it: '『작은 섬의 도서관』 3쇄 찍었습니다  2025. 11. 27.', 'Our winter menu is here  3 Dec 2025'.
_DATED_ITEM = re.compile(
    r".{4,120}?\s{2,}(?:\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
)


def _over_dashed_subtitles(lines: list[Line], start: int) -> Line | None:
    """The line right over the sub-titles between dashes that stand right over the story's
    first paragraph: a release's title, whatever stands above it (its logo, its motto, its
    table of times and contacts); or None."""
    texted = [line for line in lines[:start] if line.text]
    below = 0
    while below < len(texted) and (
        DASHED_LINE.fullmatch(texted[-1 - below].text) or _KO_DASH_DECK.fullmatch(texted[-1 - below].text)
    ):
        below += 1
    if not below or below == len(texted):
        return None
    title = texted[-1 - below]
    if title.verdict not in ("", LABEL) or not cues.HANGUL.search(title.text) or len(title.text) > 120:
        return None
    if not all(DASHED_LINE.fullmatch(line.text) for line in texted[len(texted) - below :]):
        # (sub-titles with a leading dash alone: the title over them names what the story
        # does, and is no caption's list of who stands where, no row of buttons)
        lede = lines[start].text if start < len(lines) else ""
        words = [word for word in re.split(r"[\s\W]+", title.text) if len(word) >= 2]
        if title.text[:1] == "(" or not any(word in lede for word in words):
            return None
    return title


# ... or with the leading dash alone: '- 11월 육지 REC 평균 6만 2천원, 7월보다 18% 떨어져'
# (a sub-title, not a sentence: no full stop ends it).
_KO_DASH_DECK = re.compile(r"[-\u2013]\s+(?=[^\n]*[가-힣])[^\n]{4,100}[^.\s]")


def _case_name_atop(lines: list[Line], start: int) -> Line | None:
    """The last case's name over the story (`lines.CASE_NAME_RULE`), or None."""
    return next((line for line in reversed(lines[:start]) if line.rule == CASE_NAME_RULE), None)


def _title_in_full(lines: list[Line], start: int, first: Line) -> Line | None:
    """A viewer's or a tab's title bar prints the headline cut short ('Harbor Mutual to buy
    Pinecrest Bancorp for $6.2 billion', or ending in '…'), or with the site's name after
    it ('... to 8:30 A.M. | Maple Glen, NJ Townline'); the page's header prints it as it is
    below. That line is the headline."""
    short = first.text.rstrip(" .…")
    # (the line in full may be where the story seemed to start: a headline repeated under the bar)
    for line in lines[lines.index(first) + 1 : start + 1]:
        if not line.text or line.verdict not in ("", LABEL, STANDFIRST):
            continue
        longer = len(line.text) >= len(short) + _CUT_SHORT and line.text[-1:] not in ".!?"
        if longer and line.text.startswith(short):
            return line
        titled = len(line.text) >= 2 * _CUT_SHORT and first.text.startswith(line.text)
        if titled and _SITE_AFTER.fullmatch(first.text[len(line.text) :]):
            return line
    return None


# What a tab's title adds after the headline: a bar or a dash, and the site's name.
_SITE_AFTER = re.compile(r"\s*[|\u2013\u2014-]\s*[^|]{2,60}")
# How much longer than a title bar's title the headline in full runs, at least.
_CUT_SHORT = 10


def _printed_twice(about: list[Line]) -> Line | None:
    """The headline-like line the page prints twice before the story: a link's preview
    card and the pasted story's own header, a share widget or a title bar repeating the
    title. The repeat names the story; a chat's or a platform's title above it does not."""
    if len(about) < 2:
        return None
    seen: dict[str, Line] = {}
    for line in about:
        key = wire.strip_tags(line.text).casefold()
        if key in seen:
            return seen[key]
        seen[key] = line
    return None


_SITE_LINE_RULE = "the site's line above the story's own header (a tagline, a banner), not the headline"
# How far under its headline the story's own header runs: a deck, the writer's name and
# card, a follow button, 'Published in X', a reading time, then the stamp.
_CARD_LINES = 8
# 'Flood watch: Lower valley', 'Travel alert: Ferry delays': a banner's label and its topic.
_BANNER_LABEL = re.compile(r"[A-Z][\w'\u2019 -]{1,30}:\s+\S[^:]{0,60}")


# A story's own tools, which stand in its header, not the site's: 'Listen to this article · 4
# min', '5 min read'.
_ARTICLE_TOOL = re.compile(
    r"listen\s+to\s+(?:this\s+)?(?:article|story)\b|\d{1,2}\s*min(?:ute)?s?\s+read\b", re.I
)


def _over_the_card(lines: list[Line], start: int, opening: Line, about: list[Line]) -> Line | None:
    """A later headline-like line that stands over the story's own header (the stamp, a
    few lines below it) while the first one stands among the site's furniture, parted
    from it by more furniture: the first is a publication's tagline under its name (a
    newsletter's or a blog's 'Field notes on farming, for growers and cooks'), a
    banner's label and topic ('Flood watch: Lower valley') or any line above the breadcrumbs, and the later
    one the headline. A deck right under its headline is not parted from it."""
    at = lines.index(opening)
    texted = [i for i in range(at + 1, start) if lines[i].text]
    later = [line for line in about if lines.index(line) > at]
    if not later or not texted:
        return None
    card = later[0]
    where = lines.index(card)
    between = [lines[i] for i in texted if i < where]
    if not between or any(line.verdict == STAMP for line in between):
        return None  # the deck right under the headline; or the first one's own stamp
    if any(_ARTICLE_TOOL.match(line.text) for line in between):
        return None  # the story's own player between its headline and its deck ('Listen to this article')
    below = [line for line in lines[where + 1 :] if line.text][:_CARD_LINES]  # (the deck may be the start)
    crumbs = any(line.verdict == NAVIGATION and line.rule == "breadcrumbs" for line in between)
    # (with no stamp under it, when the first is a menu's item over the breadcrumbs:
    # 'Appeals and applications' / 'Decisions' / 'Guidance' / ... / 'You are here: ...')
    in_menu = (
        crumbs
        and sum(
            1
            for line in between[:_MENU_AFTER]
            if line.verdict in ("", MASTHEAD) and len(line.text.split()) <= _MENU_UNDER_WORDS
        )
        >= 2
    )
    if not any(line.verdict == STAMP for line in below) and not in_menu:
        return None
    above = next((lines[i] for i in range(at - 1, -1, -1) if lines[i].text), None)
    under_name = (
        above is not None and above.verdict in ("", MASTHEAD) and cues.is_name_like(cues.shape(above.text))
    )
    banner = _BANNER_LABEL.fullmatch(opening.text) is not None
    return card if under_name or crumbs or banner else None


_MENU_AFTER = 3  # lines under a menu's item that are its other items
_MENU_UNDER_WORDS = 3  # words of each of those items, at most


def _pasted_headline(lines: list[Line], start: int, opening: Line, about: list[Line]) -> Line | None:
    """A blog's or a forum's post pasting a story prints two headers, each a title and its
    stamp: the post's, then the story's right above it. The later title is the story's
    headline when each has a stamp of its own under it."""
    at = lines.index(opening)
    stamps = [i for i in range(at + 1, start) if lines[i].verdict == STAMP]
    if len(about) < 2 or not stamps:
        return None
    later = about[-1]
    where = lines.index(later)
    if later is opening or later.text.endswith((".", "?", "!")) or not stamps[0] < where < stamps[-1]:
        return None
    return later


# A title printed whole, not a word or two that a title happens to end with.
_WHOLE_TITLE = 25
_TITLE_REACH = 30  # lines below the title, as far as a mail's header and the letter's masthead go
# What a repost's title puts before the headline it pastes: the source's name and a colon
# or a dash ('Harbour News: Ferry operator adds ...').
_SOURCE_PREFIX = re.compile(r"[^:|\u2013\u2014]{2,40}?\s*(?::|\s[|\u2013\u2014-])\s*")


def _without_source(opening: Line, about: list[Line], lines: list[Line]) -> Line | None:
    """The line below a repost's title that prints the title's headline without the
    source's name before it: the story's own headline ('Harbour News: Ferry operator adds
    ...' over 'Ferry operator adds ...'). Other lines soon below the title count too where
    one prints that headline whole (a mail's subject 'Client Alert | Westbrook's automated
    decision law: ...' over the letter's own title under its stamp)."""
    after = about[about.index(opening) + 1 :] if opening in about else []
    at = lines.index(opening)
    below = lines[at + 1 : at + 1 + _TITLE_REACH]
    whole = [
        line for line in below if line not in after and len(line.text) >= _WHOLE_TITLE and not line.verdict
    ]
    for line in after + whole:
        prefix = opening.text[: len(opening.text) - len(line.text)]
        if prefix and opening.text.endswith(line.text) and _SOURCE_PREFIX.fullmatch(prefix):
            return line
    return None


# Marks a headline has and a name has not: quotes (a term between straight single quotes
# too, as Korean headlines print a product's name: "... 'RC-2201' 美 임상 1상 ..."), an
# ellipsis, a percent, a question.
_HEADLINE_MARKS = re.compile(r"[\u2018\u2019\u201c\u201d\u2026%?!\"]|\.\.\.|(?<!\w)'[^'\s][^']{0,40}'(?!\w)")


def _about_the_story(
    lines: list[Line], start: int, shapes: dict[int, cues.Shape], candidates: list[Line]
) -> list[Line]:
    """The candidates a headline can be: those about the story (`relevance.py`). A line
    that shares no word with the story's opening is furniture (a trending bar, a weather
    widget, 'Print this page', a player's label, a promo); when some line is about the
    story, the lines before it that share a word or so with it (a site's bar of topics)
    are furniture too, and the first one about it comes first, before its deck. A feature's
    headline may share a single word with a scene-setting lede ('The last ferrymen of the
    Nakdong'): when no line is about the story, those sharing a word stay candidates. An
    opening too short to judge by (a one-line brief) leaves every candidate."""
    if not candidates:
        return candidates
    story = relevance.Opening(*_opening(lines, start, shapes))
    if not story.judgeable:
        return candidates
    scored = [(line, story.relevance(wire.strip_tags(line.text))) for line in candidates]
    related = [line for line, found in scored if found.shared]
    # A title the page prints twice above the story (the tab's title, then the header's)
    # is its headline even where it shares a word or so with the opening (a local TV
    # site's 'Bridge closure leaves ... detours' over 'Drivers who use the ... bridge').
    printed = Counter(line.text.casefold() for line in lines[:start] if line.text)
    about = [
        line for line, found in scored if found.about or (found.shared and printed[line.text.casefold()] > 1)
    ]
    if len(about) > 1:
        # A local site's masthead shares the story's words ('Harbor Gazette — Local news for
        # the bay islands'): a line naming the site, as its copyright line does, is the site's.
        names = _site_names(lines, start, len(lines))
        below = {line.text.casefold() for line in lines[start:] if line.text and len(line.text) <= 60}
        for line in about[:-1]:
            if (
                (
                    _opens_with_name(line.text, names)
                    # (a Korean headline opens with its subject and a comma: 'X 게이밍, 2026 시즌
                    # 선수단 확정…정글러 '하늘' 영입', its ellipsis and quotes a headline's)
                    and not (_HEADLINE_MARKS.search(line.text) and "," in line.text[:30])
                )
                or (
                    cues.STATE_AFTER_NAME.sub("", line.text).casefold() in below
                    # (a name: not a headline printed again in a list of the most read, with its
                    # quotes, ellipsis or percent)
                    and not _HEADLINE_MARKS.search(line.text)
                )
            ):
                # (or printed again alone below the story, as a city's name in its address block:
                # 'City of Port Alder, WA' at the top, 'City of Port Alder' at the bottom)
                line.decide(MASTHEAD, "a line naming the site (as its copyright line does) above the story")
            elif cues.ORGANIZATION.fullmatch(line.text):
                line.decide(MASTHEAD, "the issuing office's name ('Office of Governor …') above the story")
            elif cues.is_motto(line.text):
                line.decide(
                    MASTHEAD, "the publication's motto ('The student newspaper of …') above the story"
                )
        about = [line for line in about if not line.verdict]
    first = candidates.index(about[0]) if about else -1
    if first > 0 and scored[first - 1][1].shared and _over_its_deck(lines, candidates[first - 1], about[0]):
        first -= 1
        about.insert(0, candidates[first])
    for position, (line, found) in enumerate(scored):
        if not found.shared:
            line.decide(LABEL, f"{_SHARES_NO_WORDS} (not the headline)")
        elif position < first and not found.about:
            line.decide(LABEL, "a line before the story's headline that shares few words with the story")
    return about or related


# A ministry's or a department's name, its words joined by '&' or 'and' too: 'Ministry of
# Agriculture & Farmers Welfare', 'Department of Fisheries and Aquatic Resources'.
_ISSUING_OFFICE = re.compile(
    r"(?:Ministry|Department|Office|Bureau|Directorate)\s+of\s+[A-Z][\w.'-]*"
    # (its remits listed: 'Department of Homes, Planning and Heritage')
    r"(?:,?\s+(?:&|and|of|for|the|[A-Z][\w.'-]*)){0,8}"
    # a listed company's name with its legal form over its announcement's title, as an
    # exchange's news service prints it ('Harrowby Homes plc' / 'Half-year trading update')
    r"|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}\s+(?:plc|PLC|Limited|Ltd\.?|Inc\.|N\.V\.|S\.A\.|AG|SE)"
)
# 'Grand Final: Halcyon 3-2 Ember Collective', 'Matchweek 11: Tuskers 2 - 1 Rangers'.
_MATCH_TITLE = re.compile(
    r"[^:]{3,60}:\s+[A-Z][\w.' -]{1,40}?\s\d{1,3}\s?[-\u2013]\s?\d{1,3}\s[A-Z][\w.' -]{1,40}"
)


def _over_its_deck(lines: list[Line], line: Line, deck: Line) -> bool:
    """A headline sharing a word or so with the story (a feature's turn of phrase) right
    over the line that is about it, longer, over the byline or the stamp: the deck sums
    the story up in its words, the headline above it is the story's all the same."""
    at, under = lines.index(line), lines.index(deck)
    if any(other.text for other in lines[at + 1 : under]) or _last_crumb(lines, at):
        return False
    if len(deck.text) < len(line.text) * 1.2 and line.text[-1:] != "?":
        return False  # (a headline that asks is answered by a shorter deck: 'X is spending as if it can')
    below = [other for other in lines[under + 1 :] if other.text][:2]
    return any(other.verdict in (BYLINE, STAMP) for other in below)


# The label over a trail of breadcrumbs printed one a line: 'You are here:', 'Breadcrumb'.
_TRAIL_LABEL = re.compile(r"(?:you\s+are\s+here|breadcrumbs?|현재\s*위치)\s*:?", re.I)
_CRUMB_WORDS = 6


def _last_crumb(lines: list[Line], at: int) -> bool:
    """Whether the line at `at` ends a trail of breadcrumbs one a line under its label
    ('You are here:' / 'Canada.ca' / 'Health' / 'Recalls and safety alerts'): the trail
    leads to the page's section, whose name shares the story's words; the headline is
    the page's own, under it."""
    for index in range(at, -1, -1):
        text = lines[index].text
        if not text:
            continue
        if _TRAIL_LABEL.fullmatch(text):
            return index < at
        if len(text.split()) > _CRUMB_WORDS:
            return False
    return False


def _opens_with_name(text: str, names: set[str]) -> bool:
    """A masthead opens with the site's name ('Harbor Gazette — Local news ...'); a
    headline may end with it, as a release's names its issuer ('..., the agency says')."""
    text = _THE.sub("", text).casefold()
    # (the name then a mark or nothing: 'Quarrystone and Veltrane Power to build ...' opens
    # a release's headline with its issuer's name, which its copyright line names too; a
    # Korean name takes its suffixes unspaced: '해랑시장' is the city's mayor)
    if (initials := _INITIALS_FIRST.match(text)) is not None and any(
        text[initials.end() :] == name and _initials_of(name) == initials["initials"] for name in names
    ):
        return True  # 'ISF - International Standards Federation': the site's initials, then its name
    return any(text.startswith(name) and _NAME_ENDS.match(text, len(name)) for name in names)


_NAME_ENDS = re.compile(r"\s*(?:$|[^\w\s])|[가-힣]")
_INITIALS_FIRST = re.compile(r"(?P<initials>[a-z]{2,6})\s+[-\u2013\u2014|]\s+")


def _initials_of(name: str) -> str:
    """'international standards federation': 'isf' (what the name's initials are, small)."""
    return "".join(word[0] for word in name.split() if word not in ("of", "for", "and", "&"))


def _opening(lines: list[Line], start: int, shapes: dict[int, cues.Shape]) -> tuple[list[str], str]:
    """The story's first paragraphs, without a dateline, and the dateline's place: the place
    and the wire's credit say where the story was filed and by whom, which the site's
    furniture says too."""
    paragraphs: list[str] = []
    place = ""
    for line in lines[start:]:
        form = shapes.get(id(line))
        if line.verdict or not line.text or form is None or not cues.is_sentence(form):
            continue
        found = wire.dateline(line.text) if not paragraphs else None
        if found is not None and found.rest:
            paragraphs.append(found.rest)
            place = found.place.split(",")[0]  # 'DES MOINES, Iowa': the city, not the date or the state
        else:
            paragraphs.append(line.text)
        if len(paragraphs) == relevance.OPENING_PARAGRAPHS:
            break
    return paragraphs, place


def _short_lede(lines: list[Line], start: int, headline: Line | None, shapes: dict[int, cues.Shape]) -> int:
    """A first paragraph too short to read as prose ('First paragraph of the story.')
    right above the first long one, after the headline, is the story's too."""
    while start > 0:
        previous = start - 1
        while previous >= 0 and not lines[previous].text and lines[previous].verdict == "blank":
            previous -= 1
        line = lines[previous] if previous >= 0 else None
        if (
            line is None
            or line is headline
            or line.verdict
            or line.first
            or is_bullet(line.text)
            or line.text.endswith(":")
            or not cues.is_sentence(shapes[id(line)])
        ):
            return start
        start = previous
    return start


def _short_headline(text: str, form: cues.Shape) -> bool:
    """The date line's text may be a two-word headline ('Winter edition'): it is where the
    raw format puts the headline, and a site's name or a label there is caught before."""
    return form.words >= 2 and not form.terminal and not form.starts_lower and form.chars >= 6


_DECK_REACH = 36  # lines from a deck to the story under its byline, stamp and buttons
_LONG_DECK = 300  # characters of a deck at most (one over the story's dateline)


def _after_standfirst(
    lines: list[Line], start: int, headline: Line, shapes: dict[int, cues.Shape], starts_body: object
) -> int:
    at = next(i for i, line in enumerate(lines) if line is headline)
    # (the title printed again right over the deck: a mail's subject, then the letter's own title)
    at = max((i for i in range(at, start) if lines[i].text == headline.text), default=at)
    between = [line for line in lines[at + 1 : start] if line.text]
    if between:
        return start
    # (measured here: the shape of a line `lines.py` saw as prose is a stand-in)
    deck = lines[start].text
    # long: the lede, not a deck, unless the story under the byline opens with its dateline
    long = len(deck) >= (_STANDFIRST_HANGUL if cues.HANGUL.search(deck) else _STANDFIRST)
    if len(deck) > _LONG_DECK:
        return start
    # It reports (who said what, when): the lede, unless the byline and the stamp stand
    # under it, as they stand under a deck and over the story.
    reports = cues.REPORTING.search(lines[start].text) is not None
    known = {str(name) for line in lines[:at] for name in line.found.get("authors", ())}  # type: ignore[attr-defined]
    for index in range(start + 1, min(len(lines), start + _DECK_REACH)):
        line = lines[index]
        if line.verdict or not line.text or _over_a_credit(lines, index):
            continue  # the byline, a credit, a picture's caption: furniture between the deck and the story
        if starts_body(line):  # type: ignore[operator]
            between = {other.verdict for other in lines[start + 1 : index]}
            if any(line.verdict == STAMP and line.found.get("authors") for line in lines[start + 1 : index]):
                between.add(BYLINE)  # ('Rory Gallacher | Mon 1st Dec 2025, 10:15 GMT': both in one bar)
            # the writer a mail's sender line named, alone on a line of the letter's header
            named = any(other.text.strip() in known for other in lines[start + 1 : index])
            # (a long deck stands over the byline and the stamp both: a photo story's
            # 'Every late November, ...' over the credits, the stamp and the story)
            if long and wire.lede_dateline(line.text) is None and not {BYLINE, STAMP} <= between:
                break
            if named or (BYLINE in between and (not reports or STAMP in between)):
                lines[start].decide(
                    STANDFIRST, "short text between the headline and the byline (a standfirst)"
                )
                return index
            break
        if cues.is_sentence(shapes[id(line)]):
            break
        # a player's time ('0:00 / 3:41'), a label: furniture too
    return start


# A picture's credit in parentheses under its caption: '(Gabriel Ocampo / Los Robles Times)'.
_PARENTHESIZED_CREDIT = re.compile(
    r"\((?:photo:?\s*)?[A-Z][^()]{1,60}(?:/|\bfor\b|\bvia\b)[^()]{1,60}\)", re.I
)


def _over_a_credit(lines: list[Line], index: int) -> bool:
    """Whether the line at `index` has a picture's credit (in parentheses, or on its own
    with its label: 'Photograph by A') on the next text line."""
    below = next((line for line in lines[index + 1 : index + 3] if line.text), None)
    return below is not None and (
        _PARENTHESIZED_CREDIT.fullmatch(below.text) is not None or bounds.is_credit(below.text)
    )


def _deck_under(headline: Line | None, lines: list[Line], start: int) -> bool:
    """Whether the story's first sentence stands right under the headline, with only
    buttons between (a deck, 'Listen to this article'): no board's name and menus part
    them, as they part a site's slogan from a board's description."""
    if headline is None:
        return False
    at = lines.index(headline)
    return at < start and all(line.verdict in (CHROME, PROMO) for line in lines[at + 1 : start] if line.text)


# A board's description under its name, a short sentence or two saying what it posts
# ('시장 브리핑의 전문을 게시합니다.', 'News and notices from the county clerk.').
_BOARD_NOTE_LINES = 2
_KO_BOARD_ASKS = ("확인하시기 바랍니다.", "참고하시기 바랍니다.", "이용하시기 바랍니다.")
# Text lines a post's record (its title, writer, date and views, one per line on some
# boards, then its attachments) may take between the description and the post's text.
_POST_RECORD_LINES = 24
# A work's title in single quotes opening a sentence, its particle after it: "'겨울 정원' 제작진이".
_TITLE_IN_QUOTES = re.compile(r"['\u2018][^'\u2019]{1,20}['\u2019]\S*\s")


def _post_under_board(
    lines: list[Line], start: int, shapes: dict[int, cues.Shape], starts_body: Callable[[Line], bool]
) -> int | None:
    """A public body's board above one post: the board's name, its description (a short
    sentence, read as the first paragraph), then the post's title over its record (a
    stamp: who posted it and when) and the post's text. The story starts under the
    record; the description is the board's (None when the page is no such board)."""
    texted = [i for i in range(start, len(lines)) if lines[i].text]
    notes: list[int] = []
    for i in texted:
        if not starts_body(lines[i]):
            break
        form = shapes[id(lines[i])]
        # (a Korean board's note asks its reader to check more: '예보해설은 ... 전망입니다. 최신 예보와
        # 기상특보를 함께 확인하시기 바랍니다.', two sentences)
        asks = form.hangul and lines[i].text.endswith(_KO_BOARD_ASKS)
        if (
            len(notes) == _BOARD_NOTE_LINES
            or form.chars >= (_STANDFIRST_HANGUL if form.hangul else _STANDFIRST)
            or (_SENTENCE_END.search(lines[i].text[:-1]) and not asks)
            or cues.REPORTING.search(lines[i].text)
            # (a work's title in quotes opening the note is no quotation: "'겨울 정원' 제작진이 ...")
            or (lines[i].text[:1] in _QUOTE_MARKS and not _TITLE_IN_QUOTES.match(lines[i].text))
            or lines[i].text[-1:] == "?"
        ):
            # long, several sentences, reporting or quoting: the story's own lede; asking: a
            # headline over its deck ('Can South Korea's second chipmaker ever catch the first?')
            return None
        notes.append(i)
    record = texted[len(notes) : len(notes) + _POST_RECORD_LINES]
    body_at = next((i for i in record if starts_body(lines[i])), None)
    if not notes or body_at is None:
        return None
    between = [lines[i] for i in record if i < body_at]
    stamp = next((n for n, line in enumerate(between) if line.verdict == STAMP), None)
    # the post's title over its record: undecided text above the stamp, not a sentence
    if stamp is None or not any(
        not line.verdict and not cues.is_sentence(shapes[id(line)]) for line in between[:stamp]
    ):
        return None
    for i in notes:
        lines[i].decide(LABEL, "a board's description above its post")
    return body_at


def _author_names(lines: list[Line]) -> tuple[str, ...]:
    """The full names the page's bylines give ('Jane Doe', '김민수'; not 'Kim' alone)."""
    names = {name for line in lines for name in line.found.get("authors", ())}  # type: ignore[attr-defined]
    # the longest first: 'Jane Doe-Smith is ...' is hers, not a 'Jane Doe' with '-Smith' after
    return tuple(
        sorted((name for name in names if " " in name or not name.isascii()), key=lambda n: (-len(n), n))
    )


def _bio_of(text: str, names: tuple[str, ...]) -> bool:
    """Whether the text opens with one of the names and a verb of what the author is or does."""
    if ":" in text[:34]:
        text = _BIO_LABEL.sub("", text, count=1)  # 'About the author: Jane Doe is ...'
    if text[:1] in _BIO_MARKS:
        text = text.lstrip(_BIO_MARKS)  # '— Jane Doe is ...', '*Jane Doe is ...*': set apart by a mark
    name = next((name for name in names if text.startswith(name)), None)
    if name is None:
        return False
    if text.startswith(" and ", len(name)):
        # 'Kevin Otieno and Amina Wafula are correspondents based in ...': the two writers' note
        other = next((other for other in names if text.startswith(other, len(name) + 5)), None)
        if other is not None:
            return _BIOS_VERB.match(text, len(name) + 5 + len(other)) is not None
    if text[len(name) : len(name) + 4] == ", a " and (described := _BIO_DESCRIBED.match(text, len(name))):
        return _BIO_VERB.match(text, described.end()) is not None  # 'Jane Doe, a former minister, is ...'
    if _KO_BIO_TRADE.match(text, len(name)):
        return True  # '박한솔 푸드칼럼니스트. 전국 산지를 다니며 ... 쓴다.': the name, the trade, the note
    # ('Naomi Adeyemi, CFA, is ...': her letters after her name)
    after = credential.end() if (credential := _BIO_CREDENTIAL.match(text, len(name))) else len(name)
    return _BIO_VERB.match(text, after) is not None


# A Korean writer's note after the name: their trade and a full stop, then what they do.
_KO_BIO_TRADE = re.compile(
    r"\s(?:[가-힣]{1,8}\s?)?(?:칼럼니스트|에세이스트|작가|교수|원장|전문의|연구원|셰프|에디터|기자)\.\s+[가-힣]"
)


_BIO_CREDENTIAL = re.compile(CREDENTIAL.pattern + ",")
# What a biography says of the writer between commas before its verb: ', a former deputy
# minister of finance of South Korea,'.
_BIO_DESCRIBED = re.compile(r",\s+an?\s+[^,]{3,100},")


def _bio_under_name(text: str, above: str, names: tuple[str, ...]) -> bool:
    """A wire's writer card: the name ('RAFAEL MONTOYA'), then a biography that calls the
    writer by the surname ('Montoya covers Nevada ...')."""
    name = next((name for name in names if above.casefold() == name.casefold()), None)
    if name is None:
        return False
    # (or by the first name, as a magazine's card does: 'Lukas covers business ...')
    return any(
        text.startswith(called + " ") and _BIO_VERB.match(text, len(called)) is not None
        for called in (name.split()[-1], name.split()[0])
    )


def _names_in(head: str, names: tuple[str, ...]) -> bool:
    """Whether one of the names is in the line's head (speed: a loop, the head sliced once,
    not any() over a generator on every line of the page)."""
    for name in names:  # noqa: SIM110
        if name in head:
            return True
    return False


def _bios_before_the_story(lines: list[Line]) -> None:
    """'Mara Quill covers the islands for the Gazette.' above the story: a sports
    site's writer card, opened before the first paragraph. It is the byline's furniture;
    it neither opens the story nor ends it (a biography after the story does, `_bios`)."""
    names = _author_names(lines)
    if not names:
        return
    for index, line in enumerate(lines):
        if (
            line.verdict
            or not line.text
            or len(line.text) > 400
            or not _names_in(line.text[:80], names)  # gate (speed)
            or not _bio_of(line.text, names)
        ):
            continue
        story = [
            other
            for other in lines[index + 1 :]
            if not other.verdict and len(other.text) >= _PARAGRAPH_CHARS and not _bio_of(other.text, names)
        ]
        if len(story) >= _STORY_PARAGRAPHS:  # a biography with the story below it, not after it
            line.decide(BYLINE, "the author's biography above the story")


# Paragraphs of prose, and their least length, that make a story below a line (a writer's
# card, a note about the article) rather than the footer after it.
_STORY_PARAGRAPHS = 3
_PARAGRAPH_CHARS = 100


# The heading of the readers' comments under a story: 'Comments', '14 comments', 'Leave a
# comment', 'Discussion about this post', 'Join the conversation', '댓글 5', '독자 의견 7'.
_COMMENT_HEADING = re.compile(
    r"(?:\d+\s+)?comments?(?:\s*:?\s*\(\d+\))?|discussion\s+about\s+this\s+(?:post|article|story)"
    r"|(?:leave|write|post|add|view|show|read|see)\s+(?:a\s+|all\s+|the\s+)?(?:\d+\s+)?comments?"
    r"|join\s+the\s+(?:discussion|conversation)|readers?'?\s+comments|댓글\s*\d*\s*개?|독자\s*의견\s*\d*"
    r"|comment\s+on\s+this\s+(?:article|story|post)",
    re.I,
)
# A blog platform's heading of them, with the post's title: '2 thoughts on “A House That ...”',
# 'One response to “...”'.
_COMMENTS_ON = re.compile(
    r"(?:\d+|one|two|three|four|five)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+\S.{0,300}",
    re.I,
)
# A comment's own buttons: 'Reply', 'Like · Reply · 3h', '04.02 09:10 답글 1 👍 6'.
_REPLY = re.compile(r"(?:.{0,40}\W)?(?:reply|답글|답장)(?:\W.{0,40})?", re.I)
_COMMENT_LINES = 10  # how far under its heading a comment's buttons show it
# ... or the box's prompt to sign in, or a commenter's card: 'Log in to comment', 'MarcusK · 3h'.
_COMMENT_GATE = re.compile(
    r"(?:log|sign)\s*in\s+(?:to|and)\s+(?:comment|reply|join\s+the\s+(?:discussion|conversation))"
    r"|you\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:comment|post\s+a\s+comment)\.?"
    r"|[\w.-]{2,30}\s*[\u00b7\u2022]\s*\d{1,2}\s*(?:m|h|d|w|min|mins|hr|hrs|hours?|days?)(?:\s+ago)?",
    re.I,
)


def _comment_sections(lines: list[Line], start: int) -> None:
    """Readers' comments under the story, each a name, a time, the words and a Reply
    button: their heading ends the story (a comment is a reader's, however it reads). The
    same heading over a story's share bar ('Comments' beside 'Share') has no replies under it."""
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if not line.text or not (
            (len(line.text) <= 40 and _COMMENT_HEADING.fullmatch(line.text))
            or (line.text[:1] in "0123456789OoTtFf" and _COMMENTS_ON.fullmatch(line.text))
        ):
            continue
        below = [other for other in lines[index + 1 :] if other.text][:_COMMENT_LINES]
        if line.text[:1] in "Dd" or any(
            len(other.text) <= 60 and (_REPLY.fullmatch(other.text) or _COMMENT_GATE.fullmatch(other.text))
            for other in below
        ):
            line.found["end"] = True
            line.found["comments"] = True  # (the names and times below are readers', not the story's)
            return


# A statement's signature under it: 'Signed:' over the signatory's name, with a title of
# address ('Barr. Chidinma Okafor-Bello', 'Dr. A'), then the post held.
_SIGNED_LABEL = re.compile(r"(?:signed|sgd\.?)\s*[:,]?", re.I)
_ADDRESSED = re.compile(r"(?:(?:Barr|Dr|Prof|Hon|Engr|Mr|Mrs|Ms|Chief|Rev|Sen|Rt\.?\s+Hon)\.?\s+)+")


def _signed_statement(lines: list[Line], start: int) -> None:
    """The name under 'Signed:' after the story is its signatory, the statement's writer."""
    for index in range(start + 1, len(lines)):
        label = lines[index]
        if not label.text or len(label.text) > 8 or not _SIGNED_LABEL.fullmatch(label.text):
            continue
        under = [line for line in lines[index + 1 :] if line.text][:2]
        if not under or under[0].verdict not in ("", FOOTER):
            return
        name = _ADDRESSED.sub("", under[0].text).strip()
        names = split_names(name)
        if names is not None and len(names) == 1 and len(name.split()) >= 2 and _person_like(name):
            label.decide(CHROME, "a statement's signature label ('Signed:')", end=True)
            under[0].decide(BYLINE, "the statement's signatory, under 'Signed:'", authors=(name,))
            if len(under) > 1 and under[1].verdict in ("", FOOTER, BYLINE):
                # the post held, under the name ('National Commissioner, Voter Education'): no names
                under[1].found.pop("authors", None)
                under[1].decide(FOOTER, "the signatory's post, under the name")
        return


def _note_above_story(lines: list[Line], start: int, index: int) -> bool:
    """'This article was featured in the X newsletter.' between the deck and the story: a
    note about the article ends it when it follows the story, not when the story (three
    paragraphs of prose or more) follows it and little came before."""
    if lines[index].verdict != NOTICE:
        return False

    def prose(line: Line) -> bool:
        return not line.verdict and len(line.text) >= _PARAGRAPH_CHARS

    before = sum(1 for line in lines[start:index] if prose(line))
    after = sum(1 for line in lines[index + 1 :] if prose(line))
    return before < 2 and after >= _STORY_PARAGRAPHS


# A sign-up form's fields and buttons under a newsletter's sign-off ('Your e-mail address',
# 'Join'): short lines, a few of them.
_FORM_FIELD = 30
_FORM_FIELDS = 3


def _sign_up_box(lines: list[Line], index: int) -> bool:
    """'Thanks for reading X! Join free ...' over a sign-up form (or alone), with the story's
    prose going on below it (two paragraphs at least): a box inside the post, not its
    end. At the real end, counts, comment tabs and the footer's links follow instead."""
    if lines[index].verdict != NOTICE:
        return False
    texted = [line for line in lines[index + 1 :] if line.text]
    fields = 0
    while fields < len(texted) and len(texted[fields].text) <= _FORM_FIELD:
        fields += 1
    if fields > _FORM_FIELDS:  # none: the prompt alone between two paragraphs
        return False
    resumed = texted[fields : fields + 2]
    return len(resumed) == 2 and all(
        not line.verdict and len(line.text) >= _PARAGRAPH_CHARS for line in resumed
    )


def _bios(lines: list[Line], start: int) -> None:
    """'Daniel Cho is a professor of ...', 'Jane Doe covers city hall.', 'About the author:
    Jane Doe ...' after the story: the author's biography (a name of the byline, then a
    verb in the present or past: what the author is or does)."""
    bylined = _author_names(lines)
    # (and a person's name alone over the story: 'Mariah Collins' in the header, 'Mariah Collins
    # covers travel ...' under it, where the only byline is a helper's 'Contributing: A')
    helped = all(
        line.rule in _HELPERS_CREDITS
        for line in lines
        if line.verdict == BYLINE and line.found.get("authors")
    )
    # (a name the page prints again and again is the site's: 'Relief Line')
    alone = tuple(
        line.text
        for line in lines[:start]
        if helped
        and line.verdict in ("", MASTHEAD)
        and line.text not in bylined
        and _persons_name(line.text)
        and sum(line.text in other.text for other in lines) <= 2
    )
    # ('Find Jobs' in a menu is a name alone too: a writer's card under the story still counts)
    names = (*bylined, *alone) if bylined else (_named_twice(lines) or (*alone, *_carded(lines, start)))
    if not names:
        return
    above: Line | None = None  # the last line with text: a writer's card prints the name over the biography
    for line in lines[start + 1 :]:
        over = above.text if above is not None else ""
        if not line.verdict and (_bio_of(line.text, names) or _bio_under_name(line.text, over, names)):
            line.decide(BYLINE, "the author's biography", end=True)
            if not bylined or any(line.text.startswith(name + " ") for name in alone):
                _name_over_story(lines[:start], line.text)
            if (employer := _BIO_EMPLOYER.search(line.text)) and PUBLICATION.search(employer["outlet"]):
                line.found["outlet"] = employer["outlet"]  # '... a correspondent for The Daily Ledger.'
            if above is not None and above.text in names and not above.found.get("authors"):
                above.decide(BYLINE, "a writer's card: the name over the biography", authors=(above.text,))
        if line.text:
            above = line


# Credits that name helpers, not the story's writer: 'Contributing: A', '-- Reporting by A'.
_HELPERS_CREDITS = frozenset(("wire credits", CONTRIBUTED, ADDITIONAL_REPORTING))


def _carded(lines: list[Line], start: int) -> tuple[str, ...]:
    """'Hana Lorimer' over 'Hana Lorimer is Hashpoint's Seoul correspondent, ...' under the
    story, where nothing else names a writer: the writer's card."""
    texted = [line for line in lines[start:] if line.text]
    return tuple(
        line.text
        for line, below in itertools.pairwise(texted)
        if _persons_name(line.text)
        and any(
            below.text.startswith(called + " ") and _BIO_VERB.match(below.text, len(called))
            # (or by the first name or the surname, as a magazine's or a blog's card does:
            # 'Tolulope Adebayo-Cole' over 'Tolulope leads research at Workbay, ...')
            for called in (line.text, line.text.split()[0], line.text.split()[-1])
        )
    )


def _name_over_story(header: list[Line], biography: str) -> None:
    """'Tariq Roe' printed twice over the story (the name's link and its card) and 'Tariq
    Roe is a Riyadh-based writer ...' under it: the header's lines of the name are the
    byline."""
    for line in header:
        if line.text and line.verdict in ("", MASTHEAD, LABEL) and biography.startswith(line.text + " "):
            line.decide(
                BYLINE, "a writer's name over the story, whose biography is under it", authors=(line.text,)
            )


def _named_twice(lines: list[Line]) -> tuple[str, ...]:
    """A person's name alone on two lines of the page, where no byline names a writer: a
    writer's name over the stamp and on the card over the biography after the story
    ('Lukas Imhof' both times)."""
    printed = Counter(line.text for line in lines if line.text and line.verdict != HEADLINE)
    found = []
    for text, times in printed.items():
        if times >= 2 and len(text.split()) in (2, 3):
            names = split_names(text)
            if names is not None and len(names) == 1 and names[0] == text:
                found.append(text)
    return tuple(found)


# The paper a biography says the writer works for, ending its sentence: '... is a London-based
# correspondent for The Harbour Post.'
_BIO_EMPLOYER = re.compile(
    r"\b(?:for|at|with)\s+(?P<outlet>(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})\.?$"
)


_BIO_MARKS = "-\u2013\u2014*_ "
_BIO_LABEL = re.compile(r"[A-Z][\w ]{2,30}:\s*")
_BIOS_VERB = re.compile(r"\s+(?:are|were|have|cover|write|report|edit|lead)\b")
_BIO_VERB = re.compile(r"\s+(?:is|was|has|covers|writes|reports|joined|previously|edits|leads)\b")


def _header_leftover(line: Line, shapes: dict[int, cues.Shape]) -> None:
    if not line.text:
        return
    form = shapes.get(id(line)) or cues.shape(line.text)
    if line.text.endswith(":"):
        intro = INTRO.fullmatch(line.text)
        line.decide(FORUM, "introduction to a quoted story", outlet=intro["outlet"] if intro else "")
    elif cues.is_name_like(form):
        line.decide(MASTHEAD, "a name or label in the header (site, section)")
    elif cues.is_tagline(line.text):
        line.decide(MASTHEAD, "a site's name and its motto")
    elif is_bullet(line.text) or cues.is_sentence(form):
        line.decide(STANDFIRST, _LEFT_IN_HEADER)
    else:
        line.decide(LABEL, _OTHER_HEADER_TEXT)
