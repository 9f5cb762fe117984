"""Entities stage: name clusters, roles, pronouns and nominals, country and sector codes.

One Doc in, one :class:`~newsgraph.record.Entity` per real-world entity out, numbered E1,
E2, … in order of first mention. The passes run in this order, each reading what the
previous ones found:

1. :mod:`.names` – the backbone's names, cleaned and retyped, plus lexicon names it missed;
2. :mod:`.clusters` – names grouped per entity (surnames, acronyms, lexicon variants);
3. :mod:`.coding` – countries and sectors of the named entities;
4. :mod:`.roles` – titles tied to people's names, then nominal mentions ("the adviser");
5. :mod:`.orgrefs` – organisation nominals ("the company") and relative pronouns, then
   :mod:`.coding` of an organisation's country from a nominal tied to its name;
6. :mod:`.coding` again – people's country and sector from their roles;
7. :mod:`.coref` – pronouns;
8. :mod:`.sources` – common nouns that speak with no name behind them ("the report said");
9. :mod:`.roles` again – office holders the text never names ("the judge agreed");
10. :mod:`.coding` last – political figures still uncoded, from the Phoenix dictionaries.

Everything is linear in the number of tokens, apart from a small per-pronoun and
per-nominal scan over the article's people.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsgraph.extract.entities.clusters import cluster_names
from newsgraph.extract.entities.coding import (
    canonical_name,
    code_names,
    code_org_nominals,
    code_people,
    code_roles,
)
from newsgraph.extract.entities.coref import resolve_pronouns
from newsgraph.extract.entities.model import Cluster, Context, segments
from newsgraph.extract.entities.names import name_mentions
from newsgraph.extract.entities.orgrefs import find_org_references
from newsgraph.extract.entities.roles import (
    find_nominals,
    find_roles,
    name_newcomers,
    name_unnamed_offices,
)
from newsgraph.extract.entities.sources import find_source_nouns
from newsgraph.record import Entity, Mention

__all__ = ["entity_at", "find_entities"]


def find_entities(doc: Doc, published: dt.date | None = None) -> list[Entity]:
    """Cluster the article's entity mentions into entities.

    Args:
        doc: the parsed article (the text every offset indexes into).
        published: the publication date, which tells which office a political figure the
            dictionaries know held then (none: only their undated country).

    Returns:
        Entities with ids "E1", "E2", … in order of first mention; each mention's offsets
        satisfy ``doc.text[m.start:m.end] == m.text``.
    """
    ctx = Context(doc, segments(doc))
    cluster_names(ctx, name_mentions(doc))
    code_names(ctx)
    find_roles(ctx)
    find_nominals(ctx)
    name_newcomers(ctx)
    find_org_references(ctx)
    code_org_nominals(ctx)
    code_roles(ctx)
    resolve_pronouns(ctx)
    find_source_nouns(ctx)
    name_unnamed_offices(ctx)
    code_roles(ctx)
    code_people(ctx, published)
    clusters = sorted(ctx.clusters, key=lambda c: c.first)
    return [_record(doc, c, f"E{n}") for n, c in enumerate(clusters, start=1)]


def _record(doc: Doc, cluster: Cluster, entity_id: str) -> Entity:
    mentions = sorted(cluster.mentions, key=lambda m: (m.start, m.end))
    roles = list(dict.fromkeys(doc[r.start : r.end].text for r in cluster.roles))
    return Entity(
        id=entity_id,
        name=canonical_name(doc, cluster),
        type=cluster.type,
        country=cluster.country,
        sector=cluster.sector,
        roles=roles,
        mentions=[_mention(doc, m.start, m.end, m.kind) for m in mentions],
    )


def _mention(doc: Doc, start: int, end: int, kind: str) -> Mention:
    span = doc[start:end]
    return Mention(start=span.start_char, end=span.end_char, text=span.text, kind=kind)


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
