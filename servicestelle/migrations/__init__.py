"""Alembic, driven from code: the schema's only source of change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

HERE = Path(__file__).resolve().parent


def config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(config()).walk_revisions()}


def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head() or ""


def upgrade(
    engine: Engine, revision: str = "head", after: Callable[[Connection], None] | None = None
) -> None:
    """Bring the schema to ``revision``; ``after`` runs in the same transaction, so that
    a new database gets its default lists all or nothing."""
    cfg = config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
        if after is not None:
            after(connection)


def is_search_table(name: str) -> bool:
    """SQLite's FTS5 index and its shadow tables live outside the models."""
    return name.startswith("search_fts")


# Indexes only a PostgreSQL server has, made by ``server/indexes.py`` (not by a revision).
SERVER_ONLY_INDEXES = frozenset({
    "ix_search_entry_folded_trgm",
    "ix_volunteer_name_c",
    "ix_newcomer_name_c",
    "ix_contact_person_name_c",
})


def outside_models(name: str | None, type_: str) -> bool:
    """What the models do not describe: SQLite's search tables, the server's own indexes."""
    return (type_ == "table" and is_search_table(name or "")) or (
        type_ == "index" and name in SERVER_ONLY_INDEXES
    )
