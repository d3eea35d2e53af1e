"""Time each stage of ``parse_html`` against a bare lxml parse of the same pages.

The main benchmark gives the whole pipeline's time; this says where it goes. Each page
is parsed bare and then run stage by stage, all in this process, with
``time.process_time`` (CPU time: a shared machine's waits do not count), over every
HTML page of the development sets, ``--rounds`` times; each figure is the least of the
rounds. A first untimed pass builds what articlekit builds on first use.

Usage: ``python -m benchmarks.stages [--data ../shared/data] [--rounds 2]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import lxml.html

from articlekit import _body, _images, _load, _metadata, _quotes
from articlekit._pipeline import _story_from_state, _text_of
from benchmarks.run import HTML_SETS, load_pages

STAGES = ("load", "metadata", "body", "images", "quotes")

# Any fixed moment: the stages compare dates with it, and a fixed one keeps runs alike.
_NOW = dt.datetime(2026, 1, 1)


def time_stages(pages: Sequence[bytes]) -> dict[str, float]:
    """Return the CPU seconds of a bare lxml parse and of each stage, over all pages."""
    spent = dict.fromkeys(("lxml", *STAGES), 0.0)
    clock = time.process_time
    for raw in pages:
        start = clock()
        lxml.html.document_fromstring(raw)
        spent["lxml"] += clock() - start
        start = clock()
        tree = _load.load_html(raw, _load.DEFAULT_LIMITS)
        spent["load"] += clock() - start
        start = clock()
        metadata = _metadata.extract_metadata(tree, url=None, now=_NOW)
        spent["metadata"] += clock() - start
        start = clock()
        blocks = _body.extract_blocks(tree, title=metadata.title) or _story_from_state(
            tree, metadata, _load.DEFAULT_LIMITS
        )
        spent["body"] += clock() - start
        start = clock()
        found = _images.find_images(
            tree, base_url=metadata.canonical_url, lead_images=metadata.lead_images
        )
        spent["images"] += clock() - start
        # The body's last steps need the images' printed captions, as in parse_html.
        start = clock()
        blocks = _body.without_captions(blocks, found.printed_captions)
        blocks = _body.opened_with_description(blocks, metadata.subtitle)
        spent["body"] += clock() - start
        start = clock()
        _quotes.extract_quotes(_text_of(blocks))
        spent["quotes"] += clock() - start
    return spent


def main(argv: list[str] | None = None) -> int:
    """Print each stage's CPU time and its multiple of the bare lxml parse."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="data folder")
    parser.add_argument("--rounds", type=int, default=2, help="timed passes; the least counts")
    args = parser.parse_args(argv)
    pages = [page.raw for name in HTML_SETS for page in load_pages(args.data, name, None)]
    time_stages(pages)  # warm-up, untimed
    best: dict[str, float] = {}
    for _ in range(max(1, args.rounds)):
        for stage, seconds in time_stages(pages).items():
            best[stage] = min(best.get(stage, seconds), seconds)
    bare = best["lxml"]
    print(f"{len(pages)} pages; bare lxml parse {bare:.2f} s CPU")
    for stage in STAGES:
        print(f"- {stage}: {best[stage]:.2f} s, {best[stage] / bare:.2f}x the bare parse")
    total = sum(best[stage] for stage in STAGES)
    print(f"- all stages: {total:.2f} s, {total / bare:.2f}x the bare parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
