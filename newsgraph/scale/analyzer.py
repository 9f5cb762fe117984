"""The actor of the Ray Data pool: one spaCy model per actor, the single-process stages.

Each batch is parsed in one ``nlp.pipe`` call and every article goes through
:func:`newsgraph.extract.pipeline.analyze_doc`, exactly as in :mod:`newsgraph.batch`, so the
records are the same whichever runner made them.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from newsgraph.extract.nlp import parse_many
from newsgraph.extract.pipeline import analyze_doc, vocabulary_zone, warm_up
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
    docs = iter(parse_many([a.text for a in articles], batch_size=len(articles) or 1))
    analysed = iter(articles)
    out: list[dict] = []
    for row in rows:
        if row["error"] is not None:
            out.append(problem_row(InputProblem(row["where"], row["error"], bool(row["fatal"]))))
            continue
        article = next(analysed)
        try:
            out.append(record_row(analyze_doc(next(docs), article)))
        except Exception as err:  # a bug on one article must not lose the batch
            message = f"analysis failed: {type(err).__name__}: {err}"
            out.append(problem_row(InputProblem(article.id, message)))
    return out


class Analyzer:
    """Ray Data callable class: ``__init__`` loads the model once per actor, ``__call__``
    turns a batch of :data:`~newsgraph.scale.records.ARTICLE_SCHEMA` rows into records.

    Each batch is analyzed inside :func:`~newsgraph.extract.pipeline.vocabulary_zone`: the
    strings a batch adds to the vocabulary are freed at its end. An actor lives for the whole
    run, and without the zone its vocabulary grows with every new word of the corpus (names,
    numbers, typos: ~0.6 KB per new word measured, so GBs over a crawl). Records leave the
    zone as JSON; no Doc outlives it.

    Args:
        counter: optional handle of an actor with an ``add(rows)`` method, told how many
            rows each batch produced (the driver's progress display polls it).
    """

    def __init__(self, counter: Any | None = None) -> None:
        warm_up()  # loads the model, and its caches stay out of the batches' zones
        self.counter = counter

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Analyze one batch; returns rows of :data:`~newsgraph.scale.records.RECORD_SCHEMA`."""
        with vocabulary_zone():
            rows = analyze_rows(batch.to_pylist())
        table = pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)
        if self.counter is not None:
            # Fire and forget: progress only, never worth waiting for (a retried batch
            # counts twice, which a progress figure can live with).
            self.counter.add.remote(table.num_rows)
        return table
