"""Printing: a document is written as a PDF in the background, then shown in a preview
with "Drucken…" (the system's print dialog) and "Als PDF speichern…".

``start_print(parent, database, document, **params)`` is what windows call; the
document keys and parameters are those of ``servicestelle.printing.render``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError

from . import file_dialogs
from .background import Task

MAX_PRINT_DPI = 300  # pages go to the printer as images of at most this resolution


class PrintPreview(QDialog):
    """Shows a PDF file; prints it or saves a copy. The file belongs to the caller."""

    def __init__(
        self, path: str | Path, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.file_name = file_name
        self.setWindowTitle(
            QCoreApplication.translate("PrintPreview", "Vorschau: {title}").format(title=title)
        )
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self._pages_text(), self)
        self.fit_width = QPushButton(
            QCoreApplication.translate("PrintPreview", "Seitenbreite"), self
        )
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = QPushButton(QCoreApplication.translate("PrintPreview", "Ganze Seite"), self)
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.print_button = QPushButton(
            QCoreApplication.translate("PrintPreview", "Drucken …"), self
        )
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button = QPushButton(
            QCoreApplication.translate("PrintPreview", "Als PDF speichern …"), self
        )
        self.save_button.clicked.connect(lambda: self.save_as())
        self.close_button = QPushButton(
            QCoreApplication.translate("PrintPreview", "Schließen"), self
        )
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.fit_width, self.fit_page):
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addSpacing(16)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.resize(980, 760)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def _pages_text(self) -> str:
        count = self.page_count()
        return (
            QCoreApplication.translate("PrintPreview", "1 Seite")
            if count == 1
            else QCoreApplication.translate("PrintPreview", "{count} Seiten").format(count=count)
        )

    # -- saving ------------------------------------------------------------------------

    def save_as(self, target: str | Path | None = None) -> Path | None:
        """Copy the PDF to ``target`` (asked for when not given)."""
        if target is None:
            chosen = file_dialogs.save_file(
                self,
                file_dialogs.PRINTOUT,
                QCoreApplication.translate("PrintPreview", "Als PDF speichern"),
                self.file_name,
                QCoreApplication.translate("PrintPreview", "PDF-Dateien (*.pdf)"),
                suffix=".pdf",
            )
            if not chosen:
                return None
            target = chosen
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PrintPreview", "Nicht gespeichert"),
                QCoreApplication.translate(
                    "PrintPreview", "Die Datei konnte nicht gespeichert werden: {reason}"
                ).format(reason=exc.strerror or exc),
            )
            return None
        self.pages_label.setText(
            QCoreApplication.translate("PrintPreview", "Gespeichert: {name}").format(
                name=Path(target).name
            )
        )
        self.pages_label.setToolTip(str(target))
        return Path(target)

    # -- printing ----------------------------------------------------------------------

    def _is_landscape(self) -> bool:
        size = self.document.pagePointSize(0)
        return size.width() > size.height()

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Ask for a printer (the system dialog), then print. With a ``printer`` given
        (a file printer in tests) print there without asking."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.file_name)
            if self._is_landscape():
                printer.setPageOrientation(QPageLayout.Orientation.Landscape)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "Drucken"))
            dialog.setMinMax(1, max(self.page_count(), 1))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Draw every chosen page into ``printer``, each scaled into the printable area."""
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        pages = (
            range(max(first, 1) - 1, min(last, count) if last else count) if first else range(count)
        )
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PrintPreview", "Drucken"),
                QCoreApplication.translate("PrintPreview", "Der Drucker ist nicht bereit."),
            )
            return False
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for number, index in enumerate(pages):
                if number:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                scale = min(area.width() / points.width(), area.height() / points.height())
                width, height = points.width() * scale, points.height() * scale
                origin = QPointF((area.width() - width) / 2, (area.height() - height) / 2)
                painter.drawImage(QRectF(origin.x(), origin.y(), width, height), image)
        finally:
            painter.end()
        return True


# -- generating in the background ----------------------------------------------------------


class PrintJob:
    """One document being written in the background, then shown in a preview."""

    def __init__(
        self, parent: QWidget, database: Database, document: str, params: dict[str, Any]
    ) -> None:
        from servicestelle.printing import DOCUMENTS, suggested_name

        self.parent = parent
        self.document = document
        self.title = DOCUMENTS[document].title
        self.file_name = suggested_name(document)
        self.folder = tempfile.TemporaryDirectory(prefix="servicestelle-druck-")
        self.path = Path(self.folder.name) / self.file_name
        self.preview: PrintPreview | None = None
        self.progress = QProgressDialog(
            QCoreApplication.translate("PrintPreview", "{title} wird erstellt …").format(
                title=self.title
            ),
            QCoreApplication.translate("PrintPreview", "Abbrechen"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(QCoreApplication.translate("PrintPreview", "Drucken"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        path = self.path

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            from servicestelle.printing import render

            return render(database, document, path, progress=progress, cancel=cancelled, **params)

        self.task = Task(work, parent)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.progress.canceled.connect(self.task.cancel)

    def start(self) -> PrintJob:
        self.task.start()
        return self

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, done))
        self.progress.setValue(done)
        self.progress.setLabelText(
            QCoreApplication.translate(
                "PrintPreview", "{title} wird erstellt … Seite {done}"
            ).format(title=self.title, done=done)
        )

    def _on_finished(self, result: Any) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        preview = PrintPreview(self.path, self.title, self.file_name, self.parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _code: self._clean_up())
        self.preview = preview
        preview.show()

    def _on_failed(self, error: BaseException) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        self._clean_up()
        from servicestelle.printing import PrintCancelled

        if isinstance(error, PrintCancelled):
            return
        message = (
            error.message
            if isinstance(error, ServiceError)
            else QCoreApplication.translate(
                "PrintPreview", "Das Dokument konnte nicht erstellt werden ({kind})."
            ).format(kind=type(error).__name__)
        )
        QMessageBox.warning(
            self.parent, QCoreApplication.translate("PrintPreview", "Drucken"), message
        )

    def _clean_up(self) -> None:
        if self.preview is not None:
            self.preview.document.close()
        self.folder.cleanup()


_jobs: list[PrintJob] = []  # running jobs stay referenced until their preview closes


def start_print(parent: QWidget, database: Database, document: str, **params: Any) -> PrintJob:
    """Write ``document`` in the background, then open its preview."""
    job = PrintJob(parent, database, document, params)
    _jobs.append(job)
    job.task.failed.connect(lambda _e: _forget(job))
    job.task.finished.connect(
        lambda _r: job.preview.finished.connect(lambda _c: _forget(job)) if job.preview else None
    )
    return job.start()


def _forget(job: PrintJob) -> None:
    if job in _jobs:
        _jobs.remove(job)


# -- record windows ------------------------------------------------------------------------

def record_print_button(dialog: Any) -> QPushButton | None:
    """A "Drucken" button with a menu of the record's documents (None: nothing to print).

    ``dialog`` is a record window (FormDialog): its record is saved first if edited.
    """
    from servicestelle.printing import DOCUMENTS, documents_for

    documents = documents_for(dialog.entity)  # the record's printouts, as registered
    if not documents:
        return None
    button = QPushButton(QCoreApplication.translate("PrintPreview", "Drucken"), dialog)
    button.setAutoDefault(False)
    menu = QMenu(button)
    for document in documents:
        action = menu.addAction(DOCUMENTS[document].title + " …")
        action.triggered.connect(lambda _checked=False, d=document: _print_record(dialog, d))
    button.setMenu(menu)
    return button


def _print_record(dialog: Any, document: str) -> None:
    if dialog.record_id is None or dialog.form.is_dirty():
        if not dialog.save():
            return
        if dialog.record_id is None:
            return
    if document == "certificate":  # its text is shown to check and change first
        from .certificate_dialog import print_certificate

        print_certificate(dialog, dialog.service.db, int(dialog.record_id))
        return
    start_print(dialog, dialog.service.db, document, record_id=int(dialog.record_id))
