"""Alembic environment. qdiff runs migrations itself (`qdiff db upgrade`, and on first use),
always handing over a connection in `config.attributes["connection"]`."""

from __future__ import annotations

from alembic import context

from qdiff.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("qdiff's migrations run through qdiff.store.schema, with a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("qdiff does not generate offline SQL scripts")
run_migrations_online()
