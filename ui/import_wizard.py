"""The import wizard: file → sheet → column mapping → preview → duplicates → import.

Reading, checking and writing run in the background (``ui.background``); the core's
``ImportService`` does the work. Nothing is written before »Importieren«; a cancel
during the import leaves the database as it was. The file and mapping pages are here,
the preview in ``ui.import_steps``, the duplicates (a decision per pair) and options in
``ui.import_decisions``, the import itself in ``ui.import_run``; the history with undo
is ``ui.import_history``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
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
from servicestelle.importing.commit import ImportResult
from servicestelle.importing.plan import ImportPlan
from servicestelle.importing.service import ImportService, SheetPreview
from servicestelle.importing.values import text_of

from . import file_dialogs
from .background import Task
from .formatting import format_count
from .import_decisions import OptionsPage
from .import_run import RunPage
from .import_steps import PreviewPage, error_label, error_text

ENTITIES = (
    ("volunteer", QT_TRANSLATE_NOOP("ImportWizard", "Ehrenamtliche")),
    ("newcomer", QT_TRANSLATE_NOOP("ImportWizard", "Neuzugewanderte")),
    ("organisation", QT_TRANSLATE_NOOP("ImportWizard", "Organisationen")),
)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard", "Tabellen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle Dateien (*)"
)
SKIP_COLUMN = ""


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
        self.swap_dates = True  # date cells swapped by a US-English program: swap back
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Liste importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setButtonText(
            QWizard.WizardButton.HelpButton, QCoreApplication.translate("ImportWizard", "Hilfe")
        )
        self.helpRequested.connect(self.show_help)
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

    def show_help(self) -> None:
        """The guide at the section of the step shown (as F1)."""
        from .window_commands import open_help_for

        open_help_for(self.currentPage() or self)

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
        self.error = error_label()
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
        name = file_dialogs.open_file(
            self,
            file_dialogs.IMPORT,
            QCoreApplication.translate("ImportWizard", "Liste zum Importieren wählen"),
            QCoreApplication.translate("ImportWizard", FILE_FILTER),
        )
        if name:
            self.set_file(name)

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        self.sheet.clear()  # the sheets of the file chosen before are no choice now
        self.sheet.setEnabled(False)
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
        self.w.swap_dates = True
        self.sheet.clear()
        text_file = Path(preview.path).suffix.lower() in (".csv", ".txt")
        for info in preview.sheets:
            text = "–" if text_file else info.name  # a CSV file has no sheets
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
        if not layout.rows:  # nothing to import: say why »Weiter« stays grey
            self.error.setText(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Die Liste enthält unter der Kopfzeile keine Zeilen – es gibt nichts zu "
                    "importieren. Bitte die Datei oder das Tabellenblatt prüfen.",
                )
            )
            self.error.show()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.browse.setEnabled(True)
        self.status.clear()
        self.error.setText(error_text(error))
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.preview is not None and bool(self.w.preview.layout.rows)


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
        self.problems = error_label()
        # A list that went through a spreadsheet program set to US English: said, with
        # the choice to swap day and month of its date cells back (on by default).
        self.swap_note = QLabel()
        self.swap_note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the file
        self.swap_note.setWordWrap(True)
        self.swap = QCheckBox(
            QCoreApplication.translate("ImportWizard", "Tag und Monat der Datumszellen tauschen")
        )
        self.swap.setChecked(True)
        self.swap.toggled.connect(self._swap_toggled)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.swap_note)
        column.addWidget(self.swap)
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
        self._show_swaps()
        self.completeChanged.emit()

    def _show_swaps(self) -> None:
        preview = self.w.preview
        found = self.w.service.date_swaps(preview, self.w.mapping) if preview else {}
        if found and preview is not None:
            headers = preview.layout.headers
            names = ", ".join(f"»{headers[c]}«" for c in sorted(found) if c < len(headers))
            example = next(iter(found.values())).example
            cells = sum(swap.cells for swap in found.values())
            text = (
                QCoreApplication.translate(
                    "ImportWizard",
                    "Datumsspalten {names}: Die Liste ging offenbar durch ein englisch "
                    "eingestelltes Tabellenprogramm. Texte wie »{example}« lesen sich nur "
                    "mit dem Tag zuerst, die {cells} Datumszellen haben alle einen Tag bis 12 "
                    "– bei ihnen sind Tag und Monat vermutlich vertauscht.",
                )
                if len(found) > 1
                else QCoreApplication.translate(
                    "ImportWizard",
                    "Datumsspalte {names}: Die Liste ging offenbar durch ein englisch "
                    "eingestelltes Tabellenprogramm. Texte wie »{example}« lesen sich nur "
                    "mit dem Tag zuerst, die {cells} Datumszellen haben alle einen Tag bis 12 "
                    "– bei ihnen sind Tag und Monat vermutlich vertauscht.",
                )
            )  # (two or more date cells in each column: see ``values.date_swap``)
            self.swap_note.setText(
                text.format(names=names, example=example, cells=format_count(cells))
            )
        self.swap_note.setVisible(bool(found))
        self.swap.setVisible(bool(found))
        self.swap.blockSignals(True)
        self.swap.setChecked(self.w.swap_dates)
        self.swap.blockSignals(False)

    def _swap_toggled(self, checked: bool) -> None:
        self.w.swap_dates = checked
        self.w.plan = None

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
