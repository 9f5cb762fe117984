"""PostgreSQL: a stored tsvector for article full-text search.

The planner under-rates the cost of ``to_tsvector`` over long article texts and scans
the table instead of using the expression index; a stored column with its own GIN index
makes the index the obvious plan. SQLite (FTS5) is unchanged.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED"
    )
    op.execute("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")
    op.execute("DROP INDEX IF EXISTS ix_articles_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_articles_tsv")
    op.execute("ALTER TABLE articles DROP COLUMN tsv")
