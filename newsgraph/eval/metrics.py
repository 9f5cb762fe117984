"""Precision, recall and F1 — the arithmetic every dev evaluation shares — and the
command-line loop of the evaluations that score folders of documents."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol


class FolderCounts(Protocol):
    """Pooled match counts of an evaluation: what :func:`folders_main` needs of them."""

    errors: list[str]

    def add(self, other: FolderCounts) -> None: ...

    def scores(self) -> dict[str, float]: ...


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from the matched, predicted and gold counts."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return precision, recall, f1(precision, recall)


def prf_items(prefix: str, values: tuple[float, float, float]) -> dict[str, float]:
    """Precision, recall and F1 as ``{prefix}_p``, ``{prefix}_r``, ``{prefix}_f1``."""
    return dict(zip((f"{prefix}_p", f"{prefix}_r", f"{prefix}_f1"), values, strict=True))


def folders_main(
    argv: Iterable[str] | None,
    description: str,
    evaluate_counts: Callable[[Path], FolderCounts],
    format_scores: Callable[[str, dict[str, float]], str],
    empty: Callable[[], FolderCounts],
) -> None:
    """``python -m newsgraph.eval.X FOLDER … [--errors FILE]``: the measures per folder,
    pooled over all folders when there are several, every mismatch to FILE."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--errors", type=Path, help="write every mismatch to this file")
    args = parser.parse_args(None if argv is None else list(argv))
    overall = empty()
    for folder in args.folders:
        counts = evaluate_counts(folder)
        print(format_scores(folder.name, counts.scores()))
        overall.add(counts)
    if len(args.folders) > 1:
        print(format_scores("overall", overall.scores()))
    if args.errors:
        args.errors.write_text("\n".join(overall.errors) + "\n", encoding="utf-8")
