"""Files for hosts and crawlers: sitemap.xml, news_sitemap.xml, robots.txt, CNAME, .nojekyll,
and the marker that tells a later build this folder is digest's own (`outputfolder`).

Dates come from content (edition dates, articles' update times), never from the clock,
so two builds of the same content are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from digest.config import Config
from digest.content.model import Item, Site
from digest.render.feedmodel import one_line
from digest.routes import MARKER, MARKER_TEXT, Router


def escape(text: str) -> str:
    """`xml.sax.saxutils.escape` (&, < and >), without importing xml.sax, which brings
    urllib.request, http.client and ssl into every build's start-up."""
    return html.escape(text, quote=False)


SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SITEMAP = "sitemap.xml"
NEWS_SITEMAP = "news_sitemap.xml"
# Google News takes articles published in the last two days.
NEWS_DAYS = 2


def sitemap(entries: Sequence[tuple[str, dt.date | None]], router: Router) -> bytes:
    """The sitemap of these pages: (route, the last day its content changed)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NS}">']
    for route, lastmod in entries:
        lines.append(
            f"  <url><loc>{escape(router.absolute(route))}</loc>"
            + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
            + "</url>"
        )
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def news_items(site: Site) -> tuple[Item, ...]:
    """Items of the last two days, counted back from the newest edition rather than from
    today, so the file depends on content alone."""
    if not site.editions:
        return ()
    first_day = site.editions[0].date - dt.timedelta(days=NEWS_DAYS - 1)
    return tuple(item for item in site.items if item.edition >= first_day)


def news_language(language: str) -> str:
    """Google News wants ISO 639 codes, except zh-cn and zh-tw for Chinese."""
    tag = language.lower()
    return tag if tag in ("zh-cn", "zh-tw") else tag.split("-")[0]


def news_sitemap(site: Site, router: Router) -> bytes:
    config = site.config
    publication = (
        f"<news:publication><news:name>{escape(one_line(config.title))}</news:name>"
        f"<news:language>{news_language(config.language)}</news:language></news:publication>"
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">',
    ]
    for item in news_items(site):
        published = config.edition_datetime(item.edition).isoformat()
        lines += [
            f"  <url><loc>{escape(router.absolute(router.article(item.article)))}</loc>",
            f"    <news:news>{publication}",
            f"      <news:publication_date>{published}</news:publication_date>",
            f"      <news:title>{escape(one_line(item.headline))}</news:title>",
            "    </news:news>",
            "  </url>",
        ]
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots(site: Site, router: Router) -> bytes:
    maps = [SITEMAP] + ([NEWS_SITEMAP] if site.config.news_sitemap else [])
    lines = ["User-agent: *", "Allow: /", ""] + [f"Sitemap: {router.absolute(name)}" for name in maps]
    return ("\n".join(lines) + "\n").encode("utf-8")


def host_routes(config: Config) -> list[str]:
    """The routes of the host files, known without making them; the sitemap first."""
    routes = [SITEMAP]
    if config.news_sitemap:
        routes.append(NEWS_SITEMAP)
    routes.append("robots.txt")
    if config.cname:
        routes.append("CNAME")
    routes.append(".nojekyll")
    routes.append(MARKER)
    return routes


def host_file(route: str, site: Site, router: Router) -> bytes:
    """One of the `host_routes` but the sitemap, which lists the plan's pages (`sitemap`)."""
    if route == NEWS_SITEMAP:
        return news_sitemap(site, router)
    if route == "robots.txt":
        return robots(site, router)
    if route == "CNAME":
        # GitHub Pages reads the custom domain from this file when publishing a branch.
        return (site.config.cname + "\n").encode("ascii")
    if route == ".nojekyll":
        # GitHub Pages would otherwise run Jekyll over the output and drop files it ignores.
        return b""
    if route == MARKER:
        return MARKER_TEXT
    raise ValueError(f"not a host file: {route!r}")
