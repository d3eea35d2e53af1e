"""Tests for benchmarks.spread: on how many sites each class word of the main-text rules occurs."""

from __future__ import annotations

from benchmarks.run import Page
from benchmarks.spread import class_words, rare_words, site_of, sites_by_word

_SHARE_BAR = b'<html><body><div class="share-bar" id="mainContent"><p>Text.</p></div></body></html>'
_PROMO = b'<html><body><div class="promo">x</div></body></html>'


def test_class_words_split_names_as_the_extractor_does() -> None:
    """Class and id names split on punctuation and camelCase."""
    assert {"share", "bar", "main", "content"} <= class_words(_SHARE_BAR)


def test_site_is_the_host_without_www_else_the_id() -> None:
    """A page's site is its URL's host without "www."; a page without a URL is its own site."""
    assert "example.org" == site_of(Page("p1", "https://www.example.org/a", b"", {}))
    assert "p2" == site_of(Page("p2", None, b"", {}))


def test_rare_words_are_those_on_fewer_than_two_sites() -> None:
    """A word two sites use is not listed; one site's word and an unseen word are."""
    pages = [
        Page("p1", "https://a.example/x", _SHARE_BAR, {}),
        Page("p2", "https://b.example/y", _SHARE_BAR, {}),
        Page("p3", "https://c.example/z", _PROMO, {}),
    ]
    sites = sites_by_word(pages)
    assert [("newsletter", 0), ("promo", 1)] == rare_words(sites, {"share", "promo", "newsletter"})
