"""The office's mail server: its settings, the password in the system's credential store
(``keyring``, never in the database or a settings file) and the connection, with every
refusal told in German."""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
from dataclasses import dataclass

from ..db import Database
from ..errors import ServiceError
from ..i18n import _

log = logging.getLogger(__name__)

SECURITY = ("starttls", "ssl", "none")
KEYRING_SERVICE = "Servicestelle Mailserver"


class MailError(ServiceError):
    """The mail server could not be used; nothing in the outbox was lost."""


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""
    rate: int = 60  # messages a minute; 0: as fast as the server takes them

    @property
    def key(self) -> str:
        """The name under which the credential store keeps the password."""
        return f"{KEYRING_SERVICE} {self.host}:{self.port}"


def server_settings(db: Database) -> ServerSettings:
    from ..services.settings import SettingsService

    values = SettingsService(db).all()

    def number(key: str, default: int) -> int:
        try:
            return int(values.get(key) or default)
        except (TypeError, ValueError):
            return default

    security = str(values.get("smtp.security") or "starttls")
    return ServerSettings(
        host=str(values.get("smtp.host") or "").strip(),
        port=number("smtp.port", 587),
        security=security if security in SECURITY else "starttls",
        user=str(values.get("smtp.user") or "").strip(),
        sender=str(values.get("smtp.sender") or "").strip(),
        rate=max(number("smtp.rate", 60), 0),
    )


# -- the credential store --------------------------------------------------------------


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def stored_password(server: ServerSettings) -> str | None:
    store = _keyring()
    if store is None or not server.user:
        return None
    try:
        return store.get_password(server.key, server.user)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - no usable credential store on this computer
        log.warning("Kennwortspeicher nicht lesbar")
        return None


def store_password(server: ServerSettings, password: str | None) -> bool:
    """Keep (or with None forget) the password; False if there is no usable store."""
    store = _keyring()
    if store is None or not server.user:
        return False
    try:
        if password is None:
            if store.get_password(server.key, server.user) is not None:
                store.delete_password(server.key, server.user)
        else:
            store.set_password(server.key, server.user, password)
    except Exception:  # noqa: BLE001 - no usable credential store on this computer
        log.warning("Kennwortspeicher nicht nutzbar")
        return False
    return True


# -- the connection --------------------------------------------------------------------


def connect(server: ServerSettings, password: str | None, timeout: float = 30) -> smtplib.SMTP:
    """A logged-in connection to the server, or a German ``MailError``."""
    if not server.host:
        raise MailError(_("Es ist kein Mailserver eingestellt (Einstellungen, E-Mail)."))
    where = f"{server.host}:{server.port}"
    context = ssl.create_default_context()
    smtp: smtplib.SMTP | None = None
    try:
        if server.security == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=timeout)
            if server.security == "starttls":
                smtp.starttls(context=context)
        if server.user:
            smtp.login(server.user, password or "")
        return smtp
    except smtplib.SMTPAuthenticationError:
        message = _(
            "Der Mailserver {server} hat die Anmeldung abgelehnt: Benutzername oder "
            "Kennwort stimmen nicht.",
            server=where,
        )
    except smtplib.SMTPNotSupportedError:
        message = _(
            "Der Mailserver {server} bietet keine verschlüsselte Verbindung (STARTTLS) "
            "oder keine Anmeldung an. Bitte prüfen Sie die Einstellungen.",
            server=where,
        )
    except ssl.SSLError:
        message = _(
            "Mit dem Mailserver {server} kam keine sichere Verbindung zustande (Zertifikat "
            "nicht vertrauenswürdig oder Verschlüsselung falsch eingestellt).",
            server=where,
        )
    except (OSError, smtplib.SMTPException):
        message = _(
            "Der Mailserver {server} ist nicht erreichbar. Bitte prüfen Sie Server und "
            "Port in den Einstellungen und die Netzwerkverbindung.",
            server=where,
        )
    if smtp is not None:
        quit_quietly(smtp)
    raise MailError(message)


def quit_quietly(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        with contextlib.suppress(OSError):
            smtp.close()
