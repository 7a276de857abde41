"""A volunteer's hours and their total."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from servicestelle.db import Database
from servicestelle.services.base import ListQuery
from servicestelle.services.hours import HoursService

from ..formatting import format_value
from .panel_base import Host, Panel, fill_table, record_table
from .step_dialogs import StepDialog


def format_hours(value: Any) -> str:
    """Hours the German way: 2,5 – 1,25 – 3."""
    if value is None:
        return ""
    number = Decimal(str(value)).normalize()
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class HoursPanel(Panel):
    """A volunteer's hours, newest first, with the total and »Stunden eintragen…«."""

    kind = "hours_entry"  # what the tab shows (the role must be allowed to read it)

    def __init__(self, db: Database, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "RecordPanels",
                "Noch keine Stunden eingetragen – »Stunden eintragen…« hält fest, "
                "wann und wie lange jemand geholfen hat.",
            ),
            parent,
        )
        self.service = HoursService(db)
        self.host = host
        self.total_label = QLabel()
        self.table = record_table([self.tr("Am"), self.tr("Stunden"), self.tr("Tätigkeit")], 2)
        self.add_button = self._button(self.tr("Stunden eintragen…"), self.add)
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.total_label)
        self.column.addLayout(self.buttons)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.table, 1)
        self.total = Decimal(0)

    def title(self) -> str:
        return self._titled(self.tr("Stunden"), self.total_text() if self.total else "")

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
        fill_table(self.table, shown, [row[0] for row in rows])
        for r in range(len(shown)):
            self.table.item(r, 1).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.total_label.setText(
            self.tr("Insgesamt: <b>{hours}</b> Stunden").format(hours=self.total_text())
        )
        self._shown(self.table, len(shown))

    def total_text(self) -> str:
        return format_hours(self.total)

    def add(self) -> bool:
        record_id = self._saved_record_id()
        if record_id is None:
            return False

        def submit(v: dict[str, Any]) -> None:
            self.service.record(record_id, v["hours"], v["worked_on"], description=v["description"])

        dialog = StepDialog(
            self.window(), self.tr("Stunden eintragen"), submit, ok_text=self.tr("Eintragen")
        )
        dialog.add_date("worked_on", self.tr("Am"))
        hours = dialog.add_line("hours", self.tr("Stunden"), self.tr("z. B. 2,5"))
        hours.setMaximumWidth(90)
        dialog.add_line("description", self.tr("Tätigkeit"))
        return self._run_entry(dialog)
