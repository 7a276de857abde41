"""The volunteers asked for a help request, with their answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from servicestelle.enums import CandidateAnswer
from servicestelle.errors import ServiceError

from ..formatting import format_value
from .panel_base import Host, Panel, fill_table, record_table
from .step_dialogs import ask_dialog, run_step, show_error, volunteer_names


class CandidatesPanel(Panel):
    """The volunteers asked for a help request: when, how, the answer, assigned."""

    def __init__(self, host: Host, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "RecordPanels",
                "Noch niemand angefragt – »Ehrenamtliche*n anfragen…« hält fest, wen Sie "
                "wann gefragt haben.",
            ),
            parent,
        )
        self.host = host
        self.service = service
        self.table = record_table(
            [
                self.tr("Name"),
                self.tr("Angefragt am"),
                self.tr("Weg"),
                self.tr("Antwort"),
                self.tr("Zugeordnet"),
            ],
            0,
        )
        self.ask_button = self._button(self.tr("Ehrenamtliche*n anfragen…"), self.ask)
        self.yes_button = self._button(
            self.tr("Antwort: zugesagt"), lambda: self.answer(CandidateAnswer.YES)
        )
        self.no_button = self._button(
            self.tr("Antwort: abgesagt"), lambda: self.answer(CandidateAnswer.NO)
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.buttons.addWidget(self.ask_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.yes_button)
        self.buttons.addWidget(self.no_button)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self.column.addLayout(self.buttons)

    def title(self) -> str:
        return self._titled(self.tr("Angefragte Ehrenamtliche"), self.count)

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
        fill_table(self.table, rows, [c.volunteer_id for c in asked])
        open_ = record is not None and record.status.value in ("offen", "in_vermittlung")
        self.ask_button.setEnabled(open_)
        self._enable()
        self._shown(self.table, len(rows))

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
        self.last_dialog = ask_dialog(self.window(), self.service, record.id)
        return run_step(self.last_dialog, self.host.step_done)
