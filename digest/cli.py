"""The `digest` command. The only module that prints or chooses an exit status."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from digest import __version__
from digest.build import BuildResult, build
from digest.config import Config, load_config
from digest.errors import DigestError


def _load(config_path: Path, base_url: str | None) -> Config:
    config = load_config(config_path)
    return config.with_base_url(base_url) if base_url else config


def _fail(error: DigestError, root: Path) -> None:
    problems = error.problems
    for problem in problems:
        click.echo(problem.format(root), err=True)
    noun = "problem" if len(problems) == 1 else "problems"
    click.echo(f"Build failed: {len(problems)} {noun}; output/ was not changed.", err=True)
    sys.exit(1)


def _report(result: BuildResult, root: Path) -> None:
    site = result.site
    try:
        shown = result.output.resolve().relative_to(root.resolve())
    except ValueError:
        shown = result.output
    click.echo(
        f"Built {len(site.items)} notes in {len(site.editions)} editions from "
        f"{len(site.articles)} articles: {result.pages} pages, {result.feeds} feeds, "
        f"{result.files} files in {shown}/ ({result.seconds:.2f} s)"
    )
    if result.held_back_summary:
        click.echo(f"  {result.held_back_summary}")
    for held in site.held_back:
        note = held.note
        click.echo(f"  held back: {note.article_id} ({held.reason}) {note.path.name}:{note.line}")
    for article in site.unnoted:
        click.echo(f"  not published (no note): {article.id} ({article.path.name})")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="digest")
def main() -> None:
    """digest: turn scraped news articles and an editor's notes into a static
    news-digest site with feeds.

    \b
    Typical use, from the folder that holds config.yaml:
      digest build                      build the site into output/
      digest build --base-url http://127.0.0.1:8000/
    """


@main.command("build")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("config.yaml"),
    show_default=True,
    help="The site's config file; content/ and themes/ are found beside it.",
)
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
    help="Override base_url, e.g. https://name.github.io/repo/ for a project site.",
)
def build_command(config_path: Path, out: Path | None, base_url: str | None) -> None:
    """Read content/, validate everything, and write the complete site.

    On any error nothing is written: every problem is listed as
    `path:line: field: message` and the exit status is 1.
    """
    root = config_path.parent if config_path.parent != Path("") else Path(".")
    try:
        config = _load(config_path, base_url)
        click.echo(f"Building {config.title} for {config.base_url}")
        result = build(config, out)
    except DigestError as error:
        _fail(error, root)
        return
    _report(result, root)
