"""Events keep their sentence's text, so event lists and the events page can show it
without reading each article's record.

Stores made before this revision get the column filled from their stored records.

Revision ID: 0005
Revises: 0004
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if "sentence" in {c["name"] for c in sa.inspect(bind).get_columns("events")}:
        return  # made at 0001 from the newer schema
    op.add_column("events", sa.Column("sentence", sa.Text, nullable=True))
    update = sa.text(
        "UPDATE events SET sentence = :sentence WHERE article_key = :key AND event_id = :event"
    )
    rows = bind.execute(sa.text("SELECT key, record FROM articles")).all()
    for key, record in rows:
        parsed = json.loads(record)
        text = parsed["article"]["text"]
        values = [
            {"key": key, "event": e["id"],
             "sentence": text[e["sentence"]["start"] : e["sentence"]["end"]].strip()}
            for e in parsed.get("events", [])
        ]  # fmt: skip
        if values:
            bind.execute(update, values)


def downgrade() -> None:
    op.drop_column("events", "sentence")
