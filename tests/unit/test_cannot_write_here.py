""""Cannot write here" told apart from "damaged", and plain German instead of SQL or OS
texts: a write-protected folder, a full disk, a database locked by another program
during an import, control characters in the command line's search output."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from servicestelle import backup, write_access
from servicestelle.db import open_database
from servicestelle.errors import DatabaseError, ServiceError, os_reason
from servicestelle.restore import restore_backup
from servicestelle.services.volunteers import VolunteerService

READ_ONLY_TEXT = (
    "Der Ordner ist schreibgeschützt – die Datenbank ist in Ordnung, aber Änderungen "
    "können hier nicht gespeichert werden"
)


def _writable(folder: Path) -> bool:
    probe = folder / "probe.tmp"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` truly write-protected for this process: its mode for a normal
    user; for root (whom modes do not stop) the immutable attribute where the system
    allows it. Skips the test where neither works."""
    undo: list[str] = []
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("chattr"):
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        if done.returncode == 0:
            undo = ["chattr", "-i", str(folder)]
    else:
        folder.chmod(0o555)
    try:
        if _writable(folder):
            pytest.skip("this system cannot make a folder write-protected for this user")
        yield
    finally:
        if undo:
            subprocess.run(undo, check=True)
        else:
            folder.chmod(0o700)


@pytest.fixture
def closed_database(tmp_path: Path, sqlite_template: Path) -> Path:
    """A sound database with a record and a backup, closed, in a folder of its own."""
    path = tmp_path / "daten" / "servicestelle.db"
    path.parent.mkdir()
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    VolunteerService(db).create(last_name="Gesund", status="aktiv")
    db.dispose()
    backup.make_backup(path)
    return path


def test_a_sound_database_in_a_write_protected_folder_is_not_called_damaged(closed_database):
    with read_only_folder(closed_database.parent):
        assert write_access.cannot_write(closed_database) == write_access.READ_ONLY
        with pytest.raises(write_access.CannotWriteHere) as told:
            backup.check_database(closed_database)
    assert not isinstance(told.value, backup.DamagedDatabase)
    assert READ_ONLY_TEXT in told.value.message
    assert "beschädigt" not in told.value.message
    assert str(closed_database.parent) in told.value.message


def test_a_damaged_database_in_a_write_protected_folder_is_still_damaged(closed_database):
    with closed_database.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"\xff" * 4096)
    with read_only_folder(closed_database.parent), pytest.raises(backup.DamagedDatabase):
        backup.check_database(closed_database)


def test_restoring_into_a_write_protected_folder_is_refused_plainly(closed_database):
    [made] = backup.list_backups(closed_database)
    with read_only_folder(closed_database.parent), pytest.raises(ServiceError) as told:
        restore_backup(closed_database, made.path)
    assert "nicht wiederhergestellt werden: der Ordner ist schreibgeschützt" in told.value.message
    assert "Errno" not in told.value.message and "Permission" not in told.value.message
    database = open_database(closed_database)
    try:
        assert VolunteerService(database).count() == 1  # nothing changed
    finally:
        database.dispose()


def test_a_full_database_file_says_so_in_german(sqlite_db):
    """SQLite's own "database or disk is full" (a page limit stands in for the disk)."""
    service = VolunteerService(sqlite_db)
    sqlite_db.engine.dispose()

    @event.listens_for(sqlite_db.engine, "connect")
    def no_more_pages(dbapi_conn, _record):  # noqa: ANN001
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    with pytest.raises(DatabaseError) as told:
        for n in range(100):
            service.create(last_name=f"Zu viel {n}", status="aktiv", notes="x" * 19_000)
    assert told.value.message.startswith("Der Datenträger ist voll. Es wurde nichts gespeichert")
    assert "INSERT" not in told.value.message and "OperationalError" not in told.value.message


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_full_disk_is_named_in_german():
    with pytest.raises(OSError) as real, open("/dev/full", "wb", buffering=0) as full:
        full.write(b"Servicestelle")
    assert real.value.errno == errno.ENOSPC
    assert os_reason(real.value) == "der Datenträger ist voll"
    assert write_access._kind(real.value) == write_access.FULL
    text = write_access.message(Path("/daten/servicestelle.db"), write_access.FULL)
    assert text.startswith("Der Datenträger ist voll – die Datenbank ist in Ordnung")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_log_file_on_a_full_disk_gives_one_german_line(tmp_path, capsys):
    from servicestelle.logs import PrivateFormatter, QuietFileHandler

    log_file = tmp_path / "servicestelle.log"
    log_file.symlink_to("/dev/full")
    handler = QuietFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(PrivateFormatter("%(message)s"))
    logger = logging.getLogger("test.full_disk")
    logger.addHandler(handler)
    QuietFileHandler.told = False
    try:
        for n in range(3):
            logger.warning("Eintrag %d", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
        QuietFileHandler.told = False
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.strip() == (
        "Hinweis: Das Protokoll kann nicht geschrieben werden (der Datenträger ist voll)."
    )


def test_an_import_while_another_program_holds_the_lock_is_told_without_sql(
    sqlite_db, tmp_path
):
    from servicestelle.importing.service import ImportService

    sheet = tmp_path / "liste.csv"
    sheet.write_text("Nachname;Vorname\nImportiert;Ina\n", encoding="utf-8")
    service = ImportService(sqlite_db)
    preview = service.read("volunteer", sheet, None)
    plan = service.plan("volunteer", preview, preview.mapping)
    sqlite_db.engine.dispose()

    @event.listens_for(sqlite_db.engine, "connect")
    def short_wait(dbapi_conn, _record):  # noqa: ANN001 - the program waits 15 s
        dbapi_conn.execute("PRAGMA busy_timeout=300")

    holder = sqlite3.connect(sqlite_db.location, isolation_level=None, timeout=1)
    holder.execute("BEGIN IMMEDIATE")  # another program writes; reading goes on
    try:
        with pytest.raises(DatabaseError) as told:
            service.run(plan, preview)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = told.value.message
    assert "von einem anderen Programm gesperrt" in message and "nichts gespeichert" in message
    assert "INSERT" not in message and "SQL" not in message
    assert VolunteerService(sqlite_db).count() == 0


def test_search_on_the_command_line_prints_no_control_characters(tmp_path):
    from tests.cli.runner import run

    db = tmp_path / "x.db"
    assert run("--db", str(db), "init", home=tmp_path).returncode == 0
    database = open_database(db)
    person = VolunteerService(database).create(last_name="Nullmann", status="aktiv")
    database.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute(  # written by another program, past the program's checks
            "UPDATE volunteer SET first_name = ? WHERE id = ?", ("An\x00na\x1b[31m\tX", person.id)
        )
    found = run("--db", str(db), "search", "Nullmann", home=tmp_path)
    assert found.returncode == 0
    assert "Nullmann" in found.stdout
    [line] = found.stdout.splitlines()
    assert "\x00" not in line and "\x1b" not in line
    assert line.count("\t") == 3  # four fields, no tab inside one
    assert line.split("\t")[2] == "Nullmann, An na [31m X"
