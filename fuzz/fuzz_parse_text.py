"""Fuzz parse_text: the plain-text reader, then quotes."""

from __future__ import annotations

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports(include=["articlekit"]):
    import articlekit

from _common import NOW, article_harness, as_text, run

test_one_input = article_harness(lambda data: articlekit.parse_text(as_text(data), now=NOW))

if __name__ == "__main__":
    run(test_one_input)
