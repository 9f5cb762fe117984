"""The store: SQLite by default, PostgreSQL by URL, one interface for both.

    store = Store.open()                       # ./newsgraph.db (or $NEWSGRAPH_DB)
    store = Store.open("postgresql://user@host/db")
    store.add([...records...])                 # one transaction per batch
    store.search("negotiations")

Opening a store runs its migrations (Alembic) up to the newest revision.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from newsgraph.record import Analysis, storable
from newsgraph.store import fts, queries, schema
from newsgraph.store.actors import Linker
from newsgraph.store.clusters import assign, recluster, recount, refresh_participants
from newsgraph.store.decisions import merge_actors, split_actor
from newsgraph.store.relink import RelinkReport, relink

_MAX_KEY = 2**63 - 1  # the largest actor key a BIGINT column holds

DEFAULT_URL = "sqlite:///newsgraph.db"
# PostgreSQL advisory lock key held by every write transaction (any fixed 64-bit number).
WRITE_LOCK = 0x6E657773
MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message names the (password-free) URL."""


class NotFound(StoreError):
    """No such article in the store."""


class AmbiguousActor(NotFound):
    """A name several actors answer to; ``candidates`` (key, name) most articles first."""

    def __init__(self, message: str, candidates: list[tuple[int, str]]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class SearchHit:
    """One full-text hit: where it is and a snippet with the matches in ``[…]``."""

    kind: str  # article | statement
    article_id: str
    item_id: str | None
    snippet: str
    title: str | None = None
    speaker: str | None = None  # statements: the speaker as written
    statement_kind: str | None = None  # statements: direct, indirect, mixed, no_comment


def normalise_url(url: str | None) -> str:
    """The SQLAlchemy URL for a user's ``--db`` value (``postgresql://`` uses psycopg 3)."""
    url = url or os.environ.get("NEWSGRAPH_DB") or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    elif "://" not in url:  # a bare file path means SQLite
        url = f"sqlite:///{url}"
    return url


_OPEN_ATTEMPTS = 8  # tries to open a store another process is creating (about 9 s in all)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # busy_timeout waits out brief locks, also the one switching a new store to WAL while
    # another process creates it (so it comes first); WAL lets readers work while an
    # ingest writes.
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLAlchemy, not the driver, opens transactions (see _sqlite_begin).
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection: Connection) -> None:
    """A write transaction takes SQLite's write lock at once (BEGIN IMMEDIATE): two
    processes must not both read "not stored yet" and then both insert."""
    immediate = connection.get_execution_options().get("write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _rows(key: int, record: Analysis) -> dict[str, list[dict]]:
    """The record taken apart into rows for the query tables."""
    return {
        "entities": [
            {"article_key": key, "entity_id": e.id, "name": e.name, "type": e.type,
             "country": e.country, "sector": e.sector, "roles": e.roles}
            for e in record.entities
        ],
        "mentions": [
            {"article_key": key, "entity_id": e.id, "start": m.start, "end": m.end,
             "text": m.text, "kind": m.kind}
            for e in record.entities for m in e.mentions
        ],
        "times": [
            {"article_key": key, "time_id": t.id, "start": t.start, "end": t.end,
             "text": t.text, "type": t.type, "value": t.value}
            for t in record.times
        ],
        "statements": [
            {"article_key": key, "statement_id": s.id, "kind": s.kind,
             "speaker_entity": s.speaker.entity if s.speaker else None,
             "speaker_text": s.speaker.text if s.speaker else None,
             "cue": s.cue.text if s.cue else None,
             "content": s.content.text if s.content else None,
             "content_start": s.content.start if s.content else None,
             "content_end": s.content.end if s.content else None,
             "addressee": s.addressee, "reported_by": s.reported_by, "time_id": s.time}
            for s in record.statements
        ],
        "events": [
            {"article_key": key, "event_id": v.id, "type": v.type, "mode": v.mode,
             "cameo": v.cameo, "actors": v.actors, "recipients": v.recipients,
             "trigger": v.trigger.text,
             "sentence": record.article.text[v.sentence.start : v.sentence.end].strip(),
             "date": v.date.value, "date_basis": v.date.basis,
             "location": v.location.entity if v.location else None, "polarity": v.polarity,
             "attributed_to": v.attributed_to, "confidence": v.confidence}
            for v in record.events
        ],
    }  # fmt: skip


class Store:
    """An open store. Use :meth:`open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, *, create: bool = True) -> Store:
        """Open (creating and migrating as needed) the store at ``url``; with
        ``create=False`` a SQLite file that does not exist is an error, not a new store.

        Raises:
            StoreError: when the URL is malformed, the database cannot be reached, or
                (``create=False``) there is no SQLite file at the path.
        """
        full = normalise_url(url)
        database = make_url(full).database if full.startswith("sqlite") else None
        if not create and database not in (None, "", ":memory:") and not Path(database).exists():
            raise StoreError(f"no store at {database} (newsgraph ingest creates one)")
        try:
            engine = create_engine(full)
        except (ArgumentError, ImportError) as err:
            raise StoreError(f"cannot use database URL {full!r}: {err}") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        store = cls(engine)
        for attempt in range(1, _OPEN_ATTEMPTS + 1):
            try:
                store.migrate()
                return store
            except OperationalError as err:
                reason = str(err.orig).strip().splitlines()[0] if err.orig else str(err)
                if "locked" in reason and attempt < _OPEN_ATTEMPTS:
                    # a new SQLite store another process is creating at this moment: SQLite
                    # answers "locked" at once while it switches the file to WAL
                    engine.dispose()
                    time.sleep(0.25 * attempt)
                    continue
                shown = make_url(full).render_as_string(hide_password=True)
                raise StoreError(f"cannot open database {shown}: {reason}") from None
        return store

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction, one process at a time: on PostgreSQL it first takes the
        store's advisory lock, on SQLite the write lock (BEGIN IMMEDIATE), so writers from
        several processes check what is stored, link actors and number article versions
        one after another; readers never wait."""
        with self.engine.connect() as connection:
            connection.execution_options(write=True)
            with connection.begin():
                if self.dialect == "postgresql":
                    lock = text("SELECT pg_advisory_xact_lock(:key)")
                    connection.execute(lock, {"key": WRITE_LOCK})
                yield connection

    def migrate(self) -> None:
        """Bring the schema to the newest revision (one process at a time)."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self._writing() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def stored_bodies(self, hashes: Iterable[str]) -> dict[str, str]:
        """Those of these body hashes (:attr:`Article.body_hash`) already stored, each with
        the id of an article stored with it."""
        wanted = list(set(hashes))
        articles = schema.articles
        query = select(articles.c.body_hash, articles.c.id).where(articles.c.body_hash.in_(wanted))
        with self.engine.connect() as connection:
            return {body: id_ for body, id_ in connection.execute(query)}

    def add(self, records: Sequence[Analysis]) -> int:
        """Store records in one transaction; articles already stored (the same body hash,
        whatever their id) are skipped.

        Returns:
            how many records were new.

        Raises:
            StoreError: when the store must be relinked first (made by older rules).
        """
        if self.needs_relink:
            raise StoreError(
                "this store's actors were linked by older rules: run `newsgraph actors "
                "relink` before adding articles"
            )
        added = 0
        with self._writing() as connection:
            linker = Linker.open(connection)
            for record in records:
                added += self._add_one(connection, record, linker)
            _follow_moves(connection, linker.settle())
        return added

    def _add_one(self, connection: Connection, record: Analysis, linker: Linker) -> int:
        articles = schema.articles
        digest, body = record.article.content_hash, record.article.body_hash
        # One article per body: the same file read through another folder (another id) or
        # the same text under a second id is known. A body hash stands for its content hash.
        exists = select(articles.c.key).where(articles.c.body_hash == body)
        if connection.execute(exists).first():
            return 0
        latest = select(func.max(articles.c.version)).where(articles.c.id == record.article.id)
        version = (connection.execute(latest).scalar() or 0) + 1
        row = record.article.model_dump() | {
            "version": version,
            "content_hash": digest,
            "body_hash": body,
            "record": record.to_json(),
            "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        key = connection.execute(insert(articles).values(row)).inserted_primary_key[0]
        rows = _rows(key, record)
        links = linker.link(key, record.entities)
        for entity_row in rows["entities"]:
            entity_row |= links[entity_row["entity_id"]]
        linked = {e: link["actor_key"] for e, link in links.items() if link["actor_key"]}
        clusters = {
            v.id: assign(
                connection, v.type, [linked[e] for e in v.actors if e in linked],
                [linked[e] for e in v.recipients if e in linked], v.date.value, v.date.basis,
            )
            for v in record.events
        }  # fmt: skip
        for event_row in rows["events"]:
            event_row["cluster_key"] = clusters[event_row["event_id"]]
        rows["event_participants"] = [
            {"article_key": key, "event_id": v.id, "entity_id": entity_id, "role": role,
             "actor_key": linked.get(entity_id)}
            for v in record.events
            for role, side in (("actor", v.actors), ("recipient", v.recipients))
            for entity_id in side
        ]  # fmt: skip
        for table, table_rows in rows.items():
            if table_rows:
                connection.execute(insert(schema.metadata.tables[table]), table_rows)
        for cluster_key in {k for k in clusters.values() if k is not None}:
            recount(connection, cluster_key)
        return 1

    def record(self, article_id: str, *, version: int | None = None) -> Analysis:
        """The stored analysis record of an article (its newest version by default).

        Raises:
            NotFound: naming the article id.
        """
        return Analysis.from_json(self.record_json(article_id, version=version))

    def record_json(self, article_id: str, *, version: int | None = None) -> str:
        """The record exactly as stored."""
        articles = schema.articles
        query = select(articles.c.record).where(articles.c.id == article_id)
        if version is not None:
            query = query.where(articles.c.version == version)
        query = query.order_by(articles.c.version.desc()).limit(1)
        with self.engine.connect() as connection:
            found = connection.execute(query).scalar()
        if found is None:
            raise NotFound(f"no article {article_id!r} in the store")
        return found

    def iter_records(self) -> Iterator[Analysis]:
        """Every article's newest record, in ingest order, streamed from the database."""
        for record in self.iter_record_json():
            yield Analysis.from_json(record)

    def iter_linked_records(self) -> Iterator[tuple[Analysis, dict[str, tuple[int, str]]]]:
        """Every article's newest record with the corpus actor (key, name) of each linked
        entity, by entity id."""
        with self.engine.connect() as connection:
            links = queries.entity_links(connection)
        by_article: dict[int, dict[str, tuple[int, str]]] = {}
        for (article_key, entity_id), actor in links.items():
            by_article.setdefault(article_key, {})[entity_id] = actor
        for key, record in self._iter_keyed_json():
            yield Analysis.from_json(record), by_article.get(key, {})

    def iter_record_json(self) -> Iterator[str]:
        """Every article's newest record JSON exactly as stored, in ingest order."""
        for _key, record in self._iter_keyed_json():
            yield record

    def _iter_keyed_json(self) -> Iterator[tuple[int, str]]:
        articles = schema.articles
        latest = articles.alias("latest")
        newest = (
            select(func.max(latest.c.version)).where(latest.c.id == articles.c.id).scalar_subquery()
        )
        query = (
            select(articles.c.key, articles.c.record)
            .where(articles.c.version == newest)
            .order_by(articles.c.key)
        )
        with self.engine.connect() as connection:
            result = connection.execution_options(yield_per=256).execute(query)
            yield from result

    def count(self, table: str) -> int:
        """Rows in one of the store's tables."""
        with self.engine.connect() as connection:
            return connection.execute(
                select(func.count()).select_from(schema.metadata.tables[table])
            ).scalar_one()

    def resolve_actor(self, name_or_key: str) -> int:
        """The one actor a user means by a name or a numeric key.

        Raises:
            NotFound: when no actor matches, or several do (they are listed).
        """
        name_or_key = storable(name_or_key)  # a NUL is no name, and PostgreSQL refuses it
        with self.engine.connect() as connection:
            if name_or_key.isascii() and name_or_key.isdigit():  # "²" is a digit, not a key
                key = int(name_or_key)
                keys = queries.find_actors_by_key(connection, key) if key <= _MAX_KEY else []
            else:
                keys = queries.find_actors(connection, name_or_key)
            if len(keys) == 1:
                return keys[0]
            if not keys:
                raise NotFound(f"no actor matches {name_or_key!r}")
            names = queries.actor_names(connection, keys[:10])
        listed = "; ".join(f"{k}: {names[k]}" for k in keys[:10])  # most articles first
        more = f" and {len(keys) - 10} more" if len(keys) > 10 else ""
        raise AmbiguousActor(
            f"{name_or_key!r} matches several actors ({listed}{more}); use a key",
            [(k, names[k]) for k in keys[:10]],
        )

    def actors(self, **filters) -> list[dict]:
        """Actors, most mentioned first; see :func:`newsgraph.store.queries.list_actors`."""
        if isinstance(filters.get("name"), str):
            filters["name"] = storable(filters["name"])
        with self.engine.connect() as connection:
            return queries.list_actors(connection, **filters)

    def actor_profile(self, actor_key: int) -> dict:
        """Names, roles, statements, events and timeline of one actor."""
        with self.engine.connect() as connection:
            return queries.actor_profile(connection, actor_key)

    def events(self, **filters) -> list[dict]:
        """Events by filter; see :func:`newsgraph.store.queries.query_events`."""
        with self.engine.connect() as connection:
            return queries.query_events(connection, **filters)

    def count_events(self, **filters) -> int:
        """How many events match; see :func:`newsgraph.store.queries.count_events`."""
        with self.engine.connect() as connection:
            return queries.count_events(connection, **filters)

    def count_statements(self, **filters) -> int:
        """How many statements match; see :func:`newsgraph.store.queries.count_statements`."""
        with self.engine.connect() as connection:
            return queries.count_statements(connection, **filters)

    def count_articles(self, **filters) -> int:
        """How many articles are stored; see :func:`newsgraph.store.queries.count_articles`."""
        with self.engine.connect() as connection:
            return queries.count_articles(connection, **filters)

    def articles(self, **filters) -> list[dict]:
        """Stored articles; see :func:`newsgraph.store.queries.list_articles`."""
        with self.engine.connect() as connection:
            return queries.list_articles(connection, **filters)

    def statements(self, **filters) -> list[dict]:
        """Statements; see :func:`newsgraph.store.queries.query_statements`."""
        with self.engine.connect() as connection:
            return queries.query_statements(connection, **filters)

    def network(self, **filters) -> dict:
        """Actor network; see :func:`newsgraph.store.queries.network`."""
        with self.engine.connect() as connection:
            return queries.network(connection, **filters)

    def timeline(self, **filters) -> list[dict]:
        """Events per month; see :func:`newsgraph.store.queries.timeline`."""
        with self.engine.connect() as connection:
            return queries.timeline(connection, **filters)

    def entity_actors(self, article_id: str) -> dict[str, int]:
        """Corpus actor key of each entity of an article, by entity id."""
        with self.engine.connect() as connection:
            return queries.entity_actors(connection, article_id)

    def merge_actors(self, keep: int, other: int) -> None:
        """Make ``other`` part of ``keep``; later ingests and relinks keep it so."""
        with self._writing() as connection:
            _follow_moves(connection, merge_actors(connection, keep, other))

    def split_actor(self, actor_key: int, name: str) -> int:
        """Move the entities named ``name`` to a new actor; returns its key."""
        with self._writing() as connection:
            new_key, moved = split_actor(connection, actor_key, name)
            _follow_moves(connection, moved)
            return new_key

    def relink(self) -> RelinkReport:
        """Recompute every entity → actor link with the current rules, keeping the user's
        merges and splits (see :mod:`newsgraph.store.relink`)."""
        with self._writing() as connection:
            report = relink(connection)
            meta = schema.store_meta
            connection.execute(delete(meta).where(meta.c.name == "actors_relinked"))
        return report

    @property
    def needs_relink(self) -> bool:
        """Whether the store's actor links were made by older rules (run ``relink``)."""
        meta = schema.store_meta
        query = select(meta.c.value).where(meta.c.name == "actors_relinked")
        with self.engine.connect() as connection:
            return connection.execute(query).scalar() == "no"

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search (syntax: :mod:`newsgraph.store.fts`): matching statements
        first, then articles, best first; ``offset`` skips that many hits."""
        fts = self._fts(query)
        if not fts:
            return []  # nothing left to look for ('"', blanks)
        params = {"q": fts, "limit": limit, "offset": offset}
        with self.engine.connect() as connection:
            if self.dialect != "sqlite":
                return [SearchHit(*row) for row in connection.execute(text(_PG_SEARCH), params)]
            # FTS5 computes snippets only for the rows a ranked, limited query returns.
            hits = [SearchHit(*row) for row in connection.execute(text(_SQLITE_STATEMENTS), params)]
            params["limit"] = limit - len(hits)
            if params["limit"] > 0:
                if not hits:  # the page starts among the articles: skip the statements
                    skipped = connection.execute(text(_SQLITE_COUNT_STATEMENTS), params)
                    params["offset"] = max(0, offset - skipped.scalar_one())
                else:
                    params["offset"] = 0
                hits += [
                    SearchHit(*row) for row in connection.execute(text(_SQLITE_ARTICLES), params)
                ]
            return hits

    def search_count(self, query: str) -> int:
        """How many hits :meth:`search` pages through."""
        fts = self._fts(query)
        if not fts:
            return 0
        count = _PG_COUNT if self.dialect != "sqlite" else _SQLITE_COUNT
        with self.engine.connect() as connection:
            return connection.execute(text(count), {"q": fts}).scalar_one()

    def _fts(self, query: str) -> str:
        query = storable(query)
        return fts.sqlite_query(query) if self.dialect == "sqlite" else fts.postgres_query(query)


def _follow_moves(connection: Connection, article_keys: set[int]) -> None:
    """After links moved, the articles' event participants and clusters follow them."""
    if article_keys:
        refresh_participants(connection, article_keys)
        recluster(connection, article_keys)


_SQLITE_STATEMENTS = """
    SELECT 'statement', a.id, s.statement_id, snippet(statements_fts, 0, '[', ']', '…', 16),
           a.title, s.speaker_text, s.kind
    FROM statements_fts JOIN statements s ON s.key = statements_fts.rowid
    JOIN articles a ON a.key = s.article_key
    WHERE statements_fts MATCH :q ORDER BY statements_fts.rank, s.key LIMIT :limit OFFSET :offset
"""
_SQLITE_COUNT_STATEMENTS = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH :q"
_SQLITE_COUNT = f"""
    SELECT ({_SQLITE_COUNT_STATEMENTS})
         + (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q)
"""
_SQLITE_ARTICLES = """
    SELECT 'article', a.id, NULL, snippet(articles_fts, 1, '[', ']', '…', 16), a.title,
           NULL, NULL
    FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid
    WHERE articles_fts MATCH :q ORDER BY articles_fts.rank, a.key LIMIT :limit OFFSET :offset
"""
# Headlines are costly on long texts: pick the hits first, then headline only those.
_PG_SEARCH = """
    WITH hits AS (
      SELECT * FROM (
        SELECT 'statement' AS kind, s.key AS row_key, a.id AS article_id,
               s.statement_id AS item_id, 0 AS rank_group, a.title, s.speaker_text,
               s.kind AS statement_kind
        FROM statements s JOIN articles a ON a.key = s.article_key
        WHERE to_tsvector('english',
                          coalesce(s.content, '') || ' ' || coalesce(s.speaker_text, ''))
              @@ to_tsquery('english', :q)
        UNION ALL
        SELECT 'article', a.key, a.id, NULL, 1, a.title, NULL, NULL
        FROM articles a
        WHERE a.tsv @@ to_tsquery('english', :q)
      ) found ORDER BY rank_group, row_key LIMIT :limit OFFSET :offset
    )
    SELECT h.kind, h.article_id, h.item_id,
           ts_headline('english',
                       CASE WHEN h.kind = 'statement'
                            THEN (SELECT content FROM statements WHERE key = h.row_key)
                            ELSE (SELECT text FROM articles WHERE key = h.row_key) END,
                       to_tsquery('english', :q),
                       'StartSel=[,StopSel=],MaxWords=25,MinWords=8'),
           h.title, h.speaker_text, h.statement_kind
    FROM hits h ORDER BY h.rank_group, h.row_key
"""
_PG_COUNT = """
    SELECT (SELECT count(*) FROM statements s
            WHERE to_tsvector('english',
                              coalesce(s.content, '') || ' ' || coalesce(s.speaker_text, ''))
                  @@ to_tsquery('english', :q))
         + (SELECT count(*) FROM articles a WHERE a.tsv @@ to_tsquery('english', :q))
"""
