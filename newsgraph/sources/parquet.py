"""Parquet reader: articles from the columns ``id``, ``text`` and optionally ``title``,
``published``, ``source`` and ``url``, a row group at a time, from a local path or a URI."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.record import Article
from newsgraph.sources.common import InputProblem, make_article
from newsgraph.sources.uri import open_uri

ARTICLE_FIELDS = tuple(Article.model_fields)
# Rows read at a time: a big file never sits in memory whole.
ROWS_PER_BATCH = 64


def _row_items(
    row: dict, where: str, *, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    text = row.get("text")
    if not isinstance(text, str):
        yield InputProblem(where, 'no "text" (a string) in this Parquet row')
    elif not row.get("id"):
        yield InputProblem(where, 'no "id" in this Parquet row')
    else:
        fields = {name: row.get(name) for name in ("title", "source", "url")}
        fields |= {"id": str(row["id"]), "text": text}
        fields["published"] = row.get("published") or published
        yield from make_article(fields, where, max_chars=max_chars)


def read_parquet(
    uri: str, *, published: str | None, max_chars: int
) -> Iterator[Article | InputProblem]:
    """Articles from a Parquet file's columns; bad rows are problems naming the row's id."""
    try:
        filesystem, inner, _ = open_uri(uri)
        with filesystem.open_input_file(inner) as stream:
            parquet = pq.ParquetFile(stream)
            columns = [c for c in ARTICLE_FIELDS if c in parquet.schema_arrow.names]
            for batch in parquet.iter_batches(batch_size=ROWS_PER_BATCH, columns=columns):
                for row in batch.to_pylist():
                    where = f"{uri}:id {row.get('id')}"
                    yield from _row_items(row, where, published=published, max_chars=max_chars)
    except (OSError, pa.ArrowException) as err:
        yield InputProblem(uri, f"cannot read Parquet: {str(err).splitlines()[0][:120]}")


def count_rows(uri: str) -> int:
    """How many rows (articles at most) a Parquet file holds, from its footer."""
    filesystem, inner, _ = open_uri(uri)
    with filesystem.open_input_file(inner) as stream:
        return pq.ParquetFile(stream).metadata.num_rows
