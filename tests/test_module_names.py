"""No module of digest binds one top-level name twice.

The raw reader's modules hold hundreds of patterns and thresholds as module constants. A
second `_NAME = ...` further down a module silently replaces the first for every function
that reads it, at import, before any of them runs: stop 55 found three such pairs (one
changed a threshold an older rule reads). Ruff does not flag a reassigned constant, so this
test does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "digest"


def _bound_twice(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for each top-level name a module binds again."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE))
)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_constant_bound_again() -> None:
    source = "import re\n_A = re.compile('x')\n\ndef f():\n    return _A\n\n_A = re.compile('y')\n"
    assert _bound_twice(source) == [("_A", 2, 7)]
