"""Name keys of peoples fold their plural ("Muslims" is "Muslim"), and a broadcaster's
channels and a party's adjective are names of theirs ("BBC Sport", "Conservative"): links
made by the older keys split one actor in two, which SQL cannot mend. A store that has
actors is marked for ``newsgraph actors relink`` (said when the store is opened).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT count(*) FROM actors")).scalar():
        return
    marked = bind.execute(
        sa.text("SELECT count(*) FROM store_meta WHERE name = 'actors_relinked'")
    ).scalar()
    if not marked:
        op.execute("INSERT INTO store_meta (name, value) VALUES ('actors_relinked', 'no')")


def downgrade() -> None:
    pass  # the mark only asks for a relink; nothing to undo
