"""Backups in the window: Extras menu, the list dialog, a restore with confirmation, the
check and daily backup after start, and a damaged database at start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from servicestelle import backup
from servicestelle.db import open_database
from servicestelle.services.volunteers import VolunteerService
from ui import backup_dialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(backup_dialog, "restart_program", lambda: calls.append(True))
    return calls


class Answers:
    """Message boxes run with ``exec``: their texts, and the button to click."""

    def __init__(self) -> None:
        self.button = ""
        self.texts: list[str] = []


@pytest.fixture
def click(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()

    def fake_exec(box: QMessageBox) -> int:
        answers.texts.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == answers.button:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return answers


def names(path: str | Path) -> set[str]:
    db = open_database(path)
    try:
        with db.read() as session:
            from servicestelle import models as m

            return {v.last_name for v in session.query(m.Volunteer)}
    finally:
        db.dispose()


def test_extras_menu_offers_backup_and_restore(window):
    extras = next(a.menu() for a in window.menuBar().actions() if a.text() == "E&xtras")
    texts = [a.text() for a in extras.actions()]
    assert "&Sicherung erstellen" in texts and "Sicherung &wiederherstellen …" in texts


def test_the_dialog_lists_backups_with_date_reason_and_size(qtbot, window):
    target = window.database.location
    backup.make_backup(target, backup.Reason.START)
    backup.make_backup(target, backup.Reason.IMPORT)
    dialog = backup_dialog.BackupDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    reasons = {dialog.table.item(r, 1).text() for r in range(2)}
    assert reasons == {"Start", "vor Import"}
    assert dialog.table.item(0, 2).text().endswith(("KB", "MB"))
    assert "Sicherungsordner" in dialog.folder_label.text()
    assert dialog.restore_button.isEnabled()


def test_backup_now_from_the_menu(qtbot, window, warnings):
    window.commands.backup_now.trigger()
    [made] = backup.list_backups(window.database.location)
    assert made.reason is backup.Reason.MANUAL
    assert "Sicherung angelegt" in window.statusBar().currentMessage()
    assert warnings == []


def test_choosing_another_folder(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "netzlaufwerk")
    )
    dialog = backup_dialog.BackupDialog(window)
    qtbot.addWidget(dialog)
    dialog.choose_folder()
    assert str(tmp_path / "netzlaufwerk") in dialog.folder_label.text()
    assert backup.backup_folder(window.database.location) == tmp_path / "netzlaufwerk"


def test_restore_asks_first_then_restores_and_restarts(
    qtbot, window, monkeypatch, restarts, warnings
):
    target = window.database.location
    backup.make_backup(target)
    VolunteerService(window.database).create(last_name="Nach der Sicherung")
    dialog = backup_dialog.BackupDialog(window)
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def answer(reply):
        return lambda _p, _t, text, *a: asked.append(text) or reply

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not dialog.restore_selected()
    assert "Nach der Sicherung" in names(target) and restarts == []

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert dialog.restore_selected()
    assert "ersetzt" in asked[0] and "vorher gesichert" in asked[0]
    assert "Nach der Sicherung" not in names(target)
    assert restarts == [True] and any("startet neu" in w for w in warnings)
    reasons = [b.reason for b in backup.list_backups(target)]
    assert backup.Reason.RESTORE in reasons  # the state before is kept


def test_start_checks_make_the_daily_backup_in_the_background(qtbot, window):
    task = backup_dialog.start_checks(window)
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    qtbot.waitUntil(lambda: "Tägliche Sicherung" in window.statusBar().currentMessage())
    [made] = backup.list_backups(window.database.location)
    assert made.reason is backup.Reason.START
    again = backup_dialog.start_checks(window)
    qtbot.waitUntil(lambda: not again.running, timeout=20000)
    assert again.error is None and again.result is None  # once a day


def damage(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes(range(256)) * 48)


@pytest.fixture
def damaged_file(tmp_path: Path, sqlite_template: Path) -> Path:
    """A database with a good backup, then damaged in the middle."""
    path = tmp_path / "kaputt" / "servicestelle.db"
    path.parent.mkdir()
    shutil.copy(sqlite_template, path)
    db = open_database(path)
    service = VolunteerService(db)
    for i in range(60):
        service.create(last_name=f"Person {i:03d}", notes="n" * 300)
    db.dispose()
    backup.make_backup(path, backup.Reason.START)
    damage(path, path.stat().st_size // 2)
    return path


def test_a_damaged_database_found_after_start_offers_the_newest_backup(
    qtbot, window, damaged_file, monkeypatch, restarts
):
    offered: list[backup.DamagedDatabase] = []
    monkeypatch.setattr(backup_dialog, "database_target", lambda _db: str(damaged_file))
    monkeypatch.setattr(
        backup_dialog, "offer_restore", lambda _w, _t, error: offered.append(error) or False
    )
    task = backup_dialog.start_checks(window)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    assert offered[0].newest is not None and "neueste gute Sicherung" in offered[0].message
    assert [b.reason for b in backup.list_backups(damaged_file)] == [backup.Reason.START]
    assert task.error is offered[0] and restarts == []


def test_a_damaged_database_at_start_is_restored_from_the_dialog(
    qapp, damaged_file, click, warnings
):
    from ui.app import _open_database

    header_damaged = damaged_file
    damage(header_damaged, 0)  # now it does not even open
    click.button = "Sicherung wiederherstellen"
    database = _open_database(str(header_damaged), "Frau Test", interactive=True)
    assert database is not None
    try:
        assert "beschädigt" in click.texts[0] and "neueste gute Sicherung" in click.texts[0]
        with database.read() as session:
            from servicestelle import models as m

            assert session.query(m.Volunteer).count() == 60
    finally:
        database.dispose()
    assert list(header_damaged.parent.glob("servicestelle.beschaedigt-*.db"))


def test_a_damaged_database_at_start_declined_ends_without_a_crash(
    qapp, damaged_file, click, monkeypatch
):
    from ui import app

    damage(damaged_file, 0)
    click.button = "Nicht jetzt"
    assert app._open_database(str(damaged_file), "Frau Test", interactive=True) is None
    assert any("beschädigt" in t for t in click.texts)


def test_damaged_database_without_a_window_says_which_backup_is_good(damaged_file, tmp_path):
    damage(damaged_file, 0)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["SERVICESTELLE_HOME"] = os.environ["SERVICESTELLE_HOME"]
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(damaged_file), "--exit-after-start"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "neueste gute Sicherung" in result.stderr and "Traceback" not in result.stderr
