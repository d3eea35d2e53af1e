"""Rendering an Article as Markdown and as plain text."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import lxml.html
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import articlekit
from articlekit import Article, Block, BlockKind, Image, ImageCredit, Quote
from articlekit._render import render_markdown, render_review_html, render_text
from strategies import quote_heavy_text

PARAGRAPHS = (
    "The council voted on Tuesday to close the old bridge to heavy traffic.",
    "Repairs are expected to take most of next year, the mayor told reporters.",
)


def _article(**fields: object) -> Article:
    defaults: dict[str, object] = {
        "title": "Bridge closes to lorries",
        "blocks": [Block(kind=BlockKind.PARAGRAPH, text=text) for text in PARAGRAPHS],
    }
    defaults.update(fields)
    return Article(**defaults)  # type: ignore[arg-type]


def test_markdown_title_is_level_one_heading() -> None:
    """The headline is the Markdown document's level-1 heading."""
    assert "# Bridge closes to lorries" == render_markdown(_article()).splitlines()[0]


def test_markdown_standfirst_in_italics() -> None:
    """The standfirst follows the headline in italics."""
    markdown = render_markdown(_article(subtitle="Works start in May"))
    assert "*Works start in May*" == markdown.split("\n\n")[1]


def test_markdown_byline_and_date() -> None:
    """Authors and the publication date make the meta paragraph."""
    article = _article(authors=("Ann Lee", "Bo Park"), published=dt.date(2024, 3, 5))
    assert (
        "By Ann Lee and Bo Park  \nPublished: 2024-03-05"
        == render_markdown(article).split("\n\n")[1]
    )


def test_markdown_block_kinds() -> None:
    """Headings start at ##, list items with '- ', blockquotes with '> '."""
    blocks = [
        Block(kind=BlockKind.HEADING, text="What next", level=2),
        Block(kind=BlockKind.LIST_ITEM, text="first step"),
        Block(kind=BlockKind.BLOCKQUOTE, text="We will rebuild"),
    ]
    expected = "## What next\n\n- first step\n\n> We will rebuild"
    assert expected in render_markdown(_article(blocks=blocks))


def test_markdown_level_one_body_heading_is_demoted() -> None:
    """A body heading of level 1 renders as ## so the title stays the only #."""
    blocks = [Block(kind=BlockKind.HEADING, text="Part one", level=1)]
    assert "\n## Part one\n" in render_markdown(_article(blocks=blocks))


def test_markdown_escapes_markup_in_text() -> None:
    """Markdown and HTML in the page's text are escaped, not interpreted."""
    blocks = [Block(kind=BlockKind.PARAGRAPH, text="# not a heading <script>*x*</script>")]
    markdown = render_markdown(_article(blocks=blocks))
    assert r"\# not a heading \<script\>\*x\*\</script\>" in markdown


def test_markdown_preformatted_fence_outlasts_backticks() -> None:
    """Preformatted text is fenced with more backticks than it holds."""
    blocks = [Block(kind=BlockKind.PREFORMATTED, text="a ```b``` c")]
    assert "````\na ```b``` c\n````" in render_markdown(_article(blocks=blocks))


def test_markdown_image_with_caption_and_credit() -> None:
    """An image renders as a Markdown image, then its caption and credit."""
    image = Image(
        url="https://img.example/a b.jpg",
        alt="bridge",
        caption="The old bridge",
        credit=ImageCredit(text="Jo Doe", label="Photo"),
    )
    expected = "![bridge](<https://img.example/a%20b.jpg>)\n*The old bridge* Photo: Jo Doe"
    assert expected in render_markdown(_article(images=[image]))


def test_markdown_drops_non_http_image_url() -> None:
    """A javascript: image URL is not rendered as a link; the caption stays."""
    image = Image(url="javascript:alert(1)", caption="Caption here")
    markdown = render_markdown(_article(images=[image]))
    assert "javascript" not in markdown
    assert "*Caption here*" in markdown


def test_text_layout() -> None:
    """Headline, standfirst, byline, date line and paragraphs are separated by blank lines."""
    article = _article(
        subtitle="Works start in May", authors=("Ann Lee",), published=dt.date(2024, 3, 5)
    )
    expected = (
        "Bridge closes to lorries\n\nWorks start in May\n\nBy Ann Lee\n\n"
        f"Published: 2024-03-05\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"
    )
    assert expected == render_text(article)


def test_text_datetime_keeps_zone() -> None:
    """A publication time is written with its offset."""
    when = dt.datetime(2024, 3, 5, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert "Published: 2024-03-05 08:30+02:00" in render_text(_article(published=when))


def test_text_list_items_and_image_credit() -> None:
    """List items get '- ', images come last as caption then credit line."""
    article = _article(
        blocks=[Block(kind=BlockKind.LIST_ITEM, text="first step")],
        images=[Image(caption="The old bridge", credit=ImageCredit(text="Jo Doe"))],
    )
    assert render_text(article).endswith("- first step\n\nThe old bridge\nPhoto: Jo Doe\n")


def test_text_round_trips_through_parse_text() -> None:
    """parse_text of the text rendering gives back the headline and paragraphs."""
    article = _article(subtitle="Works start in May", published=dt.date(2024, 3, 5))
    again = articlekit.parse_text(render_text(article))
    assert article.title == again.title
    assert PARAGRAPHS == tuple(block.text for block in again.blocks)


def _review(article: Article) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(render_review_html(article))


def _all(page: lxml.html.HtmlElement, *tags: str) -> list[lxml.html.HtmlElement]:
    return [el for el in page.iter(*tags) if isinstance(el, lxml.html.HtmlElement)]


def _text(page: lxml.html.HtmlElement, tag: str) -> str:
    return str(_all(page, tag)[0].text_content())


def _quoted_article() -> Article:
    first = "Works start in May."
    second = "“We have no choice,” said Mayor Ann Lee. “Safety comes first,” she added."
    base = len(first) + 2
    return Article(
        title="Bridge closes to lorries",
        blocks=[
            Block(kind=BlockKind.PARAGRAPH, text=first),
            Block(kind=BlockKind.PARAGRAPH, text=second),
        ],
        quotes=[
            Quote(
                text="We have no choice,",
                start=base + 1,
                end=base + 19,
                speaker="Ann Lee",
                speaker_role="Mayor",
                cue="said",
                block=1,
            ),
            Quote(text="Safety comes first,", start=base + 42, end=base + 61, block=1),
        ],
    )


def test_review_marks_every_quote_with_its_speaker() -> None:
    """Each quote is one <mark> with its speaker, or 'unattributed', right after it."""
    marks = _all(_review(_quoted_article()), "mark")
    assert ["We have no choice,", "Safety comes first,"] == [mark.text for mark in marks]
    speakers = [mark.getnext() for mark in marks]
    assert ["Ann Lee, Mayor", "unattributed"] == [
        speaker.text_content() for speaker in speakers if isinstance(speaker, lxml.html.HtmlElement)
    ]


def test_review_shows_metadata_and_images() -> None:
    """Title, byline, dates and image caption with credit appear on the page."""
    article = _article(
        authors=("Ann Lee",),
        published=dt.date(2024, 3, 5),
        images=[Image(caption="The old bridge", credit=ImageCredit(text="Jo Doe", label="Photo"))],
    )
    page = _review(article)
    assert "Bridge closes to lorries" == _text(page, "h1")
    assert "Ann Lee" in page.text_content()
    assert "2024-03-05" in page.text_content()
    assert "The old bridge Photo: Jo Doe" == _text(page, "figcaption")


def test_review_escapes_hostile_text() -> None:
    """Markup in the article's values stays text: no script, no injected attributes."""
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    article = Article(
        title=hostile,
        authors=(hostile,),
        blocks=[Block(kind=BlockKind.PARAGRAPH, text=f"“{hostile}” he said.")],
        images=[Image(url="javascript:alert(3)", caption=hostile)],
        quotes=[Quote(text=hostile, start=1, end=1 + len(hostile), speaker=hostile)],
    )
    page = _review(article)
    assert [] == _all(page, "script", "img", "a")
    assert [] == [el for el in _all(page) if {"src", "onerror", "href"} & set(el.attrib)]
    assert hostile == _text(page, "h1")
    assert hostile == _text(page, "mark")


def test_review_is_self_contained() -> None:
    """The page links and loads nothing: no external stylesheet, script or image."""
    page = _review(_quoted_article())
    assert [] == _all(page, "link", "script", "img", "iframe", "a")
    assert 1 == len(_all(page, "style"))


def test_review_groups_list_items() -> None:
    """Consecutive list items share one <ul>."""
    blocks = [
        Block(kind=BlockKind.LIST_ITEM, text="one"),
        Block(kind=BlockKind.LIST_ITEM, text="two"),
        Block(kind=BlockKind.PARAGRAPH, text="after"),
    ]
    page = _review(_article(blocks=blocks))
    assert [["one", "two"]] == [[li.text_content() for li in ul] for ul in _all(page, "ul")]


def test_markdown_escape_is_linear_on_hostile_whitespace() -> None:
    """Escaping 50,000 line starts of a hostile block works line by line, each escaped."""
    text = ("  -\n" * 50_000).strip()
    markdown = render_markdown(_article(blocks=[Block(kind=BlockKind.PARAGRAPH, text=text)]))
    assert 50_000 == markdown.count("\\-")


def test_text_leaves_out_uncredited_images() -> None:
    """An image with a caption but no credit is not rendered in the text form."""
    article = _article(images=[Image(caption="The old bridge")])
    assert "The old bridge" not in render_text(article)


def test_text_credit_label_forms() -> None:
    """'Photo by' and '©' labels read on into the name; others take a colon."""
    images = [
        Image(caption="One", credit=ImageCredit(text="Jo Doe", label="Photo by")),
        Image(caption="Two", credit=ImageCredit(text="Jo Doe", label="©")),
        Image(caption="Three", credit=ImageCredit(text="Jo Doe", label="Bild")),
    ]
    text = render_text(_article(images=images))
    assert text.endswith("One\nPhoto by Jo Doe\n\nTwo\n© Jo Doe\n\nThree\nBild: Jo Doe\n")


def _marked_quotes(article: Article) -> list[str]:
    """The quotes the review page can mark: in order, none overlapping the one before."""
    texts, position = [], 0
    for quote in sorted(article.quotes, key=lambda quote: (quote.start, quote.end)):
        if quote.start >= position:
            texts.append(quote.text)
            position = quote.end
    return texts


@given(text=quote_heavy_text)
def test_review_marks_the_quotes_of_any_text(text: str) -> None:
    """On any quote-heavy text the page parses and marks each quote found, escaped intact."""
    try:
        article = articlekit.parse_text(text)
    except articlekit.ParseError:
        assume(False)
        return
    marks = _all(_review(article), "mark")
    assert _marked_quotes(article) == [mark.text_content() for mark in marks]


@given(text=quote_heavy_text)
def test_renderings_of_any_text_do_not_fail(text: str) -> None:
    """Markdown and text renderings of any parsed text are strings ending in a newline."""
    try:
        article = articlekit.parse_text(text)
    except articlekit.ParseError:
        assume(False)
        return
    assert render_markdown(article).endswith("\n")
    assert render_text(article).endswith("\n")


def test_review_speaker_follows_the_closing_mark() -> None:
    """The speaker label comes after the quote's closing quotation mark."""
    page = render_review_html(_quoted_article())
    assert "We have no choice,</mark>”<span" in page


# Far above the well under a second that 20,000 quotes take when rendering is
# linear; a quadratic pass over them takes minutes.
HOSTILE_RENDER_SECONDS = 20.0


def test_review_of_a_quote_flood_is_linear() -> None:
    """20,000 quotes in one paragraph and 2,000 blocks render in bounded time, all marked."""
    unit = "“ab” "
    flood = unit * 20_000
    quotes = [
        Quote(text="ab", start=i * len(unit) + 1, end=i * len(unit) + 3) for i in range(20_000)
    ]
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=flood.strip())]
    blocks += [Block(kind=BlockKind.PARAGRAPH, text=f"p{i}") for i in range(2_000)]
    article = Article(blocks=blocks, quotes=quotes)
    started = time.monotonic()
    page = render_review_html(article)
    assert time.monotonic() - started < HOSTILE_RENDER_SECONDS
    assert 20_000 == page.count("<mark ")


_WORDS = st.sampled_from(
    [
        "council",
        "river",
        "budget",
        "school",
        "market",
        "harbour",
        "bridge",
        "village",
        "station",
        "plan",
        "report",
        "voters",
        "water",
        "road",
        "winter",
        "summer",
        "people",
        "city",
        "farmers",
        "museum",
    ]
)
_SENTENCES = st.lists(_WORDS, min_size=6, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
_PARAGRAPHS = st.lists(_SENTENCES, min_size=1, max_size=4).map(" ".join)
_HEADLINES = st.lists(_WORDS, min_size=3, max_size=8).map(lambda w: " ".join(w).title())


def _letters(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalpha())


@pytest.mark.parametrize("render", [render_text, render_markdown])
@given(
    title=_HEADLINES,
    paragraphs=st.lists(_PARAGRAPHS, min_size=1, max_size=6),
    subtitle=st.none() | _PARAGRAPHS,
    published=st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2023, 12, 31)),
)
def test_renderings_round_trip(
    render: Callable[[Article], str],
    title: str,
    paragraphs: list[str],
    subtitle: str | None,
    published: dt.date | None,
) -> None:
    """parse_text of either rendering gives back headline, standfirst, paragraphs, date."""
    # A paragraph or standfirst with the headline's very words reads as the headline
    # repeated.
    assume(all(_letters(paragraph) != _letters(title) for paragraph in paragraphs))
    assume(subtitle is None or _letters(subtitle) != _letters(title))
    # Without a date line (or byline) nothing tells a standfirst from the first
    # paragraph in plain text; Markdown sets it in italics.
    assume(render is render_markdown or subtitle is None or published is not None)
    article = Article(
        title=title,
        subtitle=subtitle,
        published=published,
        blocks=[Block(kind=BlockKind.PARAGRAPH, text=text) for text in paragraphs],
    )
    again = articlekit.parse_text(
        render(article), now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    )
    assert (title, subtitle, paragraphs, published) == (
        again.title,
        again.subtitle,
        [block.text for block in again.blocks],
        again.published,
    )
