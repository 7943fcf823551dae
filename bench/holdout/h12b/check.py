#!/usr/bin/env python3
"""Check the h12b records against their .txt files.

For every <id>.expected.yaml: all 9 keys under `expected`; published/updated are
ISO 8601 with an offset or null; first_sentence and last_sentence occur verbatim in
<id>.txt; every chrome string is >= 12 characters, occurs verbatim in the .txt and is
not inside any field (headline, authors, outlet, dateline, first/last sentence), and
does not sit on the line that holds the first or last sentence.
"""
import datetime
import pathlib
import sys
import unicodedata

import yaml

HERE = pathlib.Path(__file__).resolve().parent
KEYS = ["headline", "published", "updated", "authors", "outlet", "dateline",
        "first_sentence", "last_sentence", "chrome"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check(rec_path):
    errors = []
    rid = rec_path.name[: -len(".expected.yaml")]
    txt_path = rec_path.with_name(rid + ".txt")
    if not txt_path.exists():
        return [f"{rid}: missing {txt_path.name}"]
    text = nfc(txt_path.read_text(encoding="utf-8"))
    rec = yaml.safe_load(rec_path.read_text(encoding="utf-8"))
    if not isinstance(rec, dict) or "expected" not in rec or "shape" not in rec:
        return [f"{rid}: record needs `shape` and `expected`"]
    exp = rec["expected"]
    missing = [k for k in KEYS if k not in exp]
    extra = [k for k in exp if k not in KEYS]
    if missing or extra:
        errors.append(f"{rid}: keys missing {missing} extra {extra}")
        return errors
    for k in ("published", "updated"):
        v = exp[k]
        if v is None:
            continue
        try:
            dt = datetime.datetime.fromisoformat(str(v))
        except ValueError:
            errors.append(f"{rid}: {k} not ISO 8601: {v!r}")
            continue
        if dt.tzinfo is None:
            errors.append(f"{rid}: {k} has no offset: {v!r}")
    if not isinstance(exp["authors"], list):
        errors.append(f"{rid}: authors must be a list")
    fields = [exp["headline"], exp["outlet"], exp["dateline"],
              exp["first_sentence"], exp["last_sentence"], *(exp["authors"] or [])]
    fields = [nfc(str(f)) for f in fields if f]
    lines = text.splitlines()
    body_edge_lines = []
    for k in ("first_sentence", "last_sentence"):
        s = exp[k]
        if not s:
            errors.append(f"{rid}: {k} is empty")
            continue
        s = nfc(s)
        n = text.count(s)
        if n == 0:
            errors.append(f"{rid}: {k} not in txt: {s[:60]!r}")
        elif n > 1:
            errors.append(f"{rid}: {k} occurs {n} times (ambiguous): {s[:60]!r}")
        body_edge_lines += [ln for ln in lines if s in ln]
    if exp["headline"] and nfc(exp["headline"]) not in text:
        errors.append(f"{rid}: headline not in txt (note it or fix it)")
    chrome = exp["chrome"] or []
    if not (5 <= len(chrome) <= 12):
        errors.append(f"{rid}: {len(chrome)} chrome strings (want 5-12)")
    for c in chrome:
        c = nfc(str(c))
        if len(c) < 12:
            errors.append(f"{rid}: chrome shorter than 12: {c!r}")
        if c not in text:
            errors.append(f"{rid}: chrome not in txt: {c!r}")
        for f in fields:
            if c in f:
                errors.append(f"{rid}: chrome inside a field: {c!r} in {f[:40]!r}")
        for ln in body_edge_lines:
            if c in ln:
                errors.append(f"{rid}: chrome on a body line: {c!r}")
    return errors


def main():
    recs = sorted(HERE.glob("h12b-*.expected.yaml"))
    txts = sorted(HERE.glob("h12b-*.txt"))
    errors = []
    if len(recs) != len(txts):
        errors.append(f"{len(recs)} records but {len(txts)} txt files")
    for r in recs:
        errors += check(r)
    for e in errors:
        print("FAIL", e)
    print(f"{len(recs)} records checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
