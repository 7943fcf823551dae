"""`digest check --links`: does every link lead somewhere?

Internal links are followed through the site built in memory (`build.render_without_search`):
every `href`, `src` and `action` of every HTML file (pages and e-mail editions) that
points into the site must name a file of it, and a `#fragment` an element of the page.
External links, with `--external`, are the sources (a note's `source_url`, or its
article's) and the links in the editor's commentary and intros, asked for over HTTP:
several at once, at most two at a time per host (`web.http.Client`), HEAD first and GET
when a server will not answer HEAD, robots.txt obeyed.

Each dead link is reported where the editor can fix it: the line of the note (or
article) that holds it, found as `content.hygiene` finds lines. A dead internal link
that no note holds comes from the theme, and is reported at the output file and line.

Answers are kept for a day in `.digest-cache/links.json` (JSON: a cache file must never
be able to run code), except those that may change within minutes: no connection,
a timeout, a 5xx answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from digest.build import load_site, render_without_search
from digest.check import CheckResult
from digest.config import Config
from digest.content.hygiene import Finding, LineFinder
from digest.content.model import Note, Site
from digest.errors import Problem
from digest.text import is_http_url
from digest.web.http import PERMANENT_REDIRECTS, Client, FetchError

DEAD = "dead link"
MOVED = "link moved"
UNVERIFIED = "link not verified"
CACHE_FILE = "links.json"
CACHE_SECONDS = 24 * 60 * 60
CACHE_VERSION = 1
CHECKERS = 8  # requests in flight at once (and two per host, by the client)
# Answers that say the site would not talk to digest, not that the page is gone.
_REFUSALS = frozenset({401, 403, 429})


@dataclass(frozen=True)
class Verdict:
    state: str  # 'alive', 'moved', 'dead' or 'unverified'
    detail: str  # what to show: 'HTTP 404 Not Found', the new address...
    lasting: bool = True  # worth keeping for a day


@dataclass(frozen=True)
class Place:
    """Where a link is written: a file, a line and the field."""

    path: Path
    line: int
    field: str


# Internal links.


def _page_url(config: Config, route: str) -> str:
    folder = route[: -len("index.html")] if route.endswith("index.html") else route
    return config.base_url + folder


def _target(config: Config, url: str) -> tuple[str, str] | None:
    """(route of the file, fragment) a URL names in the site, or None for another site."""
    parts = urlsplit(url)
    base = urlsplit(config.base_url)
    if (parts.scheme, parts.netloc) != (base.scheme, base.netloc) or not parts.path.startswith(
        config.base_path
    ):
        return None
    route = unquote(parts.path[len(config.base_path) :])
    if route == "" or route.endswith("/"):
        route += "index.html"
    return route, unquote(parts.fragment)


def internal_findings(site: Site, files: dict[str, bytes]) -> tuple[int, list[Finding]]:
    """How many internal links there are, and a finding for each that leads nowhere,
    once per place it is written."""
    import lxml.html

    config = site.config
    ids: dict[str, set[str]] = {}
    trees = {}
    for route, data in files.items():
        if route.endswith(".html"):
            trees[route] = tree = lxml.html.document_fromstring(data)
            ids[route] = {str(value) for value in tree.xpath("//@id | //a/@name")}
    dead: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    count = 0
    for route, tree in trees.items():
        page_url = _page_url(config, route)
        for element, _attribute, link, _ in tree.iterlinks():
            target = _target(config, urljoin(page_url, link.strip()))
            if target is None:
                continue
            file, fragment = target
            count += 1
            if file not in files:
                reason = "leads to no page of the site"
            elif fragment and file in ids and fragment not in ids[file]:
                reason = f"names #{fragment}, which that page does not have"
            else:
                continue
            dead[(_as_written(config, link.strip()), reason)].append((route, element.sourceline or 1))
    findings = [
        _internal_finding(site, href, reason, pages) for (href, reason), pages in sorted(dead.items())
    ]
    return count, findings


def _as_written(config: Config, href: str) -> str:
    """A link into the site as an editor writes it in a note: root-relative, without the
    base path ('/editions/2025-11-19/'), whether the page has it so ('/digest/editions/
    ...') or absolute (an e-mail edition's 'https://example.org/digest/editions/...')."""
    if href.startswith(config.base_url):
        return "/" + href[len(config.base_url) :]
    if href.startswith(config.base_path):
        return "/" + href[len(config.base_path) :]
    return href


def _internal_finding(site: Site, written: str, reason: str, pages: list[tuple[str, int]]) -> Finding:
    """At the note that holds the link if one does (an editor wrote it), else at the
    first output file that shows it (the theme did)."""
    config = site.config
    lines = LineFinder()
    on = f" (on {len(pages)} pages)" if len(pages) > 1 else ""
    for path in sorted({note.path for note in _notes(site)}):
        if line := lines.find_text(path, written):
            return Finding(DEAD, Problem(f"{written} {reason}{on}", path, line, "link"))
    route, line = pages[0]
    return Finding(DEAD, Problem(f"{written} {reason}{on}", config.output_path / route, line, "link"))


def _notes(site: Site) -> list[Note]:
    """Published and held-back notes: the editor is usually preparing a held-back one."""
    return [item.note for item in site.items] + [held.note for held in site.held_back]


# External links.


def external_links(site: Site) -> dict[str, list[Place]]:
    """Every source link and every http(s) link in a commentary or intro, each with the
    places it is written, in a stable order."""
    lines = LineFinder()
    articles = {article.id: article for article in site.articles}
    found: dict[str, list[Place]] = defaultdict(list)
    notes = _notes(site)
    for note in notes:
        article = articles.get(note.article_id)
        if note.source_url:
            found[note.source_url].append(
                Place(note.path, lines.key(note.path, "source_url", note.line), "source_url")
            )
        elif article is not None and article.source_url:
            line = lines.find_text(article.path, article.source_url) or 1
            found[article.source_url].append(Place(article.path, line, "source_url"))
        for url in _hrefs(note.commentary_html):
            line = lines.find_text(note.path, url) or lines.key(note.path, "commentary", note.line)
            found[url].append(Place(note.path, line, "commentary"))
    by_edition = defaultdict(set)
    for note in notes:
        by_edition[note.edition].add(note.path)
    for edition in site.editions:
        for url in _hrefs(edition.intro_html):
            path = next((p for p in sorted(by_edition[edition.date]) if lines.find_text(p, url)), None)
            if path is not None:
                found[url].append(Place(path, lines.find_text(path, url) or 1, "intro"))
    return {
        url: sorted(set(places), key=lambda p: (str(p.path), p.line)) for url, places in sorted(found.items())
    }


def _hrefs(fragment: str) -> Iterator[str]:
    """The http(s) links of a sanitized HTML fragment (a commentary, an intro)."""
    import lxml.html

    if "href" not in fragment:
        return
    for value in lxml.html.fragment_fromstring(fragment, create_parent="div").xpath("//a/@href"):
        url = str(value).strip()
        if is_http_url(url):
            yield url


def verdict(client: Client, url: str) -> Verdict:
    """What asking for `url` says: HEAD, then GET when HEAD gets an error (servers that
    do not implement HEAD answer 405, 404 or 403 to it). No body is read."""
    try:
        response = client.get(url, method="HEAD", read_body=False)
        if not response.ok:
            response = client.get(url, read_body=False)
    except FetchError as error:
        if error.kind == "robots":
            return Verdict("unverified", error.message)
        return Verdict("dead", error.message, lasting=False)
    if response.ok:
        hops = response.redirects
        if hops and hops[0].status in PERMANENT_REDIRECTS:
            return Verdict("moved", f"moved permanently ({hops[0].status}) to {response.url}")
        return Verdict("alive", response.status_line)
    if response.status in _REFUSALS:
        return Verdict(
            "unverified", f"{response.status_line}: the site refuses digest; check it in a browser"
        )
    return Verdict("dead", response.status_line, lasting=response.status < 500)


class LinkCache:
    """Verdicts of the last day, in `.digest-cache/links.json`."""

    def __init__(self, folder: Path, now: float) -> None:
        self.path = folder / CACHE_FILE
        self.now = now
        self.entries: dict[str, dict[str, object]] = {}
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if (
                isinstance(data, dict)
                and data.get("version") == CACHE_VERSION
                and isinstance(data.get("links"), dict)
            ):
                self.entries = {
                    url: entry
                    for url, entry in data["links"].items()
                    if isinstance(entry, dict) and self._fresh(entry)
                }

    def _fresh(self, entry: dict[str, object]) -> bool:
        checked = entry.get("checked")
        return (
            isinstance(checked, int | float)
            and 0 <= self.now - checked < CACHE_SECONDS
            and entry.get("state") in ("alive", "moved", "dead", "unverified")
            and isinstance(entry.get("detail"), str)
        )

    def get(self, url: str) -> Verdict | None:
        entry = self.entries.get(url)
        return Verdict(str(entry["state"]), str(entry["detail"])) if entry else None

    def put(self, url: str, found: Verdict) -> None:
        if found.lasting:
            self.entries[url] = {"state": found.state, "detail": found.detail, "checked": self.now}

    def save(self) -> None:
        """Written whole, then renamed into place: a reader never sees half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": CACHE_VERSION, "links": self.entries}, indent=1, sort_keys=True)
        handle, temporary = tempfile.mkstemp(prefix=".links.", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(data + "\n")
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


def check_external(urls: Iterable[str], client: Client, cache: LinkCache) -> dict[str, Verdict]:
    """A verdict for every URL: from the cache when it is a day old at most, else asked
    for, several at a time. Fragments are the page's business, not the server's."""
    verdicts: dict[str, Verdict] = {}
    asked: dict[str, str] = {url: url.split("#", 1)[0] for url in urls}
    pending = sorted({page for page in asked.values() if cache.get(page) is None})
    with ThreadPoolExecutor(CHECKERS) as pool:
        for page, found in zip(pending, pool.map(lambda page: verdict(client, page), pending), strict=True):
            cache.put(page, found)
            verdicts[page] = found
    for url, page in asked.items():
        verdicts[url] = verdicts.get(page) or cache.get(page) or Verdict("unverified", "not checked")
    return verdicts


def external_findings(site: Site, client: Client, now: float | None = None) -> tuple[int, list[Finding]]:
    """How many external links there are, and a finding for each place of each one that
    is dead, moved or could not be checked."""
    links = external_links(site)
    cache = LinkCache(site.config.cache_path, time.time() if now is None else now)
    verdicts = check_external(links, client, cache)
    cache.save()
    kinds = {"dead": DEAD, "moved": MOVED, "unverified": UNVERIFIED}
    findings = []
    for url, places in links.items():
        found = verdicts[url]
        if found.state == "alive":
            continue
        for place in places:
            problem = Problem(f"{url}: {found.detail}", place.path, place.line, place.field)
            findings.append(Finding(kinds[found.state], problem))
    return len(links), findings


def check_links(config: Config, today: dt.date, result: CheckResult, client: Client | None) -> CheckResult:
    """`result` (of `check.run_check`) with the site's dead links, and with `client` its
    external links too: dead ones fail the check, moved and unverified ones are warnings."""
    site = load_site(config, today)
    count, broken = internal_findings(site, render_without_search(site))
    warnings: list[Finding] = []
    if client is not None:
        external, found = external_findings(site, client)
        count += external
        broken += [finding for finding in found if finding.kind == DEAD]
        warnings = [finding for finding in found if finding.kind != DEAD]
    broken.sort(key=lambda finding: (str(finding.problem.path), finding.problem.line or 0))
    warnings.sort(key=lambda finding: (finding.kind, str(finding.problem.path), finding.problem.line or 0))
    return replace(result, warnings=result.warnings + tuple(warnings), broken=tuple(broken), links=count)
