"""The extraction pipeline: one short linear function per input kind.

HTML goes through these stages, in order:

1. load: decode the bytes and parse them into a tree (``_load``);
2. metadata and dates: title, standfirst, authors, published and modified,
   language, site, tags, lead images (``_metadata``, ``_dates``);
3. body: the main text as typed blocks (``_body``); a page whose markup holds
   none may keep its story in script state or JSON-LD (``_state``);
4. images: the article's images with captions and credits (``_images``);
   a caption printed in a box beside its picture that the body took for a
   paragraph is dropped from the main text, and a text with no paragraph of
   a story (a video's page) opens with the page's description;
5. quotes: the direct quotations of the main text (``_quotes``);
6. assemble: the :class:`~articlekit.Article`.

Plain text skips the tree: ``_plaintext`` reads headline, standfirst, date,
byline, captions and body from the lines, then quotes and assemble as above.
"""

from __future__ import annotations

import datetime as dt

from lxml.html import HtmlElement

from articlekit._body import extract_blocks, opened_with_description, without_captions
from articlekit._images import find_images
from articlekit._load import DEFAULT_LIMITS, Limits, check_text_size, load_html
from articlekit._metadata import Metadata, extract_metadata
from articlekit._models import PARAGRAPH_SEPARATOR, Article, Block
from articlekit._plaintext import read_plain_text
from articlekit._quotes import extract_quotes
from articlekit._state import html_stories, text_story
from articlekit.exceptions import ParseError

__all__ = ["parse_html", "parse_text"]


def _text_of(blocks: tuple[Block, ...]) -> str:
    """The text Article.text will give for these blocks, without building an Article twice."""
    return PARAGRAPH_SEPARATOR.join(block.text for block in blocks)


def _story_from_state(tree: HtmlElement, metadata: Metadata, limits: Limits) -> tuple[Block, ...]:
    """The main text of a page whose markup holds none, from its script state or JSON-LD."""
    for html in html_stories(tree, article_body=metadata.article_body):
        try:
            blocks = extract_blocks(load_html(html, limits), title=metadata.title)
        except ParseError:
            continue
        if blocks:
            return blocks
    return text_story(metadata.article_body)


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    encoding: str | None = None,
    now: dt.datetime | None = None,
    limits: Limits | None = None,
) -> Article:
    """Extract the article from a web page.

    Args:
        html: the page, as the bytes fetched (their charset is detected) or as
            text already decoded.
        url: the page's URL, used to resolve relative links and as a last
            resort for the date.
        encoding: the charset the HTTP ``Content-Type`` header names, for
            bytes. It outranks the page's own ``<meta charset>``, as in a
            browser; a byte order mark and valid UTF-8 still come first, and
            a name Python does not know is ignored. Text input ignores it.
        now: the moment of parsing; no date later than it is accepted.
            Defaults to the current time; pass it to make results repeatable.
        limits: bounds on size, tag count and nesting (see :class:`Limits`);
            the defaults fit any real page.

    Returns:
        The article. Fields the page does not give are ``None`` or ``()``.

    Raises:
        ParseError: the input is empty, exceeds a limit or cannot become a
            document.
    """
    limits = limits or DEFAULT_LIMITS
    tree = load_html(html, limits, encoding=encoding)
    metadata = extract_metadata(tree, url=url, now=now)
    blocks = extract_blocks(tree, title=metadata.title) or _story_from_state(tree, metadata, limits)
    found = find_images(
        tree, base_url=url or metadata.canonical_url, lead_images=metadata.lead_images
    )
    images = found.images
    blocks = without_captions(blocks, found.printed_captions)
    blocks = opened_with_description(blocks, metadata.subtitle)
    quotes = extract_quotes(_text_of(blocks))
    return Article(
        url=url or metadata.canonical_url,
        canonical_url=metadata.canonical_url,
        title=metadata.title,
        subtitle=metadata.subtitle,
        authors=metadata.authors,
        published=metadata.published,
        modified=metadata.modified,
        language=metadata.language,
        site_name=metadata.site_name,
        section=metadata.section,
        tags=metadata.tags,
        blocks=blocks,
        images=images,
        quotes=quotes,
    )


def parse_text(
    text: str,
    *,
    url: str | None = None,
    now: dt.datetime | None = None,
    limits: Limits | None = None,
) -> Article:
    """Extract the article from a page saved as plain text.

    The headline comes first; a standfirst, a date line, a byline, the
    headline again, captions with their credit lines and markup remnants may
    follow before the body. Windows line endings, single line breaks between
    paragraphs and straight or curly quotation marks all read the same.

    Args:
        text: the page's text.
        url: the page's URL, if known.
        now: the moment of parsing; no date later than it is accepted.
        limits: bounds on size (see :class:`Limits`).

    Returns:
        The article.

    Raises:
        ParseError: the input is not text, holds no words or exceeds a limit.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected str, got {type(text).__name__}")
    check_text_size(text, limits or DEFAULT_LIMITS)
    page = read_plain_text(text, now=now)
    quotes = extract_quotes(_text_of(page.blocks))
    return Article(
        url=url,
        title=page.title,
        subtitle=page.subtitle,
        authors=page.authors,
        published=page.published,
        modified=page.modified,
        blocks=page.blocks,
        images=page.images,
        quotes=quotes,
    )
