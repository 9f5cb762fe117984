"""Articles keep the hash of their body (every field but the id), so the same article read
through another folder, whose id keeps another sub-path, or the same text under a second id
is known and not stored again.

Stores made before this revision get the column filled from their stored articles; a body
they already hold twice stays twice (nothing stored is deleted).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from newsgraph.record import Article

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    bind = op.get_bind()
    if "body_hash" not in {c["name"] for c in sa.inspect(bind).get_columns("articles")}:
        op.add_column("articles", sa.Column("body_hash", sa.String(64), nullable=True))
    if "ix_articles_body_hash" not in {i["name"] for i in sa.inspect(bind).get_indexes("articles")}:
        op.create_index("ix_articles_body_hash", "articles", ["body_hash"])
    select = sa.text(
        "SELECT key, id, title, text, published, source, url FROM articles "
        "WHERE body_hash IS NULL AND key > :after ORDER BY key LIMIT :n"
    )
    update = sa.text("UPDATE articles SET body_hash = :hash WHERE key = :key")
    after = 0
    while rows := bind.execute(select, {"after": after, "n": BATCH}).all():
        values = [
            {"key": key, "hash": Article(id=id_, title=title, text=text_, published=published,
                                         source=source, url=url).body_hash}
            for key, id_, title, text_, published, source, url in rows
        ]  # fmt: skip
        bind.execute(update, values)
        after = rows[-1][0]


def downgrade() -> None:
    op.drop_index("ix_articles_body_hash", "articles")
    op.drop_column("articles", "body_hash")
