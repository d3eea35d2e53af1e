"""The main text, as typed blocks."""

from __future__ import annotations

import lxml.html

from articlekit._models import Block, BlockKind
from articlekit._text import normalize_space

__all__ = ["extract_blocks"]


def extract_blocks(tree: lxml.html.HtmlElement, *, title: str | None) -> tuple[Block, ...]:
    """Return the main text of the page as blocks (placeholder: every <p>)."""
    blocks = []
    for paragraph in tree.iter("p"):
        text = normalize_space(paragraph.text_content())
        if text:
            blocks.append(Block(kind=BlockKind.PARAGRAPH, text=text))
    return tuple(blocks)
