"""Window titles stay short (one to three words), so that the title bar never cuts them
(»Nicht mö…icestelle«): what a message is about goes into its text. And a new interface
language says when it applies."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from servicestelle.services.volunteers import VolunteerService
from ui import file_dialogs
from ui.forms.form_dialog import FormDialog, open_record_dialog

LONGEST = 25
UI = Path(__file__).resolve().parents[2] / "ui"


class Titles:
    """Every message box and window shown: their titles (boxes answered »Nein«/»OK«)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[str] = []

        def static(answer: QMessageBox.StandardButton) -> Any:
            def show(_parent: Any, title: str, *_args: Any, **_kwargs: Any) -> Any:
                self.seen.append(title)
                return answer

            return show

        monkeypatch.setattr(QMessageBox, "question", static(QMessageBox.StandardButton.No))
        for name in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, static(QMessageBox.StandardButton.Ok))

        def exec_(box: QMessageBox) -> int:
            self.seen.append(box.windowTitle())
            return int(QMessageBox.StandardButton.Cancel.value)

        monkeypatch.setattr(QMessageBox, "exec", exec_)

    def windows(self) -> None:
        """The dialogs open now; not record windows, whose title is the record's name
        in a wide window."""
        for widget in QApplication.topLevelWidgets():
            shown = isinstance(widget, QDialog) and widget.isVisible()
            if shown and not isinstance(widget, FormDialog):
                self.seen.append(widget.windowTitle())

    def too_long(self) -> list[str]:
        return sorted({t for t in self.seen if len(t) > LONGEST})


def test_no_title_in_a_walk_through_common_dialogs_is_long(
    qtbot: Any, window: Any, volunteers: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles = Titles(monkeypatch)
    answers = iter([str(tmp_path / "liste.xlsx"), str(tmp_path / "fehlt" / "x.xlsx")])
    monkeypatch.setattr(file_dialogs, "ask_native", lambda *_args: next(answers, ""))

    # The list: archive (asked, »Nein«), export (done), export into a missing folder.
    page = window.current_list()
    page.view.selectRow(0)
    window.archive_current()
    export = window.export_current()
    with qtbot.waitSignal(export.done, timeout=20000):
        pass
    failed = window.export_current()
    with qtbot.waitSignal(failed.failed, timeout=20000):
        pass

    # A record window: its own title, then closing it with a change (asked).
    anna = VolunteerService(volunteers).create(last_name="Becker", first_name="Anna")
    record = open_record_dialog(window, volunteers, "volunteer", anna.id)
    qtbot.waitExposed(record)
    titles.windows()
    record.form.editors["first_name"].set_raw("Annette")
    record.close()
    from ui.privacy.person import confirm_erasure

    class Plan:
        def describe(self) -> str:
            return "1 Eintrag"

    confirm_erasure(record, Plan())
    record.form.load(record.record)
    record.close()

    # The program's other windows.
    window.show_help()
    window.show_about()
    wizard = window.start_import()
    from ui.backup_dialog import show_backups
    from ui.privacy_dialogs import open_audit, open_retention

    show_backups(window)
    open_retention(window)
    open_audit(window)
    titles.windows()
    wizard.close()
    for other in QApplication.topLevelWidgets():  # the windows opened here go again
        if other is not window and other.isVisible():
            other.close()

    assert {"Archivieren", "Exportiert", "Ungespeicherte Änderungen", "Anleitung"} <= set(
        titles.seen
    )
    assert len(titles.seen) >= 10
    assert titles.too_long() == []


def literal_titles() -> list[tuple[str, str]]:
    """Every title written in the screens' code as a text: message boxes and windows."""

    def text(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("tr", "translate") and node.args:
                return text(node.args[-1])
            if name == "format" and isinstance(node.func, ast.Attribute):
                return text(node.func.value)
        return None

    found: list[tuple[str, str]] = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            argument = None
            if name in ("question", "warning", "information", "critical") and len(node.args) > 1:
                argument = node.args[1]
            elif name == "setWindowTitle" and node.args:
                argument = node.args[0]
            elif name == "QMessageBox" and len(node.args) > 1:
                argument = node.args[1]
            title = text(argument) if argument is not None else None
            if title is not None:
                found.append((f"{path.relative_to(UI.parent)}:{node.lineno}", title))
    return found


def test_titles_written_in_the_code_are_short() -> None:
    titles = literal_titles()
    assert len(titles) > 40  # the walk finds them
    assert [(where, t) for where, t in titles if len(t) > LONGEST + 1] == []


def test_a_new_interface_language_says_when_it_applies(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.settings_dialog import SettingsDialog

    notes: list[str] = []

    def choose_english(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        if dialog.language_note.isVisibleTo(dialog):
            notes.append(dialog.language_note.text())
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", choose_english)
    window.show_settings()
    assert notes == ["Die Sprache wird beim nächsten Start umgestellt."]
    message = window.statusBar().currentMessage()
    assert "Einstellungen gespeichert." in message
    assert "Die Sprache wird beim nächsten Start umgestellt." in message
