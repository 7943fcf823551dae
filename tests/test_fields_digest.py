"""fields_digest: the hash of a dataclass's fields that articles' and notes' fingerprints use."""

from __future__ import annotations

from dataclasses import dataclass

from digest.hashing import fields_digest


@dataclass(frozen=True)
class Pair:
    first: object
    second: object


def test_equal_fields_give_equal_digests_and_any_change_another() -> None:
    assert fields_digest(Pair("a", 1)) == fields_digest(Pair("a", 1))
    assert fields_digest(Pair("a", 1)) != fields_digest(Pair("a", 2))
    assert fields_digest(Pair("a", 1)) != fields_digest(Pair("b", 1))


def test_fields_never_run_together_and_a_string_is_not_its_repr() -> None:
    assert fields_digest(Pair("ab", "c")) != fields_digest(Pair("a", "bc"))
    assert fields_digest(Pair("None", 1)) != fields_digest(Pair(None, 1))
    assert fields_digest(Pair("1", 1)) != fields_digest(Pair(1, 1))


def test_text_beyond_utf8_is_hashed_not_refused() -> None:
    assert fields_digest(Pair("\udcff", 1)) != fields_digest(Pair("\udcfe", 1))
