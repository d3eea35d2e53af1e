"""Write the quotes of the bundled seed article as CSV on standard output.

One row per direct quotation: speaker, the speaker's role, the reporting cue,
the paragraph it sits in and the quoted words. Run it from anywhere:
``python examples/quotes_csv.py > quotes.csv``. No network is used.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import articlekit

SEED = Path(__file__).resolve().parent / "seed.txt"
COLUMNS = ("speaker", "speaker_role", "cue", "paragraph", "quote")


def main() -> int:
    """Parse the seed and write its quotes as CSV."""
    article = articlekit.parse_text(SEED.read_text(encoding="utf-8"))
    writer = csv.writer(sys.stdout)
    writer.writerow(COLUMNS)
    for quote in article.quotes:
        writer.writerow(
            (
                quote.speaker or "",
                quote.speaker_role or "",
                quote.cue or "",
                quote.block,
                quote.text,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
