"""Erasure that a restore cannot undo: the erasure register in the database and beside
the backups. Back up, erase, restore: the person is gone again, down to the bytes of
the database file; retention runs come back the same way; a file copied back by hand
is caught at the next start."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
from pathlib import Path

from sqlalchemy import select

from servicestelle import backup, erasure_register
from servicestelle import models as m
from servicestelle.db import Database, open_database
from servicestelle.restore import restore_backup
from servicestelle.services.privacy import PrivacyService
from servicestelle.services.privacy_erase import erased_everywhere
from servicestelle.services.volunteers import VolunteerService

NAME = "Zyxwvutsrq"
EMAIL = "wilhelmine.zyxwvutsrq@example.net"
USER = "Frau Test"


def _people(db: Database) -> tuple[int, int]:
    service = VolunteerService(db)
    gone = service.create(
        first_name="Wilhelmine",
        last_name=NAME,
        status="aktiv",
        email=EMAIL,
        phone="0171 4445566",
        notes=f"{NAME} hilft beim Deutschkurs",
    )
    stays = service.create(first_name="Bernd", last_name="Bleibtreu", status="aktiv")
    return gone.id, stays.id


def _register_file(db: Database) -> Path:
    [found] = backup.backup_folder(db.location).glob(f"*{erasure_register.SUFFIX}")
    return found


def _last_names(path: str | Path) -> set[str]:
    db = open_database(path, USER)
    try:
        with db.read() as session:
            return set(session.scalars(select(m.Volunteer.last_name)))
    finally:
        db.dispose()


def test_back_up_erase_restore_and_the_person_is_gone_again(sqlite_db):
    path = sqlite_db.location
    gone, _stays = _people(sqlite_db)
    before = backup.make_backup(path, backup.Reason.MANUAL)
    PrivacyService(sqlite_db).erase("volunteer", gone)

    register = _register_file(sqlite_db)  # beside the backups: numbers, never names
    text = register.read_text(encoding="utf-8")
    assert NAME not in text and "Wilhelmine" not in text and EMAIL not in text
    assert [e[1:] for e in json.loads(text)["eintraege"]] == [["volunteer", gone, "erasure"]]
    if os.name == "posix":
        assert stat.S_IMODE(register.stat().st_mode) == 0o600
    sqlite_db.dispose()

    result = restore_backup(path, before.path)

    assert result.reapplied == 1
    assert result.describe_reapplied() == (
        "Nach der Wiederherstellung wurde 1 Löschung erneut angewandt, die nach der "
        "Sicherung gemacht wurde."
    )
    assert erased_everywhere(path, [NAME, EMAIL, "4445566"]) == []  # the file's bytes
    assert _last_names(path) == {"Bleibtreu"}
    db = open_database(path, USER)
    try:  # noted in the restored register with the time it was first done
        with db.read() as session:
            [entry] = erasure_register.entries_in(session)
        assert (entry.entity, entry.entity_id, entry.how) == ("volunteer", gone, "erasure")
        assert erasure_register.reapply(db) == 0  # the next start has nothing to do
    finally:
        db.dispose()


def test_the_check_sees_the_person_in_a_backup_from_before(sqlite_db):
    """The byte check itself: the backup from before still holds the name."""
    gone, _stays = _people(sqlite_db)
    made = backup.make_backup(sqlite_db.location)
    PrivacyService(sqlite_db).erase("volunteer", gone)
    assert NAME in erased_everywhere(str(made.path), [NAME])


def test_a_backup_made_after_the_erasure_needs_nothing_again(sqlite_db):
    path = sqlite_db.location
    gone, _stays = _people(sqlite_db)
    PrivacyService(sqlite_db).erase("volunteer", gone)
    after = backup.make_backup(path)
    VolunteerService(sqlite_db).create(last_name="Später", status="aktiv")
    sqlite_db.dispose()
    result = restore_backup(path, after.path)
    assert result.reapplied == 0 and result.describe_reapplied() == ""
    assert _last_names(path) == {"Bleibtreu"}


def test_a_file_copied_back_by_hand_is_caught_at_the_next_start(sqlite_db):
    path = sqlite_db.location
    gone, _stays = _people(sqlite_db)
    before = backup.make_backup(path)
    PrivacyService(sqlite_db).erase("volunteer", gone)
    sqlite_db.dispose()
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    shutil.copy(before.path, path)  # by hand, past the program

    db = open_database(path, USER)
    try:
        assert erasure_register.pending(db)
        assert erasure_register.reapply(db) == 1
        assert "zurückkopiert" in erasure_register.describe(1, at_start=True)
    finally:
        db.dispose()
    assert _last_names(path) == {"Bleibtreu"}
    assert erased_everywhere(path, [NAME, EMAIL]) == []


def _left_long_ago(db: Database) -> tuple[int, int]:
    service = VolunteerService(db)
    left = service.create(
        first_name="Olga",
        last_name="Qwertzuiop",
        status="ausgeschieden",
        left_on=dt.date(2015, 3, 1),
        email="olga.qwertzuiop@example.net",
    )
    with db.session() as session:
        session.add(
            m.PoliceClearance(
                volunteer_id=left.id, issued_on=dt.date(2014, 1, 1), seen_on=dt.date(2014, 1, 2)
            )
        )
    with db.read() as session:
        clearance = session.scalar(
            select(m.PoliceClearance.id).where(m.PoliceClearance.volunteer_id == left.id)
        )
    return left.id, int(clearance)


def test_a_retention_run_after_the_backup_is_done_again(sqlite_db):
    path = sqlite_db.location
    _people(sqlite_db)
    left, clearance = _left_long_ago(sqlite_db)
    before = backup.make_backup(path)
    rules = PrivacyService(sqlite_db).apply(dt.date(2026, 6, 1))
    assert {r.key: r.count for r in rules}["volunteers"] == 1
    sqlite_db.dispose()

    result = restore_backup(path, before.path)

    assert result.reapplied == 2  # the clearance deleted, the volunteer anonymised
    db = open_database(path, USER)
    try:
        person = VolunteerService(db).get(left)
        assert (person.first_name, person.last_name, person.email) == ("", "Anonymisiert", None)
        with db.read() as session:
            assert session.get(m.PoliceClearance, clearance) is None
            hows = {(e.entity, e.how) for e in erasure_register.entries_in(session)}
        assert hows == {("volunteer", "anonymisation"), ("police_clearance", "deletion")}
    finally:
        db.dispose()
    assert "Qwertzuiop" not in _last_names(path)


def test_the_backup_of_another_database_takes_the_entries_over_without_erasing(
    sqlite_db, tmp_path, sqlite_template
):
    path = sqlite_db.location
    gone, _stays = _people(sqlite_db)
    PrivacyService(sqlite_db).erase("volunteer", gone)
    sqlite_db.dispose()
    other_path = tmp_path / "andere.db"
    shutil.copy(sqlite_template, other_path)
    other = open_database(other_path, USER)
    from servicestelle.services.settings import SettingsService

    SettingsService(other).set(backup.IDENTITY_KEY, "ein-anderes-amt")
    VolunteerService(other).create(first_name="Fremd", last_name="Person", status="aktiv")
    VolunteerService(other).create(first_name="Noch", last_name="Jemand", status="aktiv")
    other.dispose()
    foreign = backup.make_backup(other_path, file=tmp_path / "fremd.db")

    result = restore_backup(path, foreign.path, other_database=True)

    assert result.reapplied == 0
    assert _last_names(path) == {"Person", "Jemand"}  # nobody else's number erased
    db = open_database(path, USER)
    try:
        assert erasure_register.pending(db) == []  # and the next start stays quiet
    finally:
        db.dispose()


def test_no_register_file_for_a_database_without_backups_folder_access(sqlite_db, monkeypatch):
    """A backup folder that cannot be written: the erasure is done all the same."""
    gone, _stays = _people(sqlite_db)

    def unreachable(*_args, **_kwargs):
        raise backup.ServiceError("Der Sicherungsordner ist nicht erreichbar.")

    monkeypatch.setattr(backup, "backup_folder", unreachable)
    PrivacyService(sqlite_db).erase("volunteer", gone)
    with sqlite_db.read() as session:
        assert NAME not in set(session.scalars(select(m.Volunteer.last_name)))


def test_the_register_is_kept_in_the_same_transaction_on_both_databases(db):
    gone, _stays = _people(db)
    PrivacyService(db).erase("volunteer", gone)
    with db.read() as session:
        rows = session.execute(
            select(m.ErasureRecord.entity, m.ErasureRecord.entity_id, m.ErasureRecord.how)
        ).all()
    assert [tuple(r) for r in rows] == [("volunteer", gone, "erasure")]


def test_an_unreadable_register_file_counts_as_empty(tmp_path):
    broken = tmp_path / "x.loeschungen.json"
    broken.write_text("{kaputt", encoding="utf-8")
    assert erasure_register.read_file(broken) == []
    assert erasure_register.read_file(tmp_path / "fehlt.json") == []


def test_the_command_line_restore_erases_again_and_says_so(sqlite_db):
    from tests.cli.runner import run

    path = sqlite_db.location
    gone, _stays = _people(sqlite_db)
    before = backup.make_backup(path)
    PrivacyService(sqlite_db).erase("volunteer", gone)
    sqlite_db.dispose()
    home = Path(os.environ["SERVICESTELLE_HOME"])  # the same backup folder

    done = run("--db", path, "restore", str(before.path), "--yes", home=home)

    assert done.returncode == 0, done.stderr
    assert (
        "Nach der Wiederherstellung wurde 1 Löschung erneut angewandt, die nach der "
        "Sicherung gemacht wurde." in done.stdout
    )
    assert erased_everywhere(path, [NAME, EMAIL]) == []
