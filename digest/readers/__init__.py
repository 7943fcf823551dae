"""Article readers: one per input format, each returning an `Article`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from digest.config import Config
from digest.errors import Collector, DigestError
from digest.formatting import detect_language
from digest.model import Article
from digest.readers.chrome import ChromeFilter
from digest.readers.markdown_file import read_markdown
from digest.readers.rawtext import read_raw_text
from digest.text import clean_text

ARTICLE_SUFFIXES = (".txt", ".md")


def content_files(folder: Path, suffixes: tuple[str, ...], errors: Collector) -> list[Path]:
    """The files of a content folder, sorted, refusing links that lead outside it."""
    if not folder.is_dir():
        return []
    root = folder.resolve()
    files: list[Path] = []
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            errors.report("refusing a link that points outside the content folder", path)
            continue
        if not path.is_file():
            continue
        if path.suffix.lower() not in suffixes:
            errors.report(
                f"unsupported file type {path.suffix or '(none)'!r}; expected one of " + ", ".join(suffixes),
                path,
            )
            continue
        files.append(path)
    return files


def read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data:
        raise DigestError("binary file, expected UTF-8 text", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DigestError(f"not valid UTF-8 (byte {exc.start})", path, line) from None
    return clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))


class ArticleReader:
    def __init__(self, config: Config) -> None:
        self.tz = config.tz
        self.chrome = ChromeFilter(config.chrome_patterns)

    def read(self, path: Path) -> Article:
        text = read_text_file(path)
        if path.suffix.lower() == ".md":
            article = read_markdown(path, text, self.tz)
        else:
            article = read_raw_text(path, text, self.tz, self.chrome)
        language = detect_language(article.headline + "\n" + article.text)
        return replace(article, language=language) if language else article


def read_articles(config: Config, errors: Collector) -> list[Article]:
    folder = config.root / config.content_dir / "articles"
    reader = ArticleReader(config)
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for path in content_files(folder, ARTICLE_SUFFIXES, errors):
        try:
            article = reader.read(path)
        except DigestError as exc:
            errors.add(exc)
            continue
        if article.id in seen:
            errors.report(f"article id {article.id!r} is also used by {seen[article.id].name}", path)
            continue
        seen[article.id] = path
        articles.append(article)
    return articles
