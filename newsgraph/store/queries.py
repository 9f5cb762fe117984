"""Questions over the corpus: actors, an actor's profile, events by filter.

Each function takes an open connection and returns plain rows (dicts), ready for a table,
JSON or CSV. SQL is built with SQLAlchemy Core, so every value is a bound parameter.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, tuple_
from sqlalchemy.engine import Connection

from newsgraph.store import schema
from newsgraph.store.names import fold, name_key

_MONTH = re.compile(r"^\d{4}-\d{2}$")

A, AN, AP, EN = schema.actors, schema.actor_names, schema.actor_parts, schema.entities
EV, EP, ART, ST = schema.events, schema.event_participants, schema.articles, schema.statements
CL = schema.event_clusters


def find_actors(connection: Connection, name: str) -> list[int]:
    """Keys of the actors a user's name may mean. An actor whose name key or display name
    is exactly the name wins alone; otherwise actors known by it as a part ("Burns") or
    holding its words, most articles first."""
    keys = {name_key(name, t) for t in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT")}
    exact = set(connection.execute(select(AN.c.actor_key).where(AN.c.key.in_(keys))).scalars())
    exact |= set(connection.execute(select(A.c.key).where(A.c.norm == fold(name))).scalars())
    if len(exact) > 1:  # the display name decides between several keyed actors
        named = select(A.c.key).where(A.c.key.in_(exact), A.c.norm == fold(name))
        exact = set(connection.execute(named).scalars()) or exact
    if len(exact) == 1:
        return sorted(exact)
    found = exact
    if not found:
        parts = {f"sur:{fold(name)}", f"acr:{name.strip().replace('.', '').upper()}"}
        found = set(connection.execute(select(AP.c.actor_key).where(AP.c.key.in_(parts))).scalars())
    if found:
        return _by_articles(connection, A.c.key.in_(found))
    return _by_articles(connection, _has_words(fold(name))) if fold(name) else []


def _has_words(folded: str) -> ColumnElement[bool]:
    """Actors whose folded name holds ``folded`` as whole words: "MPs" is not in
    "Simpsons", "Blair" is in "Tony Blair"."""
    norm = A.c.norm
    return or_(
        norm.startswith(f"{folded} "), norm.endswith(f" {folded}"), norm.contains(f" {folded} ")
    )


def _by_articles(connection: Connection, condition, limit: int = 50) -> list[int]:
    """Keys of the actors meeting ``condition``, most articles first."""
    articles = func.count(func.distinct(EN.c.article_key))
    query = (
        select(A.c.key)
        .outerjoin(EN, EN.c.actor_key == A.c.key)
        .where(condition)
        .group_by(A.c.key)
        .order_by(articles.desc(), A.c.key)
        .limit(limit)
    )
    return list(connection.execute(query).scalars())


def find_actors_by_key(connection: Connection, key: int) -> list[int]:
    """``[key]`` when that actor exists, else ``[]``."""
    return list(connection.execute(select(A.c.key).where(A.c.key == key)).scalars())


def actor_names(connection: Connection, keys: list[int]) -> dict[int, str]:
    """Names of the given actors, by key."""
    rows = connection.execute(select(A.c.key, A.c.name).where(A.c.key.in_(keys)).order_by(A.c.key))
    return dict(rows.tuples().all())


def list_actors(
    connection: Connection, *, name: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict]:
    """Actors with the number of articles that mention them, most mentioned first;
    ``name`` keeps those whose folded name contains it."""
    articles = func.count(func.distinct(EN.c.article_key)).label("articles")
    query = (
        select(A.c.key, A.c.name, A.c.type, A.c.country, A.c.sector, articles)
        .join(EN, EN.c.actor_key == A.c.key)
        .group_by(A.c.key, A.c.name, A.c.type, A.c.country, A.c.sector)
        .order_by(articles.desc(), A.c.name)
        .limit(limit)
        .offset(offset)
    )
    if name:
        query = query.where(A.c.norm.contains(fold(name)))
    return [dict(row._mapping) for row in connection.execute(query)]


def _entity_rows(connection: Connection, actor_key: int) -> list:
    query = select(EN.c.article_key, EN.c.entity_id, EN.c.name, EN.c.roles).where(
        EN.c.actor_key == actor_key
    )
    return connection.execute(query).all()


def actor_profile(connection: Connection, actor_key: int) -> dict:
    """What the corpus says of one actor, in summary: names, roles, counterparts (with how
    many events each), event types, activity per month, and how many statements and events
    there are (:func:`query_statements` and :func:`query_events` page through them)."""
    actor = connection.execute(select(A).where(A.c.key == actor_key)).one()
    entity_rows = _entity_rows(connection, actor_key)
    roles = sorted({role for row in entity_rows for role in row.roles})
    mine = {"actor_keys": [actor_key]}
    theirs = {"recipient_keys": [actor_key]}
    months = timeline(connection, actor_keys=[actor_key])
    return {
        "key": actor.key, "name": actor.name, "type": actor.type, "country": actor.country,
        "sector": actor.sector, "names": sorted({row.name for row in entity_rows}),
        "roles": roles, "articles": len({row.article_key for row in entity_rows}),
        "counterparts": _counterparts(connection, actor_key),
        "event_types": _event_types(connection, actor_key),
        "n_statements": count_statements(connection, speaker_keys=[actor_key]),
        "n_events_as_actor": count_events(connection, **mine),
        "n_events_as_recipient": count_events(connection, **theirs),
        "timeline": {row["month"]: row["events"] for row in months},
    }  # fmt: skip


def _counterparts(connection: Connection, actor_key: int, limit: int = 30) -> list[dict]:
    """The other corpus actors of the actor's events, with how many events they share,
    most first ("protesters" or "most voters" have no page of their own, so are left out)."""
    mine = EP.alias("mine")
    other = EP.alias("other")
    pairs = (
        select(other.c.actor_key, other.c.article_key, other.c.event_id)
        .distinct()
        .select_from(mine)
        .join(
            other,
            and_(
                other.c.article_key == mine.c.article_key,
                other.c.event_id == mine.c.event_id,
                other.c.role != mine.c.role,
            ),
        )
        .where(mine.c.actor_key == actor_key, other.c.actor_key != actor_key)
        .subquery()
    )
    shared = func.count().label("events")
    query = (
        select(A.c.key, A.c.name, shared)
        .join(pairs, pairs.c.actor_key == A.c.key)
        .group_by(A.c.key, A.c.name)
        .order_by(shared.desc(), A.c.name)
        .limit(limit)
    )
    return [dict(row._mapping) for row in connection.execute(query)]


def _event_types(connection: Connection, actor_key: int) -> list[dict]:
    """How many events of each type the actor did and underwent, most first."""
    sides = (
        select(EV.c.type, EP.c.role, EP.c.article_key, EP.c.event_id)
        .distinct()
        .join(EP, and_(EP.c.article_key == EV.c.article_key, EP.c.event_id == EV.c.event_id))
        .where(EP.c.actor_key == actor_key)
        .subquery()
    )
    query = select(sides.c.type, sides.c.role, func.count().label("n")).group_by(
        sides.c.type, sides.c.role
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"as_actor": 0, "as_recipient": 0})
    for row in connection.execute(query):
        counts[row.type][f"as_{row.role}"] += row.n
    rows = [{"type": t} | n for t, n in counts.items()]
    return sorted(rows, key=lambda r: (-(r["as_actor"] + r["as_recipient"]), r["type"]))


def _participants(connection: Connection, events: list) -> dict[tuple[int, str], dict]:
    """Names on each side of the given events, by (article_key, event_id)."""
    sides: dict[tuple[int, str], dict] = defaultdict(lambda: {"actor": [], "recipient": []})
    wanted = {(e.article_key, e.event_id) for e in events}
    if not wanted:
        return sides
    name = func.coalesce(A.c.name, EN.c.name)
    query = (
        select(EP.c.article_key, EP.c.event_id, EP.c.role, name.label("name"), A.c.country)
        .join(EN, and_(EN.c.article_key == EP.c.article_key, EN.c.entity_id == EP.c.entity_id))
        .outerjoin(A, A.c.key == EP.c.actor_key)
        # The article keys alone let SQLite use the participants' index (it scans the
        # table for a list of row values).
        .where(EP.c.article_key.in_({a for a, _ in wanted}),
               tuple_(EP.c.article_key, EP.c.event_id).in_(wanted))
    )  # fmt: skip
    for row in connection.execute(query):
        sides[(row.article_key, row.event_id)][row.role].append(row.name)
    return sides


def _event_filters(
    query: Select,
    *,
    event_type: str | None,
    actor_keys: list[int] | None,
    recipient_keys: list[int] | None,
    since: str | None,
    until: str | None,
    country: str | None,
    party_keys: list[int] | None = None,
    polarity: str | None = None,
    article: str | None = None,
) -> Select:
    """Add the filters that are given; ``party_keys`` matches either side, ``article`` is
    an article id (its events in any stored version)."""
    if event_type:
        query = query.where(EV.c.type == event_type.upper())
    if polarity:
        query = query.where(EV.c.polarity == polarity)
    if article is not None:
        query = query.where(EV.c.article_key.in_(select(ART.c.key).where(ART.c.id == article)))
    roles = (("actor",), ("recipient",), ("actor", "recipient"))
    for role, keys in zip(roles, (actor_keys, recipient_keys, party_keys), strict=True):
        if keys is not None:
            involved = select(EP.c.article_key, EP.c.event_id).where(
                EP.c.role.in_(role), EP.c.actor_key.in_(keys)
            )
            query = query.where(tuple_(EV.c.article_key, EV.c.event_id).in_(involved))
    if since:
        query = query.where(EV.c.date >= since)
    if until:
        query = query.where(EV.c.date <= until + "\uffff")  # "2023-06" includes 2023-06-30
    if country:
        query = query.where(
            select(EP.c.event_id)
            .join(A, A.c.key == EP.c.actor_key)
            .where(
                EP.c.article_key == EV.c.article_key,
                EP.c.event_id == EV.c.event_id,
                A.c.country == country.upper(),
            )
            .exists()
        )
    return query  # fmt: skip


def query_events(
    connection: Connection, *, limit: int = 100, offset: int = 0, **filters: object
) -> list[dict]:
    """Events matching every given filter (see :func:`_event_filters`), newest first (in
    storing order within a date) and undated last, with names on both sides, the sentence,
    the article's title, and how many articles and outlets report the same event."""
    # The page's events first, sorted on narrow rows; then the details of those only.
    # Events of one date come in the order their articles were stored.
    order = (_undated(EV.c.date), EV.c.date.desc(), EV.c.article_key, EV.c.event_id)
    keys = select(EV.c.article_key, EV.c.event_id)
    page = _event_filters(keys, **_filters(filters)).order_by(*order).limit(limit).offset(offset)
    page = page.subquery()
    query = (
        select(EV, ART.c.id.label("article"), ART.c.title, ART.c.source, CL.c.n_articles,
               CL.c.n_sources, CL.c.conflict)
        .join(page, and_(page.c.article_key == EV.c.article_key,
                         page.c.event_id == EV.c.event_id))
        .join(ART, ART.c.key == EV.c.article_key)
        .outerjoin(CL, CL.c.key == EV.c.cluster_key)
        .order_by(*order)
    )  # fmt: skip
    events = connection.execute(query).all()
    sides = _participants(connection, events)
    return [
        {
            "event": e.event_id,
            "date": e.date, "type": e.type, "mode": e.mode, "cameo": e.cameo,
            "actors": "; ".join(sides[(e.article_key, e.event_id)]["actor"]),
            "recipients": "; ".join(sides[(e.article_key, e.event_id)]["recipient"]),
            "trigger": e.trigger, "sentence": e.sentence, "polarity": e.polarity,
            "article": e.article, "title": e.title, "source": e.source,
            "n_articles": e.n_articles or 1, "n_sources": e.n_sources or 1,
            "conflict": bool(e.conflict),
        }
        for e in events
    ]  # fmt: skip


def count_events(connection: Connection, **filters: object) -> int:
    """How many events match the filters of :func:`query_events`."""
    query = select(func.count()).select_from(EV)
    return connection.execute(_event_filters(query, **_filters(filters))).scalar_one()


_FILTERS = ("event_type", "actor_keys", "recipient_keys", "since", "until", "country")


def _filters(given: dict) -> dict:
    """Every event filter, None where not given; an unknown name is a TypeError."""
    return {name: None for name in _FILTERS} | given


def list_articles(
    connection: Connection, *, source: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict]:
    """Newest versions of stored articles, most recently published first."""
    latest = ART.alias("latest")
    newest = select(func.max(latest.c.version)).where(latest.c.id == ART.c.id).scalar_subquery()
    query = (
        select(ART.c.id, ART.c.version, ART.c.title, ART.c.published, ART.c.source, ART.c.url)
        .where(ART.c.version == newest)
        .order_by(ART.c.published.desc(), ART.c.id)
        .limit(limit)
        .offset(offset)
    )
    if source:
        query = query.where(ART.c.source == source)
    return [dict(row._mapping) for row in connection.execute(query)]


def count_articles(connection: Connection, *, source: str | None = None) -> int:
    """How many articles are stored (each id once, whatever its versions)."""
    query = select(func.count(func.distinct(ART.c.id)))
    if source:
        query = query.where(ART.c.source == source)
    return connection.execute(query).scalar_one()


def query_statements(
    connection: Connection,
    *,
    speaker_keys: list[int] | None = None,
    kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict]:
    """Statements, optionally by speaker actor and kind, newest articles first."""
    # The page's keys first, sorted on narrow rows; then the details of those only. The
    # articles' columns come from a materialized copy of the list index: read row by row,
    # each date and source sits behind the article's text.
    dated = (
        select(ART.c.key, ART.c.id, ART.c.title, ART.c.published, ART.c.source)
        .cte("dated")
        .prefix_with("MATERIALIZED")
    )
    keys = _statements_from(select(ST.c.key), speaker_keys, kind).join(
        dated, dated.c.key == ST.c.article_key
    )
    page = (
        keys.order_by(dated.c.published.desc(), dated.c.id, ST.c.key)
        .limit(limit)
        .offset(offset)
        .subquery()
    )
    speaker_name = func.coalesce(A.c.name, EN.c.name, ST.c.speaker_text)
    query = (
        select(dated.c.id.label("article"), dated.c.title, dated.c.published, dated.c.source,
               ST.c.statement_id, ST.c.kind, speaker_name.label("speaker"),
               A.c.key.label("speaker_key"), ST.c.cue, ST.c.content)
        .select_from(ST)
        .join(page, page.c.key == ST.c.key)
        .join(dated, dated.c.key == ST.c.article_key)
        .outerjoin(EN, and_(EN.c.article_key == ST.c.article_key,
                            EN.c.entity_id == ST.c.speaker_entity))
        .outerjoin(A, A.c.key == EN.c.actor_key)
        .order_by(dated.c.published.desc(), dated.c.id, ST.c.key)
    )  # fmt: skip
    return [dict(row._mapping) for row in connection.execute(query)]


def count_statements(
    connection: Connection, *, speaker_keys: list[int] | None = None, kind: str | None = None
) -> int:
    """How many statements :func:`query_statements` pages through."""
    query = select(func.count())
    return connection.execute(_statements_from(query, speaker_keys, kind)).scalar_one()


def _statements_from(query: Select, speaker_keys: list[int] | None, kind: str | None) -> Select:
    """Statements; by a speaker, only those whose speaker entity is linked to one of
    ``speaker_keys`` (found from the speaker's entities, indexed)."""
    query = query.select_from(ST)
    if speaker_keys is not None:
        spoken = and_(EN.c.article_key == ST.c.article_key, EN.c.entity_id == ST.c.speaker_entity)
        query = query.join(EN, spoken).where(EN.c.actor_key.in_(speaker_keys))
    if kind:
        query = query.where(ST.c.kind == kind)
    return query


def network(
    connection: Connection,
    *,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 500,
) -> dict:
    """Who did what to whom: (actor, recipient, type) edges with event counts, the
    ``limit`` heaviest of ``total_edges``, and their actors as nodes with the number of
    articles that mention each."""
    source, target = EP.alias("src"), EP.alias("dst")
    count = func.count().label("count")
    total = func.count().over().label("total")  # groups before the limit, in the same pass
    grouped = (
        select(source.c.actor_key.label("source"), target.c.actor_key.label("target"),
               EV.c.type, count, total)
        .select_from(EV)
        .join(source, and_(source.c.article_key == EV.c.article_key,
                           source.c.event_id == EV.c.event_id, source.c.role == "actor"))
        .join(target, and_(target.c.article_key == EV.c.article_key,
                           target.c.event_id == EV.c.event_id, target.c.role == "recipient"))
        .where(source.c.actor_key.is_not(None), target.c.actor_key.is_not(None),
               EV.c.polarity == "asserted")
        .group_by(source.c.actor_key, target.c.actor_key, EV.c.type)
    )  # fmt: skip
    grouped = _event_filters(grouped, **_filters({"event_type": event_type, "since": since,
                                                   "until": until}))  # fmt: skip
    heaviest = grouped.order_by(count.desc(), source.c.actor_key, target.c.actor_key, EV.c.type)
    rows = connection.execute(heaviest.limit(limit)).all()
    edges = [{"source": r.source, "target": r.target, "type": r.type, "count": r.count}
             for r in rows]  # fmt: skip
    keys = {e["source"] for e in edges} | {e["target"] for e in edges}
    articles = func.count(func.distinct(EN.c.article_key)).label("articles")
    query = (
        select(A.c.key, A.c.name, A.c.type, A.c.country, A.c.sector, articles)
        .outerjoin(EN, EN.c.actor_key == A.c.key)
        .where(A.c.key.in_(keys))
        .group_by(A.c.key, A.c.name, A.c.type, A.c.country, A.c.sector)
        .order_by(A.c.key)
    )
    nodes = [dict(row._mapping) for row in connection.execute(query)] if keys else []
    return {"nodes": nodes, "edges": edges, "total_edges": rows[0].total if rows else 0}


def timeline(
    connection: Connection,
    *,
    actor_keys: list[int] | None = None,
    event_type: str | None = None,
) -> list[dict]:
    """Events per month (``unknown`` for undated), optionally for the actors given (on
    either side) or one type."""
    month = func.substr(func.coalesce(EV.c.date, "unknown"), 1, 7).label("month")
    query = select(month, func.count().label("events")).group_by(month).order_by(month)
    query = _event_filters(
        query.select_from(EV), event_type=event_type, actor_keys=None, party_keys=actor_keys,
        recipient_keys=None, since=None, until=None, country=None,
    )  # fmt: skip
    counts: dict[str, int] = defaultdict(int)
    for row in connection.execute(query):
        counts[month_key(row.month)] += row.events
    return [{"month": key, "events": counts[key]} for key in _month_order(counts)]


def month_key(date: str | None) -> str:
    """The month of an event date for a timeline, "YYYY-MM"; "unknown" when the date does
    not give one ("XXXX-04", "2013-W12", "1994", none)."""
    month = (date or "")[:7]
    return month if _MONTH.match(month) else "unknown"


def _month_order(counts: dict[str, int]) -> list[str]:
    return sorted(counts, key=lambda key: (key == "unknown", key))


def _undated(date: ColumnElement) -> ColumnElement:
    """1 for an event whose date is unknown or has no known year ("XXXX-06-30"): it sorts
    after every dated one, on SQLite and PostgreSQL alike."""
    return case((date.is_(None), 1), (date.like("X%"), 1), else_=0)


def entity_actors(connection: Connection, article_id: str) -> dict[str, int]:
    """The corpus actor of each entity of an article's newest version, by entity id."""
    latest = select(func.max(ART.c.version)).where(ART.c.id == article_id).scalar_subquery()
    query = (
        select(EN.c.entity_id, EN.c.actor_key)
        .join(ART, ART.c.key == EN.c.article_key)
        .where(ART.c.id == article_id, ART.c.version == latest, EN.c.actor_key.is_not(None))
    )
    return {entity_id: actor_key for entity_id, actor_key in connection.execute(query)}


def entity_links(connection: Connection) -> dict[tuple[int, str], tuple[int, str]]:
    """The actor (key, name) of every linked entity, by (article key, entity id)."""
    query = select(EN.c.article_key, EN.c.entity_id, A.c.key, A.c.name).join(
        A, A.c.key == EN.c.actor_key
    )
    return {(a, e): (key, name) for a, e, key, name in connection.execute(query)}
