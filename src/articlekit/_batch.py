"""Reading inputs from disk and parsing many of them: what the command line runs.

One input is a file (or standard input) holding a page as HTML or plain text,
gzip-compressed or not. :func:`read_input` reads and decompresses it within a
size limit, :func:`looks_like_html` decides which parser it needs, and
:func:`parse_input` returns the :class:`~articlekit.Article`.

Many inputs are files, folders (walked recursively) and glob patterns;
:func:`iter_sources` expands them lazily and :func:`parse_many` parses them in
input order, in worker processes when asked, each as one JSON-ready record.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import re
import urllib.parse
import zlib
from collections.abc import Callable
from typing import BinaryIO

import charset_normalizer

from articlekit._models import Article
from articlekit._pipeline import parse_html, parse_text
from articlekit.exceptions import ParseError

__all__ = [
    "MAX_INPUT_BYTES",
    "decode_text",
    "looks_like_html",
    "parse_input",
    "read_input",
    "url_from_filename",
]

# Largest input, after decompression, that we read. The biggest news pages seen
# in the development sets are a few MB and hostile inputs are expected up to
# 20 MB; 100 MiB is five times that and still keeps a batch worker's memory
# bounded when a gzip bomb or a stray disk image turns up.
MAX_INPUT_BYTES = 100 * 1024 * 1024
# How much of the start of an input decides "HTML or text". A page's doctype,
# <html> or <head> sits in its first few hundred bytes; 4 KiB leaves room for a
# long comment banner before them.
SNIFF_BYTES = 4096

_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"
# The input starts with markup: a doctype, an XML declaration, a comment or an
# element. A text file whose first line is a tag remnant such as
# "!-- Google tag (gtag.js) -->" does not start with "<" and so is not matched.
_LEADING_MARKUP = re.compile(rb"\A\s*<(?:!doctype|\?xml|!--|[a-z][a-z0-9]*[\s/>])", re.IGNORECASE)
# Elements only a document has; one of them early in the input means HTML even
# after a leading text banner. Tags such as <p> or <br> also turn up in text
# copied from a page, so they do not count.
_DOCUMENT_TAG = re.compile(rb"<(?:html|head|body|meta|title)[\s>/]", re.IGNORECASE)
# Suffixes stripped from a file name before it is read as a URL.
_PAGE_SUFFIX = re.compile(r"(?:\.(?:html?|xhtml|shtml|txt|text))?(?:\.gz)?\Z", re.IGNORECASE)


def _read_limited(read: Callable[[int], bytes], source: str) -> bytes:
    data = read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise ParseError(f"{source}: larger than {MAX_INPUT_BYTES} bytes")
    return data


def read_input(source: str | os.PathLike[str] | BinaryIO) -> bytes:
    """Read one input's bytes, decompressing it when it is gzip-compressed.

    Args:
        source: a file path, or an open binary stream (standard input).

    Returns:
        The bytes of the page.

    Raises:
        OSError: the file cannot be opened or read.
        ParseError: the input is larger than :data:`MAX_INPUT_BYTES` or its
            gzip stream is corrupt.
    """
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        with open(source, "rb") as stream:
            data = _read_limited(stream.read, name)
    else:
        name = getattr(source, "name", "<stream>")
        data = _read_limited(source.read, str(name))
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            return _read_limited(unzipped.read, str(name))
    except (OSError, EOFError, zlib.error) as error:
        # gzip.BadGzipFile is an OSError; a truncated stream raises EOFError.
        raise ParseError(f"{name}: corrupt gzip data: {error}") from error


def looks_like_html(data: bytes) -> bool:
    """Tell whether an input is an HTML page rather than plain text.

    HTML when the input starts with markup (a doctype, an XML declaration, a
    comment or an element), or when an element only a document has (``<html>``,
    ``<head>``, ``<body>``, ``<meta>``, ``<title>``) appears in its first
    :data:`SNIFF_BYTES` bytes.

    Args:
        data: the input's bytes, decompressed.

    Returns:
        ``True`` for HTML, ``False`` for text.
    """
    head = data[:SNIFF_BYTES].removeprefix(_UTF8_BOM)
    # UTF-16 pages interleave NULs; drop them so the ASCII patterns still match.
    head = head.replace(b"\x00", b"")
    return bool(_LEADING_MARKUP.match(head) or _DOCUMENT_TAG.search(head))


def decode_text(data: bytes) -> str:
    """Decode a plain-text input: UTF-8 when it is, else the detected charset.

    Args:
        data: the input's bytes.

    Returns:
        The text; undecodable bytes become U+FFFD.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return data.decode("utf-8", errors="replace")
    return str(best)


def url_from_filename(path: str) -> str | None:
    """Read a URL from a saved page's file name, as wget and browsers save them.

    ``https%3A%2F%2Fexample.org%2Fnews%2Fstory.html.gz`` gives
    ``https://example.org/news/story``.

    Args:
        path: the file's path; only its last component is read.

    Returns:
        The URL, or ``None`` when the name is not a percent-encoded http(s) URL.
    """
    name = _PAGE_SUFFIX.sub("", os.path.basename(path))
    url = urllib.parse.unquote(name)
    if url.startswith(("http://", "https://")) and "/" in url.partition("://")[2]:
        return url
    return None


def parse_input(data: bytes, *, url: str | None = None, now: dt.datetime | None = None) -> Article:
    """Parse one input's bytes with the parser its content needs.

    Args:
        data: the input's bytes, decompressed.
        url: the page's URL, if known.
        now: the moment of parsing (see :func:`articlekit.parse_html`).

    Returns:
        The article.

    Raises:
        ParseError: the input cannot become a document.
    """
    if looks_like_html(data):
        return parse_html(data, url=url, now=now)
    return parse_text(decode_text(data), url=url, now=now)
