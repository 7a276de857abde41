"""»Postausgang«: the mailings not yet finished (cancelled, connection lost, program
ended) and their recipients' state; »Weiter senden« sends what is still queued, nobody
twice. Messages whose outcome is unknown (the program ended while the server was
answering) are sent again only on request, with a warning that they may arrive twice."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.writing import outbox
from servicestelle.writing.server import server_settings

from .background import run_in_background
from .formatting import format_count
from .mail_settings import PasswordRefused, server_password


class OutboxDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.task: Any = None
        self.setWindowTitle(QCoreApplication.translate("OutboxDialog", "Postausgang"))
        column = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "OutboxDialog",
                "Rundschreiben, die noch nicht ganz gesendet sind. »Weiter senden« sendet "
                "die wartenden E-Mails; niemand bekommt eine E-Mail zweimal. »Unklar« "
                "heißt: das Programm wurde beendet, während der Mailserver antwortete.",
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OutboxDialog", "Betreff"),
                QCoreApplication.translate("OutboxDialog", "Angelegt"),
                QCoreApplication.translate("OutboxDialog", "Wartend"),
                QCoreApplication.translate("OutboxDialog", "Unklar"),
                QCoreApplication.translate("OutboxDialog", "Abgelehnt"),
                QCoreApplication.translate("OutboxDialog", "Gesendet"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in range(1, 6):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(QCoreApplication.translate("OutboxDialog", "Weiter senden"))
        self.retry_button = QPushButton(
            QCoreApplication.translate("OutboxDialog", "Abgelehnte erneut versuchen")
        )
        self.unclear_button = QPushButton(
            QCoreApplication.translate("OutboxDialog", "Unklare erneut senden …")
        )
        close = QPushButton(QCoreApplication.translate("OutboxDialog", "Schließen"))
        for button, slot in (
            (self.send_button, self.send),
            (self.retry_button, self.retry_failed),
            (self.unclear_button, self.resend_unclear),
            (close, self.reject),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.insertStretch(3, 1)
        column.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.resize(820, 360)
        self.reload()
        if not self.states:
            self.status.setText(
                QCoreApplication.translate("OutboxDialog", "Im Postausgang wartet nichts.")
            )

    def reload(self) -> None:
        self.states = [s for s in outbox.mailings(self.db) if s.queued or s.uncertain or s.failed]
        self.table.setRowCount(len(self.states))
        for row, state in enumerate(self.states):
            values = [
                state.subject,
                state.created_at.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M"),
                *(
                    format_count(n)
                    for n in (state.queued, state.uncertain, state.failed, state.sent)
                ),
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        if self.states and not self.table.selectedItems():
            self.table.selectRow(0)
        for button in (self.send_button, self.retry_button, self.unclear_button):
            button.setEnabled(bool(self.states))

    def current(self) -> outbox.MailingState | None:
        row = self.table.currentRow()
        return self.states[row] if 0 <= row < len(self.states) else None

    def retry_failed(self) -> bool:
        state = self.current()
        if state is None:
            return False
        count = outbox.requeue(self.db, state.id, failed=True)
        self.reload()
        return self.send() if count else False

    def resend_unclear(self) -> bool:
        state = self.current()
        if state is None or not state.uncertain:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("OutboxDialog", "Unklare erneut senden"),
            QCoreApplication.translate(
                "OutboxDialog",
                "Bei {count} E-Mails ist unklar, ob sie ankamen. Erneut gesendet, bekommen "
                "manche sie vielleicht zweimal. Trotzdem senden?",
            ).format(count=format_count(state.uncertain)),
            parent=self,
        )
        yes = box.addButton(
            QCoreApplication.translate("OutboxDialog", "Erneut senden"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("OutboxDialog", "Abbrechen"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        if box.clickedButton() is not yes:
            return False
        outbox.requeue(self.db, state.id, failed=False, uncertain=True)
        self.reload()
        return self.send()

    def send(self) -> bool:
        state = self.current()
        if state is None:
            return False
        server = server_settings(self.db)
        try:
            password = server_password(self, server)
        except PasswordRefused:
            return False

        def work(progress: Any, cancelled: Any) -> Any:
            return outbox.send(self.db, state.id, server, password, progress, cancelled)

        def done(result: Any) -> None:
            self.reload()
            self.status.setText(result.summary())

        def failed(_error: Any) -> None:
            self.reload()

        try:
            self.task = run_in_background(
                self,
                QCoreApplication.translate("OutboxDialog", "E-Mails senden"),
                QCoreApplication.translate("OutboxDialog", "E-Mails werden gesendet …"),
                work,
                done,
            )
        except ServiceError as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("OutboxDialog", "Postausgang"), error.message
            )
            return False
        self.task.failed.connect(failed)
        return True


def show_outbox(parent: QWidget, db: Database) -> OutboxDialog:
    dialog = OutboxDialog(db, parent)
    parent.last_outbox = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog
