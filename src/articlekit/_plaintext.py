"""The plain-text parser: an article saved as text, like a copied news page."""

from __future__ import annotations

import datetime as dt

import attrs

from articlekit._models import Block, BlockKind, Image
from articlekit._text import clean_text
from articlekit.exceptions import ParseError

__all__ = ["PlainTextPage", "read_plain_text"]


@attrs.frozen(kw_only=True)
class PlainTextPage:
    """What the lines of a text page say."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    blocks: tuple[Block, ...] = ()
    images: tuple[Image, ...] = ()


def read_plain_text(text: str, *, now: dt.datetime | None) -> PlainTextPage:
    """Read a text page (placeholder: first paragraph is the title)."""
    paragraphs = [p.replace("\n", " ") for p in clean_text(text).split("\n\n") if p]
    if not paragraphs:
        raise ParseError("the text holds no words")
    return PlainTextPage(
        title=paragraphs[0],
        blocks=tuple(Block(kind=BlockKind.PARAGRAPH, text=p) for p in paragraphs[1:]),
    )
