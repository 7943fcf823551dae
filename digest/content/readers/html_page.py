"""Reader for saved web pages (`*.html`, `*.htm`): main text and metadata by trafilatura.

Nothing of the page's markup reaches the site: trafilatura gives plain text, which is
filtered for chrome like a raw article and escaped into paragraphs. Times come from
the page's own metadata (`article:published_time`, `datePublished`, `<time>`), which
trafilatura reduces to a date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from digest.content.markup import paragraphs_html
from digest.content.model import Article, Image
from digest.content.readers.chrome import INLINE_CHROME, ChromeFilter
from digest.content.readers.dates import parse_datetime
from digest.content.readers.rawtext import read_byline
from digest.errors import DigestError
from digest.text import is_http_url

_PUBLISHED = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate' or @name='publishdate' or @name='parsely-pub-date']/@content",
    "//meta[@name='date' or @name='dc.date' or @name='DC.date.issued']/@content",
    "//time[@itemprop='datePublished']/@datetime",
    "//time[@datetime]/@datetime",
)
_UPDATED = (
    "//meta[@property='article:modified_time']/@content",
    "//meta[@itemprop='dateModified']/@content",
    "//time[@itemprop='dateModified']/@datetime",
)
_JSON_LD_DATE = r'"{key}"\s*:\s*"(?P<when>[^"]{{6,40}})"'
_LEAD_IMAGE = (
    "//meta[@property='og:image:secure_url']/@content",
    "//meta[@property='og:image' or @property='og:image:url']/@content",
    "//meta[@name='twitter:image' or @name='twitter:image:src']/@content",
)
_IMAGE_ALT = "//meta[@property='og:image:alt' or @name='twitter:image:alt']/@content"
_CREDIT = "contains(@class, 'credit') or contains(@class, 'copyright') or contains(@class, 'byline')"
_SENTENCE_END = re.compile(r"[.!?。…\"\u201d\u2019)]$")


def _page_time(
    tree: Any, text: str, queries: tuple[str, ...], json_key: str, tz: ZoneInfo
) -> dt.datetime | None:
    for query in queries:
        for value in tree.xpath(query):
            when = parse_datetime(str(value), tz)
            if when:
                return when
    match = re.search(_JSON_LD_DATE.format(key=json_key), text)
    return parse_datetime(match["when"], tz) if match else None


def _words(text: str) -> str:
    return " ".join(text.split())


def lead_image(tree: Any, page_url: str) -> Image | None:
    """The page's lead picture (`og:image`, else `twitter:image`) as a remote `Image`: its
    alt text from `og:image:alt`, or from the page's <img> of the same picture; its caption
    and credit from the <figure> holding that <img> (a figcaption; an element whose class
    names a credit). Never fetched: the site links it."""
    found = next((str(v).strip() for query in _LEAD_IMAGE for v in tree.xpath(query) if str(v).strip()), "")
    src = urljoin(page_url, found) if found else ""
    if not is_http_url(src):
        return None
    alt = next((_words(str(value)) for value in tree.xpath(_IMAGE_ALT) if _words(str(value))), "")
    caption = credit = ""
    for img in tree.xpath("//img[@src]"):
        if urljoin(page_url, img.get("src").strip()) != src:
            continue
        alt = alt or _words(img.get("alt") or "")
        figure = next(iter(img.xpath("ancestor::figure[1]")), None)
        if figure is not None:
            credits = figure.xpath(f".//*[{_CREDIT}]")
            credit = _words(credits[0].text_content()) if credits else ""
            for element in credits:
                element.drop_tree()  # what is left of the figcaption is the caption
            captions = figure.xpath(".//figcaption")
            caption = _words(captions[0].text_content()) if captions else ""
        break
    return Image(src=src, alt=alt, credit=credit, caption=caption)


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _extract(text: str) -> Any:
    import trafilatura  # heavy; only sites with saved pages pay for it

    # trafilatura logs parser trouble to stderr; we report problems as DigestErrors instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    return trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        # Only the page's own markup; never "today" or a guess from surrounding text.
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": "9999-12-31"},
    )


def read_html(path: Path, text: str, tz: ZoneInfo, chrome: ChromeFilter) -> Article:
    import lxml.html

    if not text.strip():
        raise DigestError("no article text found in the saved page (the file is empty)", path)
    try:
        document = _extract(text)
        tree = lxml.html.document_fromstring(text)
    except Exception as exc:  # a third-party parser on untrusted input: report, never crash
        raise DigestError(f"cannot read the saved page: {type(exc).__name__}: {exc}", path) from None
    if document is None or not (document.text or "").strip():
        raise DigestError("no article text found in the saved page", path)
    headline = " ".join((document.title or "").split())
    if not headline:
        raise DigestError("the saved page has no title (<title> or og:title)", path, field="headline")

    published = _page_time(tree, text, _PUBLISHED, "datePublished", tz)
    updated = _page_time(tree, text, _UPDATED, "dateModified", tz)
    if published:
        date = published.astimezone(tz).date()
    elif _iso_date(document.date):
        date = _iso_date(document.date)
    else:
        raise DigestError(
            "the saved page carries no publication date (article:published_time, datePublished)",
            path,
            field="date",
        )

    body: list[str] = []
    in_block = False
    for raw_line in document.text.split("\n"):
        line = INLINE_CHROME.sub("", " ".join(raw_line.split())).strip()
        if not line or line == headline:
            continue
        if chrome.starts_block(line):
            in_block = True
            continue
        if in_block and not _SENTENCE_END.search(line):
            continue
        in_block = False
        if chrome.is_chrome(line) or read_byline(line) is not None:
            continue
        body.append(line)
    if not body:
        raise DigestError("no article text found in the saved page", path)

    authors = tuple(a.strip() for a in (document.author or "").split(";") if 0 < len(a.strip()) <= 80)
    source_url = document.url or ""
    image = lead_image(tree, source_url if is_http_url(source_url) else "")
    return Article(
        id=path.stem,
        path=path,
        headline=headline,
        date=date,
        published=published,
        updated=updated if updated and updated != published else None,
        authors=authors,
        outlet=(document.sitename or "").strip(),
        body_html=paragraphs_html(body),
        text="\n\n".join(body),
        source_url=source_url if is_http_url(source_url) else "",
        image=image,
    )
