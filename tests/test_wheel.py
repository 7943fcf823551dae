"""The built package carries everything: a wheel installed outside the repository runs
`init`, `check`, `build`, `new` and `serve`, and builds what the repository's code builds.

How the wheel is installed, and why this way:

- `python -m build --no-isolation` makes the sdist, then the wheel from the sdist (so the
  sdist is complete too), with the hatchling of this test environment: no download.
- A fresh virtual environment in tmp_path, made by `python -m venv --without-pip`, gets
  the wheel by `pip --python VENV install --no-deps --no-index`: pip writes the wheel's
  files and its `digest` script into that environment only, never an editable link.
- Its dependencies cannot come from PyPI (tests reach only 127.0.0.1), so a `.pth` file
  in its site-packages appends this test environment's site-packages to its sys.path.
  Python processes only the `.pth` files of its own site folders, not those of a folder
  a `.pth` names, so this environment's editable install of digest (a `.pth` pointing at
  the repository) stays inactive; and the venv's own site-packages, holding the wheel's
  `digest`, comes first on sys.path. The test checks that `digest` and its shipped
  themes are imported from the venv, and runs everything from a folder outside the
  repository.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

import digest
from digest.build import build
from digest.config import load_config
from tests.conftest import ROOT

TODAY = "2025-12-01"  # after the starter's edition and the sample's


def run(command: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A virtual environment with the wheel installed, and the environment to run it in."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "PIP_"))}
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, ROOT], tmp, env)
    (wheel,) = dist.glob("*.whl")
    assert wheel.name == f"{digest.DISTRIBUTION.replace('-', '_')}-{digest.__version__}-py3-none-any.whl"

    venv = tmp / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], tmp, env)
    python = venv / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp, env)
    (Path(purelib.strip()) / "dependencies-from-the-test-environment.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel],
        tmp,
        env,
    )
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    work = tmp / "work"
    work.mkdir()
    where = run(
        [
            python,
            "-c",
            "import digest, digest.render.shipped as s; print(digest.__file__, s.shipped_themes_dir())",
        ],
        work,
        env,
    )
    for path in where.split():
        assert Path(path).is_relative_to(venv), where
    return work, env


def test_the_installed_command_names_its_version(installed: tuple[Path, dict[str, str]]) -> None:
    work, env = installed
    assert shutil.which("digest", path=env["PATH"]) == str(work.parent / "venv/bin/digest")
    assert run(["digest", "--version"], work, env) == f"digest {digest.__version__} ({digest.DISTRIBUTION})\n"
    metadata = run(
        ["python", "-c", f"import importlib.metadata as m; print(m.version({digest.DISTRIBUTION!r}))"],
        work,
        env,
    )
    assert metadata.strip() == digest.__version__


@pytest.mark.parametrize("args", [[], ["--sample"], ["--language", "ko"]], ids=["starter", "sample", "ko"])
def test_init_check_build_from_the_wheel(installed: tuple[Path, dict[str, str]], args: list[str]) -> None:
    """The README's first steps, then the same site built by the repository's code: the
    same files, byte for byte, so the wheel carries every theme file and template."""
    work, env = installed
    name = "-".join(["site", *args]).replace("--", "")
    run(["digest", "init", name, *args], work, env)
    site = work / name
    run(["digest", "check", "--today", TODAY], site, env)
    report = run(["digest", "build", "--today", TODAY], site, env)
    assert "Built " in report
    output = tree(site / "output")
    for page in ("index.html", "404.html", "archive/index.html", "search/index.html", "tags/index.html"):
        assert page in output
    for feed in ("feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", ".nojekyll"):
        assert feed in output
    assert "pagefind/shards.json" in output
    assert any(re.fullmatch(r"static/style\.[0-9a-f]{10}\.css", path) for path in output)
    assert any(re.fullmatch(r"articles/[^/]+/index\.html", path) for path in output)
    assert any(re.fullmatch(r"email/\d{4}-\d\d-\d\d\.html", path) for path in output)

    reference = work / f"{name}-by-the-repository"
    build(load_config(site / "config.yaml"), reference, today=dt.date.fromisoformat(TODAY))
    assert sorted(tree(reference)) == sorted(output)
    assert [path for path, data in tree(reference).items() if output[path] != data] == []


def readme_steps() -> list[str]:
    """The commands of the README's "Start your own digest", without their comments."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Start your own digest\n\n```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines()]


def test_the_readme_s_first_steps(installed: tuple[Path, dict[str, str]]) -> None:
    """Its `digest` commands as they are written (today's date included), from the wheel."""
    work, env = installed
    steps = readme_steps()
    assert f"pip install {digest.DISTRIBUTION}" in steps
    assert [step.split()[:2] for step in steps if step.startswith("digest")] == [
        ["digest", "init"],
        ["digest", "check"],
        ["digest", "build"],
    ]
    folder = work / "readme"
    folder.mkdir()
    for step in steps:
        if step.startswith("cd "):
            folder = folder / step.removeprefix("cd ")
        elif step.startswith("digest "):
            run(step.split(), folder, env)
    assert (folder / "output/articles/example-repair-cafe/index.html").is_file()
    assert (folder / ".github/workflows/pages.yml").is_file()


def test_new_and_serve_from_the_wheel(installed: tuple[Path, dict[str, str]]) -> None:
    work, env = installed
    run(["digest", "init", "served"], work, env)
    site = work / "served"
    assert "Wrote content/notes/2025-12-05.yaml" in run(["digest", "new", "edition", "2025-12-05"], site, env)
    (site / "content/articles/second.txt").write_bytes(
        (site / "content/articles/example-repair-cafe.txt")
        .read_bytes()
        .replace(b"40 appliances", b"41 lamps")
    )
    run(["digest", "new", "note", "second", "--edition", "2025-12-05"], site, env)
    run(["digest", "check", "--today", "2025-12-05"], site, env)

    server = subprocess.Popen(
        ["digest", "serve", "--port", "0", "--today", "2025-12-05"],
        cwd=site,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        lines = []
        while not (lines and lines[-1].startswith("Serving")):  # after the first build's report
            lines.append(server.stdout.readline())
            assert lines[-1], lines
        match = re.match(r"Serving (http://127\.0\.0\.1:\d+/my-digest/) ", lines[-1])
        assert match, lines
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(match.group(1) + "articles/second/", timeout=5) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert "41 lamps" in page and "Draft" in page  # `new note` writes a draft; serve shows it
    finally:
        server.terminate()
        server.wait(timeout=30)
