"""The import wizard: file → sheet → column mapping → preview → duplicates → import.

Reading, checking and writing run in the background (``ui.background``); the core's
``ImportService`` does the work. Nothing is written before »Importieren«; a cancel
during the import leaves the database as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.importing import mapping as mapping_
from servicestelle.importing.commit import CREATE, FILL, SKIP, ImportResult
from servicestelle.importing.plan import DUPLICATE, ERROR, OK, WARNING, ImportPlan
from servicestelle.importing.values import text_of
from servicestelle.services.imports import ImportService, SheetPreview, write_error_report

from .background import Task
from .formatting import format_count, plural

ENTITIES = (
    ("volunteer", QT_TRANSLATE_NOOP("ImportWizard", "Ehrenamtliche")),
    ("newcomer", QT_TRANSLATE_NOOP("ImportWizard", "Neuzugewanderte")),
    ("organisation", QT_TRANSLATE_NOOP("ImportWizard", "Organisationen")),
)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard", "Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle Dateien (*)"
)
DUPLICATE_CHOICES = (
    (
        SKIP,
        QT_TRANSLATE_NOOP(
            "ImportWizard", "Überspringen – der vorhandene Eintrag bleibt, wie er ist (empfohlen)"
        ),
    ),
    (
        FILL,
        QT_TRANSLATE_NOOP(
            "ImportWizard", "Leere Felder des vorhandenen Eintrags aus der Liste ergänzen"
        ),
    ),
    (CREATE, QT_TRANSLATE_NOOP("ImportWizard", "Trotzdem als neuen Eintrag anlegen")),
)
SKIP_COLUMN = ""
STATUS_COLOURS = {OK: "#e6f4ea", WARNING: "#fff4ce", DUPLICATE: "#e8eaf6", ERROR: "#fde7e9"}


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class ImportWizard(QWizard):
    """Leads through an import; ``imported(entity)`` tells the lists to reload."""

    imported = Signal(str)

    def __init__(self, db: Database, entity: str = "volunteer", parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.service = ImportService(db)
        self.entity = entity
        self.preview: SheetPreview | None = None
        self.mapping: dict[int, str] = {}
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Liste importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.preview_page,
            self.options_page,
            self.run_page,
        ):
            self.addPage(page)
        self.resize(900, 640)

    def start(self, task: Task) -> Task:
        """Keep the running task (a wizard closed meanwhile cancels it)."""
        self.task = task
        return task.start()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()


# -- 1: file and sheet --------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Datei wählen"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Excel (.xlsx, .xls), LibreOffice (.ods) oder CSV. Titelzeilen über der "
                "Kopfzeile und Summenzeilen werden erkannt.",
            )
        )
        self.kind = QComboBox()
        for key, label in ENTITIES:
            self.kind.addItem(QCoreApplication.translate("ImportWizard", label), key)
        self.kind.setCurrentIndex(max(self.kind.findData(wizard.entity), 0))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(
            QCoreApplication.translate("ImportWizard", "Noch keine Datei gewählt")
        )
        self.browse = QPushButton(QCoreApplication.translate("ImportWizard", "Durchsuchen …"))
        self.browse.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.sheet.activated.connect(lambda _i: self.read(self.sheet.currentData()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = _error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImportWizard", "Importieren als"), self.kind)
        form.addRow(QCoreApplication.translate("ImportWizard", "Datei"), row)
        form.addRow(QCoreApplication.translate("ImportWizard", "Tabellenblatt"), self.sheet)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.busy)
        column.addWidget(self.status)
        column.addWidget(self.error)
        column.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _kind_changed(self) -> None:
        self.w.entity = self.kind.currentData()
        if self.path.text():
            self.read(self.sheet.currentData())

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Liste zum Importieren wählen"),
            str(Path.home()),
            QCoreApplication.translate("ImportWizard", FILE_FILTER),
        )
        if name:
            self.set_file(name)

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        self.read(None)

    def read(self, sheet: str | None) -> Task:
        """Read the file's sheet in the background, then show what was found."""
        self.w.preview = None
        self.error.hide()
        self.status.setText(QCoreApplication.translate("ImportWizard", "Wird gelesen …"))
        self.busy.show()
        self.browse.setEnabled(False)
        entity, path = self.w.entity, self.path.text()
        task = Task(lambda _progress, _cancelled: self.w.service.read(entity, path, sheet), self)
        task.finished.connect(self._read)
        task.failed.connect(self._failed)
        self.completeChanged.emit()
        return self.w.start(task)

    def _read(self, preview: SheetPreview) -> None:
        self.busy.hide()
        self.browse.setEnabled(True)
        self.w.preview = preview
        self.w.mapping = dict(preview.mapping)
        self.sheet.clear()
        for info in preview.sheets:
            text = info.name
            if info.hidden:
                text += QCoreApplication.translate("ImportWizard", " (ausgeblendet)")
            self.sheet.addItem(text, info.name)
        self.sheet.setCurrentIndex(max(self.sheet.findData(preview.sheet), 0))
        self.sheet.setEnabled(len(preview.sheets) > 1)
        layout = preview.layout
        text = QCoreApplication.translate(
            "ImportWizard", "Kopfzeile in Zeile {row}, {count} Datenzeilen, {columns} Spalten."
        ).format(
            row=layout.header_row,
            count=format_count(len(layout.rows)),
            columns=len(layout.headers),
        )
        if layout.skipped:
            text += " " + QCoreApplication.translate(
                "ImportWizard",
                "Übersprungen: {count} (leere Zeilen, Summenzeilen, wiederholte Kopfzeilen).",
            ).format(count=format_count(len(layout.skipped)))
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.browse.setEnabled(True)
        self.status.clear()
        self.error.setText(_message(error))
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.preview is not None


def _message(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return error.message
    return QCoreApplication.translate(
        "ImportWizard",
        "Die Datei ließ sich nicht lesen ({kind}). Einzelheiten stehen in der Protokolldatei.",
    ).format(kind=type(error).__name__)


# -- 2: column mapping ----------------------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Spalten zuordnen"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "Vorgeschlagen nach den Spaltenüberschriften. Bitte prüfen und wo nötig "
                "ändern; Spalten ohne passendes Feld können in die Notizen.",
            )
        )
        self.saved = QComboBox()
        self.saved.activated.connect(self._apply_saved)
        self.save_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Zuordnung speichern …")
        )
        self.save_button.clicked.connect(self.save_mapping)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("ImportWizard", "Gespeicherte Zuordnung:")))
        top.addWidget(self.saved, 1)
        top.addWidget(self.save_button)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Spalte in der Datei"),
                QCoreApplication.translate("ImportWizard", "Beispiele"),
                QCoreApplication.translate("ImportWizard", "Übernehmen als"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.problems = _error_label()
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.problems)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        self.saved.clear()
        self.saved.addItem(QCoreApplication.translate("ImportWizard", "– vorgeschlagen –"), None)
        for name in self.w.service.saved_mappings(self.w.entity):
            self.saved.addItem(name, name)
        targets = mapping_.targets(self.w.entity)
        headers = preview.layout.headers
        self.table.setRowCount(len(headers))
        self.combos = []
        for row, header in enumerate(headers):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            samples = " · ".join(text_of(v) for v in preview.samples(row))
            item = QTableWidgetItem(samples)
            item.setToolTip(samples)
            self.table.setItem(row, 1, item)
            combo = QComboBox()
            combo.addItem(
                QCoreApplication.translate("ImportWizard", "– nicht übernehmen –"), SKIP_COLUMN
            )
            for key, target in targets.items():
                combo.addItem(target.label, key)
            combo.setAccessibleName(
                QCoreApplication.translate(
                    "ImportWizard", "Übernehmen als für Spalte {name}"
                ).format(name=header)
            )
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.show_mapping(self.w.mapping)

    def show_mapping(self, mapping: dict[int, str]) -> None:
        for column, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column, SKIP_COLUMN)), 0))
            combo.blockSignals(False)
        self._changed()

    def set_target(self, column: int, key: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def current(self) -> dict[int, str]:
        return {
            c: combo.currentData() for c, combo in enumerate(self.combos) if combo.currentData()
        }

    def _changed(self) -> None:
        self.w.mapping = self.current()
        self.w.plan = None
        problems = mapping_.check(self.w.entity, self.w.mapping)
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        self.completeChanged.emit()

    def _apply_saved(self) -> None:
        name = self.saved.currentData()
        preview = self.w.preview
        assert preview is not None
        if name is None:
            self.show_mapping(dict(preview.mapping))
            return
        try:
            self.show_mapping(
                self.w.service.apply_mapping(self.w.entity, name, preview.layout.headers)
            )
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("ImportWizard", "Zuordnung"), exc.message
            )

    def save_mapping(self) -> bool:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ImportWizard", "Zuordnung speichern"),
            QCoreApplication.translate(
                "ImportWizard", "Name (z. B. die Stelle, von der solche Listen kommen):"
            ),
        )
        if not ok:
            return False
        return self.store(name)

    def store(self, name: str) -> bool:
        preview = self.w.preview
        assert preview is not None
        try:
            self.w.service.save_mapping(self.w.entity, name, preview.layout.headers, self.current())
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("ImportWizard", "Zuordnung"), exc.message
            )
            return False
        self.saved.addItem(" ".join(name.split()), " ".join(name.split()))
        return True

    def isComplete(self) -> bool:
        return bool(self.combos) and not mapping_.check(self.w.entity, self.w.mapping)


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
                QCoreApplication.translate("ImportWizard", "Grund"),
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
        self.error = _error_label()
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.only)
        column.addWidget(self.progress)
        column.addWidget(self.view, 1)
        column.addWidget(self.error)
        self.model: PlanModel | None = None

    def initializePage(self) -> None:
        self.error.hide()
        if self.w.plan is not None and self.model is not None:
            return
        preview = self.w.preview
        assert preview is not None
        entity, mapping = self.w.entity, dict(self.w.mapping)
        self.summary.setText(QCoreApplication.translate("ImportWizard", "Zeilen werden geprüft …"))
        self.progress.setRange(0, max(len(preview.layout.rows), 1))
        self.progress.setValue(0)
        self.progress.show()
        self.view.setModel(None)
        self.model = None

        def work(progress: Any, _cancelled: Any) -> ImportPlan:
            return self.w.service.plan(entity, preview, mapping, progress=progress)

        task = Task(work, self)
        task.progress.connect(lambda done, _total: self.progress.setValue(done))
        task.finished.connect(self._planned)
        task.failed.connect(self._failed)
        self.w.start(task)

    def _planned(self, plan: ImportPlan) -> None:
        self.w.plan = plan
        self.progress.hide()
        self.model = PlanModel(plan, self)
        self.model.only_problems(self.only.isChecked())
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 60)
        self.view.setColumnWidth(1, 110)
        self.view.setColumnWidth(2, 240)  # the reason in full as a tooltip
        self.summary.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "{rows}: {ok} in Ordnung, {warning} mit Hinweis, {duplicate}, {error}.",
            ).format(
                rows=plural(
                    len(plan.rows),
                    QCoreApplication.translate("ImportWizard", "1 Zeile"),
                    QCoreApplication.translate("ImportWizard", "{count} Zeilen"),
                ),
                ok=format_count(plan.count(OK)),
                warning=format_count(plan.count(WARNING)),
                duplicate=plural(
                    plan.count(DUPLICATE),
                    QCoreApplication.translate("ImportWizard", "1 Dublette"),
                    QCoreApplication.translate("ImportWizard", "{count} Dubletten"),
                ),
                error=plural(
                    plan.count(ERROR),
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

    def _filter(self, on: bool) -> None:
        if self.model is not None:
            self.model.only_problems(on)

    def cleanupPage(self) -> None:
        self.model = None

    def isComplete(self) -> bool:
        return self.w.plan is not None and bool(self.w.plan.importable)


# -- 4: duplicates -----------------------------------------------------------------------------


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Dubletten"))
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            QCoreApplication.translate("ImportWizard", "Importieren"),
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.choice = QButtonGroup(self)
        column = QVBoxLayout(self)
        column.addWidget(self.info)
        for key, text in DUPLICATE_CHOICES:
            button = QRadioButton(QCoreApplication.translate("ImportWizard", text))
            button.setProperty("choice", key)
            self.choice.addButton(button)
            column.addWidget(button)
            if key == SKIP:
                button.setChecked(True)
        column.addStretch(1)

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        count = plan.count(DUPLICATE)
        self.info.setText(
            plural(
                count,
                QCoreApplication.translate(
                    "ImportWizard",
                    "1 Zeile gleicht einem vorhandenen Eintrag oder einer Zeile weiter oben "
                    "(gleiche E-Mail-Adresse, gleicher Name mit Geburtsdatum oder "
                    "Telefonnummer). Was soll mit ihr geschehen?",
                ),
                QCoreApplication.translate(
                    "ImportWizard",
                    "{count} Zeilen gleichen einem vorhandenen Eintrag oder einer Zeile weiter "
                    "oben (gleiche E-Mail-Adresse, gleicher Name mit Geburtsdatum oder "
                    "Telefonnummer). Was soll mit ihnen geschehen?",
                ),
            )
            if count
            else QCoreApplication.translate(
                "ImportWizard", "Keine Dubletten gefunden – alle geprüften Zeilen sind neu."
            )
        )
        for button in self.choice.buttons():
            button.setEnabled(bool(count))

    def on_duplicate(self) -> str:
        button = self.choice.checkedButton()
        return str(button.property("choice")) if button is not None else SKIP

    def choose(self, key: str) -> None:
        for button in self.choice.buttons():
            button.setChecked(button.property("choice") == key)


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
        self.undo_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Import rückgängig machen")
        )
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addLayout(buttons)
        column.addStretch(1)
        self.done = False
        self.report_path: Path | None = None

    def initializePage(self) -> None:
        plan, preview = self.w.plan, self.w.preview
        assert plan is not None and preview is not None
        on_duplicate = self.w.options_page.on_duplicate()
        self.done = False
        self.report_button.hide()
        self.undo_button.hide()
        self.progress.setRange(0, max(len(plan.rows), 1))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.summary.setText(QCoreApplication.translate("ImportWizard", "Wird importiert …"))

        def work(progress: Any, cancelled: Any) -> ImportResult:
            return self.w.service.run(
                plan, preview, on_duplicate=on_duplicate, progress=progress, cancel=cancelled
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
        lines = [
            QCoreApplication.translate(
                "ImportWizard", "<b>Import Nr. {batch} abgeschlossen.</b>"
            ).format(batch=result.batch_id),
            QCoreApplication.translate("ImportWizard", "Neu angelegt: {count}").format(
                count=format_count(result.created)
            ),
        ]
        if result.updated:
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard", "Vorhandene Einträge ergänzt: {count}"
                ).format(count=format_count(result.updated))
            )
        if result.skipped_duplicates:
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard", "Dubletten übersprungen: {count}"
                ).format(count=format_count(result.skipped_duplicates))
            )
        if result.warnings:
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Mit Hinweisen übernommen: {count} (nicht Erkanntes steht in den Notizen)",
                ).format(count=format_count(result.warnings))
            )
        if result.errors:
            lines.append(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Wegen Fehlern nicht importiert: {count} – siehe Fehlerbericht",
                ).format(count=format_count(result.errors))
            )
        self.summary.setText("<br>".join(lines))
        self.report_button.setVisible(bool(result.errors))
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

    def write_report(self) -> Path | None:
        plan = self.w.plan
        if plan is None:
            return None
        folder = Path(tempfile.gettempdir())
        batch = self.w.result.batch_id if self.w.result else 0
        target = folder / f"Importfehler_{os.getpid()}_{batch}.xlsx"
        try:
            self.report_path = write_error_report(plan, target)
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("ImportWizard", "Fehlerbericht"), exc.message
            )
            return None
        return self.report_path

    def open_report(self) -> None:
        path = self.write_report()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def undo(self) -> bool:
        result = self.w.result
        if result is None or result.batch_id is None:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ImportWizard", "Import rückgängig machen"),
            QCoreApplication.translate(
                "ImportWizard",
                "Alle {count} mit diesem Import angelegten Einträge wieder entfernen?",
            ).format(count=format_count(result.created)),
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
            QCoreApplication.translate(
                "ImportWizard", "Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt."
            ).format(batch=result.batch_id, count=format_count(removed))
        )
        self.w.imported.emit(self.w.entity)
        return True

    def isComplete(self) -> bool:
        return self.done
