"""Markdown to safe HTML, and escaping of plain article text.

Everything an editor or a scraper wrote is untrusted: Markdown is rendered, then
sanitized against an allow-list with nh3 (`content.htmlsafe`), and sanitized again
wherever the fragment goes into a page, a feed or an e-mail.
"""

from __future__ import annotations

import hashlib
import html
import inspect
import re
import xml.etree.ElementTree as etree
from collections import deque
from collections.abc import Callable, Iterable

import markdown
from markdown import util
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.smarty import SmartyExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import InlineProcessor

from digest.content.htmlsafe import sanitize_html
from digest.content.markdown_cost import NESTED_TOO_DEEPLY, MarkupError, check_markdown

__all__ = ["MarkupError", "paragraphs_html", "render_markdown"]

# The extensions as classes, not by name ("tables"): Python-Markdown looks a name up among
# the entry points of every installed distribution, which imports importlib.metadata and
# reads their metadata: 40 ms of each process that renders Markdown (a one-note build at
# 1,000 articles takes about 0.8 s). These are the classes those names load.
_EXTENSIONS = (TableExtension, FencedCodeExtension, SaneListExtension, SmartyExtension)


# Python-Markdown tries every inline pattern on every text node (a Python call each), in
# two passes: its own (13 patterns) and smarty's (18). Most article text contains none of
# the characters any of them needs, so one regex search over the node settles it, and the
# node comes back unchanged, exactly as the patterns would have left it. About 60 % of the
# time of a convert on plain prose; the output is byte-identical.
#
# Each trigger holds for one exact pattern set, identified by a hash of the patterns'
# names and regex sources (`_patterns_hash`); a Markdown version that changes the set
# leaves that pass ungated (slower, never wrong), and tests/test_markup_gate.py says so.
#   inline: backtick '`', escape '\\', links, images and references '[', autolink,
#           automail and raw HTML '<', entity '&', emphasis '*' or '_', line break '  \n'.
#   smarty: ellipses '...', dashes '--', and fifteen quote patterns that each need ' or ".
_GATES = {
    "inline": (r"[`\\\[<&*_]|  \n", "0656434c5f3e9175fbc984ffeb1bba17"),
    "smarty": (r"['\"]|--|\.\.\.", "386cfcf161272cfb1b75a80bb2522b66"),
}


class _LinearInlineProcessor(InlineProcessor):
    """Python-Markdown's inline pass without its scan of all siblings for each child,
    with the same output (see `run`)."""

    def run(self, tree: etree.Element, ancestors: list[str] | None = None) -> etree.Element:
        """InlineProcessor.run as Python-Markdown 3.11 has it, with two changes. The
        position of a child whose tail gained inline elements is the loop's own index,
        not `list(parent).index(child)`: that scanned every sibling for every child, so
        the time grew with the square of the paragraphs of a text, the items of a list,
        the cells of a row or the inline elements of a paragraph (12,500 one-line
        paragraphs: 1.4 s; 50,000: 13 s). The child is always at that index: only
        elements after it are inserted while it is handled, and the loop, like
        Python's iteration over an Element, goes on to them. And the queue of elements
        to visit is a deque (`pop(0)` of a list moves the whole list)."""
        self.stashed_nodes: dict[str, etree.Element | str] = {}
        tree_parents = [] if ancestors is None else ancestors[:]
        self.parent_map = {c: p for p in tree.iter() for c in p}
        stack = deque([(tree, tree_parents)])
        self._InlineProcessor__build_ancestors(tree, tree_parents)  # type: ignore[attr-defined]
        handle_inline = self._InlineProcessor__handleInline  # type: ignore[attr-defined]
        process_placeholders = self._InlineProcessor__processPlaceholders  # type: ignore[attr-defined]
        while stack:
            current, parents = stack.popleft()
            self.ancestors = parents
            if current is not tree:
                self.ancestors.append(current.tag.lower())
            insert_queue = []
            index = 0
            while index < len(current):
                child = current[index]
                if child.text and not isinstance(child.text, util.AtomicString):
                    self.ancestors.append(child.tag.lower())
                    text = child.text
                    child.text = None
                    lst = process_placeholders(handle_inline(text), child)
                    for item in lst:
                        self.parent_map[item[0]] = child
                    stack += lst
                    insert_queue.append((child, lst))
                    self.ancestors.pop()
                if child.tail:
                    tail = handle_inline(child.tail)
                    dumby = etree.Element("d")
                    child.tail = None
                    tail_result = process_placeholders(tail, dumby, False)
                    if dumby.tail:
                        child.tail = dumby.tail
                    tail_result.reverse()
                    for new_child in tail_result:
                        self.parent_map[new_child[0]] = current
                        current.insert(index + 1, new_child[0])
                if len(child):
                    self.parent_map[child] = current
                    stack.append((child, self.ancestors[:]))
                index += 1
            for element, lst in insert_queue:
                for i, obj in enumerate(lst):
                    element.insert(i, obj[0])
        # The tree is done: the per-run caches go, so the parsed elements are not kept until
        # the next conversion (as Python-Markdown 3.11.4 does at the end of its own `run`).
        self.parent_map = {}
        self.stashed_nodes = {}
        return tree


# The sources `_LinearInlineProcessor.run` was copied from (Python-Markdown 3.11 to 3.11.3,
# and 3.11.4, which only adds the caches' release at the end): a Markdown version with
# another one keeps its own (correct, and quadratic), and tests/test_markup_gate.py says so.
_RUN_SOURCES = frozenset(("f6c93631f2871499bcbbc2d10ec7e4fd", "9073bc96fdf0c193cf7382ddc7d93914"))


def _source_hash(function: Callable[..., object]) -> str:
    try:
        return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:32]
    except (OSError, TypeError):  # no source to compare with
        return ""


_LINEAR = _source_hash(InlineProcessor.run) in _RUN_SOURCES


class _GatedInlineProcessor(InlineProcessor):
    """Skips a text in which no pattern of this pass can match. Overrides the private
    per-text method, which Python-Markdown calls for every text and tail, recursively."""

    gate: re.Pattern[str]

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if self.gate.search(data) is None:
            return data
        return InlineProcessor._InlineProcessor__handleInline(self, data, patternIndex)  # type: ignore[attr-defined]


class _LinearGatedInlineProcessor(_GatedInlineProcessor, _LinearInlineProcessor):
    pass


_CLASSES: dict[tuple[bool, bool], type[InlineProcessor]] = {
    (True, True): _LinearGatedInlineProcessor,
    (True, False): _GatedInlineProcessor,
    (False, True): _LinearInlineProcessor,
    (False, False): InlineProcessor,
}


def _patterns_hash(processor: InlineProcessor) -> str:
    h = hashlib.sha256()
    for name, pattern in sorted(processor.inlinePatterns._data.items()):  # no public view of names
        h.update(f"{name}\0{pattern.compiled_re.pattern}\0".encode())
    return h.hexdigest()[:32]


def _gate(converter: markdown.Markdown) -> markdown.Markdown:
    """Gate the converter's inline passes whose pattern sets are the ones `_GATES` knows,
    and make them linear when Python-Markdown's `run` is one that `_RUN_SOURCES` names."""
    for name, (trigger, expected) in _GATES.items():
        if name not in converter.treeprocessors:
            continue
        processor = converter.treeprocessors[name]
        if type(processor) is not InlineProcessor:
            continue
        gated = _patterns_hash(processor) == expected
        processor.__class__ = _CLASSES[gated, _LINEAR]
        if gated:
            processor.gate = re.compile(trigger)
    return converter


def _new_converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=[extension() for extension in _EXTENSIONS], output_format="html")


_converter = _gate(_new_converter())


def _convert(text: str) -> str:
    """One conversion with the shared converter. A conversion that raises leaves it
    broken (a RecursionError deep in a nested list leaves the block parser's state
    stack full, and every later text then renders without paragraphs), so it is
    replaced by a new one."""
    global _converter
    _converter.reset()
    try:
        return _converter.convert(text)
    except BaseException:
        _converter = _gate(_new_converter())
        raise


def render_markdown(text: str, on_error: Callable[[str], None] | None = None) -> str:
    """Markdown -> sanitized HTML. Root-relative links stay root-relative here;
    `routes.Router.rebase_html` points them at the site's base path when rendering.

    Raises MarkupError for text it refuses; with `on_error`, reports the message there
    instead and returns ''."""
    if not text.strip():
        return ""
    try:
        check_markdown(text)
        try:
            converted = _convert(text)
        except RecursionError:  # (a nesting `check_markdown` let through, on a smaller stack)
            raise MarkupError(NESTED_TOO_DEEPLY) from None
    except MarkupError as exc:
        if on_error is None:
            raise
        on_error(str(exc))
        return ""
    # Python-Markdown passes raw HTML through; the allow-list is what makes it safe.
    return sanitize_html(converted)


def paragraphs_html(paragraphs: Iterable[str]) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
