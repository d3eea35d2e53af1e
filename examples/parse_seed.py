"""Parse the bundled seed article (a news page saved as text) and print a summary.

Run it from anywhere: ``python examples/parse_seed.py``. It reads
``examples/seed.txt`` next to this file; no network is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

import articlekit

SEED = Path(__file__).resolve().parent / "seed.txt"
# How much of each quote to show on its summary line.
QUOTE_PREVIEW_CHARS = 60


def summarize(article: articlekit.Article) -> str:
    """Describe an article in a few lines: headline, date, text, images and quotes."""
    lines = [
        f"Title:     {article.title}",
        f"Subtitle:  {article.subtitle}",
        f"Published: {article.published}",
        f"Authors:   {', '.join(article.authors) or '-'}",
        f"Text:      {len(article.blocks)} blocks, {len(article.text.split())} words",
    ]
    for image in article.images:
        credit = image.credit.text if image.credit else "no credit"
        lines.append(f"Image:     {image.caption} ({credit})")
    lines.append(f"Quotes:    {len(article.quotes)}")
    for quote in article.quotes:
        text = quote.text
        if len(text) > QUOTE_PREVIEW_CHARS:
            text = text[:QUOTE_PREVIEW_CHARS] + "…"
        lines.append(f"  - {quote.speaker or 'unattributed'}: “{text}”")
    return "\n".join(lines)


def main() -> int:
    """Parse the seed and print its summary."""
    article = articlekit.parse_text(SEED.read_text(encoding="utf-8"))
    print(summarize(article))
    return 0


if __name__ == "__main__":
    sys.exit(main())
