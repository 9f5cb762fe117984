"""An index that holds the article list's columns, so listing articles newest first reads
the index, not every article's text and record.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = ["published", "id", "version", "title", "source", "url"]


def upgrade() -> None:
    if "ix_articles_list" not in {
        i["name"] for i in sa.inspect(op.get_bind()).get_indexes("articles")
    }:
        op.create_index("ix_articles_list", "articles", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_articles_list", "articles")
