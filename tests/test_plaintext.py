"""The plain-text parser, one behaviour per test on small made-up pages."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit import BlockKind, ParseError, parse_text

NOW = dt.datetime(2030, 1, 1)

PAGE = """Council Approves New Bridge Over the River

The vote ends a ten-year dispute over the crossing.

March 3, 2021
Council Approves New Bridge Over the River
Workers inspect the old bridge on Monday.
Photo: Jane Roe/City Press

The council voted nine to two on Tuesday to build the bridge.

Construction starts next spring and takes two years.
"""


def _paragraphs(text: str) -> list[str]:
    return [block.text for block in parse_text(text, now=NOW).blocks]


def test_headline_is_the_title() -> None:
    """The first line is the headline."""
    assert "Council Approves New Bridge Over the River" == parse_text(PAGE, now=NOW).title


def test_standfirst_before_the_date_is_the_subtitle() -> None:
    """The unit between headline and date line is the standfirst."""
    assert (
        "The vote ends a ten-year dispute over the crossing." == parse_text(PAGE, now=NOW).subtitle
    )


def test_date_line_is_published() -> None:
    """A date line in the head gives the publication day."""
    assert dt.date(2021, 3, 3) == parse_text(PAGE, now=NOW).published


def test_caption_and_credit_become_an_image() -> None:
    """The line before a credit line is its caption; both leave the body."""
    (image,) = parse_text(PAGE, now=NOW).images
    assert "Workers inspect the old bridge on Monday." == image.caption
    assert image.credit is not None
    assert ("Jane Roe/City Press", "Photo") == (image.credit.text, image.credit.label)


def test_body_has_only_the_paragraphs() -> None:
    """Repeated headline, date, caption and credit never reach the body."""
    assert [
        "The council voted nine to two on Tuesday to build the bridge.",
        "Construction starts next spring and takes two years.",
    ] == _paragraphs(PAGE)


def test_windows_line_endings_read_the_same() -> None:
    """CRLF line endings give the same article."""
    assert parse_text(PAGE, now=NOW) == parse_text(PAGE.replace("\n", "\r\n"), now=NOW)


def test_single_line_breaks_read_the_same() -> None:
    """Paragraphs separated by one line break give the same article."""
    assert parse_text(PAGE, now=NOW) == parse_text(PAGE.replace("\n\n", "\n"), now=NOW)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    """Lines wrapped at a fixed column are joined into one paragraph."""
    text = (
        "Headline\n\n"
        "The first paragraph runs over several lines because it was wrapped\n"
        "at a fixed column by the program that saved it, as e-mail clients\n"
        "and terminals do, and the parser joins the lines back together\n"
        "again.\n\n"
        "A second paragraph follows here and it is also wrapped at the same\n"
        "column width as the first one was wrapped by that same program.\n"
    )
    assert 2 == len(_paragraphs(text))
    assert _paragraphs(text)[0].endswith("joins the lines back together again.")


def test_markup_remnants_are_dropped() -> None:
    """Stray comment fragments and tags are not text."""
    text = "!-- Google tag (gtag.js) -->\nHeadline\n\n<div class='x'>\n\nBody text here."
    article = parse_text(text, now=NOW)
    assert ("Headline", ["Body text here."]) == (article.title, _paragraphs(text))


def test_script_remnant_is_dropped() -> None:
    """A line of script code is not prose."""
    text = "Headline\n\nwindow.dataLayer = window.dataLayer || []; gtag('js', new Date());\n\nBody."
    assert ["Body."] == _paragraphs(text)


def test_byline_gives_authors() -> None:
    """A "By" line in the head names the authors."""
    text = "Headline\nBy Jane Doe and John Smith\nMay 2, 2020\n\nBody text."
    article = parse_text(text, now=NOW)
    assert ("Jane Doe", "John Smith") == article.authors
    assert ["Body text."] == _paragraphs(text)


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    """A body sentence that starts with "By" stays in the body."""
    text = "Headline\n\nBy the end of the week the river had risen."
    assert ((), ["By the end of the week the river had risen."]) == (
        parse_text(text, now=NOW).authors,
        _paragraphs(text),
    )


def test_updated_line_is_modified_not_published() -> None:
    """A date labelled "Updated" is the modification date."""
    article = parse_text("Headline\nUpdated: May 3, 2020\n\nBody text.", now=NOW)
    assert (None, dt.date(2020, 5, 3)) == (article.published, article.modified)


def test_date_after_now_is_ignored() -> None:
    """A date later than the moment of parsing is not a publication date."""
    assert parse_text("Headline\nMay 2, 2040\n\nBody.", now=NOW).published is None


def test_no_head_markers_keeps_first_paragraph_in_body() -> None:
    """Without a date, byline or credit the unit after the headline is body text."""
    article = parse_text("Headline\n\nFirst paragraph.\n\nSecond paragraph.", now=NOW)
    assert (None, 2) == (article.subtitle, len(article.blocks))


def test_list_items_are_typed() -> None:
    """Bulleted lines become list items."""
    blocks = parse_text("Headline\n\nIntro text.\n\n- one\n- two", now=NOW).blocks
    assert [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM] == [
        b.kind for b in blocks
    ]


def test_short_line_between_paragraphs_is_a_heading() -> None:
    """A short unpunctuated line between paragraphs is a subheading."""
    text = "Headline\n\nFirst paragraph.\n\nWhat Happens Next\n\nSecond paragraph."
    assert BlockKind.HEADING == parse_text(text, now=NOW).blocks[1].kind


def test_caption_with_agency_credit_in_body_becomes_image() -> None:
    """A body line ending with an agency credit in brackets is a caption."""
    caption = "A crowd gathers in the square. (AP Photo/Evan Vucci)"
    text = f"Headline\n\nFirst paragraph.\n\n{caption}\n\nEnd."
    article = parse_text(text, now=NOW)
    assert ["First paragraph.", "End."] == [b.text for b in article.blocks]
    assert "A crowd gathers in the square." == article.images[0].caption


@pytest.mark.parametrize("text", ["", "   \n\n\t ", "<!-- -->"])
def test_text_without_words_is_a_parse_error(text: str) -> None:
    """Empty or markup-only input cannot become an article."""
    with pytest.raises(ParseError):
        parse_text(text)


def test_non_str_is_a_parse_error() -> None:
    """Bytes and other objects are refused with ParseError."""
    with pytest.raises(ParseError, match="expected str"):
        parse_text(b"Headline")  # type: ignore[arg-type]


def test_own_markdown_reads_back() -> None:
    """The library's Markdown rendering parses back to the same fields."""
    from articlekit import Article, Block, Image, ImageCredit
    from articlekit._render import render_markdown

    article = Article(
        title="Bridge *closes* to [lorries]",
        subtitle="Works start in May, the council said.",
        authors=("Ann Lee",),
        published=dt.date(2024, 3, 5),
        blocks=[
            Block(kind=BlockKind.PARAGRAPH, text="The council voted to close bridge_x."),
            Block(kind=BlockKind.HEADING, text="What next", level=2),
            Block(kind=BlockKind.LIST_ITEM, text="first step"),
            Block(kind=BlockKind.BLOCKQUOTE, text="We will rebuild"),
            Block(kind=BlockKind.PARAGRAPH, text="2022. was # a year - > yes."),
        ],
        images=[
            Image(
                url="https://example.org/a.jpg",
                alt="The old bridge",
                caption="The bridge.",
                credit=ImageCredit(text="Jane Roe/AP", label="Photo"),
            )
        ],
    )
    again = parse_text(render_markdown(article), now=NOW)
    assert (article.title, article.subtitle, article.authors, article.published) == (
        again.title,
        again.subtitle,
        again.authors,
        again.published,
    )
    assert [(b.kind, b.text) for b in article.blocks] == [(b.kind, b.text) for b in again.blocks]
    (image,) = again.images
    assert ("https://example.org/a.jpg", "The bridge.") == (image.url, image.caption)
    assert image.credit is not None
    assert "Jane Roe/AP" == image.credit.text


def test_quoted_line_is_a_blockquote() -> None:
    """A body line opened with "> " is a blockquote, as e-mail and Markdown write it."""
    blocks = parse_text("Headline\n\nIntro text.\n\n> We will rebuild.", now=NOW).blocks
    assert BlockKind.BLOCKQUOTE == blocks[-1].kind
    assert "We will rebuild." == blocks[-1].text
