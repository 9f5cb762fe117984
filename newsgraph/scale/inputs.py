"""Input files for Ray Data: JSONL and WARC read by newsgraph's own readers, Parquet columns.

Paths may be local or URIs that pyarrow can open (``s3://``, ``gs://``, ``file://``), so a
cluster reads a crawl straight from object storage. Every file is streamed by one task (a
WARC record by record, a Parquet file row group by row group); readers never raise on bad
content, they emit problem rows instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newsgraph.record import Article
from newsgraph.scale.records import ARTICLE_FIELDS, ARTICLE_SCHEMA, article_row
from newsgraph.sources import InputProblem
from newsgraph.sources.files import check_text, decode, parse_published, read_jsonl
from newsgraph.sources.web import WARC_SUFFIXES

PARQUET_SUFFIXES = (".parquet",)
TEXT_SUFFIXES = (".jsonl", *WARC_SUFFIXES)
# Rows handed on per table: small enough that a 1 GB WARC never sits in memory at once.
ROWS_PER_TABLE = 64


def _open(uri: str) -> tuple[pafs.FileSystem, str, str]:
    """The filesystem of a path or URI, the path inside it and the prefix that rebuilds a URI."""
    if "://" not in uri:
        return pafs.LocalFileSystem(), str(PurePosixPath(uri)), ""
    filesystem, inner = pafs.FileSystem.from_uri(uri)
    scheme = uri.split("://", 1)[0]
    return filesystem, inner, "" if scheme == "file" else f"{scheme}://"


def _files_in(name: str) -> tuple[list[str], str | None]:
    """The files an input names (a folder's supported files, sorted), or why there are none."""
    filesystem, inner, prefix = _open(name)
    info = filesystem.get_file_info(inner)
    if info.type == pafs.FileType.NotFound:
        return [], "no such file or folder"
    if info.type != pafs.FileType.Directory:
        return [prefix + inner], None
    found = filesystem.get_file_info(pafs.FileSelector(inner, recursive=True))
    wanted = sorted(
        prefix + i.path
        for i in found
        if i.type == pafs.FileType.File and i.path.endswith(TEXT_SUFFIXES + PARQUET_SUFFIXES)
    )
    return wanted, None if wanted else "no .jsonl, .warc, .warc.gz or .parquet files here"


def expand_inputs(paths: list[str]) -> list[dict]:
    """Expand folders (recursively, sorted) into their .jsonl, .warc(.gz) and .parquet files.

    Returns:
        rows ``{"path", "problem"}``: a missing input or an unsupported file carries the
        problem, reported with the others at the end instead of stopping the run.
    """
    files: list[dict] = []
    for name in paths:
        found, problem = _files_in(name)
        if problem:
            files.append({"path": name, "problem": problem})
        for path in found:
            supported = path.endswith(TEXT_SUFFIXES + PARQUET_SUFFIXES)
            problem = None if supported else "unsupported: use .jsonl, .warc(.gz) or .parquet"
            files.append({"path": path, "problem": problem})
    return files


class _StreamPath:
    """What :func:`newsgraph.sources.web.read_warc` needs of a Path (``open`` and ``str``),
    over any pyarrow filesystem, so WARC files on S3 go through the very same reader."""

    def __init__(self, uri: str) -> None:
        self.uri = uri

    def open(self, _mode: str = "rb"):
        filesystem, inner, _ = _open(self.uri)
        # warcio undoes the per-record gzip itself; pyarrow must hand over the raw bytes.
        return filesystem.open_input_stream(inner, compression=None)

    def __str__(self) -> str:
        return self.uri


def _read_file(
    uri: str, *, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    from newsgraph.sources import web  # trafilatura is slow to import; only when needed

    if uri.endswith(WARC_SUFFIXES):
        yield from web.read_warc(_StreamPath(uri), published=published, max_chars=max_chars)
        return
    if uri.endswith(PARQUET_SUFFIXES):
        yield from _read_parquet(uri, published=published, max_chars=max_chars)
        return
    try:
        with _StreamPath(uri).open() as stream:
            data = stream.read()
    except OSError as err:
        yield InputProblem(uri, f"cannot read: {err}")
        return
    text, problem = decode(data, uri)
    if problem:
        yield problem
    if text is not None:
        yield from read_jsonl(PurePosixPath(uri), text, published=published, max_chars=max_chars)


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
    """Ray Data batch function: the articles (and problems) of JSONL, WARC and Parquet files.

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
            items = _read_file(entry["path"], published=published, max_chars=max_chars)
        yield from _tables(article_row(item) for item in items)


def _parquet_item(row: dict, *, published: str | None, max_chars: int) -> Article | InputProblem:
    where = f"{row.get('path') or 'parquet'}:id {row.get('id')}"
    text = row.get("text")
    if not isinstance(text, str):
        return InputProblem(where, 'no "text" (a string) in this Parquet row')
    if not row.get("id"):
        return InputProblem(where, 'no "id" in this Parquet row')
    problem = check_text(text, where, max_chars=max_chars)
    if problem:
        return problem
    try:
        date = parse_published(row.get("published")) or published
    except ValueError as err:
        return InputProblem(where, str(err))
    fields = {name: row.get(name) for name in ("title", "source", "url")}
    return Article(id=str(row["id"]), text=text, published=date, **fields)


def _read_parquet(
    uri: str, *, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    """Articles from a Parquet file's columns, a row group at a time; bad rows are problems."""
    try:
        filesystem, inner, _ = _open(uri)
        with filesystem.open_input_file(inner) as stream:
            parquet = pq.ParquetFile(stream)
            columns = [c for c in ARTICLE_FIELDS if c in parquet.schema_arrow.names]
            for batch in parquet.iter_batches(batch_size=ROWS_PER_TABLE, columns=columns):
                for row in batch.to_pylist():
                    yield _parquet_item(
                        row | {"path": uri}, published=published, max_chars=max_chars
                    )
    except (OSError, pa.ArrowException) as err:
        yield InputProblem(uri, f"cannot read Parquet: {str(err).splitlines()[0][:120]}")
