"""Pickles that run code when `pickle.load` reads them: what a hostile cache file holds."""

from __future__ import annotations

import importlib
import os
import pickle
import shlex
import subprocess
from pathlib import Path


class Call:
    """Pickles as `function(*args)`: what a hostile cache file holds. `function` may be
    another Call, whose result is then called (an attribute fetched with getattr)."""

    def __init__(self, function: object, *args: object) -> None:
        self.function = function
        self.args = args

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return self.function, self.args

    def __call__(self, *args: object) -> None:  # pickle asks that what it calls be callable
        raise NotImplementedError


def payloads(marker: Path) -> dict[str, bytes]:
    """Pickles that create `marker` when `pickle.load` reads them, each another way."""
    touch = f"touch {shlex.quote(str(marker))}"
    return {
        "os.system": pickle.dumps(Call(os.system, touch)),
        "builtins.eval": pickle.dumps(Call(eval, f"open({str(marker)!r}, 'w').close()")),
        "subprocess": pickle.dumps(Call(subprocess.call, ["touch", str(marker)])),
        "importlib+getattr": pickle.dumps(
            Call(Call(getattr, Call(importlib.import_module, "os"), "system"), touch)
        ),
    }
