"""The editors of single fields, one class per kind of value.

Each ``FieldEditor`` wraps a widget: ``raw()`` is what the widget holds, ``to_core()``
what the service takes. Dates and record pickers have modules of their own.
"""

from __future__ import annotations

import decimal
import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from servicestelle.formats import money
from servicestelle.validation import Field, Invalid, display_phone, parse_money

Choices = Sequence[tuple[Any, str]]
# Finds records for a picker: text typed → [(id, German title)], and id → title.
Finder = Callable[[str], Choices]
Namer = Callable[[int], str]


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


class _ReadOnlyByFlag(FieldEditor):
    """An editor whose widget has ``setReadOnly``: read-only, it stays readable and selectable."""

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)  # type: ignore[attr-defined]


class _StrippedText(_ReadOnlyByFlag):
    """Text goes to the core without outer blanks; empty text as None."""

    def to_core(self) -> Any:
        text = self.raw().strip()
        return text or None


class TextEditor(_StrippedText):
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


class MultiLineEditor(_StrippedText):
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


class NumberEditor(_ReadOnlyByFlag):
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


class MoneyEditor(_StrippedText):
    """An amount in euros, typed as people write it (»1500«, »1.500«, »1500,5«) and shown
    as »1.500,00 €« once the field is left; the core reads and checks the text."""

    def __init__(self, name: str, spec: Field) -> None:
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaxLength(20)
        edit.setPlaceholderText("0,00 €")
        edit.setMinimumWidth(110)
        edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        super().__init__(name, spec, edit)
        edit.textChanged.connect(self._changed)
        edit.editingFinished.connect(self._tidy)

    def raw(self) -> str:
        return self.widget.text()  # type: ignore[attr-defined,no-any-return]

    def set_raw(self, value: Any) -> None:
        self.widget.setText(_money_text(value))  # type: ignore[attr-defined]

    def _tidy(self) -> None:
        """A readable amount written back as the office writes it (»1.500,00 €«);
        anything unreadable stays as typed for the core's message."""
        text = self.raw().strip()
        if not text:
            return
        try:
            shown = _money_text(parse_money(text))
        except Invalid:
            return
        if shown != text:
            self.widget.setText(shown)  # type: ignore[attr-defined]


def _money_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        return money(parse_money(value))
    except Invalid:
        return str(value)


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
