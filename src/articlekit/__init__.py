"""articlekit: news articles, as HTML or plain text, into typed records.

Examples:
    >>> import articlekit
    >>> article = articlekit.parse_text("Headline\\n\\nFirst paragraph of the story.")
    >>> article.title
    'Headline'
"""

from __future__ import annotations

from articlekit._load import Limits
from articlekit._models import Article, Block, BlockKind, Image, ImageCredit, Quote
from articlekit._pipeline import parse_html, parse_text
from articlekit._quotes import extract_quotes
from articlekit._warc import WarcPage, iter_warc
from articlekit.exceptions import ArticleKitError, ParseError

__all__ = [
    "Article",
    "ArticleKitError",
    "Block",
    "BlockKind",
    "Image",
    "ImageCredit",
    "Limits",
    "ParseError",
    "Quote",
    "WarcPage",
    "extract_quotes",
    "iter_warc",
    "parse_html",
    "parse_text",
]

__version__ = "0.1.0"
