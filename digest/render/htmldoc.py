"""A whole HTML document parsed, checked and written back, for outputs that another tool
has re-serialized (the e-mail edition, after css-inline).

css-inline writes attribute values as the HTML standard's serializer did until 2025:
with `&` and `"` escaped but `<` and `>` bare, so a sanitized `alt="a &lt;script&gt;"`
comes back as `alt="a <script>"`. A browser reads that as text, but the next tool in a
newsletter's path may not, and a string search finds a "script tag" in it. Here the
document is parsed (lxml, whose libxml2 tokenizes as HTML5 does), every element is
checked, URL attributes are rewritten on their parsed values, and the tree is written
back by libxml2 with every attribute value fully escaped. What is written is exactly
the tree that was checked.
"""

from __future__ import annotations

from collections.abc import Callable

import lxml.etree
import lxml.html

from digest.content.htmlsafe import allowed_srcset, allowed_url

# Elements that run script, load other documents or style sheets, or submit data.
REFUSED_TAGS = frozenset(
    {"script", "style", "link", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form"}
)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "cite", "poster", "background", "data"})
# Rewritten by the caller's resolver (the others are only checked).
_LINK_ATTRIBUTES = frozenset({"href", "src"})


class UnsafeMarkup(ValueError):
    """The document holds something REFUSED_TAGS, an event handler or a script URL."""


_WATCHED = frozenset({*URL_ATTRIBUTES, "srcset"})


def rewrite_document(markup: str, resolve: Callable[[str], str]) -> str:
    """The document, checked (raises UnsafeMarkup) and written back with `resolve`
    applied to every `href` and `src`."""
    root = lxml.html.document_fromstring(markup)
    # libxml2's HTML parser gives tag and attribute names in lower case.
    for element in root.iter(lxml.etree.Element):  # not comments or processing instructions
        if element.tag in REFUSED_TAGS:
            raise UnsafeMarkup(f"a <{element.tag}> tag")
        for name in element.attrib:
            if name.startswith("on"):
                raise UnsafeMarkup(f"an {name} attribute on <{element.tag}>")
            if name in _WATCHED:
                _check_url(element, name, resolve)
    doctype = root.getroottree().docinfo.doctype
    # libxml2's serializer escapes '<', '>', '&' and '"' in attribute values; written
    # without the doctype, which it would follow with a line break css-inline leaves out.
    return doctype + lxml.html.tostring(root, encoding="unicode")


def _check_url(element: lxml.html.HtmlElement, name: str, resolve: Callable[[str], str]) -> None:
    value = element.get(name)
    if name in _LINK_ATTRIBUTES and (resolved := resolve(value)) != value:
        element.set(name, value := resolved)
    if not (allowed_srcset(value) if name == "srcset" else allowed_url(value)):
        raise UnsafeMarkup(f"a {name}={value[:40]!r} on <{element.tag}>")
