"""Before an access report (Art. 15) is written: which language the letter is in, and
what will be saved (the letter as PDF, a machine-readable copy as JSON)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from servicestelle.printing.access_texts import LANGUAGES


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyDialogs", text)


class AccessReportDialog(QDialog):
    """Asks for the letter's language; »Weiter …« goes on to where to save it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("PrivacyDialogs", "Auskunft (Art. 15)")
        )
        intro = QLabel(
            QCoreApplication.translate(
                "PrivacyDialogs",
                "Für {name} wird ein Schreiben mit allen gespeicherten Daten, den Zwecken, "
                "Empfängern, Speicherfristen und Rechten erstellt (PDF). Daneben wird eine "
                "maschinenlesbare Kopie der Daten gespeichert (JSON-Datei, Art. 20 DSGVO).",
            ).format(name=name),
            self,
        )
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        form = QFormLayout()
        label = QLabel(
            QCoreApplication.translate("PrivacyDialogs", "Sprache des Schreibens:"), self
        )
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        note = QLabel(
            QCoreApplication.translate(
                "PrivacyDialogs", "Die Ausgabe wird im Änderungsprotokoll der Person vermerkt."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # secondary text
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            QCoreApplication.translate("PrivacyDialogs", "Weiter …"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("PrivacyDialogs", "Abbrechen"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def chosen(self) -> str:
        return str(self.language.currentData())


def ask_letter_language(parent: QWidget | None, name: str) -> str | None:
    """The language chosen for the letter ("de", "en"), None when cancelled."""
    dialog = AccessReportDialog(name, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen
    finally:
        dialog.deleteLater()
