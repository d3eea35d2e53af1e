"""What every harness shares: the checks on the output and the atheris plumbing.

Each harness imports articlekit inside ``atheris.instrument_imports()`` first,
then this module, so that the library's code is instrumented for coverage.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

import articlekit

# A fixed "now" keeps runs repeatable: no date depends on the wall clock.
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def as_text(data: bytes) -> str:
    """Turn the fuzzer's bytes into any str, lone surrogates included."""
    return str(atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data)))


def check_quotes(text: str, quotes: tuple[articlekit.Quote, ...]) -> None:
    """Raise AssertionError when a quote's offsets do not point at its text."""
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text, quote


def check_article(article: articlekit.Article) -> None:
    """Raise AssertionError when an Article breaks a documented invariant."""
    check_quotes(article.text, article.quotes)
    for block in article.blocks:
        assert block.text.strip(), block
    for value in (article.title, article.subtitle, article.language, article.site_name):
        assert value is None or (isinstance(value, str) and value), value
    assert all(isinstance(name, str) and name for name in article.authors), article.authors
    assert article == articlekit.Article.from_dict(article.to_dict())


def article_harness(parse: Callable[[bytes], articlekit.Article]) -> Callable[[bytes], None]:
    """Return a fuzz target: only ParseError may escape ``parse`` and its Article must be sound."""

    def test_one_input(data: bytes) -> None:
        try:
            article = parse(data)
        except articlekit.ParseError:
            return
        check_article(article)

    return test_one_input


def run(test_one_input: Callable[[bytes], None]) -> None:
    """Hand the target to libFuzzer with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
