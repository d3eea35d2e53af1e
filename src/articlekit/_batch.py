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

import concurrent.futures
import datetime as dt
import glob
import gzip
import io
import multiprocessing
import os
import re
import urllib.parse
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

import charset_normalizer

from articlekit._models import Article, JSONDict
from articlekit._pipeline import parse_html, parse_text
from articlekit.exceptions import ParseError

__all__ = [
    "MAX_INPUT_BYTES",
    "decode_text",
    "error_record",
    "iter_sources",
    "looks_like_html",
    "mp_context",
    "page_stem",
    "parse_input",
    "parse_many",
    "parse_record",
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
_BYTE_ORDER_MARKS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# The input starts with markup: a doctype, an XML declaration, a comment or an
# element. A text file whose first line is a tag remnant such as
# "!-- Google tag (gtag.js) -->" does not start with "<" and so is not matched.
_LEADING_MARKUP = re.compile(rb"\A\s*<(?:!doctype|\?xml|!--|[a-z][a-z0-9]*[\s/>])", re.IGNORECASE)
# Elements only a document has; one of them early in the input means HTML even
# after a leading text banner. Tags such as <p> or <br> also turn up in text
# copied from a page, so they do not count.
_DOCUMENT_TAG = re.compile(rb"<(?:html|head|body|meta|title)[\s>/]", re.IGNORECASE)
# Inputs handed to one worker process at a time: enough to amortise the
# inter-process round trip (a page parses in tens of milliseconds), few enough
# that one slow page does not hold up many finished ones behind it.
CHUNK_SIZE = 8
# Chunks queued per worker: keeps every worker busy while the results wait to be
# written in input order, and keeps memory flat however many inputs a folder has.
CHUNKS_PER_WORKER = 4

# A folder is walked for files named like pages (".html", ".txt", ".htm.gz" …).
_PAGE_FILE = re.compile(r"\.(?:html?|xhtml|shtml|txt|text)(?:\.gz)?\Z", re.IGNORECASE)
_FORKSERVER = "forkserver"
_GLOB_CHARS = re.compile(r"[*?\[]")
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
    # UTF-16 and UTF-32 pages interleave NULs; drop them so the ASCII patterns
    # still match (their byte order marks are then two bytes as UTF-16's are).
    head = data[:SNIFF_BYTES].replace(b"\x00", b"")
    for mark in _BYTE_ORDER_MARKS:
        head = head.removeprefix(mark)
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


def page_stem(path: str) -> str:
    """A file's name without its folder and its page and gzip suffixes.

    Args:
        path: the file's path (``news/story.html.gz``).

    Returns:
        The stem (``story``).
    """
    return _PAGE_SUFFIX.sub("", os.path.basename(path))


def url_from_filename(path: str) -> str | None:
    """Read a URL from a saved page's file name, as wget and browsers save them.

    ``https%3A%2F%2Fexample.org%2Fnews%2Fstory.html.gz`` gives
    ``https://example.org/news/story``.

    Args:
        path: the file's path; only its last component is read.

    Returns:
        The URL, or ``None`` when the name is not a percent-encoded http(s) URL.
    """
    url = urllib.parse.unquote(page_stem(path))
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


def _walk(folder: str) -> Iterator[str]:
    """Page files under a folder, recursively, files before subfolders; hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _PAGE_FILE.search(name):
                yield os.path.join(root, name)


def iter_sources(paths: Iterable[str]) -> Iterator[str]:
    """Expand files, folders and glob patterns into the files to parse, lazily.

    A file is taken whatever its name; a folder gives its page files (``.html``,
    ``.htm``, ``.xhtml``, ``.shtml``, ``.txt``, ``.text``, each also ``.gz``)
    recursively, a folder's own files (sorted) before its subfolders (sorted);
    a glob pattern (``**`` included) gives its matches in sorted order. A path
    that exists nowhere is passed on as it is, so that reading it reports the
    error in its place.

    Args:
        paths: the paths and patterns, as given on the command line.

    Yields:
        File paths, in order.
    """
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path)
        elif os.path.exists(path) or not _GLOB_CHARS.search(path):
            yield path
        else:
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield path
            for match in matches:
                yield from _walk(match) if os.path.isdir(match) else (match,)


def parse_record(
    source: str, *, url_from_name: bool = False, now: dt.datetime | None = None
) -> JSONDict:
    """Read and parse one file into a JSON-ready record.

    Args:
        source: the file's path.
        url_from_name: read the page's URL from the file name
            (:func:`url_from_filename`).
        now: the moment of parsing.

    Returns:
        ``{"source": source, **article.to_dict()}``, or, when the file cannot be
        read or parsed, ``{"source": source, "error": "ParseError: …"}`` (or
        ``"FileNotFoundError: …"`` and the like).
    """
    url = url_from_filename(source) if url_from_name else None
    try:
        article = parse_input(read_input(source), url=url, now=now)
    except (ParseError, OSError) as error:
        return error_record(source, error)
    return {"source": source, **article.to_dict()}


def error_record(source: str, error: ParseError | OSError) -> JSONDict:
    """The record of an input that failed: ``{"source": …, "error": "ParseError: …"}``.

    Args:
        source: the input's path.
        error: why it failed.

    Returns:
        The record; an OSError is named by its class and described by its strerror.
    """
    if isinstance(error, OSError):
        return {"source": source, "error": f"{type(error).__name__}: {error.strerror or error}"}
    return {"source": source, "error": f"{type(error).__name__}: {error}"}


def _parse_chunk(
    sources: list[str], url_from_name: bool, now: dt.datetime | None
) -> list[JSONDict]:
    return [parse_record(source, url_from_name=url_from_name, now=now) for source in sources]


def _chunks(sources: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for source in sources:
        chunk.append(source)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def mp_context() -> multiprocessing.context.BaseContext | None:
    """The start method for worker processes: a fork server where there is one."""
    # Forking a process that runs threads (a caller's, a test runner's) can copy a
    # held lock into the child and hang it; the fork server forks from a clean,
    # single-threaded process instead. Where there is none (Windows), the default.
    if _FORKSERVER in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context(_FORKSERVER)
        # The server imports the parser once; each worker forked from it starts warm.
        context.set_forkserver_preload([__name__])
        return context
    return None


def parse_many(
    sources: Iterable[str],
    *,
    jobs: int = 1,
    url_from_name: bool = False,
    now: dt.datetime | None = None,
) -> Iterator[JSONDict]:
    """Parse many files into records (see :func:`parse_record`), in input order.

    With ``jobs`` above 1 the files are parsed in that many worker processes,
    :data:`CHUNK_SIZE` files per task, with at most :data:`CHUNKS_PER_WORKER`
    tasks per worker queued ahead, so that memory stays flat on big folders.

    Args:
        sources: the file paths, consumed lazily.
        jobs: the number of worker processes; 1 parses in this process.
        url_from_name: read each page's URL from its file name.
        now: the moment of parsing.

    Yields:
        One record per source, in the order of ``sources``.
    """
    if jobs <= 1:
        for source in sources:
            yield parse_record(source, url_from_name=url_from_name, now=now)
        return
    chunks = _chunks(sources, CHUNK_SIZE)
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=mp_context()) as pool:
        pending: deque[concurrent.futures.Future[list[JSONDict]]] = deque()
        try:
            for chunk in chunks:
                pending.append(pool.submit(_parse_chunk, chunk, url_from_name, now))
                if len(pending) >= jobs * CHUNKS_PER_WORKER:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            # A reader that stops early (an error, Ctrl-C) should not wait for
            # the queued chunks to be parsed for nothing.
            for future in pending:
                future.cancel()
