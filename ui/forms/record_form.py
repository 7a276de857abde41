"""A form built from a service's field descriptions: one editor per kind of value.

``RecordForm`` knows nothing about a particular kind of record. It is given the
service's ``fields`` and a layout (groups of field names with German titles) and
builds the editors. ``load(record)`` fills them, ``values()`` returns what the user
changed (as text or simple values the core cleans and checks itself), and
``show_errors()`` puts the core's German messages next to their fields.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from servicestelle.validation import Field

from .date_editor import DateEditor
from .editors import (
    BoolEditor,
    ChoiceEditor,
    Choices,
    FieldEditor,
    Finder,
    MoneyEditor,
    MultiLineEditor,
    Namer,
    NumberEditor,
    TextEditor,
)
from .record_picker import RecordPicker

# Groups of a form: (German title, field names).
LayoutSpec = Sequence[tuple[str, Sequence[str]]]
ChoiceSource = Choices | Callable[[], Choices]

# Notes and descriptions get a box of several lines.
MULTILINE_FIELDS = frozenset({"notes", "description", "outcome", "note"})

ERROR_COLOUR = "#b3261e"
STYLE = f"""
*[fieldError="true"] {{ border: 1px solid {ERROR_COLOUR}; border-radius: 2px; }}
QLabel[role="fieldError"] {{ color: {ERROR_COLOUR}; }}
QLabel[role="formError"] {{ color: {ERROR_COLOUR}; }}
QToolButton[role="calendar"]::menu-indicator {{ image: none; width: 0px; }}
"""


def _empty(value: Any) -> bool:
    return value is None or value == ""


class RecordForm(QWidget):
    """The editors of a service's fields, arranged in titled groups."""

    changed = Signal()

    def __init__(
        self,
        fields: Mapping[str, Field],
        layout: LayoutSpec,
        *,
        choices: Mapping[str, ChoiceSource] | None = None,
        pickers: Mapping[str, tuple[Finder, Namer]] | None = None,
        editors: Mapping[str, FieldEditor] | None = None,
        read_only: Iterable[str] = (),
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        self.layout_spec = layout
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._baseline: dict[str, Any] = {}
        self._new = True
        self._loading = False
        self.setStyleSheet(STYLE)
        choices = choices or {}
        pickers = pickers or {}
        custom = dict(editors or {})
        read_only = set(read_only)

        self.form_error = QLabel()
        self.form_error.setProperty("role", "formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        for title, names in layout:
            group = QGroupBox(title)
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for name in names:
                spec = fields[name]
                editor = custom.pop(name, None) or self._make_editor(
                    name, spec, choices.get(name), pickers.get(name)
                )
                editor.on_change = lambda n=name: self._edited(n)
                if not editor.focus_widget.accessibleName():  # also where no label is shown
                    editor.focus_widget.setAccessibleName(spec.label)
                if name in read_only:
                    editor.set_read_only(True)
                self.editors[name] = editor
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(editor.widget)
                error = QLabel()
                error.setProperty("role", "fieldError")
                error.setWordWrap(True)
                error.hide()
                column.addWidget(error)
                self.error_labels[name] = error
                if isinstance(editor, MultiLineEditor):
                    cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                if spec.kind == "bool":
                    form.addRow("", cell)
                elif len(names) == 1 and spec.label == title:
                    form.addRow(cell)  # the group's title names the field already
                else:
                    label = QLabel(self.label_text(spec))
                    label.setBuddy(editor.focus_widget)
                    if isinstance(editor, MultiLineEditor):
                        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                    form.addRow(label, cell)
            self.groups[title] = group
        self._arrange(columns)

    # -- building ------------------------------------------------------------------

    def label_text(self, spec: Field) -> str:
        """A field's label; required ones marked with an asterisk."""
        return f"{spec.label} *" if spec.required else spec.label

    def _make_editor(
        self,
        name: str,
        spec: Field,
        source: ChoiceSource | None,
        picker: tuple[Finder, Namer] | None,
    ) -> FieldEditor:
        kind = spec.kind
        if kind in ("text", "email", "phone"):
            if name in MULTILINE_FIELDS and kind == "text":
                return MultiLineEditor(name, spec)
            return TextEditor(name, spec)
        if kind in ("int", "decimal"):
            return NumberEditor(name, spec)
        if kind == "money":
            return MoneyEditor(name, spec)
        if kind == "date":
            return DateEditor(name, spec)
        if kind == "datetime":
            return DateEditor(name, spec, with_time=True)
        if kind == "bool":
            return BoolEditor(name, spec)
        if kind == "enum":
            assert spec.enum is not None
            return ChoiceEditor(name, spec, [(m.value, m.label) for m in spec.enum])
        if kind == "ref":
            if picker is not None:
                return RecordPicker(name, spec, *picker)
            items = source() if callable(source) else (source or [])
            return ChoiceEditor(name, spec, list(items))
        raise ValueError(f"unbekannte Art von Feld: {kind}")

    def _arrange(self, columns: int) -> None:
        """Place the groups: in ``columns`` columns, each filled top to bottom."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_error)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(grid)
        groups = list(self.groups.values())
        per_column = -(-len(groups) // max(columns, 1))
        for index, group in enumerate(groups):
            grid.addWidget(group, index % per_column, index // per_column)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    # -- values --------------------------------------------------------------------

    def load(self, record: Any | None, defaults: Mapping[str, Any] | None = None) -> None:
        """Show ``record`` (None: a new record, with optional ``defaults``)."""
        self._loading = True
        try:
            self._new = record is None
            for name, editor in self.editors.items():
                if record is None:
                    value = (defaults or {}).get(name)
                else:
                    value = getattr(record, name, None)
                if isinstance(editor, ChoiceEditor) and record is not None:
                    self._offer_stored(editor, record, name, value)
                editor.set_value(value)
            self._baseline = {name: e.raw() for name, e in self.editors.items()}
        finally:
            self._loading = False
        self.clear_errors()

    def _offer_stored(self, editor: ChoiceEditor, record: Any, name: str, value: Any) -> None:
        """A stored reference to an entry no longer offered is shown by its name."""
        if value is None or isinstance(value, enum.Enum) or not name.endswith("_id"):
            return
        related = getattr(record, name[: -len("_id")], None) if _loaded(record, name) else None
        label = getattr(related, "name", None) or self.tr("Nr. {id}").format(id=value)
        editor.add_inactive(value, label)

    @property
    def is_new(self) -> bool:
        return self._new

    def _changed_editors(self) -> list[str]:
        return [n for n, e in self.editors.items() if e.raw() != self._baseline.get(n)]

    def changed_names(self) -> list[str]:
        """Everything the user changed since loading (forms add their own parts)."""
        return self._changed_editors()

    def values(self) -> dict[str, Any]:
        """The changed fields as the service takes them; for a new record every field
        with a value (so that the service sees choices left at their first entry)."""
        if self._new:
            result = {}
            for name, editor in self.editors.items():
                value = editor.to_core()
                if not _empty(value) and not (editor.spec.kind == "bool" and value is False):
                    result[name] = value
            return result
        return {name: self.editors[name].to_core() for name in self._changed_editors()}

    def is_dirty(self) -> bool:
        return bool(self.changed_names())

    def changes(self) -> dict[str, Any]:
        """The raw contents of the changed editors (to put back after a reload)."""
        return {name: self.editors[name].raw() for name in self._changed_editors()}

    def apply_changes(self, changes: Mapping[str, Any]) -> None:
        for name, raw in changes.items():
            if name in self.editors:
                self.editors[name].set_raw(raw)

    # -- errors --------------------------------------------------------------------

    def show_errors(self, field_errors: Mapping[str, str]) -> list[str]:
        """Show each message at its field and focus the first; returns the messages
        that belong to no field of this form (the caller shows those)."""
        self.clear_errors()
        first: QWidget | None = None
        rest: list[str] = []
        for name, editor in self.editors.items():  # in the order of the form
            message = field_errors.get(name)
            if not message:
                continue
            label = self.error_labels[name]
            label.setText(message)
            label.show()
            self._mark(editor.focus_widget, True)
            if first is None:
                first = editor.focus_widget
        rest = [msg for name, msg in field_errors.items() if name not in self.editors]
        if first is not None:
            self._reveal(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return rest

    def show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.setVisible(bool(message))

    def error_text(self, name: str) -> str:
        """The message shown at a field ('' when none)."""
        label = self.error_labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for name in self.editors:
            self._clear_error(name)
        self.show_form_error("")

    def _clear_error(self, name: str) -> None:
        label = self.error_labels[name]
        if not label.isHidden():
            label.hide()
            label.clear()
        self._mark(self.editors[name].focus_widget, False)

    @staticmethod
    def _mark(widget: QWidget, on: bool) -> None:
        if bool(widget.property("fieldError")) == on:
            return
        widget.setProperty("fieldError", on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    @staticmethod
    def _reveal(widget: QWidget) -> None:
        """Scroll an enclosing scroll area to the widget."""
        from PySide6.QtWidgets import QScrollArea

        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget, 40, 40)
                return
            parent = parent.parentWidget()

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._clear_error(name)
        self.changed.emit()


def _loaded(record: Any, name: str) -> bool:
    """Whether the relationship belonging to ``name`` can be read without a session."""
    from sqlalchemy import inspect

    try:
        state = inspect(record)
    except Exception:  # noqa: BLE001 - not a mapped object
        return True
    return name[: -len("_id")] not in state.unloaded
