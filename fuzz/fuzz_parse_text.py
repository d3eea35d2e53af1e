"""Fuzz parse_text: the plain-text reader, then quotes."""

from __future__ import annotations

import sys

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports(include=["articlekit"]):
    import articlekit

from _common import NOW, check_article


def test_one_input(data: bytes) -> None:
    """Read the text; only ParseError may escape and the Article must be sound."""
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicode(len(data))
    try:
        article = articlekit.parse_text(text, now=NOW)
    except articlekit.ParseError:
        return
    check_article(article)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
