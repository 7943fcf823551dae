"""Files for hosts and crawlers: sitemap.xml, robots.txt, .nojekyll."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from xml.sax.saxutils import escape

from digest.model import Item, Site
from digest.routes import Router


def _latest(items: tuple[Item, ...]) -> dt.date | None:
    return max((_item_date(item) for item in items), default=None)


def _item_date(item: Item) -> dt.date:
    updated = item.article.updated.date() if item.article.updated else item.edition
    return max(item.edition, updated)


def sitemap_entries(site: Site, router: Router) -> Iterator[tuple[str, dt.date | None]]:
    yield router.home(), _latest(site.items)
    for edition in site.editions:
        yield router.edition(edition.date), _latest(edition.items)
    yield router.archive(), _latest(site.items)
    for item in site.items:
        yield router.article(item.article), _item_date(item)
    for section in site.config.sections:
        yield router.section(section.id), _latest(site.items_in_section(section.id))
    yield router.tags(), _latest(site.items)
    for tag in site.tags:
        yield router.tag(tag.slug), _latest(site.items_tagged(tag.slug))


def sitemap(site: Site, router: Router) -> bytes:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for route, lastmod in sitemap_entries(site, router):
        lines.append(
            f"  <url><loc>{escape(router.absolute(route))}</loc>"
            + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
            + "</url>"
        )
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots(router: Router) -> bytes:
    return f"User-agent: *\nAllow: /\n\nSitemap: {router.absolute('sitemap.xml')}\n".encode()


def host_files(site: Site, router: Router) -> Iterator[tuple[str, bytes]]:
    yield "sitemap.xml", sitemap(site, router)
    yield "robots.txt", robots(router)
    # GitHub Pages would otherwise run Jekyll over the output and drop files it ignores.
    yield ".nojekyll", b""
