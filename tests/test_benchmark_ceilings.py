"""Tests for benchmarks.ceilings: the titles and dates a page offers, the ceilings they
set, and the kinds of author misses."""

from __future__ import annotations

from benchmarks.ceilings import (
    STORY_PARAGRAPH,
    AuthorMisses,
    DateCeiling,
    TitleCeiling,
    author_misses,
    credits_site,
    date_candidates,
    date_ceiling,
    read_page,
    text_conventions,
    title_candidates,
    title_ceiling,
)
from benchmarks.run import Page

_PAGE = (
    b"<html><head><title>Bridge reopens | Example Wire</title>"
    b'<meta property="og:site_name" content="Example Wire">'
    b'<meta property="og:title" content="Old bridge carries traffic again">'
    b"</head><body><h1>Bridge reopens</h1><p>Text.</p></body></html>"
)


def test_candidates_hold_metadata_titles_and_h1s() -> None:
    """The og:title, the <title> with and without the site's name and the h1 are offered."""
    candidates, chosen = title_candidates(read_page(_PAGE, None))
    expected = {
        "Bridge reopens | Example Wire",
        "Bridge reopens",
        "Old bridge carries traffic again",
    }
    assert expected <= candidates
    assert "Bridge reopens" == chosen


def test_ceiling_counts_a_truth_among_the_titles_as_reachable() -> None:
    """A truth the page offers as a title is reachable; one it never offers is not."""
    pages = [
        Page("p1", None, _PAGE, {"title": "old bridge carries traffic again"}),
        Page("p2", None, _PAGE, {"title": "A title nobody printed"}),
        Page("p3", None, _PAGE, {"body": "not annotated"}),
    ]
    assert TitleCeiling(annotated=2, right=0, reachable=1, unprinted_misses=2) == title_ceiling(
        pages
    )


def test_ceiling_tells_misses_whose_truth_the_body_prints() -> None:
    """A truth printed in the body (a kicker and headline) is no unprinted miss; the
    metadata's og:title, which the body never prints, is one."""
    page = _PAGE.replace(
        b"<p>Text.</p>", b"<p>Roads: Bridge reopens</p><script>x = 'Hidden'</script>"
    )
    pages = [
        Page("p1", None, page, {"title": "Roads: Bridge reopens"}),
        Page("p2", None, page, {"title": "Old bridge carries traffic again"}),
        Page("p3", None, page, {"title": "Hidden"}),
    ]
    assert TitleCeiling(annotated=3, right=0, reachable=1, unprinted_misses=2) == title_ceiling(
        pages
    )


_DATED = (
    b"<html><head>"
    b'<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">'
    b'<meta property="article:modified_time" content="2021-03-09T10:00:00+01:00">'
    b'<meta property="og:site_name" content="Example Wire">'
    b'<meta name="author" content="Jane Doe">'
    b"</head><body><h1>Bridge reopens</h1><p>Text.</p></body></html>"
)
_UNDATED = b"<html><body><h1>Bridge reopens</h1><p>Text.</p></body></html>"


def test_date_candidates_keep_published_and_modified_days_apart() -> None:
    """The published meta's day is a published candidate, the modified meta's a modified one."""
    published, modified, chosen = date_candidates(read_page(_DATED, None))
    assert {"2021-03-04"} == published
    assert "2021-03-09" in modified
    assert "2021-03-04" == chosen


def test_date_ceiling_sorts_each_page_by_why_it_is_out_of_reach() -> None:
    """A declared day is reachable; none on a dated page, a modified day or an unread day is not."""
    pages = [
        Page("right", None, _DATED, {"date": "2021-03-04"}),
        Page("declared none", None, _DATED, {"date": None}),
        Page("modified", None, _DATED, {"date": "2021-03-09"}),
        Page("unread", None, _DATED, {"date": "1999-12-31"}),
        Page("none", None, _UNDATED, {"date": None}),
        Page("not annotated", None, _DATED, {"title": "Bridge reopens"}),
    ]
    expected = DateCeiling(
        annotated=5, right=2, reachable=2, none_but_declared=1, modified_only=1, unread=1
    )
    assert expected == date_ceiling(pages)


def test_credits_site_tells_the_site_and_the_publisher_from_a_person() -> None:
    """The site's name, or the truth's publisher, is a site credit; a person's name is not."""
    read = read_page(_DATED, None)
    assert credits_site(read, ["Example Wire"], None)
    assert credits_site(read, ["Newsdesk Co"], "NewsdeskCo")
    assert not credits_site(read, ["Jane Doe"], None)


def test_author_misses_are_counted_by_kind() -> None:
    """Each miss falls in one kind; a page annotated as none found as none is counted apart."""
    pages = [
        Page("right", None, _DATED, {"authors": ["Jane Doe"]}),
        Page("none named", None, _DATED, {"authors": []}),
        Page("site", None, _DATED, {"authors": ["Example Wire"]}),
        Page("no one found", None, _UNDATED, {"authors": ["John Roe"]}),
        Page("other", None, _DATED, {"authors": ["John Roe"]}),
        Page("agreed none", None, _UNDATED, {"authors": None}),
    ]
    expected = AuthorMisses(
        annotated=6,
        right=2,
        none_agreed=1,
        none_but_named=1,
        site_credited=1,
        no_one_found=1,
        other=1,
    )
    assert expected == author_misses(pages)


_STANDFIRST = "The old bridge over the river carries traffic again after two years of repairs."
_BODY = (
    "Engineers replaced every cable of the span and strengthened both of its towers. "
    "The city council opened the bridge on Monday morning with a short ceremony. "
)
_WITH_STANDFIRST = (
    "<html><head>"
    f'<meta name="description" content="{_STANDFIRST}">'
    "</head><body><article><h1>Bridge reopens</h1>"
    f"<p>{_STANDFIRST}</p><p>{_BODY * 3}</p><p>{_BODY * 2}</p>"
    "</article></body></html>"
).encode()


def test_text_conventions_score_the_text_without_the_subtitle_block() -> None:
    """A truth without the standfirst scores perfect only once the standfirst is left out."""
    body = f"{_BODY * 3}\n\n{_BODY * 2}".strip()
    text = text_conventions([Page("p", None, _WITH_STANDFIRST, {"body": body})])
    assert text.kept < 1.0
    assert 1.0 == text.no_standfirst == text.neither
    assert text.kept == text.no_list_items


def test_text_conventions_score_snippets_without_the_list_items() -> None:
    """Snippets whose 'without' holds a list item score perfect once lists are left out."""
    page = _WITH_STANDFIRST.replace(
        b"</article>", b"<ul><li>Buy our newsletter today</li></ul></article>"
    )
    truth = {"with": [_BODY.strip()[:60]], "without": ["Buy our newsletter today"]}
    text = text_conventions([Page("p", None, page, truth)])
    assert text.kept < 1.0
    assert 1.0 == text.no_list_items


def test_text_ceiling_keeping_the_standfirst_counts_only_what_conventions_cost() -> None:
    """The ceiling adds the standfirst the body leaves out, none of articlekit's other extras."""
    extra = "<p>" + "A paragraph of the page that the truth's body leaves out, word for word. " * 3
    page = _WITH_STANDFIRST.replace(b"</article>", f"{extra}</p></article>".encode())
    body = f"{_BODY * 3}\n\n{_BODY * 2}".strip()
    text = text_conventions([Page("p", None, page, {"body": body})])
    without_extra = text_conventions([Page("p", None, _WITH_STANDFIRST, {"body": body})])
    assert text.kept_ceiling is not None
    assert text.kept < text.kept_ceiling == without_extra.kept < 1.0


def test_story_ceiling_also_keeps_the_long_paragraphs_the_truth_leaves_out() -> None:
    """A long paragraph the body leaves out costs the story ceiling; a short line does not."""
    body = f"{_BODY * 3}\n\n{_BODY * 2}".strip()
    long_extra = "A paragraph of the story that the truth's body leaves out, word for word. " * 2
    short_extra = "Read the whole series on our site."
    assert len(short_extra) < STORY_PARAGRAPH <= len(long_extra)
    for extra, costs in ((long_extra, True), (short_extra, False)):
        page = _WITH_STANDFIRST.replace(b"</article>", f"<p>{extra}</p></article>".encode())
        text = text_conventions([Page("p", None, page, {"body": body})])
        assert text.story_ceiling is not None
        assert text.kept_ceiling is not None
        assert (text.story_ceiling < text.kept_ceiling) is costs


def test_text_ceiling_is_none_on_snippets() -> None:
    """A set scored by snippets has no body to build the ceiling from."""
    truth = {"with": [_BODY.strip()[:60]], "without": []}
    text = text_conventions([Page("p", None, _WITH_STANDFIRST, truth)])
    assert text.kept_ceiling is None
    assert text.story_ceiling is None
