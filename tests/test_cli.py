"""The command line, run in-process through cli.main."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import io
import json
import re
import shlex
import subprocess
import sys
import tempfile
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import cli
from articlekit._models import JSONDict
from articlekit.cli import main
from strategies import encoded_pages

PAGE = (
    "<!doctype html><html><head><title>Storm hits coast</title></head>"
    "<body><article><h1>Storm hits coast</h1>"
    "<p>The storm reached the coast on Monday night and cut power to many homes.</p>"
    "<p>Crews worked through the night to restore the lines in every district.</p>"
    "</article></body></html>"
)
TEXT = (
    "Storm hits coast\n\n"
    "The storm reached the coast on Monday night and cut power to many homes.\n\n"
    "Crews worked through the night to restore the lines in every district.\n"
)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _json_out(capsys: pytest.CaptureFixture[str]) -> Any:
    return json.loads(capsys.readouterr().out)


def test_text_file_prints_article_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A text file is parsed as text and printed as the Article's JSON."""
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert 0 == main([str(path)])
    assert "Storm hits coast" == _json_out(capsys)["title"]


def test_html_file_prints_article_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An HTML file is parsed as HTML: its main text reaches the JSON."""
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    assert 0 == main([str(path)])
    assert "Crews worked" in _json_out(capsys)["text"]


def test_gzip_input_is_decompressed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gzip-compressed file is read by its magic bytes, whatever its name."""
    path = tmp_path / "story.bin"
    path.write_bytes(gzip.compress(TEXT.encode()))
    assert 0 == main([str(path)])
    assert "Storm hits coast" == _json_out(capsys)["title"]


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`-` reads the page from standard input."""
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert 0 == main(["-"])
    assert "Storm hits coast" == _json_out(capsys)["title"]


def test_json_keeps_non_ascii(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON is written with ensure_ascii=False and indented."""
    path = tmp_path / "story.txt"
    path.write_text("Sturm über der Küste\n\nDer Sturm erreichte die Küste am Montag.\n")
    assert 0 == main([str(path)])
    out = capsys.readouterr().out
    assert "Küste" in out
    assert out.startswith('{\n  "')


def test_url_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--url is passed to the parser and lands in the article."""
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    assert 0 == main([str(path), "--url", "https://news.example/storm"])
    assert "https://news.example/storm" == _json_out(capsys)["url"]


def test_format_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format markdown prints the headline as a level-1 heading."""
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    assert 0 == main([str(path), "--format", "markdown"])
    assert "# Storm hits coast" == capsys.readouterr().out.splitlines()[0]


def test_format_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format text prints the headline on the first line."""
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    assert 0 == main([str(path), "-f", "text"])
    assert "Storm hits coast" == capsys.readouterr().out.splitlines()[0]


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o writes the output to a file and nothing to stdout."""
    path, out = tmp_path / "story.txt", tmp_path / "out.json"
    path.write_text(TEXT)
    assert 0 == main([str(path), "-o", str(out)])
    assert "" == capsys.readouterr().out
    assert "Storm hits coast" == json.loads(out.read_text(encoding="utf-8"))["title"]


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is one line on stderr and exit status 1."""
    assert 1 == main([str(tmp_path / "nope.html")])
    err = capsys.readouterr().err
    assert 1 == len(err.splitlines())
    assert "No such file" in err


def test_empty_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An input that cannot become a document (empty) is a one-line error, exit 1."""
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert 1 == main([str(path)])
    err = capsys.readouterr().err
    assert err.startswith("articlekit: error: cannot parse")
    assert "Traceback" not in err


def test_corrupt_gzip_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A truncated gzip stream is reported, not raised."""
    path = tmp_path / "story.gz"
    path.write_bytes(gzip.compress(TEXT.encode())[:20])
    assert 1 == main([str(path)])
    assert "gzip" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown option is a usage error: exit status 2."""
    assert 2 == main(["--no-such-option", "x"])
    assert "usage:" in capsys.readouterr().err


def test_bad_format_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --format is a usage error."""
    assert 2 == main([str(tmp_path / "x.txt"), "--format", "pdf"])
    capsys.readouterr()


def test_bad_now_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """--now that is not ISO 8601 is a usage error."""
    assert 2 == main(["x.txt", "--now", "yesterday"])
    assert "ISO 8601" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """--help prints the usage and exits 0, naming the other commands."""
    assert 0 == main(["--help"])
    assert "articlekit parse" in capsys.readouterr().out


def test_python_dash_m_runs_on_seed() -> None:
    """`python -m articlekit examples/seed.txt` prints the seed's article as JSON."""
    result = subprocess.run(
        [sys.executable, "-m", "articlekit", str(EXAMPLES / "seed.txt")],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert 0 == result.returncode, result.stderr.decode()
    article = json.loads(result.stdout.decode("utf-8"))
    assert article["title"].startswith("Ukraine Makes")


def _pages(root: Path) -> list[Path]:
    paths = [root / "one.txt", root / "deep" / "two.html"]
    paths[1].parent.mkdir()
    paths[0].write_text(TEXT)
    paths[1].write_text(PAGE)
    return paths


def test_parse_writes_jsonl_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse` writes one JSON line per input, in input order, with its source."""
    one, two = _pages(tmp_path)
    out = tmp_path / "out.jsonl"
    assert 0 == main(["parse", str(two), str(one), "-o", str(out)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [str(two), str(one)] == [record["source"] for record in records]
    assert not (tmp_path / "out.jsonl.tmp").exists()
    assert capsys.readouterr().err.startswith("articlekit: 2 pages, 0 failed, ")


def test_parse_folder_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder is walked recursively, its own files first; without -o lines go to stdout."""
    one, two = _pages(tmp_path)
    assert 0 == main(["parse", str(tmp_path)])
    lines = capsys.readouterr().out.splitlines()
    assert [str(one), str(two)] == [json.loads(line)["source"] for line in lines]


def test_parse_failure_is_a_record_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failed input becomes an error record; the run exits 1 and counts it."""
    one, _ = _pages(tmp_path)
    missing = tmp_path / "missing.html"
    assert 1 == main(["parse", str(one), str(missing)])
    captured = capsys.readouterr()
    last = json.loads(captured.out.splitlines()[-1])
    assert {"source": str(missing), "error": "FileNotFoundError: No such file or directory"} == last
    assert "2 pages, 1 failed" in captured.err


def test_parse_out_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--out-dir writes one NAME.json per input, names made unique."""
    one, _ = _pages(tmp_path)
    twin = tmp_path / "deep" / "one.txt"
    twin.write_text(TEXT)
    out = tmp_path / "out"
    assert 0 == main(["parse", str(one), str(twin), "--out-dir", str(out)])
    capsys.readouterr()
    assert ["one-2.json", "one.json"] == sorted(path.name for path in out.iterdir())
    assert str(twin) == json.loads((out / "one-2.json").read_text(encoding="utf-8"))["source"]


def test_parse_with_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs 2 parses in worker processes and gives the same records."""
    one, two = _pages(tmp_path)
    assert 0 == main(["parse", str(one), str(two), "--now", "2024-01-01T00:00:00+00:00"])
    serial = capsys.readouterr().out
    assert 0 == main(["parse", str(one), str(two), "-j", "2", "--now", "2024-01-01T00:00:00+00:00"])
    assert serial == capsys.readouterr().out


def test_parse_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs 0 is a usage error."""
    assert 2 == main(["parse", "x.html", "--jobs", "0"])
    assert "at least 1" in capsys.readouterr().err


def test_parse_output_and_out_dir_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    """-o and --out-dir together are a usage error."""
    assert 2 == main(["parse", "x.html", "-o", "a.jsonl", "--out-dir", "d"])
    capsys.readouterr()


def test_parse_without_tty_has_no_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When stderr is not a terminal, stderr holds only the summary line."""
    one, _ = _pages(tmp_path)
    assert 0 == main(["parse", str(one)])
    assert 1 == len(capsys.readouterr().err.splitlines())


def test_file_named_parse_needs_dot_slash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file literally called 'parse' is read in the single form as ./parse."""
    path = tmp_path / "parse"
    path.write_text(TEXT)
    assert 0 == main([f"{tmp_path}/parse"])
    assert "Storm hits coast" == _json_out(capsys)["title"]


def test_view_writes_review_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`view FILE -o review.html` writes an HTML page with the headline."""
    path, out = tmp_path / "story.txt", tmp_path / "review.html"
    path.write_text(TEXT)
    assert 0 == main(["view", str(path), "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<h1>Storm hits coast</h1>" in page
    assert "" == capsys.readouterr().out


def test_view_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`view` of a missing file is a one-line error, exit 1."""
    assert 1 == main(["view", str(tmp_path / "nope.txt")])
    assert 1 == len(capsys.readouterr().err.splitlines())


DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
_BASH_BLOCK = re.compile(r"^```bash\n(.*?)^```", re.MULTILINE | re.DOTALL)
# An articlekit command in a shell line, up to a redirection or a comment.
_DOC_COMMAND = re.compile(r"(?:^|\| )articlekit ([^>#\n]*)", re.MULTILINE)


def _documented_commands() -> list[str]:
    blocks = _BASH_BLOCK.findall(DOCS.read_text(encoding="utf-8"))
    return [match.strip() for block in blocks for match in _DOC_COMMAND.findall(block)]


def test_docs_show_every_command() -> None:
    """docs/cli.md shows the single form and every subcommand."""
    firsts = {command.split()[0] for command in _documented_commands()}
    assert {"parse", "warc", "view"} <= firsts
    assert firsts - {"parse", "warc", "view"}


@pytest.mark.parametrize("command", _documented_commands())
def test_documented_command_parses(command: str) -> None:
    """Every articlekit command line in docs/cli.md is accepted by the argument parser."""
    parser, _, args = cli._select(shlex.split(command))
    parser.parse_args(args)


@given(data=st.one_of(st.binary(max_size=300), encoded_pages()))
def test_any_bytes_give_json_or_one_line_error(data: bytes) -> None:
    """Whatever the bytes, the CLI exits 0 with JSON or 1 with one line, never a traceback."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([str(path), "--now", "2024-01-01"])
    if status == 0:
        assert isinstance(json.loads(out.getvalue()), dict)
    else:
        assert 1 == status
        assert 1 == len(err.getvalue().splitlines())


def test_now_without_zone_is_utc() -> None:
    """--now without a zone is read as UTC."""
    expected = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert expected == cli._parse_now("2024-01-01")


def test_progress_bar_on_a_terminal_uses_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    """With stderr a terminal and tqdm importable, the records pass through tqdm."""
    calls: list[dict[str, object]] = []

    def fake_tqdm(iterable: Iterator[JSONDict], **options: object) -> Iterator[JSONDict]:
        calls.append(options)
        return iterable

    fake = types.ModuleType("tqdm")
    fake.__dict__["tqdm"] = fake_tqdm
    monkeypatch.setitem(sys.modules, "tqdm", fake)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert [{}] == list(cli._with_progress(iter([{}])))
    assert [{"unit": "page", "file": sys.stderr}] == calls


def test_no_progress_bar_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without tqdm, a terminal gets no bar and the records pass unchanged."""
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    records: Iterator[JSONDict] = iter([{}])
    assert records is cli._with_progress(records)
