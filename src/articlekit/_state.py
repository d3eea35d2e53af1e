"""The story a page keeps in its data rather than in its markup.

Single-page applications ship the article inside the serialised state of their
framework (``"contentHtml": "<p>…"`` in a Next.js or React Query script) and draw
it in the browser; some pages give the whole text only in JSON-LD's
``articleBody``. When the markup yields no main text at all, the pipeline reads
these instead: HTML held in script state first, since it keeps headings and
paragraphs apart, then ``articleBody``.
"""

from __future__ import annotations

import json
import re

import lxml.html

from articlekit._models import Block, BlockKind
from articlekit._text import normalize_space

__all__ = ["html_stories", "text_story"]

MAX_STATE_CHARS = 2_000_000
"""Characters of inline script searched for a story, all scripts together: a
page's state is some 500 KB; a 20 MB page of script is hostile."""

MAX_STATE_VALUES = 20
"""Most story-like values decoded from one page's scripts; a state holds the
article's HTML once, and a teaser list a few times."""

MIN_STORY_CHARS = 200
"""Shortest HTML value taken for a story; shorter is a teaser or a caption."""

# A JSON key that names an article's HTML, its value a string: the JSON decoder
# reads the string itself, in C, escapes and all.
_HTML_KEY = re.compile(
    r'"(?:contentHtml|content_html|bodyHtml|body_html|htmlContent|html_content|'
    r'articleHtml|article_html|articleBodyHtml)"\s*:\s*(?=")'
)
_PARAGRAPH_MARKUP = re.compile(r"<(?:p|br|h[2-6])\b", re.IGNORECASE)
# A template's placeholder left in the state ("$$ARTICLEAD$$", "{{ad_slot}}"): the
# page puts an ad or a widget there in the browser.
_PLACEHOLDER = re.compile(r"(?:\$\$|\{\{|\[\[|%%)[\w:.-]{1,60}(?:\$\$|\}\}|\]\]|%%)")
_DECODER = json.JSONDecoder()


def _state_values(tree: lxml.html.HtmlElement) -> list[str]:
    """The HTML strings held under story keys in the page's inline scripts."""
    values: list[str] = []
    budget = MAX_STATE_CHARS
    for script in tree.iter("script"):
        if script.get("src") or budget <= 0:
            continue
        text = (script.text or "")[:budget]
        budget -= len(text)
        for match in _HTML_KEY.finditer(text):
            if len(values) >= MAX_STATE_VALUES:
                return values
            try:
                value, _end = _DECODER.raw_decode(text, match.end())
            except json.JSONDecodeError:
                continue
            if isinstance(value, str) and _PARAGRAPH_MARKUP.search(value):
                values.append(value)
    return values


def html_stories(tree: lxml.html.HtmlElement, *, article_body: str | None) -> list[str]:
    """Return the HTML the page may keep its story in, best first.

    The longest HTML value under a story key of the page's script state (the
    article's own; teasers and captions are short), then a JSON-LD ``articleBody``
    written in HTML. Template placeholders are removed.

    Args:
        tree: the parsed page; it is only read.
        article_body: the JSON-LD ``articleBody`` of the article, if any.

    Returns:
        The HTML strings, to be parsed and read as a page; ``[]`` when there are none.
    """
    stories = [value for value in _state_values(tree) if len(value) >= MIN_STORY_CHARS]
    stories = sorted(stories, key=len, reverse=True)[:1]
    if article_body and _PARAGRAPH_MARKUP.search(article_body):
        stories.append(article_body)
    return [_PLACEHOLDER.sub(" ", story) for story in stories]


def text_story(article_body: str | None) -> tuple[Block, ...]:
    """Return a plain-text JSON-LD ``articleBody`` as paragraphs, one per non-blank line.

    Args:
        article_body: the JSON-LD ``articleBody``, if any.

    Returns:
        The paragraphs; ``()`` when there is no text, or when it is HTML
        (:func:`html_stories` reads that).
    """
    if not article_body or _PARAGRAPH_MARKUP.search(article_body):
        return ()
    lines = (normalize_space(line) for line in article_body.splitlines())
    return tuple(Block(kind=BlockKind.PARAGRAPH, text=line) for line in lines if line)
