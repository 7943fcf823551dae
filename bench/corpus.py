"""A deterministic, seeded benchmark corpus, written as a digest site and as peer sites.

One `Corpus` (N articles with their editor notes, about 15 to an edition, 10 % Korean) is
written three ways from the same data:
- a digest project, with the articles either as raw scraped `.txt` or as Markdown `.md`;
- a Pelican project and a Hugo project, both Markdown, where each article's page carries
  the editor's summary and commentary and the union of tags, so all three sites hold the
  same text: an index, one page per article, tag pages, and one RSS feed.

With `images`, half the notes (a seeded choice) carry a local picture under
`content/images/`, drawn with Pillow from the same seed: news photographs' sizes and
weights (JPEG, 1200x800 to 2000x1333, 150-400 KB) and, one in eight, a chart as PNG.

Same seed and N -> byte-identical files, so runs on different days compare.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import random
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from PIL.Image import Image as PillowImage

ARTICLES_PER_EDITION = 15
KOREAN_SHARE = 0.10
SECTIONS = ("policy", "industry", "science", "culture")
# Where every tool's site lives (each config says so), so each server serves under /digest/.
BASE_URL = "https://bench.example/digest/"
FIRST_EDITION = dt.date(2025, 11, 24)  # the newest edition; older ones go back a day each
TODAY = FIRST_EDITION + dt.timedelta(days=1)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_EN_WORDS = _words(
    "the government said on Tuesday that its new plan would expand support for chip makers and "
    "startups across the country while regulators weigh rules for data centers power grids and "
    "housing markets analysts expect exports to rise next year as demand for memory servers batteries "
    "and satellites grows officials added that the budget includes funds for research training "
    "schools hospitals and local transport operators in Seoul Busan Incheon and Daejeon companies "
    "welcomed the measure but warned that costs labor shortages and interest rates remain risks for "
    "smaller firms researchers at the institute released results showing faster models cleaner air "
    "and better forecasts for farmers fishermen and city planners"
)
_KO_WORDS = _words(
    "정부는 화요일 반도체 기업과 스타트업 지원을 확대하는 새 계획을 발표했다 규제 "
    "당국은 데이터센터 전력망 주택 시장에 대한 규칙을 검토하고 있다 분석가들은 "
    "메모리 서버 배터리 위성 수요 증가로 내년 수출이 늘어날 것으로 내다봤다 "
    "관계자는 예산에 연구 교육 학교 병원 지역 교통 지원이 포함됐다고 덧붙였다 "
    "기업들은 환영했지만 비용 인력 부족 금리가 중소기업에 위험 요인이라고 경고했다 "
    "연구진은 더 빠른 모델과 깨끗한 공기 농민과 어민을 위한 정확한 예보를 발표했다"
)
_EN_TAGS = _words(
    "semiconductors ai startups housing energy space batteries trade exports won seoul busan "
    "immigration education health transport climate air-quality robotics telecom gaming webtoons "
    "finance jobs privacy biotech shipbuilding automobiles displays cloud security defense "
    "agriculture tourism media culture books film music sports research universities"
)
_KO_TAGS = ("반도체", "인공지능", "부동산", "수출", "스타트업", "교육", "기후", "우주", "웹툰", "금리")
_OUTLETS = ("Seoul Ledger", "Han River Times", "Pangyo Tech Wire", "Saebyeok Ilbo", "Korea Daily")
_KO_OUTLETS = ("새벽일보", "한강신문", "판교테크")
_SURNAMES = ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "HAN", "OH")
_GIVEN = ("JI-HO", "MIN-SEO", "HA-EUN", "SEO-YUN", "JUN-WOO", "YE-JIN", "DO-HYUN", "SU-BIN")
_KO_NAMES = ("김민준", "이서연", "박지호", "최하은", "정도윤", "강예린", "조서준", "윤지우")


@dataclass(frozen=True)
class Spec:
    """One article and its editor note, in a neutral form every writer can use."""

    id: str
    korean: bool
    edition: dt.date
    date: dt.date
    published: dt.datetime
    headline: str
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]
    outlet: str
    tags: tuple[str, ...]  # the article's own tags
    section: str
    rank: int
    summary: str
    commentary: str  # Markdown
    note_tags: tuple[str, ...]
    source_url: str


@dataclass(frozen=True)
class Corpus:
    seed: int
    specs: tuple[Spec, ...]

    @property
    def editions(self) -> list[dt.date]:
        return sorted({spec.edition for spec in self.specs}, reverse=True)


def _sentence(rng: random.Random, words: tuple[str, ...] | list[str], korean: bool) -> str:
    chosen = rng.choices(words, k=rng.randint(12, 24))
    text = " ".join(chosen)
    return text + "." if korean else text[0].upper() + text[1:] + "."


def _tags(rng: random.Random, korean: bool, count: int) -> tuple[str, ...]:
    # A skewed pick: a few tags are everywhere, most are occasional, like a real tag cloud.
    pool = list(_KO_TAGS if korean and rng.random() < 0.7 else _EN_TAGS)
    picked: list[str] = []
    while len(picked) < count:
        tag = pool[
            min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)
            if rng.random() < 0.5
            else rng.randrange(len(pool))
        ]
        if tag not in picked:
            picked.append(tag)
    return tuple(picked)


def make_corpus(n: int, seed: int = 7) -> Corpus:
    rng = random.Random(seed)
    specs: list[Spec] = []
    for index in range(n):
        edition = FIRST_EDITION - dt.timedelta(days=index // ARTICLES_PER_EDITION)
        korean = rng.random() < KOREAN_SHARE
        words = _KO_WORDS if korean else _EN_WORDS
        hour, minute = rng.randint(6, 22), rng.choice((0, 15, 30, 45))
        date = edition - dt.timedelta(days=rng.randint(0, 1))
        published = dt.datetime(date.year, date.month, date.day, hour, minute)
        paragraphs = tuple(
            " ".join(_sentence(rng, words, korean) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(5, 9))
        )
        headline = _sentence(rng, words, korean)[:-1][:90].rstrip()
        if korean:
            authors = tuple(rng.sample(_KO_NAMES, rng.randint(1, 2)))
            outlet = rng.choice(_KO_OUTLETS)
        else:
            authors = tuple(f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)}" for _ in range(rng.randint(1, 2)))
            outlet = rng.choice(_OUTLETS)
        commentary = (
            f"{_sentence(rng, _EN_WORDS, False)} See [the archive](/archive/) and "
            f"*{rng.choice(_EN_WORDS)}* coverage.\n\n{_sentence(rng, _EN_WORDS, False)}\n"
        )
        specs.append(
            Spec(
                id=f"a{index:06d}-{rng.choice(_EN_WORDS)}",
                korean=korean,
                edition=edition,
                date=date,
                published=published,
                headline=headline,
                paragraphs=paragraphs,
                authors=authors,
                outlet=outlet,
                tags=_tags(rng, korean, rng.randint(0, 2)),
                section=rng.choice(SECTIONS),
                rank=index % ARTICLES_PER_EDITION + 1,
                summary=_sentence(rng, _EN_WORDS, False),
                commentary=commentary,
                note_tags=_tags(rng, korean, rng.randint(1, 3)),
                source_url=f"https://news.example/{edition.isoformat()}/{index}",
            )
        )
    return Corpus(seed=seed, specs=tuple(specs))


def _yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _yaml_list(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(_yaml_string(i) for i in items) + "]"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- digest -------------------------------------------------------------------------

DIGEST_CONFIG = f"""\
title: "Bench Digest"
description: "A generated digest for benchmarks."
base_url: "{BASE_URL}"
language: "en"
timezone: "Asia/Seoul"
author: "Bench desk"
sections:
  - id: policy
    title: "Policy"
  - id: industry
    title: "Industry"
  - id: science
    title: "Science"
  - id: culture
    title: "Culture"
per_page: 20
feeds:
  limit: 50
  full_content: true
"""


def raw_article(spec: Spec) -> str:
    lines = [f" date {spec.date.isoformat()} {spec.headline}"]
    if spec.korean:
        lines.append(f"입력 {spec.published:%Y.%m.%d %H:%M}")
        lines.extend(spec.paragraphs)
        lines.append(f"{'·'.join(spec.authors)} 기자 [email protected]")
        lines.append(f"ⓒ {spec.outlet}, 무단 전재 및 재배포 금지")
        lines.append("구독하기")
    else:
        lines.append(f"Published: {spec.published:%d %b. %Y, %H:%M}")
        lines.extend(spec.paragraphs)
        if spec.rank % 3 == 0:
            lines.append(
                "This article was originally written in Korean and translated with the help of "
                "generative AI tools."
            )
        lines.append(f"BY {', '.join(spec.authors)} [[email protected]]")
        lines.append(f"with the {spec.outlet}")
        lines.append("To write comments, please log in to one of the accounts.")
        lines.append("Standards Board Policy (0/250자)")
    return "\n".join(lines) + "\n"


def _markdown_body(spec: Spec) -> str:
    # A little Markdown in every article: emphasis, a list, a link, so the parser works.
    first, *rest = spec.paragraphs
    points = "\n".join(f"- {p.split('.')[0]}" for p in rest[:3])
    body = [first.replace(" ", " **", 1).replace(" ", "** ", 1), points, *rest]
    body.append(f"[Original]({spec.source_url})")
    return "\n\n".join(body) + "\n"


def _display_author(name: str) -> str:
    return name if not name.isupper() else " ".join(w.capitalize() for w in name.split())


def markdown_article(spec: Spec) -> str:
    authors = tuple(_display_author(a) for a in spec.authors)
    return (
        "---\n"
        f"title: {_yaml_string(spec.headline)}\n"
        f"date: {spec.date.isoformat()}\n"
        f"published: {spec.published.isoformat()}+09:00\n"
        f"source_url: {_yaml_string(spec.source_url)}\n"
        f"outlet: {_yaml_string(spec.outlet)}\n"
        f"authors: {_yaml_list(authors)}\n"
        f"tags: {_yaml_list(spec.tags)}\n"
        "---\n" + _markdown_body(spec)
    )


# --- pictures -----------------------------------------------------------------------

PNG_SHARE = 8  # one picture in this many is a chart, as PNG
PHOTO_WIDTHS = (1200, 2000)  # a photograph's width is drawn from this range; 3:2 like a camera's


@dataclass(frozen=True)
class Picture:
    """A note's local picture: its file under content/images/ and how it is drawn."""

    name: str  # 'a000123-housing.jpg'
    width: int
    height: int
    seed: str

    @property
    def png(self) -> bool:
        return self.name.endswith(".png")


def pictures(corpus: Corpus, widths: tuple[int, int] = PHOTO_WIDTHS) -> dict[str, Picture]:
    """The pictures of half the notes (article id: picture), chosen and sized by a
    random stream of their own, so the corpus without pictures stays as it was; the
    photographs' widths are drawn from `widths`."""
    rng = random.Random(f"{corpus.seed} pictures")
    chosen = sorted(rng.sample(range(len(corpus.specs)), len(corpus.specs) // 2))
    found = {}
    for index in chosen:
        spec = corpus.specs[index]
        if rng.randrange(PNG_SHARE) == 0:
            width, height, suffix = 1200, 800, "png"
        else:
            width = rng.randrange(widths[0], widths[1] + 1, 16)
            width, height, suffix = width, round(width * 2 / 3), "jpg"
        found[spec.id] = Picture(f"{spec.id}.{suffix}", width, height, f"{corpus.seed} {spec.id}")
    return found


def draw_picture(picture: Picture) -> bytes:
    """The file's bytes, the same for the same picture: a photograph is smooth colour
    fields with a grain (what a JPEG of a real scene costs to decode and resize), a chart
    flat colours and bars."""
    import io

    from PIL import Image, ImageDraw

    rng = random.Random(picture.seed)
    size = (picture.width, picture.height)
    if picture.png:
        canvas = Image.new("RGB", size, (248, 246, 240))
        draw = ImageDraw.Draw(canvas)
        bars = rng.randint(5, 12)
        step = (size[0] - 160) // bars
        for bar in range(bars):
            top = rng.randint(120, size[1] - 140)
            colour = (rng.randrange(40, 200), rng.randrange(60, 160), rng.randrange(90, 220))
            draw.rectangle((100 + bar * step, top, 100 + bar * step + step * 2 // 3, size[1] - 100), colour)
        draw.line((80, size[1] - 100, size[0] - 60, size[1] - 100), (30, 30, 30), 3)
        image: PillowImage = canvas
        options: dict[str, object] = {"format": "PNG", "optimize": False}
    else:
        fields = Image.frombytes("RGB", (24, 16), rng.randbytes(24 * 16 * 3))
        base = fields.resize(size, Image.Resampling.BICUBIC)
        grain_size = (size[0] // 4, size[1] // 4)
        grain = Image.frombytes("L", grain_size, rng.randbytes(grain_size[0] * grain_size[1]))
        image = Image.blend(base, grain.resize(size, Image.Resampling.BILINEAR).convert("RGB"), 0.18)
        options = {"format": "JPEG", "quality": 85}
    out = io.BytesIO()
    image.save(out, **options)
    return out.getvalue()


def image_path(root: Path, name: str) -> Path:
    return root / "content" / "images" / name


def image_lines(src: str, alt: str) -> list[str]:
    """A note's `image:` field, as edition_notes writes it: three lines after `rank:`."""
    return ["    image:", f"      src: {_yaml_string(src)}", f"      alt: {_yaml_string(alt)}"]


def edition_notes(edition: dt.date, specs: list[Spec], images: dict[str, Picture] | None = None) -> str:
    out = [
        f'edition: "{edition.isoformat()}"',
        f"title: {_yaml_string('Edition of ' + edition.isoformat())}",
        "notes:",
    ]
    for spec in specs:
        commentary = "\n".join("      " + line if line else "" for line in spec.commentary.splitlines())
        out += [
            f'  - article: "{spec.id}"',
            f"    section: {spec.section}",
            f"    rank: {spec.rank}",
            *(image_lines(images[spec.id].name, spec.headline) if images and spec.id in images else []),
            f"    summary: {_yaml_string(spec.summary)}",
            "    commentary: |",
            commentary,
            f"    tags: {_yaml_list(spec.note_tags)}",
        ]
    return "\n".join(out) + "\n"


def note_path(root: Path, edition: dt.date) -> Path:
    return root / "content" / "notes" / f"{edition.isoformat()}.yaml"


def digest_article_path(root: Path, spec: Spec, fmt: str) -> Path:
    return root / "content" / "articles" / f"{spec.id}.{'txt' if fmt == 'raw' else 'md'}"


def write_digest(
    corpus: Corpus, root: Path, fmt: str, images: bool = False, photo_widths: tuple[int, int] = PHOTO_WIDTHS
) -> None:
    """A digest project: config.yaml, content/articles/*.{txt,md}, content/notes/*.yaml,
    and with `images` half the notes' pictures in content/images/ (`pictures`)."""
    _write(root / "config.yaml", DIGEST_CONFIG)
    chosen = pictures(corpus, photo_widths) if images else {}
    if chosen:
        image_path(root, "").mkdir(parents=True, exist_ok=True)
        # Drawn on every core: 5,000 pictures take about 4 minutes on one.
        with multiprocessing.get_context("fork").Pool() as pool:
            drawn = pool.imap(draw_picture, chosen.values(), chunksize=16)
            for picture, data in zip(chosen.values(), drawn, strict=True):
                image_path(root, picture.name).write_bytes(data)
    by_edition: dict[dt.date, list[Spec]] = {}
    for spec in corpus.specs:
        by_edition.setdefault(spec.edition, []).append(spec)
        text = raw_article(spec) if fmt == "raw" else markdown_article(spec)
        _write(digest_article_path(root, spec, fmt), text)
    for edition, specs in by_edition.items():
        _write(note_path(root, edition), edition_notes(edition, specs, chosen))


# --- peers --------------------------------------------------------------------------


def _peer_body(spec: Spec) -> str:
    note = f"**{spec.summary}**\n\n> {spec.commentary.strip().replace(chr(10), chr(10) + '> ')}\n\n"
    return note + _markdown_body(spec)


def _all_tags(spec: Spec) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*spec.note_tags, *spec.tags)))


PELICAN_CONFIG = """\
AUTHOR = "Bench desk"
SITENAME = "Bench Digest"
SITEURL = "https://bench.example/digest"
PATH = "content"
TIMEZONE = "Asia/Seoul"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 20
RELATIVE_URLS = False
# One RSS feed for the whole site, as digest's /feed.xml; no other feeds.
FEED_DOMAIN = SITEURL
FEED_ALL_RSS = "feed.xml"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
FEED_MAX_ITEMS = 50
# Index, article pages and tag pages, like the digest; no author/category/archive pages.
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
ARTICLE_URL = "articles/{slug}/"
ARTICLE_SAVE_AS = "articles/{slug}/index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
TAGS_SAVE_AS = "tags/index.html"
# Pelican's own cache, so its rebuilds are measured at their best.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
"""


def pelican_article(spec: Spec) -> str:
    return (
        f"Title: {spec.headline}\n"
        f"Date: {spec.published:%Y-%m-%d %H:%M}\n"
        f"Slug: {spec.id}\n"
        f"Tags: {', '.join(_all_tags(spec))}\n"
        f"Authors: {', '.join(_display_author(a) for a in spec.authors)}\n"
        f"Category: {spec.section}\n"
        f"Summary: {spec.summary}\n\n" + _peer_body(spec)
    )


def write_pelican(corpus: Corpus, root: Path) -> None:
    _write(root / "pelicanconf.py", PELICAN_CONFIG)
    for spec in corpus.specs:
        _write(root / "content" / f"{spec.id}.md", pelican_article(spec))


HUGO_CONFIG = f"""\
baseURL = "{BASE_URL}"
title = "Bench Digest"
languageCode = "en"
timeZone = "Asia/Seoul"
disableKinds = ["section", "taxonomy:categories", "sitemap", "robotsTXT", "404"]
[pagination]
  pagerSize = 20
[taxonomies]
  tag = "tags"
[permalinks.page]
  posts = "/articles/:slug/"
# One RSS feed for the whole site, as digest's /feed.xml.
[outputs]
  home = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]
  section = ["HTML"]
[services.rss]
  limit = 50
"""

HUGO_LAYOUTS = {
    "baseof.html": (
        '<!doctype html><html lang="{{ site.Language.LanguageCode }}"><head><meta charset="utf-8">'
        "<title>{{ .Title }} · {{ site.Title }}</title></head><body>"
        '<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></header>'
        '<main>{{ block "main" . }}{{ end }}</main></body></html>\n'
    ),
    "single.html": (
        '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.outlet }} · '
        '{{ .Date.Format "2006-01-02" }}</p>{{ .Content }}<ul>{{ range .GetTerms "tags" }}'
        '<li><a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a></li>{{ end }}</ul></article>{{ end }}\n'
    ),
    "list.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li>'
        '<a href="{{ .RelPermalink }}">{{ .Title }}</a> <p>{{ .Summary }}</p></li>{{ end }}</ol>'
        '{{ with .Paginator.Next }}<a href="{{ .URL }}">Older</a>{{ end }}{{ end }}\n'
    ),
    "home.html": (
        '{{ define "main" }}<h1>{{ site.Title }}</h1><ol>{{ range (.Paginate site.RegularPages).Pages }}'
        '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}\n'
    ),
    "taxonomy.html": (
        '{{ define "main" }}<h1>Tags</h1><ul>{{ range .Data.Terms.ByCount }}<li>'
        '<a href="{{ .Page.RelPermalink }}">#{{ .Page.LinkTitle }}</a> {{ .Count }}</li>{{ end }}'
        "</ul>{{ end }}\n"
    ),
    "term.html": (
        '{{ define "main" }}<h1>#{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li>'
        '<a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>'
        '{{ with .Paginator.Next }}<a href="{{ .URL }}">Older</a>{{ end }}{{ end }}\n'
    ),
}


def hugo_article(spec: Spec) -> str:
    front = {
        "title": spec.headline,
        "date": spec.published.isoformat() + "+09:00",
        "slug": spec.id,
        "tags": list(_all_tags(spec)),
        "authors": [_display_author(a) for a in spec.authors],
        "outlet": spec.outlet,
        "summary": spec.summary,
    }
    return json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + _peer_body(spec)


def write_hugo(corpus: Corpus, root: Path) -> None:
    _write(root / "hugo.toml", HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        _write(root / "layouts" / name, text)
    for spec in corpus.specs:
        _write(root / "content" / "posts" / f"{spec.id}.md", hugo_article(spec))


def article_page(spec: Spec) -> str:
    """The path of an article's page on the digest and Hugo sites, and on their servers."""
    return urlsplit(BASE_URL).path + f"articles/{spec.id}/"


def peer_article_path(tool: str, root: Path, spec: Spec) -> Path:
    if tool == "pelican":
        return root / "content" / f"{spec.id}.md"
    return root / "content" / "posts" / f"{spec.id}.md"
