"""The later steps of the import wizard (``ui.import_wizard``): the checked rows in a
preview, the choice for duplicates, and the import itself with its summary."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from servicestelle.errors import ServiceError
from servicestelle.importing.commit import ImportResult
from servicestelle.importing.compare import SavedAs
from servicestelle.importing.plan import DUPLICATE, ERROR, OK, WARNING, ImportPlan
from servicestelle.importing.service import write_error_report
from servicestelle.importing.values import text_of

from .background import Task
from .formatting import format_count, plural

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


STATUS_COLOURS = {OK: "#e6f4ea", WARNING: "#fff4ce", DUPLICATE: "#e8eaf6", ERROR: "#fde7e9"}


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def _message(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return error.message
    return QCoreApplication.translate(
        "ImportWizard",
        "Die Datei ließ sich nicht lesen ({kind}). Einzelheiten stehen in der Protokolldatei.",
    ).format(kind=type(error).__name__)


# -- 3: preview ------------------------------------------------------------------------------


class PlanModel(QAbstractTableModel):
    """The checked rows: sheet row, status, reason and the mapped cells as in the file."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.columns = sorted(plan.mapping)
        self.rows = list(plan.rows)
        self.labels = {
            OK: QCoreApplication.translate("ImportWizard", "in Ordnung"),
            WARNING: QCoreApplication.translate("ImportWizard", "mit Hinweis"),
            DUPLICATE: QCoreApplication.translate("ImportWizard", "Dublette"),
            ERROR: QCoreApplication.translate("ImportWizard", "Fehler"),
        }

    def only_problems(self, on: bool) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.plan.rows if not on or r.status != OK]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3 + len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < 3:
            return (
                QCoreApplication.translate("ImportWizard", "Zeile"),
                QCoreApplication.translate("ImportWizard", "Status"),
                # Not »Grund«: a list of people who left has a column of that name.
                QCoreApplication.translate("ImportWizard", "Hinweis der Prüfung"),
            )[section]
        return self.plan.headers[self.columns[section - 3]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.row)
            if column == 1:
                return self.labels[row.status]
            if column == 2:
                return row.reason
            source = self.columns[column - 3]
            return text_of(row.raw[source]) if source < len(row.raw) else ""
        return None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Vorschau"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Jede Zeile geprüft: Fehler werden nicht importiert, Hinweise schon (das "
                "nicht Übernommene steht dann in den Notizen).",
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notices = QLabel()  # what holds for the whole list (consent without dates)
        self.notices.setTextFormat(Qt.TextFormat.PlainText)  # they quote the file
        self.notices.setWordWrap(True)
        self.notices.hide()
        self.only = QCheckBox(
            QCoreApplication.translate(
                "ImportWizard", "Nur Zeilen mit Fehlern, Hinweisen oder Dubletten"
            )
        )
        self.only.toggled.connect(self._filter)
        self.progress = QProgressBar()
        self.view = QTableView()
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.viewport().installEventFilter(self)  # a wider window: wider columns
        self.detail = QLabel()  # the chosen row's check, in full
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # the file's text, never markup
        self.detail.setWordWrap(True)
        self.saved_as: SavedAs | None = None  # what rows become: made when first needed
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.error = _error_label()
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.notices)
        column.addWidget(self.only)
        column.addWidget(self.progress)
        column.addWidget(self.view, 1)
        column.addWidget(self.detail)
        column.addWidget(self.error)
        self.model: PlanModel | None = None
        self.widths: list[int] = []  # what each column's texts need (a sample of rows)

    def initializePage(self) -> None:
        self.error.hide()
        if self.w.plan is not None and self.model is not None:
            return
        preview = self.w.preview
        assert preview is not None
        entity, mapping = self.w.entity, dict(self.w.mapping)
        swap_dates = None if self.w.swap_dates else ()  # None: each column found
        self.summary.setText(QCoreApplication.translate("ImportWizard", "Zeilen werden geprüft …"))
        self.progress.setRange(0, max(len(preview.layout.rows), 1))
        self.progress.setValue(0)
        self.progress.show()
        self.view.setModel(None)
        self.model = None

        def work(progress: Any, _cancelled: Any) -> ImportPlan:
            return self.w.service.plan(
                entity, preview, mapping, progress=progress, swap_dates=swap_dates
            )

        task = Task(work, self)
        task.progress.connect(lambda done, _total: self.progress.setValue(done))
        task.finished.connect(self._planned)
        task.failed.connect(self._failed)
        self.w.start(task)

    def _planned(self, plan: ImportPlan) -> None:
        self.w.plan = plan
        self.progress.hide()
        self.model = PlanModel(plan, self)
        self.saved_as = None
        self.model.only_problems(self.only.isChecked())
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail.hide()
        self.widths = self._needed_widths()
        self.fit_columns()
        self.notices.setText("\n".join(f"• {notice}" for notice in plan.notices))
        self.notices.setVisible(bool(plan.notices))
        counts = plan.counts()  # the same numbers the summary repeats after the import
        self.summary.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "{rows}: {ok} in Ordnung, {warning} mit Hinweis, {duplicate}, {error}.",
            ).format(
                rows=plural(
                    counts.rows,
                    QCoreApplication.translate("ImportWizard", "1 Zeile"),
                    QCoreApplication.translate("ImportWizard", "{count} Zeilen"),
                ),
                ok=format_count(counts.ok),
                warning=format_count(counts.warning),
                duplicate=plural(
                    counts.duplicate,
                    QCoreApplication.translate("ImportWizard", "1 Dublette"),
                    QCoreApplication.translate("ImportWizard", "{count} Dubletten"),
                ),
                error=plural(
                    counts.error,
                    QCoreApplication.translate("ImportWizard", "1 mit Fehler"),
                    QCoreApplication.translate("ImportWizard", "{count} mit Fehlern"),
                ),
            )
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.summary.clear()
        self.error.setText(_message(error))
        self.error.show()

    def _needed_widths(self) -> list[int]:
        """The width each column's header and texts need, from the first rows (a list of
        20,000 is not measured whole)."""
        model = self.model
        if model is None:
            return []
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader().fontMetrics()
        widths = []
        rows = min(model.rowCount(), 200)
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = header.horizontalAdvance(title) + 24  # the sort mark and margins
            for row in range(rows):
                text = str(model.data(model.index(row, column)) or "")
                widest = max(widest, metrics.horizontalAdvance(text) + 14)
            widths.append(widest)
        return widths

    def fit_columns(self) -> None:
        """Every column as wide as its header and (up to a limit) its texts; the check's
        hint gets what the window has to spare, so a wide window shows it whole."""
        if self.model is None or not self.widths:
            return
        room = self.view.viewport().width()
        limits = [90, 130, max(260, room // 3)] + [240] * (len(self.widths) - 3)
        sizes = [min(w, limit) for w, limit in zip(self.widths, limits, strict=False)]
        # What the window has to spare: to the hint up to a third of the width, then
        # to the file's columns cut short, then to the rest of the hint.
        for column, limit in (
            [(2, room // 3)]
            + [(c, self.widths[c]) for c in range(3, len(sizes))]
            + [(2, self.widths[2])]
        ):
            spare = room - sum(sizes)
            if spare <= 0:
                break
            sizes[column] += max(0, min(spare, min(limit, self.widths[column]) - sizes[column]))
        for column, size in enumerate(sizes):
            self.view.setColumnWidth(column, size)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The chosen row's check in full below the table (the column may cut it), and
        what will be saved of it (the table shows the file's cells)."""
        model = self.model
        lines = []
        if model is not None and current.isValid():
            reason = model.data(model.index(current.row(), 2))
            number = model.data(model.index(current.row(), 0))
            if reason:
                lines.append(
                    QCoreApplication.translate("ImportWizard", "Zeile {row}: {reason}").format(
                        row=number, reason=reason
                    )
                )
            if self.saved_as is None:
                self.saved_as = SavedAs(self.w.db, model.plan)
            shown = self.saved_as.of(model.rows[current.row()])
            if shown:
                lines.append(
                    QCoreApplication.translate(
                        "ImportWizard", "So wird Zeile {row} übernommen: {values}"
                    ).format(
                        row=number,
                        values=" · ".join(
                            f"{label}: {' / '.join(text.splitlines())}" for label, text in shown
                        ),
                    )
                )
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(bool(lines))

    def _filter(self, on: bool) -> None:
        if self.model is not None:
            self.model.only_problems(on)
            self.detail.hide()

    def cleanupPage(self) -> None:
        self.model = None

    def isComplete(self) -> bool:
        return self.w.plan is not None and bool(self.w.plan.importable)


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
            ).format(message=_message(error))
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
