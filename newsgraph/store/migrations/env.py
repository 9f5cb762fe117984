"""Alembic environment: newsgraph runs migrations itself on an open connection."""

from alembic import context

from newsgraph.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
