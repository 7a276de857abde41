"""The password of an encrypted database: asked at start (three tries), and set when the
user encrypts the database (Extras → »Datenbank verschlüsseln …")."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from servicestelle import encryption
from servicestelle.errors import ServiceError

log = logging.getLogger(__name__)

TRIES = 3


def _password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


class PasswordDialog(QDialog):
    """Asks for the password of ``path``; ``check`` raises a ServiceError for a wrong
    one. After three wrong passwords the dialog closes with ``failed`` set."""

    def __init__(
        self, path: str, check: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PasswordDialog", "Kennwort der Datenbank"))
        self._check = check
        self.password: str | None = None
        self.tries = 0
        self.failed = False
        intro = QLabel(
            QCoreApplication.translate(
                "PasswordDialog",
                "Die Datenbank {path} ist verschlüsselt. Bitte das Kennwort eingeben.",
            ).format(path=path)
        )
        intro.setWordWrap(True)
        self.field = _password_field(QCoreApplication.translate("PasswordDialog", "Kennwort"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PasswordDialog", "&Kennwort:"), self.field)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _try(self) -> None:
        value = self.field.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._check(value)
        except ServiceError as exc:
            self.tries += 1
            left = TRIES - self.tries
            if left <= 0:
                self.failed = True
                self.reject()
                return
            hint = (
                QCoreApplication.translate("PasswordDialog", "Noch ein Versuch.")
                if left == 1
                else QCoreApplication.translate("PasswordDialog", "Noch {n} Versuche.").format(
                    n=left
                )
            )
            self.message.setText(f"{exc.message} {hint}")
            self.message.show()
            self.field.selectAll()
            self.field.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password = value
        self.accept()


def database_password(target: str, *, interactive: bool, parent: QWidget | None = None) -> Any:
    """The password for the database ``target`` at start: None if it is not an encrypted
    file or a known password (``SERVICESTELLE_PASSWORD``) opens it; else asked for.
    Raises a ServiceError with the reason when the user gives up."""
    from servicestelle.backup import sqlite_path

    try:
        path = sqlite_path(target)
    except Exception:  # noqa: BLE001 - an odd URL: open_database says what is wrong
        return None
    if path is None:
        return None
    from servicestelle import conversion

    conversion.recover(path)  # a conversion a crash interrupted: finished or rolled back
    if not encryption.is_encrypted(path):
        return None
    if not encryption.available():
        raise ServiceError(
            QCoreApplication.translate(
                "PasswordDialog",
                "Die Datenbank ist verschlüsselt, aber dieser Installation fehlt SQLCipher "
                "(Zusatzpaket sqlcipher3).",
            )
        )
    try:
        return encryption.find_password(path)
    except ServiceError:
        if not interactive:
            raise
    dialog = PasswordDialog(str(path), lambda value: encryption.check_password(path, value), parent)
    dialog.exec()
    if dialog.password is not None:
        encryption.remember(path, dialog.password)
        return dialog.password
    if dialog.failed:
        log.warning("Start: dreimal ein falsches Kennwort")
        raise encryption.WrongPassword()
    raise ServiceError(
        QCoreApplication.translate(
            "PasswordDialog", "Ohne Kennwort lässt sich die verschlüsselte Datenbank nicht öffnen."
        )
    )


class NewPasswordDialog(QDialog):
    """A new password, typed twice, with what encryption means for the office."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PasswordDialog", "Datenbank verschlüsseln"))
        self.password: str | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "PasswordDialog",
                "Die Datenbank wird mit einem Kennwort verschlüsselt (SQLCipher); ihre "
                "Sicherungen ebenso. Danach muss das Kennwort bei jedem Start eingegeben "
                "werden.\n\nWichtig: Ohne das Kennwort kann niemand die Daten lesen – auch "
                "niemand in der Servicestelle, auch nicht die IT. Ein vergessenes Kennwort "
                "lässt sich nicht zurücksetzen. Bitte das Kennwort sicher aufbewahren.",
            )
        )
        intro.setWordWrap(True)
        self.first = _password_field(QCoreApplication.translate("PasswordDialog", "Neues Kennwort"))
        self.second = _password_field(
            QCoreApplication.translate("PasswordDialog", "Kennwort wiederholen")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("PasswordDialog", "&Verschlüsseln")
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PasswordDialog", "&Neues Kennwort:"), self.first)
        form.addRow(
            QCoreApplication.translate("PasswordDialog", "Kennwort &wiederholen:"), self.second
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check(self) -> None:
        value = self.first.text()
        if value != self.second.text():
            problem = QCoreApplication.translate(
                "PasswordDialog", "Die beiden Kennwörter sind verschieden."
            )
        elif len(value) < encryption.MIN_LENGTH:
            problem = QCoreApplication.translate(
                "PasswordDialog", "Das Kennwort muss mindestens {n} Zeichen lang sein."
            ).format(n=encryption.MIN_LENGTH)
        else:
            self.password = value
            self.accept()
            return
        self.message.setText(problem)
        self.message.show()


def encrypt_current_database(window: Any) -> bool:
    """Extras → »Datenbank verschlüsseln …«: asks for a password, converts the open
    SQLite file and goes on with the encrypted one. True when done."""
    from servicestelle.db import open_database

    database = window.database
    title = QCoreApplication.translate("PasswordDialog", "Datenbank verschlüsseln")
    path = database.engine.url.database if database.is_sqlite else None
    if not path:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "PasswordDialog",
                "Nur eine SQLite-Datei kann hier verschlüsselt werden. Eine Datenbank auf "
                "einem Server (PostgreSQL) schützt dessen Verwaltung.",
            ),
        )
        return False
    if encryption.is_encrypted(path):
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "PasswordDialog", "Die Datenbank ist bereits verschlüsselt."
            ),
        )
        return False
    if not encryption.available():
        QMessageBox.warning(
            window,
            title,
            QCoreApplication.translate(
                "PasswordDialog",
                "Dieser Installation fehlt SQLCipher (Zusatzpaket sqlcipher3); "
                "die Datenbank kann nicht verschlüsselt werden.",
            ),
        )
        return False
    dialog = NewPasswordDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.password is None:
        return False
    database.dispose()
    password = dialog.password
    try:
        _in_background(
            window,
            QCoreApplication.translate(
                "PasswordDialog",
                "Die Datenbank wird verschlüsselt … (bei großen Dateien einige Minuten)",
            ),
            lambda: encryption.encrypt_database(path, password),
        )
        database.adopt(open_database(path, database.user, password=password))
    except ServiceError as exc:
        try:  # go on with the database as it is now (marked as open again)
            key = password if encryption.is_encrypted(path) else None
            database.adopt(open_database(path, database.user, password=key))
        except ServiceError:
            log.warning("Datenbank nach misslungener Verschlüsselung nicht wieder geöffnet")
        QMessageBox.warning(
            window,
            title,
            QCoreApplication.translate(
                "PasswordDialog", "Die Datenbank wurde nicht verschlüsselt: {reason}"
            ).format(reason=exc.message),
        )
        return False
    QMessageBox.information(
        window,
        title,
        QCoreApplication.translate(
            "PasswordDialog",
            "Die Datenbank ist jetzt verschlüsselt; neue Sicherungen ebenso. Ältere "
            "Sicherungen im Sicherungsordner sind nicht verschlüsselt: bitte löschen oder "
            "sicher aufbewahren.",
        ),
    )
    return True


def _in_background(window: Any, text: str, work: Callable[[], Any]) -> Any:
    """Run ``work`` off the GUI thread behind a modal progress window (the window keeps
    painting); its exception is raised here, its result returned."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from .background import Task

    progress = QProgressDialog(text, "", 0, 0, window)
    progress.setCancelButton(None)  # a half-converted file is cleaned up by the core only
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    task = Task(lambda _progress, _cancelled: work(), window)
    # Poll the task's state rather than wait for its signals: they may be delivered
    # before or after the loop starts, the state cannot be missed.
    timer = QTimer()
    timer.timeout.connect(lambda: None if task.running else loop.quit())
    task.start()
    timer.start(50)
    loop.exec()
    timer.stop()
    progress.reset()
    progress.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result
