"""The public surface: what `import articlekit` offers, pinned."""

from __future__ import annotations

import articlekit


def test_all_is_sorted_and_complete() -> None:
    """__all__ lists exactly the public names, sorted."""
    expected = [
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
    assert expected == articlekit.__all__
    assert all(hasattr(articlekit, name) for name in articlekit.__all__)


def test_parse_error_is_a_value_error() -> None:
    """ParseError is caught by `except ValueError` as users expect."""
    assert issubclass(articlekit.ParseError, articlekit.ArticleKitError)
    assert issubclass(articlekit.ParseError, ValueError)
