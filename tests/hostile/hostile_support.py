"""Shared by the hostile-input tests: a bound that fails a hang, and page builders."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TypeVar

import pytest

T = TypeVar("T")

# Far above what any of these inputs takes on a slow shared machine when nothing
# backtracks or goes quadratic: only a hang or a blow-up reaches it.
HANG_SECONDS = 30.0

# A fixed "now": no result depends on the wall clock.
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)

STORY = (
    "<p>The council approved the new budget on Tuesday evening after a long debate "
    "about schools, roads and the public library.</p>"
    "<p>Members of the opposition said the plan left too little for repairs, while the "
    "majority argued that the city could not afford more borrowing this year.</p>"
    "<p>The budget takes effect in January and will be reviewed again in the summer.</p>"
)


def run_bounded(call: Callable[[], T], seconds: float = HANG_SECONDS) -> T:
    """Run ``call`` in a daemon thread and return its result; fail if it takes over ``seconds``."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # handed to the test's own thread below
            failure.append(error)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"still running after {seconds:.0f} s: a hang or a quadratic blow-up")
    if failure:
        raise failure[0]
    return outcome[0]


def news_page(body: str = STORY, head: str = "", title: str = "Council approves budget") -> str:
    """Return a plain news page with ``head`` in its head and ``body`` as its article."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )
