"""Corroboration: the same event reported by several articles becomes one cluster.

Events join a cluster when they have the same type, the same corpus actors on each side
and compatible dates (equal, one more precise than the other, or one unknown). A cluster
counts its articles and distinct outlets, like GDELT's NumArticles / NumSources, and is
flagged as a conflict when one report asserts the event and another denies it.
"""

from __future__ import annotations

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from newsgraph.record import Event
from newsgraph.store import schema


def signature(event_type: str, actors: list[int], recipients: list[int]) -> str:
    """The identity of an event apart from its date: type and corpus actors per side."""
    sides = [",".join(map(str, sorted(set(keys)))) for keys in (actors, recipients)]
    return "|".join([event_type, *sides])


def compatible(one: str | None, other: str | None) -> bool:
    """Dates that may name the same day: equal, a prefix of the other, or unknown."""
    return not one or not other or one.startswith(other) or other.startswith(one)


def cluster_event(connection: Connection, event: Event, actor_keys: dict[str, int]) -> int | None:
    """The cluster this event belongs to (created when new); None when it has no actor."""
    actors = [actor_keys[e] for e in event.actors if e in actor_keys]
    recipients = [actor_keys[e] for e in event.recipients if e in actor_keys]
    if not actors:
        return None
    clusters = schema.event_clusters
    sig = signature(event.type, actors, recipients)
    date = event.date.value
    candidates = connection.execute(
        select(clusters.c.key, clusters.c.date).where(clusters.c.signature == sig)
    ).all()
    for key, cluster_date in candidates:
        if compatible(date, cluster_date):
            if date and (not cluster_date or len(date) > len(cluster_date)):
                connection.execute(update(clusters).where(clusters.c.key == key).values(date=date))
            return key
    row = {"signature": sig, "type": event.type, "date": date, "n_articles": 0, "n_sources": 0}
    return connection.execute(insert(clusters).values(row)).inserted_primary_key[0]


def recount(connection: Connection, cluster_key: int) -> None:
    """Refresh a cluster's article and outlet counts and its conflict flag."""
    events, articles = schema.events, schema.articles
    members = (
        select(
            func.count(func.distinct(events.c.article_key)),
            func.count(func.distinct(func.coalesce(articles.c.source, articles.c.id))),
            func.count(func.distinct(events.c.polarity)).filter(
                events.c.polarity.in_(("asserted", "negated"))
            ),
        )
        .select_from(events.join(articles, articles.c.key == events.c.article_key))
        .where(events.c.cluster_key == cluster_key)
    )
    n_articles, n_sources, polarities = connection.execute(members).one()
    connection.execute(
        update(schema.event_clusters)
        .where(schema.event_clusters.c.key == cluster_key)
        .values(n_articles=n_articles, n_sources=n_sources, conflict=int(polarities == 2))
    )
