"""Page metadata, one source at a time, on tiny pages written for the test."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
import pytest

from articlekit._metadata import Metadata, extract_metadata
from articlekit._models import Image, ImageCredit
from articlekit._page import MAX_JSONLD_CHARS

NOW = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone.utc)


def _page(head: str = "", body: str = "", lang: str = "") -> lxml.html.HtmlElement:
    attribute = f' lang="{lang}"' if lang else ""
    text = f"<html{attribute}><head>{head}</head><body>{body}</body></html>"
    parser = lxml.html.HTMLParser(remove_comments=True)
    return lxml.html.document_fromstring(text, parser=parser)


def _meta(head: str = "", body: str = "", *, url: str | None = None, lang: str = "") -> Metadata:
    return extract_metadata(_page(head, body, lang), url=url, now=NOW)


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- title -----------------------------------------------------------------


def test_title_tag_loses_site_suffix() -> None:
    """The <title> without an h1 loses the " | Site" suffix og:site_name names."""
    head = (
        "<title>Bridge reopens after repairs | Example Wire</title>"
        '<meta property="og:site_name" content="Example Wire">'
    )
    expected = "Bridge reopens after repairs"
    assert expected == _meta(head).title


def test_title_tag_loses_site_prefix() -> None:
    """A "Site: " prefix naming the host is removed too."""
    head = "<title>Examplewire: Bridge reopens after repairs</title>"
    expected = "Bridge reopens after repairs"
    assert expected == _meta(head, url="https://examplewire.test/a").title


def test_h1_wins_when_it_matches_og_title() -> None:
    """The h1 as shown wins over an og:title that adds a section."""
    head = '<meta property="og:title" content="Bridge reopens after long repairs - Local news">'
    body = "<h1>Bridge reopens after long repairs</h1>"
    expected = "Bridge reopens after long repairs"
    assert expected == _meta(head, body).title


def test_h1_kicker_is_dropped() -> None:
    """A kicker span inside the h1 is not part of the headline."""
    body = '<h1><span class="kicker">Traffic</span> <span>Bridge reopens after repairs</span></h1>'
    expected = "Bridge reopens after repairs"
    assert expected == _meta("", body).title


def test_h1_with_hidden_separator_takes_metadata_punctuation() -> None:
    """The same words as og:title, but the h1 hid its colon: the og:title is used."""
    head = '<meta property="og:title" content="Traffic: Bridge reopens">'
    body = '<h1>Traffic<span class="visually-hidden">: </span> Bridge reopens</h1>'
    expected = "Traffic: Bridge reopens"
    assert expected == _meta(head, body).title


@pytest.mark.parametrize("hidden", ["aria-hidden='true'", "class='invisible'"])
def test_separator_hidden_from_every_reader_sets_the_kicker_apart(hidden: str) -> None:
    """A separator hidden from every reader between two spans of the h1 (a copy's
    ' – ') follows a kicker the page sets apart: the headline is what comes after."""
    body = (
        f"<h1><span>Traffic in town</span><span {hidden}> – </span>"
        "<span>Bridge reopens after repairs</span></h1>"
    )
    assert "Bridge reopens after repairs" == _meta("", body).title


def test_lone_h1_wins_over_unmatched_metadata() -> None:
    """A single h1 is the headline as shown even when the SEO title differs."""
    head = '<meta property="og:title" content="Bridge news: all you need to know">'
    body = "<h1>Bridge reopens after three years</h1>"
    expected = "Bridge reopens after three years"
    assert expected == _meta(head, body).title


def test_lone_h1_beside_a_logo_h1_wins_over_unmatched_metadata() -> None:
    """An h1 holding the site's name is a logo; the other h1 is the headline as shown."""
    head = (
        '<meta property="og:site_name" content="Example Crafts">'
        '<meta property="og:title" content="Bridge news: all you need to know">'
    )
    body = "<h1>Example Crafts</h1><h1>Bridge reopens after three years</h1>"
    expected = "Bridge reopens after three years"
    assert expected == _meta(head, body).title


def test_h1_naming_part_of_the_site_is_no_logo() -> None:
    """An h1 that is only a word of the site's name ("Opinion") does not leave a lone h1."""
    head = (
        '<meta property="og:site_name" content="Example - Analysis Opinion Critique">'
        '<meta property="og:title" content="Pensions are a relic | Example">'
    )
    body = "<h1>O Opinion</h1><h1>Opinion</h1>"
    assert "Pensions are a relic" == _meta(head, body).title


def test_date_before_the_headline_is_no_part_of_it() -> None:
    """A date printed before the headline ("23.01.2022 - Headline") is left out."""
    body = "<h1>23.01.2022 - Bridge reopens after three years</h1>"
    assert "Bridge reopens after three years" == _meta("", body).title


def test_one_word_h1_is_a_label() -> None:
    """A one-word h1 that no metadata title contains is a section label."""
    head = '<meta property="og:title" content="Bridge reopens after three years">'
    body = "<h1>News</h1>"
    expected = "Bridge reopens after three years"
    assert expected == _meta(head, body).title


def test_title_from_jsonld_headline() -> None:
    """Without an h1, the JSON-LD headline is the title."""
    head = _ld({"@type": "NewsArticle", "headline": "Bridge reopens"})
    expected = "Bridge reopens"
    assert expected == _meta(head).title


def test_title_none_on_empty_page() -> None:
    """A page without any title gives None."""
    assert None is _meta().title


# --- subtitle --------------------------------------------------------------


def test_subtitle_from_standfirst_element() -> None:
    """A standfirst element under the headline is the subtitle."""
    body = (
        '<h1>Bridge reopens</h1><p class="article-standfirst">'
        "After three years the old bridge carries traffic again.</p>"
    )
    expected = "After three years the old bridge carries traffic again."
    assert expected == _meta("", body).subtitle


@pytest.mark.parametrize("name", ["einleitung small", "article-chapo"])
def test_subtitle_from_a_standfirst_named_in_german_or_french(name: str) -> None:
    """German "Einleitung" and French "chapô" name the standfirst, not the later subheadings."""
    body = (
        f'<h1>Bridge reopens</h1><p class="{name}">'
        "After three years the old bridge carries traffic again.</p>"
        '<p>The council voted for it.</p><h2 class="subtitle">What drivers should know</h2>'
    )
    expected = "After three years the old bridge carries traffic again."
    assert expected == _meta("", body).subtitle


def test_caption_with_its_credit_is_no_standfirst() -> None:
    """A lead picture's caption under the headline, ending in its credit, gives way."""
    head = '<meta name="description" content="The council approved the repairs on Monday.">'
    body = (
        "<h1>Bridge reopens</h1>"
        '<p class="lead">The mayor at the bridge © Example Agency / Jane Doe</p>'
    )
    assert "The council approved the repairs on Monday." == _meta(head, body).subtitle


def test_credit_line_is_no_standfirst() -> None:
    """A credit line classed as the lead ("Photograph: …") is no standfirst."""
    head = '<meta name="description" content="The council approved the repairs on Monday.">'
    body = '<h1>Bridge reopens</h1><p class="lead">Photograph: Jane Doe; Example Images</p>'
    assert "The council approved the repairs on Monday." == _meta(head, body).subtitle


def test_jsonld_description_that_captions_the_picture_gives_way() -> None:
    """A JSON-LD description that is the lead picture's caption yields to the meta one."""
    caption = "The mayor (l.) at the reopened bridge."
    head = _ld({"@type": "NewsArticle", "description": caption}) + (
        '<meta name="description" content="The council approved the repairs on Monday.">'
    )
    body = f'<h1>Bridge reopens</h1><figure><img src="a.jpg" alt="{caption}"></figure>'
    assert "The council approved the repairs on Monday." == _meta(head, body).subtitle


def test_jsonld_description_copied_into_the_alt_text_stays() -> None:
    """A description an SEO plugin copied into the alt text stays, the meta one being cut."""
    text = "The council approved the repairs on Monday after a long debate."
    head = _ld({"@type": "NewsArticle", "description": text}) + (
        '<meta name="description" content="The council approved the repairs on Monday ...">'
    )
    body = f'<h1>Bridge reopens</h1><img src="a.jpg" alt="{text}">'
    assert text == _meta(head, body).subtitle


def test_subtitle_falls_back_to_description() -> None:
    """Without a standfirst, the meta description is the subtitle."""
    head = '<meta name="description" content="The old bridge carries traffic again.">'
    expected = "The old bridge carries traffic again."
    assert expected == _meta(head).subtitle


# --- authors ---------------------------------------------------------------


def test_authors_from_jsonld_person_list() -> None:
    """JSON-LD Person authors are read in order."""
    head = _ld(
        {
            "@type": "NewsArticle",
            "author": [
                {"@type": "Person", "name": "Jane Doe"},
                {"@type": "Person", "name": "John Roe"},
            ],
        }
    )
    expected = ("Jane Doe", "John Roe")
    assert expected == _meta(head).authors


def test_meta_author_list_completes_one_jsonld_person() -> None:
    """A meta author list holding the one JSON-LD person and others gives them all."""
    head = _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}})
    head += '<meta name="author" content="Jane Doe, John Roe">'
    expected = ("Jane Doe", "John Roe")
    assert expected == _meta(head).authors


def test_meta_author_list_without_the_jsonld_person_is_not_read() -> None:
    """A meta author list that does not hold the JSON-LD person leaves JSON-LD's name."""
    head = _ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}})
    head += '<meta name="author" content="John Roe, Max Muster">'
    expected = ("Jane Doe",)
    assert expected == _meta(head).authors


def test_jsonld_author_url_is_skipped() -> None:
    """An author given as a profile URL is no name."""
    head = _ld({"@type": "NewsArticle", "author": "https://example.test/staff/jane-doe"})
    expected = ()
    assert expected == _meta(head).authors


def test_jsonld_organisation_only_without_person() -> None:
    """A JSON-LD Organization author is kept when no person is named anywhere."""
    head = _ld(
        {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example Wire"}}
    )
    expected = ("Example Wire",)
    assert expected == _meta(head).authors


def test_person_beats_organisation_of_an_earlier_source() -> None:
    """A person in the byline beats an Organization in JSON-LD."""
    head = _ld(
        {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example Wire"}}
    )
    body = '<p class="byline">By Jane Doe</p>'
    expected = ("Jane Doe",)
    assert expected == _meta(head, body).authors


def test_meta_author_split_and_cleaned() -> None:
    """ "By A and B" in the author meta gives two names."""
    head = '<meta name="author" content="By Jane Doe and John Roe">'
    expected = ("Jane Doe", "John Roe")
    assert expected == _meta(head).authors


def test_article_author_url_skipped() -> None:
    """An article:author profile URL is no name."""
    head = '<meta property="article:author" content="https://facebook.test/janedoe">'
    expected = ()
    assert expected == _meta(head).authors


def test_site_name_as_meta_author_is_dropped() -> None:
    """The site's own name in the author meta is no person."""
    head = (
        '<meta name="author" content="Example Wire">'
        '<meta property="og:site_name" content="Example Wire">'
    )
    expected = ()
    assert expected == _meta(head).authors


def test_company_as_meta_author_is_dropped() -> None:
    """A company name in the author meta is a CMS default, not a credit."""
    head = '<meta name="author" content="Example Media GmbH">'
    expected = ()
    assert expected == _meta(head).authors


def test_host_name_as_author_gives_way_to_the_byline() -> None:
    """A host name in the author meta names a site; the printed byline names the person."""
    head = '<meta name="author" content="example-news.ch">'
    body = '<h1>Headline</h1><p class="byline">By Jane Doe</p>'
    expected = ("Jane Doe",)
    assert expected == _meta(head, body).authors


def test_user_name_with_a_dot_is_no_host_name() -> None:
    """A user name with a dot ("jane.doe") is kept: no site ends in ".doe"."""
    head = '<meta name="author" content="jane.doe">'
    expected = ("jane.doe",)
    assert expected == _meta(head).authors


def test_byline_keeps_names_drops_date_and_role() -> None:
    """A byline's names are kept without its role, e-mail and date."""
    body = (
        '<div class="byline"><span class="author-name">Jane Doe, Staff Writer</span>'
        '<span class="author-name">john.roe@example.test</span> | Updated March 3, 2022</div>'
    )
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_byline_class_in_capitals() -> None:
    """A class naming the byline in capitals marks it as much as in lower case."""
    body = '<div class="Article-BYLINE">Jane Doe</div>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_byline_class_with_non_ascii_letters() -> None:
    """A class that also holds non-ASCII letters still marks the byline."""
    body = '<div class="autorenzeile-\u00fc byline">Jane Doe</div>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_byline_german_von_and_und() -> None:
    """ "Von A und B" gives two names."""
    body = '<p class="autor-byline">Von Anna Meier und Bernd Huber</p>'
    expected = ("Anna Meier", "Bernd Huber")
    assert expected == _meta("", body).authors


def test_byline_in_comments_is_ignored() -> None:
    """A comment's author is not the article's."""
    body = '<div class="comments"><span class="comment-author">Max Muster</span></div>'
    expected = ()
    assert expected == _meta("", body).authors


def test_rel_author_link() -> None:
    """A rel=author link names the author."""
    body = '<a rel="author" href="/staff/jane">Jane Doe</a>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_microdata_author_name() -> None:
    """A microdata author with an itemprop name gives that name."""
    body = '<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_microdata_reviewer_is_no_author() -> None:
    """The author of a product review nested in the page's item is a reviewer."""
    body = (
        '<div itemscope itemtype="https://schema.org/Product">'
        '<div itemprop="review" itemscope itemtype="https://schema.org/Review">'
        '<span itemprop="author">Jane Doe</span></div></div>'
    )
    expected = ()
    assert expected == _meta("", body).authors


def test_microdata_commenter_is_no_author() -> None:
    """The author of a microdata Comment is a commenter."""
    body = (
        '<div itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author">John Roe</span></div>'
    )
    expected = ()
    assert expected == _meta("", body).authors


def test_byline_in_aside_classed_meta() -> None:
    """An aside classed as the article's meta line holds the article's byline."""
    body = (
        '<article><h1>Bridge reopens</h1><aside class="meta">'
        '<p class="authors">By <a class="author-name" href="/people/jane">Jane Doe</a></p>'
        "</aside><p>The bridge reopened on Monday.</p></article>"
    )
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_byline_in_sidebar_aside_is_ignored() -> None:
    """An author box in a sidebar aside is not the article's byline."""
    body = (
        "<article><h1>Bridge reopens</h1><p>The bridge reopened on Monday.</p></article>"
        '<aside class="column"><p class="author-name">Jane Doe</p></aside>'
    )
    expected = ()
    assert expected == _meta("", body).authors


def test_role_after_full_name_is_dropped() -> None:
    """A role printed after a first name and surname is dropped."""
    head = '<meta name="author" content="Jane Doe Redakteurin">'
    expected = ("Jane Doe",)
    assert expected == _meta(head).authors


def test_role_after_one_word_of_a_caseless_script_is_dropped() -> None:
    """A role printed after a one-word name in a script without case is dropped."""
    head = '<meta name="author" content="김민지 기자">'
    expected = ("김민지",)
    assert expected == _meta(head).authors


def test_role_after_one_capitalised_word_is_a_pen_name() -> None:
    """A role after one capitalised word is part of a pen name."""
    head = '<meta name="author" content="Fliegender Reporter">'
    expected = ("Fliegender Reporter",)
    assert expected == _meta(head).authors


def test_twitter_handle_is_no_author() -> None:
    """A social handle is removed from a name."""
    head = '<meta name="author" content="@janedoe">'
    expected = ()
    assert expected == _meta(head).authors


def test_authors_deduplicated() -> None:
    """The same name twice is kept once."""
    head = '<meta name="author" content="Jane Doe, JANE DOE">'
    expected = ("Jane Doe",)
    assert expected == _meta(head).authors


# --- dates -----------------------------------------------------------------


def test_jsonld_published_and_modified_kept_apart() -> None:
    """datePublished and dateModified go to their own fields, with time and zone."""
    head = _ld(
        {
            "@type": "NewsArticle",
            "datePublished": "2022-09-12T08:30:00+02:00",
            "dateModified": "2022-09-13T10:00:00+02:00",
        }
    )
    zone = dt.timezone(dt.timedelta(hours=2))
    metadata = _meta(head)
    assert (
        dt.datetime(2022, 9, 12, 8, 30, tzinfo=zone),
        dt.datetime(2022, 9, 13, 10, 0, tzinfo=zone),
    ) == (
        metadata.published,
        metadata.modified,
    )


def test_modified_is_never_published() -> None:
    """A page that only gives a modification date has no publication date."""
    head = '<meta property="article:modified_time" content="2022-09-13T10:00:00Z">'
    assert None is _meta(head).published


def test_published_from_article_meta() -> None:
    """article:published_time is read."""
    head = '<meta property="article:published_time" content="2022-09-12">'
    assert dt.date(2022, 9, 12) == _meta(head).published


def test_published_from_time_element() -> None:
    """A <time datetime> in the article is the publication date."""
    body = '<article><time datetime="2022-09-12">12 September</time></article>'
    assert dt.date(2022, 9, 12) == _meta("", body).published


def test_updated_time_element_is_modified() -> None:
    """A <time> marked "updated" is the modification date, not the publication."""
    body = '<time class="updated" datetime="2022-09-14">Updated</time>'
    metadata = _meta("", body)
    expected = (None, dt.date(2022, 9, 14))
    assert expected == (metadata.published, metadata.modified)


def test_published_from_printed_date_line() -> None:
    """A date printed in a date line is read in the page's language."""
    body = '<h1>Brücke wieder offen</h1><p class="article-date">12. September 2022</p>'
    assert dt.date(2022, 9, 12) == _meta("", body, lang="de").published


def test_date_in_the_headline_is_no_date_line() -> None:
    """A date in the headline is the story's subject; the date line after it is read."""
    body = (
        '<div class="entry-meta"><h1 class="entry-title">Results, 19.5.2007</h1>'
        '<span class="published">20. Mai 2007</span></div>'
    )
    assert dt.date(2007, 5, 20) == _meta("", body, lang="de").published


def test_published_from_url_last() -> None:
    """The URL's date is the last resort."""
    assert dt.date(2022, 9, 12) == _meta(url="https://example.test/2022/09/12/bridge").published


def test_future_published_rejected() -> None:
    """A publication date after now is no date."""
    head = '<meta property="article:published_time" content="2030-01-01">'
    assert None is _meta(head).published


def test_utc_time_takes_printed_local_day() -> None:
    """A UTC time one day before the printed date line takes the printed day."""
    head = '<meta property="article:published_time" content="2022-11-06T23:30:00+00:00">'
    body = '<p class="date">7. November 2022</p>'
    assert dt.date(2022, 11, 7) == _meta(head, body, lang="de").published


def test_utc_day_kept_when_a_date_line_prints_it() -> None:
    """A masthead's date one day on does not move a UTC time the date line prints."""
    head = '<meta property="article:published_time" content="2022-05-03T20:51:00+00:00">'
    body = (
        '<div class="masthead-date">4 de mayo de 2022</div>'
        '<h1>Titular</h1><div class="byline-datetime">3 de mayo de 2022</div>'
    )
    expected = dt.datetime(2022, 5, 3, 20, 51, tzinfo=dt.timezone.utc)
    assert expected == _meta(head, body, lang="es").published


def test_post_status_class_marks_no_date_line() -> None:
    """A date listed under a "status-publish" post is no date line; the first date wins."""
    body = (
        '<div class="status-publish"><h1>Glossar</h1>'
        '<span class="entry-date updated"><a href="/2020/04/">2020-04-26</a></span>'
        '<div class="entry"><ul><li>2019-01-14: first entry</li></ul></div></div>'
    )
    assert dt.date(2020, 4, 26) == _meta("", body).published


def test_date_line_inside_a_page_wrapper_named_for_navigation() -> None:
    """A wrapper that holds <main> is read, though its class names a navigation."""
    body = (
        '<div class="navigation-overlay-wrapper"><main><h1>Bridge open</h1>'
        '<span class="heading-meta">Stand: 12.11.2021</span></main></div>'
    )
    assert dt.date(2021, 11, 12) == _meta("", body, lang="de").published


def test_date_line_in_a_real_navigation_is_skipped() -> None:
    """A navigation box beside <main> is still no date line."""
    body = (
        '<div class="navigation"><span class="date">12.11.2021</span></div>'
        "<main><h1>Bridge open</h1><p>Text.</p></main>"
    )
    assert None is _meta("", body, lang="de").published


def test_byline_inside_a_page_wrapper_named_for_a_sidebar() -> None:
    """A byline under a wrapper that holds <main> is the article's own."""
    body = (
        '<div class="sidebar-layout"><main><h1>Bridge open</h1>'
        '<p class="byline">By Jane Doe</p></main></div>'
    )
    assert ("Jane Doe",) == _meta("", body).authors


def test_published_from_a_vendor_meta_name() -> None:
    """A CMS's own meta name for the publication date ("sw-pubdate") is read."""
    head = '<meta name="sw-pubdate" content="2021-11-19">'
    assert dt.date(2021, 11, 19) == _meta(head).published


def test_printed_date_line_wins_over_a_vendor_meta_name() -> None:
    """A vendor's publication meta may hold the build time: the date line comes first."""
    head = '<meta name="cms:publicationDate" content="2020-09-08T17:33:18+02:00">'
    body = '<p class="article-date">4. April 2020</p>'
    assert dt.date(2020, 4, 4) == _meta(head, body, lang="de").published


# --- language, site, canonical, section, tags --------------------------------


def test_language_from_html_lang() -> None:
    """The html lang attribute is the language, region upper-cased."""
    expected = "de-AT"
    assert expected == _meta(lang="de-at").language


def test_language_from_og_locale() -> None:
    """og:locale "en_US" becomes "en-US"."""
    expected = "en-US"
    assert expected == _meta('<meta property="og:locale" content="en_US">').language


def test_site_name_from_jsonld_publisher() -> None:
    """The JSON-LD publisher name is the site name when og:site_name is missing."""
    head = _ld(
        {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Example Wire"}}
    )
    expected = "Example Wire"
    assert expected == _meta(head).site_name


def test_canonical_link_made_absolute() -> None:
    """A relative canonical link resolves against the page URL."""
    head = '<link rel="canonical" href="/news/bridge">'
    expected = "https://example.test/news/bridge"
    assert expected == _meta(head, url="https://example.test/x?y=1").canonical_url


def test_canonical_from_og_url() -> None:
    """og:url is the canonical URL when no link says otherwise."""
    head = '<meta property="og:url" content="https://example.test/news/bridge">'
    expected = "https://example.test/news/bridge"
    assert expected == _meta(head).canonical_url


def test_section_from_jsonld() -> None:
    """JSON-LD articleSection is the section."""
    expected = "Local"
    assert (
        expected
        == _meta(_ld({"@type": "NewsArticle", "articleSection": ["Local", "Traffic"]})).section
    )


def test_tags_from_article_tag() -> None:
    """Every article:tag is a tag, each once."""
    head = "".join(
        f'<meta property="article:tag" content="{tag}">'
        for tag in ("Bridges", "Traffic", "bridges")
    )
    expected = ("Bridges", "Traffic")
    assert expected == _meta(head).tags


def test_tags_from_keywords_split() -> None:
    """The keywords meta is split on commas."""
    expected = ("bridges", "traffic")
    assert expected == _meta('<meta name="keywords" content="bridges, traffic,">').tags


def test_tags_from_jsonld_keywords_list() -> None:
    """JSON-LD keywords as a list are tags."""
    expected = ("bridges", "traffic")
    assert expected == _meta(_ld({"@type": "Article", "keywords": ["bridges", "traffic"]})).tags


# --- lead images -------------------------------------------------------------


def test_og_image_made_absolute() -> None:
    """A relative og:image resolves against the page URL, with its alt text."""
    head = (
        '<meta property="og:image" content="/img/bridge.jpg">'
        '<meta property="og:image:alt" content="The bridge">'
    )
    expected = (Image(url="https://example.test/img/bridge.jpg", alt="The bridge"),)
    assert expected == _meta(head, url="https://example.test/news/bridge").lead_images


def test_jsonld_image_object_with_caption_and_credit() -> None:
    """A JSON-LD ImageObject gives caption and split credit; the same og:image is not repeated."""
    head = (
        _ld(
            {
                "@type": "NewsArticle",
                "image": {
                    "@type": "ImageObject",
                    "url": "https://example.test/bridge.jpg",
                    "caption": "The bridge at dawn",
                    "creditText": "Jane Doe/Reuters",
                },
            }
        )
        + '<meta property="og:image" content="https://example.test/bridge.jpg">'
    )
    credit = ImageCredit(text="Jane Doe/Reuters", photographer="Jane Doe", agency="Reuters")
    expected = (
        Image(url="https://example.test/bridge.jpg", caption="The bridge at dawn", credit=credit),
    )
    assert expected == _meta(head).lead_images


# --- JSON-LD shapes and hostile metadata ------------------------------------


def test_jsonld_inside_graph() -> None:
    """The article inside an @graph is found."""
    head = _ld(
        {
            "@graph": [
                {"@type": "WebSite", "name": "Example"},
                {"@type": "NewsArticle", "headline": "Bridge reopens"},
            ]
        }
    )
    expected = "Bridge reopens"
    assert expected == _meta(head).title


def test_jsonld_entities_unescaped() -> None:
    """HTML entities in JSON-LD strings are decoded."""
    head = _ld({"@type": "NewsArticle", "headline": "Bridge &amp; tunnel reopen"})
    expected = "Bridge & tunnel reopen"
    assert expected == _meta(head).title


def test_jsonld_nulls_and_numbers_give_none() -> None:
    """Nulls and numbers where strings belong give no value and no error."""
    head = _ld({"@type": "NewsArticle", "headline": None, "author": 42, "datePublished": 20220912})
    metadata = _meta(head)
    expected = (None, (), None)
    assert expected == (metadata.title, metadata.authors, metadata.published)


def test_invalid_jsonld_skipped() -> None:
    """A JSON-LD block cut off mid-string is skipped; the next one is read."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cut</script>'
        + _ld({"@type": "NewsArticle", "headline": "Bridge reopens"})
    )
    expected = "Bridge reopens"
    assert expected == _meta(head).title


def test_deeply_nested_jsonld_is_harmless() -> None:
    """JSON-LD nested 100,000 deep is skipped without an exception."""
    head = f'<script type="application/ld+json">{"[" * 100_000}{"]" * 100_000}</script>'
    assert Metadata() == _meta(head)


def test_oversized_jsonld_skipped() -> None:
    """A JSON-LD block past the size cap is not parsed."""
    filler = "x" * MAX_JSONLD_CHARS
    head = _ld({"@type": "NewsArticle", "headline": "Bridge reopens", "text": filler})
    assert None is _meta(head).title


def test_impossible_dates_give_none() -> None:
    """Impossible dates in every source give None."""
    head = _ld({"@type": "NewsArticle", "datePublished": "2022-13-45T99:99"}) + (
        '<meta property="article:published_time" content="0000-00-00">'
    )
    assert None is _meta(head).published


def test_tree_is_not_mutated() -> None:
    """Extraction leaves the page as it was."""
    tree = _page("<title>Bridge | Example</title>", '<h1><span class="kicker">K</span>Bridge</h1>')
    before = lxml.html.tostring(tree)
    extract_metadata(tree, url=None, now=NOW)
    assert before == lxml.html.tostring(tree)


def test_hcard_name_may_be_lower_case() -> None:
    """A pen name marked up as an hCard is kept even in lower case."""
    body = '<span class="author vcard"><a class="url fn n" href="/author/marc">marc</a></span>'
    expected = ("marc",)
    assert expected == _meta("", body).authors


def test_text_worded_as_byline() -> None:
    """A short unmarked text "Posted by X" names the author."""
    body = "<h1>Bridge reopens</h1><p>Posted by Jane Doe</p>"
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_sentence_starting_with_von_is_no_byline() -> None:
    """A sentence part starting with "von" is not a byline."""
    body = "<p>von Politikern und Medien wird das gern übersehen</p>"
    assert () == _meta("", body).authors


def test_weekday_is_no_name() -> None:
    """A weekday in a byline element is no name."""
    body = '<div class="byline">Montag, 12. September 2022</div>'
    assert () == _meta("", body).authors


def test_standfirst_before_headline_is_ignored() -> None:
    """A "lead" element before the h1 is a teaser, not the standfirst."""
    body = (
        '<p class="lead">A teaser for another story entirely, placed above.</p>'
        "<h1>Bridge reopens</h1>"
        '<p class="lead">After three years the old bridge carries traffic again.</p>'
    )
    expected = "After three years the old bridge carries traffic again."
    assert expected == _meta("", body).subtitle


def test_caption_is_no_standfirst() -> None:
    """A "lead" inside a figure is the lead image's caption."""
    body = (
        '<h1>Bridge reopens</h1><figure class="lead-image">'
        '<figcaption class="lead">The bridge at dawn, photographed from the river.</figcaption>'
        '</figure><meta name="x">'
    )
    assert None is _meta("", body).subtitle


def test_script_text_is_no_standfirst() -> None:
    """Script text inside a standfirst element is not read."""
    body = (
        '<h1>Bridge reopens</h1><div class="dek"><script>var x = "advert slot";</script>'
        "After three years the old bridge carries traffic again.</div>"
    )
    expected = "After three years the old bridge carries traffic again."
    assert expected == _meta("", body).subtitle


def test_deeply_nested_headline_is_read() -> None:
    """An h1 nested deeper than Python's recursion limit is read."""
    depth = 1500
    text = f"<html><body><h1>{'<span>' * depth}Bridge reopens{'</span>' * depth}</h1></body></html>"
    parser = lxml.html.HTMLParser(remove_comments=True, huge_tree=True)
    tree = lxml.html.document_fromstring(text, parser=parser)
    expected = "Bridge reopens"
    assert expected == extract_metadata(tree, url=None, now=NOW).title


def test_many_quotation_marks_are_harmless() -> None:
    """A page of 100,000 quotation marks gives no metadata and no error."""
    body = '<p class="byline">' + '"' * 100_000 + "</p><p>" + "„“" * 50_000 + "</p>"
    assert () == _meta("", body).authors


def test_deep_value_inside_valid_jsonld_is_harmless() -> None:
    """A headline nested 900 lists deep parses as JSON but gives no title and no error."""
    deep_x = "[" * 900 + '"x"' + "]" * 900
    deep_y = "[" * 900 + '"y"' + "]" * 900
    data = f'{{"@type": "NewsArticle", "headline": {deep_x}, "keywords": {deep_y}}}'
    head = f'<script type="application/ld+json">{data}</script>'
    metadata = _meta(head)
    assert (None, ()) == (metadata.title, metadata.tags)


def test_site_desk_in_byline_is_no_person() -> None:
    """A byline part naming the site's desk ("Examplewire Sport") is not an author."""
    body = '<p class="byline">Jane Doe, Examplewire Sport</p>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body, url="https://www.examplewire.test/story").authors


def test_newsroom_in_printed_byline_is_the_author() -> None:
    """A printed byline crediting the newsroom gives it when no person is named."""
    body = '<h1>Bridge reopens</h1><span class="byline">Von <a href="/team">Redaktion</a></span>'
    expected = ("Redaktion",)
    assert expected == _meta("", body).authors


def test_site_newsroom_in_printed_byline_is_no_author() -> None:
    """A printed byline crediting the site's own newsroom names no author."""
    head = '<meta property="og:site_name" content="Example Wire">'
    body = '<h1>Bridge reopens</h1><span class="byline">Von Example Wire Redaktion</span>'
    expected = ()
    assert expected == _meta(head, body).authors


def test_personal_blog_author_is_kept() -> None:
    """An author whose name the blog is named after is still the author."""
    head = (
        '<meta name="author" content="Jane Doe">'
        '<meta property="og:site_name" content="Jane Doe&#39;s Blog">'
    )
    expected = ("Jane Doe",)
    assert expected == _meta(head).authors


def test_role_after_comma_is_no_name() -> None:
    """ "Name, Agency Auto Writer" keeps only the name."""
    head = '<meta name="author" content="Tom Example, Wire Auto Writer">'
    expected = ("Tom Example",)
    assert expected == _meta(head).authors


def test_jsonld_huge_integer_skipped() -> None:
    """An integer too long for Python's int conversion skips the block without an error."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge", "n": '
        + "9" * 5_000
        + "}</script>"
    )
    assert None is _meta(head).title


def test_malformed_urls_are_harmless() -> None:
    """A malformed page URL, canonical link and og:image give None, not an error."""
    head = '<link rel="canonical" href="http://[::1"><meta property="og:image" content="http://[bad/x.jpg">'
    metadata = _meta(head, url="http://[::1/story")
    assert (None, ()) == (metadata.canonical_url, metadata.lead_images)


def test_lower_case_words_make_no_visible_name() -> None:
    """ "Von Atemschutz über Zoonose" is a range of topics, not a byline."""
    body = "<p>Von Atemschutzmaske über Exit-Strategie</p>"
    assert () == _meta("", body).authors


def test_name_particles_are_kept() -> None:
    """Lower-case particles are part of a name."""
    body = '<p class="byline">By Maria de la Cruz</p>'
    expected = ("Maria de la Cruz",)
    assert expected == _meta("", body).authors


def test_published_from_canonical_url() -> None:
    """Without a date in the page URL, the canonical URL's date is read."""
    head = '<link rel="canonical" href="https://example.test/2022/09/12/bridge">'
    expected = dt.date(2022, 9, 12)
    assert expected == _meta(head, url="https://example.test/?p=123").published


def test_modified_from_printed_update_line() -> None:
    """A printed "Aktualisiert am" line is the modification date, not the publication."""
    body = "<h1>Brücke wieder offen</h1><p>Aktualisiert am 14.09.2022, 10:15 Uhr</p>"
    metadata = _meta("", body, lang="de")
    expected = (None, dt.datetime(2022, 9, 14, 10, 15))
    assert expected == (metadata.published, metadata.modified)


def test_byline_date_cut_with_its_preposition() -> None:
    """ "VON JANE DOE am 21. April 2020" gives the name alone."""
    body = '<p class="byline__author">VON JANE DOE am 21. April 2020</p>'
    expected = ("JANE DOE",)
    assert expected == _meta("", body).authors


def test_byline_month_first_date_cut() -> None:
    """ "Jane Doe February 3, 2022" loses the month with the date."""
    body = '<span class="author">By Jane Doe February 3, 2022</span>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_author_page_link_names_the_author() -> None:
    """A link to an author page in the article header names the author."""
    body = '<h1>Bridge reopens</h1><div><a href="/autoren/jane-doe">Jane Doe</a></div>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_author_page_link_in_comments_is_ignored() -> None:
    """A link to an author page inside the comments names no author."""
    body = '<div class="comments"><a href="/author/max">Max Muster</a></div>'
    assert () == _meta("", body).authors


def test_title_cut_at_site_name_in_the_middle() -> None:
    """Everything from a site-name segment on is the site's, not the headline's."""
    head = "<title>Bridge reopens : Examplewire-Archiv | Local news since 2005</title>"
    expected = "Bridge reopens"
    assert expected == _meta(head, url="https://examplewire.test/a").title


def test_og_title_cut_at_a_quote_is_completed() -> None:
    """An og:title cut at its first quotation mark gives way to the full <title>."""
    head = (
        "<meta property='og:title' content='Senator calls the plan'>"
        '<title>Senator calls the plan "reckless"</title>'
    )
    expected = 'Senator calls the plan "reckless"'
    assert expected == _meta(head).title


def test_article_footer_date_is_read() -> None:
    """The date in an article's own footer is read; the page footer's is not."""
    body = (
        "<article><h1>Bridge reopens</h1><p>Text.</p>"
        '<footer class="entry-footer">Erschienen am 01.11.2023</footer></article>'
        "<footer>© 2024-01-01 Example</footer>"
    )
    expected = dt.date(2023, 11, 1)
    assert expected == _meta("", body, lang="de").published


def test_page_footer_date_is_not_read() -> None:
    """A date in the page footer is not the article's."""
    body = "<h1>Bridge reopens</h1><p>Text.</p><footer>Stand 01.11.2023</footer>"
    assert None is _meta("", body, lang="de").published


def test_date_inside_a_page_wide_form_is_read() -> None:
    """A page wrapped in one <form> (ASP.NET) still gives its printed date line."""
    body = (
        '<form id="mainForm"><article><h1>Bridge reopens</h1>'
        '<p class="date">15 August 2016, 13:43</p><p>Text.</p></article></form>'
    )
    expected = dt.datetime(2016, 8, 15, 13, 43)
    assert expected == _meta("", body, lang="en").published


def test_date_inside_a_small_form_is_not_read() -> None:
    """A form without the headline (search, comments) is not the article's."""
    body = (
        "<h1>Bridge reopens</h1><p>Text.</p>"
        '<form class="search"><label>Archive 15 August 2016</label></form>'
    )
    assert None is _meta("", body, lang="en").published


def test_meta_author_of_publisher_and_address_is_dropped() -> None:
    """ "Site, City, Country" in the author meta names no person."""
    head = '<meta name="author" content="examplewire.test, Frankfurt, Germany">'
    assert () == _meta(head, url="https://www.examplewire.test/a").authors


def test_meta_author_starting_with_an_organisation_is_dropped() -> None:
    """An author meta starting with an organisation names no person in its other parts."""
    head = '<meta name="author" content="Federal Department of Trade, Education and Research">'
    expected = ()
    assert expected == _meta(head).authors


def test_parliamentary_group_as_meta_author_is_no_person() -> None:
    """A parliamentary group named as the author meta is no person."""
    head = '<meta name="author" content="Die Partei Bundestagsfraktion">'
    expected = ()
    assert expected == _meta(head).authors


def test_huge_flat_page_is_read_within_bounds() -> None:
    """A page of 100,000 sibling elements and repeated meta tags is read quickly and soundly."""
    head = '<meta name="author" content="Jane Doe">' * 10_000
    body = '<div><span class="date">2022 x</span></div>' * 100_000
    metadata = _meta(head, body)
    expected = (("Jane Doe",), None)
    assert expected == (metadata.authors, metadata.published)


def test_utc_time_far_from_midnight_keeps_its_day() -> None:
    """A UTC afternoon time keeps its day even when a later date is printed."""
    head = '<meta property="article:published_time" content="2022-11-06T13:30:00+00:00">'
    body = '<p class="date">7. November 2022</p>'
    expected = dt.datetime(2022, 11, 6, 13, 30, tzinfo=dt.timezone.utc)
    assert expected == _meta(head, body, lang="de").published


def test_jsonld_author_reference_is_resolved() -> None:
    """An author given as an @id reference is looked up in the @graph."""
    head = _ld(
        {
            "@graph": [
                {"@type": "NewsArticle", "headline": "Bridge", "author": {"@id": "#person-1"}},
                {"@type": "Person", "@id": "#person-1", "name": "Jane Doe"},
            ]
        }
    )
    expected = ("Jane Doe",)
    assert expected == _meta(head).authors


def test_printed_date_wins_over_generic_meta_date() -> None:
    """A meta "date" that does not say which date it is yields to the printed date line."""
    head = '<meta name="date" content="2022-01-21T09:43:00+01:00">'
    body = '<h1>Bridge reopens</h1><p class="date">25.01.2022</p><p>Traffic flows.</p>'
    expected = dt.date(2022, 1, 25)
    assert expected == _meta(head, body, lang="de").published


def test_generic_meta_date_without_printed_date() -> None:
    """A meta "date" still gives the day when the page prints none."""
    head = '<meta name="date" content="2022-01-21">'
    expected = dt.date(2022, 1, 21)
    assert expected == _meta(head, "<h1>Bridge reopens</h1>").published


def test_promoted_article_is_not_a_promotion() -> None:
    """A CMS's "promoted" flag on the article does not hide its date line."""
    body = (
        '<article class="node node--promoted"><h1>Bridge reopens</h1>'
        '<span class="headline-date">02. November 2021</span><p>Traffic flows.</p></article>'
    )
    expected = dt.date(2021, 11, 2)
    assert expected == _meta("", body, lang="de").published


def test_howto_jsonld_is_the_article() -> None:
    """A JSON-LD HowTo, like a Recipe, is the page's own article."""
    head = _ld(
        {
            "@type": "HowTo",
            "name": "How to sew a round tablecloth",
            "datePublished": "2022-01-10T22:06:08Z",
        }
    )
    expected = dt.datetime(2022, 1, 10, 22, 6, 8, tzinfo=dt.timezone.utc)
    assert expected == _meta(head).published


def test_bold_name_signing_the_article() -> None:
    """A bold name as the article's last paragraph is its author."""
    body = "<h1>Bridge reopens</h1><p>Traffic flows again.</p><p><b><i>Jane Doe</i></b></p>"
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_bold_name_mid_article_is_no_signature() -> None:
    """A bold name followed by more text is a heading, not a signature."""
    body = "<h1>Bridge reopens</h1><p>Traffic flows.</p><p><b>Jane Doe</b></p><p>She spoke.</p>"
    expected = ()
    assert expected == _meta("", body).authors


def test_bold_credit_is_no_signature() -> None:
    """A bold credit line under a picture names no author."""
    body = "<h1>Bridge reopens</h1><p>Traffic flows.</p><p><em>© Agency | Jane Doe</em></p>"
    expected = ()
    assert expected == _meta("", body).authors


def test_byline_label_then_name() -> None:
    """A label printed on its own makes the text beside it the byline."""
    body = '<h1>Bridge reopens</h1><p><em>Written by: <a href="/x">Jane Doe</a></em></p>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_bare_by_word_label_then_name() -> None:
    """A capitalised "Von" printed alone makes the next element the byline."""
    body = "<h1>Bridge reopens</h1><p><em>Von </em><span>Jane Doe</span></p>"
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_label_after_a_separator_then_name() -> None:
    """A "| By" label, the separator from the date line before it, names the next element."""
    body = "<h1>Bridge reopens</h1><div><span>| By </span><span>Jane Doe</span></div>"
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_lower_case_label_in_author_element() -> None:
    """A lower-case "erstellt von" is a label in an element classed as the author line."""
    body = (
        '<h1>Bridge reopens</h1><p><span class="documentAuthor">erstellt von </span>'
        '<a href="/users/jd">Jane Doe</a></p>'
    )
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_label_without_colon_in_widget_is_ignored() -> None:
    """A widget heading "Autor" without a colon is no byline label."""
    body = (
        '<h1>Bridge reopens</h1><div><h2 class="widgettitle">Autor</h2>'
        '<a href="/users/jd">Jane Doe</a></div>'
    )
    expected = ()
    assert expected == _meta("", body).authors


def test_label_naming_the_site_gives_way_to_a_later_label() -> None:
    """A label before the site's name is passed over for a later label naming a person."""
    head = '<meta property="og:site_name" content="Example Press">'
    body = (
        '<h1>Bridge reopens</h1><div><span>Autor:</span> <a href="/">Example Press</a></div>'
        "<p>The bridge reopened.</p><p><em>Written by: </em><a href='/p/jd'>Jane Doe</a></p>"
    )
    expected = ("Jane Doe",)
    assert expected == _meta(head, body).authors


def test_section_name_joined_by_ampersand_is_no_author() -> None:
    """Two single words joined by "&" after a date line are a section, not two persons."""
    body = '<h1>Bridge reopens</h1><div class="info">18.02.2022, 10:27 | Kultur & Reisen</div>'
    expected = ()
    assert expected == _meta("", body).authors


def test_role_between_label_and_name_is_skipped() -> None:
    """A role linked between a byline label and the name does not end the byline."""
    body = '<h1>Bridge reopens</h1><div>Autor: <a href="/lawyers/">Rechtsanwalt</a> Jane Doe</div>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_byline_label_far_from_name_is_ignored() -> None:
    """A label names nothing printed elsewhere on the page."""
    body = (
        "<h1>Bridge reopens</h1><div><h5>Autor:</h5></div>"
        "<div><section><div><p><span>Jane Doe</span></p></div></section></div>"
    )
    expected = ()
    assert expected == _meta("", body).authors


def test_numeric_date_line_ending_in_a_name() -> None:
    """A date line "04.02.2022 | 13:10 Uhr | Jane Doe" ends in the author."""
    body = "<h1>Bridge reopens</h1><small>04.02.2022 | 13:10 Uhr | Jane Doe</small>"
    expected = ("Jane Doe",)
    assert expected == _meta("", body, lang="de").authors


def test_numeric_date_line_then_von_and_name() -> None:
    """A date line "06.11.2023 13:30 von Jane Doe" ends in the author."""
    body = "<h1>Bridge reopens</h1><span>06.11.2023 13:30 von Jane Doe</span>"
    expected = ("Jane Doe",)
    assert expected == _meta("", body, lang="de").authors


def test_byline_ends_before_a_description() -> None:
    """A description after the name and a comma ends a text byline."""
    body = (
        "<h1>Bridge reopens</h1><p>The bridge reopened.</p>"
        "<p><strong>Autorin: Jane Doe, Projektleiterin der Stiftung in Tunis.</strong></p>"
    )
    expected = ("Jane Doe",)
    assert expected == _meta("", body, lang="de").authors


def test_sentence_after_von_and_one_word_is_no_byline() -> None:
    """A sentence "Von Einheimischen, Gästen und vielen Kühen" names nobody."""
    body = (
        "<h1>Bridge reopens</h1><p><a href='/x'>Von Einheimischen, Gästen und vielen Kühen</a></p>"
    )
    expected = ()
    assert expected == _meta("", body, lang="de").authors


def test_date_line_ending_in_read_more_names_nobody() -> None:
    """A teaser's "02.02.2022 - Weiterlesen" is no byline."""
    body = "<h1>Bridge reopens</h1><span>02.02.2022 - Weiterlesen</span>"
    expected = ()
    assert expected == _meta("", body, lang="de").authors


def test_soft_hyphens_leave_names() -> None:
    """Soft hyphens inside a printed name are dropped."""
    body = "<h1>Bridge reopens</h1><p>Von Mat\xadthi\xadas Lauerer</p>"
    expected = ("Matthias Lauerer",)
    assert expected == _meta("", body, lang="de").authors


def test_marked_date_line_with_two_digit_year() -> None:
    """A date line marked as such may print a two-digit year."""
    body = '<h1>Bridge reopens</h1><div class="article-meta"><span>31.10.23</span></div>'
    expected = dt.date(2023, 10, 31)
    assert expected == _meta("", body, lang="de").published


def test_unmarked_two_digit_year_is_no_date() -> None:
    """Outside a date line, 1.10.19 is no date."""
    body = "<h1>Bridge reopens</h1><p><span>1.10.19</span></p>"
    assert None is _meta("", body, lang="de").published


def test_interview_label_alone_is_dropped() -> None:
    """ "Interview: Jane Doe" credits Jane Doe."""
    body = '<h1>Bridge reopens</h1><div class="author"><a href="/s">Interview: Jane Doe</a></div>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body).authors


def test_published_from_inline_script_state() -> None:
    """A publication date kept in an inline script's state is read."""
    body = (
        "<h1>Bridge reopens</h1>"
        '<script>window.__STATE__ = {"article": {"publishedDate": "2016-11-04T20:37:27Z"}};'
        "</script>"
    )
    expected = dt.datetime(2016, 11, 4, 20, 37, 27, tzinfo=dt.timezone.utc)
    assert expected == _meta("", body).published


def test_published_from_escaped_script_state() -> None:
    """Escaped JSON inside a script string is read too."""
    body = '<script>hydrate("{\\"publish_date\\":\\"2022-05-03\\"}")</script>'
    expected = dt.date(2022, 5, 3)
    assert expected == _meta("", body).published


def test_printed_date_wins_over_script_state() -> None:
    """The date line the page prints comes before a date in script state."""
    body = (
        '<p class="date">25.01.2022</p>'
        '<script>var s = {"datePublished": "2021-01-01T00:00:00Z"};</script>'
    )
    expected = dt.date(2022, 1, 25)
    assert expected == _meta("", body, lang="de").published


def test_script_state_search_is_bounded() -> None:
    """A huge script with no date costs one bounded scan and gives no date."""
    body = "<script>" + '"x":"y",' * 300_000 + "</script>"
    assert None is _meta("", body).published


def test_second_h1_with_the_og_title_wins() -> None:
    """A later h1 with the og:title's words wins over a first h1 naming the section."""
    head = (
        '<meta property="og:title" content="Bridge reopens after long repairs">'
        '<meta property="og:site_name" content="Example Wire">'
        "<title>News - Example Wire</title>"
    )
    body = "<h1>News</h1><h1>Bridge reopens after long repairs</h1>"
    expected = "Bridge reopens after long repairs"
    assert expected == _meta(head, body).title


def test_h1_first_in_the_title_tag_is_the_headline() -> None:
    """With two h1s, the one the <title> starts with is the headline, not the site's."""
    head = "<title>Small sheep lore | The Sheep Comic – Webcomic</title>"
    body = "<h1>The Sheep Comic – Webcomic</h1><h1>Small sheep lore</h1>"
    expected = "Small sheep lore"
    assert expected == _meta(head, body).title


def test_lone_two_word_h1_is_the_headline() -> None:
    """A single two-word h1 is a short headline, even when the og:title words it otherwise."""
    head = '<meta property="og:title" content="Living sustainably for the climate">'
    body = "<h1>Sustainable living</h1><p>Text.</p>"
    expected = "Sustainable living"
    assert expected == _meta(head, body).title


def test_lone_one_word_h1_is_a_section() -> None:
    """A single one-word h1 the metadata does not contain is a section label."""
    head = '<meta property="og:title" content="Bridge reopens after long repairs">'
    body = "<h1>Details</h1><p>Text.</p>"
    expected = "Bridge reopens after long repairs"
    assert expected == _meta(head, body).title


def test_kicker_run_into_the_h1_is_dropped() -> None:
    """An h1 that is a kicker run into the metadata title gives the metadata title."""
    head = '<meta property="og:title" content="Bridge reopens after long repairs">'
    body = "<h1><span>Week in review</span> Bridge reopens after long repairs</h1>"
    expected = "Bridge reopens after long repairs"
    assert expected == _meta(head, body).title


def test_long_prefix_in_the_h1_is_no_kicker() -> None:
    """An h1 with many words before the metadata title is a different headline."""
    head = '<meta property="og:title" content="Bridge reopens">'
    body = "<h1>After two years of work and three delays the old Bridge reopens</h1>"
    expected = "After two years of work and three delays the old Bridge reopens"
    assert expected == _meta(head, body).title


def test_lower_case_von_in_a_meta_line() -> None:
    """A lower-case "von Jane Doe" in an element classed as the meta line is a byline."""
    body = '<h1>Bridge reopens</h1><span class="page-hero__meta-label"> von Jane Doe </span>'
    expected = ("Jane Doe",)
    assert expected == _meta("", body, lang="de").authors


def test_lower_case_von_in_running_text_is_no_byline() -> None:
    """A lower-case "von Anna Meier" in an unmarked text names nobody."""
    body = "<h1>Bridge reopens</h1><p><span>von Anna Meier</span></p>"
    expected = ()
    assert expected == _meta("", body, lang="de").authors


def test_h1_typographic_quotes_and_dashes_win_over_ascii_metadata() -> None:
    """The headline keeps the page's „quotes“ and dashes where og:title flattened them."""
    head = "<meta property='og:title' content='\"Wir bauen weiter\" - Werft sagt Ja'>"
    body = "<h1>„Wir bauen weiter“ – Werft sagt Ja</h1><p>Text.</p>"
    assert "„Wir bauen weiter“ – Werft sagt Ja" == _meta(head, body).title


def test_metadata_punctuation_wins_where_the_h1_lost_a_separator() -> None:
    """An h1 whose inline markup swallowed a colon takes the metadata's punctuation."""
    head = "<meta property='og:title' content='Hafen: Werft sagt Ja zum Umbau'>"
    body = "<h1><span>Hafen</span> Werft sagt Ja zum Umbau</h1><p>Text.</p>"
    assert "Hafen: Werft sagt Ja zum Umbau" == _meta(head, body).title
