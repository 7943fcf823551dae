"""The text of the build report and of `digest check`, as lines; the CLI prints them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from digest.build import BuildResult
from digest.check import CheckResult
from digest.content.hygiene import Finding, grouped
from digest.errors import Problem, shown_path
from digest.text import plural


def build_report(result: BuildResult, root: Path, verbose: bool = False) -> list[str]:
    site = result.site
    notes = len(site.items) + len(site.held_back)
    lines = [
        f"Built {site.config.title} into {shown_path(result.output, root)}/ in {result.seconds:.2f} s",
        f"  articles  {len(site.articles)}",
        f"  notes     {notes} ({len(site.items)} published, {len(site.held_back)} held back)",
        f"  editions  {len(site.editions)}",
        f"  pages     {result.pages}",
        f"  feeds     {result.feeds}",
        f"  files     {result.files}",
    ]
    if site.held_back:
        lines.append(result.held_back_summary)
        for held in site.held_back:
            note = held.note
            where = f"{shown_path(note.path, root)}:{note.line}"
            lines.append(f"  {note.article_id}: {held.reason} ({where})")
    if site.unnoted:
        lines.append(f"Not published (no note): {plural(len(site.unnoted), 'article')}")
        lines.extend(f"  {article.id} ({shown_path(article.path, root)})" for article in site.unnoted)
    lines.extend(warning_lines(result.warnings, root, verbose))
    return lines


def warning_lines(warnings: Sequence[Finding], root: Path, verbose: bool) -> list[str]:
    """Warnings by kind: counted, and listed one by one when verbose."""
    if not warnings:
        return ["Warnings: none"]
    lines = [f"Warnings: {len(warnings)}" + ("" if verbose else " (digest check, or --verbose, lists them)")]
    for kind, findings in grouped(list(warnings)).items():
        lines.append(f"  {kind}: {len(findings)}")
        if verbose:
            lines.extend(f"    {finding.format(root)}" for finding in findings)
    return lines


def problem_lines(problems: Sequence[Problem], root: Path) -> list[str]:
    return [problem.format(root) for problem in problems]


def check_report(result: CheckResult, root: Path, strict: bool) -> list[str]:
    """Errors first, then warnings grouped by kind, each group with its count."""
    lines: list[str] = []
    if result.errors:
        lines.append(f"errors ({len(result.errors)}):")
        lines.extend(f"  {line}" for line in problem_lines(result.errors, root))
    for kind, findings in grouped([*result.broken, *result.warnings]).items():
        lines.append(f"{kind} ({len(findings)}):")
        lines.extend(f"  {finding.format(root)}" for finding in findings)
    counts = [plural(len(result.errors), "error")]
    if result.links is not None:
        counts.append(f"{plural(len(result.broken), 'dead link')} among {result.links}")
    counts.append(plural(len(result.warnings), "warning"))
    if result.failed(strict):
        alone = strict and not result.errors and not result.broken
        verdict = "failed" + (" (--strict: warnings fail)" if alone else "")
    else:
        verdict = "passed"
    lines.append(f"check {verdict}: {', '.join(counts)}")
    return lines
