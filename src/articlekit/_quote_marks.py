"""Stage 2 of quote extraction: the paragraphs of a text and its quotations' marks.

One pass pairs the quotation marks of a whole text, paragraph by paragraph
(:class:`_Pairing`), and gives each quotation found as a :class:`Span`: curly and
straight double marks, German and French guillemets either way round, and single marks
told from apostrophes. It reads characters only, knows nothing of names or reporting
verbs, and so is its own module: the lowest layer of quote extraction, which the
mention scan, attribution and :mod:`articlekit._quotes` build on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["Span", "find_spans", "paragraph_bounds", "strip_bounds"]

_PARAGRAPH_SEPARATOR = "\n\n"

_ALNUM = re.compile(r"[^\W_]")
# Typewriter copy doubles apostrophes and backticks for double quotation marks ('' and ``).
# Read as "\n\n|''|``|[\"'«»‹›“”„‟‘’‚]": written to open with a character class, which
# lets the regular expression engine skip to candidate characters (2.5 times faster).
_MARK_OR_BREAK = re.compile(
    "[\n'`\"«»‹›“”„‟‘’‚](?:(?<=\n)\n|(?<=')'|(?<=`)`|(?<=[\"'«»‹›“”„‟‘’‚]))"
)
# Opening double marks and the marks that close them. "“" closes "„" (German), "«"
# closes "»" (German guillemets point inwards), and straight marks close themselves;
# copy edited in two tools mixes straight and curly marks (“…" and "…”).
_DOUBLE_CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"'),
    "‟": ("”",),
    "„": ("“", "”"),
    "«": ("»",),
    "‹": ("›",),
    '"': ('"', "”"),
    "''": ("''",),
    "``": ("''",),
    "»": ("«",),
    "›": ("‹",),
    "”": ("”",),
}
# Marks that open only in front of a word: "»" and "›" close French quotations and open
# German ones, "”" is a closer that some pages also print as the opener.
_CONTEXT_OPENERS = frozenset(["»", "›", "”", '"', "''"])
_SINGLE_OPENERS = frozenset("‘'‚")
_SINGLE_CLOSE_CANDIDATES = frozenset("’'")
# Characters after which a mark stands at the start of a word.
_LEFT_BOUNDS = frozenset("([{—–-―/«»‹›“„‘‚\"'")
# Same family: a paragraph that opens with one of these continues a quotation left open.
_FAMILY = {
    "“": "double",
    "‟": "double",
    "„": "double",
    '"': "double",
    "''": "double",
    "``": "double",
    "”": "double",
    "«": "angle",
    "»": "angle",
    "‹": "single-angle",
    "›": "single-angle",
    "‘": "single",
    "'": "single",
    "‚": "single",
}
# A single-quoted span needs at least this many characters inside: 'n' in "rock 'n' roll"
# is one letter between two apostrophes, and no quotation is that short.
MIN_SINGLE_QUOTE_CHARS = 2


class Span(NamedTuple):
    """A quotation found: its marks and its stripped text offsets."""

    open_mark: int
    close_end: int  # offset just past the closing mark, or the paragraph's end when open
    start: int
    end: int
    block: int
    continues: bool  # left open: its next paragraph carries on the same quotation


def _closes_single(text: str, i: int) -> bool:
    # An apostrophe inside a word ("It’s") or before digits ("’90s") is no closer.
    if i == 0 or text[i - 1].isspace():
        return False
    return i + 1 >= len(text) or not text[i + 1].isalnum()


class _Pairing:
    """Pairs the quotation marks of a whole text in one pass, paragraph by paragraph.

    Marks inside a quotation are part of it (nested quotes are not reported apart); a
    quotation still open at its paragraph's end goes to :meth:`left_open`.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[Span] = []
        self.block = 0
        self.marks = [(m.start(), m[0]) for m in _MARK_OR_BREAK.finditer(text)]
        self.positions = [i for i, _ in self.marks]
        # The closers of single quotations, English and German, listed on first need:
        # most texts have apostrophes and no single quotation to pair.
        self._single_closers: list[int] | None = None
        self._german_single_closers: list[int] | None = None

    def single_closers(self, german: bool) -> list[int]:
        """Return the offsets of the marks that can close a single quotation, in order.

        ``german`` asks for the closers of "‚", else of "‘" and "'".
        """
        text = self.text
        if german:
            if self._german_single_closers is None:
                self._german_single_closers = [
                    i for i, ch in self.marks if ch == "‘" and _closes_single(text, i)
                ]
            return self._german_single_closers
        if self._single_closers is None:
            self._single_closers = [
                i
                for i, ch in self.marks
                if ch in _SINGLE_CLOSE_CANDIDATES and _closes_single(text, i)
            ]
        return self._single_closers

    def pair(self, paragraphs: Sequence[tuple[int, int]]) -> None:
        """Pair every mark of the text into :attr:`spans`."""
        text, marks = self.text, self.marks
        open_at, opener = -1, ""
        k = 0
        while k <= len(marks):
            i, ch = marks[k] if k < len(marks) else (len(text), _PARAGRAPH_SEPARATOR)
            k += 1
            if ch == _PARAGRAPH_SEPARATOR:
                if open_at >= 0:
                    self.left_open(paragraphs, open_at, opener)
                open_at, self.block = -1, self.block + 1
                continue
            if open_at >= 0:
                if ch in _DOUBLE_CLOSERS[opener]:
                    self.add(open_at, len(opener), i, i + len(ch))
                    open_at = -1
                elif ch == opener and ch in "“«" and _at_word_start(text, i):
                    # The same opener again: the first one was never closed. After a line
                    # break it is a quotation running over lines (“… \n“…): keep the
                    # first line's piece.
                    line_end = text.rfind("\n", open_at, i)
                    if line_end >= 0 and not text[line_end:i].strip():
                        self.add(open_at, len(opener), line_end, line_end, continues=True)
                    open_at = i
                continue
            if ch in _SINGLE_OPENERS:
                paired = self.single(k - 1, paragraphs[self.block][1])
                if paired is not None:
                    j, k = paired
                    self.add(i, 1, j, j + 1)
            elif ch in _DOUBLE_CLOSERS and (
                ch not in _CONTEXT_OPENERS or (_at_word_start(text, i) and _word_follows(text, i))
            ):
                open_at, opener = i, ch

    def left_open(self, paragraphs: Sequence[tuple[int, int]], open_at: int, opener: str) -> None:
        """Keep a quotation left open at its paragraph's end, as a piece up to that end.

        It is kept when the next paragraph opens again (one quotation over several
        paragraphs), or when it fills its paragraph (a closing mark lost at the end).
        """
        text, block = self.text, self.block
        lo, hi = paragraphs[block]
        nxt = paragraphs[block + 1] if block + 1 < len(paragraphs) else None
        continues = nxt is not None and _opens_with(text, *nxt, _FAMILY[opener])
        if continues or strip_bounds(text, lo, hi)[0] == open_at:
            self.add(open_at, len(opener), hi, hi, continues=continues)

    def add(
        self,
        open_at: int,
        mark_length: int,
        close_at: int,
        close_end: int,
        *,
        continues: bool = False,
    ) -> None:
        """Record the quotation between the marks at ``open_at`` and ``close_at``."""
        start, end = strip_bounds(self.text, open_at + mark_length, close_at)
        if _ALNUM.search(self.text, start, end) is None:
            return
        self.spans.append(Span(open_at, close_end, start, end, self.block, continues))

    def single(self, k: int, para_end: int) -> tuple[int, int] | None:
        """Pair the single opening mark at ``marks[k]``: ``(close_offset, next_k)``."""
        text = self.text
        i, ch = self.marks[k]
        if not (_at_word_start(text, i) and _word_follows(text, i)):
            return None
        if ch == "'" and not text[i + 1].isalpha():
            return None  # '90s
        closers = self.single_closers(german=ch == "‚")
        c = bisect.bisect_right(closers, i)
        if c == len(closers) or closers[c] >= para_end:
            return None
        j = closers[c]
        inner = text[i + 1 : j].strip()
        if len(inner) < MIN_SINGLE_QUOTE_CHARS or not any(x.isalpha() for x in inner):
            return None
        return j, bisect.bisect_right(self.positions, j)


def _at_word_start(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _LEFT_BOUNDS


def _word_follows(text: str, i: int) -> bool:
    return i + 1 < len(text) and not text[i + 1].isspace()


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the paragraphs of ``text``, blank-line separated.

    Args:
        text: the text to split.

    Returns:
        One pair per paragraph, in order; a text without a blank line is one paragraph.
    """
    bounds: list[tuple[int, int]] = []
    lo = 0
    while True:
        hi = text.find(_PARAGRAPH_SEPARATOR, lo)
        if hi < 0:
            bounds.append((lo, len(text)))
            return bounds
        bounds.append((lo, hi))
        lo = hi + len(_PARAGRAPH_SEPARATOR)


def strip_bounds(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Return ``lo`` and ``hi`` moved inwards past the white space of ``text[lo:hi]``.

    Args:
        text: the text the offsets point into.
        lo: where the stretch starts.
        hi: where it ends.

    Returns:
        The offsets of the stretch without its leading and trailing white space.
    """
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _opens_with(text: str, lo: int, hi: int, family: str) -> bool:
    lo, hi = strip_bounds(text, lo, hi)
    return lo < hi and _FAMILY.get(text[lo]) == family


def find_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Span]:
    """Find the quotations of ``text`` by pairing its marks in one pass.

    Args:
        text: the whole text.
        paragraphs: its paragraphs' bounds, as :func:`paragraph_bounds` gives them.

    Returns:
        The quotations in text order, never overlapping.
    """
    pairing = _Pairing(text)
    pairing.pair(paragraphs)
    return pairing.spans
