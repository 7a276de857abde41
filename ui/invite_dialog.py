"""»Einladen«: choose the volunteers to invite to an event from a long list.

The list holds every current volunteer with birth year and district (people with the
same name told apart), a search field that narrows it as one types, and a box to tick
per person. Who may not be contacted (no consent to e-mail contact, no address) is shown
greyed with the reason and cannot be ticked; who is invited already is ticked and fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.errors import ServiceError
from servicestelle.i18n import _ as core_text
from servicestelle.search import fold_document, fold_query
from servicestelle.services.reach import Person, Reach
from servicestelle.validation import Field

from .formatting import format_count
from .forms.date_editor import DateEditor
from .forms.step_dialogs import show_error

NAME, YEAR, DISTRICT, STATUS, NOTE = range(5)


def _matches(terms: list[tuple[str, ...]], tokens: list[str]) -> bool:
    """Every typed word begins one of the row's words (in one of its spellings)."""
    return all(any(t.startswith(s) for s in term for t in tokens) for term in terms)


class PeoplePicker(QWidget):
    """A searchable list of people with a box each. ``fixed`` ids are shown ticked
    and cannot be changed (invited already); people who cannot be reached are shown
    greyed with the reason."""

    changed = Signal()  # what is ticked or shown changed

    def __init__(
        self,
        reach: Reach,
        fixed: Collection[int] = (),
        fixed_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.people: list[Person] = list(reach.people)
        self.fixed = set(fixed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("InviteDialog", "Name, Stadtteil oder Geburtsjahr")
        )
        self.search.setAccessibleName(QCoreApplication.translate("InviteDialog", "Suchen"))
        self.search.textChanged.connect(self.narrow)
        self.table = QTableWidget(len(self.people), 5)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("InviteDialog", "Name"),
                QCoreApplication.translate("InviteDialog", "Geburtsjahr"),
                QCoreApplication.translate("InviteDialog", "Stadtteil"),
                QCoreApplication.translate("InviteDialog", "Status"),
                QCoreApplication.translate("InviteDialog", "Hinweis"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("InviteDialog", "Ehrenamtliche"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (NAME, YEAR, DISTRICT, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self._tokens: list[list[str]] = []
        self._fill(fixed_note)
        self.table.itemChanged.connect(lambda _item: self._count())
        self.table.installEventFilter(self)
        self.all_button = QPushButton(
            QCoreApplication.translate("InviteDialog", "Alle gezeigten auswählen")
        )
        self.none_button = QPushButton(
            QCoreApplication.translate("InviteDialog", "Auswahl aufheben")
        )
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self.tick_shown(True))
        self.none_button.clicked.connect(lambda: self.tick_shown(False))
        self.count_label = QLabel()
        self.left_out_label = QLabel(reach.summary())
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setVisible(bool(reach.left_out))

        search_row = QHBoxLayout()
        search_label = QLabel(QCoreApplication.translate("InviteDialog", "Suchen:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(search_row)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.left_out_label)
        self._count()

    def _fill(self, fixed_note: str) -> None:
        self.table.blockSignals(True)
        palette = self.palette()
        grey = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text)
        for row, person in enumerate(self.people):
            status = getattr(person.status, "label", "") if person.status is not None else ""
            fixed = person.id in self.fixed
            if fixed:
                note = fixed_note
            elif person.reason is not None:
                note = QCoreApplication.translate(
                    "InviteDialog", "nicht einladbar: {reason}"
                ).format(reason=core_text(person.reason))
            else:
                note = ""
            texts = [
                person.name,
                str(person.birth_year or ""),
                person.district or "",
                status,
                note,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if person.reason is not None and not fixed:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
            name = self.table.item(row, NAME)
            if fixed:
                name.setCheckState(Qt.CheckState.Checked)
            else:  # an empty box: choosable unless the person cannot be reached
                if person.reason is None:
                    name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Unchecked)
            self._tokens.append(
                fold_document([person.name, person.district, str(person.birth_year or "")]).split()
            )
        self.table.blockSignals(False)

    # -- what is shown and ticked ------------------------------------------------------

    def narrow(self, text: str) -> None:
        """Show the rows whose name, district or birth year begin with what is typed."""
        terms = fold_query(text)
        for row, tokens in enumerate(self._tokens):
            self.table.setRowHidden(row, bool(terms) and not _matches(terms, tokens))
        self._count()

    def shown_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _choosable(self, row: int) -> bool:
        return bool(self.table.item(row, NAME).flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def tick_shown(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.table.blockSignals(True)
        for row in self.shown_rows():
            if self._choosable(row):
                self.table.item(row, NAME).setCheckState(state)
        self.table.blockSignals(False)
        self._count()

    def tick(self, person_id: int, on: bool = True) -> None:
        """Tick or clear one person's box (as a click would)."""
        for row, person in enumerate(self.people):
            if person.id == person_id and self._choosable(row):
                self.table.item(row, NAME).setCheckState(
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                )
                return
        raise KeyError(person_id)

    def chosen(self) -> list[int]:
        """The ids ticked (not those fixed), in the list's order."""
        return [
            person.id
            for row, person in enumerate(self.people)
            if self._choosable(row)
            and self.table.item(row, NAME).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        shown = len(self.shown_rows())
        text = QCoreApplication.translate("InviteDialog", "{chosen} ausgewählt").format(
            chosen=format_count(len(self.chosen()))
        )
        if shown != len(self.people):
            text += " · " + QCoreApplication.translate(
                "InviteDialog", "{shown} von {total} gezeigt"
            ).format(shown=format_count(shown), total=format_count(len(self.people)))
        self.count_label.setText(text)
        self.changed.emit()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """The space bar ticks the current row's box, as in any list of boxes."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            row = self.table.currentRow()
            if row >= 0 and self._choosable(row):
                item = self.table.item(row, NAME)
                on = item.checkState() != Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return True
        return super().eventFilter(watched, event)


class InviteDialog(QDialog):
    """Choose whom to invite and the day of the invitation; »Einladen« runs
    ``submit(ids, day)`` and a refusal of the core is shown with the dialog kept open."""

    def __init__(
        self,
        parent: QWidget | None,
        reach: Reach,
        invited: Collection[int],
        submit: Callable[[list[int], Any], Any],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("InviteDialog", "Einladen"))
        self.submit = submit
        intro = QLabel(
            QCoreApplication.translate(
                "InviteDialog",
                "Haken Sie an, wen Sie einladen. Wer nicht per E-Mail kontaktiert werden "
                "darf, ist grau und nicht wählbar.",
            )
        )
        intro.setWordWrap(True)
        self.picker = PeoplePicker(
            reach,
            fixed=invited,
            fixed_note=QCoreApplication.translate("InviteDialog", "schon eingeladen"),
        )
        self.date = DateEditor(
            "invited_on",
            Field(QCoreApplication.translate("InviteDialog", "Eingeladen am"), kind="date"),
        )
        self.date.set_value(dt.date.today())
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("InviteDialog", "Eingeladen am"), self.date.widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("InviteDialog", "Einladen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("InviteDialog", "Abbrechen")
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.picker, 1)
        column.addLayout(form)
        column.addWidget(buttons)
        self.picker.changed.connect(self._update_ok)
        self._update_ok()
        self.picker.search.setFocus()
        self.resize(820, 600)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.picker.chosen()))

    def try_accept(self) -> bool:
        try:
            self.submit(self.picker.chosen(), self.date.to_core())
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True
