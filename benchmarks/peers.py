"""Adapters: articlekit and its peers, each turning a page's raw bytes into one small record.

Every adapter takes the page's raw bytes and its URL (or ``None``) and returns an
:class:`Extraction`. A peer that is not installed is left out of :func:`load_systems` with a
note; the peers are imported only there, so the scorers and the runner import without them.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import charset_normalizer
import lxml.etree
import lxml.html

import articlekit
from benchmarks.scoring import ImageRecord

__all__ = ["PEERS", "Extraction", "Extractor", "html_to_text", "load_systems"]

NEWSPAPER_FALLBACK_URL = "http://example.com"
"""newspaper4k wants a URL; pages without one get this placeholder."""

# Elements after which readability's HTML summary needs a line break, so that words of
# adjacent paragraphs are not glued together when the summary becomes text.
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr"}
)


@attrs.frozen(kw_only=True)
class Extraction:
    """What one system extracted from one page.

    Attributes:
        text: the main text ("" when none).
        title: the title, or ``None``.
        authors: the author names.
        date: the publication date as a date or an ISO 8601 string, or ``None``.
        subtitle: the standfirst, or ``None`` (articlekit only: the peers give the page's
            description, which is another field).
        images: the images with captions and credits (articlekit only).
    """

    text: str = ""
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    date: dt.date | str | None = None
    images: tuple[ImageRecord, ...] = ()


Extractor = Callable[[bytes, "str | None"], Extraction]
"""An adapter: (raw bytes, URL or None) -> Extraction."""


def _decode(raw: bytes) -> str:
    # newspaper4k and goose3 take text, not bytes: UTF-8 first (most pages), else the
    # detector articlekit itself depends on, else Latin-1, which never fails.
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("latin-1")


def _names(value: object) -> tuple[str, ...]:
    """Flatten a peer's author field (a string, a list, a list of lists) into names."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, (list, tuple)):
        return tuple(name for item in value for name in _names(item))
    return (str(value),)


def _title(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _date(value: object) -> dt.date | str | None:
    return value if isinstance(value, (dt.date, str)) else None


def html_to_text(html: str) -> str:
    """Turn an HTML fragment into text, one line per block element.

    Args:
        html: the fragment (readability's summary).

    Returns:
        Its text; "" when the fragment holds no element.
    """
    if not html.strip():
        return ""
    tree = lxml.html.fromstring(html)
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return lxml.etree.tostring(tree, method="text", encoding="unicode")


def _articlekit(raw: bytes, url: str | None) -> Extraction:
    article = articlekit.parse_html(raw, url=url)
    return Extraction(
        text=article.text,
        title=article.title,
        subtitle=article.subtitle,
        authors=article.authors,
        date=article.published,
        images=tuple(
            ImageRecord(image.caption, None if image.credit is None else image.credit.text)
            for image in article.images
        ),
    )


def _trafilatura() -> Extractor:
    from trafilatura import bare_extraction  # noqa: PLC0415 - optional peer, imported only when installed

    def extract(raw: bytes, url: str | None) -> Extraction:
        document = bare_extraction(raw, url=url, with_metadata=True)
        if document is None:
            return Extraction()
        fields: dict[str, Any] = document if isinstance(document, dict) else document.as_dict()
        # trafilatura joins several authors with "; ".
        authors = (name.strip() for name in (fields.get("author") or "").split(";"))
        return Extraction(
            text=fields.get("text") or "",
            title=_title(fields.get("title")),
            authors=_names([name for name in authors if name]),
            date=_date(fields.get("date")),
        )

    return extract


def _newspaper4k() -> Extractor:
    import newspaper  # noqa: PLC0415 - optional peer, imported only when installed

    def extract(raw: bytes, url: str | None) -> Extraction:
        # fetch_images=False: by default newspaper4k downloads candidate top images to
        # measure them, which is network traffic (and most of its time) in a benchmark
        # that must stay offline.
        article = newspaper.Article(url or NEWSPAPER_FALLBACK_URL, fetch_images=False)
        article.download(input_html=_decode(raw))
        article.parse()
        return Extraction(
            text=article.text or "",
            title=_title(article.title),
            authors=_names(article.authors),
            date=_date(article.publish_date),
        )

    return extract


def _goose3() -> Extractor:
    from goose3 import Goose  # noqa: PLC0415 - optional peer, imported only when installed

    goose = Goose()

    def extract(raw: bytes, url: str | None) -> Extraction:
        article = goose.extract(raw_html=_decode(raw))
        return Extraction(
            text=article.cleaned_text or "",
            title=_title(article.title),
            authors=_names(article.authors),
            date=_date(article.publish_date),
        )

    return extract


def _readability() -> Extractor:
    from readability import Document  # noqa: PLC0415 - optional peer, imported only when installed

    def extract(raw: bytes, url: str | None) -> Extraction:
        document = Document(raw, url=url)
        return Extraction(
            text=html_to_text(document.summary()), title=_title(document.short_title())
        )

    return extract


# name -> (module that must be importable, factory building the adapter)
PEERS: dict[str, tuple[str, Callable[[], Extractor]]] = {
    "trafilatura": ("trafilatura", _trafilatura),
    "newspaper4k": ("newspaper", _newspaper4k),
    "goose3": ("goose3", _goose3),
    "readability": ("readability", _readability),
}


def load_systems(peers: Sequence[str]) -> tuple[dict[str, Extractor], list[str]]:
    """Build articlekit's adapter and those of the named peers that are installed.

    Args:
        peers: peer names, keys of :data:`PEERS`.

    Returns:
        The adapters by system name, articlekit first, and a note for each peer skipped.

    Raises:
        ValueError: a name is not a known peer.
    """
    systems: dict[str, Extractor] = {"articlekit": _articlekit}
    notes: list[str] = []
    for name in peers:
        if name not in PEERS:
            raise ValueError(f"unknown peer {name!r}; known: {', '.join(PEERS)}")
        module, factory = PEERS[name]
        if importlib.util.find_spec(module) is None:
            notes.append(f"{name} skipped: not installed (pip install -e '.[bench]')")
            continue
        systems[name] = factory()
    return systems, notes
