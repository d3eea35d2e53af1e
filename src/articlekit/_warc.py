"""Articles from web archives: the HTML responses of a ``.warc`` or ``.warc.gz`` file.

WARC is the format crawlers (Heritrix, wget ``--warc-file``, Common Crawl, the
Internet Archive) store fetched pages in. Reading it needs ``warcio``, an
optional extra (``pip install 'articlekit[warc]'``), imported only when a WARC
file is read.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import importlib
import json
import os
import re
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import BinaryIO

import attrs

from articlekit._batch import MAX_INPUT_BYTES, error_record, looks_like_html, mp_context
from articlekit._models import Article, JSONDict
from articlekit._pipeline import parse_html
from articlekit.exceptions import ArticleKitError, ParseError

__all__ = ["WarcPage", "iter_warc", "parse_warcs", "require_warcio", "warc_records"]

INSTALL_HINT = "reading WARC files needs warcio: pip install 'articlekit[warc]'"

# Content types of an HTML page; anything else (images, scripts, JSON) is skipped.
_HTML_TYPE = re.compile(r"\s*(?:text/html|application/xhtml\+xml)\b", re.IGNORECASE)
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([\w.:-]{1,40})", re.IGNORECASE)
_SUCCESS_STATUS_PREFIX = "2"


@attrs.frozen(kw_only=True)
class WarcPage:
    """One HTML response of a WARC file, parsed.

    Attributes:
        url: the URL the response was fetched from (``WARC-Target-URI``).
        article: the article, or ``None`` when parsing failed.
        error: why parsing failed, or ``None`` when it succeeded.
    """

    url: str | None
    article: Article | None = None
    error: ParseError | None = attrs.field(default=None, eq=False)

    def to_record(self, source: str) -> JSONDict:
        """The page as a JSON Lines record, as ``articlekit warc`` writes it.

        Args:
            source: the WARC file the page came from.

        Returns:
            ``{"source": source, **article.to_dict()}``, or
            ``{"source": source, "url": url, "error": "ParseError: …"}`` when
            parsing failed.
        """
        if self.article is None:
            return {"source": source, "url": self.url, "error": f"ParseError: {self.error}"}
        return {"source": source, **self.article.to_dict()}


def require_warcio() -> tuple[ModuleType, ModuleType]:
    """Import warcio's archive iterator and exceptions.

    Returns:
        The modules ``warcio.archiveiterator`` and ``warcio.exceptions``.

    Raises:
        ArticleKitError: warcio is not installed; the message says how to install it.
    """
    try:
        return (
            importlib.import_module("warcio.archiveiterator"),
            importlib.import_module("warcio.exceptions"),
        )
    except ImportError as error:
        raise ArticleKitError(INSTALL_HINT) from error


def _declared_charset(content_type: str) -> str | None:
    # parse_html ignores a name Python does not know.
    match = _CHARSET.search(content_type)
    return None if match is None else match[1]


def _page(body: bytes, content_type: str, url: str | None, now: dt.datetime | None) -> WarcPage:
    try:
        article = parse_html(body, url=url, encoding=_declared_charset(content_type), now=now)
        return WarcPage(url=url, article=article)
    except ParseError as error:
        return WarcPage(url=url, error=error)


def iter_warc(
    source: str | os.PathLike[str] | BinaryIO, *, now: dt.datetime | None = None
) -> Iterator[WarcPage]:
    """Parse every HTML response of a WARC file, in the file's order.

    Response records with a 2xx status and an HTML content type (or none, when
    the body looks like HTML) are parsed with :func:`articlekit.parse_html`,
    given the record's target URL and the charset the HTTP ``Content-Type``
    declares. Other records (requests, metadata, redirects, images) are skipped.

    Args:
        source: the path of a ``.warc`` or ``.warc.gz`` file, or an open binary stream.
        now: the moment of parsing (see :func:`articlekit.parse_html`).

    Yields:
        One :class:`WarcPage` per HTML response; a page that cannot be parsed
        carries its :class:`~articlekit.ParseError` instead of an article.

    Raises:
        ArticleKitError: warcio is not installed.
        ParseError: the file is not a WARC file or is corrupt.
        OSError: the file cannot be opened or read.
    """
    archiveiterator, exceptions = require_warcio()
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:
            yield from _iter_stream(stream, archiveiterator, exceptions, now)
    else:
        yield from _iter_stream(source, archiveiterator, exceptions, now)


def _iter_stream(
    stream: BinaryIO,
    archiveiterator: ModuleType,
    exceptions: ModuleType,
    now: dt.datetime | None,
) -> Iterator[WarcPage]:
    try:
        for record in archiveiterator.ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            http = record.http_headers
            if not str(http.get_statuscode() or "").startswith(_SUCCESS_STATUS_PREFIX):
                continue
            content_type: str = http.get_header("Content-Type") or ""
            if content_type and not _HTML_TYPE.match(content_type):
                # Images, scripts, feeds: skipped unread (the iterator skips their bodies).
                continue
            url: str | None = record.rec_headers.get_header("WARC-Target-URI")
            try:
                body: bytes = record.content_stream().read(MAX_INPUT_BYTES + 1)
            except (OSError, EOFError, zlib.error) as error:
                # A body whose Content-Encoding does not decode: that page only.
                yield WarcPage(url=url, error=ParseError(f"corrupt response body: {error}"))
                continue
            if len(body) > MAX_INPUT_BYTES:
                yield WarcPage(url=url, error=ParseError(f"larger than {MAX_INPUT_BYTES} bytes"))
            elif content_type or looks_like_html(body):
                yield _page(body, content_type, url, now)
    except exceptions.ArchiveLoadFailed as error:
        raise ParseError(f"not a readable WARC file: {error}") from error


def warc_records(source: str, *, now: dt.datetime | None = None) -> Iterator[JSONDict]:
    """The JSON Lines records of one WARC file, as ``articlekit warc`` writes them.

    Args:
        source: the WARC file's path.
        now: the moment of parsing.

    Yields:
        One record per HTML page (:meth:`WarcPage.to_record`); a file that cannot
        be read at all gives one ``{"source", "error"}`` record.

    Raises:
        ArticleKitError: warcio is not installed.
    """
    try:
        for page in iter_warc(source, now=now):
            yield page.to_record(source)
    except (ParseError, OSError) as error:
        yield error_record(source, error)


def _write_part(source: str, part: str, now: dt.datetime | None) -> None:
    with open(part, "w", encoding="utf-8") as stream:
        for record in warc_records(source, now=now):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def parse_warcs(
    sources: Sequence[str], *, jobs: int = 1, now: dt.datetime | None = None
) -> Iterator[JSONDict]:
    """The records of many WARC files, in file order, one worker process per file at a time.

    With ``jobs`` above 1 each file is parsed in a worker that writes its records
    to a part file in a temporary folder; the parts are read back in file order
    and deleted, so memory stays flat however many pages a file holds (the disk
    holds at most the parts not yet read).

    Args:
        sources: the WARC files' paths.
        jobs: the number of worker processes; 1 parses in this process.
        now: the moment of parsing.

    Yields:
        The records of each file (see :func:`warc_records`), file after file.

    Raises:
        ArticleKitError: warcio is not installed.
    """
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield from warc_records(source, now=now)
        return
    require_warcio()
    workers = min(jobs, len(sources))
    with (
        tempfile.TemporaryDirectory(prefix="articlekit-warc-") as scratch,
        concurrent.futures.ProcessPoolExecutor(workers, mp_context=mp_context()) as pool,
    ):
        parts = [os.path.join(scratch, f"{index}.jsonl") for index in range(len(sources))]
        futures = [
            pool.submit(_write_part, source, part, now)
            for source, part in zip(sources, parts, strict=True)
        ]
        try:
            for part, future in zip(parts, futures, strict=True):
                future.result()
                with open(part, encoding="utf-8") as stream:
                    for line in stream:
                        record: JSONDict = json.loads(line)
                        yield record
                os.remove(part)
        finally:
            # A reader that stops early should not wait for files parsed for nothing.
            for future in futures:
                future.cancel()
