"""Shared by the hostile-input tests: a bound that fails a hang, and page builders."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import warnings
from collections.abc import Callable
from typing import TypeVar, cast

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
    """Run ``call`` in a forked child and return its result; fail if it takes over ``seconds``.

    A thread cannot bound a catastrophic regular expression: ``re`` holds the
    GIL for the whole match, so the waiting thread never wakes up. A child
    process can be killed.
    """
    receiver, sender = multiprocessing.Pipe(duplex=False)

    def child() -> None:
        try:
            sender.send((True, call()))
        except BaseException as error:  # handed to the parent, which re-raises it
            sender.send((False, error))

    context = multiprocessing.get_context("fork")
    process = context.Process(target=child, daemon=True)
    with warnings.catch_warnings():
        # Python 3.12 warns that fork() in a process with threads may deadlock;
        # the child only runs the call and reports back through the pipe.
        warnings.simplefilter("ignore", DeprecationWarning)
        process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            pytest.fail(f"still running after {seconds:.0f} s: a hang or a quadratic blow-up")
        succeeded, value = receiver.recv()
    except EOFError:
        pytest.fail("the child process died without a result (crash or out of memory)")
    finally:
        process.kill()
        process.join()
        receiver.close()
    if not succeeded:
        raise value
    return cast(T, value)


def news_page(body: str = STORY, head: str = "", title: str = "Council approves budget") -> str:
    """Return a plain news page with ``head`` in its head and ``body`` as its article."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )
