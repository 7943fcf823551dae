"""Bytes to text for every input file: UTF-8 first, then the legacy encodings editors
actually meet (EUC-KR/CP949 from Korean sites, Windows-1252 from Western ones).

Detection is `charset-normalizer`, limited to those encodings: a detector free to pick
any code page will happily read a Western file as Central European and print "naďve".
Anything that does not decode cleanly is an error naming the file, never mojibake.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from digest.errors import DigestError

# Far above any article or note (the largest real pages are a few MB of HTML); a bigger
# file is almost certainly not what the editor meant to drop in, and reading it whole
# would cost memory for nothing.
MAX_FILE_BYTES = 8 * 1024 * 1024
LEGACY_ENCODINGS = ("cp949", "euc_kr", "johab", "cp1252")
_MAX_CHAOS = 0.1  # charset-normalizer's "mess" ratio; real text scores 0.0
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, form feed and carriage return: text never has many.
# Counted by deleting them (speed: a quarter of the time a pattern's scan of every file took).
_BINARY_SET = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DigestError(
                f"file is {size / 1024 / 1024:.1f} MB; the limit is {MAX_FILE_BYTES // 1024 // 1024} MB "
                "(is this really an article?)",
                path,
            )
        return path.read_bytes()
    except OSError as exc:
        raise DigestError(f"cannot read the file: {exc.strerror or exc}", path) from None


def decode(data: bytes, path: Path) -> str:
    """The text of a file's bytes; DigestError for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DigestError(f"not valid {encoding.upper()} (byte {exc.start})", path) from None
    head = data[:65536]
    if b"\x00" in data or len(head) - len(head.translate(None, _BINARY_SET)) > max(2, len(head) // 1000):
        raise DigestError("binary file, expected text (UTF-8, EUC-KR or CP949)", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    text = _decode_legacy(data)
    if text is None:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise DigestError(
            f"cannot decode the file: not UTF-8 (byte {utf8_error.start}) and not EUC-KR, CP949 or "
            "Windows-1252 either; save it as UTF-8",
            path,
            line,
        )
    return text


def _decode_legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only files that are not UTF-8 need it

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):  # pragma: no cover - the detector decoded it already
        return None
