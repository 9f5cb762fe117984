"""The store's tables, one schema for SQLite and PostgreSQL (SQLAlchemy Core).

``articles.record`` keeps each analysis record exactly as written, so it reads back byte
for byte; the other tables are the record taken apart for querying. Full-text search is
dialect-specific and lives in the migrations: FTS5 tables on SQLite, GIN indexes over
``to_tsvector`` on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def _article_key() -> Column:
    return Column(
        "article_key", Integer, ForeignKey("articles.key", ondelete="CASCADE"), nullable=False
    )


articles = Table(
    "articles",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False),  # the input's article id; versions share it
    Column("version", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),  # Article.content_hash
    # Article.body_hash (every field but the id): one article per body, whatever its id.
    # Not unique, as stores made before revision 0007 may hold a body twice; nullable only
    # so that 0007 can add it (it fills every row).
    Column("body_hash", String(64), index=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("published", String(10)),
    Column("source", String),
    Column("url", String),
    Column("record", Text, nullable=False),  # the analysis record JSON, as written
    Column("ingested_at", String, nullable=False),
    UniqueConstraint("id", "version", name="uq_articles_id_version"),
    # The article list, newest first, from the index alone: the row itself holds the text
    # and the record, which a scan would read through.
    Index("ix_articles_list", "published", "id", "version", "title", "source", "url"),
)

actors = Table(
    "actors",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=True),
    Column("name", String, nullable=False),
    Column("norm", String, nullable=False, index=True),  # normalised name used for linking
    Column("type", String, nullable=False),
    Column("country", String(3)),
    Column("sector", String),
)

# Strong name keys ("per:sergei naryshkin", "org:apple", "cty:USA"): each names one actor.
actor_names = Table(
    "actor_names",
    metadata,
    Column("key", String, primary_key=True),
    Column("actor_key", Integer, ForeignKey("actors.key", ondelete="CASCADE"), nullable=False,
           index=True),
)  # fmt: skip

# Parts a partial name may refer to an actor by ("sur:blair", "acr:EU"); many actors each.
actor_parts = Table(
    "actor_parts",
    metadata,
    Column("key", String, nullable=False),
    Column("actor_key", Integer, ForeignKey("actors.key", ondelete="CASCADE"), nullable=False),
    Index("ix_actor_parts_key", "key", "actor_key", unique=True),
    Index("ix_actor_parts_actor", "actor_key"),
)

# The user's corrections, kept so that a relink applies them again: "merge" joins the
# actors of two name keys, "split" makes a name key an actor of its own.
actor_decisions = Table(
    "actor_decisions",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),
    Column("one", String, nullable=False),
    Column("other", String),
    Column("decided_at", String, nullable=False),
)

# Facts about the store itself, such as a relink it still needs ("actors_relinked": "no").
store_meta = Table(
    "store_meta",
    metadata,
    Column("name", String, primary_key=True),
    Column("value", String, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    _article_key(),
    Column("entity_id", String, nullable=False),
    Column("name", String, nullable=False),
    Column("type", String, nullable=False),
    Column("country", String(3)),
    Column("sector", String),
    Column("roles", JSON, nullable=False),
    Column("actor_key", Integer, ForeignKey("actors.key", ondelete="SET NULL"), index=True),
    # How the actor was decided: name | article | corpus | user; and for a partial name
    # ("Blair") the part it resolves by ("sur:blair"), so it is re-examined as the corpus grows.
    Column("link_key", String, index=True),
    Column("link_basis", String),
    Index("ix_entities_article", "article_key", "entity_id", unique=True),
)

mentions = Table(
    "mentions",
    metadata,
    _article_key(),
    Column("entity_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Index("ix_mentions_article", "article_key", "entity_id"),
)

times = Table(
    "times",
    metadata,
    _article_key(),
    Column("time_id", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String, nullable=False),
    Index("ix_times_article", "article_key", "time_id", unique=True),
)

statements = Table(
    "statements",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=True),
    _article_key(),
    Column("statement_id", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("speaker_entity", String),
    Column("speaker_text", Text),
    Column("cue", Text),
    Column("content", Text),
    Column("content_start", Integer),
    Column("content_end", Integer),
    Column("addressee", String),
    Column("reported_by", JSON, nullable=False),
    Column("time_id", String),
    Index("ix_statements_article", "article_key", "statement_id", unique=True),
    Index("ix_statements_speaker", "article_key", "speaker_entity"),
)

event_clusters = Table(
    "event_clusters",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=True),
    Column("signature", String, nullable=False, index=True),  # type|actors|recipients
    Column("type", String, nullable=False),
    Column("date", String),  # the most precise explicit date of its reports
    Column("earliest", String(10)),  # the days all its reports allow (None: undated)
    Column("latest", String(10)),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("conflict", Integer, nullable=False, default=0),  # asserted and negated reports
)

events = Table(
    "events",
    metadata,
    _article_key(),
    Column("event_id", String, nullable=False),
    Column("type", String, nullable=False, index=True),
    Column("mode", String),
    Column("cameo", String),
    Column("actors", JSON, nullable=False),
    Column("recipients", JSON, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("sentence", Text),  # the sentence's text, so a list of events can show it
    Column("date", String, index=True),
    Column("date_basis", String, nullable=False),
    Column("location", String),
    Column("polarity", String, nullable=False),
    Column("attributed_to", String),
    Column("confidence", Float, nullable=False),
    Column(
        "cluster_key", Integer, ForeignKey("event_clusters.key", ondelete="SET NULL"), index=True
    ),
    Index("ix_events_article", "article_key", "event_id", unique=True),
)

event_participants = Table(
    "event_participants",
    metadata,
    _article_key(),
    Column("event_id", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("role", String, nullable=False),  # actor | recipient
    Column("actor_key", Integer, ForeignKey("actors.key", ondelete="SET NULL"), index=True),
    Index("ix_event_participants_event", "article_key", "event_id"),
)
