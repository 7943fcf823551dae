"""The HTTP client of `digest add`, `check --links` and `ping`: urllib3, bounded and polite.

- Honest: every request says it is digest, with the site's address to write to
  (`user_agent`), and robots.txt is read and obeyed for every URL and every redirect.
- Bounded: a connect and a read timeout per operation, a deadline for the whole
  answer (a server trickling a byte at a time cannot hold a request for ever), a size
  limit checked against Content-Length and again while reading, a limit of redirects,
  and a limit of requests in flight per host.
- Recorded: redirects are followed one hop at a time, and each hop is kept.
- One line: every failure is a `FetchError` whose message says what went wrong, in
  words an editor can act on (no traceback, no urllib3 repr).

urllib3 rather than the standard library's urllib.request: streaming reads with a limit
(`read1`, so a slow server is seen between chunks), thread-safe connection pools for the
concurrent link checker, and separate connect and read timeouts. It is already installed
with trafilatura, which uses it for its own downloads.
"""

from __future__ import annotations

import contextlib
import errno
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    LocationParseError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from digest import __version__
from digest.content.readers.encoding import MAX_FILE_BYTES
from digest.text import is_http_url

# The token robots.txt rules name digest by ("User-agent: digest").
ROBOTS_AGENT = "digest"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
MAX_REDIRECTS = 10
# RFC 9309: a crawler may stop reading robots.txt after 500 KiB.
ROBOTS_BYTES = 500 * 1024
_CHUNK = 64 * 1024
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def user_agent(site_url: str) -> str:
    """'digest/0.1.0 (+https://example.github.io/my-digest/)': the program and where its
    editor publishes, so a site's owner can see who fetched a page and why."""
    return f"digest/{__version__} (+{site_url})"


class FetchError(Exception):
    """A request that did not give an answer, with a one-line reason.

    `kind` says what kind: 'robots' (robots.txt forbids it), 'network' (DNS, refused,
    timed out, broken), 'size' (over the limit), 'redirects', 'url' (not http(s))."""

    def __init__(self, message: str, kind: str = "network") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


@dataclass(frozen=True)
class Hop:
    """One redirect: `status` from `url` to `to`."""

    status: int
    url: str
    to: str


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after every redirect
    status: int
    reason: str
    headers: dict[str, str]  # names in lowercase
    body: bytes
    redirects: tuple[Hop, ...] = ()

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def status_line(self) -> str:
        return f"HTTP {self.status}" + (f" {self.reason}" if self.reason else "")

    @property
    def media_type(self) -> str:
        """The Content-Type without parameters, in lowercase ('' when there is none)."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def check_url(url: str) -> str:
    """The URL itself if digest may fetch it: http or https, with a host, and nothing a
    URL cannot hold (white space, control characters, '<', '"'). Every URL digest
    requests passes here, redirects' too, so none can carry a line break into a note or
    an escape sequence onto the editor's terminal."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise FetchError("not a valid URL", "url") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("not an http(s) URL", "url")
    if not is_http_url(url) or _CONTROL.search(url):
        raise FetchError("not a valid URL (it holds spaces, control characters, '<' or '\"')", "url")
    return url


def is_fetchable(url: str) -> bool:
    """Whether `check_url` lets the URL through."""
    try:
        check_url(url)
    except FetchError:
        return False
    return True


class Client:
    """One session of requests: connection pools, robots.txt rules and per-host slots
    are shared by every thread that uses it."""

    def __init__(
        self,
        agent: str,
        timeout: float = 15.0,
        deadline: float = 60.0,
        max_bytes: int = MAX_FILE_BYTES,
        per_host: int = 2,
        obey_robots: bool = True,
    ) -> None:
        self.agent = agent
        self.timeout = timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.per_host = per_host
        self.obey_robots = obey_robots
        headers = {"User-Agent": agent, **urllib3.util.make_headers(accept_encoding=True)}
        self.pool = urllib3.PoolManager(
            num_pools=32,
            maxsize=per_host,
            headers=headers,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
            retries=False,
        )
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._robots: dict[str, RobotFileParser | FetchError] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        self.pool.clear()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Requests.
    def get(self, url: str, accept: str = "*/*", method: str = "GET", read_body: bool = True) -> Response:
        """Fetch `url`, following redirects (each allowed by robots.txt) and reading at
        most `max_bytes` of the final answer. Any HTTP status is returned; a request that
        gets none raises FetchError."""
        started = time.monotonic()
        hops: list[Hop] = []
        seen = {url}
        while True:
            check_url(url)
            if self.obey_robots and not self.allowed(url):
                raise FetchError(
                    f"robots.txt of {urlsplit(url).netloc} does not allow digest to fetch it", "robots"
                )
            status, reason, headers, body = self._request(
                method, url, accept, read_body, started, self.max_bytes
            )
            location = headers.get("location")
            if status not in REDIRECT_STATUSES or not location:
                return Response(url, status, reason, headers, body, tuple(hops))
            target = urljoin(url, location.strip())
            try:
                check_url(target)
            except FetchError as error:
                raise FetchError(
                    f"redirected ({status}) to an address digest will not follow: {error.message}", "url"
                ) from None
            hops.append(Hop(status, url, target))
            if len(hops) > MAX_REDIRECTS:
                raise FetchError(f"more than {MAX_REDIRECTS} redirects", "redirects")
            if target in seen:
                raise FetchError(f"redirect loop at {target}", "redirects")
            seen.add(target)
            if status == 303:
                method = "GET"
            url = target

    def post_form(self, url: str, fields: dict[str, str]) -> Response:
        """POST a form (application/x-www-form-urlencoded) to `url`; redirects are not
        followed (a POST that moved is the server's mistake to report). robots.txt rules
        crawling, not a notification sent to a hub, so it is not read."""
        check_url(url)
        host = urlsplit(url).netloc.lower()
        with self._slot(host):
            try:
                response = self.pool.request(
                    "POST", url, fields=fields, encode_multipart=False, redirect=False, retries=False
                )
            except (HTTPError, ValueError) as error:
                raise FetchError(self._describe(error, host)) from None
        headers = {name.lower(): value for name, value in response.headers.items()}
        return Response(url, response.status, response.reason or "", headers, b"")

    def _request(
        self,
        method: str,
        url: str,
        accept: str,
        read_body: bool,
        started: float,
        limit: int,
        truncate: bool = False,
    ) -> tuple[int, str, dict[str, str], bytes]:
        host = urlsplit(url).netloc.lower()
        with self._slot(host):
            try:
                response = self.pool.request(
                    method,
                    url,
                    headers={**self.pool.headers, "Accept": accept},
                    preload_content=False,
                    redirect=False,
                    retries=False,
                )
            except (HTTPError, ValueError) as error:
                raise FetchError(self._describe(error, host)) from None
            headers = {name.lower(): value for name, value in response.headers.items()}
            try:
                body = b""
                if read_body and method != "HEAD" and response.status not in REDIRECT_STATUSES:
                    body = self._read(response, started, limit, truncate)
                return response.status, response.reason or "", headers, body
            except (HTTPError, OSError) as error:
                raise FetchError(self._describe(error, host)) from None
            finally:
                # A body left unread (a redirect's, or one over the limit) would leave the
                # connection mid-answer: close it rather than read megabytes to reuse it.
                response.close()
                response.release_conn()

    def _read(self, response: urllib3.BaseHTTPResponse, started: float, limit: int, truncate: bool) -> bytes:
        """The body, at most `limit` bytes: over it, an error, or with `truncate` (robots.txt,
        of which RFC 9309 reads the first 500 KiB) the first `limit` bytes."""
        length = response.headers.get("content-length", "")
        if not truncate and length.isdigit() and int(length) > limit:
            raise FetchError(
                f"the answer is {_megabytes(int(length))}; the limit is {_megabytes(limit)}", "size"
            )
        chunks: list[bytes] = []
        size = 0
        while True:
            # read1: what has arrived (up to a chunk), so the deadline is checked even
            # when a server sends a few bytes at a time.
            chunk = response.read1(_CHUNK)  # type: ignore[attr-defined]
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                if truncate:
                    chunks.append(chunk)
                    return b"".join(chunks)[:limit]
                raise FetchError(f"the answer is larger than the limit of {_megabytes(limit)}", "size")
            if time.monotonic() - started > self.deadline:
                raise FetchError(f"the answer took longer than {self.deadline:g} s")
            chunks.append(chunk)

    @contextlib.contextmanager
    def _slot(self, host: str) -> Iterator[None]:
        """At most `per_host` requests to one host at a time, whatever the threads."""
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with slot:
            yield

    def _describe(self, error: BaseException, host: str) -> str:
        """urllib3's exception as a sentence."""
        if isinstance(error, NameResolutionError):
            return f"cannot find the host {host.split(':')[0]} (DNS lookup failed)"
        if isinstance(error, NewConnectionError):
            cause = error.__cause__ or error.__context__
            if isinstance(cause, ConnectionRefusedError) or "refused" in str(error).lower():
                return f"{host} refused the connection"
            code = getattr(cause, "errno", None)
            return f"cannot connect to {host}" + (f": {errno.errorcode.get(code, code)}" if code else "")
        if isinstance(error, ConnectTimeoutError):
            return f"no answer from {host} within {self.timeout:g} s"
        if isinstance(error, ReadTimeoutError | TimeoutError):
            return f"{host} stopped answering (nothing for {self.timeout:g} s)"
        if isinstance(error, SSLError):
            return f"TLS failed with {host}: {str(error).splitlines()[0][:160]}"
        if isinstance(error, ProtocolError):
            return f"the connection to {host} broke off"
        if isinstance(error, LocationParseError | ValueError):
            return "not a valid URL"
        return f"request to {host} failed: {type(error).__name__}"

    # robots.txt.
    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets digest fetch `url` (RFC 9309): no robots.txt (a 4xx
        answer) allows everything; one that cannot be had (a 5xx answer, no connection)
        allows nothing, and the reason is raised so the editor sees it."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch of robots.txt per origin, whatever the threads
            if origin not in self._robots:
                self._robots[origin] = self._fetch_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, FetchError):
            raise rules
        return rules.can_fetch(ROBOTS_AGENT, url)

    def _fetch_robots(self, origin: str) -> RobotFileParser | FetchError:
        rules = RobotFileParser(origin + "/robots.txt")
        url = origin + "/robots.txt"
        started = time.monotonic()
        try:
            for _ in range(5):  # RFC 9309: follow at least five redirects
                status, _reason, headers, body = self._request(
                    "GET", url, "text/plain", True, started, ROBOTS_BYTES, truncate=True
                )
                location = headers.get("location")
                if status in REDIRECT_STATUSES and location:
                    url = check_url(urljoin(url, location.strip()))
                    continue
                break
        except FetchError as error:
            return error  # the site cannot be reached: nor can the page
        if status >= 500:
            return FetchError(f"robots.txt of {origin} cannot be read (HTTP {status}); not fetching")
        if 400 <= status < 500 or status in REDIRECT_STATUSES:
            rules.allow_all = True  # no robots.txt: no rules
            return rules
        rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules
