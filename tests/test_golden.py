"""The sample site, built and compared file by file with tests/golden/sample/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, Project, tree_differences

GOLDEN = ROOT / "tests" / "golden" / "sample"


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_sample_site_matches_golden(sample_copy, request: pytest.FixtureRequest) -> None:
    project: Project = sample_copy()
    project.build()
    built = tree(project.output)
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(project.output, GOLDEN)
        pytest.skip("golden files rewritten; review and commit tests/golden/")
    expected = tree(GOLDEN)
    assert sorted(built) == sorted(expected), "set of output files differs from tests/golden/"
    different = [name for name in expected if built[name] != expected[name]]
    assert not different, f"differs from golden (run `make golden` to review): {different[:10]}"


def test_two_builds_are_byte_identical(sample_copy, tmp_path: Path) -> None:
    project: Project = sample_copy()
    first = tmp_path / "first"
    second = tmp_path / "second"
    project.build(out=first)
    project.build(out=second)
    assert tree_differences(tree(first), tree(second)) == []
    assert len(tree(first)) > 50
