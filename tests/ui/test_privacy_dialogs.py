"""Data protection screens: retention dialog (counts, confirmation, background run),
audit view (filters, paging), the record window's access report and erasure, and the
Extras menu."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from servicestelle.db import Database
from servicestelle.services.base import ListQuery
from servicestelle.services.volunteers import VolunteerService
from ui import privacy_dialogs
from ui.forms.form_dialog import open_record_dialog
from ui.privacy import documents, person
from ui.privacy_dialogs import AuditDialog, RetentionDialog


@pytest.fixture
def left_long_ago(sqlite_db: Database) -> Database:
    service = VolunteerService(sqlite_db)
    service.create(last_name="Früher", status="ausgeschieden", left_on=dt.date(2015, 1, 1))
    service.create(last_name="Heute", status="aktiv")
    return sqlite_db


def test_retention_dialog_counts_asks_and_applies_in_the_background(
    qtbot, left_long_ago, monkeypatch
):
    dialog = RetentionDialog(left_long_ago)
    qtbot.addWidget(dialog)
    counts = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert counts["Ausgeschiedene Ehrenamtliche anonymisieren"] == "1"
    assert dialog.apply_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert dialog.ask_and_apply() is None  # declined: nothing runs
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.applied, timeout=20000):
        dialog.ask_and_apply()
    assert not dialog.apply_button.isEnabled()
    assert "Heute ist nichts fällig" not in dialog.summary.text()
    names = [r[1] for r in VolunteerService(left_long_ago).page(ListQuery(), 0, 10)]
    assert "Früher" not in names and "Anonymisiert" in names


def test_changing_a_period_reviews_again(qtbot, left_long_ago):
    dialog = RetentionDialog(left_long_ago)
    qtbot.addWidget(dialog)
    dialog.periods["retention.volunteer_years"].setValue(30)
    assert dialog.table.item(1, 1).text() == "0"
    assert not dialog.apply_button.isEnabled()


def test_audit_dialog_filters_and_pages(qtbot, sqlite_db):
    service = VolunteerService(sqlite_db)
    first = service.create(last_name="Erste", status="aktiv")
    for i in range(30):
        service.create(last_name=f"Person {i}", status="aktiv")
    dialog = AuditDialog(sqlite_db)
    qtbot.addWidget(dialog)
    model = dialog.model
    total = model.total
    assert total > 30
    model.PAGE = 10
    model.set_query(model.query)
    assert model.rowCount() == 10 and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 20
    dialog.entity.setCurrentIndex(dialog.entity.findData("volunteer"))
    dialog.entity_id.setValue(first.id)
    assert 0 < model.total < total
    assert {model.data(model.index(r, 3)) for r in range(model.rowCount())} == {str(first.id)}
    dialog.date_to.set_value(dt.date(2000, 1, 1))
    assert model.total == 0 and "0 Einträge" in dialog.count.text()


def test_record_window_erasure_confirms_and_closes(qtbot, sqlite_db, monkeypatch):
    volunteer = VolunteerService(sqlite_db).create(
        first_name="Zoltan", last_name="Quxbaum", status="aktiv", email="zq@example.org"
    )
    dialog = open_record_dialog(None, sqlite_db, "volunteer", volunteer.id)
    assert dialog.privacy_erase_button.text().startswith("Löschen auf Antrag")
    asked: list[str] = []

    def confirm(_parent, plan):
        asked.append(plan.describe())
        return bool(len(asked) > 1)

    monkeypatch.setattr(person, "confirm_erasure", confirm)
    dialog.privacy_erase_button.click()  # declined
    assert dialog.isVisible() and "Quxbaum, Zoltan" in asked[0]
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.privacy_erase_button.click()
    qtbot.waitUntil(lambda: _closed(dialog))
    assert VolunteerService(sqlite_db).count() == 0


def _closed(dialog: QDialog) -> bool:
    try:
        return not dialog.isVisible()
    except RuntimeError:  # deleted on close
        return True


def _close(dialog: QDialog) -> None:
    with contextlib.suppress(RuntimeError):
        dialog.close()


def test_record_window_access_report_writes_both_files(qtbot, sqlite_db, tmp_path, monkeypatch):
    volunteer = VolunteerService(sqlite_db).create(last_name="Auskunft", status="aktiv")
    dialog = open_record_dialog(None, sqlite_db, "volunteer", volunteer.id)
    target = tmp_path / "auskunft.pdf"
    monkeypatch.setattr(
        privacy_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    shown: list[Path] = []
    monkeypatch.setattr(documents, "show_pdf", lambda _p, path, *_a: shown.append(path))
    asked: list[str] = []  # the letter's language: German
    monkeypatch.setattr(
        "ui.privacy.access_dialog.ask_letter_language",
        lambda _parent, name: asked.append(name) or "de",
    )
    dialog.privacy_report_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert '"last_name": "Auskunft"' in target.with_suffix(".json").read_text(encoding="utf-8")
    assert asked == ["Auskunft"]
    _close(dialog)


def test_other_record_windows_have_no_privacy_buttons(qtbot, sqlite_db):
    from servicestelle.services.events import EventService

    event = EventService(sqlite_db).create(title="Forum", starts_at="2026-01-10 18:00")
    dialog = open_record_dialog(None, sqlite_db, "event", event.id)
    assert not hasattr(dialog, "privacy_erase_button")
    _close(dialog)


def test_extras_menu_offers_the_privacy_functions(qtbot, window, monkeypatch):
    texts = [a.text() for a in window.menuBar().actions()]
    extras = next(a.menu() for a in window.menuBar().actions() if "xtras" in a.text())
    entries = [a.text().replace("&", "") for a in extras.actions()]
    assert "Löschfristen prüfen …" in entries and "Protokoll (Änderungen) …" in entries
    assert any(e.startswith("Verzeichnis der Verarbeitungstätigkeiten") for e in entries)
    assert texts
    window.commands.audit_log.trigger()
    dialogs = [w for w in window.findChildren(AuditDialog)]
    assert dialogs and dialogs[0].model.total > 0
    dialogs[0].close()
    shown: list[Path] = []
    monkeypatch.setattr(documents, "show_pdf", lambda _p, path, *_a: shown.append(path) or None)
    window.commands.processing_records.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
