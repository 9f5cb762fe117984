"""Index statements by speaker, for actor profiles.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # IF NOT EXISTS: stores created at 0001 from the newer schema already have it.
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_statements_speaker "
        "ON statements (article_key, speaker_entity)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_statements_speaker")
