"""An :class:`~articlekit.Article` rendered for people: Markdown, plain text, a review page.

The plain-text form is the one :func:`articlekit.parse_text` reads: headline,
blank line, standfirst, blank line, byline, blank line, date line, blank line,
then the blocks separated by blank lines, and the images last as caption lines
each followed by its credit line. Parsing it gives back the headline and the
paragraphs.

The review page (:func:`render_review_html`) is one self-contained HTML file,
inline CSS and no script, for checking an extraction by eye: every quote is
marked and its speaker shown beside it. Everything the article holds is
escaped, since the page it came from may be hostile.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

from articlekit._models import PARAGRAPH_SEPARATOR, Article, Block, BlockKind, Image

__all__ = ["render_markdown", "render_text"]

# Markdown reads these anywhere in a line as markup (emphasis, links, code,
# inline HTML); a backslash makes each literal.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>])")
# … and these only at the start of a line (headings, quotes, list items, rules).
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))", re.MULTILINE)
_BACKTICK_RUN = re.compile(r"`+")
# The title is the page's one level-1 heading, so body headings start at 2.
_FIRST_BODY_HEADING_LEVEL = 2
_MAX_HEADING_LEVEL = 6
_IMAGE_URL_SCHEMES = ("http://", "https://")
_DEFAULT_CREDIT_LABEL = "Photo"


def _escape_markdown(text: str) -> str:
    text = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(r"\1\\\2", text)


def _byline(article: Article) -> str | None:
    if not article.authors:
        return None
    names = list(article.authors)
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"


def _format_date(value: dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def _date_lines(article: Article) -> list[str]:
    lines = []
    if article.published is not None:
        lines.append(f"Published: {_format_date(article.published)}")
    if article.modified is not None and article.modified != article.published:
        lines.append(f"Updated: {_format_date(article.modified)}")
    return lines


def _credit_line(image: Image) -> str | None:
    if image.credit is None:
        return None
    return f"{image.credit.label or _DEFAULT_CREDIT_LABEL}: {image.credit.text}"


def _markdown_block(block: Block) -> str:
    text = block.text
    if block.kind is BlockKind.PREFORMATTED:
        longest = max((len(run) for run in _BACKTICK_RUN.findall(text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    escaped = _escape_markdown(text)
    if block.kind is BlockKind.HEADING:
        level = min(max(block.level or 0, _FIRST_BODY_HEADING_LEVEL), _MAX_HEADING_LEVEL)
        return f"{'#' * level} {_one_line(escaped)}"
    if block.kind is BlockKind.LIST_ITEM:
        return "- " + escaped.replace("\n", "\n  ")
    if block.kind is BlockKind.BLOCKQUOTE:
        return "> " + escaped.replace("\n", "\n> ")
    return escaped


def _one_line(text: str) -> str:
    # A Markdown heading or image alt text cannot span lines.
    return " ".join(text.splitlines())


def _markdown_image(image: Image) -> str | None:
    parts = []
    if image.url is not None and image.url.startswith(_IMAGE_URL_SCHEMES):
        # Angle brackets let the URL hold spaces and parentheses; percent-encode
        # the characters that would end it early.
        url = urllib.parse.quote(image.url, safe=":/?#@!$&'()*+,;=%~")
        alt = _escape_markdown(_one_line(image.alt or ""))
        parts.append(f"![{alt}](<{url}>)")
    caption = " ".join(
        part
        for part in (
            None if image.caption is None else f"*{_escape_markdown(image.caption)}*",
            None if image.credit is None else _escape_markdown(_credit_line(image) or ""),
        )
        if part
    )
    if caption:
        parts.append(caption)
    return "\n".join(parts) or None


def render_markdown(article: Article) -> str:
    """Render an article as Markdown.

    The headline as the level-1 heading, the standfirst in italics, the byline
    and dates, then the blocks (headings from ``##``, list items as ``- ``,
    blockquotes as ``> ``, preformatted text fenced) and the images with their
    caption and credit. Text from the page is escaped so that it reads as text.

    Args:
        article: the article.

    Returns:
        The Markdown, ending with a newline.
    """
    parts: list[str] = []
    if article.title:
        parts.append(f"# {_one_line(_escape_markdown(article.title))}")
    if article.subtitle:
        parts.append(f"*{_escape_markdown(article.subtitle)}*")
    meta = [line for line in (_byline(article), *_date_lines(article)) if line]
    if meta:
        parts.append("  \n".join(_escape_markdown(line) for line in meta))
    parts.extend(_markdown_block(block) for block in article.blocks)
    parts.extend(image for image in map(_markdown_image, article.images) if image)
    return PARAGRAPH_SEPARATOR.join(parts) + "\n"


def _text_block(block: Block) -> str:
    if block.kind is BlockKind.LIST_ITEM:
        return f"- {block.text}"
    return block.text


def render_text(article: Article) -> str:
    """Render an article as plain text, in the form :func:`articlekit.parse_text` reads.

    Headline, standfirst, byline and date line, each a paragraph of its own,
    then the blocks (list items marked ``- ``) separated by blank lines, and
    last each image's caption with its credit line below it.

    Args:
        article: the article.

    Returns:
        The text, ending with a newline.
    """
    parts = [part for part in (article.title, article.subtitle, _byline(article)) if part]
    parts.extend(_date_lines(article))
    parts.extend(_text_block(block) for block in article.blocks)
    for image in article.images:
        lines = [line for line in (image.caption, _credit_line(image)) if line]
        if lines:
            parts.append("\n".join(lines))
    return PARAGRAPH_SEPARATOR.join(parts) + "\n"
