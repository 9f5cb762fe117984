"""Corroboration: the same event reported by several articles becomes one cluster.

Events join a cluster when they have the same type, the same corpus actors on each side
and dates that may name the same day. Each date is an interval: an explicit date covers
its day, month or year; a date that fell back to the publication date means "on or before
that day" (within :data:`PUBLICATION_WINDOW` days); an undated event never joins another
article's report, since type and actors alone do not make one event. A cluster keeps the
intersection of its members' intervals and its most precise explicit date. It counts its
articles and distinct known outlets, like GDELT's NumArticles / NumSources, and is flagged
as a conflict when one report asserts the event and another denies it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from newsgraph.store import schema
from newsgraph.store.sql import chunked

# How long before its article a report with no date of its own may place an event.
PUBLICATION_WINDOW = 31
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

CL, EV, EP, ART = schema.event_clusters, schema.events, schema.event_participants, schema.articles


def signature(event_type: str, actors: Iterable[int], recipients: Iterable[int]) -> str:
    """The identity of an event apart from its date: type and corpus actors per side."""
    sides = [",".join(map(str, sorted(set(keys)))) for keys in (actors, recipients)]
    return "|".join([event_type, *sides])


def interval(value: str | None, basis: str) -> tuple[str, str] | None:
    """The days an event's date may name, as ISO strings (first, last); None if unknown."""
    found = _DATE.match(value or "")
    if not found:
        return None
    year, month, day = found.groups()
    try:
        if basis == "publication" and day:
            last = dt.date(int(year), int(month), int(day))
            return (last - dt.timedelta(days=PUBLICATION_WINDOW)).isoformat(), last.isoformat()
        if day:
            one = dt.date(int(year), int(month), int(day)).isoformat()
            return one, one
        if month:
            days = calendar.monthrange(int(year), int(month))[1]
            return f"{year}-{month}-01", f"{year}-{month}-{days:02d}"
    except ValueError:  # a month 13 or a 30 February: no usable date
        return None
    return f"{year}-01-01", f"{year}-12-31"


def _precise(value: str | None, basis: str) -> str | None:
    return value if basis == "explicit" and _DATE.match(value or "") else None


def assign(
    connection: Connection,
    event_type: str,
    actors: list[int],
    recipients: list[int],
    date: str | None,
    basis: str,
) -> int | None:
    """The cluster of one event (created when new); None when it has no corpus actor."""
    if not actors:
        return None
    sig = signature(event_type, actors, recipients)
    span = interval(date, basis)
    explicit = _precise(date, basis)
    if span is not None:
        rows = connection.execute(
            select(CL.c.key, CL.c.date, CL.c.earliest, CL.c.latest)
            .where(CL.c.signature == sig, CL.c.earliest.is_not(None))
            .order_by(CL.c.key)
        ).all()
        for key, cluster_date, earliest, latest in rows:
            first, last = max(earliest, span[0]), min(latest, span[1])
            if first <= last:
                values = {"earliest": first, "latest": last}
                if explicit and (not cluster_date or len(explicit) > len(cluster_date)):
                    values["date"] = explicit
                connection.execute(update(CL).where(CL.c.key == key).values(values))
                return key
    row = {"signature": sig, "type": event_type, "date": explicit, "n_articles": 0,
           "n_sources": 0, "earliest": span[0] if span else None,
           "latest": span[1] if span else None}  # fmt: skip
    return connection.execute(insert(CL).values(row)).inserted_primary_key[0]


def recount(connection: Connection, cluster_key: int) -> None:
    """Refresh a cluster's article and outlet counts, conflict flag and dates from the
    reports still in it; an emptied cluster goes."""
    members = connection.execute(
        select(EV.c.article_key, ART.c.source, EV.c.polarity, EV.c.date, EV.c.date_basis)
        .select_from(EV.join(ART, ART.c.key == EV.c.article_key))
        .where(EV.c.cluster_key == cluster_key)
    ).all()
    if not members:
        connection.execute(delete(CL).where(CL.c.key == cluster_key))
        return
    spans = [span for span in (interval(m.date, m.date_basis) for m in members) if span]
    polarities = {m.polarity for m in members} & {"asserted", "negated"}
    connection.execute(
        update(CL)
        .where(CL.c.key == cluster_key)
        .values(
            n_articles=len({m.article_key for m in members}),
            n_sources=len({m.source for m in members if m.source}),  # no source, no outlet
            conflict=int(len(polarities) == 2),
            # what the reports still in it allow, once others have left
            earliest=max((s[0] for s in spans), default=None),
            latest=min((s[1] for s in spans), default=None),
            date=max((m.date for m in members if _precise(m.date, m.date_basis)), key=len,
                     default=None),
        )
    )  # fmt: skip


def recluster(connection: Connection, article_keys: Iterable[int] | None = None) -> None:
    """Cluster again the events of these articles (all events when None), after their
    participants' actors changed; emptied clusters go."""
    query = select(EV.c.article_key, EV.c.event_id, EV.c.type, EV.c.date, EV.c.date_basis,
                   EV.c.cluster_key).order_by(EV.c.article_key, EV.c.event_id)  # fmt: skip
    if article_keys is not None:
        chunks = list(chunked(set(article_keys)))
        if not chunks:
            return
        events = []
        for chunk in chunks:
            events += connection.execute(query.where(EV.c.article_key.in_(chunk))).all()
            unclustered = update(EV).where(EV.c.article_key.in_(chunk)).values(cluster_key=None)
            connection.execute(unclustered)
    else:
        connection.execute(update(EV).values(cluster_key=None))
        connection.execute(delete(CL))
        events = connection.execute(query).all()
    # In record order ("V2" before "V10"), as ingest clustered them.
    events = sorted(events, key=lambda e: (e.article_key, len(e.event_id), e.event_id))
    sides = _sides(connection, {row.article_key for row in events})
    stale = {row.cluster_key for row in events if row.cluster_key is not None}
    fresh = set()
    for row in events:
        actors, recipients = sides.get((row.article_key, row.event_id), ([], []))
        key = assign(connection, row.type, actors, recipients, row.date, row.date_basis)
        if key is not None:
            connection.execute(
                update(EV)
                .where(EV.c.article_key == row.article_key, EV.c.event_id == row.event_id)
                .values(cluster_key=key)
            )
            fresh.add(key)
    for key in stale | fresh:
        recount(connection, key)


def _sides(connection: Connection, article_keys: set[int]) -> dict[tuple[int, str], tuple]:
    found: dict[tuple[int, str], tuple[list[int], list[int]]] = {}
    for chunk in chunked(article_keys):
        rows = connection.execute(
            select(EP.c.article_key, EP.c.event_id, EP.c.role, EP.c.actor_key).where(
                EP.c.article_key.in_(chunk), EP.c.actor_key.is_not(None)
            )
        )
        for article_key, event_id, role, actor_key in rows:
            actors, recipients = found.setdefault((article_key, event_id), ([], []))
            (actors if role == "actor" else recipients).append(actor_key)
    return found


def refresh_participants(connection: Connection, article_keys: set[int] | None = None) -> None:
    """Event participants carry their entity's actor key (for fast filters)."""
    entities = schema.entities
    same = (entities.c.article_key == EP.c.article_key) & (entities.c.entity_id == EP.c.entity_id)
    actor = select(entities.c.actor_key).where(same).scalar_subquery()
    query = update(EP).values(actor_key=actor)
    if article_keys is not None:
        for chunk in chunked(article_keys):
            connection.execute(query.where(EP.c.article_key.in_(chunk)))
        return
    connection.execute(query)
