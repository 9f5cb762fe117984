"""Precision, recall and F1 — the arithmetic every dev evaluation shares — and what the
``newsgraph eval`` commands need of the counts of evaluations that score folders."""

from __future__ import annotations

from typing import Protocol


class FolderCounts(Protocol):
    """Pooled match counts of an evaluation over a folder: they add up over folders, give
    the scores and keep every mismatch (``newsgraph eval times|entities``)."""

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
