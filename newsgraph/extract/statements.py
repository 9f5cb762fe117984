"""Statements stage: quotes and reported speech (implementation in :mod:`.quotes`)."""

from __future__ import annotations

from newsgraph.extract.quotes import find_statements
from newsgraph.extract.quotes.first_person import attach_first_person

__all__ = ["attach_first_person", "find_statements"]
