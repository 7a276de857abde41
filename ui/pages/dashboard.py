"""The overview (Übersicht): the key figures of a month, quarter, year or any range, as
tiles and charts. Every tile and bar opens the list of the records behind it
(``records_requested``).

The figures are never stale: the page listens to the change bus and, once a burst of
writes has settled, counts again off the GUI thread, keeping the old figures on screen
meanwhile; »Stand: …« says when the figures shown were counted. »Neu berechnen« counts
at once. The printed Kennzahlenbericht counts with the same function for the same period.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QElapsedTimer,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
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

from servicestelle.changes import Changes
from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.i18n import _ as core_text
from servicestelle.services.figures import (
    CHART_KEYS,
    SECTIONS,
    Breakdown,
    Figure,
    KeyFigures,
    Link,
    period_figures,
)
from servicestelle.services.periods import Period

from ..background import Task
from .dashboard_charts import BreakdownChart, Tile

# The records the figures are counted from: a write to any of them counts again (link
# rows such as a volunteer's languages are reported under their record).
COUNTED = (
    "volunteer",
    "newcomer",
    "pairing",
    "help_request",
    "request_candidate",
    "contact_note",
    "hours_entry",
    "event",
    "attendance",
    "organisation",
    "district",
    "language",
    "activity_field",
)
TILE_WIDTH = 200  # pixels a tile needs at least (its number and name unwrapped)
CHART_WIDTH = 460  # and a chart, for two side by side
SETTLE_MS = 700  # a burst of writes is over when nothing more came for this long
SETTLE_HIDDEN_MS = 3000  # the same while another page is shown
LONGEST_WAIT_MS = 4000  # a burst that goes on is counted at least this often

# The charts, two by two where there is room; »contact« is made from two figures.
CHARTS = ("contact", *CHART_KEYS)
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
    follows_changes = True  # the main window leaves the refreshing on changes to the page

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
        self._counting = False  # a count runs in the background
        self._again = False  # and another is wanted when it is done
        self._shown_once = False
        # Writes settle before the figures are counted again (one count per burst).
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._count)
        self._burst = QElapsedTimer()  # since the first write of the current burst

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
        self._scroll = scroll
        scroll.viewport().installEventFilter(self)  # its width: how many columns fit
        layout.addWidget(scroll, 1)
        self._show_period_controls()
        from ..changes import change_bus

        change_bus(database).changed.connect(self._data_changed)

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
        self.stand = QLabel(self)
        self.stand.setObjectName("DashboardStand")
        self.stand.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.stand.setToolTip(
            QCoreApplication.translate(
                "Dashboard",
                "Wann die gezeigten Kennzahlen berechnet wurden. Nach jeder Änderung der "
                "Daten werden sie von selbst neu berechnet.",
            )
        )
        row.addWidget(self.stand)
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
        self._tile_grids: list[tuple[QGridLayout, list[Tile]]] = []
        for title, keys in SECTIONS:
            heading = QLabel(core_text(title), content)
            font = QFont(heading.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            column.addSpacing(6)
            column.addWidget(heading)
            grid = QGridLayout()
            grid.setSpacing(10)
            tiles = []
            for key in keys:
                tile = Tile(content)
                tile.setObjectName("FigureTile")
                tile.setProperty("figure", key)
                tile.clicked.connect(self.records_requested)
                self.tiles[key] = tile
                tiles.append(tile)
            self._tile_grids.append((grid, tiles))
            column.addLayout(grid)
        column.addSpacing(10)
        self._chart_grid = QGridLayout()
        self._chart_grid.setHorizontalSpacing(12)
        self._chart_grid.setVerticalSpacing(12)
        for key in CHARTS:
            chart = BreakdownChart(content)
            chart.setObjectName(f"chart_{key}")
            chart.clicked.connect(self.records_requested)
            self.charts[key] = chart
        column.addLayout(self._chart_grid)
        column.addStretch(1)
        self._columns = (0, 0)
        self._arrange(TILE_WIDTH * 6)
        return content

    def _arrange(self, width: int) -> None:
        """Tiles and charts in as many columns as ``width`` pixels hold, so that nothing
        is cut or needs scrolling sideways."""
        tiles = max(1, width // TILE_WIDTH)
        charts = 2 if width >= 2 * CHART_WIDTH else 1
        if (tiles, charts) == self._columns:
            return
        self._columns = (tiles, charts)
        for grid, section in self._tile_grids:
            rows = -(-len(section) // tiles)
            across = -(-len(section) // rows)  # rows filled evenly: 3 and 3, not 5 and 1
            for tile in section:
                grid.removeWidget(tile)
            for index, tile in enumerate(section):
                grid.addWidget(tile, index // across, index % across)
            for col in range(max(across, grid.columnCount())):
                grid.setColumnStretch(col, 1 if col < across else 0)
        grid = self._chart_grid
        for chart in self.charts.values():
            grid.removeWidget(chart)
        for index, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, index // charts, index % charts, Qt.AlignmentFlag.AlignTop)
        for col in range(2):
            grid.setColumnStretch(col, 1 if col < charts else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._scroll.viewport():
            self._arrange(self._scroll.viewport().width())
        return super().eventFilter(watched, event)

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
        """Count the figures of the current period again now, off the GUI thread."""
        self._settle.stop()
        self._burst.invalidate()
        self._count()

    def _data_changed(self, changes: Changes) -> None:
        """Records were written: count again once the writes have settled (sooner
        while the page is shown), keeping the figures on screen until then."""
        if not shiboken6.isValid(self) or not changes.concerns(*COUNTED):
            return
        if not self._shown_once:
            return  # nothing counted yet: the first showing counts
        if not self._burst.isValid():
            self._burst.start()
        wait = SETTLE_MS if self.isVisible() else SETTLE_HIDDEN_MS
        wait = max(0, min(wait, LONGEST_WAIT_MS - self._burst.elapsed()))
        self._settle.start(wait)
        self._show_stand()

    def _count(self) -> None:
        """Start counting the current period (once the count under way is done, if one
        is: its result may be for an older period or older data)."""
        self._burst.invalidate()
        if self._counting:
            self._again = True
            return
        self._counting, self._again = True, False
        period, today, database = self.period, self.today, self.database
        if self.figures is None or self.figures.period != period:
            self.status.setText(
                QCoreApplication.translate(
                    "Dashboard", "Kennzahlen für {period} werden berechnet …"
                ).format(period=period.label)
            )
        task = Task(lambda _progress, _cancelled: period_figures(database, period, today), self)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        if self._task is not None:
            self._task.deleteLater()  # done: one task per count, not one per count ever
        self._task = task
        task.start()
        self._show_stand()

    def is_loading(self) -> bool:
        """Whether figures are being counted or are about to be (writes settling)."""
        return self._counting or self._settle.isActive()

    def _done(self) -> bool:
        """A count ended: start the next one if wanted. False: the page is gone."""
        if not shiboken6.isValid(self):
            return False
        self._counting = False
        if self._again:
            self._count()
        return True

    def _failed(self, error: Any) -> None:
        if not self._done():
            return
        message = (
            error.message
            if isinstance(error, ServiceError)
            else QCoreApplication.translate("Dashboard", "Unerwarteter Fehler ({kind}).").format(
                kind=type(error).__name__
            )
        )
        self.status.setText(
            QCoreApplication.translate(
                "Dashboard", "Die Kennzahlen ließen sich nicht berechnen: {m}"
            ).format(m=message)
        )
        self._show_stand()

    def _loaded(self, figures: KeyFigures) -> None:
        if not self._done():
            return
        if figures.period != self.period:
            return  # another period was chosen meanwhile: its count follows
        self.figures = figures
        for key, tile in self.tiles.items():
            figure = figures.figures.get(key)
            if figure is not None:
                tile.show_figure(figure)
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
        self._show_stand()
        self.loaded.emit()

    def _show_stand(self) -> None:
        """»Stand: 07.12.2026, 14:03« of the figures shown, and whether newer ones come."""
        shown = self.figures
        stand = (
            QCoreApplication.translate("Dashboard", "Stand: {when}").format(
                when=f"{shown.computed_at:%d.%m.%Y, %H:%M}"
            )
            if shown is not None and shown.period == self.period
            else ""
        )
        if self.is_loading():
            coming = QCoreApplication.translate("Dashboard", "wird neu berechnet …")
            stand = f"{stand} – {coming}" if stand else coming
        self.stand.setText(stand)

    @staticmethod
    def _breakdown(figures: KeyFigures, key: str) -> Any:
        if key != "contact":
            return figures.breakdowns.get(key)
        regular = figures.figures["pairings_regular_contact"]
        irregular = figures.figures["pairings_irregular_contact"]
        total = (regular.value or 0) + (irregular.value or 0)

        def part(figure: Figure, name: str) -> Figure:
            share = round(100 * (figure.value or 0) / total) if total else 0
            label = f"{_tr(name)} ({share} %)"
            return Figure(figure.key, label, figure.value, figure.link, figure.note)

        return Breakdown(
            "contact",
            QCoreApplication.translate("Dashboard", "Laufende Patenschaften: Kontakt jeden Monat?"),
            (
                part(regular, QT_TRANSLATE_NOOP("Dashboard", "regelmäßig")),
                part(irregular, QT_TRANSLATE_NOOP("Dashboard", "nicht regelmäßig")),
            ),
        )

    def open_link(self, link: Link) -> None:
        """Ask for the records of ``link`` (what a click does)."""
        self.records_requested.emit(link)
