"""The command »Exportieren …«: the list page as it is shown, saved as an Excel workbook.

The user picks the file (the suggested name and the last export folder are offered);
the export runs in the background (``ui.background.Task``) with a progress dialog that
can cancel it, then a message offers to open the folder. Errors of the core arrive as
German messages (file open in Excel, disk full …) and are shown as they are.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.exporting import ExportCancelled
from servicestelle.exporting.service import ExportService

from . import file_dialogs
from .background import Task
from .formatting import format_count

log = logging.getLogger(__name__)

FOLDER_KEY = file_dialogs.settings_key(file_dialogs.EXPORT)


def default_folder(settings: QSettings) -> str:
    """The folder of the last export, else the user's documents."""
    return file_dialogs.last_folder(file_dialogs.EXPORT, settings)


documents_folder = file_dialogs.documents_folder


class ListExport(QObject):
    """One export of a list page, from the save dialog to the final message."""

    done = Signal(str, int)  # the file and its number of rows
    failed = Signal(str)  # the German message shown

    def __init__(self, database: Database, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.window = parent
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.path = ""

    def start(self, page: Any) -> Task | None:
        """Ask for the file and start the export of ``page`` (None: the user cancelled)."""
        query, columns = page.shown_list()
        exports = ExportService(self.database)
        name = exports.suggested_name(page.service)
        path = file_dialogs.save_file(
            self.window,
            file_dialogs.EXPORT,
            self.tr("Liste als Excel-Datei speichern"),
            name,
            self.tr("Excel-Arbeitsmappe (*.xlsx)"),
            suffix=".xlsx",
            settings=self.settings,
        )
        if not path:
            return None
        self.path = path

        dialog = QProgressDialog(
            self.tr("Die Liste wird exportiert …"), self.tr("Abbrechen"), 0, 0, self.window
        )
        dialog.setWindowTitle(self.tr("Exportieren"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog

        service = page.service
        task = Task(
            lambda progress, cancelled: exports.export(
                service, query, columns, path, progress, cancelled
            ),
            self,
        )
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        dialog.canceled.connect(task.cancel)
        self.task = task
        task.start()
        return task

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setLabelText(
            self.tr("Die Liste wird exportiert: {done} von {total} Zeilen …").format(
                done=format_count(done), total=format_count(total)
            )
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            # reset() also stops the timer that would show the window after its delay:
            # a quick export must not bring it up behind (or after) the final message
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _on_finished(self, count: int) -> None:
        self._close_progress()
        self.done.emit(self.path, int(count))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Exportiert"),
            self.tr("{count} Zeilen wurden gespeichert in\n{path}").format(
                count=format_count(int(count)), path=self.path
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        open_folder = box.addButton(self.tr("Ordner öffnen"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self.path)))
        box.deleteLater()

    def _on_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, ExportCancelled):
            message = error.message
            self.failed.emit(message)
            QMessageBox.information(self.window, self.tr("Export abgebrochen"), message)
            return
        if isinstance(error, ServiceError):
            message = error.message
        else:
            log.error("Export fehlgeschlagen", exc_info=error)
            message = self.tr(
                "Der Export ist fehlgeschlagen ({kind}). Einzelheiten stehen in der Protokolldatei."
            ).format(kind=type(error).__name__)
        self.failed.emit(message)
        QMessageBox.warning(self.window, self.tr("Export fehlgeschlagen"), message)


def export_list_page(window: Any, page: Any) -> ListExport | None:
    """Start the export of ``page`` for the main window (None: nothing to export)."""
    if page is None:
        return None
    export = ListExport(window.database, window.settings, window)
    if export.start(page) is None:
        export.deleteLater()
        return None
    return export


def export_figures(window: Any, page: Any) -> Path | None:
    """Save the key figures the Übersicht shows (its period) as an Excel workbook."""
    from servicestelle.exporting.figures import export_figures as write

    figures = getattr(page, "figures", None)
    if figures is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ListExport", "Exportieren"),
            QCoreApplication.translate(
                "ListExport", "Die Kennzahlen werden noch berechnet; bitte gleich noch einmal."
            ),
        )
        return None
    name = "{title}_{start:%Y-%m-%d}_{end:%Y-%m-%d}.xlsx".format(
        title=QCoreApplication.translate("ListExport", "Kennzahlen"),
        start=figures.period.start,
        end=figures.period.end,
    )
    path = file_dialogs.save_file(
        window,
        file_dialogs.EXPORT,
        QCoreApplication.translate("ListExport", "Kennzahlen als Excel-Datei speichern"),
        name,
        QCoreApplication.translate("ListExport", "Excel-Arbeitsmappe (*.xlsx)"),
        suffix=".xlsx",
        settings=window.settings,
    )
    if not path:
        return None
    try:
        written = write(figures, path)
    except ServiceError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("ListExport", "Export fehlgeschlagen"), error.message
        )
        return None
    QMessageBox.information(
        window,
        QCoreApplication.translate("ListExport", "Exportiert"),
        QCoreApplication.translate(
            "ListExport", "Die Kennzahlen wurden gespeichert in\n{path}"
        ).format(path=written),
    )
    return written
