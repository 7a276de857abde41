"""The editor of a reference to one of many records: type a name, choose from the hits.

Each hit keeps its record's id, so that two people with the same name (told apart by
birth year and district in the hit's text) are two entries that pick two records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from servicestelle.validation import Field

from .editors import FieldEditor, Finder, Namer


class RecordPicker(FieldEditor):
    """A reference to one of many records (people): type a name, choose from hits."""

    def __init__(self, name: str, spec: Field, finder: Finder, namer: Namer) -> None:
        self.finder = finder
        self.namer = namer
        self.record_id: int | None = None
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("RecordPicker", "Namen eingeben und auswählen")
        )
        self.hits_model = QStandardItemModel(self.edit)
        self.completer = QCompleter(self.hits_model, self.edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self._timer = QTimer(self.edit)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        super().__init__(name, spec, self.edit)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]

    def _typed(self, _text: str) -> None:
        self.record_id = None
        self._timer.start()
        self._changed()

    def _search(self) -> None:
        text = self.edit.text().strip()
        hits = list(self.finder(text)) if len(text) >= 2 else []
        self.hits_model.clear()
        for record_id, title in hits:
            item = QStandardItem(title)
            item.setData(record_id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.hits_model.appendRow(item)
        if hits and self.edit.hasFocus():
            self.completer.complete()

    def hit_titles(self) -> list[str]:
        return [self.hits_model.item(r).text() for r in range(self.hits_model.rowCount())]

    def _chosen(self, index: QModelIndex) -> None:
        record_id = index.data(Qt.ItemDataRole.UserRole)
        self.record_id = int(record_id) if record_id is not None else None
        self._changed()

    def choose(self, record_id: int | None) -> None:
        """Select a record (as if it had been picked from the list)."""
        self.set_raw(record_id)
        self._changed()

    def raw(self) -> Any:
        if self.record_id is None and self.edit.text().strip():
            return ("text", self.edit.text().strip())  # typed but not chosen
        return self.record_id

    def set_raw(self, value: Any) -> None:
        if isinstance(value, tuple):
            self.record_id = None
            self.edit.setText(value[1])
            return
        self.record_id = value
        self.edit.setText(self.namer(value) if value is not None else "")

    def to_core(self) -> Any:
        raw = self.raw()
        return raw[1] if isinstance(raw, tuple) else raw

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
