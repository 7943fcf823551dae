"""Typed reading of YAML mappings, collecting every problem with its line.

Config, notes and front matter all go through `Fields`, so each reports a wrong type the
same way: `path:line: field: expected ..., got ...`, and unknown keys get "did you mean".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from digest.content.yamlfile import LineMap
from digest.errors import Collector
from digest.moments import RANGE, date_in_range, in_range

_MISSING = object()


def describe(value: Any) -> str:
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37] + "...")
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


class Fields:
    """Reads typed values out of one YAML mapping, reporting problems to a collector."""

    def __init__(self, data: LineMap, path: Path, errors: Collector, prefix: str = "") -> None:
        self.data = data
        self.path = path
        self.errors = errors
        self.prefix = prefix

    def line(self, key: str) -> int:
        return self.data.line_of(key)

    def error(self, key: str, message: str) -> None:
        self.errors.report(message, self.path, self.line(key), self.prefix + key)

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        allowed = list(allowed)
        for key in self.data:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                self.errors.report(
                    f"unknown key{hint} (allowed: {', '.join(sorted(allowed))})",
                    self.path,
                    self.line(key),
                    self.prefix + key,
                )

    def _raw(self, key: str, required: bool) -> Any:
        value = self.data.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.errors.report("required", self.path, self.data.line, self.prefix + key)
            return _MISSING
        return value

    def text(self, key: str, default: str = "", required: bool = False) -> str:
        value = self._raw(key, required)
        if value is _MISSING:
            return default
        if isinstance(value, (bool, dict, list)):
            self.error(key, f"expected text, got {describe(value)}")
            return default
        return str(value).strip() if not isinstance(value, str) else value.strip()

    def integer(self, key: str, default: int = 0, required: bool = False) -> int:
        value = self._raw(key, required)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(key, f"expected an integer, got {describe(value)}")
            return default
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._raw(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.error(key, f"expected true or false, got {describe(value)}")
            return default
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self._raw(key, False)
        if value is _MISSING:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(key, f"expected a list of text, got {describe(value)}")
            return ()
        items: list[str] = []
        for item in value:
            if isinstance(item, (dict, list, bool)) or item is None:
                self.error(key, f"expected a list of text, got an item {describe(item)}")
                continue
            items.append(str(item).strip())
        return tuple(item for item in items if item)

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self._raw(key, required)
        if value is _MISSING:
            return None
        day: dt.date | None = None
        if isinstance(value, dt.datetime):
            day = value.date()
        elif isinstance(value, dt.date):
            day = value
        elif isinstance(value, str):
            with contextlib.suppress(ValueError):
                day = dt.date.fromisoformat(value.strip())
        if day is None:
            self.error(key, f"expected a date YYYY-MM-DD, got {describe(value)}")
        elif not date_in_range(day):
            self.error(key, f"{day.isoformat()} is out of range: expected a date {RANGE}")
            day = None
        return day

    def moment(self, key: str, tz: dt.tzinfo) -> dt.datetime | None:
        """A date and time ('2025-11-19T15:15:00+09:00'); without an offset, in `tz`."""
        value = self.data.get(key)
        if value is None:
            return None
        parsed: dt.datetime | None = None
        if isinstance(value, dt.datetime):
            parsed = value
        elif isinstance(value, str):
            with contextlib.suppress(ValueError):
                parsed = dt.datetime.fromisoformat(value.strip())
        if parsed is None:
            self.error(
                key, f"expected a date and time such as 2025-11-19T15:15:00+09:00, got {describe(value)}"
            )
            return None
        parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)
        if not in_range(parsed):
            self.error(key, f"{parsed.isoformat()} is out of range: expected a moment {RANGE} (UTC)")
            return None
        return parsed

    def mapping(self, key: str) -> LineMap | None:
        value = self._raw(key, False)
        if value is _MISSING:
            return None
        if not isinstance(value, LineMap):
            self.error(key, f"expected a mapping, got {describe(value)}")
            return None
        return value

    def items(self, key: str) -> list[Any]:
        value = self._raw(key, False)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self.error(key, f"expected a list, got {describe(value)}")
            return []
        return value
