"""Scenario tests: a week at the office (the scenarios of the product description),
each done through the screens alone — the main window on a fresh database, clicks on
what is labelled, typing, choosing, answering dialogs (see ``driver.py``). The database
is read only to check the outcome; what the office had before the scenario starts
(colleagues, earlier records) may be put in through the services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from servicestelle.db import Database
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _german_numbers(qapp: object) -> None:
    from ui.formatting import use_german_numbers

    use_german_numbers()


@pytest.fixture
def office_window(qtbot, sqlite_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on an empty database, shown at an office screen's size."""
    settings = QSettings(str(tmp_path / "fenster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for widget in QApplication.topLevelWidgets():  # record windows, dialogs
        if not shiboken6.isValid(widget):
            continue
        if widget is not window and widget.isVisible():
            form = getattr(widget, "form", None)
            if form is not None and getattr(widget, "record", None) is not None:
                form.load(widget.record)  # nothing unsaved: no question on close
            widget.close()
