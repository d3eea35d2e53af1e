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
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from articlekit._batch import parse_input, read_input
from articlekit._models import Article
from articlekit._render import render_markdown, render_text
from articlekit.exceptions import ArticleKitError

__all__ = ["main"]

PROG = "articlekit"
EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
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
    return when


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now",
        type=_parse_now,
        metavar="WHEN",
        help="the moment of parsing, ISO 8601 (no later date is accepted); default: the clock",
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


_COMMANDS: dict[
    str, tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]
] = {}


def _parse_args(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace | int:
    """Parse the arguments; return the exit status instead where argparse exits."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse exits 2 on a usage error (after printing it) and 0 after --help.
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: the arguments, without the program name; default ``sys.argv[1:]``.

    Returns:
        The exit status: 0 on success, 1 when an input could not be read or
        parsed, 2 on a usage error.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    if args and args[0] in _COMMANDS:
        make_parser, run = _COMMANDS[args[0]]
        parser, args = make_parser(), args[1:]
    else:
        parser, run = _single_parser(), _run_single
    namespace = _parse_args(parser, args)
    if isinstance(namespace, int):
        return namespace
    try:
        return run(namespace)
    except BrokenPipeError:
        # The reader went away (``articlekit page.html | head``): not an error of ours.
        _silence_stdout(sys.stdout)
        return EXIT_OK


def _silence_stdout(stream: TextIO) -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    # Without a real file descriptor (captured output) there is nothing left to flush.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
