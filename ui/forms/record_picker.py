"""The editor of a reference to one of many records: type a name, choose from the hits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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
        self.completer = QCompleter([], self.edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self._hits: dict[str, int] = {}
        self._timer = QTimer(self.edit)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        super().__init__(name, spec, self.edit)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated[str].connect(self._chosen)  # type: ignore[index]

    def _typed(self, _text: str) -> None:
        self.record_id = None
        self._timer.start()
        self._changed()

    def _search(self) -> None:
        from PySide6.QtCore import QStringListModel

        text = self.edit.text().strip()
        hits = list(self.finder(text)) if len(text) >= 2 else []
        self._hits = {title: record_id for record_id, title in hits}
        self.completer.setModel(QStringListModel(list(self._hits), self.completer))
        if hits and self.edit.hasFocus():
            self.completer.complete()

    def _chosen(self, title: str) -> None:
        self.record_id = self._hits.get(title)
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
