"""Figure tiles and charts of the overview page.

A tile shows one number, large, with its name below; a chart shows a breakdown as
horizontal bars, each bar labelled with its number, so that colour is never the only
signal. Clicking a tile, a bar or a slice emits the figure's
``Link`` (the records behind it).

Names are never cut: a long one is wrapped onto more lines to fit the room the chart
leaves its names (about a third of its width), again whenever the chart is resized.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from servicestelle.services.figures import Breakdown, Figure, format_figure, format_value

MAX_BARS = 12  # more groups: the largest are shown, the title says so
BAR_HEIGHT = 26  # pixels per bar with a name of one line
LINE_HEIGHT = 15  # and for each further line of its name
NAME_SHARE = 0.3  # of the chart's width for the names of the bars
BAR_COLOUR = QColor("#2f6f9f")


class Tile(QFrame):
    """One key figure: the number, its name, and on click the records behind it."""

    clicked = Signal(object)  # the figure's Link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FigureTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#FigureTile { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
            "QFrame#FigureTile:hover, QFrame#FigureTile:focus {"
            " border: 2px solid palette(highlight); }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # all tiles of a row as high as the highest
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(150)
        self.figure: Figure | None = None
        self.number = QLabel("–", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def show_figure(self, figure: Figure) -> None:
        self.figure = figure
        text = format_figure(figure)  # with its unit, as the printed report has it
        self.number.setText(text)
        self.caption.setText(figure.label)
        link = figure.link is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor)
        hint = (
            QCoreApplication.translate(
                "Dashboard", "Klicken: die Einträge dazu in der Liste zeigen"
            )
            if link
            else ""
        )
        self.setToolTip("\n".join(t for t in (figure.note, hint) if t))
        self.setAccessibleName(f"{figure.label}: {text}")
        self.setAccessibleDescription(figure.note)

    def _activate(self) -> None:
        if self.figure is not None and self.figure.link is not None:
            self.clicked.emit(self.figure.link)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        super().keyPressEvent(event)


def _shown_items(breakdown: Breakdown) -> list[Figure]:
    """The largest groups (the chart's title says when some are left out)."""
    return list(breakdown.items[:MAX_BARS])


class BreakdownChart(QChartView):
    """A breakdown as horizontal bars with numbers."""

    clicked = Signal(object)  # the Link of the bar or slice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Figure] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._names: QBarCategoryAxis | None = None
        self._wrapped_at = 0  # the width the names were wrapped for
        chart = QChart()
        chart.setLocalizeNumbers(True)  # »1.234« at the bars, as on the tiles
        chart.setLocale(QLocale())
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setVisible(False)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        self.setChart(chart)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_breakdown(self, breakdown: Breakdown) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._names = None
        title = breakdown.title
        if len(breakdown.items) > MAX_BARS:
            title += QCoreApplication.translate(
                "Dashboard", " – die {n} größten von {total}"
            ).format(n=MAX_BARS, total=len(breakdown.items))
        chart.setTitle(title)
        self.items = _shown_items(breakdown)
        self.setAccessibleName(breakdown.title)
        summary = "; ".join(f"{i.label}: {format_value(i.value)}" for i in self.items)
        self.setToolTip(summary or QCoreApplication.translate("Dashboard", "keine Einträge"))
        self.setAccessibleDescription(summary)
        self._bars()

    def _bars(self) -> None:
        chart = self.chart()
        items = list(reversed(self.items))  # the largest on top
        bars = QBarSet(QCoreApplication.translate("Dashboard", "Anzahl"))
        bars.setColor(BAR_COLOUR)
        bars.setLabelColor(QColor("#1a1a1a"))
        for item in items:
            bars.append(float(item.value or 0))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.7)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.setTruncateLabels(False)  # wrapped to fit instead (see _wrap_names)
        self._names = names
        self._wrapped_at = self._name_width()
        wrapped = [self._wrapped(item.label) for item in items]
        names.append(wrapped or [" "])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()
        top = max((item.value or 0 for item in items), default=0)
        values.setRange(0, max(1.0, float(top) * 1.18))  # room for the number labels
        values.setLabelFormat("%d")
        values.setTickCount(5)
        values.setVisible(False)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        bars.clicked.connect(lambda index: self._emit(items, index))
        bars.hovered.connect(self._hover)
        self._fit_height(wrapped)

    # -- names of the bars: wrapped, never cut ----------------------------------------

    def _name_width(self) -> int:
        return max(90, int(self.width() * NAME_SHARE))

    def _wrapped(self, name: str) -> str:
        """``name`` in lines no wider than the names' room (HTML, lines at spaces)."""
        metrics = QFontMetrics(self._names.labelsFont() if self._names else self.font())
        room = self._wrapped_at or self._name_width()
        lines: list[str] = []
        for word in name.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "<br>".join(html.escape(line) for line in lines) or " "

    def _fit_height(self, names: list[str]) -> None:
        extra = sum(name.count("<br>") for name in names)
        bars = max(len(names), 1)
        self.setFixedHeight(max(140, 70 + BAR_HEIGHT * bars + LINE_HEIGHT * extra))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._names is not None and self._name_width() != self._wrapped_at:
            self._wrapped_at = self._name_width()
            wrapped = [self._wrapped(item.label) for item in reversed(self.items)]
            self._names.setCategories(wrapped or [" "])
            self._fit_height(wrapped)

    def _hover(self, status: bool, _index: int) -> None:
        shape = Qt.CursorShape.PointingHandCursor if status else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    def _emit(self, items: list[Figure], index: int) -> None:
        if 0 <= index < len(items) and items[index].link is not None:
            self.clicked.emit(items[index].link)

    def item_links(self) -> list[Any]:
        """The links of the shown bars or slices, top first (for tests and keyboard)."""
        return [item.link for item in self.items]

