"""`digest init`: a new site from files the package ships, never overwriting one.

Everything written comes from data files, none from strings here:

- `digest/data/starter/common/` (`gitignore`, written as `.gitignore`, and
  `requirements.txt`) and `digest/data/starter/<language>/` (a commented `config.yaml`, a
  README, an example article and an edition file with one note);
- with `sample`, the repository's sample site (`config.yaml` and `content/`) in place of
  the language's config and content;
- the repository's GitHub Pages workflow, its install step pointed at
  `requirements.txt`: a new site has no `pyproject.toml` to `pip install .` from;
- the JSON Schemas of `digest/data/schemas/`, into `.digest/schemas/`, which a
  `yaml-language-server` modeline at the top of each YAML file names, so an editor
  completes and checks the file offline.

`{{DISTRIBUTION}}` and `{{VERSION}}` in the starter's files become the distribution's
name and digest's version, so a new site pins the release that made it.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from digest import DISTRIBUTION, __version__
from digest.errors import DigestError
from digest.render.shipped import shipped

DATA = Path(__file__).parent / "data"
STARTER = DATA / "starter"
SCHEMAS = DATA / "schemas"
# The starting points `--language` offers: the folders of STARTER besides `common`.
LANGUAGES = ("en", "ko")
SCHEMA_FOLDER = ".digest/schemas"
CONFIG_SCHEMA = "config.schema.json"
NOTES_SCHEMA = "notes.schema.json"
MODELINE = "# yaml-language-server: $schema="
# A folder holding only these still counts as empty: a repository cloned or made by
# `git init` has nothing digest would write.
IGNORED = frozenset({".git"})
# Data files whose names a packager or git would treat specially, and their names in a site.
_RENAMED = {"gitignore": ".gitignore"}
_FILLED = {"{{DISTRIBUTION}}": DISTRIBUTION, "{{VERSION}}": __version__}
# The workflow's install step in the repository, and what it becomes in a new site.
_INSTALL_STEP = re.compile(r"^(?P<key>\s*run:\s*)python -m pip install -c constraints\.txt \.[ \t]*$", re.M)
_INSTALL_RELEASE = r"\g<key>python -m pip install -r requirements.txt"
WORKFLOW = ".github/workflows/pages.yml"


@dataclass(frozen=True)
class InitResult:
    root: Path
    written: tuple[str, ...]  # paths relative to root, '/'-separated
    kept: tuple[str, ...]  # files that existed (or could not be made) and were left alone


def _folder_files(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():  # a wheel built without it: say so rather than write half a site
        raise DigestError("missing from digest's installation; reinstall digest", folder)
    files = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            name = path.relative_to(folder).as_posix()
            files[_RENAMED.get(name, name)] = path.read_bytes()
    return files


def _filled(data: bytes) -> bytes:
    text = data.decode("utf-8")
    for placeholder, value in _FILLED.items():
        text = text.replace(placeholder, value)
    return text.encode("utf-8")


def _workflow() -> bytes:
    path = shipped("_workflow/pages.yml", WORKFLOW)
    text, count = _INSTALL_STEP.subn(_INSTALL_RELEASE, path.read_text(encoding="utf-8"))
    if count == 0:  # every job that installs digest (build, websub) installs the release
        # Only a changed workflow in a new release of digest gets here; tests/test_init.py
        # catches it before a release does.
        raise DigestError("expected a `run: python -m pip install -c constraints.txt .` step", path)
    return text.encode("utf-8")


def schema_for(name: str) -> str | None:
    """The schema of a site's file (a '/'-separated path relative to the site), if any."""
    if name == "config.yaml":
        return CONFIG_SCHEMA
    if name.startswith("content/notes/") and name.endswith((".yaml", ".yml")):
        return NOTES_SCHEMA
    return None


def modeline(schema: str, folder: str) -> str:
    """The first line that points yaml-language-server at the schema file `schema`, by
    its path relative to `folder`, the folder of the YAML file."""
    return f"{MODELINE}{Path(os.path.relpath(schema, folder)).as_posix()}\n"


def with_modeline(name: str, data: bytes) -> bytes:
    """A site's file (`name`, relative to the site) with its schema's modeline on top."""
    schema = schema_for(name)
    if schema is None:
        return data
    text = data.decode("utf-8").removeprefix("\ufeff")
    if text.startswith(MODELINE):
        return data
    line = modeline(f"{SCHEMA_FOLDER}/{schema}", posixpath.dirname(name) or ".")
    return (line + text).encode("utf-8")


def site_files(language: str = "en", sample: bool = False) -> dict[str, bytes]:
    """Every file of a new site, by its '/'-separated path in the site."""
    if language not in LANGUAGES:
        raise DigestError(f"no starting point in {language!r} (there are: {', '.join(LANGUAGES)})")
    files = {name: _filled(data) for name, data in _folder_files(STARTER / "common").items()}
    starter = {name: _filled(data) for name, data in _folder_files(STARTER / language).items()}
    if sample:
        starter = {name: data for name, data in starter.items() if name == "README.md"}
        starter["config.yaml"] = shipped("_sample/config.yaml", "config.yaml").read_bytes()
        content = _folder_files(shipped("_sample/content", "content"))
        starter.update({f"content/{name}": data for name, data in content.items()})
    files.update(starter)
    files[WORKFLOW] = _workflow()
    for schema in sorted(SCHEMAS.glob("*.schema.json")):
        files[f"{SCHEMA_FOLDER}/{schema.name}"] = schema.read_bytes()
    return {name: with_modeline(name, data) for name, data in sorted(files.items())}


def _present(root: Path) -> list[str]:
    if root.is_symlink() and not root.exists():
        raise DigestError("is a link to nothing", root)
    if not root.exists():
        return []
    if not root.is_dir():
        raise DigestError("exists and is not a folder", root)
    return sorted(path.name for path in root.iterdir() if path.name not in IGNORED)


def init_site(root: Path, language: str = "en", sample: bool = False, force: bool = False) -> InitResult:
    """Write a new site into `root`, which must be absent or empty (but for `.git`)
    unless `force`; even then no file that exists is touched. Everything is read before
    the first file is written, so a refusal writes nothing."""
    files = site_files(language, sample)
    present = _present(root)
    if present and not force:
        shown = ", ".join(present[:3]) + (", ..." if len(present) > 3 else "")
        raise DigestError(
            f"not empty ({shown}); digest init writes into an empty folder, "
            "or with --force adds the files that are missing and leaves the others as they are",
            root,
        )
    written: list[str] = []
    kept: list[str] = []
    for name, data in files.items():
        target = root / name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # "x": never replace a file, nor write through a link of that name.
            with open(target, "xb") as handle:
                handle.write(data)
        except (FileExistsError, NotADirectoryError):
            kept.append(name)
            continue
        written.append(name)
    return InitResult(root, tuple(written), tuple(kept))


def note_modeline(path: Path, root: Path) -> str:
    """The modeline for a note file `digest new` writes at `path`, when the site at
    `root` has the schema (a site `digest init` made); otherwise nothing."""
    schema = root / SCHEMA_FOLDER / NOTES_SCHEMA
    return modeline(str(schema), str(path.parent)) if schema.is_file() else ""
