"""Entities stage (placeholder until the entities work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.record import Entity


def find_entities(doc: Doc) -> list[Entity]:
    """Cluster the article's entity mentions into entities."""
    return []
