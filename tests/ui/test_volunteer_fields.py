"""The volunteer's window: »Beruf / Kenntnisse« and »Aktiv seit« on the form, the remark
of a consent in its list, and a police clearance entered with its kind and an end of
validity that follows the issue date (the period comes from the settings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from servicestelle.dates import add_years
from servicestelle.db import Database
from servicestelle.enums import ClearanceKind
from servicestelle.services.consents import ConsentService
from servicestelle.services.settings import SettingsService
from servicestelle.services.volunteers import VolunteerService
from ui.forms.form_dialog import FormDialog, open_record_dialog
from ui.forms.step_dialogs import StepDialog
from ui.settings_dialog import SettingsDialog

TODAY = dt.date.today()


def opened(db: Database, record_id: int | None, dialogs: list[FormDialog]) -> FormDialog:
    dialog = open_record_dialog(None, db, "volunteer", record_id)
    dialogs.append(dialog)
    return dialog


def label_of(dialog: FormDialog, name: str) -> str:
    """The text of the label a person reads beside the field ``name``."""
    widget = dialog.form.editors[name].focus_widget
    for label in dialog.form.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text()
    raise AssertionError(f"kein Beschriftungsfeld für {name}")


def line(widget: Any) -> QLineEdit:
    return widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)


@pytest.fixture
def dialog_work(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[StepDialog], None]], None]:
    """Let the next step dialogs be worked on by a function (typing into their fields)
    and confirmed with OK, instead of waiting for a person."""
    work: list[Callable[[StepDialog], None]] = []

    def fake_exec(self: StepDialog) -> int:
        work[-1](self)
        self.try_accept()
        return int(self.result())

    monkeypatch.setattr(StepDialog, "exec", fake_exec)
    return work.append


def test_beruf_and_aktiv_seit_are_on_the_form_and_saved(
    sqlite_db: Database, dialogs: list[FormDialog]
) -> None:
    dialog = opened(sqlite_db, None, dialogs)
    assert label_of(dialog, "skills") == "Beruf / Kenntnisse"
    assert label_of(dialog, "since") == "Aktiv seit"
    skills = dialog.form.editors["skills"].widget
    assert isinstance(skills, QLineEdit) and skills.placeholderText().startswith("z. B.")

    dialog.form.editors["last_name"].set_raw("Kusnezow")
    skills.setText("Schreiner, Führerschein")
    status = dialog.form.editors["status"].widget
    status.setCurrentIndex(status.findText("aktiv"))
    assert dialog.save()

    record = VolunteerService(sqlite_db).get(dialog.record.id)
    assert record.skills == "Schreiner, Führerschein"
    assert record.since == TODAY
    # the form shows what the office now knows, and »Aktiv seit« stays editable
    assert line(dialog.form.editors["since"].focus_widget).text() == TODAY.strftime("%d.%m.%Y")
    assert not line(dialog.form.editors["since"].focus_widget).isReadOnly()
    dialog.form.editors["since"].set_raw("01.03.2024")
    assert dialog.save()
    assert VolunteerService(sqlite_db).get(record.id).since == dt.date(2024, 3, 1)


def test_the_consent_list_shows_the_remark(sqlite_db: Database, dialogs: list[FormDialog]) -> None:
    volunteer = VolunteerService(sqlite_db).create(last_name="Kusnezow", status="aktiv")
    remark = "mündlich erteilt, schriftliche Bestätigung folgt mit der Post im März"
    ConsentService(sqlite_db).give("volunteer", volunteer.id, note=remark)
    dialog = opened(sqlite_db, volunteer.id, dialogs)
    panel = dialog.related["consents"]
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert headers[-1] == "Anmerkung"
    cell = panel.table.item(0, len(headers) - 1)
    assert cell.text() == remark
    assert cell.toolTip() == remark  # the whole remark where the column is narrow


def test_a_clearance_is_entered_with_kind_and_its_end_follows_the_issue_date(
    sqlite_db: Database,
    dialogs: list[FormDialog],
    dialog_work: Callable[[Callable[[StepDialog], None]], None],
    warnings: list[str],
) -> None:
    SettingsService(sqlite_db).set("clearance.valid_years", 3)
    volunteer = VolunteerService(sqlite_db).create(last_name="Kusnezow", status="aktiv")
    dialog = opened(sqlite_db, volunteer.id, dialogs)
    panel = dialog.related["clearances"]
    issued = TODAY - dt.timedelta(days=14)
    seen: dict[str, str] = {}

    def enter(box: StepDialog) -> None:
        kind = box.widgets["kind"]
        assert isinstance(kind, QComboBox)
        assert kind.currentText() == "erweitert"  # offered: the usual kind
        assert [kind.itemText(i) for i in range(kind.count())] == ["einfach", "erweitert"]
        kind.setCurrentIndex(kind.findText("einfach"))
        until = line(box.widgets["valid_until"])
        assert until.text() == ""  # nothing to count from yet
        line(box.widgets["issued_on"]).setText(issued.strftime("%d.%m.%Y"))
        seen["until"] = until.text()
        seen["intro"] = " ".join(label.text() for label in box.findChildren(QLabel))

    dialog_work(enter)
    assert panel.add()
    assert not warnings, warnings
    assert seen["until"] == add_years(issued, 3).strftime("%d.%m.%Y")
    assert "3 Jahre" in seen["intro"]
    (stored,) = VolunteerService(sqlite_db).clearances(volunteer.id)
    assert stored.kind is ClearanceKind.SIMPLE
    assert stored.valid_until == add_years(issued, 3)
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert row[:4] == [
        issued.strftime("%d.%m.%Y"),
        TODAY.strftime("%d.%m.%Y"),
        add_years(issued, 3).strftime("%d.%m.%Y"),
        "einfach",
    ]
    assert "bis " + add_years(issued, 3).strftime("%d.%m.%Y") in panel.status.text()
    assert "ein erweitertes nötig" in panel.status.text()

    # a date of her own stays, even when the issue date is typed again afterwards
    def own_end(box: StepDialog) -> None:
        line(box.widgets["issued_on"]).setText("01.02.2026")
        line(box.widgets["valid_until"]).setText("31.01.2028")
        line(box.widgets["issued_on"]).setText("02.02.2026")
        seen["own"] = line(box.widgets["valid_until"]).text()

    dialog_work(own_end)
    assert panel.add()
    assert seen["own"] == "31.01.2028"
    stored = VolunteerService(sqlite_db).valid_clearance(volunteer.id, dt.date(2026, 3, 1))
    assert (stored.kind, stored.valid_until) == (ClearanceKind.EXTENDED, dt.date(2028, 1, 31))


def test_the_validity_period_is_a_setting(qtbot: Any, sqlite_db: Database, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "einstellungen.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(sqlite_db, store)
    qtbot.addWidget(dialog)
    years = dialog.periods["clearance.valid_years"]
    assert years.value() == 5 and years.suffix() == " Jahre"
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Führungszeugnis gilt nach Ausstellung:" in labels
    years.setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert SettingsService(sqlite_db).get("clearance.valid_years") == 3
    assert VolunteerService(sqlite_db).clearance_years() == 3
