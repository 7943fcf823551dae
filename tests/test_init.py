"""`digest init`: a working site from the package's data files; never overwriting a file."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import digest
from digest.cli import main
from digest.starter import LANGUAGES, MODELINE, STARTER, WORKFLOW, site_files
from tests.conftest import ROOT, SAMPLE_TODAY, Project

STARTER_FILES = [
    ".digest/schemas/config.schema.json",
    ".digest/schemas/notes.schema.json",
    ".github/workflows/pages.yml",
    ".gitignore",
    "README.md",
    "config.yaml",
    "content/articles/example-repair-cafe.txt",
    "content/notes/2025-11-28.yaml",
    "requirements.txt",
]
# The starter's edition is 2025-11-28; any later day publishes it.
AFTER_STARTER = "2025-12-01"


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(arg) for arg in args])


def files_in(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def without_modeline(data: bytes) -> bytes:
    first, _, rest = data.partition(b"\n")
    assert first.startswith(MODELINE.encode()), first
    return rest


@pytest.mark.parametrize("language", LANGUAGES)
def test_init_writes_a_site_that_check_strict_passes_and_builds(tmp_path: Path, language: str) -> None:
    site = tmp_path / "site"
    result = invoke("init", site, "--language", language)
    assert result.exit_code == 0, result.output
    assert sorted(files_in(site)) == STARTER_FILES
    assert f"Wrote {len(STARTER_FILES)} files into {site.as_posix()}/" in result.output
    assert f"Next: cd {site.as_posix()} && digest serve" in result.output

    config = site / "config.yaml"
    checked = invoke("check", "--strict", "--config", config, "--today", AFTER_STARTER)
    assert checked.exit_code == 0, checked.output
    assert "0 errors, 0 warnings" in checked.output
    built = invoke("build", "--config", config, "--today", AFTER_STARTER)
    assert built.exit_code == 0, built.output
    page = (site / "output/articles/example-repair-cafe/index.html").read_text(encoding="utf-8")
    home = (site / "output/index.html").read_text(encoding="utf-8")
    assert 'href="/my-digest/articles/example-repair-cafe/"' in home
    if language == "ko":
        assert '<html lang="ko">' in page and "수리 카페" in page and "예시일보" in page
        assert "나의 뉴스 다이제스트" in home
    else:
        assert '<html lang="en">' in page and "repair café" in page and "Example Gazette" in page
        # The outlet line ends the article: the share prompt after it is chrome.
        assert "Share this article" not in page


def test_the_korean_starting_point_is_korean(tmp_path: Path) -> None:
    files = site_files("ko")
    hangul = re.compile("[가-힣]")
    for name in ("config.yaml", "README.md", "content/notes/2025-11-28.yaml"):
        comments = [line for line in files[name].decode().splitlines() if line.lstrip().startswith("#")]
        assert sum(bool(hangul.search(line)) for line in comments) >= 2, name
    assert b'language: "ko"' in files["config.yaml"]
    assert b'timezone: "Asia/Seoul"' in files["config.yaml"]


def test_init_sample_copies_the_repository_sample(tmp_path: Path) -> None:
    site = tmp_path / "demo"
    result = invoke("init", "--sample", site)
    assert result.exit_code == 0, result.output
    written = files_in(site)
    for path in sorted((ROOT / "content").rglob("*")):
        if path.is_file():
            name = "content/" + path.relative_to(ROOT / "content").as_posix()
            data = written.pop(name)
            expected = path.read_bytes()
            assert (without_modeline(data) if name.startswith("content/notes/") else data) == expected, name
    assert without_modeline(written.pop("config.yaml")) == (ROOT / "config.yaml").read_bytes()
    # The rest is what every new site gets, the English README included.
    assert sorted(written) == sorted(
        name for name in STARTER_FILES if not name.startswith("content/") and name != "config.yaml"
    )
    checked = invoke("check", "--strict", "--config", site / "config.yaml", "--today", SAMPLE_TODAY)
    assert checked.exit_code == 0, checked.output


def test_sample_and_language_do_not_mix(tmp_path: Path) -> None:
    result = invoke("init", "--sample", "--language", "ko", tmp_path / "x")
    assert result.exit_code == 2
    assert "--sample writes the sample site as it is" in result.output
    assert not (tmp_path / "x").exists()


def test_the_languages_are_the_starter_folders() -> None:
    assert sorted(LANGUAGES) == sorted(p.name for p in STARTER.iterdir() if p.name != "common")


def test_init_refuses_a_folder_with_files_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "notes").mkdir(parents=True)
    (site / "notes/todo.txt").write_text("mine\n")
    (site / "config.yaml").write_text("title: mine\n")
    before = files_in(site)
    result = CliRunner().invoke(main, ["init", str(site)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{site.as_posix()}: not empty (config.yaml, notes); digest init writes into an empty folder, "
        "or with --force adds the files that are missing and leaves the others as they are"
    ]
    assert files_in(site) == before
    assert sorted(p.name for p in site.iterdir()) == ["config.yaml", "notes"]


def test_a_folder_holding_only_git_counts_as_empty(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git/HEAD").write_text("ref: refs/heads/main\n")
    result = invoke("init", tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "config.yaml").is_file()
    assert (tmp_path / ".git/HEAD").read_text() == "ref: refs/heads/main\n"


def test_init_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("init")
    assert result.exit_code == 0, result.output
    assert "Wrote 9 files into ./" in result.output
    assert "Next: digest serve" in result.output
    assert sorted(files_in(tmp_path)) == STARTER_FILES


def test_init_refuses_a_file(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.write_text("a file\n")
    result = CliRunner().invoke(main, ["init", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"{target.as_posix()}: exists and is not a folder\n"
    assert target.read_text() == "a file\n"


def test_init_refuses_a_dangling_link(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.symlink_to(tmp_path / "nowhere")
    result = CliRunner().invoke(main, ["init", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"{target.as_posix()}: is a link to nothing\n"
    assert not (tmp_path / "nowhere").exists()


def test_force_adds_what_is_missing_and_overwrites_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    mine = {
        "config.yaml": b"title: mine\n",
        "README.md": b"# Mine\n",
        # A file where init wants a folder: what would go inside is left out.
        ".github": b"not a folder\n",
    }
    for name, data in mine.items():
        (site / name).write_bytes(data)
    os.symlink(tmp_path / "elsewhere.txt", site / "requirements.txt")  # a dangling link

    result = invoke("init", "--force", site)
    assert result.exit_code == 0, result.output
    assert "Left 4 files that were there as they were:" in result.output
    for name in (".github/workflows/pages.yml", "README.md", "config.yaml", "requirements.txt"):
        assert f"\n  {name}\n" in result.output.split("Left")[1]
    for name, data in mine.items():
        assert (site / name).read_bytes() == data
    assert not (tmp_path / "elsewhere.txt").exists()
    assert (site / "content/articles/example-repair-cafe.txt").is_file()
    assert (site / ".gitignore").is_file()

    # A second run adds nothing and changes nothing.
    before = files_in(site)
    again = invoke("init", "--force", site)
    assert again.exit_code == 0, again.output
    assert "Wrote 0 files" in again.output
    assert files_in(site) == before


def test_the_workflow_is_the_repository_s_installing_the_pinned_release(tmp_path: Path) -> None:
    files = site_files()
    repository = (ROOT / WORKFLOW).read_text(encoding="utf-8").splitlines()
    written = files[WORKFLOW].decode().splitlines()
    changed = [(a, b) for a, b in zip(repository, written, strict=True) if a != b]
    # Each job that installs digest (the build, the WebSub ping) installs the release.
    assert changed == 2 * [
        (
            "        run: python -m pip install -c constraints.txt .",
            "        run: python -m pip install -r requirements.txt",
        )
    ]
    pins = [line for line in files["requirements.txt"].decode().splitlines() if not line.startswith("#")]
    assert pins == [f"{digest.DISTRIBUTION}=={digest.__version__}"]
    assert files[".gitignore"].decode().splitlines()[1:3] == ["/output/", "/.digest-cache/"]
    assert f"https://pypi.org/project/{digest.DISTRIBUTION}/" in files["README.md"].decode()


def test_every_yaml_file_names_its_schema_by_a_path_that_exists(tmp_path: Path) -> None:
    for args in ([], ["--language", "ko"], ["--sample"]):
        site = tmp_path / "-".join(["site", *args])
        assert invoke("init", site, *args).exit_code == 0
        yamls = [site / "config.yaml", *sorted((site / "content/notes").glob("*.yaml"))]
        assert len(yamls) >= 2
        for path in yamls:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith(MODELINE), path
            schema = (path.parent / first.removeprefix(MODELINE)).resolve()
            expected = "config" if path.name == "config.yaml" else "notes"
            assert schema == (site / f".digest/schemas/{expected}.schema.json").resolve()


def test_new_writes_the_modeline_in_a_site_init_made(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert invoke("init", site).exit_code == 0
    config = site / "config.yaml"
    edition = invoke("new", "edition", "2025-12-05", "--config", config)
    assert edition.exit_code == 0, edition.output
    note = invoke("new", "note", "example-repair-cafe", "--edition", "2025-12-05", "--config", config)
    assert note.exit_code == 1  # the example already has its note
    (site / "content/articles/second.txt").write_bytes(
        (site / "content/articles/example-repair-cafe.txt")
        .read_bytes()
        .replace(b"40 appliances", b"41 lamps")
    )
    note = invoke("new", "note", "second", "--edition", "2025-12-05", "--config", config)
    assert note.exit_code == 0, note.output
    for name in ("2025-12-05.yaml", "2025-12-05-second.yaml"):
        text = (site / "content/notes" / name).read_text(encoding="utf-8")
        assert text.startswith(f"{MODELINE}../../.digest/schemas/notes.schema.json\n# "), text
    checked = invoke("check", "--config", config, "--today", "2025-12-05")
    assert checked.exit_code == 0, checked.output


def test_new_writes_no_modeline_without_the_schema(project: Project) -> None:
    project.write("content/articles/.keep", "")
    result = invoke("new", "edition", "2025-12-05", "--config", project.config_path)
    assert result.exit_code == 0, result.output
    text = (project.root / "content/notes/2025-12-05.yaml").read_text(encoding="utf-8")
    assert text.startswith("# The edition of 2025-12-05")
