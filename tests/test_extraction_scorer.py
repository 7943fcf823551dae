"""The extraction scorer (bench/extraction.py) counts what it should, and can fail.

A tiny corpus in the seed format, which every version of the raw-text reader reads the
same way, has records that are deliberately right and wrong field by field, one chrome
line that leaks (a body paragraph listed as chrome) and others that do not, one file the
reader refuses (binary) and one the build refuses (its note's source_url is not a URL).
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from bench import extraction
from bench.extraction import (
    COLUMNS,
    CorpusError,
    accepted_note_keys,
    check_field,
    lint_corpus,
    load_corpus,
    main,
    score_corpus,
)

SEOUL = dt.timezone(dt.timedelta(hours=9))

FILES = {
    "a-01": """\
         date 2025-11-19 Port adds night shifts
        Published: 19 Nov. 2025, 15:15
        The port said Tuesday it will add night shifts.
        Ships have waited for up to two days at anchor.
        Unions agreed to the extra hours for now.
        Officials expect the queue to clear by April.
        BY KIM MIN-SU [[email protected]]
        with the Pacific Wire
        To write comments, please log in to one of the accounts.
        """,
    "b-01": """\
         date 2025-11-20 Rates hold steady
        Published: 20 Nov. 2025, 10:00
        Updated: 20 Nov. 2025, 12:30
        The central bank held its rate on Thursday.
        Analysts had expected the "pause" & said so.
        Markets barely moved after the decision.
        The next meeting is in January.
        BY LEE JI-HOON, PARK SO-RA [[email protected]]
        with the Hanbit Daily
        """,
    "d-01": """\
         date 2025-11-20 Ferry resumes after storm
        Published: 20 Nov. 2025, 08:00
        The island ferry resumed service on Thursday.
        Passengers had waited two days at the port.
        Extra sailings will run this weekend.
        The operator apologized for the delay.
        BY HAN YU-NA [[email protected]]
        with the Han River Times
        To write comments, please log in to one of the accounts.
        """,
    "e-01": """\
         date 2025-11-21 Library opens at night
        Published: 21 Nov. 2025, 10:00
        The city library will stay open until midnight from December.
        Students asked for longer hours during exam season.
        The trial runs for three months.
        Staff will be added for the late shifts.
        BY CHO EUN-BI [[email protected]]
        with the Han River Times
        To write comments, please log in to one of the accounts.
        Skip to content
        """,
}

RECORDS = {
    # Every field right; published written with another offset (the same instant), the
    # outlet with another case and a leading "The".
    "a-01": """\
        shape: "seed format, all right"
        expected:
          headline: "Port adds night shifts"
          published: "2025-11-19T06:15:00+00:00"
          updated: null
          authors: ["Kim Min-su"]
          outlet: "The PACIFIC wire"
          dateline: null
          first_sentence: "The port said Tuesday it will add night shifts."
          last_sentence: "Officials expect the queue to clear by April."
          chrome:
            - "To write comments, please log in to one of the accounts."
        """,
    # Wrong: headline, updated, authors (order), outlet, dateline, last sentence; and a
    # body paragraph listed as chrome, which leaks. Right: published, first sentence.
    "b-01": """\
        shape: "seed format, deliberately wrong"
        expected:
          headline: "Rates rise"
          published: "2025-11-20T10:00:00+09:00"
          updated: "2025-11-20T12:00:00+09:00"
          authors: ["Park So-ra", "Lee Ji-hoon"]
          outlet: null
          dateline: "SEOUL"
          first_sentence: "The central bank held its rate on Thursday."
          last_sentence: "The meeting is in January."
          chrome:
            - 'Analysts had expected the "pause" & said so.'
        """,
    # Binary: the reader refuses it.
    "c-01": """\
        shape: "binary"
        expected:
          headline: "Anything"
          published: null
          updated: null
          authors: []
          outlet: null
          dateline: null
          first_sentence: "Anything."
          last_sentence: "Anything."
          chrome: []
        """,
    # The reader reads it; the build refuses its note (the source_url is not a URL).
    "d-01": """\
        shape: "note the build refuses"
        note:
          source_url: "not a link"
        expected:
          headline: "Ferry resumes after storm"
          published: "2025-11-20T08:00:00+09:00"
          updated: null
          authors: ["Han Yu-na"]
          outlet: "Han River Times"
          dateline: null
          first_sentence: "The island ferry resumed service on Thursday."
          last_sentence: "The operator apologized for the delay."
          chrome:
            - "To write comments, please log in to one of the accounts."
        """,
    # The note's published time differs from the file's, and wins.
    "e-01": """\
        shape: "note wins"
        note:
          published: "2025-11-21T08:00:00+09:00"
        expected:
          headline: "Library opens at night"
          published: "2025-11-21T08:00:00+09:00"
          updated: null
          authors: ["Cho Eun-bi"]
          outlet: "Han River Times"
          dateline: null
          first_sentence: "The city library will stay open until midnight from December."
          last_sentence: "Staff will be added for the late shifts."
          chrome:
            - "To write comments, please log in to one of the accounts."
            - "Skip to content"  # the theme's own skip link prints it too: never a leak
        """,
}


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for record_id, text in FILES.items():
        (folder / f"{record_id}.txt").write_text(textwrap.dedent(text), encoding="utf-8")
    (folder / "c-01.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 20)
    for record_id, text in RECORDS.items():
        (folder / f"{record_id}.expected.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("tiny") / "corpus")


@pytest.fixture(scope="module")
def scored(tiny: Path) -> extraction.Score:
    return score_corpus(tiny)


def test_fields_are_counted_right_and_wrong(scored: extraction.Score) -> None:
    assert scored.files == 5
    assert scored.right == {
        "headline": 2,
        "published": 3,  # a-01 (same instant, other offset), b-01, e-01 (the note's)
        "updated": 2,
        "authors": 2,
        "outlet": 2,
        "dateline": 2,
        "first_sentence": 3,
        "last_sentence": 2,
        "body_present": 3,
    }
    assert scored.overall == (21, 45)
    wrong_b = {name for record_id, name, _, _ in scored.wrong if record_id == "b-01"}
    assert wrong_b == {"headline", "updated", "authors", "outlet", "dateline", "last_sentence"}


def test_refusals_by_the_reader_and_by_the_build(scored: extraction.Score) -> None:
    assert sorted(scored.refused) == ["c-01", "d-01"]
    assert scored.refused["c-01"].startswith("reader: binary file")
    assert scored.refused["d-01"].startswith("build: expected an http(s) URL")
    refused_wrong = [(i, n) for i, n, _, got in scored.wrong if got == "refused"]
    assert len(refused_wrong) == 2 * len(COLUMNS)


def test_chrome_leaks_are_counted_for_pages_and_feeds(scored: extraction.Score) -> None:
    assert scored.chrome_total == 5
    assert [(i, c) for i, c, _ in scored.page_leaks] == [
        ("b-01", 'Analysts had expected the "pause" & said so.')
    ]
    assert scored.page_leaks[0][2] == "articles/b-01/index.html"
    assert [(i, c) for i, c, _ in scored.feed_leaks] == [
        ("b-01", 'Analysts had expected the "pause" & said so.')
    ]


def test_the_command_prints_one_table_the_list_and_json(tiny: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "score.json"
    assert main(["--corpus", str(tiny), "--list", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "headline             2     5   40.0" in printed
    assert "all fields          21    45   46.7" in printed
    assert "chrome leaked into pages: 1 of 5 (file, string) pairs" in printed
    assert "chrome leaked into feeds: 1 of 5 (file, string) pairs" in printed
    assert "files refused: 2 of 5" in printed
    assert 'b-01: dateline: expected "SEOUL", got null' in printed
    assert (
        "b-01: chrome in page articles/b-01/index.html: 'Analysts had expected the \"pause\" & said so.'"
        in printed
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["fields"]["published"] == {"right": 3, "total": 5}
    assert data["chrome_leaked_feeds"] == 1
    # Deterministic: a second run prints the same.
    assert main(["--corpus", str(tiny)]) == 0
    again = capsys.readouterr().out
    assert again == printed.split("\n\n")[0] + "\n"


def test_a_malformed_record_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    record = corpus / "a-01.expected.yaml"
    text = record.read_text().replace(
        '"To write comments, please log in to one of the accounts."', '"Log in"'
    )
    record.write_text(text)
    line = text.splitlines().index("  chrome:") + 1
    assert main(["--corpus", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err == f"error: {record}:{line}: expected.chrome: 'Log in' is shorter than 12 characters\n"
    )
    record.write_text(text.replace("  dateline: null\n", ""))
    with pytest.raises(CorpusError, match=r"a-01\.expected\.yaml:2: expected\.dateline: required"):
        load_corpus(corpus)


def test_comparisons() -> None:
    got = {
        "outlet": "Pacific Wire",
        "published": dt.datetime(2025, 1, 1, 9, 0, tzinfo=SEOUL),
        "text": "A b.\n\nC d.",
    }
    assert check_field("outlet", "The pacific-wire", got, SEOUL)
    assert not check_field("outlet", "Pacific Wires", got, SEOUL)
    assert check_field("published", dt.datetime(2025, 1, 1, 0, 0, tzinfo=dt.UTC), got, SEOUL)
    assert not check_field("published", None, got, SEOUL)
    assert check_field("first_sentence", "A b.", got, SEOUL)
    assert check_field("last_sentence", "C  d.", got, SEOUL)
    assert not check_field("last_sentence", "A b.", got, SEOUL)


def test_note_keys_go_into_the_note_only_if_digest_accepts_them(tmp_path: Path, monkeypatch) -> None:
    accepted, warnings = accepted_note_keys(tmp_path)
    assert {"headline", "source_url"} <= accepted
    assert warnings == []
    monkeypatch.setitem(extraction._PROBE_VALUES, "no_such_key", "x")
    monkeypatch.setitem(extraction._PROBE_VALUES, "rank", "high")  # known, but the value is refused
    accepted, warnings = accepted_note_keys(tmp_path / "again")
    assert "no_such_key" not in accepted and "rank" not in accepted
    assert warnings == [
        "note key 'rank' is known to digest but refused the probe value: expected an integer, got 'high'"
    ]


def test_lint_finds_records_that_do_not_match_their_files(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    record = corpus / "e-01.expected.yaml"
    text = record.read_text()
    text = text.replace("The trial runs", "X").replace("Staff will be added", "Staff were added")
    text = text.replace(
        '"To write comments, please log in to one of the accounts."', '"Library opens at night"'
    )
    record.write_text(text)
    problems = [p for p in lint_corpus(load_corpus(corpus)) if p.startswith("e-01")]
    assert problems == [
        "e-01: last_sentence is not in the file: 'Staff were added for the late shifts.'",
        "e-01: chrome is part of an expected field: 'Library opens at night'",
    ]


def test_the_real_corpus_is_consistent() -> None:
    records = load_corpus(extraction.DEFAULT_CORPUS)
    assert lint_corpus(records) == []
    assert len(records) >= 64
