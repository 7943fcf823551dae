"""The raw reader on phone copies and reading tools' views (issue 20, stop 49): a regional
daily's funding note, an investing site's pitch and disclosure, a Korean daily's stamp bar,
a national daily's writer named only over the story and in the biography. Every name,
outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from digest.content.readers.rawtext import read_stamps
from tests.test_readers_h21 import LAST
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def test_a_desks_project_note_and_its_sponsors_after_the_story() -> None:
    note = (
        "Power Lab is a Sound Ledger project that digs into the region's energy issues. It is funded in "
        "part by community sponsors; the newsroom keeps full editorial control."
    )
    assert inspect(_story(_HEADLINE, "By Dana Vos", tail=(note,))).body[-1] == LAST


def test_an_investing_sites_pitch_and_the_writers_disclosure_after_the_story() -> None:
    tail = (
        "Should you invest $1,000 in Harbor Power right now?",
        "Before you buy stock in Harbor Power, consider this: our analyst team just identified what they "
        "believe are the 10 best stocks for investors to buy now, and Harbor Power wasn't one of them.",
        "",
        "Jordan Vale has no position in any of the stocks mentioned. The Wise Otter has positions in and "
        "recommends Harbor Power. The Wise Otter has a disclosure policy.",
    )
    reading = inspect(_story(_HEADLINE, "Nov 21, 2025 at 4:05PM", tail=tail))
    assert reading.body[-1] == LAST
    assert reading.fields.authors == ("Jordan Vale",)


def test_a_korean_stamp_bar_with_the_hangul_letter_as_its_bar() -> None:
    found = read_stamps("입력 2025-11-19 05:00ㅣ수정 2025-11-19 09:41", ZoneInfo("Asia/Seoul"))
    assert found is not None
    assert [field for field, _, _ in found] == ["published", "updated"]


def test_a_writers_name_over_the_story_and_her_biography_under_a_helpers_credit() -> None:
    page = _story(
        "NATIONWIDE TODAY",
        "Travel",
        _HEADLINE,
        "",
        "Mariah Cole",
        "",
        "NATIONWIDE TODAY",
        "",
        "Listen to this article \u00b7 5 min",
        "",
        "Published 5:02 a.m. ET Nov. 19, 2025",
        tail=(
            "Contributing: Raj Patil",
            "",
            "Mariah Cole covers travel and consumer issues for NATIONWIDE TODAY. Reach her at mcole@nt.example.",
        ),
    )
    assert inspect(page).fields.authors == ("Mariah Cole", "Raj Patil")
