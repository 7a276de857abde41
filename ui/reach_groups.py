"""Who is in which group of a mailing's summary: those reached (»per E-Mail«, »per
Post«) and those left out, one group per reason (»ohne Einwilligung zur E-Mail«,
»ohne E-Mail-Adresse« …).

Each group is a list of its people with birth year, district and address or reason; a
double click opens a person's record (to add the missing address, say), and »Als Liste
zeigen« shows the group in the main window's list of that kind, where it can be
printed, exported or worked through like any filtered list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.i18n import _ as core_text
from servicestelle.services.base import RECORDS
from servicestelle.services.reach import Person, Reach

from .formatting import format_count

if TYPE_CHECKING:
    from servicestelle.db import Database


def groups_of(found: Reach, reached_as: str) -> list[tuple[str, list[Person]]]:
    """(label, people) of each group that is not empty: the reached first (labelled
    ``reached_as``, e.g. »per E-Mail«), then each reason for leaving people out."""
    groups: list[tuple[str, list[Person]]] = []
    if found.reachable:
        groups.append((reached_as, found.reachable))
    by_reason: dict[str, list[Person]] = {}
    for person in found.left_out:
        by_reason.setdefault(core_text(person.reason or ""), []).append(person)
    for reason, _count in found.reasons():
        if reason in by_reason:
            groups.append((reason, by_reason.pop(reason)))
    groups.extend(by_reason.items())
    return groups


def summary_row(
    summary: QLabel, found: Reach, tooltip: str, show: Any
) -> tuple[QHBoxLayout, QPushButton]:
    """The summary of who is reached beside »Gruppen zeigen …« (``show`` on a click),
    as the writing and the letters dialogs have it at their top."""
    row = QHBoxLayout()
    row.addWidget(summary, 1)
    button = QPushButton(QCoreApplication.translate("ReachGroups", "Gruppen zeigen …"))
    button.setToolTip(tooltip)
    button.setAutoDefault(False)
    button.setVisible(bool(found.people))
    button.clicked.connect(show)
    row.addWidget(button)
    return row, button


def main_window_of(widget: QWidget | None) -> Any:
    """The main window ``widget`` belongs to (or the program's one), None without."""
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    main: Any = widget
    while main is not None and not isinstance(main, MainWindow):
        main = main.parentWidget()
    if main is None:
        main = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None
        )
    return main


def show_groups(
    owner: QWidget, db: Database, kind: str, found: Reach, reached_as: str
) -> ReachGroupsDialog:
    """Open the groups of ``found`` over ``owner`` (a writing or letters dialog)."""
    main = main_window_of(owner)
    dialog = ReachGroupsDialog(
        db, kind, found, reached_as, owner,
        show_list=main.show_records if main is not None else None,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class ReachGroupsDialog(QDialog):
    """The groups of ``found`` for people of ``kind``; ``show_list(kind, ids, title)``
    shows a group in the main window's list (the button is missing without it)."""

    def __init__(
        self,
        db: Database,
        kind: str,
        found: Reach,
        reached_as: str,
        parent: QWidget | None = None,
        *,
        show_list: Any = None,
        first: int = 0,
    ) -> None:
        super().__init__(parent)
        self.db, self.kind, self.show_list = db, kind, show_list
        self.groups = groups_of(found, reached_as)
        self.setWindowTitle(
            QCoreApplication.translate("ReachGroups", "Wer in welcher Gruppe")
        )
        self.setObjectName("ReachGroupsDialog")
        self.resize(720, 460)
        column = QVBoxLayout(self)
        form = QFormLayout()
        self.group = QComboBox()
        for label, people in self.groups:
            self.group.addItem(f"{label} ({format_count(len(people))})")
        form.addRow(QCoreApplication.translate("ReachGroups", "Gruppe"), self.group)
        column.addLayout(form)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ReachGroups", "Name"),
                QCoreApplication.translate("ReachGroups", "Geburtsjahr"),
                QCoreApplication.translate("ReachGroups", "Stadtteil"),
                QCoreApplication.translate("ReachGroups", "Adresse oder Grund"),
            ]
        )
        self.table.setAccessibleName(
            QCoreApplication.translate("ReachGroups", "Personen der Gruppe")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_record())
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(
            QCoreApplication.translate("ReachGroups", "Datensatz öffnen")
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_record)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.list_button = QPushButton(
            QCoreApplication.translate("ReachGroups", "Als Liste zeigen")
        )
        self.list_button.setAutoDefault(False)
        self.list_button.setToolTip(
            QCoreApplication.translate(
                "ReachGroups",
                "Die Gruppe in der Liste des Hauptfensters zeigen (drucken, exportieren, "
                "nacheinander bearbeiten)",
            )
        )
        self.list_button.clicked.connect(self.as_list)
        self.list_button.setVisible(show_list is not None)
        buttons.addButton(self.list_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(
            QCoreApplication.translate("ReachGroups", "Schließen"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        close.clicked.connect(self.reject)
        column.addWidget(buttons)
        self.group.currentIndexChanged.connect(self._fill)
        self.group.setCurrentIndex(min(max(first, 0), max(len(self.groups) - 1, 0)))
        self._fill()

    def people(self) -> list[Person]:
        index = self.group.currentIndex()
        return self.groups[index][1] if 0 <= index < len(self.groups) else []

    def _fill(self) -> None:
        people = self.people()
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            where = (core_text(person.reason) if person.reason
                     else "; ".join(person.addresses.values()))
            cells = [person.name, str(person.birth_year or ""), person.district or "", where]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, col, item)
        if people:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(people))
        self.list_button.setEnabled(bool(people))

    def open_record(self) -> None:
        row = self.table.currentRow()
        people = self.people()
        if not 0 <= row < len(people):
            return
        from .forms.form_dialog import open_record_dialog

        open_record_dialog(self, self.db, self.kind, people[row].id)

    def as_list(self) -> None:
        if self.show_list is None:
            return
        index = self.group.currentIndex()
        label = self.groups[index][0] if 0 <= index < len(self.groups) else ""
        self.show_list(self.kind, {RECORDS: [p.id for p in self.people()]}, False, label)
        self.accept()
