"""The staff login at start when the database is on a server.

Each member of staff logs in with their own server login; the server decides their
role. »Kennwort merken« keeps the password in the system's credential store (Windows
Credential Manager, the desktop's keyring) through ``keyring`` — never in a file of the
program. A remembered password opens without asking; a refused one asks again. After
the login the main window shows the role and what it may do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import make_url

from servicestelle.errors import ServiceError

if TYPE_CHECKING:
    from servicestelle.db import Database

log = logging.getLogger(__name__)

SERVICE = "Servicestelle"


def _t(text: str) -> str:
    return QCoreApplication.translate("LoginDialog", text)


def server_key(target: str) -> str:
    """The server and database of ``target`` without login or password (the name under
    which the credential store keeps the password, and the settings the last login)."""
    url = make_url(target)
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


# -- the credential store ---------------------------------------------------------------


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def remembered_password(target: str, login: str) -> str | None:
    store = _keyring()
    if store is None or not login:
        return None
    try:
        return store.get_password(f"{SERVICE} {server_key(target)}", login)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - no usable credential store on this computer
        log.warning("Kennwortspeicher nicht lesbar", exc_info=True)
        return None


def remember_password(target: str, login: str, password: str | None) -> bool:
    """Keep (or with None forget) the login's password; False if there is no store."""
    store = _keyring()
    if store is None:
        return False
    name = f"{SERVICE} {server_key(target)}"
    try:
        if password is None:
            if store.get_password(name, login) is not None:
                store.delete_password(name, login)
        else:
            store.set_password(name, login, password)
    except Exception:  # noqa: BLE001 - no usable credential store on this computer
        log.warning("Kennwortspeicher nicht nutzbar", exc_info=True)
        return False
    return True


def _last_login(target: str) -> str:
    from .settings import window_settings

    return str(window_settings().value(f"login/{server_key(target)}", "") or "")


def _save_last_login(target: str, login: str) -> None:
    from .settings import window_settings

    window_settings().setValue(f"login/{server_key(target)}", login)


# -- the dialog ---------------------------------------------------------------------------


class LoginDialog(QDialog):
    """Login and password for the server; ``attempt(login, password)`` opens the
    database or raises a ServiceError, whose German message the dialog shows."""

    def __init__(
        self,
        target: str,
        attempt: Callable[[str, str], Database],
        login: str = "",
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LoginDialog", "Anmelden – Servicestelle"))
        self._attempt = attempt
        self.database: Database | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "LoginDialog",
                "Die Daten der Servicestelle liegen auf dem Server {server}. Bitte mit Ihrer "
                "eigenen Anmeldung anmelden.",
            ).format(server=server_key(target))
        )
        intro.setWordWrap(True)
        self.login = QLineEdit(login)
        self.login.setAccessibleName(QCoreApplication.translate("LoginDialog", "Anmeldename"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(QCoreApplication.translate("LoginDialog", "Kennwort"))
        self.keep = QCheckBox(QCoreApplication.translate("LoginDialog", "Kennwort merken"))
        self.keep.setToolTip(
            QCoreApplication.translate(
                "LoginDialog", "Im Kennwortspeicher des Systems, nicht in einer Datei"
            )
        )
        self.keep.setEnabled(_keyring() is not None)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("LoginDialog", "Anmelden")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("LoginDialog", "Abbrechen")
        )
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("LoginDialog", "&Anmeldename:"), self.login)
        form.addRow(QCoreApplication.translate("LoginDialog", "&Kennwort:"), self.password)
        form.addRow("", self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password if login else self.login).setFocus()

    def _try(self) -> None:
        login = self.login.text().strip()
        if not login:
            self._show(
                QCoreApplication.translate("LoginDialog", "Bitte den Anmeldenamen eingeben.")
            )
            return
        from .background import answered

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._show(QCoreApplication.translate("LoginDialog", "Verbindung zum Server …"),
                   error=False)
        self.setEnabled(False)  # asked once; the window still answers meanwhile
        password = self.password.text()
        self.connecting, self.cancel_asked = True, False
        try:
            self.database = answered(lambda: self._attempt(login, password), self)
        except ServiceError as exc:
            self.setEnabled(True)
            self._show(exc.message)
            self.password.selectAll()
            self.password.setFocus()
            return
        finally:
            self.connecting = False
            self.setEnabled(True)
            QGuiApplication.restoreOverrideCursor()
        if self.cancel_asked:  # closed while connecting: not logged in after all
            self.database.dispose()
            self.database = None
            super().reject()
            return
        self.accept()

    def reject(self) -> None:
        if getattr(self, "connecting", False):
            self.cancel_asked = True  # answered when the server has
            return
        super().reject()

    def _show(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)
        self.message.show()


def open_server(
    target: str, user: str, *, interactive: bool, parent: QWidget | None = None
) -> Database | None:
    """The server database ``target`` opened with the staff member's login: a
    remembered password first, else the login dialog (until it opens or is cancelled).
    Raises a ServiceError when it cannot be opened without asking."""
    from servicestelle.db import open_database

    url = make_url(target)

    def attempt(login: str, password: str | None) -> Database:
        return open_database(
            url.set(username=login, password=None).render_as_string(False), user, password=password
        )

    login = url.username or _last_login(target)
    password = url.password or remembered_password(target, login)
    message = ""
    if login and (password or not interactive):
        try:
            database = attempt(login, password)
        except ServiceError as exc:
            if not interactive:
                raise
            message = exc.message
        else:
            _save_last_login(target, login)
            return database
    if not interactive:
        raise ServiceError(
            QCoreApplication.translate("LoginDialog", "Für den Server ist eine Anmeldung nötig.")
        )
    dialog = LoginDialog(target, attempt, login, message, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.database is None:
        return None
    login = dialog.login.text().strip()
    _save_last_login(target, login)
    remember_password(target, login, dialog.password.text() if dialog.keep.isChecked() else None)
    return dialog.database
