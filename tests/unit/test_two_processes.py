"""Two program instances on one SQLite file (two staff members on a shared drive by
mistake), as two real processes: no corruption, no lost update, a clear message when
the other one holds the lock too long."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from servicestelle.db import open_database
from servicestelle.errors import DatabaseError
from servicestelle.services.volunteers import VolunteerService

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 25

WORKER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from servicestelle.db import open_database
    from servicestelle.errors import ConflictError
    from servicestelle.services.volunteers import VolunteerService

    path, name, shared, go, rounds = sys.argv[1:6]
    db = open_database(path, user=name)
    service = VolunteerService(db)
    while not Path(go).exists():
        time.sleep(0.005)
    conflicts = 0
    for i in range(int(rounds)):
        service.create(first_name=name, last_name=f"Neu {i:03d}")
        while True:  # the form's way: load, edit, save with the version seen, retry
            seen = service.get(int(shared))
            try:
                service.update(int(shared), seen.version, notes=(seen.notes or "") + f"{name}{i};")
                break
            except ConflictError:
                conflicts += 1
    db.dispose()
    print(json.dumps({"conflicts": conflicts}))
    """
)


def start(script: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path, sqlite_template):
    path = tmp_path / "geteilt.db"
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    shared = VolunteerService(db).create(first_name="Geteilt", last_name="Person", notes="")
    db.dispose()
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    go = tmp_path / "los"
    workers = [start(script, str(path), n, str(shared.id), str(go), str(ROUNDS)) for n in "AB"]
    time.sleep(1.5)  # both have opened the database
    go.touch()
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=240)
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        new = conn.execute("SELECT count(*) FROM volunteer WHERE last_name LIKE 'Neu %'")
        assert new.fetchone()[0] == 2 * ROUNDS
        notes, version = conn.execute(
            "SELECT notes, version FROM volunteer WHERE id = ?", (shared.id,)
        ).fetchone()
    conn.close()
    marks = [m for m in notes.split(";") if m]
    # No lost update: every save of both processes is in the record, each exactly once.
    assert sorted(marks) == sorted(f"{n}{i}" for n in "AB" for i in range(ROUNDS))
    assert version == shared.version + 2 * ROUNDS
    print("conflicts caught by optimistic locking:", [r["conflicts"] for r in results])


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("gesperrt", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    """
)


@pytest.mark.parametrize("hold", [0.5, 6.0])
def test_a_writer_waits_for_the_other_program_or_is_told_clearly(tmp_path, sqlite_template, hold):
    path = tmp_path / "geteilt.db"
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    service = VolunteerService(db)
    person = service.create(last_name="Wartend")
    db.dispose()

    @event.listens_for(db.engine, "connect")
    def short_wait(dbapi_conn, _record):  # the program waits 15 s; the test 2 s
        dbapi_conn.execute("PRAGMA busy_timeout=2000")

    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = start(script, str(path), str(hold))
    assert holder.stdout is not None and holder.stdout.readline().strip() == "gesperrt"
    try:
        if hold < 2:
            saved = service.update(person.id, person.version, last_name="Gewartet")
            assert saved.last_name == "Gewartet"  # waited for the lock, then saved
        else:
            with pytest.raises(DatabaseError, match="von einem anderen Programm gesperrt"):
                service.update(person.id, person.version, last_name="Nicht gespeichert")
    finally:
        holder.communicate(timeout=30)
        db.dispose()
    assert holder.returncode == 0
    db = open_database(path)
    assert VolunteerService(db).get(person.id).last_name == ("Gewartet" if hold < 2 else "Wartend")
    db.dispose()
