"""Tests for benchmarks.stages: every stage is timed on every page."""

from __future__ import annotations

from benchmarks.stages import STAGES, time_stages

_PAGE = (
    b"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
    b"<p>\xe2\x80\x9cIt will change the town,\xe2\x80\x9d said Mayor Jane Doe.</p>"
    b"</article></body></html>"
)


def test_every_stage_and_the_bare_parse_are_timed() -> None:
    """The result names the bare parse and each stage, each with a time spent."""
    spent = time_stages([_PAGE])
    assert ["lxml", *STAGES] == list(spent)
    assert all(seconds >= 0 for seconds in spent.values())
