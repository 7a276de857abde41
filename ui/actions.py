"""The main window's commands (menu bar and tool bar share the same actions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowActions:
    """Every command of the main window, with shortcut, tool tip and enabled state."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        later = QCoreApplication.translate("WindowActions", "Folgt in Kürze.")
        self.new = self._action(
            QCoreApplication.translate("WindowActions", "&Neu"),
            QKeySequence.StandardKey.New,
            QCoreApplication.translate(
                "WindowActions", "Einen neuen Eintrag in dieser Liste anlegen"
            ),
        )
        self.open = self._action(
            QCoreApplication.translate("WindowActions", "Ö&ffnen"),
            QKeySequence.StandardKey.Open,
            QCoreApplication.translate(
                "WindowActions", "Den markierten Eintrag öffnen (auch mit Doppelklick)"
            ),
        )
        self.archive = self._action(
            QCoreApplication.translate("WindowActions", "&Archivieren"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Den markierten Eintrag archivieren (er bleibt erhalten)"
            ),
        )
        self.import_ = self._action(
            QCoreApplication.translate("WindowActions", "&Importieren …"),
            "Ctrl+I",
            QCoreApplication.translate(
                "WindowActions",
                "Eine Liste (Excel, LibreOffice, CSV) als Ehrenamtliche, Neuzugewanderte "
                "oder Organisationen übernehmen",
            ),
        )
        self.export = self._action(
            QCoreApplication.translate("WindowActions", "&Exportieren …"), None, later
        )
        self.print_ = self._action(
            QCoreApplication.translate("WindowActions", "&Drucken …"),
            QKeySequence.StandardKey.Print,
            later,
        )
        self.refresh = self._action(
            QCoreApplication.translate("WindowActions", "&Aktualisieren"),
            QKeySequence.StandardKey.Refresh,
            QCoreApplication.translate("WindowActions", "Die Liste neu aus der Datenbank laden"),
        )
        self.find = self._action(
            QCoreApplication.translate("WindowActions", "&Suchen"),
            QKeySequence.StandardKey.Find,
            QCoreApplication.translate(
                "WindowActions", "Im Suchfeld oben rechts über alle Bereiche suchen"
            ),
        )
        self.quit = self._action(
            QCoreApplication.translate("WindowActions", "&Beenden"), "Ctrl+Q", ""
        )
        self.about = self._action(
            QCoreApplication.translate("WindowActions", "&Über Servicestelle …"), None, ""
        )
        self.preferences = self._action(
            QCoreApplication.translate("WindowActions", "&Einstellungen …"),
            None,
            QCoreApplication.translate(
                "WindowActions",
                "Ihr Name, Briefkopf, Fristen und die Listen (Stadtteile, Sprachen …)",
            ),
        )

        for action in (self.new, self.archive, self.export, self.print_):
            action.setEnabled(False)
        self.import_.triggered.connect(window.start_import)
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
