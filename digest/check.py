"""`digest check`: everything a build validates, without writing, plus editorial hygiene."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from digest.build import editorial_checks, load_site, render_changed
from digest.config import Config
from digest.content.hygiene import Finding
from digest.errors import DigestError, Problem


@dataclass(frozen=True)
class CheckResult:
    errors: tuple[Problem, ...]
    warnings: tuple[Finding, ...]
    broken: tuple[Finding, ...] = ()  # dead links (`check --links`): they fail the check
    links: int | None = None  # how many links `check --links` followed; None: not asked

    def failed(self, strict: bool) -> bool:
        return bool(self.errors) or bool(self.broken) or (strict and bool(self.warnings))


def run_check(config: Config, today: dt.date) -> CheckResult:
    """Load, validate and render the site in memory; hygiene only runs on a valid site."""
    try:
        site = load_site(config, today)
        render_changed(site)  # template problems surface here, exactly as in a build
    except DigestError as error:
        return CheckResult(tuple(error.problems), ())
    return CheckResult((), tuple(editorial_checks(site, config.cache_path)))
