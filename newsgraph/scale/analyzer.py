"""The actor of the Ray Data pool: one spaCy model per actor, the single-process stages.

Each batch is parsed in one ``nlp.pipe`` call and every article goes through
:func:`newsgraph.extract.pipeline.analyze_doc`, exactly as in :mod:`newsgraph.batch`, so the
records are the same whichever runner made them.
"""

from __future__ import annotations

import pyarrow as pa

from newsgraph.extract.nlp import load_nlp, parse_many
from newsgraph.extract.pipeline import analyze_doc
from newsgraph.scale.records import RECORD_SCHEMA, problem_row, record_row, row_article
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
    turns a batch of :data:`~newsgraph.scale.records.ARTICLE_SCHEMA` rows into records."""

    def __init__(self) -> None:
        load_nlp()

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Analyze one batch; returns rows of :data:`~newsgraph.scale.records.RECORD_SCHEMA`."""
        return pa.Table.from_pylist(analyze_rows(batch.to_pylist()), schema=RECORD_SCHEMA)
