"""»Sicherung erstellen« for a database on a PostgreSQL server: a backup with pg_dump
where it is installed, else what the IT must do (``servicestelle.pg_backup``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from servicestelle import pg_backup
from servicestelle.errors import ServiceError
from servicestelle.paths import data_dir


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerBackup", text)


def backup_folder() -> str:
    return str(data_dir() / "Sicherungen")


def dialog_text() -> str:
    """What the list of backups says instead of a folder of SQLite backups."""
    if pg_backup.find_program("pg_dump") is None:
        return pg_backup.missing_advice(tried=False)
    return QCoreApplication.translate(
        "ServerBackup",
        "Diese Datenbank liegt auf einem PostgreSQL-Server. »Sicherung mit pg_dump« legt "
        "eine Sicherung im Ordner {folder} an; wiederherstellen kann sie die IT. Die "
        "regelmäßige Sicherung des Servers bleibt Sache der IT.",
    ).format(folder=backup_folder())


def backup_now(window: Any, parent: QWidget | None = None) -> pg_backup.PgBackup | None:
    """Offer a pg_dump of the server database (or explain its absence); None if none."""
    from .backup_dialog import run_with_progress

    parent = parent or window
    if pg_backup.find_program("pg_dump") is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ServerBackup", "Sicherung durch die IT"),
            pg_backup.missing_advice(),
        )
        return None
    question = QMessageBox(parent)
    question.setIcon(QMessageBox.Icon.Question)
    question.setWindowTitle(QCoreApplication.translate("ServerBackup", "Sicherung mit pg_dump"))
    question.setText(
        QCoreApplication.translate(
            "ServerBackup",
            "Diese Datenbank liegt auf einem PostgreSQL-Server. Servicestelle kann sie mit "
            "pg_dump in eine Datei im Ordner {folder} sichern.\n\nDas dauert bei vielen "
            "Einträgen einige Minuten. Die regelmäßige Sicherung des Servers bleibt Sache der IT.",
        ).format(folder=backup_folder())
    )
    start = question.addButton(
        QCoreApplication.translate("ServerBackup", "Sicherung mit pg_dump"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    question.addButton(
        QCoreApplication.translate("ServerBackup", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    question.setDefaultButton(start)
    question.exec()
    if question.clickedButton() is not start:
        return None
    url = window.database.engine.url
    try:
        made = run_with_progress(
            parent,
            QCoreApplication.translate(
                "ServerBackup", "Die Datenbank wird mit pg_dump gesichert …"
            ),
            lambda _progress, cancelled: pg_backup.make_pg_backup(url, cancel=cancelled),
        )
    except pg_backup.PgBackupCancelled:
        return None
    except ServiceError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ServerBackup", "Keine Sicherung"), error.message
        )
        return None
    done = QMessageBox(parent)
    done.setIcon(QMessageBox.Icon.Information)
    done.setWindowTitle(QCoreApplication.translate("ServerBackup", "Sicherung angelegt"))
    done.setText(
        QCoreApplication.translate(
            "ServerBackup", "Die Sicherung ist angelegt und geprüft:\n{path}"
        ).format(path=made.path)
    )
    done.setInformativeText(
        QCoreApplication.translate(
            "ServerBackup", "Wiederherstellen kann sie die IT mit pg_restore (siehe Details)."
        )
    )
    done.setDetailedText(pg_backup.restore_advice(made.path, url.database or "servicestelle"))
    done.exec()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ServerBackup", "Sicherung angelegt und geprüft: {path}"
            ).format(path=made.path),
            10000,
        )
    return made
