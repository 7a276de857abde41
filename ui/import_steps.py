"""The import wizard's preview (``ui.import_wizard``): the checked rows, what holds for
the whole list, and what a chosen row will be saved as."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from servicestelle.errors import ServiceError
from servicestelle.importing.compare import SavedAs
from servicestelle.importing.plan import DUPLICATE, ERROR, OK, WARNING, ImportPlan
from servicestelle.importing.values import text_of

from .background import Task
from .formatting import format_count, plural

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


STATUS_COLOURS = {OK: "#e6f4ea", WARNING: "#fff4ce", DUPLICATE: "#e8eaf6", ERROR: "#fde7e9"}


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def error_text(error: BaseException) -> str:
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
        self.error = error_label()
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
        self.error.setText(error_text(error))
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
