"""Page metadata: JSON-LD, OpenGraph, meta tags, microdata, the visible byline.

The page is read once into a :class:`~articlekit._page.Page`. Each field then
comes from an ordered tuple of finders (``TITLE_SOURCES``, ``SUBTITLE_SOURCES`` …):
the first finder that returns something wins. Authors come from
:mod:`articlekit._authors`, dates from :mod:`articlekit._page_dates`.
docs/extraction-metadata.md lists the order for every field.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import lxml.etree
import lxml.html

from articlekit._authors import dedupe, find_authors, ld_people
from articlekit._credits import parse_credit, split_caption
from articlekit._dates import is_date_line
from articlekit._load import holds_more_than
from articlekit._models import Image, ImageCredit
from articlekit._page import (
    CANONICAL_SOURCES,
    LANGUAGE_SOURCES,
    MAX_JSONLD_OBJECTS,
    MAX_VALUE_DEPTH,
    SITE_NAME_SOURCES,
    SKIPPED_TAGS,
    Page,
    absolute_url,
    canonical_link,
    element_text,
    first_found,
    first_meta,
    is_elsewhere,
    is_site_segment,
    ld_value,
    read_page,
    site_names,
    value_text,
)
from articlekit._page_dates import MODIFIED_SOURCES, find_published
from articlekit._text import fold, normalize_space

__all__ = ["Metadata", "extract_metadata"]


@attrs.frozen(kw_only=True)
class Metadata:
    """What the page says about the article, each field from its first source that has it.

    Attributes:
        title: the headline as the article shows it, without the site name.
        subtitle: the standfirst under the headline, else the page's description.
        authors: the people credited, each once (an organisation only when no
            person is named).
        published: when first published (a date, or a datetime when the time is given).
        modified: when last modified, on the same terms; never taken as ``published``.
        language: the declared language code ("en", "de-AT").
        site_name: the publication's name.
        canonical_url: the absolute canonical URL.
        section: the section the article is filed under.
        tags: keywords and topics, each once.
        lead_images: the images the metadata names for the article.
        article_body: the article's whole text as JSON-LD ``articleBody`` gives
            it (line breaks kept, maybe HTML), for pages whose markup holds none.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    modified: dt.date | None = None
    language: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    lead_images: tuple[Image, ...] = ()
    article_body: str | None = None


# ---------------------------------------------------------------------------
# Limits

MAX_ARTICLE_BODY_CHARS = 1_000_000
"""Longest JSON-LD articleBody kept: a long feature is some 100,000 characters."""

MAX_TITLE_CHARS = 400
"""Longest headline accepted; longer h1 elements hold more than a headline."""

MAX_H1 = 3
"""How many h1 elements are compared with the metadata titles: pages put the site
logo or a section name in an h1 before the headline, rarely more than two."""

MAX_KICKER_WORDS = 6
"""Most words of a kicker run into an h1 before the metadata title
("Einheit der Woche", "Forderungsausfälle vermeiden"); an authority's press
releases name the office in six ("Medienmitteilung der Gesundheits-, Sozial- und
Integrationsdirektion"). Bounds of 6 to 10 score alike on the development sets."""

MIN_LONE_H1_WORDS = 2
"""Fewest words in an h1 that wins over metadata titles it does not match: one
word ("News", "Details") is a section label, not the headline, unless the
metadata title contains it. Two-word h1s were short headlines on the
trafilatura set (2 gained, none lost against a bound of 3)."""

MIN_FIRST_OF_H1S_WORDS = 6
"""Fewest words in the first of several h1s that wins over metadata titles it does
not match: the h1s of sections and teaser lists are short ("Mehr aus der Region",
"Top stories"), headlines seldom are. Bounds of 6 to 8 score alike on the
development sets; 3 to 5 lose trafilatura pages to section names."""

MAX_GLUED_TAILS = 2
"""How many tails glued on without spaces are cut from a CJK title: the site's
name and the section before it ("-정치ㅣ한국일보")."""

MAX_GLUED_TAIL_CHARS = 48
"""How many last characters of a title are searched for a glued tail: longer than
any site name there (MAX_SITE_SEGMENT_CHARS is 40)."""

MAX_CJK_SITE_CHARS = 6
"""Longest run of CJK characters after a dash, bar or underscore taken for the site's
name without knowing it: Chinese and Korean news sites are named in two to five
(新华网, 中国新闻网, 한국일보)."""

BREADCRUMB_DEPTH = 5
"""How many ancestors of an h1 are checked for a breadcrumb trail: the h1 that
ends one sits in li > ul > div > div > nav on the deepest trail seen."""

MEDIA_DEPTH = 4
"""How many ancestors of a standfirst candidate are checked for a figure, a player
or a dialog around it: a caption sits in figcaption > div > figure."""

MAX_SUBTITLE_CHARS = 600
"""Longest standfirst accepted; longer is the first paragraph of the text."""

MIN_SUBTITLE_CHARS = 20
"""Shortest standfirst accepted; shorter is a kicker or a label."""

MAX_SUBTITLE_NODES = 200
"""Most nodes in a standfirst candidate: a standfirst is a paragraph with a few
links and emphases; a box of more holds more than one."""

MAX_PICTURES_READ = 500
"""Most pictures and captions compared with a description: a long gallery has a
few hundred; past this the page is a template loop."""


# ---------------------------------------------------------------------------
# Title


_TITLE_SEPARATOR = re.compile(r"\s+[|–—\-:·»/]{1,2}\s+|\s*\|\s*|\s+::\s+|:\s+")


def _is_loose_separator(separator: str) -> bool:
    # "Site: Headline" has no space before its colon, and headlines use the same
    # colon after a kicker ("Kate Moss on the cover: …"): only an exact site name
    # is cut at such a colon.
    return separator.startswith(":")


# A date in figures ("23.01.2022", "2022-01-23"); a date in words before a
# headline is rare, and asking dateparser of every first segment cost a tenth
# of the metadata stage.
_NUMERIC_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}")


def _is_numeric_date(segment: str) -> bool:
    segment = segment.strip()
    return _NUMERIC_DATE.fullmatch(segment) is not None and is_date_line(segment)


def _strip_site(title: str, sites: list[str]) -> str:
    """Remove the site name and the separators around it from a title, and a
    date printed before the headline ("23.01.2022 - Headline")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) == 1:
        return _strip_glued_site(title, sites)
    separators = _TITLE_SEPARATOR.findall(title)
    # Drop site segments from the end, then site and date segments from the start.
    while len(parts) > 1 and is_site_segment(
        parts[-1], sites, exact=_is_loose_separator(separators[-1])
    ):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and (
        is_site_segment(parts[0], sites, exact=_is_loose_separator(separators[0]))
        or _is_numeric_date(parts[0])
    ):
        parts.pop(0)
        separators.pop(0)
    # A site name in the middle ("Headline : Site-Archiv | Site motto | Since
    # 2005") ends the headline: what follows it is the site's too.
    for index in range(1, len(parts)):
        if is_site_segment(parts[index], sites, exact=_is_loose_separator(separators[index - 1])):
            parts, separators = parts[:index], separators[: index - 1]
            break
    rebuilt = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        rebuilt += separator + part
    return _strip_glued_site(rebuilt.strip(), sites)


# A tail glued to a title by a separator without spaces ("标题-新华网",
# "제목-섹션ㅣ사이트"); searched in the title's last characters only.
_GLUED_SITE = re.compile(r"(?<=\S)[-_|｜ㅣ：]([^\s\-_|｜ㅣ：]+)$")
# The scripts whose titles glue the site's name on without spaces.
_CJK_CHARACTER = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_CJK = re.compile(_CJK_CHARACTER)
_CJK_ONLY = re.compile(f"{_CJK_CHARACTER}+")


def _strip_glued_site(title: str, sites: list[str]) -> str:
    """Remove a site name (and then a section) glued to the end of a CJK title."""
    for _ in range(MAX_GLUED_TAILS):
        found = _GLUED_SITE.search(title, max(0, len(title) - MAX_GLUED_TAIL_CHARS))
        if found is None or not _CJK.search(title, 0, found.start()):
            break
        tail = found.group(1)
        # A known site name, or a short run of CJK characters after a dash, bar
        # or underscore (a colon there ends a kicker: "速報：地震").
        if not is_site_segment(tail, sites, exact=True) and (
            found.group().startswith("：")
            or len(tail) > MAX_CJK_SITE_CHARS
            or not _CJK_ONLY.fullmatch(tail)
        ):
            break
        title = title[: found.start()]
    return title


# Parts of a headline element that are not the headline: the kicker (the line
# above it, a section label) ...
_KICKER = re.compile(
    r"kicker|dachzeile|overline|topline|eyebrow|roofline|supertitle|overtitle|surtitre|"
    r"antetitulo|spitzmarke|categor|section|rubri|sub-?heading|label|badge",
    re.IGNORECASE,
)
# ... and text hidden from sight, such as the ": " read to screen readers between
# kicker and headline. _SCREEN_READER alone marks an h1 that is not printed:
# "hidden" also names the h1s hidden on phones only ("hidden-xs").
_SCREEN_READER = re.compile(r"visually-?hidden|sr-only|screen-reader|offscreen", re.IGNORECASE)
_HIDDEN = re.compile(rf"{_SCREEN_READER.pattern}|hidden|invisible", re.IGNORECASE)
# What a hidden separator between a kicker and the headline holds (" – ", ": ").
_SEPARATOR_ONLY = re.compile(r"\s*[-–—:|·/]+\s*")
# ... and, besides the tags that are never text, a <small> line: a kicker set small.
_NOT_HEADLINE_TAGS = SKIPPED_TAGS | {"small"}


def _skipped_in_headline(node: lxml.html.HtmlElement) -> bool:
    if not isinstance(node.tag, str) or node.tag in _NOT_HEADLINE_TAGS:
        return True
    marker = node.get("class", "")
    return bool(
        node.get("aria-hidden") == "true" or _HIDDEN.search(marker) or _KICKER.search(marker)
    )


def _is_hidden_separator(node: lxml.html.HtmlElement) -> bool:
    """Whether the node is a separator hidden from every reader, screen readers too.

    One printed for screen readers only ("visually-hidden") makes them read
    kicker and headline as one title, as the page means them to be read.
    """
    marker = node.get("class", "")
    hidden = node.get("aria-hidden") == "true" or (
        _HIDDEN.search(marker) and not _SCREEN_READER.search(marker)
    )
    return bool(hidden and _SEPARATOR_ONLY.fullmatch(node.text_content()))


def _headline_text(element: lxml.html.HtmlElement) -> str:
    """The text of a headline element without its kicker and hidden separators.

    A separator hidden from every reader between two texts ("Kicker<span
    aria-hidden> – </span>Headline") joins them for a copy of the text only:
    the page sets the words before it apart, as a kicker, and the headline is
    what follows.
    """
    parts: list[str] = [element.text or ""]
    headline_start = 0  # where the text after the last hidden separator begins
    # Iterative, since a hostile page nests thousands of spans: "enter" reads a
    # node and its children, "tail" the text after it, "space" ends a block.
    stack: list[tuple[lxml.html.HtmlElement, str]] = [
        (child, "enter") for child in reversed(element)
    ]
    while stack:
        node, step = stack.pop()
        if step == "tail":
            parts.append(node.tail or "")
            continue
        if step == "space":
            parts.append(" ")
            continue
        stack.append((node, "tail"))
        if _skipped_in_headline(node):
            if _is_hidden_separator(node) and "".join(parts).strip():
                headline_start = len(parts)
            # What it held still parted the words around it.
            parts.append(" ")
            continue
        if node.tag in ("br", "div", "p"):
            # Block boundaries separate words; inline ones ("im <abbr>THW</abbr>:") do not.
            parts.append(" ")
            stack.append((node, "space"))
        parts.append(node.text or "")
        stack.extend((child, "enter") for child in reversed(node))
    # A kicker removed can leave its separator behind (": Headline"); a leading
    # dash stays, as Nordic headlines open a quotation with one.
    headline = normalize_space("".join(parts[headline_start:])).strip(" :|·")
    return headline or normalize_space("".join(parts)).strip(" :|·")


_BREADCRUMB = re.compile(r"breadcrumb", re.IGNORECASE)


# The class of an h1 that holds the site's name or logo, as a whole word: a CSS
# module's "_brandTitle_x1" styles a headline in the brand's font.
_BRANDING = re.compile(
    r"(?<!\w)(?:site-?title|site-?name|logo|brand|branding)(?!\w)", re.IGNORECASE
)


def _in_breadcrumb(element: lxml.html.HtmlElement) -> bool:
    """Whether an h1 ends the breadcrumb trail (Home > Section > Title)."""
    for node in (element, *itertools.islice(element.iterancestors(), BREADCRUMB_DEPTH)):
        if node.tag == "nav" or _BREADCRUMB.search(node.get("class") or ""):
            return True
    return False


def _h1_texts(page: Page, sites: list[str]) -> list[str]:
    """The page's first h1 texts without the site name, in page order."""
    return _h1_and_crumbs(page, sites)[0]


def _h1_and_crumbs(page: Page, sites: list[str]) -> tuple[list[str], list[str]]:
    """The page's first h1 texts without the site name, in page order, and those
    of them that end a breadcrumb trail."""
    texts: list[str] = []
    crumbs: list[str] = []
    for element in page.elements.h1s:
        marker = element.get("class") or ""
        if _BRANDING.search(marker) or _SCREEN_READER.search(marker):
            # The site's name in the header, or a heading read to screen
            # readers only ("Post navigation"): not the article's headline.
            continue
        if next(element.iterancestors("h1"), None) is not None:
            # Read with the h1 around it; hostile pages nest hundreds of h1s
            # around a huge subtree, which each would read whole.
            continue
        text = _strip_site(_headline_text(element), sites)
        if text and len(text) <= MAX_TITLE_CHARS:
            texts.append(text)
            if _in_breadcrumb(element):
                crumbs.append(text)
        if len(texts) >= MAX_H1:
            break
    return texts, crumbs


def _title_ld(page: Page) -> str | None:
    return value_text(ld_value(page, "headline")) or value_text(ld_value(page, "name"))


def _title_og(page: Page) -> str | None:
    return first_meta(page, "og:title")


def _title_twitter(page: Page) -> str | None:
    return first_meta(page, "twitter:title")


def _title_meta(page: Page) -> str | None:
    return first_meta(
        page,
        "parsely-title",
        "sailthru.title",
        "dc.title",
        "title",
        "headline",
        "itemprop:headline",
    )


def _title_microdata(page: Page) -> str | None:
    for element in page.elements.itemprops:
        if element.get("itemprop") == "headline":
            text = element_text(element)
            if text and len(text) <= MAX_TITLE_CHARS:
                return text
    return None


def _title_tag(page: Page) -> str | None:
    for element in page.elements.titles:
        text = element_text(element)
        if text:
            return text
    return None


# Metadata titles, compared with the page's h1 in this order.
TITLE_SOURCES: tuple[Callable[[Page], str | None], ...] = (
    _title_ld,
    _title_og,
    _title_twitter,
    _title_meta,
    _title_microdata,
    _title_tag,
)


def _matches(h1: str, title: str, sites: list[str]) -> bool:
    a, b = fold(h1), fold(title)
    if not a or not b:
        return False
    if a == b or a == fold(_strip_site(title, sites)):
        return True
    # The metadata title adds a site name or a section the h1 does not show.
    return len(a) >= 0.5 * len(b) and len(a.split()) >= 3 and (b.startswith(a) or b.endswith(a))


_QUOTE_MARKS = "\"'“”„«»‘’‚"


# Typographic marks, and the ASCII a metadata field writes for them.
_TYPEWRITER = str.maketrans("“”„«»‘’‚–—\u00a0", '"""""\'\'\'-- ')


def _typewriter(text: str) -> str:
    """The text as a typewriter writes it: straight quotes, hyphens, plain spaces."""
    return " ".join(text.translate(_TYPEWRITER).split())


def _kicker_in_h1(h1: str, title: str) -> bool:
    """Whether an h1 is a metadata title with a kicker run into it ("Kicker Headline")."""
    a, b = fold(h1), fold(title)
    if not b or len(b.split()) < MIN_LONE_H1_WORDS or a == b or not a.endswith(" " + b):
        return False
    return len(a[: -len(b)].split()) <= MAX_KICKER_WORDS


def _beside_crumbs(headlines: list[str], crumbs: list[str], sites: list[str]) -> str | None:
    """The headline of a page whose h1 ends the breadcrumb trail, when a metadata
    title words it otherwise.

    Such an h1 is the search engines' title, printed small in the trail; the
    headline printed above the article is the metadata title that differs from it.
    """
    for title in headlines:
        stripped = _strip_site(title, sites)
        if stripped and not any(_matches(crumb, stripped, sites) for crumb in crumbs):
            return stripped
    return None


def _find_title(page: Page) -> str | None:
    sites = site_names(page)
    found = [(finder, finder(page)) for finder in TITLE_SOURCES]
    titles = [title for _, title in found if title]
    h1s, crumbs = _h1_and_crumbs(page, sites)
    if crumbs:
        others = [h1 for h1 in h1s if h1 not in crumbs]
        # The trail ends in the page's title (a metadata title says so), and no
        # other h1 is a headline the metadata confirms.
        if any(_matches(crumb, title, sites) for crumb in crumbs for title in titles) and not any(
            _matches(h1, title, sites) for h1 in others for title in titles
        ):
            # The <title> tag is the search engines' title itself: no witness.
            headlines = [title for finder, title in found if title and finder is not _title_tag]
            headline = _beside_crumbs(headlines, crumbs, sites)
            if headline:
                return headline
            h1s = crumbs + others
    # An h1 with a metadata title's very words first, whichever h1 it is: the
    # first h1 is often a section or the site ("News", then the headline).
    for h1 in h1s:
        same = [title for title in titles if fold(h1) == fold(title)]
        if same:
            # The same words: the metadata keeps the punctuation that hidden
            # separators and inline markup lose in the h1's text, but the page
            # prints the typographic quotes and dashes the metadata often
            # flattens to ASCII; a title printed as the h1 is confirms it.
            printed = _typewriter(h1)
            return h1 if any(_typewriter(title) == printed for title in same) else same[0]
    if len(h1s) > 1:
        # Several h1s, one the site's name: the title tag puts the headline first
        # ("Headline | Site Name").
        for h1 in h1s:
            for title in titles:
                segments = _TITLE_SEPARATOR.split(title, maxsplit=1)
                if len(segments) > 1 and fold(segments[0]) == fold(h1):
                    return h1
    for h1 in h1s:
        for title in titles:
            stripped = _strip_site(title, sites)
            if _kicker_in_h1(h1, stripped):
                return stripped
        if any(_matches(h1, title, sites) for title in titles):
            return h1
    # No metadata title matches an h1. An h1 that is the site's very name (a
    # logo) is no headline.
    headlines = [h1 for h1 in h1s if not is_site_segment(h1, sites, exact=True)]
    stripped_titles = [t for t in (_strip_site(title, sites) for title in titles) if t]
    if (
        len(headlines) > 1
        and len(headlines[0].split()) >= MIN_FIRST_OF_H1S_WORDS
        # A metadata title inside it: the h1 holds more than the headline
        # (the standfirst after a line break), and the metadata title is it.
        and not any(fold(title) in fold(headlines[0]) for title in stripped_titles)
    ):
        # The first of several is the headline as shown, when long: later h1s
        # head the page's teaser lists ("More from the region").
        return headlines[0]
    # One h1 is still the headline as shown, unless it is the site's name or
    # a variant of it.
    if (
        len(headlines) == 1
        and not is_site_segment(headlines[0], sites)
        and (
            len(headlines[0].split()) >= MIN_LONE_H1_WORDS
            or any(fold(headlines[0]) in fold(title) for title in titles)
        )
    ):
        return headlines[0]
    for stripped in stripped_titles:
        for longer in stripped_titles:
            # An attribute cut at its first quotation mark (content="… de "word"")
            # is the start of another source's title.
            rest = longer[len(stripped) :].lstrip()
            if longer.startswith(stripped) and rest[:1] in _QUOTE_MARKS and rest[:1]:
                return longer
        # The page prints the typographic quotes and dashes one source flattens
        # to ASCII and another keeps.
        flat = _typewriter(stripped)
        if flat == stripped:
            for other in stripped_titles:
                if other != flat and _typewriter(other) == flat:
                    return other
        return stripped
    return h1s[0] if h1s else None


# ---------------------------------------------------------------------------
# Subtitle


def _visible_text(element: lxml.html.HtmlElement) -> str:
    """An element's text without the scripts and styles inside it."""
    parts: list[str] = [element.text or ""]
    # (node, True) reads a child's subtree, (node, False) only its tail.
    stack: list[tuple[lxml.html.HtmlElement, bool]] = [(child, True) for child in reversed(element)]
    while stack:
        node, enter = stack.pop()
        if enter:
            stack.append((node, False))
            if isinstance(node.tag, str) and node.tag not in SKIPPED_TAGS:
                parts.append(node.text or "")
                stack.extend((child, True) for child in reversed(node))
        else:
            parts.append(node.tail or "")
    return normalize_space(" ".join(parts))


# A "lead" that is the lead image, a player or a dialog holds a caption or a
# prompt ("Den Podcast beenden?"), not the standfirst.
_MEDIA_CLASS = re.compile(
    r"image|img|media|photo|figure|caption|video|audio|player|podcast|modal|dialog|overlay",
    re.IGNORECASE,
)
_MEDIA_TAGS = frozenset({"figure", "figcaption", "dialog", "button", "picture"})


def _in_media(element: lxml.html.HtmlElement) -> bool:
    for node in (element, *itertools.islice(element.iterancestors(), MEDIA_DEPTH)):
        if node.tag in _MEDIA_TAGS or _MEDIA_CLASS.search(node.get("class") or ""):
            return True
    return False


def _subtitle_visible(page: Page) -> str | None:
    """The first standfirst that follows the headline, outside related links."""
    order = page.elements.order
    h1s = page.elements.h1s
    start = order.get(h1s[0], -1) if h1s else -1
    for element in page.elements.standfirsts:
        if (
            order.get(element, -1) <= start
            or is_elsewhere(element)
            or _in_media(element)
            # Standfirst classes nest: a hostile page nests hundreds of them
            # around a huge subtree, which each would read whole.
            or holds_more_than(element, MAX_SUBTITLE_NODES)
        ):
            continue
        text = _visible_text(element)
        if MIN_SUBTITLE_CHARS <= len(text) <= MAX_SUBTITLE_CHARS and not _credited(text):
            return text
    return None


def _credited(text: str) -> bool:
    """Whether a text ends with a picture's credit, or is one: a caption printed
    under the headline ("Jane Doe at the summit © Agency", "Photograph: Jane Doe")."""
    return split_caption(text)[1] is not None


def _subtitle_ld(page: Page) -> str | None:
    description = value_text(ld_value(page, "description"))
    if not description:
        return None
    # Some CMSs fill the article's description with its lead picture's caption
    # ("Jane Doe (l.) at the summit."): a meta description that says something
    # else is then the standfirst. One that repeats it, maybe cut short ("…"),
    # says nothing else: SEO plugins copy the description into the alt text.
    meta = _subtitle_meta(page)
    says_else = bool(meta) and not fold(description).startswith(fold(meta or ""))
    return None if says_else and _is_picture_caption(page, description) else description


def _is_picture_caption(page: Page, text: str) -> bool:
    """Whether a text is the alt text or the caption of a picture on the page."""
    key = fold(text)
    if not key:
        return False
    for element in itertools.islice(page.tree.iter("img", "figcaption"), MAX_PICTURES_READ):
        caption = element.get("alt") if element.tag == "img" else element.text_content()
        # A caption may end with its credit ("… © Agency"), so it need only start alike.
        if caption and len(caption) <= 2 * MAX_SUBTITLE_CHARS and fold(caption).startswith(key):
            return True
    return False


def _subtitle_meta(page: Page) -> str | None:
    return first_meta(
        page, "og:description", "description", "twitter:description", "dc.description"
    )


SUBTITLE_SOURCES: tuple[Callable[[Page], str | None], ...] = (
    _subtitle_visible,
    _subtitle_ld,
    _subtitle_meta,
)


# ---------------------------------------------------------------------------
# Section and tags


def _section_meta(page: Page) -> str | None:
    return first_meta(page, "article:section", "parsely-section", "section", "category")


def _section_ld(page: Page) -> str | None:
    return value_text(ld_value(page, "articleSection"))


SECTION_SOURCES: tuple[Callable[[Page], str | None], ...] = (_section_meta, _section_ld)

_TAG_SPLIT = re.compile(r"\s*[,;]\s*")
MAX_TAGS = 100
"""Most tags kept; keyword lists longer than this are SEO filler."""


def _split_tags(values: Iterable[Any], depth: int = 0) -> tuple[str, ...]:
    tags: list[str] = []
    for value in itertools.islice(values, MAX_JSONLD_OBJECTS):
        if isinstance(value, list):
            if depth < MAX_VALUE_DEPTH:
                tags.extend(_split_tags(value, depth + 1))
            continue
        text = value_text(value)
        if text:
            tags.extend(t for t in _TAG_SPLIT.split(text) if t)
    return dedupe(tags)[:MAX_TAGS]


def _tags_article(page: Page) -> tuple[str, ...]:
    return _split_tags(page.meta.get("article:tag", ()))


def _tags_keywords(page: Page) -> tuple[str, ...]:
    for key in ("news_keywords", "keywords", "parsely-tags", "sailthru.tags"):
        tags = _split_tags(page.meta.get(key, ()))
        if tags:
            return tags
    return ()


def _tags_ld(page: Page) -> tuple[str, ...]:
    return _split_tags([ld_value(page, "keywords")])


TAG_SOURCES: tuple[Callable[[Page], tuple[str, ...]], ...] = (
    _tags_article,
    _tags_keywords,
    _tags_ld,
)


# ---------------------------------------------------------------------------
# Lead images


def _credit_of(obj: dict[str, Any]) -> ImageCredit | None:
    text = value_text(obj.get("creditText"))
    if text:
        return parse_credit(text)
    for key in ("copyrightHolder", "author", "creator"):
        people = ld_people(obj.get(key))
        names = people.persons or people.organisations
        if names:
            return parse_credit(" / ".join(names[:2]))
    return None


def _ld_images(value: Any, base: str | None) -> list[Image]:
    images: list[Image] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:50]:
        if isinstance(item, str):
            url = absolute_url(item, base)
            if url:
                images.append(Image(url=url))
        elif isinstance(item, dict):
            url = absolute_url(
                value_text(item.get("url")) or value_text(item.get("contentUrl")), base
            )
            if url:
                images.append(
                    Image(url=url, caption=value_text(item.get("caption")), credit=_credit_of(item))
                )
    return images


def _images_ld(page: Page) -> tuple[Image, ...]:
    base = page.url or canonical_link(page)
    return tuple(_ld_images(ld_value(page, "image"), base))


def _images_meta(page: Page) -> tuple[Image, ...]:
    base = page.url or canonical_link(page)
    alt = first_meta(page, "og:image:alt", "twitter:image:alt")
    images = []
    for key in (
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ):
        for value in page.meta.get(key, ()):
            url = absolute_url(value, base)
            if url:
                images.append(Image(url=url, alt=alt))
    return tuple(images)


def _lead_images(page: Page) -> tuple[Image, ...]:
    """JSON-LD images first (they carry captions and credits), then meta images, once each."""
    seen: set[str] = set()
    out: list[Image] = []
    for image in (*_images_ld(page), *_images_meta(page)):
        if image.url and image.url not in seen:
            seen.add(image.url)
            out.append(image)
    return tuple(out)


# ---------------------------------------------------------------------------
# Entry point


def _article_body(page: Page) -> str | None:
    value = ld_value(page, "articleBody")
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if not isinstance(value, str) or len(value) > MAX_ARTICLE_BODY_CHARS:
        return None
    return value.strip() or None


def extract_metadata(
    tree: lxml.html.HtmlElement, *, url: str | None, now: dt.datetime | None
) -> Metadata:
    """Read the article's metadata from the page.

    Args:
        tree: the parsed page; it is not modified.
        url: the page's URL, to resolve relative links and as the date's last resort.
        now: the moment of parsing; later dates are rejected (default: the current time).

    Returns:
        The metadata; a field no source gives is ``None`` or ``()``.
    """
    page = read_page(tree, url, now)
    return Metadata(
        title=_find_title(page),
        subtitle=first_found(SUBTITLE_SOURCES, page),
        authors=find_authors(page),
        published=find_published(page),
        modified=first_found(MODIFIED_SOURCES, page),
        language=first_found(LANGUAGE_SOURCES, page),
        site_name=first_found(SITE_NAME_SOURCES, page),
        canonical_url=first_found(CANONICAL_SOURCES, page),
        section=first_found(SECTION_SOURCES, page),
        tags=first_found(TAG_SOURCES, page) or (),
        lead_images=_lead_images(page),
        article_body=_article_body(page),
    )
