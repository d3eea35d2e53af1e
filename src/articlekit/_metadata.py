"""Page metadata: JSON-LD, OpenGraph, meta tags, microdata, the visible byline."""

from __future__ import annotations

import datetime as dt

import attrs
import lxml.html

from articlekit._models import Image
from articlekit._text import normalize_space

__all__ = ["Metadata", "extract_metadata"]


@attrs.frozen(kw_only=True)
class Metadata:
    """What the page says about the article, each field from its first source that has it."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    modified: dt.date | None = None
    language: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    lead_images: tuple[Image, ...] = ()


def extract_metadata(
    tree: lxml.html.HtmlElement, *, url: str | None, now: dt.datetime | None
) -> Metadata:
    """Read the article's metadata from the page (placeholder: the <title>)."""
    titles = tree.xpath("//title")
    title = normalize_space(titles[0].text_content()) if titles else None
    return Metadata(title=title or None)
