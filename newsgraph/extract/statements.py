"""Statements stage (placeholder until the statements work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.record import Entity, Statement, Time


def find_statements(doc: Doc, *, entities: list[Entity], times: list[Time]) -> list[Statement]:
    """Find quotes and reported speech with speakers, cues, addressees and carriers."""
    return []
