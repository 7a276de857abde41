"""The editor of a date (or a date and time): typed as text, or picked from a calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from servicestelle.paths import resource_path
from servicestelle.validation import Field

from .editors import FieldEditor


class DateEditor(FieldEditor):
    """A date as TT.MM.JJJJ text (may stay empty) with a calendar to pick from."""

    def __init__(self, name: str, spec: Field, with_time: bool = False) -> None:
        self.with_time = with_time
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            QCoreApplication.translate("DateEditor", "TT.MM.JJJJ HH:MM")
            if with_time
            else QCoreApplication.translate("DateEditor", "TT.MM.JJJJ")
        )
        self.edit.setMaximumWidth(150 if with_time else 110)
        self.button = QToolButton()
        self.button.setIcon(calendar_icon())
        self.button.setProperty("role", "calendar")
        self.button.setToolTip(QCoreApplication.translate("DateEditor", "Kalender öffnen"))
        self.button.setAccessibleName(QCoreApplication.translate("DateEditor", "Kalender öffnen"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(lambda day: (self._picked(day), menu.close()))
        self.calendar.activated.connect(lambda day: (self._picked(day), menu.close()))
        self.button.setMenu(menu)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        super().__init__(name, spec, box)
        self.edit.textChanged.connect(self._changed)

    @property
    def focus_widget(self) -> QWidget:
        return self.edit

    def _fmt(self) -> str:
        return "%d.%m.%Y %H:%M" if self.with_time else "%d.%m.%Y"

    def parsed(self) -> dt.date | dt.datetime | None:
        """The typed date, or None when empty or not a date."""
        text = self.edit.text().strip()
        formats = [self._fmt(), "%d.%m.%Y"] if self.with_time else [self._fmt(), "%d.%m.%y"]
        for fmt in formats:
            try:
                moment = dt.datetime.strptime(text, fmt)
            except ValueError:
                continue
            return moment if self.with_time else moment.date()
        return None

    def _prepare_calendar(self) -> None:
        current = self.parsed() or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, day: QDate) -> None:
        chosen = dt.date(day.year(), day.month(), day.day())
        if self.with_time:
            before = self.parsed()
            clock = before.time() if isinstance(before, dt.datetime) else dt.time(9, 0)
            self.edit.setText(dt.datetime.combine(chosen, clock).strftime(self._fmt()))
        else:
            self.edit.setText(chosen.strftime(self._fmt()))

    def raw(self) -> str:
        return self.edit.text()

    def set_raw(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.datetime) and not self.with_time:
            value = value.date()
        if isinstance(value, dt.date):
            value = value.strftime(self._fmt())
        self.set_raw(value)

    def to_core(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        # A date the user typed in another form goes to the core as typed: its
        # German message then says what is wrong.
        parsed = self.parsed()
        if parsed is None:
            return text
        return parsed.strftime("%Y-%m-%d %H:%M") if self.with_time else parsed.isoformat()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)


_ICON: list[QIcon] = []


def calendar_icon() -> QIcon:
    """The calendar button's icon (loaded once)."""
    if not _ICON:
        _ICON.append(QIcon(str(resource_path("icons", "calendar.svg"))))
    return _ICON[0]
