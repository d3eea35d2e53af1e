"""Memory over many parses: is the process's resident memory flat?

Usage (from the repository root)::

    python -m benchmarks.memory [--data ../shared/data] [--parses 10000]

Parses the pages of every HTML set in turn, round and round, in one process and
prints the resident set size every thousand parses. A library that kept a cache
growing with each page would show a rising column; issue 5 asks for a flat one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
from pathlib import Path

import articlekit
from benchmarks.run import HTML_SETS, load_pages

REPORT_EVERY = 1000
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def resident_mib() -> int:
    """The process's resident set size in MiB (Linux), or -1 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return -1


def main(argv: list[str] | None = None) -> int:
    """Run the parses and print the memory column."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--parses", type=int, default=10_000)
    args = parser.parse_args(argv)
    pages = [page for name in HTML_SETS for page in load_pages(args.data, name, None)]
    print(f"{len(pages)} distinct pages, {args.parses:,} parses")
    for count, page in enumerate(itertools.islice(itertools.cycle(pages), args.parses), 1):
        articlekit.parse_html(page.raw, url=page.url, now=NOW)
        if count % REPORT_EVERY == 0:
            gc.collect()
            print(f"{count:>7,} parses  RSS {resident_mib():>5} MiB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
