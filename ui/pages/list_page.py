"""A list page for any kind of record: filter bar above a lazily loaded table.

The page knows a service only through its list interface (``columns``, ``filters``,
``count``, ``page``; see ``ui.table_model``). Typing in the filter field narrows the
list after a short pause; the status box offers the labels of the service's status enum.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from servicestelle.services.base import ListQuery

from ..table_model import LazyTableModel
from .list_view import ListView

DEBOUNCE_MS = 250
# Beyond this many rows the table follows the scroll bar only when it is let go, so that
# dragging the thumb through a long list does not load every block on the way.
LIVE_SCROLL_LIMIT = 20_000
_SAMPLE_ROWS = 100  # rows measured to choose the first column widths (all in block 0)
_MIN_WIDTH, _MAX_WIDTH, _SHRINK_FLOOR = 70, 280, 140  # pixels


class ListPage(QWidget):
    """Records of one service in a sortable, filterable table."""

    open_requested = Signal(int)  # the record id to open in its form
    count_changed = Signal(int)
    current_changed = Signal()

    def __init__(
        self,
        service: Any,
        *,
        count_text: Callable[[int], str],
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.count_text = count_text
        self.empty_text = empty_text
        self._fitted = False

        self.model = LazyTableModel(service, parent=self)
        self.model.load_failed.connect(self._show_load_error)
        self.model.count_changed.connect(self._on_count)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("In dieser Liste suchen: Name, E-Mail, Telefon …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Liste filtern"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._apply_filters)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 3)
        self.status_box = self._status_box()
        if self.status_box is not None:
            label = QLabel(service.filters["status"].label + ":", self)
            label.setBuddy(self.status_box)
            bar.addSpacing(12)
            bar.addWidget(label)
            bar.addWidget(self.status_box, 1)
        bar.addStretch(1)

        self.view = ListView(self)
        # The service's own order first, so that the sort arrow set up with the view
        # matches it and the list is loaded once.
        self.model.set_query(ListQuery(sort=list(getattr(service, "default_sort", ()) or ())))
        self.view.setModel(self.model)
        self._set_up_view()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    # -- building ----------------------------------------------------------------------

    def _status_box(self) -> QComboBox | None:
        """A box of the status labels, when the service filters by a status enum."""
        if "status" not in getattr(self.service, "filters", {}):
            return None
        field = getattr(self.service, "fields", {}).get("status")
        enum = getattr(field, "enum", None)
        if enum is None:
            return None
        box = QComboBox(self)
        box.addItem(self.tr("alle"), None)
        for member in enum:
            box.addItem(member.label, member.value)
        box.currentIndexChanged.connect(self._apply_filters)
        return box

    def _set_up_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = view.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures rows, whatever the list's length.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.model.columnCount()):
            view.setColumnHidden(column, not self.model.is_shown_by_default(column))
        sort = list(getattr(self.service, "default_sort", ()) or ())
        if sort and sort[0][0] in self.model.keys:
            order = Qt.SortOrder.DescendingOrder if sort[0][1] else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.column_of(sort[0][0]), order)
        view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self._sort_indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())

        view.doubleClicked.connect(self._open_index)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open_index(view.currentIndex()))
        view.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit())
        self.model.modelReset.connect(self.current_changed.emit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_columns(self.view.viewport().width())

    def _fit_columns(self, available: int) -> None:
        """First column widths from the header and the first rows (never the whole list),
        narrowed where needed so that the shown columns fit the table's width."""
        header_metrics = self.view.horizontalHeader().fontMetrics()
        metrics = self.view.fontMetrics()
        rows = min(self.model.rowCount(), _SAMPLE_ROWS)
        widths: dict[int, int] = {}
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = header_metrics.horizontalAdvance(title) + 36  # room for the sort arrow
            for row in range(rows):
                text = self.model.data(self.model.index(row, column))
                if text:
                    width = max(width, metrics.horizontalAdvance(text) + 24)
            widths[column] = max(_MIN_WIDTH, min(width, _MAX_WIDTH))
        shown = [c for c in widths if not self.view.isColumnHidden(c)]
        excess = sum(widths[c] for c in shown) - available
        while excess > 0:
            widest = max(shown, key=lambda c: widths[c])
            if widths[widest] <= _SHRINK_FLOOR:
                break
            step = min(excess, widths[widest] - _SHRINK_FLOOR, 20)
            widths[widest] -= step
            excess -= step
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)

    # -- what the main window uses -----------------------------------------------------

    def current_record_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def row_count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        self.model.refresh()

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self, settings: QSettings, key: str) -> None:
        settings.setValue(f"{key}/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings, key: str) -> None:
        state = settings.value(f"{key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.view.horizontalHeader()
            if header.restoreState(state) and header.count() == self.model.columnCount():
                self._fitted = True  # the user's own column widths
                self._sort_indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())
                self.model.sort(*self._sort_indicator)
        # An unknown or outdated layout keeps the defaults.

    # -- behaviour ---------------------------------------------------------------------

    def _apply_filters(self) -> None:
        self._debounce.stop()
        filters = dict(self.model.query.filters)
        if self.status_box is not None:
            value = self.status_box.currentData()
            if value is None:
                filters.pop("status", None)
            else:
                filters["status"] = value
        query = dataclasses.replace(self.model.query, text=self.search.text(), filters=filters)
        if query != self.model.query:
            self.model.set_query(query)

    def _keep_sortable_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """A column the database cannot sort by keeps the previous sort arrow."""
        header = self.view.horizontalHeader()
        if self.model.is_sortable(column):
            self._sort_indicator = (column, order)
            return
        header.blockSignals(True)
        header.setSortIndicator(*self._sort_indicator)
        header.blockSignals(False)

    def _on_count(self, count: int) -> None:
        self.view.verticalScrollBar().setTracking(count <= LIVE_SCROLL_LIMIT)
        query = self.model.query
        filtered = bool(
            query.text.strip() or any(v not in (None, "", []) for v in query.filters.values())
        )
        self.view.placeholder_text = (
            self.tr("Keine Einträge passen zu diesem Filter.") if filtered else self.empty_text
        )
        self.count_changed.emit(count)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        record_id = self.model.record_id(index.row())
        if record_id is not None:
            self.open_requested.emit(record_id)

    def _show_load_error(self, message: str) -> None:
        # Shown after the current paint or query has finished, never inside it.
        QTimer.singleShot(0, lambda: QMessageBox.warning(self, self.tr("Servicestelle"), message))
