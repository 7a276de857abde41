"""The certificate (Ehrenamtsnachweis) before it is printed: the period, and its text
to read and change — the opening, the activities (one per line), the closing — with
the hours per year as booked. »Vorschau …« prints it as shown into the print preview.

The composed text names activities by field and kind, never the people helped; the
notes of the hours booked are not used. What staff type is printed as typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.validation import Field

from .forms.date_editor import DateEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificateDialog", text)


class CertificateDialog(QDialog):
    """Period and text of one volunteer's certificate, editable before printing."""

    def __init__(self, database: Database, volunteer_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        from servicestelle.printing.certificate import certificate_text

        self.database = database
        self.volunteer_id = volunteer_id
        self.text = certificate_text(database, volunteer_id)
        self._composed = self.text
        from servicestelle.services.volunteers import VolunteerService

        name = VolunteerService(database).get(volunteer_id).full_name
        self.setWindowTitle(
            QCoreApplication.translate("CertificateDialog", "Ehrenamtsnachweis: {name}").format(
                name=name
            )
        )

        self.start = DateEditor(
            "start", Field(QCoreApplication.translate("CertificateDialog", "Zeitraum von"))
        )
        self.end = DateEditor("end", Field(QCoreApplication.translate("CertificateDialog", "bis")))
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start.widget)
        until = QLabel(QCoreApplication.translate("CertificateDialog", "bis:"), period)
        until.setBuddy(self.end.widget)
        row.addWidget(until)
        row.addWidget(self.end.widget)
        row.addStretch(1)
        self.start.edit.editingFinished.connect(self._period_changed)
        self.end.edit.editingFinished.connect(self._period_changed)

        self.intro = QPlainTextEdit(self)
        self.activities = QPlainTextEdit(self)
        self.closing = QPlainTextEdit(self)
        for edit, lines in ((self.intro, 4), (self.activities, 5), (self.closing, 3)):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        self.activities.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # a line each
        self.activities.setToolTip(
            QCoreApplication.translate(
                "CertificateDialog", "Eine Tätigkeit je Zeile; sie werden als Aufzählung gedruckt."
            )
        )
        self.show_hours = QCheckBox(
            QCoreApplication.translate("CertificateDialog", "Stunden je Jahr aufführen"), self
        )
        self.show_hours.setChecked(True)
        self.hours = QLabel(self)
        self.hours.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(
            form,
            QCoreApplication.translate("CertificateDialog", "Zeitraum von:"),
            period,
            self.start.widget,
        )
        self._row(form, QCoreApplication.translate("CertificateDialog", "Einleitung:"), self.intro)
        self._row(
            form,
            QCoreApplication.translate("CertificateDialog", "Tätigkeiten (eine je Zeile):"),
            self.activities,
        )
        self._row(form, QCoreApplication.translate("CertificateDialog", "Schluss:"), self.closing)
        form.addRow("", self.show_hours)
        self._row(
            form, QCoreApplication.translate("CertificateDialog", "Erfasste Stunden:"), self.hours
        )
        note = QLabel(
            QCoreApplication.translate(
                "CertificateDialog",
                "Der Nachweis ist für die*den Ehrenamtliche*n, etwa für eine Bewerbung. Er "
                "nennt Tätigkeiten nach Feld und Art, nie die begleiteten Personen; Notizen "
                "zu den Stunden bleiben intern. Änderungen am Text gelten nur für diesen "
                "Ausdruck.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # secondary text

        buttons = QDialogButtonBox(self)
        self.reset_button = QPushButton(
            QCoreApplication.translate("CertificateDialog", "Text neu erstellen"), self
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "CertificateDialog", "Den Text aus den Einträgen neu zusammenstellen"
            )
        )
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_text)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        preview = buttons.addButton(
            QCoreApplication.translate("CertificateDialog", "Vorschau …"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        preview.setDefault(True)
        buttons.addButton(
            QCoreApplication.translate("CertificateDialog", "Abbrechen"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(780, 620)
        self._show(self.text, period=True)

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)

    # -- the text -----------------------------------------------------------------------

    def _show(self, text: Any, *, period: bool = False, words: bool = True) -> None:
        from servicestelle.printing.text import number

        if period:
            self.start.set_value(text.start)
            self.end.set_value(text.end)
        if words:
            self.intro.setPlainText(text.intro)
            self.activities.setPlainText("\n".join(text.activities))
            self.closing.setPlainText(text.closing)
        lines = []
        for row in text.hours:
            years = ", ".join(
                f"{year}: {number(hours)}" for year, hours in sorted(row.by_year.items())
            )
            field = row.field or QCoreApplication.translate("CertificateDialog", "allgemein")
            lines.append(f"{field} ({_kind(row.kind)}) – {years}")
        total = number(text.total)
        self.hours.setText(
            "\n".join(
                [
                    *lines,
                    QCoreApplication.translate(
                        "CertificateDialog", "Insgesamt: {n} Stunden"
                    ).format(n=total),
                ]
            )
            if lines
            else QCoreApplication.translate(
                "CertificateDialog", "Im Zeitraum wurden keine Stunden erfasst."
            )
        )

    def _edited(self) -> bool:
        composed = self._composed
        return (
            self.intro.toPlainText().strip() != composed.intro.strip()
            or self.activities.toPlainText().strip() != "\n".join(composed.activities).strip()
            or self.closing.toPlainText().strip() != composed.closing.strip()
        )

    def _compose(self) -> Any:
        from servicestelle.printing.certificate import certificate_text

        return certificate_text(
            self.database, self.volunteer_id, self.start.to_core(), self.end.to_core()
        )

    def _period_changed(self) -> None:
        """A new period: new hours; the text too, unless it was changed by hand."""
        try:
            composed = self._compose()
        except ServiceError as error:
            self.hours.setText(error.message)
            return
        keep_words = self._edited()
        self._composed = composed
        self._show(composed, words=not keep_words)

    def reset_text(self) -> None:
        try:
            self._composed = self._compose()
        except ServiceError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("CertificateDialog", "Ehrenamtsnachweis"),
                error.message,
            )
            return
        self._show(self._composed)

    def edited_text(self) -> Any:
        """The certificate as shown: the period's hours with the text as typed."""
        from dataclasses import replace

        intro = self.intro.toPlainText().strip()
        if not intro:
            raise ServiceError(
                QCoreApplication.translate(
                    "CertificateDialog", "Bitte eine Einleitung eingeben: wer, in welchem Zeitraum."
                )
            )
        lines = self.activities.toPlainText().splitlines()
        return replace(
            self._compose(),
            intro=intro,
            activities=[line.strip().lstrip("-•").strip() for line in lines if line.strip()],
            closing=self.closing.toPlainText().strip(),
            show_hours=self.show_hours.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.text = self.edited_text()
        except ServiceError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("CertificateDialog", "Ehrenamtsnachweis"),
                error.message,
            )
            return
        super().accept()


def _kind(kind: str) -> str:
    from servicestelle.i18n import _

    return _(kind)


def print_certificate(parent: QWidget, database: Database, volunteer_id: int) -> Any:
    """Show the certificate's text to check and change; »Vorschau …« prints it into the
    print preview. Returns the print job (None when cancelled)."""
    from .print_preview import start_print

    dialog = CertificateDialog(database, volunteer_id, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text = dialog.text
    finally:
        dialog.deleteLater()
    return start_print(parent, database, "certificate", record_id=volunteer_id, text=text)
