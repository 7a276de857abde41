"""The overview (Übersicht): the key figures of a month, quarter, year or any range, as
tiles and charts. Every tile, bar and slice opens the list of the records behind it
(``records_requested``). The figures are counted off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.services.figures import KeyFigures, Link, period_figures
from servicestelle.services.periods import Period

from ..background import Task
from .dashboard_charts import BreakdownChart, Tile

# Sections of tiles: (German title, figure keys).
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("Dashboard", "Ehrenamtliche"),
        ("volunteers_active", "volunteers_new", "volunteers_left"),
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "Patenschaften"),
        (
            "pairings_active",
            "pairings_started",
            "pairings_ended",
            "pairings_regular_contact",
            "pairings_irregular_contact",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "Hilfsanfragen"),
        ("requests_received", "requests_matched", "request_days_to_match"),
    ),
    (
        QT_TRANSLATE_NOOP("Dashboard", "Stunden, Veranstaltungen, MSO"),
        ("hours", "hours_volunteers", "events_held", "event_attendees", "msos"),
    ),
)
# Charts in two columns: (breakdown key, as a pie).
CHARTS = (
    ("contact", True),
    ("requests_by_outcome", False),
    ("requests_by_field", False),
    ("pairings_by_end_reason", False),
    ("volunteers_by_district", False),
    ("volunteers_by_language", False),
    ("requests_by_district", False),
    ("msos_by_stage", False),
)
UNITS = {
    "request_days_to_match": QT_TRANSLATE_NOOP("Dashboard", "Tage"),
    "hours": QT_TRANSLATE_NOOP("Dashboard", "Std."),
}
KINDS = (
    ("month", QT_TRANSLATE_NOOP("Dashboard", "Monat")),
    ("quarter", QT_TRANSLATE_NOOP("Dashboard", "Quartal")),
    ("year", QT_TRANSLATE_NOOP("Dashboard", "Jahr")),
    ("custom", QT_TRANSLATE_NOOP("Dashboard", "Zeitraum")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DashboardPage(QWidget):
    """Key figures of a chosen period; clicking one asks for its records."""

    records_requested = Signal(object)  # a figures.Link
    loaded = Signal()  # new figures are shown

    def __init__(
        self, database: Database, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.today = today
        self.period = Period.containing("year", today)
        self.figures: KeyFigures | None = None
        self.tiles: dict[str, Tile] = {}
        self.charts: dict[str, BreakdownChart] = {}
        self._task: Task | None = None
        self._generation = 0
        self._shown_once = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_period_row())
        self.status = QLabel(self)
        self.status.setObjectName("DashboardStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._build_content())
        layout.addWidget(scroll, 1)
        self._show_period_controls()

    # -- building ----------------------------------------------------------------------

    def _build_period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        heading = QLabel(QCoreApplication.translate("Dashboard", "Kennzahlen"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        row.addWidget(heading)
        row.addSpacing(16)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(
            QCoreApplication.translate("Dashboard", "Art des Zeitraums")
        )
        for value, text in KINDS:
            self.kind_box.addItem(_tr(text), value)
        self.kind_box.setCurrentIndex(self.kind_box.findData("year"))
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        kind_label = QLabel(QCoreApplication.translate("Dashboard", "Zeitraum:"), self)
        kind_label.setBuddy(self.kind_box)
        row.addWidget(kind_label)
        row.addWidget(self.kind_box)
        self.back = QToolButton(self)
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.back.setToolTip(QCoreApplication.translate("Dashboard", "Vorheriger Zeitraum"))
        self.back.setAccessibleName(QCoreApplication.translate("Dashboard", "Vorheriger Zeitraum"))
        self.back.clicked.connect(lambda: self.set_period(self.period.shifted(-1)))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("PeriodLabel")
        self.period_label.setMinimumWidth(150)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = QFont(self.period_label.font())
        bold.setBold(True)
        self.period_label.setFont(bold)
        self.forward = QToolButton(self)
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        self.forward.setToolTip(QCoreApplication.translate("Dashboard", "Nächster Zeitraum"))
        self.forward.setAccessibleName(QCoreApplication.translate("Dashboard", "Nächster Zeitraum"))
        self.forward.clicked.connect(lambda: self.set_period(self.period.shifted(1)))
        for widget in (self.back, self.period_label, self.forward):
            row.addWidget(widget)
        self.from_edit = self._date_edit(QCoreApplication.translate("Dashboard", "Zeitraum von"))
        self.to_edit = self._date_edit(QCoreApplication.translate("Dashboard", "Zeitraum bis"))
        self.from_label = QLabel(QCoreApplication.translate("Dashboard", "von"), self)
        self.to_label = QLabel(QCoreApplication.translate("Dashboard", "bis"), self)
        self.apply_button = QPushButton(QCoreApplication.translate("Dashboard", "Anzeigen"), self)
        self.apply_button.clicked.connect(self._apply_range)
        for widget in (
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.apply_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.refresh_button = QPushButton(
            QCoreApplication.translate("Dashboard", "Neu berechnen"), self
        )
        self.refresh_button.setToolTip(
            QCoreApplication.translate(
                "Dashboard", "Die Kennzahlen mit den neuesten Daten berechnen"
            )
        )
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        return row

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        return edit

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 16)
        column.setSpacing(6)
        for title, keys in SECTIONS:
            heading = QLabel(_tr(title), content)
            font = QFont(heading.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            column.addSpacing(6)
            column.addWidget(heading)
            row = QHBoxLayout()
            row.setSpacing(10)
            for key in keys:
                tile = Tile(content)
                tile.setObjectName("FigureTile")
                tile.setProperty("figure", key)
                tile.clicked.connect(self.records_requested)
                self.tiles[key] = tile
                row.addWidget(tile)
            row.addStretch(0)
            column.addLayout(row)
        column.addSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for index, (key, pie) in enumerate(CHARTS):
            chart = BreakdownChart(pie, content)
            chart.setObjectName(f"chart_{key}")
            chart.clicked.connect(self.records_requested)
            self.charts[key] = chart
            grid.addWidget(chart, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        column.addStretch(1)
        return content

    # -- period ------------------------------------------------------------------------

    def _show_period_controls(self) -> None:
        custom = self.period.kind == "custom"
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(custom)
        self.apply_button.setVisible(custom)
        self.from_edit.setDate(_qdate(self.period.start))
        self.to_edit.setDate(_qdate(self.period.end))
        self.period_label.setText(self.period.label)

    def _kind_changed(self) -> None:
        kind = self.kind_box.currentData()
        if kind == "custom":
            self.set_period(Period(self.period.start, self.period.end))
        else:
            self.set_period(Period.containing(kind, self.today))

    def _apply_range(self) -> None:
        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if end < start:
            self.status.setText(
                QCoreApplication.translate(
                    "Dashboard", "Das Ende des Zeitraums liegt vor seinem Beginn."
                )
            )
            return
        self.set_period(Period(start, end))

    def set_period(self, period: Period) -> None:
        """Show the figures of ``period`` (counted in the background)."""
        self.period = period
        index = self.kind_box.findData(period.kind)
        if index != self.kind_box.currentIndex():
            self.kind_box.blockSignals(True)
            self.kind_box.setCurrentIndex(index)
            self.kind_box.blockSignals(False)
        self._show_period_controls()
        self.refresh()

    # -- loading -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def refresh(self) -> None:
        """Count the figures of the current period again, off the GUI thread."""
        self._generation += 1
        generation, period, today = self._generation, self.period, self.today
        database = self.database
        self.status.setText(
            QCoreApplication.translate(
                "Dashboard", "Kennzahlen für {period} werden berechnet …"
            ).format(period=period.label)
        )
        task = Task(lambda _progress, _cancelled: period_figures(database, period, today), self)
        task.finished.connect(lambda result, g=generation: self._loaded(g, result))
        task.failed.connect(lambda error, g=generation: self._failed(g, error))
        self._task = task
        task.start()

    def is_loading(self) -> bool:
        return self._task is not None and self._task.running

    def _failed(self, generation: int, error: Any) -> None:
        if generation != self._generation:
            return
        message = error.message if isinstance(error, ServiceError) else str(error)
        self.status.setText(
            QCoreApplication.translate(
                "Dashboard", "Die Kennzahlen ließen sich nicht berechnen: {m}"
            ).format(m=message)
        )

    def _loaded(self, generation: int, figures: KeyFigures) -> None:
        if generation != self._generation:
            return  # a newer period was chosen meanwhile
        self.figures = figures
        for key, tile in self.tiles.items():
            figure = figures.figures.get(key)
            if figure is not None:
                tile.show_figure(figure, _tr(UNITS.get(key, "")) if key in UNITS else "")
        for key, chart in self.charts.items():
            breakdown = self._breakdown(figures, key)
            if breakdown is not None:
                chart.show_breakdown(breakdown)
        self.status.setText(
            QCoreApplication.translate(
                "Dashboard",
                "Kennzahlen {period} ({start} – {end}). Ein Klick auf eine Zahl oder einen "
                "Balken zeigt die Einträge dazu.",
            ).format(
                period=figures.period.label,
                start=f"{figures.period.start:%d.%m.%Y}",
                end=f"{figures.period.end:%d.%m.%Y}",
            )
        )
        self.loaded.emit()

    @staticmethod
    def _breakdown(figures: KeyFigures, key: str) -> Any:
        if key != "contact":
            return figures.breakdowns.get(key)
        from servicestelle.services.figures import Breakdown

        regular = figures.figures["pairings_regular_contact"]
        irregular = figures.figures["pairings_irregular_contact"]
        return Breakdown(
            "contact",
            QCoreApplication.translate("Dashboard", "Laufende Patenschaften: Kontakt jeden Monat?"),
            (
                type(regular)(
                    regular.key,
                    QCoreApplication.translate("Dashboard", "regelmäßig"),
                    regular.value,
                    regular.link,
                ),
                type(irregular)(
                    irregular.key,
                    QCoreApplication.translate("Dashboard", "nicht regelmäßig"),
                    irregular.value,
                    irregular.link,
                ),
            ),
        )

    def open_link(self, link: Link) -> None:
        """Ask for the records of ``link`` (what a click does)."""
        self.records_requested.emit(link)
