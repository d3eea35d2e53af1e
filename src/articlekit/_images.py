"""Images of the article, with captions and credits.

One pass over the page's image elements (``img``, ``amp-img``, custom image
elements), in reading order:

1. drop what is not the article's: images under navigation, footer, aside,
   related/promo/teaser/ad/audio blocks, video players outside a captioned
   figure, outside the story that holds the headline, logos, icons, avatars,
   tracking pixels, placeholders, ``data:`` URIs, thumbnails linking to
   another page, and pictures beside a call to register or get the app;
2. resolve the URL: the largest ``srcset`` candidate (of the image or of its
   ``<picture><source>``), then the lazy-loading attributes, then ``src``;
3. find the caption and the credit in the smallest wrapper that holds this
   picture and no other: a ``figcaption`` or an element whose class says
   caption; credit elements (class or id with credit, copyright, source,
   photographer, byline, author, courtesy) inside or beside it; an unmarked
   credit set apart; a figure's text or short text beside the image; a
   caption element right after the picture; then a credit printed inside the
   caption text (``_credits.split_caption``);
4. merge duplicates (the same URL or file name: a lazy placeholder and its
   ``<noscript>`` copy, unless each copy has its own caption in the story)
   and the lead images the metadata found (og:image, JSON-LD
   ``ImageObject``), the lead first when the page does not show it.

The tree is only read, never changed. docs/extraction-images.md has the rules
in full.
"""

from __future__ import annotations

import enum
import functools
import itertools
import logging
import re
from collections.abc import Iterable, Iterator
from typing import TypeAlias
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

import attrs
import lxml.etree
import lxml.html

from articlekit._credits import (
    MAX_CREDIT_LENGTH,
    credit_from_line,
    looks_like_credit,
    parse_credit,
    split_caption,
)
from articlekit._load import holds_more_than
from articlekit._models import Image, ImageCredit
from articlekit._text import fold, normalize_space

__all__ = ["FoundImages", "extract_images", "find_images"]

logger = logging.getLogger(__name__)


# Lazy-loading attributes, most specific first: loaders keep the real URL in one
# of these and put a placeholder (a data: URI, a 1x1 gif) in ``src``.
_LAZY_SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "data-src-set", "srcset")
_LAZY_SRC_ATTRIBUTES = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-src-large",
    "data-src-medium",
    "data-image",
    "data-img-src",
    "data-fallback-src",
    "src",
)

# An image whose declared width or height is below this is an icon, a bullet or
# a tracking pixel (1x1); article photos are hundreds of pixels wide.
TINY_IMAGE_PX = 50

# AMP layouts whose width and height attributes give an aspect ratio, not a size.
_RATIO_LAYOUTS = frozenset({"responsive", "fill", "intrinsic", "flex-item"})

# How far up from an image to look for the wrapper holding its caption: news
# markup nests the image 1-4 levels deep in picture/div/a inside its figure.
MAX_WRAPPER_LEVELS = 5
# Most elements a wrapper may add beside the picture: a figure with its caption,
# credit and share buttons holds a few dozen (the development pages need under 300);
# past this the parent is a section of the page.
MAX_WRAPPER_ELEMENTS = 500

# Class/id words of blocks that are not the article (navigation, promotion,
# recommendation, advertising, comments, sharing).
_BOILERPLATE_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "aside",
        "related",
        "promo",
        "promotion",
        "teaser",
        "teasers",
        "recommended",
        "recommendation",
        "recommendations",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "sponsor",
        "sponsored",
        "outbrain",
        "taboola",
        "newsletter",
        "subscribe",
        "subscription",
        "social",
        "share",
        "sharing",
        "comment",
        "comments",
        "trending",
        "popular",
        "breadcrumb",
        "breadcrumbs",
        "masthead",
        "byline",
        "author",
        "authors",
        "avatar",
        "profile",
        # An audio player's picture is the programme's cover, not the story's.
        "audio",
        "podcast",
    }
)
# Class/id words of a video player. Its poster is no picture of the article, unless
# the player sits in a figure that captions it: the page then shows the clip as the
# story's picture ("Videografik: …" under the still).
_PLAYER_WORDS = frozenset({"video", "player"})
# Words in an image's own class, id or file name marking it as site chrome.
_CHROME_WORDS = frozenset(
    {
        "logo",
        "icon",
        "icons",
        "avatar",
        "sprite",
        "pixel",
        "spacer",
        "blank",
        "favicon",
        "emoji",
        "badge",
        "gravatar",
        "profile",
        "author",
        "tracking",
        "1x1",
        "qr",
    }
)
# Class/id words naming the article itself; see _is_boilerplate_block.
_CONTENT_WORDS = frozenset({"article", "story", "content", "post", "entry", "body", "main"})
# File names of lazy-loading stand-ins ("grey-placeholder.png", "transparent.png").
# Only the file name counts: a class "placeholder" marks a real image not yet loaded.
_PLACEHOLDER_FILE_WORDS = frozenset({"placeholder", "transparent", "loading", "lazy"})
# Folder names under which sites keep chrome rather than photos ("/logos/", "/authors/").
_CHROME_FOLDER_WORDS = frozenset(
    {
        "logo",
        "logos",
        "icon",
        "icons",
        "avatar",
        "avatars",
        "profiles",
        "authors",
        "autoren",
        "buttons",
        "flags",
        "emoticons",
        "smilies",
        # Cookie-consent stand-ins for embedded maps and posts.
        "cookie",
        "consent",
    }
)
# Any chrome, placeholder or folder word of a path is a substring of the lowercased
# path (its words are runs of it); a path holding none needs no word split. Image
# paths are mostly unique, so splitting each costs time and evicts cached class words.
_CHROME_PATH_HINT = re.compile(
    "|".join(
        re.escape(word)
        for word in sorted(_CHROME_WORDS | _PLACEHOLDER_FILE_WORDS | _CHROME_FOLDER_WORDS)
    )
)
# Analytics and ad pixels: third-party hosts, not news photos.
_TRACKERS = (
    "scorecardresearch.",
    "doubleclick.",
    "facebook.com/tr",
    "google-analytics.",
    "googletagmanager.",
    "quantserve.",
    "chartbeat.",
    "ioam.de",
    "adnxs.",
    "amazon-adsystem.",
    "tradedoubler.",
    ".xiti",
    "matomo.php",
    "piwik.php",
)
# An image captioned only with an advertising label is an advertisement.
_AD_LABELS = frozenset(
    {
        "anzeige",
        "werbung",
        "advertisement",
        "advertising",
        "ad",
        "sponsored",
        "publicidad",
        "publicité",
        "pubblicità",
        "annonse",
        "annons",
        "reklame",
        "reklama",
    }
)
# A call to the reader (register, subscribe, get the app) in the unmarked text beside
# a picture: the picture illustrates a sign-up wall or an app promo, not the story.
_CALL_TO_ACTION = re.compile(
    r"(?i)\b(?:continue reading|create (?:a |an |your )?(?:free )?account|sign up|subscribe"
    r"|newsletter|google play|app store|download (?:the|our) app|weiterlesen|abonnieren)\b"
)
_BOILERPLATE_TAGS = frozenset({"nav", "footer", "aside"})
# Class prefixes that describe a layout, not a block: "has-sidebar", "no-ads"; and
# type styles, which name the look a block borrows ("typo-teaser-info" on a gallery).
_LAYOUT_PREFIXES = ("has", "with", "no", "without", "show", "hide", "typo", "font")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

# Custom elements whose name says image ("brick-image", "lazy-img"); amp-img is read
# with img. The XPath's one cheap test finds candidates; Python checks the names.
# "/descendant::*" visits the elements only; "//*" also steps through every text node.
_CUSTOM_IMAGE_XPATH = lxml.etree.XPath("descendant::*[contains(local-name(), '-im')]")
_ALL_IMAGES_XPATH = lxml.etree.XPath("/descendant::*[self::img or contains(local-name(), '-im')]")
# Elements of a wrapper searched for an unmarked credit line; a figure has a few
# dozen, and the cap bounds the search on pages with huge wrappers.
MAX_CREDIT_LINE_SEARCH = 200
# Caption and credit elements read per wrapper; a figure has a handful, and the
# nesting checks among them cost the square of their number on a hostile page.
MAX_MARKED_PER_WRAPPER = 32
# The walk up from an image stops at these: beyond them lies the whole page.
_WRAPPER_STOP_TAGS = frozenset({"body", "html", "article", "main"})
# Wrappers that add no layout of their own; the walk does not count them as a level.
_TRANSPARENT_TAGS = frozenset({"picture", "source", "noscript"})
# Paragraphs an <article> around the headline must hold to be the story itself
# rather than a header block; a story has many, a header one standfirst at most.
MIN_STORY_PARAGRAPHS = 3

# Longest text a wrapper may hold beside its one image and still be read as the
# image's caption when nothing marks it so; captions run to two or three
# sentences, a teaser with its standfirst or running text is longer.
MAX_IMPLICIT_CAPTION_LENGTH = 300
# Words before a labelled credit inside a credit element beyond which they are a
# repeated caption rather than the first part of the credit ("Jane Doe/").
MIN_CAPTION_WORDS_BEFORE_CREDIT = 4
# Unmarked text of one word beside an image is a label ("Video", "Bild"), not a caption.
MIN_UNMARKED_CAPTION_WORDS = 2
# Inside an unmarked wrapper these mean a teaser or running text, not a caption.
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# So is a link with text. lxml's tag filter finds them in C: an XPath costs more
# to set up than a figure takes to walk.
_BLOCKING_TAGS = (
    *("h1", "h2", "h3", "h4", "ul", "ol", "button", "form", "time"),
    *("audio", "video", "iframe", "blockquote"),
)
# The whitespace XPath's normalize-space() drops: a link holding only these has no text.
_XML_SPACE = " \t\r\n"
# "By Jane Doe", "Von Jane Doe": a byline of two to four capitalised names.
_BYLINE = re.compile(
    r"^(?i:by|von|par|por|di|da|av|door|od|af)\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}$"
)
# The whole text an instruction to open the picture larger: a lightbox's label.
_ENLARGE_LABEL = re.compile(
    r"(?i)^\W*(?:(?:zum vergr[öo]ßern|für eine größere ansicht)(?: bitte)?(?: \w+)? (?:an)?klicken"
    r"|(?:bitte )?(?:an)?klicken(?: sie)?(?: hier)? zum vergr[öo]ßern|bild vergr[öo]ßern"
    r"|(?:click|tap)(?: here)? to (?:enlarge|zoom|expand|view larger)|view larger(?: image)?"
    r"|cliquez pour agrandir|clic(?:ca|k)? per ingrandire|haz clic para ampliar)\W*$"
)
# A time of day marks a dateline or a teaser's timestamp, not a caption.
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
# A date or time in the text beside an image marks a teaser or a byline box
# ("Von Jane Doe, 09.09.2025, 15:15 Uhr", "World 1 day ago").
_DATE_OR_TIME = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d+\s+(?:hours?|days?|minutes?)\s+ago\b",
    re.IGNORECASE,
)
# Class/id substrings of caption and credit elements.
_CAPTION_MARKERS = ("caption", "legend", "cutline", "bildunterschrift", "bildtext")
_CREDIT_MARKERS = (
    "credit",
    "copyright",
    "source",
    "photographer",
    "fotograf",
    "courtesy",
    "attribution",
    "rights",
)
# Weaker credit markers: they also name the article's own byline box, which
# holds links or an <address>; a photo credit rarely does.
_BYLINE_MARKERS = ("byline", "author")
_BYLINE_PARTS_XPATH = lxml.etree.XPath(".//*[self::a[@href] or self::address or self::time]")
# Classes of text kept for screen readers only ("Image caption,", "Image source,").
_SCREEN_READER_MARKERS = ("visually-hidden", "visuallyhidden", "sr-only", "screen-reader")
# Elements whose text a reader does not see as part of a caption.
_SKIP_TEXT_TAGS = frozenset(
    {"script", "style", "button", "svg", "noscript", "template", "img", "picture", "source"}
)
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".bmp", ".tif", ".tiff")
# Spacers and vector art: never a news photo.
_NON_PHOTO_EXTENSIONS = (".svg", ".gif", ".ico")

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_NOT_IN_URLS = re.compile('["{}<>]')
_SRCSET_URL = re.compile(r"[\s,]*(\S+)")
_SRCSET_DESCRIPTOR = re.compile(r"[^,]*")
_DESCRIPTOR_VALUE = re.compile(r"^\s*(\d+(?:\.\d+)?)([wx])\s*$", re.IGNORECASE)
# Parts of a file name that name a size or rendition, not a picture:
# "photo-1200x800.jpg", "photo__retina.jpg", "photo_large@2x.jpg", "x-super-169.jpg".
_FILE_NAME_PART = re.compile(r"[-_~@.]+")
_SIZE_PART = re.compile(r"^(?:\d{2,5}x\d{2,5}|\d(?:\.\d)?x|w\d{2,5}|\d{2,5}w|\d{2,5}px)$")
_SIZE_WORDS = frozenset(
    {
        "medium",
        "retina",
        "large",
        "small",
        "thumb",
        "thumbnail",
        "xl",
        "xxl",
        "lg",
        "sm",
        "md",
        "hd",
        "hq",
        "big",
        "full",
        "original",
        "scaled",
        "super",
        "mobile",
        "desktop",
    }
)

# Class strings repeat across a page and across pages of one site: their
# analysis is cached, bounded so a hostile page cannot grow it without end.
_CLASS_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_CLASS_CACHE_SIZE)
def _words(value: str) -> frozenset[str]:
    """Lowercase words of a class, id or file name, camelCase split."""
    lowered = value.lower()
    if lowered != value:
        # Only a name with capitals can be camelCase (most are lowercase-with-dashes).
        lowered = _CAMEL_BOUNDARY.sub(" ", value).lower()
    return frozenset(_WORD_SPLIT.split(lowered)) - _NO_WORD


_NO_WORD = frozenset({""})


def _names(class_attribute: str, id_attribute: str) -> list[str]:
    """Class names and id, leaving out layout classes like "has-sidebar"."""
    names = [*class_attribute.split(), id_attribute]
    return [name for name in names if name.lower().partition("-")[0] not in _LAYOUT_PREFIXES]


class _Block(enum.Enum):
    """What an element's class or id says the block is."""

    ARTICLE = "article"  # the article, or nothing said
    BOILERPLATE = "boilerplate"
    PLAYER = "player"


@functools.lru_cache(maxsize=_CLASS_CACHE_SIZE)
def _names_block(class_attribute: str, id_attribute: str) -> _Block:
    marked = player = protected = False
    for name in _names(class_attribute, id_attribute):
        words = _words(name)
        if words & _BOILERPLATE_WORDS:
            marked = True
        elif words & _PLAYER_WORDS:
            player = True
        elif words & _CONTENT_WORDS:
            protected = True
    if protected:
        return _Block.ARTICLE
    if marked:
        return _Block.BOILERPLATE
    return _Block.PLAYER if player else _Block.ARTICLE


def _block_of(element: lxml.html.HtmlElement) -> _Block:
    """What the element's class or id names: a non-article block, a player, or neither.

    A class name that names the article ("article__header") vouches for the
    element even when another of its classes names a layout ("sidebar-grid").
    """
    class_attribute, id_attribute = element.get("class"), element.get("id")
    if not class_attribute and not id_attribute:
        return _Block.ARTICLE
    return _names_block(class_attribute or "", id_attribute or "")


def _chrome_class(element: lxml.html.HtmlElement) -> bool:
    """Whether the element's class names or id say site chrome (logo, icon, avatar …)."""
    class_attribute, id_attribute = element.get("class"), element.get("id")
    if not class_attribute and not id_attribute:
        return False
    return _names_chrome(class_attribute or "", id_attribute or "")


@functools.lru_cache(maxsize=_CLASS_CACHE_SIZE)
def _names_chrome(class_attribute: str, id_attribute: str) -> bool:
    return any(_words(name) & _CHROME_WORDS for name in _names(class_attribute, id_attribute))


class _Marker(enum.Enum):
    """What an element's class or id says it holds."""

    NONE = "none"
    CAPTION = "caption"
    CREDIT = "credit"
    BYLINE = "byline"  # a credit, or the article's byline box


@functools.lru_cache(maxsize=_CLASS_CACHE_SIZE)
def _marker_of(class_attribute: str, id_attribute: str) -> _Marker:
    markers = f"{class_attribute} {id_attribute}".lower()
    if any(marker in markers for marker in _CREDIT_MARKERS):
        return _Marker.CREDIT
    if any(marker in markers for marker in _BYLINE_MARKERS):
        return _Marker.BYLINE
    # "figcaption--author" names the credit inside a caption, not the caption.
    if any(marker in markers for marker in _CAPTION_MARKERS):
        return _Marker.CAPTION
    return _Marker.NONE


def _marker(element: lxml.html.HtmlElement) -> _Marker:
    class_attribute, id_attribute = element.get("class"), element.get("id")
    if not class_attribute and not id_attribute:
        return _Marker.NONE
    return _marker_of(class_attribute or "", id_attribute or "")


def _is_caption_element(element: lxml.html.HtmlElement) -> bool:
    if element.tag == "figcaption":
        return True
    return _marker(element) is _Marker.CAPTION


# Elements that are never a credit element, whatever their class says.
_NOT_CREDIT_TAGS = frozenset({"source", "img", "picture", "figcaption"})


def _is_credit_element(element: lxml.html.HtmlElement) -> bool:
    if element.tag in _NOT_CREDIT_TAGS:
        return False
    return _credit_marked(element, _marker(element))


def _credit_marked(element: lxml.html.HtmlElement, marker: _Marker) -> bool:
    """Whether an element with this marker is a credit: a byline marker needs no byline box."""
    if marker is _Marker.CREDIT:
        return True
    return marker is _Marker.BYLINE and not _holds_byline_parts(element)


def _role(element: lxml.html.HtmlElement) -> _Marker:
    """``CAPTION`` for a caption element, ``CREDIT`` for a credit element, else ``NONE``.

    The same judgement as _is_caption_element then _is_credit_element, reading
    the class once: the caption search makes it on every element of a wrapper.
    """
    tag = element.tag
    if tag == "figcaption":
        return _Marker.CAPTION
    class_attribute, id_attribute = element.get("class"), element.get("id")
    if not class_attribute and not id_attribute:
        return _Marker.NONE
    marker = _marker_of(class_attribute or "", id_attribute or "")
    if marker is _Marker.NONE or marker is _Marker.CAPTION:
        return marker
    if tag not in _NOT_CREDIT_TAGS and _credit_marked(element, marker):
        return _Marker.CREDIT
    return _Marker.NONE


def _holds_byline_parts(element: lxml.html.HtmlElement) -> bool:
    """Whether the element holds or sits in a link, an <address> or a <time>: a byline box."""
    if any(ancestor.tag in ("a", "address") for ancestor in element.iterancestors()):
        return True
    result = _BYLINE_PARTS_XPATH(element)
    return isinstance(result, list) and bool(result)


def _parse_srcset(value: str) -> Iterator[tuple[str, float]]:
    """Yield (url, size) from a srcset, per the HTML spec's parsing rules.

    URLs may hold commas ("width=480,quality=80"); an entry ends at the first
    comma after its descriptor. ``w`` descriptors count as pixels, ``x`` as
    multiples of a nominal 1000 px so either kind ranks sensibly.
    """
    position = 0
    while position < len(value):
        url_match = _SRCSET_URL.match(value, position)
        if url_match is None:
            return
        url = url_match.group(1)
        position = url_match.end()
        size = 1.0
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            descriptor = _SRCSET_DESCRIPTOR.match(value, position)
            if descriptor is not None:
                position = descriptor.end() + 1
                parsed = _DESCRIPTOR_VALUE.match(descriptor.group(0))
                if parsed:
                    number = float(parsed.group(1))
                    size = number if parsed.group(2).lower() == "w" else number * 1000
        if url:
            yield url, size


# URLs split per page: each image URL is split for its checks, its keys and its
# merge; urlsplit's own cache (128) is too small for a page of hundreds of images.
_URL_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_URL_CACHE_SIZE)
def _split(url: str) -> SplitResult:
    """The URL's parts; a malformed one ("http://[bad") counts as a bare path."""
    try:
        return urlsplit(url)
    except ValueError:
        logger.debug("malformed image URL %r", url[:200])
        return SplitResult("", "", url, "", "")


def _usable(url: str) -> bool:
    url = url.strip()
    if not url or url.lower().startswith(("data:", "javascript:", "about:", "blob:")):
        return False
    # Script state pasted into an attribute ('{"src": "…"}') is no URL.
    return _NOT_IN_URLS.search(url) is None


def _largest(srcset: str) -> str | None:
    best: tuple[float, str] | None = None
    for url, size in _parse_srcset(srcset):
        if (best is None or size > best[0]) and _usable(url):
            best = (size, url)
    return None if best is None else best[1]


def _picture_of(image: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<picture>`` around an image; the parser may nest it in unclosed ``<source>`` tags."""
    for ancestor in image.iterancestors():
        if ancestor.tag == "picture":
            return ancestor
        if ancestor.tag != "source":
            return None
    return None


def _raw_url(image: lxml.html.HtmlElement) -> str | None:
    """The best URL an image element names, before resolving."""
    candidates: list[lxml.html.HtmlElement] = [image]
    picture = _picture_of(image)
    if picture is not None:
        candidates.extend(picture.iter("source"))
    for element in candidates:
        for attribute in _LAZY_SRCSET_ATTRIBUTES:
            srcset = element.get(attribute)
            if srcset and (url := _largest(srcset)):
                return url
    for attribute in _LAZY_SRC_ATTRIBUTES:
        url = str(image.get(attribute) or "").strip()
        if url and _usable(url) and not _is_spacer(url):
            return url
    return None


def _is_spacer(url: str) -> bool:
    return _path_ends_with(url, _NON_PHOTO_EXTENSIONS)


def _resolve(url: str, base_url: str | None) -> str | None:
    """The absolute http(s) URL, or ``None`` for another scheme or an unusable one."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    lowered = url[:8].lower()
    if lowered.startswith(("https://", "http://")):
        return url if _well_formed(url) else None
    if base_url:
        try:
            url = urljoin(base_url, url)
        except ValueError:
            logger.debug("cannot resolve image URL %r against %r", url, base_url)
            return None
    absolute = url[:8].lower().startswith(("https://", "http://"))
    return url if absolute and _well_formed(url) else None


def _well_formed(url: str) -> bool:
    # urlsplit refuses only a bracket (an IPv6 host) or a non-ASCII host.
    if url.isascii() and "[" not in url and "]" not in url:
        return True
    try:
        urlsplit(url)
    except ValueError:
        logger.debug("malformed image URL %r", url[:200])
        return False
    return True


def _declared_size(image: lxml.html.HtmlElement, attribute: str) -> int | None:
    value = (image.get(attribute) or "").strip().removesuffix("px")
    # isdigit() alone accepts "²", which int() refuses.
    return int(value) if value.isascii() and value.isdigit() else None


def _is_chrome(image: lxml.html.HtmlElement, url: str) -> bool:
    """Logos, icons, avatars, tracking pixels: by size, own class or file name."""
    # AMP's responsive layouts declare an aspect ratio ("16" by "9"), not a size.
    if image.get("layout") not in _RATIO_LAYOUTS:
        for attribute in ("width", "height"):
            size = _declared_size(image, attribute)
            if size is not None and size < TINY_IMAGE_PX:
                return True
    path = _split(url).path
    if _CHROME_PATH_HINT.search(path.lower()) is None:
        # No chrome word in the path: only the image's own class can say chrome.
        if _chrome_class(image):
            return True
        return _is_tracker(url)
    file_words = _words(path.rsplit("/", 1)[-1])
    if _chrome_class(image) or file_words & (_CHROME_WORDS | _PLACEHOLDER_FILE_WORDS):
        return True
    if _words(path) & _CHROME_FOLDER_WORDS:
        return True
    return _is_tracker(url)


def _is_tracker(url: str) -> bool:
    """Whether the URL is an analytics or ad host's pixel."""
    return any(tracker in url for tracker in _TRACKERS)


def _links_elsewhere(anchor: lxml.html.HtmlElement, base_url: str | None) -> bool:
    """Whether a link goes to another page (a teaser), not to the image or this page."""
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    if _path_ends_with(href, _IMAGE_EXTENSIONS):
        return False
    if base_url:
        if not _may_lead_to(href, base_url):
            return True
        target = _resolve(href, base_url)
        if target is not None and _page_key(target) == _page_key(base_url):
            return False
    return True


def _path_ends_with(url: str, suffixes: tuple[str, ...]) -> bool:
    """Whether the URL's path ends with one of the (lowercase) suffixes, in any case."""
    return _may_end_with(url, suffixes) and _split(url).path.lower().endswith(suffixes)


def _may_end_with(url: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a URL's path may end with one of the (lowercase) suffixes; False settles it.

    The path is a run of the URL, so a URL not holding a suffix anywhere needs
    no split. urlsplit drops tabs and line breaks anywhere ("photo.jp\\ng").
    """
    lowered = url.lower()
    for suffix in suffixes:
        if suffix in lowered:
            return True
    return _breaks_url(url)


def _breaks_url(url: str) -> bool:
    """Whether the URL holds a tab or line break, which urlsplit and urljoin drop."""
    return "\t" in url or "\n" in url or "\r" in url


def _may_lead_to(href: str, base_url: str) -> bool:
    """Whether a link may lead to the page at ``base_url``; False settles it without urljoin.

    A link whose path ends in a name ends the path it resolves to with that
    name. So a link to the page ends with the page's last name ("story.html"),
    unless its path ends in dots or slashes ("./", "..") or it is a query alone.
    """
    page_name = _split(base_url).path.rstrip("/").rsplit("/", 1)[-1]
    if not page_name or _breaks_url(href):
        return True
    end = len(href)
    for mark in "?#":
        found = href.find(mark)
        if found != -1 and found < end:
            end = found
    name = href[:end].rstrip("/").rsplit("/", 1)[-1]
    return name in ("", ".", "..") or name == page_name


def _page_key(url: str) -> str:
    parts = _split(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}"


@attrs.frozen
class _Layout:
    """Where the article sits in the page.

    Attributes:
        roots: ``main`` and the elements around the headline that hold the
            article; class words above them describe the page layout.
        headline_articles: the ``article`` elements holding the headline
            (``h1``) and the story's text; when the page has one, images
            outside it belong to other stories (on the development pages,
            none of the images outside it was an article image). An
            ``article`` holding only the headline block does not count: the
            story's images may follow it.
    """

    roots: frozenset[lxml.html.HtmlElement]
    headline_articles: frozenset[lxml.html.HtmlElement]


# The elements that tell where the article sits: see _layout.
_LANDMARK_TAGS = ("main", "h1")


def _layout(landmarks: Iterable[lxml.html.HtmlElement]) -> _Layout:
    """Where the article sits, from the page's ``main`` and ``h1`` elements in reading order."""
    roots: set[lxml.html.HtmlElement] = set()
    articles: set[lxml.html.HtmlElement] = set()
    # Each article is searched for text once, however many h1s it holds.
    searched: set[lxml.html.HtmlElement] = set()
    for landmark in landmarks:
        if landmark.tag == "main":
            roots.add(landmark)
            continue
        # Pages that load the next story below repeat the layout; the page's own
        # story is the first one holding a headline and text.
        first_story = not articles
        for element in landmark.iterancestors():
            if element.tag == "article":
                if first_story and element not in searched:
                    searched.add(element)
                    if _holds_text(element):
                        articles.add(element)
                roots.add(element)
            elif element.get("itemprop") == "articleBody":
                roots.add(element)
    return _Layout(roots=frozenset(roots), headline_articles=frozenset(articles))


def _holds_text(element: lxml.html.HtmlElement) -> bool:
    """Whether an element holds running text: a few paragraphs, not just a headline block."""
    paragraphs = element.iter("p")
    return all(next(paragraphs, None) is not None for _ in range(MIN_STORY_PARAGRAPHS))


class _Place(enum.Enum):
    """Where an image sits, as its ancestors tell."""

    ARTICLE = "article"
    LINKED = "linked"  # inside a link to another page: a teaser, unless captioned
    POSTER = "poster"  # a player's poster in a figure: the article's, if captioned
    BOILERPLATE = "boilerplate"

    # Members are singletons, so identity hashes them, in C; Enum hashes their names
    # in Python, and the walk up from images keys a dict by place.
    __hash__ = object.__hash__


def _outside_story(image: lxml.html.HtmlElement, layout: _Layout) -> bool:
    """Whether an image lies outside the story holding the headline."""
    stories = layout.headline_articles
    # The stories are <article> elements: only those ancestors are looked at.
    return bool(stories) and not any(story in stories for story in image.iterancestors("article"))


class _Places:
    """Where a page's images sit, as their ancestors tell; see :meth:`of`."""

    def __init__(self, base_url: str | None, layout: _Layout) -> None:
        self.base_url = base_url
        self.layout = layout
        # What each ancestor's class says, for the page's other images in the same blocks.
        self._blocks: dict[lxml.html.HtmlElement, _Block] = {}
        # The verdict of the walk up from an element, by the state the walk reached it
        # in (place, inside a player, past an article or main): the page's images share
        # most of their ancestors, and the walk ends at the first one already judged.
        self._verdicts: dict[tuple[lxml.html.HtmlElement, _Place, bool, bool], _Place] = {}

    def of(self, image: lxml.html.HtmlElement) -> _Place:
        """Whether an ancestor marks the image as navigation or promotion, or links it elsewhere.

        Only asked of images inside the story (see _outside_story).
        """
        place = _Place.ARTICLE
        player = False  # inside a player, and no figure around it yet
        in_story = False  # an article or main passed
        walked: list[tuple[lxml.html.HtmlElement, _Place, bool, bool]] = []
        verdict: _Place | None = None
        verdicts, blocks, roots = self._verdicts, self._blocks, self.layout.roots
        element = image.getparent()
        while element is not None:
            state = (element, place, player, in_story)
            verdict = verdicts.get(state)
            if verdict is not None:
                break
            walked.append(state)
            tag = element.tag
            if tag in ("body", "html") or element in roots:
                break
            block = blocks.get(element)
            if block is None:
                block = blocks[element] = _block_of(element)
            if tag in _BOILERPLATE_TAGS or block is _Block.BOILERPLATE:
                verdict = _Place.BOILERPLATE
                break
            if (
                tag == "header"
                and not (in_story or _in_article(element))
                and element.find(".//h1") is None
            ):
                verdict = _Place.BOILERPLATE
                break
            if tag == "a" and _links_elsewhere(element, self.base_url):
                place = _Place.LINKED
            if block is _Block.PLAYER:
                player = True
            elif player and tag == "figure":
                player = False
                place = _Place.POSTER if place is _Place.ARTICLE else place
            if tag in ("article", "main"):
                in_story = True
            element = element.getparent()
        if verdict is None:
            verdict = _Place.BOILERPLATE if player else place
        for state in walked:
            verdicts[state] = verdict
        return verdict


def _in_article(element: lxml.html.HtmlElement) -> bool:
    """Whether an ancestor of the element is an ``article`` or ``main``."""
    return next(element.iterancestors("article", "main"), None) is not None


def _shown(element: lxml.html.HtmlElement) -> bool:
    """Whether an element's text shows: not script or markup, not ``hidden``."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _SKIP_TEXT_TAGS:
        return False
    if element.get("hidden") is not None:
        return False
    class_attribute = element.get("class")
    if class_attribute and _screen_reader_only(class_attribute):
        return False
    style = element.get("style")
    return not style or "display:none" not in style.replace(" ", "").lower()


@functools.lru_cache(maxsize=_CLASS_CACHE_SIZE)
def _screen_reader_only(class_attribute: str) -> bool:
    """Whether a class hides text from the eye ("visually-hidden", "sr-only")."""
    lowered = class_attribute.lower()
    return any(marker in lowered for marker in _SCREEN_READER_MARKERS)


def _visible_text(
    element: lxml.html.HtmlElement, skip: list[lxml.html.HtmlElement], *, limit: int | None = None
) -> str:
    """The element's text as a reader sees it, leaving out ``skip`` subtrees and non-text.

    With a ``limit``, reading stops soon after that many characters: the caller
    only needs to know the text is longer.
    """
    if not len(element):
        # Most caption and credit elements hold text only: nothing to walk.
        return normalize_space(element.text or "")
    return normalize_space(" ".join(_visible_parts(element, skip, limit)[0]))


# A subtree whose visible text was read whole, and the parts of that text.
_Read: TypeAlias = tuple[lxml.html.HtmlElement, list[str]]


def _visible_parts(
    element: lxml.html.HtmlElement,
    skip: list[lxml.html.HtmlElement],
    limit: int | None,
    known: _Read | None = None,
) -> tuple[list[str], bool]:
    """The parts of _visible_text before they are joined, and whether they are all of them.

    ``known`` is a descendant read whole before with the same ``skip``: its
    parts are taken, not read again (the caption search reads each wrapper,
    and each holds the one below it).
    """
    parts: list[str] = []
    # Elements whose text is still to read, and the tails of their siblings read
    # ahead (lxml builds a new string on each .text/.tail access: read each once).
    stack: list[lxml.html.HtmlElement | str] = [element]
    size = 0
    # With a limit, the elements read are bounded too: a wrapper of thousands of
    # empty elements holds no caption either, and nested ones would each be read.
    nodes = 0
    while stack:
        if limit is not None and (size > limit or nodes > limit):
            return parts, False
        node = stack.pop()
        nodes += 1
        if isinstance(node, str):
            text: str | None = node
        elif known is not None and node is known[0]:
            stack.extend(reversed(known[1]))
            continue
        else:
            text = node.text
            for child in reversed(node):
                tail = child.tail
                if tail:
                    stack.append(tail)
                if _shown(child) and (not skip or all(child is not skipped for skipped in skip)):
                    stack.append(child)
        if text:
            parts.append(text)
            size += len(text)
    return parts, True


@attrs.frozen
class _Found:
    """What the wrapper search found for one image."""

    caption: str | None
    credit: ImageCredit | None
    marked: bool = False  # found in an element the page marks as caption or credit
    # The element the caption was read from: two copies of a picture captioned from
    # two elements are two uses of it (a hero repeated in the story), not one.
    source: lxml.html.HtmlElement | None = attrs.field(default=None, eq=False)


def _credit_of(text: str) -> ImageCredit | None:
    """The credit a credit element prints, its label kept apart."""
    text = _undoubled(normalize_space(text))
    if not text:
        return None
    if credit := credit_from_line(text):
        return credit
    # A credit element that also repeats the caption: "… in New York. Fotos: AFP".
    # A short lead before the label ("Jane Doe/Copyright 2026 AP") is part of the credit.
    caption, embedded = split_caption(text)
    if embedded is not None and caption is not None and _reads_as_sentence(caption):
        return embedded
    return parse_credit(text)


def _reads_as_sentence(text: str) -> bool:
    """Whether text before a credit is a caption: several words, or a full sentence."""
    return len(text.split()) > MIN_CAPTION_WORDS_BEFORE_CREDIT or text.endswith((".", "!", "?"))


def _undoubled(text: str) -> str:
    """Text printed twice in a row (a mobile and a desktop copy) once: "AP/Jo Doe AP/Jo Doe"."""
    half, remainder = divmod(len(text), 2)
    if remainder and text[:half] == text[half + 1 :] and text[half] == " ":
        return text[:half]
    return text


def _contains(ancestor: lxml.html.HtmlElement, element: lxml.html.HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _caption_and_credit(
    image: lxml.html.HtmlElement,
    accepted: dict[lxml.html.HtmlElement, str],
    image_tags: tuple[str, ...],
) -> _Found:
    """Search the smallest wrappers of the image (holding no other image) for caption and credit.

    The first wrapper holding an element marked as caption or credit wins. The
    text of a ``figure`` without such elements, or of a small wrapper holding
    only the image and a short text, is the caption unless a wrapper further up
    has a marked one (a "View 6 images" label inside the figure, the caption
    beside it). ``accepted`` gives the picture key of each kept image, and
    ``image_tags`` their tags.
    """
    wrapper = image
    levels = 0
    fallback = _Found(None, None)
    # Where to look for the alt text's echo, read only if nothing else captions the image.
    echo_places: list[lxml.html.HtmlElement] = []
    key = accepted[image]
    read_whole: _Read | None = None  # the last wrapper whose text was read whole
    while levels < MAX_WRAPPER_LEVELS:
        # Taken before climbing: the parent may hold the story's other images
        # and end the search.
        if fallback.caption is None:
            echo_places.append(wrapper)
        parent = wrapper.getparent()
        if parent is None or parent.tag in _WRAPPER_STOP_TAGS:
            return _echoed(_caption_after(wrapper, fallback), image, echo_places)
        if parent.tag not in _TRANSPARENT_TAGS:
            levels += 1
        # The wrapper below was searched at the level before and held nothing:
        # only the parent's other elements are new. Another picture among them
        # ends the search (a lazy placeholder's <noscript> copy shows the same),
        # and so do more elements than a picture's wrapper holds.
        captions: list[lxml.html.HtmlElement] = []
        credits: list[lxml.html.HtmlElement] = []
        for read, element in enumerate(_new_elements(parent, wrapper)):
            if read >= MAX_WRAPPER_ELEMENTS or (
                element.tag in image_tags and accepted.get(element, key) != key
            ):
                return _echoed(_caption_after(wrapper, fallback), image, echo_places)
            if len(captions) + len(credits) >= MAX_MARKED_PER_WRAPPER:
                continue
            role = _role(element)
            if role is _Marker.CAPTION:
                captions.append(element)
            elif role is _Marker.CREDIT:
                credits.append(element)
        wrapper = parent
        if captions:
            # Text inside a link the image is not in belongs to a teaser's headline.
            captions = [c for c in captions if not _in_other_link(c, image, wrapper)]
            captions = _outermost([c for c in captions if not _contains(c, image)])
        if credits:
            credits = _outermost(
                [c for c in credits if not _contains(c, image) and _visible_text(c, [])]
            )
        if captions or credits:
            return _echoed(_read(wrapper, captions, credits), image, echo_places)
        if fallback.caption is not None:
            continue
        parts, whole = _visible_parts(wrapper, [], MAX_IMPLICIT_CAPTION_LENGTH, read_whole)
        if whole:
            read_whole = (wrapper, parts)
        text = normalize_space(" ".join(parts))
        if not text:
            continue
        if len(text.split()) < MIN_UNMARKED_CAPTION_WORDS:
            continue
        if not _may_be_implicit_caption(wrapper, text):
            # The wrapper now holds running text, a teaser or a byline box.
            break
        found = _read(wrapper, [], [], implicit=True, text=text if whole else None)
        fallback = attrs.evolve(found, marked=False)
    return _echoed(fallback, image, echo_places)


def _echoed(
    found: _Found, image: lxml.html.HtmlElement, places: list[lxml.html.HtmlElement]
) -> _Found:
    """What the search found, else captioned by the alt text's visible echo.

    ``places`` are the image's wrappers, innermost first, after which an
    element printing the alt text may follow (see _alt_echo).
    """
    if found.caption is not None:
        return found
    alt = normalize_space(image.get("alt") or "")
    if len(alt.split()) < MIN_UNMARKED_CAPTION_WORDS:
        return found
    for place in places:
        echo = _alt_echo(alt, place)
        if echo is not None:
            return attrs.evolve(found, caption=echo)
    return found


def _next_element(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element's next sibling element, past comments and processing instructions."""
    sibling = element.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    return sibling


def _caption_after(wrapper: lxml.html.HtmlElement, found: _Found) -> _Found:
    """What the search found, else a caption element printed right after the picture.

    Some pages put the picture and its ``figcaption`` straight into the running
    text, with no ``figure`` around them; the walk up stops at the story or at
    the next picture before it meets a wrapper holding both, but the caption
    element that follows the picture's outermost own wrapper is this picture's.
    """
    if found.caption is not None:
        return found
    sibling = _next_element(wrapper)
    if (
        sibling is None
        or not _is_caption_element(sibling)
        or holds_more_than(sibling, MAX_WRAPPER_ELEMENTS)
    ):
        return found
    marked = (
        element
        for element in sibling.iterdescendants()
        if isinstance(element.tag, str) and _is_credit_element(element)
    )
    credits = _outermost(list(itertools.islice(marked, MAX_MARKED_PER_WRAPPER)))
    after = _read(sibling, [sibling], credits)
    return after if after.caption is not None else found


def _alt_echo(alt: str, below: lxml.html.HtmlElement) -> str | None:
    """The unmarked element right after the image's wrapper when it prints the alt text.

    Some pages show a caption in a plain ``div`` after the picture, inside running
    text too long to be read as a short caption wrapper; the alt text repeating it
    word for word vouches that the element captions this picture. ``alt`` is the
    image's alt text, spaces normalised.
    """
    if len(alt.split()) < MIN_UNMARKED_CAPTION_WORDS:
        return None
    sibling = _next_element(below)
    if sibling is None or sibling.tag in _SKIP_TEXT_TAGS or sibling.tag in _HEADING_TAGS:
        return None  # a teaser's picture and its headline share the words
    text = _visible_text(sibling, [], limit=MAX_IMPLICIT_CAPTION_LENGTH)
    if text.casefold() != alt.casefold() or not _reads_as_caption(text):
        return None
    if not _may_be_implicit_caption(sibling, text):
        return None
    return text


def _may_be_implicit_caption(wrapper: lxml.html.HtmlElement, text: str) -> bool:
    """Whether unmarked text beside an image reads as its caption, not a teaser or byline."""
    if len(text) > MAX_IMPLICIT_CAPTION_LENGTH or _DATE_OR_TIME.search(text):
        return False
    # A link's text is the headline of what it links to.
    if wrapper.tag == "a" and wrapper.get("href"):
        return False
    for element in wrapper.iterdescendants(*_BLOCKING_TAGS, "a"):
        if element.tag != "a" or any(text.strip(_XML_SPACE) for text in element.itertext()):
            return False
    return True


def _in_other_link(
    element: lxml.html.HtmlElement, image: lxml.html.HtmlElement, wrapper: lxml.html.HtmlElement
) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is wrapper:
            return False
        if ancestor.tag == "a" and ancestor.get("href") and not _contains(ancestor, image):
            return True
    return False


def _new_elements(
    parent: lxml.html.HtmlElement, searched: lxml.html.HtmlElement
) -> Iterator[lxml.html.HtmlElement]:
    """The parent's elements outside the subtree already searched."""
    for child in parent:
        if child is not searched:
            # Elements only (no comments), in document order, the child first.
            yield from child.iter(lxml.etree.Element)


def _outermost(elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """Drop the elements nested in another of the list."""
    return [e for e in elements if not any(_contains(other, e) for other in elements)]


def _credit_text(
    credits: list[lxml.html.HtmlElement], captions: list[lxml.html.HtmlElement]
) -> str:
    """The credit as printed; credit parts sharing a holder ("Photo by X / Agency") read whole."""
    parent = credits[0].getparent()
    if (
        len(credits) > 1
        and parent is not None
        and all(credit.getparent() is parent for credit in credits)
    ):
        return _visible_text(parent, captions)
    return _visible_text(credits[0], [])


def _unmarked_credit(
    holder: lxml.html.HtmlElement,
) -> tuple[lxml.html.HtmlElement, ImageCredit] | None:
    """A credit the page sets apart, first or last in the caption, without naming it a credit."""
    children = [child for child in holder if isinstance(child.tag, str) and child.tag != "br"]
    if not children:
        return None
    if len(children) == 1:
        loose_text = (holder.text or "") + "".join(child.tail or "" for child in holder)
        if not loose_text.strip():
            # A lone wrapper: look inside it.
            return _unmarked_credit(children[0])
        return _set_apart_credit(children[0])
    return _set_apart_credit(children[-1]) or _set_apart_credit(children[0])


def _labelled_line(
    wrapper: lxml.html.HtmlElement, captions: list[lxml.html.HtmlElement]
) -> tuple[lxml.html.HtmlElement, ImageCredit] | None:
    """A credit line ("Foto: Jane Doe", "EPA") beside the caption, in an unmarked element."""
    in_captions = {element for caption in captions for element in caption.iter()}
    for count, element in enumerate(wrapper.iterdescendants()):
        if count >= MAX_CREDIT_LINE_SEARCH:
            break
        if not isinstance(element.tag, str) or len(element) or not _shown(element):
            continue
        if element in in_captions:
            continue
        text = normalize_space(element.text or "")
        if not text or len(text) > MAX_CREDIT_LENGTH:
            continue
        credit = credit_from_line(text)
        if credit is not None:
            return element, credit
    return None


def _set_apart_credit(
    element: lxml.html.HtmlElement,
) -> tuple[lxml.html.HtmlElement, ImageCredit] | None:
    text = _visible_text(element, [])
    if text and looks_like_credit(text):
        credit = _credit_of(text)
        if credit is not None:
            return element, credit
    return None


def _read(
    wrapper: lxml.html.HtmlElement,
    captions: list[lxml.html.HtmlElement],
    credits: list[lxml.html.HtmlElement],
    *,
    implicit: bool = False,
    text: str | None = None,
) -> _Found:
    """What a wrapper's marked caption and credit elements say, or (``implicit``) its text.

    ``text`` is the wrapper's visible text, when already read whole. An element
    of more than ``MAX_WRAPPER_ELEMENTS`` nodes is no caption or credit: it is
    not read.
    """
    captions = [c for c in captions if not holds_more_than(c, MAX_WRAPPER_ELEMENTS)]
    credits = [c for c in credits if not holds_more_than(c, MAX_WRAPPER_ELEMENTS)]
    if (implicit or not (captions or credits)) and holds_more_than(wrapper, MAX_WRAPPER_ELEMENTS):
        return _Found(None, None)
    credit: ImageCredit | None = None
    if credits:
        credit = _credit_of(_credit_text(credits, captions))
    holder = captions[0] if captions else wrapper
    skip = list(credits)
    if credit is None and (found := _unmarked_credit(holder)) is not None:
        skip.append(found[0])
        credit = found[1]
    if credit is None and captions and (found := _labelled_line(wrapper, captions)) is not None:
        skip.append(found[0])
        credit = found[1]
    caption: str | None = None
    for element in captions:
        caption = _visible_text(element, skip) or None
        if caption:
            break
    if caption is None and implicit:
        caption = (text if text is not None and not skip else _visible_text(wrapper, skip)) or None
    if caption is None and credits:
        credit_parent = credits[0].getparent()
        if credit_parent is not None:
            text = _visible_text(credit_parent, skip, limit=MAX_IMPLICIT_CAPTION_LENGTH)
            if len(text.split()) >= MIN_UNMARKED_CAPTION_WORDS and _may_be_implicit_caption(
                credit_parent, text
            ):
                caption = text
    if caption is not None:
        caption, embedded = split_caption(caption)
        if credit is None:
            credit = embedded
        elif embedded is not None and embedded.text not in credit.text:
            # "Caption / Jane Doe" then a credit element "Agency": one credit in two parts.
            credit = parse_credit(
                f"{embedded.text} / {credit.text}", embedded.label or credit.label
            )
    if caption is not None and not _reads_as_caption(caption):
        caption = None
    return _Found(caption, credit, marked=True, source=wrapper if caption is not None else None)


def _reads_as_caption(text: str) -> bool:
    """Whether a caption's text has words and is no timestamp, byline or button label.

    "02/02/2025", "Updated 22:05" and "Von Jane Doe" sit beside teaser and
    author pictures, not under article photos; "Zum Vergrößern bitte anklicken"
    tells the reader how to open the picture, not what it shows.
    """
    return (
        any(character.isalpha() for character in text)
        and not _TIME_OF_DAY.search(text)
        and not _BYLINE.match(text)
        and not _ENLARGE_LABEL.match(text)
    )


def _title_credit(image: lxml.html.HtmlElement) -> ImageCredit | None:
    """A labelled credit in the image's tooltip ("Fire fighters | Photo: Jane Doe")."""
    title = normalize_space(str(image.get("title") or ""))
    return split_caption(title)[1] if title else None


# Each kept image's keys are asked for when its picture is keyed, looked up and collected.
@functools.lru_cache(maxsize=_URL_CACHE_SIZE)
def _normalised(url: str) -> str:
    parts = _split(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


@functools.lru_cache(maxsize=_URL_CACHE_SIZE)
def _file_key(url: str) -> str | None:
    """The file name without extension and size suffix, when it is distinctive enough."""
    # File names are short; the cap keeps a hostile one from costing quadratic time.
    name = _split(url).path.rsplit("/", 1)[-1].lower()[-MAX_FILE_NAME_LENGTH:]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = "-".join(
        part
        for part in _FILE_NAME_PART.split(stem)
        if part and part not in _SIZE_WORDS and not _SIZE_PART.match(part)
    )
    # Short or generic names ("image", "1", "full") recur across different images.
    if len(stem) < MIN_FILE_KEY_LENGTH:
        return None
    return stem


# Share of words a lead image's caption or alt must have in common with a page
# image's (Jaccard) to be taken for the same picture; captions that differ by a
# credit or a dateline stay above it, captions of different pictures fall far below.
SAME_TEXT_SHARE = 0.8
_WORD = re.compile(r"\w+")
# Characters two file names must share from their start to be renditions of one
# picture (CMS IDs and UUIDs run to 20 and more); gallery files "1-560.jpg" and
# "2-560.jpg" share none.
MIN_SHARED_FILE_PREFIX = 20
# Longest file name compared: CMS slugs and hashes stay well under it.
MAX_FILE_NAME_LENGTH = 200
# File names shorter than this ("image", "large", "1") name no particular image;
# CMS file names are slugs or hashes well over this length.
MIN_FILE_KEY_LENGTH = 8


def _picture_key(url: str) -> str:
    """One key per picture: its distinctive file name, else its normalised URL."""
    return _file_key(url) or _normalised(url)


def _keys(image: Image) -> list[str]:
    """What identifies an image: its normalised URL and its distinctive file name."""
    if image.url is None:
        return []
    keys = [f"url:{_normalised(image.url)}"]
    if (file_key := _file_key(image.url)) is not None:
        keys.append(f"file:{file_key}")
    return keys


# The element a caption was read from, when known.
_Source: TypeAlias = lxml.html.HtmlElement | None


def _conflict(first: Image, second: Image, sources: tuple[_Source, _Source] = (None, None)) -> bool:
    """Two different captions mean two uses of one picture (a hero and an inline copy).

    So does one caption printed twice in the story, under each copy: ``sources``
    are the elements the two captions were read from, when known. A lazy
    placeholder and its ``<noscript>`` copy read theirs from the same figure; a
    lightbox copy outside the story repeats the story's picture.
    """
    if not (first.caption and second.caption):
        return False
    if first.caption != second.caption:
        return True
    one, other = sources
    if one is None or other is None or one is other:
        return False
    story = _story_of(one)
    return story is not None and story is _story_of(other)


def _story_of(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The nearest ``article`` or ``main`` around an element."""
    return next(
        (ancestor for ancestor in element.iterancestors() if ancestor.tag in ("article", "main")),
        None,
    )


def _merge(kept: Image, other: Image) -> Image:
    """Fill the fields the kept image lacks from a duplicate of it."""
    return attrs.evolve(
        kept,
        url=kept.url or other.url,
        alt=kept.alt or other.alt,
        caption=kept.caption or other.caption,
        credit=kept.credit or other.credit,
    )


def _is_image_tag(tag: object) -> bool:
    return tag in ("img", "amp-img") or (
        isinstance(tag, str) and ("-image" in tag or "-img" in tag)
    )


def _image_elements(
    tree: lxml.html.HtmlElement, plain: list[lxml.html.HtmlElement], layout: _Layout
) -> list[lxml.html.HtmlElement]:
    """The page's image elements in reading order: img, amp-img and custom image elements.

    Web-component pages render pictures as custom elements (``<brick-image>``,
    ``<lazy-img>``) that carry the same src and lazy attributes; the union in
    document order runs only on a page that has one. Other pages use ``plain``,
    their img and amp-img elements in reading order. Images outside the story
    holding the headline are dropped (see _outside_story), so only the story
    is searched for custom elements when the page has one: a quarter of the
    page, and the search visits every element.
    """
    custom = False
    for scope in layout.headline_articles or (tree,):
        candidates = _CUSTOM_IMAGE_XPATH(scope)
        custom = custom or (
            isinstance(candidates, list)
            and any(
                isinstance(element, lxml.html.HtmlElement)
                and element.tag != "amp-img"
                and _is_image_tag(element.tag)
                for element in candidates
            )
        )
    if not custom:
        return plain
    found = _ALL_IMAGES_XPATH(tree)
    if not isinstance(found, list):
        return []
    return [
        element
        for element in found
        if isinstance(element, lxml.html.HtmlElement) and _is_image_tag(element.tag)
    ]


def _page_images(tree: lxml.html.HtmlElement, base_url: str | None) -> list[tuple[Image, _Source]]:
    """The page's own images in reading order, each with the element its caption came from."""
    accepted: dict[lxml.html.HtmlElement, tuple[str, _Place]] = {}
    # One walk over the tree finds the images and the landmarks of the layout.
    walked = list(tree.iter("img", "amp-img", *_LANDMARK_TAGS))
    layout = _layout(element for element in walked if element.tag in _LANDMARK_TAGS)
    plain = [element for element in walked if element.tag not in _LANDMARK_TAGS]
    places = _Places(base_url, layout)
    for element in _image_elements(tree, plain, layout):
        # Checked cheapest first. About a third of a page's images belong to
        # other stories; then half of the rest sit in navigation, teasers or
        # other boilerplate: their URLs need no reading.
        if _outside_story(element, layout):
            continue
        place = places.of(element)
        if place is _Place.BOILERPLATE:
            continue
        raw = _raw_url(element)
        if raw is None:
            continue
        url = _resolve(raw, base_url)
        if url is None:
            if base_url or _SCHEME.match(raw):
                continue
            # No page URL to resolve against: judge the path as printed; the
            # image keeps its caption and credit but has no absolute URL.
            url = raw
        if not (_is_spacer(url) or _is_chrome(element, url)):
            accepted[element] = (url, place)
    picture_keys = {element: _picture_key(url) for element, (url, _) in accepted.items()}
    # The tags of the kept images, for lxml to find them in C.
    image_tags = tuple({element.tag for element in accepted})
    images: list[tuple[Image, _Source]] = []
    for element, (url, place) in accepted.items():
        found = _caption_and_credit(element, picture_keys, image_tags)
        # A thumbnail linking to another page is a teaser; an article image
        # linked to its gallery or lightbox still carries its caption. A video's
        # still is the story's picture only under the caption of its figure.
        if place is not _Place.ARTICLE and not found.marked:
            continue
        if place is _Place.POSTER and found.caption is None:
            continue
        if found.caption is not None and found.caption.casefold() in _AD_LABELS:
            continue
        if not found.marked and found.caption and _CALL_TO_ACTION.search(found.caption):
            continue
        credit = found.credit if found.credit is not None else _title_credit(element)
        alt = normalize_space(element.get("alt") or "") or None
        absolute = url if _SCHEME.match(url) else None
        image = Image(url=absolute, alt=alt, caption=found.caption, credit=credit)
        images.append((image, found.source))
    return images


def _text_words(text: str | None) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold())) if text else frozenset()


def _similar(first: str | None, second: str | None) -> bool:
    words = _text_words(first)
    others = _text_words(second)
    return bool(words and others) and len(words & others) >= SAME_TEXT_SHARE * len(words | others)


def _without_alt_caption(lead: Image) -> Image:
    """A lead image's caption as the page would show it.

    A metadata caption that only repeats the alt text is no caption; one that
    ends with (or is) a credit gives that credit up.
    """
    if lead.caption is None or _similar(lead.caption, lead.alt):
        return attrs.evolve(lead, caption=None)
    caption, credit = split_caption(lead.caption)
    return attrs.evolve(lead, caption=caption, credit=lead.credit or credit)


def _same_text(lead: Image, images: list[Image]) -> int | None:
    """The page image whose caption or alt says what the lead image's does.

    Metadata often names another size or crop of the hero image than the page
    shows (another URL, another file name); the words tell them apart.
    """
    for position, image in enumerate(images):
        for text in (image.caption, image.alt):
            if any(_similar(text, lead_text) for lead_text in (lead.caption, lead.alt)):
                return position
    return None


def _same_file_stem(first: str | None, second: str | None) -> bool:
    """Whether two image URLs' file names start alike for long enough to share an ID."""
    if first is None or second is None:
        return False
    one, other = (_split(url).path.rsplit("/", 1)[-1] for url in (first, second))
    shared = 0
    for left, right in zip(one, other, strict=False):
        if left != right:
            break
        shared += 1
    return shared >= MIN_SHARED_FILE_PREFIX


class _Collector:
    """Images in order, each picture once; a duplicate fills what its first copy lacks."""

    def __init__(self) -> None:
        self.images: list[Image] = []
        self._sources: list[_Source] = []
        self._index: dict[str, int] = {}
        self._captions: dict[tuple[str, ImageCredit | None], int] = {}

    def find(
        self, image: Image, source: _Source = None, *, captions_differ_ok: bool = False
    ) -> int | None:
        """The position of an image already collected that the given one duplicates.

        Two copies with different captions, or with one caption printed under each
        (read from two ``source`` elements), are two uses of the picture, unless
        ``captions_differ_ok`` (a lead image whose metadata words its caption
        otherwise than the page).
        """
        same_file = False
        for key in _keys(image):
            position = self._index.get(key)
            if position is None:
                continue
            if captions_differ_ok or not _conflict(
                self.images[position], image, (self._sources[position], source)
            ):
                return position
            same_file = True  # the same file again, in another use
        # Another rendition (crop, format) of a captioned picture: the same caption
        # and credit, and a file name sharing the picture's ID. Pages print a crop
        # per screen size, each in its own figure: the figures do not count here.
        if image.caption and image.url and not same_file:
            position = self._captions.get((image.caption, image.credit))
            if position is not None and _same_file_stem(self.images[position].url, image.url):
                return position
        return None

    def add(self, image: Image, source: _Source = None) -> None:
        """Collect an image, merged into its duplicate when there is one.

        Args:
            image: the image.
            source: the element its caption was read from, if known.
        """
        position = self.find(image, source)
        if position is not None:
            self.images[position] = _merge(self.images[position], image)
            return
        for key in _keys(image):
            self._index.setdefault(key, len(self.images))
        if image.caption:
            self._captions.setdefault((image.caption, image.credit), len(self.images))
        self.images.append(image)
        self._sources.append(source)


@attrs.frozen
class FoundImages:
    """The article's images, and the captions the page prints in boxes of their own.

    Attributes:
        images: as :func:`extract_images` returns them.
        printed_captions: the captions (alone, and followed by their credit) read
            from an element beside the picture rather than from running text,
            folded (:func:`articlekit._text.fold`): a paragraph of the main text
            that says the same is the caption leaking into it.
    """

    images: tuple[Image, ...]
    printed_captions: frozenset[str]


def extract_images(
    tree: lxml.html.HtmlElement, *, base_url: str | None, lead_images: tuple[Image, ...]
) -> tuple[Image, ...]:
    """Return the article's images in reading order, with captions and credits.

    Args:
        tree: the parsed page; only read.
        base_url: the page's URL, to resolve relative image URLs against.
        lead_images: images the page's metadata names (og:image, JSON-LD
            ``ImageObject``), possibly with caption and credit.

    Returns:
        The page's own images, duplicates merged; a lead image the page also
        shows lends it the caption, credit or alt it lacks, and one it does not
        show comes first.
    """
    return find_images(tree, base_url=base_url, lead_images=lead_images).images


def find_images(
    tree: lxml.html.HtmlElement, *, base_url: str | None, lead_images: tuple[Image, ...]
) -> FoundImages:
    """Return the article's images (see :func:`extract_images`) and the captions the
    page prints apart from its running text."""
    page = _Collector()
    printed: set[str] = set()
    for image, source in _page_images(tree, base_url):
        page.add(image, source)
        if image.caption and _printed_apart(source):
            printed.add(fold(image.caption))
            if image.credit is not None:
                printed.add(fold(f"{image.caption} {image.credit.text}"))
    leading = _Collector()
    for given in lead_images:
        lead = _without_alt_caption(given)
        position = page.find(lead, captions_differ_ok=True)
        if position is None:
            position = _same_text(lead, page.images)
        if position is None:
            leading.add(lead)
        else:
            shown = page.images[position]
            if _similar(lead.caption, shown.alt):
                lead = attrs.evolve(lead, caption=None)
            page.images[position] = _merge(shown, lead)
    return FoundImages((*leading.images, *page.images), frozenset(printed))


def _printed_apart(source: _Source) -> bool:
    """Whether a caption was read from an element of its own beside the picture.

    A picture set at the start of a paragraph (``<p><img>The council …</p>``)
    is captioned by the paragraph's text, which is the story's all the same.
    """
    if source is None:
        return False
    # The paragraph holds the picture's wrapper closely: as near as the search
    # for a caption climbs.
    near = itertools.islice(source.iterancestors(), MAX_WRAPPER_LEVELS)
    return not any(element.tag == "p" for element in (source, *near))
