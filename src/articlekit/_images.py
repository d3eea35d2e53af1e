"""Images of the article, with captions and credits."""

from __future__ import annotations

import lxml.html

from articlekit._models import Image

__all__ = ["extract_images"]


def extract_images(
    tree: lxml.html.HtmlElement, *, base_url: str | None, lead_images: tuple[Image, ...]
) -> tuple[Image, ...]:
    """Return the article's images in reading order (placeholder: the lead images)."""
    return lead_images
