"""Dates: the only module that imports dateparser."""

from __future__ import annotations

import datetime as dt

import dateparser

__all__ = ["parse_date"]


def parse_date(text: str, *, now: dt.datetime | None = None) -> dt.date | None:
    """Parse a date as printed, in any language dateparser knows (placeholder)."""
    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return None if parsed is None else parsed.date()
