"""The program with the keyboard alone: from the main window to a new volunteer, an
opened record, the printed pairing list and the guide, without a single mouse click.

Only ASCII is typed (QTest crashes on typing umlauts offscreen)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from servicestelle.db import Database
from servicestelle.demo import generate
from servicestelle.services.volunteers import VolunteerService
from ui.forms.form_dialog import FormDialog
from ui.print_preview import PrintPreview

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo(sqlite_db: Database) -> Database:
    generate(sqlite_db, volunteers=40, seed=5)
    return sqlite_db


@pytest.fixture
def main(qtbot: Any, demo: Database, settings: Any) -> Iterator[Any]:
    from ui.main_window import MainWindow

    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            with contextlib.suppress(RuntimeError):
                widget.close()


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _tab_to(qtbot: Any, wanted: type, limit: int = 40) -> QWidget:
    """Press Tab until a widget of kind ``wanted`` has the focus."""
    for _ in range(limit):
        if isinstance(_focus(), wanted):
            return _focus()
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{wanted.__name__} mit Tab nicht erreichbar")


def _back_to(qtbot: Any, window: QWidget) -> None:
    """What the window manager does when a window closes: the one below is active again
    (the offscreen platform has no window manager)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _top(kind: type) -> Any:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return shown[-1] if shown else None


def test_every_area_is_reached_with_ctrl_and_a_number(qtbot: Any, main: Any) -> None:
    for number, entry in enumerate(main.entries, start=1):
        _press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert main.current_page() is main.page(entry.key), entry.key
    _press(qtbot, Qt.Key.Key_2, CTRL)
    assert main.current_page() is main.page("volunteers")
    assert isinstance(_focus(), QLineEdit)  # the search field: typing filters at once


def test_new_volunteer_and_open_a_record_by_keyboard(qtbot: Any, main: Any, demo: Database) -> None:
    _press(qtbot, Qt.Key.Key_2, CTRL)
    _press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: _top(FormDialog) is not None)
    dialog = _top(FormDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # The first field has the focus; Tab moves on; Ctrl+S saves.
    assert _focus().accessibleName() == "Nachname"
    qtbot.keyClicks(_focus(), "Tastatur")
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focus(), "Erika")
    _press(qtbot, Qt.Key.Key_S, CTRL)
    service = VolunteerService(demo)
    qtbot.waitUntil(lambda: bool(getattr(dialog.record, "id", None)))
    saved = service.get(dialog.record.id)
    assert (saved.last_name, saved.first_name) == ("Tastatur", "Erika")
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Back in the list: Tab to the table, arrow down, Enter opens the record.
    _back_to(qtbot, main)
    view = _tab_to(qtbot, QAbstractItemView)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _top(FormDialog) is not None)
    opened = _top(FormDialog)
    assert opened.record is not None and opened.record.id
    assert view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    assert _focus().window() is opened  # typing goes into the record, not the list
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not opened.isVisible())


def test_the_pairing_list_is_printed_and_the_guide_opened_by_keyboard(
    qtbot: Any, main: Any
) -> None:
    _press(qtbot, Qt.Key.Key_4, CTRL)
    assert main.current_page() is main.page("pairings")
    _press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: _top(PrintPreview) is not None, timeout=30000)
    preview = _top(PrintPreview)
    assert preview.page_count() >= 1
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())

    from ui.help_browser import HelpBrowser

    _back_to(qtbot, main)
    _press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _top(HelpBrowser) is not None)
    guide = _top(HelpBrowser)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())
