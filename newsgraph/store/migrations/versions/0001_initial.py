"""Initial schema, with full-text search per dialect.

Revision ID: 0001
Revises:
"""

from alembic import op

from newsgraph.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# FTS5 external-content tables mirror articles and statements; triggers keep them in step.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, "
    "content='articles', content_rowid='key')",
    "CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker_text, "
    "content='statements', content_rowid='key')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.key, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.key, old.title, old.text); END",
    "CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, content, speaker_text) "
    "VALUES (new.key, new.content, new.speaker_text); END",
    "CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, content, speaker_text) "
    "VALUES ('delete', old.key, old.content, old.speaker_text); END",
]
POSTGRES_FTS = [
    "CREATE INDEX ix_articles_fts ON articles USING gin "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX ix_statements_fts ON statements USING gin "
    "(to_tsvector('english', coalesce(content, '') || ' ' || coalesce(speaker_text, '')))",
]


def upgrade() -> None:
    # The first revision creates the schema as schema.py defines it; every later change to
    # schema.py comes with its own revision file.
    bind = op.get_bind()
    metadata.create_all(bind=bind)
    for statement in SQLITE_FTS if bind.dialect.name == "sqlite" else POSTGRES_FTS:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in ("articles_fts", "statements_fts"):
            op.execute(f"DROP TABLE IF EXISTS {table}")
    metadata.drop_all(bind=bind)
