"""Colleagues' changes on a real PostgreSQL server reach the other program: the triggers
of revision 0008 notify, the listener turns that into the same ``Changes`` the
program's own writes give, and the echo of its own writes is left out."""

from __future__ import annotations

import queue
import subprocess
import sys
from collections.abc import Iterator

import pytest

from servicestelle.changes import EVERY, Changes
from servicestelle.db import Database, open_database
from servicestelle.server.notify import Listener, parse
from servicestelle.services.events import EventService
from servicestelle.services.volunteers import VolunteerService
from tests.conftest import drop_pg_database, new_pg_database

WAIT = 20  # seconds at most for a notification to arrive (not a speed check)


def test_a_notification_reads_as_changes() -> None:
    changes = Changes()
    parse("volunteer:3,5", changes)
    parse("event:*", changes)
    parse("odd:x", changes)
    assert changes.records == {"volunteer": {3, 5}, "event": {EVERY}, "odd": {EVERY}}


@pytest.fixture
def shared(pg_server: str, pg_template: str) -> Iterator[str]:
    url = new_pg_database(pg_server, pg_template)
    yield url
    drop_pg_database(pg_server, url)


def _listening(db: Database) -> tuple[Listener, queue.Queue[Changes]]:
    arrived: queue.Queue[Changes] = queue.Queue()
    listener = Listener(db, arrived.put)
    listener.start()
    if not listener.listening.wait(WAIT):
        listener.stop()
        pytest.fail("der Listener hört nicht zu")
    return listener, arrived


def _next(arrived: queue.Queue[Changes], kind: str) -> Changes:
    while True:
        changes = arrived.get(timeout=WAIT)
        if kind in changes.records:
            return changes


@pytest.mark.postgresql
def test_a_colleagues_change_arrives_with_kind_and_id(shared: str) -> None:
    mine, colleague = open_database(shared, "Frau A"), open_database(shared, "Herr B")
    listener, arrived = _listening(mine)
    try:
        anna = VolunteerService(colleague).create(last_name="Weber")
        assert _next(arrived, "volunteer").concerns_record("volunteer", anna.id)
        VolunteerService(colleague).update(anna.id, None, languages=[])  # link rows too
        event = EventService(colleague).create(
            title="Sommerfest", kind="treffen", status="geplant", starts_at="01.07.2026 15:00"
        )
        assert _next(arrived, "event").concerns_record("event", event.id)
    finally:
        listener.stop()
        mine.dispose()
        colleague.dispose()


@pytest.mark.postgresql
def test_own_writes_are_not_reported_twice(shared: str) -> None:
    mine, colleague = open_database(shared, "Frau A"), open_database(shared, "Herr B")
    listener, arrived = _listening(mine)
    try:
        VolunteerService(mine).create(last_name="Selbst")
        other = VolunteerService(colleague).create(last_name="Kollege")
        first = _next(arrived, "volunteer")  # the colleague's, never the own one
        assert first.records["volunteer"] == {other.id}
    finally:
        listener.stop()
        mine.dispose()
        colleague.dispose()


@pytest.mark.postgresql
def test_another_process_is_heard(shared: str) -> None:
    mine = open_database(shared, "Frau A")
    listener, arrived = _listening(mine)
    try:
        script = (
            "import sys\n"
            "from servicestelle.db import open_database\n"
            "from servicestelle.services.volunteers import VolunteerService\n"
            "db = open_database(sys.argv[1], 'Herr B')\n"
            "print(VolunteerService(db).create(last_name='Prozess').id)\n"
            "db.dispose()\n"
        )
        done = subprocess.run([sys.executable, "-c", script, shared], capture_output=True,
                              text=True, check=True, timeout=120)
        new_id = int(done.stdout.strip())
        assert _next(arrived, "volunteer").concerns_record("volunteer", new_id)
    finally:
        listener.stop()
        mine.dispose()


@pytest.mark.any_db
def test_sqlite_has_no_listener(db: Database) -> None:
    from servicestelle.server.notify import listen

    assert listen(db) is None
