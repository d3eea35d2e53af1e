"""Hostile metadata: broken JSON-LD, values of the wrong type, impossible dates."""

from __future__ import annotations

import pytest
from hostile_support import NOW, STORY, news_page, run_bounded

from articlekit import Article, parse_html

IMPOSSIBLE_DATES = [
    "2022-13-45T99:99",
    "0000-00-00",
    "12345678901234567890",
    "9999-99-99",
    "2022-02-30",
    "2022-00-10",
    "-0001-01-01",
    "99999999999999999999999999999999999999",
    "1e400",
    "NaN",
    "",
    "T",
    "2022-1-1T25:61:61+99:99",
]


def _ld(json_text: str) -> str:
    return f'<script type="application/ld+json">{json_text}</script>'


def _page_with_head(head: str) -> Article:
    # A headline of its own that no metadata source repeats, and no date in the text.
    return run_bounded(lambda: parse_html(news_page(head=head), now=NOW))


def _assert_sound(article: Article) -> None:
    """Every metadata field is None, () or a non-empty string of the right kind."""
    for value in (article.title, article.subtitle, article.language, article.site_name):
        assert value is None or (isinstance(value, str) and value.strip()), value
        assert value not in {"None", "null", "[]", "{}"}, value
    for name in (*article.authors, *article.tags):
        assert isinstance(name, str), name
        assert name.strip(), name
        assert name not in {"None", "null"}, name


@pytest.mark.parametrize(
    "json_text",
    [
        '{"@type": "NewsArticle", "headline": null, "author": null, "datePublished": null}',
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": null}}',
        '{"@type": "NewsArticle", "author": [null, {}, [], "", {"name": ""}]}',
        '{"@type": null, "@graph": null}',
        '{"@graph": [null, 1, "x", {"@type": "NewsArticle", "headline": null}]}',
        '[null, {"@type": ["NewsArticle", null, 3]}]',
        "null",
    ],
)
def test_json_ld_nulls_are_missing_fields(json_text: str) -> None:
    """JSON-LD nulls give None or () fields, never the string "None"."""
    article = _page_with_head(_ld(json_text))
    _assert_sound(article)
    assert (None, None, ()) == (article.published, article.modified, article.authors)


@pytest.mark.parametrize(
    "json_text",
    [
        '{"@type": "NewsArticle", "headline": 12345, "author": 6789, "datePublished": 20220101}',
        '{"@type": "NewsArticle", "headline": true, "author": {"name": 1.5}, "keywords": 7}',
        '{"@type": 5, "headline": ["a", ["b"]], "author": {"name": {"name": {"name": 1}}}}',
        '{"@type": "NewsArticle", "headline": {"@value": 3}, "inLanguage": 1, "publisher": 2}',
        '{"@type": "NewsArticle", "image": 1, "keywords": [1, null, {}], "articleSection": []}',
        '{"@type": "NewsArticle", "datePublished": 1e999, "dateModified": -1e999}',
        '{"@type": "NewsArticle", "datePublished": [2022, 1, 1], "dateModified": {"a": 1}}',
        '{"@type": "NewsArticle", "wordCount": ' + "9" * 5_000 + "}",
    ],
)
def test_json_ld_wrong_types_are_harmless(json_text: str) -> None:
    """Numbers, booleans, lists and objects where strings belong give sound fields."""
    _assert_sound(_page_with_head(_ld(json_text)))


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize("bracket", ["[]", "{}"])
def test_json_ld_nested_deep_is_harmless(depth: int, bracket: str) -> None:
    """JSON-LD nested 100,000 deep is skipped, not a RecursionError."""
    if bracket == "[]":
        nested = "[" * depth + "1" + "]" * depth
    else:
        nested = '{"a":' * depth + "1" + "}" * depth
    json_text = '{"@type": "NewsArticle", "headline": "Deep", "author": ' + nested + "}"
    _assert_sound(_page_with_head(_ld(json_text)))


@pytest.mark.parametrize(
    "json_text",
    [
        '{"@type": "NewsArticle", "headline": "Cut off mid-str',
        '{"@type": "NewsArticle", "author": {"name": "Jane',
        '{"@type": "NewsArticle", "headline": "A" "B"}',
        "{'@type': 'NewsArticle', 'headline': 'single quotes'}",
        '{"@type": "NewsArticle", "headline": "\\ud800 lone surrogate escape"}',
        '{"@type": "NewsArticle", "headline": "\\u0000 nul escape"}',
        '{"@type": "NewsArticle",, "headline": "x",}',
        "<!-- not json -->",
        '{"a": "' + "\\" * 100_001 + '"}',
        "{" * 50_000,
    ],
)
def test_json_ld_broken_is_skipped(json_text: str) -> None:
    """Truncated or malformed JSON-LD is skipped; the rest of the page is read."""
    article = _page_with_head(_ld(json_text))
    _assert_sound(article)
    assert "council approved the new budget" in article.text


def test_many_json_ld_blocks_are_harmless() -> None:
    """Ten thousand JSON-LD blocks give an Article in bounded time."""
    block = _ld('{"@type": "NewsArticle", "author": [{"name": "A"}, {"name": "B"}]}')
    _assert_sound(_page_with_head(block * 10_000))


@pytest.mark.parametrize("date", IMPOSSIBLE_DATES)
def test_impossible_json_ld_dates_are_none(date: str) -> None:
    """Impossible dates in JSON-LD give no published or modified date."""
    article = _page_with_head(
        _ld(f'{{"@type": "NewsArticle", "datePublished": "{date}", "dateModified": "{date}"}}')
    )
    assert (None, None) == (article.published, article.modified)


@pytest.mark.parametrize("date", IMPOSSIBLE_DATES)
def test_impossible_meta_dates_are_none(date: str) -> None:
    """Impossible dates in meta tags give no published or modified date."""
    head = (
        f'<meta property="article:published_time" content="{date}">'
        f'<meta property="article:modified_time" content="{date}">'
        f'<meta name="date" content="{date}"><meta itemprop="datePublished" content="{date}">'
    )
    article = _page_with_head(head)
    assert (None, None) == (article.published, article.modified)


@pytest.mark.parametrize("date", IMPOSSIBLE_DATES)
def test_impossible_time_element_dates_are_none(date: str) -> None:
    """Impossible dates in <time datetime> give no published date."""
    page = news_page(f'<time datetime="{date}" itemprop="datePublished">{date}</time>' + STORY)
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert (None, None) == (article.published, article.modified)


def test_future_dates_are_none() -> None:
    """A publication date after `now` is not accepted."""
    article = _page_with_head('<meta property="article:published_time" content="2999-01-01">')
    assert article.published is None


def test_megabyte_author_list_is_harmless() -> None:
    """A JSON-LD author list of 100,000 names gives sound authors in bounded time."""
    authors = ", ".join(f'{{"name": "Writer {n}"}}' for n in range(100_000))
    _assert_sound(_page_with_head(_ld(f'{{"@type": "NewsArticle", "author": [{authors}]}}')))


def test_hostile_meta_values_are_harmless() -> None:
    """Meta values made of controls, markup and quotes give sound fields."""
    value = "\x01\x02<b>&quot;&#0;&#xD800;\u202e\ufeff'\"</b>"
    head = "".join(
        f'<meta property="{name}" content="{value}">'
        for name in ("og:title", "og:site_name", "article:author", "article:tag", "og:locale")
    )
    _assert_sound(_page_with_head(head + f'<html lang="{value}">'))


def test_wrappers_named_for_navigation_around_main_are_harmless() -> None:
    """300 nested wrappers named "navigation", each holding <main>, with 20,000 bylines
    and dates under them, give sound fields in bounded time."""
    filler = '<p class="byline"><a rel="author" href="/author/x">By Ann Lee</a> 12.11.2021</p>'
    body = (
        '<div class="navigation">' * 300
        + "<main><h1>Headline</h1>"
        + filler * 20_000
        + "</main>"
        + "</div>" * 300
    )
    html = f"<html><head><title>t</title></head><body>{body}</body></html>"
    _assert_sound(run_bounded(lambda: parse_html(html, now=NOW)))


def test_many_metas_of_no_known_name_are_harmless() -> None:
    """50,000 distinct meta names, some ending in "pubdate", give sound fields in bounded time."""
    head = "".join(f'<meta name="x{n}-pubdate" content="junk {n}">' for n in range(50_000))
    _assert_sound(_page_with_head(head))


def test_breadcrumb_h1s_avatars_and_name_lines_are_harmless() -> None:
    """20,000 breadcrumb h1s, avatar links and "Name |" lines, and class lists of
    hyphenated boilerplate halves, give sound fields in bounded time."""
    crumb = '<nav class="breadcrumb"><ol><li><h1>Council approves budget</h1></li></ol></nav>'
    avatar = '<img class="avatar avatar-48" src="a.png"><a href="/u/1">Ann Lee</a>'
    line = "<p>Ann Lee |</p><p>12.11.2021</p>"
    halves = " ".join(f"fact-box-{n} pop-up most_read" for n in range(2_000))
    body = (crumb + avatar + line) * 20_000 + f'<div class="{halves}">{STORY}</div>'
    head = '<meta property="og:title" content="Council approves the budget for next year">'
    _assert_sound(run_bounded(lambda: parse_html(news_page(body, head=head), now=NOW)))
