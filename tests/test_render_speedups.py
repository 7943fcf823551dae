"""The shortcuts that make rendering cheap must not change what is rendered."""

from __future__ import annotations

import json
from typing import Any

import jinja2
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.render.feedmodel import _XML_UNSAFE, xml_safe
from digest.render.jsontext import indented_json
from digest.render.pages import fragment_cache
from digest.render.reads import SiteReads

_LEAVES = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=True)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
        | st.dictionaries(st.integers(), inner, max_size=2)
    ),
    max_leaves=25,
)


@settings(max_examples=500)
@given(_VALUES)
def test_indented_json_is_json_dumps_to_the_byte(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_indented_json_refuses_what_json_refuses() -> None:
    try:
        indented_json({"when": object()})
    except TypeError as error:
        assert "not JSON serializable" in str(error)
    else:
        raise AssertionError("no TypeError")


def test_once_renders_each_key_once_and_repeats_it() -> None:
    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    reads = SiteReads()
    env.globals["once"] = fragment_cache(reads)
    calls: list[str] = []
    env.globals["seen"] = lambda name: calls.append(name) or name
    template = env.from_string(
        '{% call once("nav") %}<nav>{{ seen("nav") }}</nav>{% endcall %}\n'
        '{% call once("item:" ~ id) %}<li>{{ seen(id) }} {{ extra }}</li>{% endcall %}\n'
    )
    first = template.render(id="a", extra="<b>")
    assert first == "<nav>nav</nav><li>a &lt;b&gt;</li>"
    # The same key gives the first text even where the context differs; a new key renders.
    assert template.render(id="a", extra="other") == first
    assert template.render(id="b", extra="x") == "<nav>nav</nav><li>b x</li>"
    assert calls == ["nav", "a", "b"]
    assert not reads()


def test_a_repeated_fragment_carries_the_site_fields_it_read() -> None:
    env = jinja2.Environment(autoescape=True)
    reads = SiteReads()
    env.globals["once"] = fragment_cache(reads)
    env.globals["read_site"] = lambda: reads.fields.add("tags") or ""
    env.globals["read_items"] = lambda: reads.fields.add("items") or ""
    template = env.from_string('{{ read_items() }}{% call once("count") %}{{ read_site() }}n{% endcall %}')
    reads.reset()
    assert template.render() == "n"
    assert reads() == ("items", "tags")
    reads.reset()
    assert template.render() == "n"  # repeated without rendering the body again
    assert reads() == ("items", "tags")


_UNSAFE_AND_NEIGHBOURS = st.sampled_from(
    [
        *"ab \t\n\r\x00\x08\x0b\x1f\x7f\x84\x85\x86\x9f\xa0\ud7ff\ud800\udfff\ufdd0\ufdef\ufffe\uffff",
        *"\U0001fffe\U0001ffff\U0010fffe\U0010ffff\U0001f600\U00010000",
    ]
)


@settings(max_examples=500)
@given(st.text() | st.text(alphabet=_UNSAFE_AND_NEIGHBOURS, max_size=30))
def test_xml_safe_drops_exactly_the_unsafe_class(text: str) -> None:
    # xml_safe takes a cheaper class for text without astral characters; same result.
    assert xml_safe(text) == _XML_UNSAFE.sub("", text)
