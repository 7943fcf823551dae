"""Inspecting a built site for script that came from the input (shared by hostile tests).

Pages are parsed as HTML; feeds as XML, and every feed field a reader may render as
HTML is parsed again as HTML. What counts as a leak: an element or attribute that runs
script or loads foreign content and that a benign build of the same site does not have.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html

# Elements that run script, load or frame other documents, restyle the page or submit data.
DANGEROUS_TAGS = frozenset(
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "base",
        "meta", "form", "input", "button", "textarea", "select", "svg", "math", "template", "noscript",
        "marquee", "video", "audio", "source", "details",
    }
)  # fmt: skip
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "data", "poster", "background", "srcset", "xlink:href"}
)
_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript):", re.I)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_RAW_TAG = re.compile(r"<\s*/?\s*(?:script|iframe|style|object|embed|svg|math|base|form)\b", re.I)

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
}


# Attributes whose values are page text (titles, descriptions), not behaviour.
_TEXT_VALUED = {"meta": {"content"}, "link": {"title"}}
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM_LINK = "{http://www.w3.org/2005/Atom}link"


def _signature(element: lxml.html.HtmlElement) -> str:
    """The element's tag and attributes, leaving out values that are only text, so the
    theme's own <meta name="description" content="..."> compares equal across builds."""
    tag = element.tag.lower()
    text_valued = _TEXT_VALUED.get(tag, set())
    if tag == "link" and element.get("rel") in ("alternate", "canonical"):
        text_valued = {*text_valued, "href"}
    attributes = " ".join(k if k in text_valued else f"{k}={v!r}" for k, v in sorted(element.attrib.items()))
    return f"<{tag} {attributes}>"


def html_findings(markup: str) -> Iterator[str]:
    """Every dangerous construct in an HTML document or fragment, as a short description."""
    if not markup.strip():
        return
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions are inert
        tag = element.tag.lower()
        if tag in DANGEROUS_TAGS:
            yield "tag " + _signature(element)
        for name, value in element.attrib.items():
            lowered = name.lower()
            if lowered.startswith("on"):
                yield f"handler {lowered}= on <{tag}>"
            if lowered == "style" and re.search(r"url\(|expression\(", value, re.I):
                yield f"style url on <{tag}>"
            if lowered in URL_ATTRIBUTES and _BAD_SCHEME.match(_INVISIBLE.sub("", value)):
                yield f"{lowered}={value!r} on <{tag}>"


def raw_tags(text: str) -> list[str]:
    """Tag openers present in raw text (before any parsing), e.g. '<script'."""
    return _RAW_TAG.findall(text)


def feed_html_fields(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) for every feed field a feed reader may render as HTML, and every URL."""
    data = path.read_bytes()
    if path.suffix == ".json":
        document = json.loads(data)
        yield "url", "<a href='{}'></a>".format(document.get("home_page_url", "").replace("'", "%27"))
        for item in document.get("items", []):
            yield "content_html", item.get("content_html", "")
            url = item.get("url", "").replace("'", "%27")
            yield "url", f"<a href='{url}'></a>"
        return
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
    root = lxml.etree.fromstring(data, parser)
    if root.tag == "rss":
        # RSS has no text/html distinction; readers render these as HTML.
        for element in root.iter("title", "description", CONTENT_ENCODED):
            yield element.tag, element.text or ""
        for element in root.iter("link"):
            yield "link", "<a href='{}'></a>".format((element.text or "").replace("'", "%27"))
    else:
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            if element.get("type") in ("html", "xhtml"):
                yield element.tag, element.text or lxml.etree.tostring(element, encoding="unicode")
            if element.tag == ATOM_LINK:
                yield "link", "<a href='{}'></a>".format(element.get("href", "").replace("'", "%27"))


def site_findings(output: Path) -> dict[str, set[str]]:
    """Findings per output file (pages and feeds)."""
    findings: dict[str, set[str]] = {}
    for path in sorted(output.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(output).as_posix()
        found: set[str] = set()
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            found.update(html_findings(text))
            found.update(f"raw {tag}" for tag in raw_tags(text))
        elif path.suffix in (".xml", ".json") and path.name != "sitemap.xml":
            for where, text in feed_html_fields(path):
                found.update(f"{where}: {finding}" for finding in html_findings(text))
        if found:
            findings[relative] = found
    return findings
