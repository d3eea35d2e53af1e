"""Tests for _state: the story kept in script state or JSON-LD, for pages whose markup has none."""

from __future__ import annotations

import json

import lxml.html

import articlekit
from articlekit._models import Block, BlockKind
from articlekit._state import MAX_STATE_VALUES, html_stories, text_story

_STORY = (
    "<p>The council voted on Tuesday to reopen the old bridge to cyclists, ending a closure"
    " that began two years ago.</p><h2>What changes</h2><p>Cars stay banned, and the speed"
    " limit for bicycles on the deck is set at twenty kilometres an hour.</p>"
)


def _page(script: str, body: str = "<div id='root'></div>") -> str:
    return f"<html><head><script>{script}</script></head><body>{body}</body></html>"


def _state_script(html: str, key: str = "contentHtml") -> str:
    return "window.__STATE__ = " + json.dumps({"article": {"title": "Bridge", key: html}}) + ";"


def _stories(page: str, article_body: str | None = None) -> list[str]:
    return html_stories(lxml.html.document_fromstring(page), article_body=article_body)


def test_story_in_script_state_gives_blocks() -> None:
    """HTML under a story key in a script's state gives the story's paragraphs and headings."""
    kinds = [block.kind for block in articlekit.parse_html(_page(_state_script(_STORY))).blocks]
    expected = [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH]
    assert expected == kinds


def test_escaped_state_is_decoded() -> None:
    """Escapes of the JSON string (\\u003c, \\") are decoded before the HTML is read."""
    script = _state_script(_STORY).replace("<", "\\u003c")
    assert [_STORY] == _stories(_page(script))


def test_longest_state_value_is_the_story() -> None:
    """Of several HTML values, the longest is the article's; teasers are shorter."""
    teaser = "<p>" + "Teaser text. " * 20 + "</p>"
    script = _state_script(teaser, "bodyHtml") + _state_script(_STORY + _STORY)
    assert [_STORY + _STORY] == _stories(_page(script))


def test_template_placeholder_is_removed() -> None:
    """A template's placeholder left between paragraphs ("$$ARTICLEAD$$") is removed."""
    assert ["  " + _STORY] == _stories(_page(_state_script("$$ARTICLEAD$$ " + _STORY)))


def test_short_state_value_is_no_story() -> None:
    """A short HTML value is a teaser or a caption, not the story."""
    assert [] == _stories(_page(_state_script("<p>Teaser.</p>")))


def test_unterminated_state_string_gives_nothing() -> None:
    """A story key whose string never ends is skipped."""
    assert [] == _stories(_page('x = {"contentHtml": "<p>' + "a" * 500))


def test_state_values_are_bounded() -> None:
    """Past MAX_STATE_VALUES story keys the search stops, without error."""
    script = "".join(_state_script(_STORY) for _ in range(MAX_STATE_VALUES + 5))
    assert [_STORY] == _stories(_page(script))


def test_html_article_body_is_read_as_html() -> None:
    """A JSON-LD articleBody written in HTML is a story to read as HTML, not as text."""
    assert [_STORY] == _stories(_page(""), article_body=_STORY)
    assert () == text_story(_STORY)


def test_plain_article_body_gives_one_paragraph_per_line() -> None:
    """A plain-text articleBody gives one paragraph per non-blank line."""
    expected = (
        Block(kind=BlockKind.PARAGRAPH, text="First line."),
        Block(kind=BlockKind.PARAGRAPH, text="Second line."),
    )
    assert expected == text_story("First line.\n\nSecond line.\n")


def test_parse_html_reads_jsonld_article_body_when_the_markup_has_no_text() -> None:
    """parse_html falls back on JSON-LD articleBody when the markup holds no main text."""
    data = {"@type": "NewsArticle", "headline": "Bridge", "articleBody": "The bridge reopens."}
    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps(data)
        + "</script></head><body><div id='app'></div></body></html>"
    )
    assert "The bridge reopens." == articlekit.parse_html(page).text


def test_parse_html_prefers_the_markup_to_the_state() -> None:
    """A page whose markup holds the story is not read from its state."""
    body = (
        "<article><p>"
        + "Printed paragraph of the story, long enough to count. " * 3
        + "</p></article>"
    )
    article = articlekit.parse_html(_page(_state_script(_STORY), body))
    assert article.text.startswith("Printed paragraph")
    assert "What changes" not in article.text
