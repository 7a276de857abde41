"""Extras → »Importe …«: every import with its file, sheet, day, user and counts, and
undo for each. Before an undo the dialog says what will happen: how many records go
and which stay because someone worked on them since (by name)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
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

from .formatting import format_count, format_value, plural


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
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a file's name and end
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # »Stand« takes the room that is left
        header.setMinimumSectionSize(36)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel(QCoreApplication.translate("ImportHistory", "Noch keine Importe."))
        self.note = QLabel()  # why the chosen import cannot be undone
        self.note.setWordWrap(True)
        self.note.hide()
        self.undo_button = QPushButton(
            QCoreApplication.translate("ImportHistory", "Rückgängig machen …")
        )
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("ImportHistory", "Schließen")
        )
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        help_button = buttons.addButton(QDialogButtonBox.StandardButton.Help)
        help_button.setText(QCoreApplication.translate("ImportHistory", "Hilfe"))
        buttons.helpRequested.connect(self.show_help)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        self.filler = QWidget()  # the table's room while there is none
        column.addWidget(self.filler, 1)
        column.addWidget(self.note)
        column.addWidget(buttons)
        self.resize(self._first_size())
        self.reload()

    def _first_size(self) -> QSize:
        """Wide enough for every column of a usual import, within the screen (an office
        laptop has 1280 × 800)."""
        wanted = QSize(1240, 480)
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size()
        return QSize(
            min(wanted.width(), room.width() - 40), min(wanted.height(), room.height() - 80)
        )

    def show_help(self) -> None:
        from .window_commands import open_help_for

        open_help_for(self)

    def reload(self) -> None:
        chosen = self.current()
        self.entries = self.service.history()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            state = self._state(entry)
            texts = [
                str(entry.id),
                format_value(entry.at, "datetime"),
                entry.user or "–",
                entity_label(entry.entity),
                entry.file_name,
                self._sheet(entry),
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
                if column in (4, 10):  # the whole name and state, should they be cut
                    item.setToolTip(f"{text}\n{details}")
                else:
                    item.setToolTip(details)
                if column in (0, 6, 7, 8, 9):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if entry.undone:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self._fit_columns()
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self.filler.setVisible(not self.entries)
        again = next((r for r, e in enumerate(self.entries) if chosen and e.id == chosen.id), 0)
        if self.entries:
            self.table.selectRow(again)
        self._selected()

    def _fit_columns(self) -> None:
        """Each column as wide as its texts; a long file or sheet name is shortened in
        the middle (whole in its tooltip), never squeezed to »…« by the others."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, widest in ((4, 260), (5, 150)):
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)

    @staticmethod
    def _sheet(entry: HistoryEntry) -> str:
        """The sheet imported; a CSV file has none (its stem is no sheet's name)."""
        if Path(entry.file_name).suffix.lower() in (".csv", ".txt"):
            return "–"
        return entry.sheet or "–"

    @staticmethod
    def _state(entry: HistoryEntry) -> str:
        if entry.undone and entry.remaining:
            return QCoreApplication.translate(
                "ImportHistory", "rückgängig gemacht ({count} entfernt, {kept} behalten)"
            ).format(count=format_count(entry.removed), kept=format_count(entry.remaining))
        if entry.undone:
            return QCoreApplication.translate(
                "ImportHistory", "rückgängig gemacht ({count} entfernt)"
            ).format(count=format_count(entry.removed))
        if not entry.created:
            return QCoreApplication.translate("ImportHistory", "nichts angelegt")
        return plural(
            entry.remaining,
            QCoreApplication.translate("ImportHistory", "1 Eintrag vorhanden"),
            QCoreApplication.translate("ImportHistory", "{count} Einträge vorhanden"),
        )

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
        nothing = entry is not None and not entry.undone and not entry.remaining
        self.undo_button.setEnabled(entry is not None and not entry.undone and not nothing)
        if nothing and entry is not None:
            if entry.created:
                why = QCoreApplication.translate(
                    "ImportHistory",
                    "Die Einträge des Imports Nr. {batch} sind nicht mehr vorhanden – es "
                    "gibt nichts rückgängig zu machen.",
                )
            else:
                why = QCoreApplication.translate(
                    "ImportHistory",
                    "Der Import Nr. {batch} hat keine Einträge angelegt – es gibt nichts "
                    "rückgängig zu machen.",
                )
            text = why.format(batch=entry.id)
            if entry.updated:
                text += " " + QCoreApplication.translate(
                    "ImportHistory",
                    "Was er bei vorhandenen Einträgen ergänzt hat (Felder, Sprachen, "
                    "Einwilligungen), bleibt, wie es ist."
                )
            self.note.setText(text)
        self.note.setVisible(nothing)
        self.undo_button.setToolTip(self.note.text() if nothing else "")

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
        if preview.nothing_to_undo:  # nothing to ask: say so, and leave the import be
            QMessageBox.information(self, title, preview.text())
            return False
        box = QMessageBox(QMessageBox.Icon.Question, title, self._question(entry), parent=self)
        box.setInformativeText(preview.text())
        go = box.addButton(
            QCoreApplication.translate("ImportHistory", "Rückgängig machen"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("ImportHistory", "Abbrechen"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)  # Enter removes nothing
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
            (
                QCoreApplication.translate(
                    "ImportHistory", "Import Nr. {batch} rückgängig gemacht: 1 Eintrag entfernt."
                )
                if removed == 1
                else QCoreApplication.translate(
                    "ImportHistory",
                    "Import Nr. {batch} rückgängig gemacht: {count} Einträge entfernt.",
                )
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
