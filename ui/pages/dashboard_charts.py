"""Figure tiles and charts of the overview page.

A tile shows one number, large, with its name below; a chart shows a breakdown as
horizontal bars (or a pie for two parts), each bar labelled with its number, so that
colour is never the only signal. Clicking a tile, a bar or a slice emits the figure's
``Link`` (the records behind it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from servicestelle.services.figures import Breakdown, Figure, format_value

MAX_BARS = 12  # more groups: the largest are shown, the title says so
BAR_HEIGHT = 26  # pixels per bar
BAR_COLOUR = QColor("#2f6f9f")
PIE_COLOURS = (QColor("#2f7d4f"), QColor("#c2522d"), QColor("#8a8a8a"))


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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
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

    def show_figure(self, figure: Figure, unit: str = "") -> None:
        self.figure = figure
        text = format_value(figure.value)
        self.number.setText(f"{text} {unit}".strip())
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
    """A breakdown as horizontal bars with numbers, or as a pie (``pie=True``)."""

    clicked = Signal(object)  # the Link of the bar or slice

    def __init__(self, pie: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pie = pie
        self.items: list[Figure] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
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
        title = breakdown.title
        if not self.pie and len(breakdown.items) > MAX_BARS:
            title += QCoreApplication.translate(
                "Dashboard", " – die {n} größten von {total}"
            ).format(n=MAX_BARS, total=len(breakdown.items))
        chart.setTitle(title)
        self.items = (
            [i for i in breakdown.items if i.value] if self.pie else _shown_items(breakdown)
        )
        self.setAccessibleName(breakdown.title)
        summary = "; ".join(f"{i.label}: {format_value(i.value)}" for i in self.items)
        self.setToolTip(summary or QCoreApplication.translate("Dashboard", "keine Einträge"))
        self.setAccessibleDescription(summary)
        if self.pie:
            self._pie(breakdown)
        else:
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
        names.append([_category(item) for item in items] or [" "])
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
        self.setFixedHeight(max(140, 70 + BAR_HEIGHT * max(len(items), 1)))

    def _pie(self, breakdown: Breakdown) -> None:
        series = QPieSeries()
        total = sum(item.value or 0 for item in self.items)
        for index, item in enumerate(self.items):
            share = round(100 * (item.value or 0) / total) if total else 0
            label = f"{item.label}: {format_value(item.value)} ({share} %)"
            part = series.append(label, float(item.value or 0))
            part.setColor(PIE_COLOURS[index % len(PIE_COLOURS)])
            part.setLabelVisible(True)
            part.setBorderColor(QColor("white"))
            part.clicked.connect(lambda i=index: self._emit(self.items, i))
        series.setPieSize(0.62)
        self.chart().addSeries(series)
        self.setFixedHeight(240)

    def _hover(self, status: bool, _index: int) -> None:
        shape = Qt.CursorShape.PointingHandCursor if status else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    def _emit(self, items: list[Figure], index: int) -> None:
        if 0 <= index < len(items) and items[index].link is not None:
            self.clicked.emit(items[index].link)

    def item_links(self) -> list[Any]:
        """The links of the shown bars or slices, top first (for tests and keyboard)."""
        return [item.link for item in self.items]


def _category(item: Figure) -> str:
    """A bar's name; long names shortened (the tool tip has them whole)."""
    text = item.label
    return text if len(text) <= 34 else text[:32] + "…"
