"""The filter bar of list pages, built from a service's ``filters``.

The first row holds the free-text field, the most used choice boxes (status, district,
kind), a toggle for the further filters and a reset button. The second row, shown on
request, holds the other choice boxes, date ranges and "Archivierte anzeigen". Filters
over long lists of records (people) offer no choices and are left out.

The bar only collects values; the page turns them into a ``ListQuery``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .filter_box import FilterBox
from .flow_layout import FlowLayout

# Choice boxes in the first row, the most used first; the rest go to the second row.
# Without a status, the kind comes first (organisations: MSO, Träger, …).
FIRST_ROW_KEYS = ("status", "district", "kind", "activity_field")
FIRST_ROW_KEYS_WITHOUT_STATUS = ("kind", "district", "activity_field")
FIRST_ROW_BOXES = 2  # next to the search field
FIRST_ROW_BOXES_WITHOUT_SEARCH = 3
_BOX_CHARS = 14  # width of a choice box in characters; its list opens wider
# In a narrow window the first row drops the boxes' labels (they keep them as tool tips)
# and shortens the reset button to its icon before anything is cut off.
_SEARCH_MIN, _SEARCH_WANTED, _BOX_MIN = 100, 220, 72


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty (shown as "–"), with a calendar popup.

    Empty is the field's minimum date, shown by the special value text; a date
    filter never needs a day that early.
    """

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText("–")
        self.setDate(self.EMPTY)
        self.setCorrectionMode(QDateEdit.CorrectionMode.CorrectToNearestValue)

    def value(self) -> dt.date | None:
        date = self.date()
        if date == self.EMPTY or not date.isValid():
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(self.EMPTY if value is None else QDate(value.year, value.month, value.day))

    def is_empty(self) -> bool:
        return self.value() is None

    # An empty field opens its calendar on today's month, not on the year 1900.
    def _show_today_if_empty(self) -> None:
        if self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._show_today_if_empty()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        whole = self.lineEdit().selectedText() == self.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.set_value(None)  # Entf/Rücktaste on the whole field empties it
            return
        super().keyPressEvent(event)
        self._show_today_if_empty()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()


class FilterBar(QWidget):
    """Text field, choice boxes, date ranges and "Archivierte anzeigen" of one list."""

    text_edited = Signal()  # the free text changed (the page waits for a pause)
    text_entered = Signal()  # Enter in the free-text field
    filters_changed = Signal()  # a box or the archive switch changed
    dates_edited = Signal()  # a date changed (typed digit by digit: the page waits)
    reset_requested = Signal()

    def __init__(
        self,
        service: Any,
        *,
        search_hint: str,
        searchable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.searchable = searchable
        self.boxes: dict[str, QComboBox] = {}
        self.dates: dict[str, OptionalDateEdit] = {}
        self._clear_buttons: dict[str, QToolButton] = {}
        self._labels: dict[str, QLabel] = {}
        self._compact: tuple[bool, bool] | None = None  # (labels hidden, short reset)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Liste filtern"))
        self.search.setMinimumWidth(_SEARCH_MIN)
        self.search.setVisible(searchable)
        self.search.textChanged.connect(self.text_edited)
        self.search.textChanged.connect(self._update_buttons)
        self.search.returnPressed.connect(self.text_entered)

        filters: Mapping[str, Any] = getattr(service, "filters", {}) or {}
        choice_keys = [
            key
            for key, spec in filters.items()
            if spec.kind in ("choice", "ref") and self._choices(key)
        ]
        first_count = FIRST_ROW_BOXES if searchable else FIRST_ROW_BOXES_WITHOUT_SEARCH
        order = FIRST_ROW_KEYS if "status" in choice_keys else FIRST_ROW_KEYS_WITHOUT_STATUS
        preferred = [k for k in order if k in choice_keys]
        first_keys = (preferred + [k for k in choice_keys if k not in preferred])[:first_count]
        second_keys = [k for k in choice_keys if k not in first_keys]
        date_pairs = self._date_pairs(filters)

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.setSpacing(6)
        first.addWidget(self.search, 1)
        for key in first_keys:
            self._add_box(first, key, filters[key].label, lead=True)

        model = getattr(service, "model", None)
        self.archived: QCheckBox | None = None
        if model is not None and hasattr(model, "archived_at"):
            self.archived = QCheckBox(self.tr("Archivierte anzeigen"), self)
            self.archived.setToolTip(self.tr("Auch archivierte Einträge in der Liste zeigen."))
            self.archived.toggled.connect(self._changed)

        has_more = bool(second_keys or date_pairs or self.archived)
        self.more_button = QToolButton(self)
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setAutoRaise(True)
        self.more_button.setVisible(has_more)
        self.more_button.toggled.connect(self._show_more)

        self.reset_button = QPushButton(self.tr("Filter zurücksetzen"), self)
        self.reset_button.setToolTip(self.tr("Alle Filter und den Suchtext leeren"))
        self.reset_button.setAccessibleName(self.tr("Filter zurücksetzen"))
        self._reset_width = self.reset_button.sizeHint().width()
        self._reset_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogResetButton)
        self.reset_button.clicked.connect(self.reset_requested)
        if searchable:
            first.addSpacing(6)
        else:
            first.addStretch(1)  # the search field takes the room where there is one
        first.addWidget(self.more_button)
        first.addWidget(self.reset_button)

        self.second_row = QWidget(self)
        second = FlowLayout(self.second_row)
        for key in second_keys:
            label = filters[key].label
            second.addWidget(self._group(lambda row, k=key, t=label: self._add_box(row, k, t)))
        for from_key, to_key in date_pairs:
            second.addWidget(
                self._group(lambda row, f=from_key, t=to_key: self._add_dates(row, filters, f, t))
            )
        if self.archived is not None:
            second.addWidget(self.archived)
        self.second_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(first)
        layout.addWidget(self.second_row)
        self._second_keys = second_keys
        self._first_row = first
        for key in first_keys:
            self.boxes[key].setMinimumWidth(_BOX_MIN)
            self._labels[key].setMinimumWidth(1)
        self.reset_button.setMinimumWidth(self.reset_button.iconSize().width() + 16)
        self._update_buttons()

    # -- fitting a narrow window -------------------------------------------------------

    def _first_row_need(self, *, labels: bool, short_reset: bool) -> int:
        """Width the first row wants with or without labels and reset text."""
        spacing = self._first_row.spacing()
        need = (_SEARCH_WANTED if self.searchable else 0) + spacing * 2
        for key, label in self._labels.items():
            if key not in self._second_keys:
                need += self.boxes[key].sizeHint().width() + 8 + spacing
                if labels:
                    need += label.sizeHint().width() + spacing
        if self.more_button.isVisibleTo(self):
            need += self.more_button.sizeHint().width() + spacing
        need += self.reset_button.minimumWidth() if short_reset else self._reset_width
        return need

    def _fit_first_row(self, width: int) -> None:
        labels = width >= self._first_row_need(labels=True, short_reset=False)
        short_reset = width < self._first_row_need(labels=False, short_reset=False)
        if self._compact == (not labels, short_reset):
            return
        self._compact = (not labels, short_reset)
        for key, label in self._labels.items():
            if key not in self._second_keys:
                label.setVisible(labels)
                # Without its label a box says which filter it is ("Status: alle").
                box = self.boxes[key]
                if isinstance(box, FilterBox):
                    box.prefix = "" if labels else box.accessibleName()
                    box.update()
        if short_reset:
            self.reset_button.setText("")
            self.reset_button.setIcon(self._reset_icon)
        else:
            self.reset_button.setIcon(QIcon())
            self.reset_button.setText(self.tr("Filter zurücksetzen"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_first_row(event.size().width())

    # -- building ----------------------------------------------------------------------

    def _choices(self, key: str) -> list[tuple[Any, str]]:
        try:
            return list(self.service.filter_choices(key))
        except (AttributeError, KeyError):
            return []

    @staticmethod
    def _date_pairs(filters: Mapping[str, Any]) -> list[tuple[str | None, str | None]]:
        """Date filters as (from, to) pairs in their order; a lone end stays alone."""
        pairs: list[tuple[str | None, str | None]] = []
        open_from: str | None = None
        for key, spec in filters.items():
            if spec.kind == "date_from":
                if open_from is not None:
                    pairs.append((open_from, None))
                open_from = key
            elif spec.kind == "date_to":
                pairs.append((open_from, key))
                open_from = None
        if open_from is not None:
            pairs.append((open_from, None))
        return pairs

    def _group(self, fill: Callable[[QHBoxLayout], None]) -> QWidget:
        """A widget holding one filter's label and fields, kept together on one line."""
        group = QWidget(self.second_row)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        fill(row)  # the layout makes its widgets the group's children
        return group

    def _add_box(self, row: QHBoxLayout, key: str, title: str, *, lead: bool = False) -> None:
        box = FilterBox(self)
        box.setObjectName(f"filter_{key}")
        box.setAccessibleName(title)
        box.set_entries(self.tr("alle"), self._entries(key))
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(_BOX_CHARS)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box.setMaxVisibleItems(20)
        metrics = box.fontMetrics()
        widest = max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count()))
        box.view().setMinimumWidth(min(widest + 40, 420))  # the open list shows whole names
        box.chosen_changed.connect(self._changed)
        box.setToolTip(title)
        label = QLabel(title + ":", self)
        label.setBuddy(box)
        # Never wider than its text (it may shrink: a narrow window hides it anyway).
        label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        if lead:
            row.addSpacing(8)
        row.addWidget(label)
        row.addWidget(box)
        self.boxes[key] = box
        self._labels[key] = label

    def _add_dates(
        self, row: QHBoxLayout, filters: Mapping[str, Any], from_key: str | None, to_key: str | None
    ) -> None:
        from_label = filters[from_key].label if from_key else ""
        to_label = filters[to_key].label if to_key else ""
        # The pairing is decided on the German texts ("angekommen ab", "angekommen bis").
        german_from = filters[from_key].text if from_key else ""
        german_to = filters[to_key].text if to_key else ""
        stem = german_from.removesuffix(" ab").strip() if german_from.endswith(" ab") else ""
        paired = bool(from_key and to_key and stem and german_to == f"{stem} bis")
        if paired:
            # "angekommen: [von] bis [bis]" instead of repeating the word
            # the shown label without its last word: "angekommen", "arrived"
            shown = from_label.rsplit(" ", 1)[0].rstrip(",")
            row.addWidget(QLabel(shown[:1].upper() + shown[1:] + ":", self))
        for key, label_text in (
            (from_key, self.tr("von") if paired else from_label),
            (to_key, self.tr("bis") if paired else to_label),
        ):
            if key is None:
                continue
            edit = OptionalDateEdit(self)
            edit.setObjectName(f"filter_{key}")
            edit.setAccessibleName(filters[key].label)
            edit.setToolTip(filters[key].label)
            edit.dateChanged.connect(self._date_changed)
            label = QLabel(label_text, self)
            label.setBuddy(edit)
            clear = QToolButton(self)
            clear.setAutoRaise(True)
            clear.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
            clear.setToolTip(self.tr("Datum leeren"))
            clear.setAccessibleName(self.tr("Datum leeren"))
            clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            clear.clicked.connect(lambda _checked=False, e=edit: e.set_value(None))
            row.addWidget(label)
            row.addWidget(edit)
            row.addWidget(clear)
            self.dates[key] = edit
            self._clear_buttons[key] = clear

    # -- values ------------------------------------------------------------------------

    def _entries(self, key: str) -> list[tuple[Any, str]]:
        return [(getattr(value, "value", value), text) for value, text in self._choices(key)]

    def reload_choices(self) -> None:
        """Fetch the boxes' choices again (after the lists were edited in the settings),
        keeping what is chosen; a choice that no longer exists is dropped."""
        for key, box in self.boxes.items():
            chosen = box.chosen()
            box.set_entries(self.tr("alle"), self._entries(key))
            if box.chosen() != chosen:
                self._changed()

    def text(self) -> str:
        return self.search.text() if self.searchable else ""

    def values(self) -> dict[str, Any]:
        """The set filters: box values (enum values, ids) and dates."""
        result: dict[str, Any] = {}
        for key, box in self.boxes.items():
            chosen = box.chosen()
            if chosen:  # one value as itself, several as a list (any of them)
                result[key] = chosen[0] if len(chosen) == 1 else chosen
        for key, edit in self.dates.items():
            date = edit.value()
            if date is not None:
                result[key] = date
        return result

    def include_archived(self) -> bool:
        return self.archived is not None and self.archived.isChecked()

    def set_values(self, values: Mapping[str, Any], include_archived: bool = False) -> None:
        """Show ``values`` (as ``values()`` gives them, dates also as ISO text) without
        telling anyone; unknown keys and values that are no longer offered are skipped."""
        widgets = [*self.boxes.values(), *self.dates.values()]
        if self.archived is not None:
            widgets.append(self.archived)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for key, box in self.boxes.items():
                value = values.get(key)
                box.set_chosen(_as_list(value))
            for key, edit in self.dates.items():
                edit.set_value(_as_date(values.get(key)))
            if self.archived is not None:
                self.archived.setChecked(include_archived)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_buttons()

    def set_text(self, text: str) -> None:
        """Show ``text`` in the search field without telling anyone."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self._update_buttons()

    def clear(self) -> None:
        """Empty every filter and the text, without telling anyone."""
        self.set_values({})
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._update_buttons()

    def hidden_filter_count(self) -> int:
        """How many filters of the second row are set."""
        count = sum(1 for k in self._second_keys if self.boxes[k].chosen())
        count += sum(1 for edit in self.dates.values() if not edit.is_empty())
        return count + (1 if self.include_archived() else 0)

    def is_filtered(self) -> bool:
        return bool(self.text().strip() or self.values() or self.include_archived())

    def more_shown(self) -> bool:
        return self.more_button.isChecked()

    def set_more_shown(self, shown: bool) -> None:
        self.more_button.setChecked(shown and self.more_button.isVisibleTo(self))

    # -- behaviour ---------------------------------------------------------------------

    def _changed(self) -> None:
        self._update_buttons()
        self.filters_changed.emit()

    def _date_changed(self) -> None:
        self._update_buttons()
        self.dates_edited.emit()

    def _show_more(self, shown: bool) -> None:
        self.second_row.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update_buttons(self) -> None:
        hidden = self.hidden_filter_count()
        if hidden:
            self.more_button.setText(self.tr("Weitere Filter ({count})").format(count=hidden))
        else:
            self.more_button.setText(self.tr("Weitere Filter"))
        self.more_button.setToolTip(self.tr("Weitere Filter ein- oder ausblenden"))
        self.reset_button.setEnabled(self.is_filtered())
        for key, clear in self._clear_buttons.items():
            clear.setEnabled(not self.dates[key].is_empty())


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple | set) else [value]


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
