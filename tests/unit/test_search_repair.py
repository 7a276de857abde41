"""Damaged blocks of the full-text index pass SQLite's integrity_check; the index is
checked with its own check, a backup of such a database is not called sound, and the
index is rebuilt from the records (at the start check, or when a search fails)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from servicestelle import backup
from servicestelle.services.global_search import search
from servicestelle.services.volunteers import VolunteerService

pytestmark = pytest.mark.any_db


def _damage_index(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        blocks = conn.execute("SELECT id, length(block) FROM search_fts_data WHERE id > 10")
        for block_id, size in blocks.fetchall():
            conn.execute(
                "UPDATE search_fts_data SET block = ? WHERE id = ?", (b"\xff" * size, block_id)
            )
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # unnoticed
    conn.close()


@pytest.fixture
def damaged(sqlite_db):
    service = VolunteerService(sqlite_db)
    for n in range(30):
        service.create(last_name=f"Quxmuster{n}", first_name="Erika")
    path = Path(sqlite_db.location)
    sqlite_db.dispose()
    _damage_index(path)
    return path


def test_the_full_check_sees_a_damaged_index(damaged):
    assert "Suchindex beschädigt" in (backup.check_file(damaged) or "")


def test_the_start_check_rebuilds_it(damaged):
    assert backup.repair_search_index(damaged) is True
    assert backup.check_file(damaged) is None
    assert backup.repair_search_index(damaged) is False


def test_a_search_on_a_damaged_index_rebuilds_it_and_finds(damaged):
    from servicestelle.db import open_database

    db = open_database(damaged)
    try:
        hits = search(db, "Quxmuster7", limit=5)
        assert [h.title for h in hits] == ["Quxmuster7, Erika"]
    finally:
        db.dispose()
