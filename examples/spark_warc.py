"""Articles from many WARC files with Apache Spark: ``mapPartitions`` over WARC paths.

The driver parallelises the list of WARC paths, one per partition; each Spark
task opens its files, runs articlekit's own WARC iterator over them
(``iter_warc``) and emits one JSON string per HTML page, the same records
``articlekit warc`` writes: the article's ``to_dict()`` plus ``"source"`` (the
WARC file), or ``{"source", "url", "error"}`` for a page that could not be
parsed. The JSON Lines are saved as text; Spark then reads them back with an
inferred schema and writes the same records as Parquet, with its own writer.

Run it (``pip install 'articlekit[warc,scale]'``; Spark needs Java 17 or later)::

    python examples/spark_warc.py                        # a tiny sample WARC, built here
    python examples/spark_warc.py crawl/*.warc.gz -o articles/

Here Spark runs in local mode, in this process's JVM, offline. On a cluster
(docs/scaling.md shows it in full) the script is the same; what changes is how
it is started and the paths it gets::

    spark-submit --master yarn --deploy-mode cluster \\
        --archives env.tar.gz#env --conf spark.pyspark.python=./env/bin/python \\
        examples/spark_warc.py --master "" s3a://bucket/crawl/*.warc.gz -o s3a://bucket/articles

(``--master ""`` leaves the master to ``spark-submit``; ``env.tar.gz`` is a
packed virtual environment holding articlekit, warcio and fsspec with ``s3fs``.)
"""

# pyspark, fsspec and warcio are optional (the "scale" and "warc" extras) and may be absent
# where this is type-checked, hence the ignores on their imports.

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import fsspec  # type: ignore[import-untyped,import-not-found,unused-ignore]
from pyspark.sql import SparkSession  # type: ignore[import-untyped,import-not-found,unused-ignore]

from articlekit import iter_warc

# Local mode: one core and a small heap are plenty for the sample, and leave
# the machine to everything else; a real run sets these with spark-submit.
LOCAL_MASTER = "local[1]"
LOCAL_DRIVER_MEMORY = "512m"
# A short local job spends most of its time starting the JVM: the client compiler
# alone and the serial collector start it faster, and a job this size needs neither
# the optimising compiler nor a parallel collector.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def warc_lines(paths: Iterable[str]) -> Iterator[str]:
    """Parse every HTML response of the WARC files of one partition (runs on an executor).

    Args:
        paths: the partition's WARC files: ``file://`` URLs or any other URL fsspec opens
            (``s3a://``, ``hdfs://``, ``gs://`` … with that backend installed).

    Yields:
        One JSON record per HTML response, in the files' order.
    """
    for path in paths:
        with fsspec.open(path, mode="rb") as stream:
            for page in iter_warc(stream):
                yield json.dumps(page.to_record(path), ensure_ascii=False)


def local_session() -> SparkSession:
    """Start Spark in local mode, offline: no web UI, bound to the loopback address.

    Returns:
        The session; stop it when done.
    """
    # Without this Spark binds the driver to the first non-loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # Python workers must run this interpreter, the one with articlekit installed;
    # Spark otherwise starts whatever "python3" is first on PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(LOCAL_MASTER)
        .appName("articlekit-warc")
        .config("spark.driver.memory", LOCAL_DRIVER_MEMORY)
        .config("spark.driver.extraJavaOptions", LOCAL_JAVA_OPTIONS)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )


def run(spark: SparkSession, paths: Sequence[str], out_dir: str) -> tuple[str, str]:
    """Parse the WARC files into ``out_dir/json`` (JSON Lines) and ``out_dir/parquet``.

    Args:
        spark: a running session, local or on a cluster.
        paths: WARC files or glob patterns, local or remote, that the executors can open.
        out_dir: the output folder, on a file system every executor can write to.

    Returns:
        The JSON and the Parquet output folders.
    """
    # Executors import this module to find warc_lines; ship it (spark-submit
    # ships the main script itself, but not when run() is called from elsewhere).
    spark.sparkContext.addPyFile(__file__)
    json_dir = f"{out_dir.rstrip('/')}/json"
    parquet_dir = f"{out_dir.rstrip('/')}/parquet"
    # The driver expands globs (fsspec lists s3://, hdfs:// … folders as it
    # lists local ones); each file's full URL then travels to an executor.
    warcs = [warc.full_name for warc in fsspec.open_files(list(paths), mode="rb")]
    rdd = spark.sparkContext.parallelize(warcs, numSlices=max(1, len(warcs)))
    rdd.mapPartitions(warc_lines).saveAsTextFile(json_dir)
    spark.read.json(json_dir).write.parquet(parquet_dir)
    return json_dir, parquet_dir


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the WARC paths named on the command line (or a tiny sample) with Spark.

    Args:
        argv: the arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        0, having printed the number of records Spark reads back from the Parquet output.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("paths", nargs="*", help="WARC paths or globs (default: a tiny sample)")
    parser.add_argument("-o", "--out", default="articles-spark", help="output folder")
    parser.add_argument(
        "--master",
        default=LOCAL_MASTER,
        help=f'Spark master (default {LOCAL_MASTER}); "" leaves it to spark-submit',
    )
    args = parser.parse_args(argv)
    spark = local_session() if args.master == LOCAL_MASTER else _submitted_session(args.master)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            json_dir, parquet_dir = run(spark, args.paths or _sample_paths(scratch), args.out)
        count = spark.read.parquet(parquet_dir).count()
    finally:
        spark.stop()
    print(f"{count} records: {json_dir} (JSON Lines), {parquet_dir} (Parquet)")
    return 0


def _submitted_session(master: str) -> SparkSession:
    builder = SparkSession.builder.appName("articlekit-warc")
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def _sample_paths(folder: str) -> list[str]:
    # Imported here, on the driver alone: executors import this module but need no sample.
    from sample_warc import write_sample_warc  # noqa: PLC0415

    return [str(write_sample_warc(Path(folder) / "sample.warc.gz"))]


if __name__ == "__main__":
    sys.exit(main())
