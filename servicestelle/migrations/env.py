"""Alembic environment: runs on the connection the program hands over."""

from __future__ import annotations

from alembic import context

from servicestelle.migrations import outside_models
from servicestelle.migrations.consent_on import sqlite_rebuilds_keep_triggers
from servicestelle.models import Base


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not outside_models(name, type_)


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Migrationen laufen nur über servicestelle.migrations.upgrade().")
    sqlite_rebuilds_keep_triggers(connection)
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
