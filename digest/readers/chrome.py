"""Site chrome: lines a scraper picks up that are not part of the article.

Each pattern is a regular expression matched against a whole stripped line,
case-insensitively. `config.yaml`'s `chrome_patterns` adds to this list; nothing here is
outlet-specific code, so a new outlet's chrome is a config change, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DEFAULT_CHROME_PATTERNS: tuple[str, ...] = (
    # Comment boxes and their counters.
    r"To write comments, please log in.*",
    r"Standards Board Policy.*",
    r"댓글\s*\d*",
    r"\(?\d+\s*/\s*\d+\s*자\)?",
    # Share, like, scrap and subscribe buttons (Korean news sites).
    r"좋아요\s*\d*",
    r"공유하기",
    r"기사\s*스크랩",
    r"스크랩",
    r"구독하기",
    r"구독",
    r"페이스북|트위터|카카오톡|카카오스토리|네이버밴드|URL\s*복사",
    r"Share( this article)?|Facebook|Twitter|X|LinkedIn|Copy link|Print",
    # E-mail-protection placeholders left where an address was.
    r"\[?\[?email\s*protected\]?\]?",
)

# Removed wherever it appears inside a line, not only as a whole line.
INLINE_CHROME = re.compile(r"\s*\[?\[email\s*protected\]\]?", re.IGNORECASE)


class ChromeFilter:
    """Decides whether a line is site chrome."""

    def __init__(self, extra_patterns: Iterable[str] = ()) -> None:
        patterns = (*DEFAULT_CHROME_PATTERNS, *extra_patterns)
        self._regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.UNICODE)

    def is_chrome(self, line: str) -> bool:
        return self._regex.fullmatch(line.strip()) is not None
