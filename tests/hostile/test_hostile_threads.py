"""Threads: concurrent parses agree with serial ones, and no global cache grows without bound."""

from __future__ import annotations

import functools
import sys
import threading
import types
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from hostile_support import NOW, news_page

import articlekit
from articlekit import Article, parse_html, parse_text

THREADS = 8
# Distinct pages in the cache test: far more than any fixed-size table of
# patterns a module legitimately fills once, so growth per page shows.
DISTINCT_PAGES = 300
# A module-level container may fill up once (compiled patterns, lazily built
# tables) but must not grow with every new page.
ALLOWED_GROWTH = 32

FIRST_NAMES = ("Anna", "Ben", "Chloe", "Dmitri", "Elif", "Farid", "Grace", "Hiro")
MONTHS = ("January", "March", "May", "July", "September", "November")


def _page(n: int) -> str:
    """A page unlike every other: its own title, author, date, site, quotes and image."""
    name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} Writer{n}"
    date = f"2021-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
    head = (
        f'<meta name="author" content="{name}"><meta property="og:site_name" content="Site {n}">'
        f'<meta property="article:published_time" content="{date}T0{n % 10}:00:00+0{n % 5}:00">'
        f'<meta property="article:tag" content="topic{n}"><link rel="canonical" href="/a/{n}">'
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Story {n}",'
        f' "author": {{"name": "{name}"}}, "datePublished": "{date}"}}</script>'
    )
    body = (
        f"<p class='byline'>By {name}</p><p>On {n % 28 + 1} {MONTHS[n % len(MONTHS)]} the "
        f"council of town {n} met. \u201cWe agreed on plan {n},\u201d said Mayor Lee{n}.</p>"
        f"<p>\u201cIt took {n} hours,\u201d the treasurer, Kim Park{n}, told reporters.</p>"
        f"<figure><img src='/img/{n}.jpg' alt='Hall {n}'><figcaption>The hall {n}. "
        f"Photo: Sam Shooter{n}/Agency{n}</figcaption></figure>"
        "<p>The decision follows months of debate about schools, roads and the library.</p>"
    )
    return news_page(body, head=head, title=f"Story {n}: council agrees")


def _text(n: int) -> str:
    return (
        f"Story {n}\n\nBy Writer{n}\n\n\u201cWe agreed on plan {n},\u201d said Mayor Lee{n}. "
        f"\u201cIt took {n} hours,\u201d she added.\n\nThe decision follows months of debate."
    )


def _serial_and_concurrent(
    parse: Callable[[Any], Article], inputs: list[Any]
) -> tuple[list[Article], list[Article]]:
    serial = [parse(value) for value in inputs]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        concurrent = list(pool.map(parse, inputs))
    return serial, concurrent


def test_eight_threads_agree_with_serial_parse_html() -> None:
    """parse_html from eight threads at once gives the Articles of a serial run."""
    serial, concurrent = _serial_and_concurrent(
        lambda page: parse_html(page, now=NOW), [_page(n) for n in range(48)]
    )
    assert serial == concurrent


def test_eight_threads_agree_with_serial_parse_html_bytes() -> None:
    """parse_html on bytes in legacy encodings from eight threads agrees with a serial run."""
    pages = [_page(n).replace("utf-8", "cp1252").encode("cp1252") for n in range(24)]
    serial, concurrent = _serial_and_concurrent(lambda page: parse_html(page, now=NOW), pages)
    assert serial == concurrent


def test_eight_threads_agree_with_serial_parse_text() -> None:
    """parse_text from eight threads at once gives the Articles of a serial run."""
    serial, concurrent = _serial_and_concurrent(
        lambda text: parse_text(text, now=NOW), [_text(n) for n in range(48)]
    )
    assert serial == concurrent


def test_threads_started_together_agree() -> None:
    """Eight threads released at the same instant on the same page all get the same Article."""
    page = _page(7)
    barrier = threading.Barrier(THREADS)
    results: list[Article] = []

    def work() -> None:
        barrier.wait()
        results.append(parse_html(page, now=NOW))

    workers = [threading.Thread(target=work) for _ in range(THREADS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [parse_html(page, now=NOW)] * THREADS == results


def _articlekit_modules() -> list[types.ModuleType]:
    return [
        module
        for name, module in sorted(sys.modules.items())
        if name == "articlekit" or name.startswith("articlekit.")
    ]


def _container_sizes() -> dict[str, int]:
    """The size of every module-level container and unbounded cache in articlekit."""
    sizes: dict[str, int] = {}
    for module in _articlekit_modules():
        for attribute, value in vars(module).items():
            key = f"{module.__name__}.{attribute}"
            if isinstance(value, (dict, list, set, bytearray)):
                sizes[key] = len(value)
            elif isinstance(value, functools._lru_cache_wrapper):
                # A cache with a maxsize is bounded by construction: only an
                # unbounded one can grow with every page.
                info = value.cache_info()
                if info.maxsize is None:
                    sizes[key] = info.currsize
    return sizes


def test_lru_caches_are_bounded() -> None:
    """Every functools cache at module level in articlekit has a maximum size."""
    articlekit.parse_html(_page(0), now=NOW)
    unbounded = [
        f"{module.__name__}.{attribute}"
        for module in _articlekit_modules()
        for attribute, value in vars(module).items()
        if isinstance(value, functools._lru_cache_wrapper) and value.cache_info().maxsize is None
    ]
    assert [] == unbounded


def test_no_module_level_container_grows_with_every_page() -> None:
    """Parsing hundreds of distinct pages leaves module-level containers about as they were."""
    for n in range(10):
        parse_html(_page(n), now=NOW)
        parse_text(_text(n), now=NOW)
    before = _container_sizes()
    for n in range(10, 10 + DISTINCT_PAGES):
        parse_html(_page(n), now=NOW)
        parse_text(_text(n), now=NOW)
    after = _container_sizes()
    grown = {
        key: (before.get(key, 0), size)
        for key, size in after.items()
        if size - before.get(key, 0) > ALLOWED_GROWTH
    }
    assert {} == grown
