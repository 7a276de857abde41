"""The import wizard's step before the import (``ui.import_wizard``): each duplicate
pair side by side, a decision per pair (skip, fill empty fields, update changed fields,
create anyway) with buttons for all, the status new people get (suggested from the
file: a list of people who left, an online sign-up) and the choice for people without
consent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from servicestelle.enums import VolunteerStatus
from servicestelle.importing.commit import CREATE, FILL, SKIP, UPDATE
from servicestelle.importing.compare import Comparison, compare
from servicestelle.importing.plan import DUPLICATE, RowResult

from .formatting import plural

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


DUPLICATE_CHOICES = (
    (SKIP, QT_TRANSLATE_NOOP("ImportWizard", "Überspringen")),
    (FILL, QT_TRANSLATE_NOOP("ImportWizard", "Leere Felder ergänzen")),
    (UPDATE, QT_TRANSLATE_NOOP("ImportWizard", "Geänderte Felder aktualisieren")),
    (CREATE, QT_TRANSLATE_NOOP("ImportWizard", "Trotzdem neu anlegen")),
)
FOR_ALL = (
    (SKIP, QT_TRANSLATE_NOOP("ImportWizard", "Alle überspringen")),
    (FILL, QT_TRANSLATE_NOOP("ImportWizard", "Alle ergänzen")),
    (UPDATE, QT_TRANSLATE_NOOP("ImportWizard", "Alle aktualisieren")),
    (CREATE, QT_TRANSLATE_NOOP("ImportWizard", "Alle neu anlegen")),
)
DIFFERS = "#fff4ce"


class OptionsPage(QWizardPage):
    """Duplicates and options: nothing is written before »Importieren«."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Dubletten und Optionen"))
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            QCoreApplication.translate("ImportWizard", "Importieren"),
        )
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.pairs = QTableWidget(0, 3)
        self.pairs.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Zeile"),
                QCoreApplication.translate("ImportWizard", "Warum eine Dublette"),
                QCoreApplication.translate("ImportWizard", "Was geschieht"),
            ]
        )
        self.pairs.verticalHeader().setVisible(False)
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.pairs.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.pairs.currentCellChanged.connect(lambda row, *_a: self._show_pair(row))
        self.side = QTableWidget(0, 3)
        self.side.verticalHeader().setVisible(False)
        self.side.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.side.setWordWrap(True)
        side_header = self.side.horizontalHeader()
        side_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        side_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        side_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.side_note = QLabel(
            QCoreApplication.translate(
                "ImportWizard", "Gelb: in der Liste anders als im Vergleich."
            )
        )
        self.for_all = QHBoxLayout()
        self.for_all_label = QLabel(QCoreApplication.translate("ImportWizard", "Für alle:"))
        self.for_all.addWidget(self.for_all_label)
        self.all_buttons: list[QPushButton] = []
        for key, text in FOR_ALL:
            button = QPushButton(QCoreApplication.translate("ImportWizard", text))
            button.clicked.connect(lambda _c=False, k=key: self.choose(k))
            self.for_all.addWidget(button)
            self.all_buttons.append(button)
        self.for_all.addStretch(1)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addWidget(self.side, 1)
        lower_column.addWidget(self.side_note)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.pairs)
        self.split.addWidget(lower)
        self.split.setChildrenCollapsible(False)
        # The pairs to decide on get the larger share; the comparison of one pair has
        # a dozen fields at most.
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.status = QComboBox()
        for status in VolunteerStatus:
            self.status.addItem(status.label, status)
        self.status_label = QLabel(
            QCoreApplication.translate("ImportWizard", "Status neuer Personen:")
        )
        self.status_label.setBuddy(self.status)
        self.status.setAccessibleName(
            QCoreApplication.translate("ImportWizard", "Status neuer Personen")
        )
        self.status.setToolTip(
            QCoreApplication.translate(
                "ImportWizard",
                "Gilt für Zeilen ohne eigenen Status und ohne Austrittsdatum. Vorgeschlagen "
                "nach der Liste: »ausgeschieden« für eine Liste Ausgeschiedener, "
                "»interessiert« für Online-Anmeldungen, sonst »aktiv«.",
            )
        )
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        self.consent = QCheckBox()
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.info)
        column.addLayout(self.for_all)
        column.addWidget(self.split, 1)
        self.filler = QWidget()  # takes the room of the pairs when there are none
        column.addWidget(self.filler, 1)
        column.addLayout(status_row)
        column.addWidget(self.consent_note)
        column.addWidget(self.consent)
        self.rows: list[RowResult] = []
        self.combos: list[QComboBox] = []
        self.comparisons: list[Comparison] = []
        self.held = 0
        self.status.currentIndexChanged.connect(lambda _index: self._status_changed())

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        self.rows = [r for r in plan.rows if r.status == DUPLICATE]
        count = len(self.rows)
        self.info.setText(
            plural(
                count,
                QCoreApplication.translate(
                    "ImportWizard",
                    "1 Zeile gleicht einem vorhandenen Eintrag oder einer Zeile weiter oben "
                    "(ähnlicher Name und gleiche E-Mail-Adresse, Telefonnummer oder "
                    "gleiches Geburtsdatum). Bitte für jedes Paar wählen, was geschieht.",
                ),
                QCoreApplication.translate(
                    "ImportWizard",
                    "{count} Zeilen gleichen einem vorhandenen Eintrag oder einer Zeile weiter "
                    "oben (ähnlicher Name und gleiche E-Mail-Adresse, Telefonnummer oder "
                    "gleiches Geburtsdatum). Bitte für jedes Paar wählen, was geschieht.",
                ),
            )
            if count
            else QCoreApplication.translate(
                "ImportWizard", "Keine Dubletten gefunden – alle geprüften Zeilen sind neu."
            )
        )
        self.comparisons = compare(self.w.db, plan, self.rows) if self.rows else []
        self.pairs.setRowCount(count)
        self.combos = []
        for index, row in enumerate(self.rows):
            self.pairs.setItem(index, 0, QTableWidgetItem(str(row.row)))
            reason = row.duplicate.reason if row.duplicate else ""
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)
            self.pairs.setItem(index, 1, item)
            combo = QComboBox()
            for key, text in DUPLICATE_CHOICES:
                combo.addItem(QCoreApplication.translate("ImportWizard", text), key)
            combo.setAccessibleName(
                QCoreApplication.translate("ImportWizard", "Was geschieht mit Zeile {row}").format(
                    row=row.row
                )
            )
            self.pairs.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        for widget in (self.split, self.side_note, self.for_all_label, *self.all_buttons):
            widget.setVisible(bool(count))
        self.filler.setVisible(not count)
        if count:
            self.pairs.selectRow(0)
            self._show_pair(0)
            self._share_room()
        held = plan.counts().without_consent
        self.consent.setText(
            plural(
                held,
                QCoreApplication.translate(
                    "ImportWizard", "Die 1 Person ohne Einwilligung trotzdem als »aktiv« anlegen"
                ),
                QCoreApplication.translate(
                    "ImportWizard",
                    "Die {count} Personen ohne Einwilligung trotzdem als »aktiv« anlegen",
                ),
            )
        )
        self.consent_note.setText(
            QCoreApplication.translate(
                "ImportWizard",
                "Wer laut Liste nicht eingewilligt hat (»nein«, leer oder unleserlich – oder "
                "die Liste hat keine Spalte dazu), wird ohne Einwilligung angelegt und als "
                "»interessiert« geführt, bis die Einwilligung vorliegt.",
            )
        )
        self.held = held
        self.consent.setChecked(False)
        people = plan.entity == "volunteer"
        suggested = (
            self.w.service.suggested_status(self.w.preview)
            if people and self.w.preview is not None
            else VolunteerStatus.ACTIVE
        )
        self.status.setCurrentIndex(max(self.status.findData(suggested), 0))
        self.status_label.setVisible(people)
        self.status.setVisible(people)
        self._status_changed()

    def _share_room(self) -> None:
        """The splitter in proportion to what each part needs: the pairs at least
        three fifths when there are many, the comparison its fields."""
        pairs = self.pairs.horizontalHeader().sizeHint().height() + (
            self.pairs.verticalHeader().length() + 2 * self.pairs.frameWidth()
        )
        side = (
            self.side.horizontalHeader().sizeHint().height()
            + self.side.verticalHeader().length()
            + 2 * self.side.frameWidth()
            + self.side_note.sizeHint().height()
        )
        if len(self.rows) > 3:  # a long list: 3/5 to 3/4 of the room
            pairs = min(max(pairs, side * 3 // 2), side * 3)
        self.split.setSizes([pairs, side])  # scaled to the room there is

    def _status_changed(self) -> None:
        """The choice for people without consent matters only when new people are
        »aktiv«."""
        shown = bool(self.held) and self.new_status() == VolunteerStatus.ACTIVE
        self.consent.setVisible(shown)
        self.consent_note.setVisible(shown)

    def _show_pair(self, index: int) -> None:
        if not 0 <= index < len(self.comparisons):
            self.side.setRowCount(0)
            return
        shown = self.comparisons[index]
        self.side.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Feld"),
                QCoreApplication.translate("ImportWizard", "In der Liste (Zeile {row})").format(
                    row=shown.row
                ),
                shown.other_title,
            ]
        )
        self.side.setRowCount(len(shown.fields))
        bold = QFont()
        bold.setBold(True)
        for line, pair in enumerate(shown.fields):
            cells = [QTableWidgetItem(pair.label), QTableWidgetItem(pair.in_file)]
            cells.append(QTableWidgetItem(pair.other))
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                if pair.differs and column > 0:
                    cell.setBackground(QBrush(QColor(DIFFERS)))
                    if column == 1:
                        cell.setFont(bold)
                self.side.setItem(line, column, cell)
        self.side.resizeRowsToContents()

    def on_duplicate(self) -> str:
        """The choice most pairs have (the default for rows not listed)."""
        chosen = [c.currentData() for c in self.combos]
        return max(set(chosen), key=chosen.count) if chosen else SKIP

    def decisions(self) -> dict[int, str]:
        """Sheet row → what happens to that duplicate."""
        return {
            row.row: combo.currentData() for row, combo in zip(self.rows, self.combos, strict=True)
        }

    def decide(self, row: int, key: str) -> None:
        for result, combo in zip(self.rows, self.combos, strict=True):
            if result.row == row:
                combo.setCurrentIndex(max(combo.findData(key), 0))

    def choose(self, key: str) -> None:
        """The same decision for every pair (»Für alle«)."""
        for combo in self.combos:
            combo.setCurrentIndex(max(combo.findData(key), 0))

    def active_without_consent(self) -> bool:
        """Ticked and shown: a choice hidden with another status does not count."""
        return bool(self.held) and self.consent.isChecked() and not self.consent.isHidden()

    def new_status(self) -> VolunteerStatus | None:
        """The status new volunteers get where the list gives none (None: not volunteers)."""
        if self.w.plan is None or self.w.plan.entity != "volunteer":
            return None
        status = self.status.currentData()
        return VolunteerStatus(status) if status is not None else None
