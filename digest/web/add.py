"""`digest add`: a link in, a saved page and a draft note out.

Each URL is fetched (`web.http`), checked, kept as `content/articles/<id>.html`
(`web.page`) and read back with digest's own article reader, exactly as a build will
read it; a note skeleton (`scaffold.note_text`) then names it, as a draft. Nothing is
written for a URL until every check has passed, and a URL that fails is reported in one
line while the others go on.

A URL is refused when the digest has it already: the same link (as `content.hygiene`
compares links: no tracking parameters, fragment, host case or trailing '/') among the
articles' and notes' source links, before fetching and again with the page's canonical
address after; or the same story text (`content.similar`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from digest.config import Config
from digest.content.hygiene import link_key
from digest.content.model import Article
from digest.content.readers import ArticleReader
from digest.content.similar import find_duplicates
from digest.errors import DigestError
from digest.scaffold import (
    choose_edition,
    choose_section,
    create_file,
    load_content,
    next_rank,
    note_path,
    note_text,
)
from digest.text import slug_too_long, slugify
from digest.web.http import Client, FetchError, Hop, Response
from digest.web.page import canonical_url, is_html, page_text, saved_page

# Fewer words of article text than this is not an article: a paywall's teaser, a consent
# wall, a page whose text is drawn by scripts. (A short news brief is longer, in English
# or in Korean, whose words are spaced as English ones are.)
MIN_WORDS = 30
_WORD = re.compile(r"\w+")
# Words of the headline an id keeps, at most this many characters.
ID_CHARACTERS = 60
ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
# Pages fetched at once; the client allows two at a time per host.
FETCHERS = 4


@dataclass(frozen=True)
class Added:
    url: str
    article: Article  # as read from the saved file, under its id
    note: Path
    source_url: str
    redirects: tuple[Hop, ...]


@dataclass(frozen=True)
class Refused:
    url: str
    reason: str
    known: bool = False  # the digest has this story already (not a failure in a feed)


Outcome = Added | Refused


def new_id(headline: str, taken: set[str]) -> str:
    """An article id from its headline, as ids are: slugified words ('chip-exports-rebound-
    as-ai-demand'), at most ID_CHARACTERS long, numbered when the name is taken."""
    words = slugify(headline).split("-")
    base = ""
    for word in words:
        longer = f"{base}-{word}" if base else word
        if len(longer) > ID_CHARACTERS:
            break
        base = longer
    base = base or words[0][:ID_CHARACTERS] or "article"
    while slug_too_long(base):  # a few very long Hangul words
        base = base[: len(base) // 2].rstrip("-")
    found, number = base, 2
    while found in taken:
        found, number = f"{base}-{number}", number + 1
    return found


class Adder:
    """Adds pages to one project. Reads its content once, then keeps count of what it adds."""

    def __init__(
        self,
        config: Config,
        client: Client,
        today: dt.date,
        edition: dt.date | None = None,
        section: str | None = None,
    ) -> None:
        self.config = config
        self.client = client
        self.today = today
        self.articles, self.notes = load_content(config)
        self.section = choose_section(config, section)
        self.edition = choose_edition(config, today, edition)
        self.rank = next_rank(self.notes, self.edition, self.section)
        self.folder = config.root / config.content_dir / "articles"
        self.reader = ArticleReader(config)
        self.known: dict[str, str] = {}  # link_key -> article id
        for article in self.articles:
            self._know(article.source_url, article.id)
        for note in self.notes.notes:
            self._know(note.source_url, note.article_id)

    def _know(self, url: str, article_id: str) -> None:
        if url:
            self.known.setdefault(link_key(url), article_id)

    def known_as(self, url: str) -> str | None:
        """The id of the article the digest has under this link, if any."""
        return self.known.get(link_key(url))

    def _taken(self) -> set[str]:
        """Names no new article may take: every file in content/articles/ (a file of an
        unsupported type too), and every id read."""
        names = {path.stem for path in self.folder.iterdir()} if self.folder.is_dir() else set()
        return names | {article.id for article in self.articles}

    def add_all(self, urls: Iterable[str]) -> Iterator[Outcome]:
        """Add each URL, in order; pages are fetched a few at a time."""
        urls = list(urls)
        with ThreadPoolExecutor(FETCHERS) as pool:
            fetched = pool.map(self._fetch, urls)
            for url, answer in zip(urls, fetched, strict=True):
                yield self._keep(url, answer)

    def _fetch(self, url: str) -> Response | FetchError | Refused:
        if (known := self.known_as(url)) is not None:
            return Refused(url, f"already in the digest as {known!r}", known=True)
        try:
            return self.client.get(url, accept=ACCEPT_HTML)
        except FetchError as error:
            return error

    def _keep(self, url: str, answer: Response | FetchError | Refused) -> Outcome:
        if isinstance(answer, Refused):
            return answer
        if isinstance(answer, FetchError):
            return Refused(url, answer.message)
        # Another URL of this run may have brought the same link in meanwhile.
        if (known := self.known_as(url)) is not None:
            return Refused(url, f"already in the digest as {known!r}", known=True)
        try:
            return self._save(url, answer)
        except DigestError as error:
            return Refused(url, error.problem.message)

    def _save(self, url: str, response: Response) -> Outcome:
        if not response.ok:
            return Refused(url, response.status_line)
        if not is_html(response.media_type, response.body):
            return Refused(url, f"not an HTML page ({response.media_type or 'no content type'})")
        text = page_text(response.headers.get("content-type", ""), response.body, response.url)
        source = canonical_url(text, response.url)
        for link in (source, response.url):
            if (known := self.known_as(link)) is not None:
                return Refused(url, f"already in the digest as {known!r} (same link: {source})", known=True)
        data = saved_page(text, source)
        article = self.reader.read(self.folder / "fetched.html", data)
        words = len(_WORD.findall(article.text))
        if words < MIN_WORDS:
            return Refused(
                url,
                f"only {words} words of article text: a paywall, or a page whose article is not in its HTML",
            )
        for duplicate in find_duplicates([*self.articles, article]):
            if article is duplicate.copy or article is duplicate.original:
                other = duplicate.original if duplicate.copy is article else duplicate.copy
                how = (
                    "the same story text"
                    if duplicate.identical
                    else f"{duplicate.similarity:.0%} the same text"
                )
                return Refused(url, f"already in the digest as {other.id!r} ({how})", known=True)

        article_id = new_id(article.headline, self._taken())
        path = self.folder / f"{article_id}.html"
        article = replace(article, id=article_id, path=path)
        note = note_path(self.config, self.edition, article_id)
        if note.exists():
            raise DigestError("already exists; refusing to overwrite it", note)
        written_by = [f"Written by `digest add` from {url} on {self.today.isoformat()}."]
        written_by += [f"Redirected ({hop.status}) from {hop.url} to {hop.to}." for hop in response.redirects]
        text = note_text(article, self.edition, self.section, self.rank, source, tuple(written_by))
        self._write(path, data)
        try:
            create_file(self.config, note, text)
        except BaseException:
            path.unlink()  # written just now, by this run: nothing is left half added
            raise
        self.rank += 1
        self.articles.append(article)
        for link in (url, response.url, source):
            self._know(link, article_id)
        return Added(url, article, note, source, response.redirects)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with path.open("xb") as handle:
                handle.write(data)
        except FileExistsError:
            raise DigestError("already exists; refusing to overwrite it", path) from None
