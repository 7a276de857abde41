"""Editors beyond one plain value: the weekly availability grid, languages with their
level, and a checkable list of activity fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from servicestelle.availability import bit
from servicestelle.enums import LanguageLevel
from servicestelle.validation import Field

from .editors import FieldEditor


class AvailabilityGrid(QWidget):
    """Seven weekdays × Vormittag/Nachmittag/Abend as check boxes; value: a bit mask."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        days = [
            self.tr("Mo"),
            self.tr("Di"),
            self.tr("Mi"),
            self.tr("Do"),
            self.tr("Fr"),
            self.tr("Sa"),
            self.tr("So"),
        ]
        long_days = [
            self.tr("Montag"),
            self.tr("Dienstag"),
            self.tr("Mittwoch"),
            self.tr("Donnerstag"),
            self.tr("Freitag"),
            self.tr("Samstag"),
            self.tr("Sonntag"),
        ]
        slots = [self.tr("Vormittag"), self.tr("Nachmittag"), self.tr("Abend")]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.boxes: dict[tuple[int, int], QCheckBox] = {}
        for day, name in enumerate(days):
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, day + 1)
        for slot, slot_name in enumerate(slots):
            grid.addWidget(QLabel(slot_name), slot + 1, 0)
            for day in range(7):
                box = QCheckBox()
                box.setToolTip(f"{long_days[day]} {slot_name}")
                box.setAccessibleName(f"{long_days[day]} {slot_name}")
                box.toggled.connect(self.changed)
                grid.addWidget(box, slot + 1, day + 1, Qt.AlignmentFlag.AlignCenter)
                self.boxes[(day, slot)] = box
        grid.setColumnStretch(8, 1)

    def value(self) -> int:
        return sum(bit(d, s) for (d, s), box in self.boxes.items() if box.isChecked())

    def set_value(self, mask: int | None) -> None:
        mask = mask or 0
        for (day, slot), box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(mask & bit(day, slot)))
            box.blockSignals(False)
        self.changed.emit()

    def set_checked(self, day: int, slot: int, on: bool = True) -> None:
        self.boxes[(day, slot)].setChecked(on)


class AvailabilityEditor(FieldEditor):
    """An integer bit-mask field (availability, needed times) shown as the grid."""

    def __init__(self, name: str, spec: Field) -> None:
        self.grid = AvailabilityGrid()
        super().__init__(name, spec, self.grid)
        self.grid.changed.connect(self._changed)

    @property
    def focus_widget(self) -> QWidget:
        return self.grid

    def raw(self) -> int:
        return self.grid.value()

    def set_raw(self, value: Any) -> None:
        self.grid.set_value(value)


class LanguageTable(QWidget):
    """Languages with their level: a small table of two combo boxes per row."""

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        level_title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = list(choices)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Sprachen und Niveau"))
        self.table.setHorizontalHeaderLabels([self.tr("Sprache"), level_title or self.tr("Niveau")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._fit()
        self.add_button = QPushButton(self.tr("Sprache hinzufügen"))
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(lambda: self.add_row(None, LanguageLevel.GOOD, focus=True))
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(buttons)

    def _fit(self) -> None:
        """As high as its rows, four to six: four languages are seen without scrolling."""
        count = self.table.rowCount()
        rows = min(max(count, 4), 6)
        default = self.table.verticalHeader().defaultSectionSize()
        heights = [self.table.rowHeight(r) for r in range(min(count, rows))]
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + sum(heights)
            + (rows - len(heights)) * max([default, *heights])
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def add_row(self, language_id: int | None, level: Any, *, focus: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        language = QComboBox()
        language.setEditable(True)
        language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        language.addItem("", None)
        for value, name in self.choices:
            language.addItem(name, value)
        if language_id is not None and language.findData(language_id) < 0:
            language.addItem(self.tr("Nr. {id}").format(id=language_id), language_id)
        language.setCurrentIndex(max(language.findData(language_id), 0) if language_id else 0)
        completer = language.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        levels = QComboBox()
        for member in LanguageLevel:
            levels.addItem(member.label, member.value)
        value = level.value if isinstance(level, LanguageLevel) else level
        levels.setCurrentIndex(max(levels.findData(value), 0))
        language.currentIndexChanged.connect(self.changed)
        levels.currentIndexChanged.connect(self.changed)
        language.setAccessibleName(self.tr("Sprache in Zeile {row}").format(row=row + 1))
        levels.setAccessibleName(self.tr("Niveau in Zeile {row}").format(row=row + 1))
        self.table.setCellWidget(row, 0, language)
        self.table.setCellWidget(row, 1, levels)
        self._fit()
        if focus:
            self.table.setCurrentCell(row, 0)
            language.setFocus()
            self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._fit()
            self.changed.emit()

    def set_entries(self, entries: Sequence[tuple[int, Any]]) -> None:
        self.table.setRowCount(0)
        for language_id, level in entries:
            self.add_row(language_id, level)
        self._fit()

    def entries(self) -> list[tuple[int, str]]:
        """(language id, level value) per row with a language chosen, in table order."""
        result: dict[int, str] = {}
        for row in range(self.table.rowCount()):
            language: QComboBox = self.table.cellWidget(row, 0)  # type: ignore[assignment]
            level: QComboBox = self.table.cellWidget(row, 1)  # type: ignore[assignment]
            if language.currentData() is not None:
                result[language.currentData()] = level.currentData()
        return list(result.items())

    def language_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 0)  # type: ignore[return-value]

    def level_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 1)  # type: ignore[return-value]


class LanguagesEditor(FieldEditor):
    """The languages of a newcomer or a help request, each with a level (for a request:
    the level at least needed), as a ``LanguageTable`` in a generic form. Stored links
    are read through their level attribute (``level`` or ``min_level``)."""

    def __init__(
        self,
        name: str,
        spec: Field,
        choices: Sequence[tuple[int, str]],
        *,
        level_attr: str = "level",
        level_title: str | None = None,
    ) -> None:
        self.languages = LanguageTable(choices, level_title=level_title)
        super().__init__(name, spec, self.languages)
        self.level_attr = level_attr
        self.languages.changed.connect(self._changed)

    @property
    def focus_widget(self) -> QWidget:
        return self.languages.table

    def raw(self) -> list[tuple[int, str]]:
        return sorted(self.languages.entries())

    def set_raw(self, value: Any) -> None:
        self.languages.set_entries(list(value or []))

    def set_value(self, value: Any) -> None:
        links = value or []
        self.set_raw([(link.language_id, getattr(link, self.level_attr)) for link in links])


class CheckList(QWidget):
    """(id, name) entries with a check box each, in ``columns`` columns."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[tuple[int, str]], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.boxes: dict[int, QCheckBox] = {}
        self._filling = False
        self._choices = list(choices)
        for value, name in self._choices:
            self._add(value, name)
        # Extra height goes below the list, not between its rows.
        self.grid.setRowStretch(len(self._choices) + 1, 1)

    def _add(self, value: int, name: str) -> QCheckBox:
        box = QCheckBox(name)
        box.toggled.connect(self._toggled)
        self.boxes[value] = box
        # Fill column by column, so that the list reads top to bottom.
        rows = max(-(-len(self._choices) // self.columns), 1)
        index = len(self.boxes) - 1
        if index < len(self._choices):
            self.grid.addWidget(box, index % rows, index // rows)
        else:  # an entry no longer offered: below the others
            self.grid.addWidget(box, rows + index - len(self._choices), 0, 1, self.columns)
        return box

    def _toggled(self, _on: bool) -> None:
        if not self._filling:
            self.changed.emit()

    def checked(self) -> list[int]:
        return sorted(v for v, box in self.boxes.items() if box.isChecked())

    def set_checked(self, ids: Sequence[int], names: Callable[[int], str] | None = None) -> None:
        wanted = set(ids)
        self._filling = True
        try:
            for value in sorted(wanted - set(self.boxes)):
                self._add(value, names(value) if names else self.tr("Nr. {id}").format(id=value))
            for value, box in self.boxes.items():
                box.setChecked(value in wanted)
        finally:
            self._filling = False
        self.changed.emit()

    def check(self, value: int, on: bool = True) -> None:
        self.boxes[value].setChecked(on)
