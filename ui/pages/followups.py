"""The Wiedervorlage page: a to-do list of what is due, grouped by kind with counts, for
a window (überfällig, diese Woche, nächste 4 Wochen, alle kommenden) and optionally
only one's own; »Erledigt«, »Verschieben«, »Neue Wiedervorlage«, print and export of the
view; each entry opens its record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from servicestelle.services.followups import (
    KINDS,
    WINDOWS,
    FollowUp,
    FollowUpService,
    Overview,
    grouped,
    kind_label,
    state_of,
    window_label,
)

from ..background import Task
from ..formatting import format_count, format_value, plural

# The most urgent follow-ups the list shows (the counts cover all).
LIMIT = 500
DEFAULT_WINDOW = "week"

# Postponing by: (days, text)
POSTPONE = (
    (7, QT_TRANSLATE_NOOP("FollowUpPage", "um 1 Woche")),
    (14, QT_TRANSLATE_NOOP("FollowUpPage", "um 2 Wochen")),
    (30, QT_TRANSLATE_NOOP("FollowUpPage", "um 1 Monat")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("FollowUpPage", "Fällig"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Stand"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Eintrag"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Worum es geht"),
    QT_TRANSLATE_NOOP("FollowUpPage", "Zuständig"),
)
TITLE_COLUMN = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowUpPage", text)


class FollowUpPage(QWidget):
    """The list of follow-ups; ``open_requested(entity, id)`` opens a record and
    ``count_changed(n)`` tells the navigation how many are due today."""

    open_requested = Signal(str, int)
    count_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.service = FollowUpService(db)
        self.view: Overview | None = None
        self.items: list[FollowUp] = []
        self.counts: dict[str, int] = {}
        self.shown: list[FollowUp] = []  # in the order of the table
        self.row_items: list[FollowUp | None] = []  # per table row (None: a group heading)
        self.today = dt.date.today()
        self.task: Task | None = None
        self._wanted: tuple[Any, ...] = ()

        heading = QLabel(QCoreApplication.translate("FollowUpPage", "Wiedervorlage"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.refresh_button = QPushButton(
            QCoreApplication.translate("FollowUpPage", "Aktualisieren")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.new_button = QPushButton(
            QCoreApplication.translate("FollowUpPage", "Neue Wiedervorlage…")
        )
        self.new_button.clicked.connect(self.new_reminder)
        self.print_button = QPushButton(QCoreApplication.translate("FollowUpPage", "Drucken…"))
        self.print_button.setToolTip(
            QCoreApplication.translate(
                "FollowUpPage", "Die gezeigte Auswahl drucken oder als PDF speichern"
            )
        )
        self.print_button.clicked.connect(self.print_view)
        self.export_button = QPushButton(QCoreApplication.translate("FollowUpPage", "Exportieren…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "FollowUpPage", "Die gezeigte Auswahl als Excel-Datei speichern"
            )
        )
        self.export_button.clicked.connect(self.export_view)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)

        self.window_box = self._combo(QCoreApplication.translate("FollowUpPage", "Zeitraum"))
        for key in WINDOWS:
            self.window_box.addItem(window_label(key), key)
        self.window_box.setCurrentIndex(self.window_box.findData(DEFAULT_WINDOW))
        self.window_box.currentIndexChanged.connect(self.refresh)
        self.kind = self._combo(QCoreApplication.translate("FollowUpPage", "Art"))
        self.kind.addItem(QCoreApplication.translate("FollowUpPage", "Alle Arten"), None)
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.mine = QCheckBox(QCoreApplication.translate("FollowUpPage", "nur meine"))
        self.mine.setToolTip(
            QCoreApplication.translate(
                "FollowUpPage",
                "Nur was Sie selbst erledigen: Wiedervorlagen, für die Sie zuständig sind, "
                "und Wiedervorlagen aus Kontakten, die Sie eingetragen haben",
            )
        )
        self.mine.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        for label, box in (
            (QCoreApplication.translate("FollowUpPage", "Zeitraum:"), self.window_box),
            (QCoreApplication.translate("FollowUpPage", "Art:"), self.kind),
        ):
            text = QLabel(label)
            text.setBuddy(box)
            filters.addWidget(text)
            filters.addWidget(box)
            filters.addSpacing(8)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.print_button)
        filters.addWidget(self.export_button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.table.setAccessibleName(QCoreApplication.translate("FollowUpPage", "Fällige Punkte"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.table.itemSelectionChanged.connect(self._enable)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_current)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 32px;")
        self.empty.hide()

        self.open_button = QPushButton(QCoreApplication.translate("FollowUpPage", "Öffnen"))
        self.open_button.clicked.connect(self.open_current)
        self.done_button = QPushButton(QCoreApplication.translate("FollowUpPage", "Erledigt"))
        self.done_button.setToolTip(
            QCoreApplication.translate(
                "FollowUpPage",
                "Patenschaft: vermerkt ein Nachfragen von heute. Wiedervorlage aus einem "
                "Kontakt und eigene Wiedervorlage: hakt sie ab. Sonst: blendet den Punkt "
                "aus, bis sich etwas ändert.",
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
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        column.addLayout(buttons)
        self._enable()
        self.refresh()

    @staticmethod
    def _combo(name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    # -- what is chosen -----------------------------------------------------------------------

    @property
    def window_key(self) -> str:
        return str(self.window_box.currentData() or DEFAULT_WINDOW)

    @property
    def staff_name(self) -> str | None:
        return self.db.user if self.mine.isChecked() else None

    @property
    def kind_key(self) -> str | None:
        return self.kind.currentData()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> Task:
        """Load the follow-ups in the background (the list updates when they are there)."""
        self.summary.setText(QCoreApplication.translate("FollowUpPage", "Wird geladen …"))
        self.today = dt.date.today()
        today, window, staff, kind = self.today, self.window_key, self.staff_name, self.kind_key
        self._wanted = (window, staff, kind)

        def load(_progress: Any, _cancelled: Any) -> tuple[tuple[Any, ...], Overview]:
            return (window, staff, kind), self.service.view(window, staff, today, LIMIT, kind)

        task = Task(load, self)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        self.task = task
        return task.start()

    def _loaded(self, loaded: tuple[tuple[Any, ...], Overview]) -> None:
        wanted, result = loaded
        if wanted != self._wanted:
            return  # a newer choice is loading
        self.view = result
        self.items, self.counts = result.items, result.counts
        for index in range(1, self.kind.count()):
            key = self.kind.itemData(index)
            self.kind.setItemText(
                index, f"{kind_label(key)} ({format_count(self.counts.get(key, 0))})"
            )
        self._fill()
        self.count_changed.emit(result.due_now)

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, ServiceError) else type(error).__name__
        self.summary.setText(
            QCoreApplication.translate("FollowUpPage", "Konnte nicht geladen werden: {m}").format(
                m=message
            )
        )

    def _fill(self) -> None:
        """Fill the table. While it is filled the columns keep their widths and nothing
        is painted: a shown table that fits its columns to their contents after every
        cell took seconds for a few hundred rows (each cell measured them all again)."""
        header = self.table.horizontalHeader()
        modes = [header.sectionResizeMode(c) for c in range(header.count())]
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setUpdatesEnabled(False)
        try:
            self._fill_rows()
        finally:
            for column, mode in enumerate(modes):
                header.setSectionResizeMode(column, mode)
            self.table.setUpdatesEnabled(True)

    def _fill_rows(self) -> None:
        kind = self.kind_key
        items = [i for i in self.items if kind is None or i.kind == kind]
        groups = grouped(items)
        self.shown = [item for _key, members in groups for item in members]
        self.row_items = []
        self.table.clearSpans()
        self.table.setRowCount(len(self.shown) + len(groups))
        bold = QFont(self.table.font())
        bold.setBold(True)
        shade = self.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.AlternateBase)
        for key, members in groups:
            row = len(self.row_items)
            self.row_items.append(None)
            heading = QTableWidgetItem(
                f"{kind_label(key)} ({format_count(self.counts.get(key, len(members)))})"
            )
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setBackground(QBrush(shade))
            self.table.setItem(row, 0, heading)
            for column in range(1, len(COLUMNS)):
                filler = QTableWidgetItem("")
                filler.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, filler)
            self.table.setSpan(row, 0, 1, len(COLUMNS))
            for item in members:
                self._fill_row(len(self.row_items), item, bold)
                self.row_items.append(item)
        self._summarise(kind)
        self.empty.setText(
            QCoreApplication.translate(
                "FollowUpPage",
                "Nichts fällig – alle Patenschaften, Fristen und Wiedervorlagen sind im Lot.",
            )
            if self.window_key in ("overdue", "week") and self.staff_name is None
            else QCoreApplication.translate("FollowUpPage", "In dieser Auswahl ist nichts fällig.")
        )
        self.table.setVisible(bool(self.shown))
        self.empty.setVisible(not self.shown)
        self._enable()

    def _fill_row(self, row: int, item: FollowUp, bold: QFont) -> None:
        overdue = item.overdue(self.today)
        texts = (
            format_value(item.due_on, "date"),
            state_of(item, self.today),
            item.title or "–",
            item.reason,
            item.staff or "",
        )
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            if column == 1 and overdue:  # told in words, and in colour
                cell.setFont(bold)
                cell.setForeground(Qt.GlobalColor.darkRed)
            if column == 3:
                cell.setToolTip(text)
            self.table.setItem(row, column, cell)

    def _summarise(self, kind: str | None) -> None:
        view = self.view
        total = self.counts.get(kind, 0) if kind else sum(self.counts.values())
        text = plural(
            total,
            QCoreApplication.translate("FollowUpPage", "1 Punkt"),
            QCoreApplication.translate("FollowUpPage", "{count} Punkte"),
        )
        text += " · " + window_label(self.window_key)
        overdue = view.overdue if view is not None and kind is None else 0
        if overdue:
            text += QCoreApplication.translate("FollowUpPage", ", davon {n} überfällig").format(
                n=format_count(overdue)
            )
        shown = len(self.shown)
        if total > shown:
            text += QCoreApplication.translate(
                "FollowUpPage", " – gezeigt werden die {n} dringendsten"
            ).format(n=format_count(shown))
        self.summary.setText(text)

    # -- acting -------------------------------------------------------------------------------

    def current(self) -> FollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.row_items):
            return None
        return self.row_items[rows[0].row()]

    def row_of(self, item: FollowUp) -> int:
        return self.row_items.index(item)

    def select_row(self, index: int) -> None:
        """Select the ``index``-th follow-up shown (group headings not counted)."""
        self.table.selectRow(self.row_of(self.shown[index]))

    def _enable(self) -> None:
        item = self.current()
        self.open_button.setEnabled(item is not None and item.has_record)
        for button in (self.done_button, self.later_button):
            button.setEnabled(item is not None)

    def open_current(self) -> None:
        item = self.current()
        if item is not None and item.has_record:
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

    # -- new, print, export -------------------------------------------------------------------

    def new_reminder(self) -> bool:
        """»Neue Wiedervorlage…« of the office's own (not about a record); the change
        bus brings it onto the list."""
        from .reminder_dialog import new_reminder

        return new_reminder(self, self.db)

    def print_view(self) -> Any:
        from ..print_preview import start_print

        return start_print(
            self,
            self.db,
            "followups",
            window=self.window_key,
            staff=self.staff_name,
            kind=self.kind_key,
        )

    def export_view(self) -> str | None:
        from servicestelle.exporting.followups import export_followups

        from .. import file_dialogs

        title = QCoreApplication.translate("FollowUpPage", "Wiedervorlage")
        name = f"{title}_{dt.date.today().isoformat()}.xlsx"
        path = file_dialogs.save_file(
            self,
            file_dialogs.EXPORT,
            QCoreApplication.translate("FollowUpPage", "Wiedervorlage als Excel-Datei speichern"),
            name,
            QCoreApplication.translate("FollowUpPage", "Excel-Arbeitsmappe (*.xlsx)"),
            suffix=".xlsx",
        )
        if not path:
            return None
        try:
            count = export_followups(
                self.db, path, window=self.window_key, staff=self.staff_name, kind=self.kind_key
            )
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("FollowUpPage", "Exportieren"), exc.message
            )
            return None
        QMessageBox.information(
            self,
            QCoreApplication.translate("FollowUpPage", "Exportiert"),
            QCoreApplication.translate(
                "FollowUpPage", "{count} Zeilen wurden gespeichert in\n{path}"
            ).format(count=format_count(count), path=path),
        )
        return path
