"""Direct quotations and their speakers; works on text, so HTML and plain text share it."""

from __future__ import annotations

from articlekit._models import Quote

__all__ = ["extract_quotes"]


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Find the direct quotations in ``text`` (placeholder: none)."""
    return ()
