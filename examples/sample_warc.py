"""A tiny WARC file for the scale-out examples to run on when no archive is given.

It holds what a crawler's archive holds, in miniature: a request record, two
HTML news pages (one declaring its charset in the HTTP header, one not) and an
image response, which articlekit skips. Written with warcio's own writer, so the
examples read the same record layout as a Common Crawl file.

Run it alone to write one: ``python examples/sample_warc.py sample.warc.gz``.
"""

# warcio is optional (the "warc" extra), may be absent where this is type-checked and
# ships no type hints, hence the ignores on its imports.

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped,import-not-found,unused-ignore]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped,import-not-found,unused-ignore]

# (target URL, Content-Type header, body) of each response record, in order.
SAMPLE_RESPONSES: tuple[tuple[str, str, bytes], ...] = (
    (
        "https://news.example/2024/05/harbour-bridge-approved",
        "text/html; charset=utf-8",
        """<!doctype html><html lang="en"><head>
<title>Harbour bridge approved after long debate | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-14T09:30:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Harbour bridge approved after long debate</h1>
<p class="byline">By Ann Writer</p>
<p>The town council voted on Tuesday to build a footbridge across the old harbour,
ending a dispute that has divided the town for a decade.</p>
<p>“It will change the way people move through the town,” said Mayor Jane Doe.</p>
<p>Construction is due to start next spring and to last about two years.</p>
</article>
<footer>Subscribe to our newsletter</footer>
</body></html>""".encode(),
    ),
    (
        "https://news.example/2024/05/library-reopens",
        "text/html",
        """<!doctype html><html lang="en"><head>
<meta charset="utf-8">
<title>Library reopens months after the flood | Example News</title>
</head><body>
<article>
<h1>Library reopens months after the flood</h1>
<p>The central library opened its doors again on Saturday, eight months after
river water filled its ground floor and ruined thousands of books.</p>
<p>“We lost a lot, but the readers never left us,” the head librarian, Tom Reed, said.</p>
<p>Volunteers spent the winter drying, sorting and cataloguing what could be saved.</p>
</article>
</body></html>""".encode(),
    ),
    ("https://news.example/img/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
)


def write_sample_warc(path: Path) -> Path:
    """Write the sample archive, gzip-compressed record by record as crawlers do.

    Args:
        path: where to write it (conventionally ending in ``.warc.gz``).

    Returns:
        ``path``.
    """
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        get = b"GET /2024/05/harbour-bridge-approved HTTP/1.1\r\nHost: news.example\r\n\r\n"
        # Passing each payload's length spares warcio a temporary file it would leave open.
        writer.write_record(
            writer.create_warc_record(
                SAMPLE_RESPONSES[0][0], "request", payload=io.BytesIO(get), length=len(get)
            )
        )
        for url, content_type, body in SAMPLE_RESPONSES:
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
            )
            writer.write_record(record)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Write the sample archive to the path given on the command line."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python examples/sample_warc.py OUT.warc.gz", file=sys.stderr)
        return 2
    print(write_sample_warc(Path(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
