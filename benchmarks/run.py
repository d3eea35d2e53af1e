"""Run articlekit and its peers on the development data and print one markdown table.

Usage (from the repository root)::

    python -m benchmarks.run [--data ../shared/data] [--sets aeb,fundus,trafilatura,polnear]
        [--peers trafilatura,newspaper4k,goose3,readability] [--limit N]
        [--out docs/benchmarks.md] [--failures FIELD]

Stages, each its own function: load the sets, run every system on the same raw bytes
(timing each), score with :mod:`benchmarks.scoring`, measure speed against a bare lxml
parse and articlekit's peak memory, render the table (and the report file).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import importlib.metadata
import json
import logging
import os
import pickle
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import lxml.etree
import lxml.html

import articlekit
from benchmarks.peers import PEERS, Extraction, Extractor, load_systems
from benchmarks.scoring import (
    CaptionScore,
    ImageRecord,
    PredictedQuote,
    QuoteScore,
    Ratio,
    Scores,
    TextScore,
    TruthQuote,
    authors_match,
    credit_match,
    credit_words,
    date_match,
    day_of,
    match_images,
    match_quotes,
    page_text_score,
    score_images,
    score_quotes,
    score_snippets,
    score_texts,
    speaker_is_right,
    title_match,
)

__all__ = ["main"]

SET_FOLDERS = {
    "aeb": "aeb-dev",
    "fundus": "fundus_tests-dev",
    "trafilatura": "trafilatura-dev",
    "polnear": "polnear-dev",
}
HTML_SETS = ("aeb", "fundus", "trafilatura")
BODY_SETS = frozenset({"aeb", "fundus"})
METADATA_SETS = frozenset({"fundus", "trafilatura"})
# Peers whose distribution on PyPI is named otherwise than the peer.
PEER_DISTRIBUTIONS = {"readability": "readability-lxml"}
FAILURE_FIELDS = (
    "title",
    "subtitle",
    "authors",
    "date",
    "body",
    "snippets",
    "captions",
    "credits",
    "quotes",
)

BODY_FAILURE_F1 = 0.9
"""--failures body lists pages whose own F1 is below this: a page under it lost or gained
at least a paragraph, which is what an extractor developer wants to look at first."""

FAILURE_EXCERPT = 160
"""Characters of expected and extracted text shown per failure line."""

TARGETS = """\
- main text F1 >= 0.97 on aeb and fundus;
- snippet F1 >= 0.94 on the trafilatura set;
- title >= 0.95, authors >= 0.90, date >= 0.97 on the fundus and trafilatura sets;
- caption F1 >= 0.90 and credits >= 0.90 on fundus;
- quotes F1 >= 0.90, span F1 >= 0.96, pronoun speakers >= 0.80 on polnear;
- speed >= 2x trafilatura and <= 8x a bare lxml parse;
- zero errors."""


# --- loading -------------------------------------------------------------------------------


@attrs.frozen
class Page:
    """One page of an HTML set.

    Attributes:
        id: the page id.
        url: the page URL, where the truth gives one.
        raw: the page's raw bytes, gunzipped.
        truth: the page's truth object.
    """

    id: str
    url: str | None
    raw: bytes
    truth: Mapping[str, Any]


def _read_jsonl(path: Path, limit: int | None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return rows[:limit] if limit is not None else rows


def load_pages(data: Path, set_name: str, limit: int | None) -> list[Page]:
    """Read an HTML set: truth rows and their pages' raw bytes.

    Args:
        data: the data folder.
        set_name: one of :data:`HTML_SETS`.
        limit: read only the first N pages.

    Returns:
        The pages, in the truth file's order.
    """
    folder = data / SET_FOLDERS[set_name]
    pages = []
    for row in _read_jsonl(folder / "truth.jsonl", limit):
        raw = gzip.decompress((folder / "html" / f"{row['id']}.html.gz").read_bytes())
        pages.append(Page(row["id"], row.get("url"), raw, row))
    return pages


def load_docs(data: Path, limit: int | None) -> list[dict[str, Any]]:
    """Read the polnear documents (text and quotes)."""
    return _read_jsonl(data / SET_FOLDERS["polnear"] / "docs.jsonl", limit)


# --- running systems -------------------------------------------------------------------------


@attrs.frozen
class Run:
    """One system's outputs on one set.

    Attributes:
        system: the system's name.
        set_name: the set's name.
        outputs: one extraction per page; ``None`` where the system raised.
        seconds: the time spent in the system's calls.
    """

    system: str
    set_name: str
    outputs: tuple[Extraction | None, ...]
    seconds: float

    @property
    def errors(self) -> int:
        """How many pages raised."""
        return sum(output is None for output in self.outputs)


@attrs.frozen
class SetRun:
    """Every system's outputs on one set, with the reference timings of the same pages.

    Attributes:
        runs: one run per system, in the systems' order.
        lxml_seconds: total time of a bare ``lxml.html.document_fromstring`` of the pages.
        quotes_seconds: total time of ``articlekit.extract_quotes`` on articlekit's texts.
    """

    runs: tuple[Run, ...]
    lxml_seconds: float
    quotes_seconds: float


def _call(system: str, extractor: Extractor, page: Page) -> tuple[Extraction | None, float]:
    start = time.perf_counter()
    try:
        output: Extraction | None = extractor(page.raw, page.url)
    # A peer may raise anything on a hostile page; the benchmark counts it, whatever it is.
    except Exception as error:
        logging.getLogger(__name__).debug("%s failed on %s: %r", system, page.id, error)
        output = None
    return output, time.perf_counter() - start


def time_lxml(raw: bytes) -> float:
    """Return the time of a bare lxml parse of a page's bytes."""
    start = time.perf_counter()
    # An empty or unparsable page costs what it cost.
    with contextlib.suppress(lxml.etree.ParserError, ValueError):
        lxml.html.document_fromstring(raw)
    return time.perf_counter() - start


def time_quotes(text: str) -> float:
    """Return the time of ``articlekit.extract_quotes`` on a text."""
    start = time.perf_counter()
    articlekit.extract_quotes(text)
    return time.perf_counter() - start


def run_set(systems: Mapping[str, Extractor], set_name: str, pages: Sequence[Page]) -> SetRun:
    """Run every system on every page of a set, timing each call.

    Page by page, every system in turn, so that the load of a shared machine falls on all
    systems alike; with each page, a bare lxml parse of its bytes and articlekit's
    ``extract_quotes`` on articlekit's text are timed too.

    Args:
        systems: the adapters by system name ("articlekit" among them).
        set_name: the set's name.
        pages: the pages.

    Returns:
        The runs (a page on which a system raised is ``None`` there) and the timings.
    """
    outputs: dict[str, list[Extraction | None]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    lxml_seconds = quotes_seconds = 0.0
    for page in pages:
        lxml_seconds += time_lxml(page.raw)
        for name, extractor in systems.items():
            output, spent = _call(name, extractor, page)
            outputs[name].append(output)
            seconds[name] += spent
        ours = outputs["articlekit"][-1]
        if ours is not None:
            quotes_seconds += time_quotes(ours.text)
    runs = tuple(Run(name, set_name, tuple(outputs[name]), seconds[name]) for name in systems)
    return SetRun(runs, lxml_seconds, quotes_seconds)


def warm_up(systems: Mapping[str, Extractor], page: Page) -> None:
    """Call every system once, untimed, so that lazy imports and caches built on the first
    call (dateparser's languages, a peer's models) are not counted as one page's time."""
    articlekit.extract_quotes("“Warm,” she said.")
    for extractor in systems.values():
        # Whatever a system raises here, it raises again in the timed run and is counted there.
        with contextlib.suppress(Exception):
            extractor(page.raw, page.url)


def run_quotes(
    docs: Sequence[Mapping[str, Any]],
) -> tuple[list[tuple[articlekit.Quote, ...]], float]:
    """Run articlekit's quote extractor on each polnear document's text.

    Args:
        docs: the documents.

    Returns:
        The quotes per document and the total time.
    """
    found = []
    start = time.perf_counter()
    for doc in docs:
        found.append(articlekit.extract_quotes(doc["text"]))
    return found, time.perf_counter() - start


# --- scoring ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Row:
    """One line of the table: a system's scores on a set.

    Attributes:
        system: the system.
        set_name: the set.
        pages: pages (or documents) run.
        text: main-text score (aeb, fundus).
        snippets: snippet counts (trafilatura).
        title: title accuracy on annotated pages.
        subtitle: standfirst accuracy on annotated pages (fundus, articlekit).
        authors: authors accuracy on annotated pages.
        date: date accuracy on annotated pages.
        images: caption and credit scores (fundus, articlekit).
        quotes: quote scores (polnear).
        errors: pages on which the system raised.
        seconds: time spent in the system.
    """

    system: str
    set_name: str
    pages: int
    text: TextScore | None = None
    snippets: Scores | None = None
    title: Ratio | None = None
    subtitle: Ratio | None = None
    authors: Ratio | None = None
    date: Ratio | None = None
    images: CaptionScore | None = None
    quotes: QuoteScore | None = None
    errors: int = 0
    seconds: float = 0.0


def _truth_images(truth: Mapping[str, Any]) -> list[ImageRecord]:
    return [
        ImageRecord(image.get("caption"), " / ".join(image.get("authors") or ()) or None)
        for image in truth.get("images") or ()
    ]


def _tally(pairs: Iterable[bool]) -> Ratio:
    answers = list(pairs)
    return Ratio(sum(answers), len(answers))


def score_run(run: Run, pages: Sequence[Page]) -> Row:
    """Score one system's outputs on one HTML set.

    Fields not annotated on a page (a missing key) are not scored there; a page where the
    system raised is scored as an empty extraction.

    Args:
        run: the outputs.
        pages: the pages, in the same order.

    Returns:
        The table row.
    """
    outputs = [output or Extraction() for output in run.outputs]
    both = [(page.truth, out) for page, out in zip(pages, outputs, strict=True)]
    row = Row(
        system=run.system, set_name=run.set_name, pages=len(pages), errors=run.errors,
        seconds=run.seconds,
    )  # fmt: skip
    if run.set_name in BODY_SETS:
        text = score_texts(page_text_score(o.text, t["body"]) for t, o in both)
        row = attrs.evolve(row, text=text)
    if run.set_name == "trafilatura":
        snippets = (score_snippets(o.text, t["with"], t["without"]) for t, o in both)
        row = attrs.evolve(row, snippets=sum(snippets, Scores()))
    if run.set_name in METADATA_SETS:
        row = attrs.evolve(
            row,
            title=_tally(title_match(o.title, t["title"]) for t, o in both if "title" in t),
            authors=_tally(
                authors_match(o.authors, t["authors"] or ()) for t, o in both if "authors" in t
            ),
            date=_tally(date_match(o.date, t["date"]) for t, o in both if "date" in t),
        )
    if run.set_name == "fundus" and run.system == "articlekit":
        images = (score_images(o.images, _truth_images(t)) for t, o in both)
        row = attrs.evolve(
            row,
            images=sum(images, CaptionScore()),
            subtitle=_tally(
                title_match(o.subtitle, t["subtitle"]) for t, o in both if "subtitle" in t
            ),
        )
    return row


def _predicted_quotes(quotes: Iterable[articlekit.Quote]) -> list[PredictedQuote]:
    return [PredictedQuote(q.start, q.end, q.speaker) for q in quotes]


def score_quote_run(
    docs: Sequence[Mapping[str, Any]], found: Sequence[Sequence[articlekit.Quote]], seconds: float
) -> Row:
    """Score articlekit's quotes on the polnear documents.

    Args:
        docs: the documents.
        found: the quotes extracted from each.
        seconds: the time taken.

    Returns:
        The table row.
    """
    total = QuoteScore()
    for doc, quotes in zip(docs, found, strict=True):
        truth = [TruthQuote.from_json(q) for q in doc["quotes"]]
        total += score_quotes(doc["text"], _predicted_quotes(quotes), truth)
    return Row(
        system="articlekit", set_name="polnear", pages=len(docs), quotes=total, seconds=seconds
    )


# --- speed and memory ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Speed:
    """Speed and memory figures measured in the run.

    Attributes:
        pages: HTML pages timed.
        seconds: total time per system on those pages.
        lxml_seconds: total time of a bare ``lxml.html.document_fromstring`` on them.
        quotes_seconds: total time of ``extract_quotes(article.text)`` on articlekit's texts.
        alone_seconds: articlekit's total time in a process of its own, alternating with ...
        alone_lxml_seconds: ... a bare lxml parse of the same pages (:mod:`benchmarks.alone`).
        peak_max: articlekit's largest per-page peak of Python allocations, in bytes.
        peak_median: the median per-page peak, in bytes.
    """

    pages: int
    seconds: Mapping[str, float]
    lxml_seconds: float
    quotes_seconds: float
    alone_seconds: float
    alone_lxml_seconds: float
    peak_max: int
    peak_median: float


def measure_alone(pages: Sequence[Page]) -> tuple[float, float]:
    """Time articlekit and a bare lxml parse of the pages in a child process of their own.

    See :mod:`benchmarks.alone`: in this process, once the peers have run, the bare lxml
    parse is slower than it is on its own.

    Returns:
        articlekit's total seconds, the lxml parse's total seconds.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pages.pickle"
        path.write_bytes(pickle.dumps([(page.url, page.raw) for page in pages]))
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.alone", str(path)],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            check=True,
        )
    times = json.loads(done.stdout)
    return float(times["articlekit"]), float(times["lxml"])


def measure_memory(pages: Sequence[Page]) -> list[int]:
    """Return articlekit's peak traced memory per page, in a pass of its own.

    tracemalloc sees Python allocations only, not libxml2's, and slows the pass down,
    which is why the timed runs do not use it.
    """
    peaks = []
    tracemalloc.start()
    try:
        for page in pages:
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            # A page that raises is counted as an error in the timed run; the memory it
            # took until then still counts here.
            with contextlib.suppress(Exception):
                articlekit.parse_html(page.raw, url=page.url)
            peaks.append(tracemalloc.get_traced_memory()[1] - before)
    finally:
        tracemalloc.stop()
    return peaks


def measure_speed(set_runs: Sequence[SetRun], pages: Sequence[Page]) -> Speed:
    """Gather the speed figures over every HTML page run, and measure memory.

    Args:
        set_runs: the runs on the HTML sets.
        pages: all HTML pages, in run order.

    Returns:
        The speed and memory figures.
    """
    seconds: dict[str, float] = {}
    for run in (run for set_run in set_runs for run in set_run.runs):
        seconds[run.system] = seconds.get(run.system, 0.0) + run.seconds
    alone_seconds, alone_lxml_seconds = measure_alone(pages)
    peaks = measure_memory(pages)
    return Speed(
        pages=len(pages),
        seconds=seconds,
        lxml_seconds=sum(set_run.lxml_seconds for set_run in set_runs),
        quotes_seconds=sum(set_run.quotes_seconds for set_run in set_runs),
        alone_seconds=alone_seconds,
        alone_lxml_seconds=alone_lxml_seconds,
        peak_max=max(peaks, default=0),
        peak_median=statistics.median(peaks) if peaks else 0.0,
    )


# --- rendering -------------------------------------------------------------------------------

COLUMNS = (
    "System", "Set", "Pages", "Text F1", "Text P", "Text R", "Snippet F1", "Title", "Subtitle",
    "Authors", "Date", "Caption F1", "Caption P", "Caption R", "Credits", "Quote F1", "Quote P",
    "Quote R", "Span F1", "Pronoun", "Errors", "Pages/s",
)  # fmt: skip
DASH = "–"


def _num(value: float | None) -> str:
    return DASH if value is None else f"{value:.3f}"


def _ratio(value: Ratio | None) -> str:
    if value is None or value.value is None:
        return DASH
    return f"{value.value:.3f} ({value.total})"


def _prf_cells(scores: Scores | TextScore | None) -> list[str]:
    if scores is None:
        return [DASH] * 3
    return [_num(scores.f1), _num(scores.precision), _num(scores.recall)]


def row_cells(row: Row) -> list[str]:
    """Return a row's table cells, in :data:`COLUMNS` order."""
    images = row.images
    quotes = row.quotes
    speed = row.pages / row.seconds if row.seconds else None
    return [
        row.system,
        row.set_name,
        str(row.pages),
        *_prf_cells(row.text),
        _num(row.snippets.f1) if row.snippets else DASH,
        _ratio(row.title),
        _ratio(row.subtitle),
        _ratio(row.authors),
        _ratio(row.date),
        *_prf_cells(images.captions if images else None),
        _ratio(images.credits if images else None),
        *_prf_cells(quotes.quotes if quotes else None),
        _num(quotes.spans.f1) if quotes else DASH,
        _ratio(quotes.pronouns if quotes else None),
        str(row.errors),
        DASH if speed is None else f"{speed:.1f}",
    ]


def render_table(rows: Sequence[Row]) -> str:
    """Render the rows as one markdown table."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(row_cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def render_speed(speed: Speed) -> str:
    """Render the speed and memory figures as a markdown list."""
    lines = [f"Over {speed.pages} HTML pages, same bytes, same run:", ""]
    for system, seconds in speed.seconds.items():
        rate = speed.pages / seconds if seconds else 0.0
        lines.append(f"- {system}: {seconds:.2f} s, {rate:.1f} pages/s")
    lxml_rate = speed.pages / speed.lxml_seconds if speed.lxml_seconds else 0.0
    lines.append(f"- bare lxml parse: {speed.lxml_seconds:.2f} s, {lxml_rate:.1f} pages/s")
    ours = speed.seconds.get("articlekit", 0.0)
    if ours and "trafilatura" in speed.seconds:
        ratio = speed.seconds["trafilatura"] / ours
        lines.append(f"- articlekit speed / trafilatura speed: {ratio:.2f}x")
    if speed.lxml_seconds:
        lines.append(f"- articlekit time / bare lxml parse time: {ours / speed.lxml_seconds:.2f}x")
        quotes_ratio = speed.quotes_seconds / speed.lxml_seconds
        lines.append(
            f"- extract_quotes(article.text) time / bare lxml parse time: {quotes_ratio:.2f}x "
            f"({speed.quotes_seconds:.3f} s)"
        )
    if speed.alone_lxml_seconds:
        alone = speed.alone_seconds / speed.alone_lxml_seconds
        lines.append(
            "- the same two in a process of their own (benchmarks.alone, after a warm-up pass, "
            "each page's least time of three passes): "
            f"articlekit {speed.alone_seconds:.2f} s, bare lxml parse "
            f"{speed.alone_lxml_seconds:.2f} s, articlekit time / bare lxml parse time {alone:.2f}x"
        )
    mib = 1024 * 1024
    lines.append(
        f"- articlekit peak Python memory per page (tracemalloc, separate pass): max "
        f"{speed.peak_max / mib:.1f} MiB, median {speed.peak_median / mib:.2f} MiB"
    )
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return result.stdout.strip()


def render_machine() -> str:
    """Describe the machine and the versions measured, as a markdown list."""
    peers = ", ".join(f"{name} {_version(PEER_DISTRIBUTIONS.get(name, name))}" for name in PEERS)
    return "\n".join(
        [
            f"- machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs",
            f"- Python {platform.python_version()} ({platform.python_implementation()})",
            f"- lxml {_version('lxml')} (libxml2 {'.'.join(map(str, lxml.etree.LIBXML_VERSION))})",
            f"- articlekit {articlekit.__version__} at commit {_commit()}",
            f"- peers: {peers}",
        ]
    )


def render_report(table: str, speed: Speed | None, notes: Sequence[str], command: str) -> str:
    """Render docs/benchmarks.md: intro, targets, command, date, machine, table, speed."""
    today = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "# Benchmarks",
        "",
        "articlekit and its peers (trafilatura, newspaper4k, goose3, readability-lxml) run on "
        "the same raw bytes of the development pages, scored exactly as the data README "
        "defines (see `benchmarks/README.md`). These are development pages: held-out pages "
        "from other sites measure the library later, so read these figures as an upper bound.",
        "",
        "## Targets",
        "",
        TARGETS,
        "",
        "## Results",
        "",
        f"Command: `{command}`  ",
        f"Date: {today}",
        "",
        render_machine(),
        "",
        table,
        "",
        "Accuracies show the number of annotated pages scored in brackets; a page annotated "
        "as having no author or date is right when none is extracted, which is all that a "
        "peer giving no such field (readability) scores there. The pronoun column is right "
        "speakers out of matched direct quotes whose speaker is a pronoun; the polnear row's "
        "pages/s is documents through `extract_quotes`.",
    ]
    if speed is not None:
        parts += ["", "## Speed and memory", "", render_speed(speed)]
    if notes:
        parts += ["", "## Notes", "", *(f"- {note}" for note in notes)]
    return "\n".join(parts) + "\n"


# --- failures --------------------------------------------------------------------------------


def _short(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= FAILURE_EXCERPT else text[: FAILURE_EXCERPT - 1] + "…"


def page_failures(field: str, page: Page, out: Extraction) -> list[str]:
    """Describe articlekit's mismatches on one page for one field (empty when right).

    Args:
        field: one of :data:`FAILURE_FIELDS` except "quotes".
        page: the page.
        out: articlekit's extraction.

    Returns:
        One line per mismatch: id, expected, got.
    """
    truth = page.truth
    if field in {"title", "subtitle", "authors", "date"} and field in truth:
        expected, got = truth[field], getattr(out, field)
        right = {
            "title": lambda: title_match(got, expected),
            "subtitle": lambda: title_match(got, expected),
            "authors": lambda: authors_match(got, expected or ()),
            "date": lambda: date_match(got, expected),
        }[field]()
        shown = day_of(got) if field == "date" else got
        return [] if right else [f"{page.id}\texpected {expected!r}\tgot {shown!r}"]
    if field == "body" and "body" in truth:
        score = page_text_score(out.text, truth["body"])
        f1 = score_texts([score]).f1 if score.predicted else 0.0
        if f1 >= BODY_FAILURE_F1:
            return []
        return [
            f"{page.id}\tP {score.precision:.2f} R {score.recall:.2f}\t"
            f"expected {_short(truth['body'])!r}\tgot {_short(out.text)!r}"
        ]
    if field == "snippets" and "with" in truth:
        text = " ".join(out.text.split())
        missing = [s for s in truth["with"] if " ".join(s.split()) not in text]
        extra = [s for s in truth["without"] if " ".join(s.split()) in text]
        return [f"{page.id}\tmissing {_short(s)!r}" for s in missing] + [
            f"{page.id}\tboilerplate {_short(s)!r}" for s in extra
        ]
    if field in {"captions", "credits"} and "images" in truth:
        return _image_failures(field, page.id, out.images, _truth_images(truth))
    return []


def _image_failures(
    field: str, page_id: str, predicted: Sequence[ImageRecord], truth: Sequence[ImageRecord]
) -> list[str]:
    match = match_images(predicted, truth)
    if field == "credits":
        return [
            f"{page_id}\texpected {truth[j].credit!r}\tgot {predicted[i].credit!r}"
            for i, j in match.items()
            if credit_words(truth[j].credit)
            and not credit_match(predicted[i].credit, truth[j].credit)
        ]
    found = set(match.values())
    lines = [
        f"{page_id}\tmissed caption {_short(image.caption)!r}"
        for j, image in enumerate(truth)
        if image.caption and j not in found
    ]
    return lines + [
        f"{page_id}\textra caption {_short(image.caption)!r}"
        for i, image in enumerate(predicted)
        if image.caption and i not in match
    ]


def quote_failures(doc: Mapping[str, Any], quotes: Sequence[articlekit.Quote]) -> list[str]:
    """Describe articlekit's quote mismatches on one polnear document.

    Args:
        doc: the document.
        quotes: the quotes extracted from its text.

    Returns:
        A line per direct truth quote missed or with a wrong speaker, and per prediction
        that matched no truth quote.
    """
    truth = [TruthQuote.from_json(q) for q in doc["quotes"]]
    predicted = _predicted_quotes(quotes)
    match = match_quotes(doc["text"], predicted, truth)
    by_truth = {j: i for i, j in match.items()}
    text = doc["text"]
    lines = []
    for j, quote in enumerate(truth):
        if quote.kind != "direct":
            continue
        if j not in by_truth:
            lines.append(f"{doc['id']}\tmissed {_short(text[quote.start : quote.end])!r}")
            continue
        got = predicted[by_truth[j]].speaker
        if not speaker_is_right(got, quote):
            lines.append(
                f"{doc['id']}\tspeaker expected {quote.speaker!r} "
                f"(coref {quote.speaker_coref_auto!r})\tgot {got!r}\t"
                f"{_short(text[quote.start : quote.end])!r}"
            )
    lines += [
        f"{doc['id']}\tfalse quote {_short(q.text)!r}\tspeaker {q.speaker!r}"
        for i, q in enumerate(quotes)
        if i not in match
    ]
    return lines


# --- main ------------------------------------------------------------------------------------


def _refuse_network(*args: object, **kwargs: object) -> None:
    raise OSError("network access is disabled during the benchmark")


def forbid_network() -> None:
    """Make every socket connection fail at once for the rest of the process.

    The benchmark is offline; a peer that tries to fetch something (images, suffix lists)
    then fails fast instead of waiting for a time-out that would be counted as its speed.
    """
    socket.getaddrinfo = _refuse_network  # type: ignore[assignment]
    socket.socket.connect = _refuse_network  # type: ignore[method-assign]


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="data folder")
    parser.add_argument("--sets", default=",".join(SET_FOLDERS), help="comma-separated sets")
    parser.add_argument(
        "--peers", default=",".join(PEERS), help="comma-separated peers ('' for none)"
    )
    parser.add_argument("--limit", type=int, default=None, help="run only N pages per set")
    parser.add_argument("--out", type=Path, default=None, help="write the report to this file")
    parser.add_argument(
        "--failures", choices=FAILURE_FIELDS, default=None, help="print articlekit's mismatches"
    )
    return parser.parse_args(argv)


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its table.

    Args:
        argv: the command-line arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0, or 2 for an unknown set or peer.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse_args(argv)
    sets = _split(args.sets)
    unknown = [name for name in sets if name not in SET_FOLDERS]
    if unknown:
        print(
            f"unknown set(s): {', '.join(unknown)}; known: {', '.join(SET_FOLDERS)}",
            file=sys.stderr,
        )
        return 2
    try:
        systems, notes = load_systems(_split(args.peers))
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    forbid_network()
    # Peers log and warn on odd pages; the table is what this command prints.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")

    rows: list[Row] = []
    set_runs: list[SetRun] = []
    all_pages: list[Page] = []
    failures: list[str] = []
    for set_name in (name for name in sets if name in HTML_SETS):
        pages = load_pages(args.data, set_name, args.limit)
        if pages and not all_pages:
            warm_up(systems, pages[0])
        all_pages += pages
        set_run = run_set(systems, set_name, pages)
        set_runs.append(set_run)
        for run in set_run.runs:
            # Progress on stderr: a full run takes minutes, and stdout stays the table.
            print(f"{set_name}: {run.system} {run.seconds:.1f} s", file=sys.stderr, flush=True)
            rows.append(score_run(run, pages))
        ours = next(run for run in set_run.runs if run.system == "articlekit")
        if args.failures and args.failures != "quotes":
            for page, out in zip(pages, ours.outputs, strict=True):
                failures += page_failures(args.failures, page, out or Extraction())
    if "polnear" in sets:
        docs = load_docs(args.data, args.limit)
        found, seconds = run_quotes(docs)
        rows.append(score_quote_run(docs, found, seconds))
        if args.failures == "quotes":
            for doc, quotes in zip(docs, found, strict=True):
                failures += quote_failures(doc, quotes)

    speed = measure_speed(set_runs, all_pages) if all_pages else None
    table = render_table(rows)
    print(table)
    if speed is not None:
        print()
        print(render_speed(speed))
    for note in notes:
        print(f"note: {note}")
    if args.failures:
        print(f"\nFailures ({args.failures}, articlekit): {len(failures)}")
        print("\n".join(failures))
    if args.out is not None:
        command = " ".join(["python -m benchmarks.run", *argv])
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(render_report(table, speed, notes, command), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
