"""The main window's commands (menu bar and tool bar share the same actions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowActions:
    """Every command of the main window, with shortcut, tool tip and enabled state."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
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
            QCoreApplication.translate("WindowActions", "&Exportieren …"),
            "Ctrl+E",
            QCoreApplication.translate(
                "WindowActions", "Die Liste, wie sie gefiltert ist, als Excel-Datei speichern"
            ),
        )
        self.print_ = self._action(
            QCoreApplication.translate("WindowActions", "&Drucken …"),
            QKeySequence.StandardKey.Print,
            QCoreApplication.translate(
                "WindowActions", "Die Liste, wie sie gefiltert ist, als PDF ansehen und drucken"
            ),
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
        self.help = self._action(
            QCoreApplication.translate("WindowActions", "&Anleitung"),
            QKeySequence.StandardKey.HelpContents,
            QCoreApplication.translate(
                "WindowActions", "Die Anleitung, auf der Seite zu dem, was Sie gerade tun (F1)"
            ),
        )
        # F1 in every window not blocked by a modal dialog (those get their own F1):
        # the page of the screen in front
        self.help.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help.triggered.connect(lambda _checked=False: window.show_help())
        from . import help_context, window_commands

        help_context.install_help_key(window_commands.open_help_for)
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
        self.backup_now = self._action(
            QCoreApplication.translate("WindowActions", "&Sicherung erstellen"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Die Datenbank jetzt sichern (geprüfte Kopie im Sicherungsordner)"
            ),
        )
        self.backup_restore = self._action(
            QCoreApplication.translate("WindowActions", "Sicherung &wiederherstellen …"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Die Sicherungen mit Datum, Anlass und Größe; eine zurückholen"
            ),
        )
        self.encrypt = self._action(
            QCoreApplication.translate("WindowActions", "Datenbank &verschlüsseln …"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Die Datenbank und ihre Sicherungen mit einem Kennwort schützen"
            ),
        )
        self.encrypt.triggered.connect(lambda: _passwords().encrypt_current_database(window))
        self.backup_now.triggered.connect(lambda: _backups().backup_now(window))
        self.backup_restore.triggered.connect(lambda: _backups().show_backups(window))

        self.retention = self._action(
            QCoreApplication.translate("WindowActions", "&Löschfristen prüfen …"),
            None,
            QCoreApplication.translate(
                "WindowActions", "Fällige Löschfristen ansehen und nach Bestätigung anwenden"
            ),
        )
        self.audit_log = self._action(
            QCoreApplication.translate("WindowActions", "&Protokoll (Änderungen) …"),
            None,
            QCoreApplication.translate("WindowActions", "Wer hat wann was geändert"),
        )
        self.processing_records = self._action(
            QCoreApplication.translate(
                "WindowActions", "&Verzeichnis der Verarbeitungstätigkeiten …"
            ),
            None,
            QCoreApplication.translate(
                "WindowActions", "Was das Programm speichert und warum (Art. 30 DSGVO), als PDF"
            ),
        )
        self.retention.triggered.connect(lambda: _privacy().open_retention(window))
        self.audit_log.triggered.connect(lambda: _privacy().open_audit(window))
        self.processing_records.triggered.connect(
            lambda: _privacy().open_records_of_processing(window)
        )

        for action in (self.new, self.archive, self.export, self.print_):
            action.setEnabled(False)
        self.import_.triggered.connect(window.start_import)
        self.export.triggered.connect(window.export_current)
        self.print_.triggered.connect(window.print_current)
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


def _backups():  # type: ignore[no-untyped-def]
    """The backup screens, imported when first used (start-up stays lean)."""
    from . import backup_dialog

    return backup_dialog


def _passwords():  # type: ignore[no-untyped-def]
    """Encryption of the database, imported when first used."""
    from . import password_dialog

    return password_dialog


def _privacy():  # type: ignore[no-untyped-def]
    """The data-protection dialogs, imported when first used (not at start-up)."""
    from . import privacy_dialogs

    return privacy_dialogs
