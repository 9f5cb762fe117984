"""The one batch runner: the pipeline over articles, in one process or several.

``analyze``, ``ingest``, the API, scale's actors and the evaluations all analyze through
:func:`analyze_chunk`: articles are parsed in one ``nlp.pipe`` batch inside a vocabulary
zone (:func:`newsgraph.extract.pipeline.vocabulary_zone`: each chunk's new words leave the
model's vocabulary after it), and an article whose analysis raises becomes a problem naming
it, so one bad article never stops a batch. :func:`analyze_stream` passes the readers'
problems through in order; with ``workers > 1`` articles go to a process pool in small
chunks, at most a few in flight at once, so memory stays bounded however long the input is.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from newsgraph.extract.nlp import load_nlp, parse_many
from newsgraph.extract.pipeline import analyze_doc, vocabulary_zone, warm_up
from newsgraph.record import Analysis, Article
from newsgraph.sources import InputProblem

Result = Analysis | InputProblem
CHUNK = 16
# Chunks queued per worker: enough that no worker idles while the oldest chunk finishes,
# few enough that memory stays bounded.
IN_FLIGHT = 4
_ZONE_LOCK = threading.Lock()


def analyze_chunk(articles: list[Article]) -> list[Result]:
    """Parse a chunk in one nlp.pipe batch and run the stages; errors stay per article.

    Returns:
        one result per article, in order: its record, or a problem naming it.

    The chunk runs in a vocabulary zone, so the words it adds to the model are freed after
    it and a long ingest does not grow with every new name it meets. The zone is the
    process's: threads (the API's) take turns.
    """
    results: list[Result] = []
    with _ZONE_LOCK, vocabulary_zone():
        docs = parse_many([a.text for a in articles], batch_size=len(articles) or 1)
        for article, doc in zip(articles, docs, strict=True):
            try:
                results.append(analyze_doc(doc, article))
            except Exception as err:  # a bug on one article must not lose the batch
                results.append(
                    InputProblem(article.id, f"analysis failed: {type(err).__name__}: {err}")
                )
    return results


def _chunks(items: Iterable[Article | InputProblem]) -> Iterator[list[Article | InputProblem]]:
    """Group consecutive items into runs of at most CHUNK articles, keeping problems in place."""
    chunk: list[Article | InputProblem] = []
    count = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Article):
            count += 1
        if count >= CHUNK:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk


def _run_chunk(chunk: list[Article | InputProblem]) -> list[Result]:
    articles = [item for item in chunk if isinstance(item, Article)]
    analysed = iter(analyze_chunk(articles))
    return [next(analysed) if isinstance(item, Article) else item for item in chunk]


def _init_worker() -> None:
    load_nlp()


def analyze_stream(
    items: Iterable[Article | InputProblem], *, workers: int = 1
) -> Iterator[Result]:
    """Analyze articles from a reader, yielding records and problems in input order.

    Args:
        items: what :func:`newsgraph.sources.read_articles` yields.
        workers: processes to use; 1 runs in this process.
    """
    if workers <= 1:
        for chunk in _chunks(items):
            yield from _run_chunk(chunk)
        return
    # Load and warm the model here, once: the forked workers inherit it instead of each
    # loading their own (seconds of start-up each; the pages stay shared until written).
    warm_up()
    # Frozen objects are never visited by the collector, so the workers do not write to
    # (and copy) the inherited pages of the model just to collect garbage. A caller's own
    # freeze is left as it was.
    frozen_here = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield from _pooled(items, workers)
    finally:
        if frozen_here:
            gc.unfreeze()


def _pooled(items: Iterable[Article | InputProblem], workers: int) -> Iterator[Result]:
    """Run chunks in ``workers`` processes forked from this one, a few chunks ahead."""
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker) as pool:
        pending: deque[Future[list[Result]]] = deque()
        chunks = _chunks(items)
        for chunk in islice(chunks, workers * IN_FLIGHT):
            pending.append(pool.submit(_run_chunk, chunk))
        while pending:
            done = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(pool.submit(_run_chunk, chunk))
            yield from done


def analyze_articles(articles: Iterable[Article]) -> Iterator[Analysis]:
    """Records of articles in input order, for the evaluations: an article whose analysis
    fails is named in a warning and gets an empty record (it found nothing), so it costs
    its own score and not the run."""
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= CHUNK:
            yield from _records(chunk)
            chunk = []
    if chunk:
        yield from _records(chunk)


def _records(articles: list[Article]) -> Iterator[Analysis]:
    for article, result in zip(articles, analyze_chunk(articles), strict=True):
        if isinstance(result, InputProblem):
            warnings.warn(str(result), stacklevel=3)
            result = Analysis(article=article)
        yield result
