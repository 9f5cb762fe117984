"""Evidence-based actor linking: name keys, parts, decisions; cluster date intervals.

The old ``actor_aliases`` held initials and surnames that merged strangers; its links
cannot be repaired by SQL, so a store that has actors is marked for ``newsgraph actors
relink``, which recomputes them (and says so when the store is opened).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from newsgraph.store import schema

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_NEW_COLUMNS = {
    "entities": ("link_key", "link_basis"),
    "event_clusters": ("earliest", "latest"),
}
_NEW_TABLES = ("actor_names", "actor_parts", "actor_decisions", "store_meta")


def upgrade() -> None:
    # Stores created at 0001 from the newer schema already have all of it.
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    tables = set(inspector.get_table_names())
    for name in _NEW_TABLES:
        if name not in tables:
            schema.metadata.tables[name].create(bind)
    for table, columns in _NEW_COLUMNS.items():
        have = {c["name"] for c in inspector.get_columns(table)}
        for column in columns:
            if column not in have:
                op.add_column(table, sa.Column(column, sa.String, nullable=True))
    if "ix_entities_link_key" not in {i["name"] for i in inspector.get_indexes("entities")}:
        op.create_index("ix_entities_link_key", "entities", ["link_key"])
    if "actor_aliases" in tables:
        op.drop_table("actor_aliases")
        if bind.execute(sa.text("SELECT count(*) FROM actors")).scalar():
            op.execute("INSERT INTO store_meta (name, value) VALUES ('actors_relinked', 'no')")


def downgrade() -> None:
    raise NotImplementedError("the old alias links cannot be restored; keep a backup")
