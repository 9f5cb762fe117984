"""Records as flat rows (one per statement, event, entity) and writers for JSON Lines,
CSV and Parquet. Rows are plain dicts of strings and numbers; list values are joined
with "; " for CSV and kept as lists in JSON Lines and Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsgraph.record import Analysis

if TYPE_CHECKING:  # pyarrow is imported only when Parquet is written
    import pyarrow as pa

TABLE_FORMATS = ("jsonl", "csv", "parquet")
PARQUET_BATCH = 2048


def _names(record: Analysis) -> dict[str, str]:
    return {e.id: e.name for e in record.entities}


def statement_rows(record: Analysis) -> Iterator[dict]:
    """One row per statement, with speaker, addressee and carriers by name."""
    names, article = _names(record), record.article
    times = {t.id: t.value for t in record.times}
    for s in record.statements:
        yield {
            "article": article.id, "published": article.published, "source": article.source,
            "statement": s.id, "kind": s.kind,
            "speaker": names.get(s.speaker.entity or "", s.speaker.text) if s.speaker else None,
            "speaker_text": s.speaker.text if s.speaker else None,
            "cue": s.cue.text if s.cue else None,
            "content": s.content.text if s.content else None,
            "content_start": s.content.start if s.content else None,
            "content_end": s.content.end if s.content else None,
            "addressee": names.get(s.addressee or "") or None,
            "reported_by": [names.get(r, r) for r in s.reported_by],
            "time": times.get(s.time or ""),
        }  # fmt: skip


def event_rows(record: Analysis) -> Iterator[dict]:
    """One row per event, with actors, recipients and place by name."""
    names, article = _names(record), record.article
    entities = {e.id: e for e in record.entities}
    for v in record.events:
        yield {
            "article": article.id, "title": article.title, "published": article.published,
            "source": article.source, "url": article.url, "event": v.id, "date": v.date.value,
            "date_basis": v.date.basis,
            "type": v.type, "mode": v.mode, "cameo": v.cameo,
            "actors": [names[a] for a in v.actors if a in names],
            "actor_countries": [entities[a].country or "" for a in v.actors if a in entities],
            "recipients": [names[r] for r in v.recipients if r in names],
            "recipient_countries": [
                entities[r].country or "" for r in v.recipients if r in entities
            ],
            "trigger": v.trigger.text, "trigger_start": v.trigger.start,
            "sentence": article.text[v.sentence.start : v.sentence.end].strip(),
            "location": names.get(v.location.entity or "") if v.location else None,
            "polarity": v.polarity, "attributed_to": v.attributed_to, "confidence": v.confidence,
        }  # fmt: skip


def entity_rows(
    record: Analysis, actors: dict[str, tuple[int, str]] | None = None
) -> Iterator[dict]:
    """One row per entity with its roles, mention count and, from a store, its corpus
    actor (``actors``: key and name by entity id)."""
    actors = actors or {}
    for e in record.entities:
        actor_key, actor_name = actors.get(e.id, (None, None))
        yield {
            "article": record.article.id, "entity": e.id, "name": e.name, "type": e.type,
            "country": e.country, "sector": e.sector, "roles": e.roles,
            "mentions": len(e.mentions), "actor": actor_key, "actor_name": actor_name,
        }  # fmt: skip


def write_lines(lines: Iterable[str], stream: TextIO) -> int:
    """Write ready-made lines (e.g. stored record JSON); returns how many."""
    count = 0
    for line in lines:
        stream.write(line + "\n")
        count += 1
    return count


def write_jsonl(rows: Iterable[dict], stream: TextIO) -> int:
    """Write rows as JSON Lines; returns how many."""
    return write_lines((json.dumps(row, ensure_ascii=False) for row in rows), stream)


def write_csv(rows: Iterable[dict], stream: TextIO) -> int:
    """Write rows as CSV with a header from the first row; returns how many."""
    writer: csv.DictWriter | None = None
    count = 0
    for row in rows:
        flat = {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        count += 1
    return count


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _without_nulls(schema: pa.Schema) -> pa.Schema:
    """A schema where columns that were all null in the first batch are strings."""
    import pyarrow as pa

    def fix(kind: pa.DataType) -> pa.DataType:
        if pa.types.is_null(kind):
            return pa.string()
        if pa.types.is_list(kind):
            return pa.list_(fix(kind.value_type))
        return kind

    return pa.schema([pa.field(f.name, fix(f.type)) for f in schema])


def write_parquet(rows: Iterable[dict], path: Path) -> int:
    """Write rows to a Parquet file in batches (bounded memory); returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: pq.ParquetWriter | None = None
    count = 0
    try:
        for batch in _batches(rows, PARQUET_BATCH):
            if writer is None:
                table = pa.Table.from_pylist(batch)
                writer = pq.ParquetWriter(path, _without_nulls(table.schema))
            table = pa.Table.from_pylist(batch, schema=writer.schema)
            writer.write_table(table)
            count += len(batch)
        if writer is None:  # no rows: still a valid, empty file
            pq.write_table(pa.table({}), path)
    finally:
        if writer is not None:
            writer.close()
    return count
