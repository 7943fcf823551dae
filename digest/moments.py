"""The range of dates and times digest accepts.

Python's datetime stops at 0001-01-01 and 9999-12-31. A moment near either end may have
no equivalent in another zone: 9999-12-31T23:59:59 in Seoul is after the last UTC
moment, and year 1 at +14:00 before the first, so converting it (for a feed, a page's
date, the site's zone) raises OverflowError. Every date and time read from a file is
kept a day inside those ends, where no zone (none is a day off UTC) can push it out.
"""

from __future__ import annotations

import datetime as dt

FIRST_DAY = dt.date(1, 1, 2)
LAST_DAY = dt.date(9999, 12, 30)
EARLIEST = dt.datetime.combine(FIRST_DAY, dt.time(), tzinfo=dt.UTC)
LATEST = dt.datetime.combine(LAST_DAY, dt.time.max, tzinfo=dt.UTC)
RANGE = f"between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"


def date_in_range(day: dt.date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def in_range(moment: dt.datetime) -> bool:
    """Whether an aware datetime lies between EARLIEST and LATEST (comparing aware
    datetimes never converts them, so this cannot overflow itself)."""
    if 1 < moment.year < 9999:  # (speed) a day from either end whatever its zone: no offset to look up
        return True
    return EARLIEST <= moment <= LATEST
