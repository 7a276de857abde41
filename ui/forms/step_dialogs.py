"""The small dialogs of a record's steps: a few inputs and OK.

``StepDialog`` runs a step when OK is pressed and stays open on a refusal of the core;
``ask_dialog`` records that a volunteer was asked for a help request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.enums import ContactChannel
from servicestelle.errors import ServiceError
from servicestelle.services.volunteers import VolunteerService
from servicestelle.validation import Field

from .date_editor import DateEditor
from .record_form import STYLE

_CONTEXT = "RecordPanels"


def tr(text: str) -> str:
    """Translate ``text`` in the panels' context at run time. pyside6-lupdate does not see
    calls of this helper, so literal texts are written as
    ``QCoreApplication.translate("RecordPanels", "…")`` to reach the translation file."""
    return QCoreApplication.translate(_CONTEXT, text)


def show_error(parent: QWidget | None, error: ServiceError) -> None:
    """The core's German message in a box (tests patch ``QMessageBox.warning``)."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("RecordPanels", "Nicht möglich"), error.message
    )


def run_step(dialog: QDialog, done: Callable[[], None]) -> bool:
    """Show ``dialog``; once it is accepted, ``done()``. True when accepted."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    done()
    return True


class StepDialog(QDialog):
    """A few inputs and OK: ``submit(values)`` runs the step; a refusal of the core is
    shown and the dialog stays open so that the input can be corrected."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        submit: Callable[[dict[str, Any]], Any],
        *,
        intro: str = "",
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.submit = submit
        self.error: ServiceError | None = None
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self.widgets: dict[str, QWidget] = {}
        column = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            column.addWidget(label)
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addLayout(self.fields)
        column.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or title)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setMinimumWidth(420)

    # -- inputs --------------------------------------------------------------------

    def add_widget(
        self,
        name: str,
        label: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
    ) -> None:
        """A row of any widget, read by ``getter`` and filled by ``setter``."""
        self.fields.addRow(label, widget)
        self.widgets[name] = widget
        self._getters[name] = getter
        self._setters[name] = setter

    def add_date(self, name: str, label: str, *, today: bool = True) -> DateEditor:
        editor = DateEditor(name, Field(label, kind="date"))
        if today:
            editor.set_value(dt.date.today())
        self.add_widget(name, label, editor.widget, editor.to_core, editor.set_value)
        return editor

    def add_choice(
        self, name: str, label: str, choices: Sequence[tuple[Any, str]], empty: str | None = None
    ) -> QComboBox:
        combo = QComboBox()
        if empty is not None:
            combo.addItem(empty, None)
        for value, text in choices:
            combo.addItem(text, value)

        def select(value: Any) -> None:
            combo.setCurrentIndex(max(combo.findData(value), 0))

        self.add_widget(name, label, combo, combo.currentData, select)
        return combo

    def add_check(self, name: str, text: str, checked: bool = False) -> QCheckBox:
        """A yes/no box with its text beside it."""
        box = QCheckBox(text)
        box.setChecked(checked)
        self.add_widget(name, "", box, box.isChecked, lambda value: box.setChecked(bool(value)))
        return box

    def add_line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_widget(name, label, edit, lambda: edit.text().strip() or None, edit.setText)
        return edit

    def add_text(self, name: str, label: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(80)
        self.add_widget(
            name, label, edit, lambda: edit.toPlainText().strip() or None, edit.setPlainText
        )
        return edit

    def value(self, name: str) -> Any:
        return self._getters[name]()

    def set_value(self, name: str, value: Any) -> None:
        self._setters[name](value)

    def values(self) -> dict[str, Any]:
        return {name: getter() for name, getter in self._getters.items()}

    # -- OK --------------------------------------------------------------------------

    def try_accept(self) -> bool:
        try:
            self.submit(self.values())
        except ServiceError as exc:
            self.error = exc
            show_error(self, exc)
            return False
        self.error = None
        self.accept()
        return True


def person_titles(db: Database, entity: str, hits: Sequence[Any]) -> list[tuple[int, str]]:
    """(id, »Müller, Anna (geb. 1961, Lankow, anna@example.org)«) of search hits of
    volunteers or newcomers: birth year and district tell people with the same name
    apart; the hit's own detail (status, e-mail, phone) follows."""
    from servicestelle.services.reach import describe

    try:
        known = describe(db, entity, [h.entity_id for h in hits])
    except ServiceError:
        known = {}
    titles = []
    for hit in hits:
        person = known.get(hit.entity_id)
        parts = []
        if person is not None and person.birth_year:
            parts.append(
                QCoreApplication.translate("RecordPanels", "geb. {year}").format(
                    year=person.birth_year
                )
            )
        if person is not None and person.district:
            parts.append(person.district)
        if hit.detail:
            parts.append(hit.detail)
        titles.append(
            (hit.entity_id, f"{hit.title} ({', '.join(parts)})" if parts else hit.title)
        )
    return titles


class VolunteerSearch(QWidget):
    """A name field and the volunteers found (the global search, volunteers only),
    each with birth year and district so that equal names can be told apart."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Name, Telefon oder E-Mail eingeben"))
        self.edit.setClearButtonEnabled(True)
        self.hits = QListWidget()
        self.hits.setFixedHeight(140)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit)
        column.addWidget(self.hits)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(lambda: self.search(self.edit.text()))
        self.edit.textEdited.connect(lambda _text: self._timer.start())

    def search(self, text: str) -> None:
        from servicestelle.services.global_search import search

        self.hits.clear()
        hits = [h for h in search(self.db, text, limit=60) if h.entity == "volunteer"]
        for volunteer_id, title in person_titles(self.db, "volunteer", hits):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, volunteer_id)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def volunteer_id(self) -> int | None:
        item = self.hits.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, volunteer_id: Any) -> None:
        for row in range(self.hits.count()):
            if self.hits.item(row).data(Qt.ItemDataRole.UserRole) == volunteer_id:
                self.hits.setCurrentRow(row)


def volunteer_names(db: Database, ids: Sequence[int]) -> dict[int, str]:
    service = VolunteerService(db)
    names = {}
    for volunteer_id in ids:
        try:
            names[volunteer_id] = service.get(volunteer_id).sort_name
        except ServiceError:
            names[volunteer_id] = QCoreApplication.translate("RecordPanels", "Nr. {id}").format(
                id=volunteer_id
            )
    return names


def ask_dialog(parent: QWidget | None, service: Any, request_id: int) -> StepDialog:
    """Record that a volunteer was asked for the request (date, way)."""

    def submit(values: dict[str, Any]) -> None:
        if values["volunteer_id"] is None:
            raise ServiceError(
                QCoreApplication.translate(
                    "RecordPanels", "Bitte eine*n Ehrenamtliche*n suchen und auswählen."
                )
            )
        service.ask(request_id, values["volunteer_id"], values["asked_on"], values["channel"])

    dialog = StepDialog(
        parent,
        QCoreApplication.translate("RecordPanels", "Ehrenamtliche*n anfragen"),
        submit,
        ok_text=QCoreApplication.translate("RecordPanels", "Anfragen"),
    )
    finder = VolunteerSearch(service.db)
    dialog.add_widget(
        "volunteer_id",
        QCoreApplication.translate("RecordPanels", "Ehrenamtliche*r"),
        finder,
        finder.volunteer_id,
        finder.choose,
    )
    dialog.finder = finder  # type: ignore[attr-defined]
    dialog.add_date("asked_on", QCoreApplication.translate("RecordPanels", "Angefragt am"))
    dialog.add_choice(
        "channel", QCoreApplication.translate("RecordPanels", "Weg"), ContactChannel.choices()
    )
    dialog.set_value("channel", ContactChannel.PHONE.value)
    return dialog
