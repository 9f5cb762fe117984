"""Precision, recall and F1: the arithmetic every dev evaluation shares."""

from __future__ import annotations


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from the matched, predicted and gold counts."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return precision, recall, f1(precision, recall)
