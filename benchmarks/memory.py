"""Bounded memory: peak RSS of a streaming run over the corpus once and repeated N times.

    .venv/bin/python benchmarks/memory.py [--mode analyze|ingest|both] [--limit 0]
        [--times 10] [--workers 1]

Each run is a fresh subprocess that streams the articles (read lazily, repeated with new
ids, so every pass is new to the store) through one of two paths:

- ``analyze``: ``analyze_stream``, dropping each record after serialising it, as
  ``newsgraph analyze`` does;
- ``ingest``: :func:`newsgraph.ingest.ingest` into a fresh SQLite store in a temporary
  folder, as ``newsgraph ingest`` does (dedup look-ups, transactions of 64 records, actor
  linking and event clustering against a store that grows to N × the corpus).

Within each run the RSS, the peak RSS and the size of spaCy's StringStore are sampled as
the first result of the next pass comes out (and at the end), so growth shows up pass by
pass, not only in the final peak.
Target: the repeated run's peak RSS within 10% of the single pass. Exits 1 when missed.

By default every pass is the whole BBC corpus (2,225 articles): at ~15 articles/s that is
~27 min per mode (one pass, then ten) on an idle core, so run the modes in parallel
(``--mode analyze`` and ``--mode ingest``) or use ``--limit 200`` for a quick check.
Measured figures: docs/scale.md, "Memory".

Caveat: repeating one corpus feeds spaCy the same words each pass, so it cannot show the
growth of the StringStore on an endless stream of new words (names, URLs in a crawl); the
``strings`` column shows how much of it there is.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import DEFAULT_CORPUS

MODES = ("analyze", "ingest")


def _rss_mb() -> float:
    """The current resident set size of this process, in MB (Linux)."""
    with open("/proc/self/statm") as stream:
        pages = int(stream.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # ru_maxrss is in KB on Linux


def _strings() -> int:
    """Entries in this process's spaCy StringStore (0 before the model is loaded)."""
    from newsgraph.extract.nlp import load_nlp

    return len(load_nlp().vocab.strings) if load_nlp.cache_info().currsize else 0


def stream(corpus: Path, limit: int, times: int) -> Iterator:
    """The corpus ``times`` over, ids prefixed with the pass number (from 0)."""
    from newsgraph.record import Article
    from newsgraph.sources import read_articles

    for round_ in range(times):
        articles = (
            a for a in read_articles([str(corpus)], title_line=True) if isinstance(a, Article)
        )
        for number, article in enumerate(articles):
            if limit and number >= limit:
                break
            yield article.model_copy(update={"id": f"{round_}/{article.id}"})


def run(corpus: Path, limit: int, times: int, workers: int, mode: str) -> dict:
    """One measured run in this process: ``times`` passes through ``mode``."""
    from newsgraph.batch import analyze_stream
    from newsgraph.ingest import ingest
    from newsgraph.store import Store

    samples: list[dict] = []
    started = time.perf_counter()
    current = 0  # the pass of the last result seen

    def sample() -> None:
        samples.append(
            {
                "after_pass": current + 1,
                "seconds": round(time.perf_counter() - started, 1),
                "rss_mb": round(_rss_mb(), 1),
                "peak_rss_mb": round(_peak_mb(), 1),
                "strings": _strings(),
            }
        )

    def on_result(result: object) -> None:
        # Results come in input order: the first of pass n + 1 closes pass n.
        nonlocal current
        number = int(result.article.id.split("/", 1)[0]) if hasattr(result, "article") else 0
        if number > current:
            sample()
            current = number

    count = 0
    articles = stream(corpus, limit, times)
    if mode == "ingest":
        with tempfile.TemporaryDirectory() as folder:
            store = Store.open(str(Path(folder) / "memory.db"))
            with store:
                report = ingest(articles, store, workers=workers, on_result=on_result)
            count = report.added
            db_mb = (Path(folder) / "memory.db").stat().st_size / 2**20
    else:
        for record in analyze_stream(articles, workers=workers):
            if hasattr(record, "to_json"):
                record.to_json()
            on_result(record)
            count += 1
    sample()
    result = {
        "mode": mode,
        "articles": count,
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(_peak_mb(), 1),
        "peak_child_rss_mb": round(_peak_mb(resource.RUSAGE_CHILDREN), 1),
        "passes": samples,
    }
    if mode == "ingest":
        result["db_mb"] = round(db_mb, 1)
    return result


def measure(args: argparse.Namespace, mode: str) -> float:
    """Run one pass and ``args.times`` passes of ``mode`` in fresh subprocesses; print
    both and return the ratio of their peak RSS."""
    results = {}
    for times in (1, args.times):
        options = ["--corpus", str(args.corpus), "--limit", str(args.limit), "--mode", mode]
        options += ["--workers", str(args.workers), "--run", str(times)]
        command = [sys.executable, __file__, *options]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results[times] = json.loads(output.splitlines()[-1])
        passes = results[times].pop("passes")
        print(f"{mode} {times:3d} pass(es): {results[times]}", flush=True)
        for figures in passes:
            print(f"    {figures}", flush=True)
    key = "peak_rss_mb" if args.workers == 1 else "peak_child_rss_mb"
    ratio = results[args.times][key] / results[1][key]
    print(f"{mode}: peak RSS, {args.times} passes / 1 pass: {ratio:.3f} (target ≤ 1.10)")
    return ratio


def main() -> None:
    """Measure each mode asked for; exit 1 when a ratio misses the target."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="articles per pass (0: all)")
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--mode", choices=(*MODES, "both"), default="both")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        figures = run(args.corpus, args.limit, args.run, args.workers, args.mode)
        print(json.dumps(figures))
        return
    ratios = [measure(args, mode) for mode in (MODES if args.mode == "both" else [args.mode])]
    sys.exit(0 if all(r <= 1.10 for r in ratios) else 1)


if __name__ == "__main__":
    main()
