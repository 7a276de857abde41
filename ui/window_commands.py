"""What the main window's commands do beyond its pages: archiving the selected record
(after asking), and the program's other windows — settings, user guide, about."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from servicestelle import kinds
from servicestelle.errors import ServiceError

from .pages.list_page import ListPage

if TYPE_CHECKING:
    from .main_window import MainWindow


def _record_title(record: Any, entity: str) -> str:
    """A short name of a record for questions and messages (its name or title)."""
    return kinds.kind(entity).title(record)


def archive_current(window: MainWindow) -> None:
    """Archive the selected record of the current list after asking."""
    page = window.current_list()
    record_id = page.current_record_id() if page else None
    if page is None or record_id is None:
        return
    service = page.service
    title = QCoreApplication.translate("MainWindow", "Archivieren")
    try:
        record = service.get(record_id)
        if getattr(record, "archived_at", None) is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Dieser Eintrag ist schon archiviert."),
                5000,
            )
            return
        name = _record_title(record, service.entity)
        answer = QMessageBox.question(
            window,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "»{title}« archivieren? Archivierte Einträge bleiben erhalten und lassen "
                "sich über »Archivierte anzeigen« wiederfinden.",
            ).format(title=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service.archive(record_id, record.version)
    except ServiceError as error:  # also a ConflictError: somebody changed it
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Nicht archiviert"), error.message
        )
        page.refresh()
        return
    page.refresh()
    window._update_actions()
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "»{title}« wurde archiviert.").format(title=name),
        8000,
    )


def show_settings(window: MainWindow) -> None:
    from .settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.database, window.settings, window)
    dialog.setModal(True)
    if dialog.exec() == SettingsDialog.DialogCode.Accepted:
        saved = QCoreApplication.translate("MainWindow", "Einstellungen gespeichert.")
        if dialog.language_note.isVisibleTo(dialog):  # another language was chosen
            saved += " " + dialog.language_note.text()
        window.statusBar().showMessage(saved, 10000)
    dialog.deleteLater()
    # List entries are saved as they are edited: offer the new ones in the filters.
    for page in window.pages.values():
        if isinstance(page, ListPage):
            page.filter_bar.reload_choices()


def show_help(window: MainWindow, page: str | None = None) -> Any:
    """The user guide at ``page``, else (F1) at the page of the screen in front; one
    window for the whole program."""
    from .help_browser import HelpBrowser
    from .help_context import page_for, screen_in_front

    browser = getattr(window, "help_browser", None)
    if browser is not None and not shiboken6.isValid(browser):
        browser = None  # closed and deleted
    if page is None:
        in_front = screen_in_front()
        if browser is not None and in_front is not None and in_front.window() is browser:
            return browser  # F1 in the guide itself: it stays where it is
        page = page_for(in_front)
    # A modal dialog blocks every window but its own: the guide opens as one of its.
    owner = QApplication.activeModalWidget() or window
    if browser is not None and browser.isVisible() and browser.parentWidget() is owner:
        browser.show_page(page)
        browser.raise_()
        browser.activateWindow()
        return browser
    if browser is not None:
        browser.close()
    browser = HelpBrowser(owner, page)
    browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser.show()
    window.help_browser = browser
    return browser


def open_help_for(widget: QWidget) -> Any:
    """F1 in a modal dialog: the guide at the dialog's page, through the main window it
    belongs to (or on its own where there is none yet, at the first start)."""
    from .help_browser import HelpBrowser
    from .help_context import page_for
    from .main_window import MainWindow

    main: Any = widget
    while main is not None and not isinstance(main, MainWindow):
        main = main.parentWidget()
    if main is None:
        main = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if main is not None:
        return show_help(main, page_for(widget))
    browser = HelpBrowser(widget.window(), page_for(widget))
    browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser.show()
    return browser


def show_about(window: MainWindow) -> Any:
    from servicestelle.paths import data_dir

    from .about_dialog import AboutDialog

    dialog = AboutDialog(window.database.location, data_dir(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.about_dialog = dialog
    return dialog
