"""The import wizard's last step: the import itself (in the background, cancellable),
its summary with the preview's numbers, the error report and undo."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from servicestelle.errors import ServiceError
from servicestelle.importing.commit import ImportResult
from servicestelle.importing.service import write_error_report

from .background import Task
from .formatting import format_count
from .import_steps import error_text

if TYPE_CHECKING:
    from .import_wizard import ImportWizard



# -- 5: import and summary -----------------------------------------------------------------------


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Import"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportWizard", "Abbrechen"))
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Fehlerbericht öffnen")
        )
        self.report_button.clicked.connect(self.open_report)
        self.save_report_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Fehlerbericht speichern …")
        )
        self.save_report_button.clicked.connect(self.save_report)
        self.report_note = QLabel()  # where the report is, once written
        self.report_note.setWordWrap(True)
        self.report_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_note.hide()
        self.undo_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Import rückgängig machen")
        )
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.save_report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addLayout(buttons)
        column.addWidget(self.report_note)
        column.addStretch(1)
        self.done = False
        self.report_path: Path | None = None

    def initializePage(self) -> None:
        plan, preview = self.w.plan, self.w.preview
        assert plan is not None and preview is not None
        options = self.w.options_page
        on_duplicate, decisions = options.on_duplicate(), options.decisions()
        active = options.active_without_consent()
        status = options.new_status()
        self.done = False
        self.report_button.hide()
        self.save_report_button.hide()
        self.report_note.hide()
        self.report_path = None
        self.undo_button.hide()
        self.progress.setRange(0, max(len(plan.rows), 1))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.summary.setText(QCoreApplication.translate("ImportWizard", "Wird importiert …"))

        def work(progress: Any, cancelled: Any) -> ImportResult:
            return self.w.service.run(
                plan,
                preview,
                on_duplicate=on_duplicate,
                progress=progress,
                cancel=cancelled,
                decisions=decisions,
                active_without_consent=active,
                status=status,
            )

        task = Task(work, self)
        task.progress.connect(lambda done, _total: self.progress.setValue(done))
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        self.w.start(task)

    def cancel(self) -> None:
        if self.w.task is not None:
            self.w.task.cancel()
        self.cancel_button.setEnabled(False)

    def _finished(self, result: ImportResult) -> None:
        self.w.result = result
        self.done = True
        self.progress.hide()
        self.cancel_button.hide()
        self.summary.setText("<br>".join(summary_lines(result)))
        self.report_button.setVisible(bool(result.errors))
        self.save_report_button.setVisible(bool(result.errors))
        self.undo_button.setVisible(bool(result.created))
        self.w.imported.emit(self.w.entity)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.done = True
        self.progress.hide()
        self.cancel_button.hide()
        self.summary.setText(
            QCoreApplication.translate(
                "ImportWizard", "<b>Nichts importiert.</b> {message}"
            ).format(message=error_text(error))
        )
        self.completeChanged.emit()

    def _batch(self) -> int:
        return (self.w.result.batch_id if self.w.result else None) or 0

    def write_report(self, target: Path | None = None) -> Path | None:
        """Write the error report to ``target``, else to the program's temporary folder
        (cleaned at the next starts); None after a message when that failed."""
        plan = self.w.plan
        if plan is None:
            return None
        if target is None:
            from servicestelle.paths import temp_dir

            target = temp_dir() / f"Importfehler_{os.getpid()}_{self._batch()}.xlsx"
        try:
            self.report_path = write_error_report(plan, target)
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("ImportWizard", "Fehlerbericht"), exc.message
            )
            return None
        return self.report_path  # (written for its owner alone)

    def open_report(self) -> None:
        """Open the report in the spreadsheet program: the one saved, else a temporary
        copy; the note below the buttons says which and where."""
        saved = self.report_path if self.report_path and self._kept(self.report_path) else None
        path = saved or self.write_report()
        if path is None:
            return
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if saved is not None:
            text = QCoreApplication.translate(
                "ImportWizard", "Der Fehlerbericht wird geöffnet: {path}"
            )
        elif opened:
            text = QCoreApplication.translate(
                "ImportWizard",
                "Der Fehlerbericht wird in der Tabellenkalkulation geöffnet. Er ist nur "
                "vorläufig gespeichert ({path}) und wird beim nächsten Programmstart "
                "gelöscht – zum Aufheben »Fehlerbericht speichern …« wählen.",
            )
        else:
            text = QCoreApplication.translate(
                "ImportWizard",
                "Der Fehlerbericht ließ sich nicht öffnen (kein Programm für .xlsx-Dateien?). "
                "Mit »Fehlerbericht speichern …« können Sie ihn in einem Ordner Ihrer Wahl "
                "ablegen. Vorläufig liegt er hier: {path}",
            )
        self._note(text.format(path=path))

    def save_report(self) -> Path | None:
        """Ask where to keep the report (the folder last used for exports), write it
        there and say where it is."""
        from . import file_dialogs

        name = QCoreApplication.translate("ImportWizard", "Importfehler Nr. {batch}.xlsx").format(
            batch=self._batch()
        )
        chosen = file_dialogs.save_file(
            self,
            file_dialogs.EXPORT,
            QCoreApplication.translate("ImportWizard", "Fehlerbericht speichern"),
            name,
            QCoreApplication.translate("ImportWizard", "Excel-Arbeitsmappe (*.xlsx)"),
            suffix=".xlsx",
        )
        if not chosen:
            return None
        path = self.write_report(Path(chosen))
        if path is not None:
            self._note(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Der Fehlerbericht ist gespeichert: {path}. »Fehlerbericht öffnen« "
                    "zeigt ihn in der Tabellenkalkulation.",
                ).format(path=path)
            )
        return path

    @staticmethod
    def _kept(path: Path) -> bool:
        """True for a report saved where the user chose (not the temporary copy)."""
        from servicestelle.paths import temp_dir

        return path.exists() and path.parent != temp_dir()

    def _note(self, text: str) -> None:
        self.report_note.setText(text)
        self.report_note.show()

    def undo(self) -> bool:
        result = self.w.result
        if result is None or result.batch_id is None:
            return False
        title = QCoreApplication.translate("ImportWizard", "Import rückgängig machen")
        try:
            preview = self.w.service.undo_preview(result.batch_id)
        except ServiceError as exc:
            QMessageBox.warning(self, title, exc.message)
            return False
        what = preview.text()
        if preview.nothing_to_undo:  # nothing to ask: say so
            QMessageBox.information(self, title, what)
            self.undo_button.hide()
            return False
        answer = QMessageBox.question(
            self,
            title,
            QCoreApplication.translate(
                "ImportWizard", "{what}\n\nDen Import rückgängig machen?"
            ).format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter removes nothing
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            removed = self.w.service.undo(result.batch_id)
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("ImportWizard", "Nicht möglich"), exc.message
            )
            return False
        self.undo_button.hide()
        self.summary.setText(
            (
                QCoreApplication.translate(
                    "ImportWizard", "Import Nr. {batch} rückgängig gemacht: 1 Eintrag entfernt."
                )
                if removed == 1
                else QCoreApplication.translate(
                    "ImportWizard",
                    "Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt.",
                )
            ).format(batch=result.batch_id, count=format_count(removed))
        )
        self.w.imported.emit(self.w.entity)
        return True

    def isComplete(self) -> bool:
        return self.done


def summary_lines(result: ImportResult) -> list[str]:
    """What the import did, with the preview's numbers (``ImportResult.counts``)."""

    def line(text: str, count: int) -> str:
        return QCoreApplication.translate("ImportWizard", text).format(count=format_count(count))

    lines = [
        QCoreApplication.translate(
            "ImportWizard", "<b>Import Nr. {batch} abgeschlossen.</b>"
        ).format(batch=result.batch_id),
        line(QT_TRANSLATE_NOOP("ImportWizard", "Neu angelegt: {count}"), result.created),
    ]
    held = result.held_back  # as written: not the skipped duplicates
    if result.refused:  # which rows: the user looks at these people
        lines.append(
            QCoreApplication.translate(
                "ImportWizard",
                "Unverändert gelassen, weil der Eintrag sonst den Regeln widerspräche "
                "(z. B. »Ausgeschieden am« vor »Aktiv seit«): {rows}",
            ).format(
                rows="; ".join(
                    QCoreApplication.translate("ImportWizard", "Zeile {row}: {reason}").format(
                        row=row, reason=reason
                    )
                    for row, reason in result.refused
                )
            )
        )
    for text, count in (
        (
            QT_TRANSLATE_NOOP(
                "ImportWizard",
                "Mit Hinweisen übernommen: {count} (nicht Erkanntes steht in den Notizen)",
            ),
            result.warnings,
        ),
        (
            QT_TRANSLATE_NOOP("ImportWizard", "Dubletten übersprungen: {count}"),
            result.skipped_duplicates,
        ),
        (
            QT_TRANSLATE_NOOP(
                "ImportWizard", "Vorhandene Einträge ergänzt oder aktualisiert: {count}"
            ),
            result.updated,
        ),
        (
            QT_TRANSLATE_NOOP(
                "ImportWizard", "Dubletten ohne Änderung (die Liste bringt nichts Neues): {count}"
            ),
            result.unchanged,
        ),
        (
            QT_TRANSLATE_NOOP(
                "ImportWizard",
                "Einwilligungen der Liste nicht übernommen, weil die Person seitdem "
                "widerrufen hat: {count}",
            ),
            result.withdrawn,
        ),
        (
            QT_TRANSLATE_NOOP("ImportWizard", "Dubletten trotzdem neu angelegt: {count}"),
            result.created_duplicates,
        ),
        (
            QT_TRANSLATE_NOOP(
                "ImportWizard", "Ohne Einwilligung, daher »interessiert« statt »aktiv«: {count}"
            ),
            held,
        ),
        (
            QT_TRANSLATE_NOOP("ImportWizard", "Ohne Einwilligung, wie gewählt »aktiv«: {count}"),
            result.active_without_consent,
        ),
        (
            QT_TRANSLATE_NOOP(
                "ImportWizard", "Wegen Fehlern nicht importiert: {count} – siehe Fehlerbericht"
            ),
            result.errors,
        ),
    ):
        if count:
            lines.append(line(text, count))
    return lines
