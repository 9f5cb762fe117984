"""Input files for Ray Data, read by newsgraph's own readers (:mod:`newsgraph.sources`).

Paths may be local or URIs that pyarrow can open (``s3://``, ``gs://``, ``file://``), so a
cluster reads a crawl straight from object storage. Every file is streamed by one task (a
WARC record by record, a Parquet file row group by row group); readers never raise on bad
content, they emit problem rows instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa

from newsgraph.scale.records import ARTICLE_SCHEMA, article_row
from newsgraph.sources.common import InputProblem
from newsgraph.sources.readers import SUFFIXES, ReadOptions, inputs_help, read_file, reader_for
from newsgraph.sources.uri import StreamPath, files_in

# Rows handed on per table: small enough that a 1 GB WARC never sits in memory at once.
ROWS_PER_TABLE = 64


def expand_inputs(paths: list[str]) -> list[dict]:
    """Expand folders (recursively, sorted) into the files a reader takes.

    Returns:
        rows ``{"path", "problem"}``: a missing input or an unsupported file carries the
        problem, reported with the others at the end instead of stopping the run.
    """
    files: list[dict] = []
    for name in paths:
        found, problem = files_in(name, SUFFIXES)
        if problem:
            files.append({"path": name, "problem": problem})
        for path in found:
            supported = reader_for(path) is not None
            problem = None if supported else f"unsupported: use {inputs_help()}"
            files.append({"path": path, "problem": problem})
    return files


def _tables(rows: Iterator[dict]) -> Iterator[pa.Table]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= ROWS_PER_TABLE:
            yield pa.Table.from_pylist(batch, schema=ARTICLE_SCHEMA)
            batch = []
    if batch:
        yield pa.Table.from_pylist(batch, schema=ARTICLE_SCHEMA)


def read_files(
    files: pa.Table, *, published: str | None = None, max_chars: int
) -> Iterator[pa.Table]:
    """Ray Data batch function: the articles (and problems) of the listed files.

    Args:
        files: rows ``{"path", "problem"}`` from :func:`expand_inputs`.
        published: date for articles without their own.
        max_chars: refuse longer texts.

    Yields:
        tables of :data:`ARTICLE_SCHEMA`, a few dozen rows each.
    """
    for entry in files.to_pylist():
        if entry["problem"]:
            items = iter([InputProblem(entry["path"], entry["problem"])])
        else:
            path = StreamPath(entry["path"])
            options = ReadOptions(path.stem, published=published, max_chars=max_chars)
            items = read_file(path, options)
        yield from _tables(article_row(item) for item in items)
