#!/usr/bin/env python3
"""Check the h12c records against their .txt files.

For every <id>.expected.yaml: all 9 expected keys; first/last sentence, headline and
dateline verbatim in the .txt; authors and outlet found (case-insensitively); instants
are ISO 8601 with an offset; every chrome string is >= 12 characters, verbatim in the
.txt and not inside any field. The lines between the first and the last sentence that no
chrome string touches are taken as the body: no chrome may occur in them, and there
must be 4 to 10 of them. `-v` prints those body lines for a reading by eye.
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


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def check(rec_path, verbose):
    errs = []
    rid = rec_path.name[: -len(".expected.yaml")]
    txt_path = rec_path.with_name(rid + ".txt")
    if not txt_path.exists():
        return [f"{rid}: no .txt"]
    text = txt_path.read_text(encoding="utf-8")
    rec = yaml.safe_load(rec_path.read_text(encoding="utf-8"))
    if not isinstance(rec.get("shape"), str):
        errs.append("no shape")
    exp = rec.get("expected") or {}
    missing, extra = KEYS - set(exp), set(exp) - KEYS
    if missing or extra:
        errs.append(f"keys missing {sorted(missing)} extra {sorted(extra)}")
    note = rec.get("note") or {}

    for k in ("first_sentence", "last_sentence"):
        v = exp.get(k)
        if not isinstance(v, str) or v not in text:
            errs.append(f"{k} not verbatim in .txt: {v!r}")
    for k in ("headline", "dateline"):
        v = exp.get(k)
        if v is not None and k not in note and v not in text:
            errs.append(f"{k} not verbatim in .txt: {v!r}")
    for a in exp.get("authors") or []:
        if "authors" not in note and a.casefold() not in text.casefold():
            errs.append(f"author not in .txt: {a!r}")
    outlet = exp.get("outlet")
    if outlet and "outlet" not in note and "source_url" not in note:
        o = re.sub(r"^the\s+", "", outlet, flags=re.I)
        if o.casefold() not in text.casefold():
            errs.append(f"outlet not in .txt: {outlet!r}")
    for k in ("published", "updated"):
        v = exp.get(k)
        if v is None:
            continue
        try:
            dt = datetime.datetime.fromisoformat(str(v))
            if dt.utcoffset() is None:
                errs.append(f"{k} has no offset: {v!r}")
        except ValueError:
            errs.append(f"{k} not ISO 8601: {v!r}")

    fields = [exp.get(k) for k in ("headline", "outlet", "dateline",
                                     "first_sentence", "last_sentence")]
    fields += list(exp.get("authors") or [])
    fields = [norm(f).casefold() for f in fields if f]
    chrome = exp.get("chrome") or []
    if not 5 <= len(chrome) <= 12:
        errs.append(f"{len(chrome)} chrome strings (want about 5-12)")
    for c in chrome:
        if len(c) < 12:
            errs.append(f"chrome shorter than 12: {c!r}")
        if c not in text:
            errs.append(f"chrome not verbatim in .txt: {c!r}")
        for f in fields:
            if norm(c).casefold() in f:
                errs.append(f"chrome inside a field: {c!r}")
                break

    # the body region: from the line holding the first sentence to the one holding the last
    lines = text.splitlines()
    fs, ls = exp.get("first_sentence") or "", exp.get("last_sentence") or ""
    try:
        i = next(n for n, l in enumerate(lines) if fs and fs in l)
        j = next(n for n, l in enumerate(lines) if ls and ls in l and n >= i)
    except StopIteration:
        errs.append("body region not found")
    else:
        rest = [l.strip() for l in lines[i: j + 1]
                if l.strip() and not any(c in l for c in chrome)]
        # lines under 12 characters cannot be listed; 12 to 39 are furniture to list
        body = [l for l in rest if len(l) >= 40]
        for l in rest:
            if 12 <= len(l) < 40:
                errs.append(f"short unlisted line inside the body region: {l!r}")
        if not body or fs not in body[0] or ls not in body[-1]:
            errs.append("first or last body line is touched by chrome")
        if not 4 <= len(body) <= 10:
            errs.append(f"{len(body)} body paragraphs (want 4-10)")
        BODIES[rid] = body
        if verbose:
            print(f"--- {rid}: {len(body)} body lines")
            for l in body:
                print("   ", l[:110])
    CHROME[rid] = chrome
    return [f"{rid}: {e}" for e in errs]


BODIES, CHROME = {}, {}


def main():
    verbose = "-v" in sys.argv[1:]
    recs = sorted(HERE.glob("*.expected.yaml"))
    errs = []
    for r in recs:
        errs += check(r, verbose)
    # a chrome string of one file must not be body text of another
    for rid, chrome in CHROME.items():
        for other, body in BODIES.items():
            for c in chrome:
                if any(c in l for l in body):
                    errs.append(f"{rid}: chrome {c!r} is body text in {other}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(recs)} records, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
