"""Pictures on pages, in feeds and in e-mail: local files resized with Pillow, kept by hash.

A local picture (`content/images/...`, an `ImageFile`) is published in a few widths
(`images.widths`, never wider than the file), each in a modern format (`images.format`:
WebP or AVIF) and in a fallback every browser and mail program shows (JPEG, or PNG for a
picture with transparency). Each picture is one `ImageJob`, and one group of the plan
(`render.plan`): its outputs are made from the file's hash and the settings alone, so a
rebuild keeps them without looking at the picture again.

Resizing costs a tenth of a second or more a picture, so it is done once: the files are
kept in a store handed in by the caller, under a key of the picture's hash, the settings
and Pillow's version (`digest.incremental.imagestore` keeps them in the cache folder;
without one, `MemoryImages` keeps them for one build). Missing jobs are made together
before the site renders (`Pictures.prepare`), in a pool of processes when there are
several; a job asked for before that is made on the spot.

Templates get a `PictureView` (`picture(image)`): `srcset` and `sizes` for each format,
and the width and height of the picture, so the browser reserves its place before it
loads and nothing on the page moves. A picture given by URL is linked as it is: digest
never fetches it, knows none of its sizes, and the themes
give it a fixed frame instead.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Protocol

from digest.config import Config, ImageSettings
from digest.content.images import images_folder, read_image_bytes
from digest.content.model import Image, ImageFile, Item
from digest.hashing import hash_bytes, hash_text
from digest.parallel import can_fork, fork_pool, workers
from digest.render.outputs import Output, Source
from digest.routes import Router

# Part of every stored picture's key: change it when what resizing makes changes.
FORMAT = "digest-images-2"
# WebP's effort (0-6): 2 makes a file in half the time of 4, 5 % larger (bench/README.md,
# Pictures); the encoding was most of what one new picture adds to a rebuild.
WEBP_METHOD = 2
MEDIA_TYPES = {"webp": "image/webp", "avif": "image/avif", "jpeg": "image/jpeg", "png": "image/png"}
EXTENSIONS = {"webp": "webp", "avif": "avif", "jpeg": "jpg", "png": "png"}
# Pictures widths' the themes show: the measure of an article (46rem less padding) and
# the whole viewport on a phone. `sizes` tells the browser before it has the CSS.
SIZES = "(min-width: 48rem) 44rem, calc(100vw - 2.5rem)"
# The e-mail edition's column is 600 px with 32 px of padding each side.
EMAIL_WIDTH = 536


@dataclass(frozen=True)
class Variant:
    """One file of a picture: a width in one format."""

    name: str  # inside the job's stored files: '960.webp'
    route: str  # where it is published: 'images/hbm-line.3f2a1c9e04.960.webp'
    width: int
    height: int
    kind: str  # 'webp', 'avif', 'jpeg', 'png'

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]


@dataclass(frozen=True)
class ImageJob:
    """One local picture to publish: every file of it is made from these values."""

    path: str  # under content/images/
    digest: str  # of the file's bytes
    quality: int
    variants: tuple[Variant, ...]

    @cached_property
    def key(self) -> str:
        """What the stored files are kept under: the bytes, the sizes and formats, the
        quality, Pillow's version and this module's FORMAT (not the routes: two files
        with the same bytes share them). Computed once a job: a build asks it of each of
        5,000 pictures more than once."""
        import PIL

        specs = ",".join(f"{v.name}:{v.width}x{v.height}" for v in self.variants)
        return hash_text(FORMAT, PIL.__version__, self.digest, str(self.quality), specs)

    def largest(self, kind: str) -> Variant:
        return max((v for v in self.variants if v.kind == kind), key=lambda v: v.width)

    @property
    def fallback(self) -> str:
        """The format every reader shows: the last of the variants' two."""
        return self.variants[-1].kind


def fallback_kind(file: ImageFile) -> str:
    return "png" if file.alpha else "jpeg"


def plan_job(file: ImageFile, settings: ImageSettings, router: Router) -> ImageJob:
    """The files of a picture: each configured width below its own, and its own width
    (or the largest configured, if it is wider), in the modern format and the fallback."""
    top = min(file.width, max(settings.widths))
    widths = sorted({w for w in settings.widths if w < top} | {top})
    variants = []
    for width in widths:
        height = max(1, round(width * file.height / file.width))
        for kind in (settings.format, fallback_kind(file)):
            name = f"{width}.{EXTENSIONS[kind]}"
            route = router.image(file.path, file.digest, name)
            variants.append(Variant(name, route, width, height, kind))
    return ImageJob(file.path, file.digest, settings.quality, tuple(variants))


def resize(data: bytes, job: ImageJob, widths: Collection[int] = ()) -> dict[str, bytes]:
    """The files of a job (of those `widths` only, if given) from the picture's bytes:
    turned upright, resized with Lanczos, written without EXIF (a camera's GPS position
    stays home) but with its colour profile. The same bytes and job give the same files
    (no time stamp is written)."""
    from PIL import Image as Pillow
    from PIL import ImageOps

    files: dict[str, bytes] = {}
    with Pillow.open(io.BytesIO(data)) as opened:
        picture = ImageOps.exif_transpose(opened)
        profile = opened.info.get("icc_profile")
        has_alpha = job.fallback == "png"
        picture = picture.convert("RGBA" if has_alpha else "RGB")
        scaled: dict[int, Pillow.Image] = {}
        for variant in job.variants:
            if widths and variant.width not in widths:
                continue
            size = (variant.width, variant.height)
            if variant.width not in scaled:
                scaled[variant.width] = (
                    picture
                    if picture.size == size
                    else picture.resize(size, Pillow.Resampling.LANCZOS, reducing_gap=3.0)
                )
            out = io.BytesIO()
            options: dict[str, object] = {"icc_profile": profile} if profile else {}
            if variant.kind == "jpeg":
                options.update(quality=job.quality, optimize=True, progressive=True)
            elif variant.kind == "webp":
                options.update(quality=job.quality, method=WEBP_METHOD)
            elif variant.kind == "avif":
                options.update(quality=job.quality, speed=6, max_threads=1)
            else:
                options.update(optimize=True)
            scaled[variant.width].save(out, format=variant.kind.upper(), **options)
            files[variant.name] = out.getvalue()
    return files


# A task of the pool: a job (its index), and the widths it makes (all, if none named).
Task = tuple[int, tuple[int, ...]]
# The jobs a forked worker resizes from: set before the pool forks, so workers inherit
# them instead of unpickling them.
_JOBS: Sequence[tuple[ImageJob, Path]] = ()


def _resize_one(task: Task) -> tuple[int, dict[str, bytes]]:
    index, widths = task
    job, source = _JOBS[index]
    return index, resize(read_image_bytes(source), job, widths)


def resize_tasks(jobs: Sequence[tuple[ImageJob, Path]], count: int) -> list[Task]:
    """A task per job when there are jobs enough to keep `count` processes busy; else each
    job's widths split into `count // len(jobs)` tasks of about equal pixels, largest
    first, so one new picture is made on every core (each task decodes the picture
    again: a few ms, against 0.1-0.2 s to encode its widest files, so no more tasks than
    cores)."""
    if not jobs or len(jobs) >= count:
        return [(index, ()) for index in range(len(jobs))]
    split = count // len(jobs)
    tasks: list[tuple[int, Task]] = []
    for index, (job, _) in enumerate(jobs):
        parts: list[list[int]] = [[] for _ in range(split)]
        pixels = [0] * split
        sizes = dict.fromkeys((variant.width, variant.height) for variant in job.variants)
        for width, height in sorted(sizes, reverse=True):
            lightest = pixels.index(min(pixels))
            parts[lightest].append(width)
            pixels[lightest] += width * height
        tasks += [(pixels[n], (index, tuple(part))) for n, part in enumerate(parts) if part]
    return [task for _, task in sorted(tasks, key=lambda weighed: -weighed[0])]


# Pillow's module of each format written: imported on first use, and its codec loaded.
PLUGINS = {
    "webp": "WebPImagePlugin",
    "avif": "AvifImagePlugin",
    "jpeg": "JpegImagePlugin",
    "png": "PngImagePlugin",
}


def load_codecs(kinds: Iterable[str]) -> None:
    """Import Pillow and the plugins of these formats in this process, before it forks:
    every worker would otherwise import them itself, 40-50 ms of CPU each, a third of
    what one new picture costs to resize."""
    import importlib

    from PIL import Image as Pillow
    from PIL import ImageOps  # noqa: F401 (imported for the workers)

    Pillow.preinit()
    for kind in sorted(kinds):
        importlib.import_module(f"PIL.{PLUGINS[kind]}")


def resize_all(jobs: Sequence[tuple[ImageJob, Path]]) -> Iterable[tuple[int, dict[str, bytes]]]:
    """(index, files) of every job, in a pool of processes when there are several tasks
    (`resize_tasks`) and the build may fork (`parallel.can_fork`), else one after another.
    When the tasks are a few pictures' widths, this process makes the last (smallest)
    itself while the workers make the others: it would only wait for them, and one
    worker fewer is one fork of a large process fewer (one new picture: one worker)."""
    global _JOBS
    _JOBS = jobs
    try:
        count = workers() if can_fork() else 1
        tasks = resize_tasks(jobs, count)
        if len(tasks) > 1 and count > 1:
            load_codecs({variant.kind for job, _ in jobs for variant in job.variants})
            parts: dict[int, dict[str, bytes]] = {}
            left = {index: sum(1 for task in tasks if task[0] == index) for index in range(len(jobs))}
            own = tasks.pop() if len(jobs) < count else None
            with fork_pool(min(count, len(tasks))) as pool:
                results = pool.imap_unordered(_resize_one, tasks)  # the workers start theirs
                mine = [_resize_one(own)] if own is not None else []  # and this process its own
                for index, files in itertools.chain(mine, results):
                    parts.setdefault(index, {}).update(files)
                    left[index] -= 1
                    if not left[index]:
                        job = jobs[index][0]
                        made = parts.pop(index)
                        yield index, {variant.name: made[variant.name] for variant in job.variants}
            return
        for index in range(len(jobs)):
            yield _resize_one((index, ()))
    finally:
        _JOBS = ()


class StoredFile(Protocol):
    """A stored file of a picture: its hash, its bytes and, on disk, where it is."""

    digest: str
    read: Callable[[], bytes]
    source: Source | None


class ImageStore(Protocol):
    """Where resized pictures are kept by key: for one build (`MemoryImages`), or between
    builds (`digest.incremental.imagestore`)."""

    def has(self, key: str) -> bool: ...
    def put(self, key: str, files: dict[str, bytes]) -> None: ...
    def get(self, key: str) -> Mapping[str, StoredFile]: ...
    def prune(self, keep: set[str]) -> None: ...


@dataclass(frozen=True)
class _InMemory:
    digest: str
    read: Callable[[], bytes]
    source: Source | None = None


class MemoryImages:
    """Resized pictures for one build, in memory."""

    def __init__(self) -> None:
        self.files: dict[str, dict[str, bytes]] = {}

    def has(self, key: str) -> bool:
        return key in self.files

    def put(self, key: str, files: dict[str, bytes]) -> None:
        self.files[key] = files

    def get(self, key: str) -> Mapping[str, StoredFile]:
        return {
            name: _InMemory(hash_bytes(data), partial(bytes, data)) for name, data in self.files[key].items()
        }

    def prune(self, keep: set[str]) -> None:
        self.files = {key: files for key, files in self.files.items() if key in keep}


@dataclass(frozen=True)
class PictureView:
    """What a template needs to show a picture: for a local one, a `srcset` per format
    (modern first) and the size of the largest file, so the browser reserves the space;
    for a URL, the URL alone."""

    image: Image
    src: str  # the fallback's largest file (or the URL): for <img src>
    width: int | None  # None for a URL
    height: int | None
    sources: tuple[tuple[str, str], ...] = ()  # (media type, srcset) for <source>, modern first
    srcset: str = ""  # the fallback's srcset, for <img srcset>
    sizes: str = SIZES
    share: tuple[str, int | None, int | None, str] = ("", None, None, "")  # absolute url, w, h, type
    email: tuple[str, int | None, int | None] = ("", None, None)  # absolute url, shown w and h

    @property
    def alt(self) -> str:
        return self.image.alt


class Pictures:
    """Every local picture of one build: its job, its group's outputs, its views."""

    def __init__(self, config: Config, router: Router, store: ImageStore | None = None) -> None:
        self.config = config
        self.settings = config.images
        self.router = router
        self.store: ImageStore = store if store is not None else MemoryImages()
        self.folder = images_folder(config)
        self._jobs: dict[str, ImageJob] = {}
        self._files: dict[str, Mapping[str, StoredFile]] = {}

    def job(self, file: ImageFile) -> ImageJob:
        found = self._jobs.get(file.path)
        if found is None or found.digest != file.digest:
            found = self._jobs[file.path] = plan_job(file, self.settings, self.router)
        return found

    def jobs(self, items: Iterable[Item]) -> list[ImageJob]:
        """The jobs of the local pictures these items show, by path."""
        files = {item.image.file.path: item.image.file for item in items if item.image and item.image.file}
        return [self.job(files[path]) for path in sorted(files)]

    # Making the files.
    def prepare(self, jobs: Iterable[ImageJob]) -> None:
        """Make and store every job the store lacks, several at a time."""
        missing = [job for job in dict.fromkeys(jobs) if not self.store.has(job.key)]
        for index, files in resize_all([(job, self.folder / job.path) for job in missing]):
            self.store.put(missing[index].key, files)

    def files(self, job: ImageJob) -> Mapping[str, StoredFile]:
        found = self._files.get(job.key)
        if found is None:
            if not self.store.has(job.key):
                self.prepare([job])
            found = self._files[job.key] = self.store.get(job.key)
        return found

    def outputs(self, job: ImageJob) -> list[Output]:
        """The job's files as outputs; stored ones carry their file, for the output tree
        to link instead of writing the bytes again."""
        stored = self.files(job) if self.store.has(job.key) else {}
        return [
            Output(
                variant.route,
                ("image", job.key, variant.name),
                partial(self.read, job, variant.name),
                source=stored[variant.name].source if variant.name in stored else None,
            )
            for variant in job.variants
        ]

    def read(self, job: ImageJob, name: str) -> bytes:
        return self.files(job)[name].read()

    def size(self, job: ImageJob, variant: Variant) -> int:
        """A file's length in bytes (a feed's enclosure says it)."""
        stored = self.files(job)[variant.name]
        return stored.source.size if stored.source is not None else len(stored.read())

    def prune(self, jobs: Iterable[ImageJob]) -> None:
        """Forget the stored pictures no job of this build uses."""
        self.store.prune({job.key for job in jobs})

    # What templates, feeds and metadata see.
    def view(self, image: Image | None) -> PictureView | None:
        if image is None:
            return None
        if image.file is None:
            return PictureView(image, image.src, None, None, share=(image.src, None, None, ""))
        job = self.job(image.file)
        router = self.router
        kinds = dict.fromkeys(variant.kind for variant in job.variants)
        srcsets = {
            kind: ", ".join(f"{router.url(v.route)} {v.width}w" for v in job.variants if v.kind == kind)
            for kind in kinds
        }
        modern, fallback = list(kinds)
        largest = job.largest(fallback)
        fallbacks = [v for v in job.variants if v.kind == fallback]
        mail = next((v for v in fallbacks if v.width >= 2 * EMAIL_WIDTH), largest)
        shown = min(EMAIL_WIDTH, mail.width)
        return PictureView(
            image=image,
            src=router.url(largest.route),
            width=largest.width,
            height=largest.height,
            sources=((MEDIA_TYPES[modern], srcsets[modern]),),
            srcset=srcsets[fallback],
            share=(router.absolute(largest.route), largest.width, largest.height, largest.media_type),
            email=(router.absolute(mail.route), shown, max(1, round(shown * mail.height / mail.width))),
        )

    def first_view(self, items: Iterable[Item]) -> PictureView | None:
        """The view of the first of these items that has a picture (an edition's, to share it by)."""
        return next((view for item in items if (view := self.view(item.image)) is not None), None)

    def enclosure(self, image: Image | None) -> tuple[str, int, str, int, int] | None:
        """(absolute URL, length, media type, width, height) of the file a feed encloses:
        the largest fallback, which every reader can show. None for a URL: its length
        and type are unknown without fetching it."""
        if image is None or image.file is None:
            return None
        job = self.job(image.file)
        largest = job.largest(job.fallback)
        url = self.router.absolute(largest.route)
        return url, self.size(job, largest), largest.media_type, largest.width, largest.height
