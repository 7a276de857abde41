"""A form built from a service's field descriptions: one editor per kind of value.

``RecordForm`` knows nothing about a particular kind of record. It is given the
service's ``fields`` and a layout (groups of field names with German titles) and
builds the editors. ``load(record)`` fills them, ``values()`` returns what the user
changed (as text or simple values the core cleans and checks itself), and
``show_errors()`` puts the core's German messages next to their fields.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from servicestelle.validation import Field, display_phone

# Groups of a form: (German title, field names).
LayoutSpec = Sequence[tuple[str, Sequence[str]]]
Choices = Sequence[tuple[Any, str]]
ChoiceSource = Choices | Callable[[], Choices]
# Finds records for a picker: text typed → [(id, German title)], and id → title.
Finder = Callable[[str], Choices]
Namer = Callable[[int], str]

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


class FieldEditor:
    """The editor of one field: a widget, its raw value, and a change callback.

    The raw value is what the widget holds (a text, a number, an id); ``to_core``
    turns it into what the service expects. Subclasses for each kind of value.
    """

    def __init__(self, name: str, spec: Field, widget: QWidget) -> None:
        self.name = name
        self.spec = spec
        self.widget = widget
        self.on_change: Callable[[], None] = lambda: None

    # The widget whose look changes when the field has an error (and gets focus).
    @property
    def focus_widget(self) -> QWidget:
        return self.widget

    def raw(self) -> Any:
        raise NotImplementedError

    def set_raw(self, value: Any) -> None:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored value of the record."""
        self.set_raw(value)

    def to_core(self) -> Any:
        return self.raw()

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def _changed(self, *_args: Any) -> None:
        self.on_change()


class TextEditor(FieldEditor):
    def __init__(self, name: str, spec: Field) -> None:
        edit = QLineEdit()
        if spec.max_len:
            edit.setMaxLength(spec.max_len)
        super().__init__(name, spec, edit)
        edit.textChanged.connect(self._changed)

    def raw(self) -> str:
        return self.widget.text()  # type: ignore[attr-defined,no-any-return]

    def set_raw(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        if self.spec.kind == "phone":
            value = display_phone(value)
        self.set_raw(value)

    def to_core(self) -> Any:
        text = self.raw().strip()
        return text or None

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)  # type: ignore[attr-defined]


class MultiLineEditor(FieldEditor):
    def __init__(self, name: str, spec: Field) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        # Grows with the window but asks for only a few lines: the form fits at 700 px.
        edit.setMinimumHeight(72)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        super().__init__(name, spec, edit)
        edit.textChanged.connect(self._changed)

    def raw(self) -> str:
        return self.widget.toPlainText()  # type: ignore[attr-defined,no-any-return]

    def set_raw(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))  # type: ignore[attr-defined]

    def to_core(self) -> Any:
        text = self.raw().strip()
        return text or None

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)  # type: ignore[attr-defined]


class NumberEditor(FieldEditor):
    """A spin box that can be empty: the value below the minimum shows as blank."""

    def __init__(self, name: str, spec: Field) -> None:
        self.decimal = spec.kind == "decimal"
        box: QSpinBox | QDoubleSpinBox
        if self.decimal:
            box = QDoubleSpinBox()
            box.setDecimals(2)
            top = float(spec.maximum) if spec.maximum is not None else 1e9
            bottom = float(spec.minimum) if spec.minimum is not None else -1e9
            self.blank: float = bottom - 1
        else:
            box = QSpinBox()
            top = int(spec.maximum) if spec.maximum is not None else 1_000_000_000
            bottom = int(spec.minimum) if spec.minimum is not None else -1_000_000_000
            self.blank = bottom - 1
        box.setRange(self.blank, top)  # type: ignore[arg-type]
        box.setSpecialValueText(" ")  # the blank value shows as an empty box
        box.setValue(self.blank)  # type: ignore[arg-type]
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMinimumWidth(90)
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        super().__init__(name, spec, box)
        box.valueChanged.connect(self._changed)

    def raw(self) -> Any:
        value = self.widget.value()  # type: ignore[attr-defined]
        if value == self.blank:
            return None
        return decimal.Decimal(str(round(value, 2))) if self.decimal else int(value)

    def set_raw(self, value: Any) -> None:
        box = self.widget
        box.setValue(
            self.blank
            if value is None
            else float(value)
            if self.decimal  # type: ignore[attr-defined]
            else int(value)
        )

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)  # type: ignore[attr-defined]


class DateEditor(FieldEditor):
    """A date as TT.MM.JJJJ text (may stay empty) with a calendar to pick from."""

    def __init__(self, name: str, spec: Field, with_time: bool = False) -> None:
        self.with_time = with_time
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            box.tr("TT.MM.JJJJ HH:MM") if with_time else box.tr("TT.MM.JJJJ")
        )
        self.edit.setMaximumWidth(150 if with_time else 110)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setProperty("role", "calendar")
        self.button.setToolTip(box.tr("Kalender öffnen"))
        self.button.setAccessibleName(box.tr("Kalender öffnen"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(lambda day: (self._picked(day), menu.close()))
        self.calendar.activated.connect(lambda day: (self._picked(day), menu.close()))
        self.button.setMenu(menu)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        super().__init__(name, spec, box)
        self.edit.textChanged.connect(self._changed)

    @property
    def focus_widget(self) -> QWidget:
        return self.edit

    def _fmt(self) -> str:
        return "%d.%m.%Y %H:%M" if self.with_time else "%d.%m.%Y"

    def parsed(self) -> dt.date | dt.datetime | None:
        """The typed date, or None when empty or not a date."""
        text = self.edit.text().strip()
        formats = [self._fmt(), "%d.%m.%Y"] if self.with_time else [self._fmt(), "%d.%m.%y"]
        for fmt in formats:
            try:
                moment = dt.datetime.strptime(text, fmt)
            except ValueError:
                continue
            return moment if self.with_time else moment.date()
        return None

    def _prepare_calendar(self) -> None:
        current = self.parsed() or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, day: QDate) -> None:
        chosen = dt.date(day.year(), day.month(), day.day())
        if self.with_time:
            before = self.parsed()
            clock = before.time() if isinstance(before, dt.datetime) else dt.time(9, 0)
            self.edit.setText(dt.datetime.combine(chosen, clock).strftime(self._fmt()))
        else:
            self.edit.setText(chosen.strftime(self._fmt()))

    def raw(self) -> str:
        return self.edit.text()

    def set_raw(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.datetime) and not self.with_time:
            value = value.date()
        if isinstance(value, dt.date):
            value = value.strftime(self._fmt())
        self.set_raw(value)

    def to_core(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        # A date the user typed in another form goes to the core as typed: its
        # German message then says what is wrong.
        parsed = self.parsed()
        if parsed is None:
            return text
        return parsed.strftime("%Y-%m-%d %H:%M") if self.with_time else parsed.isoformat()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)


class BoolEditor(FieldEditor):
    def __init__(self, name: str, spec: Field) -> None:
        box = QCheckBox(spec.label)
        super().__init__(name, spec, box)
        box.toggled.connect(self._changed)

    def raw(self) -> bool:
        return self.widget.isChecked()  # type: ignore[attr-defined,no-any-return]

    def set_raw(self, value: Any) -> None:
        self.widget.setChecked(bool(value))  # type: ignore[attr-defined]


class ChoiceEditor(FieldEditor):
    """A combo box over (value, German label) pairs, with an empty entry unless required."""

    def __init__(self, name: str, spec: Field, choices: Choices) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.setMaxVisibleItems(20)
        super().__init__(name, spec, combo)
        self.fill(choices)
        combo.currentIndexChanged.connect(self._changed)

    def fill(self, choices: Choices) -> None:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        combo.blockSignals(True)
        before = self.raw() if combo.count() else None
        combo.clear()
        if not self.spec.required:
            combo.addItem("", None)
        for value, label in choices:
            combo.addItem(label, value)
        if len(choices) > 12:
            # Long lists (languages, organisations): type to find.
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = combo.completer()
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._select(before)
        combo.blockSignals(False)

    def _select(self, value: Any) -> None:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        if isinstance(value, enum.Enum):
            value = value.value
        index = combo.findData(value) if value is not None else (-1 if self.spec.required else 0)
        if index < 0 and value is not None:
            # A stored value no longer offered (an inactive district): still show it.
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)

    def raw(self) -> Any:
        return self.widget.currentData()  # type: ignore[attr-defined]

    def set_raw(self, value: Any) -> None:
        self._select(value)

    def add_inactive(self, value: Any, label: str) -> None:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        if value is not None and combo.findData(value) < 0:
            combo.addItem(label, value)


class RecordPicker(FieldEditor):
    """A reference to one of many records (people): type a name, choose from hits."""

    def __init__(self, name: str, spec: Field, finder: Finder, namer: Namer) -> None:
        self.finder = finder
        self.namer = namer
        self.record_id: int | None = None
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.edit.tr("Namen eingeben und auswählen"))
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
        label = getattr(related, "name", None) or f"Nr. {value}"
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
