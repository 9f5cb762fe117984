"""Ingest: read articles, skip those already stored, analyze the rest, store in batches;
or load the records a ``newsgraph scale`` run wrote.

Each batch is one transaction, so a killed ingest leaves only whole records behind, and a
re-run skips every article already stored and carries on. An article is known by its body
hash (:attr:`Article.body_hash`: every field but the id), so the same file read through a
parent or a sub-folder (whose ids keep different sub-paths), in any order, any number of
times, is stored once, and so is the same text under two ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from newsgraph.batch import analyze_stream
from newsgraph.record import Analysis, Article
from newsgraph.sources import InputProblem
from newsgraph.store import Store

BATCH = 64


# Problems kept in the report: every one is still counted and handed to ``on_result``, but
# a crawl with millions of bad records must not hold them all in memory.
KEEP_PROBLEMS = 100


@dataclass
class IngestReport:
    """What an ingest did."""

    added: int = 0
    skipped: int = 0  # already in the store (or earlier in this run)
    elsewhere: int = 0  # of those skipped, how many were stored under another id
    failed: int = 0
    problems: list[InputProblem] = field(default_factory=list)  # the first KEEP_PROBLEMS


def _unseen(
    items: Iterable[Article | InputProblem], store: Store, report: IngestReport
) -> Iterator[Article | InputProblem]:
    """Pass through problems and the articles whose body is not stored yet (nor met
    earlier in this run, under any id)."""
    stream = iter(items)
    seen: dict[str, str] = {}  # body hash -> id of this run (read_articles keeps every id too)
    while batch := list(islice(stream, BATCH)):
        hashes = {id(a): a.body_hash for a in batch if isinstance(a, Article)}
        known = store.stored_bodies(h for h in hashes.values() if h not in seen)
        for item in batch:
            if isinstance(item, Article):
                digest = hashes[id(item)]
                stored_as = known.get(digest) or seen.get(digest)
                if stored_as is not None:
                    report.skipped += 1
                    report.elsewhere += stored_as != item.id
                    continue
                seen[digest] = item.id
            yield item


def ingest(
    items: Iterable[Article | InputProblem],
    store: Store,
    *,
    workers: int = 1,
    on_result: Callable[[Analysis | InputProblem], None] | None = None,
) -> IngestReport:
    """Analyze and store every new article from ``items``.

    Args:
        items: what :func:`newsgraph.sources.read_articles` yields.
        store: an open store.
        workers: analysis processes.
        on_result: called after each record or problem (progress bars, messages).
    """
    report = IngestReport()
    pending: list[Analysis] = []
    for result in analyze_stream(_unseen(items, store, report), workers=workers):
        if isinstance(result, InputProblem):
            if len(report.problems) < KEEP_PROBLEMS:
                report.problems.append(result)
            report.failed += result.fatal
        else:
            pending.append(result)
            if len(pending) >= BATCH:
                _store(pending, store, report)
        if on_result:
            on_result(result)
    if pending:
        _store(pending, store, report)
    return report


def _store(pending: list[Analysis], store: Store, report: IngestReport) -> None:
    """Store a batch; what another process stored meanwhile is counted as already stored."""
    added = store.add(pending)
    report.added += added
    report.skipped += len(pending) - added
    pending.clear()


@dataclass
class LoadReport:
    """What a load did."""

    added: int = 0
    skipped: int = 0  # already in the store


def load_records(
    directory: str, store: Store, *, on_batch: Callable[[int], None] | None = None
) -> LoadReport:
    """Store every record of an output folder through :meth:`Store.add`, one transaction per
    batch; records already stored (same body hash, whatever the id) are skipped, so
    re-running adds nothing.

    Args:
        directory: a folder written by ``newsgraph scale`` (local path or URI).
        store: an open store.
        on_batch: called with the size of each batch stored (progress bars).
    """
    from newsgraph.scale.records import iter_records  # pyarrow: only when loading

    report = LoadReport()
    for records in iter_records(directory):
        added = store.add(records)
        report.added += added
        report.skipped += len(records) - added
        if on_batch:
            on_batch(len(records))
    return report
