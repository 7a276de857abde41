"""The main window's state between sessions: size and position, tool bar, the width of
the navigation and every list page's columns and sort order (in the window settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from .pages.list_page import ListPage

if TYPE_CHECKING:
    from .main_window import MainWindow

DEFAULT_SIZE = QSize(1280, 800)


def restore_window(window: MainWindow) -> None:
    """Size, position, tool bar and navigation width as they were when last closed (the
    default size, at most 95 % of the screen, the first time)."""
    settings = window.settings
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        screen = QApplication.primaryScreen()
        size = DEFAULT_SIZE
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.95)
        window.resize(size)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    splitter = settings.value("window/splitter")
    if splitter is not None:
        window.splitter.restoreState(splitter)


def save_window(window: MainWindow) -> None:
    """Remember the window and the state of every list page built (on closing)."""
    settings = window.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    for key, page in window.pages.items():
        if isinstance(page, ListPage):
            page.save_state(settings, f"pages/{key}")
    settings.sync()
