"""The errors articlekit raises.

The tree::

    ArticleKitError            root: catch this to catch everything articlekit raises
    └── ParseError             input that cannot become a document (also a ValueError)

A field the page does not give is never an error: it is ``None`` or ``()``.
"""

from __future__ import annotations

__all__ = ["ArticleKitError", "ParseError"]


class ArticleKitError(Exception):
    """Base class of every error articlekit raises."""


class ParseError(ArticleKitError, ValueError):
    """The input cannot become a document: empty, not text, or past a configured limit."""
