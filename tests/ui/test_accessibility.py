"""Every control a person works with has a name a screen reader can say, on every page
and in every record window; the program starts at 150 % scaling."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.demo import generate

ROOT = Path(__file__).resolve().parents[2]
CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton,
            QPlainTextEdit, QTextEdit)


def _named(widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton) and (widget.text() or widget.toolTip()):
        return True
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            parent = widget.parent()
            if (
                not widget.isVisibleTo(root)
                or isinstance(widget, QHeaderView)
                or isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit)  # inner parts
            ):
                continue
            if not _named(widget):
                missing.append(f"{type(root).__name__}: {type(widget).__name__} in "
                               f"{type(parent).__name__}")
    return missing


@pytest.fixture
def demo(sqlite_db: Database) -> Database:
    generate(sqlite_db, volunteers=60, seed=3)
    return sqlite_db


def test_every_control_has_a_name(qtbot: Any, demo: Database, tmp_path: Path) -> None:
    from ui.forms.form_dialog import open_record_dialog
    from ui.main_window import MainWindow

    window = MainWindow(demo, QSettings(str(tmp_path / "f.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    missing: list[str] = []
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(20)
        missing += _unnamed(window)
    for entity in ("volunteer", "newcomer", "pairing", "help_request", "organisation", "event"):
        dialog = open_record_dialog(window, demo, entity, 1)
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            missing += _unnamed(dialog)
        dialog.close()
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_the_program_starts_at_150_percent(tmp_path: Path) -> None:
    database = tmp_path / "gross.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5",
           "SERVICESTELLE_HOME": str(tmp_path)}
    started = subprocess.run(
        [sys.executable, "main.py", "--db", str(database), "--exit-after-start"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert started.returncode == 0, started.stderr
