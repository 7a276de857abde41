"""What the panels of a record's window share: the host they talk to, a read-only
table, and a base class with an empty-state text, a button row and a count.

Panels talk to the dialog through a small host interface: ``record``, ``version``,
``begin_step()`` (saves pending edits first; False stops the step) and
``step_done()`` (reloads the record and tells the rest of the interface).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .step_dialogs import StepDialog, run_step


class Host(Protocol):
    record: Any
    version: int | None

    def begin_step(self) -> bool: ...

    def step_done(self) -> None: ...


def record_table(
    headers: Sequence[str], stretch: int, table: QTableWidget | None = None
) -> QTableWidget:
    """A read-only table of whole rows (or ``table`` set up so); column ``stretch``
    takes the spare width."""
    table = table if table is not None else QTableWidget()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[Any]) -> None:
    """Put ``rows`` in the table, each cell carrying its row's id as user data."""
    table.setRowCount(len(rows))
    for r, (row, record_id) in enumerate(zip(rows, ids, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 40 else "")
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)


class Panel(QWidget):
    """A table of a record's related entries with a text shown while it is empty."""

    changed = Signal()
    host: Host

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.count = 0
        self.last_dialog: StepDialog | None = None

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _titled(self, base: str, amount: object) -> str:
        """The tab title: ``base``, with ``amount`` in brackets when there are entries."""
        return f"{base} ({amount})" if amount else base

    def _shown(self, table: QTableWidget, count: int) -> None:
        """After a refresh: remember the count, show the table or the empty text."""
        self.count = count
        self.empty.setVisible(not count)
        table.setVisible(bool(count))
        # Empty, the text takes the spare room (at its top): the buttons stay at the top
        # of the tab instead of floating in the middle.
        if self.column.indexOf(self.empty) >= 0:
            self.column.setStretchFactor(self.empty, 0 if count else 1)
        table.setAccessibleName(self.title())  # what a screen reader says for the table
        self.changed.emit()

    def _record_id(self) -> Any:
        """The id of the host's record; None while there is none."""
        record = self.host.record
        return None if record is None else record.id

    def _saved_record_id(self) -> Any:
        """The id of the host's record for a new entry of this tab: a record not yet
        saved is saved first (what was typed so far); None when it cannot be yet."""
        if self._record_id() is None:
            save_new = getattr(self.host, "save_new_record", None)
            if save_new is None or not save_new():
                return None
        return self._record_id()

    def _run_entry(self, dialog: StepDialog) -> bool:
        """Show the dialog of a new entry; once it is saved, show the table anew."""
        self.last_dialog = dialog
        return run_step(dialog, self.refresh)

    def refresh(self) -> None:
        raise NotImplementedError
