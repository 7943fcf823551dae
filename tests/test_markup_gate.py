"""The inline-pattern gate in digest/content/markup.py: same HTML as plain Python-Markdown, faster."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.content import markup
from tests.conftest import ROOT

PLAIN = markup._new_converter()  # the same extensions, no gate


def plain(text: str) -> str:
    return markup._new_converter().convert(text)  # a new one: a RecursionError breaks a converter


def gated(text: str) -> str:
    return markup._convert(text)


def test_both_inline_passes_are_gated() -> None:
    """Fails after a Markdown upgrade that changes a pattern set: the gate then turns
    itself off (correct but slow); check the triggers in `_GATES` against the new patterns."""
    for name in markup._GATES:
        assert isinstance(markup._converter.treeprocessors[name], markup._GatedInlineProcessor), name
    assert not isinstance(PLAIN.treeprocessors["inline"], markup._GatedInlineProcessor)


def test_both_inline_passes_are_linear() -> None:
    """Fails after a Markdown upgrade that changes InlineProcessor.run: the copy in
    `markup._LinearInlineProcessor` is then not used (correct, but quadratic in the
    siblings of an element); port its one change to the new `run` and its hash."""
    assert markup._LINEAR
    for name in markup._GATES:
        assert isinstance(markup._converter.treeprocessors[name], markup._LinearInlineProcessor), name
    assert not isinstance(PLAIN.treeprocessors["inline"], markup._LinearInlineProcessor)


EXAMPLES = [
    "Plain prose, nothing to do.",
    "It's the '80s -- and \"quoted\" words... then---dashes.",
    "He said, \"'Quoted' words in a larger quote.\"",
    "Line with a hard break  \nand the next line.",
    "*em* and **strong** and _under_ and __double__ and ***both***",
    'A [link](/archive/ "title") and ![img](x.png) and [ref][1]\n\n[1]: https://example.org',
    "<https://example.org/a?b=c> and <mail@example.org> and <b>raw</b> &amp; &#169; &copy;",
    "`code with 'quotes' and *stars*` and \\*escaped\\* and \\`tick",
    "- item 'one'\n- item *two*\n\n1. first\n2. second -- dash",
    "> quoted \"text\" with [a link](https://x.example)\n\n    code 'block' ...",
    "| a | b |\n|---|---|\n| 'x' | *y* |",
    "para *a*\n\n" * 30 + "- item `b`\n" * 30 + "| x | y |\n|---|---|\n" + "| 'c' | *d* |\n" * 30,
    "A line  \nbroken *here*  \nand **there** `x`  \n" * 20 + "> quote *q*\n>\n" * 20,
    "```\nfenced 'code' -- here\n```\n\nAfter the fence...",
    "Hangul 서울 시민's \"따옴표\" and 'single' \u2014 em dash \u2013 en dash",
]


def test_examples_convert_exactly_as_without_the_gate() -> None:
    for text in EXAMPLES:
        assert gated(text) == plain(text), text


def test_the_sample_content_converts_exactly_as_without_the_gate() -> None:
    texts = [
        path.read_text(encoding="utf-8")
        for folder in ("articles", "notes")
        for path in sorted((ROOT / "content" / folder).rglob("*.*"))
    ]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").rglob("*.md"))]
    texts.append((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(texts) > 20
    for text in texts:
        assert gated(text) == plain(text)


MARKDOWNISH = st.lists(
    st.sampled_from([*"ab 서\n\t'\"-.*_`\\[]()!<>&#;:/@|~=+0123456789", "  \n", "---", "...", "http://x.y"]),
    max_size=80,
).map("".join)


def test_a_failed_conversion_does_not_break_the_next() -> None:
    for nested in ("1. " * 600 + "x", "".join("    " * depth + "- x\n" for depth in range(400))):
        with pytest.raises(markup.MarkupError):
            markup.render_markdown(nested)
        assert markup.render_markdown("*a*\n\nb") == "<p><em>a</em></p>\n<p>b</p>"
    assert isinstance(markup._converter.treeprocessors["inline"], markup._GatedInlineProcessor)


@settings(max_examples=600, deadline=None)
@given(MARKDOWNISH)
def test_any_text_converts_exactly_as_without_the_gate(text: str) -> None:
    try:
        expected = plain(text)
    except RecursionError:  # pragma: no cover - markup.render_markdown refuses these
        return
    assert gated(text) == expected
