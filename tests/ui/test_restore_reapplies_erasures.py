"""In the window: a restore through »Sicherung wiederherstellen …« erases again what was
erased after the backup and says so; a file copied back by hand is caught at start; a
write-protected folder at start is told as such, never as damage with a restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from servicestelle import backup
from servicestelle import models as m
from servicestelle.db import open_database
from servicestelle.services.privacy import PrivacyService
from servicestelle.services.privacy_erase import erased_everywhere
from servicestelle.services.volunteers import VolunteerService
from tests.unit.test_cannot_write_here import READ_ONLY_TEXT, read_only_folder
from ui import backup_dialog

NAME = "Zyxwvutsrq"


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(backup_dialog, "restart_program", lambda: calls.append(True))
    return calls


def _erased_after_a_backup(database) -> tuple[backup.BackupFile, int]:  # noqa: ANN001
    person = VolunteerService(database).create(
        first_name="Wilhelmine", last_name=NAME, status="aktiv", email="w.zyx@example.net"
    )
    made = backup.make_backup(database.location, backup.Reason.MANUAL)
    PrivacyService(database).erase("volunteer", person.id)
    return made, person.id


def test_restoring_in_the_dialog_erases_again_and_says_so(
    qtbot, window, monkeypatch, restarts, warnings
):
    target = window.database.location
    made, _person = _erased_after_a_backup(window.database)
    dialog = backup_dialog.BackupDialog(window)
    qtbot.addWidget(dialog)
    row = next(i for i, b in enumerate(dialog.backups) if b.path == made.path)
    dialog.table.selectRow(row)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes
    )

    assert dialog.restore_selected()

    assert restarts == [True]
    [said] = [w for w in warnings if "startet neu" in w]
    assert said.startswith(
        "Nach der Wiederherstellung wurde 1 Löschung erneut angewandt, die nach der "
        "Sicherung gemacht wurde."
    )
    assert erased_everywhere(target, [NAME, "w.zyx@example.net"]) == []
    db = open_database(target)
    try:
        with db.read() as session:
            names = set(session.scalars(select(m.Volunteer.last_name)))
    finally:
        db.dispose()
    assert NAME not in names and "Müller" in names


def test_a_file_copied_back_by_hand_is_erased_again_at_start(qapp, sqlite_db, warnings):
    from ui.app import _open_database

    path = sqlite_db.location
    made, _person = _erased_after_a_backup(sqlite_db)
    sqlite_db.dispose()
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    shutil.copy(made.path, path)  # past the program

    database = _open_database(path, "Frau Test", interactive=True)
    assert database is not None
    try:
        assert backup_dialog.reapply_at_start(database) == 1
    finally:
        database.dispose()
    assert any(w.startswith("Beim Start wurde 1 Löschung erneut angewandt") for w in warnings)
    assert erased_everywhere(path, [NAME]) == []


def test_a_write_protected_folder_at_start_is_no_damage_and_offers_no_restore(
    qapp, tmp_path, sqlite_template, monkeypatch
):
    from ui import app

    path = tmp_path / "daten" / "servicestelle.db"
    path.parent.mkdir()
    shutil.copy(sqlite_template, path)
    backup.make_backup(path)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        buttons = [b.text() for b in box.findChildren(QPushButton)]
        assert "Sicherung wiederherstellen" not in buttons
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    offered: list[object] = []
    monkeypatch.setattr(backup_dialog, "offer_restore", lambda *a: offered.append(a))

    with read_only_folder(path.parent):
        assert app._open_database(str(path), "Frau Test", interactive=True) is None

    assert offered == []
    [message] = shown
    assert message.startswith(READ_ONLY_TEXT)
    assert "beschädigt" not in message and "unable to open" not in message
