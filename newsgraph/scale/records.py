"""The Parquet layout of ``newsgraph scale`` and the streaming reader behind ``newsgraph load``.

One row per article, partitioned by published month (``published_month=YYYY-MM`` or
``unknown``). A row is either a record (``record`` holds exactly ``Analysis.to_json()``) or a
problem (``error`` and ``where`` set, ``record`` null), so bad input is kept and counted
instead of stopping the job.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads

from newsgraph.record import Analysis, Article
from newsgraph.sources import InputProblem

UNKNOWN_MONTH = "unknown"
LOAD_BATCH = 64

# Articles between the readers and the actors: the Article fields, or a problem.
ARTICLE_SCHEMA = pa.schema(
    [(name, pa.string()) for name in ("id", "title", "text", "published", "source", "url")]
    + [("error", pa.string()), ("where", pa.string()), ("fatal", pa.bool_())]
)
RECORD_SCHEMA = pa.schema(
    [
        (name, pa.string())
        for name in ("id", "published", "published_month", "source", "url", "content_hash")
    ]
    + [("record", pa.large_string())]
    + [("error", pa.string()), ("where", pa.string()), ("fatal", pa.bool_())]
)
ARTICLE_FIELDS = ("id", "title", "text", "published", "source", "url")


def article_row(item: Article | InputProblem) -> dict:
    """An article or a reader's problem as a row of :data:`ARTICLE_SCHEMA`."""
    if isinstance(item, InputProblem):
        return {"error": item.message, "where": item.where, "fatal": item.fatal}
    return item.model_dump() | {"error": None, "where": None, "fatal": None}


def row_article(row: dict) -> Article:
    """The :class:`Article` of a row of :data:`ARTICLE_SCHEMA` without an error."""
    return Article(**{name: row[name] for name in ARTICLE_FIELDS})


def published_month(published: str | None) -> str:
    """The partition of an article: ``YYYY-MM`` of its date, or ``unknown``."""
    return published[:7] if published else UNKNOWN_MONTH


def record_row(record: Analysis) -> dict:
    """One analysis record as a row of :data:`RECORD_SCHEMA`."""
    article = record.article
    return {
        "id": article.id,
        "published": article.published,
        "published_month": published_month(article.published),
        "source": article.source,
        "url": article.url,
        "content_hash": article.content_hash,
        "record": record.to_json(),
        "error": None,
        "where": None,
        "fatal": None,
    }


def problem_row(problem: InputProblem) -> dict:
    """A problem as a row of :data:`RECORD_SCHEMA` (kept in the ``unknown`` partition)."""
    return {
        "published_month": UNKNOWN_MONTH,
        "error": problem.message,
        "where": problem.where,
        "fatal": problem.fatal,
    }


def _dataset(directory: str) -> pads.Dataset:
    return pads.dataset(directory, format="parquet", partitioning="hive")


@dataclass
class Summary:
    """What a ``newsgraph scale`` output folder holds."""

    records: int = 0
    failed: int = 0
    warnings: int = 0
    problems: list[InputProblem] = field(default_factory=list)  # the first few


def summarize(directory: str, *, keep: int = 20) -> Summary:
    """Count the records and problems of an output folder, reading only small columns."""
    summary = Summary()
    columns = ["error", "where", "fatal"]
    for batch in _dataset(directory).to_batches(columns=columns):
        errors, wheres, fatal = (batch.column(name).to_pylist() for name in columns)
        for message, where, is_fatal in zip(errors, wheres, fatal, strict=True):
            if message is None:
                summary.records += 1
                continue
            summary.failed += bool(is_fatal)
            summary.warnings += not is_fatal
            if len(summary.problems) < keep:
                summary.problems.append(InputProblem(where, message, fatal=bool(is_fatal)))
    return summary


def iter_records(directory: str, *, batch_size: int = LOAD_BATCH) -> Iterator[list[Analysis]]:
    """Yield the records of an output folder in batches, reading a few row groups at a time
    so memory stays bounded however big the folder is."""
    scanner = _dataset(directory).scanner(
        columns=["record"],
        filter=pc.field("error").is_null(),
        batch_size=batch_size,
        batch_readahead=2,
        fragment_readahead=1,
    )
    for batch in scanner.to_batches():
        if batch.num_rows:
            yield [Analysis.from_json(text) for text in batch.column("record").to_pylist()]


def count_records(directory: str) -> int:
    """How many record rows an output folder holds (problems not counted)."""
    return _dataset(directory).count_rows(filter=pc.field("error").is_null())
