"""Compiled templates kept between builds, in the cache folder, signed.

Compiling the default theme's templates costs a rebuild 0.06 s on the sample site and
0.18 s at 1,000 articles (one edited note, with and without this cache, medians of
alternating runs); loading them compiled takes milliseconds. But a compiled template is
code that Jinja runs, and Jinja's own file cache loads whatever it finds (its entry even
starts with a pickle). So each entry here is signed: an HMAC-SHA256, with the machine's
key (`digest.incremental.machinekey`, never in the cache folder), over the entry's folder name, the
template's cache key and the bytes Jinja wrote. An entry is loaded only if its signature
holds; one that does not is reported (`cachewarnings`), deleted and compiled again.
Jinja then still checks each entry against its template's source (a changed template
compiles again).

Entries sit in a folder named by digest's code key (digest's sources, the versions of
Python and of the libraries), Jinja's version and the key's id, as the environment's
settings and Jinja's code generator shape what is compiled; folders of other names are
deleted (entries signed with another machine's key, restored with a CI cache, among
them). Without a key there is no cache: every build compiles.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import shutil
import tempfile
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from digest.incremental.cachewarnings import refused, warn
from digest.incremental.codekey import code_key
from digest.incremental.machinekey import key_id, machine_key

FOLDER = "templates"
_MAGIC = b"digest-signed-template-1\n"
_SIGNATURE = hashlib.sha256().digest_size
_PREFIX, _SUFFIX = "__jinja2_", ".cache"
BAD_SIGNATURE = refused("its signature is not this machine's (compiled templates are code)")


def folder_name(key: bytes) -> str:
    return f"{code_key()[:20]}-jinja-{jinja2.__version__}-{key_id(key)}"


class _Signed(jinja2.BytecodeCache):
    def __init__(self, folder: Path, key: bytes) -> None:
        self.folder = folder
        self.key = key

    def _path(self, bucket_key: str) -> Path:
        return self.folder / f"{_PREFIX}{bucket_key}{_SUFFIX}"

    def _signature(self, bucket_key: str, payload: bytes) -> bytes:
        signed = hmac.new(self.key, digestmod=hashlib.sha256)
        for part in (self.folder.name.encode(), bucket_key.encode(), payload):
            signed.update(len(part).to_bytes(8, "big"))
            signed.update(part)
        return signed.digest()

    def verified(self, path: Path) -> bytes | None:
        """The payload of the entry at `path`, if it is signed with this key. OSError if
        it cannot be read."""
        bucket_key = path.name.removeprefix(_PREFIX).removesuffix(_SUFFIX)
        data = path.read_bytes()
        start = len(_MAGIC) + _SIGNATURE
        if not data.startswith(_MAGIC) or len(data) < start:
            return None
        payload = data[start:]
        if not hmac.compare_digest(data[len(_MAGIC) : start], self._signature(bucket_key, payload)):
            return None
        return payload

    def check_all(self) -> None:
        """Report and delete every entry whose signature does not hold, before any is
        loaded: pages render in forked workers, which would each report it."""
        for path in sorted(self.folder.iterdir()):
            try:
                if path.name.startswith("."):  # what a killed build was writing
                    path.unlink()
                elif self.verified(path) is None:
                    warn(path, BAD_SIGNATURE)
                    path.unlink()
            except OSError:
                continue

    def load_bytecode(self, bucket: Bucket) -> None:
        path = self._path(bucket.key)
        try:
            payload = self.verified(path)
        except OSError:  # none yet, or unreadable: compiled
            return
        if payload is None:  # put there since `check_all`
            warn(path, BAD_SIGNATURE)
            return
        try:
            bucket.bytecode_from_string(payload)
        except Exception:  # signed by this key, yet not loadable (another Jinja): compiled
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        payload = bucket.bytecode_to_string()
        path = self._path(bucket.key)
        data = _MAGIC + self._signature(bucket.key, payload) + payload
        with contextlib.suppress(OSError):  # not kept: compiled again next time
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, path)
            except BaseException:
                os.unlink(temporary)
                raise


def bytecode_cache(cache: Path | None) -> jinja2.BytecodeCache | None:
    """A bytecode cache under `cache`, or None without a cache folder or a key (or if it
    cannot be made: compiling is always possible)."""
    if cache is None:
        return None
    key = machine_key(cache)
    if key is None:
        return None
    root = cache / FOLDER
    folder = root / folder_name(key)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for entry in root.iterdir():
            if entry != folder:
                with contextlib.suppress(OSError):
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        signed = _Signed(folder, key)
        signed.check_all()
    except OSError:
        return None
    return signed
