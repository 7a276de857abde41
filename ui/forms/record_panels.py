"""What an existing record's window shows besides its fields.

- ``WorkflowBar``: the status and one button per allowed workflow step (pairings and
  help requests); each step asks what it needs in a small ``StepDialog``.
- ``CandidatesPanel``: the volunteers asked for a help request, with their answers.
- ``ContactLog``: the dated contact notes of a record, newest first.
- ``HoursPanel``: a volunteer's hours and their total.

Panels talk to the dialog through a small host interface: ``record``, ``version``,
``begin_step()`` (saves pending edits first; False stops the step) and
``step_done()`` (reloads the record and tells the rest of the interface).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicestelle.db import Database
from servicestelle.enums import CandidateAnswer, ContactChannel, PairingEndReason
from servicestelle.errors import ServiceError
from servicestelle.services.base import ListQuery
from servicestelle.services.hours import HoursService
from servicestelle.services.notes import ContactNoteService
from servicestelle.services.volunteers import VolunteerService
from servicestelle.validation import Field

from ..formatting import format_value
from .record_form import STYLE, DateEditor

_CONTEXT = "RecordPanels"

# The contact-log owner of each kind of record that has one.
NOTE_OWNERS = {
    "volunteer": "volunteer",
    "newcomer": "newcomer",
    "pairing": "pairing",
    "help_request": "request",
    "organisation": "organisation",
    "event": "event",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def show_error(parent: QWidget | None, error: ServiceError) -> None:
    """The core's German message in a box (tests patch ``QMessageBox.warning``)."""
    QMessageBox.warning(parent, tr("Nicht möglich"), error.message)


def format_hours(value: Any) -> str:
    """Hours the German way: 2,5 – 1,25 – 3."""
    if value is None:
        return ""
    number = Decimal(str(value)).normalize()
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class Host(Protocol):
    record: Any
    version: int | None

    def begin_step(self) -> bool: ...

    def step_done(self) -> None: ...


# -- the small dialog of a step ---------------------------------------------------------


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

    def _add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
    ) -> None:
        self.fields.addRow(label, widget)
        self.widgets[name] = widget
        self._getters[name] = getter
        self._setters[name] = setter

    def add_date(self, name: str, label: str, *, today: bool = True) -> DateEditor:
        editor = DateEditor(name, Field(label, kind="date"))
        if today:
            editor.set_value(dt.date.today())
        self._add(name, label, editor.widget, editor.to_core, editor.set_value)
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

        self._add(name, label, combo, combo.currentData, select)
        return combo

    def add_line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._add(name, label, edit, lambda: edit.text().strip() or None, edit.setText)
        return edit

    def add_text(self, name: str, label: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(80)
        self._add(
            name, label, edit, lambda: edit.toPlainText().strip() or None, edit.setPlainText
        )
        return edit

    def add_widget(
        self,
        name: str,
        label: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
    ) -> None:
        self._add(name, label, widget, getter, setter)

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


class VolunteerSearch(QWidget):
    """A name field and the volunteers found (the global search, volunteers only)."""

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
        for hit in search(self.db, text, limit=60):
            if hit.entity != "volunteer":
                continue
            title = f"{hit.title} ({hit.detail})" if hit.detail else hit.title
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, hit.entity_id)
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


# -- workflow buttons -------------------------------------------------------------------


class WorkflowBar(QFrame):
    """The status of a pairing or help request and the steps allowed from it."""

    def __init__(self, host: Host, entity: str, service: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.entity = entity
        self.service = service
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("workflowBar")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 6, 8, 6)
        self.status_label = QLabel()
        self.row.addWidget(self.status_label)
        self.row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self.last_dialog: StepDialog | None = None

    def refresh(self) -> None:
        record = self.host.record
        for button in self.buttons.values():
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        if record is None:
            return
        self.status_label.setText(
            self.tr("Status: <b>{status}</b>").format(status=record.status.label)
        )
        for action, label in self.service.allowed_actions(record.status):
            button = QPushButton(self.tr(label))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self.run(a))
            self.row.addWidget(button)
            self.buttons[action] = button

    def labels(self) -> list[str]:
        return [button.text() for button in self.buttons.values()]

    def button(self, label: str) -> QPushButton:
        return next(b for b in self.buttons.values() if b.text() == label)

    def run(self, action: str) -> bool:
        """Ask for what the step needs and do it; True when done."""
        if not self.host.begin_step():
            return False
        record = self.host.record
        make = getattr(self, f"_{self.entity}_{action}", None)
        if make is None or record is None:
            return False
        dialog = make(record.id)
        if dialog is None:
            return False
        self.last_dialog = dialog
        label = dict(self.service.allowed_actions(record.status)).get(action, action)
        if action != "mediate":  # the ask dialog keeps its own title
            dialog.setWindowTitle(self.tr(label))
            dialog.ok_button.setText(self.tr(label))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.host.step_done()
        return True

    def _step(self, intro: str, submit: Callable[[dict[str, Any]], Any]) -> StepDialog:
        return StepDialog(self.window(), "", submit, intro=intro, ok_text=self.tr("OK"))

    # -- pairings ------------------------------------------------------------------

    def _pairing_start(self, pairing_id: int) -> StepDialog:
        s = self.service
        d = self._step(
            self.tr("Die Patenschaft beginnt."),
            lambda v: s.start(pairing_id, self.host.version, v["on"], v["next_checkin_on"]),
        )
        d.add_date("on", self.tr("Begonnen am"))
        d.add_date("next_checkin_on", self.tr("Nächstes Nachfragen"), today=False)
        return d

    def _pairing_pause(self, pairing_id: int) -> StepDialog:
        s = self.service
        d = self._step(
            self.tr("Die Patenschaft ruht vorübergehend."),
            lambda v: s.pause(pairing_id, self.host.version, v["on"]),
        )
        d.add_date("on", self.tr("Pausiert ab"))
        return d

    def _pairing_resume(self, pairing_id: int) -> StepDialog:
        s = self.service
        d = self._step(
            self.tr("Die Patenschaft geht weiter."),
            lambda v: s.resume(pairing_id, self.host.version, v["on"], v["next_checkin_on"]),
        )
        d.add_date("on", self.tr("Fortgesetzt am"))
        d.add_date("next_checkin_on", self.tr("Nächstes Nachfragen"), today=False)
        return d

    def _pairing_end(self, pairing_id: int) -> StepDialog:
        s = self.service
        d = self._step(
            self.tr("Die Patenschaft endet."),
            lambda v: s.end(pairing_id, self.host.version, v["reason"], v["on"], v["note"]),
        )
        d.add_date("on", self.tr("Beendet am"))
        d.add_choice(
            "reason",
            self.tr("Grund"),
            [(reason, reason.label) for reason in PairingEndReason],
            empty=self.tr("– bitte wählen –"),
        )
        d.add_text("note", self.tr("Anmerkung"))
        return d

    def _pairing_reopen(self, pairing_id: int) -> StepDialog:
        s = self.service
        return self._step(
            self.tr("Die beendete Patenschaft wird wieder aufgenommen und ist dann aktiv."),
            lambda _v: s.reopen(pairing_id, self.host.version),
        )

    # -- help requests ---------------------------------------------------------------

    def _help_request_mediate(self, request_id: int) -> StepDialog:
        # Asking the first volunteer puts an open request into mediation.
        return ask_dialog(self.window(), self.service, request_id)

    def _help_request_match(self, request_id: int) -> StepDialog | None:
        s = self.service
        asked = s.candidates(request_id)
        if not asked:
            QMessageBox.information(
                self.window(),
                self.tr("Vermitteln"),
                self.tr(
                    "Noch niemand angefragt: bitte zuerst unter »Angefragte Ehrenamtliche« "
                    "eine*n Ehrenamtliche*n anfragen."
                ),
            )
            return None
        names = volunteer_names(s.db, [c.volunteer_id for c in asked])
        asked.sort(key=lambda c: c.answer != CandidateAnswer.YES)
        choices = [
            (c.volunteer_id, f"{names[c.volunteer_id]} ({c.answer.label})") for c in asked
        ]
        d = self._step(
            self.tr("Wer übernimmt die Anfrage?"),
            lambda v: s.assign(request_id, v["volunteer_id"], v["on"]),
        )
        d.add_choice("volunteer_id", self.tr("Ehrenamtliche*r"), choices)
        d.add_date("on", self.tr("Vermittelt am"))
        return d

    def _help_request_complete(self, request_id: int) -> StepDialog:
        s = self.service
        d = self._step(
            self.tr("Die Hilfe ist geleistet."),
            lambda v: s.complete(request_id, self.host.version, v["on"], v["outcome"]),
        )
        d.add_date("on", self.tr("Erledigt am"))
        d.add_text("outcome", self.tr("Ergebnis"))
        return d

    def _help_request_give_up(self, request_id: int) -> StepDialog:
        s = self.service
        d = self._step(
            self.tr("Die Anfrage lässt sich nicht vermitteln."),
            lambda v: s.give_up(request_id, self.host.version, v["outcome"] or "", v["on"]),
        )
        d.add_date("on", self.tr("Abgeschlossen am"))
        d.add_text("outcome", self.tr("Begründung"), self.tr("Pflichtangabe"))
        return d

    def _help_request_unassign(self, request_id: int) -> StepDialog:
        s = self.service
        return self._step(
            self.tr("Die Zuordnung wird aufgehoben; die Anfrage ist wieder in Vermittlung."),
            lambda _v: s.unassign(request_id, self.host.version),
        )

    def _help_request_reopen(self, request_id: int) -> StepDialog:
        s = self.service
        return self._step(
            self.tr("Die abgeschlossene Anfrage wird wieder geöffnet."),
            lambda _v: s.reopen(request_id, self.host.version),
        )


def volunteer_names(db: Database, ids: Sequence[int]) -> dict[int, str]:
    service = VolunteerService(db)
    names = {}
    for volunteer_id in ids:
        try:
            names[volunteer_id] = service.get(volunteer_id).sort_name
        except ServiceError:
            names[volunteer_id] = tr("Nr. {id}").format(id=volunteer_id)
    return names


def ask_dialog(parent: QWidget | None, service: Any, request_id: int) -> StepDialog:
    """Record that a volunteer was asked for the request (date, way)."""

    def submit(values: dict[str, Any]) -> None:
        if values["volunteer_id"] is None:
            raise ServiceError(tr("Bitte eine*n Ehrenamtliche*n suchen und auswählen."))
        service.ask(request_id, values["volunteer_id"], values["asked_on"], values["channel"])

    dialog = StepDialog(parent, tr("Ehrenamtliche*n anfragen"), submit, ok_text=tr("Anfragen"))
    finder = VolunteerSearch(service.db)
    dialog.add_widget(
        "volunteer_id", tr("Ehrenamtliche*r"), finder, finder.volunteer_id, finder.choose
    )
    dialog.finder = finder  # type: ignore[attr-defined]
    dialog.add_date("asked_on", tr("Angefragt am"))
    dialog.add_choice("channel", tr("Weg"), ContactChannel.choices())
    dialog.set_value("channel", ContactChannel.PHONE.value)
    return dialog


# -- tables -----------------------------------------------------------------------------


def _table(headers: Sequence[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[Any]) -> None:
    table.setRowCount(len(rows))
    for r, (row, record_id) in enumerate(zip(rows, ids, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 40 else "")
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)


class _Panel(QWidget):
    changed = Signal()

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.count = 0

    def _show_empty(self, table: QTableWidget, empty: bool) -> None:
        self.empty.setVisible(empty)
        table.setVisible(not empty)


class CandidatesPanel(_Panel):
    """The volunteers asked for a help request: when, how, the answer, assigned."""

    def __init__(self, host: Host, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Noch niemand angefragt – »Ehrenamtliche*n anfragen…« hält fest, wen Sie "
               "wann gefragt haben."),
            parent,
        )
        self.host = host
        self.service = service
        self.table = _table(
            [
                self.tr("Name"),
                self.tr("Angefragt am"),
                self.tr("Weg"),
                self.tr("Antwort"),
                self.tr("Zugeordnet"),
            ],
            0,
        )
        self.ask_button = QPushButton(self.tr("Ehrenamtliche*n anfragen…"))
        self.yes_button = QPushButton(self.tr("Antwort: zugesagt"))
        self.no_button = QPushButton(self.tr("Antwort: abgesagt"))
        for button in (self.ask_button, self.yes_button, self.no_button):
            button.setAutoDefault(False)
        self.ask_button.clicked.connect(self.ask)
        self.yes_button.clicked.connect(lambda: self.answer(CandidateAnswer.YES))
        self.no_button.clicked.connect(lambda: self.answer(CandidateAnswer.NO))
        self.table.itemSelectionChanged.connect(self._enable)
        self.buttons.addWidget(self.ask_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.yes_button)
        self.buttons.addWidget(self.no_button)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self.column.addLayout(self.buttons)
        self.last_dialog: StepDialog | None = None

    def title(self) -> str:
        base = self.tr("Angefragte Ehrenamtliche")
        return f"{base} ({self.count})" if self.count else base

    def refresh(self) -> None:
        record = self.host.record
        asked = self.service.candidates(record.id) if record is not None else []
        names = volunteer_names(self.service.db, [c.volunteer_id for c in asked])
        rows = [
            (
                names[c.volunteer_id],
                format_value(c.asked_on, "date"),
                c.channel.label,
                c.answer.label
                + (f" ({format_value(c.answered_on, 'date')})" if c.answered_on else ""),
                self.tr("ja, am {day}").format(day=format_value(c.assigned_on, "date"))
                if c.assigned
                else "",
            )
            for c in asked
        ]
        _fill(self.table, rows, [c.volunteer_id for c in asked])
        self.count = len(rows)
        self._show_empty(self.table, not rows)
        open_ = record is not None and record.status.value in ("offen", "in_vermittlung")
        self.ask_button.setEnabled(open_)
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.yes_button.setEnabled(chosen)
        self.no_button.setEnabled(chosen)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def answer(self, answer: CandidateAnswer) -> bool:
        volunteer_id = self.selected()
        record = self.host.record
        if volunteer_id is None or record is None or not self.host.begin_step():
            return False
        try:
            self.service.answer(record.id, volunteer_id, answer)
        except ServiceError as exc:
            show_error(self.window(), exc)
            return False
        self.host.step_done()
        self._reselect(volunteer_id)
        return True

    def _reselect(self, volunteer_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == volunteer_id:
                self.table.selectRow(row)

    def ask(self) -> bool:
        record = self.host.record
        if record is None or not self.host.begin_step():
            return False
        dialog = ask_dialog(self.window(), self.service, record.id)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.host.step_done()
        return True


class ContactLog(_Panel):
    """The contact notes of one record, newest first, and »Kontakt eintragen…«."""

    def __init__(self, db: Database, owner: str, host: Host, parent: QWidget | None = None):
        super().__init__(
            tr("Noch keine Kontakte – »Kontakt eintragen…« hält ein Gespräch, eine "
               "E-Mail oder einen Besuch fest, auf Wunsch mit Wiedervorlage."),
            parent,
        )
        self.service = ContactNoteService(db)
        self.owner = owner
        self.host = host
        self.table = _table(
            [
                self.tr("Datum"),
                self.tr("Weg"),
                self.tr("Betreff / Notiz"),
                self.tr("Wiedervorlage"),
                self.tr("von"),
            ],
            2,
        )
        self.table.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Kontakt eintragen…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        self.column.addLayout(self.buttons)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self.last_dialog: StepDialog | None = None

    def title(self) -> str:
        base = self.tr("Kontakte")
        return f"{base} ({self.count})" if self.count else base

    def refresh(self) -> None:
        record = self.host.record
        notes = self.service.for_record(self.owner, record.id) if record is not None else []
        rows = []
        for note in notes:
            about = " – ".join(x for x in (note.subject, note.text) if x)
            follow = format_value(note.follow_up_on, "date")
            if note.follow_up_on and note.follow_up_done_on:
                follow += self.tr(" (erledigt)")
            rows.append(
                (
                    format_value(note.noted_on, "date"),
                    note.channel.label,
                    about.replace("\n", " "),
                    follow,
                    note.staff or "",
                )
            )
        _fill(self.table, rows, [n.id for n in notes])
        for r, note in enumerate(notes):
            full = "\n\n".join(x for x in (note.subject, note.text) if x)
            self.table.item(r, 2).setToolTip(full)
        self.count = len(rows)
        self._show_empty(self.table, not rows)
        self.changed.emit()

    def texts(self) -> list[str]:
        return [self.table.item(r, 2).text() for r in range(self.table.rowCount())]

    def add(self) -> bool:
        record = self.host.record
        if record is None:
            return False
        record_id = record.id

        def submit(v: dict[str, Any]) -> None:
            self.service.add(
                self.owner,
                record_id,
                noted_on=v["noted_on"],
                channel=v["channel"],
                subject=v["subject"],
                text=v["text"],
                follow_up_on=v["follow_up_on"],
            )

        dialog = StepDialog(
            self.window(), self.tr("Kontakt eintragen"), submit, ok_text=self.tr("Eintragen")
        )
        dialog.add_date("noted_on", self.tr("Datum"))
        dialog.add_choice("channel", self.tr("Weg"), ContactChannel.choices())
        dialog.add_line("subject", self.tr("Betreff"))
        dialog.add_text("text", self.tr("Notiz"))
        dialog.add_date("follow_up_on", self.tr("Wiedervorlage am"), today=False)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        return True


class HoursPanel(_Panel):
    """A volunteer's hours, newest first, with the total and »Stunden eintragen…«."""

    def __init__(self, db: Database, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Noch keine Stunden eingetragen – »Stunden eintragen…« hält fest, "
               "wann und wie lange jemand geholfen hat."),
            parent,
        )
        self.service = HoursService(db)
        self.host = host
        self.total_label = QLabel()
        self.table = _table([self.tr("Am"), self.tr("Stunden"), self.tr("Tätigkeit")], 2)
        self.add_button = QPushButton(self.tr("Stunden eintragen…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.total_label)
        self.column.addLayout(self.buttons)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self.total = Decimal(0)
        self.last_dialog: StepDialog | None = None

    def title(self) -> str:
        base = self.tr("Stunden")
        return f"{base} ({format_hours(self.total)})" if self.total else base

    def refresh(self) -> None:
        record = self.host.record
        rows: list[tuple[Any, ...]] = []
        if record is not None:
            query = ListQuery(filters={"volunteer": record.id})
            rows = self.service.page(query, 0, 1000)
            self.total = self.service.total(record.id)
        else:
            self.total = Decimal(0)
        keys = list(self.service.columns)
        shown = []
        for row in rows:
            values = dict(zip(keys, row[1:], strict=False))
            shown.append(
                (
                    format_value(values["worked_on"], "date"),
                    format_hours(values["hours"]),
                    values["description"] or "",
                )
            )
        _fill(self.table, shown, [row[0] for row in rows])
        for r in range(len(shown)):
            self.table.item(r, 1).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.total_label.setText(
            self.tr("Insgesamt: <b>{hours}</b> Stunden").format(hours=self.total_text())
        )
        self.count = len(shown)
        self._show_empty(self.table, not shown)
        self.changed.emit()

    def total_text(self) -> str:
        return format_hours(self.total)

    def add(self) -> bool:
        record = self.host.record
        if record is None:
            return False
        record_id = record.id

        def submit(v: dict[str, Any]) -> None:
            self.service.record(
                record_id, v["hours"], v["worked_on"], description=v["description"]
            )

        dialog = StepDialog(
            self.window(), self.tr("Stunden eintragen"), submit, ok_text=self.tr("Eintragen")
        )
        dialog.add_date("worked_on", self.tr("Am"))
        hours = dialog.add_line("hours", self.tr("Stunden"), self.tr("z. B. 2,5"))
        hours.setMaximumWidth(90)
        dialog.add_line("description", self.tr("Tätigkeit"))
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        return True
