"""A choice box of the filter bar that takes one or several values.

Chosen with the keyboard (or a click on »alle«), the box holds one value, as any choice
box. Its open list has a check box before each entry: a click ticks or unticks an entry
and leaves the list open, so that several districts or languages can be chosen together
(the list then shows the records matching any of them). The box shows what is chosen
(»Lankow, Neu Zippendorf«, or »Lankow +2« where the box is narrow), its tool tip all of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked


class FilterBox(QComboBox):
    """A filter's choice box: »alle« first, then its entries, each one can be ticked.

    ``prefix`` is the filter's name shown before the choice (»Status: aktiv«) while
    the label beside the box is hidden (a narrow window).
    """

    chosen_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = ""
        self._syncing = False
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)
        self.currentIndexChanged.connect(self._picked)

    # -- entries -----------------------------------------------------------------------

    def set_entries(self, all_text: str, entries: list[tuple[Any, str]]) -> None:
        """»alle« and the entries (value, text); what was chosen stays chosen where it is
        still offered. Tells nobody."""
        chosen = self.chosen()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(all_text, None)
            for value, text in entries:
                self.addItem(text, value)
                item = self._model().item(self.count() - 1)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(_UNCHECKED, Qt.ItemDataRole.CheckStateRole)
        finally:
            self.blockSignals(False)
        self.set_chosen(chosen)

    def _model(self) -> QStandardItemModel:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        return model

    def _rows(self) -> range:
        return range(1, self.count())

    def _ticked(self, row: int) -> bool:
        state = self.itemData(row, Qt.ItemDataRole.CheckStateRole)
        return state is not None and Qt.CheckState(state) == _CHECKED

    def _tick(self, row: int, on: bool) -> None:
        self.setItemData(row, _CHECKED if on else _UNCHECKED, Qt.ItemDataRole.CheckStateRole)

    # -- what is chosen ----------------------------------------------------------------

    def chosen(self) -> list[Any]:
        """The values ticked, in the list's order (empty: »alle«)."""
        return [self.itemData(row) for row in self._rows() if self._ticked(row)]

    def chosen_texts(self) -> list[str]:
        return [self.itemText(row) for row in self._rows() if self._ticked(row)]

    def set_chosen(self, values: list[Any]) -> None:
        """Tick exactly ``values`` (those still offered), telling nobody."""
        wanted = list(values)
        for row in self._rows():
            self._tick(row, self.itemData(row) in wanted)
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The box's current entry follows the ticks: »alle«, the one, or the first."""
        rows = [row for row in self._rows() if self._ticked(row)]
        self._syncing = True
        self.blockSignals(True)
        try:
            self.setCurrentIndex(rows[0] if rows else 0)
        finally:
            self.blockSignals(False)
            self._syncing = False
        texts = self.chosen_texts()
        self.setToolTip(
            f"{self.accessibleName()}: {', '.join(texts)}" if texts else self.accessibleName()
        )
        self.update()

    # -- choosing ----------------------------------------------------------------------

    def _picked(self, index: int) -> None:
        """One entry chosen the usual way (keyboard, or a program): only that one."""
        if self._syncing:
            return
        for row in self._rows():
            self._tick(row, row == index)
        self._show_chosen()
        self.chosen_changed.emit()

    def _toggle(self, row: int) -> None:
        if row <= 0:  # »alle«
            for other in self._rows():
                self._tick(other, False)
            self.hidePopup()
        else:
            self._tick(row, not self._ticked(row))
        self._show_chosen()
        self.chosen_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view()
        if watched is view.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.LeftButton:
                index: QModelIndex = view.indexAt(event.position().toPoint())
                if index.isValid():
                    self._toggle(index.row())
                    return True  # the list stays open for the next tick
        if watched is view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and view.currentIndex().isValid():
                self._toggle(view.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    # -- showing -----------------------------------------------------------------------

    def shown_text(self) -> str:
        texts = self.chosen_texts()
        if len(texts) <= 1:
            return texts[0] if texts else self.itemText(0)
        return f"{texts[0]} +{len(texts) - 1}"

    def paintEvent(self, event: QPaintEvent) -> None:
        texts = self.chosen_texts()
        if not self.prefix and len(texts) <= 1:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        lead = f"{self.prefix}: " if self.prefix else ""
        metrics, width = self.fontMetrics(), max(field.width(), 10)
        text = lead + ", ".join(texts) if texts else lead + self.itemText(0)
        if metrics.horizontalAdvance(text) > width:
            text = lead + self.shown_text()  # »Lankow +2«
        option.currentText = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
