"""The models: invariants, derived text and the dict round trip."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import attrs
import pytest

from articlekit import Article, Block, BlockKind, Image, ImageCredit, Quote


def _article() -> Article:
    blocks = (
        Block(kind=BlockKind.HEADING, text="A heading", level=2),
        Block(kind=BlockKind.PARAGRAPH, text="“Go,” she said."),
    )
    return Article(
        url="https://example.org/a",
        title="Title",
        authors=["Jane Doe"],
        published=dt.datetime(2022, 9, 12, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        modified=dt.date(2022, 9, 13),
        tags=["a", "b"],
        blocks=blocks,
        images=[Image(url="https://example.org/i.jpg", caption="C", credit=ImageCredit(text="AP"))],
        quotes=[Quote(text="Go,", start=12, end=15, speaker="Jane Doe", cue="said", block=1)],
    )


def test_text_joins_blocks_with_a_blank_line() -> None:
    """Article.text is the blocks' text joined by one blank line."""
    assert "A heading\n\n“Go,” she said." == _article().text


def test_sequences_become_tuples() -> None:
    """Lists given to the constructor are stored as tuples."""
    article = _article()
    assert ("Jane Doe",) == article.authors
    assert ("a", "b") == article.tags


def test_models_are_frozen() -> None:
    """Articles cannot be changed after they are made."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _article().title = "Other"  # type: ignore[misc]


def test_quote_offsets_must_fit_its_text() -> None:
    """A quote whose span length differs from its text is rejected."""
    with pytest.raises(ValueError, match="do not fit"):
        Quote(text="abc", start=0, end=5)


def test_article_rejects_quote_pointing_elsewhere() -> None:
    """An article's quotes must point at their text in Article.text."""
    with pytest.raises(ValueError, match="do not point"):
        Article(
            blocks=[Block(kind="paragraph", text="Hello world")],
            quotes=[Quote(text="abc", start=0, end=3)],
        )


def test_block_rejects_blank_line() -> None:
    """A block cannot hold a blank line, which would shift block indices."""
    with pytest.raises(ValueError, match="blank line"):
        Block(kind=BlockKind.PARAGRAPH, text="one\n\ntwo")


def test_block_kind_accepts_its_value() -> None:
    """A block kind can be given as its string value, as JSON has it."""
    assert BlockKind.LIST_ITEM == Block(kind="list_item", text="x").kind


def test_dict_round_trip_through_json() -> None:
    """to_dict output survives JSON and from_dict gives the same article."""
    article = _article()
    data = json.loads(json.dumps(article.to_dict()))
    assert article == Article.from_dict(data)


def test_dict_keeps_date_and_datetime_apart() -> None:
    """A day stays a date and a time stays an aware datetime through the round trip."""
    again = Article.from_dict(_article().to_dict())
    assert dt.date(2022, 9, 13) == again.modified
    assert not isinstance(again.modified, dt.datetime)
    assert isinstance(again.published, dt.datetime)
    assert dt.timedelta(hours=2) == again.published.utcoffset()


def test_models_pickle() -> None:
    """Articles pickle, so that worker processes can return them."""
    article = _article()
    assert article == pickle.loads(pickle.dumps(article))


def test_missing_fields_are_none_or_empty() -> None:
    """An empty article has None scalars and empty tuples, never sentinel strings."""
    article = Article()
    assert (None, (), (), "") == (article.title, article.authors, article.quotes, article.text)
