"""Tests for benchmarks.ceilings: which titles a page offers, and the ceiling they set."""

from __future__ import annotations

from benchmarks.ceilings import TitleCeiling, title_candidates, title_ceiling
from benchmarks.run import Page

_PAGE = (
    b"<html><head><title>Bridge reopens | Example Wire</title>"
    b'<meta property="og:site_name" content="Example Wire">'
    b'<meta property="og:title" content="Old bridge carries traffic again">'
    b"</head><body><h1>Bridge reopens</h1><p>Text.</p></body></html>"
)


def test_candidates_hold_metadata_titles_and_h1s() -> None:
    """The og:title, the <title> with and without the site's name and the h1 are offered."""
    candidates, chosen = title_candidates(_PAGE, None)
    expected = {
        "Bridge reopens | Example Wire",
        "Bridge reopens",
        "Old bridge carries traffic again",
    }
    assert expected <= candidates
    assert "Bridge reopens" == chosen


def test_ceiling_counts_a_truth_among_the_titles_as_reachable() -> None:
    """A truth the page prints as a title is reachable; one it never prints is not."""
    pages = [
        Page("p1", None, _PAGE, {"title": "old bridge carries traffic again"}),
        Page("p2", None, _PAGE, {"title": "A title nobody printed"}),
        Page("p3", None, _PAGE, {"body": "not annotated"}),
    ]
    assert TitleCeiling(annotated=2, right=0, reachable=1) == title_ceiling(pages)
