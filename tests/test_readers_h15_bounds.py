"""Where the story starts and ends among the page's notices, small print and boxes
(issue 20, batch h15a's shapes): one test per mechanism, each failing without it.

Every sentence here is made up; what is real is the shape of the page around it.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from digest.content.readers.chrome import ChromeFilter
from digest.content.readers.rawtext import Reading, inspect_raw_text

UTC = ZoneInfo("UTC")

HEADLINE = "Lakeside town to reopen its shuttered public library next spring"
P1 = (
    "The town council of Brindle Cove voted on Monday to reopen its public library, closed since a roof "
    "collapse three years ago, after a local foundation agreed to cover half of the repair bill."
)
# a lede that opens with neither an article nor the place (which a colon's dateline needed)
LEDE = (
    "Councillors in the lakeside town voted on Monday to reopen its public library, closed since a roof "
    "collapse three years ago, once a local foundation covers half of the repair bill."
)
P2 = "Council members said the building would need a new roof, new wiring and a lift before it could open again."
P3 = (
    "The foundation's chair, Odile Marchetti, said the group had raised the money from some 900 small donors."
)
P4 = "Work is expected to start in October, and the library's collection will stay in storage until then."
P5 = "A public meeting on the library's new opening hours will be held at the community centre next month."


def inspect(text: str) -> Reading:
    return inspect_raw_text(Path("story.txt"), text, UTC, ChromeFilter())


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def story(
    *middle: str, lede: str = P1, after: tuple[str, ...] = (), masthead: str = "THE COVE GAZETTE"
) -> str:
    return page(
        masthead,
        HEADLINE,
        "By Ingrid Solvang",
        "March 3, 2025 9:20 AM",
        *middle,
        lede,
        P2,
        P3,
        P4,
        P5,
        *after,
    )


def body_text(reading: Reading) -> str:
    return "\n".join(reading.body)


# --- a dateline in title case with a colon or a spaced dash, on the story's first paragraph


def test_title_case_place_and_colon_open_the_first_paragraph() -> None:
    reading = inspect(story(lede="Brindle Cove: " + LEDE))
    assert reading.fields.dateline == "Brindle Cove"
    assert reading.body[0] == LEDE


def test_title_case_place_and_spaced_en_dash_open_the_first_paragraph() -> None:
    reading = inspect(story(lede="Port Alder \u2013 " + LEDE))
    assert reading.fields.dateline == "Port Alder"
    assert reading.body[0] == LEDE


def test_a_label_or_a_sentence_opener_with_a_colon_is_no_place() -> None:
    reading = inspect(story(lede="Meanwhile: " + P1))
    assert reading.fields.dateline is None or reading.fields.dateline == ""
    assert reading.body[0].startswith("Meanwhile: ")


# --- the page's notes on itself above the story


def test_notes_of_a_synthetic_voice_and_another_format_over_the_story_are_not_its_lede() -> None:
    reading = inspect(
        story(
            "This narration was generated using a synthetic voice.",
            "Catch the day's headlines in a new vertical format.",
        )
    )
    assert reading.body[0] == P1
    assert "synthetic voice" not in body_text(reading)
    assert "vertical format" not in body_text(reading)


def test_a_developing_story_notice_over_the_story_is_not_its_lede() -> None:
    reading = inspect(story("This is a developing news story. Please reload this page for updates."))
    assert reading.body[0] == P1
    assert "reload" not in body_text(reading)


# --- the site's small print after the story and between its paragraphs


def test_an_advice_disclaimer_glued_to_the_last_paragraph_is_cut_off() -> None:
    disclaimer = " The Cove Gazette is not a licensed investment adviser. Nothing in this report constitutes investment advice."
    reading = inspect(story().replace(P5, P5 + disclaimer))
    assert reading.body[-1] == P5


def test_an_advice_disclaimer_over_a_list_of_links_is_not_the_last_paragraph() -> None:
    reading = inspect(
        story(
            after=(
                "The Cove Gazette is not a licensed investment adviser. Nothing in this report "
                "constitutes investment advice.",
                "Most Read",
                "1. Ferry fares rise again",
                "2. Council tax frozen",
            )
        )
    )
    assert reading.body[-1] == P5


def test_a_network_and_independence_note_after_the_story_is_not_its_end() -> None:
    reading = inspect(
        story(
            after=(
                "The Cove Gazette is a member of the Lakes Regional News Network, a nonprofit "
                "group of local newsrooms. The Cove Gazette retains full editorial independence.",
            )
        )
    )
    assert reading.body[-1] == P5


def test_a_donation_appeal_under_a_label_between_paragraphs_is_not_the_story() -> None:
    appeal = "KEEP LOCAL NEWS FREE: Please become a sustaining member before Friday."
    reading = inspect(page("THE COVE GAZETTE", HEADLINE, "By Ingrid Solvang", P1, P2, appeal, P3, P4, P5))
    assert appeal not in reading.body
    assert reading.body[-1] == P5


# --- data printed after the story


def test_a_reference_entry_after_the_story_is_not_its_last_sentence() -> None:
    reading = inspect(
        story(
            after=(
                "Sources",
                "Marsh T, Oyelaran B, Quist D. Roof loads of public buildings after heavy snowfall. "
                "Journal of Municipal Engineering (2024).",
            )
        )
    )
    assert reading.body[-1] == P5


MATCH = (
    "Kilmorna won the county hurling final on Sunday, beating Clonard by four points in front of a "
    "crowd of 6,000 at Fahy Park after a tense second half.",
    "Paddy Rourke scored nine points for the winners, and Dara Slane added a goal in the 50th minute.",
    "Kilmorna will meet the provincial champions in the semi-final next month.",
)
# line-ups long enough to be read as prose lines (over 200 characters)
HOME = (
    "KILMORNA: P Rourke; D Slane, F Ahern, G Wyse; T Mullally, B Kenny, C Walsh; R Daly, S Fox; "
    "L Ward, M Hogan, E Burke; J Lynch, K Dunne, V Nash. Subs: A Daly for Kenny (50), O Hayes for Ward (58), "
    "U Kehoe for Lynch (61)"
)
AWAY = (
    "CLONARD: G Ivory; M Tully, E Grogan, W Power; H Lyster, J Kerin, N Fay; P Moran, D Kirwan; "
    "T Quigley, F Dalton, B Egan; R Cody, S Grace, L Foley. Subs: P Walsh for Fay (41), C Brophy for "
    "Egan (55), K Troy for Cody (63)"
)


def test_a_line_up_after_a_match_report_is_not_its_last_sentence() -> None:
    squads = "\n".join(("SQUADS", HOME, AWAY, "Player of the match: Dara Slane (Kilmorna)"))
    reading = inspect(
        page("THE COVE GAZETTE", "Kilmorna win county final", "By Ingrid Solvang", *MATCH, squads)
    )
    assert reading.body[-1] == MATCH[-1]
    assert "Rourke;" not in body_text(reading)


# --- boxes between the paragraphs


def test_a_sponsor_box_pitch_between_paragraphs_is_not_the_story() -> None:
    pitch = "Halve the cost of your heating bills with smart radiator valves that learn your routine."
    box = "\n".join(("PAID PARTNER CONTENT", "Presented by Thermwise", pitch, "Learn more \u203a"))
    reading = inspect(page("THE COVE GAZETTE", HEADLINE, "By Ingrid Solvang", P1, P2, box, P3, P4, P5))
    assert pitch not in body_text(reading)
    assert reading.body[-1] == P5


def test_a_newsletter_consent_between_paragraphs_is_not_the_story() -> None:
    consent = "By subscribing you accept our terms of use. You may cancel whenever you like."
    reading = inspect(page("THE COVE GAZETTE", HEADLINE, "By Ingrid Solvang", P1, P2, consent, P3, P4, P5))
    assert consent not in body_text(reading)
    assert "cancel" not in body_text(reading)


def test_a_caption_over_its_credit_between_paragraphs_is_not_the_story() -> None:
    caption = "Volunteers stack boxes of books in the old reading room on Saturday."
    reading = inspect(
        page(
            "THE COVE GAZETTE",
            HEADLINE,
            "By Ingrid Solvang",
            P1,
            P2,
            caption + "\nPicture / Brindle Cove Council",
            P3,
            P4,
            P5,
        )
    )
    assert caption not in reading.body
    assert reading.body[-1] == P5


# --- a source line's desk initials


def test_desk_initials_after_a_source_line_are_no_part_of_the_outlet() -> None:
    reading = inspect(story(after=("Source: Cove Gazette/ts(mb)",)))
    assert reading.fields.outlet == "Cove Gazette"


# --- a developing story's time labels


def test_time_labels_over_a_developing_story_s_updates_are_labels() -> None:
    reading = inspect(
        page(
            "THE COVE GAZETTE",
            HEADLINE,
            "By Ingrid Solvang",
            "Update, 4.50pm:",
            P4,
            "Original story:",
            P1,
            P2,
            P3,
        )
    )
    labels = [line for line in reading.lines if line.text in ("Update, 4.50pm:", "Original story:")]
    assert [line.verdict for line in labels] == ["label", "label"]
    assert reading.body == [P4, P1, P2, P3]
