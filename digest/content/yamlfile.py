"""YAML loading that remembers where each value came from.

Mappings load as `LineMap`, a dict that also knows the line of every key, so a note's
`rank: high` can be reported as `notes/x.yaml:7: rank: ...`. Aliases are refused: editors
never need them and they are how a "billion laughs" file explodes memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from digest.errors import DigestError

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineMap(dict[str, Any]):
    """A mapping loaded from YAML, with the 1-based line of each key."""

    def __init__(self, *args: Any, line: int = 1, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = line
        self.lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    line_offset = 0  # file line of the text's first line, minus one (front matter)


def _refuse_aliases(root: yaml.Node) -> None:
    """Raise at the first node reached twice: that is what an alias (*name) composes to.

    libyaml's composer resolves aliases in C, so no Python hook sees them; walking the
    composed graph once, never twice into the same node, costs nothing even for a
    billion-laughs file, whose expansion would."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.MarkedYAMLError(None, None, "aliases (*name) are not allowed", node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineMap:
    offset = loader.line_offset + 1
    result = LineMap(line=node.start_mark.line + offset)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result:
            raise yaml.MarkedYAMLError(None, None, f"duplicate key '{key}'", key_node.start_mark)
        try:
            result[key] = loader.construct_object(value_node, deep=True)
        except ValueError as exc:
            raise yaml.MarkedYAMLError(None, None, f"{key}: {exc}", value_node.start_mark) from None
        result.lines[key] = key_node.start_mark.line + offset
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_yaml(text: str, path: Path, first_line: int = 1) -> Any:
    """Parse YAML text; errors name the file and line. `first_line` offsets front matter."""
    loader = _Loader(text)
    loader.line_offset = first_line - 1
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_aliases(node)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        # Point at where the broken construct starts (an unclosed quote, say), and say
        # where the parser gave up when that is elsewhere.
        start = exc.context_mark or exc.problem_mark
        line = start.line + first_line if start is not None else first_line
        message = f"{exc.context}: {exc.problem}" if exc.context else str(exc.problem)
        if exc.problem_mark is not None and exc.problem_mark.line + first_line != line:
            message += f" (line {exc.problem_mark.line + first_line})"
        raise DigestError(f"invalid YAML: {message}", path, line) from None
    except yaml.YAMLError as exc:
        raise DigestError(f"invalid YAML: {exc}", path, first_line) from None
    except ValueError as exc:
        # PyYAML turns an impossible date such as 2025-13-45 into ValueError, not YAMLError.
        raise DigestError(f"invalid YAML value: {exc}", path, first_line) from None
    except RecursionError:
        raise DigestError("YAML nested too deeply", path, first_line) from None
    finally:
        loader.dispose()
