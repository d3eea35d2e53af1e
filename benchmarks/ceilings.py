"""How far the page's own data can take the title and date figures, what the author
misses are, and what the sets' text conventions weigh in the main-text figures.

**Titles.** articlekit's title is one of the texts a page offers: a metadata title (JSON-LD
``headline``, ``og:title``, ``twitter:title``, a title meta tag, microdata,
``<title>``), with or without the site's name, or an h1 as printed. For each
annotated page this tells whether the truth, compared as the benchmark compares
titles, is one of those texts. The share of pages where it is bounds any rule that
chooses among them; a page outside it wants words that no title of the page prints
that way (an annotator's own edit, a kicker joined by hand). Of the misses, it
also counts those whose truth the page's body never prints: a title only the
metadata holds (the search engines' wording), which the headline "as the article
shows it" cannot be.

**Dates.** articlekit's publication date is one the page declares: a value of one
of :data:`articlekit._page_dates.PUBLISHED_SOURCES` (JSON-LD, meta tags,
microdata, ``<time>``, a printed date line, a CMS's meta name, a script, the URL).
For each annotated page this tells whether the truth's day is among those values'
days (or none is annotated and the page declares none). A truth of none on a page
that declares a publication date, a truth day only a modified date gives (which
the issue forbids taking for the published one) and a day no source reads are
outside the reach of any rule that chooses among the dates the sources read.

**Authors.** A breakdown of the misses: the truth annotates none while articlekit
names someone; the truth credits the site itself or its publisher ("Example
News", "Example Redaktion"); articlekit names no one while the truth names
someone; the rest (a name missing, added or spelled otherwise).

**Text conventions.** The three text sets disagree on what main text is. aeb's
human extractions and trafilatura's snippets count the standfirst printed under the
headline (also articlekit's ``subtitle``) and the story's bulleted lists; fundus's
bodies leave the standfirst out (it keeps it as a summary apart), and many of its
site parsers read paragraphs only. This scores each set (F1; trafilatura's by
snippets) as articlekit gives the text and with the standfirst, the list items or
both left out: what adopting one set's convention would gain there and cost on the
others. On the sets with bodies it also scores the truth's body with the standfirst
and list items it leaves out added: the most a text keeping them can reach; and with
every paragraph of the story it leaves out added too (a paragraph of 120 characters or
more, the length from which articlekit counts one as the story's): the most a text can
reach that keeps, besides, each paragraph of the story a site's parser skipped (a fact
box, a transcript, a teaser printed as the first paragraph).

Usage: ``python -m benchmarks.ceilings [--data ../shared/data]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import attrs

import articlekit
from articlekit import (
    Block,
    BlockKind,
    _authors,
    _body,
    _load,
    _metadata,
    _page,
    _page_dates,
    _text,
)
from benchmarks.run import METADATA_SETS, Page, load_pages
from benchmarks.scoring import (
    Scores,
    authors_match,
    day_of,
    page_text_score,
    score_snippets,
    score_texts,
    title_key,
)

# The sets whose truth is a main text, or snippets of one.
TEXT_SETS = ("aeb", "fundus", "trafilatura")


# A ceiling record: an "annotated" count, then counts of those pages by kind.
_Counts = TypeVar("_Counts", bound=attrs.AttrsInstance)


def _tally(
    record: type[_Counts], pages: Iterable[Page], field: str, kinds: Callable[[Page], Iterator[str]]
) -> _Counts:
    """Count the pages whose truth annotates ``field`` and, for each, the kinds it is of."""
    counts = dict.fromkeys(attrs.fields_dict(record), 0)
    for page in pages:
        if field in page.truth:
            counts["annotated"] += 1
            for kind in kinds(page):
                counts[kind] += 1
    return record(**counts)


@attrs.frozen
class TitleCeiling:
    """Title figures of one set.

    Attributes:
        annotated: pages whose truth annotates a title.
        right: pages articlekit gets right.
        reachable: pages whose truth is one of the page's own titles (or none is
            annotated and none could be given).
        unprinted_misses: pages articlekit gets wrong whose truth the page's body
            never prints.
    """

    annotated: int
    right: int
    reachable: int
    unprinted_misses: int


def read_page(raw: bytes, url: str | None) -> _page.Page:
    """Read a page as articlekit's metadata finders see it."""
    # The moment of parsing is now, as in benchmarks.run: some pages are dated
    # in the year the sets were made.
    return _page.read_page(_load.load_html(raw, _load.DEFAULT_LIMITS), url, None)


def title_candidates(page: _page.Page) -> tuple[set[str], str | None]:
    """Return the titles a page offers, and the one articlekit chooses.

    Args:
        page: the page as :func:`read_page` reads it.

    Returns:
        The candidate titles (metadata titles with and without the site's name, and
        the first h1s as printed and without the site's name), and articlekit's title.
    """
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


_PRINTED_XPATH = (
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)]"
)


def printed_text(page: _page.Page) -> str:
    """Return the text the page's body prints, scripts and styles left out."""
    return "".join(page.tree.xpath(_PRINTED_XPATH))


def title_ceiling(pages: Iterable[Page]) -> TitleCeiling:
    """Count, over the pages that annotate a title, the right and the reachable ones,
    and the misses whose truth the page never prints."""
    return _tally(TitleCeiling, pages, "title", _title_kinds)


def _title_kinds(page: Page) -> Iterator[str]:
    read = read_page(page.raw, page.url)
    candidates, chosen = title_candidates(read)
    truth = title_key(page.truth["title"]) or None
    if truth is None or any(title_key(c) == truth for c in candidates):
        yield "reachable"
    if (title_key(chosen) or None) == truth:
        yield "right"
    elif truth is not None and truth not in (title_key(printed_text(read)) or ""):
        yield "unprinted_misses"


@attrs.frozen
class DateCeiling:
    """Date figures of one set.

    Attributes:
        annotated: pages whose truth annotates a publication day (or none).
        right: pages articlekit gets right.
        reachable: pages whose truth day is one of the days the page declares as
            published (or none is annotated and the page declares none).
        none_but_declared: pages annotated as having no date that declare one.
        modified_only: pages whose truth day only a modified date gives.
        unread: pages whose truth day no published-date or modified-date source
            reads (printed where no source looks, in a picture's URL, in a script).
    """

    annotated: int
    right: int
    reachable: int
    none_but_declared: int
    modified_only: int
    unread: int


def date_candidates(page: _page.Page) -> tuple[set[str], set[str], str | None]:
    """Return the days a page declares as published and as modified, and articlekit's.

    Args:
        page: the page as :func:`read_page` reads it.

    Returns:
        The days of every published-date source's value, those of every
        modified-date source's value, and the day articlekit reports.
    """
    published = {day_of(finder(page)) for finder in _page_dates.PUBLISHED_SOURCES}
    modified = {day_of(finder(page)) for finder in _page_dates.MODIFIED_SOURCES}
    chosen = day_of(_page_dates.find_published(page))
    return {d for d in published if d}, {d for d in modified if d}, chosen


def date_ceiling(pages: Iterable[Page]) -> DateCeiling:
    """Count, over the pages that annotate a date, the right ones and why the others miss."""
    return _tally(DateCeiling, pages, "date", _date_kinds)


def _date_kinds(page: Page) -> Iterator[str]:
    published, modified, chosen = date_candidates(read_page(page.raw, page.url))
    truth = day_of(page.truth["date"])
    if chosen == truth:
        yield "right"
    if truth is None:
        yield "none_but_declared" if published else "reachable"
    elif truth in published:
        yield "reachable"
    else:
        yield "modified_only" if truth in modified else "unread"


@attrs.frozen
class AuthorMisses:
    """The author misses of one set, by kind.

    Attributes:
        annotated: pages whose truth annotates authors (or none).
        right: pages articlekit gets right.
        none_agreed: of those, pages annotated as none where articlekit names no one.
        none_but_named: misses where the truth annotates none and articlekit names someone.
        site_credited: misses where the truth credits the site or its publisher.
        no_one_found: other misses where articlekit names no one.
        other: the rest: a name missing, added or spelled otherwise.
    """

    annotated: int
    right: int
    none_agreed: int
    none_but_named: int
    site_credited: int
    no_one_found: int
    other: int


def credits_site(read: _page.Page, names: Iterable[str], publisher: str | None) -> bool:
    """Tell whether one of the names is the site's own (or its publisher's) name.

    Args:
        read: the page, as :func:`read_page` gives it.
        names: the annotated authors.
        publisher: the publisher the truth names, if any.

    Returns:
        Whether a name is, or holds, one of the site's names as titles are cut of them.
    """
    sites = _page.site_names(read) + ([_text.fold(publisher)] if publisher else [])
    return any(_page.is_site_segment(name, sites) for name in names if name.strip())


def author_misses(pages: Iterable[Page]) -> AuthorMisses:
    """Count, over the pages that annotate authors, the right ones and the misses by kind."""
    return _tally(AuthorMisses, pages, "authors", _author_kinds)


def _author_kinds(page: Page) -> Iterator[str]:
    truth = [name for name in page.truth["authors"] or () if name.strip()]
    read = read_page(page.raw, page.url)
    found = _authors.find_authors(read)
    if authors_match(found, truth):
        yield "right"
        if not truth:
            yield "none_agreed"
    elif not truth:
        yield "none_but_named"
    elif credits_site(read, truth, page.truth.get("publisher")):
        yield "site_credited"
    else:
        yield "no_one_found" if not found else "other"


@attrs.frozen
class TextConventions:
    """Main-text F1 of one set, as articlekit gives the text and without some blocks.

    Attributes:
        kept: the text as articlekit gives it.
        no_standfirst: without the blocks that are its subtitle.
        no_list_items: without the list items.
        neither: without both.
        kept_ceiling: on a set with bodies, the best a text that keeps its standfirst
            and list items can score: the truth's body with those of them it leaves
            out. ``None`` on a set of snippets.
        story_ceiling: on a set with bodies, the best a text can score that keeps, besides
            those, every paragraph of the story the truth leaves out (a paragraph or
            blockquote of :data:`STORY_PARAGRAPH` characters or more, the length from
            which articlekit counts a paragraph as the story's): the truth's body with
            all of them. ``None`` on a set of snippets.
    """

    kept: float
    no_standfirst: float
    no_list_items: float
    neither: float
    kept_ceiling: float | None = None
    story_ceiling: float | None = None


# Which blocks each figure leaves out: (the standfirst, the list items).
_LEFT_OUT = {
    "kept": (False, False),
    "no_standfirst": (True, False),
    "no_list_items": (False, True),
    "neither": (True, True),
}


def text_conventions(pages: Iterable[Page]) -> TextConventions:
    """Score the main text of pages with a body or snippets, with and without the
    standfirst and the list items; on pages with a body, also the most a text keeping
    both can score."""
    texts: dict[str, list[tuple[Page, str]]] = {field: [] for field in _LEFT_OUT}
    ceiling: list[tuple[Page, str]] = []
    story_ceiling: list[tuple[Page, str]] = []
    for page in pages:
        article = articlekit.parse_html(page.raw, url=page.url)
        standfirst = _text.fold(article.subtitle or "")
        for field, scored in texts.items():
            no_standfirst, no_lists = _LEFT_OUT[field]
            kept = [
                block.text
                for block in article.blocks
                if not (no_standfirst and _is_standfirst(block, standfirst))
                and not (no_lists and block.kind is BlockKind.LIST_ITEM)
            ]
            scored.append((page, "\n\n".join(kept)))
        if "body" in page.truth:
            body = page.truth["body"]
            folded_body = _text.fold(body)
            left_out = [
                block for block in article.blocks if _text.fold(block.text) not in folded_body
            ]
            conventions = [
                block.text
                for block in left_out
                if _is_standfirst(block, standfirst) or block.kind is BlockKind.LIST_ITEM
            ]
            story = [block.text for block in left_out if _is_story_paragraph(block)]
            ceiling.append((page, "\n\n".join([*conventions, body])))
            story_ceiling.append((page, "\n\n".join([*conventions, *story, body])))
    return TextConventions(
        **{field: _text_f1(scored) for field, scored in texts.items()},
        kept_ceiling=_text_f1(ceiling) if ceiling else None,
        story_ceiling=_text_f1(story_ceiling) if story_ceiling else None,
    )


# A paragraph this long is the story's own: articlekit reads the story as running from
# the first such paragraph to the last.
STORY_PARAGRAPH = _body._BODY_PARAGRAPH


def _is_story_paragraph(block: Block) -> bool:
    """Tell whether a block is a paragraph (or quoted paragraph) long enough to be the story's."""
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE)
        and len(block.text) >= STORY_PARAGRAPH
    )


def _is_standfirst(block: Block, standfirst: str) -> bool:
    """Tell whether a block is the article's standfirst (``standfirst`` folded, or empty)."""
    return bool(standfirst) and _text.fold(block.text) == standfirst


def _text_f1(texts: list[tuple[Page, str]]) -> float:
    """The set's main-text F1: by body where the truth has one, else by snippets."""
    if all("body" in page.truth for page, _ in texts):
        return score_texts(page_text_score(text, page.truth["body"]) for page, text in texts).f1
    snippets = sum(
        (score_snippets(text, page.truth["with"], page.truth["without"]) for page, text in texts),
        Scores(),
    )
    return snippets.f1


def _share(count: int, total: int) -> str:
    return f"{count} ({count / total:.3f})" if total else "0"


def main(argv: list[str] | None = None) -> int:
    """Print, per set, the title and date figures with their ceilings, the author misses and
    the text figures under each set's conventions."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="data folder")
    args = parser.parse_args(argv)
    for name in sorted(METADATA_SETS):
        pages = load_pages(args.data, name, None)
        title = title_ceiling(pages)
        print(
            f"{name} titles: {title.annotated} pages annotate one; articlekit right on"
            f" {_share(title.right, title.annotated)}; the truth is one of the page's own"
            f" titles on {_share(title.reachable, title.annotated)}; of the"
            f" {title.annotated - title.right} misses, {title.unprinted_misses} want a"
            " title the page's body never prints"
        )
        date = date_ceiling(pages)
        print(
            f"{name} dates: {date.annotated} pages annotate one; articlekit right on"
            f" {_share(date.right, date.annotated)}; the truth is among the page's declared"
            f" publication days on {_share(date.reachable, date.annotated)}; out of reach:"
            f" {date.none_but_declared} annotated as none on a page that declares one,"
            f" {date.modified_only} only a modified date gives, {date.unread} no source reads"
        )
        authors = author_misses(pages)
        misses = authors.annotated - authors.right
        print(
            f"{name} authors: {authors.annotated} pages annotate them; articlekit right on"
            f" {_share(authors.right, authors.annotated)}; of the {misses} misses,"
            f" {authors.none_but_named} annotate none where articlekit names someone,"
            f" {authors.site_credited} credit the site or its publisher,"
            f" {authors.no_one_found} name someone where articlekit names no one,"
            f" {authors.other} differ otherwise; {authors.none_agreed} right pages annotate"
            " none where articlekit names no one (a rule crediting the site where no person"
            " is named would lose them)"
        )
    for name in TEXT_SETS:
        text = text_conventions(load_pages(args.data, name, None))
        print(
            f"{name} text F1: {text.kept:.4f} as given; {text.no_standfirst:.4f} without the"
            f" standfirst, {text.no_list_items:.4f} without list items,"
            f" {text.neither:.4f} without both"
            + (
                f"; a text keeping the standfirst and list items can reach {text.kept_ceiling:.4f},"
                f" and one keeping also every paragraph of {STORY_PARAGRAPH} characters or more"
                f" the truth leaves out {text.story_ceiling:.4f}"
                if text.kept_ceiling is not None and text.story_ceiling is not None
                else ""
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
