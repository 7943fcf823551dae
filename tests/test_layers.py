"""The pipeline's import direction: no module imports one that sits above it.

From the bottom: small helpers every stage uses; the YAML helpers and the configuration;
the content (readers, notes, the model); the routes; rendering; the search index; the
incremental layer beside the pipeline, which the domain never imports; the pipeline
(`build`, `check`); and the faces (the command line, the preview server). A module may
import its own layer and those below it, never one above: `content/` and `render/`
know nothing of caches, stores or sinks, which are handed to them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "digest"

# Lowest first; a module belongs to the first layer with a prefix that names it.
LAYERS: list[tuple[str, ...]] = [
    ("digest", "digest.errors", "digest.text", "digest.hashing", "digest.parallel", "digest.moments"),
    ("digest.content.yamlfile", "digest.content.schema"),
    ("digest.config",),
    ("digest.content",),
    ("digest.routes",),
    ("digest.render",),
    ("digest.search",),
    ("digest.incremental",),
    ("digest.build", "digest.check"),
    (
        "digest.cli",
        "digest.serve",
        "digest.report",
        "digest.scaffold",
        "digest.starter",
        "digest.web",
        "digest.__main__",
    ),
]


def layer_of(module: str) -> int:
    best = None
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            # The longest prefix decides: digest.content.schema before digest.content.
            named = module == prefix or module.startswith(prefix + ".")
            if named and (best is None or len(prefix) > best[1]):
                best = (index, len(prefix))
    assert best is not None and (best[1] > len("digest") or module == "digest"), f"{module}: in no layer"
    return best[0]


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path) -> set[str]:
    """Every digest module `name` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], base]).strip(".")
            # `from digest.x import y` may import the module digest.x.y.
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {module for module in found if module == "digest" or module.startswith("digest.")}


MODULES = modules()


def test_every_module_is_in_a_layer() -> None:
    for name in MODULES:
        layer_of(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_imports_one_above_it(name: str) -> None:
    own = layer_of(name)
    above = sorted(
        f"{module} (layer {layer_of(module)})"
        for module in imports(name, MODULES[name])
        if layer_of(module) > own
    )
    assert above == [], f"{name} (layer {own}) imports {above}"


def test_the_domain_never_imports_the_incremental_layer() -> None:
    offenders = {
        name: sorted(module for module in imports(name, path) if module.startswith("digest.incremental"))
        for name, path in MODULES.items()
        if name.startswith(("digest.content", "digest.render", "digest.routes", "digest.config"))
    }
    assert {name: found for name, found in offenders.items() if found} == {}
