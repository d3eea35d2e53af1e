"""The page read once for its metadata, and the readers every field shares.

:func:`read_page` collects in one pass what the finders read: every ``<meta>``
tag into a dict, every JSON-LD block parsed once and flattened into its objects
(the article's own object chosen among them), the h1s, bylines, standfirst
candidates, ``<time>`` elements and the short visible texts in reading order.
The small readers here (a JSON-LD value as text, the first meta value, whether
an element sits outside the article) serve :mod:`articlekit._metadata`,
:mod:`articlekit._authors` and :mod:`articlekit._page_dates` alike, and so do the
site's names, its language and its canonical URL.
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

from articlekit._dates import (
    MAX_SEARCH_TEXT,
)
from articlekit._text import fold, normalize_space

logger = logging.getLogger(__name__)

T = TypeVar("T")

# ---------------------------------------------------------------------------
# Limits

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

MAX_SITE_SEGMENT_CHARS = 40
"""Longest title segment taken for a variant of the site name ("Example Wire -
Local News" after "|"); a longer segment containing the name is a headline."""

MAX_META_VALUES = 20
"""Most values kept for one meta name; pages repeat article:tag a dozen times,
more is a template loop."""

MAX_VISIBLE_STEPS = 20_000
"""Most elements and tails the walk for printed dates and bylines visits. The
largest development page yields 2,700 short texts in about three times as many
steps; a page past this is a template loop, and its date line came early."""

DATE_MARK_DEPTH = 3
"""How many ancestors of a printed date are checked for a date-line class: the
date sits in a span, in a "post-meta" paragraph, in the article header."""

# ---------------------------------------------------------------------------
# The elements the finders read, collected in one pass over the page

# Whole words of a class, so that "leaderboard" is no "lead" and "dekor" no "dek".
_STANDFIRST_CLASS = re.compile(
    r"(?<![a-z])(?:standfirst|subtitle|sub-title|subheadline|sub-headline|dek|lead|lede|"
    r"intro|summary|excerpt|abstract|einleitung|chapo)(?![a-z])",
    re.IGNORECASE,
)
# Utility CSS classes name a look, not a role: "text-subtitle1" is a font size.
_UTILITY_CLASS = re.compile(r"(?<!\S)(?:text|font|typo|type|fs|md|lg|sm|xl)[-:]\S*")
BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)
# Links to an author's page: /author/jane-doe, /autoren/doe-jane, /journalist/…
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autores?|journalists?|journalisten|redakteure?|"
    r"redaktion/[^/?#]+|staff|people|profiles?/journalists?)/[^/?#]",
    re.IGNORECASE,
)
_CLASS_WORDS = re.compile(f"{_STANDFIRST_CLASS.pattern}|{BYLINE_CLASS.pattern}", re.IGNORECASE)
_STANDFIRST_TAGS = frozenset({"p", "div", "h2", "span", "section"})
_NOT_BYLINE_TAGS = frozenset(
    {"script", "style", "img", "meta", "link", "input", "textarea", "button", "svg", "form"}
)
_ElementList = list[lxml.html.HtmlElement]

# Plain substrings of every word _CLASS_WORDS matches, tried on an ASCII class
# in lower case first: on the development pages one regex search per class was
# a third of the metadata stage, the substring tests a quarter of that.
_CLASS_SUBSTRINGS = re.compile(
    "author|byline|standfirst|sub|dek|lead|lede|intro|summary|excerpt|abstract|einleitung|chapo"
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
        byline=BYLINE_CLASS.search(marker) is not None,
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
            if identifier and _may_name_role(identifier) and BYLINE_CLASS.search(identifier):
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
ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})


def ld_types(obj: dict[str, Any]) -> frozenset[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return frozenset(v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str) and v)


def _is_article(obj: dict[str, Any]) -> bool:
    types = ld_types(obj)
    return bool(types & _ARTICLE_TYPES) or any(t.endswith("article") for t in types)


def _is_page(obj: dict[str, Any]) -> bool:
    return bool(ld_types(obj) & _PAGE_TYPES)


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
class Page:
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


def read_page(tree: lxml.html.HtmlElement, url: str | None, now: dt.datetime | None) -> Page:
    elements = _collect_elements(tree)
    meta = _collect_meta(elements)
    objects = _collect_jsonld(elements)
    canonical = [*elements.canonical[:1], *meta.get("og:url", [])]
    article = _choose_article(objects, [url, *canonical])
    webpage = next((o for o in objects if _is_page(o)), None)
    language = _html_lang(tree)
    languages = (language,) if language else None
    return Page(
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


def value_text(value: Any, depth: int = 0) -> str | None:
    """A JSON-LD or attribute value as clean text; numbers and junk give None."""
    if depth > MAX_VALUE_DEPTH:
        # json.loads accepts nesting close to Python's recursion limit; a
        # recursive reader of it must stop well before.
        return None
    if isinstance(value, list):
        for item in value[:MAX_JSONLD_OBJECTS]:
            text = value_text(item, depth + 1)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return value_text(value.get("@value") or value.get("name"), depth + 1)
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


def first_meta(page: Page, *keys: str) -> str | None:
    for key in keys:
        for value in page.meta.get(key, ()):
            text = value_text(value)
            if text:
                return text
    return None


def element_text(element: lxml.html.HtmlElement) -> str:
    return normalize_space(element.text_content())


def first_found(finders: Iterable[Callable[[Page], T | None]], page: Page) -> T | None:
    for finder in finders:
        value = finder(page)
        if value:
            return value
    return None


def ld_value(page: Page, key: str) -> Any:
    if page.article is not None and page.article.get(key) not in (None, "", []):
        return page.article.get(key)
    return None


def webpage_value(page: Page, key: str) -> Any:
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


def marked_elsewhere(element: lxml.html.HtmlElement) -> bool:
    """Whether an element's own class marks comments, related links, a footer …"""
    marker = element.get("class", "")
    return bool(marker) and _marks_elsewhere(marker)


def is_elsewhere(element: lxml.html.HtmlElement, *, meta_boxes: bool = False) -> bool:
    """Whether an element sits in comments, related articles, a footer or a sidebar.

    With ``meta_boxes``, a footer or aside classed as the article's meta line or
    byline ("<aside class="meta">", "<footer class="entry-meta">") is the article's own.
    """
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html", "main"):
            # Page-wide classes ("has-sidebar", "share-enabled") say nothing of the
            # element, nor do those of a wrapper around the page's <main> (see _frame).
            break
        if ancestor.tag in ("footer", "aside", "nav") and not (
            meta_boxes and ancestor.tag != "nav" and _META_BOX.search(ancestor.get("class") or "")
        ):
            return True
        # Classes only: ids are often layout slots named at random ("sidebar" on
        # the column that holds the article).
        if marked_elsewhere(ancestor):
            return True
    return False


# ---------------------------------------------------------------------------
# Site name, language, canonical URL


def _site_og(page: Page) -> str | None:
    return first_meta(page, "og:site_name")


def publisher_name(page: Page) -> str | None:
    """The name of the article's JSON-LD publisher."""
    publisher = ld_value(page, "publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict):
        return value_text(publisher.get("name"))
    return None


def _site_meta(page: Page) -> str | None:
    return first_meta(page, "application-name", "publisher", "dc.publisher", "twitter:site")


def _site_meta_clean(page: Page) -> str | None:
    name = _site_meta(page)
    if name and name.startswith("@"):
        return None
    return name


SITE_NAME_SOURCES: tuple[Callable[[Page], str | None], ...] = (
    _site_og,
    publisher_name,
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


def _lang_html(page: Page) -> str | None:
    return page.languages[0] if page.languages else None


def _lang_og(page: Page) -> str | None:
    return _language_code(first_meta(page, "og:locale"))


def _lang_meta(page: Page) -> str | None:
    return _language_code(first_meta(page, "content-language", "language", "dc.language"))


def _lang_ld(page: Page) -> str | None:
    return _language_code(value_text(ld_value(page, "inLanguage")))


LANGUAGE_SOURCES: tuple[Callable[[Page], str | None], ...] = (
    _lang_html,
    _lang_og,
    _lang_meta,
    _lang_ld,
)


def absolute_url(url: str | None, base: str | None) -> str | None:
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


def _link_canonical(page: Page) -> str | None:
    for href in page.elements.canonical:
        if href.strip():
            return href.strip()
    return None


def canonical_link(page: Page) -> str | None:
    return absolute_url(_link_canonical(page), page.url)


def _canonical_og(page: Page) -> str | None:
    return absolute_url(first_meta(page, "og:url"), page.url)


CANONICAL_SOURCES: tuple[Callable[[Page], str | None], ...] = (canonical_link, _canonical_og)


def page_host(page: Page) -> str:
    """The host name of the page's URL, else of its canonical URL, in lower case."""
    parts = _split_url(page.url or canonical_link(page) or "")
    return (parts.hostname or "") if parts is not None else ""


def site_names(page: Page) -> list[str]:
    names = [n for n in (_site_og(page), publisher_name(page), _site_meta_clean(page)) if n]
    host = page_host(page).removeprefix("www.")
    if host:
        names.append(host)
        names.append(host.split(".")[0])
    return [folded for folded in map(fold, names) if folded]


def is_site_segment(segment: str, sites: list[str], *, exact: bool = False) -> bool:
    """Whether a title segment is the site's name (or, unless exact, a variant of it)."""
    folded = fold(segment)
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


DIGIT = re.compile(r"\d")

MODIFIED_MARK = re.compile(r"updat|modif|aktualisiert|actualiz|mis à jour|aggiorn", re.IGNORECASE)


# Class or id words of the elements that print an article's date line.
_DATE_MARK = re.compile(
    r"date|time|publish|posted|meta|byline|datum|fecha|data|info|dateline|stamp",
    re.IGNORECASE,
)
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "form", "select"})


def visible_texts(page: Page) -> Iterator[tuple[str, lxml.html.HtmlElement]]:
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
    frame = _frame(body)
    for event, node in walker:
        if event == "start":
            if steps >= MAX_VISIBLE_STEPS:
                return
            steps += 1
            inside = opened[-1][1] if opened else False
            opened.append((node, inside or node.tag in ("article", "main")))
            if node is not body and not _readable(node, inside, judged) and node not in frame:
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
    elif not isinstance(tag, str) or tag in SKIPPED_TAGS or tag in ("aside", "nav"):
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


def _frame(body: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The elements that hold the page's <main>: no region beside the article,
    whatever their class says, as a wrapper around the whole page is often named
    for its other part ("navigation-overlay-wrapper", "sidebar-layout").

    :func:`is_elsewhere`, walking up from an element, stops at its <main> to the
    same effect.
    """
    main = body.find(".//main")
    return set() if main is None else set(main.iterancestors())


# A post's status, type and taxonomy ("status-publish", "type-post",
# "category-data") mark the whole article, not a date line in it; "post-date" does.
_POST_CLASS = re.compile(r"(?<!\S)(?:status|type|format|category|tag)-\S*")


def date_marked(element: lxml.html.HtmlElement) -> bool:
    for node in (element, *itertools.islice(element.iterancestors(), DATE_MARK_DEPTH)):
        marker = node.get("class", "")
        if "-" in marker:
            marker = _POST_CLASS.sub(" ", marker)
        if _DATE_MARK.search(f"{marker} {node.get('id', '')}"):
            return not MODIFIED_MARK.search(marker)
    return False
