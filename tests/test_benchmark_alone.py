"""Tests for benchmarks.alone: the timed pass meets each page's content for the first time."""

from __future__ import annotations

import pytest
from benchmarks import alone
from benchmarks.alone import forget_pages

from articlekit import _dates, _images


def test_forget_pages_empties_a_page_content_cache() -> None:
    """A memo of page content (here image URLs) is emptied before the timed pass."""
    _images._split("https://example.test/a.jpg")
    forget_pages()
    assert 0 == _images._split.cache_info().currsize


def test_forget_pages_keeps_the_date_parsers() -> None:
    """dateparser's parser and month names per language list are process state, kept."""
    _dates._parser(("en",))
    _dates._month_names(("en",))
    forget_pages()
    assert 1 <= _dates._parser.cache_info().currsize
    assert 1 <= _dates._month_names.cache_info().currsize


def test_time_alone_takes_each_page_s_least_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page counts with the least of its timed passes, for both systems alike."""
    ours = iter([9.0, 9.0, 5.0, 1.0, 2.0, 7.0, 3.0, 4.0])  # warm-up, then 3 passes
    bare = iter([4.0, 0.5, 1.0, 6.0, 2.0, 2.0])
    monkeypatch.setattr(alone, "_parse", lambda url, raw: next(ours))
    monkeypatch.setattr(alone, "time_lxml", lambda raw: next(bare))
    times = alone.time_alone([(None, b"<p>a</p>"), (None, b"<p>b</p>")], rounds=3)
    assert {"articlekit": 2.0 + 1.0, "lxml": 1.0 + 0.5} == times
