"""Extras → »Importe …«: every import with its file, sheet, day, user and counts, and
undo for each. Before an undo the dialog says what will happen: how many records go
and which stay because someone worked on them since (by name)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.errors import ServiceError
from servicestelle.importing.commit import entity_label
from servicestelle.importing.service import ImportService
from servicestelle.importing.undo import HistoryEntry

from .formatting import format_count, format_value


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportHistory", text)


class ImportHistoryDialog(QDialog):
    """The list of imports, newest first, with »Rückgängig machen …« for the chosen one."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ImportService(db)
        self.entries: list[HistoryEntry] = []
        self.setWindowTitle(QCoreApplication.translate("ImportHistory", "Importe"))
        self.intro = QLabel(
            QCoreApplication.translate(
                "ImportHistory",
                "Jede importierte Liste. Ein Import lässt sich rückgängig machen: seine "
                "Einträge werden entfernt, außer denen, die seitdem bearbeitet oder "
                "verwendet wurden.",
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 11)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportHistory", "Nr."),
                QCoreApplication.translate("ImportHistory", "Datum"),
                QCoreApplication.translate("ImportHistory", "Benutzer"),
                QCoreApplication.translate("ImportHistory", "Art"),
                QCoreApplication.translate("ImportHistory", "Datei"),
                QCoreApplication.translate("ImportHistory", "Blatt"),
                QCoreApplication.translate("ImportHistory", "Angelegt"),
                QCoreApplication.translate("ImportHistory", "Ergänzt"),
                QCoreApplication.translate("ImportHistory", "Übersprungen"),
                QCoreApplication.translate("ImportHistory", "Fehler"),
                QCoreApplication.translate("ImportHistory", "Stand"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("ImportHistory", "Importe"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(11):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel(QCoreApplication.translate("ImportHistory", "Noch keine Importe."))
        self.undo_button = QPushButton(
            QCoreApplication.translate("ImportHistory", "Rückgängig machen …")
        )
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("ImportHistory", "Schließen")
        )
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        self.filler = QWidget()  # the table's room while there is none
        column.addWidget(self.filler, 1)
        column.addWidget(buttons)
        self.resize(980, 420)
        self.reload()

    def reload(self) -> None:
        chosen = self.current()
        self.entries = self.service.history()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            if entry.undone and entry.remaining:
                state = QCoreApplication.translate(
                    "ImportHistory", "rückgängig gemacht ({count} entfernt, {kept} behalten)"
                ).format(count=format_count(entry.removed), kept=format_count(entry.remaining))
            elif entry.undone:
                state = QCoreApplication.translate(
                    "ImportHistory", "rückgängig gemacht ({count} entfernt)"
                ).format(count=format_count(entry.removed))
            else:
                state = QCoreApplication.translate(
                    "ImportHistory", "{count} Einträge vorhanden"
                ).format(count=format_count(entry.remaining))
            texts = [
                str(entry.id),
                format_value(entry.at, "datetime"),
                entry.user or "–",
                entity_label(entry.entity),
                entry.file_name,
                entry.sheet or "",
                format_count(entry.created),
                format_count(entry.updated),
                format_count(entry.skipped),
                format_count(entry.rejected),
                state,
            ]
            details = QCoreApplication.translate(
                "ImportHistory",
                "{rows} Zeilen: {created} angelegt, {updated} ergänzt oder aktualisiert, "
                "{skipped} Dubletten übersprungen, {rejected} mit Fehlern nicht importiert.",
            ).format(
                rows=format_count(entry.rows_total),
                created=format_count(entry.created),
                updated=format_count(entry.updated),
                skipped=format_count(entry.skipped),
                rejected=format_count(entry.rejected),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(details)
                if column in (0, 6, 7, 8, 9):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if entry.undone:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self.filler.setVisible(not self.entries)
        again = next((r for r, e in enumerate(self.entries) if chosen and e.id == chosen.id), 0)
        if self.entries:
            self.table.selectRow(again)
        self._selected()

    def current(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def select(self, batch_id: int) -> None:
        for row, entry in enumerate(self.entries):
            if entry.id == batch_id:
                self.table.selectRow(row)

    def _selected(self) -> None:
        entry = self.current()
        self.undo_button.setEnabled(entry is not None and not entry.undone)

    def undo_selected(self) -> bool:
        entry = self.current()
        if entry is None or entry.undone:
            return False
        title = QCoreApplication.translate(
            "ImportHistory", "Import Nr. {batch} rückgängig machen"
        ).format(batch=entry.id)
        try:
            preview = self.service.undo_preview(entry.id)
        except ServiceError as exc:
            QMessageBox.warning(self, title, exc.message)
            return False
        if not preview.remove:
            QMessageBox.information(self, title, preview.text())
            return False
        box = QMessageBox(QMessageBox.Icon.Question, title, self._question(entry), parent=self)
        box.setInformativeText(preview.text())
        go = box.addButton(
            QCoreApplication.translate("ImportHistory", "Rückgängig machen"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("ImportHistory", "Abbrechen"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(go)
        box.exec()
        if box.clickedButton() is not go:
            return False
        try:
            removed = self.service.undo(entry.id)
        except ServiceError as exc:
            QMessageBox.warning(self, title, exc.message)
            return False
        self.reload()
        QMessageBox.information(
            self,
            title,
            QCoreApplication.translate(
                "ImportHistory", "Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt."
            ).format(batch=entry.id, count=format_count(removed)),
        )
        return True

    @staticmethod
    def _question(entry: HistoryEntry) -> str:
        return QCoreApplication.translate(
            "ImportHistory", "Den Import Nr. {batch} aus »{file}« vom {day} rückgängig machen?"
        ).format(batch=entry.id, file=entry.file_name, day=format_value(entry.at, "datetime"))


def show_import_history(window: Any) -> ImportHistoryDialog:
    """Open the list of imports (Extras → Importe …) for the window's database."""
    dialog = ImportHistoryDialog(window.database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.import_history = dialog
    return dialog
