"""The actor of the Ray Data pool: one spaCy model per actor, the single-process stages.

Each batch goes through :func:`newsgraph.batch.analyze_chunk`, the runner of ``analyze``
and ``ingest``, so the records are the same whichever command made them.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from newsgraph.batch import analyze_chunk
from newsgraph.extract.pipeline import warm_up
from newsgraph.scale.records import (
    RECORD_SCHEMA,
    problem_row,
    record_row,
    row_article,
)
from newsgraph.sources import InputProblem


def analyze_rows(rows: list[dict]) -> list[dict]:
    """Analyze the article rows of a batch; problem rows pass through in place.

    An article whose analysis raises becomes a problem row naming it, so one bad article
    never loses the batch (nor the job).
    """
    articles = [row_article(row) for row in rows if row["error"] is None]
    analysed = iter(analyze_chunk(articles))
    out: list[dict] = []
    for row in rows:
        if row["error"] is not None:
            out.append(problem_row(InputProblem(row["where"], row["error"], bool(row["fatal"]))))
            continue
        result = next(analysed)
        out.append(problem_row(result) if isinstance(result, InputProblem) else record_row(result))
    return out


class Analyzer:
    """Ray Data callable class: ``__init__`` loads the model once per actor, ``__call__``
    turns a batch of :data:`~newsgraph.scale.records.ARTICLE_SCHEMA` rows into records.

    Each batch is analyzed inside a vocabulary zone (:func:`newsgraph.batch.analyze_chunk`):
    the strings a batch adds to the vocabulary are freed at its end. An actor lives for the
    whole run, and without the zone its vocabulary grows with every new word of the corpus
    (names, numbers, typos: ~0.6 KB per new word measured, so GBs over a crawl). Records
    hold plain strings, so they leave the zone; no Doc outlives it.

    Args:
        counter: optional handle of an actor with an ``add(rows)`` method, told how many
            rows each batch produced (the driver's progress display polls it).
    """

    def __init__(self, counter: Any | None = None) -> None:
        warm_up()  # loads the model, and its caches stay out of the batches' zones
        self.counter = counter

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Analyze one batch; returns rows of :data:`~newsgraph.scale.records.RECORD_SCHEMA`."""
        rows = analyze_rows(batch.to_pylist())
        table = pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)
        if self.counter is not None:
            # Fire and forget: progress only, never worth waiting for (a retried batch
            # counts twice, which a progress figure can live with).
            self.counter.add.remote(table.num_rows)
        return table
