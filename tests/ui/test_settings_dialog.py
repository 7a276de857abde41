"""The settings dialog (letterhead, periods, lists) and archiving from the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from servicestelle.db import Database
from servicestelle.services.base import ListQuery
from servicestelle.services.lists import DistrictService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QSettings]:
    settings = QSettings(str(tmp_path / "einstellungen.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Warnings shown (title, text) instead of blocking; questions answered with Ja."""
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent: object, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def make_dialog(qtbot, db: Database, store: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(db, store)
    qtbot.addWidget(dialog)
    return dialog


def district_names(db: Database) -> list[str]:
    return [name for _id, name in DistrictService(db).choices(include_inactive=True)]


def test_letterhead_periods_and_name_are_saved_on_ok(
    qtbot, sqlite_db: Database, store: QSettings
) -> None:
    dialog = make_dialog(qtbot, sqlite_db, store)
    assert dialog.periods["pairing.checkin_days"].value() == 30
    dialog.staff_name.setText("Jörg Müller")
    dialog.office_name.setText("Servicestelle Integration Schwerin")
    dialog.address["street"].setText("Am Packhof 2–6")
    dialog.address["postcode"].setText("19053")
    dialog.address["city"].setText("Schwerin")
    dialog.address["email"].setText("integration@schwerin.de")
    dialog.periods["pairing.checkin_days"].setValue(21)
    dialog.periods["request.open_too_long_days"].setValue(10)
    dialog.periods["clearance.warn_days"].setValue(90)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    office = SettingsService(sqlite_db)
    assert office.get("office.name") == "Servicestelle Integration Schwerin"
    address = office.get("office.address")
    assert address["street"] == "Am Packhof 2–6"
    assert address["postcode"] == "19053"
    assert address["city"] == "Schwerin"
    assert address["phone"] == ""
    assert office.get("pairing.checkin_days") == 21
    assert office.get("request.open_too_long_days") == 10
    assert office.get("clearance.warn_days") == 90
    assert store.value("staff/name") == "Jörg Müller"

    again = make_dialog(qtbot, sqlite_db, store)
    assert again.office_name.text() == "Servicestelle Integration Schwerin"
    assert again.address["city"].text() == "Schwerin"
    assert again.address["email"].text() == "integration@schwerin.de"
    assert again.periods["request.open_too_long_days"].value() == 10
    assert again.staff_name.text() == "Jörg Müller"


def test_cancel_saves_nothing(qtbot, sqlite_db: Database, store: QSettings) -> None:
    dialog = make_dialog(qtbot, sqlite_db, store)
    dialog.office_name.setText("Anders")
    dialog.periods["clearance.warn_days"].setValue(5)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    office = SettingsService(sqlite_db)
    assert office.get("office.name") == "Servicestelle Integration"
    assert office.get("clearance.warn_days") == 60


def test_adding_a_district_stores_it(
    qtbot, sqlite_db: Database, store: QSettings, messages: list[tuple[str, str]]
) -> None:
    dialog = make_dialog(qtbot, sqlite_db, store)
    editor = dialog.districts
    assert "Lankow" in editor.names()
    editor.new_edits["name"].setText("Neumühle-Süd")
    editor.add_button.click()
    assert messages == []
    assert "Neumühle-Süd" in district_names(sqlite_db)
    assert "Neumühle-Süd" in editor.names()
    assert editor.new_edits["name"].text() == ""
    # Added at the end of the configured order.
    assert district_names(sqlite_db)[-1] == "Neumühle-Süd"


def test_a_duplicate_district_is_refused_in_german(
    qtbot, sqlite_db: Database, store: QSettings, messages: list[tuple[str, str]]
) -> None:
    before = district_names(sqlite_db)
    dialog = make_dialog(qtbot, sqlite_db, store)
    dialog.districts.new_edits["name"].setText("lankow")
    dialog.districts.add_button.click()
    assert len(messages) == 1
    assert "»lankow« gibt es schon" in messages[0][1]
    assert district_names(sqlite_db) == before
    assert dialog.districts.new_edits["name"].text() == "lankow"  # to correct it


def test_renaming_to_a_duplicate_keeps_the_old_name(
    qtbot, sqlite_db: Database, store: QSettings, messages: list[tuple[str, str]]
) -> None:
    dialog = make_dialog(qtbot, sqlite_db, store)
    editor = dialog.districts
    row = editor.names().index("Lankow")
    editor.table.item(row, 0).setText("Altstadt")
    assert "gibt es schon" in messages[0][1]
    assert editor.table.item(row, 0).text() == "Lankow"
    assert "Lankow" in district_names(sqlite_db)
    editor.table.item(row, 0).setText("Lankow-Nord")
    assert "Lankow-Nord" in district_names(sqlite_db)
    assert len(messages) == 1


def test_deactivating_a_district(qtbot, sqlite_db: Database, store: QSettings) -> None:
    dialog = make_dialog(qtbot, sqlite_db, store)
    editor = dialog.districts
    row = editor.names().index("Lankow")
    active = [c.key for c in editor.columns].index("active")
    editor.table.item(row, active).setCheckState(Qt.CheckState.Unchecked)
    assert "Lankow" not in [n for _i, n in DistrictService(sqlite_db).choices()]
    assert "Lankow" in district_names(sqlite_db)


def test_removing_a_district_in_use_is_refused(
    qtbot, sqlite_db: Database, store: QSettings, messages: list[tuple[str, str]]
) -> None:
    lankow = DistrictService(sqlite_db).by_name()["Lankow"]
    VolunteerService(sqlite_db).create(
        first_name="Anna", last_name="Müller", status="aktiv", district_id=lankow
    )
    dialog = make_dialog(qtbot, sqlite_db, store)
    editor = dialog.districts
    editor.table.selectRow(editor.names().index("Lankow"))
    assert editor.remove_button.isEnabled()
    editor.remove_button.click()
    assert messages[0][1] == "»Lankow« aus der Liste entfernen?"
    assert "wird noch verwendet" in messages[1][1]
    assert "»aktiv« abwählen" in messages[1][1]
    assert "Lankow" in district_names(sqlite_db)
    assert "Lankow" in editor.names()


def test_removing_an_unused_district(
    qtbot, sqlite_db: Database, store: QSettings, messages: list[tuple[str, str]]
) -> None:
    dialog = make_dialog(qtbot, sqlite_db, store)
    editor = dialog.districts
    editor.table.selectRow(editor.names().index("Lankow"))
    editor.remove_button.click()
    assert len(messages) == 1  # only the question
    assert "Lankow" not in district_names(sqlite_db)
    assert "Lankow" not in editor.names()


def test_languages_and_fields_are_listed(
    qtbot, sqlite_db: Database, store: QSettings, messages: list[tuple[str, str]]
) -> None:
    dialog = make_dialog(qtbot, sqlite_db, store)
    assert "Arabisch" in dialog.languages.names()
    assert dialog.activity_fields.table.rowCount() > 0
    dialog.languages.new_edits["code"].setText("tig")
    dialog.languages.new_edits["name"].setText("Tigre")
    dialog.languages.add_button.click()
    assert messages == []
    assert "Tigre" in dialog.languages.names()


def test_archiving_the_selected_volunteer(
    qtbot, window: MainWindow, messages: list[tuple[str, str]]
) -> None:
    page = window.current_list()
    assert page is not None
    assert not window.commands.archive.isEnabled()
    column = page.model.column_of("last_name")
    row = [page.model.data(page.model.index(r, column)) for r in range(3)].index("Haddad")
    page.view.setCurrentIndex(page.model.index(row, column))
    assert window.commands.archive.isEnabled()

    window.commands.archive.trigger()
    assert messages[0][1].startswith("»Ahmad Haddad« archivieren? Archivierte Einträge")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    names = [page.model.data(page.model.index(r, column)) for r in range(2)]
    assert "Haddad" not in names
    assert "archiviert" in window.statusBar().currentMessage()
    service = VolunteerService(window.database)
    assert service.count(ListQuery()) == 2
    assert service.count(ListQuery(include_archived=True)) == 3

    archived = page.filter_bar.archived
    assert archived is not None
    archived.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_archiving_a_record_changed_meanwhile_says_so(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    page = window.current_list()
    assert page is not None
    page.view.setCurrentIndex(page.model.index(0, page.model.column_of("last_name")))
    record_id = page.current_record_id()
    service = page.service
    real_archive = service.archive

    def archive_after_someone_else(record_id: int, version: int) -> object:
        service.update(record_id, version, phone="0385 111")  # a concurrent change
        return real_archive(record_id, version)

    monkeypatch.setattr(service, "archive", archive_after_someone_else)
    window.archive_current()
    assert messages[-1][0] == "Nicht archiviert"
    assert "inzwischen" in messages[-1][1]
    assert service.get(record_id).archived_at is None


def test_settings_menu_entry(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    extras = menus["E&xtras"]
    entries = [a.text() for a in extras.actions() if not a.isSeparator()]
    assert entries[0] == "&Einstellungen …"  # first, above the data-protection and backups


def test_the_name_from_the_settings_signs_the_changes_after_a_restart(tmp_path, monkeypatch):
    import os
    import subprocess
    import sys

    from ui.settings import STAFF_NAME_KEY, window_settings

    monkeypatch.setenv("SERVICESTELLE_HOME", str(tmp_path))
    settings = window_settings()
    settings.setValue(STAFF_NAME_KEY, "Maria Schulz")
    settings.sync()
    db = tmp_path / "name.db"
    code = (
        "import sys; from ui.app import main; "
        f"main(['--db', {str(db)!r}, '--exit-after-start'])"
    )
    env = {**os.environ, "SERVICESTELLE_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120,
                   cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    log = (tmp_path / "logs" / "servicestelle.log").read_text(encoding="utf-8")
    assert "Benutzer Maria Schulz" in log
