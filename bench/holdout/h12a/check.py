#!/usr/bin/env python3
"""Check the h12a records against their .txt files.

For every h12a-NN.txt / h12a-NN.expected.yaml pair:
- the record has shape and exactly the 9 expected keys;
- published / updated are null or ISO 8601 with an offset, and a note's
  published / headline / outlet / authors win;
- first_sentence, last_sentence, headline, dateline (and the outlet and
  authors, case-insensitively) occur in the .txt;
- every chrome string is >= 12 characters, occurs verbatim in the .txt and
  is not inside any field;
- a chrome string of one file that occurs in another file's .txt is chrome
  there too.
Exit status 0 when everything passes.
"""
import datetime
import pathlib
import re
import sys
import unicodedata

import yaml

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"headline", "published", "updated", "authors", "outlet", "dateline",
        "first_sentence", "last_sentence", "chrome"}
NOTE_KEYS = {"headline", "published", "outlet", "authors", "source_url"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")


def norm(s):
    return unicodedata.normalize("NFC", s)


def main():
    errors = []
    records = {}
    txts = sorted(HERE.glob("h12a-*.txt"))
    for txt in txts:
        rid = txt.name[:-4]
        yml = HERE / f"{rid}.expected.yaml"
        if not yml.exists():
            errors.append(f"{rid}: no record")
            continue
        text = norm(txt.read_text(encoding="utf-8"))
        rec = yaml.safe_load(yml.read_text(encoding="utf-8"))
        records[rid] = (text, rec)
        err = lambda m: errors.append(f"{rid}: {m}")
        if not isinstance(rec.get("shape"), str) or not rec["shape"].strip():
            err("missing shape")
        exp = rec.get("expected") or {}
        if set(exp) != KEYS:
            err(f"expected keys {sorted(set(exp) ^ KEYS)} wrong")
            continue
        note = rec.get("note") or {}
        if set(note) - NOTE_KEYS:
            err(f"unknown note keys {sorted(set(note) - NOTE_KEYS)}")
        for k in ("published", "updated"):
            v = exp[k]
            if v is None:
                continue
            if not isinstance(v, str) or not ISO.match(v):
                err(f"{k} {v!r} is not ISO 8601 with offset")
                continue
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        for k in ("headline", "published", "outlet", "authors"):
            if k in note and note[k] != exp[k]:
                err(f"note {k} {note[k]!r} does not win over {exp[k]!r}")
        if not isinstance(exp["authors"], list):
            err("authors is not a list")
        for k in ("first_sentence", "last_sentence"):
            v = exp[k]
            if not isinstance(v, str) or not v.strip():
                err(f"{k} empty")
            elif norm(v) not in text:
                err(f"{k} not verbatim in file: {v[:60]!r}")
        if exp["headline"] and "headline" not in note and norm(exp["headline"]) not in text:
            err("headline not in file")
        if exp["dateline"] and norm(exp["dateline"]) not in text:
            err("dateline not in file")
        if exp["outlet"] and "outlet" not in note and norm(exp["outlet"]).lower() not in text.lower():
            err("outlet not named in file")
        if "authors" not in note:
            for a in exp["authors"]:
                if norm(a).lower() not in text.lower():
                    err(f"author {a!r} not in file")
        fields = [exp["headline"], exp["outlet"], exp["dateline"], exp["first_sentence"],
                  exp["last_sentence"], exp["published"], exp["updated"], *exp["authors"]]
        fields = [norm(f) for f in fields if f]
        chrome = exp["chrome"] or []
        if not 5 <= len(chrome) <= 15:
            err(f"{len(chrome)} chrome strings")
        if len(set(chrome)) != len(chrome):
            err("duplicate chrome strings")
        for c in chrome:
            c = norm(c)
            if len(c) < 12:
                err(f"chrome shorter than 12: {c!r}")
            if c not in text:
                err(f"chrome not verbatim in file: {c!r}")
            for f in fields:
                if c in f:
                    err(f"chrome inside a field: {c!r}")
    # chrome of one file occurring in another must be chrome there too
    for rid, (text, rec) in records.items():
        for c in rec["expected"]["chrome"] or []:
            c = norm(c)
            for other, (otext, orec) in records.items():
                if other == rid or c not in otext:
                    continue
                ochrome = [norm(x) for x in orec["expected"]["chrome"] or []]
                if not any(c in x for x in ochrome):
                    errors.append(f"{rid}: chrome {c!r} occurs in {other} but is not chrome there")
    for e in errors:
        print("FAIL", e)
    n = len(records)
    print(f"{n} records checked, {len(errors)} problem(s)")
    return 1 if errors or n != 15 else 0


if __name__ == "__main__":
    sys.exit(main())
