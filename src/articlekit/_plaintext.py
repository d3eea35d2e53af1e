"""The plain-text parser: an article saved as text, like a copied news page.

A page saved as text keeps the page's reading order but loses its markup. Its
head typically holds, in some order: the headline, a standfirst, a date line, a
byline, the headline again, photo captions each followed by a credit line, and
remnants of markup. The body follows. The parser works in three steps:

1. split the text into units (paragraphs, or lines when paragraphs are
   separated by single line breaks), dropping markup remnants and boilerplate;
2. read the head: classify the first units as headline, marker (date line,
   byline, repeated headline, credit line) or other; the head ends at the last
   marker that follows closely on the one before. Among the others, the unit
   before a credit line is its caption, and the first one left is the standfirst;
3. the rest is the body, typed into paragraphs, headings and list items, with
   any caption/credit pairs found in it moved to the images.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
import unicodedata

import attrs

from articlekit._credits import credit_from_line, split_caption
from articlekit._dates import is_date_line, parse_date
from articlekit._models import Block, BlockKind, Image
from articlekit._text import clean_text, normalize_space
from articlekit.exceptions import ParseError

__all__ = ["PlainTextPage", "read_plain_text"]

# Longest headline we accept as one: headlines run to ~15 words; 250 characters
# leaves room for long German compounds and subtitled headlines.
MAX_TITLE_LENGTH = 250
# How far into the text the head may reach, in units: a head of headline,
# standfirst, date, byline, repeated headline and two captions with credits is
# 9 units; 14 leaves room for a section label or a share line in between.
MAX_HEAD_UNITS = 14
# Markers of the head follow closely on each other; a gap of more units than
# this (a standfirst and a caption fit) means the body has begun.
MAX_UNITS_BETWEEN_MARKERS = 3
# A byline is short: "By Jane Doe, John Smith and Maria Rossi, Reuters".
MAX_BYLINE_LENGTH = 120
# A caption sits before its credit line; a unit longer than this is a paragraph.
MAX_CAPTION_LENGTH = 400
# A body heading is a short line without closing punctuation between paragraphs.
MAX_HEADING_WORDS = 14
# Hard-wrapped text (e-mail, terminal copies) breaks lines before this column.
MAX_WRAPPED_LINE_LENGTH = 100
# Share of line breaks that must look like wrapping before lines are joined:
# greedy wrapping makes all of them look so; 0.8 leaves room for hyphenation
# and for the odd short line (a heading) in a wrapped text.
WRAPPED_LINE_SHARE = 0.8
# Fewer line breaks than this are too little evidence of wrapping.
MIN_WRAPPED_LINES = 3
# Lines dense in code punctuation are script or style remnants, not prose:
# "window.dataLayer = window.dataLayer || [];" is 0.13, prose with a bracket
# or two stays under 0.03.
CODE_PUNCTUATION_SHARE = 0.08

_COMMENT_FRAGMENT = re.compile(r"^\s*<?!--|-->\s*$")
_TAG = re.compile(r"<[^<>]{0,500}>")
_CODE_PUNCTUATION = re.compile(r"[{}()\[\];=<>$|&]")
_CODE_STATEMENT = re.compile(r"[;{}]|\w\s*=\s*\S")
_BOILERPLATE_LINES = frozenset(
    {
        "advertisement",
        "advertisment",
        "sponsored",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "pubblicità",
        "read more",
        "share",
        "share this",
        "share this article",
        "skip to content",
        "skip to main content",
    }
)
# A date line labelled as an update gives the modification date, not the publication.
_UPDATE_LABEL = re.compile(
    r"^(?:last\s+)?(?:updated|modified|aktualisiert|mis\s+à\s+jour|actualizado|aggiornato|bijgewerkt)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|von|par|por|door|di|da|af|av|przez)\s+(?P<names>\S.*)$", re.I)
_NAME_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\ben\b)\s*", re.I)
_PERSON_NAME = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|der|da|di|la|le|del|bin|al)){1,4}$"
)
_LIST_ITEM = re.compile(r"^(?:[-*•·▪–]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
_MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>\S.*?)\s*#*$")
# The library's own Markdown (see _render.render_markdown): "# headline" first,
# backslash escapes, "*standfirst*", "> quote", "![alt](<url>)" then "*caption* credit".
_MARKDOWN_TITLE = re.compile(r"^#\s+\S")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_\[\]<>#+=.)!-])|^\\(?=\d)")
_MARKDOWN_BLOCK_MARKER = re.compile(r"^(?:#{1,6}|[-*+]|>)\s+")
_MARKDOWN_EMPHASIS = re.compile(r"^\*(?P<text>[^*\s](?:.*[^\\\s])?)\*(?:\s+(?P<rest>.*))?$")
_MARKDOWN_IMAGE = re.compile(r"^!\[(?P<alt>(?:\\.|[^\]\\])*)\]\(<?(?P<url>[^<>\s]*)>?\)$")
_BLOCKQUOTE = re.compile(r"^>\s+(?P<text>\S.*)$")
_CLOSING_PUNCTUATION = ".!?:;,\"'”’»)…"
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_NON_WORD = re.compile(r"\W+")
_WORD_HYPHEN = re.compile(r"\w-$")


class _Kind(enum.Enum):
    TITLE = enum.auto()
    REPEATED_TITLE = enum.auto()
    DATE = enum.auto()
    BYLINE = enum.auto()
    CREDIT = enum.auto()
    OTHER = enum.auto()


_MARKERS = frozenset({_Kind.REPEATED_TITLE, _Kind.DATE, _Kind.BYLINE, _Kind.CREDIT})


@attrs.frozen(kw_only=True)
class PlainTextPage:
    """What the lines of a text page say."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    modified: dt.date | None = None
    blocks: tuple[Block, ...] = ()
    images: tuple[Image, ...] = ()


def read_plain_text(text: str, *, now: dt.datetime | None) -> PlainTextPage:
    """Read the fields of an article saved as plain text.

    Args:
        text: the page's text.
        now: the moment of parsing; a later date line is not a publication date.

    Raises:
        ParseError: the text holds no words.
    """
    units = _split_units(text)
    markdown_images: tuple[Image, ...] = ()
    markdown_standfirst = None
    if units and _MARKDOWN_TITLE.match(units[0]):
        units, markdown_images, markdown_standfirst = _read_markdown(units)
    if not units:
        raise ParseError("the text holds no words")
    title_index = _find_title(units)
    title = units[title_index] if title_index is not None else None
    kinds = [_classify(unit, title, now) for unit in units[:MAX_HEAD_UNITS]]
    if title_index is not None:
        kinds[title_index] = _Kind.TITLE
    head_end = _head_end(kinds, title_index)

    subtitle = None
    authors: tuple[str, ...] = ()
    published = modified = None
    images: list[Image] = []
    captions = {i - 1 for i in range(head_end) if kinds[i] is _Kind.CREDIT}
    for index in range(head_end):
        unit, kind = units[index], kinds[index]
        if kind is _Kind.DATE:
            date, is_update = _read_date_line(unit, now)
            if is_update:
                modified = modified or date
            else:
                published = published or date
        elif kind is _Kind.BYLINE and not authors:
            authors = _read_byline(unit)
        elif kind is _Kind.CREDIT:
            caption = (
                units[index - 1]
                if index - 1 in captions and kinds[index - 1] is _Kind.OTHER
                else None
            )
            images.append(Image(caption=caption, credit=credit_from_line(unit)))
        elif (
            kind is _Kind.OTHER
            and index not in captions
            and subtitle is None
            and title_index is not None
            and index > title_index
        ):
            subtitle = unit

    body_start = head_end if title_index is None else max(head_end, title_index + 1)
    blocks, body_images = _read_body(units[body_start:], title)
    return PlainTextPage(
        title=title,
        subtitle=markdown_standfirst or subtitle,
        authors=authors,
        published=published,
        modified=modified,
        blocks=blocks,
        images=(*images, *body_images, *markdown_images),
    )


def _split_units(text: str) -> list[str]:
    """Split text into paragraphs (or lines), dropping markup remnants and boilerplate."""
    chunks = [chunk.split("\n") for chunk in clean_text(text).split("\n\n") if chunk]
    if _looks_hard_wrapped(chunks):
        candidates = [unit for lines in chunks for unit in _unwrap(lines)]
    else:
        candidates = [line for lines in chunks for line in lines]
    return [
        unit
        for unit in candidates
        if unit and (_MARKDOWN_IMAGE.match(unit) or not _is_remnant(unit))
    ]


def _looks_hard_wrapped(chunks: list[list[str]]) -> bool:
    """True when the text was wrapped at a fixed column, so lines are not paragraphs.

    A wrapping program breaks a line only when the next word would not fit in
    the column; a page saved with one paragraph or heading a line breaks where
    the next word would easily have fitted. The widest line stands in for the column.
    """
    column = max((len(line) for lines in chunks for line in lines), default=0)
    if column > MAX_WRAPPED_LINE_LENGTH:
        return False
    pairs = [(line, following) for lines in chunks for line, following in itertools.pairwise(lines)]
    if len(pairs) < MIN_WRAPPED_LINES:
        return False
    wrapped = [line for line, following in pairs if _was_wrapped(line, following, column)]
    return len(wrapped) >= WRAPPED_LINE_SHARE * len(pairs)


def _was_wrapped(line: str, following: str, column: int) -> bool:
    """True when the next line's first word would not have fitted on this line."""
    return len(line) + 1 + len(following.split(" ", 1)[0]) > column


def _unwrap(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs; a break where the next word would fit ends one."""
    column = max(len(line) for line in lines)
    units: list[str] = []
    current: list[str] = []
    for line, following in itertools.pairwise([*lines, ""]):
        current.append(line)
        # A credit line stands on its own line after its caption, whatever its length.
        if (
            not following
            or not _was_wrapped(line, following, column)
            or credit_from_line(following)
        ):
            units.append(_join_wrapped(current))
            current = []
    return units


def _join_wrapped(lines: list[str]) -> str:
    """Join wrapped lines; a compound broken at its hyphen ("black-", "out") is rejoined."""
    joined = lines[0]
    for line in lines[1:]:
        joined += line if _WORD_HYPHEN.search(joined) else " " + line
    return joined


def _is_remnant(unit: str) -> bool:
    """True for leftovers of markup or page furniture, never for prose."""
    if _COMMENT_FRAGMENT.search(unit) or not _TAG.sub("", unit).strip():
        return True
    if unit.casefold().rstrip(":.!") in _BOILERPLATE_LINES:
        return True
    return bool(_CODE_STATEMENT.search(unit)) and (
        len(_CODE_PUNCTUATION.findall(unit)) > CODE_PUNCTUATION_SHARE * len(unit)
    )


def _read_markdown(units: list[str]) -> tuple[list[str], tuple[Image, ...], str | None]:
    """Turn units of the library's own Markdown into plain units; images and standfirst apart.

    The standfirst is the italic paragraph right under the headline.
    """
    plain: list[str] = []
    images: list[Image] = []
    standfirst = None
    for index, unit in enumerate(units):
        if image := _MARKDOWN_IMAGE.match(unit):
            images.append(Image(url=image["url"] or None, alt=_unescape(image["alt"]) or None))
            continue
        emphasis = _MARKDOWN_EMPHASIS.match(unit)
        if emphasis and index and _MARKDOWN_IMAGE.match(units[index - 1]):
            # "*caption* Photo: credit" on the line under its image.
            rest = emphasis["rest"]
            images[-1] = attrs.evolve(
                images[-1],
                caption=_unescape(emphasis["text"]),
                credit=None if rest is None else credit_from_line(_unescape(rest)),
            )
            continue
        if index == 1 and emphasis and emphasis["rest"] is None:
            standfirst = _unescape(emphasis["text"])
            continue
        marker = _MARKDOWN_BLOCK_MARKER.match(unit)
        if index == 0 and marker:
            plain.append(_unescape(unit[marker.end() :]))
        elif marker:
            plain.append(unit[: marker.end()] + _unescape(unit[marker.end() :]))
        elif emphasis and emphasis["rest"] is None:
            plain.append(_unescape(emphasis["text"]))
        else:
            plain.append(_unescape(unit))
    return plain, tuple(images), standfirst


def _unescape(text: str) -> str:
    return _MARKDOWN_ESCAPE.sub(lambda match: match[1] or "", text)


def _comparison_key(text: str) -> str:
    """Letters and digits only, casefolded, quotes unified: for spotting a repeated headline."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def _find_title(units: list[str]) -> int | None:
    """The headline is the first unit of the head that is no date, byline or credit."""
    for index, unit in enumerate(units[:MAX_HEAD_UNITS]):
        if _classify(unit, None, None) is not _Kind.OTHER:
            continue
        if len(unit) > MAX_TITLE_LENGTH:
            return None
        return index
    return None


def _classify(unit: str, title: str | None, now: dt.datetime | None) -> _Kind:
    if title is not None and _comparison_key(unit) == _comparison_key(title):
        return _Kind.REPEATED_TITLE
    if is_date_line(unit, now=now):
        return _Kind.DATE
    if len(unit) <= MAX_BYLINE_LENGTH and _BYLINE.match(unit) and _read_byline(unit):
        return _Kind.BYLINE
    if credit_from_line(unit) is not None:
        return _Kind.CREDIT
    return _Kind.OTHER


def _read_date_line(unit: str, now: dt.datetime | None) -> tuple[dt.date | None, bool]:
    """Return the date a date line gives and whether it is labelled as an update."""
    return parse_date(unit, now=now), bool(_UPDATE_LABEL.match(unit))


def _read_byline(unit: str) -> tuple[str, ...]:
    match = _BYLINE.match(unit)
    if not match:
        return ()
    names = [normalize_space(name) for name in _NAME_SEPARATOR.split(match["names"])]
    return tuple(dict.fromkeys(name for name in names if _PERSON_NAME.match(name)))


def _head_end(kinds: list[_Kind], title_index: int | None) -> int:
    """Index of the first body unit: just past the last marker of the head."""
    end = 0 if title_index is None else title_index + 1
    last = end - 1
    for index in range(end, len(kinds)):
        if index - last - 1 > MAX_UNITS_BETWEEN_MARKERS:
            break
        if kinds[index] in _MARKERS:
            last = index
            end = index + 1
    return end


def _read_body(units: list[str], title: str | None) -> tuple[tuple[Block, ...], tuple[Image, ...]]:
    """Type the body units into blocks; caption/credit pairs become images."""
    blocks: list[Block] = []
    images: list[Image] = []
    title_key = None if title is None else _comparison_key(title)
    for index, unit in enumerate(units):
        if title_key is not None and _comparison_key(unit) == title_key:
            continue
        credit = credit_from_line(unit)
        if credit is not None:
            caption = None
            if (
                blocks
                and blocks[-1].kind is BlockKind.PARAGRAPH
                and len(blocks[-1].text) <= MAX_CAPTION_LENGTH
            ):
                caption = blocks.pop().text
            images.append(Image(caption=caption, credit=credit))
            continue
        caption, embedded_credit = split_caption(unit)
        if embedded_credit is not None and len(unit) <= MAX_CAPTION_LENGTH:
            images.append(Image(caption=caption, credit=embedded_credit))
            continue
        is_inner = 0 < index < len(units) - 1
        blocks.append(_block(unit, is_inner=is_inner))
    return tuple(blocks), tuple(images)


def _block(unit: str, *, is_inner: bool) -> Block:
    """Type a body unit; only a unit between two others can be a bare subheading."""
    if match := _BLOCKQUOTE.match(unit):
        return Block(kind=BlockKind.BLOCKQUOTE, text=match["text"])
    if match := _MARKDOWN_HEADING.match(unit):
        return Block(kind=BlockKind.HEADING, text=match["text"], level=len(match["hashes"]))
    if match := _LIST_ITEM.match(unit):
        return Block(kind=BlockKind.LIST_ITEM, text=match["text"])
    if is_inner and _looks_like_heading(unit):
        return Block(kind=BlockKind.HEADING, text=unit, level=2)
    return Block(kind=BlockKind.PARAGRAPH, text=unit)


def _looks_like_heading(unit: str) -> bool:
    words = unit.split()
    return (
        len(words) <= MAX_HEADING_WORDS
        and unit[:1].isupper()
        and not unit.endswith(tuple(_CLOSING_PUNCTUATION))
    )
