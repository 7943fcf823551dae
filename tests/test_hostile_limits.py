"""Input at the edges of what a file system and a datetime can hold, and disks that
refuse to be written: a one-line error naming the file (and line) or the folder, exit
status 1, output/ as it was; never a traceback (issue 19, items 7 and 8)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result

from digest.build import load_site
from digest.cli import main
from digest.content.readers.dates import parse_datetime
from digest.incremental import storage as picklefile
from digest.incremental import tree as treesync
from tests.conftest import BASE_CONFIG, SAMPLE_TODAY, Project
from tests.test_hostile_inputs import assert_fails_cleanly, leftovers, snapshot
from tests.test_incremental import assert_same_as_cold

NOTE = 'article: "{id}"\nedition: "2025-11-19"\nsection: tech\nrank: 1\n'
SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def built(project: Project) -> Project:
    project.build()
    return project


def cli(project: Project, command: str = "build", *args: str) -> Result:
    """The command, printing only problems when it is `build` (`-q`)."""
    quiet = ["-q"] if command == "build" else []
    return CliRunner().invoke(
        main,
        [command, "--config", str(project.config_path), "--today", SAMPLE_TODAY.isoformat(), *quiet, *args],
    )


def problem_lines(result: Result) -> list[str]:
    """What the CLI printed before its summary line; no traceback ever."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.output.splitlines()[:-1]


# --- dates and time zone offsets --------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2025-11-19 18:40 +25:00", "19 Nov. 2025, 18:40 +25:00", "2025-11-19 18:40 +14:30",
             "2025-11-19 18:40 -15:00", "2025-11-19 18:40 UTC+25", "2025-11-19T18:40:00+2500",
             "2025-11-19 18:40 +09:60"],
)  # fmt: skip
def test_an_impossible_offset_is_not_read_at_all(text: str) -> None:
    assert parse_datetime(text, SEOUL) is None


@pytest.mark.parametrize("offset", ["+14:00", "-12:00", "+05:45", "-09:30"])
def test_the_widest_real_offsets_are_read(offset: str) -> None:
    sign = 1 if offset[0] == "+" else -1
    hours, minutes = map(int, offset[1:].split(":"))
    expected = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    assert parse_datetime(f"2025-11-19 18:40 {offset}", SEOUL) == dt.datetime(
        2025, 11, 19, 18, 40, tzinfo=expected
    )


@pytest.mark.parametrize(
    ("line", "field"),
    [
        # Read as Seoul time before, silently.
        ("Updated: 19 Nov. 2025, 18:40 +25:00", "updated"),
        ("Published: 2025-11-19 15:15 -15:00", "published"),
        # OverflowError before: no UTC moment to convert to.
        ("Published: 0001-01-01 00:30 +14:00", "published"),
        ("Published: 9999-12-31 23:59", "published"),
        ("Updated: 9999-12-31 23:59 -05:00", "updated"),
    ],
)
def test_a_raw_stamp_that_cannot_be_placed_in_time_is_a_warning(
    built: Project, line: str, field: str
) -> None:
    """Never read as some other moment: the stamp is left out, with a warning at its line
    (a raw file is read with what can be read; only a file without a body is refused)."""
    built.article("odd.txt", f" date 2025-11-19 An odd stamp\nPublished: 2025-11-19 15:15\n{line}\nBody.\n")
    built.note("odd.yaml", NOTE.format(id="odd"))
    built.build()
    site = load_site(built.config(), SAMPLE_TODAY)
    article = next(a for a in site.articles if a.id == "odd")
    assert article.published == dt.datetime(2025, 11, 19, 15, 15, tzinfo=SEOUL)
    assert article.updated is None
    printed = line.split(": ", 1)[1]
    expected = f"content/articles/odd.txt:3: {field}: cannot read the date and time {printed!r}"
    assert expected in [problem.format(built.root) for problem in article.warnings]


def test_a_markdown_date_out_of_range_is_an_error_with_its_line(built: Project) -> None:
    path = built.article(
        "far.md",
        "---\ntitle: Far away\ndate: 2025-11-19\npublished: 9999-12-31T23:59:59\n"
        'updated: "0001-01-01T00:00:00+14:00"\n---\nBody.\n',
    )
    built.note("far.yaml", NOTE.format(id="far"))
    error = assert_fails_cleanly(built, "out of range", path)
    lines = [problem.format(built.root) for problem in error.problems]
    assert lines[:2] == [
        "content/articles/far.md:4: published: 9999-12-31T23:59:59+09:00 is out of range: "
        "expected a moment between 0001-01-02 and 9999-12-30 (UTC)",
        "content/articles/far.md:5: updated: 0001-01-01T00:00:00+14:00 is out of range: "
        "expected a moment between 0001-01-02 and 9999-12-30 (UTC)",
    ]


@pytest.mark.parametrize("edition", ["0001-01-01", "9999-12-31"])
def test_an_edition_date_at_the_end_of_time_is_an_error(built: Project, edition: str) -> None:
    built.article("far.txt", " date 2025-11-19 Far away\nBody.\n")
    path = built.note("far.yaml", NOTE.format(id="far").replace("2025-11-19", edition))
    error = assert_fails_cleanly(built, "out of range", path)
    assert [problem.format(built.root) for problem in error.problems] == [
        f"content/notes/far.yaml:2: edition: {edition} is out of range: "
        "expected a date between 0001-01-02 and 9999-12-30"
    ]


def test_the_cli_reports_a_date_out_of_range_on_one_line(built: Project) -> None:
    built.article("far.md", "---\ntitle: Far\ndate: 2025-11-19\npublished: 9999-12-31T23:59:59\n---\nBody.\n")
    built.note("far.yaml", NOTE.format(id="far"))
    before = snapshot(built.output)
    lines = problem_lines(cli(built))
    assert lines == [
        "content/articles/far.md:4: published: 9999-12-31T23:59:59+09:00 is out of range: "
        "expected a moment between 0001-01-02 and 9999-12-30 (UTC)",
    ]
    assert snapshot(built.output) == before


def test_today_at_the_end_of_time_is_refused_as_an_option(project: Project) -> None:
    result = CliRunner().invoke(
        main, ["new", "edition", "--config", str(project.config_path), "--today", "9999-12-31"]
    )
    assert result.exit_code == 2 and "expected a date between 0001-01-02 and 9999-12-30" in result.output


# --- names too long for a folder ---------------------------------------------------------


def test_a_tag_too_long_for_a_folder_name_is_an_error(built: Project) -> None:
    path = built.root / "content/notes/2025-11-19.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('tags: ["transport", "seoul"]', f'tags: ["transport", "{"x" * 300}"]'))
    error = assert_fails_cleanly(built, "tags", path)
    assert [problem.format(built.root) for problem in error.problems] == [
        "content/notes/2025-11-19.yaml:5: tags: tag 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...': "
        "its URL slug is 300 bytes of UTF-8, over the limit of 200; shorten it"
    ]


def test_a_tag_at_the_limit_is_published(project: Project) -> None:
    path = project.root / "content/notes/2025-11-19.yaml"
    tag = "교통" * 33  # 66 syllables, 198 bytes
    path.write_text(path.read_text(encoding="utf-8").replace('"seoul"', f'"{tag}"'), encoding="utf-8")
    project.build()
    assert (project.output / "tags" / tag / "index.html").is_file()


def test_a_file_name_whose_slug_is_too_long_is_an_error(built: Project) -> None:
    # 244 bytes: a name the disk holds, whose slug ('ⱥ' is 3 bytes, 'Ⱥ' 2) would not be.
    path = built.article("Ⱥ" * 120 + ".txt", " date 2025-11-19 Long name\nBody.\n")
    error = assert_fails_cleanly(built, "the file name is too long", path)
    assert [problem.message for problem in error.problems] == [
        "the file name is too long: its URL slug is 360 bytes of UTF-8, over the limit of 200; rename the file"
    ]


def test_a_section_id_too_long_for_a_folder_name_is_an_error(project: Project) -> None:
    long_id = "s" * 300
    project.write("config.yaml", BASE_CONFIG.replace("id: tech", f"id: {long_id}"))
    lines = problem_lines(cli(project))
    assert lines == [
        "config.yaml:10: sections.id: too long: its URL slug is 300 bytes of UTF-8, over the limit of 200"
    ]


# --- file names that are not UTF-8 -------------------------------------------------------


def _non_utf8_names(project: Project) -> None:
    articles = os.fsencode(project.root / "content/articles")
    with open(articles + b"/bad\xffname.txt", "wb") as file:
        file.write((project.root / "content/articles/night-buses.txt").read_bytes())
    os.mkdir(os.fsencode(project.root / "content/notes") + b"/dir\xfe")


NON_UTF8 = [
    "content/articles: the name 'bad\\xffname.txt' is not valid UTF-8; rename it",
    "content/notes: the name 'dir\\xfe' is not valid UTF-8; rename it",
]


def test_a_file_name_that_is_not_utf8_fails_the_build_on_one_line(built: Project) -> None:
    _non_utf8_names(built)
    before = snapshot(built.output)
    assert problem_lines(cli(built)) == NON_UTF8
    assert snapshot(built.output) == before


def test_a_file_name_that_is_not_utf8_fails_the_check_on_one_line(project: Project) -> None:
    _non_utf8_names(project)
    result = cli(project, "check")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    for line in NON_UTF8:
        assert f"  {line}\n" in result.output


# --- links to content folders ------------------------------------------------------------


def test_an_articles_folder_linked_from_outside_the_project_is_refused(
    built: Project, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.move(built.root / "content/articles", elsewhere)
    link = built.root / "content/articles"
    link.symlink_to(elsewhere, target_is_directory=True)
    error = assert_fails_cleanly(built, "refusing a content folder that leads outside the project", link)
    assert (
        f"content/articles: refusing a content folder that leads outside the project folder, to {elsewhere}"
        in [problem.format(built.root) for problem in error.problems]
    )


def test_a_content_folder_linked_from_outside_the_project_is_refused(built: Project, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.move(built.root / "content", elsewhere)
    link = built.root / "content"
    link.symlink_to(elsewhere, target_is_directory=True)
    before = snapshot(built.output)
    assert problem_lines(cli(built)) == [
        f"content: refusing a content folder that leads outside the project folder, to {elsewhere / kind}"
        for kind in ("articles", "notes")
    ]
    assert snapshot(built.output) == before


def test_a_content_folder_linked_from_inside_the_project_is_read(project: Project) -> None:
    shutil.move(project.root / "content", project.root / "drafts")
    (project.root / "content").symlink_to("drafts", target_is_directory=True)
    result = project.build()
    assert [item.id for item in result.site.items] == ["night-buses"]


# --- a full or read-only disk ------------------------------------------------------------


def _full_disk(*_: object, **__: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as write() raises it: no file named


class _FullFile:
    """A file opened on a full disk: it is created, and every write fails."""

    def __init__(self, path: str, mode: str) -> None:
        self.file = open(path, mode)  # noqa: SIM115 (closed by __exit__)

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *_: object) -> None:
        self.file.close()

    write = staticmethod(_full_disk)


def _edit_note(project: Project) -> None:
    path = project.root / "content/notes/2025-11-19.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Three new routes.", "Four new routes."))


def test_a_full_disk_fails_the_build_on_one_line_and_keeps_output(
    built: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _edit_note(built)
    before = snapshot(built.output)
    with monkeypatch.context() as patched:
        patched.setattr(treesync, "open", _FullFile, raising=False)  # the staging tree's files
        patched.setattr(picklefile, "write", _full_disk)  # the manifest a failed build saves
        lines = problem_lines(cli(built))
    assert len(lines) == 1 and lines[0].startswith(".digest-cache/spare-output/"), lines
    assert lines[0].endswith(": No space left on device (ENOSPC)")
    assert snapshot(built.output) == before
    assert leftovers(built) == []
    # With room again, the next build is as good as a cold one.
    assert cli(built).exit_code == 0
    assert "Four new routes." in built.read("index.html")
    assert_same_as_cold(built, tmp_path)


def test_a_full_disk_without_the_cache_names_the_staging_file(
    built: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_note(built)
    before = snapshot(built.output)
    monkeypatch.setattr(treesync, "open", _FullFile, raising=False)
    lines = problem_lines(cli(built, "build", "--no-cache"))
    assert len(lines) == 1 and lines[0].startswith(f".digest-staging-output.{os.getpid()}/"), lines
    assert snapshot(built.output) == before
    assert leftovers(built) == []


@pytest.mark.parametrize("output_deleted", [False, True], ids=["output", "output deleted"])
def test_a_read_only_output_folder_fails_the_swap_on_one_line(
    built: Project, monkeypatch: pytest.MonkeyPatch, output_deleted: bool
) -> None:
    """Where the atomic exchange is missing, staging is renamed into place. With output/
    deleted, the spare tree's copy for the next build is under way then: it goes too."""
    _edit_note(built)
    if output_deleted:
        shutil.rmtree(built.output)
    before = snapshot(built.output) if built.output.exists() else None
    output = built.output.resolve()
    rename = Path.rename

    def read_only(self: Path, target: str | Path) -> Path:
        if output in (Path(self), Path(target)):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return rename(self, target)

    monkeypatch.setattr(treesync, "exchange", lambda a, b: False)  # as where renameat2 is missing
    monkeypatch.setattr(Path, "rename", read_only)
    lines = problem_lines(cli(built))
    assert lines == [
        ".digest-cache/spare-output: Read-only file system (EROFS)"
        if output_deleted
        else "output: Read-only file system (EROFS)"
    ]
    assert (snapshot(built.output) if built.output.exists() else None) == before
    assert leftovers(built) == []


def test_a_full_disk_after_the_swap_costs_only_the_spare_tree(
    project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The spare tree is made after the new output is in place: failing to make it is no
    reason to call the build failed."""
    monkeypatch.setattr(treesync, "clone", _full_disk)
    monkeypatch.setattr(picklefile, "write", _full_disk)
    result = cli(project)
    assert result.exit_code == 0, result.output
    assert "Three new routes." in project.read("index.html")
    monkeypatch.undo()
    _edit_note(project)
    assert cli(project).exit_code == 0
    assert_same_as_cold(project, tmp_path)


def _as_another_user() -> list[str] | None:
    """How to run a command without the right to write a root-owned folder: as is when
    not root, under `setpriv` as nobody when root (root writes anywhere); None if neither."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


def test_a_project_folder_the_user_cannot_write_is_one_line(project: Project) -> None:
    prefix = _as_another_user()
    if prefix is None:
        pytest.skip("root, and no setpriv to drop the right to write")
    # Outside pytest's temporary folder, which only its owner may enter.
    holder = Path(tempfile.mkdtemp(prefix="digest-read-only-"))
    try:
        shutil.copytree(project.root, holder / "site")
        project = Project(holder / "site")
        project.build()
        _edit_note(project)
        before = snapshot(project.output)
        for path in [holder, *holder.rglob("*")]:
            readable = stat.S_IROTH | (stat.S_IXOTH if path.is_dir() else 0)
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) | readable)
        # The other user must reach this interpreter and the clone's digest; a clone
        # under a folder only its owner may enter (mktemp -d) hides them from it.
        reach = subprocess.run(
            [*prefix, sys.executable, "-c", "import digest"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if reach.returncode != 0:
            pytest.skip(f"the other user cannot import digest here: {reach.stderr.strip()[-200:]}")
        command = ["build", "--config", str(project.config_path), "--today", SAMPLE_TODAY.isoformat()]
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "digest", *command],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        assert done.stderr.splitlines() == [
            ".digest-cache/lock: Permission denied (EACCES)",
            "Build failed: 1 problem; output/ was not changed.",
        ]
        assert snapshot(project.output) == before
    finally:
        for path in [holder, *holder.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
        shutil.rmtree(holder)
