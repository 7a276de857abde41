"""Answering the dialogs a scenario meets and reading what a window shows, shared by the
scenario tests (next to ``driver.py``'s clicking and typing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from tests.scenarios import driver as d


class ModalAnswer:
    """When the next modal dialog opens: let ``fill`` work in it, then press ``press``.
    Unlike ``driver.answer_next`` it never leaves a dialog hanging: when ``fill`` fails,
    or the dialog stays open after ``press`` (the program refused the input), the dialog
    is cancelled and ``check()`` reports why."""

    def __init__(self, press: str, fill: Callable[[QDialog], None] | None = None) -> None:
        self.press = press
        self.fill = fill
        self.problems: list[str] = []
        self.title = ""
        self.tries = 150  # 3 seconds: a dialog that never comes must not catch a later one
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            self.tries -= 1
            if self.tries > 0:
                QTimer.singleShot(20, self._answer)
            else:
                self.problems.append("kein Dialog erschienen")
            return
        self.title = box.windowTitle()
        try:
            if self.fill is not None:
                self.fill(box)
            d.click(box, self.press)
        except AssertionError as exc:
            self.problems.append(str(exc))
        if box.isVisible():
            if not self.problems:
                self.problems.append(f"»{self.title}« blieb nach »{self.press}« offen")
            box.reject()  # do not hang the test

    def check(self) -> None:
        assert self.title or self.problems, "der Dialog ist nicht erschienen"
        assert not self.problems, "; ".join(self.problems)


def record_warnings(monkeypatch) -> list[str]:
    """What the program says in warning boxes (the box is answered with OK)."""
    seen: list[str] = []

    def warning(_parent, _title, text, *_args, **_kwargs):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return seen


def shown_texts(window: QWidget) -> str:
    """The texts of the labels a person sees in ``window`` (one string to search)."""
    return "\n".join(label.text() for label in window.findChildren(QLabel) if d.visible(label))


def see(qtbot, window: QWidget, text: str) -> None:
    """Wait until ``text`` is shown in one of the window's labels."""
    try:
        qtbot.waitUntil(lambda: text in shown_texts(window), timeout=3000)
    except qtbot.TimeoutError:
        raise AssertionError(f"»{text}« nicht zu sehen in:\n{shown_texts(window)}") from None


def typed(parent: QWidget, label: str) -> str:
    """The text in the field labelled ``label`` (a date field's text box)."""
    widget = d.field(parent, label)
    line = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
    assert line is not None, f"»{label}« ist kein Textfeld"
    return line.text()


class ScenarioGap(AssertionError):
    """What the scenario needs and the program does not offer (a gap of the program, not
    a mistake of the test): an xfail test expects exactly this."""


def click_menu_entry(parent: QWidget, button_text: str, entry: str) -> None:
    """Click the button ``button_text`` that opens a menu (»Drucken«, »Verschieben«)
    and, in the menu that drops down, the entry ``entry``."""
    target = d.button(parent, button_text)
    assert target.isEnabled(), f"»{button_text}« ist nicht anklickbar"
    problem: list[str] = []
    tries = [0]

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, pick)
            else:
                problem.append("kein Menü aufgeklappt")
            return
        entries = [d.plain(a.text()) for a in menu.actions()]
        chosen = [a for a in menu.actions() if d.plain(a.text()) == entry]
        if not chosen or not chosen[0].isEnabled():
            problem.append(f"kein Eintrag »{entry}« in {entries}")
            menu.close()
            return
        point = menu.actionGeometry(chosen[0]).center()
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    QTimer.singleShot(0, pick)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton)
    assert not problem, problem[0]


def save_files_as(monkeypatch: pytest.MonkeyPatch, module: str, path: Path) -> None:
    """The system's save dialog called from ``module``: the user types ``path``. (Every
    screen asks through ``ui.file_dialogs``, so whichever ``module`` asks gets it.)"""
    monkeypatch.setattr(
        "ui.file_dialogs.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(path), ""),
    )
