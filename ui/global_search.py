"""Search as you type: the hits of a line edit's text in a list right under it. A hit has
``kind``, ``title``, ``detail`` and ``archived``, like the core's ``SearchResult``. The keyboard
stays in the line edit: Down/Up choose, Enter opens, Escape closes the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .table_model import AnyIndex

HIT = Qt.ItemDataRole.UserRole
_PAD_X, _PAD_Y, _GAP = 10, 6, 12  # pixels around and between the texts of a hit
_MIN_WIDTH, _VISIBLE_ROWS, DELAY_MS = 460, 8, 200
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
Search = Callable[[str], Sequence[Any] | None]  # the hits of a text; None: could not search


class _HitDelegate(QStyledItemDelegate):
    """Title in bold with the kind in small grey type beside it, the detail below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hit, line = index.data(HIT), option.fontMetrics.height()
        if hit is None or not hit.detail:  # more room around the line that says "no hits"
            return QSize(200, line + (4 if hit is None else 2) * _PAD_Y)
        return QSize(200, 2 * line + 2 + 2 * _PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        hit, selected = index.data(HIT), bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = option.palette.color(QPalette.ColorGroup.Active, role)  # also for "no hits"
        grey = QColor(text)
        grey.setAlphaF(0.8 if selected else 0.62)
        bold, small = QFont(option.font), QFont(option.font)
        bold.setBold(True)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        box = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        top = QRect(box.left(), box.top(), box.width(), option.fontMetrics.height())
        painter.save()
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        if hit is None:  # the line that says there are no hits
            _draw(painter, box, option.font, grey, str(index.data()))
        else:
            kind = hit.kind + (self.tr(" · archiviert") if getattr(hit, "archived", 0) else "")
            right = _draw(painter, top, small, grey, kind, right=True)
            _draw(painter, top.adjusted(0, 0, -right - _GAP, 0), bold, text, hit.title)
            if hit.detail:
                below = top.translated(0, top.height() + 2)
                _draw(painter, below, option.font, grey, hit.detail)
        painter.restore()


def _draw(p: QPainter, box: QRect, font: QFont, pen: QColor, text: str, right: bool = False) -> int:
    """``text`` in one line of ``box``, shortened with … if needed; returns its width."""
    p.setFont(font)
    p.setPen(pen)
    text = p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, box.width())
    align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    p.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)
    return p.fontMetrics().horizontalAdvance(text)


class SearchPopup(QFrame):
    """The hits of what is typed into ``anchor``, in a list right under it."""

    chosen = Signal(object)  # the hit to open

    def __init__(self, anchor: QLineEdit, search: Search, min_chars: int = 2) -> None:
        # A tool window that never takes the focus: typing goes on in the line edit.
        super().__init__(anchor, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("SearchPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet("QFrame#SearchPopup { border: 1px solid palette(mid); }")
        self.anchor, self._search, self.min_chars = anchor, search, min_chars
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setMinimumHeight(1)  # as low as one line that says there are no hits
        self.list.setAccessibleName(self.tr("Suchergebnisse"))
        self.list.itemEntered.connect(self.list.setCurrentItem)
        self.list.itemClicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the border is the style sheet's
        layout.addWidget(self.list)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        anchor.textChanged.connect(self._text_changed)
        anchor.installEventFilter(self)

    def hits(self) -> list[Any]:
        return [h for r in range(self.list.count()) if (h := self.list.item(r).data(HIT))]

    def refresh(self) -> None:
        """Search now for the anchor's text and show the hits (or that there are none)."""
        self._timer.stop()
        text = self.anchor.text().strip()
        hits = self._search(text) if len(text) >= self.min_chars else None
        if hits is None:
            self.hide()
            return
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem(hit.title, self.list)
            item.setData(HIT, hit)
            item.setToolTip(f"{hit.title}\n{hit.detail}" if hit.detail else hit.title)
        if not hits:
            QListWidgetItem(self.tr("Keine Treffer"), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)
        self._place()
        cast(QApplication, QApplication.instance()).installEventFilter(self)  # until hidden
        self.show()

    def _text_changed(self, text: str) -> None:
        self._timer.start()
        if len(text.strip()) < self.min_chars:
            self.refresh()  # which stops the timer and closes the list

    def _place(self) -> None:
        rows = min(self.list.count(), _VISIBLE_ROWS)
        height = sum(self.list.sizeHintForRow(r) for r in range(rows)) + 2 * self.frameWidth()
        width = max(self.anchor.width(), _MIN_WIDTH)
        corner = self.anchor.mapToGlobal(QPoint(self.anchor.width(), self.anchor.height() + 2))
        pos = QPoint(corner.x() - width, corner.y())  # right edges aligned: it grows leftwards
        area = self.anchor.screen().availableGeometry()
        pos.setX(max(area.left(), min(pos.x(), area.right() - width)))
        height = min(height, area.bottom() - pos.y())
        self.setGeometry(QRect(pos, QSize(width, height)))

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None and (hit := item.data(HIT)) is not None:
            self.hide()
            self.chosen.emit(hit)

    def _key(self, key: int) -> bool:
        """Keys of the anchor that belong to the list; True when handled."""
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.isVisible():
                self.refresh()  # Enter before the pause is over: the hits of what is typed
            if self.isVisible():
                self._choose(self.list.currentItem())
            return True
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: _VISIBLE_ROWS - 1}
        if key in steps or key == Qt.Key.Key_PageUp:
            if self.isVisible() and (last := len(self.hits()) - 1) >= 0:
                step = steps.get(Qt.Key(key), 1 - _VISIBLE_ROWS)
                self.list.setCurrentRow(max(0, min(self.list.currentRow() + step, last)))
            elif key == Qt.Key.Key_Down and len(self.anchor.text().strip()) >= self.min_chars:
                self.refresh()  # Down opens the list again
            else:
                return False
            return True
        if key == Qt.Key.Key_Escape and self.isVisible():
            self.hide()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On the anchor, and on the application while shown: a key handled once stops there.
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            if watched.window() is not self and watched is not self.anchor:
                self.hide()  # a click anywhere else closes the list, as with any popup
        elif watched is self.anchor:
            if kind == QEvent.Type.KeyPress and cast(QKeyEvent, event).modifiers() in _PLAIN:
                return self._key(cast(QKeyEvent, event).key())
            if kind == QEvent.Type.FocusOut and QApplication.activeWindow() is not self:
                self.hide()
        elif watched is self and kind == QEvent.Type.WindowActivate:
            self.anchor.activateWindow()  # where the platform activates it all the same
        elif watched is self.anchor.window():
            if kind in (QEvent.Type.Move, QEvent.Type.Resize) and self.isVisible():
                self._place()
            elif kind in (QEvent.Type.Hide, QEvent.Type.WindowStateChange):
                self.hide()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        cast(QApplication, QApplication.instance()).removeEventFilter(self)
        super().hideEvent(event)
