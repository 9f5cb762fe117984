"""Small SQL helpers shared by the store's modules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# Values per ``IN (…)`` list: far below SQLite's and PostgreSQL's parameter limits.
IN_LIST = 500


def chunked(values: Iterable[T], size: int = IN_LIST) -> Iterator[list[T]]:
    """The values, sorted, in lists of at most ``size`` (one ``IN (…)`` query each)."""
    ordered = sorted(values)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]
