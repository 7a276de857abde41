"""Backups in the window: the check and daily backup after start, »Sicherung erstellen«,
»Sicherung wiederherstellen …« and the offer of the newest good backup when the
database file is damaged.

The work itself is :mod:`servicestelle.backup` / :mod:`servicestelle.restore`; it runs
on a worker thread (``Task``) behind a progress dialog. After a restore the program
starts again, so that no page, form or cache shows the state from before.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QProcess, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle import backup
from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.write_access import CannotWriteHere

from . import file_dialogs
from .background import Task

log = logging.getLogger(__name__)


def database_target(database: Database) -> str:
    """The SQLite file of ``database``, or a URL that only names a server database."""
    return database.engine.url.database or "" if database.is_sqlite else "postgresql://"


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[..., Any], *, can_cancel: bool = True
) -> Any:
    """Run ``work(progress, cancelled)`` on a worker thread behind a modal progress
    dialog; returns its result or raises its error (the window stays responsive)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("BackupDialog", "Sicherung"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if can_cancel:
        dialog.setCancelButtonText(QCoreApplication.translate("BackupDialog", "Abbrechen"))
    else:
        dialog.setCancelButton(None)
    task = Task(work)
    loop = QEventLoop()

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    task.progress.connect(show_progress)
    task.finished.connect(lambda _result: loop.quit())
    task.failed.connect(lambda _error: loop.quit())
    dialog.canceled.connect(task.cancel)
    task.start()
    if task.running:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result


def restart_program() -> None:
    """Start the program anew with the same options and end this one."""
    frozen = getattr(sys, "frozen", False)
    arguments = sys.argv[1:] if frozen else sys.argv
    if not QProcess.startDetached(sys.executable, arguments):
        QMessageBox.information(
            None,
            QCoreApplication.translate("BackupDialog", "Servicestelle"),
            QCoreApplication.translate("BackupDialog", "Bitte Servicestelle jetzt neu starten."),
        )
    QApplication.quit()


def restore_with_progress(parent: QWidget | None, target: str, source: Path) -> Any:
    """Restore ``source`` (behind a progress dialog): the ``RestoreResult``, or None
    after telling why not."""
    from servicestelle.restore import OtherDatabase, restore_backup

    other = False
    try:
        while True:
            try:
                result = run_with_progress(
                    parent,
                    QCoreApplication.translate(
                        "BackupDialog", "Die Sicherung wird geprüft und wiederhergestellt …"
                    ),
                    lambda progress, _cancelled, o=other: restore_backup(
                        target, source, progress=progress, other_database=o
                    ),
                    can_cancel=False,
                )
                break
            except OtherDatabase as error:
                answer = QMessageBox.question(
                    parent,
                    QCoreApplication.translate("BackupDialog", "Andere Datenbank"),
                    error.message
                    + "\n\n"
                    + QCoreApplication.translate(
                        "BackupDialog", "Trotzdem diese Sicherung wiederherstellen?"
                    ),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                other = True
    except ServiceError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("BackupDialog", "Nicht wiederhergestellt"),
            error.message,
        )
        return None
    return result


def tell_reapplied(parent: QWidget | None, result: Any) -> None:
    """Erasures made after the backup were done again: say so (nothing when none)."""
    text = result.describe_reapplied() if result else ""
    if text:
        QMessageBox.information(
            parent, QCoreApplication.translate("BackupDialog", "Löschungen nachgeholt"), text
        )


def reapply_at_start(database: Database, *, interactive: bool = True) -> int:
    """At start: erasures the register beside the backups names and the database lacks
    (a file copied back by hand) are done again before the window shows it; says so."""
    from servicestelle import erasure_register

    try:
        done = erasure_register.reapply(database)
    except ServiceError as error:
        log.error("Löschverzeichnis nicht erneut angewandt: %s", error.message)
        if interactive:
            QMessageBox.warning(
                None,
                QCoreApplication.translate("BackupDialog", "Löschungen fehlen"),
                QCoreApplication.translate(
                    "BackupDialog",
                    "Löschungen, die nach dem Stand dieser Datenbank gemacht wurden, konnten "
                    "nicht erneut angewandt werden: {reason}\nBitte Servicestelle neu starten; "
                    "es wird dann wieder versucht.",
                ).format(reason=error.message),
            )
        return 0
    if done and interactive:
        QMessageBox.information(
            None,
            QCoreApplication.translate("BackupDialog", "Löschungen nachgeholt"),
            erasure_register.describe(done, at_start=True),
        )
    return done


def offer_restore(parent: QWidget | None, target: str, damaged: backup.DamagedDatabase) -> Any:
    """The damaged-database dialog: the ``RestoreResult`` once the newest good backup is
    restored, else None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("BackupDialog", "Datenbank beschädigt"))
    box.setText(damaged.message)
    if damaged.newest is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "BackupDialog",
                "Bitte wenden Sie sich an den IT-Support. Die Datei bleibt unverändert.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return None
    box.setInformativeText(
        QCoreApplication.translate(
            "BackupDialog",
            "Soll diese Sicherung wiederhergestellt werden? Änderungen seit der Sicherung "
            "fehlen danach; die beschädigte Datei wird unter neuem Namen aufbewahrt.",
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("BackupDialog", "Sicherung wiederherstellen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("BackupDialog", "Nicht jetzt"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    return restore_with_progress(parent, target, damaged.newest.path)


def start_checks(window: Any) -> Task:
    """After the window is shown: the quick check and, once a day, the backup."""
    target = database_target(window.database)
    task = Task(lambda progress, cancelled: backup.backup_at_start(target, None, None, cancelled))

    def done(made: backup.BackupFile | None) -> None:
        if made is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "BackupDialog", "Tägliche Sicherung angelegt: {name}"
                ).format(name=made.path.name),
                8000,
            )

    def failed(error: BaseException) -> None:
        if isinstance(error, backup.BackupCancelled):
            return
        if isinstance(error, backup.DamagedDatabase):
            window.database.dispose()
            result = offer_restore(window, target, error)
            if result:
                restored(window, result)
            return
        if isinstance(error, CannotWriteHere):  # sound, but nothing can be saved there
            QMessageBox.warning(
                window,
                QCoreApplication.translate("BackupDialog", "Speichern nicht möglich"),
                error.message,
            )
            return
        message = error.message if isinstance(error, ServiceError) else str(error)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("BackupDialog", "Keine tägliche Sicherung"),
            QCoreApplication.translate(
                "BackupDialog", "Die tägliche Sicherung ist misslungen: {reason}"
            ).format(reason=message),
        )

    task.finished.connect(done)
    task.failed.connect(failed)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(task.cancel)
    window.start_checks_task = task
    return task.start()


def restored(window: QWidget | None, result: Any = None) -> None:
    text = QCoreApplication.translate(
        "BackupDialog", "Die Sicherung ist wiederhergestellt. Servicestelle startet neu."
    )
    again = result.describe_reapplied() if result else ""
    QMessageBox.information(
        window,
        QCoreApplication.translate("BackupDialog", "Wiederhergestellt"),
        f"{again}\n\n{text}" if again else text,
    )
    restart_program()


def backup_now(window: Any) -> backup.BackupFile | None:
    """»Sicherung erstellen«: a manual backup, with progress; None if it failed."""
    if not window.database.is_sqlite:  # a server: pg_dump, or what the IT must do
        from .server_backup import backup_now as backup_on_server

        return backup_on_server(window)  # type: ignore[return-value]
    target = database_target(window.database)
    try:
        made = run_with_progress(
            window,
            QCoreApplication.translate("BackupDialog", "Die Datenbank wird gesichert …"),
            lambda progress, cancelled: backup.make_backup(
                target, backup.Reason.MANUAL, progress=progress, cancel=cancelled
            ),
        )
    except ServiceError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("BackupDialog", "Keine Sicherung"), error.message
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("BackupDialog", "Sicherung angelegt und geprüft: {path}").format(
            path=made.path
        ),
        10000,
    )
    return made


class BackupDialog(QDialog):
    """»Sicherung wiederherstellen …«: the backups with date, reason and size."""

    COLUMNS = 3

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.target = database_target(window.database)
        self.backups: list[backup.BackupFile] = []
        self.setWindowTitle(self.tr("Sicherungen"))
        self.resize(640, 420)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Anlass"), self.tr("Größe")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.backup_button = QPushButton(self.tr("Jetzt &sichern"), self)
        self.folder_button = QPushButton(self.tr("&Ordner ändern …"), self)
        self.restore_button = QPushButton(self.tr("&Wiederherstellen …"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.folder_button.clicked.connect(self.choose_folder)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.backup_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        try:
            folder = backup.backup_folder(self.target)
            self.backups = backup.list_backups(self.target)
        except ServiceError as error:  # a server database, or an unreachable folder
            self.backups = []
            self.folder_label.setText(error.message)
            server = backup.sqlite_path(self.target) is None
            self.backup_button.setEnabled(not server)
            self.folder_button.setEnabled(not server)
            if server:  # pg_dump where it is installed, else what the IT must do
                from servicestelle.pg_backup import find_program

                from . import server_backup

                self.folder_label.setText(server_backup.dialog_text())
                self.backup_button.setText(self.tr("Sicherung mit &pg_dump …"))
                self.backup_button.setEnabled(find_program("pg_dump") is not None)
                self.table.hide()  # its backups are kept by the IT, not listed here
                self.restore_button.hide()
                self.folder_button.hide()
                self.resize(640, self.sizeHint().height())
            self._update_buttons()
            return
        self.folder_label.setText(self.tr("Sicherungsordner: {folder}").format(folder=folder))
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            cells = (
                f"{item.made_at:%d.%m.%Y %H:%M}",
                item.reason.label,
                backup.format_size(item.size),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(str(item.path))
                self.table.setItem(row, column, cell)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backup.BackupFile | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    def backup_now(self) -> None:
        if backup_now(self.window_) is not None:
            self.reload()

    def choose_folder(self) -> None:
        folder = file_dialogs.choose_folder(
            self,
            file_dialogs.BACKUP,
            self.tr("Ordner für die Sicherungen"),
            fallback=str(backup.backup_folder(self.target)),
        )
        if not folder:
            return
        try:
            backup.set_folder(self.window_.database, folder)
        except (ServiceError, OSError) as error:
            message = error.message if isinstance(error, ServiceError) else str(error)
            QMessageBox.warning(self, self.tr("Ordner nicht geändert"), message)
            return
        self.reload()

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Sicherung wiederherstellen"),
            self.tr(
                "Die Datenbank wird durch die Sicherung {backup} ersetzt. Was seitdem "
                "eingetragen wurde, fehlt danach (der jetzige Stand wird vorher gesichert). "
                "Offene Formulare werden geschlossen, Servicestelle startet neu. Fortfahren?"
            ).format(backup=chosen.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.window_.database.dispose()  # its connections reopen on the next use
        result = restore_with_progress(self, self.target, chosen.path)
        if not result:
            self.reload()
            return False
        self.accept()
        restored(self.window_, result)
        return True


def show_backups(window: Any) -> BackupDialog:
    dialog = BackupDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
