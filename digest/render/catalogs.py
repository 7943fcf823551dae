"""The words of a theme in the site's language: gettext catalogs, merged by theme layer.

Every label a theme shows (and the few the renderer itself writes: page titles, the
e-mail's plain text, feed names) is an English message id, marked `_()` in templates
(Jinja's i18n extension) and in `render/`. Babel extracts them (`pybabel extract`, see
docs/themes.md) into `themes/default/locale/messages.pot`, and each language has a
catalog `locale/<language>/LC_MESSAGES/messages.po`.

Catalogs ship as `.po` text and are compiled when a build starts (Babel reads the `.po`
and writes the `.mo` into memory: a few milliseconds). Nothing compiled is kept in the
repository to drift from its source, a theme author edits one file and sees it in the
next build, and an edited catalog rebuilds the pages, as every file of a theme is part
of every page's identity.

A theme's catalogs are read in the order its layers are searched, last first: the
shipped `default`, the shipped theme, the project's theme. A later layer's translation
of a message replaces an earlier one's, and a layer may add messages of its own (the
`briefing` theme's "Our take"). A language without a catalog, and a message without a
translation, show the English.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from digest.errors import DigestError

DOMAIN = "messages"


def catalog_names(language: str) -> list[str]:
    """The catalog folders to look for, most specific first: 'ko-KR' -> ['ko_KR', 'ko']."""
    try:
        locale = Locale.parse(language, sep="-")
    except (ValueError, LookupError):
        return []
    names = [str(locale), locale.language]
    return list(dict.fromkeys(names))


def catalog_path(layer: Path, name: str) -> Path:
    return layer / "locale" / name / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_po(path: Path) -> Translations:
    """A `.po` file as translations, compiled in memory (fuzzy entries left out, as
    msgfmt does). A broken catalog is a problem at its file and line."""
    try:
        with path.open("rb") as file:
            catalog = read_po(file, abort_invalid=True)
    except OSError as error:
        raise DigestError(f"cannot read the catalog: {error.strerror or error}", path) from None
    except Exception as error:  # babel's PoFileError and the parse errors it wraps
        line = getattr(error, "lineno", None)  # counted from 0
        message = str(error).split(" on ")[0]
        raise DigestError(
            f"invalid message catalog: {message}", path, line + 1 if line is not None else None
        ) from None
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def load_translations(layers: Iterable[Path], language: str) -> NullTranslations:
    """The translations of a theme (its layers, the first searched first) for a language."""
    merged: NullTranslations = NullTranslations()
    for layer in reversed(list(layers)):
        for name in reversed(catalog_names(language)):
            path = catalog_path(layer, name)
            if path.is_file():
                translations = compile_po(path)
                if isinstance(merged, Translations):
                    merged.merge(translations)
                else:
                    merged = translations
    return merged
