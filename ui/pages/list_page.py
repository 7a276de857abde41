"""A list page for any kind of record: filter bar above a lazily loaded table.

The page knows a service only through its list interface (``columns``, ``filters``,
``filter_choices``, ``count``, ``page``; see ``ui.table_model``). The filter bar
(``ui.pages.filter_bar``) is built from the service's filters. The text field and the
dates narrow the list after a short pause (both are typed bit by bit); a choice box or
the archive switch narrows it at once (one query of a few milliseconds). A right-click
on the column headers offers the columns to show. Filters, sort order, column widths and hidden
columns are kept per page in the window settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicestelle.services.base import ListQuery

from ..table_model import LazyTableModel
from .filter_bar import FilterBar
from .list_view import ListView

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250  # pause in typing before the list follows the text or a date
# Beyond this many rows the table follows the scroll bar only when it is let go, so that
# dragging the thumb through a long list does not load every block on the way.
LIVE_SCROLL_LIMIT = 20_000
_SAMPLE_ROWS = 100  # rows measured to choose the first column widths (all in block 0)
_MIN_WIDTH, _MAX_WIDTH, _SHRINK_FLOOR = 70, 280, 140  # pixels
_ROOMY_MAX_WIDTH = 440  # a cut column may grow this far when the table has room left
_SHOWN_WIDTH = 120  # a column shown from the chooser that never had a width


def is_searchable(service: Any) -> bool:
    """Whether the core's search index covers the service's records (free text)."""
    entity = getattr(service, "entity", None)
    if entity is None:
        return True
    from servicestelle.search import BY_ENTITY

    return entity in BY_ENTITY


class ListPage(QWidget):
    """Records of one service in a sortable, filterable table."""

    open_requested = Signal(int)  # the record id to open in its form
    archive_requested = Signal()  # Entf on the table: archive the selected record
    count_changed = Signal(int)
    current_changed = Signal()

    def __init__(
        self,
        service: Any,
        *,
        count_text: Callable[[int], str],
        empty_text: str = "",
        search_hint: str | None = None,
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

        self.filter_bar = FilterBar(
            service,
            search_hint=search_hint or self.tr("In dieser Liste suchen …"),
            searchable=is_searchable(service),
            parent=self,
        )
        self.search = self.filter_bar.search
        self.status_box = self.filter_bar.boxes.get("status")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filters)
        self.filter_bar.text_edited.connect(self._debounce.start)
        self.filter_bar.text_entered.connect(self._apply_filters)
        self.filter_bar.dates_edited.connect(self._debounce.start)
        self.filter_bar.filters_changed.connect(self._apply_filters)
        self.filter_bar.reset_requested.connect(self.reset_filters)

        self.view = ListView(self)
        self.view.setAccessibleName(self.tr("Liste: {label}").format(label=service.label))
        # The service's own order first, so that the sort arrow set up with the view
        # matches it and the list is loaded once.
        self.model.set_query(ListQuery(sort=list(getattr(service, "default_sort", ()) or ())))
        self.view.setModel(self.model)
        self._set_up_view()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._build_fixed_note())
        layout.addWidget(self.view, 1)

    # -- building ----------------------------------------------------------------------

    def _build_fixed_note(self) -> QWidget:
        """The line that names filters set from elsewhere (a figure of the overview)
        which the filter bar cannot show, with a button that lifts them."""
        # filters kept in the query, not shown in the bar
        self.fixed_filters: dict[str, Any] = {}
        self.fixed_note = QWidget(self)
        self.fixed_note.setObjectName("FixedFilterNote")
        row = QHBoxLayout(self.fixed_note)
        row.setContentsMargins(0, 0, 0, 0)
        self.fixed_label = QLabel(self.fixed_note)
        self.fixed_label.setWordWrap(True)
        lift = QPushButton(self.tr("Nur diese Auswahl aufheben"), self.fixed_note)
        lift.setToolTip(self.tr("Wieder alle Einträge nach den Filtern oben zeigen"))
        lift.clicked.connect(self._lift_fixed_filters)
        row.addWidget(self.fixed_label, 1)
        row.addWidget(lift)
        self.fixed_note.setVisible(False)
        return self.fixed_note

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
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.setToolTip(self.tr("Rechtsklick: Spalten ein- oder ausblenden"))
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self._sort_indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())

        view.doubleClicked.connect(self._open_index)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open_index(view.currentIndex()))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._request_archive)
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
        wanted: dict[int, int] = {}  # the width that shows the sampled texts whole
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = header_metrics.horizontalAdvance(title) + 36  # room for the sort arrow
            for row in range(rows):
                text = self.model.data(self.model.index(row, column))
                if text:
                    width = max(width, metrics.horizontalAdvance(text) + 24)
            wanted[column] = min(width, _ROOMY_MAX_WIDTH)
            widths[column] = max(_MIN_WIDTH, min(width, _MAX_WIDTH))
        shown = [c for c in widths if not self.view.isColumnHidden(c)]
        excess = sum(widths[c] for c in shown) - available
        # Room left over goes to columns cut short (long names, places) before the
        # last column stretches into it.
        for column in shown[:-1]:
            if excess >= 0:
                break
            grow = min(wanted[column] - widths[column], -excess)
            if grow > 0:
                widths[column] += grow
                excess += grow
        while excess > 0:
            widest = max(shown, key=lambda c: widths[c])
            if widths[widest] <= _SHRINK_FLOOR:
                break
            step = min(excess, widths[widest] - _SHRINK_FLOOR, 20)
            widths[widest] -= step
            excess -= step
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)

    # -- column chooser --------------------------------------------------------------

    def column_menu(self) -> QMenu:
        """A menu of every column, checked where shown (the caller shows and deletes it)."""
        menu = QMenu(self.tr("Spalten"), self)
        shown = [c for c in range(self.model.columnCount()) if not self.view.isColumnHidden(c)]
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setData(self.model.column_key(column))
            # The last shown column stays: a table without columns helps nobody.
            action.setEnabled(shown != [column])
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Standardspalten wiederherstellen"), self.show_default_columns)
        return menu

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.view.setColumnHidden(column, not shown)
        if shown and self.view.columnWidth(column) < _MIN_WIDTH:
            self.view.setColumnWidth(column, _SHOWN_WIDTH)

    def show_default_columns(self) -> None:
        for column in range(self.model.columnCount()):
            self.set_column_shown(column, self.model.is_shown_by_default(column))

    def is_column_shown(self, key: str) -> bool:
        return not self.view.isColumnHidden(self.model.column_of(key))

    # -- what the main window uses -----------------------------------------------------

    def current_record_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def row_count(self) -> int:
        return self.model.rowCount()

    def shown_list(self) -> tuple[ListQuery, list[str]]:
        """What the list shows, for an export: its query (filters, search text, sort,
        archived) and the keys of the visible columns in their on-screen order."""
        header = self.view.horizontalHeader()
        keys = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if not self.view.isColumnHidden(column):
                keys.append(self.model.column_key(column))
        return dataclasses.replace(self.model.query), keys

    def refresh(self) -> None:
        self.model.refresh()

    def focus_filter(self) -> None:
        if self.search.isVisibleTo(self):
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()
        else:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reset_filters(self) -> None:
        """Empty every filter and the search text; the list shows all its rows."""
        self.filter_bar.clear()
        self._set_fixed_filters({}, "")
        self._apply_filters()

    def show_filtered(
        self, filters: dict[str, Any], *, include_archived: bool = False, title: str = ""
    ) -> None:
        """Only the records that ``filters`` select (a figure's records): the filters the
        bar offers are set there, the others stay fixed and are named by ``title`` above
        the list until the user lifts them or resets the filters."""
        bar = self.filter_bar
        in_bar: dict[str, Any] = {}
        fixed: dict[str, Any] = {}
        for key, value in filters.items():
            box = bar.boxes.get(key)
            several = value if isinstance(value, list | tuple | set) else [value]
            shown = (key in bar.dates and not isinstance(value, list)) or (
                box is not None and bool(several) and all(box.findData(v) >= 0 for v in several)
            )
            if shown:
                in_bar[key] = value
            else:
                fixed[key] = value
        bar.clear()
        bar.set_values(in_bar, include_archived)
        bar.set_more_shown(bar.more_shown() or self._hidden_filters_set())
        self._set_fixed_filters(fixed, title)
        self._apply_filters()

    def _set_fixed_filters(self, filters: dict[str, Any], title: str) -> None:
        self.fixed_filters = dict(filters)
        self.fixed_label.setText(
            self.tr("Auswahl aus der Übersicht: {title}").format(title=title or "…")
        )
        self.fixed_note.setVisible(bool(filters))

    def _lift_fixed_filters(self) -> None:
        self._set_fixed_filters({}, "")
        self._apply_filters()

    def show_matching(self, text: str) -> None:
        """Only the search text ``text``, no other filter (to find one record)."""
        self.filter_bar.clear()
        self._set_fixed_filters({}, "")
        self.filter_bar.set_text(text)
        self._apply_filters()

    def save_state(self, settings: QSettings, key: str) -> None:
        settings.setValue(f"{key}/header", self.view.horizontalHeader().saveState())
        values = {
            k: v.isoformat() if isinstance(v, dt.date) else v
            for k, v in self.filter_bar.values().items()
        }
        state = {
            "filters": values,
            "archived": self.filter_bar.include_archived(),
            "more": self.filter_bar.more_shown(),
        }
        settings.setValue(f"{key}/filters", json.dumps(state, ensure_ascii=False))

    def restore_state(self, settings: QSettings, key: str) -> None:
        sort = self.model.query.sort
        state = settings.value(f"{key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.view.horizontalHeader()
            if header.restoreState(state) and header.count() == self.model.columnCount():
                self._fitted = True  # the user's own column widths
                self._sort_indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())
                sort = self.model.sort_for(*self._sort_indicator) or sort
            else:  # an unknown or outdated layout keeps the defaults
                self._set_default_header()
        filters = _loads(settings.value(f"{key}/filters"))
        values = filters.get("filters")
        self.filter_bar.set_values(
            values if isinstance(values, dict) else {}, bool(filters.get("archived"))
        )
        self.filter_bar.set_more_shown(bool(filters.get("more")) or self._hidden_filters_set())
        query = ListQuery(
            filters=self.filter_bar.values(),
            text=self.filter_bar.text(),
            sort=list(sort),
            include_archived=self.filter_bar.include_archived(),
        )
        if query != self.model.query:
            self.model.set_query(query)

    def _set_default_header(self) -> None:
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, not self.model.is_shown_by_default(column))

    def _hidden_filters_set(self) -> bool:
        return self.filter_bar.hidden_filter_count() > 0

    # -- behaviour ---------------------------------------------------------------------

    def _apply_filters(self) -> None:
        self._debounce.stop()
        query = dataclasses.replace(
            self.model.query,
            text=self.filter_bar.text(),
            filters={**self.fixed_filters, **self.filter_bar.values()},
            include_archived=self.filter_bar.include_archived(),
        )
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

    def _request_archive(self) -> None:
        if self.view.currentIndex().isValid():
            self.archive_requested.emit()

    def _show_load_error(self, message: str) -> None:
        # Shown after the current paint or query has finished, never inside it.
        QTimer.singleShot(0, lambda: QMessageBox.warning(self, self.tr("Servicestelle"), message))


def _loads(value: Any) -> dict[str, Any]:
    """The saved filter state, or nothing when it is missing or unreadable."""
    if not isinstance(value, str) or not value:
        return {}
    try:
        state = json.loads(value)
    except ValueError:
        log.warning("Gespeicherte Filter unlesbar, werden verworfen")
        return {}
    return state if isinstance(state, dict) else {}
