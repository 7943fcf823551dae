"""The raw reader on one page pasted with its blank lines in the three other ways a copy
comes (issue 20): every blank line doubled (a clipboard that copies each element as a
paragraph), a blank line after every line (a mail client's or a notes app's doubling),
and no blank line at all (a phone's copy). A reader that leans on blank lines to tell a
menu from a paragraph must read all four alike. Every name and sentence here is made up.
"""

from __future__ import annotations

import pytest

from tests.test_readers_unseen import inspect

HEADLINE = "Harriers edge Comets in overtime to clinch home playoff game"
LEDE = (
    "Jalen Okoro ran in from four yards out on the second play of overtime, and the Calder Falls Harriers "
    "beat the Kettle River Comets 29-23 on Saturday to clinch a home playoff game."
)
STORY = (
    "Okoro finished 24 of 33 for 291 yards and a touchdown, and added 61 yards on the ground.",
    "The Comets had forced overtime when Dario Vance kicked a 44-yard field goal with four seconds left.",
    "Kettle River took the ball first in overtime, but linebacker Marcus Eyre stripped the ball at the 30.",
    "Receiver Andre Kaminski caught seven passes for 112 yards, including a 38-yard touchdown in the third.",
)
LAST = "Calder Falls closes the regular season at home against the Lakehead Navigators next Saturday."
PITCH = "Cut unscheduled equipment downtime by up to 30% with predictive trend monitoring from Altimetrix."
TICKETS = "Tickets for the Harriers' home playoff game go on sale Monday at 10 a.m. at hsd.example/tickets."
SUMMARY = "The Harriers beat the Comets 29-23 in overtime and will host a playoff game."

# The page as the desktop copies it: its blocks parted by one blank line.
BLOCKS = (
    ("Skip to content", "Harbour Sports Daily", "Home", "Football", "Rugby", "Cricket", "Subscribe"),
    (
        "Football",
        HEADLINE,
        "By Dana Whitlock",
        "Published October 18, 2025 11:02 PM ET",
        "Share",
        "Copy link",
    ),
    ("Summary", SUMMARY),
    (f"Calder Falls: {LEDE}",),
    (STORY[0],),
    (STORY[1],),
    ("SPONSORED CONTENT", "Brought to you by Altimetrix", PITCH, "Learn more \u203a"),
    (STORY[2],),
    (STORY[3],),
    (LAST,),
    (
        "UP NEXT",
        "Lakehead Navigators at Calder Falls Harriers",
        "Sat., Oct. 25 | 5:00 PM ET | Harrier Field | TV: HSD Network",
        TICKETS,
    ),
    (
        "More News",
        "Power Rankings, Week 19: Harriers climb to No. 2",
        "Injury report: Navigators list three starters as questionable",
        "Privacy Policy | Terms of Use | Accessibility",
        "© 2025 Harbour Sports Daily. All rights reserved.",
    ),
)


def _pasted(way: str) -> str:
    if way == "desktop":
        return "\n\n".join("\n".join(block) for block in BLOCKS) + "\n"
    if way == "doubled":  # each line followed by a blank, the page's own blank lines doubled
        return "\n\n\n".join("\n\n".join(block) for block in BLOCKS) + "\n"
    if way == "spaced":  # a blank line after every line, the page's own ones lost
        return "\n\n".join(line for block in BLOCKS for line in block) + "\n"
    return "\n".join(line for block in BLOCKS for line in block) + "\n"  # a phone's: none


@pytest.mark.parametrize("way", ["desktop", "doubled", "spaced", "phone"])
def test_a_page_reads_alike_however_its_blank_lines_were_pasted(way: str) -> None:
    reading = inspect(_pasted(way))
    body = [line.text for line in reading.lines if line.verdict == "body"]
    assert reading.headline == HEADLINE
    assert reading.fields.authors == ("Dana Whitlock",)
    assert reading.fields.dateline == "Calder Falls"
    assert body[0] == LEDE  # the summary box above it is the page's
    assert body[-1] == LAST  # the ticket note under the next game's card is the card's
    assert PITCH not in body  # the sponsor's box between the paragraphs is the sponsor's
    assert body == [LEDE, *STORY, LAST]
