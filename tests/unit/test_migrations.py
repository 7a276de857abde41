"""The schema comes from Alembic only, and opening a current database stays cheap."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from servicestelle import migrations
from servicestelle.db import SCHEMA_REVISION, backup_before_upgrade, open_database
from servicestelle.errors import DatabaseError
from servicestelle.models import Base

ROOT = Path(__file__).resolve().parents[2]


def test_program_expects_the_newest_revision():
    assert migrations.head() == SCHEMA_REVISION


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"include_object": lambda o, name, type_, r, c: not (
                migrations.outside_models(name, type_)),
                  "compare_type": True},
        )
        differences = compare_metadata(context, Base.metadata)
    assert _without_unnamed_inline_foreign_keys(differences) == []


def _without_unnamed_inline_foreign_keys(differences: list) -> list:
    """SQLite reflects a foreign key declared inside a column (as ``ALTER TABLE … ADD
    COLUMN`` must declare it) without its name and ON DELETE; such a key is the model's
    when its columns and target agree (its ON DELETE is checked through PRAGMA in
    ``test_organisations_remember_their_import``)."""

    def key(fk):  # type: ignore[no-untyped-def]
        return (fk.parent.name, tuple(fk.column_keys), fk.referred_table.name)

    removed = {key(d[1]) for d in differences if d[0] == "remove_fk" and d[1].name is None}
    added = {key(d[1]) for d in differences if d[0] == "add_fk"}
    same = removed & added
    return [d for d in differences if not (d[0] in ("remove_fk", "add_fk") and key(d[1]) in same)]


def test_organisations_remember_their_import(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        keys = conn.exec_driver_sql("PRAGMA foreign_key_list(organisation)").fetchall()
    assert ("import_batch", "import_batch_id", "id", "SET NULL") in {
        (k[2], k[3], k[4], k[6]) for k in keys
    }


def test_new_database_is_created_at_head_with_default_lists(tmp_path):
    path = tmp_path / "neu.db"
    db = open_database(path)
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == SCHEMA_REVISION
        assert conn.execute(text("SELECT count(*) FROM district")).scalar() > 15
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_database_of_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "neuer.db"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="neueren Version"):
        open_database(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "fremd.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE volunteer (x)")
    with pytest.raises(DatabaseError, match="nicht zu Servicestelle"):
        open_database(path)


def test_backup_before_upgrade_is_a_complete_copy(tmp_path):
    path = tmp_path / "alt.db"
    db = open_database(path)
    from servicestelle.services.volunteers import VolunteerService

    VolunteerService(db).create(last_name="Shevchenko")
    copy = backup_before_upgrade(db.engine, "0001")
    db.dispose()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT last_name FROM volunteer").fetchall() == [("Shevchenko",)]
    assert copy.parent == path.parent and "vor-update-0001" in copy.name


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    path = tmp_path / "schnell.db"
    open_database(path).dispose()
    code = (
        "import sys; from servicestelle.db import open_database; "
        f"open_database({str(path)!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ}, check=True)
    assert out.stdout.strip() == "False"


def test_empty_postgresql_database_is_migrated(pg_server):
    from tests.conftest import new_pg_database

    url = new_pg_database(pg_server, None)
    db = open_database(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == SCHEMA_REVISION
    engine.dispose()
    db.dispose()


def test_a_database_of_the_first_schema_is_upgraded_with_nothing_lost(tmp_path):
    path = tmp_path / "alt.db"
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.exec_driver_sql(
            "INSERT INTO organisation (id, name, kind, created_at, updated_at, version) "
            "VALUES (1, 'Afrikanischer Kulturverein', 'MSO', '2026-01-01', '2026-01-01', 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO contact_person (id, organisation_id, first_name, last_name, sort_key, "
            "created_at, updated_at, version) VALUES (1, 1, 'Grace', 'Mensah', 'mensah grace', "
            "'2026-01-01', '2026-01-01', 1)"
        )
    engine.dispose()

    db = open_database(path)
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == SCHEMA_REVISION
        assert conn.execute(text("SELECT name, import_batch_id FROM organisation")).all() == [
            ("Afrikanischer Kulturverein", None)]
        assert conn.execute(text("SELECT last_name FROM contact_person")).scalars().all() == [
            "Mensah"]
    from servicestelle.backup import Reason, list_backups

    assert [b for b in list_backups(path) if b.reason is Reason.UPDATE]  # made before it
    db.dispose()


def test_no_index_repeats_the_start_of_a_longer_one(db):
    """Each insert pays for every index; one whose columns begin a longer index (or a
    unique pair) of its table answers nothing the longer one does not (0017)."""
    from sqlalchemy import inspect

    inspector = inspect(db.engine)
    repeated = []
    for table in inspector.get_table_names():
        found = [
            (i["name"], list(i["column_names"]), i.get("dialect_options", {}).get(
                f"{db.engine.dialect.name}_where") is not None)
            for i in inspector.get_indexes(table)
        ]
        longer = [tuple(c) for _n, c, partial in found if not partial] + [
            tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)
        ]
        for name, columns, partial in found:
            if partial or name.startswith("uq_"):
                continue
            if any(len(other) > len(columns) and list(other[: len(columns)]) == columns
                   for other in longer):
                repeated.append(f"{table}.{name}")
    assert repeated == []
    with db.engine.connect() as conn:  # the longer index serves the owner's consents
        if db.is_sqlite:
            plan = " ".join(
                str(r[-1]) for r in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT * FROM consent WHERE volunteer_id = 1"))
            assert "ix_consent_volunteer_current" in plan
