"""Parse a folder of saved pages (HTML or text, gzip too) into one JSON Lines file.

With the public API only: each file is parsed with ``parse_html`` or
``parse_text`` by its name, and written as one JSON object per line, the
article's ``to_dict()`` plus ``"source"``, or ``{"source", "error"}`` when the
file cannot be parsed. The command line does the same, with worker processes
and a progress bar: ``articlekit parse FOLDER -o out.jsonl --jobs 4``.

Run it::

    python examples/batch_to_jsonl.py                 # this folder's seed.txt, to stdout
    python examples/batch_to_jsonl.py pages/ -o out.jsonl

No network is used.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import articlekit

HERE = Path(__file__).resolve().parent
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)


def page_files(folder: Path) -> Iterator[Path]:
    """The HTML and text files under a folder, recursively, in sorted order."""
    for path in sorted(folder.rglob("*")):
        name = path.name.lower().removesuffix(".gz")
        if path.is_file() and name.endswith(HTML_SUFFIXES + TEXT_SUFFIXES):
            yield path


def parse_file(path: Path) -> dict[str, Any]:
    """Parse one file into a JSON-ready record."""
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    try:
        if path.name.lower().removesuffix(".gz").endswith(HTML_SUFFIXES):
            article = articlekit.parse_html(data)
        else:
            article = articlekit.parse_text(data.decode("utf-8", errors="replace"))
    except articlekit.ParseError as error:
        return {"source": str(path), "error": f"ParseError: {error}"}
    return {"source": str(path), **article.to_dict()}


def main(argv: list[str] | None = None) -> int:
    """Parse the folder's pages and write the JSON Lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE)
    parser.add_argument("-o", "--output", type=Path, help="default: standard output")
    args = parser.parse_args(argv)
    lines = [json.dumps(parse_file(path), ensure_ascii=False) for path in page_files(args.folder)]
    text = "".join(line + "\n" for line in lines)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    print(f"{len(lines)} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
