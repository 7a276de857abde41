"""The main window's commands (menu bar and tool bar share the same actions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow

_CONTEXT = "WindowActions"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class WindowActions:
    """Every command of the main window, with shortcut, tool tip and enabled state."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        later = tr("Folgt in Kürze.")
        self.new = self._action(
            tr("&Neu"),
            QKeySequence.StandardKey.New,
            tr("Einen neuen Eintrag in dieser Liste anlegen"),
        )
        self.open = self._action(
            tr("Ö&ffnen"),
            QKeySequence.StandardKey.Open,
            tr("Den markierten Eintrag öffnen (auch mit Doppelklick)"),
        )
        self.archive = self._action(
            tr("&Archivieren"),
            None,
            tr("Den markierten Eintrag archivieren (er bleibt erhalten)"),
        )
        self.import_ = self._action(tr("&Importieren …"), None, later)
        self.export = self._action(tr("&Exportieren …"), None, later)
        self.print_ = self._action(tr("&Drucken …"), QKeySequence.StandardKey.Print, later)
        self.refresh = self._action(
            tr("&Aktualisieren"),
            QKeySequence.StandardKey.Refresh,
            tr("Die Liste neu aus der Datenbank laden"),
        )
        self.find = self._action(
            tr("&Suchen"),
            QKeySequence.StandardKey.Find,
            tr("Im Suchfeld oben rechts über alle Bereiche suchen"),
        )
        self.quit = self._action(tr("&Beenden"), "Ctrl+Q", "")
        self.about = self._action(tr("&Über Servicestelle …"), None, "")
        self.preferences = self._action(
            tr("&Einstellungen …"),
            None,
            tr("Ihr Name, Briefkopf, Fristen und die Listen (Stadtteile, Sprachen …)"),
        )

        for action in (self.new, self.archive, self.import_, self.export, self.print_):
            action.setEnabled(False)
        self.archive.triggered.connect(window.archive_current)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences.triggered.connect(window.show_settings)
        self.new.triggered.connect(window.new_record)
        self.open.setEnabled(False)
        self.open.triggered.connect(window.open_current)
        self.refresh.triggered.connect(window.refresh_current)
        self.find.triggered.connect(window.focus_global_search)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit.triggered.connect(window.close)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.triggered.connect(window.show_about)

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str | None, tip: str
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(f"{text.replace('&', '').rstrip(' …')}: {tip}")
            action.setStatusTip(tip)
        return action
