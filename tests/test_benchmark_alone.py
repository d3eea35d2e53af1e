"""Tests for benchmarks.alone: the timed pass meets each page's content for the first time."""

from __future__ import annotations

from benchmarks.alone import forget_pages

from articlekit import _dates, _images


def test_forget_pages_empties_a_page_content_cache() -> None:
    """A memo of page content (here image URLs) is emptied before the timed pass."""
    _images._split("https://example.test/a.jpg")
    forget_pages()
    assert 0 == _images._split.cache_info().currsize


def test_forget_pages_keeps_the_date_parsers() -> None:
    """dateparser's parser per language list is process state and is kept."""
    _dates._parser(("en",))
    forget_pages()
    assert 1 <= _dates._parser.cache_info().currsize
