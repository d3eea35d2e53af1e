"""Reading inputs and parsing many of them (articlekit._batch)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from articlekit import ParseError, _batch
from articlekit._batch import decode_text, looks_like_html, read_input, url_from_filename


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body><p>x</p></body></html>",
        b"\n\n  <html lang='en'><p>x</p></html>",
        b"\xef\xbb\xbf<!doctype html><p>x</p>",
        b"<?xml version='1.0'?><html/>",
        b"<!-- saved page --><div>x</div>",
        b"<div class='story'><p>x</p></div>",
        b"Saved from a browser\n<html><head><title>x</title></head></html>",
    ],
)
def test_html_is_detected(data: bytes) -> None:
    """Leading markup or a document-only tag near the start means HTML."""
    assert looks_like_html(data)


@pytest.mark.parametrize(
    "data",
    [
        b"!-- Google tag (gtag.js) -->\n\nHeadline\n\nBody text here.",
        b"Headline\n\nA paragraph with a <br> tag copied along.",
        b"Rates < 5% and > 2% this year, the bank said.",
        b"",
    ],
)
def test_text_is_detected(data: bytes) -> None:
    """Text with a stray tag remnant or angle brackets stays text."""
    assert not looks_like_html(data)


def test_utf16_html_is_detected() -> None:
    """A UTF-16 page is still recognised as HTML."""
    assert looks_like_html("<!doctype html><p>x</p>".encode("utf-16-le"))


def test_read_input_decompresses_gzip(tmp_path: Path) -> None:
    """Gzip data is recognised by its magic bytes and decompressed."""
    path = tmp_path / "page"
    path.write_bytes(gzip.compress(b"hello"))
    assert b"hello" == read_input(path)


def test_read_input_from_stream() -> None:
    """A binary stream is read like a file."""
    assert b"hello" == read_input(io.BytesIO(b"hello"))


def test_read_input_limits_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """An input past the size limit is a ParseError, not a memory blow-up."""
    monkeypatch.setattr(_batch, "MAX_INPUT_BYTES", 10)
    with pytest.raises(ParseError, match="larger than"):
        read_input(io.BytesIO(b"x" * 11))


def test_read_input_limits_decompressed_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limit applies after decompression too (gzip bombs)."""
    monkeypatch.setattr(_batch, "MAX_INPUT_BYTES", 100)
    with pytest.raises(ParseError, match="larger than"):
        read_input(io.BytesIO(gzip.compress(b"x" * 1000)))


def test_read_input_corrupt_gzip() -> None:
    """Corrupt gzip data is a ParseError."""
    with pytest.raises(ParseError, match="corrupt gzip"):
        read_input(io.BytesIO(gzip.compress(b"hello world")[:15]))


def test_decode_text_utf8_bom() -> None:
    """A UTF-8 byte order mark is dropped."""
    assert "Küste" == decode_text("\ufeffKüste".encode())


def test_decode_text_legacy_charset() -> None:
    """Text that is not UTF-8 is decoded with the detected charset."""
    text = "Der Sturm über der Küste hat viele Häuser beschädigt, sagte die Behörde."
    assert text == decode_text(text.encode("cp1252"))


def test_url_from_filename() -> None:
    """A percent-encoded URL file name gives the URL, without page suffixes."""
    expected = "https://news.example/a/story"
    assert expected == url_from_filename("/x/https%3A%2F%2Fnews.example%2Fa%2Fstory.html.gz")


def test_url_from_plain_filename_is_none() -> None:
    """An ordinary file name gives no URL."""
    assert url_from_filename("story.html") is None


STORY = "Storm hits coast\n\nThe storm reached the coast on Monday night and cut power.\n"


def _tree(root: Path) -> None:
    (root / "sub" / ".hidden").mkdir(parents=True)
    (root / "b.txt").write_text(STORY)
    (root / "sub" / "a.html.gz").write_bytes(gzip.compress(STORY.encode()))
    (root / "sub" / "notes.csv").write_text("x,y\n")
    (root / "sub" / ".hidden" / "c.txt").write_text(STORY)


def test_iter_sources_walks_folders_for_page_files(tmp_path: Path) -> None:
    """A folder gives its page files recursively, sorted, hidden ones and others skipped."""
    _tree(tmp_path)
    expected = [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.html.gz")]
    assert expected == list(_batch.iter_sources([str(tmp_path)]))


def test_iter_sources_expands_globs(tmp_path: Path) -> None:
    """A glob pattern, ** included, gives its matches."""
    _tree(tmp_path)
    expected = [str(tmp_path / "sub" / "a.html.gz")]
    assert expected == list(_batch.iter_sources([f"{tmp_path}/**/*.gz"]))


def test_iter_sources_keeps_missing_paths(tmp_path: Path) -> None:
    """A path that matches nothing is passed on so its error is reported in place."""
    missing = str(tmp_path / "nope*.html")
    assert [missing] == list(_batch.iter_sources([missing]))


def test_parse_record_success(tmp_path: Path) -> None:
    """A record is the article's dict with the source first."""
    path = tmp_path / "b.txt"
    path.write_text(STORY)
    record = _batch.parse_record(str(path))
    assert ["source", "url"] == list(record)[:2]
    assert "Storm hits coast" == record["title"]


def test_parse_record_error(tmp_path: Path) -> None:
    """An input that cannot be parsed becomes a source/error record."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"   ")
    record = _batch.parse_record(str(path))
    assert ["source", "error"] == list(record)
    assert record["error"].startswith("ParseError: ")


def test_parse_record_url_from_name(tmp_path: Path) -> None:
    """url_from_name puts the URL encoded in the file name on the article."""
    path = tmp_path / "https%3A%2F%2Fnews.example%2Fstorm.txt"
    path.write_text(STORY)
    assert "https://news.example/storm" == _batch.parse_record(str(path), url_from_name=True)["url"]


def test_parse_many_in_processes_keeps_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With two workers and tiny chunks the records still come in input order."""
    monkeypatch.setattr(_batch, "CHUNK_SIZE", 2)
    sources = []
    for index in range(7):
        path = tmp_path / f"{index}.txt"
        path.write_text(f"Headline number {index}\n\nBody text of story {index} goes here.\n")
        sources.append(str(path))
    sources.insert(3, str(tmp_path / "missing.txt"))
    records = list(_batch.parse_many(iter(sources), jobs=2))
    assert sources == [record["source"] for record in records]
    assert "error" in records[3]
    assert "Headline number 6" == records[-1]["title"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_wide_html_with_byte_order_mark_is_detected(encoding: str) -> None:
    """A UTF-16 or UTF-32 page with its byte order mark is HTML."""
    page = "<!doctype html><p>x</p>"
    # "utf-16" and "utf-32" write their own byte order mark; the -be codecs do not.
    bom = "\ufeff" if encoding.endswith("-be") else ""
    assert looks_like_html((bom + page).encode(encoding))
