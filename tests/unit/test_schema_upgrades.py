"""A database made by every released schema opens in this version with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from servicestelle import migrations
from servicestelle.db import open_database
from servicestelle.services.base import ListQuery
from servicestelle.services.followups import FollowUpService
from servicestelle.services.global_search import search
from servicestelle.services.pairings import PairingService
from servicestelle.services.volunteers import VolunteerService

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "schema").glob("schema-*.db"))


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_there_is_a_database_of_the_first_schema() -> None:
    assert [p.name for p in FIXTURES][:1] == ["schema-0001.db"]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_old_database_opens_with_nothing_lost(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "alt.db"
    shutil.copy(fixture, path)
    before = _counts(path)
    with sqlite3.connect(path) as conn:
        name = conn.execute("SELECT last_name FROM volunteer ORDER BY id LIMIT 1").fetchone()[0]

    db = open_database(path, user="Test")
    try:
        after = _counts(path)
        with sqlite3.connect(path) as conn:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == migrations.head()
        for table, count in before.items():
            if table == "alembic_version":
                continue
            # revision 0005 gives each database its identity: one setting more
            added = 1 if table == "setting" else 0
            assert after[table] == count + added, table
        volunteers = VolunteerService(db)
        assert volunteers.count(ListQuery()) + volunteers.count(
            ListQuery(include_archived=True)
        ) >= before["volunteer"]
        assert any(hit.title.startswith(name) for hit in search(db, name, limit=50))
        assert PairingService(db).page(ListQuery(), 0, 10)
        FollowUpService(db).overview()  # the newer tables work on the old data
    finally:
        db.dispose()
