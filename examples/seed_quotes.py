"""Print the seed article's quotations as a table: quote, speaker, role, cue.

Run it from anywhere: ``python examples/seed_quotes.py``. It reads ``examples/seed.txt``
next to this file; no network is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

import articlekit

SEED = Path(__file__).resolve().parent / "seed.txt"
# Column widths of the table; a longer quote is cut and ends in "…".
QUOTE_WIDTH = 44
SPEAKER_WIDTH = 28
ROLE_WIDTH = 44
COLUMN_GAP = "  "


def _cell(value: str | None, width: int) -> str:
    text = value or "-"
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)


def _row(values: tuple[str | None, str | None, str | None, str | None]) -> str:
    quote, speaker, role, cue = values
    cells = (_cell(quote, QUOTE_WIDTH), _cell(speaker, SPEAKER_WIDTH), _cell(role, ROLE_WIDTH))
    return COLUMN_GAP.join((*cells, cue or "-"))


def quote_table(quotes: tuple[articlekit.Quote, ...]) -> str:
    """Lay the quotes out as a plain-text table, one row per quote.

    Args:
        quotes: the quotes to show.

    Returns:
        The table, a header row first.
    """
    header = ("quote", "speaker", "role", "cue")
    rows = [_row(header)]
    rows.extend(
        _row((quote.text, quote.speaker, quote.speaker_role, quote.cue)) for quote in quotes
    )
    return "\n".join(row.rstrip() for row in rows)


def main() -> int:
    """Parse the seed and print its quotes."""
    article = articlekit.parse_text(SEED.read_text(encoding="utf-8"))
    print(quote_table(article.quotes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
