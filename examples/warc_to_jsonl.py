"""Articles from a WARC file (a crawler's archive) into JSON Lines.

Every HTML response in the archive is parsed with its URL; each becomes one
JSON object per line, the article's ``to_dict()`` plus ``"source"`` and, for a
page that could not be parsed, ``{"source", "url", "error"}`` instead. The
command line does the same: ``articlekit warc crawl.warc.gz -o out.jsonl``.

Needs warcio (``pip install 'articlekit[warc]'``). Run it::

    python examples/warc_to_jsonl.py                  # a tiny sample WARC, built here
    python examples/warc_to_jsonl.py crawl.warc.gz -o out.jsonl

No network is used.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from articlekit import iter_warc

# The sample archive's writer lives beside this file (a script's folder is on sys.path).
from sample_warc import write_sample_warc


def records(path: Path) -> Iterator[dict[str, Any]]:
    """One JSON-ready record per HTML page of the archive."""
    for page in iter_warc(path):
        yield page.to_record(str(path))


def write_jsonl(path: Path, output: Path | None) -> int:
    """Write the archive's records as JSON Lines; return how many."""
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in records(path)]
    if output is None:
        sys.stdout.write("".join(lines))
    else:
        output.write_text("".join(lines), encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse the WARC file given, or a sample one built in a temporary folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warc", nargs="?", type=Path, help="default: a tiny sample archive")
    parser.add_argument("-o", "--output", type=Path, help="default: standard output")
    args = parser.parse_args(argv)
    if args.warc is not None:
        count = write_jsonl(args.warc, args.output)
    else:
        with tempfile.TemporaryDirectory() as scratch:
            count = write_jsonl(write_sample_warc(Path(scratch) / "sample.warc.gz"), args.output)
    print(f"{count} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
