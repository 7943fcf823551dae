"""A broadcaster's rush transcript as its site prints it, speakers labelled on each turn:

    [07:32:06]
    JENNA COLE, MORNING SHOW CO-HOST: Two weeks to go, and ...   -> 'Two weeks to go, and ...'
    (BEGIN VIDEOTAPE)
    MARCUS BELL, WBN CORRESPONDENT (voice-over): At a drugstore ... -> 'At a drugstore ...'
    BELL: Retail analysts say ...                                 -> 'Retail analysts say ...'
    (on camera): So we ran our own test.                          -> 'So we ran our own test.'
    For WBN News, I'm Marcus Bell, in Chicago.                    -> the writer; the story ends
    (END VIDEOTAPE)
    COLE: Coming up, the one day next week when ...               -> (after the story)

The words spoken are the story; a speaker's label is the transcript's furniture, as
'[Anchor]' is a Korean broadcaster's, and comes off its turn. The correspondent's
sign-off names the report's writer and closes the report: what follows (the anchor's
tease of the next segment, the show's promotion) is not the story. Only in a file with
`_TURNS` labelled turns of prose, at least two speakers among them: a single paragraph
opening 'NEW DELHI: ...' is a dateline, and a release's 'CONTACT: ...' no turn.

`speaker_turns` runs before the lines are judged, so every rule sees the words spoken.
"""

from __future__ import annotations

import re

from digest.content.readers.rawtext.bylines import title_case_name
from digest.content.readers.rawtext.source import BYLINE, Line

# A turn: the speaker in capitals, perhaps with a role after a comma and how they are
# heard in parentheses ('MARCUS BELL, WBN CORRESPONDENT (voice-over):', 'BELL:',
# 'UNIDENTIFIED FEMALE:', 'DR. HELEN ASHWORTH, COSMETIC CHEMIST:'), or how alone ('(on
# camera):'), then the words.
_TURN = re.compile(
    r"(?P<label>(?P<who>[A-Z][A-Z'.\u2019-]+(?:\s+[A-Z][A-Z'.\u2019-]+){0,3})"
    r"(?:,\s+[A-Z0-9][A-Z0-9 &'.\u2019/-]{1,60}?)?(?:\s+\([a-z][a-z -]{2,30}\))?"
    r"|\([a-z][a-z -]{2,30}\)):\s+(?P<said>\S.*)"
)
# What is said is prose: a few words, ending as a sentence does.
_SAID = re.compile(r"\S+(?:\s+\S+){3,}.*[.!?\"\u201d\u2019)]")
# Turns of prose that make a file a transcript, and how many speakers among them.
_TURNS = 3
_SPEAKERS = 2
# The correspondent signs off: "For WBN News, I'm Marcus Bell, in Chicago.", "I'm Marcus
# Bell, for WBN News, Chicago."
_SIGN_OFF = re.compile(
    r"(?:For\s+[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4},\s+)?I['\u2019]m\s+"
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})"
    r"(?:,\s+(?:(?:in|at|reporting\s+from|for)\s+)?[A-Z][\w&'\u2019., -]{1,60})?\."
)
SIGN_OFF_RULE = "a correspondent's sign-off in a transcript ('For X News, I'm Jane Doe, in Chicago.')"


def speaker_turns(lines: list[Line]) -> None:
    """In a transcript (see the module), each turn's label comes off (kept in
    `found["marker"]`) and a correspondent's sign-off is the byline that ends the report."""
    turns = []
    for line in lines:
        text = line.text
        if not text or line.verdict or ":" not in text[:90]:
            continue
        turn = _TURN.match(text)
        if turn is not None and _SAID.fullmatch(turn["said"]):
            turns.append((line, turn))
    speakers = {turn["who"].split()[-1] for _, turn in turns if turn["who"]}
    if len(turns) < _TURNS or len(speakers) < _SPEAKERS:
        return
    for line, turn in turns:
        line.text = turn["said"]
        line.found["marker"] = turn["label"]
    for line in lines:
        if line.text and not line.verdict and (sign_off := _SIGN_OFF.fullmatch(line.text)) is not None:
            line.decide(BYLINE, SIGN_OFF_RULE, authors=(title_case_name(sign_off["name"]),), end=True)
