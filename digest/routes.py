"""Every URL and output path of the site, decided in one place.

Pages live at directory URLs (`editions/2025-11-19/` -> `editions/2025-11-19/index.html`).
Links inside pages are root-relative and carry the base path (`/my-digest/...`), so the
same output works at a domain root or under a GitHub Pages project path, and the 404
page works from any depth. Feeds and canonical links use absolute URLs.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from digest.config import Config
from digest.content.htmlsafe import Resolver, boundary_cleaner
from digest.content.model import Article, Site
from digest.errors import Collector, DigestError
from digest.text import outlet_slug, slug_too_long, slugify

# Written at the root of every built site: a later build may replace a folder holding it
# (`digest.incremental.outputfolder`).
MARKER = ".digest-output"
MARKER_TEXT = b"This folder was written by digest build, which replaces all of it on every build.\n"


def rooted(prefix: str) -> Resolver:
    """Point a root-relative URL (`/x`, not `//host/x`) at `prefix`, which ends with '/'."""

    def resolve(url: str) -> str:
        return prefix + url[1:] if url.startswith("/") and not url.startswith("//") else url

    return resolve


class Router:
    def __init__(self, config: Config) -> None:
        self.base_url = config.base_url
        self.base_path = config.base_path
        parts = urlsplit(config.base_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        # Templates ask for the same few thousand URLs hundreds of thousands of times in a
        # build (every page links the nav, every list links its items), and slugify and
        # quote are slow, so each answer is kept for the life of the router (one build).
        self._slugs: dict[str, str] = {}
        self._urls: dict[str, str] = {}
        self._absolute: dict[str, str] = {}
        self._rebased: dict[str, Markup] = {}  # a note's commentary is on four pages and a feed
        self._rebase = boundary_cleaner(rooted(self.base_path))

    # Routes: the site-relative path of each page, ending in '/' for directory pages.
    @staticmethod
    def home() -> str:
        return ""

    @staticmethod
    def edition(date: dt.date) -> str:
        return f"editions/{date.isoformat()}/"

    @staticmethod
    def archive() -> str:
        return "archive/"

    def article(self, article: Article) -> str:
        return self.article_by_id(article.id)

    def article_by_id(self, article_id: str) -> str:
        """An article's page, from its id alone (what a story's list of reports holds)."""
        if (route := self._slugs.get(article_id)) is None:
            route = self._slugs[article_id] = f"articles/{slug_of_id(article_id)}/"
        return route

    @staticmethod
    def section(section_id: str, page: int = 1) -> str:
        return f"sections/{section_id}/" + (f"page/{page}/" if page > 1 else "")

    @staticmethod
    def tag(slug: str, page: int = 1) -> str:
        return f"tags/{slug}/" + (f"page/{page}/" if page > 1 else "")

    @staticmethod
    def tags() -> str:
        return "tags/"

    @staticmethod
    def outlet(slug: str, page: int = 1) -> str:
        """An outlet's page of items (`content.outlets`)."""
        return f"outlets/{slug}/" + (f"page/{page}/" if page > 1 else "")

    @classmethod
    def outlet_of(cls, name: str) -> str:
        """The page of the outlet so named, or '' for a name that has none."""
        slug = outlet_slug(name)
        return cls.outlet(slug) if slug else ""

    @staticmethod
    def story(slug: str) -> str:
        """A story's page: its reports across outlets (`content.storygroups`)."""
        return f"stories/{slug}/"

    @staticmethod
    def search() -> str:
        return "search/"

    @staticmethod
    def search_bundle() -> str:
        """The folder of the Pagefind index and its scripts."""
        return "pagefind/"

    @staticmethod
    def email(date: dt.date) -> str:
        return f"email/{date.isoformat()}.html"

    @staticmethod
    def email_message(date: dt.date) -> str:
        """The e-mail edition as a message file, for a sending service."""
        return f"email/{date.isoformat()}.eml"

    @staticmethod
    def feeds_page() -> str:
        """The page that lists every feed with its purpose."""
        return "feeds/"

    @staticmethod
    def opml() -> str:
        """Every feed of the site in one OPML file, for a feed reader's import."""
        return "feeds.opml"

    @staticmethod
    def not_found() -> str:
        return "404.html"

    @staticmethod
    def feed(kind: str = "rss", prefix: str = "") -> str:
        return prefix + {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}[kind]

    @staticmethod
    def static(name: str) -> str:
        return f"static/{name}"

    @staticmethod
    def image(path: str, digest: str, name: str) -> str:
        """A resized picture: named after its file (`port/crane.jpg`), the hash of the
        file's bytes (so it may be cached for ever) and its width and format ('960.webp')."""
        stem = slugify(path.rpartition(".")[0].replace("/", "-")) or "image"
        return f"images/{stem}.{digest[:10]}.{name}"

    # Turning routes into URLs and files.
    @staticmethod
    def output_path(route: str) -> str:
        return route + "index.html" if route == "" or route.endswith("/") else route

    def url(self, route: str) -> str:
        """Root-relative URL with the base path, for links inside pages."""
        if (url := self._urls.get(route)) is None:
            url = self._urls[route] = self.base_path + quote(route, safe="/")
        return url

    def absolute(self, route: str) -> str:
        if (url := self._absolute.get(route)) is None:
            url = self._absolute[route] = self.base_url + quote(route, safe="/")
        return url

    def rebase_html(self, html: str) -> Markup:
        """A content fragment as it goes into a page (the `rebase` filter): sanitized
        again, with root-relative links written by editors (`/editions/...`) pointed at
        the base path."""
        if (rebased := self._rebased.get(html)) is None:
            rebased = self._rebased[html] = Markup(self._rebase.clean(html))
        return rebased


def article_slug(article: Article) -> str:
    return slug_of_id(article.id)


def slug_of_id(article_id: str) -> str:
    return slugify(article_id)


def check_routes(site: Site, errors: Collector) -> None:
    """Slugs must be non-empty and unique, or two pages would share a file."""
    seen: dict[str, Article] = {}
    for article in site.articles:
        slug = article_slug(article)
        if not slug:
            errors.report("the file name gives an empty URL slug; rename the file", article.path)
        elif too_long := slug_too_long(slug):
            errors.report(f"the file name is too long: {too_long}; rename the file", article.path)
        elif slug in seen:
            errors.report(
                f"URL slug {slug!r} collides with {seen[slug].path.name}; rename one file",
                article.path,
            )
        else:
            seen[slug] = article


# Routes are output paths: no control character or backslash in any.
_CONTROL = re.compile(r"[\x00-\x1f\\\\]")


def checked_route(route: str) -> str:
    """The route itself, once it is known to be a relative path that stays inside the
    output folder: no empty, '.' or '..' segment, no control character or backslash."""
    if not route or route.startswith("/") or any(p in ("", ".", "..") for p in route.split("/")):
        raise DigestError(f"refusing to write outside the output folder: {route!r}")
    if _CONTROL.search(route):
        raise DigestError(f"refusing an output path with control characters: {route!r}")
    return route
