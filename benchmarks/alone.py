"""Time articlekit against a bare lxml parse in a process that has loaded nothing else.

``benchmarks.run`` runs this as a child process: in the runner's own process, after the
peers have been imported and run, a bare lxml parse of the same pages was measured half
again slower (the heap and caches the peers leave behind), which flatters articlekit's
ratio. Here nothing but articlekit and lxml is loaded.

Usage: ``python -m benchmarks.alone PAGES.pickle`` prints ``{"articlekit": s, "lxml": s}``
as JSON, for a pickle of ``[(url, raw_bytes), …]``.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import sys
import time

import articlekit

# benchmarks.run imports its peers only when asked to run them.
from benchmarks.run import time_lxml


def _parse(url: str | None, raw: bytes) -> float:
    start = time.perf_counter()
    # A page that raises is counted as an error in the runner's timed pass.
    with contextlib.suppress(Exception):
        articlekit.parse_html(raw, url=url)
    return time.perf_counter() - start


# articlekit's memo caches that hold configuration, not page content: dateparser's
# parser and month names per language list and the tag table of the main-text walk. A
# pipeline builds them once per process, as the warm-up pass does here.
_PROCESS_CACHES = frozenset(
    {"articlekit._dates._parser", "articlekit._dates._month_names", "articlekit._body._tag_kinds"}
)


def forget_pages() -> None:
    """Empty articlekit's memo caches of page content (classes, URLs, names).

    After the warm-up pass they would hold what the timed pass asks again of the same
    pages; a pipeline meets each page once.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("articlekit"):
            continue
        for value in vars(module).values():
            if getattr(value, "__module__", None) != name or not hasattr(value, "cache_clear"):
                continue
            if f"{name}.{value.__qualname__}" not in _PROCESS_CACHES:
                value.cache_clear()


# Timed passes: each page's time is the least of its passes, for both systems alike.
ROUNDS = 3


def time_alone(pages: list[tuple[str | None, bytes]], rounds: int = ROUNDS) -> dict[str, float]:
    """Warm up on every page, untimed, then time both, alternating page by page.

    The warm-up pass builds what articlekit builds on first use (dateparser's data for
    each language met), as in a long-running pipeline; the memo caches of page content
    are then emptied (:func:`forget_pages`), before every timed pass, so that each pass
    meets the pages as the first did. Each of the two goes first on every other page, so
    that neither always runs on a warmer machine. A page's time is the least of its
    ``rounds`` passes, for each of the two: on a shared machine a pass now and then
    runs while another process holds the core, and a bare parse takes a millisecond.
    """
    for url, raw in pages:
        _parse(url, raw)
    ours = [float("inf")] * len(pages)
    bare = [float("inf")] * len(pages)
    for _ in range(rounds):
        forget_pages()
        for index, (url, raw) in enumerate(pages):
            if index % 2:
                bare[index] = min(bare[index], time_lxml(raw))
            ours[index] = min(ours[index], _parse(url, raw))
            if not index % 2:
                bare[index] = min(bare[index], time_lxml(raw))
    return {"articlekit": sum(ours), "lxml": sum(bare)}


def main(argv: list[str] | None = None) -> int:
    """Read the pages' pickle named on the command line and print the two times as JSON."""
    args = sys.argv[1:] if argv is None else argv
    with open(args[0], "rb") as stream:
        pages = pickle.load(stream)  # written by benchmarks.run, never by anyone else
    print(json.dumps(time_alone(pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
