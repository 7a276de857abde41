"""The »E-Mail« tab of the settings: the office's mail server (server, port, encryption,
login, sender, pace) and »Kennwort speichern«, which keeps the password in the system's
credential store (never in the database or a settings file)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from servicestelle.writing.server import ServerSettings, store_password, stored_password


class MailSettingsTab(QWidget):
    def __init__(self, office: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office  # SettingsService
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Über den Mailserver der Stelle schreibt das Programm vielen Menschen "
                "persönlich (»Schreiben an …« in den Listen). Die Angaben bekommen Sie von "
                "Ihrer IT. Das Kennwort bleibt im Kennwortspeicher des Computers."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.host = QLineEdit()
        self.host.setPlaceholderText("mail.stadt.example")
        form.addRow(self.tr("Mailserver:"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        form.addRow(self.tr("Port:"), self.port)
        self.security = QComboBox()
        for key, text in (
            ("starttls", self.tr("STARTTLS (meist Port 587)")),
            ("ssl", self.tr("SSL/TLS (meist Port 465)")),
            ("none", self.tr("keine (nur im eigenen Netz)")),
        ):
            self.security.addItem(text, key)
        form.addRow(self.tr("Verschlüsselung:"), self.security)
        self.user = QLineEdit()
        form.addRow(self.tr("Benutzername:"), self.user)
        self.sender = QLineEdit()
        self.sender.setPlaceholderText("Servicestelle Integration <integration@stadt.example>")
        form.addRow(self.tr("Absender:"), self.sender)
        self.rate = QSpinBox()
        self.rate.setRange(0, 600)
        self.rate.setSuffix(self.tr(" je Minute"))
        self.rate.setSpecialValueText(self.tr("so schnell wie möglich"))
        form.addRow(self.tr("E-Mails:"), self.rate)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QPushButton(self.tr("Kennwort speichern"))
        self.keep.setAutoDefault(False)
        self.keep.clicked.connect(self.keep_password)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.keep)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Kennwort:"))
        label.setBuddy(self.password)
        form.addRow(label, holder)
        self.stored = QLabel()
        form.addRow("", self.stored)
        self.load()

    def load(self) -> None:
        values = self.office.all()
        self.host.setText(str(values.get("smtp.host") or ""))
        try:
            self.port.setValue(int(values.get("smtp.port") or 587))
            self.rate.setValue(int(values.get("smtp.rate") or 0))
        except (TypeError, ValueError):
            self.port.setValue(587)
        self.security.setCurrentIndex(max(self.security.findData(values.get("smtp.security")), 0))
        self.user.setText(str(values.get("smtp.user") or ""))
        self.sender.setText(str(values.get("smtp.sender") or ""))
        self._show_stored()

    def server(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text().strip(),
            sender=self.sender.text().strip(),
            rate=self.rate.value(),
        )

    def _show_stored(self) -> None:
        server = self.server()
        known = bool(server.host and server.user and stored_password(server))
        self.stored.setText(
            self.tr("Ein Kennwort ist gespeichert.") if known
            else self.tr("Kein Kennwort gespeichert: es wird beim Senden erfragt.")
        )

    def keep_password(self) -> bool:
        server = self.server()
        if not (server.host and server.user):
            QMessageBox.information(
                self, self.tr("Kennwort"),
                self.tr("Bitte zuerst Mailserver und Benutzername eintragen."),
            )
            return False
        if not store_password(server, self.password.text() or None):
            QMessageBox.warning(
                self, self.tr("Kennwort"),
                self.tr("Auf diesem Computer gibt es keinen nutzbaren Kennwortspeicher. Das "
                        "Kennwort wird beim Senden erfragt."),
            )
            return False
        self.password.clear()
        self._show_stored()
        return True

    def save(self) -> None:
        server = self.server()
        for key, value in (
            ("smtp.host", server.host),
            ("smtp.port", server.port),
            ("smtp.security", server.security),
            ("smtp.user", server.user),
            ("smtp.sender", server.sender),
            ("smtp.rate", server.rate),
        ):
            self.office.set(key, value)


class PasswordRefused(Exception):
    """The user cancelled the question for the mail server's password."""


def server_password(parent: QWidget, server: ServerSettings) -> str | None:
    """The password for sending through ``server``: none when it needs no login, the
    stored one, else asked (PasswordRefused when the user cancels)."""
    if not server.user:
        return None
    password = stored_password(server)
    if password is not None:
        return password
    ask = QInputDialog(parent)
    ask.setWindowTitle(QCoreApplication.translate("MailSettings", "Kennwort"))
    ask.setLabelText(
        QCoreApplication.translate("MailSettings", "Kennwort für {user} am Mailserver:").format(
            user=server.user
        )
    )
    ask.setTextEchoMode(QLineEdit.EchoMode.Password)
    ask.setOkButtonText(QCoreApplication.translate("MailSettings", "Senden"))
    ask.setCancelButtonText(QCoreApplication.translate("MailSettings", "Abbrechen"))
    if ask.exec() != QDialog.DialogCode.Accepted:
        raise PasswordRefused
    return ask.textValue()

