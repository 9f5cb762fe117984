"""Export the store to a file or stdout in any supported format (streaming, atomic)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import TextIO

from newsgraph.export.brat import brat_ann
from newsgraph.export.plover import CAMEO_COLUMNS, cameo_tsv, plover_records
from newsgraph.export.tables import (
    entity_rows,
    event_rows,
    statement_rows,
    write_csv,
    write_jsonl,
    write_lines,
    write_parquet,
)
from newsgraph.output import atomic_path, file_stem, write_atomic
from newsgraph.record import Analysis
from newsgraph.store import Store

ROWS = {"events": event_rows, "statements": statement_rows, "entities": entity_rows}


@contextmanager
def _text_out(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8", newline="") as stream:
        yield stream


def _rows(store: Store, what: str) -> Iterator[dict]:
    if what == "actors":
        return iter(store.actors(limit=10**9))
    if what == "entities":
        linked = store.iter_linked_records()
        return chain.from_iterable(entity_rows(record, actors) for record, actors in linked)
    make = ROWS[what]
    return chain.from_iterable(make(record) for record in store.iter_records())


def _brat(store: Store, folder: Path) -> int:
    count = 0
    for record in store.iter_records():
        stem = file_stem(record.article.id)  # "www.bbc.co.uk/news/1" keeps its dots
        write_atomic(folder / f"{stem}.txt", record.article.text)
        write_atomic(folder / f"{stem}.ann", brat_ann(record))
        count += 1
    return count


def write_event_data(
    records: Iterable[Analysis], fmt: str, stream: TextIO, *, header: bool = True
) -> int:
    """Events of many records as PLOVER JSON Lines (one PLOVER record a line) or as one
    GDELT-like TSV table; returns how many events (TSV: rows) were written."""
    if fmt == "plover":
        return write_jsonl(chain.from_iterable(plover_records(r) for r in records), stream)
    if header:
        stream.write("\t".join(CAMEO_COLUMNS) + "\n")
    count = 0
    for record in records:
        rows = cameo_tsv(record, header=False)
        stream.write(rows)
        count += rows.count("\n")
    return count


def export(store: Store, what: str, fmt: str, out: Path | None) -> int:
    """Write ``what`` (records, events, statements, entities, actors) as ``fmt``; returns
    how many items were written."""
    if fmt == "brat":
        return _brat(store, out or Path("brat"))
    if what == "records":
        with _text_out(out) as stream:
            return write_lines(store.iter_record_json(), stream)
    if fmt in ("plover", "cameo-tsv"):
        with _text_out(out) as stream:
            return write_event_data(store.iter_records(), fmt, stream)
    if fmt == "parquet":
        with atomic_path(out) as tmp:
            return write_parquet(_rows(store, what), tmp)
    with _text_out(out) as stream:
        writer = write_csv if fmt == "csv" else write_jsonl
        return writer(_rows(store, what), stream)
