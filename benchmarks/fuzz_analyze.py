"""The property of ``tests/test_properties.py`` over many more generated texts (nightly).

Runs ``newsgraph.analyze`` on ``--examples`` texts drawn by the same Hypothesis strategies
(words that exercise every stage, punctuation runs, any code point, dates of any year) and
checks that nothing crashes, every span indexes the text and the record round-trips
through JSON. Prints the number of examples and the time taken; exits 1 with the shrunk
failing example otherwise.

    .venv/bin/python benchmarks/fuzz_analyze.py [--examples 10000] [--seed 0]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_properties import DATES, TEXTS
from test_properties import test_analyze_any_text_keeps_offsets_and_round_trips as check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    prop = check.hypothesis.inner_test  # the undecorated property
    run = seed(args.seed)(
        settings(
            max_examples=args.examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )(given(text=TEXTS, published=DATES)(prop))
    )
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    each = seconds / args.examples * 1000
    print(f"{args.examples} examples passed in {seconds:.0f} s ({each:.1f} ms each)")


if __name__ == "__main__":
    main()
