"""Ingest throughput, store overhead, database size and query latency.

    .venv/bin/python benchmarks/ingest.py [--limit N] [--postgres postgresql://…]

Ingests the BBC corpus into a fresh SQLite store (and, with --postgres or
$NEWSGRAPH_TEST_POSTGRES_URL, a fresh PostgreSQL database), measures analyze-only
throughput on the same articles in the same run, then times 100 typical queries (full-text
search, actor profiles, event filters, record reads) and prints median and p95 latency.
Targets: store overhead ≤ 15% (ingest ≥ 0.85 × analyze-only), query p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))

from throughput import DEFAULT_CORPUS, load_articles  # noqa: E402

from newsgraph.batch import analyze_stream  # noqa: E402
from newsgraph.ingest import ingest  # noqa: E402
from newsgraph.store import Store  # noqa: E402

SEARCH_WORDS = [
    "election",
    "minister",
    "growth",
    "champion",
    "film",
    "broadband",
    "court",
    "profits",
    "injury",
    "labour party",
    "oil prices",
    "music award",
    "software",
    "interest rates",
    "world cup",
    "mobile phone",
    "tax",
    "strike",
    "china",
    "police",
]


def analyze_only(articles: list) -> float:
    start = time.perf_counter()
    for _ in analyze_stream(iter(articles)):
        pass
    return time.perf_counter() - start


def timed_ingest(articles: list, url: str) -> float:
    with Store.open(url) as store:
        start = time.perf_counter()
        report = ingest(iter(articles), store)
        seconds = time.perf_counter() - start
    if report.failed:
        print(f"  {report.failed} articles failed, e.g. {report.problems[0]}", file=sys.stderr)
    return seconds


def _queries(store: Store) -> list[Callable[[], object]]:
    actors = [row["key"] for row in store.actors(limit=20)]
    ids = [r.article.id for _, r in zip(range(20), store.iter_records(), strict=False)]
    jobs: list[Callable[[], object]] = []
    jobs += [lambda w=w: store.search(w, limit=20) for w in SEARCH_WORDS * 2]
    jobs += [lambda k=k: store.actor_profile(k) for k in actors]
    jobs += [
        lambda t=t: store.events(event_type=t, limit=50)
        for t in ("CONSULT", "ACCUSE", "ASSAULT", "AGREE", "SUPPORT") * 2
    ]
    jobs += [lambda k=k: store.events(actor_keys=[k], limit=50) for k in actors[:10]]
    jobs += [lambda i=i: store.record_json(i) for i in ids]
    return jobs[:100]


def query_latency(url: str) -> tuple[float, float, int]:
    with Store.open(url) as store:
        jobs = _queries(store)
        times = []
        for job in jobs:
            start = time.perf_counter()
            job()
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(times)


def report(name: str, articles: list, url: str, baseline: float, size: int | None) -> None:
    seconds = timed_ingest(articles, url)
    median, p95, count = query_latency(url)
    n = len(articles)
    print(
        f"[{name}] ingest {n / seconds:.1f} articles/s; analyze-only {n / baseline:.1f} articles/s;"
        f" ingest/analyze throughput {baseline / seconds:.3f} (target ≥ 0.85)"
    )
    if size is not None:
        print(
            f"[{name}] database {Path(url).stat().st_size / 1e6:.1f} MB, "
            f"{Path(url).stat().st_size / n / 1024:.1f} KB per article"
        )
    print(
        f"[{name}] {count} queries: median {median:.1f} ms, p95 {p95:.1f} ms (target p95 < 50 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--postgres", default=os.environ.get("NEWSGRAPH_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    articles = load_articles(args.corpus, args.limit)
    baseline = analyze_only(articles)
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        report("sqlite", articles, db, baseline, size=1)
    if args.postgres:
        from conftest import _reset_postgres

        _reset_postgres(args.postgres)
        report("postgresql", articles, args.postgres, baseline, size=None)


if __name__ == "__main__":
    main()
