"""Pictures named by notes and articles: the `image:` field, and the files of `content/images/`.

An item's picture is an `Image`: a file under `content/images/` or an http(s) URL, with
its alt text, and a credit and a caption when given. Notes and Markdown front matter give
it as a mapping (`read_image_field`), checked with file and line like every other field.

The files are read after every note and article, through the same `FileStore` (kind
`images`): a file is read again only when its bytes change, and what is kept is small
(its hash, pixel size, format and whether it has transparency), not the pixels. A file
that cannot be used (missing, not a picture, too big) is not an error: the item is shown
without it, and `digest check` warns (`hygiene.images`). Resizing is not done here but
when the site is rendered (`render.images`).
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from digest.config import Config
from digest.content.model import Image, ImageFile
from digest.content.parsing import FileStore, Outcome, Uncached
from digest.content.schema import Fields, describe
from digest.errors import DigestError
from digest.hashing import hash_bytes
from digest.text import clean_text, is_http_url

IMAGE_KEYS = ("src", "alt", "credit", "caption")
# What a browser shows everywhere and Pillow reads: the formats a picture may come in.
FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WEBP": (".webp",), "GIF": (".gif",)}
SUFFIXES = tuple(suffix for suffixes in FORMATS.values() for suffix in suffixes)
# A photograph from a camera is 5-30 MB; more is not a picture for the web.
MAX_IMAGE_BYTES = 40 * 1024 * 1024
# Decoding 50 million pixels takes 200 MB of memory; a "decompression bomb" claims billions.
MAX_PIXELS = 50_000_000
_BAD_SEGMENT = re.compile(r"(^|/)\.{1,2}(/|$)")


def images_folder(config: Config) -> Path:
    return config.root / config.content_dir / "images"


def read_image_field(fields: Fields, key: str = "image") -> Image | None:
    """The `image:` mapping of a note or front matter, or None (problems reported)."""
    data = fields.mapping(key)  # reports a value that is not a mapping
    if data is None:
        return None
    sub = Fields(data, fields.path, fields.errors, prefix=f"{fields.prefix}{key}.")
    before = len(fields.errors.problems)
    sub.reject_unknown(IMAGE_KEYS)
    src = sub.text("src", required=True)
    if "alt" not in data:
        sub.error("alt", 'required: what the picture shows, for readers who cannot see it ("" if decoration)')
    alt = " ".join(sub.text("alt").split())
    if src and not is_http_url(src):
        if "://" in src or src.startswith(("/", "data:", "javascript:")) or ":" in src.split("/")[0]:
            sub.error("src", f"expected a file under content/images/ or an http(s) URL, got {describe(src)}")
        elif "\\" in src or _BAD_SEGMENT.search(src) or src.endswith("/"):
            sub.error("src", f"expected a path inside content/images/ such as 'port/crane.jpg', got {src!r}")
        elif not src.lower().endswith(SUFFIXES):
            sub.error("src", f"expected a picture ({', '.join(SUFFIXES)}), got {src!r}")
    if len(fields.errors.problems) > before:
        return None
    return Image(
        src=clean_text(src),
        alt=alt,
        credit=" ".join(sub.text("credit").split()),
        caption=" ".join(sub.text("caption").split()),
        line=fields.line(key),
    )


def read_image_bytes(path: Path) -> bytes:
    """A picture's bytes; DigestError when it is too big to be one, or unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            limit = MAX_IMAGE_BYTES // 1024 // 1024
            raise DigestError(f"the file is {size / 1024 / 1024:.0f} MB; the limit is {limit} MB", path)
        return path.read_bytes()
    except OSError as error:
        raise DigestError(f"cannot read the file: {error.strerror or error}", path) from None


def image_file(path: str, data: bytes) -> ImageFile:
    """What the pages need to know of a picture file, from its bytes: only the header is
    decoded, and the pixels later, when it is resized. A file Pillow cannot read, or of a
    format browsers do not all show, comes back with its problem."""
    from PIL import Image as Pillow
    from PIL import UnidentifiedImageError

    try:
        with Pillow.open(io.BytesIO(data)) as picture:
            kind = picture.format or ""
            width, height = picture.size
            if kind not in FORMATS:
                return ImageFile(path, problem=f"a {kind or 'unknown'} file; use JPEG, PNG, WebP or GIF")
            if width * height > MAX_PIXELS:
                limit = MAX_PIXELS // 1_000_000
                problem = f"{width} by {height} pixels is over the limit of {limit} million"
                return ImageFile(path, problem=problem)
            # EXIF orientations 5 to 8 turn the picture a quarter: it is shown the other way up.
            if picture.getexif().get(0x0112, 1) in (5, 6, 7, 8):
                width, height = height, width
            alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
            # A truncated or damaged file fails here, not in the middle of a build. A JPEG is
            # decoded at 1/8 of its size: every byte is still read and checked, in a
            # fraction of the time (a tenth of a new picture's cost in a rebuild).
            picture.draft(None, (1, 1))
            picture.load()
    except UnidentifiedImageError:
        return ImageFile(path, problem="not a picture Pillow can read (JPEG, PNG, WebP or GIF)")
    except (OSError, ValueError, SyntaxError, Pillow.DecompressionBombError) as error:
        return ImageFile(path, problem=f"a damaged picture ({error})")
    if not width or not height:
        return ImageFile(path, problem="a picture without pixels")
    return ImageFile(path, hash_bytes(data), width, height, kind, alpha)


def local_images(images: Iterable[Image | None]) -> list[str]:
    """The distinct local files among these pictures, sorted."""
    return sorted({image.src for image in images if image is not None and not image.remote})


def _plainly_inside(folder: str, src: str, plain_folders: dict[str, bool]) -> bool:
    """Whether `src` is a regular file reached from `folder` through no link: one `lstat`
    for it and one for each of its folders (remembered in `plain_folders`), where
    resolving its path costs one for every part of the whole path (a warm build looks
    at each of 5,000 pictures: 7 µs a picture here, 31 with `resolve`). False says only
    that a closer look is needed."""
    parts = src.split("/")
    if {"", ".", ".."} & set(parts):  # `a/`: lstat follows a link; `..` leaves
        return False
    for depth in range(1, len(parts)):
        name = "/".join(parts[:depth])
        plain = plain_folders.get(name)
        if plain is None:
            try:
                plain = plain_folders[name] = stat.S_ISDIR(os.lstat(f"{folder}/{name}").st_mode)
            except OSError:
                plain = plain_folders[name] = False
        if not plain:
            return False
    try:
        return stat.S_ISREG(os.lstat(f"{folder}/{src}").st_mode)
    except OSError:
        return False


def read_images(
    config: Config, sources: Sequence[str], store: FileStore | None = None
) -> dict[str, ImageFile]:
    """Every named local picture (`sources`: paths under content/images/) as read,
    through `store`. One that is missing, or a link leading out of the folder, comes
    back with its problem."""
    folder = images_folder(config)
    root = folder.resolve()
    found: dict[str, ImageFile] = {}
    paths: list[Path] = []
    names: list[str] = []  # each path's, under the folder
    plain_folders: dict[str, bool] = {}
    for src in sources:
        path = folder / src
        if _plainly_inside(str(folder), src, plain_folders):
            paths.append(path)
            names.append(src)
        elif not path.is_file():
            found[src] = ImageFile(src, problem=f"no such file in {config.content_dir}/images/")
        elif not path.resolve().is_relative_to(root):
            found[src] = ImageFile(src, problem="the file is a link that leads out of content/images/")
        else:
            paths.append(path)
            names.append(path.relative_to(folder).as_posix())

    def parse(path: Path, data: bytes) -> Outcome[ImageFile]:
        return Outcome(image_file(path.relative_to(folder).as_posix(), data))

    outcomes = (store or Uncached()).read("images", paths, read_image_bytes, parse)
    for src, outcome in zip(names, outcomes, strict=True):
        if outcome.value is None:
            reason = outcome.problems[0].message if outcome.problems else "cannot read the file"
            found[src] = ImageFile(src, problem=reason)
        else:
            found[src] = outcome.value
    return dict(sorted(found.items()))


def resolved(image: Image | None, files: dict[str, ImageFile]) -> Image | None:
    """The picture with its file as read; None when that file cannot be used."""
    if image is None or image.remote:
        return image
    file = files.get(image.src)
    if file is None or file.problem:
        return None
    return Image(image.src, image.alt, image.credit, image.caption, image.line, file)
