"""The `digest` command. The only module that prints or chooses an exit status."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shlex
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

import click

from digest import DISTRIBUTION, __version__
from digest.config import Config, load_config
from digest.errors import DigestError, DigestErrors, disk_problem, shown_path
from digest.incremental import cachewarnings, uptodate
from digest.incremental.lock import exclusive
from digest.moments import RANGE, date_in_range
from digest.starter import LANGUAGES
from digest.text import plural, single_line

if TYPE_CHECKING:
    from digest.build import Progress
    from digest.web.add import Adder
    from digest.web.http import Client

# The modules that read and render (Markdown, Jinja, feedgen...) are imported by the
# commands that use them, after the build has started what it can start early (see
# build_command): importing them takes a fifth of a second.

STAGES = {"read": "reading and validating content", "render": "rendering pages and feeds", "write": "writing"}


def _load(config_path: Path, base_url: str | None) -> Config:
    config = load_config(config_path)
    return config.with_base_url(base_url) if base_url else config


def _root(config_path: Path) -> Path:
    return config_path.parent if config_path.parent != Path("") else Path(".")


def _report_cache_warnings(root: Path) -> None:
    """A cache file discarded as damaged or refused: one line, on stderr, as it happens."""
    cachewarnings.listen(lambda problem: click.echo(problem.format(root), err=True))


def _fail(
    error: DigestError, root: Path, what: str = "Build failed", after: str = "output/ was not changed"
) -> None:
    problems = error.problems
    for problem in problems:
        click.echo(problem.format(root), err=True)
    if what:  # without, the problems alone (`init`: one line)
        noun = "problem" if len(problems) == 1 else "problems"
        click.echo(f"{what}: {len(problems)} {noun}" + (f"; {after}." if after else "."), err=True)
    sys.exit(1)


@contextlib.contextmanager
def _reporting(
    root: Path, what: str = "Build failed", after: str = "output/ was not changed"
) -> Iterator[None]:
    """Exit 1 with one line per problem for a problem with the input, or for a file the
    disk would not read or write (full, read-only, not ours to write): a build fails
    before its swap, so output/ is as it was. An OSError that names no file is digest's
    own fault and goes on with its traceback."""
    try:
        yield
    except DigestError as error:
        _fail(error, root, what, after)
    except OSError as error:
        problem = disk_problem(error)
        if problem is None:
            raise
        _fail(DigestErrors([problem]), root, what, after)


def _today(config: Config, today: dt.date | None) -> dt.date:
    return today or dt.datetime.now(config.tz).date()


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date YYYY-MM-DD, got {value!r}") from None
    if not date_in_range(day):
        raise click.BadParameter(f"expected a date {RANGE}, got {value!r}")
    return day


def config_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path, dir_okay=False),
        default=Path("config.yaml"),
        show_default=True,
        help="The site's config file; content/ and themes/ are found beside it. "
        "Example: --config ~/sites/brief/config.yaml",
    )(function)


def today_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--today",
        callback=_date,
        metavar="DATE",
        default=None,
        help="Act as if today were DATE (in the configured time zone), e.g. to preview what "
        "a scheduled edition will publish. Default: today. Example: --today 2025-11-25",
    )(function)


# Set by the commands that leave no thread or child process behind when they return
# (build, check): `run` may then skip the interpreter's teardown.
_nothing_left_running = False


def run() -> NoReturn:
    """The `digest` program (`python -m digest` and the console script): `main`, then,
    after `build` or `check`, an exit that skips tearing the interpreter down. A build at
    10,000 articles leaves a million objects alive, and freeing them one by one took 0.3 s
    after every file was written, every child process had ended and the lock was
    released; nothing is left to do by then but flush the output streams. `serve` exits
    the usual way, as its server and rebuild threads may still be at work. Tests call
    `main`."""
    try:
        main()
        code: object = 0
    except SystemExit as stop:
        code = stop.code
    if not _nothing_left_running:
        sys.exit(code)
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        # A closed stream (digest build | head -1, or none at all) has nothing to keep.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
# The version the wheel's metadata is made from (pyproject.toml: [tool.hatch.version]);
# read from the package, not from the metadata, which an editable install leaves stale.
@click.version_option(
    __version__, package_name=DISTRIBUTION, prog_name="digest", message="%(prog)s %(version)s (%(package)s)"
)
def main() -> None:
    """digest: turn scraped news articles and an editor's notes into a static
    news-digest site with feeds.

    Run every command from the folder that holds config.yaml (or pass --config).
    Articles live in content/articles/, the editor's notes in content/notes/, the
    theme in themes/. `digest COMMAND --help` explains each command and option.

    \b
    A new site:
      digest init mysite                 a working site to start from (--sample, --language ko)

    \b
    An editor's day:
      digest add URL                     fetch a page and write a draft note on it
      digest add --feed URL|FILE         ... or the new entries of a feed
      digest new edition                 start the next edition's file
      digest new note ARTICLE_ID         write a note skeleton for an article
      digest serve                       preview with drafts, reloading on save
      digest check [--links]             validate and list editorial warnings
      digest build                       write the site into output/
      digest inspect ARTICLE_ID          how a scraped file was read, line by line
      digest ping                        tell the WebSub hub the feeds changed

    \b
    Exit status: 0 on success; 1 when the input has problems (each printed as
    path:line: field: message); 2 for a misused command line.
    """


@main.command("build")
@config_option
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Write the site here instead of config.yaml's output_dir. Example: --out /tmp/site",
)
@click.option(
    "--base-url",
    default=None,
    help="Override base_url for this build. Example: --base-url https://name.github.io/repo/",
)
@today_option
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but problems. Example: digest build -q")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Also list every warning by file and line (as `digest check` does). Example: digest build -v",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Render and write every file; neither read nor update .digest-cache/. "
    "Example: digest build --no-cache",
)
def build_command(
    config_path: Path,
    out: Path | None,
    base_url: str | None,
    today: dt.date | None,
    quiet: bool,
    verbose: bool,
    no_cache: bool,
) -> None:
    """Read content/, validate everything, and write the complete site.

    Drafts and notes whose edition date is after today are held back. On any error
    nothing is written: every problem is listed as `path:line: field: message` and
    the exit status is 1. Otherwise the site is written into a staging folder and
    swapped into place, and a report follows: counts of articles, notes, editions,
    pages and feeds, what was held back and why, warnings, and the time taken.

    \b
    Examples:
      digest build
      digest build --base-url http://127.0.0.1:8000/ --out /tmp/site
      digest build --today 2025-11-26 -v
    """
    global _nothing_left_running
    _nothing_left_running = True
    root = _root(config_path)
    _report_cache_warnings(root)
    started = time.perf_counter()
    with _reporting(root):
        config = _load(config_path, base_url)
        if not quiet:
            click.echo(f"Building {config.title} for {config.base_url}")
        target = out or config.output_path
        day = _today(config, today)
        with contextlib.ExitStack() as held:
            spare_copy = None
            if not no_cache:
                held.enter_context(exclusive(config.cache_path))
                # With output/ gone, the copy for the next spare tree starts before anything
                # else: the disk work then overlaps imports and the up-to-date check too.
                if not target.exists():  # the trees' machinery is imported only then
                    from digest.incremental.tree import start_spare_copy

                    spare_copy = start_spare_copy(target, config.cache_path)
                if spare_copy is not None:
                    held.callback(spare_copy.cancel)  # unless the build used it
                key, racy = uptodate.signature(config, config_path, day, target)
                reports = uptodate.remembered(config.cache_path, key, target)
                if reports is not None:
                    if not quiet:
                        seconds = time.perf_counter() - started
                        click.echo(
                            f"Up to date: nothing changed since the last build (checked in {seconds:.2f} s)"
                        )
                        for line in reports[verbose][1:]:  # the first line is the last build's time
                            click.echo(line)
                    return
                uptodate.forget(config.cache_path)
            from digest.build import build

            with _progress(quiet) as progress:
                result = build(config, out, day, progress, cache=not no_cache, spare_copy=spare_copy)
            from digest.report import build_report

            reports = {flag: build_report(result, root, flag) for flag in (False, True)}
            if not no_cache:  # under the lock: another build's record cannot come between
                uptodate.remember(config.cache_path, key, racy, reports, target)
    if not quiet:
        for line in reports[verbose]:
            click.echo(line)


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[Progress]:
    """A rich progress bar on a terminal, plain lines otherwise, nothing when quiet."""
    if quiet:
        yield lambda stage, done, total: None
        return
    if not sys.stdout.isatty():

        def plain(stage: str, done: int, total: int) -> None:
            if done == total:
                click.echo(f"  {STAGES[stage]}" + (f" {total} files" if stage == "write" else "") + ": done")

        yield plain
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # No refresh thread (auto_refresh=False): reading forks worker processes, which is
    # only safe while this process has one thread (digest/incremental/contentstore.py). The bar is
    # redrawn from the callback instead, at most ten times a second.
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
        auto_refresh=False,
    ) as bar:
        task = bar.add_task(STAGES["read"], total=1)
        drawn = 0.0

        def fancy(stage: str, done: int, total: int) -> None:
            nonlocal drawn
            now = time.monotonic()
            redraw = done in (0, total) or now - drawn >= 0.1
            bar.update(task, description=STAGES[stage], completed=done, total=total, refresh=redraw)
            if redraw:
                drawn = now

        yield fancy


def _timeout_option(default: float) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--timeout",
        type=click.FloatRange(0.1, 600),
        default=default,
        show_default=True,
        metavar="SECONDS",
        help="How long to wait for a server to connect or to send anything. Example: --timeout 30",
    )


@main.command("check", short_help="Validate without writing; list editorial warnings and dead links.")
@config_option
@today_option
@click.option(
    "--strict",
    is_flag=True,
    help="Exit with status 1 on warnings too, not only on errors; for CI. Example: digest check --strict",
)
@click.option(
    "--links",
    is_flag=True,
    help="Also follow every internal link of the site (built in memory) and report those "
    "that lead nowhere. Example: digest check --links",
)
@click.option(
    "--external",
    is_flag=True,
    help="With --links: also ask every source link and every link in a commentary or intro "
    "whether it is alive (answers are kept a day in .digest-cache/links.json). "
    "Example: digest check --links --external",
)
@_timeout_option(10.0)
def check_command(
    config_path: Path, today: dt.date | None, strict: bool, links: bool, external: bool, timeout: float
) -> None:
    """Validate everything a build validates, without writing, and list editorial
    warnings.

    \b
    Errors (the build would fail):  every problem a build reports.
    Warnings (the build would succeed, but look again):
      what the reader could not read   a stamp, a date, mojibake; a file no note
                                publishes that cannot be read at all
      field neither the file nor the note gives   a published item without a
                                headline, outlet or publication time
      repeated source link      a link already used in one of the last
                                editorial.repeat_window editions
      tracking parameters       utm_*, fbclid, gclid ... in a source URL
      article without a note    it is read but not published
      summary                   empty, or longer than editorial.summary_limit
      section without items     a configured section whose page would be empty
      same story saved twice    identical or near-identical article text
    With --links (dead links fail the check; the others are warnings):
      dead link                 leads to no page, or (--external) a 404, no such host...
      link moved                (--external) moved permanently to another address
      link not verified         (--external) robots.txt or the site refused digest

    Output is grouped by kind, each group counted, one `path:line: message` per line.
    Exit status: 1 on errors or dead links (or on warnings with --strict), otherwise 0.

    \b
    Examples:
      digest check
      digest check --strict --today 2025-11-26
      digest check --links --external
    """
    if external and not links:
        raise click.UsageError("--external goes with --links")
    global _nothing_left_running
    _nothing_left_running = True
    root = _root(config_path)
    _report_cache_warnings(root)
    with _reporting(root, "check failed", ""):
        config = load_config(config_path)
        from digest.check import run_check

        day = _today(config, today)
        result = run_check(config, day)
        if links and not result.errors:
            from digest.web.http import Client, user_agent
            from digest.web.links import check_links

            with Client(user_agent(config.base_url), timeout=timeout) as client:
                result = check_links(config, day, result, client if external else None)
    from digest.report import check_report

    for line in check_report(result, root, strict):
        click.echo(line)
    sys.exit(1 if result.failed(strict) else 0)


@main.command("inspect", short_help="Show how an article file was read, line by line.")
@click.argument("article_id")
@config_option
def inspect_command(article_id: str, config_path: Path) -> None:
    """Show what the reader made of one article: for a raw .txt file, every line with
    its number, zone (header, body, footer), verdict (headline, stamp, byline, caption,
    body, chrome, promo, navigation, wire-tag ...) and the rule that decided it; then
    the fields found (headline, times, authors, outlet and how it was found, dateline)
    and the warnings. For Markdown and saved pages, the fields.

    A line dropped that should not be, or kept that should not be: a `chrome_patterns:`
    rule in config.yaml (or an outlet's own, under `outlets:`) drops a line; a note's
    headline, published, outlet and authors win over the file's.

    \b
    Examples:
      digest inspect port-strike
      digest inspect "강남 심야버스" --config ~/sites/brief/config.yaml
    """
    root = _root(config_path)
    with _reporting(root, "inspect failed", ""):
        config = load_config(config_path)
        from digest.content.inspection import inspect_article

        lines = inspect_article(config, article_id)
    for line in lines:
        click.echo(line)


@main.command("serve", short_help="Preview with drafts; rebuild and reload on every save.")
@config_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="The TCP port to listen on; 0 picks a free one. Example: --port 8080",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="The address to listen on. Keep 127.0.0.1 unless another device must see the preview. "
    "Example: --host 0.0.0.0",
)
@today_option
def serve_command(config_path: Path, port: int, host: str, today: dt.date | None) -> None:
    """Preview the site in a browser, rebuilding and reloading as you edit.

    Builds the site in memory (output/ is left alone) with drafts and scheduled notes
    included; drafts are marked "Draft" on the page. Serves it under the configured
    base path, e.g. http://127.0.0.1:8000/my-digest/ for a base_url ending in
    /my-digest/; other paths answer with a pointer to the base path. Watches content/,
    themes/ and config.yaml; every save rebuilds the site and reloads open pages.

    A broken file does not stop the server: the problems (`path:line: message`) are
    printed here and shown in the browser until the file is fixed.

    Stop with Ctrl-C (or SIGTERM).

    \b
    Examples:
      digest serve
      digest serve --port 8080
    """
    from digest.serve import DevServer

    root = _root(config_path)
    _report_cache_warnings(root)

    def echo(message: str, is_error: bool) -> None:
        click.echo(message, err=is_error)

    try:
        server = DevServer(config_path, host, port, echo, today=today)
    except DigestError as error:
        _fail(error, root, "Cannot serve", "fix config.yaml and start again")
        return
    except OSError as error:
        click.echo(f"Cannot listen on {host}:{port}: {error.strerror or error}", err=True)
        sys.exit(1)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    server.start()
    click.echo(f"Serving {server.url} (drafts shown; Ctrl-C stops)")
    while not stop.wait(0.2):
        pass
    click.echo("Stopping.")
    server.stop()
    click.echo("Stopped.")


@main.command("add", short_help="Fetch pages (or a feed's) into content/ with draft notes.")
@click.argument("urls", nargs=-1, metavar="[URL]...")
@config_option
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL|FILE",
    help="Add the entries of an RSS, Atom or JSON feed, or of every feed an OPML list names, "
    "that the digest does not have yet, newest first. Repeatable. Example: --feed https://outlet.example/rss",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="With --feed: add at most N entries (the newest). Example: --limit 5",
)
@click.option("--dry-run", is_flag=True, help="List what would be fetched and added; write nothing.")
@click.option(
    "--edition",
    callback=_date,
    metavar="DATE",
    default=None,
    help="The edition the notes belong to. Default: the next edition date on the configured "
    "cadence, from today on. Example: --edition 2025-11-26",
)
@click.option(
    "--section",
    default=None,
    metavar="ID",
    help="A section id from config.yaml. Default: the first section. Example: --section industry",
)
@_timeout_option(15.0)
@today_option
def add_command(
    urls: tuple[str, ...],
    config_path: Path,
    feeds: tuple[str, ...],
    limit: int | None,
    dry_run: bool,
    edition: dt.date | None,
    section: str | None,
    timeout: float,
    today: dt.date | None,
) -> None:
    """Fetch each URL, keep the page as content/articles/<id>.html and write a draft note
    on it as content/notes/DATE-<id>.yaml, ready for its summary and commentary.

    The id comes from the page's headline. The note has the headline, the outlet and
    the source link filled in: the page's canonical address (after redirects, without
    tracking parameters). A URL the digest already has (the same link, or the same
    story text) is refused with the id of the article that has it. Pages are fetched
    with a User-Agent naming digest and the site, within robots.txt, a timeout and a
    size limit (8 MB); every redirect is followed and noted in the note.

    Each URL that fails (no such host, HTTP 404, not HTML, too large, no article text)
    gets one line, and the others go on. Exit status: 1 if any URL failed.

    \b
    Examples:
      digest add https://outlet.example/2025/11/26/chips
      digest add URL1 URL2 --edition 2025-11-26 --section industry
      digest add --feed https://outlet.example/rss --limit 5 --dry-run
      digest add --feed subscriptions.opml
    """
    if not urls and not feeds:
        raise click.UsageError("give at least one URL, or --feed URL|FILE")
    if limit is not None and not feeds:
        raise click.UsageError("--limit applies to --feed entries")
    root = _root(config_path)
    with _reporting(root, "Nothing added", ""):
        config = load_config(config_path)
        from digest.web.add import Adder
        from digest.web.http import Client, user_agent

        with Client(user_agent(config.base_url), timeout=timeout) as client:
            adder = Adder(config, client, _today(config, today), edition, section)
            failed = _add(adder, client, list(urls), list(feeds), limit, dry_run, root)
    sys.exit(1 if failed else 0)


def _add(
    adder: Adder,
    client: Client,
    urls: list[str],
    feeds: list[str],
    limit: int | None,
    dry_run: bool,
    root: Path,
) -> bool:
    """Run `digest add` and print a line per URL; True if anything failed."""
    from digest.web.add import Added
    from digest.web.feedlist import read_feeds

    failed = False
    wanted = [(url, "") for url in urls]
    if feeds:
        entries, problems = read_feeds(feeds, client)
        for source, reason in problems:
            click.echo(f"{source}: {reason}", err=True)
        failed = bool(problems)
        fresh = [entry for entry in entries if adder.known_as(entry.url) is None]
        tz = adder.config.tz
        click.echo(
            f"{len(entries)} entries in {plural(len(feeds), 'feed')}, {len(fresh)} not in the digest yet"
            + (f"; taking the newest {limit}" if limit is not None and len(fresh) > limit else "")
        )
        wanted += [
            (
                entry.url,
                entry.title + (f" ({entry.published.astimezone(tz):%Y-%m-%d})" if entry.published else ""),
            )
            for entry in fresh[:limit]
        ]
    if dry_run:
        for url, label in wanted:
            known = adder.known_as(url)
            if known is not None:
                click.echo(f"{url}: already in the digest as {known!r}")
            else:
                click.echo(f"would add {url}" + (f": {label}" if label else ""))
        return failed
    added = 0
    for outcome in adder.add_all(url for url, _ in wanted):
        if isinstance(outcome, Added):
            added += 1
            article = outcome.article
            click.echo(
                f"Added {shown_path(article.path, root)} and {shown_path(outcome.note, root)}: "
                f"{article.headline!r} ({single_line(article.outlet) or 'unknown outlet'}, "
                f"{article.date.isoformat()})"
            )
            for hop in outcome.redirects:
                click.echo(f"  redirected ({hop.status}) from {hop.url} to {hop.to}")
        elif outcome.known and outcome.url not in urls:
            click.echo(f"{outcome.url}: {outcome.reason}")  # a feed's entry we have: nothing to do
        else:
            failed = True
            click.echo(f"{outcome.url}: {outcome.reason}", err=True)
    click.echo(f"Added {plural(added, 'article')}" + (" (some failed; see above)" if failed else "") + ".")
    return failed


@main.command("ping", short_help="Tell the WebSub hub (websub_hub) that the feeds changed.")
@config_option
@click.option(
    "--base-url",
    default=None,
    help="The address the site is published at, as for build. Example: --base-url https://name.github.io/repo/",
)
@click.option("--dry-run", is_flag=True, help="List the feeds that would be announced; send nothing.")
@_timeout_option(15.0)
@today_option
def ping_command(
    config_path: Path, base_url: str | None, dry_run: bool, timeout: float, today: dt.date | None
) -> None:
    """Notify the WebSub hub named by `websub_hub` in config.yaml that the site's feeds
    changed, after publishing: the hub fetches them and pushes them to its subscribers at
    once. Every feed file (the site's, each section's and each tag's, in RSS, Atom and
    JSON Feed) is announced. Without websub_hub there is nothing to do.

    The GitHub Pages workflow runs it after each deployment.

    \b
    Examples:
      digest ping --base-url https://name.github.io/repo/
      digest ping --dry-run
    """
    root = _root(config_path)
    with _reporting(root, "Nothing sent", ""):
        config = _load(config_path, base_url)
        if not config.websub_hub:
            click.echo("No websub_hub in config.yaml: nothing to ping.")
            return
        from digest.web.ping import ping, topics

        urls = topics(config, _today(config, today))
        if dry_run:
            for url in urls:
                click.echo(f"would announce {url}")
            return
        from digest.web.http import Client, user_agent

        with Client(user_agent(config.base_url), timeout=timeout) as client:
            failed = ping(config.websub_hub, urls, client)
    for url, reason in failed:
        click.echo(f"{url}: {reason}", err=True)
    click.echo(f"Announced {len(urls) - len(failed)} of {plural(len(urls), 'feed')} to {config.websub_hub}.")
    sys.exit(1 if failed else 0)


@main.group("new")
def new_group() -> None:
    """Write skeleton files for the editor to fill in. Never overwrites a file.

    \b
    Examples:
      digest new edition                      the next edition on the cadence
      digest new edition 2025-11-26
      digest new note ledger-chip-export-rebound --section industry
    """


@new_group.command("note")
@click.argument("article_id")
@config_option
@click.option(
    "--edition",
    callback=_date,
    metavar="DATE",
    default=None,
    help="The edition the note belongs to. Default: the next edition date on the configured "
    "cadence (editorial.cadence), from today on. Example: --edition 2025-11-26",
)
@click.option(
    "--section",
    default=None,
    metavar="ID",
    help="A section id from config.yaml. Default: the first section. Example: --section industry",
)
@today_option
def new_note_command(
    article_id: str, config_path: Path, edition: dt.date | None, section: str | None, today: dt.date | None
) -> None:
    """Write a note skeleton for ARTICLE_ID (the article's file name without its
    extension) as content/notes/DATE-ARTICLE_ID.yaml.

    The article's headline, outlet, date and source link are filled in, the rank is
    the next free one in the section, and the note starts as a draft: `digest serve`
    shows it, `digest build` holds it back until you set `draft: false`. Refuses to
    overwrite an existing file or to write a second note for the same article.

    \b
    Examples:
      digest new note ledger-chip-export-rebound
      digest new note pangyo-startup-talent-visa --edition 2025-11-26 --section policy
    """
    root = _root(config_path)
    _report_cache_warnings(root)
    with _reporting(root, "No note written", ""):
        config = load_config(config_path)
        from digest.scaffold import new_note

        written = new_note(config, _today(config, today), article_id, edition, section)
    click.echo(f"Wrote {written.path.relative_to(config.root).as_posix()}: {written.summary}")


@new_group.command("edition")
@click.argument("date", required=False, callback=_date, metavar="[DATE]")
@config_option
@today_option
def new_edition_command(date: dt.date | None, config_path: Path, today: dt.date | None) -> None:
    """Write an edition file content/notes/DATE.yaml with an empty title, intro and
    list of notes.

    Without DATE, the date is the first one on the configured cadence, from today
    on, that has no edition file yet: with `editorial.cadence: daily`, today or the
    next free day; with `weekly`, the next free `editorial.weekday`. Refuses to
    overwrite a file or to describe an edition twice.

    \b
    Examples:
      digest new edition
      digest new edition 2025-11-26
    """
    root = _root(config_path)
    _report_cache_warnings(root)
    with _reporting(root, "No edition written", ""):
        config = load_config(config_path)
        from digest.scaffold import new_edition

        written = new_edition(config, _today(config, today), date)
    click.echo(f"Wrote {written.path.relative_to(config.root).as_posix()}: {written.summary}")


@main.command("init", short_help="Start a new site: config, an example, the publishing workflow.")
@click.argument("directory", required=False, default=Path("."), type=click.Path(path_type=Path))
@click.option(
    "--sample",
    is_flag=True,
    help="Write the full sample digest (four editions of Korean tech and policy news) instead of "
    "one example. Example: digest init --sample demo",
)
@click.option(
    "--language",
    type=click.Choice(LANGUAGES),
    default=None,
    help="The language of the starting point: config comments, titles, the example article and "
    "note. Default: en. Example: digest init --language ko mysite",
)
@click.option(
    "--force",
    is_flag=True,
    help="Write into a folder that is not empty: add the files that are missing, leave every "
    "file that exists as it is. Example: digest init --force .",
)
def init_command(directory: Path, sample: bool, language: str | None, force: bool) -> None:
    """Start a new digest in DIRECTORY (default: the current folder), asking nothing.

    \b
    Writes:
      config.yaml                    title, base_url, language, time zone, sections
      content/articles/, notes/      one example article and an edition with its note
      .github/workflows/pages.yml    publishes on GitHub Pages at every push
      requirements.txt               the digest release the workflow installs
      .digest/schemas/               JSON Schemas: editors complete and check the YAML
      .gitignore, README.md          output/ and the cache stay out of git; how to go on

    The folder must be absent or empty (a .git folder alone is fine) unless --force,
    and even then no file that exists is overwritten. `digest check --strict` passes on
    what it writes, and `digest build` turns it into a site.

    \b
    Examples:
      digest init mysite
      digest init --language ko mysite
      digest init --sample demo
    """
    if sample and language is not None:
        raise click.UsageError("--sample writes the sample site as it is; leave out --language")
    from digest.starter import init_site

    with _reporting(Path("."), "", ""):
        result = init_site(directory, language or "en", sample, force)
    shown = directory.as_posix().rstrip("/") + "/"
    click.echo(f"Wrote {len(result.written)} files into {shown}")
    for name in result.written:
        click.echo(f"  {name}")
    if result.kept:
        click.echo(f"Left {len(result.kept)} files that were there as they were:")
        for name in result.kept:
            click.echo(f"  {name}")
    go = "" if directory == Path(".") else f"cd {shlex.quote(directory.as_posix())} && "
    click.echo(f"Next: {go}digest serve (a preview), or digest build (the site in output/).")
    click.echo("README.md there says how to publish it on GitHub Pages.")
