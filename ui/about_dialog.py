"""»Über Servicestelle«: version, where the data lives, and the licences of the
components the program ships with (read from the installed packages' metadata)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import servicestelle
from servicestelle.paths import resource_path

# (distribution name, what it does here)
COMPONENTS = (
    ("PySide6-Essentials", "Qt for Python: Fenster, Drucken"),
    ("PySide6-Addons", "Qt for Python: Diagramme, PDF-Vorschau"),
    ("shiboken6", "Qt for Python: Anbindung"),
    ("SQLAlchemy", "Datenbankzugriff"),
    ("alembic", "Datenbank-Aktualisierungen"),
    ("psycopg", "PostgreSQL-Anbindung"),
    ("python-calamine", "Tabellen lesen (xlsx, xls, ods)"),
    ("openpyxl", "Excel-Dateien schreiben"),
    ("XlsxWriter", "Excel-Dateien schreiben"),
    ("reportlab", "PDF-Ausdrucke"),
    ("pillow", "Bilder in Ausdrucken"),
    ("python-bidi", "Arabische Schrift in Ausdrucken"),
    ("arabic-reshaper", "Arabische Schrift in Ausdrucken"),
    ("babel", "Sprachnamen, deutsche Datumsangaben"),
    ("phonenumbers", "Telefonnummern prüfen"),
    ("email-validator", "E-Mail-Adressen prüfen"),
    ("rapidfuzz", "ähnliche Schreibweisen finden"),
    ("platformdirs", "Datenordner"),
)
FONT_LICENCE = ("fonts", "LICENSE-DejaVu.txt")


def component_rows() -> list[tuple[str, str, str, str]]:
    """(name, version, licence, purpose) of each bundled component found."""
    rows = []
    for name, purpose in COMPONENTS:
        try:
            data = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = data.get("License-Expression") or ""
        if not licence:
            classifiers = [
                c.split("::")[-1].strip()
                for c in data.get_all("Classifier") or []
                if c.startswith("License ::")
            ]
            licence = ", ".join(classifiers) or (data.get("License") or "").split("\n")[0]
        rows.append((data.get("Name") or name, data.get("Version") or "", licence[:80], purpose))
    return rows


class AboutDialog(QDialog):
    def __init__(
        self,
        database_location: str,
        data_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "Über Servicestelle"))
        tabs = QTabWidget()

        about = QWidget()
        heading = QLabel(f"<h2>Servicestelle {servicestelle.__version__}</h2>")
        text = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "Ehrenamtliche, Neuzugewanderte, Patenschaften, Hilfsanfragen, "
                "Organisationen und Veranstaltungen der Servicestelle Integration an einem "
                "Ort – mit Import, Export, Ausdrucken und Datenschutz.",
            )
        )
        text.setWordWrap(True)
        form = QFormLayout()
        self.database_label = QLabel(database_location)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QCoreApplication.translate("AboutDialog", "Datenbank:"), self.database_label)
        self.folder = data_folder
        if data_folder is not None:
            folder_label = QLabel(str(data_folder))
            folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QCoreApplication.translate("AboutDialog", "Datenordner:"), folder_label)
            open_folder = QPushButton(QCoreApplication.translate("AboutDialog", "Ordner öffnen"))
            open_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_folder)))
            )
            form.addRow("", open_folder)
        column = QVBoxLayout(about)
        column.addWidget(heading)
        column.addWidget(text)
        column.addLayout(form)
        column.addStretch(1)
        tabs.addTab(about, QCoreApplication.translate("AboutDialog", "Programm"))

        licences = QWidget()
        rows = component_rows()
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AboutDialog", "Bestandteil"),
                QCoreApplication.translate("AboutDialog", "Version"),
                QCoreApplication.translate("AboutDialog", "Lizenz"),
                QCoreApplication.translate("AboutDialog", "Wofür"),
            ]
        )
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "Qt und Qt for Python (PySide6) stehen unter der GNU LGPL v3; das Programm "
                "nutzt sie als getrennte, austauschbare Bibliotheken. Die Schrift DejaVu "
                "Sans der Ausdrucke steht unter einer freien Lizenz (Text unten).",
            )
        )
        note.setWordWrap(True)
        self.font_button = QPushButton(
            QCoreApplication.translate("AboutDialog", "Lizenz der Schrift anzeigen")
        )
        font_file = resource_path(*FONT_LICENCE)
        self.font_button.setEnabled(font_file.exists())
        self.font_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(font_file)))
        )
        column = QVBoxLayout(licences)
        column.addWidget(self.table, 1)
        column.addWidget(note)
        column.addWidget(self.font_button, 0, Qt.AlignmentFlag.AlignLeft)
        tabs.addTab(licences, QCoreApplication.translate("AboutDialog", "Lizenzen"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("AboutDialog", "Schließen")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(720, 480)
