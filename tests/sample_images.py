"""The sample site's pictures: simple illustrations drawn with Pillow (credited "digest
sample"), and small pictures for tests. Run it to draw `content/images/` again:

    .venv/bin/python -m tests.sample_images

The drawing is deterministic, so running it again writes the same bytes.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1200, 750
Draw = Callable[[ImageDraw.ImageDraw, random.Random], None]


def vertical_gradient(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    for y in range(HEIGHT):
        t = y / (HEIGHT - 1)
        draw.line(
            [(0, y), (WIDTH, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return picture


def chip_exports(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """Bars climbing to the right: exports rebounding."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(236, 241, 247))
    for i in range(12):
        height = 120 + i * 38 + rng.randint(-30, 30)
        x = 90 + i * 88
        draw.rectangle(
            [x, HEIGHT - 80 - height, x + 60, HEIGHT - 80], fill=(23, 64, 122) if i < 11 else (154, 27, 27)
        )
    draw.line([(60, HEIGHT - 80), (WIDTH - 60, HEIGHT - 80)], fill=(27, 27, 27), width=4)


def hbm_stack(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """Twelve dies stacked on a substrate: high-bandwidth memory."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(24, 28, 36))
    draw.rectangle([250, 600, 950, 650], fill=(40, 120, 80))
    for level in range(12):
        y = 560 - level * 38
        shade = 150 + level * 8
        draw.rectangle(
            [330, y, 870, y + 30], fill=(shade, shade, min(255, shade + 30)), outline=(20, 20, 20), width=2
        )
        for x in range(350, 860, 40):
            draw.rectangle([x, y + 30, x + 8, y + 38], fill=(212, 175, 55))


def rocket(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """A small rocket over its exhaust, stars above: a launch from Goheung."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(14, 22, 48))
    for _ in range(90):
        x, y = rng.randint(0, WIDTH), rng.randint(0, 420)
        draw.ellipse([x, y, x + 3, y + 3], fill=(240, 240, 255))
    draw.polygon([(600, 110), (660, 250), (660, 470), (540, 470), (540, 250)], fill=(235, 235, 240))
    draw.polygon([(540, 400), (490, 500), (540, 470)], fill=(154, 27, 27))
    draw.polygon([(660, 400), (710, 500), (660, 470)], fill=(154, 27, 27))
    draw.ellipse([575, 270, 625, 320], fill=(60, 120, 200))
    draw.polygon([(545, 470), (655, 470), (600, 700)], fill=(255, 170, 40))
    draw.polygon([(570, 470), (630, 470), (600, 620)], fill=(255, 235, 120))


def passport(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """A passport and a round approval stamp: a faster work visa."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(245, 240, 228))
    draw.rounded_rectangle([380, 120, 820, 640], radius=24, fill=(30, 60, 110))
    draw.ellipse([520, 250, 680, 410], outline=(212, 175, 55), width=8)
    draw.rectangle([470, 470, 730, 490], fill=(212, 175, 55))
    draw.ellipse([720, 420, 960, 660], outline=(154, 27, 27), width=14)
    draw.line([(770, 540), (830, 600), (920, 470)], fill=(154, 27, 27), width=16)


def won_chart(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """A line falling across a grid: the won at a seven-month low."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(250, 250, 247))
    for x in range(100, WIDTH, 100):
        draw.line([(x, 60), (x, HEIGHT - 60)], fill=(220, 220, 215), width=2)
    for y in range(100, HEIGHT, 100):
        draw.line([(60, y), (WIDTH - 60, y)], fill=(220, 220, 215), width=2)
    points = [
        (80 + i * 52, 160 + i * 20 + round(45 * math.sin(i / 2.2)) + rng.randint(-12, 12)) for i in range(21)
    ]
    draw.line(points, fill=(154, 27, 27), width=10, joint="curve")


def cabbages(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """Napa cabbages in rows: kimjang season."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(246, 236, 214))
    for row in range(3):
        for col in range(6):
            cx, cy = 140 + col * 185 + (row % 2) * 60, 190 + row * 200
            draw.ellipse([cx - 75, cy - 95, cx + 75, cy + 95], fill=(232, 240, 200))
            draw.ellipse([cx - 70, cy - 95, cx + 10, cy + 40], fill=(96, 160, 72))
            draw.ellipse([cx - 10, cy - 90, cx + 70, cy + 30], fill=(120, 180, 90))


def battery(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """Three cells with layered solid electrolyte."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=(232, 238, 240))
    for i in range(3):
        x = 190 + i * 300
        draw.rounded_rectangle([x, 160, x + 220, 620], radius=20, fill=(50, 60, 70))
        draw.rectangle([x + 80, 130, x + 140, 160], fill=(50, 60, 70))
        for layer in range(6):
            y = 200 + layer * 68
            draw.rectangle([x + 24, y, x + 196, y + 44], fill=(80 + layer * 25, 190, 140 + layer * 15))


def library_night(rng: random.Random) -> Image.Image:
    """Lit windows of a library at night (a photograph-like gradient: saved as JPEG)."""
    picture = vertical_gradient((10, 16, 40), (60, 50, 90))
    draw = ImageDraw.Draw(picture)
    draw.rectangle([220, 230, 980, 750], fill=(28, 30, 38))
    for row in range(5):
        for col in range(8):
            lit = rng.random() < 0.7
            x, y = 260 + col * 90, 270 + row * 90
            draw.rectangle([x, y, x + 55, y + 60], fill=(255, 214, 120) if lit else (45, 48, 60))
    draw.ellipse([900, 70, 990, 160], fill=(240, 236, 210))
    return picture.filter(ImageFilter.GaussianBlur(1.2))


def fine_dust(rng: random.Random) -> Image.Image:
    """A skyline in haze, a pale sun (a photograph-like gradient: saved as JPEG)."""
    picture = vertical_gradient((196, 186, 160), (150, 146, 140))
    draw = ImageDraw.Draw(picture)
    draw.ellipse([780, 120, 900, 240], fill=(236, 222, 190))
    x = 0
    while x < WIDTH:
        width = rng.randint(60, 140)
        height = rng.randint(160, 460)
        draw.rectangle([x, HEIGHT - height, x + width - 8, HEIGHT], fill=(110, 108, 104))
        x += width
    return picture.filter(ImageFilter.GaussianBlur(5))


DRAWINGS: dict[str, Draw] = {
    "chip-exports.png": chip_exports,
    "hbm-stack.png": hbm_stack,
    "baram-launch.png": rocket,
    "visa-stamp.png": passport,
    "won-chart.png": won_chart,
    "kimjang-cabbages.png": cabbages,
    "solid-electrolyte.png": battery,
}
PHOTOS = {"library-night.jpg": library_night, "fine-dust-skyline.jpg": fine_dust}


def draw_sample(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for seed, (name, drawing) in enumerate(sorted(DRAWINGS.items())):
        picture = Image.new("RGB", (WIDTH, HEIGHT))
        drawing(ImageDraw.Draw(picture), random.Random(seed))
        # A palette of 64 colours: flat drawings stay small in the repository.
        picture.quantize(64, dither=Image.Dither.NONE).save(folder / name, optimize=True)
        written.append(folder / name)
    for seed, (name, photo) in enumerate(sorted(PHOTOS.items())):
        photo(random.Random(100 + seed)).save(folder / name, quality=82, optimize=True)
        written.append(folder / name)
    return written


def make_picture(path: Path, size: tuple[int, int] = (800, 500), mode: str = "RGB", seed: int = 0) -> Path:
    """A small picture for a test: bands of colour, in the format its suffix names."""
    rng = random.Random(seed)
    picture = Image.new(mode, size, (200, 210, 220, 0) if mode == "RGBA" else (200, 210, 220))
    draw = ImageDraw.Draw(picture)
    for x in range(0, size[0], 40):
        colour = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        draw.rectangle([x, 0, x + 20, size[1]], fill=(*colour, 255) if mode == "RGBA" else colour)
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(path)
    return path


if __name__ == "__main__":
    for path in draw_sample(Path(__file__).resolve().parents[1] / "content" / "images"):
        print(f"{path.name}: {path.stat().st_size // 1024} KiB")
