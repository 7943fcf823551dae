"""Pictures: the `image:` field, local files resized once and kept by hash, and where a
picture shows (pages, sharing metadata, JSON-LD, feeds, e-mail); remote ones never fetched."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

import lxml.html
import pytest
from PIL import Image as Pillow

from digest.build import load_site, plan_site
from digest.check import run_check
from digest.config import ImageSettings
from digest.content.images import image_file, read_images
from digest.content.model import ImageFile
from digest.content.readers.html_page import lead_image
from digest.errors import DigestErrors
from digest.render import images as images_module
from digest.routes import Router
from tests.conftest import EDITION_NOTES, SAMPLE_TODAY, Project
from tests.feedcheck import load_json_feed, parse_xml_feed
from tests.sample_images import make_picture
from tests.test_incremental import assert_same_as_cold

ARTICLE = "articles/night-buses/index.html"
PICTURE = """\
    image:
      src: "buses/night.jpg"
      alt: "A night bus at a stop, lit from inside."
      caption: "The N13 at Gangnam station."
      credit: "Test Desk"
"""


def with_picture(project: Project, picture: str = PICTURE) -> None:
    notes = project.root / "content/notes/2025-11-19.yaml"
    text = notes.read_text(encoding="utf-8")
    notes.write_text(text.replace("    rank: 1\n", "    rank: 1\n" + picture, 1), encoding="utf-8")


@pytest.fixture
def pictured(project: Project) -> Project:
    make_picture(project.root / "content/images/buses/night.jpg", (1600, 1000))
    with_picture(project)
    return project


def problems(project: Project) -> list[str]:
    with pytest.raises(DigestErrors) as raised:
        load_site(project.config(), SAMPLE_TODAY, cache=False)
    return [problem.format(project.root) for problem in raised.value.problems]


@pytest.mark.parametrize(
    ("picture", "expected"),
    [
        ('    image: "night.jpg"\n', "image: expected a mapping, got 'night.jpg'"),
        ('    image:\n      src: "night.jpg"\n', "image.alt: required: what the picture shows"),
        ('    image:\n      alt: "A bus."\n', "image.src: required"),
        ('    image:\n      src: "../night.jpg"\n      alt: "A bus."\n', "image.src: expected a path inside"),
        ('    image:\n      src: "night.pdf"\n      alt: "A bus."\n', "image.src: expected a picture"),
        (
            '    image:\n      src: "javascript:alert(1)"\n      alt: "A."\n',
            "image.src: expected a file under",
        ),
        ('    image:\n      src: "/etc/passwd.png"\n      alt: "A."\n', "image.src: expected a file under"),
        ('    image:\n      src: "a.png"\n      alt: "A."\n      title: "T"\n', "image.title: unknown key"),
    ],
)
def test_a_wrong_image_field_is_an_error_at_its_line(project: Project, picture: str, expected: str) -> None:
    with_picture(project, picture)
    [problem] = problems(project)
    assert problem.startswith("content/notes/2025-11-19.yaml:"), problem
    line = int(problem.split(":")[1])
    assert line >= 8 and expected in problem, problem


def test_front_matter_gives_a_markdown_article_its_picture(project: Project) -> None:
    make_picture(project.root / "content/images/ring.png", (900, 600))
    project.article(
        "ring-road.md",
        '---\ntitle: "Ring road opens"\ndate: 2025-11-19\nimage:\n  src: "ring.png"\n  alt: "A ring road."\n---\nText.\n',
    )
    ring_note = 'article: "ring-road"\nedition: "2025-11-19"\nsection: tech\nrank: 1\nsummary: "Open."\n'
    project.note("ring.yaml", ring_note)
    project.build()
    page = project.read("articles/ring-road/index.html")
    assert 'alt="A ring road."' in page and 'width="900" height="600"' in page
    project.article(
        "ring-road.md", '---\ntitle: "R"\ndate: 2025-11-19\nimage:\n  src: "ring.png"\n---\nText.\n'
    )
    # At the picture's mapping (a note publishes the article, so it is an error).
    assert any(
        p.startswith("content/articles/ring-road.md:5: image.alt: required") for p in problems(project)
    )


def test_a_local_picture_is_published_in_each_width_and_format(pictured: Project) -> None:
    pictured.build()
    files = sorted(p.name for p in (pictured.output / "images").iterdir())
    stem = re.fullmatch(r"(buses-night\.[0-9a-f]{10})\.1440\.jpg", files[0]).group(1)
    assert files == [f"{stem}.{w}.{kind}" for w in (1440, 480, 960) for kind in ("jpg", "webp")]
    for name in files:
        with Pillow.open(pictured.output / "images" / name) as picture:
            width = int(name.split(".")[2])
            assert picture.size == (width, round(width * 1000 / 1600))
            assert picture.format == ("JPEG" if name.endswith(".jpg") else "WEBP")
            assert "exif" not in picture.info
    page = lxml.html.document_fromstring(pictured.read(ARTICLE))
    [figure] = page.xpath("//figure[@class='story-figure']")
    [source] = figure.xpath(".//source")
    [img] = figure.xpath(".//img")
    assert source.get("type") == "image/webp"
    assert source.get("srcset") == ", ".join(f"/digest/images/{stem}.{w}.webp {w}w" for w in (480, 960, 1440))
    assert img.get("srcset") == ", ".join(f"/digest/images/{stem}.{w}.jpg {w}w" for w in (480, 960, 1440))
    assert img.get("src") == f"/digest/images/{stem}.1440.jpg"
    assert (img.get("width"), img.get("height")) == ("1440", "900")
    assert img.get("sizes") == source.get("sizes") and "rem" in img.get("sizes")
    assert img.get("alt") == "A night bus at a stop, lit from inside."
    assert (
        " ".join(figure.xpath("string(.//figcaption)").split())
        == "The N13 at Gangnam station. Picture: Test Desk"
    )
    # The edition shows it too, and a list page does not (the theme chooses).
    assert f"{stem}.960.webp" in pictured.read("editions/2025-11-19/index.html")
    assert "images/" not in pictured.read("sections/policy/index.html").split("<main")[1]


def test_a_small_picture_is_never_made_larger_and_transparency_keeps_png(project: Project) -> None:
    make_picture(project.root / "content/images/logo.png", (300, 200), mode="RGBA")
    with_picture(project, '    image:\n      src: "logo.png"\n      alt: "A logo."\n')
    project.build()
    files = sorted(p.name for p in (project.output / "images").iterdir())
    assert [name.split(".", 2)[2] for name in files] == ["300.png", "300.webp"]
    with Pillow.open(project.output / "images" / files[0]) as picture:
        assert picture.mode == "RGBA" and picture.size == (300, 200)


def test_sharing_metadata_json_ld_and_email_use_the_fallback_by_absolute_url(pictured: Project) -> None:
    pictured.build()
    page = pictured.read(ARTICLE)
    shared = re.search(r'<meta property="og:image" content="([^"]+)">', page).group(1)
    assert re.fullmatch(r"https://example\.org/digest/images/buses-night\.[0-9a-f]{10}\.1440\.jpg", shared)
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert '<meta property="og:image:alt" content="A night bus at a stop, lit from inside.">' in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["image"] == {
        "@type": "ImageObject",
        "url": shared,
        "contentUrl": shared,
        "width": 1440,
        "height": 900,
        "caption": "The N13 at Gangnam station.",
        "creditText": "Test Desk",
        "description": "A night bus at a stop, lit from inside.",
    }
    mail = pictured.read("email/2025-11-19.html")
    [img] = lxml.html.document_fromstring(mail).xpath("//img")
    assert img.get("src") == shared and img.get("width") == "536" and img.get("height") == "335"


def test_feeds_carry_the_picture_with_its_length_and_type(pictured: Project) -> None:
    pictured.build()
    out = pictured.output
    rss = parse_xml_feed(out / "feed.xml")
    [enclosure] = rss.entries[0].enclosures
    local = out / enclosure.href.removeprefix("https://example.org/digest/")
    assert (enclosure.type, int(enclosure.length)) == ("image/jpeg", local.stat().st_size)
    [media] = rss.entries[0].media_content
    assert media["url"] == enclosure.href and media["filesize"] == str(local.stat().st_size)
    assert media["width"] == "1440" and media["medium"] == "image"
    atom = parse_xml_feed(out / "atom.xml")
    links = {link.rel: link for link in atom.entries[0].links}
    assert (
        links["enclosure"].href == enclosure.href and int(links["enclosure"].length) == local.stat().st_size
    )
    assert links["enclosure"].type == "image/jpeg"
    assert sum(1 for link in atom.entries[0].links if link.rel == "alternate") == 1
    [item] = load_json_feed(out / "feed.json")["items"]
    assert item["image"] == enclosure.href
    assert f'<img src="{enclosure.href}"' in item["content_html"]


def test_pictures_are_resized_once_and_kept_by_hash(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    resize_all = images_module.resize_all

    def counting(
        jobs: Sequence[tuple[images_module.ImageJob, Path]],
    ) -> Iterable[tuple[int, dict[str, bytes]]]:
        made.extend(job.path for job, _ in jobs)  # here: the workers' copies would not tell
        return resize_all(jobs)

    monkeypatch.setattr(images_module, "resize_all", counting)
    pictured.build()
    assert made == ["buses/night.jpg"]
    first = {p.name: p.read_bytes() for p in (pictured.output / "images").iterdir()}
    # A note edited, output/ deleted, the picture touched: nothing is resized again.
    notes = pictured.root / "content/notes/2025-11-19.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace("Three new routes.", "Three routes."))
    pictured.build()
    import shutil

    shutil.rmtree(pictured.output)
    (pictured.root / "content/images/buses/night.jpg").touch()
    pictured.build()
    assert made == ["buses/night.jpg"]
    assert {p.name: p.read_bytes() for p in (pictured.output / "images").iterdir()} == first
    # New bytes: new files under new names, the old ones gone, from output and from the store.
    make_picture(pictured.root / "content/images/buses/night.jpg", (1600, 1000), seed=7)
    pictured.build()
    assert made == ["buses/night.jpg"] * 2
    now = {p.name for p in (pictured.output / "images").iterdir()}
    assert now.isdisjoint(first) and len(now) == 6
    assert len(list((pictured.root / ".digest-cache/images").iterdir())) == 1


def test_one_new_picture_is_resized_on_every_core(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild with one new picture makes its widths in as many processes as there are
    cores, not one after another in one (issue 23: such a rebuild adds at most 0.3 s): in
    two tasks on two cores, one of them in the build's own process, which would otherwise
    wait; the files are those of one process."""
    source = make_picture(tmp_path / "night.jpg", (1600, 1000))
    data = source.read_bytes()
    file = image_file("night.jpg", data)
    job = images_module.plan_job(file, ImageSettings(), Router(project.config()))
    assert sorted({v.width for v in job.variants}) == [480, 960, 1440]
    log = tmp_path / "made.log"
    resize = images_module.resize

    def noting(data: bytes, job: images_module.ImageJob, widths: Collection[int] = ()) -> dict[str, bytes]:
        with log.open("a") as out:  # from the workers: a file, not a list
            out.write(f"{os.getpid()} {sorted(widths)}\n")
        return resize(data, job, widths)

    monkeypatch.setattr(images_module, "resize", noting)
    monkeypatch.setattr(images_module, "workers", lambda: 2)
    monkeypatch.setattr(images_module, "can_fork", lambda: True)
    [(index, files)] = list(images_module.resize_all([(job, source)]))
    made = [line.split(" ", 1) for line in log.read_text().splitlines()]
    by_process = {pid == str(os.getpid()): widths for pid, widths in made}
    assert len(made) == 2 and by_process == {False: "[1440]", True: "[480, 960]"}
    assert index == 0 and list(files) == [v.name for v in job.variants]
    assert files == resize(data, job)


def test_a_few_pictures_widths_are_split_into_no_more_tasks_than_cores(
    project: Project, tmp_path: Path
) -> None:
    """Fewer pictures than cores: each picture's widths in `cores // pictures` tasks of
    about equal pixels, largest first (each task decodes the picture once more); more
    pictures: a task a picture."""
    source = make_picture(tmp_path / "night.jpg", (1600, 1000))
    job = images_module.plan_job(
        image_file("night.jpg", source.read_bytes()), ImageSettings(), Router(project.config())
    )
    one, two, three = [(job, source)], [(job, source)] * 2, [(job, source)] * 3
    assert images_module.resize_tasks(one, 2) == [(0, (1440,)), (0, (960, 480))]
    assert images_module.resize_tasks(one, 4) == [(0, (1440,)), (0, (960,)), (0, (480,))]
    assert images_module.resize_tasks(two, 4) == [
        (0, (1440,)),
        (1, (1440,)),
        (0, (960, 480)),
        (1, (960, 480)),
    ]
    assert images_module.resize_tasks(three, 2) == [(0, ()), (1, ()), (2, ())]
    assert images_module.resize_tasks([], 2) == []


def test_check_warns_about_an_empty_alt_and_a_picture_it_cannot_read(project: Project) -> None:
    (project.root / "content/images").mkdir(parents=True)
    (project.root / "content/images/broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    with_picture(project, '    image:\n      src: "broken.png"\n      alt: ""\n')
    result = run_check(project.config(), SAMPLE_TODAY)
    assert result.errors == ()
    found = [finding.format(project.root) for finding in result.warnings if finding.kind == "picture"]
    assert found == [
        "content/notes/2025-11-19.yaml:8: image.src: cannot show content/images/broken.png: not a picture "
        "Pillow can read (JPEG, PNG, WebP or GIF); the item is published without it",
        "content/notes/2025-11-19.yaml:8: image.alt: empty alt: screen readers and readers without pictures "
        "get nothing; say what the picture shows",
    ]
    # The build goes on, without the picture.
    project.build()
    assert "<figure" not in project.read(ARTICLE)
    project.note("2025-11-19.yaml", EDITION_NOTES)
    with_picture(project, '    image:\n      src: "missing.png"\n      alt: "A."\n')
    found = [
        f.format(project.root)
        for f in run_check(project.config(), SAMPLE_TODAY).warnings
        if f.kind == "picture"
    ]
    assert any("cannot show content/images/missing.png: no such file" in line for line in found)


def test_a_remote_picture_is_linked_and_never_fetched(project: Project, web) -> None:
    url = web.route("/photo.jpg", b"not fetched", **{"Content-Type": "image/jpeg"})
    with_picture(project, f'    image:\n      src: "{url}"\n      alt: "A bus, from the outlet."\n')
    project.build()
    assert web.requests == []
    page = project.read(ARTICLE)
    assert f'<meta property="og:image" content="{url}">' in page
    [img] = lxml.html.document_fromstring(page).xpath("//figure//img")
    assert (
        img.get("src") == url and img.get("class") == "remote" and img.get("referrerpolicy") == "no-referrer"
    )
    assert (img.get("width"), img.get("height")) == ("1200", "800")  # a 3:2 frame, so nothing moves
    rss = parse_xml_feed(project.output / "feed.xml")
    assert rss.entries[0].enclosures == [] and rss.entries[0].media_content[0]["url"] == url
    assert load_json_feed(project.output / "feed.json")["items"][0]["image"] == url
    assert not (project.output / "images").exists()


def test_check_reads_a_remote_picture_from_the_note_alone_and_never_fetches_it(project: Project, web) -> None:
    """`digest check` judges a picture given by URL by what the note says: its empty alt
    is warned about, and it is never fetched to see whether it can be shown."""
    url = web.route("/photo.jpg", b"not a picture", **{"Content-Type": "image/jpeg"})
    with_picture(project, f'    image:\n      src: "{url}"\n      alt: ""\n')
    result = run_check(project.config(), SAMPLE_TODAY)
    assert web.requests == []
    assert result.errors == ()
    found = [finding.format(project.root) for finding in result.warnings if finding.kind == "picture"]
    assert found == [
        "content/notes/2025-11-19.yaml:8: image.alt: empty alt: screen readers and readers without pictures "
        "get nothing; say what the picture shows",
    ]


SAVED_PAGE = """<html lang="en"><head>
<title>Busan port automates its third terminal | Harbor Daily</title>
<meta property="og:site_name" content="Harbor Daily">
<meta property="og:url" content="https://harbor.example/news/terminal">
<meta property="og:image" content="/photos/cranes.jpg">
<meta property="article:published_time" content="2025-11-21T09:30:00+09:00">
</head><body>
<article><h1>Busan port automates its third terminal</h1>
<figure><img src="https://harbor.example/photos/cranes.jpg" alt="Automated cranes over a container ship.">
<figcaption>Cranes at the new terminal. <span class="credit">Photo: Kim Ji-ho</span></figcaption></figure>
<p>Busan Port Authority said on Friday that its third container terminal will run without crane drivers from March.</p>
<p>The terminal handles about two million containers a year, and the authority expects it to handle more.</p>
</article></body></html>"""


def test_a_saved_page_gives_its_lead_image_with_caption_and_credit(project: Project) -> None:
    project.article("busan-port.html", SAVED_PAGE)
    project.note("busan.yaml", 'article: "busan-port"\nedition: "2025-11-19"\nsection: tech\nrank: 1\n')
    site = load_site(project.config(), SAMPLE_TODAY, cache=False)
    [article] = [a for a in site.articles if a.id == "busan-port"]
    image = article.image
    assert image is not None and image.remote
    assert (image.src, image.alt) == (
        "https://harbor.example/photos/cranes.jpg",
        "Automated cranes over a container ship.",
    )
    assert (image.caption, image.credit) == ("Cranes at the new terminal.", "Photo: Kim Ji-ho")
    page = lxml.html.document_fromstring(
        "<html><head><meta property='og:image' content='data:x'></head></html>"
    )
    assert lead_image(page, "") is None


def test_adding_changing_and_removing_a_picture_rebuilds_as_a_cold_build_would(
    project: Project, tmp_path: Path
) -> None:
    """Each rebuild (with the cache) writes exactly the files a cold build writes: the new
    picture's files appear, a changed picture's old files go, a removed one's are gone."""
    project.build()
    make_picture(project.root / "content/images/buses/night.jpg", (1600, 1000))
    with_picture(project)
    project.build()
    assert_same_as_cold(project, tmp_path / "added")
    first = sorted(path.name for path in (project.output / "images").iterdir())
    assert first and all(name.startswith("buses-night.") for name in first)

    make_picture(project.root / "content/images/buses/night.jpg", (1200, 1200), seed=3)
    project.build()
    assert_same_as_cold(project, tmp_path / "changed")
    assert not set(first) & {path.name for path in (project.output / "images").iterdir()}

    notes = project.root / "content/notes/2025-11-19.yaml"
    notes.write_text(notes.read_text(encoding="utf-8").replace(PICTURE, ""), encoding="utf-8")
    project.build()
    assert_same_as_cold(project, tmp_path / "removed")
    assert not (project.output / "images").exists() or not any((project.output / "images").iterdir())


def test_a_picture_reached_through_a_link_out_of_the_folder_is_refused(
    project: Project, tmp_path: Path
) -> None:
    folder = project.root / "content/images"
    make_picture(folder / "plain.jpg", (64, 48))
    make_picture(folder / "port/crane.jpg", (64, 48))
    outside = make_picture(tmp_path / "elsewhere/secret.jpg", (64, 48))
    (folder / "out.jpg").symlink_to(outside)
    (folder / "away").symlink_to(outside.parent, target_is_directory=True)
    (folder / "same.jpg").symlink_to(folder / "plain.jpg")
    (folder / "port/also").symlink_to(folder / "port", target_is_directory=True)
    names = [
        "away/secret.jpg",
        "gone.jpg",
        "out.jpg",
        "plain.jpg",
        "port/also/crane.jpg",
        "port/crane.jpg",
        "same.jpg",
    ]
    found = read_images(project.config(), names)
    problems = {name: file.problem for name, file in found.items()}
    leads_out = "the file is a link that leads out of content/images/"
    assert problems == {
        "away/secret.jpg": leads_out,
        "gone.jpg": "no such file in content/images/",
        "out.jpg": leads_out,
        "plain.jpg": "",
        "port/also/crane.jpg": "",
        "port/crane.jpg": "",
        "same.jpg": "",
    }


def test_reading_pictures_resolves_no_path_without_a_link(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm build looks at each of 5,000 pictures: one `lstat` for a file reached
    through no link, not a `realpath` (one `lstat` for every part of the whole path)."""
    folder = project.root / "content/images"
    names = ["a.jpg", "b.png", "port/c.jpg", "port/d.jpg"]
    for name in names:
        make_picture(folder / name, (64, 48))
    resolved: list[str] = []
    realpath = os.path.realpath

    def noting(path: str, *args: object, **options: object) -> str:
        resolved.append(os.fspath(path))
        return realpath(path, *args, **options)

    config = project.config()
    monkeypatch.setattr(os.path, "realpath", noting)
    found = read_images(config, names)
    assert [file.width for file in found.values()] == [64] * 4
    assert resolved == [str(folder)]


def test_a_picture_s_group_is_described_by_its_path_and_key_hashed_once(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every build describes each of 5,000 pictures' groups: by its path and key, two
    strings (its routes are made from the path and the hash, its files from the key),
    not by walking the job's every field; and a job's key is hashed once."""
    plan = plan_site(load_site(pictured.config(), SAMPLE_TODAY, cache=False))
    [job] = plan.image_jobs()
    [group] = [group for group in plan.groups() if group.name == "image:buses/night.jpg"]
    assert group.inputs == (job.path, job.key)
    hashed: list[tuple[str, ...]] = []
    hash_text = images_module.hash_text
    monkeypatch.setattr(images_module, "hash_text", lambda *parts: hashed.append(parts) or hash_text(*parts))
    again = images_module.plan_job(job_file(pictured), ImageSettings(), Router(pictured.config()))
    assert again.key == again.key == job.key and len(hashed) == 1


def job_file(project: Project) -> ImageFile:
    data = (project.root / "content/images/buses/night.jpg").read_bytes()
    return image_file("buses/night.jpg", data)


def test_the_e_mail_message_names_no_picture_it_cannot_show(pictured: Project) -> None:
    pictured.build()
    message = email.message_from_bytes(
        (pictured.output / "email/2025-11-19.eml").read_bytes(), policy=email.policy.default
    )
    html = message.get_body(("html",)).get_content()
    assert ".webp" not in html and ".jpg" in html


def test_storing_or_reading_one_picture_reads_no_other_picture_s_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild with one new picture, on a site of thousands, reads the listing of that
    picture alone: the store of pictures lends no file from one key to another (the same
    bytes are one key), so it never reads them all (5 s at 10,000 articles)."""
    from digest.incremental import searchstore
    from digest.incremental.imagestore import image_store

    first = image_store(tmp_path)
    assert first is not None
    for n in range(5):
        first.put(f"key{n}", {"480.jpg": b"jpeg %d" % n, "480.webp": b"webp %d" % n})
    read: list[str] = []
    listing = searchstore._listing

    def noting(shard: Path) -> dict[str, searchstore.Source]:
        read.append(shard.name)
        return listing(shard)

    monkeypatch.setattr(searchstore, "_listing", noting)
    store = image_store(tmp_path)  # the next build's
    assert store is not None
    store.put("new", {"480.jpg": b"jpeg new", "480.webp": b"webp 0"})  # the same bytes as key0's webp
    assert store.get("new")["480.webp"].read() == b"webp 0"
    assert store.get("key3")["480.jpg"].read() == b"jpeg 3"
    assert read == ["key3"]


def test_webp_is_written_with_effort_2(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WebP at method 2: half the time of 4 for a file about 5 % larger (bench/README.md,
    Pictures), so one new picture's rebuild is within issue 23's 0.3 s."""
    data = make_picture(tmp_path / "night.jpg", (1600, 1000)).read_bytes()
    job = images_module.plan_job(image_file("night.jpg", data), ImageSettings(), Router(project.config()))
    saved: list[dict[str, object]] = []
    save = Pillow.Image.save

    def noting(self: Pillow.Image, fp: object, format: str | None = None, **options: object) -> None:
        saved.append({"format": format, **options})
        save(self, fp, format, **options)

    monkeypatch.setattr(Pillow.Image, "save", noting)
    images_module.resize(data, job, (480,))
    assert [s["method"] for s in saved if s["format"] == "WEBP"] == [2]


def test_a_truncated_jpeg_is_refused_though_decoded_at_a_reduced_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a picture checks every byte of it, but decodes a JPEG at 1/8 of its size."""
    data = make_picture(tmp_path / "night.jpg", (1600, 1000)).read_bytes()
    from PIL import JpegImagePlugin

    loaded: list[tuple[int, int]] = []
    load = JpegImagePlugin.JpegImageFile.load

    def noting(self: Pillow.Image) -> object:
        loaded.append(self.size)
        return load(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", noting, raising=False)
    read = image_file("night.jpg", data)
    assert (read.width, read.height, read.problem) == (1600, 1000, "")
    assert loaded == [(200, 125)]
    assert image_file("night.jpg", data[: len(data) // 2]).problem.startswith(
        "a damaged picture (image file is truncated"
    )


def test_the_workers_find_pillow_s_encoders_loaded_before_the_fork(tmp_path: Path) -> None:
    """The build imports the plugins of the formats it writes before it forks the workers
    that resize one new picture: each worker would otherwise import them itself, 40-50 ms
    of CPU each (issue 23's 0.3 s). In a fresh process, as a build is."""
    import subprocess
    import sys

    source = make_picture(tmp_path / "night.jpg", (1600, 1000))
    log = tmp_path / "made.log"
    script = f"""
import os, sys
from pathlib import Path
from digest.config import ImageSettings
from digest.content.images import image_file
from digest.render import images

class Routes:
    def image(self, path, digest, name):
        return "images/" + name

source = Path({str(source)!r})
job = images.plan_job(image_file("night.jpg", source.read_bytes()), ImageSettings(), Routes())
resize = images.resize

def noting(data, job, widths=()):
    with open({str(log)!r}, "a") as out:
        out.write(f"{{os.getpid()}} {{'PIL.WebPImagePlugin' in sys.modules}}\\n")
    return resize(data, job, widths)

images.resize = noting
images.workers = lambda: 2
[(index, files)] = list(images.resize_all([(job, source)]))
assert len(files) == 6
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = [line.split() for line in log.read_text().splitlines()]
    assert len(seen) == 2 and {loaded for _, loaded in seen} == {"True"}
    assert len({pid for pid, _ in seen}) == 2
