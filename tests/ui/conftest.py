"""Fixtures of the interface tests: German number formatting, private window settings,
and databases with a few volunteers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from servicestelle import models as m
from servicestelle.db import Database
from servicestelle.services.volunteers import VolunteerService

if TYPE_CHECKING:
    from ui.forms.form_dialog import FormDialog
    from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _german_numbers(qapp: object) -> None:
    from ui.formatting import use_german_numbers

    use_german_numbers()


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    store = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


@pytest.fixture
def volunteers(sqlite_db: Database) -> Database:
    """Three volunteers made through the service (with its validation and search index)."""
    service = VolunteerService(sqlite_db)
    service.create(
        first_name="Anna",
        last_name="Müller",
        status="aktiv",
        phone="0385 5451261",
        since="2024-03-01",
    )
    service.create(
        first_name="Olena",
        last_name="Шевченко",
        status="aktiv",
        phone="+380 44 123 4567",
        since="2023-05-15",
    )
    service.create(
        first_name="Ahmad",
        last_name="Haddad",
        status="pausiert",
        phone="0171 2345678",
        since="2022-11-30",
    )
    return sqlite_db


def add_many(db: Database, count: int) -> None:
    """``count`` plain volunteers in one unit of work (faster than one create each).

    Last names ``Person 0000`` … sort in the order they were made.
    """
    with db.session() as session:
        session.add_all(
            m.Volunteer(first_name="Test", last_name=f"Person {i:04d}", status="aktiv")
            for i in range(count)
        )


@pytest.fixture
def window(qtbot, volunteers: Database, settings: QSettings) -> Iterator[MainWindow]:
    """The main window on the three volunteers, shown."""
    from ui.main_window import MainWindow

    window = MainWindow(volunteers, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


# -- record windows: opened ones closed after a test, message boxes and step dialogs
# answered without blocking.


@pytest.fixture
def dialogs(qtbot: object) -> Iterator[list[FormDialog]]:
    opened: list[FormDialog] = []
    yield opened
    for dialog in opened:
        try:
            dialog.form.load(dialog.record)
            dialog.close()
        except RuntimeError:
            pass


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes shown (instead of blocking the test)."""
    shown: list[str] = []

    def warn(_parent: object, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "information", warn)
    return shown


@pytest.fixture
def step_input(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, Any]], None]:
    """Let the next step dialogs be filled with these values and confirmed with OK."""
    values: dict[str, Any] = {}

    def fake_exec(self: Any) -> int:
        for name, value in values.items():
            if name in self.widgets:
                self.set_value(name, value)
        self.try_accept()
        return int(self.result())

    from ui.forms.step_dialogs import StepDialog

    monkeypatch.setattr(StepDialog, "exec", fake_exec)

    def given(new: dict[str, Any]) -> None:
        values.clear()
        values.update(new)

    return given
