"""Encryption at rest (SQLCipher): conversion, round trip, wrong password, encrypted
backups, and the password kept out of descriptions and logs."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from servicestelle import backup, encryption
from servicestelle.backup import Reason
from servicestelle.db import describe_target, open_database
from servicestelle.errors import DatabaseError, ServiceError
from servicestelle.services.volunteers import VolunteerService

if not encryption.available() and os.environ.get("CI") != "true":
    pytest.skip("sqlcipher3 (extra »encryption«) is not installed", allow_module_level=True)

PASSWORD = "Geheim 'mit\" Zeichen ß"
NAME = "Quxbaumhuber"


@pytest.fixture(autouse=True)
def _no_known_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encryption, "_passwords", {})
    monkeypatch.delenv(encryption.PASSWORD_ENV, raising=False)


@pytest.fixture
def plain(tmp_path: Path, sqlite_template: Path) -> Path:
    """A closed, unencrypted database with one volunteer named NAME."""
    path = tmp_path / "daten" / "servicestelle.db"
    path.parent.mkdir()
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    VolunteerService(db).create(first_name="Erika", last_name=NAME, notes="Notiz")
    db.dispose()
    assert NAME.encode() in _all_bytes(path)
    return path


def _all_bytes(path: Path) -> bytes:
    data = b""
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if file.exists():
            data += file.read_bytes()
    return data


def _last_names(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT last_name FROM volunteer")]


def test_round_trip_encrypt_reopen_with_the_password(plain, caplog):
    caplog.set_level(logging.DEBUG)
    assert not encryption.is_encrypted(plain)
    assert encryption.encrypt_database(plain, PASSWORD) is None
    encryption.forget(plain)  # as in a new program start

    assert encryption.is_encrypted(plain)
    assert not Path(f"{plain}-wal").exists() or NAME.encode() not in _all_bytes(plain)
    assert not list(plain.parent.glob("*.teil"))

    db = open_database(plain, password=PASSWORD)
    assert NAME in _last_names(db)
    VolunteerService(db).create(first_name="Zweite", last_name="Quxneuling")
    assert db.location == str(plain)
    assert PASSWORD not in describe_target(str(db.engine.url))
    assert PASSWORD not in repr(db.engine)
    db.dispose()

    data = _all_bytes(plain)
    assert NAME.encode() not in data and b"Quxneuling" not in data
    assert not data.startswith(encryption.PLAIN_HEADER)
    assert PASSWORD not in caplog.text


def test_a_wrong_or_missing_password_gets_a_clear_message(plain):
    encryption.encrypt_database(plain, PASSWORD)
    encryption.forget(plain)
    with pytest.raises(DatabaseError, match="Das Kennwort passt nicht zu dieser Datenbank."):
        open_database(plain, password="falsch-falsch")
    with pytest.raises(encryption.PasswordRequired, match="verschlüsselt"):
        open_database(plain)


def test_the_password_from_the_environment_opens_it(plain, monkeypatch):
    encryption.encrypt_database(plain, PASSWORD)
    encryption.forget(plain)
    monkeypatch.setenv(encryption.PASSWORD_ENV, PASSWORD)
    db = open_database(plain)
    assert NAME in _last_names(db)
    db.dispose()


def test_keeping_a_plain_copy_only_when_asked(plain):
    kept = encryption.encrypt_database(plain, PASSWORD, keep_plain_copy=True)
    assert kept is not None and kept.name == "servicestelle.unverschluesselt.db"
    assert kept.read_bytes().startswith(encryption.PLAIN_HEADER)
    assert sorted(p.name for p in plain.parent.iterdir()) == [
        "servicestelle.db",
        "servicestelle.unverschluesselt.db",
    ]


def test_refusals(plain, tmp_path):
    with pytest.raises(ServiceError, match="mindestens 8 Zeichen"):
        encryption.encrypt_database(plain, "kurz")
    assert not encryption.is_encrypted(plain)
    encryption.encrypt_database(plain, PASSWORD)
    with pytest.raises(ServiceError, match="bereits verschlüsselt"):
        encryption.encrypt_database(plain, PASSWORD)
    with pytest.raises(ServiceError, match="gibt es nicht"):
        encryption.encrypt_database(tmp_path / "fehlt.db", PASSWORD)


def test_change_password(plain):
    encryption.encrypt_database(plain, PASSWORD)
    encryption.change_password(plain, PASSWORD, "ein neues Kennwort")
    encryption.forget(plain)
    with pytest.raises(encryption.WrongPassword):
        open_database(plain, password=PASSWORD)
    open_database(plain, password="ein neues Kennwort").dispose()
    with pytest.raises(encryption.WrongPassword):
        encryption.change_password(plain, PASSWORD, "noch ein Kennwort")


def test_a_new_database_with_a_password_is_created_encrypted(tmp_path):
    path = tmp_path / "neu.db"
    db = open_database(path, password=PASSWORD)
    VolunteerService(db).create(first_name="Erika", last_name=NAME)
    db.dispose()
    assert encryption.is_encrypted(path) and NAME.encode() not in _all_bytes(path)


def test_backups_of_an_encrypted_database_are_encrypted(plain):
    encryption.encrypt_database(plain, PASSWORD)
    encryption.forget(plain)
    db = open_database(plain, password=PASSWORD)
    made = backup.make_backup(plain, Reason.MANUAL)
    db.dispose()

    data = made.path.read_bytes()
    assert not data.startswith(encryption.PLAIN_HEADER) and NAME.encode() not in data
    assert backup.newest_good_backup(plain) is not None

    encryption._passwords.clear()  # a new start: only the password opens the backup
    with pytest.raises(encryption.WrongPassword):
        open_database(made.path, password="falsch-falsch")
    copy = open_database(made.path, password=PASSWORD)
    assert NAME in _last_names(copy)
    copy.dispose()


def test_restore_of_an_encrypted_backup(plain):
    from servicestelle.restore import restore_backup

    encryption.encrypt_database(plain, PASSWORD)
    db = open_database(plain, password=PASSWORD)
    made = backup.make_backup(plain, Reason.MANUAL)
    VolunteerService(db).create(first_name="Nach", last_name="Derbackup")
    db.dispose()

    result = restore_backup(plain, made.path)
    assert result.safety is not None and encryption.is_encrypted(result.safety.path)
    assert encryption.is_encrypted(plain)
    db = open_database(plain, password=PASSWORD)
    assert "Derbackup" not in _last_names(db) and NAME in _last_names(db)
    db.dispose()


def test_a_backup_from_before_the_encryption_is_restored_encrypted(plain):
    """A backup made while the database was still plain comes back under the database's
    password: restoring it must not quietly undo the encryption."""
    from servicestelle.restore import restore_backup

    old = backup.make_backup(plain, Reason.MANUAL)  # plain, from before
    assert not encryption.is_encrypted(old.path)
    encryption.encrypt_database(plain, PASSWORD)
    db = open_database(plain, password=PASSWORD)
    VolunteerService(db).create(first_name="Nach", last_name="Derverschluesselung")
    db.dispose()

    restore_backup(plain, old.path)
    assert encryption.is_encrypted(plain)
    assert NAME.encode() not in _all_bytes(plain)
    leftovers = [p.name for p in plain.parent.iterdir() if ".teil" in p.name]
    assert leftovers == []
    encryption._passwords.clear()  # a new start: the password opens the restored file
    db = open_database(plain, password=PASSWORD)
    assert NAME in _last_names(db) and "Derverschluesselung" not in _last_names(db)
    db.dispose()
