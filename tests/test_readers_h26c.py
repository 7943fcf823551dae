"""The raw reader on Korean outlets' English pages, the kinds of h26c (issue 20, stop 49).
Every name, outlet and sentence here is made up; the shapes are the sites'.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from digest.content.readers.rawtext import read_stamps
from tests.test_readers_h27 import _story
from tests.test_readers_unseen import inspect

_HEADLINE = "Regulators let offshore wind developer reprice its power contract"


def test_a_brand_line_by_a_publication_names_no_writer() -> None:
    page = _story(
        "Tempo", "by Daeil Business News", _HEADLINE, "Jul 08, 2025", tail=("By Seo Jin-woo and Hong Ye-ji",)
    )
    assert inspect(page).fields.authors == ("Seo Jin-woo", "Hong Ye-ji")


def test_an_offset_after_gmt_in_title_case() -> None:
    found = read_stamps("Jul 08, 2025 10:05 (Gmt+09:00)", ZoneInfo("UTC"))
    assert found is not None
    when = found[0][1]
    assert when is not None and when.utcoffset() is not None and when.utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]
