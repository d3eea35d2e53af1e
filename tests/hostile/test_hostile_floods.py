"""Regular-expression floods: quotation marks, reporting verbs, names, digits and labels."""

from __future__ import annotations

import pytest
from hostile_support import NOW, STORY, news_page, run_bounded

from articlekit import Article, Quote, extract_quotes, parse_html, parse_text

# Generous: each of these finishes in well under a second when nothing
# backtracks; a catastrophic pattern takes minutes or forever.
FLOOD_SECONDS = 5.0

FLOODS = {
    "straight double quotes": '"' * 100_000,
    "curly openers": "\u201c" * 100_000,
    "curly pairs": "\u201c\u201d" * 50_000,
    "low-high pairs": "\u201e\u201c" * 50_000,
    "guillemets": "\u00ab \u00bb " * 50_000,
    "apostrophes": "it's the people's " * 20_000,
    "single quotes": "'" * 100_000,
    "doubled apostrophes": "''" * 50_000,
    "backticks": "``" * 50_000,
    "mixed marks": "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\u2039\u203a" * 10_000,
    "quote word quote": '"a" ' * 50_000,
    "unclosed quote words": '"word ' * 50_000,
    "said": "said " * 100_000,
    "said quote": 'said "' * 50_000,
    "quote said": '"Yes," said ' * 30_000,
    "according to": "according to " * 50_000,
    "capitalised names": "Aaa Bbb " * 50_000 + "said",
    "capitalised names quoted": '"' + "Aaa Bbb " * 50_000 + 'said "x"',
    "titles": "Mr. Dr. Prof. Sen. " * 30_000 + 'said "x"',
    "commas": ", " * 100_000 + '"x," said',
    "dashes": "\u2014 " * 100_000 + '"x" \u2014',
    "colons": ": " * 100_000 + '"x"',
    "one long quote": '"' + "a" * 1_000_000 + '," said Ann Lee.',
    "one long word": "a" * 1_000_000,
    "newlines": "\n" * 100_000 + '"x," he said.',
    "blank lines": '"x\n\n' * 30_000,
    "spaces": " " * 1_000_000 + '"x," he said.',
    "digits": "9" * 1_000_000,
    "dates": "2022-01-01 " * 50_000,
    "bylines": "By " * 100_000,
    "photo labels": "Photo: " * 50_000,
    "copyright": "\u00a9 " * 100_000,
    "reading time and underscores": "Reading time 1" + "_" * 100_000 + "!a",
    "label words and underscores": "Mehr zum Thema a" + "_" * 100_000 + "!a",
    "times from now": "5 hours ago " * 50_000,
    "newsroom credits": "contributed reporting " * 50_000 + "x",
    "pronouns": '"x," he said. "y," she said. ' * 10_000,
}


@pytest.mark.parametrize("flood", FLOODS.values(), ids=FLOODS.keys())
def test_extract_quotes_survives_floods(flood: str) -> None:
    """extract_quotes finishes a flood quickly and every offset points at its quote."""
    quotes = run_bounded(lambda: extract_quotes(flood), seconds=FLOOD_SECONDS)
    assert all(isinstance(quote, Quote) for quote in quotes)
    assert all(flood[quote.start : quote.end] == quote.text for quote in quotes)


@pytest.mark.parametrize("flood", FLOODS.values(), ids=FLOODS.keys())
def test_parse_text_survives_floods(flood: str) -> None:
    """parse_text finishes a flood in the body quickly."""
    text = "Council approves budget\n\n" + flood + "\n\nThe end."
    article = run_bounded(lambda: parse_text(text, now=NOW), seconds=FLOOD_SECONDS)
    assert isinstance(article, Article)


@pytest.mark.parametrize("flood", FLOODS.values(), ids=FLOODS.keys())
def test_parse_text_survives_floods_in_the_head(flood: str) -> None:
    """parse_text finishes a flood where the headline, byline and date are sought."""
    article = run_bounded(lambda: parse_text(flood + "\n\nThe end.", now=NOW), FLOOD_SECONDS)
    assert isinstance(article, Article)


@pytest.mark.parametrize("flood", FLOODS.values(), ids=FLOODS.keys())
def test_parse_html_survives_floods(flood: str) -> None:
    """parse_html finishes a flood in a paragraph, a caption and the byline quickly."""
    body = (
        STORY
        + f"<p>{flood}</p><figure><img src='/a.jpg'><figcaption>{flood}</figcaption></figure>"
        + f"<p class='byline'>{flood}</p>"
    )
    page = news_page(body, head=f'<meta name="author" content="{flood}">')
    article = run_bounded(lambda: parse_html(page, now=NOW), seconds=FLOOD_SECONDS)
    assert isinstance(article, Article)


@pytest.mark.parametrize("flood", FLOODS.values(), ids=FLOODS.keys())
def test_parse_html_survives_floods_in_a_heading_alone(flood: str) -> None:
    """parse_html finishes quickly on a page whose only text is a flooded heading.

    With no paragraph long enough to be the story, every block is read as a
    possible label.
    """
    page = news_page(f"<h2>{flood}</h2><p>Short line.</p>")
    article = run_bounded(lambda: parse_html(page, now=NOW), seconds=FLOOD_SECONDS)
    assert isinstance(article, Article)


# A page whose markup holds no text has its script state searched for the story.
STATE_FLOODS = {
    "story keys": '{"contentHtml":"' * 100_000,
    "empty story values": '"contentHtml":"",' * 100_000,
    "escaped quotes": '{"contentHtml":"' + '\\"' * 500_000,
    "short stories": '"bodyHtml":"<p>x</p>",' * 50_000,
    "one long story": '{"contentHtml":"' + "<p>Word and word.</p>" * 50_000 + '"}',
}


@pytest.mark.parametrize("flood", STATE_FLOODS.values(), ids=STATE_FLOODS.keys())
def test_parse_html_survives_floods_in_script_state(flood: str) -> None:
    """parse_html finishes quickly when a page with no text in its markup floods its state."""
    page = f"<html><head><script>{flood}</script></head><body><div id='app'></div></body></html>"
    article = run_bounded(lambda: parse_html(page, now=NOW), seconds=FLOOD_SECONDS)
    assert isinstance(article, Article)
