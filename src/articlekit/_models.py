"""The typed records articlekit returns.

attrs classes only: frozen, slotted, hashable, keyword-only. A missing scalar is
``None``, a missing collection ``()``. Every model can be built by hand, and
:meth:`Article.to_dict` / :meth:`Article.from_dict` give a lossless JSON-ready
round trip.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable, Mapping
from typing import Any, TypeAlias

import attrs

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Image",
    "ImageCredit",
    "JSONDict",
    "Quote",
]

JSONDict: TypeAlias = dict[str, Any]
"""A JSON-ready dictionary, as :meth:`Article.to_dict` returns it."""

PARAGRAPH_SEPARATOR = "\n\n"
"""What joins the blocks in :attr:`Article.text` (one blank line)."""


# attrs converters: accept any iterable (a list from JSON, a generator), store a tuple.
def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _block_tuple(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def _image_tuple(value: Iterable[Image]) -> tuple[Image, ...]:
    return tuple(value)


def _quote_tuple(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


class BlockKind(str, enum.Enum):
    """What a block of main text is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    BLOCKQUOTE = "blockquote"
    PREFORMATTED = "preformatted"


def _check_block_text(instance: Block, attribute: attrs.Attribute[str], value: str) -> None:
    # Article.text joins blocks with a blank line, and quote block indices count
    # those separators; a block holding one would shift every index after it.
    if not value.strip():
        raise ValueError("a block's text must not be blank")
    if PARAGRAPH_SEPARATOR in value:
        raise ValueError("a block's text must not contain a blank line")


@attrs.frozen(kw_only=True)
class Block:
    """One block of an article's main text.

    Attributes:
        kind: paragraph, heading, list item, blockquote or preformatted text.
        text: the block's text, whitespace-normalised; never blank and never
            containing a blank line.
        level: the heading level (1-6) for headings, else ``None``.
    """

    kind: BlockKind = attrs.field(converter=BlockKind)
    text: str = attrs.field(validator=_check_block_text)
    level: int | None = None


@attrs.frozen(kw_only=True)
class ImageCredit:
    """Who an image is credited to, as the page prints it.

    Attributes:
        text: the credit as printed, without its label ("Ukrainian Armed Forces
            handout", "Evan Vucci/AP").
        label: the label printed before it ("Image source", "Photo", "©"), or ``None``.
        photographer: the person named in the credit, where it names one.
        agency: the agency or organisation named in the credit, where it names one.
    """

    text: str
    label: str | None = None
    photographer: str | None = None
    agency: str | None = None


@attrs.frozen(kw_only=True)
class Image:
    """An image of the article, with its caption and credit.

    Attributes:
        url: the absolute URL of the image, where the page gives one (a page saved
            as text gives none).
        alt: the alternative text.
        caption: the caption, without its credit.
        credit: the credit, or ``None`` when the page prints none.
    """

    url: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: ImageCredit | None = None


def _check_span(instance: Quote, attribute: attrs.Attribute[int], value: int) -> None:
    if instance.start < 0 or instance.end - instance.start != len(instance.text):
        raise ValueError(
            f"quote offsets {instance.start}:{instance.end} do not fit its text "
            f"of length {len(instance.text)}"
        )


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation and who said it.

    Attributes:
        text: the words between the quotation marks.
        start: offset of the first quoted character in the text searched.
        end: offset just past the last quoted character, so that
            ``text[start:end] == quote.text`` for the text the quote was found in
            (``Article.text`` for an article's quotes).
        speaker: the fullest name the text gives for who said it, or ``None``
            when the quote is unattributed.
        speaker_role: the speaker's role or title where the text gives one
            ("Ukrainian Foreign Ministry spokesperson").
        cue: the reporting word or phrase as written ("said", "according to").
        block: index of the block (paragraph) the quote sits in.
    """

    text: str
    start: int
    end: int = attrs.field(validator=_check_span)
    speaker: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    block: int = 0


def _check_quotes(instance: Article, attribute: attrs.Attribute[Any], value: Any) -> None:
    text = instance.text
    for quote in instance.quotes:
        if text[quote.start : quote.end] != quote.text:
            raise ValueError(f"quote offsets {quote.start}:{quote.end} do not point at its text")


def _date_to_json(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: str | None) -> dt.date | None:
    if value is None:
        return None
    # Article.to_dict writes a date as YYYY-MM-DD and a datetime with its time.
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


@attrs.frozen(kw_only=True)
class Article:
    """A news article, as extracted from a page.

    Attributes:
        url: the URL the caller passed, else the page's canonical URL.
        canonical_url: the canonical URL the page declares.
        title: the headline, without the site name.
        subtitle: the standfirst (dek) shown under the headline, else the
            page's description.
        authors: the people credited with the article, each once.
        published: when it was first published: a :class:`datetime.date` when
            only the day is known, a :class:`datetime.datetime` when the time is
            (timezone-aware when the source gives a zone).
        modified: when it was last modified, on the same terms.
        language: the language code the page declares ("en", "de-AT").
        site_name: the publication's name.
        section: the section the article is filed under.
        tags: keywords and topics, each once.
        blocks: the main text as typed blocks, in reading order.
        images: the article's images, in reading order.
        quotes: the direct quotations in :attr:`text`, in order.
    """

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    published: dt.date | None = None
    modified: dt.date | None = None
    language: str | None = None
    site_name: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_block_tuple)
    images: tuple[Image, ...] = attrs.field(default=(), converter=_image_tuple)
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=_quote_tuple, validator=_check_quotes
    )

    @functools.cached_property
    def text(self) -> str:
        """The main text: the blocks' text joined by one blank line."""
        return PARAGRAPH_SEPARATOR.join(block.text for block in self.blocks)

    def to_dict(self) -> JSONDict:
        """Return the article as a JSON-ready dictionary.

        Dates become ISO 8601 strings (``"2022-09-12"`` for a day,
        ``"2022-09-12T08:30:00+02:00"`` for a time), enums their values, tuples
        lists. :meth:`from_dict` reverses it exactly. ``text`` is included for
        readers of the JSON; :meth:`from_dict` ignores it, since it follows
        from the blocks.
        """
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": _date_to_json(self.published),
            "modified": _date_to_json(self.modified),
            "language": self.language,
            "site_name": self.site_name,
            "section": self.section,
            "tags": list(self.tags),
            "text": self.text,
            "blocks": [
                {"kind": block.kind.value, "text": block.text, "level": block.level}
                for block in self.blocks
            ],
            "images": [
                {
                    "url": image.url,
                    "alt": image.alt,
                    "caption": image.caption,
                    "credit": None if image.credit is None else attrs.asdict(image.credit),
                }
                for image in self.images
            ],
            "quotes": [attrs.asdict(quote) for quote in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an article from what :meth:`to_dict` returned.

        Raises:
            KeyError, TypeError, ValueError: the dictionary is not one that
                :meth:`to_dict` wrote.
        """
        return cls(
            url=data["url"],
            canonical_url=data["canonical_url"],
            title=data["title"],
            subtitle=data["subtitle"],
            authors=data["authors"],
            published=_date_from_json(data["published"]),
            modified=_date_from_json(data["modified"]),
            language=data["language"],
            site_name=data["site_name"],
            section=data["section"],
            tags=data["tags"],
            blocks=[Block(**block) for block in data["blocks"]],
            images=[
                Image(
                    url=image["url"],
                    alt=image["alt"],
                    caption=image["caption"],
                    credit=None if image["credit"] is None else ImageCredit(**image["credit"]),
                )
                for image in data["images"]
            ],
            quotes=[Quote(**quote) for quote in data["quotes"]],
        )
