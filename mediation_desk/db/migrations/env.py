"""Alembic environment: always run programmatically by `mediation_desk.db.migrate`."""

from __future__ import annotations

from alembic import context

from mediation_desk.db.search_index import include_object
from mediation_desk.db.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
