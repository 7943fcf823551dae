"""Duplicate stories: sketches made per text, alike in every process, and the same
answer whether the reader made them or `find_duplicates` does."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

import digest.content.similar
from bench.duplicates import make_articles
from digest.content.similar import IDENTITY_SIZE, SKETCH_SIZE, find_duplicates, sketch

REPO = Path(__file__).resolve().parent.parent
TEXT = " ".join(f"word{n % 97} other{n % 13}" for n in range(400))


def test_a_sketch_is_the_same_in_every_process() -> None:
    """Sketches made by reader workers and cached across builds are compared with one
    another, so they must not depend on Python's per-process string hashing."""
    code = f"from digest.content.similar import sketch; print(sketch({TEXT!r}).hex())"
    made = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2", "random")
    }
    assert made == {sketch(TEXT).hex()}


def test_a_sketch_identifies_the_words_and_keeps_the_smallest_shingles() -> None:
    packed = sketch(TEXT)
    assert len(packed) == IDENTITY_SIZE + 8 * SKETCH_SIZE
    # The same words, differently cased and spaced, are the same text.
    assert sketch("  " + TEXT.upper().replace(" ", "\n  ") + "!")[:IDENTITY_SIZE] == packed[:IDENTITY_SIZE]
    assert sketch(TEXT + " more")[:IDENTITY_SIZE] != packed[:IDENTITY_SIZE]
    assert len(sketch("three short words")) == IDENTITY_SIZE + 8  # one shingle: the whole text


def test_duplicates_are_the_same_from_made_and_from_stored_sketches(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = make_articles(400)  # a near copy after every 20th article
    articles[7] = dataclasses.replace(articles[7], text=articles[3].text.upper())  # identical words
    found = find_duplicates(articles)
    pairs = {frozenset((d.original.id, d.copy.id)): d.identical for d in found}
    planted = {frozenset((f"a{n:05d}", f"a{n + 1:05d}")): False for n in range(0, 399, 20)}
    assert pairs == {**planted, frozenset(("a00003", "a00007")): True}

    # The reader's sketches are used as they are: none is made again.
    stored = [dataclasses.replace(a, sketch=sketch(a.text)) for a in articles]

    def refuse(text: str) -> bytes:
        raise AssertionError("a stored sketch was made again")

    monkeypatch.setattr(digest.content.similar, "sketch", refuse)
    assert [(d.original.id, d.copy.id, d.similarity, d.identical) for d in find_duplicates(stored)] == [
        (d.original.id, d.copy.id, d.similarity, d.identical) for d in found
    ]


def test_texts_without_words_are_no_duplicates() -> None:
    texts = ("", "— … —", "— … —", "★ ★")
    articles = [dataclasses.replace(a, text=t) for a, t in zip(make_articles(4), texts, strict=True)]
    assert find_duplicates(articles) == []
