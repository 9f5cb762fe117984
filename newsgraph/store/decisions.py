"""The user's corrections: ``actors merge`` and ``actors split``, kept so that later
ingests and ``actors relink`` apply them again.

A merge records that every name key of the two actors is one actor. A split of a full
name ("Bo Lee" off "Ann Lee") makes its key stand alone: nothing joins it through a
mention or an earlier merge. A split of a partial name ("Blair" off Tony Blair) says only
that the bare name is not that actor: it still resolves inside its own article (never to
the actor it was split from), but no longer by a guess over the corpus. Decisions apply in the order
they were made; a later split voids the earlier merges of its key.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from newsgraph.store import schema
from newsgraph.store.actors import (
    CORPUS,
    NAME,
    USER,
    Linker,
    create_actor,
    merge_into,
)
from newsgraph.store.names import link_keys, name_key

A, AN, AP, EN = schema.actors, schema.actor_names, schema.actor_parts, schema.entities


class DecisionError(ValueError):
    """A merge or split that cannot be made; the message says why."""


def _keys(connection: Connection, actor_key: int) -> list[str]:
    found = select(AN.c.key).where(AN.c.actor_key == actor_key).order_by(AN.c.key)
    keys = list(connection.execute(found).scalars())
    if not keys:
        raise DecisionError(
            f"actor {actor_key} has no name keys (a store linked by older rules?): "
            "run `newsgraph actors relink` first"
        )
    return keys


def _decide(connection: Connection, kind: str, one: str, other: str | None) -> None:
    connection.execute(
        insert(schema.actor_decisions).values(
            kind=kind, one=one, other=other,
            decided_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
    )  # fmt: skip


def merge_actors(connection: Connection, keep: int, other: int) -> set[int]:
    """A user's merge: ``other`` becomes part of ``keep``, and stays so.

    Returns:
        the keys of articles whose links moved.

    Raises:
        DecisionError: when both are one actor already, or one has no name keys.
    """
    if keep == other:
        raise DecisionError("both names are the same actor")
    keys = _keys(connection, keep) + _keys(connection, other)
    for key in keys[1:]:
        _decide(connection, "merge", keys[0], key)
    moved = merge_into(connection, keep, other)
    linker = Linker.open(connection)
    linker.touch_articles(moved)
    linker.touched_actors.add(keep)
    return moved | linker.settle()


def split_actor(connection: Connection, actor_key: int, name: str) -> tuple[int, set[int]]:
    """A user's split: the actor's entities known by ``name`` (any spelling that folds
    alike) become an actor of their own (see the module docstring).

    Returns:
        the new actor's key and the keys of articles whose links moved.

    Raises:
        DecisionError: when no entity of the actor has that name, or it is the only one.
    """
    source = connection.execute(select(A).where(A.c.key == actor_key)).one()
    rows = connection.execute(
        select(EN.c.article_key, EN.c.entity_id, EN.c.name, EN.c.type).where(
            EN.c.actor_key == actor_key
        )
    ).all()
    # Each entity by its own type: a merged actor may hold a person and an organisation.
    chosen = [r for r in rows if name_key(r.name, r.type) == name_key(name, r.type)]
    if not chosen:
        raise DecisionError(f"no entity of actor {actor_key} ({source.name}) is named {name!r}")
    own = name_key(chosen[0].name, chosen[0].type)
    entity_type = chosen[0].type
    if len(chosen) == len(rows):
        raise DecisionError(f"{name!r} is the only name of actor {actor_key}: nothing to split")
    keys = link_keys(name, entity_type, [name])
    partial = keys is not None and keys.partial is not None
    rest = [k for k in _keys(connection, actor_key) if k != own]
    if not rest:
        raise DecisionError(
            f"{name!r} is the name actor {actor_key} is known by; split its other names off"
        )
    anchor = rest[0]
    for key in rest[1:]:  # what stays stays one actor, whatever earlier merge held it
        _decide(connection, "merge", anchor, key)
    _decide(connection, "split_part" if partial else "split", own, anchor)
    owner = connection.execute(select(AN.c.actor_key).where(AN.c.key == own)).scalar()
    if owner is not None and owner != actor_key:
        target = owner  # the bare name's own actor exists already
    else:
        target = create_actor(connection, chosen[0].name, entity_type, None, None)
        connection.execute(delete(AN).where(AN.c.key == own))
        connection.execute(insert(AN).values(key=own, actor_key=target))
    for row in chosen:
        connection.execute(
            update(EN)
            .where(EN.c.article_key == row.article_key, EN.c.entity_id == row.entity_id)
            .values(actor_key=target, link_basis=CORPUS if partial else USER)
        )
    _reset_parts(connection, {actor_key, target})
    moved = {row.article_key for row in chosen}
    linker = Linker.open(connection)  # with the new decision: re-resolve what it touches
    linker.reresolve_in_articles(moved)
    linker.touch_articles(moved)
    linker.touched_actors |= {actor_key, target}
    if partial:
        linker.touched_parts.add(keys.partial)
    return target, moved | linker.settle()


def _reset_parts(connection: Connection, actors: set[int]) -> None:
    """Give these actors exactly the parts (surnames, tied acronyms) of the full names
    that are theirs now, as a relink would: a surname split off is no longer a way to
    reach the actor it left."""
    mentions = schema.mentions
    rows = connection.execute(
        select(EN.c.actor_key, EN.c.name, EN.c.type, mentions.c.text)
        .join(
            mentions,
            (mentions.c.article_key == EN.c.article_key)
            & (mentions.c.entity_id == EN.c.entity_id)
            & (mentions.c.kind == "name"),
        )
        .where(EN.c.actor_key.in_(actors), EN.c.link_basis.in_((NAME, USER)))
    ).all()
    names: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for actor, name, entity_type, text in rows:
        names[(actor, name, entity_type)].append(text)
    parts = {
        (part, actor)
        for (actor, name, entity_type), texts in names.items()
        for part in getattr(link_keys(name, entity_type, texts), "parts", ())
    }
    connection.execute(delete(AP).where(AP.c.actor_key.in_(actors)))
    if parts:
        connection.execute(insert(AP), [{"key": p, "actor_key": a} for p, a in sorted(parts)])
