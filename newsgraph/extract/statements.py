"""Statements stage: quotes and reported speech (implementation in :mod:`.quotes`)."""

from __future__ import annotations

from newsgraph.extract.quotes import find_statements

__all__ = ["find_statements"]
