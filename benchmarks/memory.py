"""Bounded memory: peak RSS of a streaming run over the corpus once and repeated N times.

    .venv/bin/python benchmarks/memory.py [--limit 200] [--times 10] [--workers 1]

Each run is a fresh subprocess that streams the articles (read lazily, repeated with new
ids) through ``analyze_stream`` and drops each record after serialising it, as ``analyze``
does. Target: the repeated run's peak RSS within 10% of the single pass.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import DEFAULT_CORPUS


def stream(corpus: Path, limit: int, times: int) -> Iterator:
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


def run(corpus: Path, limit: int, times: int, workers: int) -> dict:
    from newsgraph.batch import analyze_stream

    count = 0
    for record in analyze_stream(stream(corpus, limit, times), workers=workers):
        if hasattr(record, "to_json"):
            record.to_json()
        count += 1
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"articles": count, "peak_rss_mb": own, "peak_child_rss_mb": children}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200, help="articles per pass (0: all)")
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run(args.corpus, args.limit, args.run, args.workers)))
        return
    results = {}
    for times in (1, args.times):
        options = ["--corpus", str(args.corpus), "--limit", str(args.limit)]
        options += ["--workers", str(args.workers), "--run", str(times)]
        command = [sys.executable, __file__, *options]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results[times] = json.loads(output.splitlines()[-1])
        print(f"{times:3d} pass(es): {results[times]}")
    key = "peak_rss_mb" if args.workers == 1 else "peak_child_rss_mb"
    ratio = results[args.times][key] / results[1][key]
    print(f"peak RSS, {args.times} passes / 1 pass: {ratio:.3f} (target ≤ 1.10)")


if __name__ == "__main__":
    main()
