"""The ``articlekit`` command line.

Forms::

    articlekit FILE [--format json|markdown|text] [--url URL] [--now WHEN] [-o OUT]
    articlekit parse PATH... [-o out.jsonl | --out-dir DIR] [--jobs N] [--url-from-filename]
    articlekit warc FILE... [-o out.jsonl]
    articlekit view FILE [-o review.html]

``FILE`` may be ``-`` for standard input; inputs may be HTML or plain text,
gzip-compressed or not. Exit status: 0 on success, 1 when an input could not be
read or parsed, 2 on a usage error. User errors print one line on standard
error, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TextIO

from articlekit._batch import (
    iter_sources,
    page_stem,
    parse_input,
    parse_many,
    read_input,
)
from articlekit._models import Article, JSONDict
from articlekit._render import render_markdown, render_review_html, render_text
from articlekit._warc import parse_warcs, require_warcio
from articlekit.exceptions import ArticleKitError

__all__ = ["main"]

PROG = "articlekit"
EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
# What a shell reports for a command stopped by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130
STDIN_NAME = "-"

_FORMATTERS: dict[str, Callable[[Article], str]] = {
    "json": lambda article: json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n",
    "markdown": render_markdown,
    "text": render_text,
}


def _parse_now(value: str) -> dt.datetime:
    """Read ``--now``: an ISO 8601 date or date and time."""
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or time: {value!r}") from error
    # A moment without zone is read as UTC, so that runs agree across machines.
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now",
        type=_parse_now,
        metavar="WHEN",
        help=(
            "the moment of parsing, ISO 8601, UTC when no zone is given "
            "(no later date is accepted); default: the clock"
        ),
    )


def _single_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract a news article from an HTML page or a text file.",
        epilog=(
            "Other commands: 'articlekit parse PATH...' (many inputs to JSON Lines), "
            "'articlekit warc FILE...' (WARC archives to JSON Lines), "
            "'articlekit view FILE' (an HTML review page). "
            "Run 'articlekit COMMAND --help' for their options."
        ),
    )
    parser.add_argument(
        "file", metavar="FILE", help="the page (HTML or text, gzip too); - for stdin"
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=sorted(_FORMATTERS),
        default="json",
        help="output format (default: json, the Article as Article.to_dict() gives it)",
    )
    parser.add_argument("--url", help="the page's URL (resolves relative links)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    _add_common_options(parser)
    return parser


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _read_and_parse(name: str, *, url: str | None, now: dt.datetime | None) -> Article | None:
    """Read and parse one input; on failure print why and return ``None``."""
    try:
        if name == STDIN_NAME and sys.stdin is None:
            _error("no standard input to read")
            return None
        data = read_input(sys.stdin.buffer if name == STDIN_NAME else name)
        return parse_input(data, url=url, now=now)
    except OSError as error:
        _error(f"cannot read {name}: {error.strerror or error}")
    except ArticleKitError as error:
        _error(f"cannot parse {name}: {error}")
    return None


def _write(text: str, output: str | None) -> int:
    if output is None or output == STDIN_NAME:
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    try:
        with open(output, "w", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        _error(f"cannot write {output}: {error.strerror or error}")
        return EXIT_INPUT_ERROR
    return EXIT_OK


def _run_single(args: argparse.Namespace) -> int:
    article = _read_and_parse(args.file, url=args.url, now=args.now)
    if article is None:
        return EXIT_INPUT_ERROR
    return _write(_FORMATTERS[args.format](article), args.output)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from error
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number


def _command_parser(command: str, description: str) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(prog=f"{PROG} {command}", description=description)


def _add_jsonl_output(parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.jsonl",
        help="write the JSON Lines here (written to OUT.jsonl.tmp, then renamed); default: stdout",
    )


def _add_jobs(parser: argparse.ArgumentParser, description: str) -> None:
    parser.add_argument(
        "-j", "--jobs", type=_positive_int, default=1, metavar="N", help=description
    )


def _parse_parser() -> argparse.ArgumentParser:
    parser = _command_parser(
        "parse",
        (
            "Parse many pages (HTML or text, gzip too) into JSON Lines: one record per input, "
            'the article plus "source", or {"source", "error"} when it failed.'
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, folders (walked recursively for .html/.htm/.txt files, .gz too) or globs",
    )
    outputs = parser.add_mutually_exclusive_group()
    _add_jsonl_output(outputs)
    outputs.add_argument(
        "--out-dir", metavar="DIR", help="write one NAME.json per input into DIR instead"
    )
    _add_jobs(parser, "parse in N worker processes (default: 1, in this process)")
    parser.add_argument(
        "--url-from-filename",
        action="store_true",
        help="read each page's URL from its percent-encoded file name (https%%3A%%2F%%2F...)",
    )
    _add_common_options(parser)
    return parser


def _with_progress(records: Iterator[JSONDict]) -> Iterator[JSONDict]:
    """Wrap the records in a tqdm progress bar when stderr is a terminal and tqdm installed."""
    if not sys.stderr.isatty():
        return records
    try:
        # tqdm is the optional extra "progress"; a well-kept bar beats one of our own.
        tqdm = importlib.import_module("tqdm")
    except ImportError:
        return records
    bar: Iterator[JSONDict] = tqdm.tqdm(records, unit="page", file=sys.stderr)
    return bar


def _dump_line(record: JSONDict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


class _Summary:
    """Counts records as they pass and prints the closing line."""

    def __init__(self) -> None:
        self.pages = 0
        self.failures = 0
        self.started = time.monotonic()

    def count(self, records: Iterable[JSONDict]) -> Iterator[JSONDict]:
        for record in records:
            self.pages += 1
            if "error" in record:
                self.failures += 1
            yield record

    def report(self) -> int:
        seconds = time.monotonic() - self.started
        print(
            f"{PROG}: {self.pages} pages, {self.failures} failed, {seconds:.1f} s",
            file=sys.stderr,
        )
        return EXIT_INPUT_ERROR if self.failures else EXIT_OK


def _write_jsonl(records: Iterable[JSONDict], output: str | None) -> bool:
    """Write records as JSON Lines to stdout or, via a temporary file, to OUTPUT."""
    if output is None or output == STDIN_NAME:
        for record in records:
            sys.stdout.write(_dump_line(record))
        sys.stdout.flush()
        return True
    partial = output + ".tmp"
    try:
        with open(partial, "w", encoding="utf-8") as stream:
            for record in records:
                stream.write(_dump_line(record))
        os.replace(partial, output)
    except OSError as error:
        _error(f"cannot write {output}: {error.strerror or error}")
        return False
    return True


def _write_out_dir(records: Iterable[JSONDict], folder: str) -> bool:
    """Write each record to FOLDER/NAME.json, NAME from its source, made unique."""
    used: set[str] = set()
    try:
        os.makedirs(folder, exist_ok=True)
        for record in records:
            stem = page_stem(str(record["source"])) or "page"
            name, number = stem, 1
            while name in used:
                number += 1
                name = f"{stem}-{number}"
            used.add(name)
            with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as stream:
                json.dump(record, stream, ensure_ascii=False, indent=2)
    except OSError as error:
        _error(f"cannot write to {folder}: {error.strerror or error}")
        return False
    return True


def _run_parse(args: argparse.Namespace) -> int:
    summary = _Summary()
    records = parse_many(
        iter_sources(args.paths),
        jobs=args.jobs,
        url_from_name=args.url_from_filename,
        now=args.now,
    )
    counted = summary.count(_with_progress(records))
    if args.out_dir is not None:
        written = _write_out_dir(counted, args.out_dir)
    else:
        written = _write_jsonl(counted, args.output)
    status = summary.report()
    return status if written else EXIT_INPUT_ERROR


def _warc_parser() -> argparse.ArgumentParser:
    parser = _command_parser(
        "warc",
        (
            "Parse the HTML responses of WARC files (.warc, .warc.gz) into JSON Lines: one "
            'record per page, the article plus "source" (the WARC file), or '
            '{"source", "url", "error"} when it failed. Needs warcio: '
            "pip install 'articlekit[warc]'."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="WARC files")
    _add_jsonl_output(parser)
    _add_jobs(parser, "parse N files at a time, each in a worker process (default: 1, here)")
    _add_common_options(parser)
    return parser


def _run_warc(args: argparse.Namespace) -> int:
    try:
        require_warcio()
    except ArticleKitError as error:
        _error(str(error))
        return EXIT_INPUT_ERROR
    summary = _Summary()
    records = parse_warcs(args.files, jobs=args.jobs, now=args.now)
    written = _write_jsonl(summary.count(_with_progress(records)), args.output)
    status = summary.report()
    return status if written else EXIT_INPUT_ERROR


def _view_parser() -> argparse.ArgumentParser:
    parser = _command_parser(
        "view",
        (
            "Write one self-contained HTML page (inline CSS, no script, nothing loaded) "
            "for reviewing an extraction: metadata, main text with every quote marked "
            "and its speaker beside it, images with caption and credit."
        ),
    )
    parser.add_argument(
        "file", metavar="FILE", help="the page (HTML or text, gzip too); - for stdin"
    )
    parser.add_argument("-o", "--output", metavar="REVIEW.html", help="default: stdout")
    parser.add_argument("--url", help="the page's URL (resolves relative links)")
    _add_common_options(parser)
    return parser


def _run_view(args: argparse.Namespace) -> int:
    article = _read_and_parse(args.file, url=args.url, now=args.now)
    if article is None:
        return EXIT_INPUT_ERROR
    return _write(render_review_html(article), args.output)


_COMMANDS: dict[
    str, tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]
] = {
    "parse": (_parse_parser, _run_parse),
    "warc": (_warc_parser, _run_warc),
    "view": (_view_parser, _run_view),
}


def _parse_args(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace | int:
    """Parse the arguments; return the exit status instead where argparse exits."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse exits 2 on a usage error (after printing it) and 0 after --help.
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE


def _select(
    args: list[str],
) -> tuple[argparse.ArgumentParser, Callable[[argparse.Namespace], int], list[str]]:
    """The parser and runner the first argument names, and the arguments left for them."""
    if args and args[0] in _COMMANDS:
        make_parser, run = _COMMANDS[args[0]]
        return make_parser(), run, args[1:]
    return _single_parser(), _run_single, args


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: the arguments, without the program name; default ``sys.argv[1:]``.

    Returns:
        The exit status: 0 on success, 1 when an input could not be read or
        parsed, 2 on a usage error.
    """
    parser, run, args = _select(sys.argv[1:] if argv is None else list(argv))
    namespace = _parse_args(parser, args)
    if isinstance(namespace, int):
        return namespace
    try:
        return run(namespace)
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``articlekit page.html | head``): not an error of ours.
        _silence_stdout(sys.stdout)
        return EXIT_OK


def _silence_stdout(stream: TextIO) -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    # Without a real file descriptor (captured output) there is nothing left to flush.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
