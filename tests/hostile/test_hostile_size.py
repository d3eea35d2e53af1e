"""Size and shape: huge pages, huge words, unclosed and deeply nested tags, huge attributes."""

from __future__ import annotations

import time

import pytest
from hostile_support import NOW, STORY, news_page, run_bounded

from articlekit import Article, Limits, ParseError, parse_html, parse_text

# Twenty times the input may take at most this many times as long: linear time
# gives 20, and the slack absorbs a shared machine's noise; a quadratic step
# would give 400.
LINEAR_SLACK = 3


def _paragraphs(count: int) -> str:
    return "".join(
        f"<p>Paragraph {n} of the report says the council met again on day {n} to talk "
        f"about the budget, the roads and the library, and agreed on nothing new.</p>"
        for n in range(count)
    )


def _parse_seconds(page: str) -> float:
    start = time.perf_counter()
    article = run_bounded(lambda: parse_html(page, now=NOW), seconds=300)
    assert "Paragraph 1 of the report" in article.text
    return time.perf_counter() - start


def test_twenty_megabyte_page_parses_in_linear_time() -> None:
    """A 20 MB page (accepted by the default limits) takes about 20 times as long as 1 MB."""
    small = news_page(_paragraphs(6_500))
    large = news_page(_paragraphs(130_000))
    assert len(large) > 20_000_000
    small_seconds = max(_parse_seconds(small), 0.05)
    assert _parse_seconds(large) < 20 * LINEAR_SLACK * small_seconds


def test_five_megabyte_word_parses() -> None:
    """A 5 MB word without spaces gives an Article in bounded time."""
    page = news_page(STORY + "<p>" + "x" * 5_000_000 + "</p>")
    assert isinstance(run_bounded(lambda: parse_html(page, now=NOW)), Article)


def test_five_megabyte_word_in_plain_text_parses() -> None:
    """A 5 MB word without spaces in plain text gives an Article in bounded time."""
    text = "Headline\n\n" + "x" * 5_000_000 + "\n\nLast paragraph."
    assert isinstance(run_bounded(lambda: parse_text(text, now=NOW)), Article)


# Not <a>: a story inside a link is link text, for browsers as for extractors.
@pytest.mark.parametrize("tag", ["div", "span", "b", "p", "li", "table", "td", "em", "font"])
def test_hundred_thousand_unclosed_tags_keep_the_story(tag: str) -> None:
    """100,000 unclosed tags before the story do not lose the story."""
    page = news_page(f"<{tag}>" * 100_000 + STORY)
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert "council approved the new budget" in article.text


@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_ten_thousand_levels_deep_keep_the_story(tag: str) -> None:
    """A story nested 10,000 levels deep is still in the Article."""
    page = news_page(f"<{tag}>" * 10_000 + STORY + f"</{tag}>" * 10_000)
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert "council approved the new budget" in article.text


def test_text_after_deep_nesting_is_kept() -> None:
    """Text after a subtree nested 10,000 deep is not silently dropped."""
    page = news_page("<div>" * 10_000 + "deep" + "</div>" * 10_000 + STORY)
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert "council approved the new budget" in article.text


@pytest.mark.parametrize(
    "cell",
    [
        '<td colspan="1000000000">x</td>',
        '<td rowspan="99999999999999999999">x</td>',
        '<td colspan="-5" rowspan="0">x</td>',
        '<col span="4294967296">',
    ],
)
def test_huge_spans_are_harmless(cell: str) -> None:
    """Huge, negative and overflowing colspan and rowspan values are harmless."""
    page = news_page(STORY + f"<table><tr>{cell}</tr></table>")
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert "council approved the new budget" in article.text


@pytest.mark.parametrize(
    "attribute", ["class", "id", "style", "href", "src", "alt", "title", "data-x", "itemprop"]
)
def test_megabyte_attributes_are_harmless(attribute: str) -> None:
    """A one-megabyte attribute value on every kind of element is harmless."""
    value = "a b-" * 250_000
    body = f'<div {attribute}="{value}"><p {attribute}="{value}">x</p>{STORY}</div>'
    body += f'<img {attribute}="{value}" src="/a.jpg"><a {attribute}="{value}" href="/">l</a>'
    article = run_bounded(lambda: parse_html(news_page(body), now=NOW))
    assert "council approved the new budget" in article.text


def test_megabyte_meta_content_is_harmless() -> None:
    """One-megabyte meta values and title give an Article in bounded time."""
    value = "Budget " * 150_000
    head = "".join(
        f'<meta property="{name}" content="{value}">'
        for name in ("og:title", "og:description", "article:author", "article:tag", "og:image")
    )
    page = news_page(head=head, title=value)
    assert isinstance(run_bounded(lambda: parse_html(page, now=NOW)), Article)


def test_thirty_thousand_images_are_harmless() -> None:
    """A page of 30,000 images with captions gives an Article in bounded time."""
    figures = '<figure><img src="/i.jpg" alt="a"><figcaption>Photo: Jo Doe/AP</figcaption></figure>'
    page = news_page(STORY + figures * 30_000)
    assert isinstance(run_bounded(lambda: parse_html(page, now=NOW)), Article)


def test_ten_thousand_caption_boxes_and_their_echoes_are_harmless() -> None:
    """10,000 pictures captioned in unnamed boxes, each caption printed again as a
    paragraph, deep in the page: bounded time, and the story kept."""
    box = (
        "<div><div><div><div class='media'><picture><img src='/i{n}.jpg'></picture>"
        "<div><p>The harbour at dawn, picture {n}</p></div></div></div></div></div>"
        "<p>The harbour at dawn, picture {n}</p>"
    )
    page = news_page(STORY + "".join(box.format(n=n) for n in range(10_000)))
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert "harbour" not in article.text
    assert "council approved the new budget" in article.text


def test_hundred_thousand_links_are_harmless() -> None:
    """A page of 100,000 links gives an Article in bounded time."""
    page = news_page(STORY + '<a href="/x">link</a> ' * 100_000)
    assert isinstance(run_bounded(lambda: parse_html(page, now=NOW)), Article)


def test_text_without_any_tag_parses() -> None:
    """Five megabytes of text without a single tag gives an Article."""
    page = "The council approved the budget. " * 150_000
    assert isinstance(run_bounded(lambda: parse_html(page, now=NOW)), Article)


def test_page_over_the_size_limit_is_refused_quickly() -> None:
    """A page over Limits.max_bytes raises ParseError without being parsed."""
    page = news_page(_paragraphs(1_000))
    with pytest.raises(ParseError, match="max_bytes"):
        run_bounded(lambda: parse_html(page, now=NOW, limits=Limits(max_bytes=10_000)))


def test_text_over_the_size_limit_is_refused() -> None:
    """Plain text over Limits.max_bytes raises ParseError."""
    with pytest.raises(ParseError, match="max_bytes"):
        parse_text("Headline\n\n" + "word " * 10_000, now=NOW, limits=Limits(max_bytes=1_000))


def test_a_teaser_nested_deep_above_many_elements_is_judged_once() -> None:
    """A linked headline 200 boxes deep above 300,000 elements, set in a story, is one
    teaser: each box around it is not searched again (that took most of a minute)."""
    teaser = (
        "<div>" * 200
        + "<h3><a href='/other-story'>Another story</a></h3>"
        + "<span></span>" * 300_000
        + "</div>" * 200
    )
    page = news_page(STORY + teaser + STORY)
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert "council approved the new budget" in article.text
    assert "Another story" not in article.text


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<div class='summary'>", "</div>"),
        ("<div itemprop='author'>", "</div>"),
        ("<h1><span class='kicker'>Kicker</span>", "</h1>"),
    ],
)
def test_standfirst_author_and_headline_boxes_nested_around_many_elements_are_read_once(
    opening: str, closing: str
) -> None:
    """200 nested boxes marked as a standfirst, an author or a headline around 200,000
    elements: no box is read whole once per box around it (that took minutes)."""
    boxes = opening * 200 + "<span></span>" * 200_000 + closing * 200
    article = run_bounded(lambda: parse_html(news_page(STORY + boxes), now=NOW))
    assert "council approved the new budget" in article.text


@pytest.mark.parametrize(
    "box", ["<figure><img src='/a.jpg'>", "<div class='caption'><img src='/a.jpg'>"]
)
def test_pictures_nested_in_captioned_boxes_around_many_elements_are_bounded(box: str) -> None:
    """200 pictures, each in a figure or caption box holding the next, around 200,000
    elements: no picture's search reads the boxes below it whole (that took minutes)."""
    end = "</figure>" if box.startswith("<figure") else "</div>"
    boxes = box * 200 + "<span></span>" * 200_000 + end * 200
    article = run_bounded(lambda: parse_html(news_page(STORY + boxes), now=NOW))
    assert "council approved the new budget" in article.text


def test_six_thousand_copies_of_one_picture_in_one_paragraph_are_bounded() -> None:
    """6,000 copies of one picture in one paragraph: no copy's caption search reads
    all the others (that took minutes)."""
    copies = "<p>" + "<img src='/a.jpg' alt='The bridge at dusk, seen from the east'>and " * 6_000
    article = run_bounded(lambda: parse_html(news_page(STORY + copies + "</p>"), now=NOW))
    assert "council approved the new budget" in article.text


def test_eighty_thousand_headlines_in_one_story_are_bounded() -> None:
    """80,000 h1s in a story of two paragraphs: the story is searched for text once, not
    once per headline (that took most of a minute)."""
    headlines = "<h1>Headline words</h1>" * 80_000
    page = news_page("<p>" + "The council met again on Tuesday. " * 5 + "</p>" + headlines)
    article = run_bounded(lambda: parse_html(page, now=NOW))
    assert "council met again" in article.text
