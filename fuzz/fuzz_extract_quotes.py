"""Fuzz extract_quotes on any text: offsets must always point at the quote."""

from __future__ import annotations

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports(include=["articlekit"]):
    import articlekit

from _common import as_text, check_quotes, run


def test_one_input(data: bytes) -> None:
    """Find quotes; only ParseError may escape and every offset must fit."""
    text = as_text(data)
    try:
        quotes = articlekit.extract_quotes(text)
    except articlekit.ParseError:
        return
    check_quotes(text, quotes)


if __name__ == "__main__":
    run(test_one_input)
