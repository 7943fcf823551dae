"""What a rendering read of the whole site, beyond the values handed to it.

Its own module: pages (the `site` global of templates) and feeds (an entry kept from
one build to the next carries what its template read) both record into it.
"""

from __future__ import annotations


class SiteReads:
    """Which fields of the whole site (the `site` and `schema` globals) the template being
    rendered has read, beyond the values handed to it: its output depends on them, and
    the incremental layer derives part of the output's identity from their values. A
    page that reads none depends on its own values alone."""

    def __init__(self) -> None:
        self.fields: set[str] = set()

    def reset(self) -> None:
        self.fields = set()

    def __call__(self) -> tuple[str, ...]:
        """The fields read since the last reset, sorted."""
        return tuple(sorted(self.fields))
