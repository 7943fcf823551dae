"""The JSON Schemas an editor checks the YAML with, against `digest check`.

Files are loaded as an editor's language server reads YAML (1.2: a date is text, not a
timestamp), validated with `jsonschema`, and `digest check` is run on the same files: both
accept the sample's and `init`'s files, and both reject each broken file, naming the
same key.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from digest.cli import main
from digest.config import EDITORIAL_KEYS, FEED_KEYS, IMAGE_KEYS, OUTLET_KEYS, SECTION_KEYS, TOP_KEYS
from digest.content.images import IMAGE_KEYS as PICTURE_KEYS
from digest.content.notes import EDITION_KEYS, NOTE_KEYS
from digest.starter import SCHEMAS
from tests.conftest import ROOT

CONFIG_SCHEMA = json.loads((SCHEMAS / "config.schema.json").read_text(encoding="utf-8"))
NOTES_SCHEMA = json.loads((SCHEMAS / "notes.schema.json").read_text(encoding="utf-8"))
TODAY = "2025-12-01"


class EditorLoader(yaml.SafeLoader):
    """YAML as yaml-language-server reads it: no timestamps (YAML 1.2's core schema)."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def schema_errors(path: Path) -> list[jsonschema.ValidationError]:
    schema = CONFIG_SCHEMA if path.name == "config.yaml" else NOTES_SCHEMA
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return list(validator.iter_errors(data))


def keys_named(errors: list[jsonschema.ValidationError]) -> set[str]:
    """The keys the schema's errors point at: the last key of their path, or the key their
    message quotes (an unknown or a missing key), through if/then/else and anyOf."""
    named: set[str] = set()
    for error in errors:
        keys = [part for part in error.absolute_path if isinstance(part, str)]
        if keys:
            named.add(keys[-1])
        named.update(re.findall(r"'(\w+)'", error.message))
        named |= keys_named(list(error.context or []))
    return named


def check(site: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["check", "--config", str(site / "config.yaml"), "--today", TODAY])
    return result.exit_code, result.output.splitlines()


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("starter") / "site"
    assert CliRunner().invoke(main, ["init", str(site)]).exit_code == 0
    return site


def test_the_schemas_are_valid_draft_7() -> None:
    jsonschema.Draft7Validator.check_schema(CONFIG_SCHEMA)
    jsonschema.Draft7Validator.check_schema(NOTES_SCHEMA)


def test_the_schemas_know_exactly_the_keys_digest_knows() -> None:
    properties = CONFIG_SCHEMA["properties"]
    assert sorted(properties) == sorted(TOP_KEYS)
    assert sorted(properties["sections"]["items"]["properties"]) == sorted(SECTION_KEYS)
    assert sorted(properties["feeds"]["properties"]) == sorted(FEED_KEYS)
    assert sorted(properties["editorial"]["properties"]) == sorted(EDITORIAL_KEYS)
    assert sorted(properties["outlets"]["items"]["properties"]) == sorted(OUTLET_KEYS)
    assert sorted(properties["images"]["properties"]) == sorted(IMAGE_KEYS)
    kinds = NOTES_SCHEMA["definitions"]
    assert sorted(kinds["singleNote"]["properties"]) == sorted(NOTE_KEYS)
    assert sorted(kinds["entry"]["properties"]) == sorted(set(NOTE_KEYS) - {"edition"})
    assert sorted(kinds["editionFile"]["properties"]) == sorted(EDITION_KEYS)
    assert sorted(kinds["image"]["properties"]) == sorted(PICTURE_KEYS)


def test_the_sample_and_init_s_files_are_valid(tmp_path: Path) -> None:
    paths = [ROOT / "config.yaml", *sorted((ROOT / "content/notes").glob("*.yaml"))]
    for args in ([], ["--language", "ko"], ["--sample"]):
        site = tmp_path / "-".join(["site", *args])
        assert CliRunner().invoke(main, ["init", str(site), *args]).exit_code == 0
        paths += [site / "config.yaml", *sorted((site / "content/notes").glob("*.yaml"))]
    assert len(paths) == 5 + 2 + 2 + 5
    for path in paths:
        assert [error.message for error in schema_errors(path)] == [], path


# A broken file, the file it replaces in the starter site, and the key both the schema
# and `digest check` must name.
CONFIG = "config.yaml"
NOTES = "content/notes/2025-11-28.yaml"
VALID_CONFIG = 'title: "T"\nbase_url: "https://example.org/"\nsections:\n  - id: news\n    title: "News"\n'
VALID_ENTRY = '  - article: "example-repair-cafe"\n    section: news\n    rank: 1\n'
EDITION_HEAD = 'edition: "2025-11-28"\nnotes:\n'
VALID_NOTE = 'article: "example-repair-cafe"\nedition: "2025-11-28"\nsection: news\nrank: 1\n'
BROKEN: list[tuple[str, str, str, str]] = [
    ("unknown key", CONFIG, VALID_CONFIG + 'titel: "T"\n', "titel"),
    ("missing base_url", CONFIG, VALID_CONFIG.replace('base_url: "https://example.org/"\n', ""), "base_url"),
    ("base_url without a scheme", CONFIG, VALID_CONFIG.replace("https://", ""), "base_url"),
    ("per_page not a number", CONFIG, VALID_CONFIG + 'per_page: "twenty"\n', "per_page"),
    ("no sections", CONFIG, VALID_CONFIG.split("sections:")[0] + "sections: []\n", "sections"),
    ("section id with capitals", CONFIG, VALID_CONFIG.replace("id: news", "id: Top News"), "id"),
    ("unknown feed unit", CONFIG, VALID_CONFIG + "feeds:\n  unit: daily\n", "unit"),
    ("unknown cadence", CONFIG, VALID_CONFIG + "editorial:\n  cadence: hourly\n", "cadence"),
    ("news_sitemap not a boolean", CONFIG, VALID_CONFIG + 'news_sitemap: "yes please"\n', "news_sitemap"),
    ("rank not an integer", NOTES, VALID_NOTE.replace("rank: 1", "rank: high"), "rank"),
    ("rank zero", NOTES, VALID_NOTE.replace("rank: 1", "rank: 0"), "rank"),
    ("missing section", NOTES, VALID_NOTE.replace("section: news\n", ""), "section"),
    ("impossible date", NOTES, VALID_NOTE.replace("2025-11-28", "2025-13-01"), "edition"),
    ("unknown note key", NOTES, VALID_NOTE + 'sumary: "Short."\n', "sumary"),
    ("ftp source_url", NOTES, VALID_NOTE + 'source_url: "ftp://example.org/a"\n', "source_url"),
    ("draft not a boolean", NOTES, VALID_NOTE + 'draft: "maybe"\n', "draft"),
    ("tags a mapping", NOTES, VALID_NOTE + "tags: {a: 1}\n", "tags"),
    ("image without alt", NOTES, VALID_NOTE + "image: {src: a.png}\n", "alt"),
    ("image outside content/images", NOTES, VALID_NOTE + 'image: {src: "../a.png", alt: "A"}\n', "src"),
    ("image of a document", NOTES, VALID_NOTE + 'image: {src: "a.pdf", alt: "A"}\n', "src"),
    (
        "image with an unknown key",
        NOTES,
        VALID_NOTE + 'image: {src: "a.png", alt: "A", title: "T"}\n',
        "title",
    ),
    ("widths not numbers", CONFIG, VALID_CONFIG + "images:\n  widths: [small]\n", "widths"),
    ("unknown picture format", CONFIG, VALID_CONFIG + "images:\n  format: gif\n", "format"),
    (
        "edition inside an edition's entry",
        NOTES,
        EDITION_HEAD + VALID_ENTRY + '    edition: "2025-11-28"\n',
        "edition",
    ),
    ("edition file without a date", NOTES, f'title: "T"\nnotes:\n{VALID_ENTRY}', "edition"),
    (
        "entry without a rank",
        NOTES,
        EDITION_HEAD + VALID_ENTRY.replace("    rank: 1\n", ""),
        "rank",
    ),
]


def test_the_valid_variants_pass_both(starter: Path, tmp_path: Path) -> None:
    """The broken files differ from these in one key: both accept these."""
    for name, text in (
        (CONFIG, VALID_CONFIG),
        (NOTES, VALID_NOTE),
        (NOTES, EDITION_HEAD + VALID_ENTRY),
    ):
        site = tmp_path / "valid"
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(starter, site)
        (site / name).write_text(text, encoding="utf-8")
        assert schema_errors(site / name) == [], text
        status, lines = check(site)
        assert status == 0, lines


@pytest.mark.parametrize(("what", "name", "text", "key"), BROKEN, ids=[case[0] for case in BROKEN])
def test_schema_and_check_reject_the_same_key(
    starter: Path, tmp_path: Path, what: str, name: str, text: str, key: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(starter, site)
    (site / name).write_text(text, encoding="utf-8")

    errors = schema_errors(site / name)
    assert errors, f"the schema accepts {what}"
    assert key in keys_named(errors), [error.message for error in errors]

    status, lines = check(site)
    assert status == 1, lines
    fields = [
        match.group(1).rpartition(".")[2]
        for line in lines
        if (match := re.match(rf"\s*{re.escape(name)}:\d+: ([\w.]+): ", line))
    ]
    assert key in fields, lines
