"""Fuzz parse_html with text: any code point, lone surrogates included."""

from __future__ import annotations

import sys

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports(include=["articlekit"]):
    import articlekit

from _common import NOW, check_article


def test_one_input(data: bytes) -> None:
    """Parse the text; only ParseError may escape and the Article must be sound."""
    provider = atheris.FuzzedDataProvider(data)
    html = provider.ConsumeUnicode(len(data))
    try:
        article = articlekit.parse_html(html, now=NOW)
    except articlekit.ParseError:
        return
    check_article(article)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
