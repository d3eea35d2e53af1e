"""The headline: which of the page's own titles is chosen, and what is cut from it."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html

from articlekit._metadata import extract_metadata

NOW = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone.utc)


def _title(head: str = "", body: str = "", *, url: str | None = None) -> str | None:
    text = f"<html><head>{head}</head><body>{body}</body></html>"
    tree = lxml.html.document_fromstring(text)
    return extract_metadata(tree, url=url, now=NOW).title


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _crumbs(last: str) -> str:
    return (
        '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li>'
        f'<li><a href="/city">City</a></li><li><h1>{last}</h1></li></ol></nav>'
    )


# --- an h1 that ends the breadcrumb trail ---------------------------------------


def test_breadcrumb_h1_gives_way_to_the_headline_the_metadata_words_otherwise() -> None:
    """An h1 ending the breadcrumb trail is the SEO title; a differing JSON-LD headline wins."""
    head = "<title>Bridge works: what drivers need to know | Example</title>" + _ld(
        {"@type": "NewsArticle", "headline": "Bridge reopens after three years of repairs"}
    )
    body = _crumbs("Bridge works: what drivers need to know")
    assert "Bridge reopens after three years of repairs" == _title(head, body)


def test_breadcrumb_h1_kept_when_the_metadata_agrees() -> None:
    """An h1 ending the trail that every metadata title repeats is the headline."""
    head = (
        '<meta property="og:title" content="Bridge reopens after repairs">'
        "<title>Bridge reopens after repairs | Example</title>"
    )
    body = _crumbs("Bridge reopens after repairs") + "<h1>Save this article</h1>"
    assert "Bridge reopens after repairs" == _title(head, body)


def test_breadcrumb_h1_not_replaced_by_a_differing_title_tag() -> None:
    """The <title> is the SEO title itself: its other wording does not replace the h1."""
    head = (
        '<meta property="og:title" content="Bridge reopens after repairs">'
        "<title>Town: the old bridge is open again</title>"
    )
    body = _crumbs("Bridge reopens after repairs")
    assert "Bridge reopens after repairs" == _title(head, body)


def test_h1_in_a_nav_without_a_matching_title_is_no_breadcrumb_title() -> None:
    """An h1 in a nav that no metadata title names leaves the article's h1 the headline."""
    head = '<meta property="og:title" content="Bridge reopens / Local / example.test">'
    body = "<nav><h1>Culture pages</h1></nav><article><h1>Bridge reopens</h1></article>"
    assert "Bridge reopens" == _title(head, body, url="https://example.test/a")


# --- the same words from several sources ------------------------------------------


def test_h1_kept_when_one_metadata_title_prints_it_as_is() -> None:
    """An h1 that one title repeats as printed wins over another that adds a colon."""
    head = _ld({"@type": "NewsArticle", "headline": "Bridges: how they stand up"}) + (
        '<meta name="title" content="Bridges how they stand up">'
    )
    body = '<h1 itemprop="headline"><span>Bridges</span> how they stand up</h1>'
    assert "Bridges how they stand up" == _title(head, body)


def test_small_kicker_in_h1_is_left_out() -> None:
    """A <small> line above the headline inside the h1 is a kicker, not the headline."""
    head = '<meta property="og:title" content="Bridge reopens after repairs">'
    body = '<h1 itemprop="headline"><small>Transport</small> <br> Bridge reopens after repairs</h1>'
    assert "Bridge reopens after repairs" == _title(head, body)


def test_typographic_dash_preferred_over_ascii_copy() -> None:
    """Of two titles with the same words, the one with the printed en dash wins."""
    head = (
        '<meta property="og:title" content="Concerts January - May">'
        "<title>Concerts January – May - example.test</title>"
    )
    assert "Concerts January – May" == _title(head, url="https://example.test/a")


# --- kickers and labels inside the h1 ---------------------------------------------


def test_label_in_h1_is_left_out() -> None:
    """A thread label before the headline in the h1 ("Patch Notes") is not the headline."""
    head = '<meta property="og:title" content="Update 4.2 - bug fixes | Example Forums">'
    body = '<h1 itemprop="headline"><span class="label">News</span> Update 4.2 - bug fixes</h1>'
    assert "Update 4.2 - bug fixes" == _title(head, body)


def test_six_word_kicker_run_into_h1_is_cut() -> None:
    """A press office's six-word kicker before the <title>'s headline is cut from the h1."""
    head = "<title>Vaccination remains possible everywhere until February</title>"
    body = (
        "<h1>Press release of the Health Office :"
        "Vaccination remains possible everywhere until February</h1>"
    )
    assert "Vaccination remains possible everywhere until February" == _title(head, body)


# --- a site name glued on without spaces --------------------------------------------


def test_cjk_site_name_glued_with_a_dash_is_cut() -> None:
    """A short Chinese site name after a dash without spaces is cut from the title."""
    assert "大桥重新开放！" == _title("<title>大桥重新开放！-示例网</title>")


def test_korean_section_and_site_glued_on_are_cut() -> None:
    """The site named by og:site_name and the section before it are cut ("-섹션ㅣ사이트")."""
    head = (
        '<meta property="og:site_name" content="예시일보">'
        '<meta property="og:title" content="다리 재개통 앞두고 점검-사회ㅣ예시일보">'
    )
    assert "다리 재개통 앞두고 점검" == _title(head)


def test_cjk_text_after_a_colon_is_kept() -> None:
    """A full-width colon ends a kicker, not the title: the words after it stay."""
    assert "速報：大橋が再開" == _title("<title>速報：大橋が再開</title>")


# --- h1s that are not the article's ------------------------------------------------


def test_site_title_and_screen_reader_h1s_are_not_headlines() -> None:
    """The site's name h1 and a screen-reader h1 leave the article's h1 as the lone headline."""
    head = '<meta property="og:title" content="Car wash opens | Example Directory">'
    body = (
        '<h1 class="site-title">Example Directory</h1>'
        '<article><h1 class="page-title">Car wash</h1></article>'
        '<nav><h1 class="screen-reader-text">Post navigation</h1></nav>'
    )
    assert "Car wash" == _title(head, body)


def test_h1_styled_in_the_brand_font_is_a_headline() -> None:
    """A class that only contains "brand" inside a word does not mark the site's name."""
    head = '<meta property="og:title" content="Council votes on the bridge">'
    body = '<h1 class="_brandTitle_x1">Bridge vote delayed again</h1>'
    assert "Bridge vote delayed again" == _title(head, body)


# --- several h1s, none the metadata's --------------------------------------------


def test_first_of_several_h1s_is_the_headline_when_no_metadata_title_matches() -> None:
    """A long first h1 beats metadata titles worded otherwise; later h1s head teaser lists."""
    head = (
        '<meta property="og:title" content="Heat wave: trams and bridges at risk">'
        "<title>Heat wave: trams and bridges at risk | Example</title>"
    )
    body = "<h1>How the city's trams are getting ready for the next heat wave</h1>"
    body += "<p>Story.</p><h1>More from the region</h1>"
    assert "How the city's trams are getting ready for the next heat wave" == _title(head, body)


def test_short_first_of_several_h1s_gives_way_to_the_metadata_title() -> None:
    """A short first h1 among several is a section's name, not the headline."""
    head = '<meta property="og:title" content="Heat wave: trams and bridges at risk">'
    body = "<h1>Local news today</h1><p>Story.</p><h1>More from the region</h1>"
    assert "Heat wave: trams and bridges at risk" == _title(head, body)


def test_first_of_several_h1s_holding_the_metadata_title_gives_way_to_it() -> None:
    """An h1 that runs the headline into its standfirst is cut back to the metadata title."""
    head = '<meta property="og:title" content="Council rejects the tram plan">'
    body = (
        "<h1>Council rejects the tram plan <br>Critics call the vote a missed chance</h1>"
        "<h1>Support our work</h1><h1>Latest videos</h1>"
    )
    assert "Council rejects the tram plan" == _title(head, body)


def test_soft_hyphens_in_the_headline_dropped() -> None:
    """A headline printed with soft hyphens ("&shy;") reads its words whole."""
    body = "<h1>Stadt plant neuen Heli&shy;kopter&shy;landeplatz</h1>"
    assert "Stadt plant neuen Helikopterlandeplatz" == _title(body=body)
