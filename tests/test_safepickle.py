"""`digest.safepickle`: the cache's pickles make plain data and digest's own dataclasses,
and nothing a hostile file names gets called or changed."""

from __future__ import annotations

import copyreg
import dataclasses
import datetime as dt
import pickle
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from digest.build import load_site
from digest.content.model import Article, EditionInfo, Image, ImageFile, Note
from digest.content.notes import NoteFile, ParsedNote
from digest.errors import Problem
from digest.incremental import safepickle
from digest.incremental import storage as picklefile
from digest.incremental.contentstore import _Entry
from digest.incremental.tree import Record
from tests.conftest import SAMPLE_TODAY, Project
from tests.hostile_pickles import Call, payloads

CONTENT = (_Entry, Article, NoteFile, ParsedNote, Note, EditionInfo, Image, ImageFile)


def _text(value: str) -> bytes:
    data = value.encode()
    return b"\x8c" + bytes([len(data)]) + data  # SHORT_BINUNICODE


def _global(module: str, name: str) -> bytes:
    return _text(module) + _text(name) + b"\x93"  # STACK_GLOBAL


PROTO = b"\x80\x04"


def test_each_payload_runs_when_plainly_unpickled(tmp_path: Path) -> None:
    """The payloads below are live: `pickle.loads` (what the cache used) runs them."""
    for name, data in payloads(tmp_path / "marker").items():
        pickle.loads(data)
        assert (tmp_path / "marker").exists(), name
        (tmp_path / "marker").unlink()


def test_the_sample_sites_content_comes_back_equal(sample_copy) -> None:
    project: Project = sample_copy()
    site = load_site(project.config(), SAMPLE_TODAY, cache=False)
    notes = [item.note for item in site.items]
    for note in notes[:3]:
        assert note.digest  # a cached property, kept with the note
    data = safepickle.dumps((site.articles, notes), CONTENT)
    paths = {str(article.path): article.path for article in site.articles}
    articles, loaded_notes = safepickle.loads(data, CONTENT, paths)
    assert (articles, loaded_notes) == (site.articles, notes)
    assert all(a.path is b.path for a, b in zip(articles, site.articles, strict=True))
    assert [n.__dict__.get("digest") for n in loaded_notes] == [n.__dict__.get("digest") for n in notes]
    zones = {a.published.tzinfo for a in articles if a.published}
    assert ZoneInfo("Asia/Seoul") in zones


def test_what_cannot_be_loaded_is_never_written(tmp_path: Path) -> None:
    for value in (lambda: None, tmp_path, object(), ZoneInfo.from_file):
        with pytest.raises(pickle.PicklingError):
            safepickle.dumps(value)
    article = Article("a", tmp_path, "h", dt.date(2025, 1, 1), None, None, (), "", "", "")
    with pytest.raises(pickle.PicklingError):  # Article is not among the allowed types
        safepickle.dumps(article)


@pytest.mark.parametrize("payload", ["os.system", "builtins.eval", "subprocess", "importlib+getattr"])
def test_a_hostile_pickle_is_refused_and_runs_nothing(tmp_path: Path, payload: str) -> None:
    marker = tmp_path / "marker"
    with pytest.raises(safepickle.Refused) as refused:
        safepickle.loads(payloads(marker)[payload], CONTENT)
    assert refused.value.foreign
    assert refused.value.reason.startswith("holds a reference to ")
    assert not marker.exists()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (pickle.dumps(Call(copyreg._reconstructor, object, object, None)), "copyreg._reconstructor"),
        (pickle.dumps(Call(getattr, ZoneInfo, "from_file")), "builtins.getattr"),
        (PROTO + _global("digest.cli", "main") + b")R.", "digest.cli.main"),
        # The reconstructor asked for something that is no allowed dataclass.
        (
            PROTO
            + _global("digest.incremental.safepickle", "rebuild")
            + _text("builtins.eval")
            + b")}\x87R.",
            "'builtins.eval'",
        ),
    ],
    ids=["copyreg", "getattr", "a-digest-function", "rebuild-of-eval"],
)
def test_only_the_allowed_names_are_called(data: bytes, reason: str) -> None:
    with pytest.raises(safepickle.Refused, match=reason):
        safepickle.loads(data, CONTENT)


def test_a_dataclass_named_directly_is_stale_and_its_class_stays_untouched() -> None:
    """The cache before this format named `digest.model.Article`: a file that does is
    not this version's, and a BUILD aimed at the class (which would set class
    attributes for the rest of the run) never gets the class."""
    state = b"N}" + _text("__eq__") + _global("datetime", "date") + b"s\x86"
    data = PROTO + _global("digest.model", "Article") + state + b"b."
    before = dict(vars(Article))
    with pytest.raises(safepickle.Refused) as refused:
        safepickle.loads(data, CONTENT)
    assert not refused.value.foreign
    assert dict(vars(Article)) == before


def test_a_build_aimed_at_an_allowed_type_changes_nothing() -> None:
    """The date and time types the files may name are immutable: setting an attribute
    of `datetime.date` (its `today`, say) fails."""
    state = b"N}" + _text("today") + _global("datetime", "date") + b"s\x86"
    with pytest.raises(TypeError):
        safepickle.loads(PROTO + _global("datetime", "date") + state + b"b.")
    assert dt.date.today() == dt.datetime.now().date()


def test_a_build_aimed_at_the_reconstructor_changes_only_this_loads_copy() -> None:
    state = b"}" + _text("marker") + b"\x88s"  # {"marker": True}
    made = safepickle.loads(PROTO + _global("digest.incremental.safepickle", "rebuild") + state + b"b.")
    assert made is not safepickle.rebuild and made.marker is True
    assert not hasattr(safepickle.rebuild, "marker")


def test_the_listings_paths_never_reach_the_file(tmp_path: Path) -> None:
    """A Path field gets the caller's Path object, inside the dataclass only: the file
    cannot aim a BUILD at it (to make it name another file). A BUILD aimed at the note
    holding it can only change that note."""
    shared = tmp_path / "content" / "a.txt"
    note = Note("a", shared, 1, dt.date(2025, 1, 1), "s", 1, "", "")
    stored = safepickle.dumps(note, (Note,)).removesuffix(b".")
    replace_path = b"}" + _text("path") + _text("/etc/passwd") + b"s"
    with pytest.raises(dataclasses.FrozenInstanceError):  # as slot state: setattr, refused
        safepickle.loads(stored + b"N" + replace_path + b"\x86b.", (Note,), {str(shared): shared})
    loaded = safepickle.loads(stored + replace_path + b"b.", (Note,), {str(shared): shared})
    assert loaded.path == "/etc/passwd"  # what the file could have stored anyway
    assert str(shared) == str(tmp_path / "content" / "a.txt") and shared.name == "a.txt"


def test_a_time_zone_is_made_by_its_key_alone() -> None:
    assert safepickle.loads(safepickle.dumps(ZoneInfo("Asia/Seoul"))) is ZoneInfo("Asia/Seoul")
    traversal = PROTO + _global("zoneinfo", "ZoneInfo") + _text("../../../../etc/passwd") + b"\x85R."
    with pytest.raises(ValueError):
        safepickle.loads(traversal)


def test_a_persistent_reference_is_refused() -> None:
    with pytest.raises(safepickle.Refused):
        safepickle.loads(PROTO + _text("x") + b"Q.")


def _a_tuple(value: object) -> tuple[object, ...]:
    if not isinstance(value, tuple):
        raise picklefile.WrongShape
    return value


def test_records_go_through_a_table_and_come_back_equal() -> None:
    records = [
        Record("f" * 64, ("items",), "k", n % 2 == 0, 100 + n, 10**18 + n, 5000 + n, "d" * 32)
        for n in range(50)
    ]
    table = safepickle.rows(records, Record)
    assert all(type(row) is tuple for row in table)
    assert safepickle.from_rows(Record, safepickle.loads(safepickle.dumps(table))) == records


@pytest.mark.parametrize(
    "table",
    [("a tuple",), [("short",)], [["a", "list", "not", "a", "tuple", "of", "seven"]], ["text"]],
    ids=["not-a-list", "short-row", "list-row", "text-row"],
)
def test_a_table_of_another_shape_is_refused(table: object) -> None:
    with pytest.raises(safepickle.Refused):
        safepickle.from_rows(Record, table)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, None),
        (b"", "ignored: damaged (truncated)"),
        (b"\x80\x05\x95\xff\xff", "ignored: damaged (pickle data was truncated)"),
        (pickle.dumps(["a list"]), "ignored: not written by this version of digest"),
        (pickle.dumps(Call(eval, "1")), "refused: holds a reference to builtins.eval"),
    ],
    ids=["missing", "empty", "truncated", "another-shape", "hostile"],
)
def test_a_small_cache_file_is_read_or_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, reason: str | None
) -> None:
    path = tmp_path / "file.pickle"
    if content is not None:
        path.write_bytes(content)
    assert picklefile.read(path, parse=_a_tuple) is None
    assert capsys.readouterr().err == (f"{path}: {reason}\n" if reason else "")
    picklefile.write(path, ("good",))
    assert picklefile.read(path) == ("good",)
    assert capsys.readouterr().err == ""


def test_dateparsers_time_zones_come_back_as_the_same_objects() -> None:
    pytz = pytest.importorskip("pytz")
    zones = [
        pytz.utc,
        pytz.FixedOffset(540),
        pytz.timezone("Etc/GMT+5"),
        pytz.timezone("America/Los_Angeles").localize(dt.datetime(2025, 7, 1)).tzinfo,
    ]
    for zone in zones:
        moment = dt.datetime(2025, 11, 19, 15, 15, tzinfo=zone)
        back = safepickle.loads(safepickle.dumps(moment))
        assert back == moment and back.tzinfo is zone


def _pytz_zone(*args: bytes) -> bytes:
    """A pickle of `pytz_zone(*args)`, the arguments already pickled."""
    return PROTO + _global("digest.incremental.safepickle", "pytz_zone") + b"(" + b"".join(args) + b"tR."


def test_a_pytz_zone_pytz_does_not_have_is_refused_and_not_added() -> None:
    """pytz's own unpickler adds a zone of any offset a file asks for to its database;
    this one only looks up what is there."""
    pytz = pytest.importorskip("pytz")
    seoul = pytz.timezone("Asia/Seoul")
    known = dict(seoul._tzinfos)
    one_second = b"J\x01\x00\x00\x00"  # BININT 1
    with pytest.raises(safepickle.Refused):
        safepickle.loads(_pytz_zone(_text("zone"), _text("Asia/Seoul"), one_second, b"K\x00", _text("XXX")))
    assert dict(seoul._tzinfos) == known
    with pytest.raises(pytz.UnknownTimeZoneError):  # only names of its database
        safepickle.loads(_pytz_zone(_text("zone"), _text("../../../etc/passwd")))


def test_group_records_go_through_tables_and_come_back_equal() -> None:
    from digest.incremental.sinks import GroupRecord
    from digest.incremental.tree import _group_table, _groups
    from digest.render.outputs import Page

    def pages(n: int) -> tuple[tuple[str, Page], ...]:
        return tuple(
            (
                f"r{n}/{i}/index.html",
                Page(f"r{n}/{i}/", dt.date(2025, 1, 1 + i) if i else None, i != 2, "2025-01"),
            )
            for i in range(n % 4)
        )

    groups = {f"g{n}": GroupRecord(f"k{n}", ("items",), "f", (f"r{n}",), pages(n)) for n in range(20)}
    assert _groups(safepickle.loads(safepickle.dumps(_group_table(groups)))) == groups
    names, heads, counts, routes, rows = _group_table(groups)
    with pytest.raises(picklefile.WrongShape):  # counts that do not add up to the pages
        _groups((names, heads, [count + 1 for count in counts], routes, rows))


def test_an_articles_warnings_come_back_with_their_paths_or_none() -> None:
    """A raw article keeps the warnings of what its reader could not read (`Problem`s,
    whose path may be None): both shapes go through the cache and come back equal."""
    path = Path("content/articles/odd.txt")
    problems = (Problem("cannot read the date", path, 3, "updated"), Problem("no file named"))
    article = Article("odd", path, "h", dt.date(2025, 11, 19), None, None, (), "", "", "", warnings=problems)
    loaded = safepickle.loads(safepickle.dumps(article, (*CONTENT, Problem)), (*CONTENT, Problem), {})
    assert loaded == article
    assert loaded.warnings[1].path is None
