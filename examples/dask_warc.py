"""Articles from many WARC files with Dask: a bag over the files, JSON Lines out.

Each WARC file is one partition of a ``dask.bag``; a task opens its file,
runs articlekit's own WARC iterator over it (``iter_warc``) and writes one JSON
object per HTML page, the same records ``articlekit warc`` writes: the
article's ``to_dict()`` plus ``"source"`` (the WARC file), or
``{"source", "url", "error"}`` for a page that could not be parsed. Pages stream
through the task one at a time, so memory stays flat however big a file is.

Run it (``pip install 'articlekit[warc,scale]'``)::

    python examples/dask_warc.py                      # a tiny sample WARC, built here
    python examples/dask_warc.py crawl/*.warc.gz -o articles/ --scheduler processes

On a cluster the script is the same (docs/scaling.md shows it in full); the
command line names the cluster's scheduler and gives paths every worker reaches::

    python examples/dask_warc.py --cluster tcp://scheduler-address:8786 \\
        's3://bucket/crawl/*.warc.gz' -o s3://bucket/articles/

``--cluster`` connects a ``dask.distributed.Client`` (``pip install distributed``)
and sends this file to the workers, which need articlekit, warcio and, for
``s3://`` paths, ``s3fs``: fsspec opens remote files exactly as local ones.
"""

# dask, fsspec and warcio are optional (the "scale" and "warc" extras) and may be absent
# where this is type-checked, hence the ignores on their imports; dask.bag's functions are
# untyped where it is present.
# mypy: allow-untyped-calls

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db  # type: ignore[import-untyped,import-not-found,unused-ignore]
import fsspec  # type: ignore[import-untyped,import-not-found,unused-ignore]
from fsspec.core import OpenFile  # type: ignore[import-untyped,import-not-found,unused-ignore]

from articlekit import iter_warc

# The local schedulers: "threads" shares one process (lxml releases the GIL
# only in parts, so it gains little), "processes" uses every core of this
# machine, "synchronous" runs in this thread (easiest to debug).
SCHEDULERS = ("synchronous", "threads", "processes")


def warc_records(warc: OpenFile) -> Iterator[dict[str, Any]]:
    """Parse every HTML response of one WARC file, lazily (runs on a worker).

    Args:
        warc: the file, as fsspec opens it: a local path or any URL fsspec knows
            (``s3://``, ``gs://``, ``hdfs://`` … with that backend installed).

    Yields:
        One record per HTML response, in the file's order.
    """
    with warc as stream:
        for page in iter_warc(stream):
            yield page.to_record(warc.full_name)


def run(paths: Sequence[str], out_dir: str, *, scheduler: str | None = None) -> list[str]:
    """Parse the WARC files in ``paths`` into JSON Lines files under ``out_dir``.

    Args:
        paths: WARC files or glob patterns, local or remote (see :func:`warc_records`).
        out_dir: the folder to write ``0.jsonl``, ``1.jsonl`` … into, one per WARC file.
        scheduler: a local Dask scheduler (one of :data:`SCHEDULERS`), or ``None``
            for Dask's default: the cluster once a ``dask.distributed.Client``
            exists, else local processes.

    Returns:
        The JSON Lines files written.
    """
    # fsspec expands globs and returns picklable handles that know their file
    # system, so a worker on another machine can open them.
    files = fsspec.open_files(list(paths), mode="rb")
    bag = db.from_sequence(files, npartitions=max(1, len(files)))
    lines = bag.map(warc_records).flatten().map(json.dumps, ensure_ascii=False)
    options = {} if scheduler is None else {"scheduler": scheduler}
    written: list[str] = lines.to_textfiles(
        f"{out_dir.rstrip('/')}/*.jsonl", encoding="utf-8", last_endline=True, **options
    )
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the WARC files named on the command line (or a tiny sample) with Dask.

    Args:
        argv: the arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        0, having printed each JSON Lines file written and its number of records.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("paths", nargs="*", help="WARC files or globs (default: a tiny sample)")
    parser.add_argument("-o", "--out", default="articles-dask", help="output folder")
    parser.add_argument(
        "--scheduler", choices=SCHEDULERS, default="threads", help="a local scheduler"
    )
    parser.add_argument(
        "--cluster", metavar="ADDRESS", help="a dask.distributed scheduler to run on instead"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        paths = args.paths or _sample_paths(scratch)
        if args.cluster is None:
            written = run(paths, args.out, scheduler=args.scheduler)
        else:
            written = _run_on_cluster(args.cluster, paths, args.out)
    for name in written:
        with fsspec.open(name, encoding="utf-8", mode="rt") as lines:
            print(f"{name}: {sum(1 for _ in lines)} records")
    return 0


def _run_on_cluster(address: str, paths: list[str], out_dir: str) -> list[str]:
    # Imported here: only a cluster run needs the distributed package.
    from dask.distributed import Client  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415

    with Client(address) as client:
        # The workers unpickle tasks that name warc_records in this module.
        client.upload_file(__file__)
        return run(paths, out_dir)


def _sample_paths(folder: str) -> list[str]:
    # Imported here, on the driver alone: workers import this module but need no sample.
    from sample_warc import write_sample_warc  # noqa: PLC0415

    return [str(write_sample_warc(Path(folder) / "sample.warc.gz"))]


if __name__ == "__main__":
    sys.exit(main())
