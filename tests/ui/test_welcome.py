"""The first start: the welcome dialog's choices, and that later starts skip it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from ui import app as app_module
from ui.settings import STAFF_NAME_KEY, window_settings
from ui.welcome import DEMO, IMPORT, NEW, OPEN, WelcomeDialog, remembered_database


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SERVICESTELLE_HOME", str(tmp_path))
    monkeypatch.delenv("SERVICESTELLE_DB", raising=False)
    return tmp_path


def test_each_choice_names_its_database(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    new = str(tmp_path / "servicestelle.db")
    dialog = WelcomeDialog(new, tmp_path, "abc")
    qtbot.addWidget(dialog)
    dialog.name.setText("  Anna   Berger ")
    assert dialog.choose(NEW).target == new
    assert dialog.choice.staff_name == "Anna Berger"
    assert dialog.choose(DEMO).target == str(tmp_path / "beispieldaten.db")
    assert dialog.choose(IMPORT).import_after
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert dialog.choose(OPEN) is None  # cancelled: the dialog stays
    shared = str(tmp_path / "netz" / "servicestelle.db")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (shared, ""))
    assert dialog.choose(OPEN).target == shared


def test_first_start_asks_once_and_remembers(home: Path, monkeypatch: pytest.MonkeyPatch,
                                             qapp: Any) -> None:
    args = argparse.Namespace(db=None)
    target = str(home / "servicestelle.db")
    asked: list[str] = []

    def ask(new: str, folder: Path, login: str) -> Any:
        asked.append(new)
        from ui.welcome import StartChoice

        return StartChoice(str(home / "beispieldaten.db"), DEMO, "Frau Test")

    monkeypatch.setattr("ui.welcome.ask_first_start", ask)
    choice = app_module._first_start(args, target, True)
    assert choice is not None and choice.demo
    assert asked == [target]
    settings = window_settings()
    assert remembered_database(settings) == str(home / "beispieldaten.db")
    assert settings.value(STAFF_NAME_KEY) == "Frau Test"
    # the next start goes straight to that database
    assert app_module._remembered_database() == str(home / "beispieldaten.db")
    assert app_module._first_start(args, app_module._remembered_database(), True) is None
    # no dialog with --db, or in the start-up measurement
    assert app_module._first_start(argparse.Namespace(db="x.db"), target, True) is None
    assert app_module._first_start(args, target, False) is None


def test_example_data_fill_only_an_empty_database(sqlite_db: Any) -> None:
    from servicestelle.services.volunteers import VolunteerService

    app_module._fill_with_examples(sqlite_db)
    count = VolunteerService(sqlite_db).count()
    assert count > 250  # (a few of the 300 invented ones are archived)
    app_module._fill_with_examples(sqlite_db)
    assert VolunteerService(sqlite_db).count() == count


def test_f1_opens_the_guide_before_the_first_choice(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.help_browser import HelpBrowser

    dialog = WelcomeDialog(str(tmp_path / "neu.db"), tmp_path, "abc")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: dialog.help_browser is not None and dialog.help_browser.isVisible())
    assert isinstance(dialog.help_browser, HelpBrowser)
    assert "Erste Schritte" in dialog.help_browser.view.toPlainText()
    dialog.help_browser.close()
