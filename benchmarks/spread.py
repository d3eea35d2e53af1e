"""On how many development sites each class word of the main-text rules occurs.

The main-text extractor (``articlekit._body``) keys its rules on words of class and
id names: boilerplate words ("share", "newsletter"), the article's own words
("article", "story"), its text's words ("content", "body"). A word that no
development site uses, or only one, is worth a second look: a word seen on one
site only may be that site's name for a box rather than a name many sites share.
This lists them, so that a reviewer can tell a shared convention (a German caption
name, a plugin's name) from a rule keyed on one site.

Usage: ``python -m benchmarks.spread [--data ../shared/data]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from articlekit import _body
from benchmarks.run import HTML_SETS, Page, load_pages

# The word lists of the main-text rules, by the name the module gives them.
WORD_LISTS: Mapping[str, frozenset[str]] = {
    "boilerplate": _body._NEGATIVE_WORDS,
    "never taken back": _body._NEVER_PROTECTED_WORDS,
    "embed": _body._EMBED_WORDS,
    "article": _body._ARTICLE_WORDS,
    "text": _body._BODY_WORDS,
}


def site_of(page: Page) -> str:
    """The page's site: its URL's host without "www.", else the page's id."""
    host = urlsplit(page.url or "").hostname or ""
    return host.removeprefix("www.") or page.id


def class_words(raw: bytes) -> set[str]:
    """Return the words of every class and id name of a page, split as the extractor splits them."""
    try:
        tree = lxml.html.document_fromstring(raw)
    except (lxml.etree.ParserError, ValueError):
        return set()
    names = {
        value
        for element in tree.iter()
        for value in (element.get("class"), element.get("id"))
        if isinstance(element.tag, str) and value
    }
    words: set[str] = set()
    for name in names:
        words |= _body._words_of.__wrapped__(name)
    return words


def sites_by_word(pages: Iterable[Page]) -> dict[str, set[str]]:
    """Map each class word to the sites whose pages use it."""
    sites: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        site = site_of(page)
        for word in class_words(page.raw):
            sites[word].add(site)
    return sites


def rare_words(sites: Mapping[str, set[str]], words: Iterable[str]) -> list[tuple[str, int]]:
    """Return the words seen on fewer than two sites, with their count of sites."""
    counted = ((word, len(sites.get(word, ()))) for word in words)
    return sorted((word, count) for word, count in counted if count < 2)


def main(argv: list[str] | None = None) -> int:
    """Print, for each word list, its words seen on fewer than two development sites."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="data folder")
    args = parser.parse_args(argv)
    pages = [page for name in HTML_SETS for page in load_pages(args.data, name, None)]
    sites = sites_by_word(pages)
    print(f"{len(pages)} pages from {len({site_of(page) for page in pages})} sites")
    for name, words in WORD_LISTS.items():
        rare = rare_words(sites, words)
        shown = ", ".join(f"{word} ({count})" for word, count in rare) or "none"
        print(f"{name} words ({len(words)}): on fewer than two sites: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
