"""Entities stage (placeholder until the entities work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.record import Entity


def find_entities(doc: Doc) -> list[Entity]:
    """Cluster the article's entity mentions into entities."""
    return []


def entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity one of whose mentions overlaps the characters ``start:end`` (the most
    overlapping one), or None. Later stages use it to turn a span into an entity id."""
    best, best_overlap = None, 0
    for entity in entities:
        for mention in entity.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
    return best
