"""What every harness checks on an Article, beyond "only ParseError escapes"."""

from __future__ import annotations

import datetime as dt

import articlekit

# A fixed "now" keeps runs repeatable: no date depends on the wall clock.
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def check_article(article: articlekit.Article) -> None:
    """Raise AssertionError when an Article breaks a documented invariant."""
    text = article.text
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text, quote
    for block in article.blocks:
        assert block.text.strip(), block
    for value in (article.title, article.subtitle, article.language, article.site_name):
        assert value is None or (isinstance(value, str) and value), value
    assert all(isinstance(name, str) and name for name in article.authors), article.authors
    assert article == articlekit.Article.from_dict(article.to_dict())


def check_quotes(text: str, quotes: tuple[articlekit.Quote, ...]) -> None:
    """Raise AssertionError when a quote's offsets do not point at its text."""
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text, quote
