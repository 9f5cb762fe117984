"""``actors relink``: recompute every entity → actor link of a store with the current rules.

The same rules as ingest (:mod:`newsgraph.store.actors`), over the whole store at once:
full names are joined by their strong keys (union–find), the user's merges join their
keys, partial names resolve against the resulting actors, and the user's splits stand.
Actors keep their keys where they keep most of their entities, so a relink of a store
that is already current changes nothing, and running it twice is the same as once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from newsgraph.store import schema
from newsgraph.store.actors import (
    ARTICLE,
    CONTEXT_TYPES,
    CORPUS,
    NAME,
    USER,
    Candidate,
    Decisions,
    UnionFind,
    choose_referent,
    create_actor,
    entity_keys,
    read_decisions,
    refresh_actors,
)
from newsgraph.store.clusters import recluster, refresh_participants
from newsgraph.store.names import LinkKeys

A, AN, AP, EN, EP = (schema.actors, schema.actor_names, schema.actor_parts, schema.entities,
                     schema.event_participants)  # fmt: skip


@dataclass(frozen=True)
class RelinkReport:
    """What a relink changed."""

    entities: int  # entities considered
    moved: int  # entities whose actor changed
    actors_before: int
    actors_after: int


@dataclass
class _Row:
    article_key: int
    entity_id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    actor_key: int | None
    link_key: str | None
    link_basis: str | None
    keys: LinkKeys | None = None
    group: str | None = None  # the union–find root of its actor
    old_link: tuple = ()  # (actor_key, link_key, link_basis) as stored


def relink(connection: Connection) -> RelinkReport:
    """Recompute all links in one transaction; see the module docstring."""
    decided = read_decisions(connection)
    rows = _load(connection, decided)
    before = connection.execute(select(func.count()).select_from(A)).scalar_one()
    groups = UnionFind()
    for row in rows:
        if row.keys is not None:
            groups.find(row.keys.own)  # a partial name's own key may be merged too
    full = [r for r in rows if r.keys is not None and r.keys.partial is None]
    for row in full:
        for key in row.keys.strong:
            groups.union(row.keys.own, key)
    for one, other in decided.merges:
        if one in groups.parent and other in groups.parent:
            groups.union(one, other)
    for row in full:
        row.group = groups.find(row.keys.own)
        row.link_basis = USER if row.keys.own in decided.pinned else NAME
        row.link_key = None
    _resolve_partials(rows, groups, decided)
    actor_of = _actor_keys(connection, rows)
    moved = _write(connection, rows, groups, actor_of)
    after = connection.execute(select(func.count()).select_from(A)).scalar_one()
    return RelinkReport(len(rows), moved, before, after)


def _load(connection: Connection, decided: Decisions) -> list[_Row]:
    names: dict[tuple[int, str], list[str]] = defaultdict(list)
    mentions = schema.mentions
    query = select(mentions.c.article_key, mentions.c.entity_id, mentions.c.text).where(
        mentions.c.kind == "name"
    )
    for article_key, entity_id, text in connection.execute(query):
        names[(article_key, entity_id)].append(text)
    query = select(EN.c.article_key, EN.c.entity_id, EN.c.name, EN.c.type, EN.c.country,
                   EN.c.sector, EN.c.actor_key, EN.c.link_key, EN.c.link_basis
                   ).order_by(EN.c.article_key, EN.c.entity_id)  # fmt: skip
    rows = [_Row(*row) for row in connection.execute(query)]
    for row in rows:
        row.old_link = (row.actor_key, row.link_key, row.link_basis)
        row.keys = entity_keys(row.name, row.type, names[(row.article_key, row.entity_id)], decided)
    return rows


def _resolve_partials(rows: list[_Row], groups: UnionFind, decided: Decisions) -> None:
    """Partial names: the same article's actor with that part, else the corpus referent
    (:func:`newsgraph.store.actors.choose_referent`), else an actor of their own name."""
    parts_here: dict[tuple[int, str], set[str]] = defaultdict(set)
    by_part: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[int]] = defaultdict(set)  # where each actor is named in full
    for row in rows:
        if row.group is None:
            continue
        articles[row.group].add(row.article_key)
        for part in row.keys.parts:
            parts_here[(row.article_key, part)].add(row.group)
            by_part[part].add(row.group)
    pending = []
    for row in rows:
        if row.keys is None or row.keys.partial is None:
            continue
        excluded = {
            groups.find(k) for k in decided.not_of.get(row.keys.own, ()) if k in groups.parent
        }
        here = parts_here.get((row.article_key, row.keys.partial), set()) - excluded
        row.link_key = row.keys.partial
        if len(here) == 1:
            row.group, row.link_basis = next(iter(here)), ARTICLE
        else:
            pending.append(row)
    company: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        if row.group is not None and row.type in CONTEXT_TYPES:
            company[row.article_key].add(row.group)
    ordered = sorted(articles)
    index = {group: n for n, group in enumerate(ordered)}
    for row in pending:
        options = [
            Candidate(
                index[g],
                len(articles[g]),
                frozenset().union(*(company[a] for a in articles[g])) - {g},
            )
            for g in sorted(by_part[row.keys.partial])
            if row.keys.own not in decided.not_of  # split off by the user: no corpus guess
        ]
        chosen = choose_referent(row.keys.partial, options, frozenset(company[row.article_key]))
        row.link_basis = CORPUS
        row.group = ordered[chosen] if chosen is not None else groups.find(row.keys.own)


def _actor_keys(connection: Connection, rows: list[_Row]) -> dict[str, int]:
    """An actor key per group: each old actor's key goes to the group that holds most of
    its entities (the most entities first), so relinking a current store changes nothing."""
    members: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        if row.group is not None:
            members[row.group].append(row)
    shares: Counter[tuple[int, str]] = Counter(
        (row.actor_key, row.group) for row in rows if row.group and row.actor_key is not None
    )
    actor_of: dict[str, int] = {}
    taken: set[int] = set()
    for (key, group), _ in sorted(shares.items(), key=lambda kv: (-kv[1], kv[0])):
        if key not in taken and group not in actor_of:
            actor_of[group] = key
            taken.add(key)
    existing = set(connection.execute(select(A.c.key).where(A.c.key.in_(taken))).scalars())
    for group, key in list(actor_of.items()):
        if key not in existing:  # an actor row that no longer exists
            del actor_of[group]
    for group in sorted(members):
        if group not in actor_of:
            first = members[group][0]
            actor_of[group] = create_actor(connection, first.name, first.type, first.country,
                                           first.sector)  # fmt: skip
    return actor_of


def _write(
    connection: Connection, rows: list[_Row], groups: UnionFind, actor_of: dict[str, int]
) -> int:
    connection.execute(delete(AN))
    connection.execute(delete(AP))
    roots = {key: groups.find(key) for key in groups.parent}
    names = [{"key": k, "actor_key": actor_of[g]} for k, g in sorted(roots.items())
             if g in actor_of]  # fmt: skip
    if names:
        connection.execute(insert(AN), names)
    parts = {
        (part, actor_of[row.group])
        for row in rows
        if row.keys and row.keys.partial is None and row.group in actor_of
        for part in row.keys.parts
    }
    if parts:
        connection.execute(insert(AP), [{"key": p, "actor_key": a} for p, a in sorted(parts)])
    changes = []
    for row in rows:
        actor = actor_of.get(row.group) if row.group is not None else None
        basis = row.link_basis if row.keys is not None else None
        link_key = row.link_key if row.keys is not None else None
        if (actor, link_key, basis) != row.old_link:
            changes.append({"a": row.article_key, "e": row.entity_id, "actor": actor,
                            "lk": link_key, "lb": basis})  # fmt: skip
    moved = sum(1 for row in rows if actor_of.get(row.group) != row.actor_key)
    if changes:
        connection.execute(
            update(EN)
            .where(EN.c.article_key == bindparam("a"), EN.c.entity_id == bindparam("e"))
            .values(
                actor_key=bindparam("actor"), link_key=bindparam("lk"), link_basis=bindparam("lb")
            ),
            changes,
        )
    linked = select(EN.c.actor_key).where(EN.c.actor_key.is_not(None))
    connection.execute(delete(A).where(A.c.key.not_in(linked)))  # no parameter per actor
    refresh_actors(connection, set(actor_of.values()))
    refresh_participants(connection)
    recluster(connection)
    return moved
