"""Throughput of `analyze` against bare spaCy `nlp.pipe` on the BBC News corpus.

Modes: ``spacy`` is stock spaCy (``spacy.load`` of the model, ``nlp.pipe``, batches of 16);
``parse`` is newsgraph's own pipeline without the extraction stages (the same model with the
faster attribute ruler and lemmatizer of ``newsgraph.extract.components``); ``analyze`` is
the whole job in one process, ``analyze-2`` with two worker processes.

Two measurements, both printed:

1. **Interleaved (the ratios).** Modes run on the same slice of articles, slice after
   slice, in alternating order; the ratios are medians of the per-slice ratios. A shared
   machine's speed drifts by ±20% within minutes, and this way the drift hits all modes
   alike. Two rounds in this process: first ``analyze`` against ``analyze-2`` while the
   process holds newsgraph's model only, as ``newsgraph analyze --workers 2`` does (with
   stock spaCy loaded too, the forked workers measured ~6% slower: 1.83 against 1.94);
   then stock spaCy is loaded and ``spacy``, ``parse`` and ``analyze`` alternate.
2. **Separate processes (rates and memory).** Each mode runs in a fresh subprocess over all
   the articles, so its peak RSS is its own; modes alternate within each repeat; medians.

    .venv/bin/python benchmarks/throughput.py [--corpus ../shared/data/bbc_news/bbc]
        [--limit N] [--repeats 1] [--slice 64]

Targets: analyze ≥ 0.85 × bare spaCy in one process; `--workers 2` ≥ 1.8 × one worker;
peak RSS ≤ 1 GB per worker.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "bbc_news" / "bbc"
MODES = ("spacy", "parse", "analyze", "analyze-2")


def load_articles(corpus: Path, limit: int) -> list:
    """The corpus as Articles, read by newsgraph's own reader (Latin-1 files get replaced)."""
    from newsgraph.record import Article
    from newsgraph.sources import read_articles

    articles = [a for a in read_articles([str(corpus)], title_line=True) if isinstance(a, Article)]
    return articles[:limit] if limit else articles


def run_mode(mode: str, corpus: Path, limit: int) -> dict:
    """Time one mode in this process and return its figures."""
    import spacy

    from newsgraph.batch import analyze_stream
    from newsgraph.extract.nlp import MODEL, load_nlp
    from newsgraph.extract.pipeline import warm_up

    articles = load_articles(corpus, limit)
    words = sum(len(a.text.split()) for a in articles)
    workers = 2 if mode == "analyze-2" else 1
    # Every mode loads and warms its model before the clock starts; the two workers of
    # analyze-2 are forked from this process and inherit it, as they do in `analyze`.
    nlp = spacy.load(MODEL) if mode == "spacy" else load_nlp()
    list(nlp.pipe(["Warm up the model."]))
    if mode.startswith("analyze"):
        warm_up()
    start = time.perf_counter()
    if mode in ("spacy", "parse"):
        for _ in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
    else:
        for _ in analyze_stream(iter(articles), workers=workers):
            pass
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "mode": mode,
        "articles": len(articles),
        "words": words,
        "seconds": seconds,
        "peak_rss_mb_per_worker": max(own if workers == 1 else children, 0) / 1024,
    }


def measure(corpus: Path, limit: int, repeats: int) -> dict[str, list[dict]]:
    results: dict[str, list[dict]] = {mode: [] for mode in MODES}
    for repeat in range(repeats):
        for mode in MODES:
            command = [
                sys.executable,
                __file__,
                "--mode",
                mode,
                "--corpus",
                str(corpus),
                "--limit",
                str(limit),
            ]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            figures = json.loads(output.splitlines()[-1])
            results[mode].append(figures)
            rate = figures["articles"] / figures["seconds"]
            print(f"  repeat {repeat + 1} {mode:10s} {rate:7.1f} articles/s", file=sys.stderr)
    return results


def report(results: dict[str, list[dict]]) -> None:
    def median_rate(mode: str, key: str) -> float:
        return statistics.median(r[key] / r["seconds"] for r in results[mode])

    print(f"{'mode':12s} {'articles/s':>11s} {'words/s':>10s} {'peak RSS/worker':>16s}")
    for mode in MODES:
        rss = max(r["peak_rss_mb_per_worker"] for r in results[mode])
        print(
            f"{mode:12s} {median_rate(mode, 'articles'):11.1f} {median_rate(mode, 'words'):10.0f}"
            f" {rss:13.0f} MB"
        )
    # Ratios per repeat (modes of one repeat ran back to back), then the median.
    pairs = list(zip(*(results[m] for m in MODES), strict=True))
    keep = statistics.median(s["seconds"] / a["seconds"] for s, _, a, _ in pairs)
    stages = statistics.median(p["seconds"] / a["seconds"] for _, p, a, _ in pairs)
    scale = statistics.median(a["seconds"] / a2["seconds"] for _, _, a, a2 in pairs)
    print(f"separate processes, {len(pairs)} repeat(s) (ratios of medians, drift-prone):")
    print(f"  analyze / bare spaCy throughput:   {keep:.3f}")
    print(f"  analyze / newsgraph parse alone:   {stages:.3f}")
    print(f"  2 workers / 1 worker:              {scale:.3f}")


def run_interleaved(
    corpus: Path, limit: int, size: int, modes: tuple[str, ...]
) -> dict[str, list[float]]:
    """Seconds per slice of ``size`` articles for each of ``modes``, alternating per slice.

    Stock spaCy is loaded only when ``modes`` holds "spacy".
    """
    from newsgraph.batch import analyze_stream
    from newsgraph.extract.nlp import MODEL, load_nlp
    from newsgraph.extract.pipeline import vocabulary_zone, warm_up

    articles = load_articles(corpus, limit)
    ours = load_nlp()
    warm_up()
    runs: dict[str, Callable[[list], None]] = {}
    if "spacy" in modes:
        import spacy

        stock = spacy.load(MODEL)
        list(stock.pipe(["Warm up the model."]))
        runs["spacy"] = lambda batch: _drain(stock.pipe((a.text for a in batch), batch_size=16))

    def parse(batch: list) -> None:  # in a zone, as analyze parses
        with vocabulary_zone():
            _drain(ours.pipe((a.text for a in batch), batch_size=16))

    runs["parse"] = parse
    runs["analyze"] = lambda batch: _drain(analyze_stream(iter(batch), workers=1))
    runs["analyze-2"] = lambda batch: _drain(analyze_stream(iter(batch), workers=2))
    seconds: dict[str, list[float]] = {mode: [] for mode in modes}
    slices = [articles[i : i + size] for i in range(0, len(articles), size)]
    for n, batch in enumerate(slices):
        for mode in modes if n % 2 == 0 else modes[::-1]:
            start = time.perf_counter()
            runs[mode](batch)
            seconds[mode].append(time.perf_counter() - start)
        print(f"  {'/'.join(modes)}: slice {n + 1}/{len(slices)} done", file=sys.stderr)
    return seconds


def _drain(items: Iterable[object]) -> None:
    for _ in items:
        pass


def report_interleaved(scaling: dict[str, list[float]], single: dict[str, list[float]]) -> None:
    def ratio(seconds: dict[str, list[float]], slow: str, fast: str) -> float:
        return statistics.median(s / f for s, f in zip(seconds[slow], seconds[fast], strict=True))

    lines = [
        ("analyze / bare spaCy throughput", ratio(single, "spacy", "analyze"), "target ≥ 0.85"),
        ("analyze / newsgraph parse alone", ratio(single, "parse", "analyze"), "the stages' share"),
        ("newsgraph parse / bare spaCy", ratio(single, "spacy", "parse"), ""),
        ("2 workers / 1 worker", ratio(scaling, "analyze", "analyze-2"), "target ≥ 1.80"),
    ]
    print(f"interleaved, {len(single['spacy'])} slices (medians of per-slice ratios):")
    for label, value, comment in lines:
        print(f"  {label + ':':34s} {value:.3f}" + (f"  ({comment})" if comment else ""))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--repeats", type=int, default=1, help="separate-process runs")
    parser.add_argument("--slice", type=int, default=64, help="articles per interleaved slice")
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus folder not found: {args.corpus}")
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.corpus, args.limit)))
        return
    scaling = run_interleaved(args.corpus, args.limit, args.slice, ("analyze", "analyze-2"))
    single = run_interleaved(args.corpus, args.limit, args.slice, ("spacy", "parse", "analyze"))
    report_interleaved(scaling, single)
    if args.repeats:
        report(measure(args.corpus, args.limit, args.repeats))


if __name__ == "__main__":
    main()
