"""»Exportieren …« on a list page: save dialog, background export with progress,
the message afterwards, errors as German message boxes."""

from __future__ import annotations

import errno
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from python_calamine import CalamineWorkbook

from ui.export_action import FOLDER_KEY


@pytest.fixture
def shown_boxes(monkeypatch):
    """Message boxes shown instead of blocking: (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0
    )

    def warn(_parent, title, text, *args):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "information", warn)
    return shown


def choose(monkeypatch, path: Path | None, asked: list[str] | None = None) -> None:
    def dialog(_parent, _title, suggested, _filter, *args):
        if asked is not None:
            asked.append(suggested)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)


def rows(path: Path, sheet: str = "Ehrenamtliche") -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def test_export_is_enabled_on_list_pages(window):
    assert window.commands.export.isEnabled()
    window.navigation.setCurrentRow(window._index_of("followups"))
    assert not window.commands.export.isEnabled()


def test_exports_what_the_list_shows(qtbot, window, tmp_path, monkeypatch, shown_boxes):
    page = window.current_list()
    page.set_column_shown(page.model.column_of("email"), False)
    page.set_column_shown(page.model.column_of("postcode"), True)
    header = page.view.horizontalHeader()
    header.moveSection(header.visualIndex(page.model.column_of("first_name")), 0)
    page.view.sortByColumn(page.model.column_of("since"), Qt.SortOrder.DescendingOrder)
    page.filter_bar.set_values({"status": "aktiv"}, False)
    page._apply_filters()
    qtbot.waitUntil(lambda: page.row_count() == 2)

    asked: list[str] = []
    target = tmp_path / "liste"
    choose(monkeypatch, target, asked)
    export = window.export_current()
    assert export is not None
    with qtbot.waitSignal(export.done, timeout=20000) as done:
        pass
    assert done.args[0].endswith("liste.xlsx") and done.args[1] == 2
    assert Path(asked[0]).name.startswith("Ehrenamtliche_") and asked[0].endswith(".xlsx")
    table = rows(tmp_path / "liste.xlsx")
    assert table[0] == [
        "Vorname",
        "Nachname",
        "Status",
        "Stadtteil",
        "Sprachen",
        "Telefon",
        "Aktiv seit",
        "PLZ",
    ]
    assert [r[0] for r in table[1:]] == ["Anna", "Olena"]  # newest »Aktiv seit« first
    assert shown_boxes and shown_boxes[-1][0] == "Exportiert"
    assert "2 Zeilen" in shown_boxes[-1][1]
    assert window.settings.value(FOLDER_KEY) == str(tmp_path)

    # The next export starts in the same folder.
    asked.clear()
    choose(monkeypatch, None, asked)
    assert window.export_current() is None
    assert Path(asked[0]).parent == tmp_path


def test_write_error_is_a_german_message(qtbot, window, tmp_path, monkeypatch, shown_boxes):
    from servicestelle.exporting import lists

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lists.os, "replace", full)
    choose(monkeypatch, tmp_path / "voll.xlsx")
    export = window.export_current()
    with qtbot.waitSignal(export.failed, timeout=20000) as failed:
        pass
    assert "nicht genug Platz" in failed.args[0]
    assert shown_boxes[-1] == ("Export fehlgeschlagen", failed.args[0])
    assert list(tmp_path.glob("*.xlsx*")) == []


def test_cancel_from_the_progress_dialog(qtbot, window, tmp_path, monkeypatch, shown_boxes):
    from servicestelle.exporting import lists

    real = lists.export_list

    def slow(*args, **kwargs):  # runs in the worker thread: waits for the user's cancel
        deadline = time.monotonic() + 10
        while not kwargs["cancelled"]() and time.monotonic() < deadline:
            time.sleep(0.005)
        return real(*args, **kwargs)

    monkeypatch.setattr("servicestelle.exporting.service.export_list", slow)
    choose(monkeypatch, tmp_path / "abbruch.xlsx")
    export = window.export_current()
    button = export.progress.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(export.failed, timeout=20000) as failed:
        pass
    assert "abgebrochen" in failed.args[0]
    assert not (tmp_path / "abbruch.xlsx").exists()
