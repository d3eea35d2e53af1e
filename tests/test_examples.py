"""Smoke test: every script in examples/ runs offline and exits 0."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
# Scripts that need arguments to do their demo; the others run without any.
ARGUMENTS = {"sample_warc.py": ["sample.warc.gz"]}
# A script run cold imports articlekit and parses a page or two; a minute is ample.
TIMEOUT_SECONDS = 120
_MISSING_MODULE = re.compile(r"ModuleNotFoundError: No module named '([\w.]+)'")


def _run(script: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a script in a scratch folder; skip when an optional dependency is missing."""
    result = subprocess.run(
        [sys.executable, str(script), *ARGUMENTS.get(script.name, [])],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=TIMEOUT_SECONDS,
    )
    missing = _MISSING_MODULE.search(result.stderr)
    if result.returncode and missing and not missing[1].startswith("articlekit"):
        pytest.skip(f"{script.name} needs {missing[1]}, which is not installed")
    return result


def test_examples_are_found() -> None:
    """The smoke test sees this module's examples (and runs whatever else is in examples/)."""
    names = {script.name for script in SCRIPTS}
    assert {"parse_seed.py", "batch_to_jsonl.py", "quotes_csv.py", "warc_to_jsonl.py"} <= names


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.name for script in SCRIPTS])
def test_example_runs(script: Path, tmp_path: Path) -> None:
    """The script runs to exit status 0 without network."""
    result = _run(script, tmp_path)
    assert 0 == result.returncode, result.stderr


def test_parse_seed_prints_summary(tmp_path: Path) -> None:
    """parse_seed.py prints the seed's title and quote count."""
    out = _run(EXAMPLES / "parse_seed.py", tmp_path).stdout
    assert out.startswith("Title:     Ukraine Makes")
    assert "Quotes:" in out


def test_quotes_csv_is_csv(tmp_path: Path) -> None:
    """quotes_csv.py writes a header row and one five-column row per quote."""
    rows = list(csv.reader(io.StringIO(_run(EXAMPLES / "quotes_csv.py", tmp_path).stdout)))
    assert ["speaker", "speaker_role", "cue", "paragraph", "quote"] == rows[0]
    assert len(rows) > 1
    assert all(5 == len(row) for row in rows)


def test_batch_to_jsonl_writes_records(tmp_path: Path) -> None:
    """batch_to_jsonl.py writes one JSON object per page of the examples folder."""
    lines = _run(EXAMPLES / "batch_to_jsonl.py", tmp_path).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert ["seed.txt"] == [Path(record["source"]).name for record in records]


def test_warc_to_jsonl_writes_records(tmp_path: Path) -> None:
    """warc_to_jsonl.py turns the sample archive's pages into records with URLs."""
    result = _run(EXAMPLES / "warc_to_jsonl.py", tmp_path)
    assert 0 == result.returncode, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    assert all(record["url"].startswith("https://") for record in records)
