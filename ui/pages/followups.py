"""The Wiedervorlage page: everything due or overdue, oldest first, with »Erledigt« and
»Verschieben«; each entry opens its record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.services.followups import KINDS, FollowUp, FollowUpService, kind_label

from ..background import Task
from ..formatting import format_count, format_value, plural

# The most urgent follow-ups the list shows (the counts cover all).
LIMIT = 500

# Postponing by: (days, text)
POSTPONE = (
    (7, QT_TRANSLATE_NOOP("FollowUpPage", "um 1 Woche")),
    (14, QT_TRANSLATE_NOOP("FollowUpPage", "um 2 Wochen")),
    (30, QT_TRANSLATE_NOOP("FollowUpPage", "um 1 Monat")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowUpPage", text)


class FollowUpPage(QWidget):
    """The list of follow-ups; ``open_requested(entity, id)`` opens a record and
    ``count_changed(n)`` tells the navigation how many are due."""

    open_requested = Signal(str, int)
    count_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = FollowUpService(db)
        self.items: list[FollowUp] = []
        self.counts: dict[str, int] = {}
        self.shown: list[FollowUp] = []
        self.today = dt.date.today()
        self.task: Task | None = None

        heading = QLabel(QCoreApplication.translate("FollowUpPage", "Wiedervorlage"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("FollowUpPage", "Alle Arten"), None)
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setAccessibleName(QCoreApplication.translate("FollowUpPage", "Art"))
        self.kind.currentIndexChanged.connect(self._fill)
        self.refresh_button = QPushButton(
            QCoreApplication.translate("FollowUpPage", "Aktualisieren")
        )
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(QCoreApplication.translate("FollowUpPage", "Art:")))
        top.addWidget(self.kind)
        top.addWidget(self.refresh_button)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("FollowUpPage", "Fällig"),
                QCoreApplication.translate("FollowUpPage", "Stand"),
                QCoreApplication.translate("FollowUpPage", "Art"),
                QCoreApplication.translate("FollowUpPage", "Eintrag"),
                QCoreApplication.translate("FollowUpPage", "Worum es geht"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("FollowUpPage", "Fällige Punkte"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.table.itemSelectionChanged.connect(self._enable)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_current)

        self.empty = QLabel(
            QCoreApplication.translate(
                "FollowUpPage",
                "Nichts fällig – alle Patenschaften, Fristen und Wiedervorlagen sind im Lot.",
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 32px;")
        self.empty.hide()

        self.open_button = QPushButton(QCoreApplication.translate("FollowUpPage", "Öffnen"))
        self.open_button.clicked.connect(self.open_current)
        self.done_button = QPushButton(QCoreApplication.translate("FollowUpPage", "Erledigt"))
        self.done_button.setToolTip(
            QCoreApplication.translate(
                "FollowUpPage",
                "Patenschaft: vermerkt ein Nachfragen von heute. Wiedervorlage aus einem "
                "Kontakt: hakt sie ab. Sonst: blendet den Punkt aus, bis sich etwas ändert.",
            )
        )
        self.done_button.clicked.connect(self.mark_done)
        self.later_button = QToolButton()
        self.later_button.setText(QCoreApplication.translate("FollowUpPage", "Verschieben"))
        self.later_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.later_button)
        for days, text in POSTPONE:
            action = QAction(_t(text), menu)
            action.triggered.connect(lambda _checked=False, d=days: self.postpone_by(d))
            menu.addAction(action)
        choose = QAction(QCoreApplication.translate("FollowUpPage", "auf ein Datum …"), menu)
        choose.triggered.connect(self.postpone_to_chosen_day)
        menu.addAction(choose)
        self.later_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        column.addLayout(buttons)
        self._enable()
        self.refresh()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> Task:
        """Load the follow-ups in the background (the list updates when they are there)."""
        self.summary.setText(QCoreApplication.translate("FollowUpPage", "Wird geladen …"))
        self.today = dt.date.today()
        today = self.today
        task = Task(lambda _p, _c: self.service.overview(today, LIMIT), self)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        self.task = task
        return task.start()

    def _loaded(self, result: tuple[list[FollowUp], dict[str, int]]) -> None:
        self.items, self.counts = result
        for index in range(1, self.kind.count()):
            key = self.kind.itemData(index)
            self.kind.setItemText(
                index, f"{kind_label(key)} ({format_count(self.counts.get(key, 0))})"
            )
        self._fill()
        self.count_changed.emit(sum(self.counts.values()))

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, ServiceError) else type(error).__name__
        self.summary.setText(
            QCoreApplication.translate("FollowUpPage", "Konnte nicht geladen werden: {m}").format(
                m=message
            )
        )

    def _fill(self) -> None:
        kind = self.kind.currentData()
        self.shown = [i for i in self.items if kind is None or i.kind == kind]
        self.table.setRowCount(len(self.shown))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, item in enumerate(self.shown):
            overdue = item.overdue(self.today)
            state = (
                QCoreApplication.translate("FollowUpPage", "überfällig")
                if overdue
                else QCoreApplication.translate("FollowUpPage", "fällig")
            )
            for column, text in enumerate(
                (format_value(item.due_on, "date"), state, item.kind_label, item.title, item.reason)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, row)
                if column == 1 and overdue:
                    cell.setFont(bold)
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        overdue = sum(1 for i in self.items if i.overdue(self.today))
        total = sum(self.counts.values())
        self.summary.setText(
            plural(
                total,
                QCoreApplication.translate("FollowUpPage", "1 Punkt fällig"),
                QCoreApplication.translate("FollowUpPage", "{count} Punkte fällig"),
            )
            + (
                QCoreApplication.translate("FollowUpPage", ", davon {n} überfällig").format(
                    n=overdue
                )
                if overdue and total == len(self.items)
                else ""
            )
            + (
                QCoreApplication.translate(
                    "FollowUpPage", " – gezeigt werden die {n} dringendsten"
                ).format(n=format_count(len(self.items)))
                if total > len(self.items)
                else ""
            )
        )
        self.table.setVisible(bool(self.shown))
        self.empty.setVisible(not self.shown)
        self._enable()

    # -- acting -------------------------------------------------------------------------------

    def current(self) -> FollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.shown[rows[0].row()]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.open_button, self.done_button, self.later_button):
            button.setEnabled(chosen)

    def open_current(self) -> None:
        item = self.current()
        if item is not None:
            self.open_requested.emit(item.entity, item.record_id)

    def mark_done(self) -> bool:
        item = self.current()
        if item is None:
            return False
        return self._act(lambda: self.service.done(item, self.today))

    def postpone_by(self, days: int) -> bool:
        item = self.current()
        if item is None:
            return False
        until = self.today + dt.timedelta(days=days)
        return self._act(lambda: self.service.postpone(item, until, self.today))

    def postpone_to_chosen_day(self) -> bool:
        item = self.current()
        if item is None:
            return False
        day = self._ask_day()
        if day is None:
            return False
        return self._act(lambda: self.service.postpone(item, day, self.today))

    def _ask_day(self) -> dt.date | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("FollowUpPage", "Verschieben auf"))
        edit = QDateEdit(QDate.currentDate().addDays(7))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        column = QVBoxLayout(dialog)
        column.addWidget(edit)
        column.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def _act(self, step: Any) -> bool:
        try:
            step()
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("FollowUpPage", "Nicht möglich"), exc.message
            )
            return False
        self.refresh()
        return True
