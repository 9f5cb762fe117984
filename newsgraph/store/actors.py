"""Actor identity across articles: one corpus actor per real-world actor.

An article's entity links to a corpus actor when one of its *name keys* is already an
alias of that actor. Keys fold the ways news spells one name differently: case, accents,
a leading "the", possessives, romanisation variants (the ``transliteration`` lexicon) and
acronym ↔ expansion. A one-word person name ("Naryshkin") links to the one person actor
with that surname, if there is exactly one. Users correct the result with
``newsgraph actors merge`` and ``split``; their decisions move the aliases, so later
ingests follow them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from newsgraph.extract.lexicon import load_table
from newsgraph.record import Entity
from newsgraph.store import schema

# Entity types that name actors worth following across a corpus.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT"})
_ACRONYM_SKIP = frozenset({"the", "of", "and", "for", "on", "in", "de", "la", "&"})


@cache
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(row.values["pattern"]), row.values["replacement"])
        for row in load_table("transliteration")
    )


def fold(name: str) -> str:
    """A name folded for comparison: ASCII, lower case, no "the"/possessive/punctuation,
    romanisation variants rewritten."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"'s\b|[’']", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    for pattern, replacement in _rewrites():
        text = pattern.sub(replacement, text)
    return text


def acronym(name: str) -> str | None:
    """The acronym of a multi-word name ("Central Intelligence Agency" → "CIA"), or the
    name itself when it is one all-capitals word."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) == 1:
        word = words[0].replace(".", "")
        return word if word.isupper() and 2 <= len(word) <= 8 else None
    initials = [w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[0].isalpha()]
    return "".join(initials).upper() if len(initials) >= 2 else None


def _group(entity_type: str) -> str:
    return "per" if entity_type == "PERSON" else "org" if entity_type in ("ORG", "NORP") else "loc"


def name_keys(name: str, entity_type: str) -> set[str]:
    """Every alias key an entity of this name and type is known by."""
    group = _group(entity_type)
    keys = {f"{group}:{fold(name)}"}
    short = acronym(name)
    if group == "org" and short:
        keys.add(f"acr:{short}")
    words = fold(name).split()
    if group == "per" and len(words) > 1:
        keys.add(f"sur:{words[-1]}")
    return keys


def _lookup_keys(entity: Entity) -> list[str]:
    """Keys to try, strongest first. A full person name never links through its surname
    alone ("Bo Lee" is not "Ann Lee"), only to an actor known by that bare surname so far;
    a bare surname links to the one person who has it."""
    words = fold(entity.name).split()
    if entity.type == "PERSON":
        if len(words) == 1:
            return [f"per:{words[0]}", f"sur:{words[0]}"]
        return [f"per:{' '.join(words)}", f"per:{words[-1]}"]
    keys = name_keys(entity.name, entity.type)
    return sorted(keys, key=lambda k: (k.startswith("acr:"), k))


def _add_aliases(connection: Connection, actor_key: int, keys: set[str]) -> None:
    aliases = schema.actor_aliases
    existing = set(
        connection.execute(select(aliases.c.key).where(aliases.c.actor_key == actor_key)).scalars()
    )
    rows = [{"actor_key": actor_key, "key": key} for key in sorted(keys - existing)]
    if rows:
        connection.execute(insert(aliases), rows)


class _AliasIndex:
    """The aliases and actors one record can touch, read in two queries and kept current
    in memory while its entities are linked (a record has dozens of entities, and a round
    trip per lookup is what makes a remote database slow)."""

    def __init__(self, connection: Connection, keys: set[str]) -> None:
        aliases, actors = schema.actor_aliases, schema.actors
        self.connection = connection
        self.by_key: dict[str, set[int]] = defaultdict(set)
        rows = connection.execute(
            select(aliases.c.key, aliases.c.actor_key).where(aliases.c.key.in_(keys))
        )
        for key, actor_key in rows:
            self.by_key[key].add(actor_key)
        known = {a for found in self.by_key.values() for a in found}
        self.actors = {
            row.key: dict(row._mapping)
            for row in connection.execute(select(actors).where(actors.c.key.in_(known)))
        }
        self.changed: set[int] = set()
        self.new_aliases: list[dict] = []

    def find(self, keys: list[str]) -> int | None:
        for key in keys:
            found = self.by_key.get(key)
            if found and len(found) == 1:  # an ambiguous surname links nowhere
                return next(iter(found))
        return None

    def create(self, entity: Entity) -> int:
        row = {"name": entity.name, "norm": fold(entity.name), "type": entity.type,
               "country": entity.country, "sector": entity.sector}  # fmt: skip
        key = self.connection.execute(insert(schema.actors).values(row)).inserted_primary_key[0]
        self.actors[key] = row | {"key": key}
        return key

    def alias(self, actor_key: int, keys: set[str]) -> None:
        for key in sorted(keys):
            if actor_key not in self.by_key[key]:
                self.by_key[key].add(actor_key)
                self.new_aliases.append({"actor_key": actor_key, "key": key})

    def unalias(self, actor_key: int, key: str) -> None:
        aliases = schema.actor_aliases
        self.connection.execute(
            delete(aliases).where(aliases.c.actor_key == actor_key, aliases.c.key == key)
        )
        self.by_key[key].discard(actor_key)

    def flush(self) -> None:
        """Write the new aliases and the changed actors."""
        if self.new_aliases:
            self.connection.execute(insert(schema.actor_aliases), self.new_aliases)
        actors = schema.actors
        for key in self.changed:
            values = {k: v for k, v in self.actors[key].items() if k != "key"}
            self.connection.execute(update(actors).where(actors.c.key == key).values(values))


def _improve(index: _AliasIndex, actor_key: int, entity: Entity) -> None:
    """Give the actor a fuller name and any country or sector it lacked."""
    current = index.actors[actor_key]
    before = dict(current)
    if len(entity.name) > len(current["name"]) and entity.type == current["type"]:
        if current["type"] == "PERSON" and " " not in current["norm"]:
            # Known by a bare surname until now: that surname stops being a full name key,
            # so another person of the same surname does not join this actor.
            index.unalias(actor_key, f"per:{current['norm']}")
        current |= {"name": entity.name, "norm": fold(entity.name)}  # the fullest name
    current["country"] = current["country"] or entity.country
    current["sector"] = current["sector"] or entity.sector
    if current != before:
        index.changed.add(actor_key)


def link_entities(connection: Connection, entities: list[Entity]) -> dict[str, int | None]:
    """The corpus actor of each entity of one article (created when new; None for
    entities that are not actors), by entity id."""
    actors = [e for e in entities if e.type in ACTOR_TYPES]
    wanted = {k for e in actors for k in (*_lookup_keys(e), *name_keys(e.name, e.type))}
    index = _AliasIndex(connection, wanted)
    linked: dict[str, int | None] = {e.id: None for e in entities}
    for entity in actors:
        actor_key = index.find(_lookup_keys(entity))
        if actor_key is None:
            actor_key = index.create(entity)
        else:
            _improve(index, actor_key, entity)
        index.alias(actor_key, name_keys(entity.name, entity.type))
        linked[entity.id] = actor_key
    index.flush()
    return linked


def merge_actors(connection: Connection, keep: int, other: int) -> None:
    """Make ``other`` part of ``keep``: its entities and aliases move, ``other`` goes."""
    connection.execute(
        update(schema.entities).where(schema.entities.c.actor_key == other).values(actor_key=keep)
    )
    aliases = schema.actor_aliases
    moved = set(
        connection.execute(select(aliases.c.key).where(aliases.c.actor_key == other)).scalars()
    )
    connection.execute(delete(aliases).where(aliases.c.actor_key == other))
    _add_aliases(connection, keep, moved)
    connection.execute(delete(schema.actors).where(schema.actors.c.key == other))


def split_actor(connection: Connection, actor_key: int, name: str) -> int:
    """Move the entities of an actor that are named ``name`` to a new actor; its key."""
    entities, actors = schema.entities, schema.actors
    source = connection.execute(select(actors).where(actors.c.key == actor_key)).one()
    row = {"name": name, "norm": fold(name), "type": source.type, "country": source.country,
           "sector": source.sector}  # fmt: skip
    new_key = connection.execute(insert(actors).values(row)).inserted_primary_key[0]
    connection.execute(
        update(entities)
        .where(entities.c.actor_key == actor_key, entities.c.name == name)
        .values(actor_key=new_key)
    )
    keys = name_keys(name, source.type) - name_keys(source.name, source.type)
    aliases = schema.actor_aliases
    connection.execute(
        delete(aliases).where(aliases.c.actor_key == actor_key, aliases.c.key.in_(keys))
    )
    _add_aliases(connection, new_key, keys)
    return new_key
