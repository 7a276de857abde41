"""The first start: what to begin with, and the staff member's name.

Shown once, when no database was chosen yet; later starts open the chosen database
directly (remembered in the window settings, ``database/path``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs

DATABASE_KEY = "database/path"
DEMO_FILE = "beispieldaten.db"

NEW, DEMO, OPEN, IMPORT = "neu", "beispiel", "oeffnen", "import"


@dataclass(frozen=True)
class StartChoice:
    target: str  # the database to open (a file path or URL)
    kind: str  # NEW, DEMO, OPEN or IMPORT
    staff_name: str

    @property
    def demo(self) -> bool:
        return self.kind == DEMO

    @property
    def import_after(self) -> bool:
        return self.kind == IMPORT


def remembered_database(settings: QSettings) -> str:
    return str(settings.value(DATABASE_KEY, "") or "")


def remember_database(settings: QSettings, target: str) -> None:
    settings.setValue(DATABASE_KEY, target)
    settings.sync()


class WelcomeDialog(QDialog):
    def __init__(
        self, new_database: str, data_folder: Path, login_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.new_database = new_database
        self.data_folder = data_folder
        self.choice: StartChoice | None = None
        self.setWindowTitle(QCoreApplication.translate("Welcome", "Willkommen"))
        intro = QLabel(
            QCoreApplication.translate(
                "Welcome",
                "<h2>Willkommen!</h2><p>Servicestelle verwaltet Ehrenamtliche, "
                "Neuzugewanderte, Patenschaften und Hilfsanfragen. Womit möchten Sie "
                "beginnen? (Mit F1 öffnet sich jederzeit die Anleitung.)</p>",
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(login_name)
        self.name.setPlaceholderText(QCoreApplication.translate("Welcome", "z. B. Anna Berger"))
        self.name.setAccessibleName(QCoreApplication.translate("Welcome", "Ihr Name"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Welcome", "Ihr Name:"), self.name)
        hint = QLabel(
            QCoreApplication.translate(
                "Welcome", "Der Name steht im Änderungsprotokoll bei allem, was Sie eintragen."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.buttons: dict[str, QCommandLinkButton] = {}
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(hint)
        for kind, title, text in (
            (
                NEW,
                QCoreApplication.translate("Welcome", "Neue Datenbank anlegen"),
                QCoreApplication.translate(
                    "Welcome",
                    "Leer beginnen; Stadtteile, Sprachen und Tätigkeitsfelder sind dabei.",
                ),
            ),
            (
                DEMO,
                QCoreApplication.translate("Welcome", "Mit Beispieldaten ausprobieren"),
                QCoreApplication.translate(
                    "Welcome",
                    "Erfundene Ehrenamtliche, Familien und Patenschaften – zum Kennenlernen, "
                    "in einer eigenen Datei.",
                ),
            ),
            (
                OPEN,
                QCoreApplication.translate("Welcome", "Vorhandene Datenbank öffnen …"),
                QCoreApplication.translate(
                    "Welcome",
                    "Eine Datei, mit der schon gearbeitet wird, z. B. auf einem Netzlaufwerk.",
                ),
            ),
            (
                IMPORT,
                QCoreApplication.translate("Welcome", "Liste importieren …"),
                QCoreApplication.translate(
                    "Welcome",
                    "Neue Datenbank anlegen und gleich die bisherige Excel-Liste übernehmen.",
                ),
            ),
        ):
            button = QCommandLinkButton(title, text)
            button.clicked.connect(lambda _checked=False, k=kind: self.choose(k))
            self.buttons[kind] = button
            column.addWidget(button)
        column.addStretch(1)
        self.buttons[NEW].setDefault(True)
        self.resize(560, 480)
        self.help_browser: QDialog | None = None
        guide = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        guide.activated.connect(self.show_help)

    def show_help(self) -> QDialog:
        """The user guide (F1), here as well as in the main window."""
        from .help_browser import HelpBrowser

        if self.help_browser is None:
            self.help_browser = HelpBrowser(self)
        self.help_browser.show()
        self.help_browser.raise_()
        return self.help_browser

    def staff_name(self) -> str:
        return " ".join(self.name.text().split())

    def choose(self, kind: str) -> StartChoice | None:
        if kind == OPEN:
            path = file_dialogs.open_file(
                self,
                file_dialogs.DATABASE,
                QCoreApplication.translate("Welcome", "Datenbank öffnen"),
                QCoreApplication.translate(
                    "Welcome", "Servicestelle-Datenbank (*.db);;Alle Dateien (*)"
                ),
            )
            if not path:
                return None
            target = path
        elif kind == DEMO:
            target = str(self.data_folder / DEMO_FILE)
        else:
            target = self.new_database
        self.choice = StartChoice(target, kind, self.staff_name())
        self.accept()
        return self.choice


def ask_first_start(new_database: str, data_folder: Path, login_name: str) -> StartChoice | None:
    """Show the welcome dialog; None when it was closed without a choice."""
    dialog = WelcomeDialog(new_database, data_folder, login_name)
    dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
    dialog.exec()
    return dialog.choice
