"""How far choosing among a page's own titles can take the title figure.

articlekit's title is one of the texts a page offers: a metadata title (JSON-LD
``headline``, ``og:title``, ``twitter:title``, a title meta tag, microdata,
``<title>``), with or without the site's name, or an h1 as printed. For each
annotated page this tells whether the truth, compared as the benchmark compares
titles, is one of those texts. The share of pages where it is bounds any rule that
chooses among them; a page outside it wants words that no title of the page prints
that way (an annotator's own edit, a kicker joined by hand).

Usage: ``python -m benchmarks.ceilings [--data ../shared/data]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path

import attrs

from articlekit import _load, _metadata, _page
from benchmarks.run import METADATA_SETS, Page, load_pages
from benchmarks.scoring import title_key

# Any fixed moment: the finders compare dates with it, and a fixed one keeps runs alike.
_NOW = dt.datetime(2026, 1, 1)


@attrs.frozen
class TitleCeiling:
    """Title figures of one set.

    Attributes:
        annotated: pages whose truth annotates a title.
        right: pages articlekit gets right.
        reachable: pages whose truth is one of the page's own titles (or none is
            annotated and none could be given).
    """

    annotated: int
    right: int
    reachable: int


def title_candidates(raw: bytes, url: str | None) -> tuple[set[str], str | None]:
    """Return the titles a page offers, and the one articlekit chooses.

    Args:
        raw: the page's bytes.
        url: the page's URL, if known.

    Returns:
        The candidate titles (metadata titles with and without the site's name, and
        the first h1s as printed and without the site's name), and articlekit's title.
    """
    tree = _load.load_html(raw, _load.DEFAULT_LIMITS)
    page = _page.read_page(tree, url, _NOW)
    sites = _page.site_names(page)
    candidates: set[str] = set()
    for finder in _metadata.TITLE_SOURCES:
        title = finder(page)
        if title:
            candidates.update((title, _metadata._strip_site(title, sites)))
    for element in page.elements.h1s[: _metadata.MAX_H1]:
        candidates.add(_metadata._headline_text(element))
    candidates.update(_metadata._h1_texts(page, sites))
    return candidates, _metadata._find_title(page)


def title_ceiling(pages: Iterable[Page]) -> TitleCeiling:
    """Count, over the pages that annotate a title, the right and the reachable ones."""
    annotated = right = reachable = 0
    for page in pages:
        if "title" not in page.truth:
            continue
        annotated += 1
        candidates, chosen = title_candidates(page.raw, page.url)
        truth = title_key(page.truth["title"]) or None
        right += (title_key(chosen) or None) == truth
        reachable += truth is None or any(title_key(c) == truth for c in candidates)
    return TitleCeiling(annotated, right, reachable)


def main(argv: list[str] | None = None) -> int:
    """Print, per set, the title figure and the ceiling of choosing among a page's titles."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="data folder")
    args = parser.parse_args(argv)
    for name in sorted(METADATA_SETS):
        ceiling = title_ceiling(load_pages(args.data, name, None))
        print(
            f"{name}: {ceiling.annotated} pages annotate a title; articlekit right on"
            f" {ceiling.right} ({ceiling.right / ceiling.annotated:.3f}); the truth is one of"
            f" the page's own titles on {ceiling.reachable}"
            f" ({ceiling.reachable / ceiling.annotated:.3f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
