"""Driving the program the way staff do: clicking what is labelled, typing into the
field next to its label, choosing in combo boxes by typing, answering dialogs.

The scenario tests use only these helpers (and read the database only to check the
outcome). Widgets are found by the text a person sees — a button's text, a field's
label, an item in the navigation — never by attribute names of the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QWidget,
)


def plain(text: str) -> str:
    """A button's or entry's text as shown: without the & of its shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def active_dialog(kind: type[QWidget] = QDialog) -> QWidget:
    """The window of ``kind`` a person looks at: the active one, else the only one."""
    active = QApplication.activeWindow()
    if isinstance(active, kind) and active.isVisible():
        return active
    found = [w for w in windows() if isinstance(w, kind)]
    assert len(found) == 1, f"{len(found)} offene Fenster ({kind.__name__}), keins aktiv"
    return found[0]


def opened(kind: type[QWidget], do: Callable[[], None]) -> QWidget:
    """Do something that opens a window of ``kind`` and return that new window."""
    before = set(windows())
    do()
    new = [w for w in windows() if isinstance(w, kind) and w not in before]
    assert len(new) == 1, f"{len(new)} neue Fenster ({kind.__name__})"
    return new[0]


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text (without the & of its shortcut) is ``text``."""
    matches = [
        b for b in parent.findChildren(QAbstractButton) if plain(b.text()) == text and visible(b)
    ]
    assert matches, f"keine Schaltfläche »{text}« in {parent.windowTitle()!r}"
    return matches[0]


def click(parent: QWidget, text: str) -> None:
    target = button(parent, text)
    assert target.isEnabled(), f"»{text}« ist nicht anklickbar"
    if isinstance(target, QCheckBox | QRadioButton):  # on the box, not beside the text
        spot = QPoint(8, target.height() // 2)
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    else:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton)


def action(window: QMainWindow, text: str) -> QAction:
    """A tool-bar or menu entry by its text."""
    matches = [a for a in window.findChildren(QAction) if plain(a.text()) == text]
    assert matches, f"kein Befehl »{text}«"
    return matches[0]


def trigger(window: QMainWindow, text: str) -> None:
    command = action(window, text)
    assert command.isEnabled(), f"»{text}« ist nicht verfügbar"
    command.trigger()


def go_to(window: QMainWindow, area: str) -> None:
    """Click the area in the navigation on the left."""
    navigation = window.findChild(QListWidget, "Navigation")
    assert navigation is not None
    for row in range(navigation.count()):
        item = navigation.item(row)
        if item.text() == area or item.text().startswith(area + " ("):
            rect = navigation.visualItemRect(item)
            QTest.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert navigation.currentRow() == row
            return
    raise AssertionError(f"kein Bereich »{area}«")


def field(parent: QWidget, label: str) -> QWidget:
    """The editor beside the label ``label`` (a trailing » *« of required fields and a
    colon are ignored), or the widget with that accessible name."""
    for candidate in parent.findChildren(QLabel):
        text = candidate.text().removesuffix(" *").removesuffix(":")
        if text == label and candidate.buddy() is not None and visible(candidate):
            return candidate.buddy()
    for widget in parent.findChildren(QWidget):
        if widget.accessibleName() == label and visible(widget):
            return widget
    raise AssertionError(f"kein Feld »{label}«")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (umlauts, Cyrillic and Arabic too)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    target = widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        target = widget.lineEdit()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def clear(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
        QTest.keyClick(widget, Qt.Key.Key_Delete)


def fill(parent: QWidget, label: str, text: str) -> QWidget:
    """Click into the field labelled ``label``, empty it and type ``text``."""
    widget = field(parent, label)
    line = (
        widget.findChild(QLineEdit)
        if not isinstance(widget, QLineEdit | QPlainTextEdit)
        else widget
    )
    target = line or widget
    clear(target)
    type_text(target, text)
    return widget


def choose(combo: QWidget, text: str) -> None:
    """Pick the entry ``text`` of a combo box the way a keyboard user does: with the
    box focused, type the entry's first letters (editable boxes: type and Enter)."""
    assert isinstance(combo, QComboBox), f"{combo!r} ist keine Auswahlliste"
    combo.setFocus(Qt.FocusReason.OtherFocusReason)
    if combo.isEditable():
        line = combo.lineEdit()
        line.selectAll()
        type_text(combo, text)
        QTest.keyClick(line, Qt.Key.Key_Return)
    else:
        index = combo.findText(text)
        assert index >= 0, f"»{text}« steht nicht zur Wahl: {items(combo)}"
        if ticks(combo):  # a list of check boxes: untick all (»alle«), then tick one
            click_entry(combo, 0)
            if index:
                click_entry(combo, index)
            if combo.view().isVisible():
                combo.hidePopup()  # a click beside the open list closes it
        else:
            click_entry(combo, index)
    assert combo.currentText() == text, f"gewählt: »{combo.currentText()}« statt »{text}«"


def ticks(combo: QComboBox) -> list[int]:
    """The rows of a combo box's list that have a check box (a choice of several)."""
    model, column = combo.model(), combo.modelColumn()
    return [
        r
        for r in range(model.rowCount())
        if model.flags(model.index(r, column)) & Qt.ItemFlag.ItemIsUserCheckable
    ]


def click_entry(combo: QComboBox, row: int) -> None:
    """Open the combo box's list (unless open) and click the entry in ``row``."""
    if not combo.view().isVisible():
        combo.showPopup()
    view = combo.view()
    model_index = combo.model().index(row, combo.modelColumn())
    view.scrollTo(model_index)
    rect = view.visualRect(model_index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose_several(combo: QWidget, texts: Iterable[str]) -> None:
    """Tick several entries of a choice box whose list has check boxes, as with the
    mouse: open the list, click each entry, click beside the list to close it."""
    assert isinstance(combo, QComboBox), f"{combo!r} ist keine Auswahlliste"
    wanted = list(texts)
    assert ticks(combo), f"»{combo.accessibleName()}« lässt nur eine Wahl zu"
    for text in wanted:
        row = combo.findText(text)
        assert row >= 0, f"»{text}« steht nicht zur Wahl: {items(combo)}"
        click_entry(combo, row)
    combo.hidePopup()
    model, column = combo.model(), combo.modelColumn()
    ticked = {
        model.index(r, column).data()
        for r in ticks(combo)
        if Qt.CheckState(model.index(r, column).data(Qt.ItemDataRole.CheckStateRole))
        == Qt.CheckState.Checked
    }
    assert ticked == set(wanted), ticked


def pick(qtbot, parent: QWidget, label: str, text: str, hit: str) -> None:
    """Type ``text`` into the name field labelled ``label``, wait for the list of
    hits and choose the one starting with ``hit`` (arrow keys and Enter)."""
    edit = field(parent, label)
    assert isinstance(edit, QLineEdit)
    clear(edit)
    type_text(edit, text)
    completer = edit.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=3000)
    popup = completer.popup()
    model = popup.model()
    titles = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    row = next((r for r, t in enumerate(titles) if t.startswith(hit)), None)
    assert row is not None, f"»{hit}« nicht unter den Treffern {titles}"
    for _ in range(row + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text().startswith(hit), edit.text()


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def select_field(parent: QWidget, label: str, text: str) -> None:
    choose(field(parent, label), text)


def tab(parent: QWidget, title: str) -> QWidget:
    """Click the tab titled ``title`` (its count in brackets ignored)."""
    for tabs in parent.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.tabText(index).split(" (")[0] == title and visible(tabs):
                bar = tabs.tabBar()
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                return tabs.widget(index)
    raise AssertionError(f"kein Reiter »{title}«")


def answer_next(text: str, *, then: Callable[[QWidget], None] | None = None) -> list[str]:
    """Arrange to press ``text`` in the next message box (or dialog) that opens; returns
    a list that receives the box's message."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        if isinstance(box, QMessageBox):
            seen.append(box.text())
        if then is not None:
            then(box)
        click(box, text)

    QTimer.singleShot(0, press)
    return seen


def table_texts(table: QWidget, column: int = 0) -> list[str]:
    model = table.model()  # type: ignore[attr-defined]
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def double_click_row(view: QWidget, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)  # type: ignore[attr-defined]
    view.scrollTo(index)  # type: ignore[attr-defined]
    rect = view.visualRect(index)  # type: ignore[attr-defined]
    spot = rect.center()
    viewport = view.viewport()  # type: ignore[attr-defined]
    # A real double-click is a click and then a double-click at the same spot.
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=spot)


def first(widgets: Iterable[QWidget]) -> QWidget:
    for widget in widgets:
        return widget
    raise AssertionError("nichts gefunden")


__all__ = [
    "action",
    "active_dialog",
    "opened",
    "answer_next",
    "button",
    "choose",
    "click",
    "double_click_row",
    "field",
    "fill",
    "go_to",
    "items",
    "pick",
    "select_field",
    "tab",
    "table_texts",
    "trigger",
    "type_text",
    "windows",
]
