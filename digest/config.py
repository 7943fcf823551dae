"""The site's configuration: typed, frozen, defaults in one place.

`config.yaml` is read once into a `Config`; nothing later mutates it. Unknown keys are
errors with a "did you mean" hint, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digest.content.schema import Fields
from digest.content.yamlfile import LineMap, parse_yaml
from digest.errors import Collector, DigestError
from digest.text import is_http_url, slug_too_long, slugify


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class FeedSettings:
    limit: int = 50
    full_content: bool = True
    unit: str = "article"  # one feed item per "article" or per "edition"


@dataclass(frozen=True)
class EmailSettings:
    """Headers of the e-mail edition's message file (`email/<date>.eml`)."""

    sender: str = ""  # `email.from`: the From header, 'Name <address>'; '' leaves it to the sending service
    unsubscribe: str = ""  # an https or mailto URL for the List-Unsubscribe header


@dataclass(frozen=True)
class ImageSettings:
    """How local pictures are resized (`render.images`). Pictures given by URL are linked
    as they are: a build never fetches anything."""

    widths: tuple[int, ...] = (480, 960, 1440)  # pixels; a picture is never made wider than it is
    format: str = "webp"  # the modern format beside the JPEG (or PNG) fallback: 'webp' or 'avif'
    quality: int = 80  # 1-100, for WebP, AVIF and JPEG


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class EditorialSettings:
    """The editor's rhythm (`digest new edition`) and the hygiene rules of `digest check`."""

    cadence: str = "daily"  # 'daily' or 'weekly'
    weekday: int = 0  # for 'weekly': 0 = Monday, as datetime.date.weekday()
    summary_limit: int = 280
    repeat_window: int = 7


@dataclass(frozen=True)
class Outlet:
    """Rules for one outlet's articles, chosen by `match` (a regex searched in the file)."""

    name: str
    match: str  # '' for an entry that only names the outlet's other spellings and domains
    timezone: str = ""
    chrome_patterns: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # other spellings of the name, and domains (`content.outlets`)


@dataclass(frozen=True)
class Config:
    root: Path
    title: str
    base_url: str
    description: str = ""
    language: str = "en"
    timezone: str = "Asia/Seoul"
    theme: str = "default"
    author: str = ""
    sections: tuple[Section, ...] = ()
    chrome_patterns: tuple[str, ...] = ()
    per_page: int = 20
    edition_time: dt.time = dt.time(7, 0)
    feeds: FeedSettings = field(default_factory=FeedSettings)
    content_dir: str = "content"
    output_dir: str = "output"
    editorial: EditorialSettings = field(default_factory=EditorialSettings)
    cname: str = ""
    news_sitemap: bool = True
    outlets: tuple[Outlet, ...] = ()
    # Story clusters ("Also covered by", story pages) and related reading. Off unless
    # asked: both are computed from scratch by every build, which at 10,000 articles adds
    # seconds to a one-note rebuild until their results are kept in the cache.
    stories: bool = False
    websub_hub: str = ""  # a WebSub hub the feeds name (<link rel="hub">), which `digest ping` notifies
    email: EmailSettings = field(default_factory=EmailSettings)
    images: ImageSettings = field(default_factory=ImageSettings)
    # Not a config.yaml key: parsed content (and the lead's spare output tree) live here,
    # beside config.yaml, so deleting the folder is always safe.
    cache_dir: str = ".digest-cache"

    @property
    def output_path(self) -> Path:
        """Where a build writes unless told otherwise (`output/` beside config.yaml)."""
        return self.root / self.output_dir

    @property
    def cache_path(self) -> Path:
        """Where results kept between builds live (`.digest-cache/` beside config.yaml)."""
        return self.root / self.cache_dir

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_path(self) -> str:
        """The path part of base_url, always starting and ending with '/'."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def edition_datetime(self, date: dt.date) -> dt.datetime:
        """When an edition goes out: its date at `edition_time` in the site's time zone. The
        round trip through UTC settles a time that a daylight-saving change skips (as feeds do)."""
        moment = dt.datetime.combine(date, self.edition_time, tzinfo=self.tz)
        return moment.astimezone(dt.UTC).astimezone(self.tz)

    def with_base_url(self, base_url: str) -> Config:
        return replace(self, base_url=normalize_base_url(base_url, Path("--base-url"), None))


TOP_KEYS = (
    "title",
    "description",
    "base_url",
    "language",
    "timezone",
    "theme",
    "author",
    "sections",
    "chrome_patterns",
    "per_page",
    "edition_time",
    "feeds",
    "content_dir",
    "output_dir",
    "editorial",
    "cname",
    "news_sitemap",
    "outlets",
    "stories",
    "websub_hub",
    "email",
    "images",
)
# The keys of the settings that are mappings (the JSON Schema for editors lists the same).
SECTION_KEYS = ("id", "title", "description")
FEED_KEYS = ("limit", "full_content", "unit")
EDITORIAL_KEYS = ("cadence", "weekday", "summary_limit", "repeat_window")
OUTLET_KEYS = ("name", "match", "timezone", "chrome_patterns", "also")
IMAGE_KEYS = ("widths", "format", "quality")
IMAGE_FORMATS = ("webp", "avif")
FEED_UNITS = ("article", "edition")
_LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
# A host name as GitHub Pages accepts in CNAME: labels of letters, digits and '-'.
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")


# ASCII a URL cannot hold as it is (the URL standard's forbidden and non-URL code points):
# a browser would percent-encode them, and in a page or a feed they could end an
# attribute or open a tag.
_NOT_IN_URL = re.compile(r'[\x00-\x20\x7f"<>\\^`{|}]')


def normalize_base_url(url: str, path: Path, line: int | None) -> str:
    if bad := _NOT_IN_URL.search(url.strip()):
        raise DigestError(
            f"a URL cannot hold {bad.group()!r} (percent-encode it), got {url!r}", path, line, "base_url"
        )
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise DigestError(
            f"expected an absolute http(s) URL such as https://name.github.io/repo/, got {url!r}",
            path,
            line,
            "base_url",
        )
    if parts.query or parts.fragment:
        raise DigestError("must not have a query or fragment", path, line, "base_url")
    base_path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc}{base_path}"


def load_config(path: Path) -> Config:
    if not path.is_file():
        raise DigestError("config file not found", path)
    data = parse_yaml(path.read_text(encoding="utf-8-sig"), path)
    if not isinstance(data, LineMap):
        raise DigestError("expected a mapping of settings", path, 1)
    errors = Collector()
    fields = Fields(data, path, errors)
    fields.reject_unknown(TOP_KEYS)

    base_url = fields.text("base_url", required=True)
    if base_url:
        try:
            base_url = normalize_base_url(base_url, path, fields.line("base_url"))
        except DigestError as exc:
            errors.add(exc)

    language = fields.text("language", "en")
    if not _LANGUAGE.match(language):
        fields.error("language", f"expected a BCP 47 language tag such as 'en' or 'ko', got {language!r}")

    timezone = fields.text("timezone", "Asia/Seoul")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        fields.error("timezone", f"unknown time zone {timezone!r} (use an IANA name such as 'Asia/Seoul')")

    sections = _read_sections(fields, errors, path)
    chrome = fields.text_list("chrome_patterns")
    _check_patterns(fields, "chrome_patterns", chrome)

    per_page = fields.integer("per_page", 20)
    if per_page < 1:
        fields.error("per_page", "must be at least 1")

    edition_time = dt.time(7, 0)
    edition_time_text = fields.text("edition_time", "07:00")
    try:
        edition_time = dt.time.fromisoformat(edition_time_text)
    except ValueError:
        fields.error("edition_time", f"expected a time HH:MM, got {edition_time_text!r}")

    feeds = FeedSettings()
    feeds_map = fields.mapping("feeds")
    if feeds_map is not None:
        feed_fields = Fields(feeds_map, path, errors, prefix="feeds.")
        feed_fields.reject_unknown(FEED_KEYS)
        feeds = FeedSettings(
            limit=feed_fields.integer("limit", 50),
            full_content=feed_fields.boolean("full_content", True),
            unit=feed_fields.text("unit", "article"),
        )
        if feeds.limit < 1:
            feed_fields.error("limit", "must be at least 1")
        if feeds.unit not in FEED_UNITS:
            feed_fields.error("unit", f"expected 'article' or 'edition', got {feeds.unit!r}")

    editorial = _read_editorial(fields, errors, path)

    config = Config(
        root=path.parent.resolve(),
        title=fields.text("title", required=True),
        base_url=base_url,
        description=fields.text("description"),
        language=language,
        timezone=timezone,
        theme=fields.text("theme", "default"),
        author=fields.text("author"),
        sections=sections,
        chrome_patterns=chrome,
        per_page=per_page,
        edition_time=edition_time,
        feeds=feeds,
        content_dir=fields.text("content_dir", "content"),
        output_dir=fields.text("output_dir", "output"),
        editorial=editorial,
        cname=_read_cname(fields),
        news_sitemap=fields.boolean("news_sitemap", True),
        outlets=_read_outlets(fields, errors, path),
        stories=fields.boolean("stories", False),
        websub_hub=_read_http_url(fields, "websub_hub", "https://pubsubhubbub.appspot.com/"),
        email=_read_email(fields, errors, path),
        images=_read_images(fields, errors, path),
    )
    errors.raise_if_any()
    return config


def _read_http_url(fields: Fields, key: str, example: str) -> str:
    url = fields.text(key).strip()
    parts = urlsplit(url)
    if url and (not is_http_url(url) or not parts.hostname or parts.fragment):
        fields.error(key, f"expected an http(s) URL such as {example!r}, got {url!r}")
    return url


# An address as a List-Unsubscribe header takes it; the message's text is the sender's business.
_MAILTO = re.compile(r"^mailto:[^\s<>@]+@[^\s<>@]+$")


def _is_sender(text: str) -> bool:
    """'Name <address>' or an address, as the From header takes it: one address, parsed
    without a defect by the email package that writes the header."""
    from email.headerregistry import HeaderRegistry

    if "\n" in text or "\r" in text:
        return False
    header = HeaderRegistry()("From", text)
    return not header.defects and len(header.addresses) == 1 and "@" in header.addresses[0].addr_spec


def _read_email(fields: Fields, errors: Collector, path: Path) -> EmailSettings:
    data = fields.mapping("email")
    if data is None:
        return EmailSettings()
    sub = Fields(data, path, errors, prefix="email.")
    sub.reject_unknown(("from", "unsubscribe"))
    sender = sub.text("from").strip()
    if sender and not _is_sender(sender):
        sub.error("from", f"expected 'Name <address@example.org>' or an address, got {sender!r}")
    unsubscribe = sub.text("unsubscribe").strip()
    if unsubscribe and not (
        _MAILTO.match(unsubscribe) or (unsubscribe.startswith("https://") and is_http_url(unsubscribe))
    ):
        sub.error(
            "unsubscribe",
            "expected an https:// address or a mailto: address (RFC 2369 List-Unsubscribe), "
            f"got {unsubscribe!r}",
        )
    return EmailSettings(sender=sender, unsubscribe=unsubscribe)


def _read_images(fields: Fields, errors: Collector, path: Path) -> ImageSettings:
    data = fields.mapping("images")
    if data is None:
        return ImageSettings()
    sub = Fields(data, path, errors, prefix="images.")
    sub.reject_unknown(IMAGE_KEYS)
    default = ImageSettings()
    widths = default.widths
    if "widths" in data:
        given = data["widths"]
        if not isinstance(given, list) or not given or not all(_is_width(w) for w in given):
            sub.error("widths", f"expected a list of widths in pixels between 16 and 4096, got {given!r}")
        else:
            widths = tuple(sorted(set(given)))
    kind = sub.text("format", default.format).lower()
    if kind not in IMAGE_FORMATS:
        sub.error("format", f"expected 'webp' or 'avif', got {kind!r}")
        kind = default.format
    elif kind == "avif" and not _pillow_writes("AVIF"):
        sub.error("format", "this Pillow cannot write AVIF (Pillow 11.3 or newer has it); use 'webp'")
        kind = default.format
    quality = sub.integer("quality", default.quality)
    if not 1 <= quality <= 100:
        sub.error("quality", f"expected a number from 1 to 100, got {quality}")
        quality = default.quality
    return ImageSettings(widths, kind, quality)


def _is_width(value: object) -> bool:
    return type(value) is int and 16 <= value <= 4096


def _pillow_writes(kind: str) -> bool:
    from PIL import features

    return bool(features.check(kind.lower()))


def _read_cname(fields: Fields) -> str:
    cname = fields.text("cname").strip().lower()
    if cname and not _DOMAIN.match(cname):
        fields.error("cname", f"expected a bare domain such as 'news.example.org', got {cname!r}")
    return cname


def _read_sections(fields: Fields, errors: Collector, path: Path) -> tuple[Section, ...]:
    sections: list[Section] = []
    seen: set[str] = set()
    for item in fields.items("sections"):
        if not isinstance(item, LineMap):
            fields.error("sections", "each section needs 'id' and 'title'")
            continue
        section_fields = Fields(item, path, errors, prefix="sections.")
        section_fields.reject_unknown(SECTION_KEYS)
        section_id = section_fields.text("id", required=True)
        if section_id and slugify(section_id) != section_id:
            section_fields.error("id", f"use lowercase letters, digits and '-', e.g. {slugify(section_id)!r}")
        elif too_long := slug_too_long(section_id):
            section_fields.error("id", f"too long: {too_long}")
        if section_id in seen:
            section_fields.error("id", f"section {section_id!r} is declared twice")
        seen.add(section_id)
        sections.append(
            Section(
                id=section_id,
                title=section_fields.text("title", required=True),
                description=section_fields.text("description"),
            )
        )
    if not sections:
        errors.report("declare at least one section", path, fields.data.line, "sections")
    return tuple(sections)


def _read_editorial(fields: Fields, errors: Collector, path: Path) -> EditorialSettings:
    data = fields.mapping("editorial")
    if data is None:
        return EditorialSettings()
    sub = Fields(data, path, errors, prefix="editorial.")
    sub.reject_unknown(EDITORIAL_KEYS)
    cadence = sub.text("cadence", "daily")
    if cadence not in ("daily", "weekly"):
        sub.error("cadence", f"expected 'daily' or 'weekly', got {cadence!r}")
        cadence = "daily"
    weekday_name = sub.text("weekday", "monday").lower()
    if weekday_name not in WEEKDAYS:
        sub.error("weekday", f"expected a weekday name such as 'monday', got {weekday_name!r}")
        weekday_name = "monday"
    settings = EditorialSettings(
        cadence=cadence,
        weekday=WEEKDAYS.index(weekday_name),
        summary_limit=sub.integer("summary_limit", 280),
        repeat_window=sub.integer("repeat_window", 7),
    )
    for key in ("summary_limit", "repeat_window"):
        if getattr(settings, key) < 1:
            sub.error(key, "must be at least 1")
    return settings


def _check_patterns(fields: Fields, key: str, patterns: tuple[str, ...]) -> None:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            fields.error(key, f"invalid regular expression {pattern!r}: {exc}")


def _read_outlets(fields: Fields, errors: Collector, path: Path) -> tuple[Outlet, ...]:
    outlets: list[Outlet] = []
    for item in fields.items("outlets"):
        if not isinstance(item, LineMap):
            fields.error("outlets", "each outlet needs 'name' and 'match'")
            continue
        outlet_fields = Fields(item, path, errors, prefix="outlets.")
        outlet_fields.reject_unknown(OUTLET_KEYS)
        also = outlet_fields.text_list("also")
        match = outlet_fields.text("match", required=not also)
        if match:
            _check_patterns(outlet_fields, "match", (match,))
        timezone = outlet_fields.text("timezone")
        if timezone:
            try:
                ZoneInfo(timezone)
            except (ZoneInfoNotFoundError, ValueError):
                outlet_fields.error("timezone", f"unknown time zone {timezone!r}")
        chrome = outlet_fields.text_list("chrome_patterns")
        _check_patterns(outlet_fields, "chrome_patterns", chrome)
        outlets.append(
            Outlet(
                name=outlet_fields.text("name", required=True),
                match=match,
                timezone=timezone,
                chrome_patterns=chrome,
                also=also,
            )
        )
    return tuple(outlets)
