"""Page metadata: JSON-LD, OpenGraph, meta tags, microdata, the visible byline.

The page is read once into a :class:`_Page`: every ``<meta>`` tag into a dict,
every JSON-LD block parsed once and flattened into its objects. Each field then
comes from an ordered tuple of finders (``TITLE_SOURCES``, ``AUTHOR_SOURCES`` …):
the first finder that returns something wins. docs/extraction-metadata.md lists
the order for every field.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import logging
import re
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

import attrs
import lxml.etree
import lxml.html

from articlekit._credits import parse_credit
from articlekit._dates import (
    MAX_SEARCH_TEXT,
    date_from_url,
    parse_date,
    parse_short_year_date,
    search_date,
)
from articlekit._models import Image, ImageCredit
from articlekit._text import normalize_space

__all__ = ["Metadata", "extract_metadata"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


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

MAX_JSONLD_CHARS = 2_000_000
"""Largest JSON-LD block parsed. Blocks that carry the whole articleBody reach a
few hundred kilobytes; past this it is not metadata worth the parsing time."""

MAX_JSONLD_OBJECTS = 500
"""Most JSON-LD objects collected from one page (item lists of related articles
can be long; the article itself comes first)."""

MAX_JSONLD_DEPTH = 6
"""Deepest nesting searched for typed objects: WebPage > mainEntity > NewsArticle
> author > Person is four levels; deeper objects are not the page's article."""

MAX_VALUE_DEPTH = 4
"""Deepest list or object nesting read inside one JSON-LD value: a list of
ImageObjects, each with a name, is two."""

MAX_FIELD_CHARS = 1000
"""Longest metadata string kept (a description, a headline); longer is junk."""

MAX_TITLE_CHARS = 400
"""Longest headline accepted; longer h1 elements hold more than a headline."""

MAX_BYLINE_CHARS = 200
"""Longest byline element read for names: "By A, B and C | Staff Writers | Updated
…" fits; an author box with a biography does not, and its name element is read
instead."""

MAX_AUTHORS = 50
"""Most authors read from one source; longer lists are not bylines."""

MAX_BYLINE_GROUPS = 5
"""How many separate byline elements are tried, in page order, before giving up."""

MAX_TRAILING_WORDS = 3
"""Most words dropped from before a byline's date: "am Montag, den" is three."""

MAX_TEXT_BYLINE_CHARS = 80
"""Longest plain text read as a byline by its wording ("By Jane Doe and John Roe")."""

MAX_NAME_CHARS = 60
"""Longest person name accepted."""

MAX_NAME_WORDS = 6
"""Most words in a person name ("Maria de la Cruz Fernández López" has six)."""

MAX_H1 = 3
"""How many h1 elements are compared with the metadata titles: pages put the site
logo or a section name in an h1 before the headline, rarely more than two."""

MIN_SITE_NAME_CHARS = 3
"""Shortest site name looked for inside a byline part: a two- or three-letter
brand ("ORF", "BR") would match inside people's names."""

MAX_SITE_SEGMENT_CHARS = 40
"""Longest title segment taken for a variant of the site name ("Example Wire -
Local News" after "|"); a longer segment containing the name is a headline."""

MAX_KICKER_WORDS = 5
"""Most words of a kicker run into an h1 before the metadata title
("Einheit der Woche", "Forderungsausfälle vermeiden")."""

MIN_LONE_H1_WORDS = 2
"""Fewest words in an h1 that wins over metadata titles it does not match: one
word ("News", "Details") is a section label, not the headline, unless the
metadata title contains it. Two-word h1s were short headlines on the
trafilatura set (2 gained, none lost against a bound of 3)."""

MEDIA_DEPTH = 4
"""How many ancestors of a standfirst candidate are checked for a figure, a player
or a dialog around it: a caption sits in figcaption > div > figure."""

MAX_SUBTITLE_CHARS = 600
"""Longest standfirst accepted; longer is the first paragraph of the text."""

MIN_SUBTITLE_CHARS = 20
"""Shortest standfirst accepted; shorter is a kicker or a label."""

MAX_META_VALUES = 20
"""Most values kept for one meta name; pages repeat article:tag a dozen times,
more is a template loop."""

MAX_SCRIPT_SEARCH_CHARS = 2_000_000
"""Characters of inline script searched for a publication date, all scripts
together: a page's state is some 500 KB; a 20 MB page of script is hostile."""

MAX_SIGNATURE_PARAGRAPHS = 2000
"""Most paragraphs looked at for a signing name; long articles have some 200."""

MAX_SIGNATURE_SIBLINGS = 50
"""Siblings after a signing name looked at for more text."""

MIN_DESCRIBED_NAME_WORDS = 2
"""Words of each name before a description ("Von Jane Doe, Projektleiterin in
Tunis"): a one-word "name" there starts a sentence ("Von Einheimischen, Gästen und
vielen Kühen") in the dev pages, never a byline."""

MIN_SIGNATURE_WORDS = 2
"""Words of a signing name: a first name and a surname; one bold word under a
text is a heading or an exclamation more often than a name."""

MAX_TIME_ELEMENTS = 50
"""Most <time> elements looked at; the article's own come first, a long list
after them is an archive or a comment thread."""

MAX_VISIBLE_STEPS = 20_000
"""Most elements and tails the walk for printed dates and bylines visits. The
largest development page yields 2,700 short texts in about three times as many
steps; a page past this is a template loop, and its date line came early."""

MAX_ZONE_HOURS = 10
"""Largest UTC offset assumed when a printed day corrects a UTC time: Europe,
the Americas, India, China, Japan and eastern Australia lie within ten hours;
a UTC time further from midnight is the same day there."""

MAX_VISIBLE_DATES = 10
"""How many dates printed in the page are looked at for one in a marked date line."""

DATE_MARK_DEPTH = 3
"""How many ancestors of a printed date are checked for a date-line class: the
date sits in a span, in a "post-meta" paragraph, in the article header."""

# ---------------------------------------------------------------------------
# The elements the finders read, collected in one pass over the page

# Whole words of a class, so that "leaderboard" is no "lead" and "dekor" no "dek".
_STANDFIRST_CLASS = re.compile(
    r"(?<![a-z])(?:standfirst|subtitle|sub-title|subheadline|sub-headline|dek|lead|lede|"
    r"intro|summary|excerpt|abstract)(?![a-z])",
    re.IGNORECASE,
)
# Utility CSS classes name a look, not a role: "text-subtitle1" is a font size.
_UTILITY_CLASS = re.compile(r"(?<!\S)(?:text|font|typo|type|fs|md|lg|sm|xl)[-:]\S*")
_BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)
# Links to an author's page: /author/jane-doe, /autoren/doe-jane, /journalist/…
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autores?|journalists?|journalisten|redakteure?|"
    r"redaktion/[^/?#]+|staff|people|profiles?/journalists?)/[^/?#]",
    re.IGNORECASE,
)
_CLASS_WORDS = re.compile(f"{_STANDFIRST_CLASS.pattern}|{_BYLINE_CLASS.pattern}", re.IGNORECASE)
_STANDFIRST_TAGS = frozenset({"p", "div", "h2", "span", "section"})
_NOT_BYLINE_TAGS = frozenset(
    {"script", "style", "img", "meta", "link", "input", "textarea", "button", "svg", "form"}
)
_ElementList = list[lxml.html.HtmlElement]

# Plain substrings of every word _CLASS_WORDS matches, tried on an ASCII class
# in lower case first: on the development pages one regex search per class was
# a third of the metadata stage, the substring tests a quarter of that.
_CLASS_SUBSTRINGS = re.compile(
    "author|byline|standfirst|sub|dek|lead|lede|intro|summary|excerpt|abstract"
)
# The only tags read for what they are rather than for their class.
_TAGS_READ = frozenset({"meta", "script", "title", "link", "h1", "time", "a"})


def _may_name_role(marker: str) -> bool:
    """Whether a class or id can hold a _CLASS_WORDS word; true for any non-ASCII one."""
    # Case-blind regexes take some non-ASCII letters (dotless i, long s) for ASCII ones.
    return not marker.isascii() or _CLASS_SUBSTRINGS.search(marker.lower()) is not None


@attrs.frozen
class _ClassRole:
    """What a class attribute says an element is; one verdict per distinct class."""

    named: bool  # it holds a byline or standfirst word
    byline: bool
    standfirst: bool


_NO_ROLE = _ClassRole(named=False, byline=False, standfirst=False)


def _class_role(marker: str) -> _ClassRole:
    if not (_may_name_role(marker) and _CLASS_WORDS.search(marker)):
        return _NO_ROLE
    return _ClassRole(
        named=True,
        byline=_BYLINE_CLASS.search(marker) is not None,
        standfirst=_STANDFIRST_CLASS.search(_UTILITY_CLASS.sub(" ", marker)) is not None,
    )


@attrs.frozen
class _Elements:
    """Elements of the page that some finder reads, in document order."""

    metas: _ElementList = attrs.field(factory=list)
    jsonld: _ElementList = attrs.field(factory=list)
    scripts: _ElementList = attrs.field(factory=list)
    titles: _ElementList = attrs.field(factory=list)
    canonical: list[str] = attrs.field(factory=list)
    h1s: _ElementList = attrs.field(factory=list)
    times: _ElementList = attrs.field(factory=list)
    itemprops: _ElementList = attrs.field(factory=list)
    rel_authors: _ElementList = attrs.field(factory=list)
    author_links: _ElementList = attrs.field(factory=list)
    bylines: _ElementList = attrs.field(factory=list)
    standfirsts: _ElementList = attrs.field(factory=list)
    # Document position of the h1s and standfirsts, to tell what follows the headline.
    order: dict[lxml.html.HtmlElement, int] = attrs.field(factory=dict)


def _collect_elements(tree: lxml.html.HtmlElement) -> _Elements:
    """One pass over the page: a dozen XPath queries cost ten times more."""
    found = _Elements()
    # A page repeats its classes: on the development pages four elements in
    # five carry a class already judged.
    roles: dict[str, _ClassRole] = {}
    # Elements only: lxml leaves out comments and processing instructions in C.
    for position, element in enumerate(tree.iter(lxml.etree.Element)):
        tag = element.tag
        if tag in _TAGS_READ:
            if tag == "meta":
                found.metas.append(element)
                continue
            if tag == "script":
                if "ld+json" in (element.get("type") or "").lower():
                    found.jsonld.append(element)
                elif not element.get("src"):
                    found.scripts.append(element)
                continue
            if tag == "link":
                if "canonical" in (element.get("rel") or "").lower().split():
                    found.canonical.append(element.get("href") or "")
                continue
            if tag == "title":
                found.titles.append(element)
            elif tag == "h1":
                found.h1s.append(element)
                found.order[element] = position
            elif tag == "time":
                if element.get("datetime"):
                    found.times.append(element)
            elif "author" in (element.get("rel") or "").split():
                found.rel_authors.append(element)
            elif _AUTHOR_HREF.search(element.get("href") or ""):
                found.author_links.append(element)
        itemprop = element.get("itemprop")
        if itemprop:
            found.itemprops.append(element)
            if tag in _STANDFIRST_TAGS and itemprop in ("alternativeHeadline", "description"):
                found.standfirsts.append(element)
                found.order[element] = position
                continue
        marker = element.get("class")
        if marker:
            role = roles.get(marker)
            if role is None:
                role = roles[marker] = _class_role(marker)
            if role.named:
                if tag not in _NOT_BYLINE_TAGS and role.byline:
                    found.bylines.append(element)
                elif tag in _STANDFIRST_TAGS and role.standfirst:
                    found.standfirsts.append(element)
                    found.order[element] = position
                continue
        if tag not in _NOT_BYLINE_TAGS:
            identifier = element.get("id")
            if identifier and _may_name_role(identifier) and _BYLINE_CLASS.search(identifier):
                found.bylines.append(element)
    return found


# The class of a footer or aside that holds the article's own byline and date.
_META_BOX = re.compile(r"(?<![a-z])(?:meta|byline|author)", re.IGNORECASE)
# Classes that mark a region that is not the article's own header: comments,
# related and recommended articles, footers, sidebars, navigation. Ids are not
# read: they are often layout slots named at random ("sidebar" on the column
# that holds the article).
# A word start is required, so that "canvas" is no "nav"; layout flags on a
# wrapper ("content-has-sidebar", "no-comments") describe the page, not the element,
# and so does a CMS's "promoted" flag on the article itself ("node--promoted").
_ELSEWHERE = re.compile(
    r"(?<![a-z])(?<!has-)(?<!with-)(?<!no-)(?:comment|related|recommend|footer|sidebar|promo(?!ted)|newsletter|"
    r"more-from|read-more|readmore|trending|popular|nav|menu|social|share|breadcrumb)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# JSON-LD types

# schema.org types of an article, by kind. Any type ending in "Article" counts too.
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "posting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "review",
        "recipe",
        "howto",
        "videoobject",
        "creativework",
    }
)
_PAGE_TYPES = frozenset(
    {"webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "qapage", "faqpage"}
)
_ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})


def _types(obj: dict[str, Any]) -> frozenset[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return frozenset(v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str) and v)


def _is_article(obj: dict[str, Any]) -> bool:
    types = _types(obj)
    return bool(types & _ARTICLE_TYPES) or any(t.endswith("article") for t in types)


def _is_page(obj: dict[str, Any]) -> bool:
    return bool(_types(obj) & _PAGE_TYPES)


# ---------------------------------------------------------------------------
# Reading the page once


class _Replay(Generic[T]):
    """An iterator read at most once, lazily, and replayed to every later reader.

    Several finders read the page's visible texts, most of them only the first
    few; walking the tree again for each cost a seventh of the metadata stage.
    """

    def __init__(self, source: Iterator[T]) -> None:
        self._source = source
        self._read: list[T] = []
        self._done = False

    def __iter__(self) -> Iterator[T]:
        index = 0
        while True:
            if index == len(self._read):
                if self._done:
                    return
                try:
                    self._read.append(next(self._source))
                except StopIteration:
                    self._done = True
                    return
            yield self._read[index]
            index += 1


@attrs.frozen
class _Page:
    """The page as the finders read it: tree, collected elements, meta tags, JSON-LD."""

    tree: lxml.html.HtmlElement
    elements: _Elements
    url: str | None
    now: dt.datetime | None
    meta: dict[str, list[str]]
    article: dict[str, Any] | None
    webpage: dict[str, Any] | None
    languages: tuple[str, ...] | None
    # JSON-LD objects by their @id, to resolve references.
    ids: dict[str, dict[str, Any]]
    # The page's short visible texts, walked once for the byline and date finders.
    visible: _Replay[tuple[str, lxml.html.HtmlElement]]


def _collect_meta(elements: _Elements) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for element in elements.metas:
        content = element.get("content")
        if content is None:
            continue
        content = normalize_space(html.unescape(content[: MAX_FIELD_CHARS * 4]))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = element.get(attribute)
            if key:
                values = meta.setdefault(key.strip().lower(), [])
                if len(values) < MAX_META_VALUES:
                    values.append(content)
    return meta


def _load_json(text: str) -> Any:
    text = text.strip()
    if not text or len(text) > MAX_JSONLD_CHARS:
        return None
    # Some CMS wrap the block in an HTML comment or CDATA marker.
    for wrapper in ("<!--", "-->", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>"):
        text = text.replace(wrapper, "")
    try:
        return json.loads(text, strict=False)
    except ValueError as error:
        # JSONDecodeError, and the ValueError Python raises for an integer of
        # more than 4300 digits.
        logger.debug("invalid JSON-LD skipped: %s", error)
    except RecursionError:
        logger.debug("JSON-LD nested too deep to parse, skipped")
    return None


def _walk(value: Any, depth: int, out: list[dict[str, Any]]) -> None:
    """Collect every dict with a @type, parents before children (breadth first)."""
    queue: list[tuple[Any, int]] = [(value, depth)]
    index = 0
    while index < len(queue) and len(out) < MAX_JSONLD_OBJECTS:
        item, level = queue[index]
        index += 1
        if level > MAX_JSONLD_DEPTH:
            continue
        if isinstance(item, list):
            queue.extend((child, level) for child in item[:MAX_JSONLD_OBJECTS])
        elif isinstance(item, dict):
            if "@type" in item:
                out.append(item)
            for key, child in item.items():
                if isinstance(child, (dict, list)) and key not in ("articleBody", "text"):
                    queue.append((child, level + 1))


def _collect_jsonld(elements: _Elements) -> tuple[dict[str, Any], ...]:
    objects: list[dict[str, Any]] = []
    for script in elements.jsonld:
        data = _load_json(script.text or "")
        if data is not None:
            _walk(data, 0, objects)
    return tuple(objects)


def _same_page(candidate: Any, urls: Iterable[str | None]) -> bool:
    if isinstance(candidate, dict):
        candidate = candidate.get("@id") or candidate.get("url")
    if not isinstance(candidate, str):
        return False
    wanted = {_url_key(u) for u in urls if u}
    return _url_key(candidate) in wanted


def _split_url(url: str) -> urllib.parse.SplitResult | None:
    try:
        return urllib.parse.urlsplit(url.strip())
    except ValueError:
        # "http://[::1" and other malformed hosts.
        logger.debug("malformed URL %r", url[:200])
        return None


def _url_key(url: str) -> str:
    parts = _split_url(url)
    if parts is None:
        return url
    return (parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")).lower()


def _choose_article(
    objects: tuple[dict[str, Any], ...], urls: Iterable[str | None]
) -> dict[str, Any] | None:
    articles = [o for o in objects if _is_article(o)]
    if not articles:
        return None
    url_list = list(urls)
    for article in articles:
        for key in ("url", "mainEntityOfPage", "@id"):
            if _same_page(article.get(key), url_list):
                return article
    # Breadth-first order puts the page's own article before nested related ones;
    # among equals, the one with a headline and a date is the article.
    for article in articles:
        if article.get("headline") and article.get("datePublished"):
            return article
    return articles[0]


def _read_page(tree: lxml.html.HtmlElement, url: str | None, now: dt.datetime | None) -> _Page:
    elements = _collect_elements(tree)
    meta = _collect_meta(elements)
    objects = _collect_jsonld(elements)
    canonical = [*elements.canonical[:1], *meta.get("og:url", [])]
    article = _choose_article(objects, [url, *canonical])
    webpage = next((o for o in objects if _is_page(o)), None)
    language = _html_lang(tree)
    languages = (language,) if language else None
    return _Page(
        tree=tree,
        elements=elements,
        url=url,
        now=now,
        meta=meta,
        article=article,
        webpage=webpage,
        languages=languages,
        ids={o["@id"]: o for o in objects if isinstance(o.get("@id"), str)},
        visible=_Replay(_walk_visible_texts(tree)),
    )


# ---------------------------------------------------------------------------
# Small readers


def _text(value: Any, depth: int = 0) -> str | None:
    """A JSON-LD or attribute value as clean text; numbers and junk give None."""
    if depth > MAX_VALUE_DEPTH:
        # json.loads accepts nesting close to Python's recursion limit; a
        # recursive reader of it must stop well before.
        return None
    if isinstance(value, list):
        for item in value[:MAX_JSONLD_OBJECTS]:
            text = _text(item, depth + 1)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return _text(value.get("@value") or value.get("name"), depth + 1)
    if not isinstance(value, str):
        return None
    value = value[: MAX_FIELD_CHARS * 4]
    text = normalize_space(html.unescape(value) if "&" in value else value)
    if not text or len(text) > MAX_FIELD_CHARS:
        return None
    # Entities can hide tags ("&lt;b&gt;"); a value with markup left is not text.
    if "<" in text and ">" in text:
        text = normalize_space(_strip_tags(text))
    return text or None


_TAG = re.compile(r"<[^<>]{0,200}>")


def _strip_tags(text: str) -> str:
    return _TAG.sub(" ", text)


def _first_meta(page: _Page, *keys: str) -> str | None:
    for key in keys:
        for value in page.meta.get(key, ()):
            text = _text(value)
            if text:
                return text
    return None


def _element_text(element: lxml.html.HtmlElement) -> str:
    return normalize_space(element.text_content())


def _first(finders: Iterable[Callable[[_Page], T | None]], page: _Page) -> T | None:
    for finder in finders:
        value = finder(page)
        if value:
            return value
    return None


def _ld(page: _Page, key: str) -> Any:
    if page.article is not None and page.article.get(key) not in (None, "", []):
        return page.article.get(key)
    return None


def _ld_page(page: _Page, key: str) -> Any:
    if page.webpage is not None:
        return page.webpage.get(key)
    return None


# Taxonomy classes that CMSs put on the article itself ("category-popular",
# "tag-social-media"): they name the article's topics, not a page region.
_TAXONOMY_CLASS = re.compile(r"(?<!\S)(?:category|tag|post|format|type|topic|section)-\S*")


_FOOTER_WORD = re.compile(r"footer", re.IGNORECASE)


def _marks_elsewhere(marker: str, *, inside_article: bool = False) -> bool:
    """Whether a class marks a region outside the article's own text and header."""
    marker = _TAXONOMY_CLASS.sub(" ", marker)
    if inside_article:
        # Inside <article> or <main>, a footer is the article's own.
        marker = _FOOTER_WORD.sub(" ", marker)
    return _ELSEWHERE.search(marker) is not None


def _marked_elsewhere(element: lxml.html.HtmlElement) -> bool:
    """Whether an element's own class marks comments, related links, a footer …"""
    marker = element.get("class", "")
    return bool(marker) and _marks_elsewhere(marker)


def _is_elsewhere(element: lxml.html.HtmlElement, *, meta_boxes: bool = False) -> bool:
    """Whether an element sits in comments, related articles, a footer or a sidebar.

    With ``meta_boxes``, a footer or aside classed as the article's meta line or
    byline ("<aside class="meta">", "<footer class="entry-meta">") is the article's own.
    """
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            # Page-wide classes ("has-sidebar", "share-enabled") say nothing of the element.
            break
        if ancestor.tag in ("footer", "aside", "nav") and not (
            meta_boxes and ancestor.tag != "nav" and _META_BOX.search(ancestor.get("class") or "")
        ):
            return True
        # Classes only: ids are often layout slots named at random ("sidebar" on
        # the column that holds the article).
        if _marked_elsewhere(ancestor):
            return True
    return False


# ---------------------------------------------------------------------------
# Site name, language, canonical URL


def _site_og(page: _Page) -> str | None:
    return _first_meta(page, "og:site_name")


def _site_ld(page: _Page) -> str | None:
    publisher = _ld(page, "publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict):
        return _text(publisher.get("name"))
    return None


def _site_meta(page: _Page) -> str | None:
    return _first_meta(page, "application-name", "publisher", "dc.publisher", "twitter:site")


def _site_meta_clean(page: _Page) -> str | None:
    name = _site_meta(page)
    if name and name.startswith("@"):
        return None
    return name


SITE_NAME_SOURCES: tuple[Callable[[_Page], str | None], ...] = (
    _site_og,
    _site_ld,
    _site_meta_clean,
)

_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().split(",")[0].strip()
    if not _LANGUAGE_CODE.match(value):
        return None
    parts = value.replace("_", "-").split("-")
    code = parts[0].lower()
    rest = [p.upper() if len(p) == 2 else p for p in parts[1:]]
    return "-".join([code, *rest])


def _html_lang(tree: lxml.html.HtmlElement) -> str | None:
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")):
        code = _language_code(value)
        if code:
            return code
    return None


def _lang_html(page: _Page) -> str | None:
    return page.languages[0] if page.languages else None


def _lang_og(page: _Page) -> str | None:
    return _language_code(_first_meta(page, "og:locale"))


def _lang_meta(page: _Page) -> str | None:
    return _language_code(_first_meta(page, "content-language", "language", "dc.language"))


def _lang_ld(page: _Page) -> str | None:
    return _language_code(_text(_ld(page, "inLanguage")))


LANGUAGE_SOURCES: tuple[Callable[[_Page], str | None], ...] = (
    _lang_html,
    _lang_og,
    _lang_meta,
    _lang_ld,
)


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if url.startswith("data:") or len(url) > MAX_FIELD_CHARS * 2:
        return None
    if base:
        try:
            url = urllib.parse.urljoin(base, url)
        except ValueError:
            # A malformed base (an IPv6 host with a bad bracket): keep the URL as given.
            logger.debug("cannot resolve %r against %r", url, base)
    elif url.startswith("//"):
        url = "https:" + url
    parts = _split_url(url)
    return url if parts is not None and parts.scheme in ("http", "https") else None


def _link_canonical(page: _Page) -> str | None:
    for href in page.elements.canonical:
        if href.strip():
            return href.strip()
    return None


def _canonical_link(page: _Page) -> str | None:
    return _absolute(_link_canonical(page), page.url)


def _canonical_og(page: _Page) -> str | None:
    return _absolute(_first_meta(page, "og:url"), page.url)


CANONICAL_SOURCES: tuple[Callable[[_Page], str | None], ...] = (_canonical_link, _canonical_og)


# ---------------------------------------------------------------------------
# Title


_TITLE_SEPARATOR = re.compile(r"\s+[|–—\-:·»/]{1,2}\s+|\s*\|\s*|\s+::\s+|:\s+")


_NON_WORD_RUN = re.compile(r"\W+")


def _fold(text: str) -> str:
    return _NON_WORD_RUN.sub(" ", text.casefold()).strip()


def _site_names(page: _Page) -> list[str]:
    names = [n for n in (_site_og(page), _site_ld(page), _site_meta_clean(page)) if n]
    parts = _split_url(page.url or _canonical_link(page) or "")
    host = parts.netloc.lower() if parts is not None else ""
    if host:
        host = host.removeprefix("www.")
        names.append(host)
        names.append(host.split(".")[0])
    return [folded for folded in map(_fold, names) if folded]


def _is_site_segment(segment: str, sites: list[str], *, exact: bool = False) -> bool:
    """Whether a title segment is the site's name (or, unless exact, a variant of it)."""
    folded = _fold(segment)
    if not folded:
        return True
    squeezed = folded.replace(" ", "")
    return any(
        folded == site
        or squeezed == site.replace(" ", "")
        or (
            not exact
            and len(site) > 3
            and (site in folded or folded in site)
            and len(folded) < MAX_SITE_SEGMENT_CHARS
        )
        for site in sites
    )


def _is_loose_separator(separator: str) -> bool:
    # "Site: Headline" has no space before its colon, and headlines use the same
    # colon after a kicker ("Kate Moss on the cover: …"): only an exact site name
    # is cut at such a colon.
    return separator.startswith(":")


def _strip_site(title: str, sites: list[str]) -> str:
    """Remove the site name and the separators around it from a title."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    separators = _TITLE_SEPARATOR.findall(title)
    # Drop site segments from the end, then from the start.
    while len(parts) > 1 and _is_site_segment(
        parts[-1], sites, exact=_is_loose_separator(separators[-1])
    ):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and _is_site_segment(
        parts[0], sites, exact=_is_loose_separator(separators[0])
    ):
        parts.pop(0)
        separators.pop(0)
    # A site name in the middle ("Headline : Site-Archiv | Site motto | Since
    # 2005") ends the headline: what follows it is the site's too.
    for index in range(1, len(parts)):
        if _is_site_segment(parts[index], sites, exact=_is_loose_separator(separators[index - 1])):
            parts, separators = parts[:index], separators[: index - 1]
            break
    rebuilt = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        rebuilt += separator + part
    return rebuilt.strip()


# Parts of a headline element that are not the headline: the kicker (the line
# above it, a section label) ...
_KICKER = re.compile(
    r"kicker|dachzeile|overline|topline|eyebrow|roofline|supertitle|overtitle|surtitre|"
    r"antetitulo|spitzmarke|categor|section|rubri|sub-?heading",
    re.IGNORECASE,
)
# ... and text hidden from sight, such as the ": " read to screen readers between
# kicker and headline.
_HIDDEN = re.compile(r"visually-?hidden|sr-only|screen-reader|offscreen|hidden", re.IGNORECASE)


def _skipped_in_headline(node: lxml.html.HtmlElement) -> bool:
    if not isinstance(node.tag, str) or node.tag in _SKIPPED_TAGS:
        return True
    marker = node.get("class", "")
    return bool(
        node.get("aria-hidden") == "true" or _HIDDEN.search(marker) or _KICKER.search(marker)
    )


def _headline_text(element: lxml.html.HtmlElement) -> str:
    """The text of a headline element without its kicker and hidden separators."""
    parts: list[str] = [element.text or ""]
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
            # What it held ("Kicker<span aria-hidden> – </span>Headline") still
            # parted the words around it.
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
    return normalize_space("".join(parts)).strip(" :|·")


def _h1_texts(page: _Page, sites: list[str]) -> list[str]:
    texts = []
    for element in page.elements.h1s:
        text = _strip_site(_headline_text(element), sites)
        if text and len(text) <= MAX_TITLE_CHARS:
            texts.append(text)
        if len(texts) >= MAX_H1:
            break
    return texts


def _title_ld(page: _Page) -> str | None:
    return _text(_ld(page, "headline")) or _text(_ld(page, "name"))


def _title_og(page: _Page) -> str | None:
    return _first_meta(page, "og:title")


def _title_twitter(page: _Page) -> str | None:
    return _first_meta(page, "twitter:title")


def _title_meta(page: _Page) -> str | None:
    return _first_meta(
        page,
        "parsely-title",
        "sailthru.title",
        "dc.title",
        "title",
        "headline",
        "itemprop:headline",
    )


def _title_microdata(page: _Page) -> str | None:
    for element in page.elements.itemprops:
        if element.get("itemprop") == "headline":
            text = _element_text(element)
            if text and len(text) <= MAX_TITLE_CHARS:
                return text
    return None


def _title_tag(page: _Page) -> str | None:
    for element in page.elements.titles:
        text = _element_text(element)
        if text:
            return text
    return None


# Metadata titles, compared with the page's h1 in this order.
TITLE_SOURCES: tuple[Callable[[_Page], str | None], ...] = (
    _title_ld,
    _title_og,
    _title_twitter,
    _title_meta,
    _title_microdata,
    _title_tag,
)


def _matches(h1: str, title: str, sites: list[str]) -> bool:
    a, b = _fold(h1), _fold(title)
    if not a or not b:
        return False
    if a == b or a == _fold(_strip_site(title, sites)):
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
    a, b = _fold(h1), _fold(title)
    if not b or len(b.split()) < MIN_LONE_H1_WORDS or a == b or not a.endswith(" " + b):
        return False
    return len(a[: -len(b)].split()) <= MAX_KICKER_WORDS


def _find_title(page: _Page) -> str | None:
    sites = _site_names(page)
    titles = [t for t in (finder(page) for finder in TITLE_SOURCES) if t]
    h1s = _h1_texts(page, sites)
    # An h1 with a metadata title's very words first, whichever h1 it is: the
    # first h1 is often a section or the site ("News", then the headline).
    for h1 in h1s:
        for title in titles:
            if _fold(h1) == _fold(title):
                # The same words: the metadata keeps the punctuation that hidden
                # separators and inline markup lose in the h1's text, but the
                # page prints the typographic quotes and dashes the metadata
                # often flattens to ASCII.
                return h1 if _typewriter(h1) == _typewriter(title) else title
    if len(h1s) > 1:
        # Several h1s, one the site's name: the title tag puts the headline first
        # ("Headline | Site Name").
        for h1 in h1s:
            for title in titles:
                segments = _TITLE_SEPARATOR.split(title, maxsplit=1)
                if len(segments) > 1 and _fold(segments[0]) == _fold(h1):
                    return h1
    for h1 in h1s:
        for title in titles:
            stripped = _strip_site(title, sites)
            if _kicker_in_h1(h1, stripped):
                return stripped
        if any(_matches(h1, title, sites) for title in titles):
            return h1
    # One h1 that no metadata title matches is still the headline as shown,
    # unless it is the site's name (a logo in an h1).
    if (
        len(h1s) == 1
        and not _is_site_segment(h1s[0], sites)
        and (
            len(h1s[0].split()) >= MIN_LONE_H1_WORDS
            or any(_fold(h1s[0]) in _fold(title) for title in titles)
        )
    ):
        return h1s[0]
    stripped_titles = [t for t in (_strip_site(title, sites) for title in titles) if t]
    for stripped in stripped_titles:
        for longer in stripped_titles:
            # An attribute cut at its first quotation mark (content="… de "word"")
            # is the start of another source's title.
            rest = longer[len(stripped) :].lstrip()
            if longer.startswith(stripped) and rest[:1] in _QUOTE_MARKS and rest[:1]:
                return longer
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
            if isinstance(node.tag, str) and node.tag not in _SKIPPED_TAGS:
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


def _subtitle_visible(page: _Page) -> str | None:
    """The first standfirst that follows the headline, outside related links."""
    order = page.elements.order
    h1s = page.elements.h1s
    start = order.get(h1s[0], -1) if h1s else -1
    for element in page.elements.standfirsts:
        if order.get(element, -1) <= start or _is_elsewhere(element) or _in_media(element):
            continue
        text = _visible_text(element)
        if MIN_SUBTITLE_CHARS <= len(text) <= MAX_SUBTITLE_CHARS:
            return text
    return None


def _subtitle_ld(page: _Page) -> str | None:
    return _text(_ld(page, "description"))


def _subtitle_meta(page: _Page) -> str | None:
    return _first_meta(
        page, "og:description", "description", "twitter:description", "dc.description"
    )


SUBTITLE_SOURCES: tuple[Callable[[_Page], str | None], ...] = (
    _subtitle_visible,
    _subtitle_ld,
    _subtitle_meta,
)


# ---------------------------------------------------------------------------
# Authors

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_BY_PREFIX = re.compile(
    r"^(?:interview\s*:\s*)?(?:(?:written|reported|posted|text|texte|story|words|interview|photos?)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|przez|de|autor(?:in)?|author|text|"
    r"(?:erstellt|geschrieben|verfasst|eingestellt)\s+von|ein\s+beitrag\s+von|quelle|source)"
    r"\s*:?\s+"
    # "Interview: Jane Doe", the interviewer credited without "by".
    r"|^interview\s*:\s*",
    re.IGNORECASE,
)
# Words that join two names in a byline.
_NAME_JOINER = re.compile(r"\s*(?:[,;/&+|•·]|\s(?:and|und|et|y|e|i|en|og|och|ja|és|a)\s)\s*")
# Roles printed with a name; a part that is only a role is dropped.
_ROLES = frozenset(
    {
        "reporter",
        "staff writer",
        "staff",
        "writer",
        "editor",
        "senior editor",
        "contributing editor",
        "contributor",
        "correspondent",
        "senior correspondent",
        "foreign correspondent",
        "columnist",
        "journalist",
        "redakteur",
        "redakteurin",
        "autor",
        "autorin",
        "author",
        "editorial",
        "editorial staff",
        "photographer",
        "rédaction",
        "redacción",
        "redazione",
        "redactie",
        "news desk",
        "the associated press",
        "rechtsanwalt",
        "rechtsanwältin",
        "attorney",
        "lawyer",
    }
)
# Words that no person name contains: a part holding one is not a name.
_NOT_NAME = re.compile(
    r"\b(?:updated?|published|posted|comments?|share|follow|read|more|min(?:ute)?s?|"
    r"photos?|image|video|ago|aktualisiert|veröffentlicht|uhr|mis à jour|publié|"
    r"actualizado|publicado|subscribe|newsletter|profile|email|twitter|facebook|"
    r"instagram|linkedin|view all|all posts|articles?|stories|about|publiziert|zeige|"
    r"weiterlesen|beiträge|artikel|фото|foto|bild|copyright|rights|publisher|no author|anonym\w*|"
    r"anónimo|unknown|admin|phd|md|mba|kommentar|designed|sagt|says|stand|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_BYLINE_PUNCTUATION = " ,|·•–—-:"
# What stands before a date in a byline: a preposition, a label, a weekday or
# the month of a month-first date ("CBS News February 3, 2022").
_TRAILING_PREPOSITION = re.compile(
    r"\s(?:am|on|le|el|il|op|den|du|vom|at|um|de|del|published|updated|stand|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?$",
    re.IGNORECASE,
)
# Legal forms, newsroom words and kinds of public body or club that mark an
# organisation's name ("Example Verband", "Die Partei Bundestagsfraktion").
_ORGANISATION_NAME = re.compile(
    r"\b(?:gmbh|ag|e\.\s?v|ltd|inc|llc|plc|s\.a|media|verlag|redaktion|redacción|"
    r"rédaction|redazione|stiftung|ministerium|departement|department|agencies|"
    r"agency|abteilung|\w*fraktion|verband|verein|feuerwehr|polizei|police|association|"
    r"institute|university|universität)\b\.?",
    re.IGNORECASE,
)
# A name that is a host name ("example.com", "Motorsport-Total.com") names a site;
# a generic or two-letter country domain only, so that a user name ("jane.doe") is
# no host.
_HOST_NAME = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|news|online|media|[a-z]{2})", re.IGNORECASE
)
_ROLE_SUFFIX = re.compile(
    r",?\s+(?:is\s+(?:a|an|the)\s+.*|(?:staff|senior|chief|political|foreign)\s+\w+.*)$",
    re.IGNORECASE,
)


# Role words printed after a name ("Christoph Hein Chefredakteur", "신현주 기자").
_TRAILING_ROLES = frozenset(
    {
        "reporter",
        "correspondent",
        "editor",
        "journalist",
        "journalistin",
        "redakteur",
        "redakteurin",
        "chefredakteur",
        "chefredakteurin",
        "autor",
        "autorin",
        "기자",
        "記者",
        "特派員",
    }
)
# Words that end a role description after a name.
_ROLE_WORDS = _TRAILING_ROLES | {"writer", "columnist", "contributor", "staff", "producer"}
_BRACKETED = re.compile(r"\([^()]{0,40}\)?|\[[^\[\]]{0,40}\]?")
# Lower-case words inside names ("Ursula von der Leyen", "Maria de la Cruz").
_NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "zu",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "dos",
        "das",
        "do",
    }
)
# Two single words joined by "&": a section or company name ("Recht & Gesetz",
# "Simon & Schuster"); persons in a byline carry full names.
_WORD_PAIR = re.compile(r"[^\W\d_]+ ?& ?[^\W\d_]+")
_BY_WORDS = frozenset({"by", "von", "par", "por", "di", "door", "av", "af", "de", "przez"})


def _ends_in_role(words: list[str]) -> bool:
    """Whether a name's last word is a role printed after it ("Jane Doe Redakteurin").

    A role after one capitalised word is part of a pen name ("Rasender Reporter");
    scripts without case print the role after a one-word name ("신현주 기자").
    """
    if len(words) < 2 or words[-1].casefold() not in _TRAILING_ROLES:
        return False
    return len(words) > 2 or not words[0][0].isupper()


def _clean_name(part: str, *, visible: bool) -> str | None:
    # Soft hyphens break long words in narrow bylines ("Mat\xadthi\xadas").
    part = _BRACKETED.sub(" ", part.replace("\xad", ""))
    part = normalize_space(part).strip(" .,:;-–—|\"'“”©")
    part = _BY_PREFIX.sub("", part).strip(" .,:;-–—|")
    part = _ROLE_SUFFIX.sub("", part).strip(" .,:;-–—|")
    words = part.split()
    while _ends_in_role(words):
        words.pop()
    half = len(words) // 2
    if half and words[:half] == words[half:]:
        # A link holding the name twice (an image's alt text and the name).
        words = words[:half]
    part = " ".join(words)
    if not part or len(part) > MAX_NAME_CHARS or len(words) > MAX_NAME_WORDS:
        return None
    folded = part.casefold()
    if (
        folded in _ROLES
        or folded.removesuffix("s") in _ROLES
        or folded in _BY_WORDS
        or _DIGIT.search(part)
        or _NOT_NAME.search(part)
    ):
        return None
    if not any(ch.isalpha() for ch in part) or any(ch in "()[]{}<>" for ch in part):
        return None
    # Page text is noisier than metadata: a visible name starts with a capital
    # (or a letter of a script without case).
    if visible and (
        part[0].islower()
        or any(w[0].islower() and w.casefold() not in _NAME_PARTICLES for w in words)
    ):
        return None
    return part


def _names_from_text(text: str, *, visible: bool = False) -> list[str]:
    """Split a byline ("By Jane Doe and John Roe, Staff Writers") into names."""
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = normalize_space(text)
    text = _BY_PREFIX.sub("", text)
    if visible and _WORD_PAIR.fullmatch(text):
        # "Recht & Gesetz", "Food & Drink": a section's name, not two persons.
        return []
    if visible:
        # A printed byline runs on into its date ("Von Jane Doe am 21. April
        # 2020"): no name holds a digit, so the names end before the first
        # one, without the preposition, label or weekday before it. Metadata
        # values are kept whole ("Bündnis 90/Die Grünen" is one name there).
        text = _DIGIT.split(text, 1)[0].rstrip(_BYLINE_PUNCTUATION)
        for _ in range(MAX_TRAILING_WORDS):
            shorter = _TRAILING_PREPOSITION.sub("", text).rstrip(_BYLINE_PUNCTUATION)
            if shorter == text:
                break
            text = shorter
    names = []
    for index, part in enumerate(_NAME_JOINER.split(text)):
        words = part.split()
        if index and words and words[-1].casefold().removesuffix("s") in _ROLE_WORDS:
            # After a comma, a part ending in a role describes the name before
            # it ("Tom Krisher, AP Auto Writer").
            continue
        name = _clean_name(part, visible=visible)
        if name:
            names.append(name)
    return names


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = _fold(value)
        if key and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


@attrs.frozen
class _Names:
    """Names a source gives: persons, and organisations kept apart."""

    persons: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


def _resolve(item: Any, ids: dict[str, dict[str, Any]] | None) -> Any:
    """The object a bare {"@id": …} reference points at, else the item itself."""
    if isinstance(item, dict) and ids and "name" not in item:
        reference = item.get("@id")
        if isinstance(reference, str):
            return ids.get(reference, item)
    return item


def _ld_people(value: Any, ids: dict[str, dict[str, Any]] | None = None) -> _Names:
    """Names of persons and organisations in a JSON-LD author value.

    An author given only as a reference ({"@id": "…#/schema/person/1"}, as
    WordPress SEO plugins write it) is looked up among the page's objects.
    """
    persons: list[str] = []
    organisations: list[str] = []
    items = value if isinstance(value, list) else [value]
    for raw in items[:MAX_AUTHORS]:
        item = _resolve(raw, ids)
        if isinstance(item, str):
            if not _URL.match(item.strip()):
                persons.extend(_names_from_text(_text(item) or ""))
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if not name:
                given, family = _text(item.get("givenName")), _text(item.get("familyName"))
                name = " ".join(p for p in (given, family) if p) or None
            if not name:
                continue
            if _types(item) & _ORGANIZATION_TYPES:
                organisations.append(name)
            else:
                persons.extend(_names_from_text(name))
    return _Names(_dedupe(persons), _dedupe(organisations))


def _authors_ld(page: _Page) -> _Names:
    return _ld_people(_ld(page, "author") or _ld(page, "creator"), page.ids)


_AUTHOR_META_KEYS = (
    "author",
    "article:author",
    "article:author_name",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "cxenseparse:author",
)


def _authors_meta(page: _Page) -> _Names:
    sites = _site_names(page)
    for key in _AUTHOR_META_KEYS:
        names: list[str] = []
        for value in page.meta.get(key, ()):
            if _URL.match(value):
                continue
            parts = _names_from_text(value)
            if parts and (_names_the_site(parts[0], sites) or _ORGANISATION_NAME.search(parts[0])):
                # "example.test, Frankfurt, Germany": the publisher and its
                # address, no person; "Department of Trade, Education and
                # Research": an organisation's name split at its commas.
                continue
            names.extend(parts)
        if names:
            return _Names(_dedupe(names))
    return _Names()


# Properties of an item that hold other people's texts: a product's reviews, a
# post's comments. Their authors are the reviewers and commenters.
_NESTED_TEXTS = frozenset({"review", "reviews", "comment", "comments"})


def _in_nested_text(element: lxml.html.HtmlElement) -> bool:
    """Whether a microdata author belongs to a review or comment nested in another item."""
    return any(
        not _NESTED_TEXTS.isdisjoint((a.get("itemprop") or "").casefold().split())
        or (a.get("itemtype") or "").endswith("/Comment")
        for a in element.iterancestors()
    )


def _authors_microdata(page: _Page) -> _Names:
    names: list[str] = []
    for element in page.elements.itemprops:
        if (
            "author" not in (element.get("itemprop") or "").split()
            or _is_elsewhere(element, meta_boxes=True)
            or _in_nested_text(element)
        ):
            continue
        inner = [e for e in element.iter() if e.get("itemprop") == "name"]
        if inner:
            value = inner[0].get("content") or _element_text(inner[0])
        else:
            value = element.get("content") or _element_text(element)
        if value and len(value) <= MAX_BYLINE_CHARS:
            names.extend(_names_from_text(value, visible=True))
    return _Names(_dedupe(names))


def _authors_rel(page: _Page) -> _Names:
    names: list[str] = []
    for element in page.elements.rel_authors:
        if _is_elsewhere(element, meta_boxes=True):
            continue
        text = _element_text(element)
        if text and len(text) <= MAX_BYLINE_CHARS:
            names.extend(_names_from_text(text, visible=True))
    return _Names(_dedupe(names))


# hCard classes: the page marks the text as a person's formatted name.
_HCARD = re.compile(r"(?<!\S)(?:fn|vcard)(?!\S)")


def _byline_names(element: lxml.html.HtmlElement) -> list[str]:
    text = _element_text(element)
    if not text or len(text) > MAX_BYLINE_CHARS:
        return []
    # A name the page marks up as an hCard may be a lower-case pen name ("marc").
    marked = any(_HCARD.search(e.get("class") or "") for e in element.iter())
    return _names_from_text(text, visible=not marked)


# A short text that is a byline by its wording: "By Jane Doe", "Posted by Jane".
# Case matters: a sentence goes on "… von Politikern und Medien".
_BYLINE_TEXT = re.compile(
    r"^\s*(?:(?:Posted|Written|Geschrieben|Eingestellt|Publié|Publicado|Scritto)\s+)?"
    r"(?:By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por|Di|Door|Av|Przez|Autor(?:in)?:|Author:)"
    r"\s+\S"
)


# A byline label printed on its own, the name in the next element:
# "<h5>Autor:</h5> Jane Doe", "Written by: <a>Jane Doe</a>", "| By <span>Jane Doe</span>"
# (a separator from the date before it).
_LABEL_WORDS = (
    r"(?:(?:written|posted|geschrieben|erstellt|verfasst)\s+(?:by|von)|autor(?:in)?|author)"
)
_BYLINE_LABEL = re.compile(
    rf"^[\s|·•]*(?:{_LABEL_WORDS}\s*:|(?-i:By|BY|Von|VON|Par|Por|Door)\s*:?)\s*$",
    re.IGNORECASE,
)
# The same words without a colon or capital ("Geschrieben von", "erstellt von",
# "Autor"): a label only in an element classed as a byline or meta line, a
# widget's heading or a sentence's end elsewhere.
_LOOSE_BYLINE_LABEL = re.compile(
    rf"^\s*(?:{_LABEL_WORDS}|by|von|par|por|door)\s*:?\s*$", re.IGNORECASE
)
# A numeric date line ending in a name: "04.02.2022 | 13:10 Uhr | Jane Doe",
# "25.10.2022 - Jane Doe", "06.11.2023 13:30 von Jane Doe".
_DATED_BYLINE = re.compile(
    r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:(?:\s*[|,]\s*|\s+)\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?"
    r"(?:\s*[|–—-]|\s+(?:von|by))\s*(?P<name>[^\d|–—-][^\d|]*)$"
)


def _whole_names(text: str) -> list[str]:
    """The names of a short text when every part of it reads as a name, else none.

    A part after a comma that holds a lower-case word describes the full
    names before it ("Von Jane Doe, Projektleiterin in Tunis") and ends them.
    """
    segments = text.split(",")
    described = False
    for index, segment in enumerate(segments[1:], 1):
        if any(
            w[0].islower() and w not in _NAME_PARTICLES and not _NAME_JOINER.fullmatch(f" {w} ")
            for w in segment.split()
        ):
            text = ",".join(segments[:index])
            described = True
            break
    parts = [p for p in _NAME_JOINER.split(_BY_PREFIX.sub("", normalize_space(text))) if p]
    names = _names_from_text(text, visible=True)
    if described and any(len(name.split()) < MIN_DESCRIBED_NAME_WORDS for name in names):
        # "Von Einheimischen, Gästen und ganz viel Kühen": a sentence, no byline.
        return []
    return names if names and len(names) == len(parts) else []


def _near_label(label: lxml.html.HtmlElement, element: lxml.html.HtmlElement) -> bool:
    """Whether a text's element is beside a label's: inside it, or under the same parent."""
    parent = label.getparent()
    return (
        element is label
        or element is parent
        or any(a is label or a is parent for a in itertools.islice(element.iterancestors(), 3))
    )


def _authors_text(page: _Page) -> _Names:
    """Names from the first short text worded as a byline, outside comments and links.

    Every part of the text must read as a name, so that a sentence starting
    with "Von" is no byline. A label alone ("Autor:") makes the next text the
    byline; a numeric date line may end in the name.
    """
    tried = 0
    label: lxml.html.HtmlElement | None = None
    for text, element in _visible_texts(page):
        if label is not None:
            near = _near_label(label, element)
            if near and text.strip().casefold() in _ROLES:
                # "Autor: <a>Rechtsanwalt</a> Jane Doe": the role linked
                # between the label and the name.
                continue
            label = None
            if near and len(text) <= MAX_TEXT_BYLINE_CHARS:
                # "By <a>Example Press</a>": the site credited under the
                # headline; a later label may name the person.
                sites = _site_names(page)
                names = [n for n in _whole_names(text) if not _names_the_site(n, sites)]
                if names:
                    return _Names(_dedupe(names))
        if len(text) > MAX_TEXT_BYLINE_CHARS:
            continue
        if _BYLINE_LABEL.match(text) or (
            _LOOSE_BYLINE_LABEL.match(text)
            and (_BYLINE_CLASS.search(element.get("class") or "") or _date_marked(element))
        ):
            label = element
            continue
        dated = _DATED_BYLINE.match(text)
        if dated:
            names = _whole_names(dated.group("name"))
            if names:
                return _Names(_dedupe(names))
            continue
        if not _BYLINE_TEXT.match(text):
            continue
        if (
            text.lstrip()[0].islower()
            and not text.lstrip()
            .lower()
            .startswith(("posted", "written", "geschrieben", "eingestellt"))
            # A lower-case "von Jane Doe" is a byline in an element classed as
            # the article's meta line, a sentence's end elsewhere.
            and not _date_marked(element)
        ):
            continue
        names = _whole_names(text)
        if names:
            return _Names(_dedupe(names))
        tried += 1
        if tried >= MAX_BYLINE_GROUPS:
            break
    return _Names()


def _authors_link(page: _Page) -> _Names:
    """Names of the first links to author pages, with their siblings of the same kind."""
    links = [e for e in page.elements.author_links if not _is_elsewhere(e, meta_boxes=True)]
    if not links:
        return _Names()
    parent = links[0].getparent()
    names: list[str] = []
    for link in links:
        if link.getparent() is parent or link is links[0]:
            names.extend(_byline_names(link))
    return _Names(_dedupe(names))


def _authors_byline(page: _Page) -> _Names:
    matches = [
        e
        for e in page.elements.bylines
        if not _marked_elsewhere(e) and not _is_elsewhere(e, meta_boxes=True)
    ]
    matched = set(matches)
    # Elements with a marked element inside: the byline wrapper, not the name.
    wrappers = {a for e in matches for a in e.iterancestors() if a in matched}
    groups = 0
    for top in matches:
        if any(a in matched for a in top.iterancestors()):
            continue
        groups += 1
        if groups > MAX_BYLINE_GROUPS:
            break
        # Read the innermost marked elements of the byline ("author-name" inside
        # "byline"), so that its date and "Updated" text stay out; then the
        # wrappers, innermost first ("Autor: <span>…</span>" around a label).
        inner = [e for e in top.iter() if e in matched]
        names = [n for e in inner if e not in wrappers for n in _byline_names(e)]
        for wrapper in reversed(inner):
            if names:
                break
            if wrapper in wrappers:
                names = _byline_names(wrapper)
        if names:
            return _Names(_dedupe(names))
    return _Names()


_EMPHASIS_TAGS = frozenset({"b", "strong", "i", "em"})


def _emphasised_text(paragraph: lxml.html.HtmlElement) -> str | None:
    """The text of a paragraph that is one bold or italic run and nothing else."""
    if (paragraph.text or "").strip() or len(paragraph) != 1:
        return None
    child = paragraph[0]
    if (child.tail or "").strip():
        return None
    # Nested emphasis: <b><i>Jane Doe</i></b>.
    while (
        child.tag in _EMPHASIS_TAGS
        and len(child) == 1
        and not (child.text or "").strip()
        and not (child[0].tail or "").strip()
    ):
        child = child[0]
    if child.tag not in _EMPHASIS_TAGS or len(child):
        return None
    text: str | None = child.text
    return text


def _signs_off(paragraph: lxml.html.HtmlElement) -> bool:
    """Whether a paragraph ends a run of text paragraphs: text before it, none after."""
    before = paragraph.getprevious()
    if before is None or before.tag != "p":
        return False
    return not any(
        sibling.tag == "p" and sibling.text_content().strip()
        for sibling in itertools.islice(paragraph.itersiblings(), MAX_SIGNATURE_SIBLINGS)
    )


def _authors_signature(page: _Page) -> _Names:
    """The name signing the article: one bold or italic name as the last paragraph.

    Blogs and small newsrooms print the author under the text and mark it up
    no other way ("<p><b><i>Jane Doe</i></b></p>").
    """
    body = page.tree.find("body")
    if body is None:
        return _Names()
    for paragraph in itertools.islice(body.iter("p"), MAX_SIGNATURE_PARAGRAPHS):
        text = _emphasised_text(paragraph)
        # A colon ends a label ("Source: …"), no name.
        if not text or len(text) > MAX_NAME_CHARS or ":" in text or not _signs_off(paragraph):
            continue
        if _is_elsewhere(paragraph):
            continue
        # The whole text is the name: a credit ("© Agency | Jane Doe") is not.
        names = _names_from_text(text, visible=True)
        parts = [p for p in _NAME_JOINER.split(normalize_space(text)) if p]
        if len(names) == len(parts) == 1 and len(names[0].split()) >= MIN_SIGNATURE_WORDS:
            return _Names((names[0],))
    return _Names()


# Sources read from the page's markup and text, not its metadata.
_VISIBLE_AUTHOR_SOURCES: tuple[Callable[[_Page], _Names], ...] = (
    _authors_microdata,
    _authors_rel,
    _authors_byline,
    _authors_link,
    _authors_text,
    _authors_signature,
)
AUTHOR_SOURCES: tuple[Callable[[_Page], _Names], ...] = (
    _authors_ld,
    _authors_meta,
    *_VISIBLE_AUTHOR_SOURCES,
)
# A newsroom credited in a printed byline ("Von Redaktion"): the author when no
# person is named.
_NEWSROOM = re.compile(r"\b(?:redaktion|redacción|rédaction|redazione|redactie)\b", re.IGNORECASE)


def _names_the_site(name: str, sites: list[str]) -> bool:
    """Whether a byline part is the site or one of its desks ("MDR Thüringen" on mdr.de)."""
    folded = _fold(name)
    if _is_site_segment(name, sites, exact=True):
        return True
    # The site's name inside the byline part is the site ("Example Wire Archiv");
    # the part inside the site's name is not: a personal blog is named after
    # its author ("Jane Doe's Blog").
    if any(len(site) > MIN_SITE_NAME_CHARS and site in folded for site in sites):
        return True
    first = folded.split(" ", 1)[0]
    return any(first == site for site in sites if " " not in site)


def _persons(names: tuple[str, ...], sites: list[str]) -> tuple[str, ...]:
    """The names that are no site, host or organisation name."""
    return tuple(
        n
        for n in names
        if not _names_the_site(n, sites)
        and not _ORGANISATION_NAME.search(n)
        and not _HOST_NAME.fullmatch(n)
    )


def _find_authors(page: _Page) -> tuple[str, ...]:
    """The first source's persons; an organisation only when no source names a person.

    A name that is the site's own name ("mdr.de" as the meta author, while a
    visible byline names the reporter) or a company's ("Example Media GmbH") is
    no person. Organisations are kept only where JSON-LD explicitly types the
    author an Organization: elsewhere a site or company name in an author field
    is a CMS default, not a credit, and a newsroom a printed byline credits
    ("Von Redaktion") is returned when no person and no such Organization is named.
    """
    sites = _site_names(page)
    desk: tuple[str, ...] = ()
    for finder in AUTHOR_SOURCES:
        found = finder(page).persons
        persons = _persons(found, sites)
        if persons:
            if finder is _authors_ld and len(persons) == 1:
                # The meta author lists the JSON-LD's one person and others:
                # JSON-LD kept the first of several authors only.
                more = _persons(_authors_meta(page).persons, sites)
                if len(more) > 1 and _fold(persons[0]) in {_fold(n) for n in more}:
                    return more
            return persons
        if not desk and finder in _VISIBLE_AUTHOR_SOURCES:
            # "Example Redaktion" on example.com is the site's default credit.
            desk = tuple(n for n in found if _NEWSROOM.search(n) and not _names_the_site(n, sites))
    return _authors_ld(page).organisations or desk


# ---------------------------------------------------------------------------
# Dates


def _parse(page: _Page, value: Any) -> dt.date | None:
    text = _text(value)
    if not text:
        return None
    return parse_date(text, now=page.now, languages=page.languages)


def _date_finder(
    ld_keys: tuple[str, ...], meta_keys: tuple[str, ...]
) -> tuple[Callable[[_Page], dt.date | None], Callable[[_Page], dt.date | None]]:
    def from_ld(page: _Page) -> dt.date | None:
        for key in ld_keys:
            value = _parse(page, _ld(page, key)) or _parse(page, _ld_page(page, key))
            if value:
                return value
        return None

    def from_meta(page: _Page) -> dt.date | None:
        for key in meta_keys:
            for text in page.meta.get(key, ()):
                value = _parse(page, text)
                if value:
                    return value
        return None

    return from_ld, from_meta


_PUBLISHED_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "publication_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "article.published",
    "originalpublicationdate",
    "date.available",
    "og:regdate",
    "datecreated",
)
# Meta dates that do not say which date they are: CMSs fill them with the last
# edit or the page's build time. On the trafilatura set they were a later day
# than the printed date line on 6 pages and the publication day on 1 where a
# page printed another, so they come after the printed date.
_GENERIC_DATE_META_KEYS = ("date", "dc.date", "dcterms.date")
_MODIFIED_META_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "modified_time",
    "last-modified",
    "lastmod",
    "dc.date.modified",
    "dcterms.modified",
    "article.updated",
)

_published_ld, _published_meta = _date_finder(
    ("datePublished", "dateCreated"), _PUBLISHED_META_KEYS
)
_, _published_generic_meta = _date_finder((), _GENERIC_DATE_META_KEYS)
_modified_ld, _modified_meta = _date_finder(("dateModified",), _MODIFIED_META_KEYS)

_MODIFIED_MARK = re.compile(r"updat|modif|aktualisiert|actualiz|mis à jour|aggiorn", re.IGNORECASE)


def _date_microdata(page: _Page, prop: str) -> dt.date | None:
    for element in page.elements.itemprops:
        if element.get("itemprop") != prop:
            continue
        value = element.get("datetime") or element.get("content") or _element_text(element)
        parsed = _parse(page, value)
        if parsed:
            return parsed
    return None


def _published_microdata(page: _Page) -> dt.date | None:
    return _date_microdata(page, "datePublished")


def _modified_microdata(page: _Page) -> dt.date | None:
    return _date_microdata(page, "dateModified")


def _time_elements(page: _Page, modified: bool) -> Iterator[lxml.html.HtmlElement]:
    for element in page.elements.times[:MAX_TIME_ELEMENTS]:
        if _is_elsewhere(element):
            continue
        marker = " ".join(
            f"{e.get('class', '')} {e.get('itemprop', '')}"
            for e in (element, element.getparent())
            if e is not None
        )
        text = _element_text(element)
        if bool(_MODIFIED_MARK.search(marker) or _MODIFIED_MARK.search(text)) == modified:
            yield element


def _published_time(page: _Page) -> dt.date | None:
    for element in _time_elements(page, modified=False):
        parsed = _parse(page, element.get("datetime")) or _parse(page, _element_text(element))
        if parsed:
            return parsed
    return None


def _modified_time(page: _Page) -> dt.date | None:
    for element in _time_elements(page, modified=True):
        parsed = _parse(page, element.get("datetime"))
        if parsed:
            return parsed
    return None


# Class or id words of the elements that print an article's date line.
_DATE_MARK = re.compile(
    r"date|time|publish|posted|meta|byline|datum|fecha|data|info|dateline|stamp",
    re.IGNORECASE,
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "form", "select"})


def _visible_texts(page: _Page) -> Iterator[tuple[str, lxml.html.HtmlElement]]:
    """Short texts of the page in reading order, each with the element it is
    printed in; comments, sidebars, navigation, related links and the page's
    footer are skipped (an article's own footer, inside <article> or <main>,
    holds its date and is read)."""
    return iter(page.visible)


def _walk_visible_texts(
    tree: lxml.html.HtmlElement,
) -> Iterator[tuple[str, lxml.html.HtmlElement]]:
    body = tree.find("body")
    if body is None:
        return
    # lxml's own walk, pruned where an element is not readable: a walk kept in a
    # Python stack of (element, parent) entries cost a fifth more.
    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    # The open elements, each with whether its children are inside an article.
    opened: list[tuple[lxml.html.HtmlElement, bool]] = []
    # Verdicts on class attributes, which a page repeats many times over.
    judged: dict[tuple[str, bool], bool] = {}
    # A step is an element reached or a tail read.
    steps = 0
    for event, node in walker:
        if event == "start":
            if steps >= MAX_VISIBLE_STEPS:
                return
            steps += 1
            inside = opened[-1][1] if opened else False
            opened.append((node, inside or node.tag in ("article", "main")))
            if node is not body and not _readable(node, inside, judged):
                walker.skip_subtree()
                continue
            text = node.text
            if text and len(text) <= MAX_SEARCH_TEXT and text.strip():
                yield text, node
            continue
        opened.pop()
        # A tail is text of the parent, printed after the element.
        tail = node.tail
        if tail and opened:
            if steps >= MAX_VISIBLE_STEPS:
                return
            steps += 1
            if len(tail) <= MAX_SEARCH_TEXT and tail.strip():
                yield tail, opened[-1][0]


def _readable(
    element: lxml.html.HtmlElement, inside_article: bool, judged: dict[tuple[str, bool], bool]
) -> bool:
    tag = element.tag
    if tag == "form":
        # Search, login and comment forms hold no article text, but ASP.NET
        # pages wrap the whole page, headline and date line too, in one form.
        if element.find(".//h1") is None:
            return False
    elif not isinstance(tag, str) or tag in _SKIPPED_TAGS or tag in ("aside", "nav"):
        return False
    marker = element.get("class")
    if not marker:
        # Most elements have no class; the regexes below find nothing in "".
        return inside_article or tag != "footer"
    if not inside_article and tag == "footer":
        return False
    key = (marker, inside_article)
    verdict = judged.get(key)
    if verdict is None:
        verdict = judged[key] = not _marks_elsewhere(marker, inside_article=inside_article)
    return verdict


def _visible_dates(page: _Page) -> Iterator[tuple[dt.date, bool]]:
    """Dates printed in the page, in reading order, with whether their element is
    marked as a date line."""
    for text, element in _visible_texts(page):
        if not _DIGIT.search(text) or _MODIFIED_MARK.search(text):
            continue
        if element.tag == "h1":
            # A date in the headline is what the story is about ("Results, 19.5.2007");
            # in subheadings it was as often the date line's, on the development pages.
            continue
        found = search_date(text, now=page.now, languages=page.languages)
        if found is not None:
            yield found, _date_marked(element)
        elif _date_marked(element):
            short = parse_short_year_date(text, now=page.now)
            if short is not None:
                yield short, True


def _date_marked(element: lxml.html.HtmlElement) -> bool:
    for node in (element, *itertools.islice(element.iterancestors(), DATE_MARK_DEPTH)):
        if _DATE_MARK.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return not _MODIFIED_MARK.search(node.get("class", ""))
    return False


def _published_visible(page: _Page) -> dt.date | None:
    """The first date printed in an element marked as a date line, else the first date."""
    first: dt.date | None = None
    for count, (found, marked) in enumerate(_visible_dates(page)):
        if marked:
            return found
        if first is None:
            first = found
        if count >= MAX_VISIBLE_DATES:
            break
    return first


# A publication date in a page's inline script state ("publishedDate":"2016-11-04T…",
# escaped or not): single-page apps keep the article's record there. ISO values only,
# and a bounded value, so the search is linear.
_SCRIPT_DATE = re.compile(
    r"(?:datePublished|date_published|publishedDate|published_date|publishDate|publish_date|"
    r"publishedAt|published_at|publicationDate|publication_date|firstPublished(?:Date|At)?)"
    r'\\?"\s*:\s*\\?"(\d{4}-\d{2}-\d{2}[^"\\]{0,30})'
)


def _published_script(page: _Page) -> dt.date | None:
    """The first publication date in the page's inline scripts (JSON-LD aside)."""
    budget = MAX_SCRIPT_SEARCH_CHARS
    for script in page.elements.scripts:
        text = (script.text or "")[:budget]
        budget -= len(text)
        match = _SCRIPT_DATE.search(text)
        if match:
            parsed = _parse(page, match.group(1))
            if parsed:
                return parsed
        if budget <= 0:
            break
    return None


def _published_url(page: _Page) -> dt.date | None:
    """The day in the page's URL, else in its canonical URL."""
    return date_from_url(page.url, now=page.now) or date_from_url(
        _canonical_link(page), now=page.now
    )


PUBLISHED_SOURCES: tuple[Callable[[_Page], dt.date | None], ...] = (
    _published_ld,
    _published_meta,
    _published_microdata,
    _published_time,
    _published_visible,
    _published_script,
    _published_generic_meta,
    _published_url,
)


def _find_published(page: _Page) -> dt.date | None:
    """The first source's publication date, on the page's own calendar day.

    Many CMSs write the time in UTC ("2022-11-06T23:00:00+00:00") while the
    page prints the local day ("7. November 2022"). When the printed date line
    is one day off a UTC time that close to midnight, the printed day is the
    local one.
    """
    value = _first(PUBLISHED_SOURCES, page)
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        return value
    hour = value.hour + value.minute / 60
    # Only a time this close to midnight can fall on another local day.
    if MAX_ZONE_HOURS <= hour < 24 - MAX_ZONE_HOURS:
        return value
    printed = _published_visible(page)
    if printed is None:
        return value
    printed_day = printed.date() if isinstance(printed, dt.datetime) else printed
    shift = (printed_day - value.date()).days
    if (shift == 1 and hour >= 24 - MAX_ZONE_HOURS) or (shift == -1 and hour < MAX_ZONE_HOURS):
        return printed
    return value


def _modified_visible(page: _Page) -> dt.date | None:
    """The date of the first printed "Updated …" / "Aktualisiert am …" line."""
    tried = 0
    for text, _element in _visible_texts(page):
        if not _MODIFIED_MARK.search(text) or not _DIGIT.search(text):
            continue
        found = search_date(text, now=page.now, languages=page.languages)
        if found is not None:
            return found
        tried += 1
        if tried >= MAX_VISIBLE_DATES:
            break
    return None


MODIFIED_SOURCES: tuple[Callable[[_Page], dt.date | None], ...] = (
    _modified_ld,
    _modified_meta,
    _modified_microdata,
    _modified_time,
    _modified_visible,
)


# ---------------------------------------------------------------------------
# Section and tags


def _section_meta(page: _Page) -> str | None:
    return _first_meta(page, "article:section", "parsely-section", "section", "category")


def _section_ld(page: _Page) -> str | None:
    return _text(_ld(page, "articleSection"))


SECTION_SOURCES: tuple[Callable[[_Page], str | None], ...] = (_section_meta, _section_ld)

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
        text = _text(value)
        if text:
            tags.extend(t for t in _TAG_SPLIT.split(text) if t)
    return _dedupe(tags)[:MAX_TAGS]


def _tags_article(page: _Page) -> tuple[str, ...]:
    return _split_tags(page.meta.get("article:tag", ()))


def _tags_keywords(page: _Page) -> tuple[str, ...]:
    for key in ("news_keywords", "keywords", "parsely-tags", "sailthru.tags"):
        tags = _split_tags(page.meta.get(key, ()))
        if tags:
            return tags
    return ()


def _tags_ld(page: _Page) -> tuple[str, ...]:
    return _split_tags([_ld(page, "keywords")])


TAG_SOURCES: tuple[Callable[[_Page], tuple[str, ...]], ...] = (
    _tags_article,
    _tags_keywords,
    _tags_ld,
)


# ---------------------------------------------------------------------------
# Lead images


def _credit_of(obj: dict[str, Any]) -> ImageCredit | None:
    text = _text(obj.get("creditText"))
    if text:
        return parse_credit(text)
    for key in ("copyrightHolder", "author", "creator"):
        people = _ld_people(obj.get(key))
        names = people.persons or people.organisations
        if names:
            return parse_credit(" / ".join(names[:2]))
    return None


def _ld_images(value: Any, base: str | None) -> list[Image]:
    images: list[Image] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:50]:
        if isinstance(item, str):
            url = _absolute(item, base)
            if url:
                images.append(Image(url=url))
        elif isinstance(item, dict):
            url = _absolute(_text(item.get("url")) or _text(item.get("contentUrl")), base)
            if url:
                images.append(
                    Image(url=url, caption=_text(item.get("caption")), credit=_credit_of(item))
                )
    return images


def _images_ld(page: _Page) -> tuple[Image, ...]:
    base = page.url or _canonical_link(page)
    return tuple(_ld_images(_ld(page, "image"), base))


def _images_meta(page: _Page) -> tuple[Image, ...]:
    base = page.url or _canonical_link(page)
    alt = _first_meta(page, "og:image:alt", "twitter:image:alt")
    images = []
    for key in (
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ):
        for value in page.meta.get(key, ()):
            url = _absolute(value, base)
            if url:
                images.append(Image(url=url, alt=alt))
    return tuple(images)


def _lead_images(page: _Page) -> tuple[Image, ...]:
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


def _article_body(page: _Page) -> str | None:
    value = _ld(page, "articleBody")
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
    page = _read_page(tree, url, now)
    return Metadata(
        title=_find_title(page),
        subtitle=_first(SUBTITLE_SOURCES, page),
        authors=_find_authors(page),
        published=_find_published(page),
        modified=_first(MODIFIED_SOURCES, page),
        language=_first(LANGUAGE_SOURCES, page),
        site_name=_first(SITE_NAME_SOURCES, page),
        canonical_url=_first(CANONICAL_SOURCES, page),
        section=_first(SECTION_SOURCES, page),
        tags=_first(TAG_SOURCES, page) or (),
        lead_images=_lead_images(page),
        article_body=_article_body(page),
    )
