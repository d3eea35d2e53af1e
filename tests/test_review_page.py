"""The review page (`articlekit view`) of the seed article, in a real headless Chromium.

Chromium comes from the system's packages (Debian: ``apt-get install chromium``)
and is driven by Playwright (``pip install playwright``; its own browser
download is never used). The tests skip when either is absent.

The screenshot in the docs (docs/img/review-seed.png) is made by the same code:
``python tests/test_review_page.py docs/img/review-seed.png``.
"""

from __future__ import annotations

import importlib
import os
import struct
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import articlekit
from articlekit.cli import main as articlekit_main

ROOT = Path(__file__).parent.parent
SEED = ROOT / "examples" / "seed.txt"
CHROMIUM = "/usr/bin/chromium"
# Offline and quiet: no sandbox (CI runs as root), no GPU, none of the
# background fetches (updates, sync, first-run pages) a browser makes by itself.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A reader's window: wide enough for the page's 46rem column and its metadata,
# tall enough to show the headline, the metadata and the first quotes.
VIEWPORT = {"width": 1000, "height": 1400}
# Distinct byte values in a screenshot's decompressed pixel data: a blank page has
# one colour and the row filter bytes, anything drawn adds anti-aliased shades.
# Measured with this Chromium: a blank page 4, a page with one heading 243, the
# seed's review page 256. 32 sits far from both ends.
MIN_DISTINCT_BYTES = 32
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size_and_pixels(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and decompressed (still filtered) pixel data of a PNG file."""
    assert _PNG_SIGNATURE == png[:8]
    position, idat, size = 8, [], (0, 0)
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        data = png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", data[:8])
        elif kind == b"IDAT":
            idat.append(data)
        position += 12 + length
    return size[0], size[1], zlib.decompress(b"".join(idat))


def _review_page(folder: Path) -> Path:
    """Write the seed's review page with the command line, as a user would."""
    page = folder / "review.html"
    assert 0 == articlekit_main(["view", str(SEED), "-o", str(page)])
    return page


def screenshot(page: Path, png: Path, browser: Any) -> bytes:
    """Open a review page in the browser and save a viewport screenshot of it."""
    tab = browser.new_page(viewport=VIEWPORT)
    try:
        tab.goto(page.as_uri())
        shot: bytes = tab.screenshot(path=str(png), type="png")
    finally:
        tab.close()
    return shot


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """The system's Chromium, headless, driven by Playwright."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def seed() -> articlekit.Article:
    """The seed article, parsed in this process."""
    return articlekit.parse_text(SEED.read_text(encoding="utf-8"))


@pytest.fixture
def tab(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """A browser tab showing the seed's review page."""
    page = browser.new_page(viewport=VIEWPORT)
    try:
        page.goto(_review_page(tmp_path).as_uri())
        yield page
    finally:
        page.close()


def test_page_shows_the_title(tab: Any, seed: articlekit.Article) -> None:
    """The headline on screen is the article's title."""
    assert seed.title == tab.inner_text("h1")


def test_every_quote_is_highlighted(tab: Any, seed: articlekit.Article) -> None:
    """Each quote of the article is marked in the text, in order."""
    assert [quote.text for quote in seed.quotes] == tab.eval_on_selector_all(
        "article mark", "marks => marks.map(mark => mark.textContent)"
    )


def test_highlight_is_visible(tab: Any) -> None:
    """A marked quote has a background colour, not a transparent one."""
    background = tab.eval_on_selector(
        "article mark", "mark => getComputedStyle(mark).backgroundColor"
    )
    assert background not in {"", "transparent", "rgba(0, 0, 0, 0)"}
    assert tab.is_visible("article mark")


def test_speaker_is_beside_the_quote(tab: Any, seed: articlekit.Article) -> None:
    """The label right after the first marked quote names its speaker."""
    first = seed.quotes[0]
    assert first.speaker is not None
    label = tab.eval_on_selector("article mark", "mark => mark.nextElementSibling.textContent")
    assert label.startswith(first.speaker)


def test_screenshot_is_a_non_blank_png(browser: Any, tmp_path: Path) -> None:
    """The screenshot is a PNG of the viewport's size with far more than one colour."""
    png = screenshot(_review_page(tmp_path), tmp_path / "review.png", browser)
    width, height, pixels = _png_size_and_pixels(png)
    assert (VIEWPORT["width"], VIEWPORT["height"]) == (width, height)
    assert len(set(pixels)) > MIN_DISTINCT_BYTES


def test_blank_page_screenshot_is_recognised_as_blank(browser: Any, tmp_path: Path) -> None:
    """The non-blank check above fails on an empty page (it can tell the difference)."""
    empty = tmp_path / "empty.html"
    empty.write_text("<!DOCTYPE html><title>empty</title>", encoding="utf-8")
    _, _, pixels = _png_size_and_pixels(screenshot(empty, tmp_path / "empty.png", browser))
    assert len(set(pixels)) <= MIN_DISTINCT_BYTES


def _save_docs_screenshot(png: Path) -> None:
    """Write the seed's review page screenshot for the docs."""
    sync_api = importlib.import_module("playwright.sync_api")
    with sync_api.sync_playwright() as playwright, tempfile.TemporaryDirectory() as scratch:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            screenshot(_review_page(Path(scratch)), png, chromium)
        finally:
            chromium.close()


if __name__ == "__main__":
    _save_docs_screenshot(Path(sys.argv[1]))
