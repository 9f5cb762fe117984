"""Time to analyze texts built to be slow: long runs of one punctuation character.

spaCy's tokenizer searches a whitespace-free run for prefixes and suffixes in time
quadratic in the run's length (12,000 '"' took 17.6 s, 24,000 about 60 s). newsgraph cuts
such runs before tokenizing (``newsgraph.extract.nlp.BoundedTokenizer``), so the time
should grow linearly. This prints, for each character and length, the median seconds of
``newsgraph.analyze`` and of spaCy's own tokenizer, and the ratio of the longest to the
shortest length next to the ratio of the lengths (linear growth: about equal).

    .venv/bin/python benchmarks/pathological.py [--lengths 3000 6000 12000 24000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import newsgraph
from newsgraph.extract.nlp import load_nlp

CHARACTERS = ['"', ")", "(", "-", "'"]


def _median_seconds(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[3000, 6000, 12000, 24000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stock", action="store_true", help="also time stock spaCy (slow)")
    args = parser.parse_args()
    stock = load_nlp().tokenizer.tokenizer  # spaCy's own, under the bounded wrapper
    print(
        f"{'char':>4} {'length':>7} {'analyze s':>10}"
        + (f" {'spaCy tokenizer s':>18}" if args.stock else "")
    )
    for char in CHARACTERS:
        seconds = []
        for length in args.lengths:
            text = f"Police arrested three protesters. {char * length} Talks resumed on Monday."
            analyzed = _median_seconds(lambda t=text: newsgraph.analyze(t), args.repeats)
            seconds.append(analyzed)
            line = f"{char:>4} {length:>7} {analyzed:>10.3f}"
            if args.stock:
                line += f" {_median_seconds(lambda t=text: stock(t), 1):>18.3f}"
            print(line)
        grow = seconds[-1] / seconds[0] if seconds[0] else float("inf")
        print(f"     time ×{grow:.1f} for length ×{args.lengths[-1] / args.lengths[0]:.0f}")


if __name__ == "__main__":
    main()
