"""The W3C feed validator on every RSS and Atom file of a built site.

    .venv-fv/bin/python bench/feed_validator.py --validator FEEDVALIDATOR/src --site output \
        --base-url https://example.github.io/my-digest/

The validator (https://github.com/w3c/feedvalidator, Python 3; it needs lxml, html5lib
and rdflib, in a virtualenv of its own) is on no package registry, so no test can
install it: this script runs it on a checkout, at the online validator's level (AA),
each feed at the URL it is served from. It prints each feed's errors and warnings and
exits 1 if any has one. A feed the validator cannot read is reported, never skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import quote

FEEDS = ("feed.xml", "atom.xml")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--validator", type=Path, required=True, help="the src/ folder of a feedvalidator checkout"
    )
    parser.add_argument("--site", type=Path, required=True, help="a built site")
    parser.add_argument("--base-url", required=True, help="the site's base_url, ending in /")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.validator))
    import feedvalidator  # type: ignore[import-not-found]
    from feedvalidator import compatibility  # type: ignore[import-not-found]
    from feedvalidator.formatter.text_plain import Formatter  # type: ignore[import-not-found]

    files = sorted(path for path in args.site.rglob("*") if path.name in FEEDS)
    failed = 0
    for path in files:
        # Percent-encoded, as served: the validator fails on a Hangul path (tags/반도체/).
        url = args.base_url + quote(path.relative_to(args.site).as_posix())
        try:
            result = feedvalidator.validateString(path.read_bytes(), firstOccurrenceOnly=1, base=url)
            events = result["loggedEvents"]
        except feedvalidator.logging.ValidationFailure as failure:
            events = [failure.event]
        except Exception as error:  # the validator's own failure is a finding too
            failed += 1
            print(f"{path.relative_to(args.site)}: the validator failed: {error!r}")
            continue
        events = compatibility.AA(events)
        if events:
            failed += 1
            print(path.relative_to(args.site))
            print("\n".join(f"  {line}" for line in Formatter(events)))
    print(f"{len(files)} feeds, {failed} with errors or warnings")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
