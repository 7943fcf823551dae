"""Inspecting a built site for script that came from the input (shared by hostile tests).

Pages and e-mail editions are parsed as HTML, and their JSON-LD as JSON; feeds and
sitemaps as XML, and every field a reader may render as HTML is parsed again as HTML;
the search index's fragments (whose excerpts search.js inserts as HTML) as JSON, with
their text parsed as HTML. What counts as a leak: an element or attribute that runs
script or loads foreign content and that a benign build of the same site does not have.
Each finding starts with its kind: "handler" (an on...= attribute) and "url" (a script
URL) are script in any build, see `runs_script`.
"""

from __future__ import annotations

import gzip
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
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
SITEMAPS = ("sitemap.xml", "news_sitemap.xml")
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
                yield f"url {lowered}={value!r} on <{tag}>"
            if lowered == "srcset" and any(_BAD_SCHEME.match(c.strip()) for c in value.split(",")):
                yield f"url {lowered}={value!r} on <{tag}>"
        if tag == "script" and element.get("type") == "application/ld+json":
            yield from _jsonld_findings(element.text or "")


def runs_script(finding: str) -> bool:
    """A finding that is script whatever the site: an event handler or a script URL."""
    return finding.startswith(("handler ", "url ")) or ": handler " in finding or ": url " in finding


def _jsonld_findings(text: str) -> Iterator[str]:
    """JSON-LD must parse, and hold no '<' (the `jsonld` filter escapes every one, so no
    "</script>" or "<!--" can end or bend the element)."""
    if "<" in text:
        yield "json-ld: a raw '<' inside the script element"
    try:
        json.loads(text)
    except ValueError:
        yield "json-ld: not valid JSON"


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
        for element in root.iter("title", "description", CONTENT_ENCODED, "category", DC_CREATOR):
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


def sitemap_fields(path: Path) -> Iterator[tuple[str, str]]:
    """A sitemap's URLs, as links: each must be a web URL. (It must also parse as XML; its
    news titles are XML text, which no consumer reads as HTML.)"""
    root = lxml.etree.fromstring(
        path.read_bytes(), lxml.etree.XMLParser(resolve_entities=False, no_network=True)
    )
    for element in root.iter(SITEMAP_LOC):
        url = element.text or ""
        if not re.match(r"https?://", url):
            yield "loc", "<a href='javascript:not-a-web-url'></a>"
        yield "loc", "<a href='{}'></a>".format(url.replace("'", "%27"))


# pagefind.js turns '<' and '>' of a page's stored text into entities before it cuts the
# excerpt that search.js inserts as HTML; a Pagefind that stopped doing so would leave
# the text as it is stored, and the checks below would see that.
_PAGEFIND_ESCAPE = '.content.replace(/</g,"&lt;").replace(/>/g,"&gt;")'


def search_fields(path: Path, escaped: bool) -> Iterator[tuple[str, str]]:
    """(where, text) for a Pagefind fragment's text as the excerpt shows it (`escaped`:
    as pagefind.js escapes it), and its URLs. (Its title goes into results as text,
    with `textContent`.)"""
    data = gzip.decompress(path.read_bytes())
    document = json.loads(data[data.index(b"{") :])
    content = document.get("content", "")
    yield "search content", content.replace("<", "&lt;").replace(">", "&gt;") if escaped else content
    for url in (document.get("url", ""), document.get("meta", {}).get("image", "")):
        yield "search url", "<a href='{}'></a>".format(url.replace("'", "%27"))


def site_findings(output: Path) -> dict[str, set[str]]:
    """Findings per output file: pages and e-mail editions (with their JSON-LD), feeds,
    sitemaps and the search index's fragments."""
    findings: dict[str, set[str]] = {}
    runtime = [p.read_text(encoding="utf-8") for p in output.glob("pagefind/*/pagefind.js")]
    escaped = bool(runtime) and all(_PAGEFIND_ESCAPE in script for script in runtime)
    for path in sorted(output.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(output).as_posix()
        found: set[str] = set()
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            found.update(html_findings(text))
            found.update(f"raw {tag}" for tag in raw_tags(text))
        elif path.suffix == ".pf_fragment" or (
            path.suffix in (".xml", ".json") and "pagefind/" not in relative
        ):
            if path.name in SITEMAPS:
                fields = sitemap_fields(path)
            elif path.suffix == ".pf_fragment":
                fields = search_fields(path, escaped)
            else:
                fields = feed_html_fields(path)
            for where, text in fields:
                found.update(f"{where}: {finding}" for finding in html_findings(text))
        if found:
            findings[relative] = found
    return findings
