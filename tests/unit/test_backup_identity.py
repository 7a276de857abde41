"""Two databases with the same file name in different folders keep separate backups:
each backup carries its database's identity, listing, rotation, the damage offer and
restore go by it, and a backup of another database is restored only on purpose."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from servicestelle import backup
from servicestelle.backup import Reason
from servicestelle.db import open_database
from servicestelle.restore import OtherDatabase, restore_backup
from servicestelle.services.volunteers import VolunteerService


def _database(folder: Path, template: Path, name: str) -> Path:
    path = folder / "servicestelle.db"
    path.parent.mkdir(parents=True)
    shutil.copy(template, path)
    db = open_database(path)
    VolunteerService(db).create(last_name=name)
    db.dispose()
    return path


@pytest.fixture
def two(tmp_path: Path, sqlite_template: Path) -> tuple[Path, Path]:
    """Same file name, different folders: two offices on one laptop. The template's
    identity is copied; a database made by the program gets its own at init, so make
    them different as two inits would."""
    import sqlite3
    import uuid

    first = _database(tmp_path / "buero-a", sqlite_template, "Ahrens")
    second = _database(tmp_path / "buero-b", sqlite_template, "Bauer")
    for path in (first, second):
        with sqlite3.connect(path) as conn:
            conn.execute(
                "UPDATE setting SET value = ? WHERE key = ?",
                (f'"{uuid.uuid4()}"', backup.IDENTITY_KEY),
            )
        conn.close()
    return first, second


def _names(path: Path) -> list[str]:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql("SELECT last_name FROM volunteer")]
    finally:
        db.dispose()


def test_a_new_database_has_an_identity_and_keeps_it(tmp_path: Path):
    path = tmp_path / "neu.db"
    open_database(path).dispose()
    identity = backup.identity_of(path)
    assert identity and len(identity) == 36
    open_database(path).dispose()
    assert backup.identity_of(path) == identity


def test_backups_listing_and_rotation_keep_the_two_apart(two):
    first, second = two
    a = backup.make_backup(first, Reason.MANUAL)
    b = backup.make_backup(second, Reason.MANUAL)
    assert a.path.parent == b.path.parent  # one backup folder for both
    assert [x.path for x in backup.list_backups(first)] == [a.path]
    assert [x.path for x in backup.list_backups(second)] == [b.path]
    # Many imports into the first: rotation never deletes the second's only backup.
    for day in range(30):
        backup.make_backup(
            first, Reason.IMPORT, now=dt.datetime(2026, 1, 1, 12) + dt.timedelta(days=day)
        )
    assert b.path.exists()
    assert [x.path for x in backup.list_backups(second)] == [b.path]


def test_a_damaged_database_is_offered_its_own_backup(two):
    first, second = two
    backup.make_backup(second, Reason.MANUAL)
    own = backup.make_backup(first, Reason.MANUAL)
    with first.open("r+b") as handle:  # damage the first: its identity is unreadable
        handle.seek(0)
        handle.write(b"\0" * 4096)
    with pytest.raises(backup.DamagedDatabase) as damaged:
        backup.check_database(first)
    assert damaged.value.newest is not None and damaged.value.newest.path == own.path


def test_restoring_another_databases_backup_is_refused_unless_chosen(two):
    first, second = two
    others = backup.make_backup(second, Reason.MANUAL)
    identity = backup.identity_of(first)
    with pytest.raises(OtherDatabase, match="anderen Datenbank"):
        restore_backup(first, others.path)
    assert _names(first) == ["Ahrens"]
    restore_backup(first, others.path, other_database=True)
    assert _names(first) == ["Bauer"]
    assert backup.identity_of(first) == identity  # still the first's backup set
    assert backup.list_backups(first)[0].reason is Reason.RESTORE
