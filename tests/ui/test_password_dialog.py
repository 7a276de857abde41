"""The password of an encrypted database in the window: asked at start (three tries, a
German message on a wrong one), and Extras → »Datenbank verschlüsseln …«."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from servicestelle import encryption
from servicestelle.db import open_database
from servicestelle.errors import ServiceError
from servicestelle.services.volunteers import VolunteerService
from ui import password_dialog
from ui.password_dialog import NewPasswordDialog, PasswordDialog, database_password

if not encryption.available() and os.environ.get("CI") != "true":
    pytest.skip("sqlcipher3 (extra »encryption«) is not installed", allow_module_level=True)

PASSWORD = "richtiges Kennwort"


@pytest.fixture(autouse=True)
def _no_known_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encryption, "_passwords", {})
    monkeypatch.delenv(encryption.PASSWORD_ENV, raising=False)


@pytest.fixture(scope="module")
def encrypted_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """Encrypted once per module (the key derivation is slow); each test gets a copy."""
    folder = tmp_path_factory.mktemp("encrypted")
    path = folder / "servicestelle.db"
    shutil.copy(sqlite_template, path)
    with pytest.MonkeyPatch.context() as patch:  # as the per-test fixtures would have it
        patch.setenv("SERVICESTELLE_HOME", str(tmp_path_factory.mktemp("home")))
        patch.delenv("SERVICESTELLE_DB", raising=False)
        patch.setattr(encryption, "_passwords", {})
        patch.delenv(encryption.PASSWORD_ENV, raising=False)
        db = open_database(path)
        VolunteerService(db).create(first_name="Erika", last_name="Quxbaumhuber")
        db.dispose()
        encryption.encrypt_database(path, PASSWORD)
        encryption.forget(path)
    assert [p.name for p in folder.iterdir()] == [path.name]  # one file, nothing beside it
    return path


@pytest.fixture
def encrypted(tmp_path: Path, encrypted_file: Path) -> Path:
    path = tmp_path / "servicestelle.db"
    shutil.copy(encrypted_file, path)
    return path


def test_a_wrong_password_is_told_and_the_third_closes_the_dialog(qtbot, encrypted):
    dialog = PasswordDialog(
        str(encrypted), lambda value: encryption.check_password(encrypted, value)
    )
    qtbot.addWidget(dialog)
    dialog.field.setText("falsch-1")
    dialog._try()
    assert dialog.message.text().startswith("Das Kennwort passt nicht zu dieser Datenbank.")
    assert "Noch 2 Versuche" in dialog.message.text() and dialog.isVisibleTo(None) is False
    dialog.field.setText("falsch-2")
    dialog._try()
    assert "Noch ein Versuch" in dialog.message.text()
    dialog.field.setText("falsch-3")
    dialog._try()
    assert dialog.failed and dialog.password is None
    assert dialog.result() == PasswordDialog.DialogCode.Rejected


def test_the_right_password_is_taken(qtbot, encrypted):
    dialog = PasswordDialog(
        str(encrypted), lambda value: encryption.check_password(encrypted, value)
    )
    qtbot.addWidget(dialog)
    dialog.field.setText(PASSWORD)
    dialog._try()
    assert dialog.password == PASSWORD and not dialog.failed


def test_at_start_the_dialog_asks_and_the_database_opens(qtbot, encrypted, monkeypatch):
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PasswordDialog) and widget.isVisible():
                widget.field.setText(PASSWORD)
                widget._try()

    QTimer.singleShot(0, answer)
    password = database_password(str(encrypted), interactive=True)
    assert password == PASSWORD
    db = open_database(encrypted, password=password)
    db.dispose()


def test_at_start_without_a_screen_a_missing_password_is_an_error(encrypted, tmp_path):
    with pytest.raises(ServiceError, match="verschlüsselt"):
        database_password(str(encrypted), interactive=False)
    assert database_password(str(tmp_path / "neu.db"), interactive=False) is None


def test_new_password_must_be_typed_twice_and_long_enough(qtbot):
    dialog = NewPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("lang genug")
    dialog.second.setText("anders")
    dialog._check()
    assert "verschieden" in dialog.message.text() and dialog.password is None
    dialog.first.setText("kurz")
    dialog.second.setText("kurz")
    dialog._check()
    assert "mindestens 8 Zeichen" in dialog.message.text()
    dialog.first.setText(PASSWORD)
    dialog.second.setText(PASSWORD)
    dialog._check()
    assert dialog.password == PASSWORD


def test_extras_encrypts_the_open_database(qtbot, sqlite_db, monkeypatch):
    from ui.main_window import MainWindow

    VolunteerService(sqlite_db).create(first_name="Erika", last_name="Quxbaumhuber")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    assert window.commands.encrypt.text().startswith("Datenbank &verschlüsseln")

    def exec_(self: NewPasswordDialog) -> int:
        self.password = PASSWORD
        return NewPasswordDialog.DialogCode.Accepted

    told: list[str] = []
    monkeypatch.setattr(NewPasswordDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))

    assert password_dialog.encrypt_current_database(window)
    path = Path(sqlite_db.location)
    assert encryption.is_encrypted(path)
    assert "jetzt verschlüsselt" in told[-1]
    with sqlite_db.read() as session:
        count = (
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM volunteer WHERE last_name = 'Quxbaumhuber'")
            .scalar()
        )
    assert count == 1
    assert b"Quxbaumhuber" not in path.read_bytes()

    assert not password_dialog.encrypt_current_database(window)  # already encrypted
    assert "bereits verschlüsselt" in told[-1]


def test_the_start_asks_for_the_password_then_opens(qtbot, encrypted):
    from ui.app import _open_database

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PasswordDialog) and widget.isVisible():
                widget.field.setText(PASSWORD)
                widget._try()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    database = _open_database(str(encrypted), "Frau Test", interactive=True)
    assert database is not None
    try:
        with database.read() as session:
            names = session.connection().exec_driver_sql("SELECT last_name FROM volunteer")
            assert "Quxbaumhuber" in [n for (n,) in names]
    finally:
        database.dispose()


def test_the_start_without_a_screen_tells_a_wrong_password(encrypted, monkeypatch):
    from ui import app

    told: list[str] = []
    monkeypatch.setattr(
        "ui.error_dialog.show_start_error", lambda message, interactive: told.append(message)
    )
    monkeypatch.setenv(encryption.PASSWORD_ENV, "ganz falsch")
    assert app._open_database(str(encrypted), "Skript", interactive=False) is None
    assert told == ["Das Kennwort passt nicht zu dieser Datenbank."]
