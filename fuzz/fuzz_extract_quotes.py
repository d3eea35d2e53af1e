"""Fuzz extract_quotes on any text: offsets must always point at the quote."""

from __future__ import annotations

import sys

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports(include=["articlekit"]):
    import articlekit

from _common import check_quotes


def test_one_input(data: bytes) -> None:
    """Find quotes; only ParseError may escape and every offset must fit."""
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicode(len(data))
    try:
        quotes = articlekit.extract_quotes(text)
    except articlekit.ParseError:
        return
    check_quotes(text, quotes)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
