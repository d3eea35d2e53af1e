"""Fuzz parse_html with text: any code point, lone surrogates included."""

from __future__ import annotations

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports(include=["articlekit"]):
    import articlekit

from _common import NOW, article_harness, as_text, run

test_one_input = article_harness(lambda data: articlekit.parse_html(as_text(data), now=NOW))

if __name__ == "__main__":
    run(test_one_input)
