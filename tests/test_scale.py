"""The scale-out recipes (examples/dask_warc.py, examples/spark_warc.py) on a tiny WARC.

Each recipe runs for real, Dask with a local scheduler and Spark in local mode,
and what it writes must be what articlekit's own WARC iterator gives for the
same file. They skip cleanly when dask, pyspark, warcio or Java is absent
(``pip install '.[warc,scale]'`` brings them).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import pickle
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from articlekit import Article, iter_warc

EXAMPLES = Path(__file__).parent.parent / "examples"


@attrs.frozen
class SparkRun:
    """What one run of the Spark example left: its exit status, output folder and stdout."""

    status: int
    out: Path
    printed: str


def _example(name: str) -> ModuleType:
    """Import an example script as a module, with examples/ on the path as when run."""
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def sample_warc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples' tiny sample WARC, written to a temporary folder."""
    pytest.importorskip("warcio")
    path = tmp_path_factory.mktemp("warc") / "sample.warc.gz"
    written: Path = _example("sample_warc").write_sample_warc(path)
    return written


def _read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in sorted(paths)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


def _articles(records: list[dict[str, Any]]) -> list[Article]:
    """Rebuild the articles of the output records (dropping the "source" field)."""
    return [
        Article.from_dict({key: value for key, value in record.items() if key != "source"})
        for record in records
    ]


def _direct(warc: Path) -> list[Article]:
    """The articles articlekit's WARC iterator gives for the file, in one process."""
    return [page.article for page in iter_warc(warc) if page.article is not None]


def test_sample_warc_holds_two_pages(sample_warc: Path) -> None:
    """The sample WARC gives two articles; its request and image records are skipped."""
    assert [
        "Harbour bridge approved after long debate",
        "Library reopens months after the flood",
    ] == [article.title for article in _direct(sample_warc)]


def test_warc_pages_pickle(sample_warc: Path) -> None:
    """What the iterator yields survives pickling, as Dask and Spark need."""
    pages = list(iter_warc(sample_warc))
    assert [page.article for page in pages] == [
        pickle.loads(pickle.dumps(page)).article for page in pages
    ]


@pytest.fixture
def dask_warc() -> ModuleType:
    """The Dask example, when dask is installed."""
    pytest.importorskip("dask.bag")
    return _example("dask_warc")


def test_dask_writes_the_iterators_articles(
    dask_warc: ModuleType, sample_warc: Path, tmp_path: Path
) -> None:
    """The Dask bag's JSON Lines rebuild exactly the articles iter_warc gives."""
    written = dask_warc.run([str(sample_warc)], str(tmp_path / "out"), scheduler="synchronous")
    records = _read_jsonl([Path(name) for name in written])
    assert _direct(sample_warc) == _articles(records)
    assert {sample_warc.as_uri()} == {record["source"] for record in records}


def test_dask_expands_globs_one_partition_per_file(
    dask_warc: ModuleType, sample_warc: Path, tmp_path: Path
) -> None:
    """A glob over two WARC files writes one JSON Lines file per WARC file."""
    shutil.copy(sample_warc, tmp_path / "second.warc.gz")
    shutil.copy(sample_warc, tmp_path / "first.warc.gz")
    written = dask_warc.run(
        [str(tmp_path / "*.warc.gz")], str(tmp_path / "out"), scheduler="threads"
    )
    assert 2 == len(written)
    assert 4 == len(_read_jsonl([Path(name) for name in written]))


def test_dask_runs_on_a_distributed_cluster(
    dask_warc: ModuleType, sample_warc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--cluster ADDRESS runs the bag on a dask.distributed scheduler (here in this process)."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        out = tmp_path / "out"
        assert 0 == dask_warc.main(
            ["--cluster", cluster.scheduler_address, "-o", str(out), str(sample_warc)]
        )
    assert _direct(sample_warc) == _articles(_read_jsonl(list(out.glob("*.jsonl"))))
    assert "2 records" in capsys.readouterr().out


def test_dask_main_runs_on_its_own_sample(
    dask_warc: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no WARC given, the script builds the sample and writes its two records."""
    pytest.importorskip("warcio")
    assert 0 == dask_warc.main(["-o", str(tmp_path / "out"), "--scheduler", "synchronous"])
    assert 2 == len(_read_jsonl(list((tmp_path / "out").glob("*.jsonl"))))
    assert "2 records" in capsys.readouterr().out


@pytest.fixture(scope="module")
def spark_output(sample_warc: Path, tmp_path_factory: pytest.TempPathFactory) -> SparkRun:
    """Run the Spark example's main once, in local mode, over the sample WARC."""
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    spark_warc = _example("spark_warc")
    out = tmp_path_factory.mktemp("spark") / "out"
    printed = io.StringIO()
    with pytest.MonkeyPatch.context() as monkeypatch, contextlib.redirect_stdout(printed):
        # Set here so that the example's setdefault calls leave our environment as it was.
        monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
        monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
        status = spark_warc.main(["-o", str(out), str(sample_warc)])
    return SparkRun(status=status, out=out, printed=printed.getvalue())


def test_spark_json_lines_are_the_iterators_articles(
    spark_output: SparkRun, sample_warc: Path
) -> None:
    """Spark's JSON Lines part files rebuild exactly the articles iter_warc gives."""
    assert 0 == spark_output.status
    records = _read_jsonl(list((spark_output.out / "json").glob("part-*")))
    assert _direct(sample_warc) == _articles(records)


def test_spark_parquet_reads_back(spark_output: SparkRun) -> None:
    """Spark reads back as many Parquet rows as there are pages (main prints the count)."""
    assert spark_output.printed.startswith("2 records: ")


def test_spark_parquet_rows_rebuild_the_articles(spark_output: SparkRun, sample_warc: Path) -> None:
    """Each Parquet row, read as a dict, goes back through Article.from_dict unchanged."""
    parquet = pytest.importorskip("pyarrow.parquet")
    rows = parquet.read_table(spark_output.out / "parquet").to_pylist()
    assert _direct(sample_warc) == _articles(rows)
