"""Bytes or str to an lxml tree; the only place an lxml parser is built."""

from __future__ import annotations

import lxml.etree
import lxml.html

from articlekit._text import strip_controls
from articlekit.exceptions import ParseError

__all__ = ["decode_html", "load_html"]


def decode_html(data: bytes, declared_encoding: str | None = None) -> str:
    """Decode a page's bytes to text (placeholder: UTF-8 with replacement)."""
    return data.decode(declared_encoding or "utf-8", errors="replace")


def load_html(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse a page into an lxml tree.

    Raises:
        ParseError: the input is empty or not a document.
    """
    if isinstance(html, bytes):
        html = decode_html(html)
    if not isinstance(html, str):
        raise ParseError(f"expected str or bytes, got {type(html).__name__}")
    html = strip_controls(html)
    if not html.strip():
        raise ParseError("the page is empty")
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ParseError(f"the page cannot be parsed: {error}") from error
    return tree
