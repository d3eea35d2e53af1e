"""Articles from WARC files (articlekit._warc and `articlekit warc`)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from articlekit import ArticleKitError, ParseError
from articlekit._warc import iter_warc, require_warcio
from articlekit.cli import main


def _page(title: str) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>The council met on Monday and agreed the plan after a long debate.</p>"
        "<p>Work on the new harbour wall starts in spring and lasts two years.</p>"
        "</article></body></html>"
    )


# (url, status line, content type, body)
Response = tuple[str, str, str, bytes]


def _write_warc(path: Path, responses: list[Response], *, compress: bool = True) -> Path:
    """Write a WARC file with one response record per entry (and one request record)."""
    warcwriter = pytest.importorskip("warcio.warcwriter")
    statusandheaders = pytest.importorskip("warcio.statusandheaders")
    with path.open("wb") as stream:
        writer = warcwriter.WARCWriter(stream, gzip=compress)
        get = b"GET / HTTP/1.1\r\n\r\n"
        # Giving each length spares warcio a temporary file it would leave open.
        request = writer.create_warc_record(
            "https://news.example/", "request", payload=io.BytesIO(get), length=len(get)
        )
        writer.write_record(request)
        for url, status, content_type, body in responses:
            headers = [("Content-Type", content_type)] if content_type else []
            http = statusandheaders.StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
            )
            writer.write_record(record)
    return path


def test_html_responses_are_parsed_with_their_url(tmp_path: Path) -> None:
    """Each 2xx HTML response becomes an article carrying its target URL."""
    warc = _write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://news.example/a", "200 OK", "text/html", _page("Harbour wall").encode()),
            ("https://news.example/b", "200 OK", "text/html; charset=utf-8", _page("B").encode()),
        ],
    )
    pages = list(iter_warc(warc))
    assert ["https://news.example/a", "https://news.example/b"] == [page.url for page in pages]
    assert pages[0].article is not None
    assert "https://news.example/a" == pages[0].article.url
    assert "Harbour wall" == pages[0].article.title


def test_other_records_are_skipped(tmp_path: Path) -> None:
    """Requests, images and non-2xx responses are not pages."""
    warc = _write_warc(
        tmp_path / "crawl.warc",
        [
            ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://news.example/gone", "404 Not Found", "text/html", _page("Gone").encode()),
            ("https://news.example/ok", "200 OK", "application/xhtml+xml", _page("Ok").encode()),
        ],
        compress=False,
    )
    assert ["https://news.example/ok"] == [page.url for page in iter_warc(warc)]


def test_header_charset_decodes_the_body(tmp_path: Path) -> None:
    """The charset of the HTTP Content-Type decides how the body is decoded."""
    body = _page("Sturm über der Küste").encode("iso-8859-1")
    warc = _write_warc(
        tmp_path / "crawl.warc.gz",
        [("https://news.example/k", "200 OK", "text/html; charset=ISO-8859-1", body)],
    )
    (page,) = iter_warc(warc)
    assert page.article is not None
    assert "Sturm über der Küste" == page.article.title


def test_unparseable_page_carries_its_error(tmp_path: Path) -> None:
    """A response that cannot become a document is reported with its ParseError."""
    warc = _write_warc(
        tmp_path / "crawl.warc.gz", [("https://news.example/e", "200 OK", "text/html", b"  ")]
    )
    (page,) = iter_warc(warc)
    assert page.article is None
    assert isinstance(page.error, ParseError)


def test_reads_from_a_stream(tmp_path: Path) -> None:
    """An open binary stream is read like a path."""
    warc = _write_warc(
        tmp_path / "crawl.warc.gz",
        [("https://news.example/a", "200 OK", "text/html", _page("Stream").encode())],
    )
    with warc.open("rb") as stream:
        assert ["https://news.example/a"] == [page.url for page in iter_warc(stream)]


def test_not_a_warc_file_is_a_parse_error(tmp_path: Path) -> None:
    """A file that is not WARC raises ParseError."""
    pytest.importorskip("warcio")
    path = tmp_path / "page.warc"
    path.write_bytes(b"<html><body>not an archive</body></html>")
    with pytest.raises(ParseError, match="not a readable WARC"):
        list(iter_warc(path))


def test_missing_warcio_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without warcio the error says how to install it."""
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(ArticleKitError, match=r"pip install 'articlekit\[warc\]'"):
        require_warcio()


def test_cli_missing_warcio_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`articlekit warc` without warcio is a one-line error, exit 1."""
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    assert 1 == main(["warc", "crawl.warc.gz"])
    assert "pip install 'articlekit[warc]'" in capsys.readouterr().err


def test_cli_warc_to_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`articlekit warc FILE -o out.jsonl` writes one record per page with source and url."""
    warc = _write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://news.example/a", "200 OK", "text/html", _page("Harbour wall").encode()),
            ("https://news.example/e", "200 OK", "text/html", b" "),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert 1 == main(["warc", str(warc), "-o", str(out)])
    good, bad = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert (str(warc), "https://news.example/a") == (good["source"], good["url"])
    assert ["source", "url", "error"] == list(bad)
    assert "2 pages, 1 failed" in capsys.readouterr().err


def test_cli_unreadable_warc_is_a_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing WARC file becomes an error record and exit status 1."""
    pytest.importorskip("warcio")
    missing = str(tmp_path / "missing.warc.gz")
    assert 1 == main(["warc", missing])
    record = json.loads(capsys.readouterr().out)
    assert {"source": missing, "error": "FileNotFoundError: No such file or directory"} == record


def test_gzip_content_encoding_is_decoded(tmp_path: Path) -> None:
    """A body sent with Content-Encoding: gzip is decompressed before parsing."""
    warcwriter = pytest.importorskip("warcio.warcwriter")
    statusandheaders = pytest.importorskip("warcio.statusandheaders")
    body = gzip.compress(_page("Zipped page").encode())
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = warcwriter.WARCWriter(stream, gzip=True)
        http = statusandheaders.StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/z",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=http,
            )
        )
    (page,) = iter_warc(path)
    assert page.article is not None
    assert "Zipped page" == page.article.title


def test_untyped_response_is_sniffed(tmp_path: Path) -> None:
    """A response without Content-Type is parsed when its body looks like HTML."""
    warc = _write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://news.example/a", "200 OK", "", _page("Untyped").encode()),
            ("https://news.example/b", "200 OK", "", b"\x00\x01binary"),
        ],
    )
    assert ["https://news.example/a"] == [page.url for page in iter_warc(warc)]


def test_cli_warc_jobs_keeps_file_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`warc --jobs 2` over three files writes the same lines as one process, in file order."""
    files = []
    for index in range(3):
        url = f"https://news.example/{index}"
        warc = _write_warc(
            tmp_path / f"{index}.warc.gz",
            [(url, "200 OK", "text/html", _page(f"P{index}").encode())],
        )
        files.append(str(warc))
    now = ["--now", "2024-01-01"]
    assert 0 == main(["warc", *files, *now])
    serial = capsys.readouterr().out
    assert 0 == main(["warc", *files, "--jobs", "2", *now])
    parallel = capsys.readouterr().out
    assert serial == parallel
    assert files == [json.loads(line)["source"] for line in parallel.splitlines()]
